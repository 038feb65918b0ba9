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

	/** The display name of an entity id, or the id itself if it is unknown. */
	name(id: string): string {
		return this.#entities.get(id)?.name ?? id;
	}

	/** Orders facts as the report tells them: by paragraph, then by where the quote starts. */
	reportOrder(a: Fact, b: Fact): number {
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
}
