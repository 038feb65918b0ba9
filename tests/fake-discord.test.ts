import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import {
	ApplicationCommandOptionType,
	ApplicationCommandType,
	type BaseInteraction,
	ButtonStyle,
	Client,
	ComponentType,
	DiscordAPIError,
	Events,
	GatewayIntentBits,
	InteractionType,
	REST,
	Routes,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { FakeDiscord, fakeMessage, fastClientOptions } from './support/fake-discord.js';

let fake: FakeDiscord;
let client: Client;

/** Resolves with the next interaction the client emits. */
function nextInteraction(): Promise<BaseInteraction> {
	return new Promise((resolve) => client.once(Events.InteractionCreate, resolve));
}

/** Answers the next interaction; await it alongside the fake so a failing handler fails the test at once. */
function answerNext<T>(answer: (interaction: BaseInteraction) => Promise<T>): Promise<T> {
	return nextInteraction().then(answer);
}

const ask = (question: string) => ({
	type: InteractionType.ApplicationCommand as const,
	data: {
		name: 'ask',
		type: ApplicationCommandType.ChatInput,
		options: [{ name: 'question', type: ApplicationCommandOptionType.String, value: question }],
	},
});

beforeAll(async () => {
	fake = await FakeDiscord.start();
	client = new Client({ intents: [GatewayIntentBits.Guilds], ...fastClientOptions(fake) });
	const ready = once(client, Events.ClientReady);
	await client.login(fake.token);
	await ready;
});

afterAll(async () => {
	await client?.destroy();
	await fake?.close();
});

describe('FakeDiscord', () => {
	it('lets a discord.js client log in and caches the guild', async () => {
		await fake.waitForReady();
		expect(client.user?.id).toBe(fake.botUser.id);
		expect(client.application?.id).toBe(fake.applicationId);
		const guild = client.guilds.cache.get(fake.guildId);
		expect(guild?.available).toBe(true);
		expect(guild?.channels.cache.get(fake.channelId)?.isTextBased()).toBe(true);
		expect(guild?.members.me?.permissions.has('SendMessages')).toBe(true);
		expect(fake.identifies).toBe(1);
		expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /gateway/bot']);
		const application = await client.application?.fetch();
		expect(application?.bot?.id).toBe(fake.botUser.id);
	});

	it('delivers a slash command and records the reply callback', async () => {
		const next = nextInteraction();
		const { id, token } = fake.dispatchInteraction(ask('What happened in Port-au-Prince?'));
		const interaction = await next;
		if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
		expect(interaction.id).toBe(id);
		expect(interaction.commandName).toBe('ask');
		expect(interaction.options.getString('question', true)).toBe('What happened in Port-au-Prince?');
		expect(interaction.guildId).toBe(fake.guildId);
		expect(interaction.channel?.id).toBe(fake.channelId);
		expect(interaction.user.id).toBe(fake.defaultUser.id);
		expect(interaction.memberPermissions?.has('ManageMessages')).toBe(false);

		await interaction.reply({ content: 'x', allowedMentions: { parse: [] } });
		const callback = await fake.waitForRequest({ method: 'POST', path: `/interactions/${id}/${token}/callback` });
		expect(callback.body).toMatchObject({ type: 4, data: { content: 'x', allowed_mentions: { parse: [] } } });
		expect(callback.status).toBe(204);
		expect(fake.originalMessage(token)?.content).toBe('x');
	});

	it('answers interact() with the callback, and withResponse with the created message', async () => {
		const answered = answerNext(async (i) => {
			if (!i.isChatInputCommand()) throw new Error('expected a chat input command');
			expect(i.memberPermissions?.has('ManageMessages')).toBe(true);
			return i.reply({ content: 'hello', withResponse: true });
		});
		const [response, { callback }] = await Promise.all([
			answered,
			fake.interact({ ...ask('q'), permissions: String(1n << 13n) }),
		]);
		expect(callback.query.get('with_response')).toBe('true');
		expect(callback.body).toMatchObject({ type: 4, data: { content: 'hello' } });
		expect(response.resource?.message?.content).toBe('hello');
	});

	it('parses multipart bodies when files are attached', async () => {
		const answered = answerNext(async (i) => {
			if (!i.isChatInputCommand()) throw new Error('expected a chat input command');
			await i.reply({ content: 'report', files: [{ attachment: Buffer.from('a,b\n1,2\n'), name: 'table.csv' }] });
			return i.fetchReply();
		});
		const [reply, { callback }] = await Promise.all([answered, fake.interact(ask('export'))]);
		expect(callback.body).toMatchObject({ type: 4, data: { content: 'report' } });
		expect(callback.files).toEqual([
			{ field: 'files[0]', name: 'table.csv', size: 8, contentType: expect.any(String) },
		]);
		expect(reply.attachments.first()?.name).toBe('table.csv');
	});

	it('handles deferReply, editReply, followUp and fetchReply', async () => {
		const next = nextInteraction();
		const { id, token } = fake.dispatchInteraction(ask('slow question'));
		const interaction = await next;
		if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');

		await interaction.deferReply({ flags: 'Ephemeral' });
		const edited = await interaction.editReply({ content: 'the answer', embeds: [{ description: 'source' }] });
		expect(edited.content).toBe('the answer');
		expect(edited.flags.has('Ephemeral')).toBe(true);
		expect((await interaction.fetchReply()).embeds[0]?.description).toBe('source');
		const followUp = await interaction.followUp({ content: 'more' });
		expect(followUp.content).toBe('more');

		const callback = await fake.waitForRequest({ path: `/interactions/${id}/${token}/callback` });
		expect(callback.body).toMatchObject({ type: 5, data: { flags: 64 } });
		const patch = await fake.waitForRequest({ method: 'PATCH', path: /\/messages\/@original$/ });
		expect(patch.path).toBe(`/webhooks/${fake.applicationId}/${token}/messages/@original`);
		expect(patch.body).toMatchObject({ content: 'the answer' });
	});

	it('records autocomplete responses as type 8', async () => {
		const answered = answerNext(async (i) => {
			if (!i.isAutocomplete()) throw new Error('expected autocomplete');
			expect(i.options.getFocused()).toBe('cho');
			await i.respond([{ name: 'Cholera', value: 'cholera' }]);
		});
		const [, { callback }] = await Promise.all([
			answered,
			fake.interact({
				type: InteractionType.ApplicationCommandAutocomplete,
				data: {
					name: 'ask',
					type: ApplicationCommandType.ChatInput,
					options: [{ name: 'question', type: ApplicationCommandOptionType.String, value: 'cho', focused: true }],
				},
			}),
		]);
		expect(callback.body).toEqual({ type: 8, data: { choices: [{ name: 'Cholera', value: 'cholera' }] } });
	});

	it('records a button update as type 7', async () => {
		const message = fakeMessage({
			content: 'page 1',
			author: fake.botUser,
			components: [
				{
					type: ComponentType.ActionRow,
					components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: 'next', label: 'Next' }],
				},
			],
		});
		const next = nextInteraction();
		const { id, token } = fake.dispatchInteraction({
			type: InteractionType.MessageComponent,
			data: { custom_id: 'next', component_type: ComponentType.Button },
			message,
		});
		const interaction = await next;
		if (!interaction.isButton()) throw new Error('expected a button');
		expect(interaction.customId).toBe('next');
		expect(interaction.message.content).toBe('page 1');
		await interaction.update({ content: 'page 2' });
		const callback = await fake.waitForRequest({ path: `/interactions/${id}/${token}/callback` });
		expect(callback.body).toMatchObject({ type: 7, data: { content: 'page 2' } });
		expect(fake.originalMessage(token)).toMatchObject({ id: message.id, content: 'page 2' });
	});

	it('exposes the target of a message context menu', async () => {
		const target = fakeMessage({ content: 'Gangs blocked the road to the port.' });
		const next = nextInteraction();
		fake.dispatchInteraction({
			type: InteractionType.ApplicationCommand,
			data: {
				name: 'Check this',
				type: ApplicationCommandType.Message,
				target_id: target.id,
				resolved: { messages: { [target.id]: target } },
			},
		});
		const interaction = await next;
		if (!interaction.isMessageContextMenuCommand()) throw new Error('expected a message context menu');
		expect(interaction.targetMessage.content).toBe('Gangs blocked the road to the port.');
		expect(interaction.targetMessage.channelId).toBe(fake.channelId);
	});

	it('delivers DM interactions with a user and no member', async () => {
		const next = nextInteraction();
		fake.dispatchInteraction({ ...ask('dm'), guild: false, user: { id: '123456789012345678', username: 'dmuser' } });
		const interaction = await next;
		expect(interaction.inGuild()).toBe(false);
		expect(interaction.user.username).toBe('dmuser');
		expect(interaction.member).toBeNull();
	});

	it('rejects what Discord rejects', async () => {
		const next = nextInteraction();
		fake.dispatchInteraction(ask('long'));
		const interaction = await next;
		if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
		await expect(interaction.reply({ content: 'x'.repeat(2001) })).rejects.toMatchObject({ code: 50035 });
		await interaction.reply({ content: 'ok' });
		// discord.js guards its own double replies, so go around it to reach the fake.
		const again = client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
			body: { type: 4, data: { content: 'again' } },
			auth: false,
		});
		await expect(again).rejects.toMatchObject({ code: 40060 });

		const stranger = new REST({ api: fake.apiUrl }).setToken(`${fake.token.slice(0, -1)}x`);
		await expect(stranger.get(Routes.user('@me'))).rejects.toMatchObject({ status: 401 });
		await expect(
			client.rest.put(Routes.applicationCommands(fake.applicationId), {
				body: [{ name: 'Bad Name', description: '' }],
			}),
		).rejects.toMatchObject({ code: 50035 });
		const registered = await client.application?.commands.set([{ name: 'ask', description: 'Ask the report' }]);
		expect(registered?.first()?.name).toBe('ask');
	});

	it('closes the gateway with 4004 when IDENTIFY carries a wrong token', async () => {
		const socket = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json`);
		const [hello] = await once(socket, 'message');
		expect(JSON.parse(String(hello))).toEqual({ op: 10, d: { heartbeat_interval: 41_250 } });
		socket.send(JSON.stringify({ op: 1, d: null }));
		const [ack] = await once(socket, 'message');
		expect(JSON.parse(String(ack))).toEqual({ op: 11 });
		socket.send(JSON.stringify({ op: 2, d: { token: 'Bot wrong', intents: 1, properties: {} } }));
		const [code] = await once(socket, 'close');
		expect(code).toBe(4004);
		expect(fake.identifies).toBe(1);
	});

	it('forgets interactions left unanswered past the deadline, and serves several guilds', async () => {
		const strict = await FakeDiscord.start({ guilds: 2, responseDeadlineMs: 50 });
		const other = new Client({ intents: [GatewayIntentBits.Guilds], ...fastClientOptions(strict) });
		try {
			const ready = once(other, Events.ClientReady);
			await other.login(strict.token);
			await ready;
			expect([...other.guilds.cache.keys()].sort()).toEqual([...strict.guildIds].sort());
			const next = new Promise<BaseInteraction>((resolve) => other.once(Events.InteractionCreate, resolve));
			strict.dispatchInteraction({ ...ask('slow'), guildId: strict.guildIds[1] });
			const interaction = await next;
			if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
			expect(interaction.guildId).toBe(strict.guildIds[1]);
			await sleep(100);
			await expect(interaction.reply('too late')).rejects.toMatchObject({ code: 10062 });
		} finally {
			await other.destroy();
			await strict.close();
		}
	});

	it('resumes after a dropped connection and replays what was missed', async () => {
		const resumed = fake.waitForResume();
		fake.dropConnection();
		const next = nextInteraction();
		const { id } = fake.dispatchInteraction(ask('while away'));
		await resumed;
		const interaction = await next;
		expect(interaction.id).toBe(id);
		expect(fake.resumes).toBe(1);
		expect(fake.identifies).toBe(1);
	});

	it('records calls it has no route for', async () => {
		const error = await client.rest.get('/guilds/1/audit-logs').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DiscordAPIError);
		expect(fake.unrouted.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /guilds/1/audit-logs']);
	});
});
