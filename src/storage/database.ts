import { closeSync, openSync, readSync, statSync } from 'node:fs';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { StoreUnavailableError } from '../digest/store.js';
import { prepareDatabasePath } from './database-path.js';
import { migrate, schemaVersion } from './migrations.js';
import { asUnavailable, SqliteDigestStore } from './sqlite-store.js';

export type { Database };

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

/** What is at the path before it is opened: nothing, an empty file, an SQLite database, or something else. */
function inspect(file: string): 'absent' | 'empty' | 'sqlite' | 'foreign' {
	let size: number;
	try {
		size = statSync(file).size;
	} catch {
		return 'absent';
	}
	if (size === 0) return 'empty';
	const head = Buffer.alloc(sqliteHeader.length);
	const fd = openSync(file, 'r');
	try {
		readSync(fd, head, 0, head.length, 0);
	} finally {
		closeSync(fd);
	}
	return head.equals(sqliteHeader) ? 'sqlite' : 'foreign';
}

const unavailable = (file: string, what: string, reason: string) =>
	new StoreUnavailableError(`DATABASE_PATH: ${file} ${what}; digests are unavailable until it is fixed.`, reason);

/**
 * Opens (creating it and its folder on first run) the bot's SQLite database and migrates it to
 * the current schema. WAL lets several bot processes share one file; the busy timeout makes a
 * writer wait for another's transaction instead of failing.
 *
 * A file that is not sitrep's is never initialised over: a file that is not SQLite, a damaged
 * one, another application's database, or one from a newer sitrep is left as it is and the open
 * fails with a {@link StoreUnavailableError} saying what was found. `notice` hears what was done
 * about anything unusual that could be handled (an empty file).
 */
export function openDatabase(
	file: string,
	{ upTo = schemaVersion, notice }: { upTo?: number; notice?: (line: string) => void } = {},
): Database {
	const problem = prepareDatabasePath(file);
	if (problem) throw new StoreUnavailableError(problem, 'its database path is misconfigured');
	const found = file === ':memory:' ? 'absent' : inspect(file);
	if (found === 'foreign') {
		throw unavailable(
			file,
			'is not an SQLite database (it does not start with SQLite’s header); it was left untouched. Restore it from a backup, or move it away and restart to start a new database',
			'its database file is not a database',
		);
	}
	let db: Database | undefined;
	try {
		db = new BetterSqlite3(file);
		if (found === 'sqlite') {
			const check = db.pragma('quick_check(1)', { simple: true });
			if (check !== 'ok') {
				throw unavailable(
					file,
					`is damaged (${String(check)}); it was left untouched. Restore it from a backup, or move it away and restart to start a new database`,
					'its database file is damaged',
				);
			}
			const version = db.pragma('user_version', { simple: true }) as number;
			const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();
			if (version === 0 && tables.length > 0) {
				throw unavailable(
					file,
					`is another application's SQLite database (tables: ${tables.slice(0, 5).join(', ')}); it was left untouched. Point DATABASE_PATH at another file`,
					'its database file belongs to another application',
				);
			}
		}
		db.pragma('journal_mode = WAL');
		db.pragma('busy_timeout = 5000');
		db.pragma('foreign_keys = ON');
		migrate(db, upTo, `DATABASE_PATH: ${file}`);
		if (found === 'empty') {
			notice?.(
				`DATABASE_PATH: ${file} was an empty file (0 bytes), so it held no digest settings; a new database was created in it. If settings were expected, restore the file from a backup.`,
			);
		}
		return db;
	} catch (error) {
		db?.close();
		throw asUnavailable(error, file);
	}
}

/** The digest store on the SQLite file at `file`; throws {@link StoreUnavailableError} when it can't be used. */
export function openSqliteStore(
	file: string,
	{ onLost, ...options }: { upTo?: number; notice?: (line: string) => void; onLost?: (line: string) => void } = {},
): SqliteDigestStore {
	const db = openDatabase(file, options);
	return new SqliteDigestStore(db, file === ':memory:' ? {} : { file, ...(onLost ? { onLost } : {}) });
}
