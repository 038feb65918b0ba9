import type { AnswerSource } from '../core/answer-source.js';
import type { DigestMessage } from '../render/digest.js';
import type { Clock } from './clock.js';
import { digestMessages } from './messages.js';
import { nextSlot } from './schedule.js';
import type { DigestScheduler } from './scheduler.js';
import type { DigestSettings, DigestStore, NewSettings, PostRecord } from './store.js';

export interface DigestStatus {
	settings: DigestSettings;
	/** Undefined while paused. */
	next: number | undefined;
	/** The latest logged slot and what became of it. */
	last: PostRecord | undefined;
}

/**
 * What `/digest` does to a guild's digest: the store's changes, with the scheduler told of them.
 * Every method rejects with the store's StoreUnavailableError while digests are unavailable.
 */
export class DigestService {
	constructor(
		private readonly store: DigestStore,
		private readonly engine: () => AnswerSource,
		private readonly clock: Clock,
		private readonly scheduler?: DigestScheduler,
	) {}

	settings(guildId: string): Promise<DigestSettings | undefined> {
		return this.store.settings(guildId);
	}

	async set(settings: NewSettings): Promise<DigestStatus> {
		await this.store.save(settings, this.clock.now());
		this.scheduler?.wake();
		return (await this.status(settings.guildId)) as DigestStatus;
	}

	/** false when there is no running digest to pause. */
	pause(guildId: string, by: string): Promise<boolean> {
		return this.store.pause(guildId, 'admin', `Paused by <@${by}>.`, this.clock.now());
	}

	async resume(guildId: string, by: string): Promise<boolean> {
		const resumed = await this.store.resume(guildId, by, this.clock.now());
		if (resumed) this.scheduler?.wake();
		return resumed;
	}

	async remove(guildId: string): Promise<boolean> {
		const removed = await this.store.remove(guildId);
		if (removed) this.scheduler?.wake();
		return removed;
	}

	async status(guildId: string): Promise<DigestStatus | undefined> {
		const settings = await this.store.settings(guildId);
		if (!settings) return undefined;
		const now = this.clock.now();
		return {
			settings,
			next: settings.pausedAt === null ? nextSlot(settings, now) : undefined,
			last: await this.store.latest(guildId),
		};
	}

	/** The digest as it would post now in this guild (or, without settings, in UTC, as a first digest). */
	async preview(guildId: string | undefined): Promise<DigestMessage[]> {
		const now = this.clock.now();
		const settings = guildId ? await this.store.settings(guildId) : undefined;
		const previous = guildId ? await this.store.lastPosted(guildId) : undefined;
		const { messages } = await digestMessages(this.engine(), {
			slot: now - (now % 60_000),
			timezone: settings?.timezone ?? 'UTC',
			previous: previous && { at: previous.slot, factIds: previous.factIds },
		});
		return messages;
	}
}
