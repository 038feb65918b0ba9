import Fuse from 'fuse.js';
import { isEnglishWord } from './english-words.js';
import { frameWords, isLexiconWord, type Language, vagueIn } from './lexicon.js';

/** How far a misspelling may be from the word: fuse.js's score, edits over length. */
const threshold = 0.2;

/** Per language, the vague words of four letters or more by their first letter. */
const byLanguage = new Map<Language, Map<string, string[]>>();
/** Words already judged, per language: a word is judged once, not on every question it is in. */
const judged = new Map<string, boolean>();

/**
 * Is an unknown word a misspelling of a vague word ("diffrent", "somthing")? Such a word says no
 * more than the word it misspells, and is dropped as that word would be rather than counted
 * against every answer. Only vague words of the same first letter (people rarely mistype it) and
 * the same length give or take one can match, so fuse.js scores those few, not the whole list.
 *
 * @example
 * misspeltVague('diffrent', 'en'); // true
 * misspeltVague('crossfire', 'en'); // false
 */
export function misspeltVague(word: string, language: Language): boolean {
	if (word.length < 5) return false;
	// "funds" is one edit from "finds" but is a word of its own, which says what is asked. (So is an English word a
	// French or Creole question was read into: "vin" is "became", not a misspelt "came".)
	if (isEnglishWord(word)) return false;
	const key = `${language}:${word}`;
	const known = judged.get(key);
	if (known !== undefined) return known;
	const near = (vagueByFirstLetter(language).get(word[0] ?? '') ?? []).filter(
		(vague) => Math.abs(vague.length - word.length) <= 1,
	);
	const misspelt = nearest(word, near) !== undefined;
	if (judged.size > 10_000) judged.clear();
	judged.set(key, misspelt);
	return misspelt;
}

/** Of words spelt near `word` (same first letter, length give or take one), the one it misspells, if any. */
function nearest(word: string, near: readonly string[]): string | undefined {
	// Two letters swapped ("agian", "waht") are two edits to fuse.js's Bitap, one slip of the fingers to a typist.
	const swapped = near.find((candidate) => swappedOnce(word, candidate));
	if (swapped || near.length === 0) return swapped;
	const fuse = new Fuse(near, { includeScore: true, ignoreLocation: true, threshold });
	return fuse.search(word, { limit: 1 })[0]?.item;
}

/** Question words of five letters or more, of every language, by their first letter. */
let questionWordsByFirst: Map<string, string[]> | undefined;
/** Words already judged: the question word each misspells, or '' for none. */
const questionWordJudged = new Map<string, string>();

/**
 * The question word an unknown word misspells, as chat types them ("kmbyen" for "konbyen", "pourqoi"
 * for "pourquoi"), so that what it asks is read: a how-many question asked with a slip is still one.
 * A word of any of the three languages' lexicons, or of English, is itself ("konnen", "combine").
 *
 * @example
 * questionWordMisspelt('kmbyen'); // 'kombyen'
 * questionWordMisspelt('konnen'); // undefined
 */
export function questionWordMisspelt(word: string): string | undefined {
	if (word.length < 5 || /\d/.test(word)) return undefined;
	const known = questionWordJudged.get(word);
	if (known !== undefined) return known || undefined;
	questionWordsByFirst ??= questionWordsOfFrames();
	const candidates = questionWordsByFirst.get(word[0] ?? '') ?? [];
	const near = candidates.filter((candidate) => Math.abs(candidate.length - word.length) <= 1);
	const meant =
		near.length === 0 || near.includes(word) || isLexiconWord(word) || isEnglishWord(word)
			? undefined
			: nearest(word, near);
	if (questionWordJudged.size > 10_000) questionWordJudged.clear();
	questionWordJudged.set(word, meant ?? '');
	return meant;
}

function questionWordsOfFrames(): Map<string, string[]> {
	const groups = new Map<string, string[]>();
	const words = Object.values(frameWords).flatMap((byLanguage) => Object.values(byLanguage).flat());
	for (const word of new Set(words)) {
		if (word.length < 5 || /\s/.test(word)) continue;
		const first = word[0] ?? '';
		groups.set(first, [...(groups.get(first) ?? []), word]);
	}
	return groups;
}

/** Is `word` `vague` with two neighbouring letters swapped? */
function swappedOnce(word: string, vague: string): boolean {
	if (word.length !== vague.length || word === vague) return false;
	const at = [...word].findIndex((letter, i) => letter !== vague[i]);
	return word[at] === vague[at + 1] && word[at + 1] === vague[at] && word.slice(at + 2) === vague.slice(at + 2);
}

function vagueByFirstLetter(language: Language): Map<string, string[]> {
	let groups = byLanguage.get(language);
	if (!groups) {
		groups = new Map();
		for (const vague of vagueIn[language]) {
			if (vague.length < 4) continue;
			const first = vague[0] ?? '';
			groups.set(first, [...(groups.get(first) ?? []), vague]);
		}
		byLanguage.set(language, groups);
	}
	return groups;
}

/** Letters an English word may have, for spelling a word one slip away. */
const letters = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The English words one slip of the fingers from an unknown word: a letter dropped, doubled or added, changed, or two
 * swapped ("afair" for "affair", "goverment" for "government"). None for a word English has, or one under five letters,
 * which a slip turns into too many others.
 *
 * @example
 * englishSlips('afair'); // ['affair']
 * englishSlips('coment'); // ['cement', 'comment']
 * englishSlips('affair'); // []
 */
export function englishSlips(word: string): string[] {
	if (word.length < 5 || !/^[a-z]+$/.test(word) || isEnglishWord(word)) return [];
	const candidates = new Set<string>();
	for (let i = 0; i <= word.length; i++) {
		const [before, after] = [word.slice(0, i), word.slice(i)];
		if (after) candidates.add(before + after.slice(1));
		if (after.length > 1) candidates.add(before + (after[1] ?? '') + (after[0] ?? '') + after.slice(2));
		for (const letter of letters) {
			candidates.add(before + letter + after);
			if (after) candidates.add(before + letter + after.slice(1));
		}
	}
	candidates.delete(word);
	// (The first letter as typed: people rarely mistype it, as with the vague words above.)
	return [...candidates].filter(
		(candidate) => candidate.length >= 4 && candidate[0] === word[0] && isEnglishWord(candidate),
	);
}
