import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdtemp, readFile, rename, rm, stat, truncate, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import BetterSqlite3 from 'better-sqlite3';
import { ApplicationCommandType, InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { type DigestStore, StoreUnavailableError } from '../src/digest/store.js';
import { createLogger } from '../src/logger.js';
import { checkDatabasePath } from '../src/storage/database-path.js';
import { schemaVersion } from '../src/storage/migrations.js';
import { openStore, type StorageConfig } from '../src/storage/open.js';
import { PostgresDigestStore } from '../src/storage/postgres-store.js';
import { startTestBot, type TestBot } from './support/bot.js';
import { root } from './support/cli.js';
import { realEngine } from './support/data.js';
import { FakeDiscord } from './support/fake-discord.js';
import { freshSchema, testPostgres } from './support/postgres.js';
import { setDigest, status } from './support/server-commands.js';
import { TcpProxy } from './support/tcp-proxy.js';
import { patienceMs } from './support/wait.js';

const engine = await realEngine();

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempDir(): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), 'sitrep-edge-'));
	cleanups.push(() => rm(dir, { recursive: true, force: true }));
	return dir;
}

/** Opens the store as `npm start` does, keeping the log lines it wrote. */
async function open(
	config: Partial<StorageConfig>,
): Promise<{ store: DigestStore; logs: { level: number; msg: string }[] }> {
	const logs: { level: number; msg: string }[] = [];
	const sink = new Writable({
		write(chunk: Buffer, _encoding, done) {
			for (const line of chunk.toString().split('\n').filter(Boolean)) logs.push(JSON.parse(line));
			done();
		},
	});
	const store = await openStore({ DATABASE_PATH: ':memory:', ...config }, createLogger('info', sink));
	cleanups.push(() => store.close());
	return { store, logs };
}

/** The bot on that store: it must still answer questions, and /digest must say why it can't. */
async function botOn(store: DigestStore): Promise<TestBot> {
	const test = await startTestBot(engine, { store, logLevel: 'info' });
	cleanups.push(() => test.stop());
	return test;
}

async function answersQuestions(test: TestBot): Promise<void> {
	const { callback } = await test.fake.interact({
		type: InteractionType.ApplicationCommand,
		data: { name: 'prison', type: ApplicationCommandType.ChatInput },
	});
	const body = callback.body as { type: number; data: { embeds: { title: string }[] } };
	expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
	expect(body.data.embeds[0]?.title).toMatch(/Pénitencier National/);
}

const unavailable = (why: string) =>
	`Digests are unavailable on this bot right now: ${why}. Nothing was changed. Questions still work; the bot's operator can see the details in its log.`;

/** The one error line the operator reads: no stack, the message names the variable and file. */
function oneLine(logs: { level: number; msg: string }[], pattern: RegExp): string {
	const errors = logs.filter((line) => line.level >= 50);
	expect(errors).toHaveLength(1);
	const [line] = errors;
	expect(line).not.toHaveProperty('err');
	expect(line?.msg).not.toContain('\n');
	expect(line?.msg).toMatch(pattern);
	return line?.msg ?? '';
}

describe('DATABASE_URL that is not a PostgreSQL URL', () => {
	it('is a configuration problem, in one line naming the variable', () => {
		expect(() => loadConfig({ DATABASE_URL: 'mysql://db.example/sitrep' })).toThrow(
			'DATABASE_URL: must be a PostgreSQL URL such as postgres://sitrep@db.example:5432/sitrep',
		);
		expect(loadConfig({ DATABASE_URL: 'postgresql://db.example/sitrep' }).DATABASE_URL).toBe(
			'postgresql://db.example/sitrep',
		);
		expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
	});
});

describe('a DATABASE_PATH that cannot hold a database', () => {
	const cases: [string, (dir: string) => Promise<string>, RegExp][] = [
		[
			'a folder',
			async (dir) => dir,
			/^DATABASE_PATH: \S+ is a folder, not a file; set it to a file inside it, e\.g\. \S+\/sitrep\.db\.$/,
		],
		[
			'a file under a file (/dev/null/x.db)',
			async () => '/dev/null/x.db',
			/^DATABASE_PATH: \/dev\/null\/x\.db cannot be created because \/dev\/null is a file, not a folder; set DATABASE_PATH to a file in a folder the bot can write/,
		],
		[
			'a folder that cannot be created',
			async (dir) => {
				await writeFile(path.join(dir, 'notes.txt'), 'not a folder');
				return path.join(dir, 'notes.txt', 'var', 'sitrep.db');
			},
			/^DATABASE_PATH: \S+notes\.txt\/var\/sitrep\.db cannot be created because \S+notes\.txt is a file, not a folder;/,
		],
		[
			'under /proc',
			async () => '/proc/x/y.db',
			/^DATABASE_PATH: \/proc\/x\/y\.db is under \/proc, a system pseudo-filesystem where no database can live; set DATABASE_PATH to a file in a folder the bot can write, e\.g\. var\/sitrep\.db\.$/,
		],
		[
			'under /sys',
			async () => '/sys/x/y.db',
			/^DATABASE_PATH: \/sys\/x\/y\.db is under \/sys, a system pseudo-filesystem/,
		],
		['a device', async () => '/dev/null', /^DATABASE_PATH: \/dev\/null is not a regular file;/],
	];

	it.each(cases)('%s: one line naming the variable, and the bot answers without digests', async (_, make, pattern) => {
		const file = await make(await tempDir());
		expect(checkDatabasePath(file)).toMatch(pattern);
		const { store, logs } = await open({ DATABASE_PATH: file });
		oneLine(logs, pattern);
		const test = await botOn(store);
		await answersQuestions(test);
		expect(await status(test.fake)).toBe(unavailable('its database path is misconfigured'));
	});
});

describe('a database file that is not usable', () => {
	/** A real database with a guild's settings in it. */
	async function withSettings(dir: string): Promise<string> {
		const file = path.join(dir, 'sitrep.db');
		const { store } = await open({ DATABASE_PATH: file });
		const test = await botOn(store);
		expect(await setDigest(test.fake)).toMatch(/^Digest saved\./);
		await test.stop();
		await store.close();
		return file;
	}

	const cases: [string, (dir: string) => Promise<string>, RegExp, string][] = [
		[
			'garbage bytes',
			async (dir) => {
				const file = path.join(dir, 'sitrep.db');
				await writeFile(file, 'these are not the bytes of a database\n'.repeat(100));
				return file;
			},
			/^DATABASE_PATH: \S+sitrep\.db is not an SQLite database \(it does not start with SQLite’s header\); it was left untouched\./,
			'its database file is not a database',
		],
		[
			'a truncated file',
			async (dir) => {
				const file = await withSettings(dir);
				const { size } = await stat(file);
				await truncate(file, Math.floor(size / 2));
				return file;
			},
			/^DATABASE_PATH: \S+sitrep\.db is damaged \(SQLITE_CORRUPT: database disk image is malformed\); it was left untouched\. Restore it from a backup, or move it away and restart to start a new database\.$/,
			'its database file is damaged',
		],
		[
			'a file from a newer sitrep',
			async (dir) => {
				const file = await withSettings(dir);
				const db = new BetterSqlite3(file);
				db.pragma(`user_version = ${schemaVersion + 1}`);
				db.close();
				return file;
			},
			new RegExp(
				`^DATABASE_PATH: \\S+sitrep\\.db is at schema version ${schemaVersion + 1}, but this version of sitrep knows only up to ${schemaVersion}\\. Run a newer sitrep, or point it at another database; nothing was changed\\.$`,
			),
			'its database was written by a newer version of the bot',
		],
		[
			'another application’s database',
			async (dir) => {
				const file = path.join(dir, 'sitrep.db');
				const db = new BetterSqlite3(file);
				db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
				db.close();
				return file;
			},
			/^DATABASE_PATH: \S+sitrep\.db is another application's SQLite database \(tables: invoices\); it was left untouched\. Point DATABASE_PATH at another file;/,
			'its database file belongs to another application',
		],
	];

	it.each(cases)(
		'%s: left untouched, one line in the log, and the bot answers without digests',
		async (_, make, pattern, why) => {
			const file = await make(await tempDir());
			const before = await readFile(file);
			const { store, logs } = await open({ DATABASE_PATH: file });
			oneLine(logs, pattern);
			const test = await botOn(store);
			await answersQuestions(test);
			expect(await status(test.fake)).toBe(unavailable(why));
			expect(await setDigest(test.fake)).toBe(unavailable(why));
			expect((await readFile(file)).equals(before)).toBe(true);
		},
	);

	it('an empty file is made a database, and the log says it was empty and held no settings', async () => {
		const file = path.join(await tempDir(), 'sitrep.db');
		await writeFile(file, '');
		const { store, logs } = await open({ DATABASE_PATH: file });
		expect(logs.filter((line) => line.level >= 40).map((line) => line.msg)).toEqual([
			`DATABASE_PATH: ${file} was an empty file (0 bytes), so it held no digest settings; a new database was created in it. If settings were expected, restore the file from a backup.`,
		]);
		const test = await botOn(store);
		expect(await setDigest(test.fake)).toMatch(/^Digest saved\./);
	});
});

describe('a database file that goes away while the bot runs', () => {
	it.each([
		['deleted', (file: string) => unlink(file), 'was deleted', 'a new one'],
		[
			'replaced',
			async (file: string) => {
				await writeFile(`${file}.new`, '');
				await rename(`${file}.new`, file);
			},
			'was replaced by another file',
			'the new one',
		],
	])('%s: writes are refused, loudly, instead of going to the old file', async (_, change, what, reopen) => {
		const dir = await tempDir();
		const file = path.join(dir, 'sitrep.db');
		const { store, logs } = await open({ DATABASE_PATH: file });
		const test = await botOn(store);
		expect(await setDigest(test.fake)).toMatch(/^Digest saved\./);

		await change(file);
		expect(await setDigest(test.fake, { time: '18:00' })).toBe(
			unavailable(`its database file ${what} while it was running`),
		);
		expect(await status(test.fake)).toBe(unavailable(`its database file ${what} while it was running`));
		oneLine(
			logs,
			new RegExp(
				`^DATABASE_PATH: ${file.replace(/[.]/g, '\\.')} ${what} while the bot was running; digest changes are refused so that none is lost in the old file\\. Put the file back, or restart the bot to open ${reopen}\\.$`,
			),
		);
		await answersQuestions(test);
	});
});

describe('DATABASE_URL pointing at a PostgreSQL server that does not answer', () => {
	it('logs one line naming the server, and the bot answers without digests', async () => {
		const { store, logs } = await open({ DATABASE_URL: 'postgres://sitrep:secret@127.0.0.1:9/sitrep' });
		const line = oneLine(
			logs,
			/^DATABASE_URL: PostgreSQL at 127\.0\.0\.1:9\/sitrep cannot be reached \(.*ECONNREFUSED.*\); digests are unavailable until it can\. Check that the server is running and the URL is right\.$/,
		);
		expect(line).not.toContain('secret');
		const test = await botOn(store);
		await answersQuestions(test);
		expect(await status(test.fake)).toBe(unavailable('its database server cannot be reached'));
	});
});

const postgres = await testPostgres();

describe.skipIf(postgres.skip)(postgres.skip ?? 'a PostgreSQL server that goes away while the bot runs', () => {
	/** A schema of its own on the test server, reached through a relay the test can cut. */
	async function behindProxy() {
		const { url, drop } = await freshSchema(postgres.url as string);
		cleanups.push(drop);
		const real = new URL(url);
		const proxy = await TcpProxy.start({ host: real.hostname, port: Number(real.port || 5432) });
		cleanups.push(() => proxy.cut());
		const proxied = new URL(url);
		proxied.port = String(proxy.port);
		return { proxy, proxied, real };
	}

	it('makes /digest say so, with one log line, keeps answering, and recovers when it is back', async () => {
		const { proxy, proxied, real } = await behindProxy();
		const { store, logs } = await open({ DATABASE_URL: proxied.toString() });
		const test = await botOn(store);
		expect(await setDigest(test.fake)).toMatch(/^Digest saved\./);

		await proxy.cut();
		expect(await status(test.fake)).toBe(unavailable('its database server cannot be reached'));
		expect(await setDigest(test.fake, { time: '18:00' })).toBe(unavailable('its database server cannot be reached'));
		oneLine(
			logs,
			new RegExp(
				`^DATABASE_URL: PostgreSQL at 127\\.0\\.0\\.1:${proxy.port}${real.pathname} cannot be reached \\(.+\\); digests are unavailable until it can\\.`,
			),
		);
		await answersQuestions(test);

		await proxy.restore();
		expect(await status(test.fake)).toMatch(/^\*\*Schedule:\*\* every day at 09:00 \(America\/Port-au-Prince\)/);
		expect(logs.at(-1)?.msg).toBe('digests available again: the database answers');
	});

	it('names a user the server refuses, in one line, and the bot answers without digests', async () => {
		const url = new URL(postgres.url as string);
		url.username = 'no_such_role';
		url.password = 'secret';
		const { store, logs } = await open({ DATABASE_URL: url.toString() });
		const line = oneLine(
			logs,
			/^DATABASE_URL: PostgreSQL at \S+ refused the bot \(28000: role "no_such_role" does not exist\); digests are unavailable until it is fixed\. Check the user, password, database name and the user's rights to create tables\.$/,
		);
		expect(line).not.toContain('secret');
		const test = await botOn(store);
		await answersQuestions(test);
		expect(await status(test.fake)).toBe(unavailable('its database refused it'));
	});

	it('counts a server that stops answering mid-query as unreachable, rather than waiting forever', async () => {
		const { proxy, proxied } = await behindProxy();
		const store = new PostgresDigestStore(proxied.toString(), { queryTimeoutMs: 500 });
		cleanups.push(() => store.close());
		await store.ready();
		proxy.stall();
		await expect(store.settings('1')).rejects.toThrow(StoreUnavailableError);
		await proxy.restore();
		await expect(store.settings('1')).resolves.toBeUndefined();
	});
});

/** `npm start`'s entry point with a token, against a fake Discord: the whole path from the environment. */
describe('npm start with a database it cannot use', () => {
	// As root every file is writable: then the bot runs as nobody, for whom root's files are read-only.
	const asRoot = process.getuid?.() === 0;
	const runAs = asRoot ? { uid: 65534, gid: 65534 } : {};

	/** A folder the bot's user may read but not write (root's, or one made read-only). */
	async function readOnlyFolder(): Promise<string> {
		const dir = await tempDir();
		await chmod(dir, 0o755);
		return dir;
	}
	const lockUp = async (target: string, mode: number) => {
		if (!asRoot) await chmod(target, mode);
		cleanups.push(() => chmod(target, 0o755).catch(() => undefined));
	};

	const cases: [string, () => Promise<string>, RegExp][] = [
		[
			'a path under /proc, where a recursive mkdir would spin forever',
			async () => '/proc/x/y.db',
			/^DATABASE_PATH: \/proc\/x\/y\.db is under \/proc, a system pseudo-filesystem where no database can live;/,
		],
		[
			'a read-only file',
			async () => {
				const dir = await readOnlyFolder();
				const file = path.join(dir, 'sitrep.db');
				await (await open({ DATABASE_PATH: file })).store.close();
				await chmod(file, asRoot ? 0o644 : 0o444);
				return file;
			},
			/^DATABASE_PATH: \S+sitrep\.db is read-only; make it writable by the bot's user, or set DATABASE_PATH to a file in a folder the bot can write/,
		],
		[
			'a folder the bot may not create',
			async () => {
				const dir = await readOnlyFolder();
				await lockUp(dir, 0o555);
				return path.join(dir, 'var', 'sitrep.db');
			},
			/^DATABASE_PATH: the folder for \S+\/var\/sitrep\.db cannot be created: \S+ is not writable by the bot's user;/,
		],
	];

	it.each(cases)('%s: one log line, questions answered, /digest says why, a clean exit', async (_, make, pattern) => {
		const file = await make();
		const fake = await FakeDiscord.start();
		cleanups.push(() => fake.close());
		const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
			cwd: root,
			env: {
				...process.env,
				DISCORD_TOKEN: fake.token,
				DISCORD_APPLICATION_ID: fake.applicationId,
				DISCORD_API_URL: fake.apiUrl,
				DATABASE_PATH: file,
				DATABASE_URL: '',
				LOG_LEVEL: 'info',
			},
			stdio: ['ignore', 'pipe', 'pipe'],
			...runAs,
		});
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		const ended = once(child, 'close');
		cleanups.push(async () => child.exitCode === null && child.kill('SIGKILL'));
		await fake.waitForReady(20_000);
		await expect.poll(() => stderr, { timeout: patienceMs }).toMatch(/"msg":"ready"/);

		const lines = stderr.split('\n').filter(Boolean);
		expect(lines.every((line) => line.startsWith('{'))).toBe(true);
		oneLine(
			lines.map((line) => JSON.parse(line)),
			pattern,
		);
		const { callback } = await fake.interact({
			type: InteractionType.ApplicationCommand,
			data: { name: 'prison', type: ApplicationCommandType.ChatInput },
		});
		expect((callback.body as { type: number }).type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(await status(fake)).toBe(unavailable('its database path is misconfigured'));

		child.kill('SIGTERM');
		expect(await ended).toEqual([0, null]);
	});
});
