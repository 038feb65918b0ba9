/**
 * "Who put out the plea for urgent reinforcements?": two facts about the same actor, each telling
 * part of what the question says ("called for help", "urgent reinforcements"), together tell all of
 * it. A who-question no one fact answers is answered by both, where they credit the same actor.
 */
import type { Fact } from '../../../data/schema.js';
import { actorKinds } from '../cues.js';
import type { Query } from '../query.js';
import { type Ranked, rank } from '../rank.js';
import type { Answering } from './context.js';

/** How much of a question each of the two facts must tell on its own. */
const partCoverage = 0.4;

/**
 * The two best facts, each with part of the question's words, that between them have every word
 * of it besides vague ones and credit one actor in common; undefined where there are none.
 *
 * @example
 * pooledActor(ctx, buildQuery(['put', 'out', 'the', 'plea', 'for', 'urgent', 'reinforcements'], 'en', index, base));
 * // [police-unions-reinforcements, police-unions-call-for-help]
 */
export function pooledActor(ctx: Answering, query: Query, boost: (fact: Fact) => number): Fact[] | undefined {
	const { index, base } = ctx.tools;
	const [first, second] = rank(query, index, base, { minCoverage: partCoverage, boost });
	if (!first || !second) return undefined;
	const wanted = query.terms.reduce((bits, _, i) => (query.vague.has(i) ? bits : bits | (1 << i)), 0);
	const exact = (ranked: Ranked) => ranked.matched & ~ranked.related;
	// Each tells something the other does not, and together they tell all of it, in the data's own words.
	const both = exact(first) | exact(second);
	if ((both & wanted) !== wanted || (exact(first) & ~exact(second) & wanted) === 0) return undefined;
	if ((exact(second) & ~exact(first) & wanted) === 0) return undefined;
	const actors = (fact: Fact) =>
		base.entitiesOf(fact).filter((id) => {
			const kind = base.entity(id)?.kind;
			return kind !== undefined && actorKinds.has(kind);
		});
	const shared = actors(first.fact).filter((id) => actors(second.fact).includes(id));
	return shared.length > 0 ? [first.fact, second.fact] : undefined;
}
