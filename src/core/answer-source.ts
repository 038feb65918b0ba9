import type { LoadedReport } from '../data/load.js';
import type { Answer, Suggestion } from './answer.js';
import type { Digest, PreviousDigest } from './digest.js';
import type { TimelineOptions } from './engine.js';

/** A value now, or later: every answer may come from an engine in another thread. */
export type Awaitable<T> = T | Promise<T>;

/** What the answers come from, known without asking: for provenance lines, digest footers and metrics. */
export interface Sources {
	reports: readonly LoadedReport[];
	facts: number;
}

/**
 * What the transports and commands ask of the engine. `AnswerEngine` is one, answering at once
 * in this thread (the console, the CLIs, tests); the bot's engine thread is another, answering
 * from a worker so that reading a question never holds up the gateway or the HTTP endpoint.
 * Every answer is plain data, so it crosses threads as it is.
 *
 * @example
 * const answer = await source.ask('how many inmates?');
 * const report = reportOf(source.sources, 'report-1'); // for its provenance line
 */
export interface AnswerSource {
	ask(question: string): Awaitable<Answer>;
	lookup(query: string): Awaitable<Answer>;
	/** Each claim of a message against the facts. */
	check(message: string): Awaitable<Answer>;
	complete(input: string): Awaitable<Suggestion[]>;
	leaders(coalition?: string): Awaitable<Answer>;
	coalitions(text?: string): Awaitable<Suggestion[]>;
	prisonFigures(prison?: string): Awaitable<Answer>;
	prisons(text?: string): Awaitable<Suggestion[]>;
	timeline(options?: TimelineOptions): Awaitable<Answer>;
	about(): Awaitable<Answer>;
	/** A guild's digest: the standing answers, and what is new since its previous one. */
	digest(previous: PreviousDigest | undefined): Awaitable<Digest>;
	readonly sources: Sources;
}

/** A report by id, for a provenance line. */
export function reportOf(sources: Sources, id: string): LoadedReport | undefined {
	return sources.reports.find((report) => report.id === id);
}
