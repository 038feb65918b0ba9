import { AnswerEngine } from './core/engine.js';
import { loadDataSetCached } from './data/load-cached.js';

/**
 * data/ → zod → fact base → index: the whole start-up path, used by every entry point. A data
 * directory unchanged since its last full check reuses that check (see `loadDataSetCached`).
 */
export async function loadEngine(dataDir: string): Promise<AnswerEngine> {
	return new AnswerEngine(await loadDataSetCached(dataDir));
}
