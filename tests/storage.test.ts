import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DigestStore, type NewSettings } from '../src/digest/store.js';
import { openDatabase } from '../src/storage/database.js';
import { migrate, schemaVersion } from '../src/storage/migrations.js';

const dirs: string[] = [];
afterEach(async () => {
	await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function databaseFile(): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), 'sitrep-store-'));
	dirs.push(dir);
	return path.join(dir, 'nested', 'folder', 'sitrep.db');
}

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

describe('the database', () => {
	it('is created with its folder on first run, at the latest schema', async () => {
		const file = await databaseFile();
		const db = openDatabase(file);
		expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
		const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();
		expect(tables).toEqual(['digest_posts', 'digest_settings']);
		db.close();
		// Opening again applies nothing and loses nothing.
		expect(migrate(openDatabase(file))).toEqual([]);
	});

	it('upgrades a database from the previous version in place, keeping its settings and log', async () => {
		const file = await databaseFile();
		const old = openDatabase(file, { upTo: 1 });
		expect(old.pragma('user_version', { simple: true })).toBe(1);
		old
			.prepare(
				`INSERT INTO digest_settings (guild_id, channel_id, frequency, time, weekday, timezone, active_since, paused_at, pause_reason, updated_at, updated_by)
			 VALUES (?, ?, 'weekly', '18:30', 1, 'Europe/Paris', 1, 5, 'Paused by <@3>.', 5, '3')`,
			)
			.run(guildId, settings.channelId);
		old
			.prepare(
				`INSERT INTO digest_posts (guild_id, slot, channel_id, state, message_ids, updated_at) VALUES (?, ?, ?, 'posted', '["9"]', 7)`,
			)
			.run(guildId, slot, settings.channelId);
		old.close();

		const db = openDatabase(file);
		expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
		const store = new DigestStore(db);
		expect(store.settings(guildId)).toMatchObject({
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
		expect(store.lastPosted(guildId)).toMatchObject({ state: 'posted', messageIds: ['9'], factIds: null });
		db.close();
	});

	it('refuses a database from a newer version instead of guessing', async () => {
		const file = await databaseFile();
		openDatabase(file).close();
		const newer = new BetterSqlite3(file);
		newer.pragma(`user_version = ${schemaVersion + 1}`);
		newer.close();
		expect(() => openDatabase(file)).toThrow(
			`The database is at schema version ${schemaVersion + 1}, but this version of sitrep knows only up to ${schemaVersion}.`,
		);
	});
});

describe('slot claims', () => {
	it('let one of two processes sharing the file claim a slot', async () => {
		const file = await databaseFile();
		const [a, b] = [new DigestStore(openDatabase(file)), new DigestStore(openDatabase(file))];
		a.save(settings, 0);
		const target = { guildId, slot, channelId: settings.channelId };
		expect(a.claim(target, 'a', slot, 60_000)).toMatchObject({ state: 'claimed', claimedBy: 'a' });
		expect(b.claim(target, 'b', slot + 1, 60_000)).toBeUndefined();
		// Only the claimant records the outcome.
		expect(b.finish(guildId, slot, 'b', { state: 'posted' }, slot)).toBe(false);
		expect(a.finish(guildId, slot, 'a', { state: 'posted', factIds: ['x'] }, slot)).toBe(true);
		expect(b.post(guildId, slot)).toMatchObject({ state: 'posted', claimedBy: 'a', factIds: ['x'] });
		expect(b.claim(target, 'b', slot + 10 * 60_000, 60_000)).toBeUndefined();
	});

	it('hand a crashed claimant’s slot over once its lease has run out, with what it had sent', () => {
		const store = new DigestStore(openDatabase(':memory:'));
		store.save(settings, 0);
		const target = { guildId, slot, channelId: settings.channelId };
		store.claim(target, 'a', slot, 60_000);
		store.renew(guildId, slot, 'a', slot, 60_000);
		store.addMessage(guildId, slot, 'a', '1001', slot);
		expect(store.claim(target, 'b', slot + 59_999, 60_000)).toBeUndefined();
		expect(store.stalled(slot + 60_000)).toHaveLength(1);
		expect(store.claim(target, 'b', slot + 60_000, 60_000)).toMatchObject({
			claimedBy: 'b',
			attempts: 1,
			messageIds: ['1001'],
		});
		expect(store.renew(guildId, slot, 'a', slot + 60_001, 60_000)).toBe(false);
	});

	it('keep settings through failures: a pause records why and only /digest off deletes', () => {
		const store = new DigestStore(openDatabase(':memory:'));
		store.save(settings, 0);
		expect(store.pause(guildId, 'failure', 'Missing Permissions', 10)).toBe(true);
		expect(store.pause(guildId, 'admin', 'again', 11)).toBe(false);
		expect(store.active()).toEqual([]);
		expect(store.settings(guildId)).toMatchObject({
			channelId: settings.channelId,
			pauseKind: 'failure',
			pauseReason: 'Missing Permissions',
		});
		expect(store.resume(guildId, 'someone', 20)).toBe(true);
		expect(store.settings(guildId)).toMatchObject({ pausedAt: null, pauseReason: null, activeSince: 20 });
		expect(store.remove(guildId)).toBe(true);
		expect(store.settings(guildId)).toBeUndefined();
	});
});
