import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { checkDataSet } from './checks.js';
import { DataError, type DataProblem, formatPath } from './problems.js';
import {
	type Entity,
	entitiesFileSchema,
	type Fact,
	factsFileSchema,
	type Report,
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

/**
 * Reads and validates a data directory. Every problem found is collected and thrown together
 * as one DataError, so a broken file is fixed in one pass rather than one error at a time.
 */
export async function loadDataSet(dataDir: string): Promise<DataSet> {
	const display = (file: string) => path.relative(process.cwd(), path.join(dataDir, file)) || file;
	const problems: DataProblem[] = [];

	const readParsed = async <S extends z.ZodType>(file: string, schema: S): Promise<z.infer<S> | undefined> => {
		const shown = display(file);
		let raw: string;
		try {
			raw = await readFile(path.join(dataDir, file), 'utf8');
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
		const result = schema.safeParse(json);
		if (!result.success) {
			for (const issue of result.error.issues) {
				problems.push({ file: shown, path: formatPath(issue.path), message: issue.message });
			}
			return undefined;
		}
		return result.data;
	};

	const [reportsFile, entitiesFile, factsFile] = await Promise.all([
		readParsed(dataFiles.reports, reportsFileSchema),
		readParsed(dataFiles.entities, entitiesFileSchema),
		readParsed(dataFiles.facts, factsFileSchema),
	]);

	const reports: LoadedReport[] = [];
	for (const [index, report] of (reportsFile?.reports ?? []).entries()) {
		try {
			const text = (await readFile(path.join(dataDir, report.file), 'utf8')).normalize('NFC');
			reports.push({ ...report, text, paragraphs: splitParagraphs(text) });
		} catch (error) {
			problems.push({
				file: display(dataFiles.reports),
				path: `reports[${index}].file`,
				message: `cannot read ${display(report.file)} (${describeIoError(error)})`,
			});
		}
	}

	if (problems.length > 0 || !reportsFile || !entitiesFile || !factsFile) throw new DataError(problems);

	const data: DataSet = { reports, entities: entitiesFile.entities, facts: factsFile.facts };
	const crossProblems = checkDataSet(data).map(({ collection, path: fieldPath, message }) => ({
		file: display(dataFiles[collection]),
		path: fieldPath,
		message,
	}));
	if (crossProblems.length > 0) throw new DataError(crossProblems);
	return data;
}

export function splitParagraphs(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((paragraph) => paragraph.trim())
		.filter(Boolean);
}

function describeIoError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return 'no such file';
	if (code === 'EISDIR') return 'is a directory';
	if (code === 'EACCES') return 'permission denied';
	return (error as Error).message;
}
