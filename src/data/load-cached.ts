import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCached, writeCached } from '../core/disk-cache.js';
import { dataFiles, maxDataFileBytes, readDataFile, splitParagraphs } from './files.js';
import type { DataSet, LoadedReport, LoadOptions } from './load.js';

/** Bumped whenever what is kept changes shape, so older entries are not read as the new. */
const entryVersion = 1;

/** A checked data set as kept: the items the schema gave, and each report text's hash (the texts are read anew). */
interface Entry {
	reports: { report: Omit<LoadedReport, 'text' | 'paragraphs'>; textHash: string }[];
	entities: DataSet['entities'];
	facts: DataSet['facts'];
}

/**
 * `loadDataSet`, reusing an earlier check of the same files: a data directory whose files are
 * byte for byte those that passed the schema and the cross-checks before, with the same checking
 * code and zod, would pass again with the same result, so that result is read back from
 * node_modules/.cache/sitrep instead. Loading zod and checking every item took a sixth of the
 * engine thread's start-up and ~12 MB it kept. Anything else (changed files, a new version of the
 * checks, no cache) is checked in full by `loadDataSet`, which also reports every problem.
 * `npm run validate-data` and reloads always check in full.
 */
export async function loadDataSetCached(dataDir: string, options: LoadOptions = {}): Promise<DataSet> {
	const maxBytes = options.maxFileBytes ?? maxDataFileBytes;
	const files = await readJsonFiles(dataDir, maxBytes);
	const key = files && [entryVersion, checkingCode(), files];
	const entry = key && readCached<Entry>('data', key);
	// An entry that is not what this code wrote (edited by hand, say) is ignored like a missing one.
	const reused = entry && (await fromEntry(dataDir, entry, maxBytes).catch(() => undefined));
	if (reused) return reused;
	const { loadDataSet } = await import('./load.js');
	const data = await loadDataSet(dataDir, options);
	// Kept only when the files read for the key are still those that were checked.
	if (key && JSON.stringify(await readJsonFiles(dataDir, maxBytes)) === JSON.stringify(files)) {
		writeCached('data', key, toEntry(data));
	}
	return data;
}

/** The three JSON files' text, or undefined when one cannot be read (the full check says why). */
async function readJsonFiles(dataDir: string, maxBytes: number): Promise<string[] | undefined> {
	try {
		return await Promise.all(Object.values(dataFiles).map((file) => readDataFile(path.join(dataDir, file), maxBytes)));
	} catch {
		return undefined;
	}
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

function toEntry(data: DataSet): Entry {
	return {
		reports: data.reports.map(({ text, paragraphs: _, ...report }) => ({ report, textHash: hash(text) })),
		entities: data.entities,
		facts: data.facts,
	};
}

/** The data set an entry keeps, if every report's text is still the one checked. */
async function fromEntry(dataDir: string, entry: Entry, maxBytes: number): Promise<DataSet | undefined> {
	if (![entry.reports, entry.entities, entry.facts].every(Array.isArray)) return undefined;
	const reports: LoadedReport[] = [];
	for (const { report, textHash } of entry.reports) {
		let text: string;
		try {
			text = (await readDataFile(path.join(dataDir, report.file), maxBytes)).normalize('NFC');
		} catch {
			return undefined;
		}
		if (hash(text) !== textHash) return undefined;
		reports.push({ ...report, text, paragraphs: splitParagraphs(text) });
	}
	return { reports, entities: entry.entities, facts: entry.facts };
}

let checking: string | undefined;

/**
 * The version of everything that decides whether data passes and what it loads as: the checking
 * modules' own code (beside this one, .js compiled or .ts) and zod's version. A change to any of
 * them checks the data in full again.
 */
function checkingCode(): string {
	if (checking !== undefined) return checking;
	const here = fileURLToPath(import.meta.url);
	const extension = path.extname(here);
	const modules = ['load', 'files', 'schema', 'dates', 'checks', 'problems', '../core/derive', '../core/when'];
	const digest = createHash('sha256');
	for (const module of modules) digest.update(readFileSync(path.join(path.dirname(here), `${module}${extension}`)));
	digest.update((createRequire(import.meta.url)('zod/package.json') as { version: string }).version);
	checking = digest.digest('hex');
	return checking;
}
