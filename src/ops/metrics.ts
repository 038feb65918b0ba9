import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { ShardStatus } from '../discord/bot.js';
import type { Outcome } from '../interactions/types.js';
import type { ReloadResult } from '../live-engine.js';

/**
 * What the bot counts for Prometheus (prom-client), in its own registry so that two bots in one
 * process (as in tests) keep separate figures.
 */
export class Metrics {
	readonly registry = new Registry();
	readonly #interactions = new Counter({
		name: 'sitrep_interactions_total',
		help: 'Interactions handled, by command (or component) and outcome',
		labelNames: ['command', 'outcome'] as const,
		registers: [this.registry],
	});
	readonly #latency = new Histogram({
		name: 'sitrep_interaction_duration_seconds',
		help: 'Time from an interaction arriving to its response being ready',
		labelNames: ['command'] as const,
		buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
		registers: [this.registry],
	});
	readonly #digests = new Counter({
		name: 'sitrep_digest_posts_total',
		help: 'Digest slots settled by this process, by outcome (posted, skipped, failed, missed)',
		labelNames: ['outcome'] as const,
		registers: [this.registry],
	});
	readonly #shards = new Gauge({
		name: 'sitrep_shard_ready',
		help: 'Whether each gateway shard this process runs is connected and ready (1) or not (0)',
		labelNames: ['shard'] as const,
		registers: [this.registry],
	});
	readonly #reloads = new Counter({
		name: 'sitrep_reloads_total',
		help: 'Data reloads, by outcome',
		labelNames: ['outcome'] as const,
		registers: [this.registry],
	});
	readonly #shardStates = new Map<number, ShardStatus>();

	constructor(facts: () => number) {
		new Gauge({
			name: 'sitrep_facts',
			help: 'Facts in the data the bot answers from',
			registers: [this.registry],
			collect() {
				this.set(facts());
			},
		});
		collectDefaultMetrics({ register: this.registry, prefix: 'sitrep_' });
	}

	interaction({ command, outcome, seconds }: { command: string; outcome: Outcome; seconds: number }): void {
		this.#interactions.inc({ command, outcome });
		this.#latency.observe({ command }, seconds);
	}

	digest(outcome: string, count = 1): void {
		this.#digests.inc({ outcome }, count);
	}

	shard(shard: number, status: ShardStatus): void {
		this.#shardStates.set(shard, status);
		this.#shards.set({ shard: String(shard) }, status === 'ready' ? 1 : 0);
	}

	/** Whether every shard this process runs is ready (true when it runs none). */
	shardsReady(): boolean {
		return [...this.#shardStates.values()].every((status) => status === 'ready');
	}

	reload(result: ReloadResult): void {
		this.#reloads.inc({ outcome: result.ok ? 'ok' : 'failed' });
	}
}

/**
 * The digest store, counting what becomes of each slot as the scheduler settles it. A wrapper
 * rather than a change to the store, so any store (SQLite, PostgreSQL) is counted the same way.
 */
export function countingDigestStore<S extends object>(store: S, metrics: Metrics): S {
	return new Proxy(store, {
		get(target, property, receiver) {
			const value = Reflect.get(target, property, receiver);
			if (typeof value !== 'function') return value;
			if (property === 'finish') {
				return (...args: unknown[]) => {
					const result = (value as (...a: unknown[]) => unknown).apply(target, args);
					const state = (args[3] as { state?: string } | undefined)?.state;
					const count = (settled: unknown) => {
						if (settled !== false && state) metrics.digest(state);
						return settled;
					};
					return result instanceof Promise ? result.then(count) : count(result);
				};
			}
			if (property === 'recordMissed') {
				return (...args: unknown[]) => {
					metrics.digest('missed', Array.isArray(args[2]) ? args[2].length : 1);
					return (value as (...a: unknown[]) => unknown).apply(target, args);
				};
			}
			return (value as (...a: unknown[]) => unknown).bind(target);
		},
	});
}
