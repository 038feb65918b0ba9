import { type APIEmbed, embedLength } from 'discord.js';
import type { Answer } from '../core/answer.js';
import type { Digest } from '../core/digest.js';
import type { LoadedReport } from '../data/load.js';
import { pageSize, renderDiscord } from './discord.js';
import { limits, truncate } from './limits.js';

export interface DigestMessage {
	content?: string;
	embeds: APIEmbed[];
}

export interface DigestRenderOptions {
	report: (id: string) => LoadedReport | undefined;
	/** The first message's text, e.g. "Haiti digest · Fri, 27 Nov 2026, 09:00 CET". */
	title: string;
	/** The footer of message `part` (from 0) of `count`: how a restarted bot recognises what it already sent. */
	footer: (part: number, count: number) => string;
}

/** Room kept on each message for the footer the parts get once they are counted. */
const footerBudget = 300;

/**
 * A digest as channel messages: each section rendered by the one Discord renderer, paged so that
 * no quote is ever cut, and the pages packed in order into as few messages as Discord's limits
 * (10 embeds, 6,000 characters each) allow. A message always ends on a whole item.
 */
export function renderDigest(digest: Digest, options: DigestRenderOptions): DigestMessage[] {
	const embeds = digest.sections.flatMap((section) => sectionEmbeds(section, options));
	const messages: APIEmbed[][] = [];
	let current: APIEmbed[] = [];
	let length = 0;
	for (const embed of embeds) {
		const size = embedLength(embed);
		if (
			current.length === limits.embedsPerMessage ||
			(current.length > 0 && length + size > limits.embedTotal - footerBudget)
		) {
			messages.push(current);
			current = [];
			length = 0;
		}
		current.push(embed);
		length += size;
	}
	if (current.length > 0) messages.push(current);

	return messages.map((message, part) => {
		const last = message.length - 1;
		const footer = truncate(options.footer(part, messages.length), footerBudget);
		return {
			...(part === 0 ? { content: truncate(options.title, limits.content) } : {}),
			embeds: message.map((embed, i) => (i === last ? { ...embed, footer: { text: footer } } : embed)),
		};
	});
}

/** One section's pages at the largest page size that keeps every item whole. */
function sectionEmbeds(section: Answer, { report }: DigestRenderOptions): APIEmbed[] {
	for (let size = pageSize; size >= 1; size--) {
		const first = renderDiscord(section, { report, pageSize: size });
		const pages = [first];
		for (let page = 1; page < first.pageCount; page++)
			pages.push(renderDiscord(section, { report, pageSize: size, page }));
		if (size === 1 || pages.every((rendered) => !rendered.shortened)) {
			// The report's name goes once in each message's footer, not under every section.
			return pages.map(({ embed: { footer: _footer, ...embed } }) => embed);
		}
	}
	return [];
}
