import { type DigestStore, StoreUnavailableError, UnavailableStore } from '../digest/store.js';
import type { Logger } from '../logger.js';
import { openSqliteStore } from './database.js';
import type { PostgresDigestStore } from './postgres-store.js';

export interface StorageConfig {
	DATABASE_PATH: string;
	DATABASE_URL?: string | undefined;
}

/**
 * The digest store the configuration asks for: PostgreSQL with DATABASE_URL, else the SQLite file
 * at DATABASE_PATH. Never throws for a database that can't be used: digests are an edge of the
 * bot, not a precondition. The problem is logged in one line naming the file or server, and the
 * store returned says why to whoever asks (/digest); questions are answered regardless.
 */
export async function openStore(config: StorageConfig, logger: Logger): Promise<DigestStore> {
	if (config.DATABASE_URL) {
		// Imported only when configured: pg is not loaded by a bot that keeps its state in SQLite.
		const { PostgresDigestStore } = await import('./postgres-store.js');
		let unavailable = false;
		const store: PostgresDigestStore = new PostgresDigestStore(config.DATABASE_URL, {
			onStatus: (problem) => {
				if (problem) logger.error({ database: store.description }, problem);
				else if (unavailable)
					logger.info({ database: store.description }, 'digests available again: the database answers');
				unavailable = problem !== undefined;
			},
		});
		// Tried again whenever it is next needed: the server may only be starting.
		await store.ready().then(
			() => logger.info({ database: store.description }, 'digest store ready'),
			(error: unknown) => {
				if (!(error instanceof StoreUnavailableError)) throw error;
			},
		);
		return store;
	}
	try {
		const store = openSqliteStore(config.DATABASE_PATH, {
			notice: (line) => logger.warn(line),
			onLost: (line) => logger.error(line),
		});
		logger.info({ database: store.description }, 'digest store ready');
		return store;
	} catch (error) {
		const unavailable =
			error instanceof StoreUnavailableError
				? error
				: new StoreUnavailableError(
						`DATABASE_PATH: ${config.DATABASE_PATH} could not be opened (${(error as Error).message}); digests are unavailable until it is fixed.`,
						'its database file could not be opened',
					);
		logger.error({ database: `SQLite file ${config.DATABASE_PATH}` }, unavailable.message);
		return new UnavailableStore(`SQLite file ${config.DATABASE_PATH}`, unavailable);
	}
}
