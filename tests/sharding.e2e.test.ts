import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApplicationCommandType, InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from './support/bot.js';
import { realEngine } from './support/data.js';
import { FakeDiscord, type InteractionInput, shardOf } from './support/fake-discord.js';
import { type BotProcess, spawnBot } from './support/process.js';

const engine = await realEngine();

const prison = (guildId: string): InteractionInput => ({
	type: InteractionType.ApplicationCommand,
	data: { name: 'prison', type: ApplicationCommandType.ChatInput, options: [] },
	guildId,
});

describe('gateway sharding', () => {
	let fake: FakeDiscord | undefined;
	const processes: BotProcess[] = [];
	const bots: TestBot[] = [];
	let dir: string | undefined;
	afterEach(async () => {
		await Promise.all(processes.splice(0).map((bot) => bot.stop()));
		for (const bot of bots.splice(0)) await bot.stop();
		await fake?.close();
		if (dir) await rm(dir, { recursive: true, force: true });
	});

	it('two processes, each running half of four shards, answer every guild once', async () => {
		// Four may identify at once, as for a large bot: no process waits five seconds between its shards.
		fake = await FakeDiscord.start({ guilds: 4, recommendedShards: 4, maxConcurrency: 4 });
		dir = await mkdtemp(path.join(tmpdir(), 'sitrep-shards-'));
		const env = (ids: string, name: string) => ({
			DISCORD_TOKEN: fake?.token,
			DISCORD_APPLICATION_ID: fake?.applicationId,
			DISCORD_API_URL: fake?.apiUrl,
			DATABASE_PATH: path.join(dir ?? '', `${name}.db`),
			SHARD_IDS: ids,
		});
		// SHARD_COUNT is left at `auto`: both read Discord's recommendation of four.
		const low = spawnBot(env('0,1', 'low'));
		const high = spawnBot(env('2,3', 'high'));
		processes.push(low, high);
		const [lowReady, highReady] = await Promise.all([
			low.waitForLog((line) => line.msg === 'ready'),
			high.waitForLog((line) => line.msg === 'ready'),
		]);
		expect(lowReady).toMatchObject({ shards: [0, 1], shardCount: 4, guilds: 2 });
		expect(highReady).toMatchObject({ shards: [2, 3], shardCount: 4, guilds: 2 });
		for (const [bot, shard] of [
			[low, 0],
			[low, 1],
			[high, 2],
			[high, 3],
		] as const) {
			expect(bot.logs).toContainEqual(expect.objectContaining({ msg: 'shard ready', shard, shards: 4, guilds: 1 }));
		}

		for (const guildId of fake.guildIds) {
			const { id, callback } = await fake.interact(prison(guildId));
			expect(callback.status).toBe(204);
			expect((callback.body as { type: number }).type).toBe(InteractionResponseType.ChannelMessageWithSource);
			const owner = shardOf(guildId, 4) < 2 ? low : high;
			const other = owner === low ? high : low;
			await owner.waitForLog((line) => line.msg === 'answered' && line.interaction === id);
			expect(other.logs.some((line) => line.interaction === id)).toBe(false);
		}
		// Nobody answered twice: a second callback would have been refused as already acknowledged.
		expect(fake.requests.filter((request) => request.path.endsWith('/callback'))).toHaveLength(4);
		expect(fake.requests.filter((request) => request.status >= 400)).toEqual([]);
	}, 120_000);

	it('a dropped shard resumes on its own; the other keeps its connection and keeps answering', async () => {
		fake = await FakeDiscord.start({ guilds: 2 });
		const test = await startTestBot(engine, { fake, config: { SHARD_COUNT: 2 } });
		bots.push(test);
		await fake.waitForShards(2);
		const [onZero, onOne] = [0, 1].map((shard) => fake?.guildIds.find((id) => shardOf(id, 2) === shard) ?? '');

		const resumed = fake.waitForResume();
		fake.dropConnection(1);
		// Shard 0 answers while shard 1 is away; shard 1's interaction waits for its resume.
		const zero = await fake.interact(prison(onZero ?? ''), 15_000);
		expect((zero.callback.body as { type: number }).type).toBe(InteractionResponseType.ChannelMessageWithSource);
		const one = await fake.interact(prison(onOne ?? ''), 15_000);
		await resumed;
		expect((one.callback.body as { type: number }).type).toBe(InteractionResponseType.ChannelMessageWithSource);

		expect(fake.resumesByShard.get(1)).toBe(1);
		expect(fake.resumesByShard.get(0)).toBeUndefined();
		expect([fake.identifiesByShard.get(0), fake.identifiesByShard.get(1)]).toEqual([1, 1]);
		expect(test.logs.filter((line) => line.msg === 'gateway resumed').map((line) => line.shard)).toEqual([1]);
	});

	it('SHARD_COUNT=auto runs Discord’s recommended count and logs each shard with its servers', async () => {
		fake = await FakeDiscord.start({ guilds: 3, recommendedShards: 3 });
		const test = await startTestBot(engine, { fake });
		bots.push(test);
		expect(test.bot.shards).toEqual({ ids: [0, 1, 2], count: 3 });
		for (const shard of [0, 1, 2]) {
			expect(test.logs).toContainEqual(expect.objectContaining({ msg: 'shard ready', shard, shards: 3, guilds: 1 }));
		}
	});
});
