import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import lemmatize from 'wink-lemmatizer';
import { stem } from '../text.js';
import { fold } from './lexicon.js';
import { type Relation, WordNet } from './wordnet.js';

/** A data term a reader's word stands for, and how close the two are (1 is the word itself). */
export interface RelatedMatch {
	term: string;
	similarity: number;
}

/** Query term → the data terms it stands for. Phrases are keyed by their stems joined with spaces. */
export type RelatedTerms = ReadonlyMap<string, RelatedMatch[]>;

/**
 * How much a related word counts for against the word itself. Synonyms nearly as much;
 * narrower words ("penitentiary" for "prison") and derived ones ("assassinate" for
 * "assassination") a little less; similar adjectives least. A French word reaching a data word
 * through the French stemmer counts as nearly the same word.
 */
export const relatedSimilarity: Readonly<Record<Relation | 'french', number>> = {
	synonym: 0.8,
	derived: 0.75,
	narrower: 0.7,
	similar: 0.6,
	french: 0.9,
};

/** French stems are kept under this prefix, apart from English terms. */
export const frenchKey = (word: string): string => `fr:${frenchStemmer(word)}`;

/**
 * The words readers may use for the data's words, found once when the index is built: for
 * each distinct word of the facts (and each phrase of their keywords and entity names),
 * WordNet's related words in their search form, and the word's French stem. A related word
 * that is itself a data term is left out: it matches as itself.
 *
 * @param words every distinct data word (normalised) with its search term
 * @param phrases keywords and names of more than one word, with their search terms
 * @param vocabulary the data's terms
 */
export function relatedTerms(
	words: ReadonlyMap<string, string>,
	phrases: ReadonlyMap<string, readonly string[]>,
	vocabulary: ReadonlyMap<string, number>,
): RelatedTerms {
	const related = new Map<string, RelatedMatch[]>();
	const add = (key: string, terms: readonly string[], similarity: number) => {
		if (!key || vocabulary.has(key)) return;
		const list = related.get(key) ?? [];
		for (const term of terms) {
			const existing = list.find((match) => match.term === term);
			if (!existing) list.push({ term, similarity });
			else existing.similarity = Math.max(existing.similarity, similarity);
		}
		related.set(key, list);
	};
	const wordnet = WordNet.open();
	try {
		const expand = (lemma: string, terms: readonly string[]) => {
			for (const { word, relation } of wordnet.related(lemma)) {
				add(searchForm(word), terms, relatedSimilarity[relation]);
			}
		};
		for (const [word, term] of words) {
			if (/\d/.test(word) || word.length < 3) continue;
			for (const lemma of new Set([word, lemmatize.noun(word), lemmatize.verb(word), lemmatize.adjective(word)])) expand(lemma, [term]);
			add(frenchKey(word), [term], relatedSimilarity.french);
		}
		for (const [phrase, terms] of phrases) expand(phrase, terms);
	} finally {
		wordnet.close();
	}
	return related;
}

/** A related word or phrase as the query side will look it up: folded, each word stemmed. */
function searchForm(word: string): string {
	return fold(word)
		.split(/[^a-z0-9]+/)
		.filter(Boolean)
		.map(stem)
		.join(' ');
}
