import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
	ApplicationCommandOptionType,
	ComponentType,
	InteractionType,
	OverwriteType,
	PermissionFlagsBits,
} from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../src/core/engine.js';
import { openSqliteStore } from '../src/storage/database.js';
import { startTestBot, type TestBot } from './support/bot.js';
import { ManualClock } from './support/clock.js';
import { realEngine } from './support/data.js';
import { expectWithinLimits } from './support/discord-limits.js';
import { FakeDiscord, type InteractionInput } from './support/fake-discord.js';
import { manager, type OptionValue, reply, serverCommand, setDigest, status } from './support/server-commands.js';
import { eventually } from './support/wait.js';

const engine = await realEngine();
const channelPosts = { method: 'POST', path: /^\/channels\/\d+\/messages$/ };

// Haiti keeps daylight saving like New York: clocks went forward on Sunday 8 March 2026.
const friday = '2026-03-06T20:00:00Z'; // 15:00 in Port-au-Prince
const saturdayNine = '2026-03-07T14:00:00Z'; // 09:00 GMT-5 (UTC−5)
const mondayNine = '2026-03-09T13:00:00Z'; // 09:00 GMT-4 (UTC−4)

const running: TestBot[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
	for (const test of running.splice(0)) await test.stop();
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(options: Parameters<typeof startTestBot>[1] = {}): Promise<TestBot> {
	const test = await startTestBot(engine, options);
	running.push(test);
	return test;
}

/**
 * What bot processes that come and go share: one fake Discord, one clock, and one database file,
 * which `open` connects to as a new process would. All are closed and removed after the test.
 */
async function sharedWorld() {
	const dir = await mkdtemp(path.join(tmpdir(), 'sitrep-db-'));
	cleanups.push(() => rm(dir, { recursive: true, force: true }));
	const fake = await FakeDiscord.start();
	cleanups.push(() => fake.close());
	const open = () => {
		const store = openSqliteStore(path.join(dir, 'sitrep.db'));
		cleanups.push(() => store.close());
		return store;
	};
	return { clock: new ManualClock(friday), fake, open };
}

/** A bot with a daily 09:00 Port-au-Prince digest set on Friday afternoon, and the clock it runs on. */
async function withDigest(options: Record<string, OptionValue> = {}) {
	const clock = new ManualClock(friday);
	const test = await start({ clock });
	await setDigest(test.fake, options);
	return { clock, test, fake: test.fake };
}

/** Saturday 09:00 comes: waits until the bot has tried to post and is done. */
async function saturdayComes({ clock, test }: { clock: ManualClock; test: TestBot }): Promise<void> {
	await clock.advance(saturdayNine);
	await test.fake.waitForRequest(channelPosts);
	await test.bot.scheduler.idle();
}

const posts = (fake: FakeDiscord) =>
	fake.requests.filter((r) => r.method === 'POST' && channelPosts.path.test(r.path) && r.status === 200);

describe('digest settings: /digest', () => {
	it('refuses a channel the bot cannot post in, naming what is missing, and saves nothing', async () => {
		const test = await start({ clock: new ManualClock(friday) });
		const { fake } = test;
		const news = fake.addChannel('news', [
			{
				id: fake.botRoleId(),
				type: OverwriteType.Role,
				allow: '0',
				deny: String(PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks),
			},
		]);
		await eventually(async () => expect(test.bot.client.channels.cache.has(news.id)).toBe(true));

		const content = await setDigest(fake, { channel: news.id });
		expect(content).toBe(
			`Not saved: I am missing Send Messages, Embed Links in <#${news.id}>. Allow them for my role in the channel’s permissions, then run \`/digest set\` again.`,
		);
		expect(await status(fake)).toBe('This server has no digest. Set one up with `/digest set`.');
	});

	it('saves a schedule and shows the next post in the server’s timezone', async () => {
		const { fake } = await start({ clock: new ManualClock(friday) });
		const content = await setDigest(fake, { time: '9am', timezone: 'america/port-au-prince' });
		expect(content).toContain('Digest saved.');
		expect(content).toContain(`**Schedule:** every day at 09:00 (America/Port-au-Prince), in <#${fake.channelId}>.`);
		expect(content).toContain('**Next post:** Sat, 7 Mar 2026, 09:00 GMT-5');
		expect(content).toContain('**Last digest:** none yet.');

		const weekly = await setDigest(fake, { time: '18:30', timezone: 'Europe/Paris', frequency: 'weekly', weekday: 1 });
		expect(weekly).toContain('**Schedule:** every Monday at 18:30 (Europe/Paris)');
		expect(weekly).toContain('**Next post:** Mon, 9 Mar 2026, 18:30 CET');
	});

	it('rejects an unknown timezone, a time that is not one, and a weekday on a daily digest', async () => {
		const { fake } = await start({ clock: new ManualClock(friday) });
		expect(await setDigest(fake, { timezone: 'Haiti/Cap-Haitien' })).toMatch(
			/^“Haiti\/Cap-Haitien” is not a timezone I know\. Use an IANA name such as America\/Port-au-Prince/,
		);
		expect(await setDigest(fake, { timezone: '+02:00' })).toMatch(/is not a timezone I know/);
		expect(await setDigest(fake, { time: '25:00' })).toBe(
			'“25:00” is not a time of day. Use e.g. 08:00, 8am or 18:30.',
		);
		expect(await setDigest(fake, { weekday: 3 })).toMatch(/^A weekday only goes with a weekly digest/);
		expect(await status(fake)).toMatch(/no digest/);
	});

	it('autocompletes timezones, Haiti’s first', async () => {
		const { fake } = await start({ clock: new ManualClock(friday) });
		const suggest = async (value: string) => {
			const { callback } = await fake.interact({
				type: InteractionType.ApplicationCommandAutocomplete,
				data: {
					name: 'digest',
					options: [
						{
							type: ApplicationCommandOptionType.Subcommand,
							name: 'set',
							options: [{ name: 'timezone', type: ApplicationCommandOptionType.String, value, focused: true }],
						},
					],
				},
				permissions: manager,
			});
			return (callback.body as { data: { choices: { name: string; value: string }[] } }).data.choices;
		};
		expect((await suggest(''))[0]).toEqual({ name: 'America/Port-au-Prince', value: 'America/Port-au-Prince' });
		expect((await suggest('')).length).toBe(25);
		expect((await suggest('new york')).map((c) => c.value)).toEqual(['America/New_York']);
		expect(await suggest('nowhere at all')).toEqual([]);
	});

	it('is for server managers, in servers', async () => {
		const { fake } = await start({ clock: new ManualClock(friday) });
		const member = await reply(fake, serverCommand('digest', 'status', {}, { permissions: '0' }));
		expect(member.message.content).toBe('This is for server managers: it needs the Manage Guild permission.');
		const dm = await reply(fake, serverCommand('digest', 'status', {}, { guild: false }));
		expect(dm.message.content).toBe('This works only in a server, not in direct messages.');
	});

	it('previews the digest privately, exactly as it would post', async () => {
		const test = await start({ clock: new ManualClock(friday) });
		const { message, more } = await reply(test.fake, serverCommand('digest', 'preview'));
		expect(message.content).toMatch(/^Preview, only you can see it\. No digest is set here yet/);
		expect(message.content).toContain('**Haiti situation digest** · Fri, 6 Mar 2026, 20:00 UTC');
		const titles = [message, ...more].flatMap((m) => m.embeds.map((embed) => embed.title));
		expect(titles).toEqual([
			'Pénitencier National: the figures in the report',
			'Who leads what, according to the report',
			'The latest events',
		]);
		expect(posts(test.fake)).toHaveLength(0);
	});

	it('pauses, resumes, and turns off only after confirmation, by the one who asked', async () => {
		const { fake } = await start({ clock: new ManualClock(friday) });
		await setDigest(fake);
		expect((await reply(fake, serverCommand('digest', 'pause'))).message.content).toBe(
			'Digest paused. Nothing will post until `/digest resume`; the settings are kept.',
		);
		expect(await status(fake)).toMatch(
			/\*\*Paused\*\* by an admin since Fri, 6 Mar 2026, 15:00 GMT-5: Paused by <@\d+>\./,
		);
		expect((await reply(fake, serverCommand('digest', 'resume'))).message.content).toMatch(
			/^Digest resumed\.\n\*\*Schedule:\*\*/,
		);

		const { message } = await reply(fake, serverCommand('digest', 'off'));
		expect(message.content).toMatch(/^Turn the digest off and delete its settings\?/);
		const buttons = (message.components ?? []).flatMap(
			(row) => (row as { components: { label: string; custom_id: string }[] }).components,
		);
		expect(buttons.map((button) => button.label)).toEqual(['Delete the digest settings', 'Cancel']);
		const [confirm] = buttons;
		const click = (userId?: string): InteractionInput => ({
			type: InteractionType.MessageComponent,
			data: { component_type: ComponentType.Button, custom_id: (confirm as { custom_id: string }).custom_id },
			message,
			permissions: manager,
			...(userId ? { user: { id: userId } } : {}),
		});
		const stranger = await fake.interact(click('123456789012345678'));
		expect((stranger.callback.body as { data: { content: string } }).data.content).toBe(
			'Only the person who ran the command can answer this.',
		);
		expect(await status(fake)).toMatch(/\*\*Schedule:\*\*/);
		const done = await fake.interact(click());
		expect((done.callback.body as { data: { content: string; components: unknown[] } }).data).toMatchObject({
			content: 'Digest turned off and its settings deleted. `/digest set` starts a new one.',
			components: [],
		});
		expect(await status(fake)).toMatch(/no digest/);
	});
});

describe('digest delivery', () => {
	it('posts once at the slot: embeds within limits, quotes whole, a per-slot nonce, no pings', async () => {
		const { clock, test } = await withDigest();
		await clock.advance('2026-03-07T13:59:00Z');
		expect(posts(test.fake)).toHaveLength(0);

		await saturdayComes({ clock, test });
		const sent = posts(test.fake);
		expect(sent.length).toBeGreaterThanOrEqual(1);
		const bodies = sent.map((request) => request.body as Record<string, unknown>);
		for (const [part, body] of bodies.entries()) {
			expectWithinLimits(body);
			expect(body).toMatchObject({ enforce_nonce: true, allowed_mentions: { parse: [] } });
			expect(String(body.nonce).length).toBeLessThanOrEqual(25);
			const footer = (body.embeds as { footer?: { text: string } }[]).at(-1)?.footer?.text;
			expect(footer).toMatch(
				new RegExp(`^Digest of Sat, 7 Mar 2026, 09:00 GMT-5 · part ${part + 1} of ${sent.length}`),
			);
		}
		expect(new Set(bodies.map((body) => body.nonce)).size).toBe(bodies.length);
		expect(bodies[0]?.content).toBe('**Haiti situation digest** · Sat, 7 Mar 2026, 09:00 GMT-5');

		// Every fact shown carries its quote in full: nothing is cut mid-fact.
		const fields = bodies.flatMap((body) =>
			(body.embeds as { fields?: { value: string }[] }[]).flatMap((e) => e.fields ?? []),
		);
		const figures = engine.prisonFigures().items;
		for (const item of [...figures, ...engine.leaders().items]) {
			expect(fields.some((field) => field.value.includes(`“${item.fact.quote}”`))).toBe(true);
		}
		expect(await status(test.fake)).toContain('**Last digest:** Sat, 7 Mar 2026, 09:00 GMT-5: posted');
		expect(await status(test.fake)).toContain('**Next post:** Sun, 8 Mar 2026, 09:00 GMT-4');
	});

	it('keeps the local time across the daylight-saving change', async () => {
		const { clock, test } = await withDigest();
		for (const slot of [saturdayNine, '2026-03-08T13:00:00Z', mondayNine]) {
			await clock.advance(slot);
			await eventually(async () =>
				expect((await test.store.post(test.fake.guildId, Date.parse(slot)))?.state).toBe('posted'),
			);
		}
		const slots = test.fake.channelMessages().map((m) => m.embeds.at(-1)?.footer?.text.split(' · part')[0]);
		expect([...new Set(slots)]).toEqual([
			'Digest of Sat, 7 Mar 2026, 09:00 GMT-5',
			'Digest of Sun, 8 Mar 2026, 09:00 GMT-4',
			'Digest of Mon, 9 Mar 2026, 09:00 GMT-4',
		]);
	});

	it('pauses on a missing permission (403), keeps the settings, and says why in the status and the log', async () => {
		const { clock, test, fake } = await withDigest();
		fake.setOverwrites(fake.channelId, [
			{ id: fake.botRoleId(), type: OverwriteType.Role, allow: '0', deny: String(PermissionFlagsBits.SendMessages) },
		]);
		await saturdayComes({ clock, test });

		const settings = await test.store.settings(fake.guildId);
		expect(settings).toMatchObject({ channelId: fake.channelId, time: '09:00', pauseKind: 'failure' });
		const shown = await status(fake);
		expect(shown).toContain(
			'**Paused** after a failed post since Sat, 7 Mar 2026, 09:00 GMT-5: The bot lacks a permission in the channel (403 50013: Missing Permissions). It needs View Channel, Send Messages, Embed Links and Read Message History.',
		);
		expect(shown).toContain('**Last digest:** Sat, 7 Mar 2026, 09:00 GMT-5: failed.');
		expect(test.logs).toContainEqual(
			expect.objectContaining({ msg: 'digest paused: the channel needs fixing', guild: fake.guildId, level: 40 }),
		);

		// Paused: the next day's slot passes without a post.
		await clock.advance('2026-03-08T14:00:00Z');
		await test.bot.scheduler.idle();
		expect(fake.channelMessages()).toHaveLength(0);

		// Fixed and resumed: the next slot posts.
		fake.setOverwrites(fake.channelId, []);
		await eventually(async () => expect(await reply(fake, serverCommand('digest', 'resume'))).toBeDefined());
		await clock.advance(mondayNine);
		await eventually(async () => expect(fake.channelMessages().length).toBeGreaterThan(0));
	});

	it('pauses when the channel was deleted (404 Unknown Channel)', async () => {
		const { clock, test } = await withDigest();
		test.fake.deleteChannel(test.fake.channelId);
		await saturdayComes({ clock, test });
		expect(await status(test.fake)).toContain(
			'after a failed post since Sat, 7 Mar 2026, 09:00 GMT-5: The channel no longer exists (404 10003: Unknown Channel). Pick another with /digest set.',
		);
	});

	it('retries 5xx with backoff and posts once', async () => {
		const { clock, test, fake } = await withDigest();
		// More failures than discord.js retries on its own, so the scheduler's backoff has to step in.
		fake.failRequests(channelPosts, 503, { message: 'Service Unavailable', code: 0 }, 5);
		await clock.advance(saturdayNine);
		await eventually(async () => expect(test.logs.some((l) => l.msg === 'digest send failed; retrying')).toBe(true));
		expect(fake.channelMessages()).toHaveLength(0);

		await clock.advance(1_000);
		await eventually(async () =>
			expect((await test.store.post(fake.guildId, Date.parse(saturdayNine)))?.state).toBe('posted'),
		);
		const { messageIds, attempts } = (await test.store.post(fake.guildId, Date.parse(saturdayNine))) ?? {};
		expect(fake.channelMessages().map((m) => m.id)).toEqual(messageIds);
		// One failed attempt (after discord.js's own retries), then one send per message.
		expect(attempts).toBe((messageIds?.length ?? 0) + 1);
	});

	it('logs a payload Discord rejects (400) as a bug and leaves the settings running', async () => {
		const { clock, test } = await withDigest();
		test.fake.failRequests(channelPosts, 400, { message: 'Invalid Form Body', code: 50035 });
		await saturdayComes({ clock, test });
		expect(test.logs).toContainEqual(
			expect.objectContaining({ msg: 'Discord rejected the digest: this is a bug in sitrep', level: 50 }),
		);
		expect((await test.store.settings(test.fake.guildId))?.pausedAt).toBeNull();
		expect(await status(test.fake)).toContain('failed. Discord rejected the digest (400 50035: Invalid Form Body).');
	});

	it('sends exactly one message when the bot dies mid-send and restarts', async () => {
		const { clock, fake, open } = await sharedWorld();
		const first = open();
		const a = await startTestBot(engine, { fake, store: first, clock, instance: 'a' });
		await setDigest(fake);

		// Discord creates the message, but the response never reaches the bot, which then dies.
		const lost = fake.holdResponse(channelPosts);
		await clock.advance(saturdayNine);
		await lost.held;
		await a.stop();
		await first.close();
		lost.release();

		// Back up once the dead process's claim has lapsed.
		await clock.advance(10 * 60_000);
		const second = open();
		const b = await start({ fake, store: second, clock, instance: 'b' });
		await eventually(async () =>
			expect((await second.post(fake.guildId, Date.parse(saturdayNine)))?.state).toBe('posted'),
		);
		await b.bot.scheduler.idle();

		const messages = fake.channelMessages();
		expect(messages.length).toBeGreaterThanOrEqual(1);
		expect(posts(fake)).toHaveLength(messages.length);
		expect((await second.post(fake.guildId, Date.parse(saturdayNine)))?.messageIds).toEqual(messages.map((m) => m.id));
		// The restarted bot found what was already there instead of posting it again.
		expect(fake.requests.filter((r) => r.method === 'GET' && channelPosts.path.test(r.path))).not.toHaveLength(0);
	});

	it('posts once when two bot processes share the database', async () => {
		const { clock, fake, open } = await sharedWorld();
		const stores = [open(), open()];
		const a = await start({ fake, store: stores[0], clock, instance: 'a' });
		const b = await start({ fake, store: stores[1], clock, instance: 'b' });
		await setDigest(fake);
		await clock.advance(saturdayNine);
		await eventually(async () =>
			expect((await a.store.post(fake.guildId, Date.parse(saturdayNine)))?.state).toBe('posted'),
		);
		await Promise.all([a.bot.scheduler.idle(), b.bot.scheduler.idle()]);
		await clock.advance(60 * 60_000);
		const messages = fake.channelMessages();
		expect(posts(fake)).toHaveLength(messages.length);
		expect(new Set(messages.map((m) => (m.embeds.at(-1)?.footer?.text ?? '').split(' · ')[1])).size).toBe(
			messages.length,
		);
		const claimant = (await a.store.post(fake.guildId, Date.parse(saturdayNine)))?.claimedBy;
		expect(['a', 'b']).toContain(claimant);
	});

	it('after downtime: posts a slot still within the grace window once, and records older ones as missed', async () => {
		const { clock, fake, open } = await sharedWorld();
		const store = open();
		const a = await startTestBot(engine, { fake, store, clock, instance: 'a', graceMs: 6 * 3_600_000 });
		await setDigest(fake);
		await a.stop();

		// Down from Friday to Monday 11:00 local: Saturday and Sunday are long gone, Monday's 09:00 is 2 hours late.
		await clock.advance('2026-03-09T15:00:00Z');
		const b = await start({ fake, store, clock, instance: 'b', graceMs: 6 * 3_600_000 });
		await eventually(async () =>
			expect((await store.post(fake.guildId, Date.parse(mondayNine)))?.state).toBe('posted'),
		);
		await b.bot.scheduler.idle();
		expect((await store.post(fake.guildId, Date.parse(saturdayNine)))?.state).toBe('missed');
		expect((await store.post(fake.guildId, Date.parse('2026-03-08T13:00:00Z')))?.state).toBe('missed');
		expect(fake.channelMessages().length).toBeGreaterThan(0);
		expect(new Set(fake.channelMessages().map((m) => m.embeds.at(-1)?.footer?.text.split(' · part')[0]))).toEqual(
			new Set(['Digest of Mon, 9 Mar 2026, 09:00 GMT-4']),
		);
	});

	it('records a slot beyond the grace window as missed without posting it', async () => {
		const { clock, fake, open } = await sharedWorld();
		const store = open();
		const a = await startTestBot(engine, { fake, store, clock, graceMs: 3_600_000 });
		await setDigest(fake);
		await a.stop();
		await clock.advance('2026-03-07T16:00:00Z');
		const b = await start({ fake, store, clock, graceMs: 3_600_000 });
		await b.bot.scheduler.idle();
		expect(fake.channelMessages()).toHaveLength(0);
		expect(await status(fake)).toContain(
			'**Last digest:** Sat, 7 Mar 2026, 09:00 GMT-5: missed: the bot was not running.',
		);
	});

	it('skips a digest with nothing new when the server chose so, and records the skip', async () => {
		const { clock, test } = await withDigest({ when_nothing_new: 'skip' });
		await clock.advance(saturdayNine);
		await eventually(async () => expect(test.fake.channelMessages().length).toBeGreaterThan(0));
		await test.bot.scheduler.idle();
		const first = test.fake.channelMessages().length;

		await clock.advance('2026-03-08T13:00:00Z');
		await eventually(async () =>
			expect((await test.store.post(test.fake.guildId, Date.parse('2026-03-08T13:00:00Z')))?.state).toBe('skipped'),
		);
		expect(test.fake.channelMessages()).toHaveLength(first);
		expect(await status(test.fake)).toContain('**Last digest:** Sun, 8 Mar 2026, 09:00 GMT-4: skipped: nothing new.');
	});
});

describe('the digest’s “new since” section', () => {
	it('lists facts that entered the data after the previous digest, and only those', async () => {
		const clock = new ManualClock(friday);
		// The data as it was before one fact was added; the engine is read for every digest, as after a reload.
		const facts = engine.base.facts.filter((fact) => fact.id !== 'prison-siege');
		const added = engine.base.fact('prison-siege');
		if (!added) throw new Error('fixture fact missing');
		const data = { reports: [...engine.base.reports], entities: [...engine.base.entities], facts };
		let current = new AnswerEngine(data);
		const live = await startTestBot(() => current, { clock });
		running.push(live);
		const { fake } = live;
		await setDigest(fake);
		await clock.advance(saturdayNine);
		await eventually(async () => expect(fake.channelMessages().length).toBeGreaterThan(0));
		await live.bot.scheduler.idle();
		const before = fake.channelMessages().length;

		current = new AnswerEngine({ ...data, facts: [...facts, { ...added, added: '2026-03-07' }] });
		await clock.advance('2026-03-08T13:00:00Z');
		await eventually(async () => expect(fake.channelMessages().length).toBeGreaterThan(before));
		await live.bot.scheduler.idle();
		const second = fake.channelMessages().slice(before);
		const [newSection] = second.flatMap((m) => m.embeds);
		expect(newSection?.title).toBe('New since the last digest (2026-03-07)');
		expect(newSection?.description).toContain(`**Added 2026-03-07** — ${added.answer}`);
		expect(newSection?.fields?.map((f) => f.value)).toEqual([expect.stringContaining(added.quote)]);
	});
});
