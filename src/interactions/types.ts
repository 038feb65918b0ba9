import type { APIInteractionResponse } from 'discord-api-types/v10';
import type { CommandContext, CommandSet, ServerContext } from '../commands/define.js';
import type { Logger } from '../logger.js';
import type { Preconditions } from './preconditions.js';
import type { RateLimiter } from './rate-limit.js';
import type { MessageBody } from './reply.js';

/** What is sent after the response, over the interaction's webhook: the deferred reply's content, then follow-ups. */
export interface Later {
	edit?: MessageBody;
	followUps: MessageBody[];
}

/** An interaction's outcome: the response body, and work that finishes after it (a deferred reply). */
export interface Handled {
	response: APIInteractionResponse;
	later?: () => Promise<Later>;
}

/** How interactions end up, for the metrics: answered, refused (a precondition), or failed. */
export type Outcome = 'answered' | 'refused' | 'failed';

/** What the pipeline needs from the process it runs in, the same for every transport. */
export interface PipelineDeps {
	commands: CommandSet;
	/** Read on every interaction, so a reload is seen by the next one. */
	context(): CommandContext;
	/** What a server command may use, in a server. */
	serverContext(where: { guildId: string; userId: string }): ServerContext;
	limiters: { ask: RateLimiter; autocomplete: RateLimiter };
	logger: Logger;
	/** Told about every interaction once it is answered. */
	observe?(event: { command: string; outcome: Outcome; seconds: number }): void;
}

/**
 * A found interaction, parsed: what it needs before it runs, and how it runs. `label` names it
 * in the logs and metrics: a command's name, or the kind of component.
 */
export interface Route {
	label: string;
	needs: Preconditions;
	run(): Promise<Handled>;
}
