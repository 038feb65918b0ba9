import type { Frequency } from '../digest/schedule.js';
import type { DigestSettings, PauseKind, PostRecord, PostState, WhenNothingNew } from '../digest/store.js';

/** The tables' rows, shared by both stores: the same columns in SQLite and PostgreSQL. */
export interface SettingsRow {
	guild_id: string;
	channel_id: string;
	frequency: Frequency;
	time: string;
	weekday: number | null;
	timezone: string;
	active_since: number | string;
	paused_at: number | string | null;
	pause_kind: PauseKind | null;
	pause_reason: string | null;
	when_nothing_new: WhenNothingNew;
	updated_at: number | string;
	updated_by: string;
}

export interface PostRow {
	guild_id: string;
	slot: number | string;
	channel_id: string;
	state: PostState;
	claimed_by: string | null;
	lease_until: number | string | null;
	attempts: number;
	/** JSON text in SQLite; PostgreSQL's jsonb arrives parsed. */
	message_ids: string | string[];
	fact_ids: string | string[] | null;
	error: string | null;
	updated_at: number | string;
}

// PostgreSQL returns bigint columns as strings; SQLite as numbers.
const ms = (value: number | string): number => Number(value);
const msOrNull = (value: number | string | null): number | null => (value === null ? null : Number(value));
const list = (value: string | string[]): string[] =>
	typeof value === 'string' ? (JSON.parse(value) as string[]) : value;

export const toSettings = (row: SettingsRow): DigestSettings => ({
	guildId: row.guild_id,
	channelId: row.channel_id,
	frequency: row.frequency,
	time: row.time,
	weekday: row.weekday,
	timezone: row.timezone,
	whenNothingNew: row.when_nothing_new,
	activeSince: ms(row.active_since),
	pausedAt: msOrNull(row.paused_at),
	pauseKind: row.pause_kind,
	pauseReason: row.pause_reason,
	updatedAt: ms(row.updated_at),
	updatedBy: row.updated_by,
});

export const toPost = (row: PostRow): PostRecord => ({
	guildId: row.guild_id,
	slot: ms(row.slot),
	channelId: row.channel_id,
	state: row.state,
	claimedBy: row.claimed_by,
	leaseUntil: msOrNull(row.lease_until),
	attempts: row.attempts,
	messageIds: list(row.message_ids),
	factIds: row.fact_ids === null ? null : list(row.fact_ids),
	error: row.error,
	updatedAt: ms(row.updated_at),
});

export const missedReason = 'The bot was not running within the grace window after this time.';
