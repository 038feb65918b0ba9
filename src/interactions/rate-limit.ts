import { RateLimitManager } from '@sapphire/ratelimits';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger.js';

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
export interface RateLimiter {
	take(userId: string): Promise<number>;
	/** Forgets every user this process holds (nothing, for a shared limiter). */
	clear(): void;
}

/** The limit within one process (@sapphire/ratelimits): the default, with nothing to configure. */
export class LocalLimiter implements RateLimiter {
	readonly #manager: RateLimitManager<string>;

	constructor({ uses, windowMs }: RateLimitOptions) {
		this.#manager = new RateLimitManager(windowMs, uses);
	}

	async take(userId: string): Promise<number> {
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

// A fixed window per user, as the in-process limiter keeps: the first use starts it, and the
// count and the window's end live in one key, so every process sees the same limit.
const takeScript = `
local used = redis.call('INCR', KEYS[1])
if used == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
if used > tonumber(ARGV[2]) then return math.max(redis.call('PTTL', KEYS[1]), 1) end
return 0`;

/**
 * The limit shared by every process through Redis (`REDIS_URL`). When Redis cannot answer, the
 * use is allowed and logged: a limit is a courtesy, and no question should fail for want of one.
 */
export class RedisLimiter implements RateLimiter {
	constructor(
		readonly redis: Redis,
		readonly name: string,
		readonly options: RateLimitOptions,
		readonly logger: Logger,
	) {}

	async take(userId: string): Promise<number> {
		try {
			const wait = await this.redis.eval(
				takeScript,
				1,
				`sitrep:limit:${this.name}:${userId}`,
				this.options.windowMs,
				this.options.uses,
			);
			return Number(wait);
		} catch (error) {
			this.logger.warn({ err: error, limit: this.name }, 'rate limit not checked: Redis did not answer');
			return 0;
		}
	}

	clear(): void {}
}

/** The limiters for questions and autocomplete: shared through Redis when given one, else in this process. */
export function createLimiters(
	limits: RateLimits,
	shared?: { redis: Redis; logger: Logger },
): { ask: RateLimiter; autocomplete: RateLimiter } {
	const make = (name: keyof RateLimits) =>
		shared ? new RedisLimiter(shared.redis, name, limits[name], shared.logger) : new LocalLimiter(limits[name]);
	return { ask: make('ask'), autocomplete: make('autocomplete') };
}
