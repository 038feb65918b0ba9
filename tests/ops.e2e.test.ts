import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whyUnreachable } from '../src/discord/reach.js';
import { countingDigestStore, Metrics } from '../src/ops/metrics.js';
import { runEntry } from './support/cli.js';
import { FakeDiscord } from './support/fake-discord.js';
import { slash } from './support/interactions.js';
import { type BotProcess, freePort, spawnBot } from './support/process.js';

/** One sample's value from Prometheus's text format, or undefined when the series is absent. */
function sample(text: string, series: string): number | undefined {
	const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
	return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('METRICS_PORT: health, readiness and Prometheus metrics', () => {
	let fake: FakeDiscord;
	let bot: BotProcess;
	let dir: string;
	let base: string;
	beforeAll(async () => {
		fake = await FakeDiscord.start();
		dir = await mkdtemp(path.join(tmpdir(), 'sitrep-ops-'));
		const port = await freePort();
		base = `http://127.0.0.1:${port}`;
		bot = spawnBot({
			DISCORD_TOKEN: fake.token,
			DISCORD_APPLICATION_ID: fake.applicationId,
			DISCORD_API_URL: fake.apiUrl,
			DATABASE_PATH: path.join(dir, 'ops.db'),
			METRICS_PORT: String(port),
		});
		await bot.waitForLog((line) => line.msg === 'ready');
	});
	afterAll(async () => {
		await bot.stop();
		await fake.close();
		await rm(dir, { recursive: true, force: true });
	});

	const metrics = async () => (await fetch(`${base}/metrics`)).text();

	it('answers /healthz, and /readyz with every check passing once the shards are ready', async () => {
		expect((await fetch(`${base}/healthz`)).status).toBe(200);
		const ready = await fetch(`${base}/readyz`);
		expect(ready.status).toBe(200);
		expect(await ready.json()).toMatchObject({
			ok: true,
			checks: { data: { ok: true }, transport: { ok: true }, database: { ok: true } },
		});
	});

	it('counts interactions by command and outcome, times them, and reports shards, facts and reloads', async () => {
		const before = await metrics();
		const answered = 'sitrep_interactions_total{command="prison",outcome="answered"}';
		expect(sample(before, answered)).toBeUndefined();
		expect(sample(before, 'sitrep_shard_ready{shard="0"}')).toBe(1);
		expect(sample(before, 'sitrep_facts')).toBeGreaterThan(0);

		const { id } = await fake.interact(slash('prison'));
		await bot.waitForLog((line) => line.msg === 'answered' && line.interaction === id);
		await fake.interact(slash('weather'));
		const after = await metrics();
		expect(sample(after, answered)).toBe(1);
		expect(sample(after, 'sitrep_interaction_duration_seconds_count{command="prison"}')).toBe(1);
		expect(sample(after, 'sitrep_interactions_total{command="unknown",outcome="answered"}')).toBe(1);

		bot.child.kill('SIGHUP');
		await bot.waitForLog((line) => line.msg === 'data reloaded');
		expect(sample(await metrics(), 'sitrep_reloads_total{outcome="ok"}')).toBe(1);
	});
});

describe('an unreachable Discord', () => {
	it('is one structured log line at start-up saying what failed and what to check, retried with backoff', async () => {
		const closed = await freePort();
		const bot = spawnBot({
			DISCORD_TOKEN: `${'x'.repeat(24)}.${'y'.repeat(6)}.${'z'.repeat(27)}`,
			DISCORD_APPLICATION_ID: '123456789012345678',
			DISCORD_API_URL: `http://127.0.0.1:${closed}/api`,
			DATABASE_PATH: ':memory:',
		});
		try {
			const line = await bot.waitForLog((candidate) => candidate.msg === 'connecting to Discord failed; retrying');
			expect(line).toMatchObject({ code: 'ECONNREFUSED', attempt: 1, retryInMs: 1000 });
			expect(line.hint).toMatch(
				/^no connection to 127\.0\.0\.1:\d+: check the network, a firewall or proxy, or DISCORD_API_URL$/,
			);
		} finally {
			// A signal while waiting to retry ends the process at once, cleanly.
			expect(await bot.stop()).toBe(0);
		}
	}, 120_000);

	it('names a failed DNS lookup as such', () => {
		const dns = Object.assign(new Error('getaddrinfo ENOTFOUND discord.com'), { code: 'ENOTFOUND' });
		expect(whyUnreachable(new TypeError('fetch failed', { cause: dns }), 'https://discord.com/api')).toEqual({
			kind: 'network',
			code: 'ENOTFOUND',
			hint: 'the name discord.com did not resolve: check DNS and the network, or DISCORD_API_URL',
		});
	});

	it('npm run deploy says so in one log line, without a stack, and exits 1', async () => {
		const closed = await freePort();
		const run = runEntry('src/cli/deploy.ts', [], {
			env: {
				DISCORD_TOKEN: `${'x'.repeat(24)}.${'y'.repeat(6)}.${'z'.repeat(27)}`,
				DISCORD_APPLICATION_ID: '123456789012345678',
				DISCORD_API_URL: `http://127.0.0.1:${closed}/api`,
			},
		});
		expect(run.status).toBe(1);
		const lines = run.stderr.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(JSON.parse(lines[0] ?? '')).toMatchObject({
			msg: 'registering commands failed: Discord could not be reached',
			code: 'ECONNREFUSED',
			hint: expect.stringMatching(/DISCORD_API_URL/),
		});
		expect(run.stderr).not.toMatch(/\n\s+at /);
	}, 120_000);
});

describe('digest outcomes in the metrics', () => {
	it('counts what the scheduler settles, whichever store it uses, and only what was really settled', async () => {
		const metrics = new Metrics(() => 0);
		const settled: unknown[] = [];
		const store = countingDigestStore(
			{
				finish: (...args: unknown[]) => {
					settled.push(args);
					return args[0] !== 'lost';
				},
				recordMissed: (..._args: unknown[]) => {},
			},
			metrics,
		);
		store.finish('guild', 1, 'me', { state: 'posted' }, 0);
		store.finish('guild', 2, 'me', { state: 'failed', error: 'x' }, 0);
		// Another process had taken the slot over: not ours to count.
		store.finish('lost', 3, 'me', { state: 'posted' }, 0);
		store.recordMissed('guild', 'channel', [4, 5], 0);
		const text = await metrics.registry.metrics();
		expect(sample(text, 'sitrep_digest_posts_total{outcome="posted"}')).toBe(1);
		expect(sample(text, 'sitrep_digest_posts_total{outcome="failed"}')).toBe(1);
		expect(sample(text, 'sitrep_digest_posts_total{outcome="missed"}')).toBe(2);
		expect(settled).toHaveLength(3);
	});
});
