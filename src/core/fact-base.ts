import type { DataSet, LoadedReport } from '../data/load.js';
import type { Entity, Fact } from '../data/schema.js';

/**
 * The validated data with the lookups answers need. Immutable once built: a reload builds a
 * new FactBase and swaps it in whole, so no reader ever sees half-old, half-new data.
 */
export class FactBase {
	readonly facts: readonly Fact[];
	readonly entities: readonly Entity[];
	readonly reports: readonly LoadedReport[];
	readonly #facts: ReadonlyMap<string, Fact>;
	readonly #entities: ReadonlyMap<string, Entity>;
	readonly #reports: ReadonlyMap<string, LoadedReport>;
	/** Where each fact sits in its report, for "the report's own order". */
	readonly #position: ReadonlyMap<string, number>;
	/**
	 * Each fact's rank in the report's order (equal for facts `reportOrder` ties), worked out once:
	 * ranking sorts thousands of hits, and comparing report ids by locale each time is slow.
	 */
	readonly #order: ReadonlyMap<Fact, number>;
	/** The one country every report is about (null where there is none), once asked. */
	#topicCountry: Entity | null | undefined;
	/** Each entity with the facts that name it, once asked. */
	#factsNaming: Map<string, Fact[]> | undefined;

	constructor(data: DataSet) {
		this.facts = data.facts;
		this.entities = data.entities;
		this.reports = data.reports;
		this.#facts = new Map(data.facts.map((fact) => [fact.id, fact]));
		this.#entities = new Map(data.entities.map((entity) => [entity.id, entity]));
		this.#reports = new Map(data.reports.map((report) => [report.id, report]));
		this.#position = new Map(
			data.facts.map((fact) => {
				const paragraph = this.#reports.get(fact.report)?.paragraphs[fact.paragraph - 1] ?? '';
				const offset = Math.max(0, paragraph.indexOf(fact.quote.normalize('NFC')));
				return [fact.id, fact.paragraph * 1e6 + offset];
			}),
		);
		this.#order = this.#orderOf(data.facts);
	}

	/** Ranks facts as `reportOrder` orders them: report ids compared by locale once each, not once a comparison. */
	#orderOf(facts: readonly Fact[]): Map<Fact, number> {
		const ids = [...new Set(facts.map((fact) => fact.report))].sort((a, b) => a.localeCompare(b));
		const reportRank = new Map<string, number>();
		ids.forEach((id, i) => {
			const previous = ids[i - 1];
			// Ids the locale holds equal share a rank, as localeCompare ties them.
			const tied = previous !== undefined && previous.localeCompare(id) === 0;
			reportRank.set(id, tied ? (reportRank.get(previous) ?? i) : i);
		});
		const key = (fact: Fact) => [reportRank.get(fact.report) ?? 0, this.#position.get(fact.id) ?? 0] as const;
		const keyed = facts.map((fact) => ({ fact, key: key(fact) }));
		keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1]);
		const order = new Map<Fact, number>();
		keyed.forEach(({ fact, key: [report, position] }, i) => {
			const previous = keyed[i - 1];
			const tied = previous !== undefined && previous.key[0] === report && previous.key[1] === position;
			order.set(fact, tied ? (order.get(previous.fact) ?? i) : i);
		});
		return order;
	}

	fact(id: string): Fact | undefined {
		return this.#facts.get(id);
	}

	entity(id: string): Entity | undefined {
		return this.#entities.get(id);
	}

	report(id: string): LoadedReport | undefined {
		return this.#reports.get(id);
	}

	/**
	 * The country every report is about, where they are all about one the data names ("Haiti"): the
	 * one "the country" means in a question or a message about them.
	 */
	topicCountry(): Entity | undefined {
		// Worked out once: every message's clauses ask it, and the reports never change.
		if (this.#topicCountry === undefined) {
			const topics = new Set(this.reports.map((report) => report.topic));
			const [topic] = topics;
			const country =
				topics.size === 1 && topic
					? this.entities.find((entity) => entity.kind === 'country' && entity.name === topic)
					: undefined;
			this.#topicCountry = country ?? null;
		}
		return this.#topicCountry ?? undefined;
	}

	/** The display name of an entity id, or the id itself if it is unknown. */
	name(id: string): string {
		return this.#entities.get(id)?.name ?? id;
	}

	/**
	 * A fact of this base's place in the report's order, as a number: facts `reportOrder` ties have
	 * the same one. Sorting many facts by it is cheaper than comparing them pair by pair.
	 */
	orderRank(fact: Fact): number {
		const rank = this.#order.get(fact);
		if (rank === undefined) throw new Error(`${fact.id} is not a fact of this fact base`);
		return rank;
	}

	/** Orders facts as the report tells them: by paragraph, then by where the quote starts. */
	reportOrder(a: Fact, b: Fact): number {
		const first = this.#order.get(a);
		const second = this.#order.get(b);
		if (first !== undefined && second !== undefined) return first - second;
		// A fact from elsewhere (not this base's own object) is compared as the order is defined.
		return a.report.localeCompare(b.report) || (this.#position.get(a.id) ?? 0) - (this.#position.get(b.id) ?? 0);
	}

	/** The entities a fact is by or for: speaker, outlet, source, subject, coalition, leader. */
	actorsOf(fact: Fact): string[] {
		switch (fact.kind) {
			case 'leadership':
				return fact.leader ? [fact.coalition, fact.leader] : [fact.coalition];
			case 'statement':
				return fact.outlet ? [fact.speaker, fact.outlet] : [fact.speaker];
			case 'figure':
				return fact.reportedBy ? [fact.reportedBy] : [];
			case 'detail':
				return [fact.subject];
			case 'event':
				return [];
		}
	}

	/** An entity and every entity it is part of, nearest first: the Pénitencier National, Port-au-Prince, Haiti. */
	within(id: string): string[] {
		const chain: string[] = [];
		for (let at: string | undefined = id; at && !chain.includes(at); at = this.#entities.get(at)?.partOf)
			chain.push(at);
		return chain;
	}

	/** Every entity a fact names, in any role. */
	entitiesOf(fact: Fact): string[] {
		return [...new Set([...this.actorsOf(fact), ...fact.about])];
	}

	/**
	 * Does some fact name both entities? Kenya and the international force are tied (Kenya offered to lead it); worked
	 * out from the facts that name the first, not from every fact.
	 *
	 * @example
	 * base.tied('kenya', 'international-force'); // true
	 */
	tied(a: string, b: string): boolean {
		if (!this.#factsNaming) {
			const naming = new Map<string, Fact[]>();
			for (const fact of this.facts) {
				for (const id of this.entitiesOf(fact)) {
					const facts = naming.get(id);
					if (facts) facts.push(fact);
					else naming.set(id, [fact]);
				}
			}
			this.#factsNaming = naming;
		}
		return (this.#factsNaming.get(a) ?? []).some((fact) => this.entitiesOf(fact).includes(b));
	}
}
