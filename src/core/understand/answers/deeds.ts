/**
 * "Did the UN do anything about Haiti?": a deed asked of someone without saying which, answered
 * with what the report tells them doing, named as who acts, not as a source.
 */
import type { Entity, Fact } from '../../../data/schema.js';
import { escapeRegExp } from '../../claims/names.js';
import { fold } from '../../language/lexicon.js';
import { creditedTo } from '../fits.js';
import type { Frame } from '../frame.js';
import { answerOptions } from '../options.js';
import type { Query } from '../query.js';
import type { Answering } from './context.js';

/** "Do anything", "done something", "did much": a deed asked of someone without saying which. */
const anyDeed = /\b(?:do|does|did|done|doing)\s+(?:anything|something|much|smth|sth)\b/;

/**
 * The facts that tell what the first one named did, involving everyone else named: "did the UN
 * do anything about Haiti?" is answered by the force it approved, not by the homicide figures it is
 * the source of (a source tells, it does not do).
 */
export function doneAbout(ctx: Answering, frame: Frame, query: Query): Fact[] {
	if (!anyDeed.test(frame.rest.join(' '))) return [];
	const { base } = ctx.tools;
	const [doer, ...others] = query.mentions.filter((m) => !m.role);
	if (!doer) return [];
	const does = (fact: Fact, ids: readonly string[]) =>
		fact.about.some((id) => base.within(id).some((within) => ids.includes(within)) && actsIn(fact, base.entity(id))) &&
		!creditedTo(fact, base).some((entity) => ids.includes(entity.id));
	const involves = (fact: Fact, ids: readonly string[]) =>
		base.entitiesOf(fact).some((id) => base.within(id).some((within) => ids.includes(within)));
	const doerIds = doer.entities.map((entity) => entity.id);
	return ctx
		.rank(query)
		.filter(
			({ fact }) =>
				does(fact, doerIds) &&
				others.every((m) =>
					involves(
						fact,
						m.entities.map((entity) => entity.id),
					),
				),
		)
		.slice(0, answerOptions.maxItems)
		.map(({ fact }) => fact);
}

/**
 * Is the entity named in the fact's quote as who acts, not what is acted on: opening the quote or a
 * clause ("the UN Security Council … gave the green light", "which Kenya offered to lead"), or
 * after "by" ("sanctioned by the U.N."), not after a verb ("topple the government").
 */
function actsIn(fact: Fact, entity: Entity | undefined): boolean {
	if (!entity) return false;
	const quote = fold(fact.quote);
	return [entity.name, ...entity.aliases].some((name) => {
		const folded = fold(name);
		if (folded.length < 2) return false;
		const at = new RegExp(`(?<![\\p{L}])${escapeRegExp(folded)}(?![\\p{L}])`, 'u').exec(quote);
		if (!at) return false;
		const before = (quote.slice(0, at.index).match(/\p{L}+|[,;]/gu) ?? []).filter((word) => word !== 'the');
		const previous = before.at(-1);
		return previous === undefined || agentMarkers.has(previous);
	});
}
const agentMarkers = new Set(['by', 'and', ',', ';', 'which', 'who', 'that', 'par', 'pa']);
