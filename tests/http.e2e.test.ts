import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
	ApplicationCommandType,
	ComponentType,
	InteractionResponseType,
	InteractionType,
	MessageFlags,
	PermissionFlagsBits,
} from 'discord-api-types/v10';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commandSet } from '../commands/index.js';
import { version } from '../src/version.js';
import { startTestHttpBot, type TestHttpBot } from './support/bot.js';
import { realEngine } from './support/data.js';
import { expectWithinLimits } from './support/discord-limits.js';
import { FakeDiscord, fakeMessage, type InteractionInput } from './support/fake-discord.js';
import { autocomplete, type Callback, callbackOf, componentsOf, embedOf, slash } from './support/interactions.js';
import { type BotProcess, spawnReplica } from './support/process.js';

const engine = await realEngine();
const moderator = String(PermissionFlagsBits.ManageMessages);
const manager = String(PermissionFlagsBits.ManageGuild);

describe('the HTTP interactions endpoint', () => {
	let test: TestHttpBot;
	let fake: FakeDiscord;

	beforeAll(async () => {
		test = await startTestHttpBot(engine);
		fake = test.fake;
	});
	afterAll(async () => {
		await test.stop();
	});
	afterEach(() => {
		expect(fake.unrouted).toEqual([]);
		expect(fake.requests.filter((request) => request.status >= 400)).toEqual([]);
	});

	/** Posts an interaction as Discord would and returns the response it took as the callback. */
	async function run(input: InteractionInput): Promise<Callback & { token: string }> {
		const posted = await fake.postInteraction(test.url, input);
		expect(posted.status).toBe(200);
		const body = callbackOf(posted.callback ?? ({ body: undefined } as never));
		if (body.data) expectWithinLimits(body.data);
		return { ...body, token: posted.token };
	}

	/** A raw POST, signed or not, for what Discord's checks would send. */
	const post = (body: string, headers: Record<string, string>) =>
		fetch(test.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

	it('answers PING with PONG, signed with the app’s key', async () => {
		const body = JSON.stringify({ type: InteractionType.Ping, id: '1', application_id: fake.applicationId });
		const response = await post(body, fake.sign(body));
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ type: InteractionResponseType.Pong });
	});

	it('refuses missing, bad and stale signatures with 401, oversized bodies with 413, and non-JSON with 400', async () => {
		const body = JSON.stringify({ type: InteractionType.Ping });
		expect((await post(body, {})).status).toBe(401);
		const signed = fake.sign(body);
		expect((await post(body, { ...signed, 'x-signature-ed25519': '0'.repeat(128) })).status).toBe(401);
		// Signed for a different body: what a tampered request looks like.
		expect((await post(`${body} `, signed)).status).toBe(401);
		const stale = Math.floor(Date.now() / 1000) - 600;
		expect((await post(body, fake.sign(body, stale))).status).toBe(401);
		const huge = JSON.stringify({ type: InteractionType.Ping, padding: 'x'.repeat(300 * 1024) });
		expect((await post(huge, fake.sign(huge))).status).toBe(413);
		const notJson = 'type=1';
		expect((await post(notJson, fake.sign(notJson))).status).toBe(400);
		expect(test.logs).toContainEqual(expect.objectContaining({ msg: expect.stringMatching(/not signed by Discord/) }));
	});

	it('answers every slash command in the HTTP response, as over the gateway', async () => {
		const prison = await run(slash('prison'));
		expect(prison.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(embedOf(prison).title).toBe(engine.prisonFigures().heading);

		const question = 'who leads the international force?';
		const ask = await run(slash('ask', { question, hide: true }));
		expect(embedOf(ask).description).toContain(engine.ask(question).items[0]?.text);
		expect(ask.data?.flags).toBe(MessageFlags.Ephemeral);

		expect(embedOf(await run(slash('leader'))).description).toContain(engine.leaders().items[0]?.text);
		expect(embedOf(await run(slash('timeline', { from: '2023' }))).description).toContain(
			engine.timeline({ from: '2023' }).items[0]?.text,
		);
		expect(embedOf(await run(slash('fact', { query: 'jimmy-sergier' }))).title).toBe('Jimmy Sergier');
		const factcheck = await run(slash('factcheck', { query: 'prison-occupancy' }, { permissions: moderator }));
		expect(embedOf(factcheck).fields?.[0]?.name).toMatch(/^\[1\] prison-occupancy · /);
		expect(factcheck.data?.flags).toBe(MessageFlags.Ephemeral);
		expect(embedOf(await run(slash('about'))).description).toContain(`sitrep ${version}.`);

		const rumour = fakeMessage({ content: 'the National Penitentiary holds 5000 inmates' });
		const checked = await run({
			type: InteractionType.ApplicationCommand,
			data: {
				name: 'Check against report',
				type: ApplicationCommandType.Message,
				target_id: rumour.id,
				resolved: { messages: { [rumour.id]: rumour } },
			},
			permissions: moderator,
		});
		expect(embedOf(checked).title).toBe('What the report says about this message');

		const completion = await run(autocomplete('fact', 'query', 'barbecue'));
		expect(completion.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
		expect(completion.data?.choices?.[0]).toEqual({ name: 'Jimmy Sergier', value: 'jimmy-sergier' });

		const names = commandSet.commands.map(({ definition }) => definition.name);
		expect(names).toEqual(['ask', 'leader', 'prison', 'timeline', 'fact', 'factcheck', 'about']);
	});

	it('defers /digest, then fills the reply in over REST, checking the channel over REST too', async () => {
		const set = await run(slash('digest', {}, { permissions: manager }));
		expect(set.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(set.data?.content).toMatch(/^Pick one of \/digest set/);

		const input: InteractionInput = {
			type: InteractionType.ApplicationCommand,
			data: {
				name: 'digest',
				type: ApplicationCommandType.ChatInput,
				options: [
					{
						name: 'set',
						type: 1,
						options: [
							{ name: 'channel', type: 7, value: fake.channelId },
							{ name: 'time', type: 3, value: '08:00' },
							{ name: 'timezone', type: 3, value: 'America/Port-au-Prince' },
						],
					},
				],
			},
			permissions: manager,
		};
		const deferred = await run(input);
		expect(deferred.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
		expect(deferred.data?.flags).toBe(MessageFlags.Ephemeral);
		await fake.waitForRequest({
			method: 'PATCH',
			path: `/webhooks/${fake.applicationId}/${deferred.token}/messages/@original`,
		});
		expect(fake.originalMessage(deferred.token)?.content).toMatch(/^Digest saved\./);
	});
});

describe('HTTP replicas', () => {
	let fake: FakeDiscord;
	let dir: string;
	const processes: BotProcess[] = [];
	beforeAll(async () => {
		fake = await FakeDiscord.start();
		dir = await mkdtemp(path.join(tmpdir(), 'sitrep-http-'));
	});
	afterAll(async () => {
		await Promise.all(processes.map((bot) => bot.stop()));
		await fake.close();
		await rm(dir, { recursive: true, force: true });
	});

	const replica = async (name: string) => {
		const started = await spawnReplica(fake, { DATABASE_PATH: path.join(dir, `${name}.db`) });
		processes.push(started.bot);
		return started;
	};

	it('a page turn is served by a second process after the first one has exited', async () => {
		const first = await replica('first');
		const asked = await fake.postInteraction(first.url, slash('timeline'));
		const [, next] = componentsOf(callbackOf(asked.callback ?? ({ body: undefined } as never)));
		expect(next?.label).toBe('Next');
		const message = fake.originalMessage(asked.token) ?? undefined;
		expect(await first.bot.stop()).toBe(0);

		const second = await replica('second');
		const pressed = await fake.postInteraction(second.url, {
			type: InteractionType.MessageComponent,
			data: { custom_id: next?.custom_id, component_type: ComponentType.Button },
			...(message ? { message } : {}),
		});
		const turned = callbackOf(pressed.callback ?? ({ body: undefined } as never));
		expect(turned.type).toBe(InteractionResponseType.UpdateMessage);
		expect(embedOf(turned).description).toContain(engine.timeline().items[5]?.text);
		expect(embedOf(turned).description).toMatch(/Page 2 of \d+/);
		await second.bot.waitForLog((line) => line.msg === 'answered' && line.customId === next?.custom_id);
	}, 120_000);
});
