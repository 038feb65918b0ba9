import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../src/core/engine.js';
import { loadDataSet, splitParagraphs } from '../src/data/load.js';
import type { Entity } from '../src/data/schema.js';
import { promoteBundle, readBundle, writeBundle } from '../src/draft/bundle.js';
import { draftReport } from '../src/draft/draft.js';
import { runEntry } from './support/cli.js';
import { copyOfData, dataDir } from './support/data.js';
import { followUps } from './support/reports.js';

const { entities } = JSON.parse(await readFile(path.join(dataDir, 'entities.json'), 'utf8')) as { entities: Entity[] };

/**
 * Every number and date an article prints, found independently of the drafter: numerals in either
 * language's grouping, spelled amounts, months and weekdays in English and French.
 */
const numbersAndDates =
	/\d+(?:[,. \u00a0\u202f]\d+)*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds|thousands|millions|deux|trois|quatre|cinq|dix|centaines|milliers)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/gi;

async function draftOf(bundleDir: string) {
	const bundle = await readBundle(bundleDir);
	const report = bundle.report as { id: string; language: 'en' | 'fr'; published: string };
	return draftReport({
		id: report.id,
		text: bundle.text,
		language: report.language,
		published: report.published,
		today: '2026-12-01',
		entities,
	});
}

/** Every number and date of the draft's text is in a candidate of its paragraph, and every quote is verbatim. */
function expectCovered(draft: ReturnType<typeof draftReport>): number {
	const paragraphs = splitParagraphs(draft.text);
	const quotes = (p: number) =>
		draft.facts.filter((fact) => fact.paragraph === p + 1).map((fact) => String(fact.quote));
	let found = 0;
	paragraphs.forEach((paragraph, p) => {
		for (const quote of quotes(p)) expect(paragraph).toContain(quote);
		for (const [token] of paragraph.matchAll(numbersAndDates)) {
			found++;
			expect(
				quotes(p).some((quote) => quote.includes(token)),
				`“${token}” in paragraph ${p + 1}`,
			).toBe(true);
		}
	});
	return found;
}

describe('the drafter', () => {
	for (const [name, dir] of Object.entries(followUps)) {
		it(`proposes a fact for every number and date of the ${name} follow-up, each quoted verbatim`, async () => {
			expect(expectCovered(await draftOf(dir))).toBeGreaterThan(5);
		});
	}

	it('covers the seed article the same way', async () => {
		const text = await readFile(path.join(dataDir, 'reports/haiti-penitencier-siege.txt'), 'utf8');
		const draft = draftReport({
			id: 'seed',
			text,
			language: 'en',
			published: '2024-03-03',
			today: '2026-12-01',
			entities,
		});
		expect(expectCovered(draft)).toBeGreaterThan(15);
		const siege = draft.facts.find((fact) => String(fact.quote).startsWith('Armed groups laid siege'));
		expect(siege?.draft).toMatchObject({ found: { dates: ['on Saturday night', 'this week'] } });
	});

	it('reads French numbers, dates and attributions', async () => {
		const draft = await draftOf(followUps.french);
		const escaped = draft.facts.find((fact) => String(fact.quote).startsWith('Selon la police'));
		expect(escaped).toMatchObject({
			kind: 'figure',
			value: 3800,
			unit: 'détenus',
			asOf: { words: 'dimanche' },
			reportedBy: 'haitian-police',
			answer: '',
			draft: { found: { attribution: 'Selon' } },
		});
		const video = draft.facts.find((fact) => String(fact.quote).includes('vidéo'));
		expect(video).toMatchObject({ kind: 'event', when: { words: '2 mars 2024', date: '2024-03-02' } });
		expect(video?.about).toContain('jimmy-sergier');
		const killed = draft.facts.find((fact) => String(fact.quote).startsWith('Au moins 12'));
		expect(killed).toMatchObject({ kind: 'figure', value: 12, draft: { found: { attribution: 'a déclaré' } } });
	});

	it('links known entities by alias and offers names the data does not know', async () => {
		const draft = await draftOf(followUps.english);
		expect(draft.entities.map((entity) => entity.name)).toContain('Croix-des-Bouquets');
		const henry = draft.facts.find((fact) => String(fact.quote).startsWith('Prime Minister Ariel Henry'));
		expect(henry).toMatchObject({ kind: 'event', when: { words: 'this week' }, about: ['ariel-henry'] });
	});
});

describe('promoting a report', () => {
	it('points every problem at the report’s own file, and changes nothing in the data', async () => {
		const copy = await copyOfData();
		const bundle = await readBundle(followUps.french);
		const dir = path.join(copy.dir, 'drafts', 'broken');
		const facts = bundle.facts.map((fact) =>
			fact.id === 'attack-death-toll' ? { ...fact, supersedes: 'prison-siege', value: 13 } : fact,
		);
		await writeBundle({ ...bundle, dir, facts });
		const before = await copy.read('facts.json');
		const result = await promoteBundle(copy.dir, dir, { write: true });
		const shown = path.relative(process.cwd(), path.join(dir, 'facts.json'));
		expect(result).toEqual({
			ok: false,
			problems: [
				`${shown}: facts[2].value: 13 does not appear in the quote`,
				`${shown}: facts[2].supersedes: "prison-siege" is not a figure`,
			],
		});
		expect(await copy.read('facts.json')).toEqual(before);
	});
});

describe('npm run draft-report', () => {
	const cli = (...args: string[]) => runEntry('src/cli/draft-report.ts', args);

	// Three runs of the command through tsx: slow on a busy machine, so a longer limit.
	it('drafts, lists what remains, and promotes a finished draft into the data', { timeout: 90_000 }, async () => {
		const copy = await copyOfData();
		const article = path.join(followUps.french, 'haiti-evasion-massive-invented.txt');
		const drafted = cli(article, '--id', 'evasion-massive', '--published', '2024-03-04', '--data', copy.dir);
		expect(drafted.stderr).toBe('');
		expect(drafted.stdout).toMatch(/^Drafted .*evasion-massive: 5 candidate facts, \d+ new names, in fr\./);
		const draftDir = path.join(copy.dir, 'drafts', 'evasion-massive');

		const unfinished = cli('--check', 'evasion-massive', '--data', copy.dir);
		expect(unfinished.status).toBe(1);
		const facts = path.relative(process.cwd(), path.join(draftDir, 'facts.json'));
		expect(unfinished.stderr).toContain(`${facts}: facts[1].answer: write the one sentence a user reads as the answer`);
		expect(unfinished.stderr).toContain(
			`${facts}: facts[1]: confirm the kind “figure” and its fields, then delete “draft”`,
		);

		// The editor's part: an answer for each candidate, kinds confirmed, names reviewed.
		const bundle = await readBundle(draftDir);
		const { draft: _report, ...report } = bundle.report;
		await writeBundle({
			...bundle,
			report: { ...report, outlet: 'Le Courrier des Caraïbes (invented)' },
			facts: bundle.facts.map(({ draft: _draft, ...fact }) => ({
				...fact,
				answer: `${String(fact.quote)} (translated)`,
			})),
			entities: [],
		});
		const promoted = cli('--promote', 'evasion-massive', '--data', copy.dir);
		expect(promoted.status).toBe(0);
		expect(promoted.stdout).toMatch(/^evasion-massive: promoted into .*: 5 facts, 0 new entities/);
		expect(existsSync(draftDir)).toBe(false);

		const engine = new AnswerEngine(await loadDataSet(copy.dir));
		expect(engine.base.report('evasion-massive')?.outlet).toBe('Le Courrier des Caraïbes (invented)');
		const escaped = engine.base.facts.find(
			(fact) => fact.quote === 'Selon la police, 3 800 détenus se sont évadés dimanche.',
		);
		expect(escaped && engine.lookup(escaped.id).items[0]?.resolvedDate).toBe(
			'Dimanche (Sunday, March 3, 2024, from the report’s date)',
		);
	});

	it('explains bad usage in one line and exits 2', () => {
		const bad = cli('article.txt', '--language', 'de');
		expect(bad.status).toBe(2);
		expect(bad.stderr).toMatch(/^--language must be en or fr, not “de”\.\n\nUsage: npm run draft-report/);
	});
});
