import type { Fact } from '../data/schema.js';

/** Where an answer's words come from: a fact and the report's own sentence behind it. */
export interface Source {
	factId: string;
	reportId: string;
	paragraph: number;
	quote: string;
	basis: Fact['basis'];
}

export interface AnswerItem {
	fact: Fact;
	/** Shown before the text: a date, a coalition, a metric. */
	label?: string;
	text: string;
	/** Why the report does not simply state this, for inferred facts; caveats for stated ones. */
	note?: string;
	/** The arithmetic behind a derived figure. */
	arithmetic?: string;
	source: Source;
	/** For inferred and derived facts: the stated facts the conclusion rests on. */
	support: Source[];
	/** The same thing as other reports tell it: one item, several sources. */
	alsoFrom?: Source[];
	/**
	 * A date the report gives only relative to itself, worked out from its publication date, in the
	 * report's words with how: "Saturday night (March 2, 2024, from the report’s date)".
	 */
	resolvedDate?: string;
	/** For a figure reported more than once: the other values, latest first, and where they disagree. */
	series?: SeriesLine[];
}

/** Another value of the same figure, from the same or another report. */
export interface SeriesLine {
	/** earlier or later: another time; superseded: corrected by a later report; differs: another source, same time. */
	status: 'earlier' | 'later' | 'superseded' | 'differs';
	text: string;
	source: Source;
}

export interface Suggestion {
	label: string;
	/** What to ask to get it: an id the engine answers directly. */
	query: string;
}

export type AnswerKind = 'facts' | 'entity' | 'leaders' | 'prison' | 'timeline' | 'check' | 'about' | 'not-found';

/**
 * An answer as data, for every renderer: the direct answer first (heading, then items), caveats
 * in notes, sources on every item. `found` is false when the report does not answer the question.
 */
export interface Answer {
	kind: AnswerKind;
	question: string;
	found: boolean;
	heading?: string;
	items: AnswerItem[];
	notes: string[];
	suggestions: Suggestion[];
}

/** How each kind of series line is introduced to a reader. */
export const seriesLabels: Record<SeriesLine['status'], string> = {
	earlier: 'Earlier',
	later: 'Later',
	superseded: 'Superseded',
	differs: 'Reports differ',
};

export function sourceOf(fact: Fact): Source {
	return { factId: fact.id, reportId: fact.report, paragraph: fact.paragraph, quote: fact.quote, basis: fact.basis };
}

/** Where else an item is told: the same event in other reports, the other values of a figure. */
export function otherSources(item: AnswerItem): Source[] {
	return [...(item.alsoFrom ?? []), ...(item.series ?? []).map((line) => line.source)];
}
