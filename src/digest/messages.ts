import { type AnswerSource, reportOf } from '../core/answer-source.js';
import { type Digest, digestTitle, type PreviousDigest } from '../core/digest.js';
import { type DigestMessage, renderDigest } from '../render/digest.js';
import { formatInZone } from './schedule.js';

/**
 * The start of part `part`'s footer. A restarted bot finds what it already posted for a slot by
 * it, so it holds the slot's time and the part number and nothing that changes with the data.
 */
export function partMarker(slot: number, timezone: string, part: number): string {
	return `Digest of ${formatInZone(slot, timezone)} · part ${part + 1} of`;
}

/** The digest for a guild's slot, as the messages that will be posted. */
export async function digestMessages(
	engine: AnswerSource,
	{ slot, timezone, previous }: { slot: number; timezone: string; previous: PreviousDigest | undefined },
): Promise<{ digest: Digest; messages: DigestMessage[] }> {
	const digest = await engine.digest(previous);
	const { sources } = engine;
	const labels = sources.reports.map((report) => `“${report.label}”`).join(', ');
	const messages = renderDigest(digest, {
		report: (id) => reportOf(sources, id),
		title: `**${digestTitle(sources.reports)}** · ${formatInZone(slot, timezone)}`,
		footer: (part, count) =>
			sources.reports.length === 1
				? `${partMarker(slot, timezone, part)} ${count} · From the report ${labels}; quotes are its own words.`
				: `${partMarker(slot, timezone, part)} ${count} · From the reports ${labels}; quotes are their own words.`,
	});
	return { digest, messages };
}
