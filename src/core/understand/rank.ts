import type { Fact } from '../../data/schema.js';
import type { FactBase } from '../fact-base.js';
import type { Hit, SearchIndex, SearchResult } from '../search-index.js';
import { terms as termsOf } from '../text.js';
import type { Query } from './query.js';

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
/** A term of a subordinate clause ("when the gangs showed up") qualifies the question: it counts half. */
const secondaryShare = 0.5;
/** How much of a term a fact accounts for when it has only a word related to it. */
const relatedShare = 0.6;
/** An unknown word weighs as much as a rare one, not more: it may be slang the lexicons lack. */
const unknownShare = 0.6;

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

/** Each fact's own words (answer, quote and keywords), as terms, worked out once per fact. */
const textTerms = new WeakMap<Fact, ReadonlySet<string>>();
function wordsOf(fact: Fact): ReadonlySet<string> {
	let found = textTerms.get(fact);
	if (!found) {
		found = new Set(termsOf(`${fact.answer} ${fact.quote} ${fact.keywords.join(' ')}`));
		textTerms.set(fact, found);
	}
	return found;
}

/**
 * Ranks facts against a question: the index finds and scores them by the question's terms,
 * then each is weighed by how much of the question it accounts for. A named entity is
 * accounted for only by a fact that involves it (or names it in its own words): "the
 * population of Haiti" is not the population of a prison that a Haitian group counted.
 */
export function rank(query: Query, index: SearchIndex, base: FactBase, options: RankOptions): Ranked[] {
	if (query.terms.length === 0) return [];
	const result = withRoleHolders(index.search(query.terms, options.boost), query, base, options.boost);
	const inMention = new Set(query.mentions.flatMap((mention) => mention.terms));
	// A vague word the data happens to have ("even", "place") says little of what is asked.
	const weightOf = (i: number) =>
		(result.weights[i] ?? index.unknownWeight) *
		(query.vague.has(i) ? vagueShare : query.unknown.includes(result.terms[i] ?? '') ? unknownShare : 1) *
		(query.secondary.has(i) ? secondaryShare : 1);
	// A named entity weighs by how few facts involve it, not by its words (which other names share).
	const mentionWeights = query.mentions.map((mention) =>
		Math.max(...mention.terms.map(weightOf), ...mention.entities.map((entity) => entityWeight(base, entity.id))),
	);
	const total =
		result.terms.reduce((sum, _, i) => sum + (inMention.has(i) ? 0 : weightOf(i)), 0) +
		mentionWeights.reduce((sum, weight) => sum + weight, 0);
	if (total === 0) return [];

	// A derived figure is about what its inputs are about: "3,687 in 700 places" answers for both.
	const matchedBy = new Map(result.hits.map((hit) => [hit.fact.id, hit.matched]));
	const ranked: Ranked[] = [];
	for (const found of result.hits) {
		const { fact } = found;
		const inputs =
			options.inheritDerived !== false && fact.kind === 'figure' && fact.derivation ? fact.derivation.of : [];
		const hit = { ...found, matched: inputs.reduce((bits, id) => bits | (matchedBy.get(id) ?? 0), found.matched) };
		// Inherited terms count as the inputs had them; related-only ones stay related.
		const coverage = coverageOf(hit, query, result.terms, weightOf, mentionWeights, inMention, base) / total;
		if (coverage < options.minCoverage) continue;
		// What is said besides the names: a term the fact has, or (slang the data lacks) nothing it could have.
		const said = result.terms
			.map((term, i) => ({ term, i }))
			.filter(({ i }) => !inMention.has(i) && !query.vague.has(i));
		const predicate =
			said.some(({ i }) => hit.matched & (1 << i)) || said.every(({ term }) => query.unknown.includes(term));
		ranked.push({
			fact: hit.fact,
			coverage,
			score: hit.score * coverage,
			predicate,
			matched: hit.matched,
			related: hit.related,
		});
	}
	return ranked.sort((a, b) => b.score - a.score || base.reportOrder(a.fact, b.fact));
}

/** Each entity's facts (any role), once per fact base. */
const factsByEntity = new WeakMap<FactBase, Map<string, Fact[]>>();
function factsOf(base: FactBase, id: string): readonly Fact[] {
	let byEntity = factsByEntity.get(base);
	if (!byEntity) {
		byEntity = new Map();
		for (const fact of base.facts)
			for (const entity of base.entitiesOf(fact)) byEntity.set(entity, [...(byEntity.get(entity) ?? []), fact]);
		factsByEntity.set(base, byEntity);
	}
	return byEntity.get(id) ?? [];
}

/** How much a role's words count in a fact about its holder that does not use them: as a name it is about. */
const roleShare = 0.75;

/**
 * "What reason did the prime minister give…": a role names its holder, so the holder's facts are
 * found by it even where they call him only by name ("Ariel Henry stayed on…"). Each counts the
 * role's words as its own, as if they were among the names it is about.
 */
function withRoleHolders(
	result: SearchResult,
	query: Query,
	base: FactBase,
	boost: (fact: Fact) => number,
): SearchResult {
	const roles = query.mentions.filter((mention) => mention.role);
	if (roles.length === 0) return result;
	const hits = new Map(result.hits.map((hit) => [hit.fact.id, hit]));
	for (const mention of roles) {
		const bits = mention.terms.reduce((sum, i) => sum | (1 << i), 0);
		const weight = mention.terms.reduce((sum, i) => sum + (result.weights[i] ?? 0), 0) * roleShare;
		for (const fact of mention.entities.flatMap((entity) => factsOf(base, entity.id))) {
			const hit = hits.get(fact.id);
			if (hit && (hit.matched & bits) === bits) continue;
			const missing = bits & ~(hit?.matched ?? 0);
			const added = weight * boost(fact);
			hits.set(fact.id, {
				fact,
				score: (hit?.score ?? 0) + added,
				coverage: hit?.coverage ?? 0,
				matched: (hit?.matched ?? 0) | missing,
				related: hit?.related ?? 0,
			});
		}
	}
	return { ...result, hits: [...hits.values()] };
}

function coverageOf(
	hit: Hit,
	query: Query,
	terms: readonly string[],
	weightOf: (i: number) => number,
	mentionWeights: readonly number[],
	inMention: ReadonlySet<number>,
	base: FactBase,
): number {
	let covered = 0;
	terms.forEach((_, i) => {
		// A term the fact has only through a related word accounts for part of its weight.
		if (!inMention.has(i) && hit.matched & (1 << i))
			covered += weightOf(i) * (hit.related & (1 << i) ? relatedShare : 1);
	});
	// A fact about the government of Haiti is about Haiti: what it involves, and what those belong to.
	const involved = base.entitiesOf(hit.fact).flatMap((id) => base.within(id));
	query.mentions.forEach((mention, m) => {
		const named = mention.entities.some(
			(entity) =>
				involved.includes(entity.id) ||
				mention.terms.every((i) => wordsOf(hit.fact).has(terms[i] ?? '') && hit.matched & (1 << i)),
		);
		if (named) covered += mentionWeights[m] ?? 0;
	});
	return covered;
}
