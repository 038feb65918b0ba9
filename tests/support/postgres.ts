import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The PostgreSQL server tests may use: TEST_DATABASE_URL, if it is set and answers. Without it
 * the suites that need it are skipped, and say so, so `npm test` on a machine without the
 * service still runs everything else.
 */
export async function testPostgres(): Promise<{ url: string; skip?: undefined } | { url?: undefined; skip: string }> {
	const url = process.env.TEST_DATABASE_URL;
	if (!url) return notice('TEST_DATABASE_URL is not set');
	const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
	try {
		await client.connect();
		await client.query('SELECT 1');
		return { url };
	} catch (error) {
		return notice(`${redact(url)} cannot be reached (${(error as Error).message})`);
	} finally {
		await client.end().catch(() => undefined);
	}
}

function notice(why: string): { skip: string } {
	const skip = `PostgreSQL suites skipped: ${why}`;
	console.warn(skip);
	return { skip };
}

const redact = (url: string) => url.replace(/\/\/[^@/]*@/, '//…@');

/**
 * A schema of its own on the test server, so tests never see each other's tables (nor anyone
 * else's); `url` connects with it as the search path. `drop()` removes it and everything in it.
 */
export async function freshSchema(url: string): Promise<{ url: string; schema: string; drop(): Promise<void> }> {
	const schema = `sitrep_test_${randomBytes(6).toString('hex')}`;
	await admin(url, `CREATE SCHEMA ${schema}`);
	const scoped = new URL(url);
	scoped.searchParams.set('options', `-c search_path=${schema}`);
	return {
		url: scoped.toString(),
		schema,
		drop: async () => void (await admin(url, `DROP SCHEMA IF EXISTS ${schema} CASCADE`)),
	};
}

/** Runs one statement on its own connection. */
export async function admin(url: string, sql: string, values: unknown[] = []): Promise<pg.QueryResult> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return await client.query(sql, values);
	} finally {
		await client.end();
	}
}
