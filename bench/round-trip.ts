/**
 * Round trip: from an INTERACTION_CREATE the fake Discord sends over the gateway to the interaction
 * callback it receives, for the bot (in-process, logging at info as `npm start` does) and, beside
 * it in the same run, a bare discord.js client with the same client options that replies "ok" to
 * everything. Interactions alternate between the two, so load on the machine hits both alike.
 */

import { Client, Events, GatewayIntentBits } from 'discord.js';
import { ApplicationCommandOptionType, ApplicationCommandType, InteractionType } from 'discord-api-types/v10';
import type { AnswerEngine } from '../src/core/engine.js';
import { startTestBot } from '../tests/support/bot.js';
import { FakeDiscord, fastClientOptions, type InteractionInput } from '../tests/support/fake-discord.js';
import { latency, timedAsync } from './stats.js';
import type { Row } from './table.js';

const perCommand = 400;
const warmUp = 20;

function prison(): InteractionInput {
	return { type: InteractionType.ApplicationCommand, data: { name: 'prison', type: ApplicationCommandType.ChatInput } };
}

function ask(question: string): InteractionInput {
	const option = { name: 'question', type: ApplicationCommandOptionType.String, value: question };
	return {
		type: InteractionType.ApplicationCommand,
		data: { name: 'ask', type: ApplicationCommandType.ChatInput, options: [option] },
	};
}

/** A discord.js client that answers every interaction with the same reply, on a fake of its own. */
async function startBareClient() {
	const fake = await FakeDiscord.start();
	const client = new Client({
		intents: [GatewayIntentBits.Guilds],
		allowedMentions: { parse: [], repliedUser: false },
		...fastClientOptions(fake),
	});
	client.on(Events.InteractionCreate, (interaction) => {
		if (interaction.isRepliable()) void interaction.reply({ content: 'ok' });
	});
	const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
	await client.login(fake.token);
	await ready;
	return {
		fake,
		async stop() {
			await client.destroy();
			await fake.close();
		},
	};
}

export async function roundTripRows(engine: AnswerEngine, questions: readonly string[]): Promise<Row[]> {
	const section = 'round trip, fake Discord';
	const bot = await startTestBot(engine, { logLevel: 'info' });
	const bare = await startBareClient();
	try {
		const inputs = Array.from({ length: perCommand }, (_, i) => [
			prison(),
			ask(questions[i % questions.length] ?? ''),
		]).flat();
		const times = { prison: [] as number[], ask: [] as number[], bot: [] as number[], bare: [] as number[] };
		const time = async (fake: FakeDiscord, input: InteractionInput) =>
			(await timedAsync(() => fake.interact(input))).ms;
		for (const [i, input] of [...inputs.slice(0, warmUp), ...inputs].entries()) {
			// Each goes first every other time, so neither always meets the garbage the other left.
			let ofBot: number;
			let ofBare: number;
			if (i % 2 === 0) {
				ofBot = await time(bot.fake, input);
				ofBare = await time(bare.fake, input);
			} else {
				ofBare = await time(bare.fake, input);
				ofBot = await time(bot.fake, input);
			}
			if (i < warmUp) continue;
			times[input.data.name === 'prison' ? 'prison' : 'ask'].push(ofBot);
			times.bot.push(ofBot);
			times.bare.push(ofBare);
		}
		const ofBot = latency(times.bot);
		const ofBare = latency(times.bare);
		const p50 = ofBot.p50 / ofBare.p50;
		const p99 = ofBot.p99 / ofBare.p99;
		return [
			{ section, measure: 'bot: /prison', latency: latency(times.prison) },
			{ section, measure: 'bot: /ask (public questions)', latency: latency(times.ask) },
			{ section, measure: 'bot: both', latency: ofBot },
			{ section, measure: 'bare discord.js client, constant reply', latency: ofBare },
			{
				section,
				measure: 'bot ÷ bare client',
				value: `×${p50.toFixed(3)} / ×${p99.toFixed(3)}`,
				note: 'p50 / p99',
				target: { text: 'both ≤ ×1.3', pass: p50 <= 1.3 && p99 <= 1.3 },
			},
		];
	} finally {
		await bot.stop();
		await bare.stop();
	}
}
