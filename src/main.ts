import { config as loadDotenv } from 'dotenv';
import { requireDirectory, runCli } from './cli/options.js';
import { reloadReport } from './commands/reload-report.js';
import { loadConfig } from './config.js';
import { runConsole } from './console/repl.js';
import { type Bot, logReload, startBot } from './discord/bot.js';
import { LiveEngine } from './live-engine.js';
import { createLogger } from './logger.js';
import { ProcessSignals } from './signals.js';
import { openStore } from './storage/open.js';

/** How long a clean shutdown may take before the process exits anyway. */
const shutdownGraceMs = 5_000;

const usage = `Usage: npm start
Without DISCORD_TOKEN (in the environment or .env): the local console, which reads slash commands
and questions from standard input. With it: the Discord bot. Every other setting also comes from
the environment or .env (.env.example lists them); only those the mode uses are checked.
Signals: SIGHUP reloads the data files; SIGINT or SIGTERM stops, within ${shutdownGraceMs / 1000} s.
  --help  this text`;

async function main(): Promise<number> {
	// First, so a signal during start-up is answered, never fatal.
	const signals = new ProcessSignals(shutdownGraceMs);
	loadDotenv({ quiet: true });
	// Only what the chosen mode uses is checked: the console needs no digest or Discord settings.
	const withToken = Boolean(process.env.DISCORD_TOKEN?.trim());
	if (!withToken)
		return runLocalConsole(signals, requireDirectory(loadConfig(process.env, 'console').DATA_DIR, 'DATA_DIR'));

	const config = loadConfig(process.env);
	const logger = createLogger(config.LOG_LEVEL);
	signals.useNote((level, message, details) => logger[level](details ?? {}, message));
	// A stray rejection is a bug to log, not a reason to drop every server's bot.
	process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
	const live = await LiveEngine.load(requireDirectory(config.DATA_DIR, 'DATA_DIR'));
	if (signals.stopping) return 0;
	// Never fatal: without a usable database the bot still answers, and /digest says why it can't.
	const store = await openStore(config, logger);
	const starting = startBot({
		config: { ...config, DISCORD_TOKEN: config.DISCORD_TOKEN ?? '' },
		engine: () => live.current,
		reload: () => live.reload(),
		digests: { store, graceMs: config.DIGEST_GRACE_HOURS * 3_600_000 },
		logger,
	});
	// New or corrected data files: `kill -HUP <pid>` reloads them, as /reload does; one sent
	// while connecting waits until the bot is ready.
	let bot: Bot | undefined;
	void starting.then(
		(ready) => {
			bot = ready;
			signals.onReload(() => void live.reload().then((result) => logReload(logger, result, { signal: 'SIGHUP' })));
		},
		() => undefined,
	);
	// Listening from the start, so Ctrl-C while connecting also disconnects cleanly.
	await new Promise<void>((resolve, reject) => {
		starting.catch(reject);
		signals.onStop(() => {
			// Not connected yet: there is nothing to disconnect, and a login can wait a long time.
			if (!bot) return resolve();
			bot.stop().then(resolve, (error: unknown) => {
				logger.error({ err: error }, 'error while shutting down');
				resolve();
			});
		});
	}).finally(() => store.close());
	if (!bot) {
		logger.info('stopped before the bot was ready');
		// The pending login holds the event loop open; nothing else is left to close.
		process.exit(0);
	}
	return 0;
}

/** Without a token: the console, answering from the data directory until its input ends or a signal stops it. */
async function runLocalConsole(signals: ProcessSignals, dataDir: string): Promise<number> {
	const live = await LiveEngine.load(dataDir);
	if (signals.stopping) return 0;
	signals.onReload(() => void live.reload().then((result) => console.error(reloadReport(result))));
	signals.onStop(() => process.stdin.destroy());
	console.error('No DISCORD_TOKEN set: local console. Type /help, a slash command or a question; Ctrl-D quits.');
	await runConsole({
		live,
		input: process.stdin,
		output: process.stdout,
		interactive: process.stdin.isTTY === true,
	});
	return 0;
}

runCli({ usage, options: {} }, main);
