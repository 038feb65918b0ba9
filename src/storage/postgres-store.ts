import pg from 'pg';
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
import { migrations, schemaTooNew, schemaVersion } from './migrations.js';
import { missedReason, type PostRow, type SettingsRow, toPost, toSettings } from './rows.js';

/** Any fixed number: processes migrating at once take turns on this advisory lock. */
const migrationLock = 0x5_17_4e_90;
/** How often an unreachable server is tried again when something needs it. */
const retryMs = 5_000;

/** Where the server is, without the password: for log lines. */
export function describeUrl(url: string): string {
	try {
		const { hostname, port, pathname } = new URL(url);
		return `PostgreSQL at ${hostname}:${port || 5432}${pathname}`;
	} catch {
		return 'PostgreSQL (DATABASE_URL is not a valid URL)';
	}
}

/** Errors that mean the server is out of reach, rather than a bug in a query. */
function isConnectionError(error: unknown): boolean {
	const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
	if (typeof code === 'string' && (/^E[A-Z]+$/.test(code) || /^(08|57P|53)/.test(code))) {
		return true;
	}
	return typeof message === 'string' && /Connection terminated|timeout|connect/i.test(message);
}

/**
 * The digest store on PostgreSQL, for bot processes on several machines. The same migrations as
 * SQLite, recorded in `schema_migrations`; the same once-per-slot claim, in one statement that
 * inserts the slot or takes over a lapsed lease. An unreachable server makes digests wait, with
 * a one-line reason, and is tried again when next needed.
 */
export class PostgresDigestStore implements DigestStore {
	readonly description: string;
	readonly #pool: pg.Pool;
	#ready: Promise<void> | undefined;
	#failedAt = 0;
	#lastFailure: unknown;
	/** The problem last reported through `onStatus`, so each change is reported once. */
	#reported: string | undefined;

	constructor(
		url: string,
		private readonly options: {
			upTo?: number;
			poolSize?: number;
			/** How long a query may go unanswered before digests count the server as unreachable (10 s). */
			queryTimeoutMs?: number;
			/** Hears each change: a problem (one line naming DATABASE_URL's server), or undefined once it answers again. */
			onStatus?: (problem: string | undefined) => void;
		} = {},
	) {
		this.description = describeUrl(url);
		this.#pool = new pg.Pool({
			connectionString: url,
			max: options.poolSize ?? 5,
			connectionTimeoutMillis: 5_000,
			// A server that stops answering mid-query must not leave /digest "thinking" forever.
			query_timeout: options.queryTimeoutMs ?? 10_000,
			idleTimeoutMillis: 30_000,
		});
		// An idle connection the server dropped: the next query reconnects; this must not crash the process.
		this.#pool.on('error', () => undefined);
	}

	/** Connects and migrates once; after a failure, tries again at most every few seconds. */
	ready(): Promise<void> {
		if (this.#ready) return this.#ready;
		if (this.#failedAt > 0 && Date.now() - this.#failedAt < retryMs) return Promise.reject(this.#lastFailure);
		this.#ready = this.#migrate().then(
			() => this.#report(undefined),
			(error: unknown) => {
				this.#ready = undefined;
				this.#failedAt = Date.now();
				// Whatever stops the first connection or the migrations (a wrong user, database or
				// permission) leaves digests waiting, and the rest of the bot running.
				const failure = this.#asUnavailable(error);
				this.#lastFailure = failure instanceof StoreUnavailableError ? failure : this.#refused(failure);
				this.#report(this.#lastFailure as StoreUnavailableError);
				throw this.#lastFailure;
			},
		);
		return this.#ready;
	}

	/** Reports a change of state: keyed by the reason, so a dropped connection then a refused one is one outage. */
	#report(problem: StoreUnavailableError | undefined): void {
		if (problem?.reason === this.#reported) return;
		this.#reported = problem?.reason;
		this.options.onStatus?.(problem?.message);
	}

	#unreachable(error: unknown): StoreUnavailableError {
		const detail = (error as Error | undefined)?.message || String((error as { code?: unknown })?.code ?? error);
		return new StoreUnavailableError(
			`DATABASE_URL: ${this.description} cannot be reached (${detail}); digests are unavailable until it can. Check that the server is running and the URL is right.`,
			'its database server cannot be reached',
		);
	}

	#refused(error: unknown): StoreUnavailableError {
		const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
		return new StoreUnavailableError(
			`DATABASE_URL: ${this.description} refused the bot (${code ? `${String(code)}: ` : ''}${String(message ?? error)}); digests are unavailable until it is fixed. Check the user, password, database name and the user's rights to create tables.`,
			'its database refused it',
		);
	}

	/** The error as a StoreUnavailableError when it means digests must wait (reported once), else as it is. */
	#asUnavailable(error: unknown): unknown {
		const unavailable =
			error instanceof StoreUnavailableError ? error : isConnectionError(error) ? this.#unreachable(error) : undefined;
		if (unavailable) this.#report(unavailable);
		return unavailable ?? error;
	}

	/**
	 * Applies the missing migrations, each in its own transaction. Processes starting together take
	 * turns on an advisory lock held by the connection (released by the server if it drops), so
	 * even the bookkeeping table is created by one of them only.
	 */
	async #migrate(): Promise<void> {
		const upTo = this.options.upTo ?? schemaVersion;
		const client = await this.#pool.connect();
		try {
			await client.query('SELECT pg_advisory_lock($1)', [migrationLock]);
			await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
				version    integer PRIMARY KEY,
				name       text NOT NULL,
				applied_at timestamptz NOT NULL DEFAULT now()
			)`);
			const { rows } = await client.query<{ version: number | null }>(
				'SELECT max(version) AS version FROM schema_migrations',
			);
			const current = rows[0]?.version ?? 0;
			if (current > schemaVersion) throw schemaTooNew(current, `DATABASE_URL: ${this.description}`);
			for (const migration of migrations) {
				if (migration.version <= current || migration.version > upTo) continue;
				await client.query('BEGIN');
				try {
					await client.query(migration.postgres);
					await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
						migration.version,
						migration.name,
					]);
					await client.query('COMMIT');
				} catch (error) {
					await client.query('ROLLBACK').catch(() => undefined);
					throw error;
				}
			}
		} finally {
			await client.query('SELECT pg_advisory_unlock($1)', [migrationLock]).catch(() => undefined);
			client.release();
		}
	}

	async #query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<pg.QueryResult<R>> {
		await this.ready();
		try {
			const result = await this.#pool.query<R>(text, values);
			this.#report(undefined);
			return result;
		} catch (error) {
			throw this.#asUnavailable(error);
		}
	}

	async settings(guildId: string): Promise<DigestSettings | undefined> {
		const { rows } = await this.#query<SettingsRow>('SELECT * FROM digest_settings WHERE guild_id = $1', [guildId]);
		return rows[0] && toSettings(rows[0]);
	}

	async active(): Promise<DigestSettings[]> {
		const { rows } = await this.#query<SettingsRow>('SELECT * FROM digest_settings WHERE paused_at IS NULL');
		return rows.map(toSettings);
	}

	async save(settings: NewSettings, now: number): Promise<DigestSettings> {
		const { rows } = await this.#query<SettingsRow>(
			`INSERT INTO digest_settings
				(guild_id, channel_id, frequency, time, weekday, timezone, when_nothing_new, active_since,
				 paused_at, pause_kind, pause_reason, updated_at, updated_by)
			 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, NULL, NULL, $8, $9)
			 ON CONFLICT (guild_id) DO UPDATE SET
				channel_id = excluded.channel_id, frequency = excluded.frequency, time = excluded.time,
				weekday = excluded.weekday, timezone = excluded.timezone,
				when_nothing_new = excluded.when_nothing_new, active_since = excluded.active_since,
				paused_at = NULL, pause_kind = NULL, pause_reason = NULL,
				updated_at = excluded.updated_at, updated_by = excluded.updated_by
			 RETURNING *`,
			[
				settings.guildId,
				settings.channelId,
				settings.frequency,
				settings.time,
				settings.weekday,
				settings.timezone,
				settings.whenNothingNew,
				now,
				settings.updatedBy,
			],
		);
		return toSettings(rows[0] as SettingsRow);
	}

	async pause(guildId: string, kind: PauseKind, reason: string, now: number): Promise<boolean> {
		const { rowCount } = await this.#query(
			`UPDATE digest_settings SET paused_at = $1, pause_kind = $2, pause_reason = $3, updated_at = $1
			 WHERE guild_id = $4 AND paused_at IS NULL`,
			[now, kind, reason, guildId],
		);
		return (rowCount ?? 0) > 0;
	}

	async resume(guildId: string, by: string, now: number): Promise<boolean> {
		const { rowCount } = await this.#query(
			`UPDATE digest_settings
			 SET paused_at = NULL, pause_kind = NULL, pause_reason = NULL, active_since = $1, updated_at = $1, updated_by = $2
			 WHERE guild_id = $3 AND paused_at IS NOT NULL`,
			[now, by, guildId],
		);
		return (rowCount ?? 0) > 0;
	}

	async remove(guildId: string): Promise<boolean> {
		const { rowCount } = await this.#query('DELETE FROM digest_settings WHERE guild_id = $1', [guildId]);
		return (rowCount ?? 0) > 0;
	}

	async post(guildId: string, slot: number): Promise<PostRecord | undefined> {
		const { rows } = await this.#query<PostRow>('SELECT * FROM digest_posts WHERE guild_id = $1 AND slot = $2', [
			guildId,
			slot,
		]);
		return rows[0] && toPost(rows[0]);
	}

	async latest(guildId: string): Promise<PostRecord | undefined> {
		const { rows } = await this.#query<PostRow>(
			'SELECT * FROM digest_posts WHERE guild_id = $1 ORDER BY slot DESC LIMIT 1',
			[guildId],
		);
		return rows[0] && toPost(rows[0]);
	}

	async lastPosted(guildId: string, before = Number.MAX_SAFE_INTEGER): Promise<PostRecord | undefined> {
		const { rows } = await this.#query<PostRow>(
			`SELECT * FROM digest_posts WHERE guild_id = $1 AND state = 'posted' AND slot < $2
			 ORDER BY slot DESC LIMIT 1`,
			[guildId, before],
		);
		return rows[0] && toPost(rows[0]);
	}

	/**
	 * One statement, so one transaction: the insert wins for exactly one process; a conflicting
	 * row is taken over only while it is claimed and its lease has run out (the row is locked
	 * while the condition is checked, so two processes can't both take it over).
	 */
	async claim({ guildId, slot, channelId }: SlotTarget, instance: string, now: number, leaseMs: number) {
		const { rows } = await this.#query<PostRow>(
			`INSERT INTO digest_posts AS p (guild_id, slot, channel_id, state, claimed_by, lease_until, attempts, updated_at)
			 VALUES ($1, $2, $3, 'claimed', $4, $5, 0, $6)
			 ON CONFLICT (guild_id, slot) DO UPDATE SET claimed_by = excluded.claimed_by,
				lease_until = excluded.lease_until, updated_at = excluded.updated_at
			 WHERE p.state = 'claimed' AND p.lease_until <= $6
			 RETURNING *`,
			[guildId, slot, channelId, instance, now + leaseMs, now],
		);
		return rows[0] && toPost(rows[0]);
	}

	async renew(guildId: string, slot: number, instance: string, now: number, leaseMs: number): Promise<boolean> {
		const { rowCount } = await this.#query(
			`UPDATE digest_posts SET lease_until = $1, attempts = attempts + 1, updated_at = $2
			 WHERE guild_id = $3 AND slot = $4 AND state = 'claimed' AND claimed_by = $5`,
			[now + leaseMs, now, guildId, slot, instance],
		);
		return (rowCount ?? 0) > 0;
	}

	async addMessage(guildId: string, slot: number, instance: string, messageId: string, now: number): Promise<void> {
		await this.#query(
			`UPDATE digest_posts SET message_ids = message_ids || jsonb_build_array($1::text), updated_at = $2
			 WHERE guild_id = $3 AND slot = $4 AND state = 'claimed' AND claimed_by = $5`,
			[messageId, now, guildId, slot, instance],
		);
	}

	async finish(guildId: string, slot: number, instance: string, outcome: Outcome, now: number): Promise<boolean> {
		const { rowCount } = await this.#query(
			`UPDATE digest_posts SET state = $1, error = $2, fact_ids = $3::jsonb, lease_until = NULL, updated_at = $4
			 WHERE guild_id = $5 AND slot = $6 AND state = 'claimed' AND claimed_by = $7`,
			[
				outcome.state,
				outcome.error ?? null,
				outcome.factIds ? JSON.stringify(outcome.factIds) : null,
				now,
				guildId,
				slot,
				instance,
			],
		);
		return (rowCount ?? 0) > 0;
	}

	async recordMissed(guildId: string, channelId: string, slots: readonly number[], now: number): Promise<void> {
		if (slots.length === 0) return;
		await this.#query(
			`INSERT INTO digest_posts (guild_id, slot, channel_id, state, error, updated_at)
			 SELECT $1, unnest($2::bigint[]), $3, 'missed', $4, $5
			 ON CONFLICT (guild_id, slot) DO NOTHING`,
			[guildId, slots, channelId, missedReason, now],
		);
	}

	async nextLeaseExpiry(): Promise<number | undefined> {
		const { rows } = await this.#query<{ at: string | null }>(
			`SELECT min(lease_until) AS at FROM digest_posts WHERE state = 'claimed'`,
		);
		const at = rows[0]?.at;
		return at === null || at === undefined ? undefined : Number(at);
	}

	async stalled(now: number): Promise<PostRecord[]> {
		const { rows } = await this.#query<PostRow>(
			`SELECT * FROM digest_posts WHERE state = 'claimed' AND lease_until <= $1 ORDER BY slot`,
			[now],
		);
		return rows.map(toPost);
	}

	async ping(): Promise<void> {
		await this.#query('SELECT 1');
	}

	async close(): Promise<void> {
		if (!this.#pool.ended && !this.#pool.ending) await this.#pool.end();
	}
}
