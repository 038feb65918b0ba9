import { config as loadDotenv } from 'dotenv';
import { runMain } from './cli/run.js';
import { loadConfig } from './config.js';
import { runConsole } from './console/repl.js';
import { startBot } from './discord/bot.js';
import { loadEngine } from './load-engine.js';
import { createLogger } from './logger.js';

/** How long a clean shutdown may take before the process exits anyway. */
const shutdownGraceMs = 5_000;

async function main(): Promise<number> {
	loadDotenv({ quiet: true });
	const config = loadConfig(process.env);
	const engine = await loadEngine(config.DATA_DIR);

	if (!config.DISCORD_TOKEN) {
		console.error('No DISCORD_TOKEN set: local console. Type /help, a slash command or a question; Ctrl-D quits.');
		await runConsole({
			engine,
			input: process.stdin,
			output: process.stdout,
			interactive: process.stdin.isTTY === true,
		});
		return 0;
	}

	const logger = createLogger(config.LOG_LEVEL);
	// A stray rejection is a bug to log, not a reason to drop every server's bot.
	process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
	const starting = startBot({
		config: { ...config, DISCORD_TOKEN: config.DISCORD_TOKEN },
		engine: () => engine,
		logger,
	});
	// Listening from the start, so Ctrl-C while connecting also disconnects cleanly.
	await new Promise<void>((resolve, reject) => {
		starting.catch(reject);
		const stop = (signal: NodeJS.Signals) => {
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
		process.once('SIGINT', stop);
		process.once('SIGTERM', stop);
	});
	return 0;
}

runMain(main);
