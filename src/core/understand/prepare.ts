/**
 * What answering works out once per fact base (who is involved in which facts, the roles leaders
 * hold, the names and years the data has, the sources it cites), worked out when an engine is
 * built: each is kept for the fact base's lifetime, and was worked out by whichever question
 * first needed it, which made that question wait.
 */
import { prepareMessageNames } from '../claims/names.js';
import type { FactBase } from '../fact-base.js';
import { oneWordNames } from './answers/asked.js';
import { citedSources } from './answers/sources.js';
import { prepareNameWords } from './name-words.js';
import { rolesOf } from './query.js';
import { prepareRanking } from './rank.js';
import { yearsOf } from './years.js';

export function prepareAnswering(base: FactBase): void {
	prepareRanking(base);
	rolesOf(base);
	oneWordNames(base);
	prepareMessageNames(base);
	citedSources(base);
	yearsOf(base);
	prepareNameWords(base);
}
