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

export function sourceOf(fact: Fact): Source {
	return { factId: fact.id, reportId: fact.report, paragraph: fact.paragraph, quote: fact.quote, basis: fact.basis };
}
