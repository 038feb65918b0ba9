/**
 * Digest slots claimed by three processes at once, as three bot processes sharing one database
 * do when a slot comes due: every slot must be posted exactly once. PostgreSQL (TEST_DATABASE_URL,
 * in a schema of its own) against the baseline of the same three processes on one SQLite file.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SlotTarget } from '../src/digest/store.js';
import { root } from '../tests/support/cli.js';
import { freshSchema } from '../tests/support/postgres.js';
import type { Row } from './table.js';

const processes = 3;
const guilds = 200;
const slotsPerGuild = 5;
const concurrency = 8;

interface Outcome {
	claimsPerSecond: number;
	slotsPerSecond: number;
	doublePosts: number;
	unposted: number;
}

async function race(store: { postgres: string } | { sqlite: string }): Promise<Outcome> {
	const targets: SlotTarget[] = [];
	for (let g = 0; g < guilds; g++) {
		for (let s = 0; s < slotsPerGuild; s++) {
			targets.push({
				guildId: String(100_000_000_000_000_000n + BigInt(g)),
				slot: Date.parse('2026-03-07T14:00:00Z') + s * 86_400_000,
				channelId: '1',
			});
		}
	}
	const workers: ChildProcess[] = [];
	for (let i = 0; i < processes; i++) {
		const worker = fork(path.join(root, 'bench/digest-claims-worker.ts'), {
			cwd: root,
			execArgv: ['--import', 'tsx'],
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
		workers.push(worker);
		worker.send({ store, targets, instance: `p${i}`, concurrency });
	}
	// Opened and migrated one after another would favour the first; all start together once ready.
	await Promise.all(workers.map((worker) => once(worker, 'message')));
	const started = performance.now();
	const results = workers.map(
		(worker) => once(worker, 'message') as Promise<[{ posted: string[]; elapsedMs: number; attempts: number }]>,
	);
	for (const worker of workers) worker.send('go');
	const reports = (await Promise.all(results)).map(([report]) => report);
	const wallMs = performance.now() - started;
	await Promise.all(workers.map((worker) => (worker.exitCode === null ? once(worker, 'exit') : undefined)));

	const posted = reports.flatMap((report) => report.posted);
	const attempts = reports.reduce((sum, report) => sum + report.attempts, 0);
	return {
		claimsPerSecond: attempts / (wallMs / 1000),
		slotsPerSecond: targets.length / (wallMs / 1000),
		doublePosts: posted.length - new Set(posted).size,
		unposted: targets.length - new Set(posted).size,
	};
}

export async function digestClaimRows(): Promise<Row[]> {
	const section = 'digest slots, 3 processes';
	const url = process.env.TEST_DATABASE_URL;
	if (!url) {
		return [{ section, measure: 'PostgreSQL', value: 'skipped', note: 'set TEST_DATABASE_URL to measure it' }];
	}
	const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-bench-claims-'));
	const schema = await freshSchema(url);
	try {
		const sqlite = await race({ sqlite: path.join(dir, 'sitrep.db') });
		const postgres = await race({ postgres: schema.url });
		const slots = guilds * slotsPerGuild;
		const note = `${slots} slots, each process trying all of them, ${concurrency} at a time`;
		const row = (name: string, outcome: Outcome, extra = ''): Row[] => [
			{
				section,
				measure: `${name}: claims per second`,
				value: outcome.claimsPerSecond.toFixed(0),
				note: `${note}; ${outcome.slotsPerSecond.toFixed(0)} slots settled per second${extra}`,
			},
			{
				section,
				measure: `${name}: slots posted twice / never`,
				value: `${outcome.doublePosts} / ${outcome.unposted}`,
				target: { text: 'exactly once: 0 / 0', pass: outcome.doublePosts === 0 && outcome.unposted === 0 },
			},
		];
		const ratio = postgres.claimsPerSecond / sqlite.claimsPerSecond;
		return [...row('SQLite (baseline)', sqlite), ...row('PostgreSQL', postgres, `; ${ratio.toFixed(2)}× SQLite`)];
	} finally {
		await schema.drop();
		rmSync(dir, { recursive: true, force: true });
	}
}
