import { type Stats, statSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import {
	type DigestSettings,
	type DigestStore,
	type NewSettings,
	type Outcome,
	type PauseKind,
	type PostRecord,
	type SlotTarget,
	StoreUnavailableError,
} from '../digest/store.js';
import { missedReason, type PostRow, type SettingsRow, toPost, toSettings } from './rows.js';

/**
 * The digest store in one SQLite file (WAL, so several processes on one machine may share it).
 * The file's identity (device and inode) is checked before every read and write: a file deleted
 * or replaced while the bot runs makes them fail loudly, rather than land in a file nobody will
 * open again.
 */
export class SqliteDigestStore implements DigestStore {
	readonly description: string;
	readonly #file: string | undefined;
	readonly #identity: Stats | undefined;
	#lost: StoreUnavailableError | undefined;
	readonly #onLost: ((message: string) => void) | undefined;

	/** `onLost` hears, once, that the file was deleted or replaced: the operator's log line. */
	constructor(
		private readonly db: Database,
		{ file, onLost }: { file?: string; onLost?: (message: string) => void } = {},
	) {
		this.description = file ? `SQLite file ${file}` : 'SQLite in memory';
		this.#file = file;
		this.#identity = file ? statSync(file) : undefined;
		this.#onLost = onLost;
	}

	/** Throws, from now on, once the file is no longer the one that was opened. */
	#checkFile(): void {
		if (this.#lost) throw this.#lost;
		const file = this.#file;
		const opened = this.#identity;
		if (!file || !opened) return;
		let now: Stats | undefined;
		try {
			now = statSync(file);
		} catch {
			now = undefined;
		}
		if (now && now.dev === opened.dev && now.ino === opened.ino) return;
		const what = now ? 'was replaced by another file' : 'was deleted';
		this.#lost = new StoreUnavailableError(
			`DATABASE_PATH: ${file} ${what} while the bot was running; digest changes are refused so that none is lost in the old file. Put the file back, or restart the bot to open ${now ? 'the new one' : 'a new one'}.`,
			`its database file ${what} while it was running`,
		);
		this.#onLost?.(this.#lost.message);
		throw this.#lost;
	}

	/**
	 * Runs a read or a write once the file is known to be the one opened: reads too, as they would
	 * show settings from a file no one will open again.
	 */
	#use<T>(run: () => T): Promise<T> {
		try {
			this.#checkFile();
			return Promise.resolve(run());
		} catch (error) {
			return Promise.reject(asUnavailable(error, this.#file));
		}
	}

	#settings(guildId: string): DigestSettings | undefined {
		const row = this.db.prepare('SELECT * FROM digest_settings WHERE guild_id = ?').get(guildId) as
			| SettingsRow
			| undefined;
		return row && toSettings(row);
	}

	#post(guildId: string, slot: number): PostRecord | undefined {
		const row = this.db.prepare('SELECT * FROM digest_posts WHERE guild_id = ? AND slot = ?').get(guildId, slot) as
			| PostRow
			| undefined;
		return row && toPost(row);
	}

	settings(guildId: string): Promise<DigestSettings | undefined> {
		return this.#use(() => this.#settings(guildId));
	}

	active(): Promise<DigestSettings[]> {
		return this.#use(() =>
			(this.db.prepare('SELECT * FROM digest_settings WHERE paused_at IS NULL').all() as SettingsRow[]).map(toSettings),
		);
	}

	save(settings: NewSettings, now: number): Promise<DigestSettings> {
		return this.#use(() => {
			this.db
				.prepare(
					`INSERT INTO digest_settings
						(guild_id, channel_id, frequency, time, weekday, timezone, when_nothing_new, active_since,
						 paused_at, pause_kind, pause_reason, updated_at, updated_by)
					 VALUES (@guildId, @channelId, @frequency, @time, @weekday, @timezone, @whenNothingNew, @now,
						 NULL, NULL, NULL, @now, @updatedBy)
					 ON CONFLICT (guild_id) DO UPDATE SET
						channel_id = excluded.channel_id, frequency = excluded.frequency, time = excluded.time,
						weekday = excluded.weekday, timezone = excluded.timezone,
						when_nothing_new = excluded.when_nothing_new, active_since = excluded.active_since,
						paused_at = NULL, pause_kind = NULL, pause_reason = NULL,
						updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
				)
				.run({ ...settings, now });
			return this.#settings(settings.guildId) as DigestSettings;
		});
	}

	pause(guildId: string, kind: PauseKind, reason: string, now: number): Promise<boolean> {
		return this.#use(
			() =>
				this.db
					.prepare(
						`UPDATE digest_settings SET paused_at = ?, pause_kind = ?, pause_reason = ?, updated_at = ?
						 WHERE guild_id = ? AND paused_at IS NULL`,
					)
					.run(now, kind, reason, now, guildId).changes > 0,
		);
	}

	resume(guildId: string, by: string, now: number): Promise<boolean> {
		return this.#use(
			() =>
				this.db
					.prepare(
						`UPDATE digest_settings
						 SET paused_at = NULL, pause_kind = NULL, pause_reason = NULL, active_since = ?, updated_at = ?, updated_by = ?
						 WHERE guild_id = ? AND paused_at IS NOT NULL`,
					)
					.run(now, now, by, guildId).changes > 0,
		);
	}

	remove(guildId: string): Promise<boolean> {
		return this.#use(() => this.db.prepare('DELETE FROM digest_settings WHERE guild_id = ?').run(guildId).changes > 0);
	}

	post(guildId: string, slot: number): Promise<PostRecord | undefined> {
		return this.#use(() => this.#post(guildId, slot));
	}

	latest(guildId: string): Promise<PostRecord | undefined> {
		return this.#use(() => {
			const row = this.db
				.prepare('SELECT * FROM digest_posts WHERE guild_id = ? ORDER BY slot DESC LIMIT 1')
				.get(guildId) as PostRow | undefined;
			return row && toPost(row);
		});
	}

	lastPosted(guildId: string, before = Number.MAX_SAFE_INTEGER): Promise<PostRecord | undefined> {
		return this.#use(() => {
			const row = this.db
				.prepare(
					`SELECT * FROM digest_posts WHERE guild_id = ? AND state = 'posted' AND slot < ?
					 ORDER BY slot DESC LIMIT 1`,
				)
				.get(guildId, before) as PostRow | undefined;
			return row && toPost(row);
		});
	}

	claim({ guildId, slot, channelId }: SlotTarget, instance: string, now: number, leaseMs: number) {
		return this.#use(() =>
			// IMMEDIATE: the write lock is taken before the read, so two processes can't both see the slot free.
			this.db
				.transaction((): PostRecord | undefined => {
					const existing = this.#post(guildId, slot);
					if (!existing) {
						this.db
							.prepare(
								`INSERT INTO digest_posts (guild_id, slot, channel_id, state, claimed_by, lease_until, attempts, updated_at)
								 VALUES (?, ?, ?, 'claimed', ?, ?, 0, ?)`,
							)
							.run(guildId, slot, channelId, instance, now + leaseMs, now);
					} else if (existing.state === 'claimed' && (existing.leaseUntil ?? 0) <= now) {
						this.db
							.prepare(
								`UPDATE digest_posts SET claimed_by = ?, lease_until = ?, updated_at = ?
								 WHERE guild_id = ? AND slot = ?`,
							)
							.run(instance, now + leaseMs, now, guildId, slot);
					} else {
						return undefined;
					}
					return this.#post(guildId, slot);
				})
				.immediate(),
		);
	}

	renew(guildId: string, slot: number, instance: string, now: number, leaseMs: number): Promise<boolean> {
		return this.#use(
			() =>
				this.db
					.prepare(
						`UPDATE digest_posts SET lease_until = ?, attempts = attempts + 1, updated_at = ?
						 WHERE guild_id = ? AND slot = ? AND state = 'claimed' AND claimed_by = ?`,
					)
					.run(now + leaseMs, now, guildId, slot, instance).changes > 0,
		);
	}

	addMessage(guildId: string, slot: number, instance: string, messageId: string, now: number): Promise<void> {
		return this.#use(() => {
			this.db
				.prepare(
					`UPDATE digest_posts SET message_ids = json_insert(message_ids, '$[#]', ?), updated_at = ?
					 WHERE guild_id = ? AND slot = ? AND state = 'claimed' AND claimed_by = ?`,
				)
				.run(messageId, now, guildId, slot, instance);
		});
	}

	finish(guildId: string, slot: number, instance: string, outcome: Outcome, now: number): Promise<boolean> {
		return this.#use(
			() =>
				this.db
					.prepare(
						`UPDATE digest_posts SET state = ?, error = ?, fact_ids = ?, lease_until = NULL, updated_at = ?
						 WHERE guild_id = ? AND slot = ? AND state = 'claimed' AND claimed_by = ?`,
					)
					.run(
						outcome.state,
						outcome.error ?? null,
						outcome.factIds ? JSON.stringify(outcome.factIds) : null,
						now,
						guildId,
						slot,
						instance,
					).changes > 0,
		);
	}

	recordMissed(guildId: string, channelId: string, slots: readonly number[], now: number): Promise<void> {
		return this.#use(() => {
			const insert = this.db.prepare(
				`INSERT OR IGNORE INTO digest_posts (guild_id, slot, channel_id, state, error, updated_at)
				 VALUES (?, ?, ?, 'missed', '${missedReason}', ?)`,
			);
			this.db.transaction(() => {
				for (const slot of slots) insert.run(guildId, slot, channelId, now);
			})();
		});
	}

	nextLeaseExpiry(): Promise<number | undefined> {
		return this.#use(() => {
			const row = this.db.prepare(`SELECT min(lease_until) AS at FROM digest_posts WHERE state = 'claimed'`).get() as {
				at: number | null;
			};
			return row.at ?? undefined;
		});
	}

	stalled(now: number): Promise<PostRecord[]> {
		return this.#use(() =>
			(
				this.db
					.prepare(`SELECT * FROM digest_posts WHERE state = 'claimed' AND lease_until <= ? ORDER BY slot`)
					.all(now) as PostRow[]
			).map(toPost),
		);
	}

	ping(): Promise<void> {
		return this.#use(() => {
			this.db.prepare('SELECT 1').get();
		});
	}

	close(): Promise<void> {
		if (this.db.open) this.db.close();
		return Promise.resolve();
	}
}

const untouched =
	'it was left untouched. Restore it from a backup, or move it away and restart to start a new database';

/** SQLite's own failures that mean the file itself is unusable, rather than a bug in a query: what, and what to do. */
const fileErrors: Record<string, [string, string]> = {
	SQLITE_NOTADB: ['is not an SQLite database', untouched],
	SQLITE_CORRUPT: ['is damaged', untouched],
	SQLITE_READONLY: [
		'is read-only',
		"make it and its folder writable by the bot's user, or point DATABASE_PATH at another file",
	],
	SQLITE_CANTOPEN: ['cannot be opened', 'check that it and its folder exist and the bot may write them'],
	SQLITE_IOERR: ['cannot be read or written (an I/O error)', 'check the disk'],
	SQLITE_FULL: ['cannot grow: the disk is full', 'free some space'],
};

/** Turns SQLite's errors about the file into a one-line reason naming it; other errors pass through. */
export function asUnavailable(error: unknown, file: string | undefined): unknown {
	if (error instanceof StoreUnavailableError) return error;
	const code = (error as { code?: unknown }).code;
	if (typeof code !== 'string') return error;
	const kind = Object.keys(fileErrors).find((prefix) => code === prefix || code.startsWith(`${prefix}_`));
	const [what, todo] = (kind && fileErrors[kind]) || [];
	if (!what) return error;
	return new StoreUnavailableError(
		`DATABASE_PATH: ${file ?? 'the database'} ${what} (${code}: ${(error as Error).message}); ${todo}.`,
		`its database file ${what}`,
	);
}
