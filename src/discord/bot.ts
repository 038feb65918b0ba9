import { Client, type ClientOptions, Events, GatewayIntentBits, Team } from 'discord.js';
import { commands, messageCommands, serverCommands } from '../../commands/index.js';
import type { Config } from '../config.js';
import type { AnswerEngine } from '../core/engine.js';
import { type Clock, systemClock } from '../digest/clock.js';
import { restPoster } from '../digest/poster.js';
import { DigestScheduler, type SchedulerOptions } from '../digest/scheduler.js';
import { DigestService } from '../digest/service.js';
import type { DigestStore } from '../digest/store.js';
import type { ReloadResult } from '../live-engine.js';
import type { Logger } from '../logger.js';
import { version } from '../version.js';
import { cannotPostIn } from './channel-check.js';
import { createInteractionHandler } from './interactions.js';
import { Pager } from './pager.js';
import { defaultRateLimits, type RateLimits, UserLimiter } from './rate-limit.js';

export interface BotOptions {
	config: Pick<Config, 'DISCORD_API_URL'> & { DISCORD_TOKEN: string; BOT_OWNER_IDS?: readonly string[] };
	/** Read on every interaction and digest, so swapping in reloaded data takes effect at once. */
	engine: () => AnswerEngine;
	/** Reloads the data (SIGHUP and /reload); keeps the current data when the new files fail. */
	reload: () => Promise<ReloadResult>;
	digests: {
		store: DigestStore;
		graceMs: number;
		clock?: Clock;
	} & Partial<Pick<SchedulerOptions, 'instance' | 'leaseMs' | 'backoff'>>;
	logger: Logger;
	rateLimits?: RateLimits;
	/** How long Previous/Next keep working on a long answer. Under 15 minutes: the reply's token lasts that long. */
	pageTtlMs?: number;
	/** Extra discord.js options, merged over ours (tests relax throttles this way). */
	clientOptions?: Partial<ClientOptions>;
}

export interface Bot {
	client: Client<true>;
	scheduler: DigestScheduler;
	stop(): Promise<void>;
}

/**
 * Connects to Discord with the Guilds intent only (slash commands need nothing privileged),
 * answers interactions and posts the guilds' digests until stopped. Resolves once ready.
 */
export async function startBot({
	config,
	engine,
	reload,
	digests: { store, clock = systemClock, ...scheduling },
	logger,
	rateLimits = defaultRateLimits,
	pageTtlMs = 10 * 60_000,
	clientOptions = {},
}: BotOptions): Promise<Bot> {
	const client = new Client({
		intents: [GatewayIntentBits.Guilds],
		// The default for every message: nothing pings unless a reply names its one user.
		allowedMentions: { parse: [], repliedUser: false },
		...clientOptions,
		rest: { ...clientOptions.rest, api: config.DISCORD_API_URL },
	});
	const pager = new Pager(pageTtlMs, logger);
	const limiters = { ask: new UserLimiter(rateLimits.ask), autocomplete: new UserLimiter(rateLimits.autocomplete) };
	// Started once ready; until then nothing can be due that it could post.
	const scheduler = new DigestScheduler({
		store,
		poster: restPoster(client.rest, () => client.user?.id),
		engine,
		clock,
		logger,
		...scheduling,
	});
	const service = new DigestService(store, engine, clock, scheduler);
	let owners: Promise<string[]> | undefined;
	const isOwner = async (userId: string) => {
		owners ??= config.BOT_OWNER_IDS?.length
			? Promise.resolve([...config.BOT_OWNER_IDS])
			: applicationOwners(client).catch((error: unknown) => {
					owners = undefined;
					throw error;
				});
		return (await owners).includes(userId);
	};
	const handle = createInteractionHandler({
		commands,
		messageCommands,
		serverCommands,
		context: () => ({ engine: engine(), version }),
		serverContext: (interaction) => ({
			engine: engine(),
			version,
			guildId: interaction.guildId,
			userId: interaction.user.id,
			digests: service,
			reload: async () => {
				const result = await reload();
				logReload(logger, result, { by: interaction.user.id });
				return result;
			},
			isOwner,
			cannotPostIn: (channelId) => cannotPostIn(interaction.client, interaction.guildId, channelId),
		}),
		logger,
		pager,
		limiters,
	});

	client.on(Events.InteractionCreate, (interaction) => void handle(interaction));
	client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
	client.on(Events.Warn, (message) => logger.warn(message));
	client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ shard, code: event.code }, 'gateway disconnected'));
	client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway resumed'));

	const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
	try {
		await client.login(config.DISCORD_TOKEN);
	} catch (error) {
		await client.destroy();
		throw error;
	}
	const readyClient = await ready;
	scheduler.start();
	logger.info(
		{ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size, version, instance: scheduler.instance },
		'ready',
	);

	return {
		client: readyClient,
		scheduler,
		async stop() {
			await scheduler.stop();
			pager.clear();
			limiters.ask.clear();
			limiters.autocomplete.clear();
			await client.destroy();
			logger.info('disconnected');
		},
	};
}

/** The application's owner, or its team's members: who may run /reload unless BOT_OWNER_IDS says otherwise. */
async function applicationOwners(client: Client): Promise<string[]> {
	const application = await client.application?.fetch();
	const owner = application?.owner;
	if (owner instanceof Team) return [...owner.members.keys()];
	return owner ? [owner.id] : [];
}

/** How many of a failed reload's problems its log line lists; `npm run validate-data` lists them all. */
const logReloadProblems = 10;

/** One log line per reload, whoever asked for it: what changed, or every problem that kept the old data. */
export function logReload(logger: Logger, result: ReloadResult, context: Record<string, unknown>): void {
	if (result.ok) {
		logger.info(
			{
				...context,
				facts: result.facts,
				added: result.added,
				changed: result.changed,
				removed: result.removed,
				figures: result.figures,
			},
			'data reloaded',
		);
	} else if ('busy' in result) {
		logger.warn(context, 'reload already running; this request was ignored');
	} else {
		// A summary, not every problem: a broken file of 100,000 facts must not become one huge line.
		logger.error(
			{ ...context, count: result.count, problems: result.problems.slice(0, logReloadProblems) },
			'data reload failed; still answering from the previous data',
		);
	}
}
