import { config as loadDotenv } from 'dotenv';
import type { Redis } from 'ioredis';
import { requireDirectory, runCli } from './cli/options.js';
import type { CommandSet } from './commands/define.js';
import { loadCommandSet } from './commands/load.js';
import { reloadReport } from './commands/reload-report.js';
import { keepCompiledCode } from './compiled-code.js';
import { type Config, loadConfig } from './config.js';
import type { AnswerSource } from './core/answer-source.js';
import type { DigestStore } from './digest/store.js';
import { retryStartup } from './discord/reach.js';
import { createLimiters, defaultRateLimits } from './interactions/rate-limit.js';
import type { Outcome } from './interactions/types.js';
import type { ReloadResult } from './live-engine.js';
import { createLogger, type Logger } from './logger.js';
import type { Metrics } from './ops/metrics.js';
import { logReload } from './runtime.js';
import { ProcessSignals } from './signals.js';
import { openStore } from './storage/open.js';
import { EngineThread } from './threads/engine-thread.js';

/** How long a clean shutdown may take before the process exits anyway. */
const shutdownGraceMs = 5_000;

const usage = `Usage: npm start
Without DISCORD_TOKEN (in the environment or .env): the local console, which reads slash commands
and questions from standard input. With it: the Discord bot, over the gateway, or over the HTTP
interactions endpoint when INTERACTIONS_PORT is set. Every other setting also comes from the
environment or .env (.env.example lists them); only those the mode uses are checked.
Signals: SIGHUP reloads the data files; SIGINT or SIGTERM stops, within ${shutdownGraceMs / 1000} s.
  --help  this text`;

async function main(early: EarlyEngine | undefined): Promise<number> {
	// First, so a signal during start-up is answered, never fatal.
	const signals = new ProcessSignals(shutdownGraceMs);
	loadDotenv({ quiet: true });
	// Only what the chosen mode uses is checked: the console needs no digest or Discord settings.
	const withToken = Boolean(process.env.DISCORD_TOKEN?.trim());
	if (!withToken) {
		const dataDir = requireDirectory(loadConfig(process.env, 'console').DATA_DIR, 'DATA_DIR');
		return runLocalConsole(signals, dataDir, await loadCommandSet());
	}

	const config = loadConfig(process.env);
	const logger = createLogger(config.LOG_LEVEL);
	signals.useNote((level, message, details) => logger[level](details ?? {}, message));
	// A stray rejection is a bug to log, not a reason to drop every server's bot.
	process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));

	// The data loads in its own thread, on its own core, while this one connects: ready is the
	// later of the two, not their sum. Until it has loaded nothing is answered: the transports
	// wait for `loaded` before they are ready.
	const dataDir = requireDirectory(config.DATA_DIR, 'DATA_DIR');
	const onRestart = (reason: string) => logger.error(reason);
	const reused = early?.dataDir === dataDir;
	// Started for another directory than the configuration names (it never is, but a thread left running would hold the process).
	if (early && !reused)
		void early.thread.then(
			(thread) => thread.close(),
			() => undefined,
		);
	const loading =
		early && reused
			? early.thread.then((thread) => thread.onRestart(onRestart))
			: EngineThread.start(dataDir, { onRestart });
	let engine: EngineThread | undefined;
	const loaded = loading.then((thread) => {
		engine = thread;
	});
	// Its failure (bad data) is reported where the transport awaits it, as the reason start-up stops.
	loaded.catch(() => {});
	const current = (): AnswerSource => {
		if (!engine) throw new Error('the data has not loaded yet');
		return engine;
	};

	// Loaded only when asked for: Redis's client and prom-client weigh more than the rest of the bot.
	const metrics =
		config.METRICS_PORT !== undefined
			? new (await import('./ops/metrics.js')).Metrics(() => engine?.sources.facts ?? 0)
			: undefined;
	// Opened once, when the transport prepares the bot or the health check asks first. Never
	// fatal: without a usable database the bot still answers, and /digest says why it can't.
	let opening: Promise<DigestStore> | undefined;
	const openedStore = () => {
		opening ??= openStore(config, logger);
		return opening;
	};
	let redis: Redis | undefined;
	const reload = async (): Promise<ReloadResult> => {
		await loaded;
		const result = await (engine as EngineThread).reload();
		metrics?.reload(result);
		return result;
	};

	let listening = false;
	const ops =
		metrics && config.METRICS_PORT !== undefined
			? await (await import('./ops/server.js')).startOpsServer(config.METRICS_PORT, metrics, {
					data: () => ({ ok: engine !== undefined, detail: `${engine?.sources.facts ?? 0} facts` }),
					transport: () => ({ ok: listening && metrics.shardsReady() }),
					database: async () => {
						await (await openedStore()).ping();
						return { ok: true };
					},
				})
			: undefined;
	if (ops) logger.info({ port: ops.port }, 'serving /healthz, /readyz and /metrics');

	// What the transports share, prepared once: the gateway starts it as its login gets under way.
	let preparing: Promise<Shared> | undefined;
	const prepare = () => {
		preparing ??= (async (): Promise<Shared> => {
			const commands = await loadCommandSet();
			// Stopped while connecting: nothing more is opened, only what already was is closed.
			if (signals.stopping) throw new Error(`stopped (${signals.stopping}) before the bot was ready`);
			const store = await openedStore();
			redis = config.REDIS_URL ? await connectRedis(config.REDIS_URL, logger) : undefined;
			return {
				commands,
				engine: current,
				reload,
				ready: loaded,
				digests: {
					store: metrics ? (await import('./ops/metrics.js')).countingDigestStore(store, metrics) : store,
					graceMs: config.DIGEST_GRACE_HOURS * 3_600_000,
				},
				logger,
				limiters: createLimiters(defaultRateLimits, redis ? { redis, logger } : undefined),
				...(metrics
					? { observe: (event: { command: string; outcome: Outcome; seconds: number }) => metrics.interaction(event) }
					: {}),
			};
		})();
		return preparing;
	};
	// A signal while still connecting (or waiting to retry) stops the attempts.
	const connecting = new AbortController();
	const starting = retryStartup<{ stop(): Promise<void> }>(
		async () =>
			config.INTERACTIONS_PORT !== undefined
				? startHttp(config, await prepare())
				: startGateway(config, logger, prepare, metrics),
		{ logger, apiUrl: config.DISCORD_API_URL, what: 'connecting to Discord', signal: connecting.signal },
	);
	// New or corrected data files: `kill -HUP <pid>` reloads them, as /reload does; one sent
	// while connecting waits until the bot is ready.
	let bot: { stop(): Promise<void> } | undefined;
	void starting.then(
		(ready) => {
			bot = ready;
			listening = true;
			// Ready: what was compiled to get here is kept for the next start.
			setImmediate(keepCompiledCode);
			signals.onReload(() => void reload().then((result) => logReload(logger, result, { signal: 'SIGHUP' })));
		},
		() => undefined,
	);
	await new Promise<void>((resolve, reject) => {
		starting.catch((error: unknown) => (connecting.signal.aborted ? resolve() : reject(error)));
		signals.onStop(() => {
			connecting.abort();
			// Not connected yet: there is nothing to disconnect, and a login can wait a long time.
			if (!bot) return resolve();
			bot.stop().then(resolve, (error: unknown) => {
				logger.error({ err: error }, 'error while shutting down');
				resolve();
			});
		});
	}).finally(async () => {
		await ops?.close();
		// A stop while connecting may come before the database was opened, or while it opens.
		await preparing?.catch(() => undefined);
		redis?.disconnect();
		await (await opening?.catch(() => undefined))?.close();
		await engine?.close();
	});
	if (!bot) {
		logger.info('stopped before the bot was ready');
		// The pending login holds the event loop open; nothing else is left to close.
		process.exit(0);
	}
	return 0;
}

/** Without a token: the console, answering from the data directory until its input ends or a signal stops it. */
async function runLocalConsole(signals: ProcessSignals, dataDir: string, commands: CommandSet): Promise<number> {
	// Imported here: the bot's main thread never loads the engine, which runs in its own thread.
	const [{ LiveEngine }, { runConsole }] = await Promise.all([import('./live-engine.js'), import('./console/repl.js')]);
	const live = await LiveEngine.load(dataDir);
	if (signals.stopping) return 0;
	signals.onReload(() => void live.reload().then((result) => console.error(reloadReport(result))));
	signals.onStop(() => process.stdin.destroy());
	console.error('No DISCORD_TOKEN set: local console. Type /help, a slash command or a question; Ctrl-D quits.');
	setImmediate(keepCompiledCode);
	await runConsole({
		live,
		input: process.stdin,
		output: process.stdout,
		interactive: process.stdin.isTTY === true,
		commands,
	});
	return 0;
}

interface Shared {
	commands: CommandSet;
	engine: () => AnswerSource;
	reload: () => Promise<ReloadResult>;
	ready: Promise<unknown>;
	digests: { store: DigestStore; graceMs: number };
	logger: Logger;
	limiters: ReturnType<typeof createLimiters>;
	observe?: (event: { command: string; outcome: Outcome; seconds: number }) => void;
}

/** The gateway transport, imported only in this mode: it connects first and prepares the rest meanwhile. */
async function startGateway(
	config: Config,
	logger: Logger,
	prepare: () => Promise<Shared>,
	metrics: Metrics | undefined,
) {
	const { connectBot } = await import('./discord/bot.js');
	return connectBot(
		{
			config: { ...config, DISCORD_TOKEN: config.DISCORD_TOKEN ?? '' },
			logger,
			...(metrics
				? { onShardStatus: (shard: number, status: Parameters<Metrics['shard']>[1]) => metrics.shard(shard, status) }
				: {}),
		},
		prepare,
	);
}

/** The HTTP transport, imported only in this mode. */
async function startHttp(config: Config, shared: Shared) {
	const { startHttpBot } = await import('./http/server.js');
	return startHttpBot({
		...shared,
		config: {
			...config,
			DISCORD_TOKEN: config.DISCORD_TOKEN ?? '',
			DISCORD_PUBLIC_KEY: config.DISCORD_PUBLIC_KEY ?? '',
			INTERACTIONS_PORT: config.INTERACTIONS_PORT ?? 0,
		},
	});
}

/** Redis for the shared rate limits; its connection problems are logged, never fatal. */
async function connectRedis(url: string, logger: Logger): Promise<Redis> {
	const { Redis } = await import('ioredis');
	const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
	let reported = false;
	redis.on('error', (error: Error) => {
		if (!reported) logger.warn({ err: error }, 'Redis unreachable: rate limits are not checked until it is back');
		reported = true;
	});
	redis.on('ready', () => {
		if (reported) logger.info('Redis reachable again: shared rate limits restored');
		reported = false;
	});
	return redis;
}

/** The engine thread `main.ts` started before loading the rest, and for which data directory. */
export interface EarlyEngine {
	dataDir: string;
	thread: Promise<EngineThread>;
}

/** Runs the bot, or the console without a token, as `npm start` does. */
export function run(early?: EarlyEngine): void {
	runCli({ usage, options: {} }, () =>
		main(early).catch((error: unknown) => {
			// A start that fails before the bot owns the thread (a bad configuration, say) must not
			// leave the engine thread holding the process open: it is closed once it has started.
			void early?.thread.then(
				(thread) => thread.close(),
				() => undefined,
			);
			throw error;
		}),
	);
}
