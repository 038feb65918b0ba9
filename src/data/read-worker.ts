/**
 * The worker thread's side of `readDataOffThread`: reads and checks one data directory and posts
 * the outcome back. Everything here runs off the main thread, so the bot keeps answering meanwhile.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadDataSet } from './load.js';
import { DataError, formatProblem } from './problems.js';
import type { ReadOutcome, ReadRequest } from './read-off-thread.js';

const { dataDir, maxProblems, maxFileBytes } = workerData as ReadRequest;

async function read(): Promise<ReadOutcome> {
	try {
		return { ok: true, data: await loadDataSet(dataDir, { maxFileBytes }) };
	} catch (error) {
		if (!(error instanceof DataError)) return { ok: false, problems: [(error as Error).message], count: 1 };
		return {
			ok: false,
			problems: error.problems.slice(0, maxProblems).map(formatProblem),
			count: error.problems.length,
		};
	}
}

parentPort?.postMessage(await read());
