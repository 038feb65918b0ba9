/**
 * Start-up: from spawning the bot to its `ready` log line (against the fake Discord) and the
 * resident memory once ready, beside a bare discord.js client started the same way, and the same
 * client bundled as the bot's main thread is; and the console's opening line through `npm start`
 * (printed once the data is loaded).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from '../tests/support/cli.js';
import { FakeDiscord } from '../tests/support/fake-discord.js';
import { bundledBareClient } from './bundle-like-the-bot.js';
import { median, megabytes, ms } from './stats.js';
import type { Row } from './table.js';

const runs = 5;
const consoleOpening = 'No DISCORD_TOKEN set: local console.';

interface Started {
	readyMs: number;
	rssBytes: number;
}

/** Spawns a command and resolves once a line of its standard error says it is ready. */
async function startUntil(
	command: readonly string[],
	env: NodeJS.ProcessEnv,
	isReady: (line: string) => boolean,
	process_: (child: ChildProcess) => number,
): Promise<Started> {
	const started = performance.now();
	const [file = 'node', ...args] = command;
	const child = spawn(file, args, {
		cwd: root,
		env: { ...process.env, ...env },
		stdio: ['pipe', 'ignore', 'pipe'],
		// Its own process group, so stopping it stops npm and the bot together.
		detached: true,
	});
	const closed = once(child, 'close');
	try {
		const readyMs = await new Promise<number>((resolve, reject) => {
			let pending = '';
			child.stderr?.on('data', (chunk: Buffer) => {
				const lines = (pending + chunk.toString()).split('\n');
				pending = lines.pop() ?? '';
				if (lines.some(isReady)) resolve(performance.now() - started);
			});
			child.once('exit', (code) => reject(new Error(`${command.join(' ')} exited (${code}) before it was ready`)));
			setTimeout(() => reject(new Error(`${command.join(' ')} was not ready within 20 s`)), 20_000).unref();
		});
		return { readyMs, rssBytes: residentBytes(process_(child)) };
	} finally {
		stop(child);
		await closed;
	}
}

function stop(child: ChildProcess): void {
	child.stdin?.end();
	try {
		if (child.pid) process.kill(-child.pid, 'SIGTERM');
	} catch {
		// Already gone.
	}
}

/** The child itself: a node process started directly. */
const itself = (child: ChildProcess) => child.pid ?? 0;

/** The node process running the compiled bot below `npm start` (npm runs a shell, which runs node). */
function mainProcess(child: ChildProcess): number {
	const parents = new Map<number, number>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			// The parent pid is the second field after the command name, which is in parentheses.
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			parents.set(Number(entry), parent);
		} catch {
			// Exited meanwhile.
		}
	}
	const below = (pid: number): boolean => {
		for (let at = pid; at !== child.pid; ) {
			const parent = parents.get(at);
			if (parent === undefined || parent <= 1) return false;
			at = parent;
		}
		return true;
	};
	const runsMain = (pid: number) => {
		try {
			return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes('dist/src/main.js');
		} catch {
			return false;
		}
	};
	const found = [...parents.keys()].find((pid) => below(pid) && runsMain(pid));
	if (found === undefined) throw new Error('no node process running dist/src/main.js under npm start');
	return found;
}

function residentBytes(pid: number): number {
	const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
	if (!kilobytes) throw new Error(`no VmRSS for process ${pid}`);
	return Number(kilobytes) * 1024;
}

const isReadyLine = (line: string) => line.startsWith('{') && JSON.parse(line).msg === 'ready';

/**
 * Start-up against a baseline measured in the same run: the compiled bot (`node dist/src/main.js`,
 * which is what `npm start` runs once built) and a bare discord.js client started the same way,
 * alternating, each against a fresh fake Discord; then the console through `npm start` itself.
 */
export async function startUpRows(): Promise<Row[]> {
	const section = 'start-up';
	const bot: Started[] = [];
	const bare: Started[] = [];
	const bareBundled: Started[] = [];
	const repl: Started[] = [];
	const bundled = await bundledBareClient();
	for (let run = 0; run < runs; run++) {
		for (const [command, into] of [
			[['node', 'dist/src/main.js'], bot],
			[['node', 'bench/bare-client.mjs'], bare],
			[['node', bundled.file], bareBundled],
		] as const) {
			const fake = await FakeDiscord.start();
			// A first run each time: the database is created and migrated, as on a fresh install.
			const varDir = mkdtempSync(path.join(tmpdir(), 'sitrep-bench-'));
			try {
				const env = {
					DISCORD_TOKEN: fake.token,
					DISCORD_APPLICATION_ID: fake.applicationId,
					DISCORD_API_URL: fake.apiUrl,
					DATABASE_PATH: path.join(varDir, 'sitrep.db'),
					LOG_LEVEL: 'info',
				};
				into.push(await startUntil(command, env, isReadyLine, itself));
			} finally {
				await fake.close();
				rmSync(varDir, { recursive: true, force: true });
			}
		}
		repl.push(
			await startUntil(
				['npm', 'start', '--silent'],
				{ DISCORD_TOKEN: '' },
				(line) => line.startsWith(consoleOpening),
				mainProcess,
			),
		);
	}
	rmSync(bundled.dir, { recursive: true, force: true });
	const readyMs = median(bot.map((run) => run.readyMs));
	const bareMs = median(bare.map((run) => run.readyMs));
	const bundledMs = median(bareBundled.map((run) => run.readyMs));
	const rssBytes = median(bot.map((run) => run.rssBytes));
	const bareRss = median(bare.map((run) => run.rssBytes));
	const bundledRss = median(bareBundled.map((run) => run.rssBytes));
	const note = `median of ${runs}`;
	return [
		{ section, measure: 'to ready: bare discord.js client (baseline)', value: ms(bareMs), note },
		{
			section,
			measure: 'to ready: bare client, bundled as the bot is',
			value: ms(bundledMs),
			note: `${note}; the bot takes ${(readyMs / bundledMs).toFixed(2)}× it, RSS bare bundled + ${megabytes(rssBytes - bundledRss)}`,
		},
		{
			section,
			measure: 'to ready: the bot, compiled (fake Discord)',
			value: ms(readyMs),
			note: `${(readyMs / bareMs).toFixed(2)}× the bare client`,
			target: { text: '≤ 1.2× the bare client', pass: readyMs <= bareMs * 1.2 },
		},
		{ section, measure: 'RSS after ready: bare discord.js client (baseline)', value: megabytes(bareRss), note },
		{
			section,
			measure: 'RSS after ready: the bot, compiled',
			value: megabytes(rssBytes),
			note: `bare + ${megabytes(rssBytes - bareRss)}`,
			target: { text: '≤ bare + 30 MB', pass: rssBytes <= bareRss + 30 * 2 ** 20 },
		},
		{
			section,
			measure: 'to the console’s opening line (npm start)',
			value: ms(median(repl.map((run) => run.readyMs))),
			note,
		},
	];
}
