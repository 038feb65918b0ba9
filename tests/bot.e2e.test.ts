import {
	ApplicationCommandType,
	ComponentType,
	InteractionResponseType,
	InteractionType,
	MessageFlags,
	PermissionFlagsBits,
} from 'discord-api-types/v10';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../src/core/engine.js';
import type { LiveEngine } from '../src/live-engine.js';
import { version } from '../src/version.js';
import { startTestBot, type TestBot } from './support/bot.js';
import { realEngine } from './support/data.js';
import { expectWithinLimits } from './support/discord-limits.js';
import { FakeDiscord, fakeMessage, type InteractionInput, type RecordedRequest } from './support/fake-discord.js';
import {
	autocomplete,
	type Callback,
	type Component,
	callbackOf,
	componentsOf,
	embedOf,
	type MessageData,
	slash,
	user,
} from './support/interactions.js';

const engine = await realEngine();
const moderator = String(PermissionFlagsBits.ManageMessages);
const fakeOwner = '6666666666666666666';

/** Runs an interaction and returns the callback body Discord received. */
async function run(fake: FakeDiscord, input: InteractionInput): Promise<Callback> {
	const { callback } = await fake.interact(input);
	const body = callbackOf(callback);
	if (body.data) expectWithinLimits(body.data);
	return body;
}

/** Every message the bot sent or edited says who it may ping: nobody, or the one user named in `mention`. */
function expectSafeMentions(requests: RecordedRequest[]): void {
	for (const request of requests) {
		const body = request.body as (Callback & MessageData) | undefined;
		const message = request.path.endsWith('/callback')
			? body?.data
			: request.path.startsWith('/webhooks/')
				? body
				: undefined;
		if (!message || !('embeds' in message || 'content' in message || 'components' in message)) continue;
		expect(message.allowed_mentions, `${request.method} ${request.path}`).toMatchObject({ parse: [] });
	}
}

/** A private one-line notice, as errors, refusals and limits are answered. */
function expectNotice(callback: Callback, text: RegExp): void {
	expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
	expect(callback.data?.flags).toBe(MessageFlags.Ephemeral);
	expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
	expect(callback.data?.content).toMatch(text);
}

describe('the bot, through a fake Discord', () => {
	let test: TestBot;
	let fake: FakeDiscord;

	beforeAll(async () => {
		test = await startTestBot(engine);
		fake = test.fake;
	});
	afterAll(async () => {
		await test.stop();
	});
	afterEach(() => {
		// The bot made no call Discord has no route for, and Discord accepted every message.
		expect(fake.unrouted).toEqual([]);
		expect(fake.requests.filter((request) => request.status >= 400)).toEqual([]);
		expectSafeMentions(fake.requests);
	});

	it('logs in with the Guilds intent only and logs ready with its guild count', () => {
		expect(test.bot.client.options.intents.toArray()).toEqual(['Guilds']);
		expect(test.logs).toContainEqual(expect.objectContaining({ msg: 'ready', guilds: 1, version }));
	});

	it('/prison: the figures card, public, with a quoted source for each figure and no pings', async () => {
		const answer = engine.prisonFigures();
		const callback = await run(fake, slash('prison'));
		expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(callback.data?.flags).toBeUndefined();
		expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
		const embed = embedOf(callback);
		expect(embed.title).toBe(answer.heading);
		const capacity = answer.items.find((item) => item.fact.id === 'prison-capacity');
		expect(embed.description).toContain(capacity?.text);
		expect(embed.fields?.map((field) => field.value).join('\n')).toContain(capacity?.source.quote);
	});

	it('/leader: every coalition, or one chosen by autocomplete', async () => {
		const all = embedOf(await run(fake, slash('leader')));
		for (const item of engine.leaders().items) expect(all.description).toContain(item.text);

		const completion = await run(fake, autocomplete('leader', 'coalition', 'gov'));
		expect(completion.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
		expect(completion.data?.choices).toEqual([{ name: 'Government of Haiti', value: 'government-of-haiti' }]);

		const one = embedOf(await run(fake, slash('leader', { coalition: 'government-of-haiti' })));
		expect(one.description).toContain(engine.leaders('government-of-haiti').items[0]?.text);
		expect(one.description).not.toContain(engine.leaders('international-force').items[0]?.text);
	});

	it('/ask: answers with the report’s words, autocompletes from the index, hides and mentions on request', async () => {
		const question = 'who leads the international force?';
		const expected = engine.ask(question).items[0];
		const answer = await run(fake, slash('ask', { question }));
		expect(embedOf(answer).description).toContain(expected?.text);
		expect(embedOf(answer).fields?.[0]?.value).toContain(expected?.source.quote);

		const completion = await run(fake, autocomplete('ask', 'question', 'prison capaci'));
		expect(completion.data?.choices?.map((choice) => choice.value)).toContain('prison-capacity');
		const picked = await run(fake, slash('ask', { question: 'prison-capacity' }));
		expect(embedOf(picked).description).toContain(engine.base.fact('prison-capacity')?.answer);

		const hidden = await run(fake, slash('ask', { question, hide: true }));
		expect(hidden.data?.flags).toBe(MessageFlags.Ephemeral);

		const friend = '1234567890123456789';
		const mentioned = await run(fake, slash('ask', { question, mention: user(friend) }));
		expect(mentioned.data?.content).toBe(`<@${friend}>`);
		expect(mentioned.data?.allowed_mentions).toEqual({ parse: [], users: [friend] });

		// A private answer cannot notify anyone: it says so, and pings no one.
		const both = await run(fake, slash('ask', { question, hide: true, mention: user(friend) }));
		expect(both.data?.flags).toBe(MessageFlags.Ephemeral);
		expect(both.data?.content).toBe(`-# Private answers notify no one, so <@${friend}> was not told.`);
		expect(both.data?.allowed_mentions).toEqual({ parse: [] });
	});

	it('/ask on a miss: says the report doesn’t cover it, echoes the question escaped, offers a “did you mean” menu', async () => {
		const question = 'what is the **weather** at the prison @everyone';
		const answer = engine.ask(question);
		expect(answer.found).toBe(false);
		const callback = await run(fake, slash('ask', { question }));
		const embed = embedOf(callback);
		expect(embed.title).toBe(answer.heading);
		expect(embed.description).toContain('You asked: “what is the \\*\\*weather\\*\\* at the prison @everyone”');
		expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
		const [menu] = componentsOf(callback);
		expect(menu?.type).toBe(ComponentType.StringSelect);
		expect(menu?.options?.map((option) => option.value)).toEqual(answer.suggestions.map((s) => s.query));
		expect(menu?.options?.length).toBeLessThanOrEqual(5);
	});

	it('a “did you mean” pick replaces the asker’s answer in place, and answers anyone else privately', async () => {
		const { callback, token } = await fake.interact(slash('ask', { question: 'what about the prison governor' }));
		const [menu] = componentsOf(callbackOf(callback));
		const choice = menu?.options?.[0]?.value ?? '';
		const message = fake.originalMessage(token) ?? undefined;
		const pick = (userId?: string): InteractionInput => ({
			type: InteractionType.MessageComponent,
			data: { custom_id: menu?.custom_id, component_type: ComponentType.StringSelect, values: [choice] },
			...(message ? { message } : {}),
			...(userId ? { user: { id: userId } } : {}),
		});
		const expected = engine.lookup(choice).items[0]?.text;

		const other = await run(fake, pick('1111111111111111111'));
		expect(other.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(other.data?.flags).toBe(MessageFlags.Ephemeral);
		expect(embedOf(other).description).toContain(expected);

		const own = await run(fake, pick());
		expect(own.type).toBe(InteractionResponseType.UpdateMessage);
		expect(embedOf(own).description).toContain(expected);
		expect(componentsOf(own)).toEqual([]);
	});

	it('/timeline pages with Previous/Next that only the requester can use', async () => {
		const answer = engine.timeline();
		const { callback, token } = await fake.interact(slash('timeline'));
		const first = callbackOf(callback);
		expectWithinLimits(first.data ?? {});
		const [previous, next] = componentsOf(first);
		expect(previous).toMatchObject({ type: ComponentType.Button, label: 'Previous', disabled: true });
		expect(next).toMatchObject({ type: ComponentType.Button, label: 'Next', disabled: false });
		expect(embedOf(first).description).toContain(answer.items[0]?.text);
		const message = fake.originalMessage(token) ?? undefined;
		const press = (button: Component | undefined, userId?: string): InteractionInput => ({
			type: InteractionType.MessageComponent,
			data: { custom_id: button?.custom_id, component_type: ComponentType.Button },
			...(message ? { message } : {}),
			...(userId ? { user: { id: userId } } : {}),
		});

		expectNotice(await run(fake, press(next, '2222222222222222222')), /^Only the person who ran this command/);

		const second = await run(fake, press(next));
		expect(second.type).toBe(InteractionResponseType.UpdateMessage);
		expect(embedOf(second).description).toContain('**[6]**');
		expect(embedOf(second).description).toContain(answer.items[5]?.text);
		expect(embedOf(second).description).toMatch(/Page 2 of \d+/);
		// Every page's buttons belong to the one answer the command opened.
		const [back, forward] = componentsOf(second);
		const answerOf = (button?: Component) => button?.custom_id.split(':').slice(2).join(':');
		expect(answerOf(back)).toBe(answerOf(previous));
		expect(answerOf(forward)).toBe(answerOf(previous));
		expect(back?.disabled).toBe(false);
		const again = await run(fake, press(back));
		expect(embedOf(again).description).toContain(answer.items[0]?.text);
	});

	it('/timeline filters by date and topic, and explains a bad date', async () => {
		const from = embedOf(await run(fake, slash('timeline', { from: '2023' })));
		expect(from.description).toContain(engine.timeline({ from: '2023' }).items[0]?.text);
		const topic = engine.timeline({ topic: 'Henry' });
		expect(embedOf(await run(fake, slash('timeline', { topic: 'Henry' }))).description).toContain(topic.items[0]?.text);
		const bad = embedOf(await run(fake, slash('timeline', { from: 'last week' })));
		expect(bad.title).toMatch(/is not a date for “from”/);
	});

	it('/fact: one fact or name, by autocomplete', async () => {
		const completion = await run(fake, autocomplete('fact', 'query', 'barbecue'));
		expect(completion.data?.choices?.[0]).toEqual({ name: 'Jimmy Sergier', value: 'jimmy-sergier' });
		const card = embedOf(await run(fake, slash('fact', { query: 'jimmy-sergier' })));
		expect(card.title).toBe('Jimmy Sergier');
		expect(card.description).toContain(engine.lookup('jimmy-sergier').items[0]?.text);

		const friend = '1234567890123456788';
		const tagged = await run(fake, slash('fact', { query: 'jimmy-sergier', mention: user(friend) }));
		expect(tagged.data?.content).toBe(`<@${friend}>`);
		expect(tagged.data?.allowed_mentions).toEqual({ parse: [], users: [friend] });
		expect((await run(fake, slash('fact', { query: 'jimmy-sergier', hide: true }))).data?.flags).toBe(
			MessageFlags.Ephemeral,
		);
	});

	it('/factcheck: refused to members without Manage Messages and in DMs; private full provenance for moderators', async () => {
		expectNotice(
			await run(fake, slash('factcheck', { query: 'prison-occupancy' })),
			/needs the Manage Messages permission/,
		);
		expectNotice(
			await run(fake, slash('factcheck', { query: 'prison-occupancy' }, { guild: false })),
			/only in a server/,
		);

		const callback = await run(fake, slash('factcheck', { query: 'prison-occupancy' }, { permissions: moderator }));
		expect(callback.data?.flags).toBe(MessageFlags.Ephemeral);
		const fact = engine.lookup('prison-occupancy').items[0];
		const fields = embedOf(callback).fields ?? [];
		expect(fields[0]?.name).toBe(`[1] prison-occupancy · paragraph ${fact?.source.paragraph} · derived`);
		for (const support of fact?.support ?? []) expect(fields[0]?.value).toContain(`\`${support.factId}\``);
		expect(fields[0]?.value).toContain(`Arithmetic: ${fact?.arithmetic}`);
		expect(fields.at(-1)?.name).toBe(`Report: ${engine.base.reports[0]?.id}`);
	});

	it('/factcheck “did you mean”: the moderator’s pick shows provenance in place; members without the permission are refused', async () => {
		const { callback, token } = await fake.interact(
			slash('factcheck', { query: 'what about the prison governor' }, { permissions: moderator }),
		);
		expect(callbackOf(callback).data?.flags).toBe(MessageFlags.Ephemeral);
		const [menu] = componentsOf(callbackOf(callback));
		const choice = menu?.options?.[0]?.value ?? '';
		const message = fake.originalMessage(token) ?? undefined;
		const pick = (permissions: string, userId?: string): InteractionInput => ({
			type: InteractionType.MessageComponent,
			data: { custom_id: menu?.custom_id, component_type: ComponentType.StringSelect, values: [choice] },
			permissions,
			...(message ? { message } : {}),
			...(userId ? { user: { id: userId } } : {}),
		});
		expectNotice(await run(fake, pick('0', '4444444444444444444')), /needs the Manage Messages permission/);
		const own = await run(fake, pick(moderator));
		expect(own.type).toBe(InteractionResponseType.UpdateMessage);
		expect(embedOf(own).fields?.[0]?.name).toMatch(new RegExp(`^\\[1\\] ${choice} · paragraph \\d+ · `));
	});

	it('“Check against report”: moderators privately see what the report says beside a message, numbers compared', async () => {
		const rumour = fakeMessage({ content: 'BREAKING: the National Penitentiary holds 5000 inmates!' });
		const check: InteractionInput = {
			type: InteractionType.ApplicationCommand,
			data: {
				name: 'Check against report',
				type: ApplicationCommandType.Message,
				target_id: rumour.id,
				resolved: { messages: { [rumour.id]: rumour } },
			},
			permissions: moderator,
		};
		expectNotice(await run(fake, { ...check, permissions: '0' }), /needs the Manage Messages permission/);

		const callback = await run(fake, check);
		expect(callback.data?.flags).toBe(MessageFlags.Ephemeral);
		const embed = embedOf(callback);
		expect(embed.title).toBe('What the report says about this message');
		expect(embed.description).toMatch(/^The message: “BREAKING: the National Penitentiary holds 5000 inmates!”\n\n/);
		const population = engine.base.fact('prison-population');
		expect(embed.description).toContain(population?.answer);
		expect(embed.description).toMatch(
			/“5000 inmates” differs from the report\. The report gives 3,687 inmates, as of February 2023/,
		);

		// Nothing in the report: the moderator reads about the message, not “You asked”.
		const unrelated = fakeMessage({ content: 'lovely weather for a picnic' });
		const nothing = embedOf(
			await run(fake, {
				...check,
				data: { ...check.data, target_id: unrelated.id, resolved: { messages: { [unrelated.id]: unrelated } } },
			}),
		);
		expect(nothing.description).toContain('The message: “lovely weather for a picnic”');
		expect(nothing.description).not.toContain('You asked');

		const empty = fakeMessage({ content: '' });
		expectNotice(
			await run(fake, {
				...check,
				data: { ...check.data, target_id: empty.id, resolved: { messages: { [empty.id]: empty } } },
			}),
			/no text to check/,
		);
	});

	it('/about: what the bot knows, counted from the data, and its version', async () => {
		const embed = embedOf(await run(fake, slash('about')));
		expect(embed.description).toContain(`${engine.base.facts.length} facts`);
		expect(embed.description).toContain(engine.base.reports[0]?.label);
		expect(embed.description).toContain(`sitrep ${version}.`);
	});

	it('answers an unknown command and missing or oversized options with a private explanation', async () => {
		expectNotice(await run(fake, slash('weather')), /^I have no \/weather command/);
		const message = fakeMessage({ content: 'hello' });
		expectNotice(
			await run(fake, {
				type: InteractionType.ApplicationCommand,
				data: {
					name: 'Translate',
					type: ApplicationCommandType.Message,
					target_id: message.id,
					resolved: { messages: { [message.id]: message } },
				},
			}),
			/^I have no “Translate” action any more\./,
		);
		expectNotice(await run(fake, slash('ask')), /^Missing option “question”\. Usage: \/ask question: <question>/);
		expectNotice(
			await run(fake, slash('ask', { question: 'why '.repeat(300) })),
			/^“question” can be at most 1000 characters \(got 1200\)/,
		);
		// What a stale registration could send: a mention that is not a user id.
		expectNotice(
			await run(fake, slash('ask', { question: 'who leads the gangs', mention: 'everyone' })),
			/^“mention” must be picked from Discord’s list\./,
		);
	});

	it('resumes after the gateway drops, delivering what was sent meanwhile, without identifying again', async () => {
		const identifies = fake.identifies;
		const resumed = fake.waitForResume();
		fake.dropConnection();
		const { callback } = await fake.interact(slash('prison'), 15_000);
		await resumed;
		expect(callbackOf(callback).type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(fake.resumes).toBe(1);
		expect(fake.identifies).toBe(identifies);
	});
});

describe('the bot’s safeguards', () => {
	const bots: TestBot[] = [];
	afterAll(async () => {
		for (const test of bots) {
			expectSafeMentions(test.fake.requests);
			await test.stop();
		}
	});

	it('limits questions per user, politely and privately, without limiting others', async () => {
		const test = await startTestBot(engine, {
			// Windows far longer than the test, so however slow the machine, none resets mid-test.
			rateLimits: { ask: { uses: 2, windowMs: 3_600_000 }, autocomplete: { uses: 1, windowMs: 3_600_000 } },
		});
		bots.push(test);
		const ask = slash('ask', { question: 'who leads the gangs' });
		// A command refused for its options costs nothing.
		expectNotice(await run(test.fake, slash('ask', { question: 'x' })), /needs at least 2 characters/);
		await run(test.fake, ask);
		await run(test.fake, slash('fact', { query: 'jimmy-sergier' }));
		expectNotice(await run(test.fake, ask), /^You’re asking quickly\. Please wait \d+ s and ask again\.$/);
		expectNotice(await run(test.fake, slash('fact', { query: 'jimmy-sergier' })), /^You’re asking quickly/);
		expect(embedOf(await run(test.fake, slash('prison'))).title).toBeDefined();
		const other = await run(test.fake, { ...ask, user: { id: '3333333333333333333' } });
		expect(embedOf(other).description).toBeDefined();

		const first = await run(test.fake, autocomplete('ask', 'question', 'prison'));
		expect(first.data?.choices?.length).toBeGreaterThan(0);
		const limited = await run(test.fake, autocomplete('ask', 'question', 'prison'));
		expect(limited.data?.choices).toEqual([]);
	});

	it('turns a failing handler into a private error and a log line, and keeps answering', async () => {
		class FailingEngine extends AnswerEngine {
			override ask(): never {
				throw new Error('index exploded');
			}
			override complete(): never {
				throw new Error('index exploded');
			}
		}
		const failing = new FailingEngine({
			reports: [...engine.base.reports],
			entities: [...engine.base.entities],
			facts: [...engine.base.facts],
		});
		const test = await startTestBot(failing);
		bots.push(test);
		expectNotice(await run(test.fake, slash('ask', { question: 'anything' })), /^Something went wrong/);
		expect(test.logs).toContainEqual(
			expect.objectContaining({
				msg: 'interaction failed',
				command: 'ask',
				err: expect.objectContaining({ message: 'index exploded' }),
			}),
		);
		const completion = await run(test.fake, autocomplete('ask', 'question', 'prison'));
		expect(completion.data?.choices).toEqual([]);
		expect(embedOf(await run(test.fake, slash('prison'))).title).toBe(engine.prisonFigures().heading);
		expect(JSON.stringify(test.logs)).not.toContain(test.fake.token);
	});

	it('page buttons carry their answer: a bot started after the first one exits turns the page', async () => {
		const fake = await FakeDiscord.start();
		const first = await startTestBot(engine, { fake });
		const { callback, token } = await fake.interact(slash('timeline', { to: '2024' }));
		const [, next] = componentsOf(callbackOf(callback));
		expect(next?.custom_id.length).toBeLessThanOrEqual(100);
		const message = fake.originalMessage(token) ?? undefined;
		await first.stop();

		const second = await startTestBot(engine, { fake });
		bots.push(second);
		const press = (userId?: string): InteractionInput => ({
			type: InteractionType.MessageComponent,
			data: { custom_id: next?.custom_id, component_type: ComponentType.Button },
			...(message ? { message } : {}),
			...(userId ? { user: { id: userId } } : {}),
		});
		expectNotice(await run(fake, press('5555555555555555555')), /^Only the person who ran this command/);
		const turned = await run(fake, press());
		const answer = engine.timeline({ to: '2024' });
		expect(turned.type).toBe(InteractionResponseType.UpdateMessage);
		expect(embedOf(turned).description).toContain(answer.items[5]?.text);
		expect(embedOf(turned).description).toMatch(/Page 2 of \d+/);
		expect(fake.unrouted).toEqual([]);
	});

	it('a failure after “thinking…” turns the placeholder into the error', async () => {
		const broken = { current: engine, reload: () => Promise.reject(new Error('disk on fire')) };
		const test = await startTestBot(broken as unknown as LiveEngine, { owners: [fakeOwner] });
		bots.push(test);
		const { fake } = test;
		const { token, callback } = await fake.interact(
			slash('reload', {}, { user: { id: fakeOwner }, permissions: String(PermissionFlagsBits.Administrator) }),
		);
		expect(callbackOf(callback).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
		await fake.waitForRequest({ method: 'PATCH', path: `/webhooks/${fake.applicationId}/${token}/messages/@original` });
		const original = fake.originalMessage(token);
		expect(original?.content).toMatch(/^Something went wrong while answering that/);
		expect((original?.flags ?? 0) & MessageFlags.Loading).toBe(0);
		expect(fake.followupMessages(token)).toEqual([]);
		expect(test.logs).toContainEqual(
			expect.objectContaining({ msg: 'interaction failed', err: expect.objectContaining({ message: 'disk on fire' }) }),
		);
	});
});
