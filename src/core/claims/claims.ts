import type { Entity, Fact } from '../../data/schema.js';
import type { FactBase } from '../fact-base.js';
import { stopwords, vagueWords } from '../language/lexicon.js';
import { readText } from '../language/read.js';
import type { SearchIndex } from '../search-index.js';
import { measures } from '../understand/measure.js';
import { buildQuery } from '../understand/query.js';
import { type Ranked, rank } from '../understand/rank.js';
import { formatDate, whenOf } from '../when.js';
import { changePattern, changeRange, compareChanges } from './changes.js';
import { type DateValue, isCalendarWord, type NumberValue, type Span, valuesIn } from './values.js';

export type Verdict = 'matches' | 'differs' | 'not_in_report';

/** One thing a message asserts, and what the report says of it. */
export interface Claim {
	/** The exact words of the message that carry the claim. */
	text: string;
	verdict: Verdict;
	/** The facts the verdict rests on. */
	facts: Fact[];
	/** What the report says about it, in one sentence. */
	report: string;
}

/** At most this many clauses and values of one message are checked; a rumour rarely has more than a few. */
const maxClauses = 40;
const maxValues = 30;

/** A clause must share this much with a fact for the fact to be what the clause speaks of. */
const relevantCoverage = 0.45;
/** A date is compared with the dated facts a clause comes near: a date is specific enough to be matched more loosely. */
const dateCoverage = 0.35;
/** Below this a description's fact is not the one it describes. */
const describingCoverage = 0.3;
/** A description ("a former soldier") matches only if the fact accounts for this much of it. */
const describedCoverage = 0.8;

const changeWords = changePattern;

/** Does a claim state a figure (a number or a change), rather than a date, a name or a description? */
export function statesFigure(claim: Claim): boolean {
	return (
		valuesIn(claim.text).some((value) => value.kind === 'number') ||
		new RegExp(changeWords.source, 'i').test(claim.text)
	);
}

/**
 * Splits a message into claims and holds each against the fact about the same subject and
 * measure: a number, a date, a change, a description, or who did or said something. A value is
 * "matches" only when that fact gives it; "differs" when that fact gives another; "not in the
 * report" when no fact about that subject and measure gives a value. A number is never
 * confirmed because it appears somewhere else in the report.
 */
export function checkClaims(base: FactBase, index: SearchIndex, message: string): Claim[] {
	const text = maskMarkup(message);
	const claims: Claim[] = [];
	let subject: Entity | undefined;
	let checked = 0;
	// A message is read clause by clause, up to a bound: the work one message costs stays bounded.
	for (const clause of clausesOf(text).slice(0, maxClauses)) {
		const values = valuesIn(clause.text).slice(0, Math.max(0, maxValues - checked));
		checked += values.length;
		const mentions = mentionsIn(clause.text, base);
		const named = mentions.flatMap((m) => (m.entity ? [m.entity.id] : []));
		const ranked = (exclude: Span[], limit = 3, minCoverage = relevantCoverage, boost?: (fact: Fact) => number) =>
			relevant(base, index, withoutSpans(clause.text, exclude), { limit, minCoverage, named, boost });
		const at = (span: Span) => message.slice(clause.start + span.start, clause.start + span.end);
		const changes = [...clause.text.matchAll(changeWords)].map((m) => ({
			words: m[0],
			start: m.index ?? 0,
			end: (m.index ?? 0) + m[0].length,
		}));

		// Each value is judged by the clause's other words, without the clause's other values.
		const others = [...changes, ...values];
		for (const change of changes) {
			const claim = changeClaim(change.words, at(change), ranked(others));
			if (claim) claims.push(claim);
		}
		for (const value of values) {
			if (value.kind === 'date') {
				claims.push(
					dateClaim(
						value,
						at(widen(clause.text, value, changes)),
						ranked(others, 5, dateCoverage),
						relevant(
							base,
							index,
							nextTo(
								withoutSpans(
									clause.text,
									others.filter((o) => o !== value),
								),
								value,
							),
							{
								minCoverage: 0.2,
								limit: 5,
								named,
							},
						),
					),
				);
			} else {
				const span = withUnit(clause.text, value);
				// What the number counts: the words after it ("of Haiti's main police unions"), or the
				// noun it is said to measure before it ("the population is 700").
				const after =
					clause.text
						.slice(value.end, value.end + 48)
						.split(/[,.;!?]/)[0]
						?.trim() ?? '';
				const unit = after || measuredBefore(clause.text.slice(0, value.start)).join(' ');
				claims.push(numberClaim(value, unit, at(span), ranked(others, 5, relevantCoverage, figureBoost), base, index));
			}
		}
		const own = mentions.find(
			(m) => m.entity && ['person', 'country', 'organisation', 'coalition'].includes(m.entity.kind),
		);
		subject = own?.entity ?? subject;
		claims.push(...entityClaims(clause, mentions, subject, base, index, at));
	}
	return claims;
}

interface Clause extends Span {
	text: string;
	/** The whole sentence, for a clause too short to say what it is about ("According to Reuters sources,"). */
	sentence: string;
}

function sentenceOf(text: string, at: number): string {
	const start = Math.max(0, ...[...text.slice(0, at).matchAll(/[.;!?]\s/g)].map((m) => (m.index ?? 0) + 2));
	const end = text.slice(at).search(/[.;!?](\s|$)/);
	return text.slice(start, end < 0 ? text.length : at + end);
}

/** Discord markup blanked out with spaces, so offsets into the message stay true. */
function maskMarkup(message: string): string {
	const blank = (match: string) => ' '.repeat(match.length);
	return message
		.replace(/<(?:@[!&]?|#|a?:\w+:)\d+>/g, blank)
		.replace(/@(?:everyone|here)\b/g, blank)
		.replace(/:[a-z0-9_+-]{2,}:/gi, blank)
		.replace(/\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u200d\ufe0f]/gu, (m) => ' '.repeat(m.length));
}

/** Clauses: sentences, split further at commas and at "and"/"but" before a new verb, never inside a date or number. */
function clausesOf(text: string): Clause[] {
	const protectedSpans = valuesIn(text);
	const inside = (at: number) => protectedSpans.some((v) => at > v.start && at < v.end);
	const clauses: Clause[] = [];
	let start = 0;
	const separator =
		/[.;!?](?=\s|$)|,\s|\s(?:and|but|so|while|though)\s(?=(?:\S+\s){0,6}?(?:is|are|was|were|has|have|had|says|said|\w+ed|\w+s)\b)/g;
	for (const m of text.matchAll(separator)) {
		const at = m.index ?? 0;
		if (inside(at)) continue;
		if (text.slice(start, at).trim())
			clauses.push({ start, end: at, text: text.slice(start, at), sentence: sentenceOf(text, at) });
		start = at + m[0].length;
	}
	if (text.slice(start).trim())
		clauses.push({ start, end: text.length, text: text.slice(start), sentence: sentenceOf(text, start) });
	return clauses;
}

function withoutSpans(text: string, spans: Span[]): string {
	let out = text;
	for (const span of spans) out = out.slice(0, span.start) + ' '.repeat(span.end - span.start) + out.slice(span.end);
	return out;
}

/**
 * The facts a clause speaks of, best first. A figure counts only if it is about an entity the
 * clause names (when it names any): "Haiti has 11 million people" is not about a prison's
 * population. Derived figures stand for themselves here, not for their inputs.
 */
function relevant(
	base: FactBase,
	index: SearchIndex,
	text: string,
	{
		limit = 3,
		minCoverage = relevantCoverage,
		named = [] as string[],
		boost = (() => 1) as (fact: Fact) => number,
	}: { limit?: number; minCoverage?: number; named?: string[]; boost?: ((fact: Fact) => number) | undefined } = {},
): Ranked[] {
	const read = readText(text);
	const query = buildQuery(read.words, read.language, index);
	return rank(query, index, base, { minCoverage, boost, inheritDerived: false })
		.filter(
			({ fact }) =>
				fact.kind !== 'figure' || named.length === 0 || base.entitiesOf(fact).some((id) => named.includes(id)),
		)
		.slice(0, limit);
}

/** A number is most likely a figure's, and a stated one before one worked out from it. */
const figureBoost = (fact: Fact) => (fact.kind !== 'figure' ? 1 : fact.derivation ? 1.2 : 1.5);

/** A date's words with the preposition and verb before it: "assassinated in 2021", "since 2019". */
function widen(text: string, value: Span, claimed: Span[]): Span {
	const before = /(?:\b\w+ed\s+)?(?:\b(?:in|on|since|from|back in|as of|by)\s+)?$/i.exec(text.slice(0, value.start));
	const start = value.start - (before?.[0].length ?? 0);
	// Not over words that are a claim of their own ("tripled in 2023": "tripled" is one).
	const overlap = claimed.find((span) => span.end > start && span.start < value.start);
	return { start: overlap ? Math.max(overlap.end + 1, start) : start, end: value.end };
}

/** A number with the noun it counts: "700 inmates", "3,687 places". */
function withUnit(text: string, value: Span): Span {
	const after =
		/^\s+(?:[a-z]+\s+)?(?:inmates|prisoners|places|people|detainees|beds|troops|officers|police officers|fighters|homicides|deaths)\b/i.exec(
			text.slice(value.end),
		);
	return { start: value.start, end: value.end + (after?.[0].length ?? 0) };
}

function numberClaim(
	value: NumberValue,
	unit: string,
	text: string,
	ranked: Ranked[],
	base: FactBase,
	index: SearchIndex,
): Claim {
	const said = value.value;
	// What the number counts, when the message says ("700 inmates"): a figure of another measure (700 places) is not it.
	const counted = unit
		.toLowerCase()
		.split(/[^\p{L}]+/u)
		.filter(Boolean)
		.slice(0, 1);
	// A figure must be of this measure and about what the clause says of it ("12 people died" is no prison's population).
	const facts = ranked.filter(
		({ fact, predicate }) => fact.kind !== 'figure' || (predicate && measures(fact, counted, index)),
	);
	// A figure's number is its value; another fact's numbers are those its quote states of the same thing.
	const numbersOf = (fact: Fact) =>
		fact.kind === 'figure' ? (fact.value === null ? [] : [fact.value]) : numbersInQuote(fact, unit);
	for (const { fact } of facts) {
		if (numbersOf(fact).some((number) => sameNumber(number, said))) return claim(text, 'matches', [fact]);
	}
	// The figure of this measure the clause is about gives another number.
	const figure = facts.find(({ fact }) => fact.kind === 'figure' && fact.value !== null);
	const [best] = facts;
	if (figure?.fact.kind === 'figure' && figure.fact.value !== null) {
		const fact = figure.fact;
		const value = figure.fact.value;
		const by = fact.reportedBy ? `, according to ${base.name(fact.reportedBy)}` : '';
		const asOf = fact.asOf ? `, as of ${fact.asOf.date ? formatDate(fact.asOf.date) : fact.asOf.words}` : '';
		return claim(
			text,
			'differs',
			[fact],
			`The report gives ${value.toLocaleString('en-US')} ${fact.unit}${asOf}${by}.`,
		);
	}
	const quoted = facts.find(({ fact }) => fact.kind !== 'figure' && numbersOf(fact).length > 0);
	if (quoted) return claim(text, 'differs', [quoted.fact], `The report says: “${quoted.fact.quote}”`);
	if (best?.fact.kind === 'figure' && best.fact.estimate) {
		return claim(
			text,
			'not_in_report',
			[best.fact],
			`The report gives no number for ${best.fact.metric}; it says only “${best.fact.estimate}”.`,
		);
	}
	return claim(text, 'not_in_report', best ? [best.fact] : [], 'The report gives no number for this.');
}

/** "the population is (about) 700", "capacity of 700": the noun a number is said to measure, before it. */
function measuredBefore(before: string): string[] {
	// "the capacity of the prison is 700": the head of the phrase, not the noun it is of.
	const trimmed = before.replace(/\s+of\s+(?:the\s+|its\s+|this\s+|that\s+)?\p{L}+(?=\s+(?:is|was|are|were)\b)/iu, '');
	const found =
		/(\p{L}+)\s+(?:is|was|are|were|of|at|stood at|stands at|reached|hit|totals?|totalled|totaled)\s+(?:about|around|only|just|like|roughly|nearly|almost|over|under|some|a mere)?\s*$/iu.exec(
			trimmed,
		);
	const noun = found?.[1]?.toLowerCase();
	return noun && !stopwords.en.has(noun) ? [noun] : [];
}

/**
 * The numbers a quote gives of the thing a claim counts: "Two of Haiti’s main police unions"
 * gives 2 of unions, and nothing of prisoners. Without a unit, no number qualifies.
 */
function numbersInQuote(fact: Fact, unit: string): number[] {
	const nouns = unit
		.toLowerCase()
		.split(/[^\p{L}]+/u)
		.filter((word) => word.length > 3 && !stopwords.en.has(word))
		.map((word) => word.replace(/s$/, ''));
	if (nouns.length === 0) return [];
	const quote = fact.quote.toLowerCase();
	return valuesIn(fact.quote)
		.filter((value): value is NumberValue => value.kind === 'number')
		.filter((value) => {
			const after = quote.slice(value.end, value.end + 40);
			return nouns.some((noun) => after.includes(noun));
		})
		.map((value) => value.value);
}

function sameNumber(reported: number, said: number): boolean {
	return reported === said || Math.round(reported) === said;
}

/** The words around a value, a few either side: what the value itself is about ("the [December 2022] deal"). */
function nextTo(text: string, value: Span): string {
	const before = text.slice(0, value.start).split(/\s+/).filter(Boolean).slice(-2).join(' ');
	const after = text.slice(value.end).split(/\s+/).filter(Boolean).slice(0, 2).join(' ');
	return `${before} ${after}`;
}

/**
 * A date is held against the dated facts the clause speaks of (each saying what is done, not
 * only naming who), the one the words next to the date point at first: in "supposed to step
 * down February 17 under the December 2022 deal", February 17 is the handover's date and
 * December 2022 the deal's.
 */
function dateClaim(value: DateValue, text: string, facts: Ranked[], near: Ranked[]): Claim {
	const dated = facts.filter(({ fact, predicate }) => whenOf(fact) && predicate);
	const pointedAt = ties(near.filter(({ predicate }) => predicate));
	// The words next to the date name something the report does not date ("became prime minister in 2024").
	const [undated] = pointedAt;
	if (undated && !pointedAt.some(({ fact }) => whenOf(fact))) {
		return claim(text, 'not_in_report', [undated.fact], 'The report gives no date for this.');
	}
	const pointed = pointedAt.filter(({ fact }) => dated.some((d) => d.fact === fact));
	// Among those, the clause's own ranking decides which is meant first.
	const order = (r: Ranked) => dated.findIndex((d) => d.fact === r.fact);
	const pool = (pointed.length > 0 ? pointed : ties(dated)).sort((a, b) => order(a) - order(b));
	// A date more precise than the report's is not confirmed by it ("July 8, 2021" against "2021").
	const precise = pool.filter(({ fact }) => (whenOf(fact)?.date?.length ?? 10) >= (value.date?.length ?? 0));
	for (const { fact } of precise) {
		if (sameDate(value, fact)) return claim(text, 'matches', [fact]);
	}
	const [best] = precise.length > 0 ? precise : pool;
	if (!best) return claim(text, 'not_in_report', facts[0] ? [facts[0].fact] : [], 'The report gives no date for this.');
	if (precise.length === 0) {
		const when = whenOf(best.fact);
		return claim(text, 'not_in_report', [best.fact], `The report gives only ${when?.words}: ${best.fact.answer}`);
	}
	const when = whenOf(best.fact);
	const said = when?.date ? `${when.words} (${formatDate(when.date)})` : when?.words;
	return claim(text, 'differs', [best.fact], `The report dates this to ${said}: ${best.fact.answer}`);
}

/** The facts that rank as well as the first (within a few points of coverage). */
function ties(ranked: Ranked[]): Ranked[] {
	const top = Math.max(...ranked.map((r) => r.coverage));
	return ranked.filter((r) => r.coverage >= top - 0.05);
}

/** Does a date the message gives agree with a fact's date, at the precision both have? */
function sameDate(value: DateValue, fact: Fact): boolean {
	const when = whenOf(fact);
	if (!when) return false;
	if (when.date && value.date) {
		const shorter = Math.min(when.date.length, value.date.length);
		return when.date.slice(0, shorter) === value.date.slice(0, shorter);
	}
	// The report's own words: "last October", "Saturday night", "February 7".
	const [own] = valuesIn(when.words).filter((v): v is DateValue => v.kind === 'date');
	const parts = own ?? { words: when.words.toLowerCase() };
	if (value.date && !when.date) return false;
	return (
		(value.month === undefined ||
			('month' in parts && value.month === parts.month) ||
			(when.date ? Number(when.date.slice(5, 7)) === value.month : false)) &&
		(value.day === undefined || ('day' in parts && value.day === parts.day)) &&
		(value.weekday === undefined || ('weekday' in parts && value.weekday === parts.weekday)) &&
		(value.month !== undefined || value.day !== undefined || value.weekday !== undefined || value.words === parts.words)
	);
}

function changeClaim(words: string, text: string, facts: Ranked[]): Claim | undefined {
	const figure = facts.find(({ fact }) => fact.kind === 'figure' && fact.estimate)?.fact;
	if (figure?.kind !== 'figure' || !figure.estimate) return undefined;
	const [claimed, reported] = [changeRange(words), changeRange(figure.estimate)];
	if (!claimed || !reported) return undefined;
	return claim(text, compareChanges(claimed, reported), [figure], `The report says: ${figure.answer}`);
}

interface EntityMention extends Span {
	/** undefined: a proper name the data does not know ("Nigeria"). */
	entity: Entity | undefined;
}

/** An entity's name or alias that starts with a capital, and how it is found in a message. */
interface CapitalName {
	entity: Entity;
	name: string;
	/** The name as a pattern, its dots optional ("U.N." or "UN"); compiled on first use. */
	pattern?: RegExp;
}

/**
 * The names with a capital of a fact base, longest first, and each one's leading run of letters
 * and digits ("U" of "U.N.", "Jimmy" of "Jimmy Chérizier"), worked out once per fact base.
 */
interface CapitalNames {
	names: CapitalName[];
	/** leading run → positions in `names`, ascending */
	byLead: Map<string, number[]>;
	/** The longest leading run, in UTF-16 units: no longer start of a word can be one. */
	longestLead: number;
}

const capitalNamesByBase = new WeakMap<FactBase, CapitalNames>();

function capitalNames(base: FactBase): CapitalNames {
	let known = capitalNamesByBase.get(base);
	if (!known) {
		const names = base.entities
			.flatMap((entity) => [entity.name, ...entity.aliases].map((name) => ({ entity, name })))
			.filter(({ name }) => /^\p{Lu}/u.test(name))
			.sort((a, b) => b.name.length - a.name.length);
		const byLead = new Map<string, number[]>();
		let longestLead = 0;
		names.forEach(({ name }, i) => {
			const lead = /^[\p{L}\p{N}]+/u.exec(name)?.[0] ?? name;
			const positions = byLead.get(lead) ?? [];
			positions.push(i);
			byLead.set(lead, positions);
			longestLead = Math.max(longestLead, lead.length);
		});
		known = { names, byLead, longestLead };
		capitalNamesByBase.set(base, known);
	}
	return known;
}

/**
 * The positions in `names` of those that may be in a text: a name is found only where a run of
 * letters and digits starts (nothing of the kind may precede it), and its own leading run, which
 * has no dot to leave out, is that run's start. Checking only these finds what checking every
 * name would, without a pattern a name on every message.
 */
function candidateNames(text: string, { byLead, longestLead }: CapitalNames): number[] {
	const candidates = new Set<number>();
	for (const run of text.matchAll(/[\p{L}\p{N}]+/gu)) {
		const word = run[0];
		for (let end = 1; end <= Math.min(word.length, longestLead); end++) {
			for (const i of byLead.get(word.slice(0, end)) ?? []) candidates.add(i);
		}
	}
	return [...candidates].sort((a, b) => a - b);
}

/** Entities named with a capital (names, not common nouns like "police"), and unknown proper names. */
function mentionsIn(text: string, base: FactBase): EntityMention[] {
	const found: EntityMention[] = [];
	const taken = (start: number, end: number) => found.some((m) => start < m.end && end > m.start);
	const known = capitalNames(base);
	for (const i of candidateNames(text, known)) {
		const name = known.names[i] as CapitalName;
		name.pattern ??= new RegExp(
			`(?<![\\p{L}\\p{N}])${escapeRegExp(name.name).replace(/\\\./g, '\\.?')}(?![\\p{L}\\p{N}])`,
			'gu',
		);
		for (const m of text.matchAll(name.pattern)) {
			const start = m.index ?? 0;
			if (!taken(start, start + m[0].length)) found.push({ entity: name.entity, start, end: start + m[0].length });
		}
	}
	// Capitalised words that no entity has and that are not ordinary words: "Nigeria", and acronyms: "EU".
	for (const m of text.matchAll(/\b(?:\p{Lu}\p{Ll}{3,}|\p{Lu}{2,6})\b/gu)) {
		const start = m.index ?? 0;
		const word = m[0].toLowerCase();
		const acronym = m[0] === m[0].toUpperCase();
		if (taken(start, start + m[0].length) || (acronym ? titleAcronyms.has(m[0]) : ordinary(word))) continue;
		found.push({ entity: undefined, start, end: start + m[0].length });
	}
	return found.sort((a, b) => a.start - b.start);
}

/** Acronyms of titles and honorifics, which name no one by themselves: "the PM". */
const titleAcronyms = new Set([
	'PM',
	'MP',
	'VP',
	'CEO',
	'MR',
	'MRS',
	'MS',
	'DR',
	'US',
	'UK',
	'OK',
	'LOL',
	'TBH',
	'FYI',
	'BTW',
	'IMO',
	'RN',
]);

/** A word any English text may capitalise: a function word, a month or day, a word of the data's own. */
function ordinary(word: string): boolean {
	if (vagueWords.has(word) || stopwords.en.has(word) || isCalendarWord(word)) return true;
	return /^(?:according|president|prime|minister|premier|security|council|national|western|hemisphere|gangs?|police|prison|government)$/.test(
		word,
	);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Who did or said what, and what someone is: "Kenya offered to lead the force", "Reuters
 * reported…", "Barbecue is the prime minister", "sanctioned by the UN and the US".
 */
function entityClaims(
	clause: Clause,
	mentions: EntityMention[],
	subject: Entity | undefined,
	base: FactBase,
	index: SearchIndex,
	at: (span: Span) => string,
): Claim[] {
	const text = clause.text;
	const description = describes(text, mentions, subject);
	if (description) return descriptionClaim(description, text, base, index, at);
	return [...titleClaims(text, mentions, base, at), ...agentClaims(clause, mentions, base, index, at)];
}

interface Description {
	/** Who is described: the clause's subject, or the one carried from the clause before ("…, a former cop"). */
	who: Entity;
	/** The words that describe, article included: "the prime minister", "a former soldier". */
	predicate: Span;
	/** A name the predicate gives ("… is Jimmy Sergier"). */
	same: EntityMention | undefined;
}

/**
 * "X is (a|an|the) Y" or an appositive "a Y" after a named subject. Not "was assassinated",
 * "were released" or "has been sanctioned": those say what was done, not what someone is.
 */
function describes(text: string, mentions: EntityMention[], subject: Entity | undefined): Description | undefined {
	const appositive = /^\s*(?:a|an)\s+\S/i.exec(text);
	if (appositive && subject && mentions.length === 0) {
		return { who: subject, predicate: { start: text.search(/\S/), end: text.trimEnd().length }, same: undefined };
	}
	// Case matters: a capital after the verb is a name ("is Jimmy Sergier"), so no `i` flag here.
	const copula = /\b(?:is|was|are|were|'s|’s)\s+(?!been\b|being\b|not\b)(?=(?:a|an|the|A|An|The)\s|\p{Lu})/u.exec(text);
	if (!copula) return undefined;
	const start = (copula.index ?? 0) + copula[0].length;
	const who = mentions.filter((m) => m.end <= (copula.index ?? 0)).at(-1)?.entity ?? subject;
	if (!who) return undefined;
	const same = mentions.find(
		(m) => m.entity && m.start >= start && /^\s*(?:the\s+)?$/i.test(text.slice(start, m.start)),
	);
	return { who, predicate: { start, end: text.trimEnd().length }, same };
}

function descriptionClaim(
	description: Description,
	text: string,
	base: FactBase,
	index: SearchIndex,
	at: (span: Span) => string,
): Claim[] {
	const { who, predicate, same } = description;
	if (same?.entity) {
		const verdict = same.entity.id === who.id ? 'matches' : 'differs';
		const report =
			verdict === 'matches'
				? `${same.entity.name} and ${who.name} are the same in the report.`
				: `The report does not say that ${who.name} is ${same.entity.name}.`;
		return [claim(at(same), verdict, [], report)];
	}
	const span = trimTail(text, predicate);
	const words = text.slice(span.start, span.end);
	// What the report says of this one, closest to the description first; then who the description fits.
	const [own] = relevant(base, index, words, { minCoverage: 0, limit: 10 }).filter(({ fact }) =>
		base.entitiesOf(fact).includes(who.id),
	);
	if (own && own.coverage >= describedCoverage) {
		// "the 2nd poorest country": a rank or number the report does not give makes it another description;
		// so does a name it does not give there ("sanctioned by the UN and the EU").
		const names = mentionsIn(words, base);
		const involved = base.entitiesOf(own.fact).flatMap((id) => base.within(id));
		const named = names.every((m) => m.entity && involved.includes(m.entity.id));
		const verdict = ranksAgree(words, own.fact.quote) && named ? 'matches' : 'differs';
		return [claim(at(span), verdict, [own.fact])];
	}
	const [best] = relevant(base, index, words, { minCoverage: describingCoverage });
	if (
		best &&
		!base.entitiesOf(best.fact).includes(who.id) &&
		(best.fact.kind === 'leadership' || best.fact.kind === 'detail')
	) {
		return [claim(at(span), 'differs', [best.fact])];
	}
	if (own && own.coverage >= describingCoverage / 2) return [claim(at(span), 'differs', [own.fact])];
	return [];
}

/** Ordinals in words: "the second poorest". */
const ordinalWords =
	/\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|deuxi[eè]me|troisi[eè]me|dezy[eè]m|twazy[eè]m)\b/giu;

/** Does the report's text give every number and ordinal the description does? */
function ranksAgree(description: string, quote: string): boolean {
	const numbers = (text: string) => valuesIn(text).flatMap((value) => (value.kind === 'number' ? [value.value] : []));
	const quoted = new Set(numbers(quote));
	const ordinals = (text: string) => (text.match(ordinalWords) ?? []).map((word) => word.toLowerCase());
	const quotedOrdinals = new Set(ordinals(quote));
	return (
		numbers(description).every((number) => quoted.has(number)) &&
		ordinals(description).every((word) => quotedOrdinals.has(word))
	);
}

const titles = /\b(PM|Prime Minister|President|Premier)\s+$/i;

/** A title before a person's name: "PM Jovenel Moise" holds if the report gives him that title. */
function titleClaims(text: string, mentions: EntityMention[], base: FactBase, at: (span: Span) => string): Claim[] {
	const claims: Claim[] = [];
	for (const mention of mentions) {
		const person = mention.entity;
		const title = titles.exec(text.slice(0, mention.start));
		if (person?.kind !== 'person' || !title?.[1]) continue;
		const span = { start: title.index ?? 0, end: (title.index ?? 0) + title[1].length };
		const role = /^pm$/i.test(title[1]) ? 'prime minister' : title[1].toLowerCase();
		const names = [person.name, ...person.aliases].map((name) => name.split(' ').at(-1) ?? name);
		// Each name's pattern once, not once a fact.
		const patterns = names.map((name) => new RegExp(`\\b${role}\\s+(?:\\S+\\s+)?${escapeRegExp(name)}`, 'i'));
		const titled = base.facts.find((fact) => patterns.some((pattern) => pattern.test(fact.quote)));
		if (titled) {
			claims.push(claim(at(span), 'matches', [titled], `The report calls ${person.name} ${title[1]}.`));
			continue;
		}
		const holder = base.facts.find((fact) => fact.kind === 'leadership' && fact.role.toLowerCase().includes(role));
		if (holder) claims.push(claim(at(span), 'differs', [holder]));
	}
	return claims;
}

const attribution = new Set([
	'according',
	'source',
	'sources',
	'said',
	'says',
	'reported',
	'reports',
	'data',
	'shows',
	'show',
	'told',
	'selon',
	'dapre',
]);

/** Who is credited: the clause without the names says what was done or said; the fact that says it names who. */
function agentClaims(
	clause: Clause,
	mentions: EntityMention[],
	base: FactBase,
	index: SearchIndex,
	at: (span: Span) => string,
): Claim[] {
	const claims: Claim[] = [];
	const agents = mentions.filter((m) => !m.entity || !['place', 'prison'].includes(m.entity.kind));
	for (const group of groupAdjacent(clause.text, agents)) {
		let context = withoutSpans(clause.text, group);
		// "According to Reuters sources," says nothing by itself: the rest of the sentence does.
		const said = readText(context).words.filter((word) => word.length > 3 && !attribution.has(word));
		if (said.length < 2) context = clause.sentence.replace(clause.text, withoutSpans(clause.text, group));
		const [best] = relevant(base, index, context);
		if (!best) continue;
		const involved = base.entitiesOf(best.fact);
		const span = { start: group[0]?.start ?? 0, end: group.at(-1)?.end ?? 0 };
		const withArticle = /\bthe\s+$/i.test(clause.text.slice(0, span.start)) ? { ...span, start: span.start - 4 } : span;
		if (group.every((m) => m.entity && involved.includes(m.entity.id))) {
			claims.push(claim(at(withArticle), 'matches', [best.fact]));
			continue;
		}
		// Another of the same kind is credited: a different outlet, country or person.
		const agent = agentOf(best.fact, base);
		const sameKind = group.every(
			(m) =>
				!m.entity || m.entity.kind === agent?.kind || (m.entity.kind === 'organisation' && agent?.kind === 'media'),
		);
		if (agent && sameKind && !group.some((m) => m.entity?.id === agent.id)) {
			claims.push(
				claim(at(withArticle), 'differs', [best.fact], `The report credits this to ${agent.name}: ${best.fact.answer}`),
			);
			continue;
		}
		// A name the report does not have beside one it does ("the UN and the EU"): never confirmed.
		const strangers = group.filter((m) => !m.entity);
		if (strangers.length > 0 && group.some((m) => m.entity && involved.includes(m.entity.id))) {
			const names = strangers.map((m) => clause.text.slice(m.start, m.end)).join(', ');
			claims.push(
				claim(
					at(withArticle),
					'not_in_report',
					[best.fact],
					`The report does not name ${names} here: ${best.fact.answer}`,
				),
			);
		}
	}
	return claims;
}

/** Adjacent mentions joined by "and" or a comma are one claim: "the UN and the US". */
function groupAdjacent(clause: string, mentions: EntityMention[]): EntityMention[][] {
	const groups: EntityMention[][] = [];
	for (const mention of mentions) {
		const last = groups.at(-1);
		const previous = last?.at(-1);
		if (last && previous && /^\s*(?:,|and|&)?\s*(?:the\s+)?$/i.test(clause.slice(previous.end, mention.start)))
			last.push(mention);
		else groups.push([mention]);
	}
	return groups;
}

/** Who a fact credits: the speaker or outlet of a statement, the source of a figure, the leader in a leadership. */
function agentOf(fact: Fact, base: FactBase): Entity | undefined {
	const id =
		fact.kind === 'statement'
			? (fact.outlet ?? fact.speaker)
			: fact.kind === 'figure'
				? fact.reportedBy
				: fact.kind === 'leadership'
					? fact.leader
					: undefined;
	return id ? base.entity(id) : undefined;
}

/** A span without the chat tail after it: "the gang boss 🤡", "a former policeman lol". */
function trimTail(clause: string, span: Span): Span {
	const text = clause.slice(span.start, span.end);
	const trimmed = text.replace(/(?:[\s,.!?]+(?:lol|lmao|fr|btw|tbh|smh|ngl))*[\s,.!?]*$/i, '');
	return { start: span.start, end: span.start + trimmed.length };
}

function claim(text: string, verdict: Verdict, facts: Fact[], report?: string): Claim {
	const [fact] = facts;
	const sentence =
		report ??
		(verdict === 'matches' && fact
			? `The report says: ${fact.answer}`
			: fact
				? `The report says: ${fact.answer}`
				: 'The report does not say.');
	return { text: text.trim(), verdict, facts, report: sentence };
}
