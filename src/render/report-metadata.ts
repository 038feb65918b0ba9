import { type AnswerItem, otherSources } from '../core/answer.js';
import type { LoadedReport } from '../data/load.js';

/** A report's metadata as the moderators' view shows it, one line each, the same in Discord and the console. */
export function reportMetadataLines(report: LoadedReport): string[] {
	return [
		`Headline: ${report.headline ?? 'none in the text'}`,
		`Outlet: ${report.outlet ?? 'not named'}`,
		`Published: ${report.published ?? 'not dated'}${report.publishedNote ? ` (${report.publishedNote})` : ''}`,
		`Language: ${report.language} · ${report.paragraphs.length} paragraphs · added ${report.added}`,
		...(report.metadataNote ? [report.metadataNote] : []),
	];
}

/** Every report an answer's items, their support and their other sources point into, in order of first mention. */
export function reportIdsOf(items: readonly AnswerItem[]): string[] {
	return [
		...new Set(
			items.flatMap((item) => [item.source, ...item.support, ...otherSources(item)].map((source) => source.reportId)),
		),
	];
}
