import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
// stopword's lists one language a file: its index loads all 62 languages' lists, a tenth of a
// second of start-up for two of them.
import { eng as englishStopwords } from 'stopword/src/stopwords_eng.js';
import { fra as frenchStopwords } from 'stopword/src/stopwords_fra.js';
import { cachedOnDisk } from '../disk-cache.js';
import { frenchVerbForms } from './french-verbs.js';
import spanish from './lexicon/es.json' with { type: 'json' };
import fillers from './lexicon/fillers.json' with { type: 'json' };
import french from './lexicon/fr.json' with { type: 'json' };
import frames from './lexicon/frames.json' with { type: 'json' };
import creole from './lexicon/ht.json' with { type: 'json' };
import creoleStopwords from './lexicon/stopwords-ht.json' with { type: 'json' };
import textSpeak from './lexicon/textspeak.json' with { type: 'json' };

/**
 * stopwords-iso's English and French lists. The package is one JSON file of 58 languages; read
 * as a module, all of them stay in the engine thread's memory for its lifetime, where only two
 * are ever used, so the file is parsed here and the rest dropped. The two lists are kept in the
 * disk cache, keyed by the file's size and time: parsing the whole file cost the engine thread
 * a twentieth of a second and megabytes of garbage at every start.
 */
const stopwordsIso = readStopwordsIso(createRequire(import.meta.url).resolve('stopwords-iso'));

function readStopwordsIso(file: string): { en?: string[]; fr?: string[] } {
	const { size, mtimeMs } = statSync(file);
	return cachedOnDisk('stopwords-iso', [file, size, mtimeMs], () =>
		JSON.parse(readFileSync(file, 'utf8'), (key, value: unknown) =>
			Array.isArray(value) && key !== 'en' && key !== 'fr' ? undefined : value,
		),
	);
}

/** The languages questions are read in: English, French, Haitian Creole. */
export type Language = 'en' | 'fr' | 'ht';

/** Lowercase and accent-folded, as every lexicon key is written: "Fòs" → "fos". */
export function fold(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[’‘`´]/g, "'");
}

/** A JSON lexicon without its "$comment". */
function entries(lexicon: Record<string, string>): Map<string, string> {
	return new Map(Object.entries(lexicon).filter(([key]) => !key.startsWith('$')));
}

/**
 * A phrase table: keys of one or more words, matched longest first. Built on first use, then
 * kept; `match` is called for every word of every question. The engine thread declares dozens of
 * them (each frame's words in each language, the French and Creole lexicons) when it starts,
 * where folding every key took a tenth of its start-up and a question consults only some.
 */
export class PhraseTable<V> {
	#pairs: Iterable<[string, V]> | undefined;
	#built: BuiltTable<V> | undefined;

	constructor(pairs: Iterable<[string, V]>) {
		this.#pairs = pairs;
	}

	/** How many words the longest key has (at least 1). */
	get longest(): number {
		return this.#table().longest;
	}

	/** The longest entry starting at `words[at]`: its value and how many words it spans. */
	match(words: readonly string[], at: number): { value: V; length: number } | undefined {
		const { entries, longest, reach, byAnyDeterminer } = this.#table();
		const first = words[at];
		if (first === undefined) return undefined;
		// Most words start no key, or only one-word keys: only the lengths a key could have are looked up.
		const most = first.includes(' ') ? longest : (reach.get(first) ?? 0);
		for (let length = Math.min(most, words.length - at); length > 0; length--) {
			const key = length === 1 ? first : words.slice(at, at + length).join(' ');
			const value = entries.get(key) ?? (length > 2 ? byAnyDeterminer.get(anyDeterminer(key)) : undefined);
			if (value !== undefined) return { value, length };
		}
		return undefined;
	}

	/** Every phrase of the table, as it is looked up. */
	keys(): IterableIterator<string> {
		return this.#table().entries.keys();
	}

	has(key: string): boolean {
		return this.#table().entries.has(key);
	}

	#table(): BuiltTable<V> {
		if (this.#built) return this.#built;
		const entries = new Map(
			[...(this.#pairs ?? [])].map(([key, value]) => [
				fold(key)
					.replace(/[^a-z0-9/]+/g, ' ')
					.trim(),
				value,
			]),
		);
		this.#pairs = undefined;
		const longest = Math.max(1, ...[...entries.keys()].map((key) => key.split(' ').length));
		const determined = [...entries].filter(([key]) => innerDeterminer.test(key));
		this.#built = {
			entries,
			longest,
			reach: reachOf(entries.keys()),
			byAnyDeterminer: new Map(determined.map(([key, value]) => [anyDeterminer(key), value])),
		};
		return this.#built;
	}
}

interface BuiltTable<V> {
	entries: Map<string, V>;
	/** How many words the longest key has (at least 1). */
	longest: number;
	/** A key's first word → how many words the longest key starting with it has. */
	reach: Map<string, number>;
	/** Keys with a determiner inside them, by `anyDeterminer`: "sounded the alarm" is "sounded that alarm" too. */
	byAnyDeterminer: Map<string, V>;
}

/**
 * The key with each English determiner inside it (not first or last) as "the": a phrase names its
 * noun with whichever the speaker chose, "sound the alarm", "sound that alarm", "sound an alarm".
 */
function anyDeterminer(key: string): string {
	return key.replace(innerDeterminers, 'the');
}

const innerDeterminers = /(?<=\S )(?:the|a|an|that|this|these|those)(?= \S)/g;
const innerDeterminer = new RegExp(innerDeterminers.source);

/** For each first word of the keys, the most words a key starting with it has: how far a match from it can reach. */
function reachOf(keys: Iterable<string>): Map<string, number> {
	const reach = new Map<string, number>();
	for (const key of keys) {
		const space = key.indexOf(' ');
		const first = space === -1 ? key : key.slice(0, space);
		const length = key.split(' ').length;
		if (length > (reach.get(first) ?? 0)) reach.set(first, length);
	}
	return reach;
}

/** English text-speak and dropped apostrophes: "ppl" → "people", "whos" → "who is". */
export const textSpeakTable = new PhraseTable(entries(textSpeak));

/** Question words as chat spells them, one word each ("wen", "wat", "wetin"): the text-speak words for one. */
export const chatQuestionWords: ReadonlySet<string> = new Set(
	Object.entries(textSpeak).flatMap(([typed, meant]) =>
		typeof meant === 'string' &&
		/^(?:who|whom|whose|what|which|when|where|why|how)\b/.test(meant) &&
		/^[a-z]{2,}$/.test(typed)
			? [typed]
			: [],
	),
);

/**
 * Spanish words mixed into a question in another language, as the English they mean: "cuantos presos" →
 * "how many prisoners". Spanish is no language the bot reads whole; its words in English, French or Creole chat are.
 */
export const spanishLoans = new PhraseTable(entries(spanish));

/** Chat fillers, removed: "pls", "lol", "or nah", "hey bot". */
export const fillerTable = new PhraseTable<true>([
	...fillers.phrases.map((phrase): [string, true] => [phrase, true]),
	...fillers.words.map((word): [string, true] => [word, true]),
]);

let frenchStems: ReadonlyMap<string, string> | undefined;

/**
 * French words of the lexicon by their Snowball stem, so conjugated and agreed forms the
 * lexicon does not list ("réclament", "abandonnés") find the entry of their stem ("réclame").
 * Built on first use, by the first French question: stemming every entry when the engine
 * thread started cost it time and ~1.5 MB that English and Creole questions never need.
 */
export function frenchByStem(): ReadonlyMap<string, string> {
	frenchStems ??= new Map(
		[...entries(french)].filter(([key]) => !key.includes(' ')).map(([key, value]) => [frenchStemmer(fold(key)), value]),
	);
	return frenchStems;
}

let frenchVerbs: ReadonlyMap<string, string> | undefined;

/**
 * French verb forms the lexicon does not list, by the entry of their infinitive: "prévoyait" is
 * read as the lexicon's "prévoir", "cédé" as its "céder". Built on first use, by the first French
 * question with a word the lexicon lacks.
 */
export function frenchByVerbForm(): ReadonlyMap<string, string> {
	if (!frenchVerbs) {
		const lexicon = new Map([...entries(french)].filter(([key]) => !key.includes(' ')));
		const forms = frenchVerbForms(new Set(lexicon.keys()), fold);
		frenchVerbs = new Map([...forms].flatMap(([form, verb]) => [[form, lexicon.get(verb) ?? verb]]));
	}
	return frenchVerbs;
}

/** French and Haitian Creole words as the English words facts are indexed under. */
export const translations: Readonly<Record<Exclude<Language, 'en'>, PhraseTable<string>>> = {
	fr: new PhraseTable(entries(french)),
	ht: new PhraseTable(entries(creole)),
};

/**
 * The English a French or Creole word (folded) means, as the lexicons give it, French first: "aeroport" → "airport".
 *
 * @example
 * wordInEnglish('ayewopo'); // 'airport'
 */
export function wordInEnglish(folded: string): string | undefined {
	return (translations.fr.match([folded], 0) ?? translations.ht.match([folded], 0))?.value;
}

/** Function words of each language (stopword's English list, stopword's and stopwords-iso's French; our Creole list). */
export const stopwords: Readonly<Record<Language, ReadonlySet<string>>> = {
	en: new Set(englishStopwords.map(fold)),
	// stopword's short list misses common ones ("contre", "quel"): stopwords-iso's longer list adds them.
	// Its list also has words a report on Haiti gives meaning to ("force", "état", "premier"): fillers.json takes them back.
	fr: new Set(
		[...frenchStopwords, ...(stopwordsIso.fr ?? [])]
			.map(fold)
			.flatMap((word) => word.split(/[^a-z]+/))
			.filter((word) => !fillers.notVague.includes(word)),
	),
	ht: new Set(creoleStopwords.words.map(fold)),
};

/**
 * Words too general to say what a question is about ("people", "really", "thing"), from
 * stopwords-iso's longer lists: a question's word that the data does not know is ignored if it
 * is one of these, and counts against the answer otherwise.
 */
const notVague = new Set(fillers.notVague);
const vagueOf = (lists: readonly (readonly string[])[]): ReadonlySet<string> =>
	new Set(
		lists
			.flat()
			.map(fold)
			.filter((word) => !notVague.has(word)),
	);
const englishVague = [stopwordsIso.en ?? [], fillers.vague];
/** Is the folded word one the lexicons read: a function word, a word of French or Creole, chat? */
export function isLexiconWord(word: string): boolean {
	return (
		stopwords.en.has(word) ||
		stopwords.fr.has(word) ||
		stopwords.ht.has(word) ||
		translations.fr.has(word) ||
		translations.ht.has(word) ||
		textSpeakTable.has(word) ||
		fillerTable.has(word)
	);
}

export const vagueWords: ReadonlySet<string> = vagueOf([...englishVague, stopwordsIso.fr ?? []]);
/** What this project adds to and takes back from the vague words: part of the key of anything worked out from them. */
export const vagueChoices: readonly (readonly string[])[] = [fillers.vague, fillers.notVague];

/**
 * The vague words of a question in each language. An English question's are English only:
 * "seize" is French for sixteen, not a vague word of "what did gunmen try to seize". A French or
 * Creole question's words are read into English where known, so both lists apply.
 */
export const vagueIn: Readonly<Record<Language, ReadonlySet<string>>> = {
	en: vagueOf(englishVague),
	fr: vagueWords,
	ht: vagueWords,
};

export type FrameName = keyof Omit<typeof frames, '$comment'>;

/** The words that ask for each kind of answer, by language. */
export const frameWords = Object.fromEntries(
	Object.entries(frames)
		.filter(([key]) => !key.startsWith('$'))
		.map(([name, byLanguage]) => [name, byLanguage as Record<Language, string[]>]),
) as Record<FrameName, Record<Language, string[]>>;
