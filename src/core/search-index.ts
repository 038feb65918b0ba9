import Fuse from 'fuse.js';
import type { Entity, Fact, FactKind } from '../data/schema.js';
import type { FactBase } from './fact-base.js';
import { terms } from './text.js';

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

const kindTerms = Object.fromEntries(Object.entries(kindWords).map(([kind, words]) => [kind, terms(words)])) as Record<
	FactKind,
	string[]
>;

/** How quickly repeated finds of a term in one fact stop adding to its score (BM25's k1). */
const saturation = 1;

/** Fuse scores run 0 (exact) to 1; past this a word is not taken as a misspelling of another. */
const fuzzyThreshold = 0.25;

export interface TermMatch {
	term: string;
	/** 1 for an exact match, less for a fuzzy one. */
	similarity: number;
}

export interface Hit {
	fact: Fact;
	score: number;
	/** Share of the query's terms found in this fact. */
	coverage: number;
}

export interface SearchResult {
	/** The query's content terms (normalised, stemmed). */
	terms: string[];
	/** Terms that match nothing anywhere in the data. */
	unmatched: string[];
	/** Best first. */
	hits: Hit[];
}

export interface EntityMatch {
	entity: Entity;
	/** The query terms this entity's best alias accounts for. */
	covered: Set<string>;
}

interface Posting {
	/** indexes of the facts that contain this term, in ascending order */
	facts: number[];
	/** this term’s weight in each of those facts: its fields’ weights summed, then saturated */
	weights: number[];
	/** entity indexes whose aliases contain this term */
	entities: Set<number>;
}

export interface IndexOptions {
	/**
	 * Whether fuzzy matching first narrows the vocabulary to the words fuse.js could match (see
	 * `#candidates`) and has fuse.js rank only those; on by default. It gives the same matches
	 * either way: false ranks the whole vocabulary, to compare the two.
	 */
	narrow?: boolean;
}

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
	readonly #postings = new Map<string, Posting>();
	readonly #idf = new Map<string, number>();
	/** Every term, in the order fuse.js ranks ties in. */
	readonly #vocabulary: string[];
	readonly #fuse: Fuse<string>;
	readonly #narrow: boolean;
	/** For each term of the vocabulary, the characters it has, one bit each (see `letterBit`). */
	readonly #letters: Int32Array;
	/** entity index → its aliases' terms */
	readonly #aliasTerms: string[][][];
	readonly #matchCache = new Map<string, TermMatch[]>();
	/** How many distinct terms the data has. */
	readonly vocabularySize: number;

	constructor(base: FactBase, options: IndexOptions = {}) {
		this.#base = base;
		const posting = (term: string): Posting => {
			let entry = this.#postings.get(term);
			if (!entry) {
				entry = { facts: [], weights: [], entities: new Set() };
				this.#postings.set(term, entry);
			}
			return entry;
		};

		this.#aliasTerms = base.entities.map((entity, e) => {
			const aliases = [entity.name, ...entity.aliases].map(terms).filter((list) => list.length > 0);
			for (const term of aliases.flat()) posting(term).entities.add(e);
			return aliases;
		});
		const entityTerms = new Map(
			base.entities.map((entity, e) => [entity.id, new Set(this.#aliasTerms[e]?.flat())] as const),
		);

		// Each fact's terms are gathered first, each with the set of fields it is found in (one bit a
		// field), so each posting grows by one entry a fact, in fact order: plain arrays rather than a
		// map per term keep large data quick to index. A set of fields weighs the sum of their
		// weights, added in field order.
		const fields = Object.keys(fieldWeights) as Field[];
		const bit = Object.fromEntries(fields.map((field, i) => [field, 1 << i])) as Record<Field, number>;
		const weightOf = Array.from({ length: 1 << fields.length }, (_, set) =>
			fields.reduce((sum, field) => (set & bit[field] ? sum + fieldWeights[field] : sum), 0),
		);
		base.facts.forEach((fact, f) => {
			const found = new Map<string, number>();
			const mark = (field: Field, list: Iterable<string>) => {
				for (const term of list) found.set(term, (found.get(term) ?? 0) | bit[field]);
			};
			mark('keywords', fact.keywords.flatMap(terms));
			mark('answer', terms(fact.answer));
			for (const id of base.actorsOf(fact)) mark('actor', entityTerms.get(id) ?? []);
			for (const id of fact.about) mark('about', entityTerms.get(id) ?? []);
			mark('quote', terms(fact.quote));
			mark('meta', kindTerms[fact.kind]);
			for (const [term, set] of found) {
				const entry = posting(term);
				entry.facts.push(f);
				entry.weights.push(weightOf[set] ?? 0);
			}
		});

		// A term found in several fields of a fact counts for more, with diminishing returns (BM25's
		// saturation), so a common word repeated across a fact cannot outweigh a rare one found once.
		for (const { weights } of this.#postings.values()) {
			weights.forEach((weight, i) => {
				weights[i] = (weight * (1 + saturation)) / (weight + saturation);
			});
		}
		const n = base.facts.length;
		for (const [term, { facts }] of this.#postings) {
			this.#idf.set(term, Math.log(1 + (n - facts.length + 0.5) / (facts.length + 0.5)));
		}
		this.#vocabulary = [...this.#postings.keys()];
		this.vocabularySize = this.#vocabulary.length;
		this.#fuse = new Fuse(this.#vocabulary, fuseOptions);
		this.#narrow = options.narrow ?? true;
		this.#letters = Int32Array.from(this.#vocabulary, (term) => {
			let bits = 0;
			for (let i = 0; i < term.length; i++) bits |= letterBit(term.charCodeAt(i));
			return bits;
		});
	}

	/** The data terms a query term stands for: itself if the data has it, else close misspellings. */
	matchTerm(term: string): TermMatch[] {
		const cached = this.#matchCache.get(term);
		if (cached) return cached;
		let matches: TermMatch[];
		if (this.#postings.has(term)) matches = [{ term, similarity: 1 }];
		else if (term.length <= 4 || /\d/.test(term)) matches = [];
		else {
			// Fuse finds the query inside longer words too ("port" in "report"): allow only
			// near-equal lengths, and trust the first letter, which people rarely mistype.
			const maxEdits = term.length <= 7 ? 1 : 2;
			const fuse =
				this.#narrow && term.length <= fuseMaxBits ? new Fuse(this.#candidates(term), fuseOptions) : this.#fuse;
			matches = fuse
				.search(term, { limit: 8 })
				.filter(({ item }) => Math.abs(item.length - term.length) <= maxEdits && item[0] === term[0])
				.map(({ item, score = 1 }) => ({ term: item, similarity: 1 - score }));
		}
		if (this.#matchCache.size > 10_000) this.#matchCache.clear();
		this.#matchCache.set(term, matches);
		return matches;
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
	 * Ranks facts against a text. `boost` multiplies a fact's score, for questions whose form
	 * says what kind of answer they want ("when…", "how many…"). With a `limit`, only the best
	 * `limit` hits are returned, in the same order, picked without sorting every fact that matched:
	 * autocomplete needs a page of them, and a common word can match most of a large archive.
	 */
	search(text: string, boost: (fact: Fact) => number = () => 1, limit = Number.POSITIVE_INFINITY): SearchResult {
		const queryTerms = [...new Set(terms(text))];
		const unmatched: string[] = [];
		// Per-fact sums in arrays indexed by fact, and the facts in the order they were first found
		// (which breaks ties in the ranking): a common word can touch most facts of a large archive.
		const sums = new Float64Array(this.#base.facts.length);
		const covered = new Uint32Array(this.#base.facts.length);
		const found: number[] = [];
		const add = (f: number, value: number) => {
			if (covered[f] === 0) found.push(f);
			sums[f] = (sums[f] ?? 0) + value;
			covered[f] = (covered[f] ?? 0) + 1;
		};

		for (const term of queryTerms) {
			const matches = this.matchTerm(term);
			if (matches.length === 0) {
				unmatched.push(term);
				continue;
			}
			const [only] = matches;
			if (only && matches.length === 1) {
				// One data term (the query's own word, nearly always): each fact is found once.
				const idf = this.#idf.get(only.term) ?? 0;
				const { facts = [], weights = [] } = this.#postings.get(only.term) ?? {};
				facts.forEach((f, i) => {
					add(f, Math.max(0, only.similarity * idf * (weights[i] ?? 0)));
				});
				continue;
			}
			// Several misspelling candidates: each fact counts its best one.
			const best = new Map<number, number>();
			for (const { term: dataTerm, similarity } of matches) {
				const idf = this.#idf.get(dataTerm) ?? 0;
				const { facts = [], weights = [] } = this.#postings.get(dataTerm) ?? {};
				facts.forEach((f, i) => {
					best.set(f, Math.max(best.get(f) ?? 0, similarity * idf * (weights[i] ?? 0)));
				});
			}
			for (const [f, value] of best) add(f, value);
		}

		const order = (a: Hit, b: Hit) => b.score - a.score || this.#base.reportOrder(a.fact, b.fact);
		const hits: Hit[] = [];
		for (const f of found) {
			const fact = this.#base.facts[f];
			if (!fact) continue;
			const coverage = (covered[f] ?? 0) / queryTerms.length;
			const hit = { fact, coverage, score: (sums[f] ?? 0) * coverage * boost(fact) };
			if (found.length <= limit) hits.push(hit);
			else insertBest(hits, hit, limit, order);
		}
		if (found.length <= limit) hits.sort(order);
		return { terms: queryTerms, unmatched, hits };
	}

	/** Entities named in a text, by any alias or misspelling of one; the most complete match first. */
	matchEntities(text: string): EntityMatch[] {
		const queryTerms = [...new Set(terms(text))];
		const matchedBy = new Map<string, string>(); // data term → query term
		for (const term of queryTerms) {
			for (const { term: dataTerm } of this.matchTerm(term)) matchedBy.set(dataTerm, term);
		}
		const candidates = new Set<number>();
		for (const dataTerm of matchedBy.keys()) {
			for (const e of this.#postings.get(dataTerm)?.entities ?? []) candidates.add(e);
		}

		const found: EntityMatch[] = [];
		for (const e of candidates) {
			const entity = this.#base.entities[e];
			if (!entity) continue;
			let covered = new Set<string>();
			for (const alias of this.#aliasTerms[e] ?? []) {
				if (!alias.every((term) => matchedBy.has(term))) continue;
				const byAlias = new Set(alias.map((term) => matchedBy.get(term) ?? term));
				if (byAlias.size > covered.size) covered = byAlias;
			}
			if (covered.size > 0) found.push({ entity, covered });
		}
		return found.sort((a, b) => b.covered.size - a.covered.size);
	}
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
