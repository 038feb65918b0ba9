import { type Answer, type AnswerItem, otherSources, type Source, seriesLabels } from '../core/answer.js';
import type { LoadedReport } from '../data/load.js';
import { reportIdsOf, reportMetadataLines } from './report-metadata.js';

export interface PlainRenderOptions {
	/** The moderators' view: after the sources, the metadata of each report they come from. */
	provenance?: { report: (id: string) => LoadedReport | undefined };
}

/** What an item says, with how it is known when it is not simply stated. */
function itemLine(item: AnswerItem, bullet: boolean): string[] {
	const basis = item.source.basis === 'stated' ? '' : ` (${item.source.basis})`;
	const lead = bullet ? '• ' : '';
	const label = item.label ? `${item.label} — ` : '';
	const lines = [`${lead}${label}${item.text}${basis}`];
	const indent = bullet ? '  ' : '';
	if (item.arithmetic) lines.push(`${indent}Arithmetic: ${item.arithmetic}`);
	if (item.resolvedDate) lines.push(`${indent}When: ${item.resolvedDate}`);
	for (const line of item.series ?? []) lines.push(`${indent}${seriesLabels[line.status]}: ${line.text}`);
	if (item.note)
		lines.push(`${indent}${item.source.basis === 'inferred' ? 'Inferred, not stated: ' : 'Note: '}${item.note}`);
	return lines;
}

/** The answer a user reads, without its sources: heading, items, caveats. */
export function answerText(answer: Answer): string {
	const bullets = answer.items.length > 1 || Boolean(answer.heading);
	const lines = [
		...(answer.heading ? [answer.heading] : []),
		...answer.items.flatMap((item) => itemLine(item, bullets)),
		...answer.notes,
	];
	return lines.join('\n');
}

/**
 * The whole reply as plain text, for the console: answer, suggestions, then sources (each with its
 * fact id, paragraph, basis and quote), and for moderators the reports' metadata.
 */
export function renderPlain(answer: Answer, options: PlainRenderOptions = {}): string {
	const parts = [answerText(answer)];
	if (answer.suggestions.length > 0) {
		parts.push(['Did you mean:', ...answer.suggestions.map((s) => `  ${s.label}  → /ask ${s.query}`)].join('\n'));
	}
	if (answer.items.length > 0) {
		const line = (source: Source, tag: string) =>
			`  [${tag}] ${source.factId} · ${source.reportId}, paragraph ${source.paragraph} · ${source.basis}\n      “${source.quote}”`;
		const sources = answer.items.flatMap((item, i) => {
			const more = [...item.support, ...otherSources(item)];
			return [
				line(item.source, String(i + 1)),
				...more.map((s, j) => line(s, `${i + 1}${String.fromCharCode(97 + j)}`)),
			];
		});
		parts.push(['Sources:', ...sources].join('\n'));
	}
	const { provenance } = options;
	if (provenance && answer.items.length > 0) {
		for (const id of reportIdsOf(answer.items)) {
			const report = provenance.report(id);
			const lines = report ? reportMetadataLines(report) : ['Not loaded.'];
			parts.push([`Report ${id}:`, ...lines.map((line) => `  ${line}`)].join('\n'));
		}
	}
	return parts.join('\n\n');
}
