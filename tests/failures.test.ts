import { DiscordAPIError, HTTPError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { classifyFailure } from '../src/digest/failures.js';

const api = (status: number, code: number, message: string) =>
	new DiscordAPIError({ code, message }, code, status, 'POST', 'https://discord.com/api/v10/channels/1/messages', {});

describe('a failed digest post', () => {
	it('pauses the digest when the server must fix something, saying what', () => {
		expect(classifyFailure(api(403, 50001, 'Missing Access'))).toEqual({
			action: 'pause',
			reason:
				'The bot cannot see the channel (403 50001: Missing Access). It needs View Channel, Send Messages, Embed Links and Read Message History there.',
		});
		expect(classifyFailure(api(403, 50013, 'Missing Permissions'))).toMatchObject({ action: 'pause' });
		expect(classifyFailure(api(404, 10003, 'Unknown Channel'))).toEqual({
			action: 'pause',
			reason: 'The channel no longer exists (404 10003: Unknown Channel). Pick another with /digest set.',
		});
	});

	it('is retried when Discord or the network is failing', () => {
		expect(classifyFailure(new HTTPError(502, 'Bad Gateway', 'POST', 'https://discord.com/api', {}))).toMatchObject({
			action: 'retry',
		});
		expect(classifyFailure(api(429, 0, 'You are being rate limited.'))).toMatchObject({ action: 'retry' });
		const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), { code: 'ECONNREFUSED' });
		expect(classifyFailure(refused)).toMatchObject({ action: 'retry' });
		const timeout = Object.assign(new Error('Headers Timeout Error'), { code: 'UND_ERR_HEADERS_TIMEOUT' });
		expect(classifyFailure(timeout)).toMatchObject({ action: 'retry' });
	});

	it('is a bug when Discord refuses what was sent, or anything else goes wrong', () => {
		expect(classifyFailure(api(400, 50035, 'Invalid Form Body'))).toEqual({
			action: 'bug',
			reason: 'Discord rejected the digest (400 50035: Invalid Form Body).',
		});
		expect(classifyFailure(new RangeError('Invalid time value'))).toMatchObject({ action: 'bug' });
	});
});
