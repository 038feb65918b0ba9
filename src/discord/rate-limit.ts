import { RateLimitManager } from '@sapphire/ratelimits';

export interface RateLimitOptions {
	/** How many uses a user gets per window. */
	uses: number;
	windowMs: number;
}

/** Per-user limits for what costs the most: questions and the autocomplete that fires per keystroke. */
export interface RateLimits {
	ask: RateLimitOptions;
	autocomplete: RateLimitOptions;
}

export const defaultRateLimits: RateLimits = {
	ask: { uses: 6, windowMs: 30_000 },
	autocomplete: { uses: 40, windowMs: 10_000 },
};

/** A per-user limiter: `take(userId)` says how long to wait, or 0 when the use is allowed (and counted). */
export class UserLimiter {
	readonly #manager: RateLimitManager<string>;

	constructor({ uses, windowMs }: RateLimitOptions) {
		this.#manager = new RateLimitManager(windowMs, uses);
	}

	take(userId: string): number {
		const limit = this.#manager.acquire(userId);
		if (limit.limited) return limit.remainingTime;
		limit.consume();
		return 0;
	}

	/** Forgets every user, and with them the sweep timer that would otherwise keep the process alive. */
	clear(): void {
		this.#manager.clear();
		this.#manager.sweep();
	}
}
