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
	/** fact index → this term’s weight in that fact: its fields’ weights summed, then saturated */
	facts: Map<number, number>;
	/** entity indexes whose aliases contain this term */
	entities: Set<number>;
}

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
	readonly #fuse: Fuse<string>;
	/** entity index → its aliases' terms */
	readonly #aliasTerms: string[][][];
	readonly #matchCache = new Map<string, TermMatch[]>();

	constructor(base: FactBase) {
		this.#base = base;
		const posting = (term: string): Posting => {
			let entry = this.#postings.get(term);
			if (!entry) {
				entry = { facts: new Map(), entities: new Set() };
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

		base.facts.forEach((fact, f) => {
			const fields: Record<Field, Iterable<string>> = {
				keywords: fact.keywords.flatMap(terms),
				answer: terms(fact.answer),
				actor: base.actorsOf(fact).flatMap((id) => [...(entityTerms.get(id) ?? [])]),
				about: fact.about.flatMap((id) => [...(entityTerms.get(id) ?? [])]),
				quote: terms(fact.quote),
				meta: terms(kindWords[fact.kind]),
			};
			for (const [field, list] of Object.entries(fields) as [Field, Iterable<string>][]) {
				for (const term of new Set(list)) {
					const facts = posting(term).facts;
					facts.set(f, (facts.get(f) ?? 0) + fieldWeights[field]);
				}
			}
		});

		// A term found in several fields of a fact counts for more, with diminishing returns (BM25's
		// saturation), so a common word repeated across a fact cannot outweigh a rare one found once.
		for (const { facts } of this.#postings.values()) {
			for (const [f, weight] of facts) facts.set(f, (weight * (1 + saturation)) / (weight + saturation));
		}
		const n = base.facts.length;
		for (const [term, { facts }] of this.#postings) {
			this.#idf.set(term, Math.log(1 + (n - facts.size + 0.5) / (facts.size + 0.5)));
		}
		this.#fuse = new Fuse([...this.#postings.keys()], {
			includeScore: true,
			ignoreLocation: true,
			isCaseSensitive: true,
			threshold: fuzzyThreshold,
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
			matches = this.#fuse
				.search(term, { limit: 8 })
				.filter(({ item }) => Math.abs(item.length - term.length) <= maxEdits && item[0] === term[0])
				.map(({ item, score = 1 }) => ({ term: item, similarity: 1 - score }));
		}
		if (this.#matchCache.size > 10_000) this.#matchCache.clear();
		this.#matchCache.set(term, matches);
		return matches;
	}

	/**
	 * Ranks facts against a text. `boost` multiplies a fact's score, for questions whose form
	 * says what kind of answer they want ("when…", "how many…").
	 */
	search(text: string, boost: (fact: Fact) => number = () => 1): SearchResult {
		const queryTerms = [...new Set(terms(text))];
		const unmatched: string[] = [];
		const scores = new Map<number, { score: number; covered: number }>();

		for (const term of queryTerms) {
			const matches = this.matchTerm(term);
			if (matches.length === 0) {
				unmatched.push(term);
				continue;
			}
			const best = new Map<number, number>();
			for (const { term: dataTerm, similarity } of matches) {
				const idf = this.#idf.get(dataTerm) ?? 0;
				for (const [f, weight] of this.#postings.get(dataTerm)?.facts ?? []) {
					best.set(f, Math.max(best.get(f) ?? 0, similarity * idf * weight));
				}
			}
			for (const [f, value] of best) {
				const entry = scores.get(f) ?? { score: 0, covered: 0 };
				entry.score += value;
				entry.covered += 1;
				scores.set(f, entry);
			}
		}

		const hits: Hit[] = [];
		for (const [f, { score, covered }] of scores) {
			const fact = this.#base.facts[f];
			if (!fact) continue;
			const coverage = covered / queryTerms.length;
			hits.push({ fact, coverage, score: score * coverage * boost(fact) });
		}
		hits.sort((a, b) => b.score - a.score || this.#base.reportOrder(a.fact, b.fact));
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
