#!/usr/bin/env node
// `npm start` runs compiled JavaScript from dist/. This builds it with tsc (incrementally) only
// when a source is newer than the last build, so a start with nothing changed costs a file scan;
// then the two threads' entry points are bundled over tsc's output (see bundle.mjs).
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const stamp = path.join(root, 'dist', '.tsbuildinfo');
// package-lock.json too: the main thread's bundle holds discord.js, so a new version of it is a new build.
const inputs = [
	'src',
	'commands',
	'scripts',
	'tsconfig.json',
	'tsconfig.build.json',
	'package.json',
	'package-lock.json',
];

/** The newest modification time under a path: files and folders (a deleted file changes its folder). */
function newest(target) {
	const stat = statSync(target, { throwIfNoEntry: false });
	if (!stat) return 0;
	if (!stat.isDirectory()) return stat.mtimeMs;
	let latest = stat.mtimeMs;
	for (const entry of readdirSync(target)) latest = Math.max(latest, newest(path.join(target, entry)));
	return latest;
}

const built = statSync(stamp, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const changed = Math.max(...inputs.map((input) => newest(path.join(root, input))));
if (process.argv.includes('--force') || changed > built) {
	const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
	const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
	if (result.status !== 0) {
		console.error('The build failed: `npm run typecheck` shows every error.');
		process.exit(result.status ?? 1);
	}
	// Chunks are named by content: those of earlier builds would only accumulate.
	for (const chunks of [['chunks'], ['threads', 'chunks']]) {
		rmSync(path.join(root, 'dist', 'src', ...chunks), { recursive: true, force: true });
	}
	try {
		// Imported only when building: a start with nothing changed does not load esbuild.
		const { bundle } = await import('./bundle.mjs');
		await bundle();
	} catch (error) {
		console.error(`Bundling failed: ${error.message}`);
		process.exit(1);
	}
	// tsc leaves its build info alone when nothing needed emitting: mark this build as the latest.
	const now = new Date();
	utimesSync(stamp, now, now);
}
