import { AnswerEngine } from './core/engine.js';
import { type ReadOffThreadOptions, type ReadOutcome, readDataOffThread } from './data/read-off-thread.js';
import { loadEngine } from './load-engine.js';

export type ReloadResult =
	| {
			ok: true;
			facts: number;
			added: string[];
			removed: string[];
			changed: string[];
			/** What the new facts changed in the figures: updates, corrections, new disagreements. */
			figures: string[];
	  }
	/** The new data failed: the first problems (one line each) and how many there were in all. */
	| { ok: false; problems: string[]; count: number }
	/** Another reload was already running; this one did nothing. */
	| { ok: false; busy: true };

export interface ReloadOptions {
	/** How long a reload may take before it is abandoned, keeping the current data (default 30 s). */
	timeoutMs?: number;
	/** How many problems a failed reload lists; the rest are counted (default 20). */
	maxProblems?: number;
	/** Reads and checks the data directory, off the main thread (default: a worker thread). */
	read?: (dataDir: string, options: ReadOffThreadOptions) => Promise<ReadOutcome>;
}

/**
 * The engine the bot answers from, and its reload: new data is read and validated in full, in a
 * worker thread with a time limit, and indexed before it replaces the old, so a broken, huge or
 * hung file never takes the bot down, stalls its answers or leaves it half-loaded.
 */
export class LiveEngine {
	#current: AnswerEngine;
	#reloading = false;
	readonly #options: Required<ReloadOptions>;

	private constructor(
		readonly dataDir: string,
		engine: AnswerEngine,
		options: ReloadOptions,
	) {
		this.#current = engine;
		this.#options = { timeoutMs: 30_000, maxProblems: 20, read: readDataOffThread, ...options };
	}

	/** Loads the data at start-up, in-process: nothing is being answered yet. */
	static async load(dataDir: string, options: ReloadOptions = {}): Promise<LiveEngine> {
		return new LiveEngine(dataDir, await loadEngine(dataDir), options);
	}

	static of(engine: AnswerEngine, dataDir: string, options: ReloadOptions = {}): LiveEngine {
		return new LiveEngine(dataDir, engine, options);
	}

	get current(): AnswerEngine {
		return this.#current;
	}

	/** Reloads the data directory; while one reload runs, another request is refused and says so. */
	async reload(): Promise<ReloadResult> {
		if (this.#reloading) return { ok: false, busy: true };
		this.#reloading = true;
		try {
			return await this.#reload();
		} finally {
			this.#reloading = false;
		}
	}

	async #reload(): Promise<ReloadResult> {
		const { read, timeoutMs, maxProblems } = this.#options;
		const stop = new AbortController();
		let timer: NodeJS.Timeout | undefined;
		const timedOut = new Promise<ReadOutcome>((resolve) => {
			timer = setTimeout(() => {
				const problem = `the reload took longer than ${formatSeconds(timeoutMs)} and was abandoned (a data file on a slow or hung disk?)`;
				stop.abort(problem);
				resolve({ ok: false, problems: [problem], count: 1 });
			}, timeoutMs);
		});
		const outcome = await Promise.race([read(this.dataDir, { signal: stop.signal, maxProblems }), timedOut]).finally(
			() => clearTimeout(timer),
		);
		if (!outcome.ok) return { ok: false, problems: outcome.problems, count: outcome.count };
		let next: AnswerEngine;
		try {
			next = new AnswerEngine(outcome.data);
		} catch (error) {
			return { ok: false, problems: [`the index could not be built: ${(error as Error).message}`], count: 1 };
		}
		const before = new Map(this.#current.base.facts.map((fact) => [fact.id, JSON.stringify(fact)]));
		const after = next.base.facts;
		const ids = new Set(after.map((fact) => fact.id));
		this.#current = next;
		return {
			ok: true,
			facts: after.length,
			added: after.filter((fact) => !before.has(fact.id)).map((fact) => fact.id),
			removed: [...before.keys()].filter((id) => !ids.has(id)),
			changed: after.filter((f) => before.has(f.id) && before.get(f.id) !== JSON.stringify(f)).map((f) => f.id),
			figures: next.figureChanges((fact) => before.has(fact.id)).lines,
		};
	}
}

function formatSeconds(ms: number): string {
	return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}
