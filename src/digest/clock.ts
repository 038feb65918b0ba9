import { setTimeout as sleep } from 'node:timers/promises';

/** Time as the scheduler sees it; tests drive a manual one. */
export interface Clock {
	now(): number;
	/** Resolves after `ms`, or rejects with an AbortError as soon as `signal` aborts. */
	sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
	now: () => Date.now(),
	sleep: async (ms, signal) => {
		await sleep(ms, undefined, signal ? { signal } : {});
	},
};
