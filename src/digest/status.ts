import { TimestampStyles, time } from 'discord.js';
import { describeSchedule, formatInZone } from './schedule.js';
import type { DigestStatus } from './service.js';
import type { PostRecord } from './store.js';

const outcomes: Record<PostRecord['state'], string> = {
	claimed: 'being sent',
	posted: 'posted',
	skipped: 'skipped: nothing new',
	failed: 'failed',
	missed: 'missed: the bot was not running',
};

/** `/digest status` as lines: the schedule, the next post in the guild's time, the last outcome, any pause. */
export function statusLines({ settings, next, last }: DigestStatus): string[] {
	const zone = settings.timezone;
	const lines = [
		`**Schedule:** ${describeSchedule(settings)}, in <#${settings.channelId}>.`,
		`**When nothing is new:** ${settings.whenNothingNew === 'skip' ? 'skip the digest' : 'post the standing summary'}.`,
	];
	if (settings.pausedAt !== null) {
		const by = settings.pauseKind === 'failure' ? 'after a failed post' : 'by an admin';
		lines.push(
			`**Paused** ${by} since ${formatInZone(settings.pausedAt, zone)}: ${settings.pauseReason ?? 'no reason recorded'}`,
			'Fix the cause, then `/digest resume` (or `/digest set` to choose another channel).',
		);
	} else if (next !== undefined) {
		lines.push(
			`**Next post:** ${formatInZone(next, zone)} (${time(Math.floor(next / 1000), TimestampStyles.RelativeTime)}).`,
		);
	}
	if (last) {
		const messages =
			last.messageIds.length > 0 ? `, ${last.messageIds.length} message${last.messageIds.length === 1 ? '' : 's'}` : '';
		lines.push(
			`**Last digest:** ${formatInZone(last.slot, zone)}: ${outcomes[last.state]}${messages}.${last.error ? ` ${last.error}` : ''}`,
		);
	} else {
		lines.push('**Last digest:** none yet.');
	}
	return lines;
}
