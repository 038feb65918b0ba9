import type { Fact, When } from '../data/schema.js';

export type Precision = 'day' | 'month' | 'year';

export function precisionOf(date: string): Precision {
	const parts = date.split('-').length;
	return parts === 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

/** The time a fact is pinned to, if any: an event's date, a statement's, a figure's as-of date. */
export function whenOf(fact: Fact): When | undefined {
	switch (fact.kind) {
		case 'event':
			return fact.when;
		case 'statement':
			return fact.when;
		case 'figure':
			return fact.asOf;
		default:
			return undefined;
	}
}

/**
 * Orders calendar dates; within the same period the coarser date comes last, so "2021"
 * (sometime that year) follows "2021-07-07" and a year's total follows its months.
 */
export function compareDates(a: string, b: string): number {
	return sortKey(a).localeCompare(sortKey(b));
}

function sortKey(date: string): string {
	const [year, month = '13', day = '32'] = date.split('-');
	return `${year}-${month}-${day}`;
}

/**
 * English month names, written out rather than asked of Intl: the first Intl.DateTimeFormat loads
 * ICU's locale data, tens of milliseconds of the engine's start-up, for twelve fixed words.
 */
export const englishMonths = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
] as const;

/** "2021-07-07" → "July 7, 2021"; "2022-12" → "December 2022"; "2023" → "2023". */
export function formatDate(date: string): string {
	const [year, month, day] = date.split('-').map(Number);
	if (month === undefined) return String(year);
	const name = englishMonths[month - 1];
	return day === undefined ? `${name} ${year}` : `${name} ${day}, ${year}`;
}

/** Does a partial date's period overlap [from, to] (both partial dates, either optional)? */
export function withinRange(date: string, from?: string, to?: string): boolean {
	const start = date.padEnd(10, date.length === 4 ? '-01-01' : '-01');
	const end = endOf(date);
	if (from && end < from.padEnd(10, from.length === 4 ? '-01-01' : '-01')) return false;
	if (to && start > endOf(to)) return false;
	return true;
}

function endOf(date: string): string {
	const [year, month, day] = date.split('-');
	if (day) return date;
	if (month) return `${year}-${month}-31`;
	return `${year}-12-31`;
}
