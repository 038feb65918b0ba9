import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerText } from '../src/render/plain.js';
import { root, runEntry } from './support/cli.js';
import { dataDir, realEngine } from './support/data.js';

interface PublicQuestion {
	q: string;
	all?: string[];
	found?: boolean;
}

const questions = JSON.parse(
	readFileSync(path.join(import.meta.dirname, 'fixtures/questions.json'), 'utf8'),
) as PublicQuestion[];
const reportText = readFileSync(path.join(dataDir, 'reports/haiti-penitencier-siege.txt'), 'utf8').normalize('NFC');

interface JsonAnswer {
	question: string;
	found: boolean;
	answer: string;
	sources: { id: string; quote: string }[];
}

// All questions through one run of `npm run ask -- --json`, reading standard input as a user would pipe it.
const run = runEntry('src/cli/ask.ts', ['--json'], { input: `${questions.map((q) => q.q).join('\n')}\n` });
const lines = run.stdout.trim().split('\n');
const answers = lines.map((line) => JSON.parse(line) as JsonAnswer);

describe('the public question set, through `ask --json`', () => {
	it('prints one JSON line per question and exits 0', () => {
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(answers.map((a) => a.question)).toEqual(questions.map((q) => q.q));
	});

	describe.each(questions.map((question, i) => ({ ...question, i })))('$q', ({ q, all = [], found = true, i }) => {
		it(
			found ? 'answers with what a right answer contains, quoting the report verbatim' : 'says the report has nothing',
			() => {
				const answer = answers[i];
				expect(answer?.question).toBe(q);
				expect(answer?.found).toBe(found);
				if (!found) {
					expect(answer?.sources).toEqual([]);
					return;
				}
				for (const pattern of all) expect(answer?.answer).toMatch(new RegExp(pattern, 'i'));
				expect(answer?.sources.length).toBeGreaterThan(0);
				for (const source of answer?.sources ?? []) expect(reportText).toContain(source.quote.normalize('NFC'));
			},
		);

		if (found && all.length > 0) {
			it('puts the right fact first', async () => {
				const engine = await realEngine();
				const answer = engine.ask(q);
				const itemText = (item: (typeof answer.items)[number]) =>
					answerText({ ...answer, heading: undefined, notes: [], items: [item] });
				// A list (a timeline, every coalition) is right when its items carry the answer; anything
				// else must lead with the fact that answers it.
				const list = answer.kind === 'timeline' || answer.kind === 'prison' || answer.items.some((item) => item.label);
				for (const pattern of all) {
					const regex = new RegExp(pattern, 'i');
					if (list) expect(answer.items.some((item) => regex.test(itemText(item)))).toBe(true);
					else expect(answer.items[0] && itemText(answer.items[0])).toMatch(regex);
				}
			});
		}
	});
});

describe('the documented one-liner', () => {
	it('`echo "who leads the gang alliance" | npm run --silent ask -- --json` prints one found answer with a verbatim quote', () => {
		const run = spawnSync('npm', ['run', '--silent', 'ask', '--', '--json'], {
			cwd: root,
			input: 'who leads the gang alliance\n',
			encoding: 'utf8',
		});
		expect(run.status).toBe(0);
		const lines = run.stdout.trim().split('\n');
		expect(lines).toHaveLength(1);
		const answer = JSON.parse(lines[0] ?? '') as JsonAnswer;
		expect(answer.found).toBe(true);
		expect(answer.answer).toMatch(/Jimmy Sergier/);
		expect(answer.answer).toMatch(/inferred/i);
		expect(answer.sources.some((source) => /Jimmy Sergier/.test(source.quote))).toBe(true);
		for (const source of answer.sources) expect(reportText).toContain(source.quote.normalize('NFC'));
	});
});
