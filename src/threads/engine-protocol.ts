import type { AnswerSource, Sources } from '../core/answer-source.js';
import type { DataProblem } from '../data/problems.js';
import type { ReloadResult } from '../live-engine.js';

/** The questions the engine thread answers: every method of `AnswerSource`. */
export const answerMethods = [
	'ask',
	'lookup',
	'check',
	'complete',
	'leaders',
	'coalitions',
	'prisonFigures',
	'prisons',
	'timeline',
	'about',
	'digest',
] as const satisfies readonly Exclude<keyof AnswerSource, 'sources'>[];

export type AnswerMethod = (typeof answerMethods)[number];

/** To the engine thread. */
export type Request = { id: number; method: AnswerMethod; args: unknown[] } | { id: number; reload: true };

/** From the engine thread: its start, then one reply per request, by id. */
export type Reply =
	| { loaded: Sources }
	/** The data failed to load at start-up: its problems, or why reading stopped. */
	| { failed: { problems: DataProblem[] } | { message: string } }
	| { id: number; result: unknown; sources?: Sources }
	| { id: number; error: string };

export type { ReloadResult };
