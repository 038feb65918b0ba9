import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { PostgresDigestStore } from '../src/storage/postgres-store.js';
import { root } from './support/cli.js';
import type { Ready, Transport } from './support/digest-process.js';
import { FakeDiscord } from './support/fake-discord.js';
import { freshSchema, testPostgres } from './support/postgres.js';
import { eventually } from './support/wait.js';

const server = await testPostgres();
const channelPosts = { method: 'POST', path: /^\/channels\/\d+\/messages$/ };
const friday = '2026-03-06T20:00:00Z';
// 09:00 in Port-au-Prince: Saturday before the daylight-saving change, Sunday and Monday after.
const slots = ['2026-03-07T14:00:00Z', '2026-03-08T13:00:00Z', '2026-03-09T13:00:00Z'];

const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A bot process (the real startBot or startHttpBot in its own Node), driven over IPC. */
class BotProcess {
	#next = 0;
	readonly stderr: string[] = [];
	private constructor(
		readonly child: ChildProcess,
		readonly instance: string,
		readonly transport: Transport,
	) {}

	/**
	 * Starts one over `transport`: HTTP as `npm start` runs it with INTERACTIONS_PORT (0: any free
	 * port) and the app's public key, the gateway without them.
	 */
	static async start(
		instance: string,
		transport: Transport,
		env: NodeJS.ProcessEnv,
		publicKey: string,
	): Promise<{ bot: BotProcess; ready: Ready }> {
		const http = transport === 'http' ? { INTERACTIONS_PORT: '0', DISCORD_PUBLIC_KEY: publicKey } : {};
		const child = fork(path.join(root, 'tests/support/digest-process.ts'), {
			cwd: root,
			env: {
				...process.env,
				INTERACTIONS_PORT: undefined,
				DISCORD_PUBLIC_KEY: undefined,
				...env,
				...http,
				INSTANCE: instance,
				START_AT: friday,
			},
			execArgv: ['--import', 'tsx'],
			stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
		});
		const bot = new BotProcess(child, instance, transport);
		child.stderr?.on('data', (chunk: Buffer) => bot.stderr.push(chunk.toString()));
		cleanups.push(() => bot.kill('SIGKILL'));
		const exited = once(child, 'exit').then(([code]) => {
			throw new Error(`bot process ${instance} exited (${code}) before it was ready:\n${bot.stderr.join('')}`);
		});
		const [ready] = (await Promise.race([once(child, 'message'), exited])) as [Ready];
		expect(ready).toMatchObject({ ready: instance, transport });
		return { bot, ready };
	}

	get alive(): boolean {
		return this.child.exitCode === null && this.child.signalCode === null;
	}

	/** Sends a command and resolves when the process has done it. */
	async #ask(command: Record<string, unknown>): Promise<void> {
		const id = this.#next++;
		const done = new Promise<void>((resolve) => {
			const onMessage = (message: { done?: number }) => {
				if (message.done !== id) return;
				this.child.off('message', onMessage);
				resolve();
			};
			this.child.on('message', onMessage);
		});
		this.child.send({ ...command, id });
		await done;
	}

	advance(to: string | number): Promise<void> {
		return this.#ask({ advance: typeof to === 'number' ? new Date(to).toISOString() : to });
	}

	idle(): Promise<void> {
		return this.#ask({ idle: true });
	}

	kill(signal: NodeJS.Signals): void {
		if (this.alive) this.child.kill(signal);
	}
}

const mixed = 'three bot processes, gateway and HTTP mixed, on one PostgreSQL database';
describe.skipIf(server.skip)(server.skip ?? mixed, () => {
	it.each<Transport>(['http', 'gateway'])(
		'post every digest slot exactly once, even when the one over %s is killed (SIGKILL) mid-send',
		killedMidSend,
		120_000,
	);

	/** One process over `victimTransport` is killed mid-send; the survivors run one transport each. */
	async function killedMidSend(victimTransport: Transport): Promise<void> {
		const { url } = await freshSchema(server.url as string).then((schema) => {
			cleanups.push(schema.drop);
			return schema;
		});
		const fake = await FakeDiscord.start({ guilds: 3 });
		cleanups.push(() => fake.close());
		const store = new PostgresDigestStore(url);
		cleanups.push(() => store.close());
		await store.ready();

		// Three servers with a daily 09:00 digest, each in a channel of its own.
		const channels = new Map<string, string>();
		for (const guildId of fake.guildIds) {
			const channel = fake.addChannel('digest', [], guildId);
			channels.set(channel.id, guildId);
			await store.save(
				{
					guildId,
					channelId: channel.id,
					frequency: 'daily',
					time: '09:00',
					weekday: null,
					timezone: 'America/Port-au-Prince',
					whenNothingNew: 'post',
					updatedBy: fake.defaultUser.id,
				},
				Date.parse(friday),
			);
		}

		const env = {
			DISCORD_TOKEN: fake.token,
			DISCORD_APPLICATION_ID: fake.applicationId,
			DISCORD_API_URL: fake.apiUrl,
			DATABASE_URL: url,
			LOG_LEVEL: 'info',
		};
		// The one to be killed, and one survivor over each transport.
		const transports: Transport[] = [victimTransport, 'http', 'gateway'];
		const started = await Promise.all(
			transports.map((transport, i) => BotProcess.start(`${'abc'[i]}-${transport}`, transport, env, fake.publicKey)),
		);
		const bots = started.map(({ bot }) => bot);
		const [victim, ...survivors] = bots as [BotProcess, ...BotProcess[]];
		const living = () => bots.filter((bot) => bot.alive);
		const everyone = (step: (bot: BotProcess) => Promise<void>) => Promise.all(living().map(step));

		// Both transports take part, the survivors included: each process says which it runs, only the
		// gateway ones connected to the gateway, and the HTTP ones answer Discord's signed PING.
		expect(new Set(started.map(({ ready }) => ready.transport))).toEqual(new Set(['gateway', 'http']));
		expect(new Set(survivors.map((bot) => bot.transport))).toEqual(new Set(['gateway', 'http']));
		expect(fake.identifies).toBe(bots.filter((bot) => bot.transport === 'gateway').length);
		for (const { ready } of started.filter(({ bot }) => bot.transport === 'http')) {
			const body = JSON.stringify({ type: InteractionType.Ping, id: '1', application_id: fake.applicationId });
			const response = await fetch(`http://127.0.0.1:${ready.port}/interactions`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', ...fake.sign(body) },
				body,
			});
			expect(await response.json()).toEqual({ type: InteractionResponseType.Pong });
		}

		// The first digest message Discord creates never gets its answer back: its sender dies then.
		// The one to die reaches the slot first, so it is the sender; the others reach it while it still
		// waits for that answer, and leave its live claims alone.
		const lost = fake.holdResponse(channelPosts);
		await victim.advance(slots[0] as string);
		const held = await lost.held;
		const heldGuild = channels.get(held.path.split('/')[2] ?? '') as string;
		expect((await store.post(heldGuild, Date.parse(slots[0] as string)))?.claimedBy).toBe(victim.instance);
		await Promise.all(survivors.map((bot) => bot.advance(slots[0] as string)));
		victim.kill('SIGKILL');
		await once(victim.child, 'exit');
		lost.release();
		// Time moves on only once the survivors' own sends are done, as a real send takes seconds, not minutes.
		await everyone((bot) => bot.idle());

		// An hour on, the survivors have looked again: the dead one's claims lapsed after 5 minutes.
		// In steps shorter than a lease, each waiting for the others' sends: on separate manual clocks,
		// one process an hour ahead of another would see the other's live claim as lapsed.
		const slot = Date.parse(slots[0] as string);
		for (let at = slot + 4 * 60_000; at <= slot + 64 * 60_000; at += 4 * 60_000) {
			await everyone((bot) => bot.advance(at));
			await everyone((bot) => bot.idle());
		}
		for (const slot of slots.slice(1)) {
			await everyone((bot) => bot.advance(slot));
			await everyone((bot) => bot.idle());
		}
		for (const slot of slots) {
			for (const guildId of fake.guildIds) {
				await eventually(async () => expect((await store.post(guildId, Date.parse(slot)))?.state).toBe('posted'));
			}
		}
		await everyone((bot) => bot.idle());

		// Exactly once: every part of every slot is in its channel once, as the post log records it.
		const created = fake.requests.filter(
			(r) => r.method === 'POST' && channelPosts.path.test(r.path) && r.status === 200,
		);
		let messages = 0;
		for (const [channelId, guildId] of channels) {
			const inChannel = fake.channelMessages(channelId);
			messages += inChannel.length;
			// "Digest of Sat, 7 Mar 2026, 09:00 GMT-5 · part 2 of 3": each slot's parts 1 to n, once each.
			const footers = inChannel.map((m) =>
				/^Digest of (.+) · part (\d+) of (\d+)/.exec(m.embeds.at(-1)?.footer?.text ?? ''),
			);
			const bySlot = new Map<string | undefined, (RegExpExecArray | null)[]>();
			for (const footer of footers) bySlot.set(footer?.[1], [...(bySlot.get(footer?.[1]) ?? []), footer]);
			expect(bySlot.size).toBe(slots.length);
			for (const parts of bySlot.values()) {
				const count = Number(parts[0]?.[3]);
				expect(parts.map((part) => Number(part?.[2]))).toEqual(Array.from({ length: count }, (_, i) => i + 1));
			}
			const logged: string[] = [];
			for (const slot of slots) logged.push(...((await store.post(guildId, Date.parse(slot)))?.messageIds ?? []));
			expect(logged).toEqual(inChannel.map((m) => m.id));
		}
		expect(created).toHaveLength(messages);
		expect(victim.alive).toBe(false);
		// Nobody's claim was taken from under it but the dead process's.
		for (const bot of living()) expect(bot.stderr.join('')).not.toContain('another process took this digest over');
		// The held message was found again by whoever took the slot over, not posted a second time.
		expect(fake.requests.some((r) => r.method === 'GET' && channelPosts.path.test(r.path))).toBe(true);
	}
});
