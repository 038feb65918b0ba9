import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { root } from './cli.js';
import type { FakeDiscord } from './fake-discord.js';

export type LogLine = Record<string, unknown> & { msg: string; level: number };

export interface BotProcess {
	child: ChildProcess;
	logs: LogLine[];
	/** Resolves with the first log line (already written or still to come) that matches. */
	waitForLog(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
	/** SIGTERM, then waits for the exit; resolves with the exit code. */
	stop(): Promise<number | null>;
}

/**
 * The compiled bot (`npm start` without npm) as its own process, its JSON log lines parsed as they
 * arrive; `script` runs another node script the same way.
 */
export function spawnBot(env: NodeJS.ProcessEnv, script = 'dist/src/main.js'): BotProcess {
	const child = spawn(process.execPath, [script], {
		cwd: root,
		env: { ...process.env, LOG_LEVEL: 'debug', ...env },
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	const logs: LogLine[] = [];
	const waiters = new Set<(line: LogLine) => void>();
	let partial = '';
	child.stderr?.on('data', (chunk: Buffer) => {
		const lines = (partial + chunk.toString()).split('\n');
		partial = lines.pop() ?? '';
		for (const text of lines.filter(Boolean)) {
			let line: LogLine;
			try {
				line = JSON.parse(text) as LogLine;
			} catch {
				line = { msg: text, level: 0 };
			}
			logs.push(line);
			for (const waiter of waiters) waiter(line);
		}
	});
	const exited = once(child, 'exit').then(([code]) => code as number | null);
	return {
		child,
		logs,
		waitForLog(match, timeoutMs = 60_000) {
			const found = logs.find(match);
			if (found) return Promise.resolve(found);
			return new Promise((resolve, reject) => {
				const timer = setTimeout(() => {
					waiters.delete(check);
					const seen = logs.map((line) => `  ${line.msg}`).join('\n');
					reject(new Error(`No such log line within ${timeoutMs} ms. Lines so far:\n${seen}`));
				}, timeoutMs);
				const check = (line: LogLine) => {
					if (!match(line)) return;
					clearTimeout(timer);
					waiters.delete(check);
					resolve(line);
				};
				waiters.add(check);
				// Or it exited without ever writing it.
				void exited.then(() => {
					if (!waiters.has(check)) return;
					clearTimeout(timer);
					waiters.delete(check);
					reject(new Error(`The bot exited first. Its log:\n${logs.map((line) => JSON.stringify(line)).join('\n')}`));
				});
			});
		},
		async stop() {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
			return exited;
		},
	};
}

/** A port nothing listens on right now, for a process told where to listen. */
export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise<void>((resolve) => server.close(() => resolve()));
	return port;
}

/**
 * An HTTP replica (`INTERACTIONS_PORT`) of the compiled bot, using `fake` for REST and verifying
 * the fake's signatures; resolves once it listens, with the URL Discord would post to.
 */
export async function spawnReplica(
	fake: FakeDiscord,
	env: NodeJS.ProcessEnv,
): Promise<{ bot: BotProcess; url: string }> {
	const port = await freePort();
	const bot = spawnBot({
		DISCORD_TOKEN: fake.token,
		DISCORD_APPLICATION_ID: fake.applicationId,
		DISCORD_API_URL: fake.apiUrl,
		DISCORD_PUBLIC_KEY: fake.publicKey,
		INTERACTIONS_PORT: String(port),
		DATABASE_PATH: ':memory:',
		...env,
	});
	await bot.waitForLog((line) => line.msg === 'ready');
	return { bot, url: `http://127.0.0.1:${port}/interactions` };
}
