/**
 * One bot process for cross-process tests: the real startBot on the store the environment
 * configures (as `npm start` opens it), logged in to a fake Discord, on a clock the test moves
 * over IPC. Messages in: { advance: iso }, { idle: true }. Out: { ready: instance }, { done: id }.
 */

import { commandSet } from '../../commands/index.js';
import { loadConfig } from '../../src/config.js';
import { AnswerEngine } from '../../src/core/engine.js';
import { loadDataSet } from '../../src/data/load.js';
import { startBot } from '../../src/discord/bot.js';
import { createLimiters, defaultRateLimits } from '../../src/interactions/rate-limit.js';
import { createLogger } from '../../src/logger.js';
import { openStore } from '../../src/storage/open.js';
import { ManualClock } from './clock.js';
import { fastClientOptions } from './fake-discord.js';

type Command = { id: number; advance: string } | { id: number; idle: true };

const config = loadConfig(process.env);
const instance = process.env.INSTANCE ?? String(process.pid);
const clock = new ManualClock(process.env.START_AT ?? Date.now(), { rearm: true });
const logger = createLogger('info');
const engine = new AnswerEngine(await loadDataSet(new URL('../../data', import.meta.url).pathname));
const store = await openStore(config, logger);
const bot = await startBot({
	config: { DISCORD_TOKEN: config.DISCORD_TOKEN ?? '', DISCORD_API_URL: config.DISCORD_API_URL },
	engine: () => engine,
	reload: () => Promise.resolve({ ok: false, problems: ['not in this test'], count: 1 }),
	digests: { store, graceMs: 6 * 3_600_000, clock, instance, backoff: { baseMs: 1_000, maxMs: 8_000 } },
	logger,
	commands: commandSet,
	limiters: createLimiters(defaultRateLimits),
	clientOptions: fastClientOptions({ apiUrl: config.DISCORD_API_URL }),
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
process.send?.({ ready: instance });
