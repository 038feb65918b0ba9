/**
 * Where one thing ranks among others of its kind: "where does the Pénitencier rank among Haiti's
 * prisons?", "quel rang occupe-t-il…". The report gives a rank only as a superlative said of it
 * ("Haiti's largest prison"); the facts about the one named that have one answer, and where none
 * does, the report does not say.
 */
import type { Answer } from '../../answer.js';
import { fold } from '../../language/lexicon.js';
import type { Query } from '../query.js';
import type { Answering } from './context.js';

/** Words that ask a place in an order among others: "rank among", "position parmi" (not a title: "his rank"). */
const rankAsked =
	/\b(?:rank|ranks|ranked|ranking|position|standing|place|rang|classement|klasman|plas)\b.*\b(?:among|amongst|parmi|pami|of all|compared)\b/;

/** A superlative the report may say of a thing: "largest", "biggest", "poorest". */
const superlative = /\b(?:\p{L}{3,}est|plus grand\p{L}*|pi gwo)\b/iu;

/** Words ending in "-est" that are no superlative. */
const notSuperlative =
	/\b(?:interest|arrest|protest|request|suggest|west|test|rest|unrest|honest|modest|forest|harvest|manifest|contest|invest|digest|conquest|quest|guest|chest|nest|pest|vest|crest|best known)\b/iu;

/**
 * The answer to a question of rank about the one thing it names, or undefined where it asks none.
 *
 * @example
 * rankAnswer(ctx, 'where does the Pénitencier rank among Haiti’s prisons?', query);
 * // facts: "Armed groups laid siege to Haiti’s largest prison, the Pénitencier National…"
 */
export function rankAnswer(ctx: Answering, question: string, query: Query): Answer | undefined {
	if (!rankAsked.test(fold(question.toLowerCase()))) return undefined;
	const named = query.mentions.flatMap((mention) => mention.entities).filter((entity) => entity.kind !== 'country');
	const [thing, ...others] = named;
	if (!thing || others.some((other) => other.id !== thing.id)) return undefined;
	const { base } = ctx.tools;
	const ranked = base.facts.filter(
		(fact) =>
			base.entitiesOf(fact).includes(thing.id) &&
			superlative.test(fact.answer.replace(notSuperlative, ' ')) &&
			superlative.test(fact.quote.replace(notSuperlative, ' ')),
	);
	if (ranked.length === 0)
		return ctx.doesNotSay(
			question,
			{ kind: 'what', rest: [], counted: [], parts: [] },
			ctx.rank(query),
			'The report gives no rank for it.',
		);
	return ctx.tools.facts(question, ranked);
}
