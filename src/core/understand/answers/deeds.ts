/**
 * Deeds asked of someone without saying which: "did the UN do anything about Haiti?", answered
 * with what the report tells them doing, named as who acts, not as a source; and "how many bodies
 * sanctioned Barbecue?", the ones a fact tells acting, counted.
 */
import type { Entity, Fact } from '../../../data/schema.js';
import type { Answer } from '../../answer.js';
import { escapeRegExp } from '../../claims/names.js';
import { fold } from '../../language/lexicon.js';
import { terms as termsOf } from '../../text.js';
import { creditedTo } from '../fits.js';
import type { Frame } from '../frame.js';
import { countedKinds, kindNouns, singular } from '../kinds.js';
import { answerOptions } from '../options.js';
import { askedBits, type Query } from '../query.js';
import { rank } from '../rank.js';
import { type Answering, unboosted } from './context.js';

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
	// ("Is Canada doing anything to help Haiti, like sending police?": one the report never names does nothing in it,
	// whoever else is named.)
	if (!doer || (query.strangers ?? []).length > 0) return [];
	const does = (fact: Fact, ids: readonly string[]) =>
		fact.about.some((id) => base.within(id).some((within) => ids.includes(within)) && actsIn(fact, base.entity(id))) &&
		!creditedTo(fact, base).some((entity) => ids.includes(entity.id));
	const involves = (fact: Fact, ids: readonly string[]) =>
		base.entitiesOf(fact).some((id) => base.within(id).some((within) => ids.includes(within)));
	const doerIds = doer.entities.map((entity) => entity.id);
	const involvesOthers = (fact: Fact) =>
		others.every((m) =>
			involves(
				fact,
				m.entities.map((entity) => entity.id),
			),
		);
	const done = ctx
		.rank(query)
		.filter(({ fact }) => does(fact, doerIds) && involvesOthers(fact))
		.slice(0, answerOptions.maxItems)
		.map(({ fact }) => fact);
	if (done.length > 0 || others.length === 0) return done;
	// "Did the UN do anything about the gang violence?": what it did about the violence, told in the fact's own words
	// ("the wave of violence"), where the gangs are not among those the fact involves. Ranked as loosely as one
	// unknown word allows: the doer acting in it and a word of the deed asked are required.
	const asked = askedBits(query);
	return rank(query, ctx.tools.index, base, { minCoverage: answerOptions.oneUnknownCoverage, boost: unboosted })
		.filter(({ fact, matched, related }) => does(fact, doerIds) && (matched & ~related & asked) !== 0)
		.slice(0, answerOptions.maxItems)
		.map(({ fact }) => fact);
}

/**
 * "How many bodies have sanctioned Barbecue, and which?": where a kind of actor is counted, the
 * ones the best fact about everyone named tells acting, besides those named ("sanctioned by the
 * U.N. and the U.S." is two), counted and named.
 */
export function countDoers(ctx: Answering, question: string, frame: Frame, query: Query): Answer | undefined {
	if (!frame.counted.some((word) => kindNouns.has(singular(word)))) return undefined;
	const { base, index } = ctx.tools;
	// "How many countries…" counts countries only; "how many bodies…" any who act; "how many organizations or
	// countries…" either.
	const perNoun = frame.counted.filter((word) => kindNouns.has(singular(word))).map((word) => countedKinds(word));
	const kinds = perNoun.some((one) => one.length === 0) ? [] : [...new Set(perNoun.flat())];
	const countedTerms = new Set(frame.counted.flatMap((word) => termsOf(word)));
	// ("How many authorities…": the noun counted names no one, though "the authorities" is a name of the government.)
	const mentions = query.mentions.filter(
		(mention) => !mention.terms.every((i) => countedTerms.has(query.terms[i] ?? '')),
	);
	if (mentions.length === 0) return undefined;
	const named = new Set(mentions.flatMap((mention) => mention.entities.map((entity) => entity.id)));
	// What is asked of them: a word besides the names and the noun counted, which the fact must have.
	const asked = askedBits(query, (term) => countedTerms.has(term));
	if (asked === 0) return undefined;
	// The noun counted is the asker's word for who acted, which the fact may not have: no share of the words is asked.
	const [best] = rank({ ...query, mentions }, index, base, { minCoverage: 0, boost: unboosted }).filter(
		({ fact, matched }) => (matched & asked) !== 0 && [...named].every((id) => base.entitiesOf(fact).includes(id)),
	);
	if (!best) return undefined;
	// "How many countries approved the force?" against "the UN-approved force": a deed told only in a compound with
	// its doer's name ("UN-approved") is that one's, not the fact's other actors'.
	const deeds = query.terms.filter((_, i) => (asked & (1 << i)) !== 0);
	const ownDeed = (term: string) => new RegExp(`(?<![-\\p{L}])${escapeRegExp(term)}`, 'iu').test(best.fact.quote);
	if (deeds.length > 0 && !deeds.some(ownDeed)) return undefined;
	const doers = base
		.entitiesOf(best.fact)
		.filter((id) => !named.has(id))
		.flatMap((id) => base.entity(id) ?? [])
		.filter((entity) => actsIn(best.fact, entity) && (kinds.length === 0 || kinds.includes(entity.kind)));
	// A count of one stands only where the noun counted says of what kind ("how many countries").
	if (doers.length < (kinds.length > 0 ? 1 : 2)) return undefined;
	const names = doers.map((entity) => entity.name);
	const listed = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
	return ctx.tools.facts(question, [best.fact], `${doers.length}: ${listed}.`);
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
