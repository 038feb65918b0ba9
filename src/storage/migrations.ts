import type { Database } from 'better-sqlite3';
import { StoreUnavailableError } from '../digest/store.js';

export interface Migration {
	version: number;
	name: string;
	sqlite(db: Database): void;
	/** The same step for PostgreSQL: times are bigint milliseconds, lists are jsonb. */
	postgres: string;
}

/**
 * The schema's history, oldest first, for both stores. A database records the last one applied
 * (SQLite in `PRAGMA user_version`, PostgreSQL in `schema_migrations`); start-up applies the rest
 * in order. Never edit a shipped migration: add the next one.
 */
export const migrations: readonly Migration[] = [
	{
		version: 1,
		name: 'digest settings and post log',
		sqlite(db) {
			db.exec(`
				CREATE TABLE digest_settings (
					guild_id     TEXT PRIMARY KEY,
					channel_id   TEXT NOT NULL,
					frequency    TEXT NOT NULL CHECK (frequency IN ('daily', 'weekly')),
					time         TEXT NOT NULL,
					weekday      INTEGER CHECK (weekday BETWEEN 0 AND 6),
					timezone     TEXT NOT NULL,
					active_since INTEGER NOT NULL,
					paused_at    INTEGER,
					pause_reason TEXT,
					updated_at   INTEGER NOT NULL,
					updated_by   TEXT NOT NULL
				) STRICT;
				CREATE TABLE digest_posts (
					guild_id    TEXT NOT NULL,
					slot        INTEGER NOT NULL,
					channel_id  TEXT NOT NULL,
					state       TEXT NOT NULL CHECK (state IN ('claimed', 'posted', 'skipped', 'failed', 'missed')),
					claimed_by  TEXT,
					lease_until INTEGER,
					attempts    INTEGER NOT NULL DEFAULT 0,
					message_ids TEXT NOT NULL DEFAULT '[]',
					error       TEXT,
					updated_at  INTEGER NOT NULL,
					PRIMARY KEY (guild_id, slot)
				) STRICT;
			`);
		},
		postgres: `
			CREATE TABLE digest_settings (
				guild_id     text PRIMARY KEY,
				channel_id   text NOT NULL,
				frequency    text NOT NULL CHECK (frequency IN ('daily', 'weekly')),
				time         text NOT NULL,
				weekday      integer CHECK (weekday BETWEEN 0 AND 6),
				timezone     text NOT NULL,
				active_since bigint NOT NULL,
				paused_at    bigint,
				pause_reason text,
				updated_at   bigint NOT NULL,
				updated_by   text NOT NULL
			);
			CREATE TABLE digest_posts (
				guild_id    text NOT NULL,
				slot        bigint NOT NULL,
				channel_id  text NOT NULL,
				state       text NOT NULL CHECK (state IN ('claimed', 'posted', 'skipped', 'failed', 'missed')),
				claimed_by  text,
				lease_until bigint,
				attempts    integer NOT NULL DEFAULT 0,
				message_ids jsonb NOT NULL DEFAULT '[]',
				error       text,
				updated_at  bigint NOT NULL,
				PRIMARY KEY (guild_id, slot)
			);
		`,
	},
	{
		version: 2,
		name: 'what each digest covered, and the choice when nothing is new',
		sqlite(db) {
			db.exec(`
				ALTER TABLE digest_settings ADD COLUMN when_nothing_new TEXT NOT NULL DEFAULT 'post'
					CHECK (when_nothing_new IN ('post', 'skip'));
				ALTER TABLE digest_settings ADD COLUMN pause_kind TEXT CHECK (pause_kind IN ('admin', 'failure'));
				UPDATE digest_settings SET pause_kind = 'admin' WHERE paused_at IS NOT NULL;
				ALTER TABLE digest_posts ADD COLUMN fact_ids TEXT;
				CREATE INDEX digest_posts_by_state ON digest_posts (state, lease_until);
			`);
		},
		postgres: `
			ALTER TABLE digest_settings ADD COLUMN when_nothing_new text NOT NULL DEFAULT 'post'
				CHECK (when_nothing_new IN ('post', 'skip'));
			ALTER TABLE digest_settings ADD COLUMN pause_kind text CHECK (pause_kind IN ('admin', 'failure'));
			UPDATE digest_settings SET pause_kind = 'admin' WHERE paused_at IS NOT NULL;
			ALTER TABLE digest_posts ADD COLUMN fact_ids jsonb;
			CREATE INDEX digest_posts_by_state ON digest_posts (state, lease_until);
		`,
	},
];

export const schemaVersion = migrations.at(-1)?.version ?? 0;

/** A database written by a newer sitrep: nothing is migrated or written, and digests wait for the upgrade. */
export function schemaTooNew(found: number, where: string): StoreUnavailableError {
	return new StoreUnavailableError(
		`${where} is at schema version ${found}, but this version of sitrep knows only up to ${schemaVersion}. Run a newer sitrep, or point it at another database; nothing was changed.`,
		'its database was written by a newer version of the bot',
	);
}

/**
 * Brings an SQLite database up to the latest schema, each step in its own transaction so a
 * failure leaves the database at the last version that applied cleanly. Returns the versions applied.
 */
export function migrate(db: Database, upTo = schemaVersion, where = 'The database'): number[] {
	const current = db.pragma('user_version', { simple: true }) as number;
	if (current > schemaVersion) throw schemaTooNew(current, where);
	const applied: number[] = [];
	for (const migration of migrations) {
		if (migration.version <= current || migration.version > upTo) continue;
		db.transaction(() => {
			migration.sqlite(db);
			db.pragma(`user_version = ${migration.version}`);
		})();
		applied.push(migration.version);
	}
	return applied;
}
