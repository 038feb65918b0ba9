import { hostname } from 'node:os';
import type { AnswerSource } from '../core/answer-source.js';
import type { Logger } from '../logger.js';
import type { Clock } from './clock.js';
import { classifyFailure, type Failure } from './failures.js';
import { digestMessages, partMarker } from './messages.js';
import { nonceFor, type Poster } from './poster.js';
import { latestSlot, nextSlot, slotsBetween } from './schedule.js';
import { type DigestSettings, type DigestStore, type PostRecord, StoreUnavailableError } from './store.js';

export interface SchedulerOptions {
	store: DigestStore;
	poster: Poster;
	/** Read for every digest, so a data reload shows in the next one. */
	engine: () => AnswerSource;
	clock: Clock;
	logger: Logger;
	/** How late a slot may still be posted (after downtime, or while retrying). */
	graceMs: number;
	/** Names this process in the post log; unique per process. */
	instance?: string;
	/** How long a claim holds without news from its claimant before another process may take the slot over. */
	leaseMs?: number;
	/** Retry delays: doubling from `baseMs`, at most `maxMs`. */
	backoff?: { baseMs: number; maxMs: number };
}

/** Longest the scheduler sleeps without looking again, in case the clock jumped. */
const maxSleepMs = 60 * 60_000;

class DeliveryFailure extends Error {
	constructor(readonly failure: Failure) {
		super(failure.reason);
	}
}

class LostClaim extends Error {}

/**
 * Posts every active guild's digest once per slot. Each slot is claimed in the database before
 * anything is sent, messages carry a per-slot nonce, and each confirmed message is recorded at
 * once, so neither a second process, a retry nor a restart mid-send can post a slot twice.
 */
export class DigestScheduler {
	readonly instance: string;
	readonly #options: Required<Omit<SchedulerOptions, 'instance'>>;
	readonly #stopping = new AbortController();
	#wake = new AbortController();
	readonly #inFlight = new Map<string, Promise<void>>();
	#loop: Promise<void> | undefined;

	constructor({ instance, ...options }: SchedulerOptions) {
		this.instance = instance ?? `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
		this.#options = { leaseMs: 5 * 60_000, backoff: { baseMs: 5_000, maxMs: 60_000 }, ...options };
		this.#stopping.signal.addEventListener('abort', () => this.#wake.abort(), { once: true });
	}

	/** Starts looking for due slots: at once (which settles what a restart left behind), then as they come. */
	start(): void {
		this.#loop ??= this.#run();
	}

	/** Settings changed: look again now rather than at the next planned wake-up. */
	wake(): void {
		this.#wake.abort();
	}

	/**
	 * Stops scheduling and abandons sends in flight, writing nothing: like a crash, their claims'
	 * leases run out and whichever process looks next settles them without posting twice.
	 */
	async stop(): Promise<void> {
		this.#stopping.abort();
		await Promise.allSettled([this.#loop, ...this.#inFlight.values()]);
	}

	/** Resolves once no digest is being sent. */
	async idle(): Promise<void> {
		while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight.values()]);
	}

	async #run(): Promise<void> {
		const { clock } = this.#options;
		const stopping = this.#stopping.signal;
		while (!stopping.aborted) {
			// Made before looking, so a wake-up that arrives while looking is not lost.
			this.#wake = new AbortController();
			// Aborted by stop() too (see the constructor): one listener, not one per wake-up.
			const woken = this.#wake.signal;
			let wait = maxSleepMs;
			try {
				wait = Math.min(wait, await this.#tick());
			} catch (error) {
				this.#logFailure(error);
				wait = 60_000;
			}
			await clock.sleep(wait, woken).catch(() => undefined);
		}
	}

	#logFailure(error: unknown): void {
		const { logger } = this.#options;
		// The store logs its own unavailability, once per change: here it would repeat every minute.
		if (error instanceof StoreUnavailableError) logger.debug(`digests are waiting: ${error.message}`);
		else logger.error({ err: error }, 'digest scheduling failed; trying again in a minute');
	}

	/** Starts every send that is due; returns how long until something else will be. */
	async #tick(): Promise<number> {
		const { store, clock } = this.#options;
		const now = clock.now();
		let next = Number.POSITIVE_INFINITY;
		const active = await store.active();
		const byGuild = new Map(active.map((settings) => [settings.guildId, settings]));
		// Sends a process crashed in the middle of: settled first, oldest first.
		for (const claim of await store.stalled(now)) {
			const settings = byGuild.get(claim.guildId);
			if (settings) this.#take(settings, claim.slot, claim.channelId, now);
			else if (await store.claim(claim, this.instance, now, this.#options.leaseMs)) {
				const error = 'Interrupted, and the digest was paused or turned off before the send could be checked.';
				await store.finish(claim.guildId, claim.slot, this.instance, { state: 'failed', error }, now);
			}
		}
		for (const settings of active) {
			await this.#due(settings, now);
			next = Math.min(next, (nextSlot(settings, now) ?? Number.POSITIVE_INFINITY) - now);
		}
		const lease = await store.nextLeaseExpiry();
		if (lease !== undefined) next = Math.min(next, lease - now);
		return Math.max(1_000, next);
	}

	async #due(settings: DigestSettings, now: number): Promise<void> {
		const { store, graceMs, logger } = this.#options;
		const latest = latestSlot(settings, now);
		if (latest === undefined || latest < settings.activeSince) return;
		const key = `${settings.guildId}:${latest}`;
		if (this.#inFlight.has(key)) return;

		const logged = (await store.latest(settings.guildId))?.slot ?? Number.NEGATIVE_INFINITY;
		const passed = slotsBetween(settings, Math.max(settings.activeSince, logged + 1), latest - 1);
		const existing = await store.post(settings.guildId, latest);
		const late = !existing && now - latest > graceMs;
		if (late) passed.push(latest);
		if (passed.length > 0) {
			await store.recordMissed(settings.guildId, settings.channelId, passed, now);
			logger.warn(
				{ guild: settings.guildId, slots: passed.map((slot) => new Date(slot).toISOString()) },
				'digest slots missed while the bot was not running',
			);
		}
		if (late) return;
		if (existing && (existing.state !== 'claimed' || (existing.leaseUntil ?? 0) > now)) return;
		this.#take(settings, latest, existing?.channelId ?? settings.channelId, now);
	}

	/** Claims the slot and sends it; counted as in flight from before the claim, so one process never claims twice. */
	#take(settings: DigestSettings, slot: number, channelId: string, now: number): void {
		const { store, leaseMs } = this.#options;
		const key = `${settings.guildId}:${slot}`;
		if (this.#inFlight.has(key)) return;
		const sending = store
			.claim({ guildId: settings.guildId, slot, channelId }, this.instance, now, leaseMs)
			.then((claim) => claim && this.#deliver(settings, claim))
			.catch((error: unknown) => this.#logFailure(error))
			.finally(() => this.#inFlight.delete(key));
		this.#inFlight.set(key, sending);
	}

	async #deliver(settings: DigestSettings, claim: PostRecord): Promise<void> {
		const { store, poster, clock, logger, engine } = this.#options;
		const { guildId, slot, channelId } = claim;
		const stopping = this.#stopping.signal;
		// Someone tried before and did not finish: some parts may already be in the channel.
		const resuming = claim.attempts > 0;
		const log = { guild: guildId, channel: channelId, slot: new Date(slot).toISOString() };
		try {
			const previous = await store.lastPosted(guildId, slot);
			const { digest, messages } = await digestMessages(engine(), {
				slot,
				timezone: settings.timezone,
				previous: previous && { at: previous.slot, factIds: previous.factIds },
			});
			if (
				!digest.first &&
				digest.newFacts.length === 0 &&
				settings.whenNothingNew === 'skip' &&
				claim.messageIds.length === 0
			) {
				await store.finish(guildId, slot, this.instance, { state: 'skipped', factIds: digest.factIds }, clock.now());
				logger.info(log, 'digest skipped: nothing new since the last one');
				return;
			}
			const sent = [...claim.messageIds];
			for (let part = sent.length; part < messages.length; part++) {
				const message = messages[part] ?? { embeds: [] };
				const id = await this.#attempt(claim, async () => {
					if (resuming) {
						const marker = partMarker(slot, settings.timezone, part);
						const found = await poster.findSent(channelId, marker, slot - 60_000, stopping).catch((error: unknown) => {
							logger.warn({ ...log, err: error }, 'could not read the channel to check for a sent digest');
							return undefined;
						});
						if (found) return found;
					}
					return poster.send(channelId, message, nonceFor(guildId, slot, part), stopping);
				});
				await store.addMessage(guildId, slot, this.instance, id, clock.now());
				sent.push(id);
			}
			await store.finish(guildId, slot, this.instance, { state: 'posted', factIds: digest.factIds }, clock.now());
			logger.info({ ...log, messages: sent, newFacts: digest.newFacts.length }, 'digest posted');
		} catch (error) {
			// Stopping: the claim stays, its lease runs out, and the next look settles the slot.
			if (stopping.aborted) return;
			if (error instanceof LostClaim) {
				logger.warn(log, 'another process took this digest over; leaving it to that one');
				return;
			}
			// The claim stays; once the store is back and the lease has run out, the slot is settled.
			if (error instanceof StoreUnavailableError) throw error;
			const failure = error instanceof DeliveryFailure ? error.failure : classifyFailure(error);
			const now = clock.now();
			await store.finish(guildId, slot, this.instance, { state: 'failed', error: failure.reason }, now);
			if (failure.action === 'pause') {
				await store.pause(guildId, 'failure', failure.reason, now);
				logger.warn({ ...log, reason: failure.reason }, 'digest paused: the channel needs fixing');
			} else if (failure.action === 'bug') {
				logger.error({ ...log, err: error }, 'Discord rejected the digest: this is a bug in sitrep');
			} else {
				logger.error({ ...log, reason: failure.reason }, 'digest not posted: Discord kept failing');
			}
		}
	}

	/** One send, retried with backoff while Discord is failing or limiting us, until the slot's grace runs out. */
	async #attempt<T>(claim: PostRecord, send: () => Promise<T>): Promise<T> {
		const { store, clock, logger, leaseMs, graceMs, backoff } = this.#options;
		const stopping = this.#stopping.signal;
		for (let attempt = 1; ; attempt++) {
			if (!(await store.renew(claim.guildId, claim.slot, this.instance, clock.now(), leaseMs))) throw new LostClaim();
			try {
				return await send();
			} catch (error) {
				if (stopping.aborted) throw error;
				const failure = classifyFailure(error);
				if (failure.action !== 'retry') throw new DeliveryFailure(failure);
				const delay = Math.min(backoff.maxMs, backoff.baseMs * 2 ** (attempt - 1));
				if (clock.now() + delay > claim.slot + graceMs) {
					throw new DeliveryFailure({
						action: 'retry',
						reason: `Gave up after ${attempt} attempts: ${failure.reason}`,
					});
				}
				logger.warn(
					{
						guild: claim.guildId,
						slot: new Date(claim.slot).toISOString(),
						attempt,
						retryInMs: delay,
						reason: failure.reason,
					},
					'digest send failed; retrying',
				);
				await clock.sleep(delay, stopping);
			}
		}
	}
}
