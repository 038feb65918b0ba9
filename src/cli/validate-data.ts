import { parseArgs } from 'node:util';
import { AnswerEngine } from '../core/engine.js';
import { loadDataSet } from '../data/load.js';
import { DataError } from '../data/problems.js';
import { runMain } from './run.js';

/** The same checks the bot makes at start-up, as a command for CI and for whoever edits data/. */
async function main(): Promise<number> {
	const { values } = parseArgs({ options: { data: { type: 'string', default: 'data' } } });
	try {
		const data = await loadDataSet(values.data);
		new AnswerEngine(data); // the index must build too
		const stated = data.facts.filter((fact) => fact.basis === 'stated').length;
		console.log(
			`${values.data}: valid — ${data.reports.length} report(s), ${data.entities.length} entities, ${data.facts.length} facts (${stated} stated, ${data.facts.length - stated} inferred or derived).`,
		);
		return 0;
	} catch (error) {
		if (!(error instanceof DataError)) throw error;
		console.error(error.message);
		return 1;
	}
}

runMain(main);
