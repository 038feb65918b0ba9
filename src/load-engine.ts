import { AnswerEngine } from './core/engine.js';
import { loadDataSet } from './data/load.js';

/** data/ → zod → fact base → index: the whole start-up path, used by every entry point. */
export async function loadEngine(dataDir: string): Promise<AnswerEngine> {
	return new AnswerEngine(await loadDataSet(dataDir));
}
