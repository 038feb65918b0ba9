import { ChannelType, type Client } from 'discord.js';
import { digestPermissions } from '../digest/permissions.js';
import { missingPermissions, permissionNames } from '../render/permissions.js';

/** Why the bot could not post a digest in a channel, from its cached view of the guild; undefined when it can. */
export async function cannotPostIn(
	client: Client<true>,
	guildId: string,
	channelId: string,
): Promise<string | undefined> {
	const guild = client.guilds.cache.get(guildId);
	if (!guild) return 'I am not connected to this server right now. Try again in a minute.';
	const channel = guild.channels.cache.get(channelId) ?? (await guild.channels.fetch(channelId).catch(() => null));
	if (!channel) return `I cannot see <#${channelId}>. Give my role View Channel there, or pick another channel.`;
	if (channel.type !== ChannelType.GuildText && channel.type !== ChannelType.GuildAnnouncement) {
		return `<#${channelId}> is not a text or announcement channel.`;
	}
	const me = guild.members.me ?? (await guild.members.fetchMe());
	const missing = missingPermissions(channel.permissionsFor(me).bitfield, digestPermissions);
	if (missing === 0n) return undefined;
	const count = permissionNames(missing).split(', ').length;
	return `I am missing ${permissionNames(missing)} in <#${channelId}>. Allow ${count === 1 ? 'it' : 'them'} for my role in the channel’s permissions, then run \`/digest set\` again.`;
}
