import { Writable } from 'node:stream';
import {
	type APIInteraction,
	ApplicationCommandOptionType,
	InteractionResponseType,
	MessageFlags,
} from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandSet } from '../commands/index.js';
import { type CommandSet, defineCommand } from '../src/commands/define.js';
import { type AnswerRef, formatCustomId, parseCustomId } from '../src/interactions/custom-ids.js';
import { createPipeline } from '../src/interactions/pipeline.js';
import { createLimiters } from '../src/interactions/rate-limit.js';
import type { Handled } from '../src/interactions/types.js';
import { createLogger } from '../src/logger.js';
import { realEngine } from './support/data.js';
import { FakeDiscord, type InteractionInput } from './support/fake-discord.js';
import { autocomplete, type Callback, componentsOf, embedOf, slash } from './support/interactions.js';

const engine = await realEngine();
const owner = '123456789012345678';

/** A command whose one option is long enough that its page buttons cannot carry it. */
const everything = defineCommand(
	{
		name: 'everything',
		description: 'Every event',
		options: [
			{
				type: ApplicationCommandOptionType.String,
				name: 'note',
				description: 'Any words',
				required: true,
				max_length: 200,
				autocomplete: true,
			},
		],
	},
	{
		run: async ({ engine: current }) => current.timeline(),
		autocomplete: (_context, { value }) => [{ label: `typed ${value.length}`, query: String(value.length) }],
	},
);

describe('the interaction pipeline, without any transport', () => {
	let fake: FakeDiscord;
	const lines: { msg: string; command?: string }[] = [];
	const set: CommandSet = { ...commandSet, commands: [...commandSet.commands, everything] };
	const handle = createPipeline({
		commands: set,
		context: () => ({ engine, version: 'test' }),
		serverContext: () => {
			throw new Error('no server commands here');
		},
		limiters: createLimiters({ ask: { uses: 100, windowMs: 1000 }, autocomplete: { uses: 100, windowMs: 1000 } }),
		logger: createLogger(
			'debug',
			new Writable({
				write(chunk: Buffer, _encoding, done) {
					for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
					done();
				},
			}),
		),
	});
	// The fake builds payloads exactly as Discord sends them; nothing is sent anywhere.
	const payload = (input: InteractionInput) => fake.createInteraction(input).payload as unknown as APIInteraction;
	const respond = async (input: InteractionInput) => ((await handle(payload(input))) as Handled).response as Callback;

	beforeAll(async () => {
		fake = await FakeDiscord.start();
	});
	afterAll(async () => {
		await fake.close();
	});

	it('custom ids carry colons and percent signs in option values, and nothing that does not fit', () => {
		const answer: AnswerRef = { kind: 'command', name: 'timeline', values: ['2021', '', 'a:b %3A c'] };
		const id = formatCustomId({ kind: 'page', page: 2, ownerId: owner, answer });
		expect(id && parseCustomId(id)).toEqual({ kind: 'page', page: 2, ownerId: owner, answer });
		expect(
			formatCustomId({ kind: 'page', page: 1, ownerId: owner, answer: { ...answer, values: ['x'.repeat(80)] } }),
		).toBeUndefined();
		expect(parseCustomId('page:1234:1')).toBeUndefined();
	});

	it('refuses a moderators’ command in a DM once, before running it', async () => {
		const refused = await respond(slash('factcheck', { query: 'prison-occupancy' }, { guild: false }));
		expect(refused.data?.content).toBe('This works only in a server, not in direct messages.');
		expect(refused.data?.flags).toBe(MessageFlags.Ephemeral);
	});

	it('cuts an unknown command’s name in the reply and in the log', async () => {
		const name = 'w'.repeat(5000);
		const reply = await respond(slash(name));
		expect(reply.data?.content).toMatch(/^I have no \/w{31}… command\./);
		const warning = lines.find((line) => line.msg === 'unknown command: registrations may be stale');
		expect(warning?.command?.length).toBeLessThanOrEqual(32);
		expect(JSON.stringify(lines)).not.toContain(name);
	});

	it('gives autocomplete its context and only as much of the typed text as the option accepts', async () => {
		const reply = await respond(autocomplete('everything', 'note', 'z'.repeat(6000)));
		expect(reply.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
		expect(reply.data?.choices).toEqual([{ name: 'typed 200', value: '200' }]);
	});

	it('shows the first page, and says how to see the rest, when the buttons cannot carry the question', async () => {
		const reply = await respond(slash('everything', { note: 'n'.repeat(150) }));
		expect(reply.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(componentsOf(reply)).toEqual([]);
		expect(embedOf(reply).description).toContain(engine.timeline().items[0]?.text);
		expect(embedOf(reply).footer?.text).toMatch(/^Showing page 1 of \d+: ask more narrowly to see the rest\.$/);
	});
});
