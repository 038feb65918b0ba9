import Fuse from 'fuse.js';
import { isEnglishWord } from './english-words.js';
import { type Language, vagueIn } from './lexicon.js';

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
	// "funds" is one edit from "finds" but is a word of its own, which says what is asked.
	if (language === 'en' && isEnglishWord(word)) return false;
	const key = `${language}:${word}`;
	const known = judged.get(key);
	if (known !== undefined) return known;
	const near = (vagueByFirstLetter(language).get(word[0] ?? '') ?? []).filter(
		(vague) => Math.abs(vague.length - word.length) <= 1,
	);
	// Two letters swapped ("agian", "waht") are two edits to fuse.js's Bitap, one slip of the fingers to a typist.
	const misspelt =
		near.some((vague) => swappedOnce(word, vague)) ||
		(near.length > 0 &&
			new Fuse(near, { includeScore: true, ignoreLocation: true, threshold }).search(word, { limit: 1 }).length > 0);
	if (judged.size > 10_000) judged.clear();
	judged.set(key, misspelt);
	return misspelt;
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
