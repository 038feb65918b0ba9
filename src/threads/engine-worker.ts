/**
 * The engine thread: loads the data, then answers `Request`s from the bot's main thread, one at a
 * time, and reloads on request. The main thread keeps only the gateway or HTTP endpoint, so a
 * slow question never holds up a heartbeat or another server's interaction.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DataError } from '../data/problems.js';
import { LiveEngine } from '../live-engine.js';
import { answerMethods, type Reply, type Request } from './engine-protocol.js';

const port = parentPort;
if (!port) throw new Error('the engine thread runs only as a worker thread');
const post = (reply: Reply) => port.postMessage(reply);
const allowed = new Set<string>(answerMethods);

async function start(dataDir: string): Promise<LiveEngine | undefined> {
	try {
		return await LiveEngine.load(dataDir);
	} catch (error) {
		post({
			failed: error instanceof DataError ? { problems: [...error.problems] } : { message: (error as Error).message },
		});
		return undefined;
	}
}

async function serve(live: LiveEngine, request: Request): Promise<Reply> {
	const { id } = request;
	if ('reload' in request) {
		const result = await live.reload();
		return { id, result, sources: live.current.sources };
	}
	if (!allowed.has(request.method)) return { id, error: `no such question: ${request.method}` };
	try {
		const engine = live.current;
		const method = engine[request.method] as (...args: unknown[]) => unknown;
		return { id, result: await method.apply(engine, request.args) };
	} catch (error) {
		return { id, error: (error as Error).message };
	}
}

const live = await start((workerData as { dataDir: string }).dataDir);
if (live) {
	port.on('message', (request: Request) => void serve(live, request).then(post));
	post({ loaded: live.current.sources });
}
