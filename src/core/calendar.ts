import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { When } from '../data/schema.js';
import { cachedOnDisk } from './disk-cache.js';
import { englishMonths, formatDate } from './when.js';

/** How finely a place on the calendar is known: a day, a month, a year, or a span of days. */
export type CalendarPrecision = 'day' | 'month' | 'year' | 'range';

/**
 * Where a fact's time sits on the calendar. Dates the report gives are placed as given; dates it
 * gives only relative to itself ("Saturday night") are worked out from its publication date,
 * marked `resolved`, and keep the report's words beside the date.
 */
export interface CalendarPlace {
	/** The report's own words. */
	words: string;
	/** First day of the period, YYYY-MM-DD. */
	start: string;
	/** Last day of the period, YYYY-MM-DD. */
	end: string;
	precision: CalendarPrecision;
	/** How a relative date was worked out, e.g. "from the report’s date"; absent when the report gives the date. */
	resolved?: string;
	/** The words name the month (and day) and resolving only adds the year: the label shows just that. */
	addsYear?: boolean;
}

const day = 86_400_000;
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
const timeOf = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromReport = 'from the report’s date';
const yearFromReport = 'the year from the report’s date';

/**
 * Spans that end on the publication date, which no date parser reads as a span: "this week" is
 * the week ending on publication, "in recent days" the days before it (taken as a week).
 */
const spansToPublication: readonly { pattern: RegExp; how: string }[] = [
	{ pattern: /\b(?:this|that) week\b|\bcette semaine\b/i, how: 'the week up to the report’s date' },
	{
		pattern: /\b(?:recent|past|last few) days\b|\bces derniers jours\b|\bdepuis quelques jours\b/i,
		how: 'the days up to the report’s date, taken as a week',
	},
];

/**
 * Places a fact's time on the calendar.
 *
 * @param when - the fact's `when` or `asOf`: the report's words, and its date when it gives one
 * @param published - the report's publication date (YYYY-MM-DD); without one, relative words stay unplaced
 * @param language - the report's language, for reading relative words
 * @returns the place, or undefined when the words cannot be placed
 *
 * @example
 * placeWhen({ words: 'Saturday night' }, '2024-03-03')
 * // → { start: '2024-03-02', end: '2024-03-02', precision: 'day', resolved: 'from the report’s date', … }
 */
export function placeWhen(
	when: When,
	published: string | null | undefined,
	language = 'en',
	resolve: typeof resolveRelative = resolveRelative,
): CalendarPlace | undefined {
	if (when.date) return placeGiven(when.words, when.date);
	if (published?.length !== 10) return undefined;
	return resolve(when.words, published, language);
}

/** A date the report gives, at its own precision. */
function placeGiven(words: string, date: string): CalendarPlace {
	const [year, month, dayOfMonth] = date.split('-');
	if (dayOfMonth) return { words, start: date, end: date, precision: 'day' };
	if (month)
		return { words, start: `${date}-01`, end: iso(Date.UTC(Number(year), Number(month), 0)), precision: 'month' };
	return { words, start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year' };
}

/**
 * Words that date something relative to another event, not to the report: "la veille" (the day
 * before), "the next day". Placing them from the publication date would be wrong.
 */
const relativeToAnotherEvent =
	/\b(?:la veille|le lendemain|the next day|the following day|the day after)\b|\bthe day before\b(?!\s+\p{L}+day\b)/iu;

const monthNames: Record<string, number> = Object.fromEntries(
	[
		...'january february march april may june july august september october november december'.split(' '),
		...'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
	].map((name, i) => [name, (i % 12) + 1]),
);
const monthPattern = new RegExp(`\\b(${Object.keys(monthNames).join('|')})\\b`, 'i');

/**
 * Works out words the report dates relative to itself, from its publication date. A weekday is the
 * latest one up to publication ("Saturday night" → the Saturday before); a month or a day with no
 * year is the latest one not after publication ("last October", "February 7"); "this week" and
 * "in recent days" are the spans ending on publication. Anything else stays unplaced.
 *
 * @param language - the report's language: "fr" reads French words ("samedi soir", "7 février")
 */
export function resolveRelative(words: string, published: string, language = 'en'): CalendarPlace | undefined {
	const end = timeOf(published);
	if (relativeToAnotherEvent.test(words) || /\b(?:1[89]|20)\d{2}\b/.test(words)) return undefined;
	for (const { pattern, how } of spansToPublication) {
		if (pattern.test(words)) return span(words, iso(end - 6 * day), published, how);
	}
	const parser = chrono(language === 'fr' ? 'fr' : 'en');
	// Noon UTC, so no time zone moves the reference to another day.
	const [parsed] = parser.parse(words, { instant: new Date(end + day / 2), timezone: 0 });
	const weekday = parsed?.start.get('weekday');
	const dayOfMonth = parsed?.start.isCertain('day') ? parsed.start.get('day') : null;
	const month = parsed?.start.isCertain('month') ? parsed.start.get('month') : monthOf(words);
	let found: string | undefined;
	let how = fromReport;
	if (month && dayOfMonth && /\d/.test(words)) {
		found = latestOn(published, month, dayOfMonth);
		how = yearFromReport;
	} else if (parsed?.start.isCertain('day')) {
		found = iso(parsed.start.date().getTime()); // "yesterday", "the day before Friday"
	} else if (weekday !== null && weekday !== undefined && parsed?.start.isCertain('weekday')) {
		// "Saturday night" in a report of Sunday: the day before; of a Saturday: that day.
		found = iso(end - ((new Date(end).getUTCDay() - weekday + 7) % 7) * day);
	} else if (month) {
		const year = Number(published.slice(0, 4)) - (month > Number(published.slice(5, 7)) ? 1 : 0);
		const first = `${year}-${String(month).padStart(2, '0')}`;
		return {
			...placeGiven(words, first),
			resolved: `the ${monthName(month)} before the report’s date`,
			addsYear: true,
		};
	}
	if (!found || found > published) return undefined;
	return {
		words,
		start: found,
		end: found,
		precision: 'day',
		resolved: how,
		...(how === yearFromReport ? { addsYear: true } : {}),
	};
}

type ChronoLocale = Pick<typeof import('chrono-node/en'), 'parse'>;
const chronoLocales: Partial<Record<'en' | 'fr', ChronoLocale>> = {};

/**
 * chrono-node's parser for a language, loaded on first use: loading it and its first parse take
 * a few hundred milliseconds of start-up, and a start that finds the data's relative dates
 * cached (`cachedRelativePlaces`) never parses one.
 */
function chrono(language: 'en' | 'fr'): ChronoLocale {
	chronoLocales[language] ??= createRequire(import.meta.url)(`chrono-node/${language}`) as ChronoLocale;
	return chronoLocales[language];
}

/** chrono-node's version, part of the cache key: another version may read words differently. */
function chronoVersion(): string {
	let dir = path.dirname(createRequire(import.meta.url).resolve('chrono-node'));
	for (; dir !== path.dirname(dir); dir = path.dirname(dir)) {
		const file = path.join(dir, 'package.json');
		if (!existsSync(file)) continue;
		const { name, version } = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
		if (name === 'chrono-node') return version ?? '';
	}
	return '';
}

/** Bumped whenever how `resolveRelative` reads words changes, so places cached by an older one are not reused. */
const relativeVersion = 1;

/** Relative words as a report dates them: what `resolveRelative` reads. */
export interface RelativeWords {
	words: string;
	published: string;
	language: string;
}

const relativeKey = ({ words, published, language }: RelativeWords) => `${language}|${published}|${words}`;

/**
 * `resolveRelative` for a data set's relative dates, kept on disk between runs: the places depend
 * only on the words, their reports' dates and languages (and chrono-node's and this code's
 * versions), so a restart or a reload of the same data reads them back without loading chrono-node.
 * Words outside `inputs` are resolved as they come.
 */
export function cachedRelativePlaces(inputs: readonly RelativeWords[]): typeof resolveRelative {
	const unique = [...new Map(inputs.map((input) => [relativeKey(input), input])).values()];
	const places = cachedOnDisk('dates', [relativeVersion, chronoVersion(), unique], () =>
		unique.map(({ words, published, language }) => resolveRelative(words, published, language) ?? null),
	);
	const known = new Map(unique.map((input, i) => [relativeKey(input), places[i] ?? undefined]));
	return (words, published, language = 'en') => {
		const key = relativeKey({ words, published, language });
		return known.has(key) ? known.get(key) : resolveRelative(words, published, language);
	};
}

function monthOf(words: string): number | undefined {
	const name = monthPattern.exec(words)?.[1]?.toLowerCase();
	return name ? monthNames[name] : undefined;
}

/** The latest given day of a month that is not after `published`. */
function latestOn(published: string, month: number, dayOfMonth: number): string {
	const year = Number(published.slice(0, 4));
	const candidate = iso(Date.UTC(year, month - 1, dayOfMonth));
	return candidate > published ? iso(Date.UTC(year - 1, month - 1, dayOfMonth)) : candidate;
}

function span(words: string, start: string, end: string, how: string): CalendarPlace {
	return { words, start, end, precision: 'range', resolved: how };
}

/** "February 26 – March 3, 2024"; across years, both years. */
export function formatSpan(start: string, end: string): string {
	const [first, last] = [formatDate(start), formatDate(end)];
	if (start.slice(0, 4) !== end.slice(0, 4)) return `${first} – ${last}`;
	return `${first.replace(/, \d{4}$/, '')} – ${last}`;
}

function monthName(month: number): string {
	return englishMonths[month - 1] ?? '';
}

/**
 * What a timeline or an answer shows for a place: the date alone when the report gives it;
 * for a resolved one, the report's words with what resolving adds (the date, or only the year
 * when the words name the month) and how it was found.
 *
 * @example
 * placeLabel(placeWhen({ words: 'Saturday night' }, '2024-03-03'))
 * // → "Saturday night (March 2, 2024, from the report’s date)"
 */
export function placeLabel(place: CalendarPlace): string {
	const date = placeDate(place);
	if (!place.resolved) return date;
	const words = place.words.charAt(0).toUpperCase() + place.words.slice(1);
	// "The day before Friday (Thursday, …)": the weekday of a day worked out, unless the words name it.
	const day = place.precision === 'day' ? weekdays[weekdayOf(place.start)] : undefined;
	const weekday = day && !new RegExp(`\\b${day}\\b`, 'i').test(place.words) ? `${day}, ` : '';
	// "February 7 (2024, …)": what the words already say is not said twice.
	return `${words} (${place.addsYear ? place.start.slice(0, 4) : `${weekday}${date}`}, ${place.resolved})`;
}

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** The day of the week of a YYYY-MM-DD date, 0 for Sunday. */
function weekdayOf(date: string): number {
	const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
	return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The date alone, at its precision: "March 2, 2024", "October 2023", "2021", "February 26 – March 3, 2024". */
export function placeDate({ start, end, precision }: CalendarPlace): string {
	switch (precision) {
		case 'day':
			return formatDate(start);
		case 'month':
			return formatDate(start.slice(0, 7));
		case 'year':
			return start.slice(0, 4);
		case 'range':
			return formatSpan(start, end);
	}
}

/**
 * Calendar order: by the period's last day, so a month or a year (told as a whole) follows the
 * days inside it, as "2021" follows "July 7, 2021"; of two periods ending together, the shorter first.
 */
export function compareByCalendar(a: CalendarPlace, b: CalendarPlace): number {
	return a.end < b.end ? -1 : a.end > b.end ? 1 : a.start > b.start ? -1 : a.start < b.start ? 1 : 0;
}

/** A range of days, either end open: what `from` and `to` (YYYY, YYYY-MM or YYYY-MM-DD) cover. */
export interface DayRange {
	first?: string;
	last?: string;
}

/** The days from the start of `from` to the end of `to`: "2021" to "2022-02" is 2021-01-01 to 2022-02-28. */
export function dayRange(from?: string, to?: string): DayRange {
	return { ...(from ? { first: placeGiven('', from).start } : {}), ...(to ? { last: placeGiven('', to).end } : {}) };
}

/** Does a place overlap a range of days? */
export function placeWithin(place: CalendarPlace, { first, last }: DayRange): boolean {
	return !(first && place.end < first) && !(last && place.start > last);
}
