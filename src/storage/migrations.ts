import type { Database } from 'better-sqlite3';

export interface Migration {
	version: number;
	name: string;
	up(db: Database): void;
}

/**
 * The schema's history, oldest first. A database records the last one applied in
 * `PRAGMA user_version`; start-up applies the rest in order. Never edit a shipped migration:
 * add the next one.
 */
export const migrations: readonly Migration[] = [
	{
		version: 1,
		name: 'digest settings and post log',
		up(db) {
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
	},
	{
		version: 2,
		name: 'what each digest covered, and the choice when nothing is new',
		up(db) {
			db.exec(`
				ALTER TABLE digest_settings ADD COLUMN when_nothing_new TEXT NOT NULL DEFAULT 'post'
					CHECK (when_nothing_new IN ('post', 'skip'));
				ALTER TABLE digest_settings ADD COLUMN pause_kind TEXT CHECK (pause_kind IN ('admin', 'failure'));
				UPDATE digest_settings SET pause_kind = 'admin' WHERE paused_at IS NOT NULL;
				ALTER TABLE digest_posts ADD COLUMN fact_ids TEXT;
				CREATE INDEX digest_posts_by_state ON digest_posts (state, lease_until);
			`);
		},
	},
];

export const schemaVersion = migrations.at(-1)?.version ?? 0;

export class SchemaTooNewError extends Error {
	constructor(
		readonly found: number,
		readonly supported: number,
	) {
		super(
			`The database is at schema version ${found}, but this version of sitrep knows only up to ${supported}. Run a newer sitrep, or point DATABASE_PATH at another file.`,
		);
		this.name = 'SchemaTooNewError';
	}
}

/**
 * Brings a database up to the latest schema, each step in its own transaction so a failure
 * leaves the database at the last version that applied cleanly. Returns the versions applied.
 */
export function migrate(db: Database, upTo = schemaVersion): number[] {
	const current = db.pragma('user_version', { simple: true }) as number;
	if (current > schemaVersion) throw new SchemaTooNewError(current, schemaVersion);
	const applied: number[] = [];
	for (const migration of migrations) {
		if (migration.version <= current || migration.version > upTo) continue;
		db.transaction(() => {
			migration.up(db);
			db.pragma(`user_version = ${migration.version}`);
		})();
		applied.push(migration.version);
	}
	return applied;
}
