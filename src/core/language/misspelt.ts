import Fuse from 'fuse.js';
import { type Language, vagueIn } from './lexicon.js';

/** How far a misspelling may be from the word: fuse.js's score, edits over length. */
const threshold = 0.2;

const byLanguage = new Map<Language, Fuse<string>>();

/**
 * Is an unknown word a misspelling of a vague word ("diffrent", "somthing")? Such a word says no
 * more than the word it misspells, and is dropped as that word would be rather than counted
 * against every answer. Built on first use: most questions have no unknown word.
 *
 * @example
 * misspeltVague('diffrent', 'en'); // true
 * misspeltVague('crossfire', 'en'); // false
 */
export function misspeltVague(word: string, language: Language): boolean {
	if (word.length < 5) return false;
	let fuse = byLanguage.get(language);
	if (!fuse) {
		fuse = new Fuse(
			[...vagueIn[language]].filter((vague) => vague.length >= 4),
			{
				includeScore: true,
				ignoreLocation: true,
				threshold,
			},
		);
		byLanguage.set(language, fuse);
	}
	// Same length give or take one, and the same first letter, which people rarely mistype.
	return fuse
		.search(word, { limit: 3 })
		.some(({ item }) => Math.abs(item.length - word.length) <= 1 && item[0] === word[0]);
}
