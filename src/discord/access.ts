import {
	InteractionContextType,
	PermissionFlagsBits,
	PermissionsBitField,
	type RepliableInteraction,
} from 'discord.js';

/**
 * Why a member may not use a command here, or nothing. Discord hides a command from members
 * without its `default_member_permissions`, but server admins can change that per command, and
 * menus and buttons carry no permissions at all: so the bot checks again when it runs.
 */
export function whyRefused(
	definition: { default_member_permissions?: string | null; contexts?: readonly InteractionContextType[] | null },
	interaction: RepliableInteraction,
): string | undefined {
	const guildOnly = definition.contexts?.every((context) => context === InteractionContextType.Guild) ?? false;
	if (guildOnly && !interaction.inGuild()) return 'This works only in a server, not in direct messages.';
	if (!definition.default_member_permissions) return undefined;
	const needed = new PermissionsBitField(BigInt(definition.default_member_permissions));
	if (interaction.memberPermissions?.has(needed)) return undefined;
	return `This is for ${needed.has(PermissionFlagsBits.ManageMessages) ? 'moderators' : 'server managers'}: it needs the ${permissionNames(needed.toArray())} permission.`;
}

/** Permission flags as Discord's settings name them: "Send Messages, Embed Links". */
export function permissionNames(flags: readonly string[]): string {
	return flags.map((flag) => flag.replace(/(?<=[a-z])(?=[A-Z])/g, ' ')).join(', ');
}
