import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { type DigestStore, type NewSettings, StoreUnavailableError } from '../src/digest/store.js';
import { openSqliteStore } from '../src/storage/database.js';
import { schemaVersion } from '../src/storage/migrations.js';
import { PostgresDigestStore } from '../src/storage/postgres-store.js';
import { admin, freshSchema, testPostgres } from './support/postgres.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** One empty database, and the ways into it each test needs. */
interface Database {
	/** A new connection to it, as another process would open (at `upTo`, a past schema version). */
	open(options?: { upTo?: number }): Promise<DigestStore>;
	/** Raw SQL, for rows as an older version wrote them. */
	exec(sql: string): Promise<void>;
	version(): Promise<number>;
	tables(): Promise<string[]>;
	/** Marks it as written by a future version. */
	fromTheFuture(): Promise<void>;
}

interface Backend {
	name: string;
	skip?: string | undefined;
	create(): Promise<Database>;
}

const track = <T extends DigestStore>(store: T): T => {
	cleanups.push(() => store.close());
	return store;
};

const sqlite: Backend = {
	name: 'SQLite',
	async create() {
		const dir = await mkdtemp(path.join(tmpdir(), 'sitrep-store-'));
		cleanups.push(() => rm(dir, { recursive: true, force: true }));
		// In folders that don't exist yet: created on first open.
		const file = path.join(dir, 'nested', 'folder', 'sitrep.db');
		const raw = <T>(use: (db: BetterSqlite3.Database) => T): T => {
			const db = new BetterSqlite3(file);
			try {
				return use(db);
			} finally {
				db.close();
			}
		};
		return {
			open: async (options) => track(openSqliteStore(file, options)),
			exec: async (sql) => raw((db) => void db.exec(sql)),
			version: async () => raw((db) => db.pragma('user_version', { simple: true }) as number),
			tables: async () =>
				raw(
					(db) =>
						db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all() as string[],
				),
			fromTheFuture: async () => raw((db) => void db.pragma(`user_version = ${schemaVersion + 1}`)),
		};
	},
};

const server = await testPostgres();
const postgres: Backend = {
	name: 'PostgreSQL',
	skip: server.skip,
	async create() {
		if (!server.url) throw new Error(server.skip);
		const { url, schema, drop } = await freshSchema(server.url);
		cleanups.push(drop);
		const query = async (sql: string) => (await admin(url, sql)).rows;
		return {
			open: async (options) => {
				const store = track(new PostgresDigestStore(url, options));
				await store.ready();
				return store;
			},
			exec: async (sql) => void (await query(sql)),
			version: async () => Number((await query('SELECT max(version) AS v FROM schema_migrations'))[0]?.v ?? Number.NaN),
			tables: async () =>
				(
					await admin(
						url,
						`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name LIKE 'digest_%' ORDER BY 1`,
						[schema],
					)
				).rows.map((row) => String(row.table_name)),
			fromTheFuture: async () =>
				void (await query(`INSERT INTO schema_migrations (version, name) VALUES (${schemaVersion + 1}, 'future')`)),
		};
	},
};

const guildId = '111111111111111111';
const settings: NewSettings = {
	guildId,
	channelId: '222222222222222222',
	frequency: 'daily',
	time: '09:00',
	weekday: null,
	timezone: 'America/Port-au-Prince',
	whenNothingNew: 'post',
	updatedBy: '333333333333333333',
};
const slot = Date.parse('2026-03-07T14:00:00Z');
const target = { guildId, slot, channelId: settings.channelId };

describe.each([sqlite, postgres])('the $name store', (backend) => {
	describe.skipIf(backend.skip)(backend.skip ?? 'its schema', () => {
		it('is created on first use, at the latest schema; opening again applies nothing and loses nothing', async () => {
			const db = await backend.create();
			const first = await db.open();
			expect(await db.version()).toBe(schemaVersion);
			expect(await db.tables()).toEqual(['digest_posts', 'digest_settings']);
			await first.save(settings, 1);
			await first.close();
			const again = await db.open();
			expect(await db.version()).toBe(schemaVersion);
			expect(await again.settings(guildId)).toMatchObject({ channelId: settings.channelId, time: '09:00' });
		});

		it('is migrated once when several processes start together on an empty database', async () => {
			const db = await backend.create();
			const stores = await Promise.all(Array.from({ length: 6 }, () => db.open()));
			expect(await db.version()).toBe(schemaVersion);
			await stores[0]?.save(settings, 1);
			expect(await stores[5]?.settings(guildId)).toMatchObject({ time: '09:00' });
		});

		it('upgrades a database from the previous version in place, keeping its settings and log', async () => {
			const db = await backend.create();
			await (await db.open({ upTo: 1 })).close();
			expect(await db.version()).toBe(1);
			await db.exec(
				`INSERT INTO digest_settings (guild_id, channel_id, frequency, time, weekday, timezone, active_since, paused_at, pause_reason, updated_at, updated_by)
				 VALUES ('${guildId}', '${settings.channelId}', 'weekly', '18:30', 1, 'Europe/Paris', 1, 5, 'Paused by <@3>.', 5, '3')`,
			);
			await db.exec(
				`INSERT INTO digest_posts (guild_id, slot, channel_id, state, message_ids, updated_at)
				 VALUES ('${guildId}', ${slot}, '${settings.channelId}', 'posted', '["9"]', 7)`,
			);

			const store = await db.open();
			expect(await db.version()).toBe(schemaVersion);
			expect(await store.settings(guildId)).toMatchObject({
				frequency: 'weekly',
				time: '18:30',
				weekday: 1,
				timezone: 'Europe/Paris',
				whenNothingNew: 'post',
				pausedAt: 5,
				pauseKind: 'admin',
				pauseReason: 'Paused by <@3>.',
			});
			// Posts from before fact ids were kept: the digest falls back on the facts' `added` days.
			expect(await store.lastPosted(guildId)).toMatchObject({ state: 'posted', messageIds: ['9'], factIds: null });
		});

		it('refuses a database from a newer version instead of guessing, and changes nothing', async () => {
			const db = await backend.create();
			await (await db.open()).close();
			await db.fromTheFuture();
			const opened = db.open();
			await expect(opened).rejects.toThrow(StoreUnavailableError);
			await expect(opened).rejects.toThrow(
				`is at schema version ${schemaVersion + 1}, but this version of sitrep knows only up to ${schemaVersion}.`,
			);
			expect(await db.version()).toBe(schemaVersion + 1);
		});
	});

	describe.skipIf(backend.skip)(backend.skip ?? 'slot claims', () => {
		it('let one of two processes sharing the database claim a slot, and only it settle the slot', async () => {
			const db = await backend.create();
			const [a, b] = [await db.open(), await db.open()];
			await a.save(settings, 0);
			expect(await a.claim(target, 'a', slot, 60_000)).toMatchObject({ state: 'claimed', claimedBy: 'a' });
			expect(await b.claim(target, 'b', slot + 1, 60_000)).toBeUndefined();
			expect(await b.finish(guildId, slot, 'b', { state: 'posted' }, slot)).toBe(false);
			expect(await a.finish(guildId, slot, 'a', { state: 'posted', factIds: ['x'] }, slot)).toBe(true);
			expect(await b.post(guildId, slot)).toMatchObject({ state: 'posted', claimedBy: 'a', factIds: ['x'] });
			// Settled: not even a lapsed lease makes it claimable again.
			expect(await b.claim(target, 'b', slot + 10 * 60_000, 60_000)).toBeUndefined();
		});

		it('give a slot to exactly one of many simultaneous claimants', async () => {
			const db = await backend.create();
			const stores = [await db.open(), await db.open(), await db.open()];
			const claims = await Promise.all(
				Array.from({ length: 30 }, (_, i) => stores[i % 3]?.claim(target, `p${i}`, slot, 60_000)),
			);
			const winners = claims.filter(Boolean);
			expect(winners).toHaveLength(1);
			expect((await stores[0]?.post(guildId, slot))?.claimedBy).toBe(winners[0]?.claimedBy);
		});

		it('hand a crashed claimant’s slot over once its lease has run out, with what it had sent', async () => {
			const store = await (await backend.create()).open();
			await store.save(settings, 0);
			await store.claim(target, 'a', slot, 60_000);
			await store.renew(guildId, slot, 'a', slot, 60_000);
			await store.addMessage(guildId, slot, 'a', '1001', slot);
			await store.addMessage(guildId, slot, 'a', '1002', slot);
			expect(await store.nextLeaseExpiry()).toBe(slot + 60_000);
			expect(await store.claim(target, 'b', slot + 59_999, 60_000)).toBeUndefined();
			expect(await store.stalled(slot + 59_999)).toEqual([]);
			expect(await store.stalled(slot + 60_000)).toHaveLength(1);
			expect(await store.claim(target, 'b', slot + 60_000, 60_000)).toMatchObject({
				claimedBy: 'b',
				attempts: 1,
				messageIds: ['1001', '1002'],
			});
			expect(await store.renew(guildId, slot, 'a', slot + 60_001, 60_000)).toBe(false);
			expect(await store.finish(guildId, slot, 'a', { state: 'posted' }, slot + 60_001)).toBe(false);
			expect(await store.finish(guildId, slot, 'b', { state: 'posted' }, slot + 60_001)).toBe(true);
			expect(await store.nextLeaseExpiry()).toBeUndefined();
		});

		it('record missed slots without touching slots already logged', async () => {
			const store = await (await backend.create()).open();
			await store.claim(target, 'a', slot, 60_000);
			await store.recordMissed(guildId, settings.channelId, [slot - 86_400_000, slot], slot + 1);
			expect(await store.post(guildId, slot - 86_400_000)).toMatchObject({ state: 'missed' });
			expect(await store.post(guildId, slot)).toMatchObject({ state: 'claimed', claimedBy: 'a' });
			expect((await store.latest(guildId))?.slot).toBe(slot);
			expect(await store.lastPosted(guildId)).toBeUndefined();
		});

		it('keep settings through failures: a pause records why and only /digest off deletes', async () => {
			const store = await (await backend.create()).open();
			await store.save(settings, 0);
			expect(await store.pause(guildId, 'failure', 'Missing Permissions', 10)).toBe(true);
			expect(await store.pause(guildId, 'admin', 'again', 11)).toBe(false);
			expect(await store.active()).toEqual([]);
			expect(await store.settings(guildId)).toMatchObject({
				channelId: settings.channelId,
				pauseKind: 'failure',
				pauseReason: 'Missing Permissions',
			});
			expect(await store.resume(guildId, 'someone', 20)).toBe(true);
			expect(await store.settings(guildId)).toMatchObject({ pausedAt: null, pauseReason: null, activeSince: 20 });
			expect((await store.active()).map((s) => s.guildId)).toEqual([guildId]);
			expect(await store.remove(guildId)).toBe(true);
			expect(await store.settings(guildId)).toBeUndefined();
			expect(await store.remove(guildId)).toBe(false);
		});

		it('answer a health check', async () => {
			const store = await (await backend.create()).open();
			await expect(store.ping()).resolves.toBeUndefined();
		});
	});
});
