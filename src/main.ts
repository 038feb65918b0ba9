import { config as loadDotenv } from 'dotenv';
import { Redis } from 'ioredis';
import { runMain } from './cli/run.js';
import { loadCommandSet } from './commands/load.js';
import { type Config, loadConfig } from './config.js';
import { runConsole } from './console/repl.js';
import { DigestStore } from './digest/store.js';
import { startBot } from './discord/bot.js';
import { retryStartup } from './discord/reach.js';
import { startHttpBot } from './http/server.js';
import { createLimiters, defaultRateLimits } from './interactions/rate-limit.js';
import { LiveEngine } from './live-engine.js';
import { createLogger, type Logger } from './logger.js';
import { countingDigestStore, Metrics } from './ops/metrics.js';
import { type OpsServer, startOpsServer } from './ops/server.js';
import { logReload } from './runtime.js';
import { openDatabase } from './storage/database.js';

/** How long a clean shutdown may take before the process exits anyway. */
const shutdownGraceMs = 5_000;

async function main(): Promise<number> {
	loadDotenv({ quiet: true });
	const config = loadConfig(process.env);
	const live = await LiveEngine.load(config.DATA_DIR);
	const commands = await loadCommandSet();

	if (!config.DISCORD_TOKEN) {
		console.error('No DISCORD_TOKEN set: local console. Type /help, a slash command or a question; Ctrl-D quits.');
		await runConsole({
			live,
			input: process.stdin,
			output: process.stdout,
			interactive: process.stdin.isTTY === true,
			commands,
		});
		return 0;
	}

	const logger = createLogger(config.LOG_LEVEL);
	// A stray rejection is a bug to log, not a reason to drop every server's bot.
	process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
	const db = openDatabase(config.DATABASE_PATH);
	const metrics = new Metrics(() => live.current.base.facts.length);
	const reload = async () => {
		const result = await live.reload();
		metrics.reload(result);
		return result;
	};
	// New or corrected data files: `kill -HUP <pid>` reloads them, as /reload does.
	process.on('SIGHUP', () => void reload().then((result) => logReload(logger, result, { signal: 'SIGHUP' })));
	const redis = config.REDIS_URL ? connectRedis(config.REDIS_URL, logger) : undefined;
	let listening = false;
	const ops =
		config.METRICS_PORT !== undefined
			? await startOpsServer(config.METRICS_PORT, metrics, {
					data: () => ({ ok: live.current.base.facts.length > 0, detail: `${live.current.base.facts.length} facts` }),
					transport: () => ({ ok: listening && metrics.shardsReady() }),
					database: () => {
						db.prepare('SELECT 1').get();
						return { ok: true };
					},
				})
			: undefined;
	if (ops) logger.info({ port: ops.port }, 'serving /healthz, /readyz and /metrics');

	const shared = {
		commands,
		engine: () => live.current,
		reload,
		digests: {
			store: countingDigestStore(new DigestStore(db), metrics),
			graceMs: config.DIGEST_GRACE_HOURS * 3_600_000,
		},
		logger,
		limiters: createLimiters(defaultRateLimits, redis ? { redis, logger } : undefined),
		observe: (event: Parameters<Metrics['interaction']>[0]) => metrics.interaction(event),
	};
	// A signal while still connecting (or waiting to retry) stops the attempts.
	const connecting = new AbortController();
	const starting: Promise<{ stop(): Promise<void> }> = retryStartup<{ stop(): Promise<void> }>(
		() => (config.INTERACTIONS_PORT !== undefined ? startHttp(config, shared) : startGateway(config, shared, metrics)),
		{ logger, apiUrl: config.DISCORD_API_URL, what: 'connecting to Discord', signal: connecting.signal },
	).then((bot) => {
		listening = true;
		return bot;
	});
	// Listening from the start, so Ctrl-C while connecting also disconnects cleanly.
	await new Promise<void>((resolve, reject) => {
		starting.catch((error: unknown) => (connecting.signal.aborted ? resolve() : reject(error)));
		const stop = (signal: NodeJS.Signals) => {
			logger.info({ signal }, 'shutting down');
			connecting.abort();
			setTimeout(() => {
				logger.warn('shutdown took too long; exiting');
				process.exit(1);
			}, shutdownGraceMs).unref();
			starting
				.then(
					(bot) => bot.stop(),
					() => {},
				)
				.then(resolve, (error: unknown) => {
					logger.error({ err: error }, 'error while shutting down');
					resolve();
				});
		};
		process.once('SIGINT', stop);
		process.once('SIGTERM', stop);
	}).finally(async () => {
		await ops?.close();
		redis?.disconnect();
		db.close();
	});
	return 0;
}

type Shared = Omit<Parameters<typeof startBot>[0], 'config'>;

function startGateway(config: Config & { DISCORD_TOKEN?: string }, shared: Shared, metrics: Metrics) {
	return startBot({
		...shared,
		config: { ...config, DISCORD_TOKEN: config.DISCORD_TOKEN ?? '' },
		onShardStatus: (shard, status) => metrics.shard(shard, status),
	});
}

function startHttp(config: Config, shared: Shared) {
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
function connectRedis(url: string, logger: Logger): Redis {
	const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false });
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

runMain(main);

export type { OpsServer };
