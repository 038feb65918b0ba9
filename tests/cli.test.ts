import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runEntry } from './support/cli.js';
import { copyOfData, type DataCopy } from './support/data.js';

const entries = {
	start: 'src/main.ts',
	ask: 'src/cli/ask.ts',
	check: 'src/cli/check.ts',
	'validate-data': 'src/cli/validate-data.ts',
	deploy: 'src/cli/deploy.ts',
	bench: 'bench/run.ts',
} as const;

/** No stack trace: no "    at file.ts:12" line, no error class name leading the output. */
const noStack = (text: string) => {
	expect(text).not.toMatch(/^\s+at .*:\d+/m);
	expect(text).not.toMatch(/^(?:Type|Range|Syntax)?Error\b/m);
};

const folders: string[] = [];
afterEach(async () => {
	await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
async function folder(): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), 'sitrep-cwd-'));
	folders.push(dir);
	return dir;
}

/** A copy of the data whose second fact reuses the first one's id: valid JSON, one cross-check problem. */
async function duplicateId(): Promise<DataCopy> {
	const copy = await copyOfData();
	await copy.edit<{ facts: { id: string }[] }>('facts.json', (json) => {
		const [first, second] = json.facts;
		if (first && second) second.id = first.id;
	});
	return copy;
}

describe('every command line', () => {
	it.each(Object.entries(entries))('%s --help prints its usage and exits 0', (_, entry) => {
		const run = runEntry(entry, ['--help']);
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/^Usage: npm (?:run \S+|start)\b/);
		expect(run.stdout).toContain('--help');
		expect(run.stderr).toBe('');
	});

	it.each(Object.entries(entries))(
		'%s with an unknown option says so in one line, shows the usage, and exits 2',
		(_, entry) => {
			const run = runEntry(entry, ['--colour']);
			expect(run.status).toBe(2);
			expect(run.stderr.split('\n')[0]).toMatch(/^Unknown option '--colour'/);
			expect(run.stderr).toMatch(/\n\nUsage: npm (?:run \S+|start)\b/);
			noStack(run.stderr);
		},
	);
});

describe('DATA_DIR, .env and --data', () => {
	it('validate-data and ask read DATA_DIR from the environment', async () => {
		const copy = await duplicateId();
		const validate = runEntry(entries['validate-data'], [], { env: { DATA_DIR: copy.dir } });
		expect(validate.status).toBe(1);
		expect(validate.stderr).toMatch(
			/facts\.json: facts\[1\]\.id: duplicate id "[^"]+" \(already used at facts\[0\]\.id\)/,
		);
		const ask = runEntry(entries.ask, ['who', 'leads'], { env: { DATA_DIR: copy.dir } });
		expect(ask.status).toBe(1);
		expect(ask.stderr).toMatch(/duplicate id/);
	});

	it('reads DATA_DIR from .env, and --data overrides it', async () => {
		const copy = await duplicateId();
		const cwd = await folder();
		await writeFile(path.join(cwd, '.env'), `DATA_DIR=${copy.dir}\n`);
		expect(runEntry(entries['validate-data'], [], { cwd, env: { DATA_DIR: '' } }).status).toBe(1);
		const good = runEntry(entries['validate-data'], ['--data', path.resolve('data')], { cwd, env: { DATA_DIR: '' } });
		expect(good.status).toBe(0);
		expect(good.stdout).toMatch(/valid — 1 report\(s\)/);
	});

	it('prints data paths as given: an absolute DATA_DIR stays absolute', async () => {
		const copy = await duplicateId();
		const run = runEntry(entries['validate-data'], [], { env: { DATA_DIR: copy.dir } });
		expect(run.stderr).toContain(`${path.join(copy.dir, 'facts.json')}: facts[1].id: duplicate id`);
	});

	it('names the variable or the option when the data directory is not one, in one line', async () => {
		const missing = path.join(await folder(), 'nowhere');
		const fromEnv = runEntry(entries.ask, ['prison'], { env: { DATA_DIR: missing } });
		expect(fromEnv.status).toBe(1);
		expect(fromEnv.stderr).toMatch(
			new RegExp(
				`^The configuration has 1 problem:\\n- DATA_DIR: ${missing} is not a directory; point it at the folder that holds reports\\.json`,
			),
		);
		noStack(fromEnv.stderr);
		const fromFlag = runEntry(entries['validate-data'], ['--data', missing]);
		expect(fromFlag.status).toBe(2);
		expect(fromFlag.stderr.split('\n')[0]).toBe(
			`--data: ${missing} is not a directory; point it at the folder that holds reports.json, entities.json and facts.json`,
		);
	});
});

describe('npm run ask', () => {
	it('refuses an empty or oversized question as bad usage, with the limits of /ask', () => {
		const empty = runEntry(entries.ask, ['']);
		expect(empty.status).toBe(2);
		expect(empty.stderr.split('\n')[0]).toBe('Missing option “question”.');
		const long = runEntry(entries.ask, ['why '.repeat(260)]);
		expect(long.status).toBe(2);
		expect(long.stderr.split('\n')[0]).toBe('“question” can be at most 1000 characters (got 1039).');
		expect(long.stdout).toBe('');
	});

	it('answers the questions it can from standard input and exits 2 naming the lines it refused', () => {
		const run = runEntry(entries.ask, ['--json'], { input: `prison capacity\n${'x'.repeat(1001)}\n` });
		expect(run.status).toBe(2);
		expect(run.stdout.trim().split('\n')).toHaveLength(1);
		expect(run.stderr).toBe('line 2: “question” can be at most 1000 characters (got 1001).\n');
	});

	it('--help names every field the --json output carries', () => {
		const help = runEntry(entries.ask, ['--help']).stdout;
		const hit = JSON.parse(runEntry(entries.ask, ['--json', 'who leads the international force']).stdout);
		const miss = JSON.parse(runEntry(entries.ask, ['--json', 'what is the capital of Australia']).stdout);
		for (const answer of [hit, miss]) {
			for (const field of Object.keys(answer)) expect(help).toMatch(new RegExp(`^ +${field} +\\S`, 'm'));
		}
		for (const field of Object.keys(hit.sources[0])) expect(help).toContain(field);
	});
});
