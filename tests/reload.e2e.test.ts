import path from 'node:path';
import {
	ApplicationCommandOptionType,
	ApplicationCommandType,
	InteractionResponseType,
	InteractionType,
	MessageFlags,
	PermissionFlagsBits,
} from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveEngine } from '../src/live-engine.js';
import { startTestBot, type TestBot } from './support/bot.js';
import { copyOfData, type DataCopy } from './support/data.js';
import type { FakeDiscord, InteractionInput } from './support/fake-discord.js';

const admin = String(PermissionFlagsBits.Administrator);
let test: TestBot | undefined;
afterEach(async () => {
	await test?.stop();
	test = undefined;
});

async function botOn(data: DataCopy, owners?: string[]): Promise<TestBot> {
	test = await startTestBot(await LiveEngine.load(data.dir), owners ? { owners } : {});
	return test;
}

/** `/reload` from an administrator, as `userId` (the application's owner by default); returns the reply text. */
async function reload(fake: FakeDiscord, userId = fake.ownerId): Promise<string> {
	const { token, callback } = await fake.interact({
		type: InteractionType.ApplicationCommand,
		data: { name: 'reload', type: ApplicationCommandType.ChatInput },
		permissions: admin,
		user: { id: userId },
	});
	expect(callback.body).toEqual({
		type: InteractionResponseType.DeferredChannelMessageWithSource,
		data: { flags: MessageFlags.Ephemeral },
	});
	await fake.waitForRequest({ method: 'PATCH', path: new RegExp(`/${token}/messages/@original$`) });
	return fake.originalMessage(token)?.content ?? '';
}

async function ask(fake: FakeDiscord, question: string) {
	const input: InteractionInput = {
		type: InteractionType.ApplicationCommand,
		data: {
			name: 'ask',
			type: ApplicationCommandType.ChatInput,
			options: [{ name: 'question', type: ApplicationCommandOptionType.String, value: question }],
		},
	};
	const { callback } = await fake.interact(input);
	return (callback.body as { data: { embeds: { title?: string; description?: string }[] } }).data.embeds[0];
}

describe('/reload', () => {
	it('is for the bot’s owners only, even among administrators', async () => {
		const { fake } = await botOn(await copyOfData());
		expect(await reload(fake, '123456789012345678')).toBe('Only the bot’s owners can reload its data.');
	});

	it('takes its owners from BOT_OWNER_IDS when set', async () => {
		const { fake } = await botOn(await copyOfData(), ['123456789012345678']);
		expect(await reload(fake)).toBe('Only the bot’s owners can reload its data.');
		expect(await reload(fake, '123456789012345678')).toBe('Reloaded: 38 facts.\nNo fact changed.');
	});

	it('keeps answering from the last good data when the new files fail, and says exactly what failed', async () => {
		const data = await copyOfData();
		const bot = await botOn(data);
		const before = await ask(bot.fake, 'who leads the gang alliance?');
		const original = await data.read<{ facts: Record<string, unknown>[] }>('facts.json');
		const broken = structuredClone(original);
		Object.assign(broken.facts[1] ?? {}, { paragraph: 'two' });
		await data.write('facts.json', broken);
		expect(await reload(bot.fake)).toBe(
			'Reload failed: the data has 1 problem. Still answering from the data loaded before.\n' +
				`- ${path.join(data.dir, 'facts.json')}: facts[1].paragraph: Invalid input: expected number, received string`,
		);
		expect(bot.logs).toContainEqual(
			expect.objectContaining({ msg: 'data reload failed; still answering from the previous data', level: 50 }),
		);
		expect(await ask(bot.fake, 'who leads the gang alliance?')).toEqual(before);

		// Well-formed but untrue to the report: a quote it does not contain.
		const untrue = structuredClone(original);
		Object.assign(untrue.facts[0] ?? {}, { quote: 'Words the report never wrote.' });
		await data.write('facts.json', untrue);
		expect(await reload(bot.fake)).toMatch(
			/^Reload failed: the data has \d+ problems?\..*\n- .*facts\.json: facts\[0\]\.quote: /s,
		);
		expect(await ask(bot.fake, 'who leads the gang alliance?')).toEqual(before);
	});

	it('swaps in new facts at once and says what changed', async () => {
		const data = await copyOfData();
		const bot = await botOn(data);
		await data.edit('facts.json', (json) => {
			const facts = json.facts as Record<string, unknown>[];
			const source = facts.find((fact) => fact.id === 'prison-capacity');
			facts.push({ ...source, id: 'prison-capacity-again', added: '2026-11-28' });
		});
		expect(await reload(bot.fake)).toBe('Reloaded: 39 facts.\nNew (1): prison-capacity-again');
		expect(bot.logs).toContainEqual(
			expect.objectContaining({ msg: 'data reloaded', added: ['prison-capacity-again'] }),
		);
	});
});
