import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { type CheckScope, checkDataSet } from './checks.js';
import { DataError, type DataProblem, formatPath, formatProblem } from './problems.js';
import {
	type Entity,
	entitiesFileSchema,
	entitySchema,
	type Fact,
	factSchema,
	factsFileSchema,
	type Report,
	reportSchema,
	reportsFileSchema,
} from './schema.js';

export interface LoadedReport extends Report {
	/** The verbatim text, Unicode-normalised (NFC) so quotes compare exactly. */
	text: string;
	/** Paragraphs of `text`, in order; paragraph n is `paragraphs[n - 1]`. */
	paragraphs: string[];
}

export interface DataSet {
	reports: LoadedReport[];
	entities: Entity[];
	facts: Fact[];
}

/** The files a data directory holds, in the order they are read. */
export const dataFiles = {
	reports: 'reports.json',
	entities: 'entities.json',
	facts: 'facts.json',
} as const;

type Collection = keyof typeof dataFiles;

/**
 * The largest data file (JSON or report text) that is read: about 25,000 facts. Anything bigger
 * is refused before it is read, so a wrong file cannot take the bot's memory or time.
 */
export const maxDataFileBytes = 16 * 1024 * 1024;

export interface LoadOptions {
	/** The largest file read, in bytes (default `maxDataFileBytes`). */
	maxFileBytes?: number;
}

const fileSchemas = { reports: reportsFileSchema, entities: entitiesFileSchema, facts: factsFileSchema } as const;
const itemSchemas = { reports: reportSchema, entities: entitySchema, facts: factSchema } as const;
type Items = { reports: Report; entities: Entity; facts: Fact };

/** One file's items that passed the schema, with their indices in the file, and what was rejected. */
interface Parsed<T> {
	items: T[];
	positions: number[];
	/** How many items failed the schema, and the ids of those that had one. */
	rejected: number;
	rejectedIds: string[];
}

/**
 * Reads and validates a data directory in one pass. Every problem found is collected and thrown
 * together as one DataError: items that fail the schema are reported and left out, and the
 * cross-checks still run on everything that parsed, so a broken file is fixed in one go.
 * Files are named as `dataDir` was given (absolute stays absolute).
 */
export async function loadDataSet(dataDir: string, options: LoadOptions = {}): Promise<DataSet> {
	const maxBytes = options.maxFileBytes ?? maxDataFileBytes;
	const display = (file: string) => path.join(dataDir, file);
	const problems: DataProblem[] = [];

	const readParsed = async <C extends Collection>(collection: C): Promise<Parsed<Items[C]> | undefined> => {
		const file = dataFiles[collection];
		const shown = display(file);
		let raw: string;
		try {
			raw = await readDataFile(path.join(dataDir, file), maxBytes);
		} catch (error) {
			problems.push({ file: shown, path: '', message: `cannot be read (${describeIoError(error)})` });
			return undefined;
		}
		let json: unknown;
		try {
			json = JSON.parse(raw);
		} catch (error) {
			problems.push({ file: shown, path: '', message: `is not valid JSON (${(error as Error).message})` });
			return undefined;
		}
		const result = fileSchemas[collection].safeParse(json);
		for (const issue of result.error?.issues ?? []) {
			problems.push({ file: shown, path: formatPath(issue.path), message: issue.message });
		}
		type Item = Items[C];
		if (result.success) {
			const items = (result.data as Record<C, Item[]>)[collection];
			return { items, positions: items.map((_, i) => i), rejected: 0, rejectedIds: [] };
		}
		// Keep what parsed, item by item, so the cross-checks can still run on it.
		const list = (json as Record<string, unknown> | null)?.[collection];
		if (!Array.isArray(list)) return undefined;
		const itemSchema: z.ZodType = itemSchemas[collection];
		const parsed: Parsed<Item> = { items: [], positions: [], rejected: 0, rejectedIds: [] };
		list.forEach((raw: unknown, i) => {
			const item = itemSchema.safeParse(raw);
			if (item.success) {
				parsed.items.push(item.data as Item);
				parsed.positions.push(i);
			} else {
				parsed.rejected++;
				const id = (raw as { id?: unknown } | null)?.id;
				if (typeof id === 'string') parsed.rejectedIds.push(id);
			}
		});
		return parsed;
	};

	const [reportsFile, entitiesFile, factsFile] = await Promise.all([
		readParsed('reports'),
		readParsed('entities'),
		readParsed('facts'),
	]);

	const reports: LoadedReport[] = [];
	const reportPositions: number[] = [];
	const unreadReports: string[] = [];
	for (const [i, report] of (reportsFile?.items ?? []).entries()) {
		const index = reportsFile?.positions[i] ?? i;
		try {
			const text = (await readDataFile(path.join(dataDir, report.file), maxBytes)).normalize('NFC');
			reports.push({ ...report, text, paragraphs: splitParagraphs(text) });
			reportPositions.push(index);
		} catch (error) {
			unreadReports.push(report.id);
			problems.push({
				file: display(dataFiles.reports),
				path: `reports[${index}].file`,
				message: `cannot read ${display(report.file)} (${describeIoError(error)})`,
			});
		}
	}

	const data: DataSet = { reports, entities: entitiesFile?.items ?? [], facts: factsFile?.items ?? [] };
	const missing = new Set<Collection>();
	if (!reportsFile) missing.add('reports');
	if (!entitiesFile) missing.add('entities');
	if (!factsFile) missing.add('facts');
	const scope: CheckScope = {
		missing,
		unchecked: new Set([
			...(reportsFile?.rejectedIds ?? []),
			...unreadReports,
			...(entitiesFile?.rejectedIds ?? []),
			...(factsFile?.rejectedIds ?? []),
		]),
		// A fact that failed the schema may be the one covering a paragraph.
		coverage: factsFile !== undefined && factsFile.rejected === 0,
		positions: { reports: reportPositions, entities: entitiesFile?.positions, facts: factsFile?.positions },
	};
	for (const { collection, path: fieldPath, message } of checkDataSet(data, scope)) {
		problems.push({ file: display(dataFiles[collection]), path: fieldPath, message });
	}
	if (problems.length > 0 || missing.size > 0) throw new DataError(unique(problems));
	return data;
}

/** Each problem once, in the order found. */
function unique(problems: readonly DataProblem[]): DataProblem[] {
	const seen = new Set<string>();
	return problems.filter((problem) => {
		const line = formatProblem(problem);
		if (seen.has(line)) return false;
		seen.add(line);
		return true;
	});
}

/** Raised for a data file that is not one: a FIFO, a device, a directory, or too big to read. */
class NotADataFile extends Error {}

/**
 * Reads a data file as UTF-8, refusing what is not a regular file or is over `maxBytes` before
 * reading it. Opened non-blocking, so a FIFO or device put in a file's place can never hang the
 * read (nor the process's exit, which waits for blocked reads).
 */
async function readDataFile(file: string, maxBytes: number): Promise<string> {
	const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
	try {
		const stats = await handle.stat();
		if (stats.isDirectory()) throw new NotADataFile('is a directory');
		if (!stats.isFile()) throw new NotADataFile('not a regular file');
		if (stats.size > maxBytes) {
			throw new NotADataFile(`${formatBytes(stats.size)}, over the ${formatBytes(maxBytes)} limit for a data file`);
		}
		const buffer = Buffer.alloc(stats.size);
		const { bytesRead } = await handle.read(buffer, 0, stats.size, 0);
		return buffer.toString('utf8', 0, bytesRead);
	} finally {
		await handle.close();
	}
}

function formatBytes(bytes: number): string {
	return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function splitParagraphs(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((paragraph) => paragraph.trim())
		.filter(Boolean);
}

function describeIoError(error: unknown): string {
	if (error instanceof NotADataFile) return error.message;
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return 'no such file';
	if (code === 'EISDIR') return 'is a directory';
	if (code === 'EACCES') return 'permission denied';
	return (error as Error).message;
}
