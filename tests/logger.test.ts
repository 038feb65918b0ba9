import { Writable } from 'node:stream';
import { DiscordAPIError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

describe('logs', () => {
	it('never show an interaction token, even inside a failed Discord request’s error', () => {
		let written = '';
		const sink = new Writable({
			write(chunk: Buffer, _encoding, done) {
				written += chunk.toString();
				done();
			},
		});
		const token = `aW50ZXJhY3Rpb246${'s'.repeat(60)}`;
		const url = `https://discord.com/api/v10/interactions/1234567890123456789/${token}/callback`;
		const error = new DiscordAPIError(
			{ message: 'Interaction has already been acknowledged.', code: 40060 },
			40060,
			400,
			'POST',
			url,
			{ body: { type: 4, data: { content: `see ${url}` } } },
		);
		createLogger('info', sink).error({ err: error, token }, 'interaction failed');
		const line = JSON.parse(written) as { err: { message: string; code: number; url: string } };
		expect(line.err).toMatchObject({ message: 'Interaction has already been acknowledged.', code: 40060 });
		expect(line.err.url).toBe('[redacted]');
		expect(written).not.toContain(token);
	});
});
