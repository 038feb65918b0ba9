/**
 * Yes/no questions that state something to check: the statement goes through the message check
 * claim by claim.
 */

import type { Fact } from '../../../data/schema.js';
import type { Answer } from '../../answer.js';
import type { Claim } from '../../claims/claim.js';
import { checkClaims, statesFigure, unheardOf } from '../../claims/claims.js';
import { valuesIn } from '../../claims/values.js';
import type { FactBase } from '../../fact-base.js';
import { fillerTable, fold, textSpeakTable } from '../../language/lexicon.js';
import type { ReadText } from '../../language/read.js';
import type { SearchIndex } from '../../search-index.js';
import { terms as termsOf } from '../../text.js';
import type { Query } from '../query.js';
import type { Ranked } from '../rank.js';
import { statementToCheck } from '../tagged.js';
import type { Answering } from './context.js';

/** "Is it true (that)…": the words that ask whether what follows is so, in the three languages. */
const askedIfTrue =
	/^\W*(?:is it (?:true|right|correct|the case)|is that (?:true|right)|c['’]est vrai|est-ce vrai|est-il vrai|est-ce que c['’]est vrai|eske se vre|èske se vre|se vre)\s*(?:that|que|qu['’]|ke)?\s*/iu;

/** "Is it true RNDDH is a UN agency?": the statement after the words that ask whether it is so. */
function askedIfSo(text: string): string | undefined {
	const asked = askedIfTrue.exec(text);
	return asked && asked[0].trim().length > 0 ? text.slice(asked[0].length).replace(/[?!.\s]+$/, '') : undefined;
}

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
	const statement = statementToCheck(read.cleaned, fold(read.cleaned)) ?? askedIfSo(read.cleaned);
	if (!statement) return undefined;
	const checked = checkClaims(base, index, statement);
	// A date that differs is not enough for a no: which event it is the date of is too often unclear
	// ("Barbecue got killed in the clashes on Saturday" is not the siege misdated).
	// A name alone confirms nothing of what is said of it ("Henry", "RNDDH" in "Henry has been in power longer
	// than RNDDH has been warning").
	const claims = checked.filter(
		(claim) =>
			claim.verdict !== 'not_in_report' &&
			!differingDate(claim) &&
			!(claim.verdict === 'matches' && nameOnly(claim, index)),
	);
	// "Saw on TikTok that cholera broke out in the prison, is that in the report?": no claim the report makes, and a
	// word it never speaks of.
	const unheard = unheardOf(statement, index);
	if (claims.length === 0 && unheard) {
		return ctx.tools.notFound(question, {
			heading: 'The report doesn’t say so.',
			notes: [`The report says nothing of “${unheard}”.`],
		});
	}
	if (claims.length === 0) return undefined;
	return verdictOn(ctx, question, claims);
}

/**
 * "Is it true homicides tripled in 2023?": a yes/no question that states a figure (a number or
 * a change) is the message check's work. No when the report gives another value, yes when
 * every figure stated is the report's; otherwise it is read as any other question.
 */
export function checkedFigures(ctx: Answering, question: string, query: Query): Answer | undefined {
	const { base, index } = ctx.tools;
	// "Could 3,687 inmates fit in 700 places?" asks what would be, not whether the figures are right.
	if (hypothetical.test(question)) return undefined;
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

/** No where any claim differs, with what the report says instead; else yes, naming each claim confirmed. */
function verdictOn(ctx: Answering, question: string, claims: readonly Claim[]): Answer {
	const facts = [...new Set(claims.flatMap((claim) => claim.facts))];
	const differs = claims.find((claim) => claim.verdict === 'differs');
	if (differs) return ctx.tools.facts(question, facts, `No: not “${differs.text}”. ${differs.report}`);
	return ctx.tools.facts(
		question,
		facts,
		`Yes: ${claims.map((claim) => `“${claim.text}”`).join(', ')}, as the report says.`,
	);
}

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
 * "Is RNDDH a UN agency?", "was it Reuters that said…", "Sergier est-il un ancien militaire ?":
 * a yes/no question whose statement the report contradicts, answered no with what it says. The
 * question is turned back into the statement it asks about and held against the report claim by
 * claim; only a value the report gives otherwise (a description, a name, a figure, a source) makes
 * the no. A date is left to the question's own reading: which event a date in a question is for
 * is too often unclear to deny it.
 */
/** A claim whose words are only a name the data knows. */
function nameOnly(claim: Claim, index: SearchIndex): boolean {
	const words = termsOf(claim.text);
	return words.length > 0 && index.matchEntities(claim.text).some((match) => match.covered.size >= words.length);
}

/** A date claim the report dates otherwise. */
const differingDate = (claim: Claim) =>
	claim.verdict === 'differs' && valuesIn(claim.text).some((value) => value.kind === 'date');

export function contradicted(ctx: Answering, question: string, read: ReadText): Answer | undefined {
	const statement = statementAsked(read.cleaned);
	const either = statement && eitherOf(ctx, question, statement);
	if (either) return either;
	// "Had the inmates been 700, what share…": what would be, not what the report is said to say.
	if (!statement || conditional.test(fold(question))) return undefined;
	const { base, index } = ctx.tools;
	const claims = checkClaims(base, index, statement);
	const differs = claims.find((claim) => claim.verdict === 'differs' && !differingDate(claim));
	if (differs) return verdictOn(ctx, question, [differs]);
	// "Is RNDDH a UN agency?": a description the report neither confirms nor denies, of one it describes otherwise.
	const described = describedAs.exec(statement);
	if (!described?.[1] || !described[2] || claims.some((claim) => claim.verdict === 'matches')) return undefined;
	const [match, ...more] = index.matchEntities(described[1]);
	if (!match || more.length > 0 || match.covered.size < termsOf(described[1]).length) return undefined;
	const card = ctx.tools.entityCard(question, match.entity);
	if (!card.found) return undefined;
	return { ...card, heading: `The report doesn’t say ${match.entity.name} is ${described[2]}. It says:` };
}

/** "X is a Y", in the three languages: who is described, and as what. */
const describedAs = /^(.+?)\s+(?:is|was|est|était|se|te)\s+((?:a|an|un|une|yon)\s+.+)$/iu;

/** A question about what would be: "if…", or opening with "would", "could", "si", "ta" (not "…said it would"). */
const conditional = /^\W*(?:would|could|might|si|ta)\b|\bif\b/;

/** The text past the chat it opens with ("yo", "ok so", "hey bot"), as typed. */
function withoutOpeningChat(text: string): string {
	const tokens = text.split(/\s+/).filter(Boolean);
	const words = tokens.map((token) => fold(token).replace(/[^a-z0-9]+/g, ''));
	let at = 0;
	for (let chat = fillerTable.match(words, at); chat; chat = fillerTable.match(words, at)) at += chat.length;
	return tokens.slice(at).join(' ');
}

/** "…or wat", "…or nah", "…or was that someone else": a tail that only leaves the question open. */
const openTail =
	/\s+(?:or|ou|oswa)\s+(?:wat|what|whut|nah|not|no|something|sumthin|smth|so|(?:was|is) (?:it|that) (?:someone|somebody) else|(?:someone|somebody) else|who)\s*$/iu;

/** Words after which an English subject has ended: what is said of it begins. */
const predicateStart =
	/^(?:a|an|the|really|actually|still|already|just|truly|in|at|on|by|from|to|of|for|with|not|never|being|been|one|\p{L}+ed|\p{L}+en)$/iu;

/**
 * The statement a yes/no question asks about, in the order a statement has, or undefined when
 * it cannot be told: "is X Y" → "X is Y", "was it X who…" → "it was X who…", "X est-il Y" → "X
 * est Y", "èske X…" → "X…".
 *
 * @example
 * statementAsked('is RNDDH a UN agency?'); // 'RNDDH is a UN agency'
 */
export function statementAsked(text: string): string | undefined {
	const question = withoutOpeningChat(text)
		.replace(/[?!.\s]+$/u, '')
		.replace(openTail, '')
		.trim();
	const creole = /^(?:èske|eske)\s+(.+)$/iu.exec(question);
	if (creole?.[1]) return creole[1];
	const french = /^(.+?),?\s+(est|était|a|avait|sont|étaient|ont)-(?:t-)?(?:il|elle|ils|elles)\s+(.+)$/iu.exec(
		question,
	);
	if (french?.[1] && french[3]) return `${french[1]} ${french[2]} ${french[3]}`;
	const inverted = /^(is|are|was|were|has|have|had)\s+(.+)$/iu.exec(question);
	if (!inverted?.[1] || !inverted[2]) return undefined;
	const [, verb, rest] = inverted;
	// "Was it Reuters that…": a cleft, whose name in focus is credited with the rest.
	if (/^(?:it|that)\s/iu.test(rest))
		return `${rest.slice(0, rest.indexOf(' '))} ${verb.toLowerCase()}${rest.slice(rest.indexOf(' '))}`;
	const words = rest.split(/\s+/);
	const end = words.findIndex((word, i) => i > 0 && predicateStart.test(word));
	if (end <= 0) return undefined;
	return [...words.slice(0, end), verb, ...words.slice(end)].join(' ');
}

/**
 * "Was Moïse the prez or the PM?": a statement that offers two alternatives, each held against
 * the report; the one it gives, where it gives one and denies the other.
 */
function eitherOf(ctx: Answering, question: string, statement: string): Answer | undefined {
	const offered = /^(.*?)(\S+(?:\s+\S+){0,3})\s+(?:or|ou|oswa)\s+(\S+(?:\s+\S+){0,3})$/u.exec(statement);
	if (!offered?.[2] || !offered[3]) return undefined;
	const [, before = '', first, second] = offered;
	// The first alternative opens as the second does ("the president or the prime minister"), or has as many words.
	const words = `${before}${first}`.trim().split(/\s+/);
	const lead = second.split(/\s+/)[0] ?? '';
	const opening = articles.has(fold(lead)) ? words.lastIndexOf(lead) : -1;
	const from = opening > 0 ? opening : Math.max(1, words.length - second.split(/\s+/).length);
	const stem = words.slice(0, from).join(' ');
	const alternatives = [words.slice(from).join(' '), second];
	const { base, index } = ctx.tools;
	const verdicts = alternatives.map((alternative) => {
		const claims = checkClaims(base, index, spelledOut(`${stem} ${alternative}`, base));
		return {
			alternative,
			matched: claims.find((claim) => claim.verdict === 'matches' && claim.text !== stem.trim()),
			differs: claims.some((claim) => claim.verdict === 'differs'),
		};
	});
	const [yes, ...others] = verdicts.filter((verdict) => verdict.matched && !verdict.differs);
	if (!yes?.matched || others.length > 0) return undefined;
	return ctx.tools.facts(question, yes.matched.facts, `${capitalised(yes.alternative)}: ${yes.matched.report}`);
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const articles = new Set(['the', 'a', 'an', 'le', 'la', 'les', 'un', 'une', 'l']);

/**
 * Text-speak spelled out in a text as typed ("the prez" → "the president"), and the data's
 * one-word names as the data writes them ("moise" → "Moise"), its other words kept as they are:
 * the message check reads names by their capitals.
 */
function spelledOut(text: string, base: FactBase): string {
	const names = new Map(
		base.entities
			.flatMap((entity) => [entity.name, ...entity.aliases])
			.filter((name) => /^\p{Lu}\p{Ll}+$/u.test(name))
			.map((name) => [fold(name), name]),
	);
	return text
		.split(/(\s+)/)
		.map((token) => names.get(fold(token)) ?? textSpeakTable.match([fold(token)], 0)?.value ?? token)
		.join('');
}

/** A line quoted in a question ('the "poorest country" line'), in any of the quotation marks people type. */
const quotedLine = /(?<![\p{L}\p{N}])["“«‘']\s*([^"”»]{8,}?)\s*["”»’'](?![\p{L}])/u;
/** Words that ask whether the report has something (folded text). */
const inTheReport =
	/\b(?:in the (?:report|article|piece|story|text)|(?:report|article) (?:say|says|said|use|uses)|make (?:it|that) up|made (?:it|that) up|dans (?:le rapport|l article|le texte)|nan (?:rapo|atik) (?:a|la))\b/;

/**
 * "Is the 'poorest country in the Western Hemisphere' line actually in the report?": yes, with
 * the facts whose own words have it; no where none does.
 */
export function quotedInReport(ctx: Answering, question: string, read: ReadText): Answer | undefined {
	const line = quotedLine.exec(read.cleaned)?.[1];
	if (!line || !inTheReport.test(fold(read.cleaned))) return undefined;
	const wanted = fold(line);
	// The fact whose own words are closest to the line: the shortest quote that has it.
	const [fact] = ctx.tools.base.facts
		.filter((candidate) => fold(candidate.quote).includes(wanted))
		.sort((a, b) => a.quote.length - b.quote.length);
	if (!fact) return ctx.tools.notFound(question, { heading: `No: the report doesn’t say “${line}”.` });
	return ctx.tools.facts(question, [fact], `Yes, the report says “${line}”:`);
}
