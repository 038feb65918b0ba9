import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataSet } from '../src/data/load.js';
import { DataError, type DataProblem } from '../src/data/problems.js';
import { copyOfData, type DataCopy, dataDir } from './support/data.js';

type Json = Record<string, Record<string, unknown>[]>;
type Row = Record<string, unknown>;

/** Loads a broken copy and returns its problems as `file: path: reason` with the file's base name. */
async function problemsOf(copy: DataCopy): Promise<string[]> {
	try {
		await loadDataSet(copy.dir);
	} catch (error) {
		expect(error).toBeInstanceOf(DataError);
		return (error as DataError).problems.map(
			(p: DataProblem) => `${path.basename(p.file)}: ${p.path ? `${p.path}: ` : ''}${p.message}`,
		);
	}
	throw new Error('the broken data loaded without error');
}

/** Finds a fact by id in a facts.json object, for edits that read as what they break. */
function factAt(json: Json, id: string): [number, Row] {
	const index = (json.facts ?? []).findIndex((fact) => fact.id === id);
	const fact = json.facts?.[index];
	if (!fact) throw new Error(`no fact ${id}`);
	return [index, fact];
}

describe('data validation', () => {
	it('accepts the shipped data', async () => {
		const data = await loadDataSet(dataDir);
		expect(data.facts.length).toBeGreaterThan(30);
		expect(data.reports[0]?.paragraphs).toHaveLength(13);
	});

	it('rejects a quote that is not verbatim in the report, naming the file, field and report', async () => {
		const copy = await copyOfData();
		let index = -1;
		await copy.edit<Json>('facts.json', (json) => {
			const [i, fact] = factAt(json, 'prison-capacity');
			index = i;
			fact.quote = 'The Pénitencier National has a nominal capacity of 800 places';
		});
		const problems = await problemsOf(copy);
		expect(problems).toContain(`facts.json: facts[${index}].quote: not found in report haiti-penitencier-siege`);
	});

	it('compares quotes after Unicode normalisation, not fuzzily', async () => {
		const copy = await copyOfData();
		await copy.edit<Json>('facts.json', (json) => {
			// The same words with a decomposed "é": must still match.
			factAt(json, 'prison-capacity')[1].quote = 'The Pe\u0301nitencier National has a nominal capacity of 700 places';
		});
		await expect(loadDataSet(copy.dir)).resolves.toBeDefined();

		await copy.edit<Json>('facts.json', (json) => {
			// A straight apostrophe where the report has a curly one is a different quote.
			factAt(json, 'prison-siege')[1].quote = "Armed groups laid siege to Haiti's largest prison";
		});
		expect((await problemsOf(copy)).join('\n')).toMatch(/quote: not found in report/);
	});

	it('says which paragraph a quote is really in', async () => {
		const copy = await copyOfData();
		let index = -1;
		await copy.edit<Json>('facts.json', (json) => {
			const [i, fact] = factAt(json, 'port-attack');
			index = i;
			fact.paragraph = 3;
		});
		expect(await problemsOf(copy)).toContain(
			`facts.json: facts[${index}].quote: found in paragraph 9 of report haiti-penitencier-siege, not paragraph 3`,
		);
	});

	it('reports a missing required field with its path', async () => {
		const copy = await copyOfData();
		let index = -1;
		await copy.edit<Json>('facts.json', (json) => {
			const [i, fact] = factAt(json, 'moise-assassinated');
			index = i;
			delete fact.answer;
		});
		const [problem] = await problemsOf(copy);
		expect(problem).toMatch(new RegExp(`^facts\\.json: facts\\[${index}\\]\\.answer: .*expected string`));
	});

	it('rejects impossible dates and unknown keys', async () => {
		const copy = await copyOfData();
		let index = -1;
		await copy.edit<Json>('facts.json', (json) => {
			const [i, fact] = factAt(json, 'moise-assassinated');
			index = i;
			fact.when = { words: 'July 7, 2021', date: '2021-02-30' };
			fact.colour = 'red';
		});
		const problems = await problemsOf(copy);
		expect(problems).toContain(`facts.json: facts[${index}].when.date: is not a real calendar date`);
		expect(problems.join('\n')).toMatch(new RegExp(`facts\\[${index}\\]: Unrecognized key: "colour"`));
	});

	it('rejects references to unknown entities and facts, and entities of the wrong kind', async () => {
		const copy = await copyOfData();
		const at: Record<string, number> = {};
		await copy.edit<Json>('facts.json', (json) => {
			const [i, siege] = factAt(json, 'prison-siege');
			at.siege = i;
			siege.about = ['penitencier-national', 'atlantis'];
			const [j, leader] = factAt(json, 'international-force-leader');
			at.leader = j;
			leader.coalition = 'kenya';
			const [k, inferred] = factAt(json, 'gang-alliance-leader');
			at.inferred = k;
			inferred.basedOn = ['no-such-fact'];
		});
		const problems = await problemsOf(copy);
		expect(problems).toContain(`facts.json: facts[${at.siege}].about[1]: unknown entity "atlantis"`);
		expect(problems).toContain(`facts.json: facts[${at.leader}].coalition: "kenya" is a country, expected coalition`);
		expect(problems).toContain(`facts.json: facts[${at.inferred}].basedOn[0]: unknown fact "no-such-fact"`);
	});

	it('rejects duplicate ids across entities and facts', async () => {
		const copy = await copyOfData();
		let index = -1;
		await copy.edit<Json>('facts.json', (json) => {
			const [i, fact] = factAt(json, 'prison-siege');
			index = i;
			fact.id = 'kenya';
		});
		const problems = await problemsOf(copy);
		expect(problems.join('\n')).toMatch(
			new RegExp(
				`facts\\.json: facts\\[${index}\\]\\.id: duplicate id "kenya" \\(already used at entities\\[\\d+\\]\\.id\\)`,
			),
		);
	});

	it('checks the arithmetic of derived figures', async () => {
		const copy = await copyOfData();
		let index = -1;
		await copy.edit<Json>('facts.json', (json) => {
			const [i, fact] = factAt(json, 'prison-occupancy');
			index = i;
			fact.value = 500;
		});
		expect(await problemsOf(copy)).toContain(
			`facts.json: facts[${index}].value: should be 526.7 (percent of 3687 and 700)`,
		);
	});

	it('requires a stated figure to appear in its quote, and an inferred fact to explain itself', async () => {
		const copy = await copyOfData();
		const at: Record<string, number> = {};
		await copy.edit<Json>('facts.json', (json) => {
			const [i, population] = factAt(json, 'prison-population');
			at.population = i;
			population.value = 3678;
			const [j, inferred] = factAt(json, 'gang-alliance-leader');
			at.inferred = j;
			delete inferred.note;
		});
		const problems = await problemsOf(copy);
		expect(problems).toContain(`facts.json: facts[${at.population}].value: 3678 does not appear in the quote`);
		expect(problems).toContain(
			`facts.json: facts[${at.inferred}].note: an inferred fact must say what the report does and does not state`,
		);
	});

	it('requires every paragraph and every number of the report to be covered by a fact', async () => {
		const copy = await copyOfData();
		await copy.edit<Json>('facts.json', (json) => {
			json.facts = (json.facts ?? []).filter((fact) => fact.paragraph !== 6 && fact.id !== 'rnddh-2017-warning');
		});
		const problems = await problemsOf(copy);
		expect(problems).toContain(
			'reports.json: reports[0]: paragraph 6 of reports/haiti-penitencier-siege.txt has no fact',
		);
		expect(problems).toContain(
			'reports.json: reports[0]: "2017" in paragraph 8 of reports/haiti-penitencier-siege.txt is in no fact\'s quote',
		);
	});

	it('reports unreadable files and broken JSON without a stack trace', async () => {
		const copy = await copyOfData();
		await copy.write('entities.json', '{ "entities": [ ');
		await copy.edit<Json>('reports.json', (json) => {
			const [report] = json.reports ?? [];
			if (report) report.file = 'reports/missing.txt';
		});
		const problems = await problemsOf(copy);
		expect(problems.join('\n')).toMatch(/^entities\.json: is not valid JSON \(/m);
		expect(problems.join('\n')).toMatch(
			/^reports\.json: reports\[0\]\.file: cannot read \S*reports\/missing\.txt \(no such file\)$/m,
		);
	});

	it('is what `npm run validate-data` runs: exit 1 and one line per problem', async () => {
		const copy = await copyOfData();
		let index = -1;
		await copy.edit<Json>('facts.json', (json) => {
			const [i, fact] = factAt(json, 'prison-capacity');
			index = i;
			fact.quote = 'a capacity of 7,000 places';
		});
		const cli = (dir: string) =>
			spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/validate-data.ts', '--data', dir], {
				cwd: path.resolve(import.meta.dirname, '..'),
				encoding: 'utf8',
			});
		const broken = cli(copy.dir);
		expect(broken.status).toBe(1);
		expect(broken.stderr).toMatch(new RegExp(`facts\\.json: facts\\[${index}\\]\\.quote: not found in report`));
		expect(broken.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace

		const good = cli('data');
		expect(good.status).toBe(0);
		expect(good.stdout).toMatch(/^data: valid — 1 report\(s\)/);
	});
});
