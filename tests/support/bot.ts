import { Writable } from 'node:stream';
import type { Config } from '../../src/config.js';
import type { AnswerEngine } from '../../src/core/engine.js';
import { type Bot, type BotOptions, startBot } from '../../src/discord/bot.js';
import { createLogger } from '../../src/logger.js';
import { FakeDiscord, fastClientOptions } from './fake-discord.js';

type LogLevel = Config['LOG_LEVEL'];

/** Structured log lines the bot wrote, parsed, for asserting what an admin would read. */
export type LogLine = Record<string, unknown> & { level: number; msg: string };

export interface TestBot {
	bot: Bot;
	fake: FakeDiscord;
	logs: LogLine[];
	stop(): Promise<void>;
}

/**
 * The shipped bot (startBot, as `npm start` calls it) logged in to a fresh fake Discord, with
 * discord.js's waits for the real service relaxed. Stops the client before the fake. It logs at
 * `logLevel`: debug by default, so tests can read every line; `npm start` logs at info.
 */
export async function startTestBot(
	engine: AnswerEngine | (() => AnswerEngine),
	{
		logLevel = 'debug',
		...options
	}: Partial<Pick<BotOptions, 'rateLimits' | 'pageTtlMs'>> & { logLevel?: LogLevel } = {},
): Promise<TestBot> {
	const fake = await FakeDiscord.start();
	const logs: LogLine[] = [];
	const sink = new Writable({
		write(chunk: Buffer, _encoding, done) {
			for (const line of chunk.toString().split('\n').filter(Boolean)) logs.push(JSON.parse(line) as LogLine);
			done();
		},
	});
	const bot = await startBot({
		config: { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl },
		engine: typeof engine === 'function' ? engine : () => engine,
		logger: createLogger(logLevel, sink),
		clientOptions: fastClientOptions(fake),
		// Tests ask far faster than people; the limits get their own test.
		rateLimits: { ask: { uses: 1000, windowMs: 1000 }, autocomplete: { uses: 1000, windowMs: 1000 } },
		...options,
	});
	return {
		bot,
		fake,
		logs,
		async stop() {
			await bot.stop();
			await fake.close();
		},
	};
}
