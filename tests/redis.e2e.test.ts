import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InteractionResponseType } from 'discord-api-types/v10';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from './support/fake-discord.js';
import { callbackOf, slash } from './support/interactions.js';
import { type BotProcess, spawnReplica } from './support/process.js';
import { testRedisUrl } from './support/services.js';

const redisUrl = await testRedisUrl('the shared rate limit test');

describe.skipIf(!redisUrl)('rate limits shared through Redis', () => {
	const processes: BotProcess[] = [];
	let fake: FakeDiscord | undefined;
	let dir: string | undefined;
	afterAll(async () => {
		await Promise.all(processes.map((bot) => bot.stop()));
		await fake?.close();
		if (dir) await rm(dir, { recursive: true, force: true });
	});

	it('holds across two processes: the questions a user asks of either count against one limit', async () => {
		const discord = await FakeDiscord.start();
		fake = discord;
		const folder = await mkdtemp(path.join(tmpdir(), 'sitrep-redis-'));
		dir = folder;
		const replica = async (name: string) => {
			const { bot, url } = await spawnReplica(discord, {
				REDIS_URL: redisUrl,
				DATABASE_PATH: path.join(folder, `${name}.db`),
			});
			processes.push(bot);
			return url;
		};
		const [a, b] = await Promise.all([replica('a'), replica('b')]);
		// A user no earlier run has used: the limit's key is fresh.
		const user = { id: String(BigInt(Date.now()) * 1000n + BigInt(process.pid % 1000)) };
		const ask = slash('ask', { question: 'who leads the gangs' }, { user });
		const answered = async (url: string) => {
			const posted = await discord.postInteraction(url, ask);
			return callbackOf(posted.callback ?? ({ body: undefined } as never));
		};
		// The default limit is six questions per 30 seconds: three on each replica use it up.
		for (const url of [a, b, a, b, a, b]) {
			const reply = await answered(url);
			expect(reply.type).toBe(InteractionResponseType.ChannelMessageWithSource);
			expect(reply.data?.embeds).toHaveLength(1);
		}
		for (const url of [a, b]) {
			expect((await answered(url)).data?.content).toMatch(
				/^You’re asking quickly\. Please wait \d+ s and ask again\.$/,
			);
		}
		// Another user is not limited by the first.
		const other = await discord.postInteraction(a, slash('ask', { question: 'who leads the gangs' }));
		expect(callbackOf(other.callback ?? ({ body: undefined } as never)).data?.embeds).toHaveLength(1);
	}, 120_000);
});
