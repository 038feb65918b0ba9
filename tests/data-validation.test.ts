import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataSet } from '../src/data/load.js';
import { loadDataSetCached } from '../src/data/load-cached.js';
import { DataError, type DataProblem } from '../src/data/problems.js';
import { runEntry } from './support/cli.js';
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

/**
 * Breaks facts in a copy of the data, by id, and loads it. Returns the problems and each broken
 * fact's index, since that is what the error paths name.
 */
async function breakFacts(
	changes: Record<string, (fact: Row) => void>,
): Promise<{ problems: string[]; at: Record<string, number>; copy: DataCopy }> {
	const copy = await copyOfData();
	const at: Record<string, number> = {};
	await copy.edit<Json>('facts.json', (json) => {
		for (const [id, change] of Object.entries(changes)) {
			const index = (json.facts ?? []).findIndex((fact) => fact.id === id);
			const fact = json.facts?.[index];
			if (!fact) throw new Error(`no fact ${id}`);
			at[id] = index;
			change(fact);
		}
	});
	return { problems: await problemsOf(copy), at, copy };
}

describe('data validation', () => {
	it('accepts the shipped data', async () => {
		const data = await loadDataSet(dataDir);
		expect(data.facts.length).toBeGreaterThan(30);
		expect(data.reports[0]?.paragraphs).toHaveLength(13);
	});

	it('rejects a quote that is not verbatim in the report, naming the file, field and report', async () => {
		const { problems, at } = await breakFacts({
			'prison-capacity': (fact) => {
				fact.quote = 'The Pénitencier National has a nominal capacity of 800 places';
			},
		});
		expect(problems).toContain(
			`facts.json: facts[${at['prison-capacity']}].quote: not found in report haiti-penitencier-siege`,
		);
	});

	it('compares quotes after Unicode normalisation, not fuzzily', async () => {
		const decomposed = await copyOfData();
		await decomposed.edit<Json>('facts.json', (json) => {
			// The same words with a decomposed "é" must still match.
			const fact = json.facts?.find((f) => f.id === 'prison-capacity');
			if (fact) fact.quote = 'The Pe\u0301nitencier National has a nominal capacity of 700 places';
		});
		await expect(loadDataSet(decomposed.dir)).resolves.toBeDefined();

		// A straight apostrophe where the report has a curly one is a different quote.
		const { problems, at } = await breakFacts({
			'prison-siege': (fact) => {
				fact.quote = "Armed groups laid siege to Haiti's largest prison";
			},
		});
		expect(problems).toContain(
			`facts.json: facts[${at['prison-siege']}].quote: not found in report haiti-penitencier-siege`,
		);
	});

	it('says which paragraph a quote is really in', async () => {
		const { problems, at } = await breakFacts({
			'port-attack': (fact) => {
				fact.paragraph = 3;
			},
		});
		expect(problems).toContain(
			`facts.json: facts[${at['port-attack']}].quote: found in paragraph 9 of report haiti-penitencier-siege, not paragraph 3`,
		);
	});

	it('reports a missing required field with its path', async () => {
		const { problems, at } = await breakFacts({
			'moise-assassinated': (fact) => {
				delete fact.answer;
			},
		});
		expect(problems[0]).toMatch(
			new RegExp(`^facts\\.json: facts\\[${at['moise-assassinated']}\\]\\.answer: .*expected string`),
		);
	});

	it('rejects impossible dates and unknown keys', async () => {
		const { problems, at } = await breakFacts({
			'moise-assassinated': (fact) => {
				fact.when = { words: 'July 7, 2021', date: '2021-02-30' };
				fact.colour = 'red';
			},
		});
		const index = at['moise-assassinated'];
		expect(problems).toContain(`facts.json: facts[${index}].when.date: is not a real calendar date`);
		expect(problems.join('\n')).toMatch(new RegExp(`facts\\[${index}\\]: Unrecognized key: "colour"`));
	});

	it('rejects references to unknown entities and facts, and entities of the wrong kind', async () => {
		const { problems, at } = await breakFacts({
			'prison-siege': (fact) => {
				fact.about = ['penitencier-national', 'atlantis'];
			},
			'international-force-leader': (fact) => {
				fact.coalition = 'kenya';
			},
			'gang-alliance-leader': (fact) => {
				fact.basedOn = ['no-such-fact'];
			},
		});
		expect(problems).toContain(`facts.json: facts[${at['prison-siege']}].about[1]: unknown entity "atlantis"`);
		expect(problems).toContain(
			`facts.json: facts[${at['international-force-leader']}].coalition: "kenya" is a country, expected coalition`,
		);
		expect(problems).toContain(
			`facts.json: facts[${at['gang-alliance-leader']}].basedOn[0]: unknown fact "no-such-fact"`,
		);
	});

	it('rejects duplicate ids across entities and facts', async () => {
		const { problems, at } = await breakFacts({
			'prison-siege': (fact) => {
				fact.id = 'kenya';
			},
		});
		expect(problems.join('\n')).toMatch(
			new RegExp(
				`facts\\.json: facts\\[${at['prison-siege']}\\]\\.id: duplicate id "kenya" \\(already used at entities\\[\\d+\\]\\.id\\)`,
			),
		);
	});

	it('checks the arithmetic of derived figures', async () => {
		const { problems, at } = await breakFacts({
			'prison-occupancy': (fact) => {
				fact.value = 500;
			},
		});
		expect(problems).toContain(
			`facts.json: facts[${at['prison-occupancy']}].value: should be 526.7 (percent of 3687 and 700)`,
		);
	});

	it('requires a stated figure to appear in its quote, and an inferred fact to explain itself', async () => {
		const { problems, at } = await breakFacts({
			'prison-population': (fact) => {
				fact.value = 3678;
			},
			'gang-alliance-leader': (fact) => {
				delete fact.note;
			},
		});
		expect(problems).toContain(
			`facts.json: facts[${at['prison-population']}].value: 3678 does not appear in the quote`,
		);
		expect(problems).toContain(
			`facts.json: facts[${at['gang-alliance-leader']}].note: an inferred fact must say what the report does and does not state`,
		);
	});

	it('requires every paragraph, number and date word of the report to be covered by a fact', async () => {
		const copy = await copyOfData();
		await copy.edit<Json>('facts.json', (json) => {
			const dropped = ['rnddh-2017-warning', 'port-attack'];
			json.facts = (json.facts ?? []).filter((fact) => fact.paragraph !== 6 && !dropped.includes(String(fact.id)));
		});
		const problems = await problemsOf(copy);
		expect(problems).toContain(
			'reports.json: reports[0]: paragraph 6 of reports/haiti-penitencier-siege.txt has no fact',
		);
		expect(problems).toContain(
			'reports.json: reports[0]: "2017" in paragraph 8 of reports/haiti-penitencier-siege.txt is in no fact\'s quote',
		);
		expect(problems).toContain(
			'reports.json: reports[0]: "Friday" in paragraph 9 of reports/haiti-penitencier-siege.txt is in no fact\'s quote',
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

	it('reports schema problems and cross-check problems in one pass, each once', async () => {
		const { problems, at } = await breakFacts({
			'moise-assassinated': (fact) => {
				fact.paragraph = 'two';
			},
			'prison-capacity': (fact) => {
				fact.quote = 'a capacity of 700 places in all';
			},
			'prison-occupancy': (fact) => {
				fact.value = 500;
			},
			'prison-siege': (fact) => {
				fact.about = ['penitencier-national', 'atlantis'];
			},
		});
		expect(problems).toHaveLength(4);
		expect(problems).toEqual(
			expect.arrayContaining([
				`facts.json: facts[${at['moise-assassinated']}].paragraph: Invalid input: expected number, received string`,
				`facts.json: facts[${at['prison-siege']}].about[1]: unknown entity "atlantis"`,
				`facts.json: facts[${at['prison-capacity']}].quote: not found in report haiti-penitencier-siege`,
				`facts.json: facts[${at['prison-occupancy']}].value: should be 526.7 (percent of 3687 and 700)`,
			]),
		);
	});

	it('does not blame other facts for one the schema rejected', async () => {
		const { problems, at } = await breakFacts({
			'prison-population': (fact) => {
				fact.kind = 'rumour';
			},
		});
		// Facts derived from it and the paragraph it covers are not reported: only the fact itself is.
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(new RegExp(`^facts\\.json: facts\\[${at['prison-population']}\\]\\.kind: `));
	});

	it('is what `npm run validate-data` runs: exit 1 and one line per problem', async () => {
		const { copy, at } = await breakFacts({
			'prison-capacity': (fact) => {
				fact.quote = 'a capacity of 7,000 places';
			},
		});
		const broken = runEntry('src/cli/validate-data.ts', ['--data', copy.dir]);
		expect(broken.status).toBe(1);
		expect(broken.stderr).toMatch(
			new RegExp(`facts\\.json: facts\\[${at['prison-capacity']}\\]\\.quote: not found in report`),
		);
		expect(broken.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace

		const good = runEntry('src/cli/validate-data.ts', ['--data', 'data']);
		expect(good.status).toBe(0);
		expect(good.stdout).toMatch(/^data: valid — 1 report\(s\)/);
	});

	it('reuses an earlier check only for the very files that passed it', async () => {
		const copy = await copyOfData();
		const checked = await loadDataSet(copy.dir);
		// The first load checks in full and keeps the result; the second reads it back, the same.
		expect(await loadDataSetCached(copy.dir)).toStrictEqual(checked);
		expect(await loadDataSetCached(copy.dir)).toStrictEqual(checked);

		// A report's text changed after the check: checked again, in full, and refused.
		const [report] = checked.reports;
		if (!report) throw new Error('no report');
		await copy.write(report.file, report.text.replace('700 places', '900 places'));
		await expect(loadDataSetCached(copy.dir)).rejects.toBeInstanceOf(DataError);

		// So is a changed data file.
		await copy.write(report.file, report.text);
		await copy.edit<Json>('facts.json', (json) => {
			const fact = json.facts?.find((f) => f.id === 'prison-capacity');
			if (fact) fact.quote = 'a capacity of 7,000 places';
		});
		await expect(loadDataSetCached(copy.dir)).rejects.toBeInstanceOf(DataError);
	});
});
