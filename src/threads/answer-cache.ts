import { deepFreeze } from '../deep-freeze.js';
import { type AnswerMethod, answerMethods } from './engine-protocol.js';

/**
 * The questions whose answers are kept, by method and arguments. The engine has no clock or
 * randomness: the same question on the same data always gets the same answer, so an answer kept
 * until the data changes is the answer the thread would send again. Keeping it saves the round
 * trip to the thread and copying the answer across, which is most of what a repeated command
 * (a /prison, an autocomplete keystroke) costs. `check` and `digest` are left out: their
 * arguments are whole messages and digests, rarely asked twice.
 */
const kept = new Set<AnswerMethod>(answerMethods.filter((method) => method !== 'check' && method !== 'digest'));

/** Enough for the commands without options and the common questions; a bound keeps memory flat. */
const maxEntries = 500;
/** Longer arguments are not kept: a long question is rarely asked twice word for word. */
const maxKeyLength = 300;

/**
 * Answers already given for the current data, the oldest first out (a repeat does not move an
 * answer up: reordering cost more than it saved). Each is frozen, so a caller that changed a
 * shared answer would fail loudly rather than change the next reply.
 */
export class AnswerCache {
	readonly #entries = new Map<string, unknown>();

	/** The key for a question, or undefined when its answer is not kept. */
	key(method: AnswerMethod, args: readonly unknown[]): string | undefined {
		if (!kept.has(method)) return undefined;
		const key = `${method}${JSON.stringify(args)}`;
		return key.length <= maxKeyLength ? key : undefined;
	}

	get(key: string): unknown {
		return this.#entries.get(key);
	}

	set(key: string, value: unknown): void {
		this.#entries.set(key, deepFreeze(value));
		// Maps keep insertion order: the first key is the oldest.
		if (this.#entries.size > maxEntries) this.#entries.delete(this.#entries.keys().next().value as string);
	}

	/** The data changed (a reload, a restarted thread): nothing kept holds any more. */
	clear(): void {
		this.#entries.clear();
	}
}
