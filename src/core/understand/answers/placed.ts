/**
 * Where the report places a thing a yes/no question or a statement names: "is the prison in
 * Haiti?", "the prison they hit is in Cap-Haïtien, right?".
 */
import type { Entity } from '../../../data/schema.js';
import type { Answer } from '../../answer.js';
import { fold } from '../../language/lexicon.js';
import { timeNouns } from '../../language/wordnet.js';
import { terms as termsOf } from '../../text.js';
import type { Answering } from './context.js';

/** "X is a Y", in the three languages: who is described, and as what. */
export const describedAs =
	/^(.+?)\s+(?:(?:is|was)(?:\s+(?:located|situated|based))?|used to be|se\s+trouve(?:-t-(?:il|elle))?|se\s+situe|(?:est|était)(?:\s+situ[ée]e?)?|se|te)\s+(?:bien\s+|really\s+|indeed\s+)?((?:(?:in|part of|with|inside|dans|à)\s+|(?:a|an|the|un|une|le|la|yon)\s+).+)$/iu;

/** "…was in the army", "…part of the police", "…dans la capitale": where someone or something belongs. */
export const belonging = /^(?:in|part of|with|inside|dans|à)\s/iu;

/** "The prison is in Haiti": where a thing (no person) the statement names alone is, as the data places it. */
export function placeAsked(ctx: Answering, question: string, statement: string): Answer | undefined {
	const described = describedAs.exec(statement);
	if (!described?.[1] || !described[2] || !belonging.test(described[2])) return undefined;
	// ("The prison they hit": a clause that says which one names no one else.)
	const [match, ...more] = ctx.tools.index.matchEntities(described[1]);
	if (!match || more.length > 0 || match.entity.kind === 'person') return undefined;
	return placedIn(ctx, question, match.entity, described[2]);
}

/**
 * "Was the prison in the capital?": yes where the data places the one named within the place
 * named, with the fact that says so; no where it places it elsewhere; undefined otherwise.
 */
export function placedIn(ctx: Answering, question: string, entity: Entity, where: string): Answer | undefined {
	const { base, index } = ctx.tools;
	// "port au prince" spaced out is the compound the data's name is.
	const words = index.joinCompounds(
		// ("…in the capital or somewhere else": what follows "or" offers no place.)
		fold(where.replace(belonging, '').split(/\s+(?:or|ou|oswa)\s+/u)[0] ?? '')
			.split(/[^\p{L}\p{N}]+/u)
			.filter(Boolean),
	);
	const matches = index.matchEntities(words.join(' '));
	// ("Cap-Haïtien" is not Haiti: a place is the one asked only if its name covers every word.)
	// (A letter left of an elision, "haiti s capital", is no word of the place's.)
	const placeTerms = termsOf(words.join(' ')).filter((term) => term.length > 1);
	const place = matches.find((match) => match.covered.size >= placeTerms.length);
	// ("The Haitian capital" names Haiti too, which the capital is within: no other place.)
	const others = matches.filter(
		(match) => match !== place && !(place && base.within(place.entity.id).includes(match.entity.id)),
	);
	const chain = base.within(entity.id);
	if (chain.length < 2) return undefined;
	// "Is the prison in Cap-Haïtien?": a place the report never names; where it does put the prison is the answer.
	// ("…in broad daylight": a time, not a place.)
	if (!place && words.length > 0 && words.length <= 3 && !timeNouns().has(words.at(-1) ?? '')) {
		const where = chain[1] as string;
		const told = base.facts.find(
			(fact) => base.entitiesOf(fact).includes(entity.id) && base.entitiesOf(fact).includes(where),
		);
		return told
			? ctx.tools.facts(
					question,
					[told],
					`No: the report puts ${entity.name} in ${base.name(where)}; it doesn’t mention ${words.join(' ')}.`,
				)
			: undefined;
	}
	if (!place || others.length > 0 || !['place', 'country'].includes(place.entity.kind)) return undefined;
	const inside = chain.includes(place.entity.id);
	const told = base.facts.find((fact) => {
		const ids = base.entitiesOf(fact);
		// ("Is the prison in Haiti?": the fact that puts it in the capital puts it in Haiti too.)
		return ids.includes(entity.id) && (ids.includes(place.entity.id) || ids.includes(chain[1] as string));
	});
	if (!told) return undefined;
	return ctx.tools.facts(
		question,
		[told],
		inside
			? `Yes, in ${place.entity.name}:`
			: `No: the report puts ${entity.name} in ${base.name(chain[1] as string)}.`,
	);
}
