/** "Did the guards stay or leave?": a yes/no question that offers two verbs, each asked on its own. */
import { englishTags } from '../language/english-words.js';

const twoVerbs =
	/^(\W*(?:did|do|does|was|were|is|are|has|have|had|will|would|could)\s+.+?)\s+(\p{L}+)\s+or\s+(\p{L}+)\s*[?!.]*$/iu;

const isVerb = (word: string) => englishTags(word.toLowerCase()).some((tag) => tag.startsWith('VB'));

/**
 * The question asked of each of the two verbs it ends with, or undefined where it does not end so
 * (or the two are not both verbs: "was it Kenya or Rwanda").
 *
 * @example
 * verbAlternatives('did the guards at the pen stay or leave??');
 * // ['did the guards at the pen stay?', 'did the guards at the pen leave?']
 */
export function verbAlternatives(text: string): [string, string] | undefined {
	const found = twoVerbs.exec(text.trim());
	const [, asked, one, other] = found ?? [];
	if (!asked || !one || !other || !isVerb(one) || !isVerb(other)) return undefined;
	return [`${asked} ${one}?`, `${asked} ${other}?`];
}
