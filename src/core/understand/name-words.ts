import type { Entity } from '../../data/schema.js';
import type { FactBase } from '../fact-base.js';
import { words } from '../text.js';

/** Each entity's name and aliases as words, by entity id: once per fact base (see `prepareNameWords`). */
const byBase = new WeakMap<FactBase, Map<string, ReadonlySet<string>>>();

/**
 * The words of every entity's names, worked out for a fact base when its engine is built:
 * questions that name someone ask which of their words are the name's, and reading the names
 * (accents and all) on every question cost each one that named an entity.
 */
export function prepareNameWords(base: FactBase): void {
	if (byBase.has(base)) return;
	byBase.set(base, new Map(base.entities.map((entity) => [entity.id, nameWordsOf(entity)])));
}

/** The words of an entity's name and aliases, normalised: "Pénitencier National" → penitencier, national. */
export function nameWords(base: FactBase, entity: Entity): ReadonlySet<string> {
	// An entity of another fact base (or none yet prepared) is read as it is asked about.
	return byBase.get(base)?.get(entity.id) ?? nameWordsOf(entity);
}

function nameWordsOf(entity: Entity): ReadonlySet<string> {
	return new Set([entity.name, ...entity.aliases].flatMap((name) => words(name)));
}
