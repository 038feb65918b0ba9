import type { ReloadResult } from '../live-engine.js';
import { limits, truncate } from '../render/limits.js';

const listed = 10;

/** What a reload did, for the person who asked: the same words in Discord, the console and the log. */
export function reloadReport(result: ReloadResult): string {
	if (!result.ok && 'busy' in result) {
		return 'A reload is already running; this one was not started. Its outcome will be logged when it finishes.';
	}
	if (!result.ok) {
		const shown = result.problems.slice(0, listed).map((problem) => `- ${problem}`);
		const more = result.count > listed ? [`…and ${result.count - listed} more (run npm run validate-data).`] : [];
		return truncate(
			[
				`Reload failed: the data has ${result.count} problem${result.count === 1 ? '' : 's'}. Still answering from the data loaded before.`,
				...shown,
				...more,
			].join('\n'),
			limits.content,
		);
	}
	const ids = (label: string, list: string[]) =>
		list.length > 0
			? [`${label} (${list.length}): ${list.slice(0, listed).join(', ')}${list.length > listed ? ', …' : ''}`]
			: [];
	const changes = [
		...ids('New', result.added),
		...ids('Changed', result.changed),
		...ids('Removed', result.removed),
		...(result.figures.length > 0
			? ['What changed in the figures:', ...result.figures.map((line) => `- ${line}`)]
			: []),
	];
	return truncate(
		[`Reloaded: ${result.facts} facts.`, ...(changes.length > 0 ? changes : ['No fact changed.'])].join('\n'),
		limits.content,
	);
}
