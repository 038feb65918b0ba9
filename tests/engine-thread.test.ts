import { afterEach, describe, expect, it } from 'vitest';
import { loadDataSet } from '../src/data/load.js';
import { DataError } from '../src/data/problems.js';
import { EngineThread } from '../src/threads/engine-thread.js';
import { copyOfData, dataDir, realEngine } from './support/data.js';

/**
 * The bot answers from an engine in a worker thread. What a member sees must not depend on
 * that: the same answers as the engine in the main thread, the data's problems reported the
 * same way, and a reload that changes what is answered.
 */
const threads: EngineThread[] = [];
afterEach(async () => {
	for (const thread of threads.splice(0)) await thread.close();
});
const start = async (dir: string) => {
	const thread = await EngineThread.start(dir);
	threads.push(thread);
	return thread;
};

describe('the engine thread', () => {
	it('answers every kind of request as the engine in this thread does', async () => {
		const [thread, engine] = await Promise.all([start(dataDir), realEngine()]);
		expect(await thread.ask('how many inmates were in the prison?')).toEqual(
			engine.ask('how many inmates were in the prison?'),
		);
		expect(await thread.check('the prison held 700 inmates')).toEqual(engine.check('the prison held 700 inmates'));
		expect(await thread.complete('pen')).toEqual(engine.complete('pen'));
		expect(await thread.leaders()).toEqual(engine.leaders());
		expect(await thread.prisonFigures()).toEqual(engine.prisonFigures());
		expect(await thread.timeline({ from: '2021' })).toEqual(engine.timeline({ from: '2021' }));
		expect(await thread.digest(undefined)).toEqual(engine.digest(undefined));
		expect(thread.sources).toEqual(engine.sources);
	});

	it('refuses to start on bad data with the same problems, one per line', async () => {
		const data = await copyOfData();
		await data.edit('facts.json', (json) => {
			(json.facts?.[0] as { quote: string }).quote = 'Words the report never wrote.';
		});
		const failure = await EngineThread.start(data.dir).catch((error: unknown) => error);
		const inThisThread = await loadDataSet(data.dir).catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(DataError);
		expect((failure as DataError).message).toBe((inThisThread as DataError).message);
		expect((failure as DataError).message).toMatch(/facts\.json: facts\[0\]\.quote: /);
	});

	it('reloads in the thread: new facts are answered, and a failed reload keeps the last good data', async () => {
		const data = await copyOfData();
		const thread = await start(data.dir);
		const before = thread.sources.facts;
		await data.edit('facts.json', (json) => {
			json.facts = (json.facts ?? []).filter((fact) => fact.id !== 'haiti-poorest-country');
		});
		const poorest = () => thread.lookup('haiti-poorest-country');
		expect((await poorest()).items.map((item) => item.source.factId)).toEqual(['haiti-poorest-country']);
		expect(await thread.reload()).toMatchObject({ ok: true, removed: ['haiti-poorest-country'] });
		expect(thread.sources.facts).toBe(before - 1);
		expect((await poorest()).items.map((item) => item.source.factId)).not.toContain('haiti-poorest-country');

		await data.write('facts.json', '{ not json');
		expect(await thread.reload()).toMatchObject({ ok: false, count: 1 });
		expect(thread.sources.facts).toBe(before - 1);
		expect((await thread.ask('how many inmates were in the prison?')).found).toBe(true);
	});
});
