/**
 * The rumour a moderator pastes, without the words they wrap it in. "Someone posted: 'Rwanda
 * volunteered to lead the force' — true?" claims only what is quoted; "Rumour check: Kenya…" claims
 * what follows the colon. The frame is left out only where it names nothing of the report and gives
 * no value, so "RNDDH says 'the prison held 700'" and "UN data: 8,400 murdered" keep their source.
 */
import type { FactBase } from '../fact-base.js';
import { fold, stopwords, vagueWords } from '../language/lexicon.js';
import type { SearchIndex } from '../search-index.js';
import { normalize } from '../text.js';
import { mentionsIn } from './names.js';

/** A quotation of at least three words, between a pair of quotes that open and close on a word's edge. */
const quotation =
	/(?<![\p{L}\p{N}])(?:"([^"]+)"|“([^”]+)”|«([^»]+)»|'((?:[^']|'(?=\p{L}))+)'|‘([^’]+)’)(?![\p{L}\p{N}])/gu;

/** Words of passing something on, which the report may use of its own sources: "post", "says", "going round". */
const relaying = /^(?:posts?|posted|says?|said|claims?|going|goes|round|around|shared?|forwarded|tweet(?:ed|s)?)$/u;

/** Words before a colon that open a message: "Post to verify:", "Screenshot going round:". */
const colonLead = /^\s*([^:.!?\d]{1,60}?):\s+(?=\S)/u;

/**
 * The message with what frames a pasted rumour blanked out (the same length, so that claims
 * keep their place in what was typed).
 *
 * @example
 * forwardedOnly(`Thread says: 'Henry left in 2023' — true?`, base, index);
 * // `              'Henry left in 2023'        `
 */
export function forwardedOnly(text: string, base: FactBase, index: SearchIndex): string {
	const quoted = [...text.matchAll(quotation)].filter((m) => (m[0].match(/\p{L}+/gu) ?? []).length >= 3);
	if (quoted.length > 0) {
		let outside = text;
		for (const m of quoted) outside = blank(outside, m.index ?? 0, (m.index ?? 0) + m[0].length);
		if (!framesOnly(outside, base, index)) return text;
		let kept = ' '.repeat(text.length);
		for (const m of quoted) {
			const start = (m.index ?? 0) + 1;
			kept = kept.slice(0, start) + text.slice(start, start + m[0].length - 2) + kept.slice(start + m[0].length - 2);
		}
		return kept;
	}
	const lead = colonLead.exec(text);
	if (lead?.[1] && framesOnly(lead[1], base, index)) return blank(text, 0, lead[0].length);
	return text;
}

/** Words that give no value and name nothing the report has: the writer's own, around what they pass on. */
function framesOnly(words: string, base: FactBase, index: SearchIndex): boolean {
	if (/\p{N}/u.test(words) || mentionsIn(words, base).some((m) => m.entity)) return false;
	const known = (word: string) =>
		!stopwords.en.has(word) && !vagueWords.has(word) && !relaying.test(word) && index.hasWord(normalize(word));
	return !(fold(words.toLowerCase()).match(/\p{L}+(?:-\p{L}+)*/gu) ?? []).some(known);
}

function blank(text: string, start: number, end: number): string {
	return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}
