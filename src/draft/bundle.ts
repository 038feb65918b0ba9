import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dataFiles, loadDataSet } from '../data/load.js';
import { DataError, type DataProblem, formatProblem } from '../data/problems.js';

/**
 * A report ready to join the data, in a folder of its own: `report.json` (`{ "report": … }`), the
 * verbatim text `<id>.txt`, `facts.json` and `entities.json` (new entities, and known ones by id
 * with the new aliases this report uses). `npm run draft-report` writes one under data/drafts/;
 * an editor finishes it; promoting merges it into data/.
 */
export const bundleFiles = { report: 'report.json', facts: 'facts.json', entities: 'entities.json' } as const;

type Json = Record<string, unknown>;

export interface Bundle {
	dir: string;
	report: Json;
	text: string;
	facts: Json[];
	entities: Json[];
}

/** What a draft still marks for review: candidates are `draft` objects the editor deletes once done. */
export const draftMarker = 'draft';

export async function readBundle(dir: string): Promise<Bundle> {
	const json = async (file: string): Promise<Json> => JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Json;
	const [report, facts, entities] = await Promise.all([
		json(bundleFiles.report),
		json(bundleFiles.facts),
		json(bundleFiles.entities),
	]);
	const meta = (report.report ?? {}) as Json;
	const text = await readFile(path.join(dir, `${String(meta.id)}.txt`), 'utf8');
	return {
		dir,
		report: meta,
		text,
		facts: (facts.facts ?? []) as Json[],
		entities: (entities.entities ?? []) as Json[],
	};
}

export async function writeBundle(bundle: Bundle): Promise<void> {
	await mkdir(bundle.dir, { recursive: true });
	const write = (file: string, value: unknown) =>
		writeFile(path.join(bundle.dir, file), `${JSON.stringify(value, null, '\t')}\n`);
	await Promise.all([
		write(bundleFiles.report, { report: bundle.report }),
		write(bundleFiles.facts, { facts: bundle.facts }),
		write(bundleFiles.entities, { entities: bundle.entities }),
		writeFile(path.join(bundle.dir, `${String(bundle.report.id)}.txt`), bundle.text),
	]);
}

/** What the editor still has to do, one line each: answers to write, candidates to review. */
function draftProblems(bundle: Bundle, shown: (file: string) => string): DataProblem[] {
	const problems: DataProblem[] = [];
	if (bundle.report[draftMarker]) {
		problems.push({
			file: shown(bundleFiles.report),
			path: 'report',
			message: `check ${String((bundle.report[draftMarker] as Json).check ?? 'the metadata')}, then delete “${draftMarker}”`,
		});
	}
	bundle.facts.forEach((fact, i) => {
		if (!fact.answer) {
			problems.push({
				file: shown(bundleFiles.facts),
				path: `facts[${i}].answer`,
				message: 'write the one sentence a user reads as the answer',
			});
		}
		const missing: [string, string][] = [
			['about', 'link at least one entity the fact is about (entity ids)'],
			['speaker', 'name who said it (an entity id; add the entity if it is new)'],
			['subject', 'name what the detail is about (an entity id)'],
			['unit', 'give the unit of the figure, e.g. "inmates"'],
			['metric', 'say what the figure measures, e.g. "inmates"'],
		];
		for (const [field, message] of missing) {
			const value = fact[field];
			if (field in fact && (value === '' || (Array.isArray(value) && value.length === 0))) {
				problems.push({ file: shown(bundleFiles.facts), path: `facts[${i}].${field}`, message });
			}
		}
		if (fact[draftMarker]) {
			problems.push({
				file: shown(bundleFiles.facts),
				path: `facts[${i}]`,
				message: `confirm the kind “${String(fact.kind)}” and its fields, then delete “${draftMarker}” (or delete the candidate)`,
			});
		}
	});
	bundle.entities.forEach((entity, i) => {
		if (entity[draftMarker]) {
			problems.push({
				file: shown(bundleFiles.entities),
				path: `entities[${i}]`,
				message: `a name the data does not know: check its kind and id, then delete “${draftMarker}” (or delete it)`,
			});
		}
	});
	return problems;
}

/** The data files as JSON, to merge into. */
async function readData(dataDir: string): Promise<{ reports: Json[]; entities: Json[]; facts: Json[] }> {
	const read = async (file: string, key: string) =>
		(JSON.parse(await readFile(path.join(dataDir, file), 'utf8')) as Json)[key] as Json[];
	return {
		reports: await read(dataFiles.reports, 'reports'),
		entities: await read(dataFiles.entities, 'entities'),
		facts: await read(dataFiles.facts, 'facts'),
	};
}

export interface Merged {
	reports: Json[];
	entities: Json[];
	facts: Json[];
	/** Where each of the bundle's entities went: an index of `entities`, and whether it was new. */
	entityAt: { index: number; added: boolean }[];
}

/**
 * The data with a bundle merged in: its report and facts appended; its entities appended when new,
 * or merged by id into the known entity, which gains the aliases it did not have.
 */
export function mergeBundle(data: { reports: Json[]; entities: Json[]; facts: Json[] }, bundle: Bundle): Merged {
	const strip = ({ [draftMarker]: _draft, ...rest }: Json): Json => rest;
	const entities = data.entities.map((entity) => ({ ...entity }));
	const byId = new Map(entities.map((entity, index) => [entity.id, index]));
	const entityAt = bundle.entities.map((incoming) => {
		const index = byId.get(incoming.id);
		const known = index === undefined ? undefined : entities[index];
		if (index === undefined || !known) {
			entities.push(strip(incoming));
			return { index: entities.length - 1, added: true };
		}
		const aliases = [...((known.aliases as string[]) ?? [])];
		const names = new Set([known.name, ...aliases].map((name) => String(name).toLowerCase()));
		for (const alias of (incoming.aliases as string[]) ?? []) {
			if (!names.has(alias.toLowerCase())) aliases.push(alias);
			names.add(alias.toLowerCase());
		}
		known.aliases = aliases;
		return { index, added: false };
	});
	return {
		reports: [...data.reports, strip({ ...bundle.report, file: `reports/${String(bundle.report.id)}.txt` })],
		entities,
		facts: [...data.facts, ...bundle.facts.map((fact) => strip({ ...fact, answer: fact.answer || '…' }))],
		entityAt,
	};
}

export type PromoteResult =
	| { ok: true; reportId: string; facts: number; newEntities: number; mergedEntities: number }
	| { ok: false; problems: string[] };

/**
 * Checks a bundle against the data it would join, and lists every problem as `file: path: reason`
 * pointing into the bundle's own files where the problem is the bundle's. With `write`, a bundle
 * without problems is merged into `dataDir`: the text under reports/, the rest into the JSON files.
 */
export async function promoteBundle(
	dataDir: string,
	bundleDir: string,
	{ write }: { write: boolean },
): Promise<PromoteResult> {
	const bundle = await readBundle(bundleDir);
	const shownBundle = (file: string) => path.relative(process.cwd(), path.join(bundleDir, file)) || file;
	const data = await readData(dataDir);
	const merged = mergeBundle(data, bundle);

	// The merged data is validated exactly as the bot loads it, in a scratch copy.
	const scratch = await mkdtemp(path.join(tmpdir(), 'sitrep-promote-'));
	const problems = draftProblems(bundle, shownBundle);
	try {
		await cp(path.join(dataDir, 'reports'), path.join(scratch, 'reports'), { recursive: true });
		await writeData(scratch, merged, bundle);
		try {
			await loadDataSet(scratch);
		} catch (error) {
			if (!(error instanceof DataError)) throw error;
			// The editor's to-do list already names these fields: one line each, in the editor's words.
			const named = new Set(problems.map((problem) => `${problem.file}:${problem.path}`));
			problems.push(
				...error.problems
					.map((problem) => relocate(problem, { scratch, dataDir, data, merged, shownBundle }))
					.filter((problem) => !named.has(`${problem.file}:${problem.path}`)),
			);
		}
	} finally {
		await rm(scratch, { recursive: true, force: true });
	}
	if (problems.length > 0) return { ok: false, problems: problems.map(formatProblem) };
	if (write) await writeData(dataDir, merged, bundle);
	return {
		ok: true,
		reportId: String(bundle.report.id),
		facts: bundle.facts.length,
		newEntities: merged.entityAt.filter((at) => at.added).length,
		mergedEntities: merged.entityAt.filter((at) => !at.added).length,
	};
}

async function writeData(dir: string, merged: Merged, bundle: Bundle): Promise<void> {
	const write = (file: string, value: unknown) =>
		writeFile(path.join(dir, file), `${JSON.stringify(value, null, '\t')}\n`);
	await mkdir(path.join(dir, 'reports'), { recursive: true });
	await Promise.all([
		write(dataFiles.reports, { reports: merged.reports }),
		write(dataFiles.entities, { entities: merged.entities }),
		write(dataFiles.facts, { facts: merged.facts }),
		writeFile(path.join(dir, 'reports', `${String(bundle.report.id)}.txt`), bundle.text),
	]);
}

/** A problem found in the scratch copy, pointed at the bundle's file when it is the bundle's, else at data/. */
function relocate(
	problem: DataProblem,
	context: {
		scratch: string;
		dataDir: string;
		data: { reports: Json[]; facts: Json[] };
		merged: Merged;
		shownBundle: (file: string) => string;
	},
): DataProblem {
	const { data, merged, shownBundle } = context;
	const base = path.basename(problem.file);
	const index = Number(/^\w+\[(\d+)\]/.exec(problem.path)?.[1] ?? -1);
	const rest = problem.path.replace(/^\w+\[\d+\]/, '');
	if (base === dataFiles.facts && index >= data.facts.length) {
		return { ...problem, file: shownBundle(bundleFiles.facts), path: `facts[${index - data.facts.length}]${rest}` };
	}
	if (base === dataFiles.reports && index === data.reports.length) {
		return { ...problem, file: shownBundle(bundleFiles.report), path: `report${rest}` };
	}
	if (base === dataFiles.entities) {
		const mine = merged.entityAt.findIndex((at) => at.index === index && at.added);
		if (mine >= 0) return { ...problem, file: shownBundle(bundleFiles.entities), path: `entities[${mine}]${rest}` };
	}
	const absolute = path.resolve(problem.file);
	if (!absolute.startsWith(context.scratch)) return problem;
	const file = path.relative(process.cwd(), path.join(context.dataDir, path.relative(context.scratch, absolute)));
	return { ...problem, file };
}
