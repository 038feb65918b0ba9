import type { Fact, FigureFact } from '../data/schema.js';
import type { CalendarPlace } from './calendar.js';
import type { FactBase } from './fact-base.js';
import { normalize } from './text.js';

/**
 * One value of a figure: like a statement in Wikidata, a value at a point in time with its
 * reference (the fact, its report and its source) and a rank: current, or superseded by a
 * later report's correction.
 */
export interface SeriesValue {
	fact: FigureFact;
	/** When the value holds: its as-of date, or its report's publication date when it gives none. */
	time: CalendarPlace | undefined;
	/** The later report's figure that corrects this one. */
	supersededBy?: FigureFact;
}

/** Every value reported for one subject and measure, latest first. */
export interface FigureSeries {
	key: string;
	values: SeriesValue[];
	/** The latest values that stand: several when sources disagree about the same time. */
	current: SeriesValue[];
	/** Sources give different values for the latest time: they are shown side by side, never averaged. */
	differ: boolean;
}

/**
 * Which series a figure belongs to: its first subject, its measure and its unit. Derived figures
 * are computed from stated ones and are not a report's value, so they form no series.
 */
export function seriesKey(fact: Fact): string | undefined {
	if (fact.kind !== 'figure' || fact.basis === 'derived') return undefined;
	return `${fact.about[0]}|${normalize(fact.metric)}|${normalize(fact.unit)}`;
}

/** The value as a reader compares it: the number, or the report's words when it gives none. */
export function comparable(fact: FigureFact): string {
	return fact.value !== null ? String(fact.value) : normalize(fact.estimate ?? '');
}

const sameTime = (a: CalendarPlace | undefined, b: CalendarPlace | undefined) =>
	a?.start === b?.start && a?.end === b?.end;

/** Latest first: by the end of the period the value holds for, then the later report. */
function latestFirst(base: FactBase) {
	const published = (fact: Fact) => base.report(fact.report)?.published ?? '';
	return (a: SeriesValue, b: SeriesValue) =>
		(b.time?.end ?? '').localeCompare(a.time?.end ?? '') ||
		(b.time?.start ?? '').localeCompare(a.time?.start ?? '') ||
		published(b.fact).localeCompare(published(a.fact)) ||
		base.reportOrder(a.fact, b.fact);
}

/**
 * The figure series of a fact base, built once: figures about the same subject and measure from
 * every report, ordered over their as-of dates, with corrections and disagreements marked.
 */
export class SeriesIndex {
	readonly series: readonly FigureSeries[];
	readonly #byFact = new Map<string, FigureSeries>();

	/**
	 * @param base - the facts
	 * @param timeOf - where a figure's as-of date sits on the calendar (relative words resolved)
	 */
	constructor(base: FactBase, timeOf: (fact: Fact) => CalendarPlace | undefined) {
		const corrections = new Map<string, FigureFact>();
		for (const fact of base.facts)
			if (fact.kind === 'figure' && fact.supersedes) corrections.set(fact.supersedes, fact);
		const groups = new Map<string, SeriesValue[]>();
		for (const fact of base.facts) {
			const key = seriesKey(fact);
			if (!key || fact.kind !== 'figure') continue;
			const value: SeriesValue = { fact, time: timeOf(fact) };
			const by = corrections.get(fact.id);
			if (by) value.supersededBy = by;
			groups.set(key, [...(groups.get(key) ?? []), value]);
		}
		const order = latestFirst(base);
		const series: FigureSeries[] = [];
		for (const [key, values] of groups) {
			values.sort(order);
			const standing = values.filter((value) => !value.supersededBy);
			const current = standing.filter((value) => sameTime(value.time, standing[0]?.time));
			const differ = new Set(current.map((value) => comparable(value.fact))).size > 1;
			const one: FigureSeries = { key, values, current, differ };
			series.push(one);
			for (const value of values) this.#byFact.set(value.fact.id, one);
		}
		this.series = series;
	}

	/** The series a figure belongs to, when it has more than one value. */
	of(fact: Fact): FigureSeries | undefined {
		const found = this.#byFact.get(fact.id);
		return found && found.values.length > 1 ? found : undefined;
	}

	/** The figure an answer leads with: the latest standing value of the fact's series, or the fact itself. */
	lead(fact: Fact): Fact {
		return this.of(fact)?.current[0]?.fact ?? fact;
	}
}

/** How another value of a series relates to the one shown. */
export type Relation = 'earlier' | 'later' | 'superseded' | 'differs' | 'agrees';

/** The other values of `shown`'s series, each with how it relates to it, latest first. */
export function relatedValues(series: FigureSeries, shown: FigureFact): { value: SeriesValue; relation: Relation }[] {
	const mine = series.values.find((value) => value.fact.id === shown.id);
	const index = series.values.findIndex((value) => value.fact.id === shown.id);
	return series.values
		.filter((value) => value.fact.id !== shown.id)
		.map((value) => {
			let relation: Relation;
			if (value.supersededBy) relation = 'superseded';
			else if (sameTime(value.time, mine?.time))
				relation = comparable(value.fact) === comparable(shown) ? 'agrees' : 'differs';
			else relation = series.values.indexOf(value) < index ? 'later' : 'earlier';
			return { value, relation };
		});
}

/** What changed in the figures when facts arrived: later values, corrections, new disagreements. */
export interface FigureChange {
	kind: 'updated' | 'corrected' | 'differs';
	series: FigureSeries;
	/** The arriving fact that made the change. */
	fact: FigureFact;
	/** The value it updates, corrects or disagrees with. */
	previous: FigureFact;
}

/**
 * The changes the facts not `known` before make to the series: a later value than any known one,
 * a correction of a known value, or a value that differs from a known one for the same time.
 */
export function figureChanges(index: SeriesIndex, known: (fact: Fact) => boolean): FigureChange[] {
	const changes: FigureChange[] = [];
	for (const series of index.series) {
		const old = series.values.filter((value) => known(value.fact));
		const arrived = series.values.filter((value) => !known(value.fact));
		if (old.length === 0 || arrived.length === 0) continue;
		const [oldLatest] = old.filter((value) => !value.supersededBy);
		for (const value of arrived) {
			const corrected = old.find((o) => o.supersededBy?.id === value.fact.id);
			const clash = old.find(
				(o) => !o.supersededBy && sameTime(o.time, value.time) && comparable(o.fact) !== comparable(value.fact),
			);
			if (corrected) changes.push({ kind: 'corrected', series, fact: value.fact, previous: corrected.fact });
			else if (clash && series.current.includes(value))
				changes.push({ kind: 'differs', series, fact: value.fact, previous: clash.fact });
			else if (oldLatest && series.values.indexOf(value) < series.values.indexOf(oldLatest))
				changes.push({ kind: 'updated', series, fact: value.fact, previous: oldLatest.fact });
		}
	}
	return changes;
}
