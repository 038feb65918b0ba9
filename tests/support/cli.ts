import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { patienceMs } from './wait.js';

export const root = path.resolve(import.meta.dirname, '../..');

/** tsx's loader by path, so an entry point also runs from a folder outside the checkout. */
const tsx = pathToFileURL(path.join(root, 'node_modules/tsx/dist/loader.mjs')).href;

/**
 * Runs one of the project's TypeScript entry points the way npm scripts do (through tsx), from the
 * checkout or from `cwd` (where a `.env` is read from).
 */
export function runEntry(
	entry: string,
	args: string[] = [],
	options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {},
) {
	return spawnSync(process.execPath, ['--import', tsx, path.resolve(root, entry), ...args], {
		cwd: options.cwd ?? root,
		encoding: 'utf8',
		input: options.input ?? '',
		env: { ...process.env, DISCORD_TOKEN: '', ...options.env },
		// Only so a hung entry point ends the test; a busy machine may be slow.
		timeout: patienceMs,
	});
}
