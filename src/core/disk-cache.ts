import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Results of older data are kept a while (a reload may go back), then removed: the newest few of each kind stay. */
const keptPerKind = 8;

/**
 * Something derived from the data that depends only on its inputs (and the code's and libraries'
 * versions, which belong in `key`), kept on disk between runs: a restart or a reload of the same
 * data reads it back instead of working it out again. The cache lives in node_modules/.cache/sitrep;
 * when it cannot be written (a read-only install), the result is simply computed each time.
 *
 * @param kind - names the file (`<kind>-<hash of key>.json`) and the group pruned together
 * @param key - everything the result depends on; JSON-serialised and hashed
 * @param compute - works the result out, as JSON-serialisable data
 */
export function cachedOnDisk<T>(kind: string, key: unknown, compute: () => T): T {
	const cached = readCached<T>(kind, key);
	if (cached !== undefined) return cached;
	const result = compute();
	writeCached(kind, key, result);
	return result;
}

/** What `writeCached` kept for this kind and key, if anything (a damaged file counts as nothing). */
export function readCached<T>(kind: string, key: unknown): T | undefined {
	const file = cacheFile(kind, key);
	if (!file || !existsSync(file)) return undefined;
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as T;
	} catch {
		// A damaged cache file is recomputed and replaced.
		return undefined;
	}
}

/** Keeps a JSON-serialisable result for `readCached`; silently does nothing where the cache cannot be written. */
export function writeCached(kind: string, key: unknown, value: unknown): void {
	writeFile(cacheFile(kind, key), kind, () => JSON.stringify(value));
}

/** Bytes `writeCachedBytes` kept for this kind and key, if any. */
export function readCachedBytes(kind: string, key: unknown): Buffer | undefined {
	const file = cacheFile(kind, key, '.bin');
	if (!file || !existsSync(file)) return undefined;
	try {
		return readFileSync(file);
	} catch {
		return undefined;
	}
}

/** Keeps bytes for `readCachedBytes`; silently does nothing where the cache cannot be written. */
export function writeCachedBytes(kind: string, key: unknown, bytes: Uint8Array): void {
	writeFile(cacheFile(kind, key, '.bin'), kind, () => bytes);
}

/** Writes whole or not at all (a temporary file renamed), then prunes the kind's older files. */
function writeFile(file: string | undefined, kind: string, contents: () => string | Uint8Array): void {
	if (!file) return;
	try {
		const dir = path.dirname(file);
		mkdirSync(dir, { recursive: true });
		const temporary = `${file}.${process.pid}.tmp`;
		writeFileSync(temporary, contents());
		renameSync(temporary, file);
		prune(dir, kind, path.extname(file));
	} catch {
		// Not writable: the next start computes it again.
	}
}

function cacheFile(kind: string, key: unknown, extension = '.json'): string | undefined {
	const dir = cacheDir();
	if (!dir) return undefined;
	const hash = createHash('sha256').update(JSON.stringify(key)).digest('hex').slice(0, 32);
	return path.join(dir, `${kind}-${hash}${extension}`);
}

function prune(dir: string, kind: string, extension: string): void {
	const files = readdirSync(dir)
		.filter((name) => name.startsWith(`${kind}-`) && name.endsWith(extension))
		.map((name) => ({ name, at: statSync(path.join(dir, name)).mtimeMs }))
		.sort((a, b) => b.at - a.at);
	for (const { name } of files.slice(keptPerKind)) rmSync(path.join(dir, name), { force: true });
}

/** node_modules/.cache/sitrep under the package this code belongs to, from src/ or from dist/. */
function cacheDir(): string | undefined {
	for (let dir = import.meta.dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
		if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'node_modules'))) {
			return path.join(dir, 'node_modules', '.cache', 'sitrep');
		}
	}
	return undefined;
}
