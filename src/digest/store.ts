import type { Database } from '../storage/database.js';
import type { Frequency, Schedule } from './schedule.js';

export type WhenNothingNew = 'post' | 'skip';
export type PauseKind = 'admin' | 'failure';

/** A guild's digest: where, when, and whether it is paused (and why). */
export interface DigestSettings extends Schedule {
	guildId: string;
	channelId: string;
	whenNothingNew: WhenNothingNew;
	/** Slots before this moment are not the guild's: it set or resumed the digest after them. */
	activeSince: number;
	pausedAt: number | null;
	pauseKind: PauseKind | null;
	pauseReason: string | null;
	updatedAt: number;
	updatedBy: string;
}

export type NewSettings = Omit<DigestSettings, 'activeSince' | 'pausedAt' | 'pauseKind' | 'pauseReason' | 'updatedAt'>;

/**
 * claimed: a process is sending it (or crashed while sending; see `leaseUntil`). posted, skipped
 * (nothing new, by the guild's choice), failed (gave up, or a payload Discord refused), missed
 * (the bot was down past the grace window).
 */
export type PostState = 'claimed' | 'posted' | 'skipped' | 'failed' | 'missed';

export interface PostRecord {
	guildId: string;
	/** The scheduled moment, ms since the epoch. */
	slot: number;
	channelId: string;
	state: PostState;
	claimedBy: string | null;
	leaseUntil: number | null;
	attempts: number;
	/** The digest's messages sent so far, in order. */
	messageIds: string[];
	/** The facts the digest covered; null for posts recorded before that was kept. */
	factIds: string[] | null;
	error: string | null;
	updatedAt: number;
}

interface SettingsRow {
	guild_id: string;
	channel_id: string;
	frequency: Frequency;
	time: string;
	weekday: number | null;
	timezone: string;
	active_since: number;
	paused_at: number | null;
	pause_kind: PauseKind | null;
	pause_reason: string | null;
	when_nothing_new: WhenNothingNew;
	updated_at: number;
	updated_by: string;
}

interface PostRow {
	guild_id: string;
	slot: number;
	channel_id: string;
	state: PostState;
	claimed_by: string | null;
	lease_until: number | null;
	attempts: number;
	message_ids: string;
	fact_ids: string | null;
	error: string | null;
	updated_at: number;
}

const toSettings = (row: SettingsRow): DigestSettings => ({
	guildId: row.guild_id,
	channelId: row.channel_id,
	frequency: row.frequency,
	time: row.time,
	weekday: row.weekday,
	timezone: row.timezone,
	whenNothingNew: row.when_nothing_new,
	activeSince: row.active_since,
	pausedAt: row.paused_at,
	pauseKind: row.pause_kind,
	pauseReason: row.pause_reason,
	updatedAt: row.updated_at,
	updatedBy: row.updated_by,
});

const toPost = (row: PostRow): PostRecord => ({
	guildId: row.guild_id,
	slot: row.slot,
	channelId: row.channel_id,
	state: row.state,
	claimedBy: row.claimed_by,
	leaseUntil: row.lease_until,
	attempts: row.attempts,
	messageIds: JSON.parse(row.message_ids) as string[],
	factIds: row.fact_ids === null ? null : (JSON.parse(row.fact_ids) as string[]),
	error: row.error,
	updatedAt: row.updated_at,
});

/**
 * Digest settings and the post log in SQLite. Settings are only ever removed by an admin's
 * `/digest off`: failures pause them. A slot is claimed in one transaction before it is sent, and
 * only its claimant may record its outcome, so processes sharing the file never both post it.
 */
export class DigestStore {
	constructor(private readonly db: Database) {}

	settings(guildId: string): DigestSettings | undefined {
		const row = this.db.prepare('SELECT * FROM digest_settings WHERE guild_id = ?').get(guildId) as
			| SettingsRow
			| undefined;
		return row && toSettings(row);
	}

	/** Every guild whose digest is running. */
	active(): DigestSettings[] {
		const rows = this.db.prepare('SELECT * FROM digest_settings WHERE paused_at IS NULL').all() as SettingsRow[];
		return rows.map(toSettings);
	}

	/** Saves a guild's settings, running from `now` (a new schedule un-pauses). */
	save(settings: NewSettings, now: number): DigestSettings {
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
		return this.settings(settings.guildId) as DigestSettings;
	}

	/** Pauses a running digest; false when there is none or it is already paused. */
	pause(guildId: string, kind: PauseKind, reason: string, now: number): boolean {
		const result = this.db
			.prepare(
				`UPDATE digest_settings SET paused_at = ?, pause_kind = ?, pause_reason = ?, updated_at = ?
				 WHERE guild_id = ? AND paused_at IS NULL`,
			)
			.run(now, kind, reason, now, guildId);
		return result.changes > 0;
	}

	/** Resumes a paused digest from `now`: slots it slept through are not posted late. */
	resume(guildId: string, by: string, now: number): boolean {
		const result = this.db
			.prepare(
				`UPDATE digest_settings
				 SET paused_at = NULL, pause_kind = NULL, pause_reason = NULL, active_since = ?, updated_at = ?, updated_by = ?
				 WHERE guild_id = ? AND paused_at IS NOT NULL`,
			)
			.run(now, now, by, guildId);
		return result.changes > 0;
	}

	remove(guildId: string): boolean {
		return this.db.prepare('DELETE FROM digest_settings WHERE guild_id = ?').run(guildId).changes > 0;
	}

	post(guildId: string, slot: number): PostRecord | undefined {
		const row = this.db.prepare('SELECT * FROM digest_posts WHERE guild_id = ? AND slot = ?').get(guildId, slot) as
			| PostRow
			| undefined;
		return row && toPost(row);
	}

	/** The guild's most recent logged slot, whatever became of it. */
	latest(guildId: string): PostRecord | undefined {
		const row = this.db
			.prepare('SELECT * FROM digest_posts WHERE guild_id = ? ORDER BY slot DESC LIMIT 1')
			.get(guildId) as PostRow | undefined;
		return row && toPost(row);
	}

	/** The guild's most recent digest that was actually posted, before `before` if given. */
	lastPosted(guildId: string, before = Number.MAX_SAFE_INTEGER): PostRecord | undefined {
		const row = this.db
			.prepare(
				`SELECT * FROM digest_posts WHERE guild_id = ? AND state = 'posted' AND slot < ?
				 ORDER BY slot DESC LIMIT 1`,
			)
			.get(guildId, before) as PostRow | undefined;
		return row && toPost(row);
	}

	/**
	 * Claims a slot for this process, atomically: a new slot, or one whose claimant's lease ran
	 * out (it crashed mid-send). Returns the claimed record, or undefined when the slot is
	 * someone else's or already settled.
	 */
	claim(
		{ guildId, slot, channelId }: { guildId: string; slot: number; channelId: string },
		instance: string,
		now: number,
		leaseMs: number,
	): PostRecord | undefined {
		return this.db
			.transaction(() => {
				const existing = this.post(guildId, slot);
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
				return this.post(guildId, slot);
			})
			.immediate();
	}

	/** Extends this process's lease before another attempt; false if the slot is no longer its own. */
	renew(guildId: string, slot: number, instance: string, now: number, leaseMs: number): boolean {
		const result = this.db
			.prepare(
				`UPDATE digest_posts SET lease_until = ?, attempts = attempts + 1, updated_at = ?
				 WHERE guild_id = ? AND slot = ? AND state = 'claimed' AND claimed_by = ?`,
			)
			.run(now + leaseMs, now, guildId, slot, instance);
		return result.changes > 0;
	}

	/** Records one sent message of the digest as soon as Discord confirms it. */
	addMessage(guildId: string, slot: number, instance: string, messageId: string, now: number): void {
		this.db
			.prepare(
				`UPDATE digest_posts SET message_ids = json_insert(message_ids, '$[#]', ?), updated_at = ?
				 WHERE guild_id = ? AND slot = ? AND state = 'claimed' AND claimed_by = ?`,
			)
			.run(messageId, now, guildId, slot, instance);
	}

	/** Settles a claimed slot; only its claimant can. */
	finish(
		guildId: string,
		slot: number,
		instance: string,
		outcome: { state: 'posted' | 'skipped' | 'failed'; error?: string; factIds?: readonly string[] },
		now: number,
	): boolean {
		const result = this.db
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
			);
		return result.changes > 0;
	}

	/** Logs slots that passed while the bot could not post them; slots already logged are left as they are. */
	recordMissed(guildId: string, channelId: string, slots: readonly number[], now: number): void {
		const insert = this.db.prepare(
			`INSERT OR IGNORE INTO digest_posts (guild_id, slot, channel_id, state, error, updated_at)
			 VALUES (?, ?, ?, 'missed', 'The bot was not running within the grace window after this time.', ?)`,
		);
		this.db.transaction(() => {
			for (const slot of slots) insert.run(guildId, slot, channelId, now);
		})();
	}

	/** When the earliest running claim's lease runs out: when a crashed send becomes someone else's to settle. */
	nextLeaseExpiry(): number | undefined {
		const row = this.db.prepare(`SELECT min(lease_until) AS at FROM digest_posts WHERE state = 'claimed'`).get() as {
			at: number | null;
		};
		return row.at ?? undefined;
	}

	/** Claimed slots whose claimant's lease has run out: a process crashed mid-send. */
	stalled(now: number): PostRecord[] {
		const rows = this.db
			.prepare(`SELECT * FROM digest_posts WHERE state = 'claimed' AND lease_until <= ? ORDER BY slot`)
			.all(now) as PostRow[];
		return rows.map(toPost);
	}
}
