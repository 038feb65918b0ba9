/**
 * Start-up: `npm start` as the README runs it, from spawning it to the bot's `ready` log line
 * (against the fake Discord) and to the console's opening line (without a token: it prints it
 * once the data is loaded, right before reading commands), and the resident memory of the node
 * process running src/main.ts once ready.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from '../tests/support/cli.js';
import { FakeDiscord } from '../tests/support/fake-discord.js';
import { median, megabytes, ms } from './stats.js';
import type { Row } from './table.js';

const runs = 5;
const consoleOpening = 'No DISCORD_TOKEN set: local console.';

interface Started {
	readyMs: number;
	rssBytes: number;
}

/** Spawns `npm start` and resolves once a line of its standard error says it is ready. */
async function startUntil(env: NodeJS.ProcessEnv, isReady: (line: string) => boolean): Promise<Started> {
	const started = performance.now();
	const child = spawn('npm', ['start', '--silent'], {
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
			child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before it was ready`)));
			setTimeout(() => reject(new Error('npm start was not ready within 20 s')), 20_000).unref();
		});
		return { readyMs, rssBytes: residentBytes(mainProcess(child)) };
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

/**
 * The node process running src/main.ts (with tsx's loader): the deepest process below `npm start`
 * whose command line names src/main.ts.
 */
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
	const depth = (pid: number): number => {
		let steps = 0;
		for (let at = pid; at !== child.pid; steps++) {
			const parent = parents.get(at);
			if (parent === undefined || parent <= 1) return -1;
			at = parent;
		}
		return steps;
	};
	const runsMain = (pid: number) => {
		try {
			return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes('src/main.ts');
		} catch {
			return false;
		}
	};
	const candidates = [...parents.keys()].filter((pid) => depth(pid) >= 0 && runsMain(pid));
	const deepest = candidates.sort((a, b) => depth(b) - depth(a))[0];
	if (deepest === undefined) throw new Error('no node process running src/main.ts under npm start');
	return deepest;
}

function residentBytes(pid: number): number {
	const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
	if (!kilobytes) throw new Error(`no VmRSS for process ${pid}`);
	return Number(kilobytes) * 1024;
}

export async function startUpRows(): Promise<Row[]> {
	const section = 'start-up, npm start';
	const bot: Started[] = [];
	const repl: Started[] = [];
	for (let run = 0; run < runs; run++) {
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
			bot.push(await startUntil(env, (line) => line.startsWith('{') && JSON.parse(line).msg === 'ready'));
		} finally {
			await fake.close();
			rmSync(varDir, { recursive: true, force: true });
		}
		repl.push(await startUntil({ DISCORD_TOKEN: '' }, (line) => line.startsWith(consoleOpening)));
	}
	const readyMs = median(bot.map((run) => run.readyMs));
	const rssBytes = median(bot.map((run) => run.rssBytes));
	const note = `median of ${runs}`;
	return [
		{
			section,
			measure: 'to the bot’s ready (fake Discord)',
			value: ms(readyMs),
			note,
			target: { text: '≤ 1.5 s', pass: readyMs <= 1500 },
		},
		{
			section,
			measure: 'to the console’s opening line',
			value: ms(median(repl.map((run) => run.readyMs))),
			note,
		},
		{
			section,
			measure: 'bot RSS after ready (node running src/main.ts)',
			value: megabytes(rssBytes),
			note,
			target: { text: '≤ 150 MB', pass: rssBytes <= 150 * 2 ** 20 },
		},
		{
			section,
			measure: 'console RSS after its opening line',
			value: megabytes(median(repl.map((run) => run.rssBytes))),
			note,
		},
	];
}
