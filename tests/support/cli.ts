import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');

/** Runs one of the project's TypeScript entry points the way npm scripts do (through tsx). */
export function runEntry(
	entry: string,
	args: string[] = [],
	options: { input?: string; env?: NodeJS.ProcessEnv } = {},
) {
	return spawnSync(process.execPath, ['--import', 'tsx', entry, ...args], {
		cwd: root,
		encoding: 'utf8',
		input: options.input ?? '',
		env: { ...process.env, DISCORD_TOKEN: '', ...options.env },
		timeout: 20_000,
	});
}
