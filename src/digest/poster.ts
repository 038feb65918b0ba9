import { createHash } from 'node:crypto';
import { type APIMessage, type REST, type RESTPostAPIChannelMessageJSONBody, Routes, SnowflakeUtil } from 'discord.js';
import type { DigestMessage } from '../render/digest.js';

/** How a digest reaches a channel; the scheduler's only contact with Discord. */
export interface Poster {
	/** Posts one message, returning its id. The same nonce twice within minutes yields the first message, not a second. */
	send(channelId: string, message: DigestMessage, nonce: string, signal: AbortSignal): Promise<string>;
	/** The id of a message of ours posted after `after` whose footer starts with `marker`, if there is one. */
	findSent(channelId: string, marker: string, after: number, signal: AbortSignal): Promise<string | undefined>;
}

/** A per-slot, per-part nonce within Discord's 25 characters. */
export function nonceFor(guildId: string, slot: number, part: number): string {
	return createHash('sha256').update(`${guildId}:${slot}:${part}`).digest('base64url').slice(0, 25);
}

/** Posts through discord.js's REST client; `botUserId` is read when needed, as it is known only once logged in. */
export function restPoster(rest: REST, botUserId: () => string | undefined): Poster {
	return {
		async send(channelId, message, nonce, signal) {
			const body: RESTPostAPIChannelMessageJSONBody = {
				...message,
				nonce,
				enforce_nonce: true,
				allowed_mentions: { parse: [] },
			};
			const sent = (await rest.post(Routes.channelMessages(channelId), { body, signal })) as APIMessage;
			return sent.id;
		},
		async findSent(channelId, marker, after, signal) {
			const query = new URLSearchParams({
				after: SnowflakeUtil.generate({ timestamp: after }).toString(),
				limit: '100',
			});
			const messages = (await rest.get(Routes.channelMessages(channelId), { query, signal })) as APIMessage[];
			return messages.find(
				(message) =>
					message.author.id === botUserId() && message.embeds.some((embed) => embed.footer?.text.startsWith(marker)),
			)?.id;
		},
	};
}
