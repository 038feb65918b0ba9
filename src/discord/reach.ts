import { setTimeout as sleep } from 'node:timers/promises';
import { DiscordAPIError } from 'discord.js';
import type { Logger } from '../logger.js';

/** System and undici error codes that mean Discord could not be reached at all. */
const networkCodes = new Set([
	'ENOTFOUND',
	'EAI_AGAIN',
	'ECONNREFUSED',
	'ECONNRESET',
	'ETIMEDOUT',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'EPIPE',
	'UND_ERR_CONNECT_TIMEOUT',
	'UND_ERR_SOCKET',
	'UND_ERR_HEADERS_TIMEOUT',
]);

/** What went wrong reaching Discord, and what to check, for a log line an admin can act on. */
export interface Unreachable {
	kind: 'network' | 'token';
	code: string;
	hint: string;
}

/** Classifies a start-up or deploy failure; undefined when it is neither the network nor the token. */
export function whyUnreachable(error: unknown, apiUrl: string): Unreachable | undefined {
	for (let cause = error, depth = 0; cause && depth < 5; cause = (cause as { cause?: unknown }).cause, depth++) {
		const code = (cause as { code?: unknown }).code;
		if (code === 'TokenInvalid' || (cause as { status?: unknown }).status === 401) {
			return {
				kind: 'token',
				code: 'TokenInvalid',
				hint: 'Discord rejected DISCORD_TOKEN: copy it again from Developer Portal → Bot → Reset Token',
			};
		}
		if (typeof code === 'string' && networkCodes.has(code)) {
			const host = safeHost(apiUrl);
			return {
				kind: 'network',
				code,
				hint:
					code === 'ENOTFOUND' || code === 'EAI_AGAIN'
						? `the name ${host} did not resolve: check DNS and the network, or DISCORD_API_URL`
						: `no connection to ${host}: check the network, a firewall or proxy, or DISCORD_API_URL`,
			};
		}
	}
	return undefined;
}

function safeHost(url: string): string {
	try {
		return new URL(url).host;
	} catch {
		return url;
	}
}

export interface RetryPolicy {
	/** Attempts while Discord cannot be reached. */
	networkAttempts: number;
	/** Attempts when the token is rejected: a few, in case Discord itself was confused, then stop. */
	tokenAttempts: number;
	baseMs: number;
	maxMs: number;
}

export const startupRetries: RetryPolicy = { networkAttempts: 8, tokenAttempts: 2, baseMs: 1_000, maxMs: 30_000 };

/**
 * Runs a start-up step, retrying with doubling delays while Discord is unreachable or rejects
 * the token, each failure one structured log line saying what failed and what to check. Gives up
 * (rethrowing) after the policy's bound; other errors are not retried.
 */
export async function retryStartup<T>(
	step: () => Promise<T>,
	{
		logger,
		apiUrl,
		what,
		policy = startupRetries,
		signal,
	}: {
		logger: Logger;
		apiUrl: string;
		what: string;
		policy?: RetryPolicy;
		signal?: AbortSignal;
	},
): Promise<T> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await step();
		} catch (error) {
			const reason = whyUnreachable(error, apiUrl);
			const bound = reason?.kind === 'token' ? policy.tokenAttempts : policy.networkAttempts;
			if (!reason || attempt >= bound || signal?.aborted) {
				if (reason)
					logger.fatal({ what, code: reason.code, attempts: attempt, hint: reason.hint }, `${what} failed; giving up`);
				throw error;
			}
			const delay = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
			logger.error(
				{ what, code: reason.code, attempt, retryInMs: delay, hint: reason.hint },
				`${what} failed; retrying`,
			);
			await sleep(delay, undefined, signal ? { signal } : {});
		}
	}
}

/**
 * A REST call made before discord.js logs in (the shard count, the bot's user): a rejected token
 * becomes a TokenInvalid error, worded as a discord.js login would word it.
 */
export async function withToken<T>(call: () => Promise<T>): Promise<T> {
	try {
		return await call();
	} catch (error) {
		if (error instanceof DiscordAPIError && error.status === 401) throw new TokenInvalid();
		throw error;
	}
}

/** Discord refused the token: the same code and words as discord.js's login failure. */
export class TokenInvalid extends Error {
	override name = 'Error [TokenInvalid]';
	readonly code = 'TokenInvalid';
	constructor() {
		super('An invalid token was provided.');
	}
}
