import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PostgresDigestStore } from '../src/storage/postgres-store.js';
import { root } from './support/cli.js';
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

/** A bot process (the real startBot in its own Node), driven over IPC. */
class BotProcess {
	#next = 0;
	readonly stderr: string[] = [];
	private constructor(
		readonly child: ChildProcess,
		readonly instance: string,
	) {}

	static async start(instance: string, env: NodeJS.ProcessEnv): Promise<BotProcess> {
		const child = fork(path.join(root, 'tests/support/digest-process.ts'), {
			cwd: root,
			env: { ...process.env, ...env, INSTANCE: instance, START_AT: friday },
			execArgv: ['--import', 'tsx'],
			stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
		});
		const bot = new BotProcess(child, instance);
		child.stderr?.on('data', (chunk: Buffer) => bot.stderr.push(chunk.toString()));
		cleanups.push(() => bot.kill('SIGKILL'));
		const exited = once(child, 'exit').then(([code]) => {
			throw new Error(`bot process ${instance} exited (${code}) before it was ready:\n${bot.stderr.join('')}`);
		});
		const [message] = (await Promise.race([once(child, 'message'), exited])) as [{ ready?: string }];
		expect(message).toEqual({ ready: instance });
		return bot;
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

describe.skipIf(server.skip)(server.skip ?? 'three bot processes on one PostgreSQL database', () => {
	it('post every digest slot exactly once, even when one is killed (SIGKILL) mid-send', async () => {
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
		const bots = await Promise.all(['a', 'b', 'c'].map((name) => BotProcess.start(name, env)));
		const living = () => bots.filter((bot) => bot.alive);
		const everyone = (step: (bot: BotProcess) => Promise<void>) => Promise.all(living().map(step));

		// The first digest message Discord creates never gets its answer back: its sender dies then.
		const lost = fake.holdResponse(channelPosts);
		await everyone((bot) => bot.advance(slots[0] as string));
		const held = await lost.held;
		const heldGuild = channels.get(held.path.split('/')[2] ?? '') as string;
		const claimant = (await store.post(heldGuild, Date.parse(slots[0] as string)))?.claimedBy;
		const victim = bots.find((bot) => bot.instance === claimant);
		if (!victim) throw new Error(`no process claimed the held slot (claimant: ${claimant})`);
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
	}, 120_000);
});
