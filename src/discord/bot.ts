import { Client, type ClientOptions, Events, GatewayIntentBits } from 'discord.js';
import { commands, messageCommands } from '../../commands/index.js';
import type { Config } from '../config.js';
import type { AnswerEngine } from '../core/engine.js';
import type { Logger } from '../logger.js';
import { version } from '../version.js';
import { createInteractionHandler } from './interactions.js';
import { Pager } from './pager.js';
import { defaultRateLimits, type RateLimits, UserLimiter } from './rate-limit.js';

export interface BotOptions {
	config: Pick<Config, 'DISCORD_API_URL'> & { DISCORD_TOKEN: string };
	/** Read on every interaction, so swapping in reloaded data takes effect at once. */
	engine: () => AnswerEngine;
	logger: Logger;
	rateLimits?: RateLimits;
	/** How long Previous/Next keep working on a long answer. Under 15 minutes: the reply's token lasts that long. */
	pageTtlMs?: number;
	/** Extra discord.js options, merged over ours (tests relax throttles this way). */
	clientOptions?: Partial<ClientOptions>;
}

export interface Bot {
	client: Client<true>;
	stop(): Promise<void>;
}

/**
 * Connects to Discord with the Guilds intent only (slash commands need nothing privileged) and
 * answers interactions until stopped. Resolves once the bot is ready.
 */
export async function startBot({
	config,
	engine,
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
	const handle = createInteractionHandler({
		commands,
		messageCommands,
		context: () => ({ engine: engine(), version }),
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
	logger.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size, version }, 'ready');

	return {
		client: readyClient,
		async stop() {
			pager.clear();
			limiters.ask.clear();
			limiters.autocomplete.clear();
			await client.destroy();
			logger.info('disconnected');
		},
	};
}
