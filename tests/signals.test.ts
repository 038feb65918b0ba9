import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { root } from './support/cli.js';

describe('signals', () => {
	it('ends the process when a shutdown outlasts its grace period, saying so', async () => {
		const tsx = pathToFileURL(path.join(root, 'node_modules/tsx/dist/loader.mjs')).href;
		const child = spawn(process.execPath, ['--import', tsx, 'tests/support/hung-shutdown.ts'], {
			cwd: root,
			env: { ...process.env, GRACE_MS: '200' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		const ended = once(child, 'exit');
		await once(child.stdout, 'data');
		child.kill('SIGTERM');
		// A second signal, as a terminal and a process manager both send one, changes nothing.
		child.kill('SIGTERM');
		const [code, signal] = await ended;
		expect({ code, signal }).toEqual({ code: null, signal: 'SIGKILL' });
		expect(stderr).toBe('shutting down\nWarning: shutdown took too long; exiting\n');
	});
});
