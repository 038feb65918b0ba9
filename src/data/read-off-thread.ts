import type { Worker } from 'node:worker_threads';
import { truncate } from '../core/text.js';
import { startModuleWorker } from '../threads/module-worker.js';
import type { DataSet } from './load.js';

export interface ReadRequest {
	dataDir: string;
	/** How many problems come back in full; the rest are only counted. */
	maxProblems: number;
	maxFileBytes?: number;
}

/** A data directory read and checked, or why not: the first problems, each on one line, and how many there were. */
export type ReadOutcome = { ok: true; data: DataSet } | { ok: false; problems: string[]; count: number };

export interface ReadOffThreadOptions {
	/** Aborting stops the worker (a reload that took too long): the read then resolves as failed. */
	signal?: AbortSignal;
	maxProblems?: number;
	maxFileBytes?: number;
	/** The worker's heap limit: past it the read fails instead of taking the bot's memory. */
	maxHeapMb?: number;
}

/** The longest a problem line may be: a problem quoting a whole file must not become megabytes of log. */
const maxProblemLength = 500;

/**
 * Reads and validates a data directory in a worker thread, so parsing and checking large files
 * never blocks the main thread's event loop (the bot's interactions). The result is the same as
 * `loadDataSet`'s, with problems summarised (the first `maxProblems`, and the count).
 */
export function readDataOffThread(dataDir: string, options: ReadOffThreadOptions): Promise<ReadOutcome> {
	const request: ReadRequest = {
		dataDir,
		maxProblems: options.maxProblems ?? 20,
		...(options.maxFileBytes ? { maxFileBytes: options.maxFileBytes } : {}),
	};
	const worker = startWorker(request, options.maxHeapMb ?? 512);
	return new Promise<ReadOutcome>((resolve) => {
		const fail = (problem: string) => resolve({ ok: false, problems: [problem], count: 1 });
		const abort = () => {
			fail(`reading the data was stopped: ${String(options.signal?.reason ?? 'aborted')}`);
			void worker.terminate();
		};
		if (options.signal?.aborted) abort();
		options.signal?.addEventListener('abort', abort, { once: true });
		worker.once('message', (outcome: ReadOutcome) => {
			resolve(
				outcome.ok
					? outcome
					: { ...outcome, problems: outcome.problems.map((line) => truncate(line, maxProblemLength)) },
			);
		});
		worker.once('error', (error: Error & { code?: string }) => {
			fail(
				error.code === 'ERR_WORKER_OUT_OF_MEMORY'
					? `reading the data needed more than ${options.maxHeapMb ?? 512} MB of memory`
					: `reading the data failed: ${truncate(error.message, maxProblemLength)}`,
			);
		});
		worker.once('exit', (code) => {
			options.signal?.removeEventListener('abort', abort);
			fail(`reading the data stopped unexpectedly (worker exit ${code})`);
		});
	});
}

function startWorker(request: ReadRequest, maxHeapMb: number): Worker {
	return startModuleWorker(import.meta.url, './read-worker', {
		workerData: request,
		resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
	});
}
