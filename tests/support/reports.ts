import path from 'node:path';
import { AnswerEngine } from '../../src/core/engine.js';
import { loadDataSet } from '../../src/data/load.js';
import { promoteBundle } from '../../src/draft/bundle.js';
import { copyOfData, type DataCopy } from './data.js';

/** The two invented follow-up reports under tests/fixtures/reports/: one in English, one in French. */
export const followUps = {
	english: path.resolve(import.meta.dirname, '../fixtures/reports/haiti-emergency-aftermath-invented'),
	french: path.resolve(import.meta.dirname, '../fixtures/reports/haiti-evasion-massive-invented'),
} as const;

/** A copy of data/ with the given follow-up reports promoted into it, in order. */
export async function dataWith(...bundles: string[]): Promise<DataCopy> {
	const copy = await copyOfData();
	for (const bundle of bundles) {
		const result = await promoteBundle(copy.dir, bundle, { write: true });
		if (!result.ok)
			throw new Error(`fixture ${path.basename(bundle)} does not promote:\n${result.problems.join('\n')}`);
	}
	return copy;
}

/** The engine over the seed report and both follow-ups. */
export async function engineWithFollowUps(): Promise<AnswerEngine> {
	const copy = await dataWith(followUps.french, followUps.english);
	return new AnswerEngine(await loadDataSet(copy.dir));
}
