import type { AnswerEngine } from '../core/engine.js';
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

/** What `/digest` does to a guild's digest: the store's changes, with the scheduler told of them. */
export class DigestService {
	constructor(
		private readonly store: DigestStore,
		private readonly engine: () => AnswerEngine,
		private readonly clock: Clock,
		private readonly scheduler?: DigestScheduler,
	) {}

	settings(guildId: string): DigestSettings | undefined {
		return this.store.settings(guildId);
	}

	set(settings: NewSettings): DigestStatus {
		this.store.save(settings, this.clock.now());
		this.scheduler?.wake();
		return this.status(settings.guildId) as DigestStatus;
	}

	/** false when there is no running digest to pause. */
	pause(guildId: string, by: string): boolean {
		return this.store.pause(guildId, 'admin', `Paused by <@${by}>.`, this.clock.now());
	}

	resume(guildId: string, by: string): boolean {
		const resumed = this.store.resume(guildId, by, this.clock.now());
		if (resumed) this.scheduler?.wake();
		return resumed;
	}

	remove(guildId: string): boolean {
		const removed = this.store.remove(guildId);
		if (removed) this.scheduler?.wake();
		return removed;
	}

	status(guildId: string): DigestStatus | undefined {
		const settings = this.store.settings(guildId);
		if (!settings) return undefined;
		const now = this.clock.now();
		return {
			settings,
			next: settings.pausedAt === null ? nextSlot(settings, now) : undefined,
			last: this.store.latest(guildId),
		};
	}

	/** The digest as it would post now in this guild (or, without settings, in UTC, as a first digest). */
	preview(guildId: string | undefined): DigestMessage[] {
		const now = this.clock.now();
		const settings = guildId ? this.store.settings(guildId) : undefined;
		const previous = guildId ? this.store.lastPosted(guildId) : undefined;
		return digestMessages(this.engine(), {
			slot: now - (now % 60_000),
			timezone: settings?.timezone ?? 'UTC',
			previous: previous && { at: previous.slot, factIds: previous.factIds },
		}).messages;
	}
}
