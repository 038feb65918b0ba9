/**
 * "Day time or night time?", "is the capital getting better or worse?": a question that offers two
 * words to choose from, answered with the one the fact it is about says, and that fact.
 */
import type { Fact } from '../../../data/schema.js';
import type { Answer } from '../../answer.js';
import { stopwords, vagueWords } from '../../language/lexicon.js';
import type { ReadText } from '../../language/read.js';
import { capitalise, terms as termsOf } from '../../text.js';
import type { Frame } from '../frame.js';
import { answerOptions } from '../options.js';
import { buildQuery } from '../query.js';
import { ownsTerm } from '../rank.js';
import type { Answering } from './context.js';

/** Words an alternative may open with that are no part of what it offers: "by day or by night", "in the day". */
const openingWords = new Set(['by', 'in', 'at', 'during', 'on', 'the', 'a', 'an', 'more', 'less', 'most']);
/** At most this many words an alternative. */
const maxWords = 3;

/**
 * The two alternatives at the end of a question's English words and where they start, or undefined: "…better or
 * worse lately" offers "better" and "worse" (words that say little may follow them).
 */
function offered(words: readonly string[]): { first: string[]; second: string[]; at: number; end: number } | undefined {
	const or = words.lastIndexOf('or');
	if (or < 1) return undefined;
	let end = words.length;
	while (end > or + 1 && isFiller(words[end - 1] ?? '')) end--;
	const second = words.slice(or + 1, end);
	// (Figures offered, "700 or 7k?", are held against the report's own by another answer.)
	if (
		second.length === 0 ||
		second.length > maxWords ||
		second.some((word) => word === 'not' || word === 'what' || /\d/.test(word))
	)
		return undefined;
	const at = Math.max(0, or - second.length);
	const first = words.slice(at, or);
	// ("…, and which states or institutions are funding it?": a clause with its own verb, or a question of its own, is
	// no word offered.)
	if ([...first, ...second].some((word) => clauseWords.has(word))) return undefined;
	return first.length > 0 && !first.some((word) => /\d/.test(word)) ? { first, second, at, end } : undefined;
}

const clauseWords = new Set([
	'and',
	'which',
	'what',
	'who',
	'is',
	'are',
	'was',
	'were',
	'did',
	'does',
	'do',
	'has',
	'have',
]);

/** Verbs that say only that an event took place: "start", "begin", "happen". */
const happeningVerbs = new Set(['start', 'started', 'begin', 'began', 'happen', 'happened', 'occur', 'occurred']);

const isFiller = (word: string) => stopwords.en.has(word) || vagueWords.has(word);

/** The words of an alternative that say what it offers, as search terms: "night" of "night time". */
function offeredTerms(words: readonly string[]): string[] {
	return termsOf(words.filter((word) => !openingWords.has(word) && !isFiller(word)).join(' '));
}

/** Below this likeness a related word says another thing as often as the alternative ("help" for "better"). */
const closeLikeness = 0.8;

/** Does the fact say the alternative, in its own words or a word closely related to it? */
function says(ctx: Answering, fact: Fact, terms: readonly string[]): boolean {
	const { index, base } = ctx.tools;
	return (
		terms.length > 0 &&
		terms.every((term) =>
			index
				.matchTerm(term)
				.some((match) => match.similarity >= closeLikeness && ownsTerm(fact, match.term, index, base)),
		)
	);
}

/**
 * The alternative the fact a question is about says, with that fact; undefined where the question offers none,
 * no fact answers the rest of it, or the fact says both or neither.
 *
 * @example
 * alternativeChosen(ctx, 'gang attack the prison — day time or night time?', frame, read);
 * // heading 'Night time:', the fact of the siege on Saturday night
 */
export function alternativeChosen(ctx: Answering, question: string, frame: Frame, read: ReadText): Answer | undefined {
	const alternatives = offered(frame.rest);
	if (!alternatives) return undefined;
	const { first, second, at, end } = alternatives;
	// ("Did the siege start during the day or at night?": that it started, happened or began is no more than the event.)
	const rest = [...frame.rest.slice(0, at), ...frame.rest.slice(end)].filter((word) => !happeningVerbs.has(word));
	const query = buildQuery(rest, read.language, ctx.tools.index, ctx.tools.base);
	const [top, next] = ctx.rank(query);
	// Only a fact that answers the rest of the question says which: "did things get better or worse after Moïse was
	// killed" is not answered by whatever fact shares a word with it.
	if (!top || (next && next.score >= top.score) || top.coverage < answerOptions.minCoverage) return undefined;
	const [chosen, ...both] = [first, second].filter((words) => says(ctx, top.fact, offeredTerms(words)));
	if (!chosen || both.length > 0) return undefined;
	return ctx.tools.facts(question, [top.fact], `${capitalise(chosen.join(' '))}:`);
}
