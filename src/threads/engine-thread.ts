import type { Worker } from 'node:worker_threads';
import type { Answer, Suggestion } from '../core/answer.js';
import type { AnswerSource, Sources } from '../core/answer-source.js';
import type { Digest, PreviousDigest } from '../core/digest.js';
import type { TimelineOptions } from '../core/engine.js';
import { DataError } from '../data/problems.js';
import type { ReloadResult } from '../live-engine.js';
import { AnswerCache } from './answer-cache.js';
import type { AnswerMethod, Reply, Request } from './engine-protocol.js';
import { startModuleWorker } from './module-worker.js';

type Pending = { resolve(value: unknown): void; reject(error: Error): void };

export interface EngineThreadOptions {
	/** Told when the thread stopped unexpectedly and is starting again (the data is loaded anew). */
	onRestart?: (reason: string) => void;
}

/**
 * The answer engine in a worker thread: the same `AnswerSource` as an `AnswerEngine`, with every
 * answer arriving by message. Loading the data and building the index run on their own core
 * while the main thread connects to Discord, and answering never blocks the main thread's event
 * loop. A thread that dies is started again; what was asked of it meanwhile fails with a reason.
 *
 * @example
 * const engine = await EngineThread.start('data'); // rejects with a DataError if the data is bad
 * const answer = await engine.ask('who leads Viv Ansanm?');
 * await engine.close();
 */
export class EngineThread implements AnswerSource {
	#worker: Worker;
	#sources: Sources;
	#next = 0;
	#closing = false;
	/** Why the thread cannot answer right now: it stopped and is starting again. */
	#down: string | undefined;
	readonly #pending = new Map<number, Pending>();
	readonly #cache = new AnswerCache();
	/** Bumped whenever the data may change (a reload starts or ends, the thread restarts): an answer asked for before is not kept. */
	#generation = 0;
	#reloading = 0;

	private constructor(
		readonly dataDir: string,
		started: { worker: Worker; sources: Sources },
		private readonly options: EngineThreadOptions,
	) {
		this.#worker = started.worker;
		this.#sources = started.sources;
		this.#watch();
	}

	/** Tells `onRestart` from now on (for a thread started before the logger existed). */
	onRestart(onRestart: (reason: string) => void): this {
		this.options.onRestart = onRestart;
		return this;
	}

	/** Starts the thread and resolves once its data is loaded and indexed. */
	static async start(dataDir: string, options: EngineThreadOptions = {}): Promise<EngineThread> {
		return new EngineThread(dataDir, await launch(dataDir), options);
	}

	get sources(): Sources {
		return this.#sources;
	}

	ask = (question: string) => this.#call<Answer>('ask', question);
	lookup = (query: string) => this.#call<Answer>('lookup', query);
	check = (message: string) => this.#call<Answer>('check', message);
	complete = (input: string) => this.#call<Suggestion[]>('complete', input);
	leaders = (coalition?: string) => this.#call<Answer>('leaders', coalition);
	coalitions = (text?: string) => this.#call<Suggestion[]>('coalitions', text);
	prisonFigures = (prison?: string) => this.#call<Answer>('prisonFigures', prison);
	prisons = (text?: string) => this.#call<Suggestion[]>('prisons', text);
	timeline = (options?: TimelineOptions) => this.#call<Answer>('timeline', options);
	about = () => this.#call<Answer>('about');
	digest = (previous: PreviousDigest | undefined) => this.#call<Digest>('digest', previous);

	/** Reloads the data files in the thread, keeping the current data if they fail. */
	async reload(): Promise<ReloadResult> {
		this.#dataMayChange(1);
		try {
			return await this.#send<ReloadResult>((id) => ({ id, reload: true }));
		} finally {
			this.#dataMayChange(-1);
		}
	}

	#dataMayChange(reloading: number): void {
		this.#reloading += reloading;
		this.#generation++;
		this.#cache.clear();
	}

	async close(): Promise<void> {
		this.#closing = true;
		await this.#worker.terminate();
	}

	#call<T>(method: AnswerMethod, ...args: unknown[]): Promise<T> {
		// Trailing undefined arguments stay off the wire: the engine's defaults apply.
		while (args.length > 0 && args.at(-1) === undefined) args.pop();
		const key = this.#down ? undefined : this.#cache.key(method, args);
		const kept = key === undefined ? undefined : this.#cache.get(key);
		if (kept !== undefined) return Promise.resolve(kept as T);
		const generation = this.#generation;
		const answer = this.#send<T>((id) => ({ id, method, args }));
		if (key === undefined) return answer;
		return answer.then((result) => {
			// Answered from the data this key was asked of, not during or across a reload.
			if (generation === this.#generation && this.#reloading === 0) this.#cache.set(key, result);
			return result;
		});
	}

	#send<T>(request: (id: number) => Request): Promise<T> {
		const id = this.#next++;
		const down = this.#down;
		if (down) return Promise.reject(new Error(down));
		return new Promise<T>((resolve, reject) => {
			this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
			this.#worker.postMessage(request(id));
		});
	}

	#watch(): void {
		const worker = this.#worker;
		worker.on('message', (reply: Reply) => {
			if (!('id' in reply)) return;
			const pending = this.#pending.get(reply.id);
			this.#pending.delete(reply.id);
			if ('error' in reply) return pending?.reject(new Error(reply.error));
			if (reply.sources) this.#sources = reply.sources;
			pending?.resolve(reply.result);
		});
		// An error is followed by its exit: the exit decides what happens next.
		worker.on('error', () => undefined);
		worker.once('exit', (code) => {
			if (this.#closing) return;
			const reason = `the engine thread stopped (exit ${code})`;
			// The thread loads the files anew when it starts again: they may have changed.
			this.#generation++;
			this.#cache.clear();
			this.#down = `${reason} and is starting again`;
			for (const pending of this.#pending.values()) pending.reject(new Error(reason));
			this.#pending.clear();
			this.options.onRestart?.(reason);
			void this.#restart();
		});
	}

	async #restart(): Promise<void> {
		try {
			const started = await launch(this.dataDir);
			if (this.#closing) return void started.worker.terminate();
			this.#worker = started.worker;
			this.#sources = started.sources;
			this.#down = undefined;
			this.#watch();
		} catch (error) {
			this.#down = `the engine thread could not start again: ${(error as Error).message}`;
			this.options.onRestart?.(this.#down);
		}
	}
}

/**
 * The thread's young generation, capped: V8 sizes a new isolate's for throughput, and its unused
 * room is resident memory the bot pays for twice. The engine's garbage is short-lived and small
 * (an answer's), so a smaller nursery costs no measurable time; the old generation is not capped.
 * 4 MB rather than 8 keeps ~2.5 MB less resident once the index is built, and answering the public
 * questions through the thread took the same time with either.
 */
const resourceLimits = { maxYoungGenerationSizeMb: 4 };

/** A new engine thread, once it has loaded the data: or why it could not. */
function launch(dataDir: string): Promise<{ worker: Worker; sources: Sources }> {
	const worker = startModuleWorker(import.meta.url, './engine-worker', { workerData: { dataDir }, resourceLimits });
	return new Promise((resolve, reject) => {
		const fail = (error: Error) => {
			void worker.terminate();
			reject(error);
		};
		worker.once('message', (reply: Reply) => {
			worker.removeAllListeners('exit');
			worker.removeAllListeners('error');
			if ('loaded' in reply) return resolve({ worker, sources: reply.loaded });
			if ('failed' in reply) {
				const { failed } = reply;
				return fail('problems' in failed ? new DataError(failed.problems) : new Error(failed.message));
			}
			fail(new Error('the engine thread answered before it had loaded'));
		});
		worker.once('error', fail);
		worker.once('exit', (code) => reject(new Error(`the engine thread stopped while loading (exit ${code})`)));
	});
}
