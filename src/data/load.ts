import path from 'node:path';
import type { z } from 'zod';
import { type CheckScope, checkDataSet } from './checks.js';
import { dataFiles, describeIoError, maxDataFileBytes, readDataFile, splitParagraphs } from './files.js';
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

type Collection = keyof typeof dataFiles;

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

export { dataFiles, maxDataFileBytes, splitParagraphs };
