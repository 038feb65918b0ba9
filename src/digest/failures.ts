import { DiscordAPIError, HTTPError, RateLimitError, RESTJSONErrorCodes } from 'discord.js';
import { permissionNames } from '../render/permissions.js';
import { digestPermissions } from './permissions.js';

/**
 * What to do about a failed send. `pause`: the guild must fix something (permissions, a
 * deleted channel), so its digest waits, settings kept, with the reason shown in /digest status.
 * `retry`: Discord or the network is having a moment. `bug`: Discord refused what we sent.
 */
export type Failure =
	| { action: 'pause'; reason: string }
	| { action: 'retry'; reason: string }
	| { action: 'bug'; reason: string };

/** "View Channel, Send Messages, Embed Links and Read Message History": the same list `/digest set` checks. */
const neededInChannel = permissionNames(digestPermissions).replace(/, (?=[^,]*$)/, ' and ');

export function classifyFailure(error: unknown): Failure {
	if (error instanceof DiscordAPIError) {
		const what = `${error.status} ${error.code}: ${error.message}`;
		if (error.code === RESTJSONErrorCodes.MissingAccess) {
			return {
				action: 'pause',
				reason: `The bot cannot see the channel (${what}). It needs ${neededInChannel} there.`,
			};
		}
		if (error.code === RESTJSONErrorCodes.MissingPermissions) {
			return {
				action: 'pause',
				reason: `The bot lacks a permission in the channel (${what}). It needs ${neededInChannel}.`,
			};
		}
		if (error.code === RESTJSONErrorCodes.UnknownChannel) {
			return { action: 'pause', reason: `The channel no longer exists (${what}). Pick another with /digest set.` };
		}
		if (error.status === 403) return { action: 'pause', reason: `Discord refused the post (${what}).` };
		if (error.status === 429 || error.status >= 500) return { action: 'retry', reason: what };
		return { action: 'bug', reason: `Discord rejected the digest (${what}).` };
	}
	if (error instanceof HTTPError) return { action: 'retry', reason: `${error.status} ${error.message}` };
	if (error instanceof RateLimitError) return { action: 'retry', reason: `rate limited for ${error.timeToReset} ms` };
	// Timeouts and dropped or refused connections: undici's errors and the system's.
	const { name, code, message } = (error ?? {}) as { name?: string; code?: unknown; message?: string };
	if (name === 'AbortError' || (typeof code === 'string' && /^(UND_ERR_|E[A-Z]+$)/.test(code))) {
		return { action: 'retry', reason: message ?? String(code) };
	}
	return { action: 'bug', reason: (error as Error | undefined)?.message ?? String(error) };
}
