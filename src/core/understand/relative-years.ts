/**
 * "Last year", "this year" in a question, as the years they are from the reports' point of view:
 * a member asks on the day a report came out, so "the murders last year" are those of the year
 * before its date. French and Creole ("l'année dernière", "ane pase") reach here in English.
 */
import type { FactBase } from '../fact-base.js';

/** How many years before the newest report's year each phrase means. */
const relativeYears = new Map([
	['last year', 1],
	['past year', 1],
	['previous year', 1],
	['this year', 0],
]);

const latestYear = new WeakMap<FactBase, number | undefined>();

/** The year the newest report was published, if any report gives its date. */
function newestYear(base: FactBase): number | undefined {
	if (!latestYear.has(base)) {
		const years = base.reports.flatMap((report) => (report.published ? [Number(report.published.slice(0, 4))] : []));
		latestYear.set(base, years.length > 0 ? Math.max(...years) : undefined);
	}
	return latestYear.get(base);
}

/**
 * The words with each relative year written as the year it is.
 *
 * @example
 * // with a report published in March 2024:
 * withYearsResolved(['murders', 'last', 'year'], base); // ['murders', '2023']
 */
export function withYearsResolved(words: readonly string[], base: FactBase): readonly string[] {
	const newest = newestYear(base);
	if (newest === undefined || !words.includes('year')) return words;
	const resolved: string[] = [];
	for (let at = 0; at < words.length; at++) {
		const back = relativeYears.get(`${words[at]} ${words[at + 1]}`);
		if (back === undefined) {
			resolved.push(words[at] as string);
			continue;
		}
		resolved.push(String(newest - back));
		at++;
	}
	return resolved;
}
