import { describe, expect, it } from 'vitest';
import { realEngine } from './support/data.js';

/**
 * Random and hostile input to the answer engine and the message check: random Unicode,
 * control characters, lone surrogates, masked links, 100 KB texts, repeated tokens and giant
 * words. Nothing may throw, and the work each input costs is bounded: counted by what the
 * search touches (posting entries visited, vocabulary terms scanned), never timed.
 */

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const next = random(20261201);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
const words = [
	'prison',
	'inmates',
	'Barbecue',
	'who',
	'how many',
	'konbyen',
	'détenus',
	'3,687',
	'700',
	'July 7, 2021',
	'U.N.',
	'lol',
	'<@123>',
	'🙏',
];

function randomText(length: number): string {
	let text = '';
	while (text.length < length) {
		const kind = next();
		if (kind < 0.3) text += `${pick(words)} `;
		else if (kind < 0.5)
			text += String.fromCharCode(Math.floor(next() * 0x10000)); // lone surrogates included
		else if (kind < 0.6)
			text += String.fromCharCode(Math.floor(next() * 32)); // control characters
		else if (kind < 0.7) text += `[${pick(words)}](https://evil.example/${Math.floor(next() * 1e6)}) `;
		else if (kind < 0.8) text += String.fromCodePoint(0x1f300 + Math.floor(next() * 0x300));
		else text += next() < 0.5 ? 'a' : 'é ';
	}
	return text;
}

const hostile = [
	'a'.repeat(100_000),
	'U.N.'.repeat(20_000),
	'e\u0301'.repeat(50_000),
	'prison '.repeat(15_000),
	Array.from({ length: 1_000 }, () => 'x'.repeat(40)).join(' '),
	'[] [free nitro](https://evil.example) '.repeat(2_000),
	'3,687 700 2021 '.repeat(5_000),
	'\u0000\u0001\u0002\ud800\udfff\ufffe',
	'',
	'   ',
];

const inputs = [
	...hostile,
	...Array.from({ length: 150 }, (_, i) => randomText(i % 10 === 0 ? 100_000 : 1 + Math.floor(next() * 400))),
];

describe('fuzzing the answer engine and the message check', async () => {
	const engine = await realEngine();
	// What the whole index holds: a search that visits every posting of every query term and scans
	// the vocabulary for each stays within a small multiple of this.
	const size = engine.index.vocabularySize + engine.base.facts.length * 200;
	const bounds = { ask: 40 * size, complete: 40 * size, check: 400 * size };

	it.each(inputs.map((input, i) => ({ input, i, length: input.length })))(
		'input $i ($length characters): no exception, bounded work',
		({ input }) => {
			for (const [call, run] of [
				['ask', () => engine.ask(input)],
				['complete', () => engine.complete(input)],
				['check', () => engine.check(input)],
			] as const) {
				const before = engine.index.work;
				expect(run).not.toThrow();
				expect(engine.index.work - before, call).toBeLessThanOrEqual(bounds[call]);
			}
		},
	);
});
