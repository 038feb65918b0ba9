/**
 * The years a fact base speaks of: in its reports' words, their publication dates, and the dates
 * its facts resolve to ("last October" is 2023). A question about another year asks about
 * something the reports do not cover.
 */
import type { FactBase } from '../fact-base.js';
import type { SearchIndex } from '../search-index.js';
import { whenOf } from '../when.js';
import { type Query, strangersIn } from './query.js';

const known = new WeakMap<FactBase, ReadonlySet<string>>();

/**
 * @example
 * yearsOf(base).has('2021'); // true: the report dates the assassination to 2021
 * yearsOf(base).has('2004'); // false
 */
export function yearsOf(base: FactBase): ReadonlySet<string> {
	let years = known.get(base);
	if (!years) {
		const found = new Set<string>();
		for (const report of base.reports) {
			for (const [year] of report.text.matchAll(/\b(?:19|20)\d\d\b/g)) found.add(year);
			if (report.published) found.add(report.published.slice(0, 4));
		}
		for (const fact of base.facts) {
			const date = whenOf(fact)?.date;
			if (date) found.add(date.slice(0, 4));
		}
		years = found;
		known.set(base, years);
	}
	return years;
}

/**
 * What a question names that the reports never do: names the data does not know, and years
 * they never speak of ("Which country led the UN force sent in 2004?").
 */
export function strangersOf(typed: string, query: Query, index: SearchIndex, base: FactBase): string[] {
	const years = yearsOf(base);
	return [...strangersIn(typed, query, index), ...query.years.filter((year) => !years.has(year))];
}
