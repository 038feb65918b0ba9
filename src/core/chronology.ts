import type { Fact } from '../data/schema.js';
import {
	type CalendarPlace,
	cachedRelativePlaces,
	compareByCalendar,
	placeWhen,
	type RelativeWords,
} from './calendar.js';
import type { FactBase } from './fact-base.js';
import { whenOf } from './when.js';

/** One event on the timeline: the fact told, the same event as other reports tell it, and its place. */
export interface TimelineEntry {
	fact: Fact;
	/** The same event told by other reports (`sameAs`): one entry, several sources. */
	alsoTold: Fact[];
	/** Undefined when the report dates it only relative to itself and has no publication date. */
	place: CalendarPlace | undefined;
}

/**
 * Every dated fact of a fact base on one calendar, ordered once. Each fact's time is placed from
 * its own report's publication date; the same event told twice is one entry. Built once per fact
 * base (which never changes), so a timeline request only filters and takes the page it shows.
 */
export class Chronology {
	/** Entries with a place, in calendar order. */
	readonly placed: readonly TimelineEntry[];
	/** Entries no calendar can hold yet, in their reports' order. */
	readonly unplaced: readonly TimelineEntry[];
	readonly #places = new Map<string, CalendarPlace | undefined>();
	/** Resolves the report-relative words of this base's facts from the cache when it has them. */
	readonly #resolve: ReturnType<typeof cachedRelativePlaces>;

	constructor(readonly base: FactBase) {
		const relative: RelativeWords[] = [];
		for (const fact of base.facts) {
			const when = whenOf(fact);
			const report = base.report(fact.report);
			if (when && !when.date && report?.published?.length === 10)
				relative.push({ words: when.words, published: report.published, language: report.language ?? 'en' });
		}
		this.#resolve = cachedRelativePlaces(relative);
		const told = base.facts.filter(
			(fact) => whenOf(fact) && (fact.kind === 'event' || fact.kind === 'statement' || fact.basis === 'stated'),
		);
		const retold = new Map<string, Fact[]>();
		for (const fact of told) {
			const first = fact.kind === 'event' && fact.sameAs ? base.fact(fact.sameAs) : undefined;
			if (!first) continue;
			retold.set(first.id, [...(retold.get(first.id) ?? []), fact]);
		}
		const entries: TimelineEntry[] = [];
		for (const fact of told) {
			if (fact.kind === 'event' && fact.sameAs && base.fact(fact.sameAs)) continue;
			const alsoTold = retold.get(fact.id) ?? [];
			// The finest place any telling gives: a report that dates the event beats one that does not.
			const places = [fact, ...alsoTold].flatMap((f) => this.placeOf(f) ?? []);
			const place = places.sort((a, b) => precisionRank(a) - precisionRank(b))[0];
			entries.push({ fact, alsoTold, place });
		}
		const published = (fact: Fact) => base.report(fact.report)?.published ?? '';
		// Publication dates (YYYY, YYYY-MM, YYYY-MM-DD or none) order the same by code point as by
		// localeCompare, which would load ICU's collation data (~3 MB) into the engine thread at start.
		const byPublished = (a: Fact, b: Fact) => {
			const [first, second] = [published(a), published(b)];
			return first < second ? -1 : first > second ? 1 : 0;
		};
		this.placed = entries
			.filter((entry) => entry.place)
			.sort(
				(a, b) =>
					compareByCalendar(a.place as CalendarPlace, b.place as CalendarPlace) ||
					byPublished(a.fact, b.fact) ||
					base.reportOrder(a.fact, b.fact),
			);
		this.unplaced = entries.filter((entry) => !entry.place).sort((a, b) => base.reportOrder(a.fact, b.fact));
	}

	/**
	 * Where a fact's time sits on the calendar, worked out from its report's publication date when
	 * the report gives it only in relative words. Undefined for facts with no time, or none that can be placed.
	 */
	placeOf(fact: Fact): CalendarPlace | undefined {
		if (this.#places.has(fact.id)) return this.#places.get(fact.id);
		const when = whenOf(fact);
		const report = this.base.report(fact.report);
		const place = when ? placeWhen(when, report?.published, report?.language, this.#resolve) : undefined;
		this.#places.set(fact.id, place);
		return place;
	}

	/** When a figure holds: its as-of date, or else its report's publication date (a report speaks of its present). */
	asOf(fact: Fact): CalendarPlace | undefined {
		const published = this.base.report(fact.report)?.published;
		return this.placeOf(fact) ?? (published ? placeWhen({ words: 'when reported', date: published }, null) : undefined);
	}
}

const precisions = { day: 0, range: 1, month: 2, year: 3 } as const;
function precisionRank(place: CalendarPlace): number {
	return precisions[place.precision];
}

/** The chronology of a fact base, placed once and shared by whatever asks of it: answers and the message check. */
const chronologies = new WeakMap<FactBase, Chronology>();
export function chronologyOf(base: FactBase): Chronology {
	let chronology = chronologies.get(base);
	if (!chronology) {
		chronology = new Chronology(base);
		chronologies.set(base, chronology);
	}
	return chronology;
}
