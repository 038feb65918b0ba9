import type { Clock } from '../../src/digest/clock.js';

interface Sleeper {
	at: number;
	resolve: () => void;
}

/**
 * A clock that moves only when a test says so. Sleepers wake in time order as it advances, each
 * given a moment to run before the next, so a scheduler sees time pass as it would for real.
 */
export class ManualClock implements Clock {
	#now: number;
	#sleepers: Sleeper[] = [];
	readonly #rearm: boolean;
	#slept: (() => void) | undefined;
	#awaitingSleeper: (() => void)[] = [];

	/**
	 * `rearm`: after waking a sleeper, wait until something sleeps again before moving on. For a
	 * scheduler whose store answers over the network, which a moment of the event loop can't cover;
	 * every sleeper woken must then sleep again (as a scheduler's loop does).
	 */
	constructor(start: number | string, { rearm = false }: { rearm?: boolean } = {}) {
		this.#now = typeof start === 'string' ? Date.parse(start) : start;
		this.#rearm = rearm;
	}

	now(): number {
		return this.#now;
	}

	sleep(ms: number, signal?: AbortSignal): Promise<void> {
		return new Promise((resolve, reject) => {
			if (signal?.aborted) return reject(signal.reason);
			const sleeper: Sleeper = { at: this.#now + Math.max(0, ms), resolve };
			this.#sleepers.push(sleeper);
			this.#slept?.();
			for (const resolve of this.#awaitingSleeper.splice(0)) resolve();
			signal?.addEventListener(
				'abort',
				() => {
					this.#sleepers = this.#sleepers.filter((s) => s !== sleeper);
					reject(signal.reason);
				},
				{ once: true },
			);
		});
	}

	/**
	 * Resolves once something sleeps on this clock (at once if something does): for a scheduler,
	 * once its first look is done. Moved while that look is still under way, the clock would have it
	 * sleep from the new time for a wait worked out at the old one, past whatever the move made due.
	 */
	sleeping(): Promise<void> {
		if (this.#sleepers.length > 0) return Promise.resolve();
		return new Promise((resolve) => this.#awaitingSleeper.push(resolve));
	}

	/** Moves time forward by `ms` (or to a moment), waking every sleeper due on the way, in order. */
	async advance(to: number | string): Promise<void> {
		const target = typeof to === 'string' ? Date.parse(to) : this.#now + to;
		for (;;) {
			await settle();
			const due = this.#sleepers.filter((s) => s.at <= target).sort((a, b) => a.at - b.at)[0];
			if (!due) break;
			this.#now = Math.max(this.#now, due.at);
			this.#sleepers = this.#sleepers.filter((s) => s !== due);
			const rearmed = this.#rearm
				? new Promise<void>((resolve) => {
						this.#slept = resolve;
					})
				: undefined;
			due.resolve();
			await rearmed;
		}
		this.#now = Math.max(this.#now, target);
		await settle();
	}
}

/** Lets pending promise callbacks and I/O callbacks run. */
function settle(): Promise<void> {
	return new Promise((resolve) => setImmediate(resolve));
}
