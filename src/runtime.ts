import type { REST } from 'discord.js';
import type { APIInteraction } from 'discord-api-types/v10';
import type { CommandSet } from './commands/define.js';
import type { AnswerSource } from './core/answer-source.js';
import { type Clock, systemClock } from './digest/clock.js';
import { restPoster } from './digest/poster.js';
import { DigestScheduler, type SchedulerOptions } from './digest/scheduler.js';
import { DigestService } from './digest/service.js';
import type { DigestStore } from './digest/store.js';
import { applicationOwners } from './discord/respond.js';
import { createPipeline } from './interactions/pipeline.js';
import type { RateLimiter } from './interactions/rate-limit.js';
import type { Handled, PipelineDeps } from './interactions/types.js';
import type { ReloadResult } from './live-engine.js';
import type { Logger } from './logger.js';
import { version } from './version.js';

/** What both transports share: the commands, the data, the digests and the limits. */
export interface RuntimeOptions {
	commands: CommandSet;
	/** Read on every interaction and digest, so swapping in reloaded data takes effect at once. */
	engine: () => AnswerSource;
	/** Reloads the data (SIGHUP and /reload); keeps the current data when the new files fail. */
	reload: () => Promise<ReloadResult>;
	digests: { store: DigestStore; graceMs: number; clock?: Clock } & Partial<
		Pick<SchedulerOptions, 'instance' | 'leaseMs' | 'backoff'>
	>;
	logger: Logger;
	limiters: { ask: RateLimiter; autocomplete: RateLimiter };
	/** Who may run /reload; by default the application's owner or team. */
	owners?: readonly string[];
	observe?: PipelineDeps['observe'];
	/** Settles once the bot can answer (the data has loaded); nothing is handled before. */
	ready?: Promise<unknown>;
}

export interface Runtime {
	handle(interaction: APIInteraction): Promise<Handled>;
	scheduler: DigestScheduler;
}

/**
 * The bot without its transport: the interaction pipeline and the digest scheduler, talking to
 * Discord over REST only. The gateway and the HTTP endpoint each wrap one.
 */
export function createRuntime(
	options: RuntimeOptions,
	transport: {
		rest: REST;
		botUserId: () => string | undefined;
		/** Why the bot could not post a digest in a channel, or undefined if it can. */
		cannotPostIn(guildId: string, channelId: string): Promise<string | undefined>;
	},
): Runtime {
	const { engine, reload, logger, digests } = options;
	const { store, clock = systemClock, ...scheduling } = digests;
	const scheduler = new DigestScheduler({
		store,
		poster: restPoster(transport.rest, transport.botUserId),
		engine,
		clock,
		logger,
		...scheduling,
	});
	const service = new DigestService(store, engine, clock, scheduler);
	let owners: Promise<string[]> | undefined;
	const isOwner = async (userId: string) => {
		owners ??= options.owners?.length
			? Promise.resolve([...options.owners])
			: applicationOwners(transport.rest).catch((error: unknown) => {
					owners = undefined;
					throw error;
				});
		return (await owners).includes(userId);
	};
	const handle = createPipeline({
		commands: options.commands,
		context: () => ({ engine: engine(), version }),
		serverContext: ({ guildId, userId }) => ({
			engine: engine(),
			version,
			guildId,
			userId,
			digests: service,
			reload: async () => {
				const result = await reload();
				logReload(logger, result, { by: userId });
				return result;
			},
			isOwner,
			cannotPostIn: (channelId) => transport.cannotPostIn(guildId, channelId),
		}),
		limiters: options.limiters,
		logger,
		...(options.observe ? { observe: options.observe } : {}),
	});
	const ready = options.ready ?? Promise.resolve();
	return {
		handle: async (interaction) => {
			await ready;
			return handle(interaction);
		},
		scheduler,
	};
}

/** How many of a failed reload's problems its log line lists; `npm run validate-data` lists them all. */
const logReloadProblems = 10;

/** One log line per reload, whoever asked for it: what changed, or a summary of the problems that kept the old data. */
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
