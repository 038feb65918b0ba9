import type { RepliableInteraction } from 'discord.js';
import type { Answer } from '../core/answer.js';
import type { Logger } from '../logger.js';
import type { View } from './reply.js';

export interface Pages {
	answer: Answer;
	view: View;
}

/**
 * Remembers long answers so their Previous/Next buttons can turn pages. Pages live for a while
 * (they are in memory, so a restart ends them too); when they expire, the buttons are removed
 * from the message so nobody presses a dead button.
 */
export class Pager {
	readonly #open = new Map<string, Pages & { timer: NodeJS.Timeout }>();

	constructor(
		readonly ttlMs: number,
		readonly logger: Logger,
	) {}

	/** Keeps an answer's pages for `ttlMs`; `message` is the interaction whose reply shows them. */
	open(token: string, pages: Pages, message: RepliableInteraction): void {
		this.#close(token);
		const timer = setTimeout(() => {
			this.#open.delete(token);
			message.editReply({ components: [], allowedMentions: { parse: [] } }).catch((error: unknown) => {
				// The reply may be gone (deleted, or older than the interaction token): nothing to tidy.
				this.logger.debug({ err: error, token }, 'could not remove expired page buttons');
			});
		}, this.ttlMs);
		timer.unref();
		this.#open.set(token, { ...pages, timer });
	}

	get(token: string): Pages | undefined {
		return this.#open.get(token);
	}

	/** Forgets every open answer without touching the messages, on shutdown. */
	clear(): void {
		for (const token of [...this.#open.keys()]) this.#close(token);
	}

	#close(token: string): void {
		const entry = this.#open.get(token);
		if (!entry) return;
		clearTimeout(entry.timer);
		this.#open.delete(token);
	}
}
