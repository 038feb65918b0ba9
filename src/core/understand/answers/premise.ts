/**
 * A statement put up to be checked that names something the report never does, where all else it
 * says is one fact: "C'est le Nigeria qui va diriger la force, non ?", "henrys been pm since like
 * 2019 no?". The report's fact is what the member needs: it is answered, saying the name is not
 * the report's.
 */

import type { Fact } from '../../../data/schema.js';
import type { Answer } from '../../answer.js';
import { yearAsBound } from '../../claims/dates.js';
import { escapeRegExp } from '../../claims/names.js';
import { nounNoAdjective, verbNoNoun } from '../../language/english-words.js';
import { fold, stopwords } from '../../language/lexicon.js';
import { type ReadText, readText } from '../../language/read.js';
import { whenOf } from '../../when.js';
import { sinceWords } from '../fits.js';
import { readFrame } from '../frame.js';
import { buildQuery, type Query } from '../query.js';
import { askedIfTrue, tag } from '../tagged.js';
import { strangersOf } from '../years.js';
import type { Answering } from './context.js';

/** How much of what is left of the question the fact must have. */
const premiseCoverage = 0.75;
/** How far ahead of the next such fact it must be: one fact, not a topic. */
const premiseLead = 1.5;
/** A fact that gives something in the stranger's place may score this much less than the best. */
const minShare = 0.5;

/** "…too?", "another prison", "aussi": something besides what the report names is asked about. */
const besides = /\b(?:too|also|as well|either|another|other|others|aussi|egalement|autre|autres|tou|itou|lot)\b/;
/** A word typed in capitals for stress: longer than most acronyms. */
const stressed = /^\p{Lu}{5,}$/u;

/**
 * The fact a checked statement is about, where its one stranger stands in for a value the fact
 * gives (a year, a name): answered with the fact, under a heading that says the stranger is not
 * the report's. Undefined for a question that asks about the stranger besides ("did the
 * Croix-des-Bouquets prison get hit too?") or that is not one fact without it.
 */
export function correctedPremise(
	ctx: Answering,
	question: string,
	read: ReadText,
	strangers: readonly string[],
	putUp = false,
): Answer | undefined {
	const [stranger, ...more] = strangers;
	if (!stranger || more.length > 0) return undefined;
	const folded = fold(read.cleaned);
	if (!putUp && !tag.test(folded) && !askedIfTrue.test(read.cleaned) && readFrame(read).kind !== 'yesNo')
		return undefined;
	if (besides.test(folded)) return undefined;
	// "Is Toussaint Louverture airport open?": a name before a noun names a thing the report never mentions; no fact
	// stands in its place.
	if (namesAThing(read.cleaned, stranger)) return undefined;
	// "Was 2020 the year the group first flagged…": "the year" is the stranger's place, no word the fact must have.
	const year = /^\d{4}$/.test(stranger);
	// ("Did RNDDH warn before 2020?": a year given as a bound stands in for no year of the fact's; the check judges it.)
	if (yearAsBound(read.cleaned, stranger)) return undefined;
	const without = readText(
		read.cleaned
			.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(stranger)}(?![\\p{L}\\p{N}])`, 'u'), ' ')
			.replace(year ? /\b(?:the\s+)?(?:year|annee|année|ane)\b/iu : /(?!)/u, ' '),
	);
	const rest = buildQuery(readFrame(without).rest, without.language, ctx.tools.index, ctx.tools.base);
	// ("Is Cap-Haïtien safe right now?": one word said of the stranger is too little to be a fact's.)
	if (rest.unknown.length > 0 || rest.terms.filter((_, i) => !rest.vague.has(i)).length < 2) return undefined;
	// Of the facts it may be about, those that give something in the stranger's place.
	const ranked = ctx.rank(rest);
	const floor = (ranked[0]?.score ?? 0) * minShare;
	// "…pm since like 2019": a year given as a start is for a fact that gives one.
	const start = new RegExp(
		`\\b(?:since|from|depuis|depi)\\s+(?:like\\s+|around\\s+|about\\s+|vers\\s+)?${escapeRegExp(stranger)}`,
		'iu',
	);
	const gives = (fact: Fact) =>
		givesInstead(fact, stranger, rest, ctx) &&
		(!start.test(read.cleaned) || sinceWords.test(whenOf(fact)?.words ?? ''));
	const [best, next] = ranked.filter(({ fact, score }) => score >= floor && gives(fact));
	if (!best || best.coverage < premiseCoverage || (next && next.score * premiseLead > best.score)) return undefined;
	return ctx.tools.facts(question, [best.fact], `The report doesn’t mention ${stranger}. It says:`);
}

/** Is the stranger followed by a noun it qualifies ("Toussaint Louverture airport", "the Cap-Haïtien port")? */
function namesAThing(text: string, stranger: string): boolean {
	const after = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(stranger)}\\s+(\\p{Ll}+)`, 'u').exec(text)?.[1];
	return after !== undefined && !stopwords.en.has(after) && nounNoAdjective(after) && !verbNoNoun(after);
}

/** Does the fact give a value of the stranger's sort: a year for a year, someone the question does not name for a name? */
function givesInstead(fact: Fact, stranger: string, query: Query, ctx: Answering): boolean {
	if (/^\d{4}$/.test(stranger)) return /\b(?:19|20)\d\d\b/.test(`${fact.quote} ${fact.answer}`);
	// "…were STOKED to escape", "…take the AIRPORT": a word in capitals for stress stands for the fact's own.
	if (stressed.test(stranger)) return true;
	const named = new Set(query.mentions.flatMap((mention) => mention.entities.map((entity) => entity.id)));
	return ctx.tools.base.entitiesOf(fact).some((id) => !named.has(id));
}

/** A statement put up to be checked ("I heard…, real??"), without the words that put it up, held the same way. */
export function premiseOf(ctx: Answering, question: string, statement: string): Answer | undefined {
	const { index, base } = ctx.tools;
	const read = readText(statement);
	const query = buildQuery(read.words, read.language, index, base);
	return correctedPremise(ctx, question, read, strangersOf(read.cleaned, query, index, base), true);
}
