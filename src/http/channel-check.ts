import type { REST } from 'discord.js';
import {
	type APIGuildMember,
	type APIRole,
	ChannelType,
	type APIGuildChannel as GuildChannel,
	type GuildChannelType,
	OverwriteType,
	PermissionFlagsBits,
	Routes,
} from 'discord-api-types/v10';
import { digestPermissions } from '../digest/permissions.js';
import { missingPermissions, permissionBits, permissionNames } from '../render/permissions.js';

/**
 * Why the bot could not post a digest in a channel, asked over REST (no gateway cache here):
 * the channel, the guild's roles and the bot's member, combined as Discord computes permissions.
 */
export async function restCannotPostIn(
	rest: REST,
	botId: string,
	guildId: string,
	channelId: string,
): Promise<string | undefined> {
	const channel = (await rest.get(Routes.channel(channelId)).catch(() => undefined)) as
		| GuildChannel<GuildChannelType>
		| undefined;
	if (!channel || channel.guild_id !== guildId) {
		return `I cannot see <#${channelId}>. Give my role View Channel there, or pick another channel.`;
	}
	if (channel.type !== ChannelType.GuildText && channel.type !== ChannelType.GuildAnnouncement) {
		return `<#${channelId}> is not a text or announcement channel.`;
	}
	const [roles, member] = (await Promise.all([
		rest.get(Routes.guildRoles(guildId)),
		rest.get(Routes.guildMember(guildId, botId)),
	])) as [APIRole[], APIGuildMember];
	const granted = channelPermissions(guildId, channel, roles, member, botId);
	const missing = missingPermissions(granted, digestPermissions);
	if (missing === 0n) return undefined;
	const names = permissionNames(missing);
	return `I am missing ${names} in <#${channelId}>. Allow ${names.includes(',') ? 'them' : 'it'} for my role in the channel’s permissions, then run \`/digest set\` again.`;
}

/** A member's permissions in a channel: roles, then the @everyone, role and member overwrites. */
function channelPermissions(
	guildId: string,
	channel: GuildChannel<GuildChannelType>,
	roles: readonly APIRole[],
	member: APIGuildMember,
	userId: string,
): bigint {
	const held = roles.filter((role) => role.id === guildId || member.roles.includes(role.id));
	let allowed = held.reduce((bits, role) => bits | permissionBits(role.permissions), 0n);
	if ((allowed & PermissionFlagsBits.Administrator) !== 0n) return allowed;
	const overwrites = channel.permission_overwrites ?? [];
	const apply = (list: typeof overwrites) => {
		const deny = list.reduce((bits, o) => bits | permissionBits(o.deny), 0n);
		const allow = list.reduce((bits, o) => bits | permissionBits(o.allow), 0n);
		allowed = (allowed & ~deny) | allow;
	};
	apply(overwrites.filter((o) => o.id === guildId));
	apply(overwrites.filter((o) => o.type === OverwriteType.Role && member.roles.includes(o.id)));
	apply(overwrites.filter((o) => o.type === OverwriteType.Member && o.id === userId));
	return allowed;
}
