import { execFileSync } from 'node:child_process';
import { rm, truncate } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { reloadReport } from '../src/commands/reload-report.js';
import type { ReadOutcome } from '../src/data/read-off-thread.js';
import { LiveEngine } from '../src/live-engine.js';
import { createLogger } from '../src/logger.js';
import { logReload } from '../src/runtime.js';
import { copyOfData, realEngine } from './support/data.js';

const engine = await realEngine();

/** A logger whose lines are kept, parsed, for the test to read. */
function capturedLogger() {
	const lines: string[] = [];
	const destination = new Writable({
		write(chunk: Buffer, _encoding, done) {
			lines.push(...chunk.toString().split('\n').filter(Boolean));
			done();
		},
	});
	return { logger: createLogger('info', destination), lines };
}

describe('reloading the data, bounded', () => {
	it('refuses a data file over the size limit before reading it, and keeps the current data', async () => {
		const copy = await copyOfData();
		const live = await LiveEngine.load(copy.dir);
		// Sparse: 17 MB on paper, nothing written.
		await truncate(path.join(copy.dir, 'facts.json'), 17 * 1024 * 1024);
		const result = await live.reload();
		expect(result).toEqual({
			ok: false,
			count: 1,
			problems: [
				`${path.join(copy.dir, 'facts.json')}: cannot be read (17.0 MB, over the 16.0 MB limit for a data file)`,
			],
		});
		expect(live.current.base.facts.length).toBe(engine.base.facts.length);
	});

	it('refuses a FIFO in place of a data file at once, instead of waiting for a writer forever', async () => {
		const copy = await copyOfData();
		const live = await LiveEngine.load(copy.dir);
		const facts = path.join(copy.dir, 'facts.json');
		await rm(facts);
		execFileSync('mkfifo', [facts]);
		const result = await live.reload();
		expect(result).toMatchObject({ ok: false, problems: [`${facts}: cannot be read (not a regular file)`] });
		expect(reloadReport(result)).toMatch(/^Reload failed: the data has 1 problem\. Still answering from the data/);
	});

	it('runs one reload at a time: a request while one runs says so and changes nothing', async () => {
		let finish: (outcome: ReadOutcome) => void = () => undefined;
		const live = LiveEngine.of(engine, 'data', {
			read: () =>
				new Promise<ReadOutcome>((resolve) => {
					finish = resolve;
				}),
		});
		const first = live.reload();
		const second = await live.reload();
		expect(second).toEqual({ ok: false, busy: true });
		expect(reloadReport(second)).toBe(
			'A reload is already running; this one was not started. Its outcome will be logged when it finishes.',
		);
		const { logger, lines } = capturedLogger();
		logReload(logger, second, { signal: 'SIGHUP' });
		expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
			level: 40,
			signal: 'SIGHUP',
			msg: 'reload already running; this request was ignored',
		});

		finish({ ok: false, problems: ['broken'], count: 1 });
		expect(await first).toEqual({ ok: false, problems: ['broken'], count: 1 });
		// Once it is over, the next request runs.
		const third = live.reload();
		finish({ ok: false, problems: ['still broken'], count: 1 });
		expect(await third).toEqual({ ok: false, problems: ['still broken'], count: 1 });
	});

	it('abandons a reload that does not finish in time, stops its reader, and keeps the current data', async () => {
		let aborted: unknown;
		const live = LiveEngine.of(engine, 'data', {
			timeoutMs: 20,
			read: (_dir, { signal }) =>
				new Promise<ReadOutcome>(() => {
					signal?.addEventListener('abort', () => {
						aborted = signal.reason;
					});
				}),
		});
		const result = await live.reload();
		expect(result).toEqual({
			ok: false,
			count: 1,
			problems: ['the reload took longer than 20 ms and was abandoned (a data file on a slow or hung disk?)'],
		});
		expect(aborted).toBe(result.ok === false && 'problems' in result ? result.problems[0] : undefined);
		expect(live.current).toBe(engine);
		// And the next reload is not refused as busy.
		expect(await live.reload()).not.toMatchObject({ busy: true });
	});

	it('summarises a reload with thousands of problems: the count and the first few, in a short log line', async () => {
		const copy = await copyOfData();
		const live = await LiveEngine.load(copy.dir);
		await copy.edit<{ facts: Record<string, unknown>[] }>('facts.json', (json) => {
			for (let i = 0; i < 5000; i++) json.facts.push({ id: `broken-${i}`, quote: 'x'.repeat(2000) });
		});
		const result = await live.reload();
		if (result.ok || !('count' in result)) throw new Error('the broken data reloaded');
		expect(result.count).toBeGreaterThanOrEqual(5000);
		expect(result.problems).toHaveLength(20);
		const { logger, lines } = capturedLogger();
		logReload(logger, result, { by: 'test' });
		const line = JSON.parse(lines[0] ?? '{}');
		expect(line).toMatchObject({ level: 50, count: result.count, msg: expect.stringMatching(/^data reload failed/) });
		expect(line.problems).toHaveLength(10);
		expect(lines[0]?.length).toBeLessThan(10_000);
		expect(reloadReport(result)).toMatch(new RegExp(`^Reload failed: the data has ${result.count} problems\\.`));
		expect(reloadReport(result)).toMatch(/…and \d+ more \(run npm run validate-data\)\.$/);
	});
});
