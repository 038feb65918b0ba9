/**
 * Yes/no questions that state something to check: the statement goes through the message check
 * claim by claim.
 */

import type { Fact } from '../../../data/schema.js';
import type { Answer } from '../../answer.js';
import type { Claim } from '../../claims/claim.js';
import { checkClaims, statesFigure } from '../../claims/claims.js';
import { exclusive } from '../../claims/content.js';
import { mentionsIn } from '../../claims/names.js';
import { titleHolderIn } from '../../claims/titles.js';
import { unheardOf } from '../../claims/unheard.js';
import { isCalendarWord, valuesIn } from '../../claims/values.js';
import { fillerTable, fold, vagueWords } from '../../language/lexicon.js';
import { type ReadText, readText } from '../../language/read.js';
import type { SearchIndex } from '../../search-index.js';
import { terms as termsOf, words as wordsOf } from '../../text.js';
import { buildQuery, type Query } from '../query.js';
import { inOwnWords, type Ranked, rank } from '../rank.js';
import { askedIfTrue, statementPutUp } from '../tagged.js';
import { comparison } from './compared.js';
import type { Answering } from './context.js';
import { alreadyWhen, orderChecked } from './events.js';
import { supposing } from './hypothetical.js';
import { placeAsked } from './placed.js';
import { premiseOf } from './premise.js';

/** "Is it true RNDDH is a UN agency?": the statement after the words that ask whether it is so. */
function askedIfSo(text: string): string | undefined {
	const asked = askedIfTrue.exec(text);
	// "…relinquished power on 7 February, as the agreement required?": what it was held to is the question's reason
	// for asking, not another thing said.
	return asked && asked[0].trim().length > 0
		? plainStatement(
				text
					.slice(asked[0].length)
					.replace(/[?!.\s]+$/, '')
					.replace(/,\s*as\s+[^,]+$/i, '')
					// ("…on February 7 as the December 2022 deal required": said without the comma, with the verb that holds it to it.)
					.replace(
						/\s+as\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[^,]{2,60}?\s+(?:required|requires|demanded|stipulated|called for|foresaw|set out|specified|planned|agreed)$/i,
						'',
					),
			)
		: undefined;
}

/** "is described as", "was referred to as": the verb that says how the report puts what someone is. */
const describedAsVerb =
	/\b(is|was|are|were|est|était|etait|sont)\s+(?:(?:described|characteri[sz]ed|portrayed|presented|depicted|referred\s+to|labell?ed|identified)(?:\s+in\s+(?:the|this)\s+(?:report|article|piece|text))?\s+as|called|dubbed|(?:présentée?s?|presentee?s?|décrite?s?|decrite?s?|qualifiée?s?|qualifiee?s?|considérée?s?|consideree?s?)\s+(?:comme|de))\s+(?=(?:the|a|an|le|la|les|un|une)\s|l['’])/iu;
/** "…in this report", "…according to the article" closing a statement: where to look, no part of what is said. */
const inTheReportTail = /\s+(?:in|according\s+to|per)\s+(?:the|this)\s+(?:report|article|piece|text)\s*$/iu;

/**
 * A statement as the report would put it: "Is Sergier described as a serving police officer?" asks whether he is one;
 * "…in this report" says where to look.
 *
 * @example
 * plainStatement('haiti is called the richest country in this report'); // 'haiti is the richest country'
 */
export function plainStatement(statement: string | undefined): string | undefined {
	return (
		statement
			?.replace(describedAsVerb, '$1 ')
			.replace(inTheReportTail, '')
			// ("rnddh is like a govt agency or wat": the hedge before a description is no part of it.)
			.replace(/\s+(?:like|kinda|sorta)(?=\s+(?:a|an|the)\s)/giu, '')
			// ("moise was the prez not the pm": the contrast that ends it denies another description, which the one it
			// makes already excludes.)
			.replace(/,?\s+(?:and\s+|but\s+)?not\s+(?:the\s+|a\s+|an\s+)?[\p{L}'’ -]{1,40}$/iu, '')
	);
}

/** Another question offered after "or": "…or how many it was built for?", "…ou combien…". */
const otherAsked = /\b(?:or|ou)\s+(?:how|what|which|who|combien|quel(?:le)?s?|qui|konbyen|kiyes)\b/iu;

/** A question about what could or would be, which no stated figure confirms. */
const hypothetical = /\b(could|would|can|should|might|fit|enough|pourrait|pourraient|peut|kapab|ka)\b/i;

/**
 * "I heard Reuters said the guards left, is that right?": the statement held against the
 * report, claim by claim. No where any claim differs, yes where every claim it can check
 * matches, "the report doesn't say so" where it makes none of them and speaks of something it
 * never does; any other statement the report cannot check is read as a question.
 */
export function heardStatement(ctx: Answering, question: string, read: ReadText): Answer | undefined {
	const { base, index } = ctx.tools;
	// ("If the capacity was 5 times larger, would 3,687 fit?": what is supposed is worked out, not checked.)
	if (supposing.test(fold(question)) && hypothetical.test(question)) return undefined;
	const statement = plainStatement(statementPutUp(read.cleaned)) ?? askedIfSo(read.cleaned);
	// "…held fewer people than it was designed for": a comparison is worked out from the figures, not checked
	// claim by claim (its date alone would confirm it).
	if (!statement || comparison(statement)) return undefined;
	// "Is it the case that Henry was already in office before the deal was struck?": a state's start against the
	// event's date, before what is said of either is checked.
	const already = alreadyWhen(ctx, question, read);
	if (already) return already;
	// "…the port attack happened AFTER the prison siege. True?": the order the report gives them.
	const ordered = orderChecked(ctx, question, statement);
	if (ordered) return ordered;
	// "The prison they hit is in Cap-Haïtien, right?": where the data places it.
	const placed = placeAsked(ctx, question, statement);
	if (placed) return placed;
	const checked = checkClaims(base, index, statement);
	// A date that differs is not enough for a no unless the event it dates is about everyone the statement
	// names: "Barbecue got killed in the clashes on Saturday" is not the siege misdated, "Moise was killed
	// July 7th 2020" is his assassination misdated.
	const ofTheNamed = (claim: Claim) => datesWhatIsTold(claim, statement, ctx);
	// A name alone confirms nothing of what is said of it ("Henry", "RNDDH" in "Henry has been in power longer
	// than RNDDH has been warning").
	const claims = checked.filter(
		(claim) =>
			claim.verdict !== 'not_in_report' &&
			(!differingDate(claim) || ofTheNamed(claim)) &&
			!(claim.verdict === 'matches' && nameOnly(claim, index)),
	);
	// "Saw on TikTok that cholera broke out in the prison, is that in the report?": no claim the report makes, and a
	// word it never speaks of.
	const unheard = unheardOf(statement, index, { translated: true });
	// "…tried to take the AIRPORT the day before, real??": where all else is one fact, that fact.
	const premise = claims.length === 0 && unheard ? premiseOf(ctx, question, statement) : undefined;
	if (premise) return premise;
	if (claims.length === 0 && unheard) {
		return ctx.tools.notFound(question, {
			heading: 'The report doesn’t say so.',
			notes: [`The report says nothing of “${unheard}”.`],
		});
	}
	// "…voted on October 2nd exactly. Can you confirm the day?": a date finer than the report's is neither confirmed nor
	// contradicted; the report's own is what it gives.
	const finer = checked.find(
		(claim) => claim.verdict === 'not_in_report' && claim.report.startsWith('The report gives only'),
	);
	if (claims.length === 0 && finer && finer.facts.length > 0) {
		const given = finer.report.slice(0, finer.report.indexOf(':'));
		return ctx.tools.facts(question, finer.facts, `The report doesn’t say so: ${given.replace(/^The report/, 'it')}.`);
	}
	if (claims.length === 0) return undefined;
	// "…relinquished power on the date foreseen by the agreement of December 2022": the deal's date is the report's,
	// but what is said was done is not confirmed by it. A yes needs the facts confirmed to tell all that is said.
	if (claims.every((claim) => claim.verdict === 'matches') && !toldWhole(ctx, statement, claims)) return undefined;
	return verdictOn(ctx, question, claims);
}

/** Do the facts of the claims confirmed have every word of the statement that says something (names aside)? */
function toldWhole(ctx: Answering, statement: string, claims: readonly Claim[]): boolean {
	const { base, index } = ctx.tools;
	const read = readText(statement);
	const query = buildQuery(read.words, read.language, index, base);
	const facts = new Set(claims.flatMap((claim) => claim.facts));
	const told = rank(query, index, base, { minCoverage: 0, boost: () => 1 })
		.filter(({ fact }) => facts.has(fact))
		.reduce((bits, { matched }) => bits | matched, 0);
	const named = new Set(query.mentions.flatMap((mention) => mention.terms));
	// ("RNDDH's 2017 warning was about overcrowding alone": that nothing else was is more than a fact that tells it says.)
	if (saysAlone(statement) && ![...facts].some((fact) => saysAlone(fact.quote))) return false;
	return query.terms.every((_, i) => query.vague.has(i) || named.has(i) || (told & (1 << i)) !== 0);
}

/**
 * Does the text say that something was so of one thing alone: "only", "alone", "solely", "seulement", "sèlman"? A
 * fact that tells it of one thing says nothing of the others.
 */
export function saysAlone(text: string): boolean {
	return exclusive.test(text);
}

/**
 * "Is it true homicides tripled in 2023?": a yes/no question that states a figure (a number or
 * a change) is the message check's work. No when the report gives another value, yes when
 * every figure stated is the report's; otherwise it is read as any other question.
 */
export function checkedFigures(ctx: Answering, question: string, query: Query): Answer | undefined {
	const { base, index } = ctx.tools;
	// "Could 3,687 inmates fit in 700 places?" asks what would be, not whether the figures are right; "the 700 number,
	// is that how many are in there or how many it was built for?" asks which of two it is.
	if (hypothetical.test(question) || otherAsked.test(question)) return undefined;
	// Only claims about a figure: a date the question mentions in passing ("the inmates counted in
	// February 2023") is not what it asks about.
	const checked = checkClaims(base, index, question.replace(askedIfTrue, ''));
	const figures = checked.filter(
		(claim) => statesFigure(claim) && claim.verdict !== 'not_in_report' && claim.facts[0]?.kind === 'figure',
	);
	if (figures.length === 0) return undefined;
	// "Did homicides more than double in 2022?": a date that differs from the stated figure's own is a no.
	const stated = new Set(figures.flatMap((claim) => claim.facts));
	const misdated = checked.filter(
		(claim) => !statesFigure(claim) && claim.verdict === 'differs' && claim.facts.some((fact) => stated.has(fact)),
	);
	const claims = [...figures, ...misdated];
	// "Is the 3,687 figure the number of inmates who escaped?": a figure the question is not about (the release
	// is) confirms nothing of it.
	if (!claims.some((claim) => claim.verdict === 'differs') && aboutAnother(ctx.rank(query), stated, query))
		return undefined;
	return verdictOn(ctx, question, claims);
}

/** "The report gives…" continued after "No:". */
const uncapitalise = (sentence: string) => sentence.charAt(0).toLowerCase() + sentence.slice(1);

/** No where any claim differs, with what the report says instead; else yes, naming each claim confirmed. */
export function verdictOn(ctx: Answering, question: string, claims: readonly Claim[]): Answer {
	const facts = [...new Set(claims.flatMap((claim) => claim.facts))];
	const differs = claims.find((claim) => claim.verdict === 'differs');
	// What the report says instead, not the asker's words again: a wrong figure is not repeated as if it were an answer.
	// ("Henry stepped down in February?" No: he stayed on, and the fact the report's sentence goes on to tell says why.)
	if (differs)
		return ctx.tools.facts(
			question,
			withWhatFollows(facts, ctx.tools.base.facts),
			`No: ${uncapitalise(differs.report)}`,
		);
	return ctx.tools.facts(
		question,
		facts,
		`Yes: ${claims.map((claim) => `“${claim.text}”`).join(', ')}, as the report says.`,
	);
}

/**
 * The facts, each followed by those whose quote takes up where its own ends, in the same paragraph
 * ("…, but stayed on" and "stayed on, arguing that security must be restored…"): what the report's
 * sentence goes on to tell.
 */
export function withWhatFollows(facts: readonly Fact[], all: readonly Fact[]): Fact[] {
	const following = facts.flatMap((fact) => continuedBy(fact, all));
	return [...facts, ...new Set(following.filter((fact) => !facts.includes(fact)))];
}

function continuedBy(fact: Fact, facts: readonly Fact[]): Fact[] {
	const overlap = (end: string, start: string) => {
		for (let length = Math.min(end.length, start.length); length >= minOverlap; length--)
			if (end.endsWith(start.slice(0, length))) return true;
		return false;
	};
	return facts.filter(
		(other) =>
			other !== fact &&
			other.report === fact.report &&
			other.paragraph === fact.paragraph &&
			overlap(fold(fact.quote), fold(other.quote)),
	);
}

/** The fewest characters two quotes must share, one's end the other's start, to be one sentence told on. */
const minOverlap = 8;

/**
 * Does the question ask, in words the stated figures do not have, about another figure that has
 * them ("…the number of inmates who escaped": the release, not the count)?
 */
function aboutAnother(ranked: readonly Ranked[], stated: ReadonlySet<Fact>, query: Query): boolean {
	const asked = query.terms.reduce(
		(bits, _, i) => (query.vague.has(i) || query.secondary.has(i) ? bits : bits | (1 << i)),
		0,
	);
	const own = ranked.filter(({ fact }) => stated.has(fact)).reduce((bits, { matched }) => bits | matched, 0);
	const missing = asked & ~own;
	return (
		missing !== 0 &&
		ranked.some(({ fact, matched }) => fact.kind === 'figure' && !stated.has(fact) && (matched & missing) !== 0)
	);
}

/**
 * Is a claim's fact, dated otherwise, the event the statement tells: one that involves everyone
 * the statement names and tells most of what it says? Then the date that differs is a no.
 */
export function datesWhatIsTold(claim: Claim, statement: string, ctx: Answering): boolean {
	const { base, index } = ctx.tools;
	const matches = index.matchEntities(statement);
	// ("The prime minister stepped down…": a title names the one the report gives it to.)
	const holder = titleHolderIn(statement, base, mentionsIn(statement, base))?.entity;
	const named = [...matches.map((match) => match.entity.id), ...(holder ? [holder.id] : [])];
	const nameTerms = new Set(matches.flatMap((match) => [...match.covered]));
	return (
		named.length > 0 &&
		claim.facts.some(
			(fact) => named.every((id) => base.entitiesOf(fact).includes(id)) && toldInFact(statement, nameTerms, fact, ctx),
		)
	);
}

/**
 * Does the fact tell most of what the statement says, names and dates aside, in its words or words
 * related to them ("killed" for "assassinated")? "Barbecue got killed in the clashes" is not told
 * by a fact that has him and clashes but no killing.
 */
function toldInFact(statement: string, names: ReadonlySet<string>, fact: Fact, ctx: Answering): boolean {
	const { index, base } = ctx.tools;
	const told = (term: string) => inOwnWords(fact, term, index, base);
	// Read word by word, so that a date's words are known as such ("July", "Saturday night"), then as search terms.
	const said = [
		...new Set(
			wordsOf(fold(statement))
				.filter(
					(word) =>
						!/\d/.test(word) &&
						!isCalendarWord(word) &&
						!timeWords.has(word) &&
						!lightVerbs.has(word) &&
						!vagueWords.has(word) &&
						!fillerTable.match([word], 0),
				)
				.flatMap((word) => termsOf(word)),
		),
	].filter((term) => !names.has(term));
	const count = said.filter((term) => told(term) || index.matchTerm(term).some((match) => told(match.term))).length;
	return count * 2 > said.length;
}

/** Verbs that carry a passive or a tense and say nothing of what was done: "got killed". */
const lightVerbs = new Set(['got', 'get', 'gets', 'been', 'ete', 'had', 'have', 'te']);

/** Words that place a claim in time, beside months and weekdays, rather than say what was done. */
const timeWords = new Set([
	'night',
	'morning',
	'evening',
	'week',
	'weeks',
	'day',
	'days',
	'last',
	'this',
	'th',
	'st',
	'nd',
]);

/** A claim whose words are only a name the data knows. */
export function nameOnly(claim: Claim, index: SearchIndex): boolean {
	const words = termsOf(claim.text);
	return words.length > 0 && index.matchEntities(claim.text).some((match) => match.covered.size >= words.length);
}

/** A date claim the report dates otherwise. */
export const differingDate = (claim: Claim) =>
	claim.verdict === 'differs' && valuesIn(claim.text).some((value) => value.kind === 'date');

/** A line quoted in a question ('the "poorest country" line'), in any of the quotation marks people type. */
const quotedLine = /(?<![\p{L}\p{N}])["“«‘']\s*([^"”»]{8,}?)\s*["”»’'](?![\p{L}])/u;
/** A question for the things the quote is said of (folded text): "which things…", "what events…". */
const asksWhichOnes = /^\W*(?:which|what)\s+(?:things|events|facts|items|parts|developments|incidents)\b/;
/** Words that ask whether the report has something (folded text). */
const inTheReport =
	/\b(?:in the (?:report|article|piece|story|text)|(?:report|article) (?:say|says|said|use|uses)|make (?:it|that) up|made (?:it|that) up|dans (?:le rapport|l article|le texte)|nan (?:rapo|atik) (?:a|la))\b/;

/**
 * "Is the 'poorest country in the Western Hemisphere' line actually in the report?": yes, with
 * the facts whose own words have it; no where none does.
 */
export function quotedInReport(ctx: Answering, question: string, read: ReadText): Answer | undefined {
	const line = quotedLine.exec(read.cleaned)?.[1];
	// ("Which things in the report are described as having happened 'this week'?" asks for them, not whether it says so.)
	if (!line || !inTheReport.test(fold(read.cleaned)) || asksWhichOnes.test(fold(read.cleaned))) return undefined;
	const wanted = fold(line);
	// The fact whose own words are closest to the line: the shortest quote that has it.
	const [fact] = ctx.tools.base.facts
		.filter((candidate) => fold(candidate.quote).includes(wanted))
		.sort((a, b) => a.quote.length - b.quote.length);
	if (!fact) return ctx.tools.notFound(question, { heading: `No: the report doesn’t say “${line}”.` });
	return ctx.tools.facts(question, [fact], `Yes, the report says “${line}”:`);
}
