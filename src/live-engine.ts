import type { AnswerEngine } from './core/engine.js';
import { DataError, formatProblem } from './data/problems.js';
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
	| { ok: false; problems: string[] };

/**
 * The engine the bot answers from, and its reload: new data is validated in full and indexed
 * before it replaces the old, so a broken file never takes the bot down or leaves it half-loaded.
 */
export class LiveEngine {
	#current: AnswerEngine;
	#reloading: Promise<ReloadResult> | undefined;

	private constructor(
		readonly dataDir: string,
		engine: AnswerEngine,
	) {
		this.#current = engine;
	}

	static async load(dataDir: string): Promise<LiveEngine> {
		return new LiveEngine(dataDir, await loadEngine(dataDir));
	}

	static of(engine: AnswerEngine, dataDir: string): LiveEngine {
		return new LiveEngine(dataDir, engine);
	}

	get current(): AnswerEngine {
		return this.#current;
	}

	/** Reloads the data directory; a reload already running is shared, not repeated. */
	reload(): Promise<ReloadResult> {
		this.#reloading ??= this.#reload().finally(() => {
			this.#reloading = undefined;
		});
		return this.#reloading;
	}

	async #reload(): Promise<ReloadResult> {
		let next: AnswerEngine;
		try {
			next = await loadEngine(this.dataDir);
		} catch (error) {
			if (error instanceof DataError) return { ok: false, problems: error.problems.map(formatProblem) };
			return { ok: false, problems: [(error as Error).message] };
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
