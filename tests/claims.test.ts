import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEntry } from './support/cli.js';

/**
 * The public set of messages to check, each with the verdict every claim in it must get,
 * through one run of `npm run check -- --json` with the messages on standard input.
 */
interface MessageCase {
	message: string;
	expect: { span: string; verdict: 'matches' | 'differs' | 'not_in_report' }[];
}

interface JsonCheck {
	message: string;
	claims: { text: string; verdict: string; factIds: string[]; report: string }[];
}

const cases = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures/claims.json'), 'utf8')) as MessageCase[];
const run = runEntry('src/cli/check.ts', ['--json'], { input: `${cases.map((c) => c.message).join('\n')}\n` });
const checks = run.stdout
	.trim()
	.split('\n')
	.map((line) => JSON.parse(line) as JsonCheck);

describe('the public message-check set, through `check --json`', () => {
	it('prints one JSON line per message and exits 0', () => {
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(checks.map((c) => c.message)).toEqual(cases.map((c) => c.message));
	});

	it('quotes each claim as the exact words of its message, with one sentence of what the report says', () => {
		for (const check of checks) {
			for (const claim of check.claims) {
				expect(check.message).toContain(claim.text);
				expect(claim.report.length).toBeGreaterThan(0);
				expect(['matches', 'differs', 'not_in_report']).toContain(claim.verdict);
			}
		}
	});

	describe.each(cases.map((c, i) => ({ ...c, i })))('$message', ({ expect: expected, i }) => {
		it.each(expected)('“$span” $verdict', ({ span, verdict }) => {
			const claims = checks[i]?.claims ?? [];
			const claim = claims.find((c) => new RegExp(span, 'i').test(c.text));
			expect(claim, JSON.stringify(claims)).toBeDefined();
			expect(claim?.verdict, JSON.stringify(claim)).toBe(verdict);
		});
	});

	it('never confirms a claim the set says is false or missing from the report', () => {
		const falseMatches = cases.flatMap((c, i) =>
			c.expect.filter(({ span, verdict }) => {
				const claim = checks[i]?.claims.find((found) => new RegExp(span, 'i').test(found.text));
				return verdict !== 'matches' && claim?.verdict === 'matches';
			}),
		);
		expect(falseMatches).toEqual([]);
	});
});

describe('changes as people state them', () => {
	it('reads a change as the factors it allows, and compares two by them', async () => {
		const { changeRange, compareChanges } = await import('../src/core/claims/changes.js');
		const reported = changeRange('more than doubled');
		expect(reported).toEqual({ low: 2, high: 3 });
		const verdict = (said: string) => {
			const claimed = changeRange(said);
			if (!claimed || !reported) throw new Error(`no change in “${said}”`);
			return compareChanges(claimed, reported);
		};
		for (const said of ['rose', 'went up', 'increased', 'doubled', 'more than doubled', 'jumped'])
			expect(verdict(said), said).toBe('matches');
		for (const said of ['tripled', 'more than tripled', 'fell', 'halved', 'nearly doubled'])
			expect(verdict(said), said).toBe('differs');
	});
});
