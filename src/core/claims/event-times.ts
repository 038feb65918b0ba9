/**
 * A time named by an event rather than a date: "a headcount from the night of the attack", "the
 * inmates during the siege". Where the report dates both the figure and the event, a figure said
 * to be of the event's time is held against the two dates.
 */
import type { Fact } from '../../data/schema.js';
import { placeWithin } from '../calendar.js';
import { chronologyOf } from '../chronology.js';
import type { FactBase } from '../fact-base.js';
import type { SearchIndex } from '../search-index.js';
import { type Claim, claim, relevant } from './claim.js';

/** "the night of the attack", "at the time of the siege", "during the raid": the event's words after. */
const eventTime =
	/\b(?:(?:the\s+)?(?:night|day|time|morning|evening|eve|weekend|week|moment)\s+of|during|amid|at\s+the\s+time\s+of)\s+(?:the\s+)?(\p{L}[\p{L}'’-]*(?:\s+(?!(?:and|but|or|when|because)\b)\p{L}[\p{L}'’-]*){0,3})/iu;

/**
 * The figure's claim, differing where the clause says it is of an event's time the figure's date
 * does not reach; undefined where it says nothing of one, or the report dates either not at all.
 *
 * @example
 * // 'the 3,687 figure is a headcount from the night of the attack' → differs: the count is of February 2023
 */
export function ofAnotherTime(
	judged: Claim,
	clause: string,
	figure: Fact,
	base: FactBase,
	index: SearchIndex,
): Claim | undefined {
	const named = eventTime.exec(clause)?.[1];
	if (!named || figure.kind !== 'figure') return undefined;
	const chronology = chronologyOf(base);
	const counted = chronology.placeOf(figure);
	const [event] = relevant(base, index, named, { limit: 1 }).filter(({ fact }) => fact.kind === 'event');
	const when = event && chronology.placeOf(event.fact);
	if (!counted || !when || !event || placeWithin(counted, { first: when.start, last: when.end })) return undefined;
	return claim(
		judged.text,
		'differs',
		[figure, event.fact],
		`The report gives this figure as of ${counted.words}, not of ${when.words}: ${figure.answer}`,
	);
}
