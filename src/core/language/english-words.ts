import { createRequire } from 'node:module';
import { irregularForms } from './inflections.js';

/** wink-lexicon's English words, each with its Penn Treebank tags ("funds": NNS, VBZ). */
type Lexicon = Readonly<Record<string, readonly string[]>>;

let lexicon: Lexicon | undefined;

/**
 * The parts of speech a word of English can be, as wink-lexicon tags them (inflected forms
 * included), or none for a word it does not have. Loaded on first use (about 50 ms): most
 * questions never need it.
 *
 * @example
 * englishTags('funds'); // ['NNS', 'VBZ']
 * englishTags('diffrent'); // []
 */
export function englishTags(word: string): readonly string[] {
	lexicon ??= createRequire(import.meta.url)('wink-lexicon/src/lexicon.js') as Lexicon;
	return Object.hasOwn(lexicon, word) ? (lexicon[word] ?? []) : [];
}

/** Is the word English as typed ("funds"), not a misspelling of one ("diffrent")? */
export const isEnglishWord = (word: string): boolean => englishTags(word).length > 0;

/** A word English has, but never as a verb: "chief", "families". */
export const neverAVerb = (word: string): boolean => {
	const tags = englishTags(word);
	return tags.length > 0 && !tags.some((tag) => tag.startsWith('VB'));
};

/** A word English has only as an adverb: "broadly", "reportedly", not "daily" or "still". */
export const onlyAnAdverb = (word: string): boolean => {
	const tags = englishTags(word);
	return tags.length > 0 && tags.every((tag) => tag.startsWith('RB'));
};

/** A word English has only as an adjective: "actual", "exact", not "current" or "total". */
export const onlyAnAdjective = (word: string): boolean => {
	const tags = englishTags(word);
	return tags.length > 0 && tags.every((tag) => tag.startsWith('JJ'));
};

/** A word English has as a noun and never as an adjective: "warden", not "biggest" or "national". */
export const nounNoAdjective = (word: string): boolean => {
	const tags = englishTags(word);
	return tags.some((tag) => tag.startsWith('NN')) && !tags.some((tag) => tag.startsWith('JJ'));
};

/**
 * A word that is a verb and no noun: "got", "attacked", "targeted", an unknown "besieged"; not
 * "hit" or "jail", which are nouns too.
 */
export const verbNoNoun = (word: string): boolean => {
	const tags = englishTags(word);
	if (tags.length === 0) return /^\p{L}{3,}ed$/u.test(word);
	return tags.some((tag) => tag.startsWith('VB')) && !tags.some((tag) => tag.startsWith('NN'));
};

/** A word English has as an adjective and never as a verb: "rich", "poor"; not "released" or "sanctioned". */
export const adjectiveNoVerb = (word: string): boolean => {
	const tags = englishTags(word);
	return tags.some((tag) => tag.startsWith('JJ')) && !tags.some((tag) => tag.startsWith('VB'));
};

/** A word English has as a noun and never as a verb: "agency"; not "force" or "approved". */
export const nounNoVerb = (word: string): boolean => {
	const tags = englishTags(word);
	return tags.some((tag) => tag.startsWith('NN')) && !tags.some((tag) => tag.startsWith('VB'));
};

let irregularVerbs: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * The past participle of a verb given in its base form, as English has it: "build" → "built",
 * "kill" → "killed"; undefined for a word that is no verb's base form.
 *
 * @example
 * pastParticiple('build'); // 'built'
 * pastParticiple('attack'); // 'attacked'
 */
export function pastParticiple(word: string): string | undefined {
	if (!englishTags(word).includes('VB')) return undefined;
	irregularVerbs ??= irregularForms().verb ?? new Map();
	const candidates = [
		...(irregularVerbs.get(word) ?? []),
		word.endsWith('e') ? `${word}d` : `${word}ed`,
		`${word}${word.at(-1)}ed`,
	];
	return candidates.find((form) => englishTags(form).includes('VBN'));
}
