import type { Fact } from '../../data/schema.js';
import type { FactBase } from '../fact-base.js';
import { hitOf, type Matches, type SearchIndex } from '../search-index.js';
import { terms as termsOf } from '../text.js';
import type { Mention, Query } from './query.js';

/** A fact ranked against a question. */
export interface Ranked {
	fact: Fact;
	/** The index's score (field- and rarity-weighted), times `coverage`. */
	score: number;
	/**
	 * The share of the question's information this fact accounts for: each term weighs its
	 * rarity in the data (an unknown word weighs most), each named entity counts once and only
	 * if the fact involves it.
	 */
	coverage: number;
	/**
	 * Whether the fact accounts for something the question says besides the names in it: what
	 * is done or measured. A fact that only shares a name ("the Pénitencier National") is not
	 * about what is said of it ("was built in 1915").
	 */
	predicate: boolean;
	/** Which of the query's terms the fact has (bit i for term i). */
	matched: number;
	/** Of those, the ones it has only through a related word. */
	related: number;
}

/**
 * Does the fact have something of what was said's topic, where the question asks what was said about it ("what did
 * UN data say about kidnappings")? Always, where it does not.
 */
export function onTopic(query: Query, { matched }: Ranked): boolean {
	return !query.topic || query.topic.size === 0 || [...query.topic].some((i) => (matched & (1 << i)) !== 0);
}

/** Scoring parameters, as one object so they can be read and tuned together. */
export interface RankOptions {
	/** Below this coverage a fact does not answer the question, however close it is. */
	minCoverage: number;
	/** How much a fact whose form fits the frame is favoured (see `boost`). */
	boost: (fact: Fact) => number;
	/**
	 * Whether a derived figure accounts for what its inputs do ("3,687 in 700 places" answers a
	 * question about either); off when checking a claim, which must be about the figure itself.
	 */
	inheritDerived?: boolean;
}

const vagueShare = 0.25;
/** How far a sum of shares may fall short of the whole by floating-point rounding alone. */
const roundingSlack = 1e-9;
/** A term of a subordinate clause ("when the gangs showed up") qualifies the question: it counts half. */
const secondaryShare = 0.4;
/** How much of a term a fact accounts for when it has only a word related to it. */
const relatedShare = 0.6;
/** An unknown word weighs as much as a rare one, not more: it may be slang the lexicons lack. */
const unknownShare = 0.6;

/**
 * What ranking works out once per fact base, worked out now: an engine does it when it is built,
 * rather than have the first questions that rank facts wait for it.
 */
export function prepareRanking(base: FactBase): void {
	entityWeight(base, '');
	involving(base);
}

/** How rare involvement with an entity is across facts (BM25's inverse document frequency), once per fact base. */
const entityWeights = new WeakMap<FactBase, Map<string, number>>();
function entityWeight(base: FactBase, id: string): number {
	let weights = entityWeights.get(base);
	if (!weights) {
		const counts = new Map<string, number>();
		for (const fact of base.facts)
			for (const entity of base.entitiesOf(fact)) counts.set(entity, (counts.get(entity) ?? 0) + 1);
		const total = base.facts.length;
		weights = new Map(
			[...counts].map(([entity, count]) => [entity, Math.log(1 + (total - count + 0.5) / (count + 0.5))]),
		);
		entityWeights.set(base, weights);
	}
	return weights.get(id) ?? 0;
}

const positions = new WeakMap<FactBase, ReadonlyMap<Fact, number>>();

/** Where a fact stands in its fact base, as the index numbers facts. */
function positionOf(fact: Fact, base: FactBase): number | undefined {
	let position = positions.get(base);
	if (!position) {
		position = new Map(base.facts.map((each, f) => [each, f]));
		positions.set(base, position);
	}
	return position.get(fact);
}

/** Does the fact have this data term in its own words (answer, quote or keywords), exactly? */
export function ownsTerm(fact: Fact, term: string, index: SearchIndex, base: FactBase): boolean {
	const f = positionOf(fact, base);
	return f !== undefined && index.ownTerm(f, term);
}

/**
 * Does the fact have the term, or the word it misspells, in its own words (answer, quote or
 * keywords), not only in the names of what it is about? "The UN-approved force" approves nothing in a fact about when it deploys.
 */
export function inOwnWords(fact: Fact, term: string, index: SearchIndex, base: FactBase): boolean {
	const f = positionOf(fact, base);
	if (f === undefined) return false;
	// A misspelling ("sanctiond") is in the fact's own words as the word it misspells is.
	return (
		index.ownTerm(f, term) || index.matchTerm(term).some((match) => !match.related && index.ownTerm(f, match.term))
	);
}

/**
 * Does the fact have, in its own words, a word built on the term: a prefixed or compound form the
 * index joins to it as related ("multidimensional" for "dimensions")? Such a word says the term
 * itself, as a merely related word ("coordinates") does not.
 */
export function builtOnInOwnWords(fact: Fact, term: string, index: SearchIndex, base: FactBase): boolean {
	const f = positionOf(fact, base);
	if (f === undefined || term.length < 4) return false;
	return index
		.matchTerm(term)
		.some(
			(match) =>
				match.related && match.term.length > term.length && match.term.includes(term) && index.ownTerm(f, match.term),
		);
}

/**
 * Ranks facts against a question: the index finds and scores them by the question's terms,
 * then each is weighed by how much of the question it accounts for. A named entity is
 * accounted for only by a fact that involves it (or names it in its own words): "the
 * population of Haiti" is not the population of a prison that a Haitian group counted.
 */
export function rank(query: Query, index: SearchIndex, base: FactBase, options: RankOptions): Ranked[] {
	if (query.terms.length === 0) return [];
	// A word the data does not know, spelt right, matches no word it merely looks like ("chair" is no "charge").
	const matches = withRoleHolders(index.matches(query.terms, new Set(query.unknown)), query, base);
	const known = sharesOf(query, matches, index, base, options.inheritDerived !== false);
	const { shares } = known;
	if (!shares) return [];
	// The same ranking asked for again (who said it, then each source's word): a copy of the last.
	const last = known.lastRanking;
	if (last?.minCoverage === options.minCoverage && last.boost === options.boost) return [...last.ranked];
	const ranked: Ranked[] = [];
	/** For each of `ranked`, its hit's own score and place among the matches: what breaks its ties. */
	const hitScores: number[] = [];
	const found: number[] = [];
	for (let k = 0; k < matches.facts.length; k++) {
		const coverage = shares.coverage[k] ?? 0;
		if (coverage < options.minCoverage) continue;
		const fact = base.facts[matches.facts[k] as number];
		if (!fact) continue;
		const hit = hitOf(matches, k, fact, matches.terms.length, options.boost);
		ranked.push({
			fact,
			coverage,
			score: hit.score * coverage,
			predicate: shares.predicate[k] === 1,
			matched: shares.matched[k] ?? 0,
			related: hit.related,
		});
		hitScores.push(hit.score);
		found.push(k);
	}
	// Best first, then in the report's order; ties beyond that keep the order the hits were ranked
	// in (by their own score, then as first found). Sorted by numbers worked out once, not by
	// comparing facts: a common word can leave thousands.
	const ranks = ranked.map((entry) => base.orderRank(entry.fact));
	const order = ranked
		.map((_, i) => i)
		.sort(
			(a, b) =>
				(ranked[b] as Ranked).score - (ranked[a] as Ranked).score ||
				(ranks[a] ?? 0) - (ranks[b] ?? 0) ||
				(hitScores[b] ?? 0) - (hitScores[a] ?? 0) ||
				(found[a] ?? 0) - (found[b] ?? 0),
		);
	const sorted = order.map((i) => ranked[i] as Ranked);
	known.lastRanking = { minCoverage: options.minCoverage, boost: options.boost, ranked: sorted };
	return [...sorted];
}

/**
 * What each matched fact accounts for of a question, which does not depend on how a ranking
 * boosts or cuts: its coverage, whether it says something besides the names, and its terms with
 * those a derived figure inherits. Parallel to the matches' arrays.
 */
interface Shares {
	coverage: Float64Array;
	/** 1 where the fact accounts for something besides the names (see `Ranked.predicate`). */
	predicate: Uint8Array;
	matched: Uint32Array;
}

/** One query's matches and their shares, kept for the next ranking of the same query, with the last ranking made. */
interface KnownShares {
	matches: Matches;
	inheritDerived: boolean;
	/** undefined when the query has nothing to weigh */
	shares: Shares | undefined;
	lastRanking?: { minCoverage: number; boost: (fact: Fact) => number; ranked: readonly Ranked[] };
}

/** The shares of one query's matches, kept for the next ranking of the same query (by another frame, coverage or boost). */
const sharesByQuery = new WeakMap<Query, KnownShares>();

function sharesOf(
	query: Query,
	matches: Matches,
	index: SearchIndex,
	base: FactBase,
	inheritDerived: boolean,
): KnownShares {
	const known = sharesByQuery.get(query);
	if (known?.matches === matches && known.inheritDerived === inheritDerived) return known;
	const computed = { matches, inheritDerived, shares: computeShares(query, matches, index, base, inheritDerived) };
	sharesByQuery.set(query, computed);
	return computed;
}

function computeShares(
	query: Query,
	result: Matches,
	index: SearchIndex,
	base: FactBase,
	inheritDerived: boolean,
): Shares | undefined {
	const inMention = new Set(query.mentions.flatMap((mention) => mention.terms));
	// A vague word the data happens to have ("even", "place") says little of what is asked.
	const weightOf = (i: number) =>
		(result.weights[i] ?? index.unknownWeight) *
		(query.vague.has(i) ? vagueShare : query.unknown.includes(result.terms[i] ?? '') ? unknownShare : 1) *
		(query.secondary.has(i) ? secondaryShare : 1) *
		(query.asideOnly?.has(i) ? 0 : 1);
	// A named entity weighs by how few facts involve it, not by its words (which other names share).
	// One named only in a subordinate clause qualifies what is asked, as its words would.
	const mentionWeights = query.mentions.map(
		(mention) =>
			Math.max(...mention.terms.map(weightOf), ...mention.entities.map((entity) => entityWeight(base, entity.id))) *
			(mention.terms.every((i) => query.secondary.has(i)) ? secondaryShare : 1) *
			(mention.terms.every((i) => query.asideOnly?.has(i)) ? 0 : 1),
	);
	const total =
		result.terms.reduce((sum, _, i) => sum + (inMention.has(i) ? 0 : weightOf(i)), 0) +
		mentionWeights.reduce((sum, weight) => sum + weight, 0);
	if (total === 0) return undefined;

	// A derived figure is about what its inputs are about: "3,687 in 700 places" answers for both.
	// The matched terms by fact are looked up only when a derived figure is among the matches.
	let matchedBy: Map<string, number> | undefined;
	const inheritedMatches = (fact: Fact, own: number) => {
		const inputs = inheritDerived && fact.kind === 'figure' && fact.derivation ? fact.derivation.of : [];
		if (inputs.length === 0) return own;
		matchedBy ??= new Map(
			Array.from(result.facts, (f, k) => [base.facts[f]?.id ?? '', result.matched[k] ?? 0] as const),
		);
		const all = matchedBy;
		// "How many more were crammed in than it was built for": what a figure worked out from the same inputs
		// another way is about ("crammed", of the occupancy), this one is about too; the frame says which is asked.
		const siblings = derivedAlike(base).get(derivationKey(inputs)) ?? [];
		return [...inputs, ...siblings].reduce((bits, id) => bits | (all.get(id) ?? 0), own);
	};
	// What is said besides the names: a term the fact has, or (slang the data lacks) nothing it could have.
	const said = result.terms.map((term, i) => ({ term, i })).filter(({ i }) => !inMention.has(i) && !query.vague.has(i));
	const saysNothingKnown = said.every(({ term }) => query.unknown.includes(term));
	const saidBits = said.reduce((bits, { i }) => bits | (1 << i), 0);
	// A common word can bring most of a large archive, and a role most of its holders: what a fact's
	// terms and mentions account for is worked out once for each set of terms it has.
	const termShares = new TermShares(result.terms, weightOf, inMention);
	const mentionShares = new MentionShares(query.mentions, mentionWeights, result.terms, index, base);
	const count = result.facts.length;
	const shares: Shares = {
		coverage: new Float64Array(count),
		predicate: new Uint8Array(count),
		matched: new Uint32Array(count),
	};
	// A vague word counts only as itself: "thing" is related to every "development" and "matter".
	const vagueBits = [...query.vague].reduce((bits, i) => bits | (1 << i), 0);
	for (let k = 0; k < count; k++) {
		const fact = base.facts[result.facts[k] as number];
		if (!fact) continue;
		// Inherited terms count as the inputs had them; related-only ones stay related.
		const vaguelyRelated = (result.related[k] ?? 0) & vagueBits;
		const matched = inheritedMatches(fact, (result.matched[k] ?? 0) & ~vaguelyRelated);
		const related = (result.related[k] ?? 0) & ~vaguelyRelated;
		const fromTerms = termShares.of(matched, related);
		// (Snapped to 1 where a sum of shares falls short of it only by rounding: a fact that covers every term covers all.)
		const coverage = mentionShares.add(fromTerms, result.facts[k] as number, matched) / total;
		shares.coverage[k] = coverage > 1 - roundingSlack ? 1 : coverage;
		shares.matched[k] = matched;
		shares.predicate[k] = (matched & saidBits) !== 0 || saysNothingKnown ? 1 : 0;
	}
	return shares;
}

/** The inputs of a derived figure, as one key whatever their order. */
const derivationKey = (inputs: readonly string[]) => [...inputs].sort().join('\n');

/** Derived figures by their inputs, once per fact base: those worked out from the same facts. */
const derivedByInputs = new WeakMap<FactBase, Map<string, string[]>>();
function derivedAlike(base: FactBase): Map<string, string[]> {
	let alike = derivedByInputs.get(base);
	if (!alike) {
		alike = new Map();
		for (const fact of base.facts) {
			if (fact.kind !== 'figure' || !fact.derivation) continue;
			const key = derivationKey(fact.derivation.of);
			alike.set(key, [...(alike.get(key) ?? []), fact.id]);
		}
		derivedByInputs.set(base, alike);
	}
	return alike;
}

/** The weight of the query's terms (outside its mentions) that a fact has, by which ones it has; each set once. */
class TermShares {
	readonly #terms: readonly string[];
	readonly #weightOf: (i: number) => number;
	readonly #inMention: ReadonlySet<number>;
	/** matched terms → related-only terms → their weight */
	readonly #known = new Map<number, Map<number, number>>();

	constructor(terms: readonly string[], weightOf: (i: number) => number, inMention: ReadonlySet<number>) {
		this.#terms = terms;
		this.#weightOf = weightOf;
		this.#inMention = inMention;
	}

	of(matched: number, related: number): number {
		let byRelated = this.#known.get(matched);
		if (!byRelated) {
			byRelated = new Map();
			this.#known.set(matched, byRelated);
		}
		let covered = byRelated.get(related);
		if (covered === undefined) {
			covered = 0;
			for (let i = 0; i < this.#terms.length; i++) {
				// A term the fact has only through a related word accounts for part of its weight.
				if (!this.#inMention.has(i) && matched & (1 << i))
					covered += this.#weightOf(i) * (related & (1 << i) ? relatedShare : 1);
			}
			byRelated.set(related, covered);
		}
		return covered;
	}
}

/** How much a role's words count in a fact about its holder that does not use them: as a name it is about. */
const roleShare = 0.75;
/** A role with more holders than this names no one in particular: its words are searched as words only. */
const maxRoleHolders = 3;
/** Matches with the facts of the roles' holders added, once per matches. */
const withHolders = new WeakMap<Matches, Matches>();

/**
 * "What reason did the prime minister give…": a role names its holder, so the holder's facts are
 * found by it even where they call him only by name ("Ariel Henry stayed on…"). Each counts the
 * role's words as its own, as if they were among the names it is about.
 */
function withRoleHolders(matches: Matches, query: Query, base: FactBase): Matches {
	const roles = query.mentions.filter((mention) => mention.role && mention.entities.length <= maxRoleHolders);
	if (roles.length === 0) return matches;
	const known = withHolders.get(matches);
	if (known) return known;
	// Where each fact is among the matches, by fact index (-1: not among them): a common word matches thousands.
	const position = new Int32Array(base.facts.length).fill(-1);
	matches.facts.forEach((f, k) => {
		position[f] = k;
	});
	const holdersFacts = (mention: Mention) => mention.entities.flatMap((entity) => involving(base).get(entity.id) ?? []);
	// The holders' facts the terms did not find go after the matches, in the order reached.
	const count = matches.facts.length;
	const added: number[] = [];
	for (const mention of roles) {
		for (const f of holdersFacts(mention)) {
			if (position[f] === -1) position[f] = count + added.push(f) - 1;
		}
	}
	const total = count + added.length;
	const facts = new Int32Array(total);
	facts.set(matches.facts);
	facts.set(added, count);
	const sums = new Float64Array(total);
	sums.set(matches.sums);
	const covered = new Uint32Array(total);
	covered.set(matches.covered);
	const matched = new Uint32Array(total);
	matched.set(matches.matched);
	const related = new Int32Array(total);
	related.set(matches.related);
	for (const mention of roles) {
		const bits = mention.terms.reduce((sum, i) => sum | (1 << i), 0);
		const weight = mention.terms.reduce((sum, i) => sum + (matches.weights[i] ?? 0), 0) * roleShare;
		for (const f of holdersFacts(mention)) {
			const k = position[f] ?? 0;
			const missing = bits & ~(matched[k] ?? 0);
			if (missing === 0) continue;
			matched[k] = (matched[k] ?? 0) | missing;
			sums[k] = (sums[k] ?? 0) + weight;
			covered[k] = (covered[k] ?? 0) + mention.terms.filter((i) => missing & (1 << i)).length;
		}
	}
	const expanded: Matches = { ...matches, facts, sums, covered, matched, related };
	withHolders.set(matches, expanded);
	return expanded;
}

/**
 * Each entity, with the indexes of the facts that involve it or something within it (the
 * Pénitencier National's facts are Port-au-Prince's and Haiti's too), ascending; once per fact
 * base, so that ranking looks up the facts of the entities a question names rather than the
 * entities of every fact it finds.
 */
const involvingByBase = new WeakMap<FactBase, ReadonlyMap<string, readonly number[]>>();
export function involving(base: FactBase): ReadonlyMap<string, readonly number[]> {
	let byEntity = involvingByBase.get(base);
	if (!byEntity) {
		const found = new Map<string, number[]>();
		base.facts.forEach((fact, f) => {
			for (const id of base.entitiesOf(fact).flatMap((entity) => base.within(entity))) {
				const facts = found.get(id) ?? [];
				if (facts[facts.length - 1] !== f) facts.push(f);
				found.set(id, facts);
			}
		});
		byEntity = found;
		involvingByBase.set(base, byEntity);
	}
	return byEntity;
}

/**
 * What a question's mentions add to a fact's coverage. A mention counts for a fact that involves
 * one of its entities (or what they are within: a fact about the government of Haiti is about
 * Haiti), or that has the words of the name itself. Its weight is added in mention order, as
 * checking each mention in turn would add it, so the sums are the same to the last bit; but the
 * mentions a fact has by its words depend only on which of the question's terms it has in its own
 * words, so they are found once for each such set rather than once a fact.
 */
class MentionShares {
	readonly #weights: readonly number[];
	readonly #terms: readonly string[];
	/** Each mention's term positions, one bit each. */
	readonly #termBits: readonly number[];
	/** Whether each mention names an entity: one of none counts for nothing. */
	readonly #named: readonly boolean[];
	/** Every position some mention has. */
	readonly #anyTerm: number;
	/** fact index → the mentions naming an entity it involves, ascending */
	readonly #byFact = new Map<number, number[]>();
	readonly #index: SearchIndex;
	/** the positions a fact has in its own words → the mentions those account for, ascending */
	readonly #byWords = new Map<number, number[]>();
	/** coverage so far → those positions → the coverage with those mentions added */
	readonly #sums = new Map<number, Map<number, number>>();
	readonly #base: FactBase;
	/** Each mention's terms in order, where it has more than one: a name of words that must stand together. */
	readonly #phrases: readonly (readonly string[] | undefined)[];

	constructor(
		mentions: readonly Mention[],
		weights: readonly number[],
		terms: readonly string[],
		index: SearchIndex,
		base: FactBase,
	) {
		this.#index = index;
		this.#base = base;
		this.#phrases = mentions.map((mention) =>
			mention.terms.length > 1 ? [...mention.terms].sort((a, b) => a - b).map((i) => terms[i] ?? '') : undefined,
		);
		this.#weights = weights;
		this.#terms = terms;
		this.#termBits = mentions.map((mention) => mention.terms.reduce((bits, i) => bits | (1 << i), 0));
		this.#named = mentions.map((mention) => mention.entities.length > 0);
		this.#anyTerm = this.#termBits.reduce((bits, mask, m) => (this.#named[m] ? bits | mask : bits), 0);
		const involved = involving(base);
		mentions.forEach((mention, m) => {
			for (const entity of mention.entities) {
				for (const f of involved.get(entity.id) ?? []) {
					const named = this.#byFact.get(f) ?? [];
					if (named[named.length - 1] !== m) named.push(m);
					this.#byFact.set(f, named);
				}
			}
		});
	}

	/** `covered` with the weight of each mention the fact accounts for added, in mention order. */
	add(covered: number, f: number, matched: number): number {
		if (this.#weights.length === 0) return covered;
		const own = this.#ownWords(f, matched);
		const byWords = this.#mentionsWith(own).filter((m) => this.#together(m, f));
		// Mentions it involves an entity of, beyond those its words account for; a list only where there are some.
		let extra: number[] | undefined;
		for (const m of this.#byFact.get(f) ?? []) {
			if (byWords.includes(m)) continue;
			extra ??= [];
			extra.push(m);
		}
		if (!extra) {
			// (The sums are kept by the positions the fact has; a name whose words stand apart there is worked out apart.)
			if (byWords.length < this.#mentionsWith(own).length) {
				let sum = covered;
				for (const m of byWords) sum += this.#weights[m] ?? 0;
				return sum;
			}
			return this.#sum(covered, own, byWords);
		}
		const all = [...byWords, ...extra].sort((a, b) => a - b);
		let sum = covered;
		for (const m of all) sum += this.#weights[m] ?? 0;
		return sum;
	}

	/** The positions of mention terms the fact has, matched and in its own words. */
	#ownWords(f: number, matched: number): number {
		let candidates = matched & this.#anyTerm;
		if (candidates === 0) return 0;
		let own = 0;
		while (candidates !== 0) {
			const i = 31 - Math.clz32(candidates);
			candidates &= ~(1 << i);
			const term = this.#terms[i] ?? '';
			if (this.#index.ownTerm(f, term)) own |= 1 << i;
		}
		return own;
	}

	/**
	 * Does the fact have a name of several words with its words together, as a name, in its own words? "The United
	 * States" is not named by the UN's "united" and a word "states" elsewhere.
	 */
	#together(m: number, f: number): boolean {
		const phrase = this.#phrases[m];
		const fact = this.#base.facts[f];
		if (!phrase || !fact) return true;
		const own = termsOf([fact.answer, fact.quote, ...fact.keywords].join(' | '));
		return own.some((term, i) => term === phrase[0] && phrase.every((next, j) => own[i + j] === next));
	}

	#hasWords(m: number, own: number): boolean {
		const bits = this.#termBits[m] ?? 0;
		return this.#named[m] === true && (bits & own) === bits;
	}

	#mentionsWith(own: number): number[] {
		let found = this.#byWords.get(own);
		if (!found) {
			found = this.#termBits.flatMap((_, m) => (this.#hasWords(m, own) ? [m] : []));
			this.#byWords.set(own, found);
		}
		return found;
	}

	#sum(covered: number, own: number, mentions: readonly number[]): number {
		let byOwn = this.#sums.get(covered);
		if (!byOwn) {
			byOwn = new Map();
			this.#sums.set(covered, byOwn);
		}
		let sum = byOwn.get(own);
		if (sum === undefined) {
			sum = covered;
			for (const m of mentions) sum += this.#weights[m] ?? 0;
			byOwn.set(own, sum);
		}
		return sum;
	}
}
