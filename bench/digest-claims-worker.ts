/**
 * One process of the digest-claims benchmark: opens the store the parent names (as a bot process
 * would), waits for the go, then races its siblings to claim every slot, "posting" (recording)
 * each one it wins and settling it. Reports the slots it posted and how long it took.
 */
import type { DigestStore, SlotTarget } from '../src/digest/store.js';
import { openSqliteStore } from '../src/storage/database.js';
import { PostgresDigestStore } from '../src/storage/postgres-store.js';

interface Job {
	store: { postgres: string } | { sqlite: string };
	targets: SlotTarget[];
	instance: string;
	concurrency: number;
}

const job = await new Promise<Job>((resolve) => process.once('message', (message) => resolve(message as Job)));
let store: DigestStore;
if ('postgres' in job.store) {
	const postgres = new PostgresDigestStore(job.store.postgres, { poolSize: job.concurrency });
	await postgres.ready();
	store = postgres;
} else {
	store = openSqliteStore(job.store.sqlite);
}
// Each process goes through the slots in its own order, as schedulers waking at different moments would.
const order = [...job.targets].sort(() => Math.random() - 0.5);
process.send?.({ ready: true });
await new Promise((resolve) => process.once('message', resolve));

const posted: string[] = [];
const started = performance.now();
let next = 0;
const now = Date.parse('2026-03-07T14:00:00Z');
await Promise.all(
	Array.from({ length: job.concurrency }, async () => {
		for (let target = order[next++]; target; target = order[next++]) {
			const claim = await store.claim(target, job.instance, now, 60_000);
			if (!claim) continue;
			posted.push(`${target.guildId}:${target.slot}`);
			await store.finish(target.guildId, target.slot, job.instance, { state: 'posted' }, now);
		}
	}),
);
const elapsedMs = performance.now() - started;
await store.close();
process.send?.({ posted, elapsedMs, attempts: order.length }, () => process.exit(0));
