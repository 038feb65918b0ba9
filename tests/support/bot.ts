import { Writable } from 'node:stream';
import { commandSet } from '../../commands/index.js';
import type { Config } from '../../src/config.js';
import { AnswerEngine } from '../../src/core/engine.js';
import type { Clock } from '../../src/digest/clock.js';
import type { DigestStore } from '../../src/digest/store.js';
import { type Bot, type BotOptions, startBot } from '../../src/discord/bot.js';
import { type HttpBot, startHttpBot } from '../../src/http/server.js';
import { createLimiters, type RateLimits } from '../../src/interactions/rate-limit.js';
import type { LiveEngine } from '../../src/live-engine.js';
import { createLogger } from '../../src/logger.js';
import { openSqliteStore } from '../../src/storage/database.js';
import { FakeDiscord, fastClientOptions } from './fake-discord.js';

/** Structured log lines the bot wrote, parsed, for asserting what an admin would read. */
export type LogLine = Record<string, unknown> & { level: number; msg: string };

export interface TestBot {
	bot: Bot;
	fake: FakeDiscord;
	store: DigestStore;
	logs: LogLine[];
	/** Stops the bot, then the fake and the database if this test bot made them. */
	stop(): Promise<void>;
}

export interface TestBotOptions extends Partial<Pick<BotOptions, 'onShardStatus' | 'observe'>> {
	/** Configuration over the fake's token and URL: shards, owners. */
	config?: Partial<BotOptions['config']>;
	/** Per-user limits; the tests' default is far above anything a test sends. */
	rateLimits?: RateLimits;
	/** Limiters to use instead (shared ones, across bots). */
	limiters?: BotOptions['limiters'];
	/** A fake to log in to (a restart, a second instance); by default a fresh one. */
	fake?: FakeDiscord;
	/** The digest store; by default a fresh in-memory SQLite one. */
	store?: DigestStore;
	clock?: Clock;
	graceMs?: number;
	instance?: string;
	owners?: string[];
	/** debug by default, so tests can read every line; `npm start` logs at info. */
	logLevel?: Config['LOG_LEVEL'];
}

/** A pino destination that keeps every line, parsed. */
function logSink(logs: LogLine[]): Writable {
	return new Writable({
		write(chunk: Buffer, _encoding, done) {
			for (const line of chunk.toString().split('\n').filter(Boolean)) logs.push(JSON.parse(line) as LogLine);
			done();
		},
	});
}

/**
 * The shipped bot (startBot, as `npm start` calls it) logged in to a fake Discord, with
 * discord.js's waits for the real service relaxed. Stops the client before the fake.
 */
export async function startTestBot(
	engine: AnswerEngine | LiveEngine | (() => AnswerEngine),
	options: TestBotOptions = {},
): Promise<TestBot> {
	const {
		fake: shared,
		store: sharedStore,
		clock,
		graceMs = 6 * 3_600_000,
		instance,
		owners,
		logLevel = 'debug',
		// Tests ask far faster than people; the limits get their own test.
		rateLimits = { ask: { uses: 1000, windowMs: 1000 }, autocomplete: { uses: 1000, windowMs: 1000 } },
		limiters = createLimiters(rateLimits),
		config,
		...rest
	} = options;
	const fake = shared ?? (await FakeDiscord.start());
	const store = sharedStore ?? openSqliteStore(':memory:');
	const logs: LogLine[] = [];
	const sink = logSink(logs);
	const current =
		engine instanceof AnswerEngine ? () => engine : typeof engine === 'function' ? engine : () => engine.current;
	const bot = await startBot({
		config: {
			DISCORD_TOKEN: fake.token,
			DISCORD_API_URL: fake.apiUrl,
			...(owners ? { BOT_OWNER_IDS: owners } : {}),
			...config,
		},
		commands: commandSet,
		limiters,
		engine: current,
		reload: () =>
			typeof engine === 'object' && 'reload' in engine
				? engine.reload()
				: Promise.resolve({ ok: false, problems: ['This test bot has no data directory to reload.'], count: 1 }),
		digests: {
			store,
			graceMs,
			...(clock ? { clock } : {}),
			...(instance ? { instance } : {}),
			backoff: { baseMs: 1_000, maxMs: 8_000 },
		},
		logger: createLogger(logLevel, sink),
		clientOptions: fastClientOptions(fake),
		...rest,
	});
	return {
		bot,
		fake,
		store,
		logs,
		async stop() {
			await bot.stop();
			if (!shared) await fake.close();
			if (!sharedStore) await store.close();
		},
	};
}

export interface TestHttpBot {
	bot: HttpBot;
	/** The endpoint Discord would post to. */
	url: string;
	fake: FakeDiscord;
	store: DigestStore;
	logs: LogLine[];
	stop(): Promise<void>;
}

/** The HTTP transport (startHttpBot, as `npm start` with INTERACTIONS_PORT calls it) on a free port, using a fake Discord for REST. */
export async function startTestHttpBot(
	engine: AnswerEngine | LiveEngine,
	options: Pick<TestBotOptions, 'fake' | 'store' | 'owners' | 'rateLimits' | 'limiters' | 'observe'> = {},
): Promise<TestHttpBot> {
	const fake = options.fake ?? (await FakeDiscord.start());
	const store = options.store ?? openSqliteStore(':memory:');
	const logs: LogLine[] = [];
	const bot = await startHttpBot({
		config: {
			DISCORD_TOKEN: fake.token,
			DISCORD_API_URL: fake.apiUrl,
			DISCORD_PUBLIC_KEY: fake.publicKey,
			INTERACTIONS_PORT: 0,
			...(options.owners ? { BOT_OWNER_IDS: options.owners } : {}),
		},
		host: '127.0.0.1',
		restOptions: fastClientOptions(fake).rest ?? {},
		commands: commandSet,
		engine: engine instanceof AnswerEngine ? () => engine : () => engine.current,
		reload: () =>
			engine instanceof AnswerEngine
				? Promise.resolve({ ok: false, problems: ['This test bot has no data directory to reload.'], count: 1 })
				: engine.reload(),
		digests: { store, graceMs: 6 * 3_600_000 },
		logger: createLogger('debug', logSink(logs)),
		limiters:
			options.limiters ??
			createLimiters(
				options.rateLimits ?? { ask: { uses: 1000, windowMs: 1000 }, autocomplete: { uses: 1000, windowMs: 1000 } },
			),
		...(options.observe ? { observe: options.observe } : {}),
	});
	return {
		bot,
		url: `http://127.0.0.1:${bot.port}/interactions`,
		fake,
		store,
		logs,
		async stop() {
			await bot.stop();
			if (!options.fake) await fake.close();
			if (!options.store) await store.close();
		},
	};
}
