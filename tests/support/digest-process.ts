/**
 * One bot process for cross-process tests, over either transport as `npm start` picks it: the HTTP
 * interactions endpoint (startHttpBot, which posts digests over REST) when INTERACTIONS_PORT is set,
 * the gateway (startBot) otherwise. It uses the store the environment configures (as `npm start`
 * opens it), a fake Discord, and a clock the test moves over IPC.
 * Messages in: { advance: iso }, { idle: true }. Out: { ready: instance, transport, port? } once its
 * scheduler has had its first look, { done: id }.
 */

import { commandSet } from '../../commands/index.js';
import { loadConfig } from '../../src/config.js';
import { AnswerEngine } from '../../src/core/engine.js';
import { loadDataSet } from '../../src/data/load.js';
import { startBot } from '../../src/discord/bot.js';
import { startHttpBot } from '../../src/http/server.js';
import { createLimiters, defaultRateLimits } from '../../src/interactions/rate-limit.js';
import { createLogger } from '../../src/logger.js';
import { openStore } from '../../src/storage/open.js';
import { ManualClock } from './clock.js';
import { fastClientOptions } from './fake-discord.js';

type Command = { id: number; advance: string } | { id: number; idle: true };
export type Transport = 'gateway' | 'http';
export interface Ready {
	ready: string;
	transport: Transport;
	/** Where the HTTP transport listens for interactions. */
	port?: number;
}

const config = loadConfig(process.env);
const instance = process.env.INSTANCE ?? String(process.pid);
const clock = new ManualClock(process.env.START_AT ?? Date.now(), { rearm: true });
const logger = createLogger('info');
const engine = new AnswerEngine(await loadDataSet(new URL('../../data', import.meta.url).pathname));
const store = await openStore(config, logger);
const shared = {
	engine: () => engine,
	reload: () => Promise.resolve({ ok: false as const, problems: ['not in this test'], count: 1 }),
	digests: { store, graceMs: 6 * 3_600_000, clock, instance, backoff: { baseMs: 1_000, maxMs: 8_000 } },
	logger,
	commands: commandSet,
	limiters: createLimiters(defaultRateLimits),
};
const token = config.DISCORD_TOKEN ?? '';
const fast = fastClientOptions({ apiUrl: config.DISCORD_API_URL });

const transport: Transport = config.INTERACTIONS_PORT !== undefined ? 'http' : 'gateway';
const bot =
	transport === 'http'
		? await startHttpBot({
				...shared,
				config: {
					DISCORD_TOKEN: token,
					DISCORD_API_URL: config.DISCORD_API_URL,
					DISCORD_PUBLIC_KEY: config.DISCORD_PUBLIC_KEY ?? '',
					INTERACTIONS_PORT: config.INTERACTIONS_PORT ?? 0,
				},
				host: '127.0.0.1',
				restOptions: fast.rest ?? {},
			})
		: await startBot({
				...shared,
				config: { DISCORD_TOKEN: token, DISCORD_API_URL: config.DISCORD_API_URL },
				clientOptions: fast,
			});

process.on('message', (command: Command) => {
	const work = 'advance' in command ? clock.advance(command.advance) : bot.scheduler.idle();
	void work.then(() => process.send?.({ done: command.id }));
});
process.on('disconnect', () => {
	void bot
		.stop()
		.then(() => store.close())
		.finally(() => process.exit(0));
});
// Ready once the scheduler has had its first look and sleeps, so the test's first move of the clock wakes it.
await clock.sleeping();
process.send?.({ ready: instance, transport, ...('port' in bot ? { port: bot.port } : {}) } satisfies Ready);
