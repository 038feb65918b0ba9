import { cp } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { reloadReport } from '../src/commands/reload-report.js';
import { composeDigest } from '../src/core/digest.js';
import { AnswerEngine } from '../src/core/engine.js';
import { loadDataSet } from '../src/data/load.js';
import { digestMessages } from '../src/digest/messages.js';
import { LiveEngine } from '../src/live-engine.js';
import { renderDiscord } from '../src/render/discord.js';
import { answerText, renderPlain } from '../src/render/plain.js';
import { copyOfData } from './support/data.js';
import { dataWith, engineWithFollowUps, followUps } from './support/reports.js';

const engine = await engineWithFollowUps();

describe('figures across reports', () => {
	it('leads with the latest value and shows the earlier one, each with its report', () => {
		const answer = engine.prisonFigures('Pénitencier National');
		const inmates = answer.items.find((item) => item.label === 'Inmates');
		expect(inmates?.text).toBe(
			'As of March 4, 2024 the Pénitencier National held 98 inmates, according to the prison administration.',
		);
		expect(inmates?.series?.map((line) => [line.status, line.source.factId])).toEqual([
			['earlier', 'prison-population'],
		]);
		expect(answerText(answer)).toMatch(/Earlier: As of February 2023 the Pénitencier National held 3,687 inmates/);
		// Free text too: the latest value first.
		expect(answerText(engine.ask('how many inmates are in the prison'))).toMatch(
			/^As of March 4, 2024 .* 98 inmates.*\nEarlier: .*3,687/,
		);
	});

	it('shows sources that disagree side by side, never averaged or picked', () => {
		const text = answerText(engine.ask('how many inmates escaped'));
		expect(text).toMatch(
			/^Reports differ on the inmates escaped, March 3, 2024: 3,597 inmates according to Government of Haiti \(Caribbean Ledger \(invented\), March 5, 2024\); 3,800 inmates according to Haitian police \(Le Courrier des Caraïbes \(invented\), March 4, 2024\)\./,
		);
		expect(text).not.toMatch(/3,698|3,699/);
		const sources = renderPlain(engine.ask('how many inmates escaped'));
		expect(sources).toContain('“Selon la police, 3 800 détenus se sont évadés dimanche.”');
		expect(sources).toContain('“According to the government, 3,597 inmates escaped on Sunday.”');
	});

	it('keeps a corrected value for history, marked superseded by the report that corrects it', () => {
		const killed = engine.prisonFigures().items.find((item) => item.label === 'Pénitencier National · People killed');
		expect(killed?.text).toMatch(/^At least 15 people were killed/);
		expect(killed?.series).toEqual([
			expect.objectContaining({
				status: 'superseded',
				text: expect.stringMatching(
					/At least 12 people .*corrected by Caribbean Ledger \(invented\), March 5, 2024\)$/,
				),
			}),
		]);
	});

	it('answers for any prison, and offers the prisons with figures', () => {
		expect(engine.prisons().map((s) => s.label)).toEqual(['Pénitencier National', 'Croix-des-Bouquets civil prison']);
		expect(engine.prisons('croix').map((s) => s.query)).toEqual(['croix-des-bouquets-prison']);
		const croix = engine.prisonFigures('Croix-des-Bouquets');
		expect(croix.heading).toBe('Croix-des-Bouquets civil prison: the figures in the reports');
		expect(croix.items.map((item) => item.text)).toEqual(['The Croix-des-Bouquets civil prison held 1,033 inmates.']);
		expect(engine.prisonFigures().heading).toBe('Prison figures in the reports, by prison:');
		expect(engine.prisonFigures('Alcatraz').heading).toBe('The reports name no prison like “Alcatraz”.');
	});
});

describe('events across reports', () => {
	it('tells the same event once, with both reports as sources', () => {
		const siege = engine.timeline().items.filter((item) => /siege|attacked the Pénitencier/.test(item.text));
		expect(siege).toHaveLength(1);
		expect(siege[0]?.label).toBe('Saturday night (March 2, 2024, from the report’s date)');
		expect(siege[0]?.alsoFrom?.map((source) => source.quote)).toEqual([
			'Des gangs armés ont attaqué le Pénitencier national samedi soir, libérant des milliers de détenus.',
		]);
	});

	it('puts every report’s events on one calendar, each relative date resolved from its own report’s date', () => {
		const ids = engine.timeline({ from: '2024-02' }).items.map((item) => item.fact.id);
		expect(ids).toEqual([
			'handover-deadline',
			'port-attack',
			'prison-siege',
			'cherizier-claims-attack',
			'croix-des-bouquets-attacked',
			'inmates-escaped-police',
			'attack-death-toll',
			'curfew-declared',
			'emergency-declared',
			'inmates-escaped-government',
			'alliance-vows-to-topple-government',
			'capital-violence-worsens',
			'sergier-school-warning',
			'inmates-after-escape',
			'attack-death-toll-revised',
			'henry-abroad',
		]);
		const labels = engine.timeline({ from: '2024-03-03', to: '2024-03-03' }).items.map((item) => item.label);
		// The French report (4 March) and the English one (5 March) both mean Sunday 3 March.
		expect(labels).toContain('Dimanche (Sunday, March 3, 2024, from the report’s date)');
		expect(labels).toContain('On Sunday (March 3, 2024, from the report’s date)');
	});

	it('shows the first events of a long timeline and says how to see the rest', () => {
		const answer = engine.timeline({ limit: 3 });
		expect(answer.items.map((item) => item.label)).toEqual(['2017', 'July 7, 2021', '2021']);
		expect(answer.notes[0]).toBe(
			`The first 3 of ${engine.timeline({ limit: 1000 }).items.length} events; narrow them with from, to or topic to see the rest.`,
		);
		expect(engine.timeline({ last: 2 }).items.map((item) => item.fact.id)).toEqual([
			'attack-death-toll-revised',
			'henry-abroad',
		]);
	});

	it('merges a person’s new spelling into the entity the data knows', () => {
		const sergier = engine.base.entity('jimmy-sergier');
		expect(sergier?.aliases).toContain('Jimmy « Barbecue » Chérizier');
		expect(engine.base.entities.filter((entity) => entity.name === 'Jimmy Sergier')).toHaveLength(1);
	});

	it('keeps today’s order for a report without a publication date', async () => {
		const copy = await copyOfData();
		await copy.edit('reports.json', (json) => {
			for (const report of json.reports ?? []) report.published = null;
		});
		const undated = new AnswerEngine(await loadDataSet(copy.dir));
		const answer = undated.timeline();
		expect(answer.items.slice(-7).map((item) => item.label)).toEqual([
			'Saturday night',
			'This week',
			'In recent days',
			'The day before Friday',
			'This week',
			'February 7',
			'Last October',
		]);
		expect(answer.notes.join(' ')).toMatch(/dated only relative to the report .* no publication date/);
	});
});

describe('no single-report assumptions', () => {
	it('names every report in /about, the digest and the sources of an answer', async () => {
		const about = engine.about().notes.join('\n');
		expect(about).toMatch(
			/^3 reports: “Gangs besiege .*” \(2024-03-03\): 13 paragraphs, .* Copies of the same article elsewhere are dated 3 March 2024/,
		);
		expect(about).toContain(
			'“Mass escape from the Pénitencier National, in French (invented)” (Le Courrier des Caraïbes (invented), 2024-03-04)',
		);
		expect(about).toContain('Invented for tests: no such article or outlet exists.');
		const [first] = (
			await digestMessages(engine, {
				slot: Date.parse('2026-12-01T14:00:00Z'),
				timezone: 'UTC',
				previous: undefined,
			})
		).messages;
		expect(first?.content).toBe('**Haiti situation digest** · Tue, 1 Dec 2026, 14:00 UTC');
		expect(first?.embeds.at(-1)?.footer?.text).toMatch(
			/ · From the reports “Gangs besiege .*”, “Mass escape from .*”, “Haiti declares /,
		);
		const embed = renderDiscord(engine.ask('how many inmates escaped'), {
			report: (id) => engine.base.report(id),
		}).embed;
		expect(embed.fields?.[0]?.name).toBe('[1] Caribbean Ledger (invented), 2024-03-05, paragraph 3 · stated');
		expect(embed.fields?.[0]?.value).toContain(
			'-# from Le Courrier des Caraïbes (invented), 2024-03-04, paragraph 2: “Selon la police, 3 800 détenus se sont évadés dimanche.”',
		);
		expect(engine.leaders().heading).toBe('Who leads what, according to the reports:');
	});
});

describe('what changed when reports arrive', () => {
	it('lists the new facts and what they changed in a digest', async () => {
		const before = new AnswerEngine(await loadDataSet((await dataWith(followUps.french)).dir));
		const known = before.base.facts.map((fact) => fact.id);
		const digest = composeDigest(engine, { at: Date.parse('2026-12-01T09:00:00Z'), factIds: known });
		expect(digest.newFacts.map((fact) => fact.id).sort()).toEqual(
			[
				'emergency-declared',
				'inmates-after-escape',
				'inmates-escaped-government',
				'attack-death-toll-revised',
				'croix-des-bouquets-inmates',
				'croix-des-bouquets-attacked',
				'henry-abroad',
			].sort(),
		);
		const changed = digest.sections.find((section) => section.heading === 'What changed in the figures');
		expect(changed?.notes).toEqual([
			'Updated: Pénitencier National, inmates: 98 inmates (March 4, 2024), Caribbean Ledger (invented), March 5, 2024; before: 3,687 inmates (February 2023), “Gangs besiege Haiti’s largest prison as an alliance vows to topple the government”.',
			'Reports differ: Pénitencier National, inmates escaped: 3,597 inmates (March 3, 2024), Caribbean Ledger (invented), March 5, 2024 against 3,800 inmates (March 3, 2024), Le Courrier des Caraïbes (invented), March 4, 2024.',
			'Corrected: Pénitencier National, people killed: 15 people (March 4, 2024), Caribbean Ledger (invented), March 5, 2024 replaces 12 people (March 3, 2024), Le Courrier des Caraïbes (invented), March 4, 2024, which is kept as superseded.',
		]);
	});

	it('reports the same on reload', async () => {
		const copy = await dataWith(followUps.french);
		const live = await LiveEngine.load(copy.dir);
		const more = await dataWith(followUps.french, followUps.english);
		for (const file of ['reports.json', 'entities.json', 'facts.json']) await copy.write(file, await more.read(file));
		await cp(`${more.dir}/reports`, `${copy.dir}/reports`, { recursive: true });
		const result = await live.reload();
		const text = reloadReport(result);
		expect(text).toMatch(/^Reloaded: \d+ facts\.\nNew \(7\): /);
		expect(text).toMatch(/What changed in the figures:\n- Updated: Pénitencier National, inmates: 98 inmates/);
		expect(text).toMatch(/\n- Reports differ: Pénitencier National, inmates escaped: /);
		expect(text).toMatch(/\n- Corrected: Pénitencier National, people killed: 15 people/);
	});
});
