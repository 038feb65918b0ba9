import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate, schemaVersion } from './migrations.js';

export type { Database };

/**
 * Opens (creating it and its folder on first run) the bot's database and migrates it to the
 * current schema. WAL lets several bot processes share one file; the busy timeout makes a
 * writer wait for another's transaction instead of failing.
 */
export function openDatabase(file: string, { upTo = schemaVersion }: { upTo?: number } = {}): Database {
	if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
	const db = new BetterSqlite3(file);
	try {
		db.pragma('journal_mode = WAL');
		db.pragma('busy_timeout = 5000');
		db.pragma('foreign_keys = ON');
		migrate(db, upTo);
	} catch (error) {
		db.close();
		throw error;
	}
	return db;
}
