import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { franc } from 'franc';
import { idSchema, partialDateSchema } from '../data/schema.js';
import { promoteBundle, writeBundle } from '../draft/bundle.js';
import { draftReport } from '../draft/draft.js';
import type { DraftLanguage } from '../draft/find.js';
import { runMain } from './run.js';

const usage = `Usage: npm run draft-report -- ARTICLE.txt [--id ID] [--outlet NAME] [--published YYYY-MM-DD] [--url URL] [--language en|fr] [--data DIR]
       npm run draft-report -- --check ID
       npm run draft-report -- --promote ID
Drafts a report's data from its text into DIR/drafts/ID/, checks what a draft still needs, and merges a finished one into DIR.
  --id ID           the report's id, a slug (default: from the file name)
  --outlet NAME     who published it
  --published DATE  its publication date: relative dates ("Saturday night") are resolved from it
  --url URL         where it was published
  --language en|fr  its language (default: detected from the text)
  --check ID        list what the draft still needs, as file: path: reason lines
  --promote ID      merge a draft that passes every check into the data, then remove the draft
  --data DIR        the data directory (default: data)`;

async function main(): Promise<number> {
	let parsed: ReturnType<typeof parse>;
	try {
		parsed = parse();
	} catch (error) {
		console.error(`${(error as Error).message}\n\n${usage}`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		console.log(usage);
		return 0;
	}
	const bad = (reason: string) => {
		console.error(`${reason}\n\n${usage}`);
		return 2;
	};
	const dataDir = values.data;
	const finishing = values.check ?? values.promote;
	if (finishing !== undefined) {
		if (positionals.length > 0) return bad('--check and --promote take a draft id, not an article.');
		const draftDir = path.join(dataDir, 'drafts', finishing);
		if (!existsSync(draftDir)) return bad(`No draft “${finishing}” in ${path.join(dataDir, 'drafts')}.`);
		const result = await promoteBundle(dataDir, draftDir, { write: values.promote !== undefined });
		if (!result.ok) {
			console.error(
				`${finishing}: ${result.problems.length} thing${result.problems.length === 1 ? '' : 's'} to do before it can be promoted:`,
			);
			for (const problem of result.problems) console.error(problem);
			return 1;
		}
		if (values.check !== undefined) {
			console.log(`${finishing}: ready to promote (${result.facts} facts).`);
			return 0;
		}
		await rm(draftDir, { recursive: true, force: true });
		console.log(
			`${result.reportId}: promoted into ${dataDir}: ${result.facts} facts, ${result.newEntities} new entities, ${result.mergedEntities} known ones with new aliases. Reload the bot (/reload or SIGHUP) to answer from it.`,
		);
		return 0;
	}

	const [article, ...extra] = positionals;
	if (!article || extra.length > 0) return bad('Give one article file.');
	if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published))
		return bad(`--published “${values.published}” must be a date, YYYY-MM-DD.`);
	if (values.published !== undefined && !partialDateSchema.safeParse(values.published).success)
		return bad(`--published “${values.published}” is not a real date.`);
	const language = values.language ?? undefined;
	if (language !== undefined && language !== 'en' && language !== 'fr')
		return bad(`--language must be en or fr, not “${language}”.`);
	const id = values.id ?? path.basename(article).replace(/\.[^.]+$/, '');
	if (!idSchema.safeParse(id).success)
		return bad(`The id “${id}” must be a lowercase slug such as "port-attack": give one with --id.`);
	let text: string;
	try {
		text = await readFile(article, 'utf8');
	} catch (error) {
		return bad(`Cannot read ${article} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
	}
	const draftDir = path.join(dataDir, 'drafts', id);
	if (existsSync(draftDir)) return bad(`A draft “${id}” already exists in ${draftDir}: finish it, or delete it first.`);

	const { entities } = JSON.parse(await readFile(path.join(dataDir, 'entities.json'), 'utf8'));
	const draft = draftReport({
		id,
		text,
		language: (language as DraftLanguage | undefined) ?? (franc(text) === 'fra' ? 'fr' : 'en'),
		today: new Date().toISOString().slice(0, 10),
		entities,
		...(values.outlet ? { outlet: values.outlet } : {}),
		...(values.published ? { published: values.published } : {}),
		...(values.url ? { url: values.url } : {}),
	});
	await writeBundle({ ...draft, dir: draftDir });
	const result = await promoteBundle(dataDir, draftDir, { write: false });
	const remaining = result.ok ? 0 : result.problems.length;
	console.log(
		`Drafted ${draftDir}: ${draft.facts.length} candidate facts, ${draft.entities.length} new names, in ${String(draft.report.language)}.`,
	);
	console.log(
		`Next: write each answer, confirm each kind, delete the “draft” notes, then run npm run draft-report -- --check ${id} (${remaining} thing${remaining === 1 ? '' : 's'} to do now).`,
	);
	return 0;
}

function parse() {
	return parseArgs({
		options: {
			id: { type: 'string' },
			outlet: { type: 'string' },
			published: { type: 'string' },
			url: { type: 'string' },
			language: { type: 'string' },
			check: { type: 'string' },
			promote: { type: 'string' },
			data: { type: 'string', default: 'data' },
			help: { type: 'boolean', short: 'h', default: false },
		},
		allowPositionals: true,
		strict: true,
	});
}

runMain(main);
