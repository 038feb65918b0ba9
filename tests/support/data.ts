import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { AnswerEngine } from '../../src/core/engine.js';
import { loadDataSet } from '../../src/data/load.js';

export const dataDir = path.resolve(import.meta.dirname, '../../data');

/** The shipped data, loaded once per test file through the same path the bot uses. */
let engine: Promise<AnswerEngine> | undefined;
export function realEngine(): Promise<AnswerEngine> {
	engine ??= loadDataSet(dataDir).then((data) => new AnswerEngine(data));
	return engine;
}

const copies: string[] = [];
afterEach(async () => {
	await Promise.all(copies.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A throwaway copy of data/ to break on purpose. */
export async function copyOfData(): Promise<DataCopy> {
	const dir = await mkdtemp(path.join(tmpdir(), 'sitrep-data-'));
	copies.push(dir);
	await cp(dataDir, dir, { recursive: true });
	return new DataCopy(dir);
}

export class DataCopy {
	constructor(readonly dir: string) {}

	async read<T = Record<string, unknown[]>>(file: string): Promise<T> {
		return JSON.parse(await readFile(path.join(this.dir, file), 'utf8')) as T;
	}

	async write(file: string, value: unknown): Promise<void> {
		await writeFile(path.join(this.dir, file), typeof value === 'string' ? value : JSON.stringify(value, null, '\t'));
	}

	/** Edits one JSON file in place. */
	async edit<T = Record<string, Record<string, unknown>[]>>(file: string, change: (json: T) => void): Promise<void> {
		const json = await this.read<T>(file);
		change(json);
		await this.write(file, json);
	}
}
