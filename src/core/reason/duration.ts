import { formatDate } from '../when.js';

const dayMs = 86_400_000;
const monthDays = 365.25 / 12;

/** The first and last day a partial date ("2017", "2022-12", "2021-07-07") can mean, as UTC ms. */
export function spanOf(date: string): [number, number] {
	const [year = 0, month, day] = date.split('-').map(Number);
	if (day !== undefined && month !== undefined) {
		const at = Date.UTC(year, month - 1, day);
		return [at, at];
	}
	if (month !== undefined) return [Date.UTC(year, month - 1, 1), Date.UTC(year, month, 0)];
	return [Date.UTC(year, 0, 1), Date.UTC(year, 11, 31)];
}

/** Days as years to the nearest half: 1280 days → "3½". */
function halfYears(days: number): string {
	const halves = Math.round((days / monthDays / 12) * 2);
	return `${Math.floor(halves / 2)}${halves % 2 ? '½' : ''}`;
}

/**
 * The time from one dated event to another, as a reader says it, with the range the dates'
 * precision allows (`low` and `high`, in days): "about 6 years (between 5½ and 6½ years: the report gives only the year
 * of 2017)".
 *
 * @example
 * describeDuration('2021-07-07', '2022-12'); // { text: 'about 1 year and 5 months (17 months)', … }
 */
export function describeDuration(
	from: string,
	to: string,
): { text: string; arithmetic: string; negative: boolean; low: number; high: number } {
	const [fromStart, fromEnd] = spanOf(from);
	const [toStart, toEnd] = spanOf(to);
	const negative = toEnd < fromStart;
	const [a, b] = negative
		? [toEnd - fromStart, toStart - fromEnd].map(Math.abs)
		: [toStart - fromEnd, toEnd - fromStart];
	const low = Math.max(0, Math.min(a ?? 0, b ?? 0)) / dayMs;
	const high = Math.max(a ?? 0, b ?? 0) / dayMs;
	const middle = (low + high) / 2;
	const months = middle / monthDays;
	let text: string;
	// 23.6 months is "about 2 years", not "1 year and 12 months".
	if (from.length === 4 && to.length === 4 && from !== to) {
		// Two years alone ("from 2017 to 2023") are as far apart as their numbers: counted by year, not to the day.
		const years = Math.abs(Number(to) - Number(from));
		text = `${years} year${years === 1 ? '' : 's'}, counted by year`;
	} else if (Math.round(months) >= 24) {
		const years = Math.round(months / 12);
		// The range to the half year: a year known only as "2017" spans 3½ to 4½ years to July 2021, not 4 to 5.
		const [lowYears, highYears] = [halfYears(low), halfYears(high)];
		text = `about ${years} years${lowYears !== highYears ? ` (between ${lowYears} and ${highYears} years)` : ''}`;
	} else if (months >= 12) {
		const whole = Math.round(months);
		const rest = whole - 12;
		text = `about 1 year${rest > 0 ? ` and ${rest} month${rest === 1 ? '' : 's'}` : ''} (${whole} months)`;
	} else if (months >= 2 || (low !== high && months >= 1)) {
		// Dates known to the month are told in months: "about 2 months", not "about 61 days".
		text = `about ${Math.round(months)} months`;
	} else {
		const days = Math.round(middle);
		text = `${low === high ? '' : 'about '}${days} day${days === 1 ? '' : 's'}`;
	}
	const imprecise = [from, to].filter((date) => date.length < 10);
	const lengths = new Set(imprecise.map((date) => date.length));
	const unit = lengths.size > 1 ? 'month or year' : lengths.has(4) ? 'year' : 'month';
	const note =
		imprecise.length > 0 ? `; the report dates ${imprecise.map(formatDate).join(' and ')} only to the ${unit}` : '';
	return {
		text,
		arithmetic: `from ${formatDate(negative ? to : from)} to ${formatDate(negative ? from : to)}${note}`,
		negative,
		low,
		high,
	};
}
