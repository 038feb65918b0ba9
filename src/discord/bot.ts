import { Client, type ClientOptions, Events, GatewayIntentBits, REST, Routes } from 'discord.js';
import { type APIInteraction, GatewayDispatchEvents } from 'discord-api-types/v10';
import type { Config } from '../config.js';
import type { DigestScheduler } from '../digest/scheduler.js';
import { createRuntime, type Runtime, type RuntimeOptions } from '../runtime.js';
import { version } from '../version.js';
import { cannotPostIn } from './channel-check.js';
import { withToken } from './reach.js';
import { sendLater, sendResponse } from './respond.js';

export type ShardStatus = 'connecting' | 'ready' | 'disconnected' | 'resuming';

export interface BotOptions extends Omit<RuntimeOptions, 'owners'> {
	config: Pick<Config, 'DISCORD_API_URL'> & {
		DISCORD_TOKEN: string;
		BOT_OWNER_IDS?: readonly string[];
		/** How many shards the bot has in all: a number, or `auto` for Discord's recommendation. */
		SHARD_COUNT?: number | 'auto';
		/** Which of them this process runs; all of them when unset. */
		SHARD_IDS?: readonly number[];
	};
	/** Told whenever a shard's state changes, for the metrics. */
	onShardStatus?(shard: number, status: ShardStatus): void;
	/** Extra discord.js options, merged over ours (tests relax throttles this way). */
	clientOptions?: Partial<ClientOptions>;
}

export interface Bot {
	client: Client<true>;
	scheduler: DigestScheduler;
	/** The shards this process runs, of how many. */
	shards: Shards;
	stop(): Promise<void>;
}

/** Which shards a process runs, of how many in all. */
export interface Shards {
	ids: readonly number[];
	count: number;
}

/** What the gateway needs to connect: the rest of {@link BotOptions} can be prepared meanwhile. */
export type GatewayOptions = Pick<BotOptions, 'config' | 'logger' | 'onShardStatus' | 'clientOptions'>;

/** What the bot needs besides the connection: the commands, the data, the digests and the limits. */
export type Prepared = Omit<RuntimeOptions, 'owners'>;

/**
 * The gateway transport: connects to Discord with the Guilds intent only (slash commands need
 * nothing privileged), on the shards this process runs, hands every interaction to the pipeline
 * and posts the guilds' digests until stopped. Resolves once every shard is ready.
 */
export async function startBot({
	config,
	logger,
	onShardStatus,
	clientOptions,
	...prepared
}: BotOptions): Promise<Bot> {
	const gateway: GatewayOptions = {
		config,
		logger,
		...(onShardStatus ? { onShardStatus } : {}),
		...(clientOptions ? { clientOptions } : {}),
	};
	return connectBot(gateway, async () => ({ ...prepared, logger }));
}

/**
 * `startBot`, with the rest of the bot prepared once the connection is under way: logging in is
 * round trips to Discord (the gateway's address, the WebSocket, identify, the guilds), so
 * `prepare` (loading the commands, opening the database) runs while they are in flight rather
 * than before them. An interaction that arrives first waits for it; ready is logged once the
 * shards, `prepare` and the data are all ready. A `prepare` that fails stops start-up with its
 * error at once, without waiting for Discord.
 */
export async function connectBot(
	{ config, logger, onShardStatus = () => {}, clientOptions = {} }: GatewayOptions,
	prepare: () => Promise<Prepared>,
): Promise<Bot> {
	const plan = await shardPlan(config, () =>
		new REST({ ...clientOptions.rest, api: config.DISCORD_API_URL }).setToken(config.DISCORD_TOKEN),
	);
	const client = new Client({
		intents: [GatewayIntentBits.Guilds],
		// The default for every message: nothing pings unless a reply names its one user.
		allowedMentions: { parse: [], repliedUser: false },
		...clientOptions,
		...(plan === 'auto' ? { shards: 'auto' } : { shards: [...plan.ids], shardCount: plan.count }),
		rest: { ...clientOptions.rest, api: config.DISCORD_API_URL },
	});
	// discord.js settles `auto` before it opens a connection, so every shard event comes after.
	const shards = () => (plan === 'auto' ? shardsOf(client) : plan);
	let preparing: Promise<{ options: Prepared; runtime: Runtime }> | undefined;
	const prepared = () => {
		preparing ??= prepare().then((options) => ({
			options,
			runtime: createRuntime(
				{ ...options, ...(config.BOT_OWNER_IDS ? { owners: config.BOT_OWNER_IDS } : {}) },
				{
					rest: client.rest,
					botUserId: () => client.user?.id,
					cannotPostIn: (guildId, channelId) => cannotPostIn(client as Client<true>, guildId, channelId),
				},
			),
		}));
		return preparing;
	};

	// The raw payload, as the HTTP endpoint receives it: one pipeline for both.
	client.on(Events.Raw, (packet: { t?: string; d?: unknown }) => {
		if (packet.t !== GatewayDispatchEvents.InteractionCreate) return;
		const interaction = packet.d as APIInteraction;
		prepared()
			.then(({ runtime }) => runtime.handle(interaction))
			.then(async ({ response, later }) => {
				if ((await sendResponse(client.rest, interaction, response, logger)) && later) {
					await sendLater(client.rest, interaction, later, logger);
				}
			})
			.catch((error: unknown) => logger.error({ err: error }, 'interaction not handled'));
	});
	client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
	client.on(Events.Warn, (message) => logger.warn(message));
	client.on(Events.ShardReady, (shard) => {
		onShardStatus(shard, 'ready');
		const guilds = client.guilds.cache.filter((guild) => guild.shardId === shard).size;
		logger.info({ shard, shards: shards().count, guilds }, 'shard ready');
	});
	client.on(Events.ShardDisconnect, (event, shard) => {
		onShardStatus(shard, 'disconnected');
		logger.warn({ shard, code: event.code }, 'gateway disconnected');
	});
	let stopping = false;
	client.on(Events.ShardReconnecting, (shard) => {
		// discord.js reports its own shutdown as a reconnect too.
		if (stopping) return;
		onShardStatus(shard, 'resuming');
		logger.info({ shard }, 'gateway reconnecting');
	});
	client.on(Events.ShardResume, (shard, replayed) => {
		onShardStatus(shard, 'ready');
		logger.info({ shard, replayed }, 'gateway resumed');
	});
	// With `auto` the shards are known only once discord.js has asked Discord: each is first told when ready.
	if (plan !== 'auto') for (const id of plan.ids) onShardStatus(id, 'connecting');

	const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
	const loggingIn = client.login(config.DISCORD_TOKEN);
	// Started once the login's first request is on its way; its failure ends the login's wait too.
	const started = prepared();
	const failed = started.then(() => new Promise<never>(() => {}));
	let readyClient: Client<true>;
	let options: Prepared;
	let runtime: Runtime;
	try {
		await Promise.race([loggingIn, failed]);
		readyClient = await Promise.race([ready, failed]);
		({ options, runtime } = await started);
		await options.ready;
	} catch (error) {
		await client.destroy();
		throw error;
	}
	runtime.scheduler.start();
	const running = shards();
	logger.info(
		{
			user: readyClient.user.tag,
			guilds: readyClient.guilds.cache.size,
			shards: running.ids,
			shardCount: running.count,
			version,
			instance: runtime.scheduler.instance,
		},
		'ready',
	);

	return {
		client: readyClient,
		scheduler: runtime.scheduler,
		shards: running,
		async stop() {
			stopping = true;
			await runtime.scheduler.stop();
			options.limiters.ask.clear();
			options.limiters.autocomplete.clear();
			await client.destroy();
			logger.info('disconnected');
		},
	};
}

/**
 * Which shards this process runs, of how many. `auto` for all of them is left to discord.js, which
 * asks Discord for its recommended count (GET /gateway/bot) as it logs in anyway: asking first as
 * well cost start-up a second request. With SHARD_IDS the count is asked here, to check the ids.
 */
export async function shardPlan(
	config: Pick<BotOptions['config'], 'SHARD_COUNT' | 'SHARD_IDS'>,
	rest: () => REST,
): Promise<Shards | 'auto'> {
	let count = config.SHARD_COUNT ?? 'auto';
	if (count === 'auto') {
		if (!config.SHARD_IDS) return 'auto';
		const gateway = (await withToken(() => rest().get(Routes.gatewayBot()))) as { shards: number };
		count = gateway.shards;
	}
	const ids = config.SHARD_IDS ?? Array.from({ length: count }, (_, id) => id);
	const outside = ids.filter((id) => id >= count);
	if (outside.length > 0) {
		throw new ShardConfigError(
			`SHARD_IDS: shard ${outside.join(', ')} does not exist with ${count} shard${count === 1 ? '' : 's'} (ids run from 0 to ${count - 1}); set SHARD_COUNT to the total over every process`,
		);
	}
	return { ids, count };
}

/** The shards discord.js settled on for `auto`, once it has asked Discord. */
function shardsOf(client: Client): Shards {
	const { shards, shardCount } = client.options;
	return { ids: Array.isArray(shards) ? shards : [], count: shardCount ?? 0 };
}

export class ShardConfigError extends Error {
	override name = 'ShardConfigError';
}
