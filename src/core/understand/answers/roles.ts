/**
 * Questions about a role and who holds it: what post a person holds ("what post does Ariel
 * Henri occupy?"), who held a role when something the report tells of happened, and whether a
 * question already names a coalition's leader.
 */
import type { Entity } from '../../../data/schema.js';
import type { FactBase } from '../../fact-base.js';
import { stem } from '../../text.js';
import { namedOutright } from '../fits.js';
import type { Frame } from '../frame.js';
import { roleAskingTerms, roleNouns, singular } from '../kinds.js';
import { clauseOnly, type Query } from '../query.js';
import { rank } from '../rank.js';
import { type Answering, unboosted } from './context.js';

/**
 * "What post does Ariel Henri occupy?", "what's Henry's job?": the one person named, when all
 * else the question asks is what post they hold. What the report says of them tells it.
 */
export function postAsked(frame: Frame, query: Query): Entity | undefined {
	const [mention, ...others] = query.mentions;
	const person = mention?.entities[0];
	if (!mention || others.length > 0 || person?.kind !== 'person' || mention.entities.length > 1) return undefined;
	if (frame.kind !== 'what' || !frame.rest.some((word) => roleNouns.has(singular(word)))) return undefined;
	const onlyPost = query.terms.every(
		(term, i) => mention.terms.includes(i) || query.vague.has(i) || roleAskingTerms.has(stem(term)),
	);
	return onlyPost ? person : undefined;
}

/** Does the question already name who leads the coalition ("the Kenyan commander of the force")? It asks for someone else. */
export function leaderNamed(base: FactBase, coalition: string, query: Query): boolean {
	const mentioned = new Set(query.mentions.flatMap((mention) => mention.entities.map((entity) => entity.id)));
	return base.facts.some(
		(fact) => fact.kind === 'leadership' && fact.coalition === coalition && mentioned.has(fact.leader ?? ''),
	);
}

/**
 * "Who was prime minister when the gangs laid siege to the prison?": the one a role names, where
 * the question asks nothing else but in a clause that says when.
 */
export function roleHolderAsked(ctx: Answering, frame: Frame, query: Query): Entity | undefined {
	if (frame.kind !== 'who' || query.secondary.size === 0) return undefined;
	const main = query.mentions.filter((mention) => mention.terms.some((i) => !query.secondary.has(i)));
	const [role, ...others] = main;
	const holder = role?.entities[0];
	if (!role?.role || others.length > 0 || role.entities.length > 1) return undefined;
	// "Who was PM before Henry?": the holder named by name as well is not the one asked for.
	if (holder && namedOutright(query).has(holder.id)) return undefined;
	const onlyRole = query.terms.every((_, i) => role.terms.includes(i) || query.vague.has(i) || query.secondary.has(i));
	return onlyRole && whileReported(ctx, query) ? holder : undefined;
}

/** How long before its report an event is still the report's present, whose role holders it names. */
const presentDays = 31;

/**
 * Is what the clause says happened among the report's own news, when the roles it names are held?
 * "When Moïse was killed" in 2021 is not: who was prime minister then, the report does not say.
 */
function whileReported(ctx: Answering, query: Query): boolean {
	const { base, index, place } = ctx.tools;
	const ranked = rank(clauseOnly(query), index, base, { minCoverage: 0, boost: unboosted }).slice(0, 3);
	const event = ranked.map(({ fact }) => ({ fact, at: place(fact) })).find(({ at }) => at !== undefined);
	const published = event ? base.report(event.fact.report)?.published : undefined;
	if (!event?.at || published?.length !== 10) return false;
	return Date.parse(event.at.end) >= Date.parse(published) - presentDays * 86_400_000;
}
