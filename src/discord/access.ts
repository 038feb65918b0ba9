import { InteractionContextType, PermissionsBitField, type RepliableInteraction } from 'discord.js';

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
	const names = needed.toArray().map((name) => name.replace(/(?<=[a-z])(?=[A-Z])/g, ' '));
	return `This is for moderators: it needs the ${names.join(', ')} permission.`;
}
