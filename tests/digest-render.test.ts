import { describe, expect, it } from 'vitest';
import { composeDigest } from '../src/core/digest.js';
import { digestMessages } from '../src/digest/messages.js';
import { realEngine } from './support/data.js';
import { expectWithinLimits } from './support/discord-limits.js';

const engine = await realEngine();
const slot = Date.parse('2026-03-07T14:00:00Z');
const render = async (previous: Parameters<typeof composeDigest>[1]) =>
	(await digestMessages(engine, { slot, timezone: 'America/Port-au-Prince', previous })).messages;

describe('the digest', () => {
	it('is the standing answers: prison figures, who leads what, the latest events on the calendar', () => {
		const digest = composeDigest(engine, undefined);
		expect(digest.first).toBe(true);
		expect(digest.sections.map((section) => section.heading)).toEqual([
			engine.prisonFigures().heading,
			engine.leaders().heading,
			'The latest events',
		]);
		expect(digest.sections[0]?.items.map((item) => item.fact.id)).toEqual(
			engine.prisonFigures().items.map((item) => item.fact.id),
		);
		// The report's present ("Saturday night", "this week"), placed from its publication date.
		expect(digest.sections[2]?.items.map((item) => item.label)).toEqual([
			'The day before Friday (Thursday, February 29, 2024, from the report’s date)',
			'Saturday night (March 2, 2024, from the report’s date)',
			'This week (February 26 – March 3, 2024, the week up to the report’s date)',
			'In recent days (February 26 – March 3, 2024, the days up to the report’s date, taken as a week)',
			'This week (February 26 – March 3, 2024, the week up to the report’s date)',
		]);
	});

	it('lists what entered the data since the previous digest: by fact id, or by day when ids were not kept', async () => {
		const known = engine.base.facts.filter((fact) => fact.id !== 'prison-siege').map((fact) => fact.id);
		const byId = composeDigest(engine, { at: slot, factIds: known });
		expect(byId.newFacts.map((fact) => fact.id)).toEqual(['prison-siege']);
		expect(byId.sections[0]?.heading).toBe('New since the last digest (2026-03-07)');

		const added = engine.base.facts[0]?.added ?? '';
		const dayBefore = Date.parse(`${added}T00:00:00Z`) - 1;
		expect(composeDigest(engine, { at: dayBefore, factIds: null }).newFacts).toHaveLength(engine.base.facts.length);
		const nothing = composeDigest(engine, { at: Date.parse(`${added}T12:00:00Z`), factIds: null });
		expect(nothing.newFacts).toEqual([]);
		expect(nothing.sections[0]).toMatchObject({ heading: 'Nothing new since the last digest', found: false });
		const [first] = await render({ at: Date.parse(`${added}T12:00:00Z`), factIds: null });
		expect(first?.embeds[0]).toMatchObject({
			title: 'Nothing new since the last digest',
			description: `*No facts have entered the data since the digest of ${added}. The standing summary follows.*`,
		});
	});

	it('splits over several messages within Discord’s limits, in order, never cutting a fact', async () => {
		// Everything is new: the longest digest the data can make.
		const messages = await render({ at: slot - 86_400_000, factIds: [] });
		expect(messages.length).toBeGreaterThan(1);
		expect(messages[0]?.content).toBe('**Haiti situation digest** · Sat, 7 Mar 2026, 09:00 GMT-5');
		for (const [part, message] of messages.entries()) {
			expectWithinLimits(message);
			expect(message.embeds.at(-1)?.footer?.text).toMatch(
				new RegExp(
					`^Digest of Sat, 7 Mar 2026, 09:00 GMT-5 · part ${part + 1} of ${messages.length} · From the report`,
				),
			);
			for (const embed of message.embeds) {
				// An item's answer and its quoted source always travel in the same embed.
				const numbered = [...(embed.description ?? '').matchAll(/\*\*\[(\d+)\]\*\*/g)].map((m) => m[1]);
				const sourced = (embed.fields ?? []).map((field) => /^\[(\d+)\]/.exec(field.name)?.[1]);
				expect(sourced).toEqual(numbered);
				for (const field of embed.fields ?? []) expect(field.value).not.toMatch(/…$/);
			}
		}
		const embeds = messages.flatMap((message) => message.embeds);
		const newSection = embeds.filter((embed) => embed.title?.startsWith('New since the last digest'));
		const numbers = newSection.flatMap((embed) =>
			[...(embed.description ?? '').matchAll(/\*\*\[(\d+)\]\*\*/g)].map((m) => Number(m[1])),
		);
		expect(numbers).toEqual(engine.base.facts.map((_, i) => i + 1));
		// Each item's own source field quotes its fact in full.
		const inOrder = engine.added(engine.base.facts, '').items.map((item) => item.fact);
		const fields = newSection.flatMap((embed) => embed.fields ?? []);
		for (const [i, fact] of inOrder.entries()) {
			const field = fields.find((f) => f.name.startsWith(`[${i + 1}] `));
			expect(field?.value).toContain(`“${fact.quote}”`);
		}
	});
});
