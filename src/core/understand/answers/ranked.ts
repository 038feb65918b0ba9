/**
 * Where one thing ranks among others of its kind: "where does the Pénitencier rank among Haiti's
 * prisons?", "quel rang occupe-t-il…". The report gives a rank only as a superlative said of it
 * ("Haiti's largest prison"); the facts about the one named that have one answer, and where none
 * does, the report does not say.
 */
import type { Answer } from '../../answer.js';
import { lemmatizer } from '../../language/lemmas.js';
import { fold } from '../../language/lexicon.js';
import type { Frame } from '../frame.js';
import type { Query } from '../query.js';
import type { Answering } from './context.js';

/** Words that ask a place in an order among others: "rank among", "position parmi" (not a title: "his rank"). */
const rankAsked =
	/\b(?:rank|ranks|ranked|ranking|position|standing|place|rang|classement|klasman|plas)\b.*\b(?:among|amongst|parmi|pami|of all|compared)\b/;

/**
 * Does the text say a superlative ("largest", "poorest", "best"), as the lemmatizer reads an English adjective
 * ending in "-st" back to its plain form, or in French or Kreyòl ("plus grande", "pi gwo")?
 */
function saysSuperlative(text: string): boolean {
	if (/\b(?:plus grand\p{L}*|pi gwo)\b/iu.test(text)) return true;
	const words = text.toLowerCase().match(/\p{L}+st\b/gu) ?? [];
	return words.some((word) => lemmatizer().adjective(word) !== word);
}

/**
 * The answer to a question of rank about the one thing it names, or undefined where it asks none.
 *
 * @example
 * rankAnswer(ctx, 'where does the Pénitencier rank among Haiti’s prisons?', frame, query);
 * // facts: "Armed groups laid siege to Haiti’s largest prison, the Pénitencier National…"
 */
export function rankAnswer(ctx: Answering, question: string, frame: Frame, query: Query): Answer | undefined {
	if (!rankAsked.test(fold(question.toLowerCase()))) return undefined;
	const named = query.mentions.flatMap((mention) => mention.entities).filter((entity) => entity.kind !== 'country');
	const [thing, ...others] = named;
	if (!thing || others.some((other) => other.id !== thing.id)) return undefined;
	const { base } = ctx.tools;
	const ranked = base.facts.filter(
		(fact) => base.entitiesOf(fact).includes(thing.id) && saysSuperlative(fact.answer) && saysSuperlative(fact.quote),
	);
	if (ranked.length === 0) return ctx.doesNotSay(question, frame, ctx.rank(query), 'The report gives no rank for it.');
	return ctx.tools.facts(question, ranked);
}
