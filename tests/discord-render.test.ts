import { embedLength } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../src/core/answer.js';
import { pageSize, renderDiscord } from '../src/render/discord.js';
import { fitEmbed, limits, truncate } from '../src/render/limits.js';
import { realEngine } from './support/data.js';
import { expectWithinLimits } from './support/discord-limits.js';

const engine = await realEngine();
const report = (id: string) => engine.base.report(id);

describe('truncate', () => {
	it('leaves short text alone and cuts long text at a word, marking the cut', () => {
		expect(truncate('short', 10)).toBe('short');
		const cut = truncate('the quick brown fox jumps over the lazy dog', 20);
		expect(cut.length).toBeLessThanOrEqual(20);
		expect(cut).toBe('the quick brown fox…');
	});

	it('gives nothing rather than more than asked when there is no room', () => {
		expect(truncate('abcdef', 0)).toBe('');
		expect(truncate('abcdef', -3)).toBe('');
		expect(truncate('abcdef', 2)).toBe('a…');
	});

	it('never splits a character made of two UTF-16 units', () => {
		const cut = truncate(`${'a'.repeat(8)}🇭🇹🇭🇹`, 10);
		expect(cut.length).toBeLessThanOrEqual(10);
		expect(cut).not.toMatch(/[\uD800-\uDBFF]…$/);
	});
});

describe('fitEmbed', () => {
	it('holds every part and the whole embed to Discord’s limits', () => {
		const huge = 'word '.repeat(3000);
		const embed = fitEmbed({
			title: huge,
			description: huge,
			footer: { text: huge },
			fields: Array.from({ length: 40 }, (_, i) => ({ name: `${i} ${huge}`, value: huge })),
		});
		expectWithinLimits({ embeds: [embed] });
		expect(embedLength(embed)).toBeLessThanOrEqual(limits.embedTotal);
		expect(embed.description?.endsWith('…')).toBe(true);
	});
});

describe('the Discord renderer', () => {
	it('answers in the description and quotes the report for every item, with its paragraph', () => {
		const answer = engine.prisonFigures();
		const { embed, pageCount } = renderDiscord(answer, { report });
		expect(embed.title).toBe(answer.heading);
		const shown = answer.items.slice(0, pageSize);
		for (const [i, item] of shown.entries()) {
			expect(embed.description).toContain(`**[${i + 1}]**`);
			expect(embed.fields?.[i]?.name).toMatch(new RegExp(`^\\[${i + 1}\\] Paragraph ${item.source.paragraph} · `));
			expect(embed.fields?.[i]?.value).toContain(item.source.quote);
		}
		expect(pageCount).toBe(Math.ceil(answer.items.length / pageSize));
		expect(embed.footer?.text).toContain(engine.base.reports[0]?.label);
	});

	it('marks inferred and derived items, shows the arithmetic and the supporting quotes', () => {
		const { embed } = renderDiscord(engine.leaders('gang alliance'), { report });
		expect(embed.description).toMatch(/\*\(inferred\)\*/);
		expect(embed.description).toMatch(/Inferred, not stated: /);
		expect(embed.fields?.[0]?.value).toMatch(/from paragraph \d+: “/);
		const occupancy = engine.prisonFigures().items.findIndex((item) => item.source.basis === 'derived');
		const { embed: prison } = renderDiscord(engine.prisonFigures(), {
			report,
			page: Math.floor(occupancy / pageSize),
		});
		expect(prison.description).toMatch(/Arithmetic: 3,687 ÷ 700/);
	});

	it('pages long answers and numbers items across pages', () => {
		const answer = engine.timeline();
		expect(answer.items.length).toBeGreaterThan(pageSize);
		const last = renderDiscord(answer, { report, page: 99 });
		expect(last.page).toBe(last.pageCount - 1);
		expect(last.embed.description).toContain(`**[${last.page * pageSize + 1}]**`);
		expect(last.embed.description).toContain(`Page ${last.pageCount} of ${last.pageCount}`);
	});

	it('escapes the user’s own words when it echoes them, and cuts them to size', () => {
		const answer = engine.ask(`**bold** _claim_ ${'x'.repeat(500)}`);
		const { embed } = renderDiscord(answer, { report });
		expect(answer.found).toBe(false);
		expect(embed.description).toMatch(/^You asked: “\\\*\\\*bold\\\*\\\* \\_claim\\_ x+…”/);
		expect(embed.description?.length).toBeLessThan(400);

		const link = renderDiscord(engine.ask('[free nitro](https://evil.example/x) in the prison'), { report });
		// Escaped brackets break the masked-link syntax: Discord shows the text, not a disguised link.
		expect(link.embed.description).toContain('\\[free nitro\\](https://evil.example/x)');
		expect(link.embed.description).not.toMatch(/(?<!\\)\[free nitro\]\(/);
	});

	it('gives moderators fact ids, every supporting quote and the report’s metadata', () => {
		const { embed } = renderDiscord(engine.leaders('gang alliance'), { report, provenance: true });
		const [fact] = engine.leaders('gang alliance').items;
		expect(embed.fields?.[0]?.name).toBe(`[1] ${fact?.source.factId} · paragraph ${fact?.source.paragraph} · inferred`);
		for (const support of fact?.support ?? []) expect(embed.fields?.[0]?.value).toContain(`\`${support.factId}\``);
		const reportField = embed.fields?.find((field) => field.name.startsWith('Report: '));
		expect(reportField?.value).toMatch(
			/^Headline: none in the text\nOutlet: not named\nPublished: 2024-03-03 \(The text carries no date\. Copies of the same article/,
		);
	});

	it('fits an answer with far more text than Discord allows', () => {
		const [item] = engine.prisonFigures().items;
		if (!item) throw new Error('no prison figures');
		const long = 'A very long sentence that goes on. '.repeat(200);
		const answer: Answer = {
			kind: 'facts',
			question: 'q',
			found: true,
			heading: long,
			items: Array.from({ length: 30 }, () => ({ ...item, text: long, source: { ...item.source, quote: long } })),
			notes: [long],
			suggestions: [],
		};
		for (const provenance of [false, true]) {
			const { embed, pageCount } = renderDiscord(answer, { report, provenance });
			expectWithinLimits({ embeds: [embed] });
			expect(pageCount).toBe(Math.ceil(30 / pageSize));
		}
	});
});
