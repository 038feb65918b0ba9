import { config as loadDotenv } from 'dotenv';
import { runMain } from './cli/run.js';
import { loadConfig } from './config.js';
import { runConsole } from './console/repl.js';
import { logReload, startBot } from './discord/bot.js';
import { LiveEngine } from './live-engine.js';
import { createLogger } from './logger.js';
import { openStore } from './storage/open.js';

/** How long a clean shutdown may take before the process exits anyway. */
const shutdownGraceMs = 5_000;

async function main(): Promise<number> {
	loadDotenv({ quiet: true });
	const config = loadConfig(process.env);
	const live = await LiveEngine.load(config.DATA_DIR);

	if (!config.DISCORD_TOKEN) {
		console.error('No DISCORD_TOKEN set: local console. Type /help, a slash command or a question; Ctrl-D quits.');
		await runConsole({
			live,
			input: process.stdin,
			output: process.stdout,
			interactive: process.stdin.isTTY === true,
		});
		return 0;
	}

	const logger = createLogger(config.LOG_LEVEL);
	// A stray rejection is a bug to log, not a reason to drop every server's bot.
	process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
	// Never fatal: without a usable database the bot still answers, and /digest says why it can't.
	const store = await openStore(config, logger);
	// New or corrected data files: `kill -HUP <pid>` reloads them, as /reload does.
	process.on('SIGHUP', () => void live.reload().then((result) => logReload(logger, result, { signal: 'SIGHUP' })));
	const starting = startBot({
		config: { ...config, DISCORD_TOKEN: config.DISCORD_TOKEN },
		engine: () => live.current,
		reload: () => live.reload(),
		digests: { store, graceMs: config.DIGEST_GRACE_HOURS * 3_600_000 },
		logger,
	});
	// Listening from the start, so Ctrl-C while connecting also disconnects cleanly.
	await new Promise<void>((resolve, reject) => {
		starting.catch(reject);
		let stopping = false;
		const stop = (signal: NodeJS.Signals) => {
			// The same signal often arrives twice (from the terminal's process group and relayed by tsx):
			// a repeat must not kill the process in the middle of a clean shutdown.
			if (stopping) return;
			stopping = true;
			logger.info({ signal }, 'shutting down');
			setTimeout(() => {
				logger.warn('shutdown took too long; exiting');
				process.exit(1);
			}, shutdownGraceMs).unref();
			starting
				.then((bot) => bot.stop())
				.then(resolve, (error: unknown) => {
					logger.error({ err: error }, 'error while shutting down');
					resolve();
				});
		};
		process.on('SIGINT', stop);
		process.on('SIGTERM', stop);
	}).finally(() => store.close());
	return 0;
}

runMain(main);
