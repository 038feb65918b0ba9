/**
 * Time said to lie between two events: "warned six years before its Feb 2023 count", "the deal
 * was struck 5 months after Moise died". Worked out from the dates the report gives each event,
 * at the precision both have (years, or months when both have a month).
 */
import type { Fact } from '../../data/schema.js';
import type { FactBase } from '../fact-base.js';
import type { SearchIndex } from '../search-index.js';
import { whenOf } from '../when.js';
import { type Claim, claim, relevant } from './claim.js';
import { type Span, valuesIn } from './values.js';

export interface Duration extends Span {
	/** How long, in months. */
	months: number;
	/** Whether the message hedges it ("like 5 months", "about six years"). */
	rough: boolean;
	/** The earlier-or-later word: "before" puts the clause's event first, "after" second. */
	direction: 'before' | 'after';
}

const unitMonths: Readonly<Record<string, number>> = { year: 12, years: 12, month: 1, months: 1 };

const durationPattern =
	/(?<![\p{L}])(like |about |around |roughly |nearly |almost |some )?(\d+|[\p{L}-]+) (years?|months?) (before|after|later|earlier)(?![\p{L}])/giu;

/** The durations a clause states between its event and another. */
export function durationsIn(text: string): Duration[] {
	const found: Duration[] = [];
	for (const m of text.matchAll(durationPattern)) {
		// "a year after": one.
		const [number] = /^(?:a|an)$/i.test(m[2] ?? '')
			? [{ kind: 'number' as const, value: 1 }]
			: valuesIn(m[2] ?? '').filter((v) => v.kind === 'number');
		if (number?.kind !== 'number' || !m[3] || !m[4]) continue;
		const start = m.index ?? 0;
		const direction = m[4] === 'before' || m[4] === 'earlier' ? 'before' : 'after';
		const months = number.value * (unitMonths[m[3].toLowerCase()] ?? 1);
		found.push({ start, end: start + m[0].length, months, rough: Boolean(m[1]), direction });
	}
	return found;
}

/** A date as months since year 0, and whether it has a month. */
function monthsOf(date: string): { at: number; month: boolean } {
	const [year, month] = date.split('-').map(Number);
	return { at: (year ?? 0) * 12 + ((month ?? 1) - 1), month: month !== undefined };
}

/** The first dated fact a stretch of words speaks of, with its date. */
function datedFact(words: string, base: FactBase, index: SearchIndex): { fact: Fact; date: string } | undefined {
	for (const { fact } of relevant(base, index, words, { minCoverage: 0.3, limit: 3 })) {
		const date = whenOf(fact)?.date;
		if (date) return { fact, date };
	}
	return undefined;
}

/**
 * A duration held against the dates of the two events it lies between: the clause's own (the
 * words before it) and the one it is counted from (the words after it). Nothing when the report
 * dates either one not.
 */
export function durationClaim(
	duration: Duration,
	clause: string,
	text: string,
	base: FactBase,
	index: SearchIndex,
): Claim | undefined {
	const own = datedFact(clause.slice(0, duration.start), base, index);
	const from = datedFact(clause.slice(duration.end), base, index);
	if (!own || !from || own.fact === from.fact) return undefined;
	const [a, b] = [monthsOf(own.date), monthsOf(from.date)];
	// "before": the clause's event comes first, so the other is later by the duration.
	const gap = duration.direction === 'before' ? b.at - a.at : a.at - b.at;
	const byMonth = a.month && b.month;
	const said = byMonth ? duration.months : Math.round(duration.months / 12);
	const reported = byMonth ? gap : Math.round(gap / 12);
	const slack = duration.rough ? Math.max(1, said * 0.15) : byMonth ? 1 : 0;
	const verdict = Math.abs(said - reported) <= slack ? 'matches' : 'differs';
	const unit = byMonth ? 'months' : 'years';
	return claim(
		text,
		verdict,
		[own.fact, from.fact],
		`The report dates them ${reported} ${unit} apart: ${own.fact.answer} ${from.fact.answer}`,
	);
}
