import { type ChildProcess, type ChildProcessByStdio, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { ApplicationCommandType, InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { definitions } from '../commands/index.js';
import { root } from './support/cli.js';
import { copyOfData } from './support/data.js';
import { FakeDiscord } from './support/fake-discord.js';

/** Runs an npm script as the README does (`npm start`, `npm run deploy -- …`), with the given environment. */
function launch(script: 'start' | 'deploy', env: NodeJS.ProcessEnv, args: string[] = []) {
	const command = script === 'start' ? ['start'] : ['run', script];
	return watch(
		spawn('npm', [...command, '--silent', ...(args.length > 0 ? ['--', ...args] : [])], {
			cwd: root,
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
			// Its own process group, so a signal reaches npm and the bot together, as Ctrl-C in a terminal does.
			detached: true,
		}),
	);
}

/** Runs `src/main.ts` as its own process (no npm, no tsx launcher), so its pid is known before it logs anything. */
function launchBot(env: NodeJS.ProcessEnv) {
	const tsx = pathToFileURL(path.join(root, 'node_modules/tsx/dist/loader.mjs')).href;
	return watch(
		spawn(process.execPath, ['--import', tsx, 'src/main.ts'], {
			cwd: root,
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true,
		}),
	);
}

/** Collects a child's output, and how it ended once its output has closed. */
function watch(child: ChildProcessByStdio<null, Readable, Readable>) {
	const output = { stdout: '', stderr: '' };
	child.stdout.on('data', (chunk: Buffer) => {
		output.stdout += chunk.toString();
	});
	child.stderr.on('data', (chunk: Buffer) => {
		output.stderr += chunk.toString();
	});
	// How it ended, once its output has closed: when a signal reaches npm and the bot together,
	// npm exits before the bot's last lines, and the bot holds the same pipes.
	const ended = once(child, 'close').then(([code, signal]) => (code as number | null) ?? (signal as NodeJS.Signals));
	return { child, output, ended };
}

/** The bot's JSON log lines so far. */
const logLines = (stderr: string) =>
	stderr
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as Record<string, unknown> & { msg: string });

describe('npm start with a token, against a fake Discord', () => {
	let fake: FakeDiscord;
	let child: ChildProcess | undefined;
	let varDir: string;
	/** Where the bot keeps its database in these tests: never the checkout's own var/. */
	let databasePath: string;

	/** The environment of a bot that talks to the fake and keeps its database out of the checkout. */
	const botEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
		DISCORD_TOKEN: fake.token,
		DISCORD_APPLICATION_ID: fake.applicationId,
		DISCORD_API_URL: fake.apiUrl,
		DATABASE_PATH: databasePath,
		...extra,
	});

	beforeEach(async () => {
		fake = await FakeDiscord.start();
		varDir = await mkdtemp(path.join(tmpdir(), 'sitrep-var-'));
		databasePath = path.join(varDir, 'first-run', 'sitrep.db');
	});
	afterEach(async () => {
		await rm(varDir, { recursive: true, force: true });
		// The whole group: npm and the bot, should a test fail before they exit.
		if (child?.pid && child.exitCode === null && child.signalCode === null) {
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				// Already gone.
			}
		}
		await fake.close();
	});

	it.each(['SIGTERM', 'SIGINT'] as const)(
		'connects, logs ready with the guild count, answers, and shuts down cleanly on %s',
		async (signal) => {
			const started = launch('start', {
				DISCORD_TOKEN: fake.token,
				DISCORD_APPLICATION_ID: fake.applicationId,
				DISCORD_API_URL: fake.apiUrl,
				DATABASE_PATH: databasePath,
				LOG_LEVEL: 'info',
			});
			child = started.child;
			await fake.waitForReady();
			await expect.poll(() => started.output.stderr).toMatch(/"msg":"ready"/);
			const ready = started.output.stderr
				.split('\n')
				.filter(Boolean)
				.map((line) => JSON.parse(line) as Record<string, unknown>)
				.find((line) => line.msg === 'ready');
			expect(ready).toMatchObject({ guilds: 1, level: 30 });
			// The database and its folder are created on first run.
			expect(existsSync(databasePath)).toBe(true);

			const { callback } = await fake.interact({
				type: InteractionType.ApplicationCommand,
				data: { name: 'prison', type: ApplicationCommandType.ChatInput },
			});
			expect((callback.body as { type: number }).type).toBe(InteractionResponseType.ChannelMessageWithSource);

			// The whole group, as a terminal does: npm passes the signal on too, so the bot gets it twice.
			process.kill(-(child.pid ?? 0), signal);
			// npm reports a script stopped by a signal as that signal; the bot's own log shows it shut
			// down cleanly, within its grace period (past it, the log would end in "took too long").
			expect([0, signal]).toContain(await started.ended);
			const lines = started.output.stderr
				.split('\n')
				.filter(Boolean)
				.map((line) => (JSON.parse(line) as { msg: string }).msg);
			expect(lines.slice(-2)).toEqual(['shutting down', 'disconnected']);
			expect(started.output.stderr + started.output.stdout).not.toContain(fake.token);
			expect(fake.unrouted).toEqual([]);
		},
	);

	it('reloads the data on SIGHUP, and keeps answering from the last good data when the new files are broken', async () => {
		const data = await copyOfData();
		const started = launch('start', {
			DISCORD_TOKEN: fake.token,
			DISCORD_APPLICATION_ID: fake.applicationId,
			DISCORD_API_URL: fake.apiUrl,
			DATA_DIR: data.dir,
			DATABASE_PATH: databasePath,
		});
		child = started.child;
		await expect.poll(() => started.output.stderr).toMatch(/"msg":"ready"/);
		const pid = Number(logLines(started.output.stderr).find((line) => line.msg === 'ready')?.pid);
		const facts = await data.read<{ facts: Record<string, unknown>[] }>('facts.json');
		const original = structuredClone(facts);

		(facts.facts[0] as { quote: string }).quote = 'Words the report never wrote.';
		await data.write('facts.json', facts);
		process.kill(pid, 'SIGHUP');
		await expect.poll(() => started.output.stderr).toMatch(/data reload failed/);
		const failed = logLines(started.output.stderr).find((line) => line.msg.startsWith('data reload failed'));
		expect(failed).toMatchObject({ level: 50, signal: 'SIGHUP' });
		expect(String(failed?.problems)).toMatch(/facts\.json: facts\[0\]\.quote: /);

		// Still answering from what was loaded at start.
		const { callback } = await fake.interact({
			type: InteractionType.ApplicationCommand,
			data: { name: 'prison', type: ApplicationCommandType.ChatInput },
		});
		const body = callback.body as { type: number; data: { embeds: { title: string }[] } };
		expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(body.data.embeds[0]?.title).toMatch(/Pénitencier National/);

		const corrected = (original.facts[0] as { answer: string }).answer;
		(original.facts[0] as { answer: string }).answer = `${corrected} `;
		await data.write('facts.json', original);
		process.kill(pid, 'SIGHUP');
		await expect.poll(() => started.output.stderr).toMatch(/"msg":"data reloaded"/);
		expect(logLines(started.output.stderr).find((line) => line.msg === 'data reloaded')).toMatchObject({
			facts: original.facts.length,
			changed: [(original.facts[0] as { id: string }).id],
			added: [],
			removed: [],
		});
		process.kill(-(child.pid ?? 0), 'SIGTERM');
		await started.ended;
	});

	it('acknowledges a SIGHUP during start-up and reloads once ready, instead of dying', async () => {
		const data = await copyOfData();
		// Start-up stops at the gateway lookup until released: the signal lands before ready, every time.
		const lookup = fake.delayResponse({ method: 'GET', path: /^\/gateway\/bot$/ });
		const started = launchBot(botEnv({ DATA_DIR: data.dir }));
		child = started.child;
		await lookup.held;
		process.kill(started.child.pid ?? 0, 'SIGHUP');
		await expect.poll(() => started.output.stderr).toMatch(/reload requested during start-up/);
		lookup.release();
		await expect.poll(() => started.output.stderr).toMatch(/"msg":"data reloaded"/);
		const messages = logLines(started.output.stderr).map((line) => line.msg);
		expect(messages.indexOf('ready')).toBeGreaterThan(
			messages.indexOf('reload requested during start-up; the data will be reloaded once ready'),
		);
		expect(logLines(started.output.stderr).find((line) => line.msg === 'data reloaded')).toMatchObject({
			signal: 'SIGHUP',
			changed: [],
		});
		process.kill(started.child.pid ?? 0, 'SIGTERM');
		expect(await started.ended).toBe(0);
	});

	it('stops at once on SIGTERM while still connecting', async () => {
		const lookup = fake.delayResponse({ method: 'GET', path: /^\/gateway\/bot$/ });
		const started = launchBot(botEnv());
		child = started.child;
		await lookup.held;
		process.kill(started.child.pid ?? 0, 'SIGTERM');
		expect(await started.ended).toBe(0);
		const messages = logLines(started.output.stderr).map((line) => line.msg);
		// Whatever start-up logged before the signal (the digest store opening), it ends like this, never ready.
		expect(messages.slice(-2)).toEqual(['shutting down', 'stopped before the bot was ready']);
		expect(messages).not.toContain('ready');
		lookup.release();
	});

	it('refuses a FIFO in place of facts.json on SIGHUP, keeps answering, and still stops on SIGTERM', async () => {
		const data = await copyOfData();
		const started = launchBot(botEnv({ DATA_DIR: data.dir }));
		child = started.child;
		await expect.poll(() => started.output.stderr).toMatch(/"msg":"ready"/);
		const facts = path.join(data.dir, 'facts.json');
		await rm(facts);
		execFileSync('mkfifo', [facts]);
		process.kill(started.child.pid ?? 0, 'SIGHUP');
		await expect.poll(() => started.output.stderr).toMatch(/data reload failed/);
		expect(logLines(started.output.stderr).find((line) => line.msg.startsWith('data reload failed'))).toMatchObject({
			level: 50,
			signal: 'SIGHUP',
			count: 1,
			problems: [`${facts}: cannot be read (not a regular file)`],
		});
		const { callback } = await fake.interact({
			type: InteractionType.ApplicationCommand,
			data: { name: 'prison', type: ApplicationCommandType.ChatInput },
		});
		expect((callback.body as { type: number }).type).toBe(InteractionResponseType.ChannelMessageWithSource);
		process.kill(started.child.pid ?? 0, 'SIGTERM');
		expect(await started.ended).toBe(0);
		expect(
			logLines(started.output.stderr)
				.map((line) => line.msg)
				.slice(-2),
		).toEqual(['shutting down', 'disconnected']);
	});

	it('says the token was rejected, without echoing it, and exits 1', async () => {
		const wrong = `${fake.token.slice(0, -4)}AAAA`;
		const started = launch('start', {
			DISCORD_TOKEN: wrong,
			DISCORD_APPLICATION_ID: fake.applicationId,
			DISCORD_API_URL: fake.apiUrl,
			DATABASE_PATH: databasePath,
		});
		child = started.child;
		expect(await started.ended).toBe(1);
		expect(started.output.stderr).toMatch(/invalid token/i);
		expect(started.output.stderr).not.toContain(wrong);
	});
});

describe('npm run deploy', () => {
	let fake: FakeDiscord | undefined;
	afterEach(async () => {
		await fake?.close();
	});

	it('--dry-run prints every command definition as JSON, without a token', async () => {
		const started = launch('deploy', { DISCORD_TOKEN: '' }, ['--dry-run']);
		expect(await started.ended).toBe(0);
		expect(JSON.parse(started.output.stdout)).toEqual(JSON.parse(JSON.stringify(definitions)));
	});

	it('registers all commands by bulk overwrite, in the dev guild when one is set', async () => {
		fake = await FakeDiscord.start();
		const env = {
			DISCORD_TOKEN: fake.token,
			DISCORD_APPLICATION_ID: fake.applicationId,
			DISCORD_API_URL: fake.apiUrl,
		};
		const guild = launch('deploy', { ...env, DISCORD_DEV_GUILD_ID: fake.guildId });
		expect(await guild.ended).toBe(0);
		expect(guild.output.stdout).toContain(`Registered ${definitions.length} commands in server ${fake.guildId}`);
		const put = await fake.waitForRequest({
			method: 'PUT',
			path: `/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`,
		});
		expect(put.body).toEqual(JSON.parse(JSON.stringify(definitions)));

		const global = launch('deploy', { ...env, DISCORD_DEV_GUILD_ID: '' });
		expect(await global.ended).toBe(0);
		expect(global.output.stdout).toContain(`Registered ${definitions.length} commands globally`);
		await fake.waitForRequest({ method: 'PUT', path: `/applications/${fake.applicationId}/commands` });
		expect(fake.unrouted).toEqual([]);
	});

	it('explains what is missing without a token', async () => {
		const started = launch('deploy', { DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '' });
		expect(await started.ended).toBe(1);
		expect(started.output.stderr).toMatch(/DISCORD_TOKEN and DISCORD_APPLICATION_ID/);
	});
});
