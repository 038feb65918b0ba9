import {
	ApplicationCommandOptionType,
	ChannelType,
	InteractionContextType,
	PermissionFlagsBits,
} from 'discord-api-types/v10';
import { defineServerCommand, type ServerReply } from '../src/commands/define.js';
import { parseTime, resolveTimezone, suggestTimezones, weekdays } from '../src/digest/schedule.js';
import { statusLines } from '../src/digest/status.js';
import { StoreUnavailableError } from '../src/digest/store.js';
import { limits } from '../src/render/limits.js';

const text = (content: string): ServerReply => ({ messages: [{ content }] });
const noDigest = text('This server has no digest. Set one up with `/digest set`.');

/** The database is out of reach: say so plainly, instead of a generic error. Questions don't need it. */
async function unlessUnavailable(reply: () => Promise<ServerReply>): Promise<ServerReply> {
	try {
		return await reply();
	} catch (error) {
		if (!(error instanceof StoreUnavailableError)) throw error;
		return text(
			`Digests are unavailable on this bot right now: ${error.reason}. Nothing was changed. Questions still work; the bot's operator can see the details in its log.`,
		);
	}
}

export const digest = defineServerCommand(
	{
		name: 'digest',
		description: 'Post a digest of the report into a channel on a schedule',
		default_member_permissions: String(PermissionFlagsBits.ManageGuild),
		contexts: [InteractionContextType.Guild],
		options: [
			{
				type: ApplicationCommandOptionType.Subcommand,
				name: 'set',
				description: 'Post the digest in a channel, daily or weekly, at a local time',
				options: [
					{
						type: ApplicationCommandOptionType.Channel,
						name: 'channel',
						description: 'Where to post it; the bot needs to see, send, embed and read history there',
						required: true,
						channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
					},
					{
						type: ApplicationCommandOptionType.String,
						name: 'time',
						description: 'Local time, e.g. 08:00, 8am or 18:30',
						required: true,
						max_length: 10,
					},
					{
						type: ApplicationCommandOptionType.String,
						name: 'timezone',
						description: 'IANA timezone, e.g. America/Port-au-Prince',
						required: true,
						max_length: 64,
						autocomplete: true,
					},
					{
						type: ApplicationCommandOptionType.String,
						name: 'frequency',
						description: 'Daily (default) or weekly',
						choices: [
							{ name: 'Daily', value: 'daily' },
							{ name: 'Weekly', value: 'weekly' },
						],
					},
					{
						type: ApplicationCommandOptionType.Integer,
						name: 'weekday',
						description: 'For a weekly digest: which day (default Monday)',
						choices: weekdays.map((name, value) => ({ name, value })),
					},
					{
						type: ApplicationCommandOptionType.String,
						name: 'when_nothing_new',
						description: 'If nothing entered the report since the last digest (default: post the summary)',
						choices: [
							{ name: 'Post the standing summary', value: 'post' },
							{ name: 'Skip that digest', value: 'skip' },
						],
					},
				],
			},
			{
				type: ApplicationCommandOptionType.Subcommand,
				name: 'preview',
				description: 'The digest exactly as it would post now, shown only to you',
			},
			{ type: ApplicationCommandOptionType.Subcommand, name: 'pause', description: 'Stop posting until resumed' },
			{ type: ApplicationCommandOptionType.Subcommand, name: 'resume', description: 'Post again from the next slot' },
			{
				type: ApplicationCommandOptionType.Subcommand,
				name: 'status',
				description: 'The schedule, the next post, the last one, and why it is paused if it is',
			},
			{
				type: ApplicationCommandOptionType.Subcommand,
				name: 'off',
				description: 'Stop the digest and delete its settings (asks first)',
			},
		],
	},
	{
		subcommands: {
			set: (context, args) =>
				unlessUnavailable(async () => {
					const { channel, frequency = 'daily', when_nothing_new: whenNothingNew = 'post' } = args;
					const localTime = parseTime(args.time);
					if (!localTime) return text(`“${args.time}” is not a time of day. Use e.g. 08:00, 8am or 18:30.`);
					const timezone = resolveTimezone(args.timezone);
					if (!timezone) {
						return text(
							`“${args.timezone}” is not a timezone I know. Use an IANA name such as America/Port-au-Prince, Europe/Paris or UTC (pick one from the list as you type).`,
						);
					}
					if (frequency === 'daily' && args.weekday !== undefined) {
						return text('A weekday only goes with a weekly digest: add `frequency: Weekly`, or leave the weekday out.');
					}
					const refused = await context.cannotPostIn(channel);
					if (refused) return text(`Not saved: ${refused}`);
					const status = await context.digests.set({
						guildId: context.guildId,
						channelId: channel,
						frequency,
						time: localTime,
						weekday: frequency === 'weekly' ? (args.weekday ?? 1) : null,
						timezone,
						whenNothingNew,
						updatedBy: context.userId,
					});
					return text(['Digest saved.', ...statusLines(status)].join('\n'));
				}),
			preview: ({ digests, guildId }) =>
				unlessUnavailable(async () => {
					const messages = await digests.preview(guildId);
					const note = (await digests.settings(guildId))
						? 'Preview, only you can see it: this is what would post now.'
						: 'Preview, only you can see it. No digest is set here yet: `/digest set` to post it on a schedule.';
					const [first, ...rest] = messages;
					return { messages: [{ ...first, content: `${note}\n${first?.content ?? ''}`.trim() }, ...rest] };
				}),
			pause: ({ digests, guildId, userId }) =>
				unlessUnavailable(async () => {
					if (!(await digests.settings(guildId))) return noDigest;
					return text(
						(await digests.pause(guildId, userId))
							? 'Digest paused. Nothing will post until `/digest resume`; the settings are kept.'
							: 'The digest is already paused. `/digest status` says why.',
					);
				}),
			resume: ({ digests, guildId, userId, cannotPostIn }) =>
				unlessUnavailable(async () => {
					if (!(await digests.settings(guildId))) return noDigest;
					const resumed = await digests.resume(guildId, userId);
					const status = await digests.status(guildId);
					if (!resumed || !status) return text('The digest is not paused.');
					const refused = await cannotPostIn(status.settings.channelId);
					return text(
						[
							'Digest resumed.',
							...statusLines(status),
							...(refused ? [`Warning: ${refused} The next post will pause it again.`] : []),
						].join('\n'),
					);
				}),
			status: ({ digests, guildId }) =>
				unlessUnavailable(async () => {
					const status = await digests.status(guildId);
					return status ? text(statusLines(status).join('\n')) : noDigest;
				}),
			off: ({ digests, guildId }) =>
				unlessUnavailable(async () => {
					if (!(await digests.settings(guildId))) return noDigest;
					return {
						messages: [
							{
								content:
									'Turn the digest off and delete its settings? The channel, schedule and choices will be forgotten. (To stop for a while instead, use `/digest pause`.)',
							},
						],
						confirm: { action: 'off', label: 'Delete the digest settings' },
					};
				}),
		},
		autocomplete: (_context, { name, value }) =>
			name === 'timezone'
				? suggestTimezones(value, limits.choices).map((zone) => ({ label: zone.replace(/_/g, ' '), query: zone }))
				: [],
		confirm: ({ digests, guildId }, action) =>
			unlessUnavailable(async () => {
				if (action !== 'off') return text('Kept: the digest is unchanged.');
				return text(
					(await digests.remove(guildId))
						? 'Digest turned off and its settings deleted. `/digest set` starts a new one.'
						: 'There was no digest to turn off.',
				);
			}),
	},
);
