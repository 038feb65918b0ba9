import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread on the module `name` beside the caller (`import.meta.url`): the
 * compiled `.js` when the caller is compiled, the `.ts` through tsx's loader when it runs from
 * TypeScript (tsx, vitest), since a worker does not inherit its parent's loader.
 *
 * @example
 * const worker = startModuleWorker(import.meta.url, './read-worker', { workerData: request });
 */
export function startModuleWorker(caller: string, name: string, options: WorkerOptions): Worker {
	// tsx may add a query to a module's URL (its namespace): the path alone tells which it is.
	if (!new URL(caller).pathname.endsWith('.ts')) return new Worker(new URL(`${name}.js`, caller), options);
	const source = new URL(`${name}.ts`, caller).href;
	const bootstrap = `import { tsImport } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};
await tsImport(${JSON.stringify(source)}, import.meta.url);`;
	return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), options);
}
