/**
 * `npm run bench`: every benchmark in one run, printed as one table and saved as JSON under
 * bench/results/ (latest.json and a timestamped copy). `npm run bench -- scale quality` runs only
 * those sections (and does not replace latest.json); `npm run bench -- --markdown` prints
 * latest.json as the README's Markdown table without running anything.
 *
 * Run with node --expose-gc (npm run bench does), for the heap figures. Nothing here is a test:
 * a target that is missed is printed as such.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataDirectory, runCli, UsageError } from '../src/cli/options.js';
import { AnswerEngine } from '../src/core/engine.js';
import { loadDataSet } from '../src/data/load.js';
import { messageSet, questionSet } from '../tests/support/question-sets.js';
import { multiReportRows, realDataRows, scaleRows, type Workload } from './answers.js';
import { digestClaimRows } from './digest-claims.js';
import { httpLoadRows } from './http-load.js';
import { categoryRows, claimRows, qualityRows } from './quality.js';
import { roundTripRows } from './round-trip.js';
import { startUpRows } from './start-up.js';
import { heapAfterGc } from './stats.js';
import {
	commit,
	describeMachine,
	formatTable,
	machine,
	markdownTable,
	type Results,
	type Row,
	resultsDir,
	saveResults,
} from './table.js';
import { keystrokes, publicQuestions, questionMix } from './workload.js';

const sections = ['answers', 'scale', 'quality', 'start-up', 'round-trip', 'http', 'digest-claims'] as const;
type Section = (typeof sections)[number];

const usage = `Usage: npm run bench -- [SECTION…] [--data DIR] [--markdown]
Runs the benchmarks and prints one table against the targets; saves it under bench/results/
(latest.json only when every section ran).
  SECTION     only these: ${sections.join(', ')}
  --data DIR  the data directory for the real-data section (default: DATA_DIR from the
              environment or .env, else data)
  --markdown  print latest.json as the README's Markdown table, running nothing
  --help      this text
Exit status: 0 when it ran (a missed target is printed, not an error), 2 on bad usage.`;

async function main(args: string[], dataDir: string): Promise<void> {
	if (args.includes('--markdown')) {
		const latest = JSON.parse(readFileSync(path.join(resultsDir, 'latest.json'), 'utf8')) as Results;
		console.log(
			`${markdownTable(latest.rows)}\n\n${describeMachine(latest.machine)}; ${latest.ranAt}, ${latest.commit}.`,
		);
		return;
	}
	const chosen = args.length > 0 ? (args as Section[]) : [...sections];

	const started = performance.now();
	const ranAt = new Date().toISOString();
	const host = machine();
	console.log(`sitrep benchmark: ${describeMachine(host)}`);

	const data = await loadDataSet(dataDir);
	const questions = publicQuestions();
	const asked = questions.map((question) => question.q);
	const work: Workload = { questions: asked, mix: questionMix(asked), keystrokes: keystrokes(asked) };

	const rows: Row[] = [];
	const run = async (section: Section, rowsOf: () => Row[] | Promise<Row[]>) => {
		if (!chosen.includes(section)) return;
		// Each section starts on a collected heap, not on the garbage of the one before.
		heapAfterGc();
		const at = performance.now();
		process.stdout.write(`${section}… `);
		rows.push(...(await rowsOf()));
		console.log(`${((performance.now() - at) / 1000).toFixed(1)} s`);
	};
	await run('answers', () => realDataRows(dataDir, data, work));
	await run('scale', () => {
		const single = scaleRows(data, work, [1_000, 10_000, 100_000]);
		return [...single, ...multiReportRows(data, work, single)];
	});
	await run('quality', () => [
		...qualityRows(data, questions),
		...categoryRows(data, questionSet('questions-2.json')),
		...claimRows(data, messageSet()),
	]);
	await run('start-up', () => startUpRows());
	await run('round-trip', () => roundTripRows(new AnswerEngine(data), asked));
	await run('http', () => httpLoadRows());
	await run('digest-claims', () => digestClaimRows());

	const results: Results = {
		ranAt,
		commit: commit(),
		machine: host,
		seconds: Math.round((performance.now() - started) / 1000),
		rows,
	};
	console.log(`\n${formatTable(rows)}\n`);
	const targets = rows.filter((row) => row.target);
	const failed = targets.filter((row) => !row.target?.pass);
	console.log(`Targets: ${targets.length - failed.length} of ${targets.length} met.`);
	for (const row of failed) console.log(`  missed: ${row.section}: ${row.measure}: ${row.target?.text}`);
	const saved = saveResults(results, { latest: chosen.length === sections.length });
	console.log(`Saved ${path.relative(process.cwd(), saved)} in ${results.seconds} s.`);
}

runCli(
	{ usage, options: { data: { type: 'string' }, markdown: { type: 'boolean', default: false } }, positionals: true },
	async ({ values, positionals }) => {
		const unknown = positionals.filter((arg) => !sections.includes(arg as Section));
		if (unknown.length > 0) throw new UsageError(`Unknown section ${unknown.join(', ')}.`);
		await main([...positionals, ...(values.markdown ? ['--markdown'] : [])], dataDirectory(values.data));
		return 0;
	},
);
