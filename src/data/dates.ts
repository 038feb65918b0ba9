/*
 * The date forms the data uses, checked without zod: the engine checks a timeline's bounds with
 * these on every request, and the engine thread never loads zod when the data's check is reused.
 */

/** A calendar date at the precision the report gives it: "2021", "2022-12" or "2021-07-07". */
export const partialDatePattern = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Does a YYYY, YYYY-MM or YYYY-MM-DD date exist on the calendar (no February 30)? */
export function isRealDate(value: string): boolean {
	const [year, month = 1, day = 1] = value.split('-').map(Number);
	const date = new Date(Date.UTC(year ?? 0, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** What `partialDateSchema` accepts. */
export function isPartialDate(value: unknown): value is string {
	return typeof value === 'string' && partialDatePattern.test(value) && isRealDate(value);
}
