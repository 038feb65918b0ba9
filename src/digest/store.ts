import type { Schedule } from './schedule.js';

export type WhenNothingNew = 'post' | 'skip';
export type PauseKind = 'admin' | 'failure';

/** A guild's digest: where, when, and whether it is paused (and why). */
export interface DigestSettings extends Schedule {
	guildId: string;
	channelId: string;
	whenNothingNew: WhenNothingNew;
	/** Slots before this moment are not the guild's: it set or resumed the digest after them. */
	activeSince: number;
	pausedAt: number | null;
	pauseKind: PauseKind | null;
	pauseReason: string | null;
	updatedAt: number;
	updatedBy: string;
}

export type NewSettings = Omit<DigestSettings, 'activeSince' | 'pausedAt' | 'pauseKind' | 'pauseReason' | 'updatedAt'>;

/**
 * claimed: a process is sending it (or crashed while sending; see `leaseUntil`). posted, skipped
 * (nothing new, by the guild's choice), failed (gave up, or a payload Discord refused), missed
 * (the bot was down past the grace window).
 */
export type PostState = 'claimed' | 'posted' | 'skipped' | 'failed' | 'missed';

export interface PostRecord {
	guildId: string;
	/** The scheduled moment, ms since the epoch. */
	slot: number;
	channelId: string;
	state: PostState;
	claimedBy: string | null;
	leaseUntil: number | null;
	attempts: number;
	/** The digest's messages sent so far, in order. */
	messageIds: string[];
	/** The facts the digest covered; null for posts recorded before that was kept. */
	factIds: string[] | null;
	error: string | null;
	updatedAt: number;
}

/** Which slot of which guild, and where it goes. */
export interface SlotTarget {
	guildId: string;
	slot: number;
	channelId: string;
}

export type Outcome = { state: 'posted' | 'skipped' | 'failed'; error?: string; factIds?: readonly string[] };

/**
 * Digest settings, the post log and slot claims, wherever they are kept (an SQLite file by
 * default, PostgreSQL when several machines share them). Settings are only ever removed by an
 * admin's `/digest off`: failures pause them. A slot is claimed atomically before it is sent, and
 * only its claimant may record its outcome, so processes sharing the store never both post it.
 *
 * Every method rejects with {@link StoreUnavailableError} while the store cannot be used.
 */
export interface DigestStore {
	/** Where the data lives, for log lines: "SQLite file var/sitrep.db". */
	readonly description: string;
	settings(guildId: string): Promise<DigestSettings | undefined>;
	/** Every guild whose digest is running. */
	active(): Promise<DigestSettings[]>;
	/** Saves a guild's settings, running from `now` (a new schedule un-pauses). */
	save(settings: NewSettings, now: number): Promise<DigestSettings>;
	/** Pauses a running digest; false when there is none or it is already paused. */
	pause(guildId: string, kind: PauseKind, reason: string, now: number): Promise<boolean>;
	/** Resumes a paused digest from `now`: slots it slept through are not posted late. */
	resume(guildId: string, by: string, now: number): Promise<boolean>;
	remove(guildId: string): Promise<boolean>;
	post(guildId: string, slot: number): Promise<PostRecord | undefined>;
	/** The guild's most recent logged slot, whatever became of it. */
	latest(guildId: string): Promise<PostRecord | undefined>;
	/** The guild's most recent digest that was actually posted, before `before` if given. */
	lastPosted(guildId: string, before?: number): Promise<PostRecord | undefined>;
	/**
	 * Claims a slot for `instance`, atomically: a new slot, or one whose claimant's lease ran out
	 * (it crashed mid-send). Returns the claimed record, or undefined when the slot is someone
	 * else's or already settled.
	 */
	claim(target: SlotTarget, instance: string, now: number, leaseMs: number): Promise<PostRecord | undefined>;
	/** Extends the claimant's lease before another attempt; false if the slot is no longer its own. */
	renew(guildId: string, slot: number, instance: string, now: number, leaseMs: number): Promise<boolean>;
	/** Records one sent message of the digest as soon as Discord confirms it. */
	addMessage(guildId: string, slot: number, instance: string, messageId: string, now: number): Promise<void>;
	/** Settles a claimed slot; only its claimant can. */
	finish(guildId: string, slot: number, instance: string, outcome: Outcome, now: number): Promise<boolean>;
	/** Logs slots that passed while the bot could not post them; slots already logged are left as they are. */
	recordMissed(guildId: string, channelId: string, slots: readonly number[], now: number): Promise<void>;
	/** When the earliest running claim's lease runs out: when a crashed send becomes someone else's to settle. */
	nextLeaseExpiry(): Promise<number | undefined>;
	/** Claimed slots whose claimant's lease has run out: a process crashed mid-send. */
	stalled(now: number): Promise<PostRecord[]>;
	/** Resolves when the store answers; rejects with the reason it can't. Cheap enough for a readiness probe. */
	ping(): Promise<void>;
	close(): Promise<void>;
}

/**
 * The store can't be used: a bad or missing database file, an unreachable server. Digests wait;
 * everything else keeps working. `message` is the operator's one log line (naming the file or
 * variable); `reason` is what a server's admin is told in Discord, without the bot's internals.
 */
export class StoreUnavailableError extends Error {
	constructor(
		message: string,
		readonly reason: string,
	) {
		super(message);
		this.name = 'StoreUnavailableError';
	}
}

/** A store that can't be opened: every call says why, and nothing is written anywhere. */
export class UnavailableStore implements DigestStore {
	constructor(
		readonly description: string,
		readonly error: StoreUnavailableError,
	) {}

	#fail = (): Promise<never> => Promise.reject(this.error);
	settings = this.#fail;
	active = this.#fail;
	save = this.#fail;
	pause = this.#fail;
	resume = this.#fail;
	remove = this.#fail;
	post = this.#fail;
	latest = this.#fail;
	lastPosted = this.#fail;
	claim = this.#fail;
	renew = this.#fail;
	addMessage = this.#fail;
	finish = this.#fail;
	recordMissed = this.#fail;
	nextLeaseExpiry = this.#fail;
	stalled = this.#fail;
	ping = this.#fail;
	close = () => Promise.resolve();
}
