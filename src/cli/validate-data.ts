import { AnswerEngine } from '../core/engine.js';
import { loadDataSet } from '../data/load.js';
import { DataError } from '../data/problems.js';
import { dataDirectory, runCli } from './options.js';

const usage = `Usage: npm run validate-data [-- --data DIR]
Checks the data as the bot does at start-up (schema, ids, references, quotes, arithmetic,
coverage of the report) and lists every problem at once, one line each: file: path: reason.
  --data DIR  the data directory (default: DATA_DIR from the environment or .env, else data)
  --help      this text
Exit status: 0 when the data is valid, 1 when it has problems, 2 on bad usage.`;

/** The same checks the bot makes at start-up, as a command for CI and for whoever edits data/. */
runCli({ usage, options: { data: { type: 'string' } } }, async ({ values }) => {
	const dir = dataDirectory(values.data);
	try {
		const data = await loadDataSet(dir);
		new AnswerEngine(data); // the index must build too
		const stated = data.facts.filter((fact) => fact.basis === 'stated').length;
		console.log(
			`${dir}: valid — ${data.reports.length} report(s), ${data.entities.length} entities, ${data.facts.length} facts (${stated} stated, ${data.facts.length - stated} inferred or derived).`,
		);
		return 0;
	} catch (error) {
		if (!(error instanceof DataError)) throw error;
		console.error(error.message);
		return 1;
	}
});
