import { distance as editDistance } from 'fastest-levenshtein';
import Fuse from 'fuse.js';
import type { Entity, Fact, FactKind } from '../data/schema.js';
import type { FactBase } from './fact-base.js';
import { initialismsOf } from './initialisms.js';
import { isEnglishWord } from './language/english-words.js';
import { stopwords as questionStopwords, translations, wordInEnglish } from './language/lexicon.js';
import { cachedOppositeTerms, cachedRelatedTerms, type RelatedTerms } from './language/related.js';
import { compoundJoiners, hyphenedCompound, isStopword, maxQueryTerms, normalize, stem, terms, words } from './text.js';

/** How much a query word counts for, by where it is found in a fact. */
const fieldWeights = {
	keywords: 1.5,
	answer: 1,
	/** Names of the entities the fact is by or for: "what did the government say" is the government's own statement. */
	actor: 1.25,
	/** Names of the other entities it is about. */
	about: 0.75,
	quote: 0.5,
	meta: 0.5,
} as const;
type Field = keyof typeof fieldWeights;

/** Words that describe a kind of fact, so "who reported…" or "what did X say" reach the right kind. */
const kindWords: Record<FactKind, string> = {
	leadership: 'leader lead head',
	figure: 'figure number data statistic reported source',
	event: 'event',
	statement: 'said say says reported report according source',
	detail: '',
};

/** How quickly repeated finds of a term in one fact stop adding to its score (BM25's k1). */
const saturation = 1;

/** Each field's bit in a set of fields. */
const fieldBits = Object.fromEntries(Object.keys(fieldWeights).map((field, i) => [field, 1 << i])) as Record<
	Field,
	number
>;

/** How many sets of fields there are. */
const fieldSets = 1 << Object.keys(fieldWeights).length;

/**
 * The weight of a term in a fact, by the set of fields it is found in: the sum of their weights,
 * added in field order, then saturated (BM25's k1): a term found in several fields counts for
 * more, with diminishing returns, so a common word repeated across a fact cannot outweigh a rare
 * one found once.
 */
const weightOfFields = Array.from({ length: fieldSets }, (_, set) => {
	let weight = 0;
	for (const [field, fieldWeight] of Object.entries(fieldWeights)) {
		if (set & fieldBits[field as Field]) weight += fieldWeight;
	}
	return (weight * (1 + saturation)) / (weight + saturation);
});

const kindTerms = Object.fromEntries(Object.entries(kindWords).map(([kind, words]) => [kind, terms(words)])) as Record<
	FactKind,
	string[]
>;

/** Related words this close are other spellings or synonyms of a name's word, and may name an entity. */
const synonymSimilarity = 0.8;

/** Fuse scores run 0 (exact) to 1; past this a word is not taken as a misspelling of another. */
const fuzzyThreshold = 0.25;

export interface TermMatch {
	term: string;
	/** 1 for an exact match, less for a fuzzy one. */
	similarity: number;
	/** Matched through a related word (a synonym, a French stem), not the word or a misspelling of it. */
	related?: true;
}

export interface Hit {
	fact: Fact;
	score: number;
	/** Share of the query's terms found in this fact. */
	coverage: number;
	/** Which of the query's terms this fact has: bit i for `terms[i]`. */
	matched: number;
	/** Of those, the ones it has only through a related word ("jailbird" for "criminals"). */
	related: number;
}

export interface SearchResult {
	/** The query's content terms (normalised, stemmed), at most `maxQueryTerms`. */
	terms: string[];
	/** Terms that match nothing anywhere in the data. */
	unmatched: string[];
	/** How informative each term is (its best match's inverse document frequency), by position in `terms`. */
	weights: number[];
	/** Best first. */
	hits: Hit[];
}

/**
 * The facts a query's terms match, unranked, in the order first found; the arrays are parallel,
 * one entry a fact. Shared between callers: read only.
 */
export interface Matches {
	/** The query's content terms (normalised, stemmed), at most `maxQueryTerms`. */
	terms: string[];
	/** Terms that match nothing anywhere in the data. */
	unmatched: string[];
	/** How informative each term is (its best match's inverse document frequency), by position in `terms`. */
	weights: number[];
	/** Each fact's index in the fact base. */
	facts: Int32Array;
	/** The sum of its terms' field- and rarity-weighted scores. */
	sums: Float64Array;
	/** How many of the query's terms it has. */
	covered: Uint32Array;
	/** Which of the query's terms it has: bit i for `terms[i]`. */
	matched: Uint32Array;
	/** Of those, the ones it has only through a related word. */
	related: Int32Array;
}

/** The hit for the `k`th fact of some matches: its share of the query's terms, and its score boosted. */
export function hitOf(
	matches: Pick<Matches, 'sums' | 'covered' | 'matched' | 'related'>,
	k: number,
	fact: Fact,
	termCount: number,
	boost: (fact: Fact) => number,
): Hit {
	const coverage = (matches.covered[k] ?? 0) / termCount;
	return {
		fact,
		coverage,
		score: (matches.sums[k] ?? 0) * coverage * boost(fact),
		matched: matches.matched[k] ?? 0,
		related: matches.related[k] ?? 0,
	};
}

export interface EntityMatch {
	entity: Entity;
	/** The query terms this entity's best alias accounts for. */
	covered: Set<string>;
	/** Some word of that alias is matched only through a synonym ("united states" of "United Nations", by "nation"). */
	bySynonym?: boolean;
}

interface Posting {
	/** indexes of the facts that contain this term, in ascending order */
	facts: Int32Array;
	/** this term’s weight in each of those facts: its fields’ weights summed, then saturated */
	weights: Float64Array;
	/** the set of fields it is found in, in each of those facts (see `fieldBits`) */
	fields: Uint8Array;
	/** entity indexes whose aliases contain this term, in ascending order */
	entities: number[];
	/** how rare the term is across facts (BM25's inverse document frequency) */
	idf: number;
}

/** A word in the form of a past participle: "approved", "armed", "led", French "armés". */
const participle = /^\p{L}{2,}(?:ed|é|ée|és|ées)$/iu;

/** The terms of a name's participles: "UN-approved force" → approv. */
function participleTerms(name: string): ReadonlySet<string> {
	return new Set(
		name
			.split(/[^\p{L}]+/u)
			.filter((word) => participle.test(word))
			.flatMap((word) => terms(word)),
	);
}
/** No words: no verbs to read an alias by, no literal words to match only as themselves. */
const noWords: ReadonlySet<string> = new Set();

const noPosting: Posting = {
	facts: new Int32Array(0),
	weights: new Float64Array(0),
	fields: new Uint8Array(0),
	entities: [],
	idf: 0,
};

/** The fields of a fact's own words: what it says, not who it involves or what kind it is. */
const ownFields = fieldBits.keywords | fieldBits.answer | fieldBits.quote;

export interface IndexOptions {
	/**
	 * Whether words a reader may use for the data's words (WordNet's synonyms, narrower and
	 * related words; French stems) match them, at a lower weight than the words themselves. On
	 * by default; the synthetic benchmarks turn it off to measure the index alone.
	 */
	related?: boolean;
	/**
	 * Whether fuzzy matching first narrows the vocabulary to the words fuse.js could match (see
	 * `#candidates`) and has fuse.js rank only those; on by default. It gives the same matches
	 * either way: false ranks the whole vocabulary, to compare the two.
	 */
	narrow?: boolean;
}

/** A word with each pair of neighbouring letters after the first swapped, in order: "segrier" → "sgerier", "sergier"… */
function neighbourSwaps(word: string): string[] {
	const swaps: string[] = [];
	for (let i = 1; i + 1 < word.length; i++)
		if (word[i] !== word[i + 1]) swaps.push(`${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`);
	return swaps;
}

/** How sure a match through two swapped letters is, against the word itself. */
const transposedSimilarity = 0.9;

const fuseOptions = {
	includeScore: true,
	ignoreLocation: true,
	isCaseSensitive: true,
	threshold: fuzzyThreshold,
};

/** fuse.js's bitap matches patterns of up to 32 characters in one piece, longer ones in pieces. */
const fuseMaxBits = 32;

/**
 * The search index: every term of every fact (answer, quote, keywords, the names and aliases of
 * the entities it involves) and every entity alias, with fuse.js matching query words against
 * them so misspellings still land. Facts are ranked by how much of the query they account for,
 * weighted by where each word is found and how rare it is.
 */
export class SearchIndex {
	readonly #base: FactBase;
	/** term → its index in the vocabulary and in `#postings` */
	readonly #ids: ReadonlyMap<string, number>;
	readonly #postings: readonly Posting[];
	/** Every term, in the order fuse.js ranks ties in. */
	readonly #vocabulary: string[];
	/** fuse.js over the whole vocabulary, for `narrow: false` only: built on first use, since the bot never ranks that way. */
	#fuse: Fuse<string> | undefined;
	readonly #narrow: boolean;
	/** For each term of the vocabulary, the characters it has, one bit each (see `letterBit`). */
	readonly #letters: Int32Array;
	/** entity index → its aliases' terms */
	readonly #aliasTerms: string[][][];
	/** Per entity and alias, the terms of its participles ("approved" of "UN-approved force"): see `matchEntities`. */
	readonly #aliasParticiples: ReadonlySet<string>[][];
	readonly #matchCache = new Map<string, TermMatch[]>();
	/** The last terms matched, and what they matched: a question ranks the same terms several ways. */
	#lastMatches: { key: string; matches: Matches } | undefined;
	/** Every word of the data as written (normalised, not stemmed). */
	readonly #words: ReadonlySet<string>;
	/** Names joined by a particle, as their words written apart: "port au prince" → "portauprince". */
	readonly #compounds: ReadonlyMap<string, string>;
	/** Each compound name's words written apart, as a pattern made once: every alias of every entity is joined up. */
	readonly #spacedCompounds: readonly (readonly [RegExp, string])[];
	/** Query terms → data terms they stand for: synonyms and French stems, found once at build. */
	readonly #related: RelatedTerms;
	/** Query terms → the data terms they say the opposite of ("wealthi" → "poorest"): see `oppositeTerms`. */
	readonly #opposites: ReadonlyMap<string, readonly string[]>;
	/** Names' acronyms ("USA", "HNP"): WordNet's senses of the same letters ("army") are not them. */
	readonly #acronyms: ReadonlySet<string>;
	/** 1 for a fact whose own words are its fields' terms exactly (see `plainText`). */
	readonly #plainText: Uint8Array;
	/**
	 * fact index → its own words' terms, read from its texts joined, for facts whose texts are not
	 * plain: read the first time a question asks, since a large archive has many such facts and
	 * keeping all their terms would grow the index by a fifth.
	 */
	readonly #unplainTerms = new Map<number, ReadonlySet<string>>();
	/** The inverse document frequency of a term no fact has: how informative an unknown word is. */
	readonly unknownWeight: number;
	/** How many distinct terms the data has. */
	readonly vocabularySize: number;
	/**
	 * Work done so far, counted rather than timed: each posting entry a search visits and each
	 * vocabulary term fuzzy matching scans adds one. Tests bound it per input; it never resets.
	 */
	work = 0;

	constructor(base: FactBase, options: IndexOptions = {}) {
		this.#base = base;
		const builder = new PostingsBuilder();
		this.#plainText = new Uint8Array(base.facts.length);
		this.#compounds = compoundNamesOf(base);
		this.#spacedCompounds = Array.from(
			this.#compounds,
			([spaced, joined]) => [new RegExp(`\\b${spaced}\\b`, 'g'), joined] as const,
		);
		// ("GoH": a name's initials a reader may type, beside the short forms the data gives.)
		const initialisms = initialismsOf(base.entities);
		this.#acronyms = new Set([
			...base.entities.flatMap((entity) =>
				[entity.name, ...entity.aliases].flatMap((name) =>
					[...name.matchAll(/\b\p{Lu}{2,4}\b/gu)].map(([acronym]) => stem(normalize(acronym))),
				),
			),
			...initialisms.flat().map((initials) => stem(initials)),
		]);
		const participles: ReadonlySet<string>[][] = [];
		this.#aliasTerms = base.entities.map((entity, e) => {
			// "Port au Prince" is the capital's name, one word as "Port-au-Prince" is: none of it is a port.
			const names = [entity.name, ...entity.aliases, ...(initialisms[e] ?? [])].map((typed) => ({
				typed,
				name: this.#joinSpaced(typed),
			}));
			// Through textIds, so names' words are among the words related words are found for.
			for (const { name } of names) builder.textIds(name);
			const named = names
				.map(({ typed, name }) => ({ typed, terms: terms(name) }))
				.filter((alias) => alias.terms.length > 0);
			for (const alias of named) builder.addEntity(e, alias.terms);
			// Read as written, before accents are folded: "armés" is a participle, "armes" is not.
			participles.push(named.map((alias) => participleTerms(alias.typed)));
			return named.map((alias) => alias.terms);
		});
		this.#aliasParticiples = participles;
		// Each entity's distinct alias terms as term ids, found once rather than for every fact.
		const entityTerms = new Map(
			base.entities.map((entity, e) => [entity.id, builder.ids(new Set(this.#aliasTerms[e]?.flat()))] as const),
		);
		const noTerms: number[] = [];

		// Each fact's terms are gathered first, each with the set of fields it is found in (one bit a
		// field), so each posting has one entry a fact, in fact order.
		const { facts } = base;
		for (let f = 0; f < facts.length; f++) {
			const fact = facts[f] as Fact;
			for (const keyword of fact.keywords) builder.mark(builder.keywordIds(keyword), fieldBits.keywords);
			builder.mark(builder.textIds(fact.answer), fieldBits.answer);
			for (const id of base.actorsOf(fact)) builder.mark(entityTerms.get(id) ?? noTerms, fieldBits.actor);
			for (const id of fact.about) builder.mark(entityTerms.get(id) ?? noTerms, fieldBits.about);
			builder.mark(builder.textIds(fact.quote), fieldBits.quote);
			builder.mark(builder.ids(kindTerms[fact.kind]), fieldBits.meta);
			builder.endFact();
			if (plainText(fact)) this.#plainText[f] = 1;
		}
		this.#ids = builder.termIds;
		this.#postings = builder.postings();
		const dataWords = builder.words();
		this.#words = new Set(dataWords.keys());
		const keywords = options.related === false ? [] : [...new Set(base.facts.flatMap((fact) => fact.keywords))];
		this.#related =
			options.related === false
				? new Map()
				: cachedRelatedTerms(dataWords, phrasesOf(base), keywords, () => englishWordsOf(dataWords, base, keywords));
		this.#opposites = options.related === false ? new Map() : cachedOppositeTerms(dataWords);
		this.unknownWeight = Math.log(1 + (facts.length + 0.5) / 0.5);
		this.#vocabulary = [...this.#ids.keys()];
		this.vocabularySize = this.#vocabulary.length;
		this.#narrow = options.narrow ?? true;
		this.#letters = Int32Array.from(this.#vocabulary, (term) => {
			let bits = 0;
			for (let i = 0; i < term.length; i++) bits |= letterBit(term.charCodeAt(i));
			return bits;
		});
	}

	#posting(term: string): Posting | undefined {
		const id = this.#ids.get(term);
		return id === undefined ? undefined : this.#postings[id];
	}

	/**
	 * Does the fact at index `f` have the term in its own words (answer, quote or keywords), as the
	 * terms of those texts joined would give them? Looked up in the term's posting; for a fact whose
	 * texts are not plain enough to tell that way (see `plainText`), in its texts' terms, read on first use.
	 */
	ownTerm(f: number, term: string): boolean {
		if (this.#plainText[f] !== 1) return this.#ownTermsOf(f).has(term);
		const { facts, fields } = this.#posting(term) ?? noPosting;
		let low = 0;
		let high = facts.length;
		while (low < high) {
			const mid = (low + high) >> 1;
			if ((facts[mid] ?? 0) < f) low = mid + 1;
			else high = mid;
		}
		return facts[low] === f && ((fields[low] ?? 0) & ownFields) !== 0;
	}

	/**
	 * Does the report say this term itself, in some fact's answer or quote? Keywords (the words
	 * readers may use for a fact) do not count: "detainees" is a reader's word for the inmates.
	 *
	 * @example
	 * index.inReportWords('port'); // true
	 */
	inReportWords(term: string): boolean {
		const { fields } = this.#posting(term) ?? noPosting;
		return fields.some((set) => (set & (fieldBits.answer | fieldBits.quote)) !== 0);
	}

	#ownTermsOf(f: number): ReadonlySet<string> {
		let own = this.#unplainTerms.get(f);
		if (!own) {
			const fact = this.#base.facts[f];
			own = new Set(fact ? terms(`${fact.answer} ${fact.quote} ${fact.keywords.join(' ')}`) : []);
			this.#unplainTerms.set(f, own);
		}
		return own;
	}

	/**
	 * The data terms a query term says the opposite of, by WordNet's antonyms.
	 *
	 * @example
	 * index.oppositesOf('wealthi'); // ['poorest']
	 */
	oppositesOf(term: string): readonly string[] {
		return this.#opposites.get(term) ?? [];
	}

	/** Does the data have this word as written (normalised), not only a word of the same stem? */
	hasWord(word: string): boolean {
		return this.#words.has(word);
	}

	/**
	 * Is the term the data's own, or (unless `related` is false) related to one of its words? Unlike `matchTerm`, never
	 * a fuzzy search: cheap enough to try every spelling one slip away from a word.
	 *
	 * @example
	 * index.knowsTerm('comment'); // true where a fact says "commented"
	 */
	knowsTerm(term: string, related = true): boolean {
		return this.#ids.has(term) || (related && (this.#related.get(term)?.length ?? 0) > 0);
	}

	/**
	 * A text with the data's compound names written apart hyphenated as the data writes them, each
	 * word's case kept: "in Port au Prince" → "in Port-au-Prince".
	 *
	 * @example
	 * index.hyphenateCompounds('is the prison in Port au Prince?'); // 'is the prison in Port-au-Prince?'
	 */
	hyphenateCompounds(text: string): string {
		if (this.#compounds.size === 0 || !spacedJoiner.test(text)) return text;
		return text.replace(spacedCompound, (spaced, first: string, joiner: string, last: string) =>
			this.#compounds.has(`${first} ${joiner} ${last}`.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase())
				? `${first}-${joiner}-${last}`
				: spaced,
		);
	}

	/**
	 * A question's words with the data's compound names written apart joined up: "port au prince"
	 * is the one word "portauprince", as "Port-au-Prince" is.
	 *
	 * @example
	 * index.joinCompounds(['in', 'port', 'au', 'prince']); // ['in', 'portauprince']
	 */
	joinCompounds(words: readonly string[]): string[] {
		if (this.#compounds.size === 0) return [...words];
		const joined: string[] = [];
		for (let at = 0; at < words.length; at++) {
			const compound = this.#compounds.get(words.slice(at, at + 3).join(' '));
			joined.push(compound ?? (words[at] as string));
			if (compound) at += 2;
		}
		return joined;
	}

	#joinSpaced(name: string): string {
		let text = normalize(name);
		for (const [spaced, joined] of this.#spacedCompounds) text = text.replace(spaced, joined);
		return text;
	}

	/** The data terms a query term stands for: itself if the data has it, else close misspellings. */
	matchTerm(term: string): TermMatch[] {
		const cached = this.#matchCache.get(term);
		if (cached) return cached;
		let matches: TermMatch[];
		// "army" is "USA" in one of WordNet's senses (the United States Army): a related word never reaches an acronym.
		const related = this.#related.get(term)?.filter((match) => !this.#acronyms.has(match.term));
		// The word itself, and the data words it is related to (a jailbreak is an escape).
		if (this.#ids.has(term)) matches = [{ term, similarity: 1 }, ...(related ?? [])];
		else if (related) matches = related;
		else if (term.length <= 4 || term.length > fuseMaxBits || /\d/.test(term)) matches = this.#undoubled(term) ?? [];
		else matches = this.#transposedMatches(term) ?? this.#fuzzyMatches(term);
		// ("presiden": a word of the data with a letter left off its end, whose stem is shorter than the slip.)
		if (matches.length === 0 && term.length >= 5) {
			const word = this.respelled(term);
			const spelled = word === undefined ? undefined : stem(word);
			if (spelled && spelled !== term && this.#ids.has(spelled))
				matches = [{ term: spelled, similarity: transposedSimilarity }];
		}
		if (this.#matchCache.size > 10_000) this.#matchCache.clear();
		this.#matchCache.set(term, matches);
		return matches;
	}

	/**
	 * "RNDH" for "RNDDH": the letters of a short name with no vowel, one doubled letter typed once. Too short for fuzzy
	 * matching, and too unlike any word to be one of its own.
	 */
	#undoubled(term: string): TermMatch[] | undefined {
		if (!/^[b-df-hj-np-tv-xz]{3,4}$/.test(term)) return undefined;
		const doubled = [...term].map((letter, i) => `${term.slice(0, i)}${letter}${term.slice(i)}`);
		const found = doubled.find((candidate) => this.#ids.has(candidate));
		return found ? [{ term: found, similarity: transposedSimilarity }] : undefined;
	}

	/**
	 * "segrier", "evnets", "supopsed": two letters typed the wrong way round, the commonest typo, which edit distance
	 * counts as two; the data term they spell is matched, a little less surely.
	 */
	#transposedMatches(term: string): TermMatch[] | undefined {
		if (!/^[a-z]+$/.test(term)) return undefined;
		// (Only a word of the data itself: "petti" is "petty", not WordNet's legal "petit" that a swap would spell.)
		const swapped = neighbourSwaps(term).find((candidate) => this.#ids.has(candidate));
		return swapped
			? this.matchTerm(swapped).map((match) => ({ ...match, similarity: match.similarity * transposedSimilarity }))
			: undefined;
	}

	/** Close misspellings of the data's terms, by fuse.js. */
	#fuzzyMatches(term: string): TermMatch[] {
		// Fuse finds the query inside longer words too ("port" in "report"): allow only
		// near-equal lengths, and trust the first letter, which people rarely mistype.
		const maxEdits = term.length <= 7 ? 1 : 2;
		const near = (item: string) => Math.abs(item.length - term.length) <= maxEdits && item[0] === term[0];
		// (Within that many edits, as fuse.js's score alone does not promise: "pwofes" is not "profess".)
		const kept = (item: string) => near(item) && editDistance(item, term) <= maxEdits;
		// Words longer than fuse.js matches in one piece are not typos of the data's words (above).
		const candidates = this.#narrow ? this.#candidates(term) : this.#vocabulary;
		// Where no candidate could be kept, whatever fuse.js ranks is dropped: it is not asked (most
		// phrases of a question's words are no term of the data's).
		if (!candidates.some(near)) return [];
		const fuse = this.#narrow ? new Fuse(candidates, fuseOptions) : this.#wholeVocabulary();
		return fuse
			.search(term, { limit: 8 })
			.filter(({ item }) => kept(item))
			.map(({ item, score = 1 }) => ({ term: item, similarity: 1 - score }));
	}

	/**
	 * The data's word (as written, not stemmed) a misspelt word stands for: one letter swapped with
	 * its neighbour, left out, doubled or mistyped (a word of five letters or more; the first letter
	 * is trusted, as fuzzy matching trusts it). Undefined for a word the data has, or none.
	 *
	 * @example
	 * index.respelled('prsions'); // 'prisons'
	 * index.respelled('prusons'); // 'prisons'
	 */
	respelled(word: string): string | undefined {
		// (Or its singular: "prsions" is "prisons" where the data has "prison".)
		const known = (candidate: string) =>
			this.#words.has(candidate) || (candidate.endsWith('s') && this.#words.has(candidate.slice(0, -1)));
		if (known(word) || word.length < 5 || word.length > fuseMaxBits || !/^[a-z]+$/.test(word)) return undefined;
		const letters = 'abcdefghijklmnopqrstuvwxyz';
		const swapped = neighbourSwaps(word).find(known);
		if (swapped) return swapped;
		for (let i = 1; i <= word.length; i++) {
			const dropped = `${word.slice(0, i)}${word.slice(i + 1)}`;
			if (i < word.length && known(dropped)) return dropped;
			for (const letter of letters) {
				const added = `${word.slice(0, i)}${letter}${word.slice(i)}`;
				if (known(added)) return added;
				const replaced = `${word.slice(0, i)}${letter}${word.slice(i + 1)}`;
				if (i < word.length && replaced !== word && known(replaced)) return replaced;
			}
		}
		return undefined;
	}

	#wholeVocabulary(): Fuse<string> {
		this.#fuse ??= new Fuse(this.#vocabulary, fuseOptions);
		return this.#fuse;
	}

	/**
	 * The terms fuse.js could match a query word of up to 32 characters with, in vocabulary order;
	 * fuse.js ranks these exactly as it ranks the whole vocabulary, since no other term can match,
	 * and a large vocabulary is not scanned on every keystroke. Why no other can: with
	 * `ignoreLocation`, fuse.js's score is the bitap edit count over the query word's length and must
	 * be at most `fuzzyThreshold`, and each character of the query word that a term lacks costs an
	 * edit; a term lacking more of them than that allows cannot match.
	 */
	#candidates(term: string): string[] {
		// How many characters of the query word have each bit (see `letterBit`).
		const counts = new Int32Array(32);
		let wanted = 0;
		for (let i = 0; i < term.length; i++) {
			const code = term.charCodeAt(i);
			wanted |= letterBit(code);
			counts[code & 31] = (counts[code & 31] ?? 0) + 1;
		}
		const allowedEdits = Math.floor(fuzzyThreshold * term.length);
		const candidates: string[] = [];
		this.work += this.#letters.length;
		this.#letters.forEach((has, position) => {
			let missing = wanted & ~has;
			let edits = 0;
			while (missing !== 0 && edits <= allowedEdits) {
				const bit = 31 - Math.clz32(missing);
				edits += counts[bit] ?? 0;
				missing &= ~(1 << bit);
			}
			if (edits <= allowedEdits) candidates.push(this.#vocabulary[position] ?? '');
		});
		return candidates;
	}

	/**
	 * Every fact a text matches, unranked, in the order first found (which breaks ties in the
	 * ranking), with what ranking needs of each in parallel arrays: a common word can match most of
	 * a large archive, and a question is ranked several ways (by its frame, then with less coverage),
	 * so the matching is done once and kept for the same terms, and only the facts a ranking keeps
	 * become objects. `literal` terms are words the data does not have, though it has words like them:
	 * they match nothing ("chair" is no misspelt "charge"; "line" of "line up" is not in "line of work").
	 *
	 * @example
	 * index.matches(['chair'], new Set(['chair'])).facts.length; // 0: "charge" only looks like it
	 */
	matches(text: string | readonly string[], literal: ReadonlySet<string> = noWords): Matches {
		// At most `maxQueryTerms` distinct terms: the work a query does is bounded whatever its length.
		const queryTerms = [...new Set(typeof text === 'string' ? terms(text) : text)].slice(0, maxQueryTerms);
		const key = `${queryTerms.join('\n')}\t${queryTerms.filter((term) => literal.has(term)).join('\n')}`;
		if (this.#lastMatches?.key === key) return this.#lastMatches.matches;
		const matches = this.#match(queryTerms, literal);
		this.#lastMatches = { key, matches };
		return matches;
	}

	#match(queryTerms: string[], literal: ReadonlySet<string>): Matches {
		const unmatched: string[] = [];
		const weights: number[] = [];
		// Per-fact sums in arrays indexed by fact, and the facts in the order they were first found.
		const factCount = this.#base.facts.length;
		const sums = new Float64Array(factCount);
		const covered = new Uint32Array(factCount);
		const matchedTerms = new Uint32Array(factCount);
		const strongTerms = new Uint32Array(factCount);
		const found: number[] = [];
		const add = (f: number, value: number, bit: number, strong: boolean) => {
			if (covered[f] === 0) found.push(f);
			sums[f] = (sums[f] ?? 0) + value;
			covered[f] = (covered[f] ?? 0) + 1;
			matchedTerms[f] = (matchedTerms[f] ?? 0) | bit;
			if (strong) strongTerms[f] = (strongTerms[f] ?? 0) | bit;
		};

		queryTerms.forEach((term, position) => {
			const bit = 1 << position;
			const all = this.matchTerm(term);
			const matches = literal.has(term) ? [] : all;
			// A literal word weighs as its lookalikes would: it says as much, though it finds none of their facts.
			const lookalikeWeight = () => Math.max(0, ...all.map((match) => this.#posting(match.term)?.idf ?? 0));
			weights.push(all.length === 0 ? this.unknownWeight : matches.length === 0 ? lookalikeWeight() : 0);
			if (matches.length === 0) {
				unmatched.push(term);
				return;
			}
			const [only] = matches;
			if (only && matches.length === 1) {
				// One data term (the query's own word, nearly always): each fact is found once.
				const { facts, weights: inFact, idf } = this.#posting(only.term) ?? noPosting;
				this.work += facts.length;
				weights[position] = idf;
				for (let i = 0; i < facts.length; i++) {
					add(facts[i] as number, Math.max(0, only.similarity * idf * (inFact[i] ?? 0)), bit, !only.related);
				}
				return;
			}
			// Several candidates (misspellings, related words): each fact counts its best one.
			const best = new Map<number, number>();
			const strong = new Set<number>();
			for (const { term: dataTerm, similarity, related } of matches) {
				const { facts, weights: inFact, idf } = this.#posting(dataTerm) ?? noPosting;
				this.work += facts.length;
				weights[position] = Math.max(weights[position] ?? 0, idf);
				for (let i = 0; i < facts.length; i++) {
					const f = facts[i] as number;
					best.set(f, Math.max(best.get(f) ?? 0, similarity * idf * (inFact[i] ?? 0)));
					if (!related) strong.add(f);
				}
			}
			for (const [f, value] of best) add(f, value, bit, strong.has(f));
		});

		const count = found.length;
		const matches: Matches = {
			terms: queryTerms,
			unmatched,
			weights,
			facts: Int32Array.from(found),
			sums: new Float64Array(count),
			covered: new Uint32Array(count),
			matched: new Uint32Array(count),
			related: new Int32Array(count),
		};
		found.forEach((f, k) => {
			matches.sums[k] = sums[f] ?? 0;
			matches.covered[k] = covered[f] ?? 0;
			matches.matched[k] = matchedTerms[f] ?? 0;
			matches.related[k] = (matchedTerms[f] ?? 0) & ~(strongTerms[f] ?? 0);
		});
		return matches;
	}

	/**
	 * Ranks facts against a text. `boost` multiplies a fact's score, for questions whose form
	 * says what kind of answer they want ("when…", "how many…"). With a `limit`, only the best
	 * `limit` hits are returned, in the same order, picked without sorting every fact that matched:
	 * autocomplete needs a page of them, and a common word can match most of a large archive.
	 */
	search(
		text: string | readonly string[],
		boost: (fact: Fact) => number = () => 1,
		limit = Number.POSITIVE_INFINITY,
	): SearchResult {
		const { terms: queryTerms, unmatched, weights, ...found } = this.matches(text);
		const order = (a: Hit, b: Hit) => b.score - a.score || this.#base.reportOrder(a.fact, b.fact);
		const hits: Hit[] = [];
		const count = found.facts.length;
		for (let k = 0; k < count; k++) {
			const fact = this.#base.facts[found.facts[k] as number];
			if (!fact) continue;
			const hit = hitOf(found, k, fact, queryTerms.length, boost);
			if (count <= limit) hits.push(hit);
			else insertBest(hits, hit, limit, order);
		}
		if (count <= limit) {
			// Sorted by precomputed positions rather than by comparing facts: the same order, as cheaply
			// as sorting numbers, however many hits tie on score.
			const ranks = hits.map((hit) => this.#base.orderRank(hit.fact));
			const sorted = hits
				.map((_, k) => k)
				.sort((a, b) => (hits[b] as Hit).score - (hits[a] as Hit).score || (ranks[a] ?? 0) - (ranks[b] ?? 0) || a - b);
			return { terms: queryTerms, unmatched, weights, hits: sorted.map((k) => hits[k] as Hit) };
		}
		return { terms: queryTerms, unmatched, weights, hits };
	}

	/**
	 * Entities named in a text, by any alias or misspelling of one; the most complete match first.
	 * `verbs` are terms the text has only as a verb that is no participle ("approve", "arms"): an
	 * alias does not match through its participle by them ("why did the UN approve the force" does
	 * not say "the UN-approved force"; "who arms the gangs", not "the armed gangs").
	 *
	 * @example
	 * index.matchEntities('the UN-approved force')[0]?.entity.id; // 'international-force'
	 */
	matchEntities(text: string | readonly string[], verbs: ReadonlySet<string> = noWords): EntityMatch[] {
		const queryTerms = [...new Set(typeof text === 'string' ? terms(text) : text)].slice(0, maxQueryTerms);
		const matchedBy = new Map<string, string>(); // data term → query term
		const bySynonym = new Set<string>(); // data terms matched only through a synonym
		for (const term of queryTerms) {
			// Names match as typed, misspelt or spelt another way ("barbeque"), never through a looser relation
			// ("inmates" is not "prison").
			for (const { term: dataTerm, related, similarity } of this.matchTerm(term)) {
				if (related && similarity < synonymSimilarity) continue;
				if (related && matchedBy.has(dataTerm) && !bySynonym.has(dataTerm)) continue;
				matchedBy.set(dataTerm, term);
				if (related) bySynonym.add(dataTerm);
				else bySynonym.delete(dataTerm);
			}
		}
		const candidates = new Set<number>();
		for (const dataTerm of matchedBy.keys()) {
			for (const e of this.#posting(dataTerm)?.entities ?? []) candidates.add(e);
		}

		// A letter or two of a name ("U.S." is u, s) matches only as itself: "un say" is not the U.S.
		const matches = (term: string) => matchedBy.has(term) && (term.length > 2 || matchedBy.get(term) === term);
		// A name's words said together, give or take one word between: "which UN body approved the foreign force"
		// does not say "the UN-approved force".
		const position = new Map(queryTerms.map((term, i) => [term, i]));
		const together = (alias: readonly string[]) => {
			const at = alias.map((term) => position.get(matchedBy.get(term) ?? term) ?? 0);
			return Math.max(...at) - Math.min(...at) <= alias.length;
		};
		const found: EntityMatch[] = [];
		for (const e of candidates) {
			const entity = this.#base.entities[e];
			if (!entity) continue;
			let covered = new Set<string>();
			let synonymous = false;
			const participles = this.#aliasParticiples[e] ?? [];
			for (const [a, alias] of (this.#aliasTerms[e] ?? []).entries()) {
				// A name is named by at least one of its own words: "un say" is "united state" only by synonyms.
				if (!alias.every(matches) || alias.every((term) => bySynonym.has(term)) || !together(alias)) continue;
				if ([...(participles[a] ?? [])].some((term) => verbs.has(matchedBy.get(term) ?? term))) continue;
				const byAlias = new Set(alias.map((term) => matchedBy.get(term) ?? term));
				const loose = alias.some((term) => bySynonym.has(term));
				if (byAlias.size > covered.size || (byAlias.size === covered.size && synonymous && !loose)) {
					covered = byAlias;
					synonymous = loose;
				}
			}
			if (covered.size > 0) found.push(synonymous ? { entity, covered, bySynonym: true } : { entity, covered });
		}
		return found.sort((a, b) => b.covered.size - a.covered.size);
	}
}

/** A word a question's reading drops in every language it reads. */
const isFunctionWord = (word: string) =>
	questionStopwords.en.has(word) || questionStopwords.fr.has(word) || questionStopwords.ht.has(word);

/**
 * The term for a phrase of function words ("got out"): its words stemmed and joined, as a query's
 * phrase is looked up.
 *
 * @example
 * phraseTerm(['got', 'out']); // 'got out'
 */
export function phraseTerm(phraseWords: readonly string[]): string {
	return phraseWords.map(stem).join(' ');
}

/**
 * The data's words that English words may be related to: all but the French and Creole words of
 * its keywords. "pays" of "pays le plus pauvre" is French for country; read as English "pays", it
 * made a question about the minimum wage one about Haiti's poverty. (A word of both languages
 * that the facts' own English uses, "police", stays.)
 */
function englishWordsOf(
	dataWords: ReadonlyMap<string, string>,
	base: FactBase,
	keywords: readonly string[],
): Map<string, string> {
	const english = new Set<string>();
	const foreign = new Set<string>();
	for (const fact of base.facts) {
		for (const word of words(fact.answer)) english.add(word);
		for (const word of words(fact.quote)) english.add(word);
	}
	for (const keyword of keywords) {
		const said = words(keyword);
		const other = inAnotherLanguage(said);
		for (const word of said) (other ? foreign : english).add(word);
	}
	return new Map([...dataWords].filter(([word]) => english.has(word) || !foreign.has(word)));
}

/** A keyword with a word English does not have ("pauvre", "le") is in another language, all of it. */
function inAnotherLanguage(said: readonly string[]): boolean {
	return said.some((word) => foreignFunctionWord(word) || (!isEnglishWord(word) && isForeign(word)));
}

/**
 * A word of a keyword in French or Creole that is an English word meaning something else: "pays" (country, not
 * "pays" of paying), "bay" (give), "tire" (shoot). A question in French or Creole reads it in English, as the
 * lexicons give it; kept as the keyword's own term, it made "who is paying for the force?" one about the country
 * chosen to lead it.
 */
function falseFriend(word: string): boolean {
	const meaning = isEnglishWord(word) ? wordInEnglish(word) : undefined;
	return meaning !== undefined && !terms(meaning).includes(stem(word));
}

/** A word of the French or Creole lexicon. */
const isForeign = (word: string) => translations.fr.has(word) || translations.ht.has(word);
/** A function word of French or Creole that English does not have ("de", "le", "ki"). */
const foreignFunctionWord = (word: string) =>
	(questionStopwords.fr.has(word) || questionStopwords.ht.has(word)) && !questionStopwords.en.has(word);

/** The data's names and keywords of more than one word ("prime minister"), with their terms. */
function phrasesOf(base: FactBase): Map<string, string[]> {
	const phrases = new Map<string, string[]>();
	// Each distinct text once: keywords repeat across a large archive's facts, and each reading normalises it.
	const texts = new Set([
		...base.entities.flatMap((entity) => [entity.name, ...entity.aliases]),
		...base.facts.flatMap((fact) => fact.keywords),
	]);
	for (const text of texts) {
		const phrase = words(text).join(' ');
		if (phrase.includes(' ') && !phrases.has(phrase)) phrases.set(phrase, terms(text));
	}
	return phrases;
}

/**
 * Are a fact's own words, as `terms` gives them for its answer, quote and keywords joined, the
 * terms the index finds in each of those texts? Yes unless `normalize` could join or drop words
 * there, which it does only within a text or where two meet: a long word (which `terms` drops), a
 * number with a thousands separator or a digit at a text's edge (numbers are joined across texts
 * too), an acronym with dots. Looked for in the text as normalising decomposes it, since that can
 * make digits and dots of other characters. Others are read again when it matters.
 */
function plainText(fact: Fact): boolean {
	const texts = [fact.answer, fact.quote, ...fact.keywords].map((text) =>
		isAscii(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, ''),
	);
	// Joined with a space, a text ending in a digit and one starting with three would make one number.
	return texts.every((text, i) => !isUnplain(text) && !(/\d$/.test(text) && /^\d/.test(texts[i + 1] ?? '')));
}

/** What `plainText` does not take as plain: long runs, thousands separators, acronyms, Greek (whose case depends on context). */
const unplain = /[\p{L}\p{N}]{33,}|\d[,.\s\u00a0\u202f]\d{3}|(?:[a-z]\.){2,}|[\u0370-\u03ff\u1f00-\u1fff]/iu;

/**
 * `unplain` for ASCII text, where its letters and digits are a-z and 0-9 and it has no Greek: the
 * same answer without Unicode classes matched case-insensitively, which made them most of the time
 * a large archive took to index.
 */
const unplainAscii = /[a-z0-9]{33,}|\d[,.\s]\d{3}|(?:[a-z]\.){2,}/i;

function isUnplain(text: string): boolean {
	return (isAscii(text) ? unplainAscii : unplain).test(text);
}

function isAscii(text: string): boolean {
	return /^[\0-\x7f]*$/.test(text);
}

/**
 * Keeps `best` the first `limit` hits in `order`, as a stable sort of every hit would give them:
 * a hit goes after those it ties with, which came before it.
 */
function insertBest(best: Hit[], hit: Hit, limit: number, order: (a: Hit, b: Hit) => number): void {
	const last = best[best.length - 1];
	if (best.length >= limit && last && order(hit, last) >= 0) return;
	let low = 0;
	let high = best.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		const other = best[mid];
		if (other && order(hit, other) >= 0) low = mid + 1;
		else high = mid;
	}
	best.splice(low, 0, hit);
	if (best.length > limit) best.pop();
}

/**
 * A character's bit in a term's set of characters: its UTF-16 code modulo 32, so a-z have one each
 * and others share. A bit a term lacks means it lacks every character with that bit.
 */
function letterBit(code: number): number {
	return 1 << (code & 31);
}

/**
 * Gathers the postings of every term while the index is built. Terms get ids in the order they are
 * first seen; each fact's terms are collected in an array indexed by id rather than a map a fact,
 * and each (term, fact, fields) entry goes into one flat list, sorted by term once at the end:
 * large data has millions of entries, and growing an array a term for each would be slow.
 */
class PostingsBuilder {
	readonly termIds = new Map<string, number>();
	/** term id → term */
	readonly #terms: string[] = [];
	/** term id → the entities whose aliases have it, in index order; undefined if none */
	readonly #entities: (number[] | undefined)[] = [];
	/** word → its term's id, or -1 for a stopword: a corpus repeats its words. */
	readonly #wordIds = new Map<string, number>();
	/** keyword → its terms' ids: keywords repeat across facts. */
	readonly #keywordIds = new Map<string, number[]>();
	/** For the fact being indexed: by term id, the set of fields the term is found in; 0 if none. */
	readonly #fields: number[] = [];
	/** The ids of that fact's terms, in the order first found. */
	readonly #found: number[] = [];
	/**
	 * Every fact's terms, in fact order: each a term id and the set of fields it is found in, in one
	 * number (`id * fieldSets + fields`), so millions of entries make few, compact arrays.
	 */
	readonly #entries: number[] = [];
	/** Where each fact's entries end in `#entries`. */
	readonly #factEnds: number[] = [];

	id(term: string): number {
		let id = this.termIds.get(term);
		if (id === undefined) {
			id = this.#fields.length;
			this.termIds.set(term, id);
			this.#terms.push(term);
			this.#fields.push(0);
			this.#entities.push(undefined);
		}
		return id;
	}

	ids(list: Iterable<string>): number[] {
		return Array.from(list, (term) => this.id(term));
	}

	/** The ids of a text's terms, as `terms` gives them, looking each distinct word up once. */
	textIds(text: string): number[] {
		const ids: number[] = [];
		for (const word of words(text)) {
			let id = this.#wordIds.get(word);
			if (id === undefined) {
				id = isStopword(word) ? -1 : this.id(stem(word));
				this.#wordIds.set(word, id);
			}
			if (id >= 0) ids.push(id);
		}
		return ids;
	}

	/** Every distinct word the data's texts had, with its term: what related words are looked up for. */
	words(): Map<string, string> {
		const found = new Map<string, string>();
		for (const [word, id] of this.#wordIds) if (id >= 0) found.set(word, this.#terms[id] ?? word);
		return found;
	}

	keywordIds(keyword: string): number[] {
		let ids = this.#keywordIds.get(keyword);
		if (!ids) {
			const said = words(keyword);
			ids = this.textIds(inAnotherLanguage(said) ? said.filter((word) => !falseFriend(word)).join(' ') : keyword);
			// "got out", "let out": a phrase of words a question's reading drops as function words is also one
			// term of its own, which a question with the same phrase finds.
			if (said.length > 1 && said.every(isFunctionWord)) ids = [...ids, this.id(phraseTerm(said))];
			this.#keywordIds.set(keyword, ids);
		}
		return ids;
	}

	/** Entities are added in index order, so a repeat is always the last one added. */
	addEntity(entity: number, aliasTerms: readonly string[]): void {
		for (const term of aliasTerms) {
			const id = this.id(term);
			const entities = this.#entities[id] ?? [];
			if (entities[entities.length - 1] !== entity) entities.push(entity);
			this.#entities[id] = entities;
		}
	}

	/** Marks terms as found in a field (its bit) of the current fact. */
	mark(ids: readonly number[], bit: number): void {
		for (let i = 0; i < ids.length; i++) {
			const id = ids[i] as number;
			const fields = this.#fields[id] ?? 0;
			if (fields === 0) this.#found.push(id);
			this.#fields[id] = fields | bit;
		}
	}

	/** Records the current fact's terms, in the order first found, and starts afresh. */
	endFact(): void {
		for (const id of this.#found) {
			this.#entries.push(id * fieldSets + (this.#fields[id] ?? 0));
			this.#fields[id] = 0;
		}
		this.#found.length = 0;
		this.#factEnds.push(this.#entries.length);
	}

	/**
	 * Every term's posting, by id: the entries sorted by term (a counting sort, which keeps each
	 * term's facts in fact order), each term's share a view of two shared arrays.
	 */
	postings(): Posting[] {
		const entries = this.#entries;
		const termCount = this.#fields.length;
		const starts = new Int32Array(termCount + 1);
		for (const entry of entries) {
			const id = Math.floor(entry / fieldSets);
			starts[id + 1] = (starts[id + 1] ?? 0) + 1;
		}
		for (let id = 0; id < termCount; id++) starts[id + 1] = (starts[id + 1] ?? 0) + (starts[id] ?? 0);

		const facts = new Int32Array(entries.length);
		const weights = new Float64Array(entries.length);
		const fields = new Uint8Array(entries.length);
		const next = starts.slice(0, termCount);
		let entry = 0;
		this.#factEnds.forEach((end, fact) => {
			for (; entry < end; entry++) {
				const value = entries[entry] ?? 0;
				const id = Math.floor(value / fieldSets);
				const at = next[id] ?? 0;
				next[id] = at + 1;
				facts[at] = fact;
				weights[at] = weightOfFields[value % fieldSets] ?? 0;
				fields[at] = value % fieldSets;
			}
		});
		const factCount = this.#factEnds.length;

		return Array.from({ length: termCount }, (_, id): Posting => {
			const start = starts[id] ?? 0;
			const end = starts[id + 1] ?? 0;
			const count = end - start;
			return {
				facts: facts.subarray(start, end),
				weights: weights.subarray(start, end),
				fields: fields.subarray(start, end),
				entities: this.#entities[id] ?? [],
				idf: Math.log(1 + (factCount - count + 0.5) / (count + 0.5)),
			};
		});
	}
}

/** The same written apart, as a question may type it: "Port au Prince". */
const spacedCompound = new RegExp(
	String.raw`(?<![\p{L}-])(\p{L}+)\s+(${compoundJoiners})\s+(\p{L}+)(?![\p{L}-])`,
	'giu',
);
/** A particle of such a name standing between spaces: whether a text may write one apart at all. */
const spacedJoiner = new RegExp(String.raw`\s(?:${compoundJoiners})\s`, 'iu');

/** The compound names of a fact base's entities ("Port-au-Prince"), by their words written apart. */
function compoundNamesOf(base: FactBase): Map<string, string> {
	const compounds = new Map<string, string>();
	for (const entity of base.entities) {
		for (const name of [entity.name, ...entity.aliases]) {
			const folded = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
			for (const m of folded.matchAll(hyphenedCompound)) {
				compounds.set(`${m[1]} ${m[2]} ${m[3]}`, `${m[1]}${m[2]}${m[3]}`);
			}
		}
	}
	return compounds;
}
