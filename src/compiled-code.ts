import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';
import { readCachedBytes, writeCachedBytes } from './core/disk-cache.js';

/** Scripts compiled this run without usable cached code: `keepCompiledCode` saves theirs. */
const uncached: { script: Script; key: unknown }[] = [];

/**
 * Runs a CommonJS bundle (the build's dist/src/vendor/discord.cjs) with V8's code cache: the
 * bytecode V8 compiled for it on an earlier start is read back from node_modules/.cache/sitrep
 * instead of compiling the bundle's three megabytes again, as Node 22's module compile cache
 * does for every module (Node 20 has none). Compiling discord.js was a third of the main
 * thread's start-up. Without a cache (the first start, another Node, a new build) the bundle is
 * compiled as usual, and `keepCompiledCode` keeps the result for the next start.
 *
 * @param file - the bundle's absolute path
 * @returns its `module.exports`
 */
export function requireCompiled(file: string): unknown {
	// The build wrote it wrapped as a function, as Node wraps a CommonJS module: wrapping it here
	// would make a second copy of three megabytes, which only a full garbage collection frees.
	// ASCII only (see scripts/bundle.mjs): read as Latin-1, its characters take one byte each.
	const source = readFileSync(file, 'latin1');
	// V8 checks a cache against the source's length only: the key names this very file, as the
	// build last wrote it (hashing its text would cost more than the time it saves).
	const { mtimeMs, size } = statSync(file);
	const key = [file, mtimeMs, size, process.version, process.arch];
	const cachedData = readCachedBytes('compiled', key);
	const script = new Script(source, {
		filename: file,
		...(cachedData ? { cachedData } : {}),
	});
	// Rejected when this V8 or its flags differ from those that made it: compiled afresh, kept anew.
	if (!cachedData || script.cachedDataRejected) uncached.push({ script, key });
	const module = { exports: {} };
	const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
	wrapper.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
	return module.exports;
}

/**
 * Saves the code V8 has compiled so far for the bundles that had no usable cache. Called once the
 * bot is ready, so the cache also holds the functions logging in compiled, and the work of
 * serialising it is not part of the start.
 */
export function keepCompiledCode(): void {
	for (const { script, key } of uncached.splice(0)) writeCachedBytes('compiled', key, script.createCachedData());
}
