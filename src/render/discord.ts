import { type APIEmbed, type APIEmbedField, embedLength } from 'discord.js';
import { type Answer, type AnswerItem, otherSources, type Source, seriesLabels } from '../core/answer.js';
import { capitalise } from '../core/text.js';
import type { LoadedReport } from '../data/load.js';
import { escapeDiscord } from './escape.js';
import { fitEmbed, limits, truncate } from './limits.js';
import { reportIdsOf, reportMetadataLines } from './report-metadata.js';

export interface DiscordRenderOptions {
	/** The moderator view: fact ids, every supporting quote, the report's metadata. */
	provenance?: boolean;
	/** Which page of the items to show, from 0. */
	page?: number;
	/** The reports sources point into, for their labels and metadata. */
	report: (id: string) => LoadedReport | undefined;
	/** Items per page (default `pageSize`). */
	pageSize?: number;
	/** Whose words the answer echoes when the report has nothing: the asker's question, or a message being checked. */
	quoted?: 'question' | 'message';
}

export interface RenderedAnswer {
	embed: APIEmbed;
	page: number;
	pageCount: number;
	/** Whether anything had to be cut to fit Discord's limits (a quote, the description, a source). */
	shortened: boolean;
}

/** Items per page: each has a source field, and a page must read at a glance on a phone. */
export const pageSize = 5;

const colours = { found: 0x2f6f9f, check: 0xc27c0e, missing: 0x6b7280 } as const;
/** How much of a user's own text an answer echoes back. */
const echoLength = 300;

/**
 * The one renderer from answers to Discord: an embed whose description answers and whose fields
 * quote the report for every item shown. User text is escaped and cut; every part fits Discord's
 * limits. Long answers are paged; the caller adds the page buttons.
 */
export function renderDiscord(answer: Answer, options: DiscordRenderOptions): RenderedAnswer {
	const size = options.pageSize ?? pageSize;
	const pageCount = Math.max(1, Math.ceil(answer.items.length / size));
	const page = Math.min(Math.max(0, options.page ?? 0), pageCount - 1);
	const first = page * size;
	const items = answer.items.slice(first, first + size);

	// Paragraphs of the description, in reading order.
	const blocks: string[] = [];
	if (answer.kind === 'check' || (options.quoted === 'message' && answer.question.trim())) {
		blocks.push(`The message: “${echo(answer.question)}”`);
	} else if (!answer.found && answer.question.trim()) blocks.push(`You asked: “${echo(answer.question)}”`);
	if (items.length > 0) {
		blocks.push(items.flatMap((item, i) => itemLines(item, first + i + 1)).join('\n'));
	}
	if (answer.notes.length > 0) {
		// The about card's notes are the bot's own paragraphs; elsewhere notes are caveats, set apart.
		const notes = answer.kind === 'about' ? answer.notes : answer.notes.map((note) => `*${escapeDiscord(note)}*`);
		blocks.push(notes.join('\n'));
	}
	if (answer.suggestions.length > 0) blocks.push('Did you mean one of these? Pick it from the menu below.');
	if (pageCount > 1) blocks.push(`-# Page ${page + 1} of ${pageCount} · ${answer.items.length} items`);

	const reportIds = [
		...new Set(answer.items.flatMap((item) => [item.source, ...otherSources(item)].map((s) => s.reportId))),
	];
	// With several reports, each quote names its report.
	const where = (source: Source) =>
		reportIds.length > 1
			? `${reportLabel(source.reportId, options)}, paragraph ${source.paragraph}`
			: `paragraph ${source.paragraph}`;
	const fields = items.flatMap((item, i) => sourceFields(item, first + i + 1, { ...options, where }));
	if (options.provenance) fields.push(...reportFields(answer, options));

	const labels = reportIds.map((id) => options.report(id)?.label ?? id);
	const footer =
		answer.kind === 'about' || labels.length === 0
			? undefined
			: labels.length === 1
				? `From the report “${labels[0]}”. Quotes are the report’s own words.`
				: `From the reports “${labels.join('”, “')}”. Quotes are the reports’ own words.`;

	const embed: APIEmbed = {
		color: answer.kind === 'check' ? colours.check : answer.found ? colours.found : colours.missing,
		// A heading that introduces a list ends in a colon in text; as a title it stands alone.
		...(answer.heading ? { title: escapeDiscord(answer.heading.replace(/:$/, '')) } : {}),
		...(blocks.length > 0 ? { description: blocks.join('\n\n') } : {}),
		...(fields.length > 0 ? { fields } : {}),
		...(footer ? { footer: { text: footer } } : {}),
	};
	const fitted = fitEmbed(embed);
	return { embed: fitted, page, pageCount, shortened: embedLength(fitted) < embedLength(embed) };
}

/** User text shown back to them: every markdown character escaped, cut to size, on one line. */
export function echo(text: string): string {
	return escapeDiscord(truncate(text.replace(/\s+/g, ' ').trim(), echoLength));
}

function itemLines(item: AnswerItem, n: number): string[] {
	const label = item.label ? `**${item.label}** — ` : '';
	const basis = item.source.basis === 'stated' ? '' : ` *(${item.source.basis})*`;
	const lines = [`**[${n}]** ${label}${item.text}${basis}`];
	if (item.arithmetic) lines.push(`-# Arithmetic: ${item.arithmetic}`);
	if (item.resolvedDate) lines.push(`-# When: ${item.resolvedDate}`);
	for (const line of item.series ?? []) lines.push(`-# ${seriesLabels[line.status]}: ${line.text}`);
	if (item.note) {
		lines.push(`-# ${item.source.basis === 'inferred' ? 'Inferred, not stated' : 'Note'}: ${item.note}`);
	}
	return lines;
}

/** A report as a quote's line names it: its outlet and date when known, else its label. */
function reportLabel(id: string, { report }: DiscordRenderOptions): string {
	const loaded = report(id);
	if (!loaded) return id;
	return loaded.outlet ? [loaded.outlet, loaded.published].filter(Boolean).join(', ') : loaded.label;
}

function sourceFields(
	item: AnswerItem,
	n: number,
	{ provenance, where }: DiscordRenderOptions & { where: (source: Source) => string },
): APIEmbedField[] {
	const quote = (source: Source) => `> “${source.quote}”`;
	if (!provenance) {
		const support = [...item.support, ...otherSources(item)].map(
			(source) => `-# from ${where(source)}: “${source.quote}”`,
		);
		return [
			{
				name: `[${n}] ${capitalise(where(item.source))} · ${item.source.basis}`,
				value: [quote(item.source), ...support].join('\n'),
			},
		];
	}
	const support = [...item.support, ...otherSources(item)].map(
		(source) => `↳ \`${source.factId}\` · ${where(source)} · ${source.basis}\n${quote(source)}`,
	);
	return [
		{
			name: `[${n}] ${item.source.factId} · ${where(item.source)} · ${item.source.basis}`,
			value: [
				quote(item.source),
				...(item.note ? [`Note: ${item.note}`] : []),
				...(item.arithmetic ? [`Arithmetic: ${item.arithmetic}`] : []),
				...support,
			].join('\n'),
		},
	];
}

function reportFields(answer: Answer, { report }: DiscordRenderOptions): APIEmbedField[] {
	return reportIdsOf(answer.items).map((id) => {
		const loaded = report(id);
		if (!loaded) return { name: `Report ${id}`, value: 'Not loaded.' };
		return { name: truncate(`Report: ${loaded.id}`, limits.fieldName), value: reportMetadataLines(loaded).join('\n') };
	});
}
