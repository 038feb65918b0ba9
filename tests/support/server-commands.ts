import {
	type APIMessage,
	ApplicationCommandOptionType,
	ApplicationCommandType,
	ChannelType,
	InteractionResponseType,
	InteractionType,
	MessageFlags,
	PermissionFlagsBits,
} from 'discord-api-types/v10';
import { expect } from 'vitest';
import type { FakeDiscord, InteractionInput } from './fake-discord.js';

/** Manage Server: what /digest asks of a member. */
export const manager = String(PermissionFlagsBits.ManageGuild);

export type OptionValue = string | number;

/** `/name sub option: value …` from a member with Manage Server, as Discord sends it. */
export function serverCommand(
	name: string,
	sub: string | undefined,
	options: Record<string, OptionValue> = {},
	extra: Partial<InteractionInput> = {},
): InteractionInput {
	const typed = Object.entries(options).map(([key, value]) => ({
		name: key,
		value,
		type:
			key === 'channel'
				? ApplicationCommandOptionType.Channel
				: typeof value === 'number'
					? ApplicationCommandOptionType.Integer
					: ApplicationCommandOptionType.String,
	}));
	const channel = options.channel;
	return {
		type: InteractionType.ApplicationCommand,
		data: {
			name,
			type: ApplicationCommandType.ChatInput,
			options: sub ? [{ type: ApplicationCommandOptionType.Subcommand, name: sub, options: typed }] : typed,
			...(channel
				? {
						resolved: {
							channels: { [channel]: { id: channel, type: ChannelType.GuildText, name: 'x', permissions: '0' } },
						},
					}
				: {}),
		},
		permissions: manager,
		...extra,
	};
}

/** Runs a server command and returns the private reply the member ends up seeing (and its follow-ups). */
export async function reply(
	fake: FakeDiscord,
	input: InteractionInput,
): Promise<{ message: APIMessage; more: APIMessage[] }> {
	const { token, callback } = await fake.interact(input);
	const body = callback.body as { type: InteractionResponseType; data: APIMessage };
	// Refusals answer at once, privately; the command itself acknowledges first, then edits in its reply.
	if (body.type === InteractionResponseType.ChannelMessageWithSource) {
		expect(body.data.flags).toBe(MessageFlags.Ephemeral);
		return { message: body.data, more: [] };
	}
	expect(body).toEqual({
		type: InteractionResponseType.DeferredChannelMessageWithSource,
		data: { flags: MessageFlags.Ephemeral },
	});
	await fake.waitForRequest({ method: 'PATCH', path: new RegExp(`/webhooks/\\d+/${token}/messages/@original$`) });
	const message = fake.originalMessage(token);
	if (!message) throw new Error('no reply');
	expect(message.flags ?? 0).toBe(MessageFlags.Ephemeral);
	return { message, more: fake.followupMessages(token) };
}

export const setDigest = async (fake: FakeDiscord, options: Record<string, OptionValue> = {}) =>
	(
		await reply(
			fake,
			serverCommand('digest', 'set', {
				channel: fake.channelId,
				time: '9:00',
				timezone: 'America/Port-au-Prince',
				...options,
			}),
		)
	).message.content;

export const status = async (fake: FakeDiscord) =>
	(await reply(fake, serverCommand('digest', 'status'))).message.content;
