import { type APIInteraction, InteractionContextType, PermissionFlagsBits } from 'discord-api-types/v10';
import { missingPermissions, permissionBits, permissionNames } from '../render/permissions.js';
import { memberPermissionsOf, userIdOf } from './payload.js';
import type { RateLimiter } from './rate-limit.js';

/** What an interaction needs before its handler runs, checked once for every kind of interaction. */
export interface Preconditions {
	/** The command's definition: `contexts` (guild-only) and `default_member_permissions`. */
	access?: { default_member_permissions?: string | null; contexts?: readonly InteractionContextType[] | null };
	/** Only this user may use it (the asker, for pages and confirmations), with what others are told. */
	owner?: { id: string; refusal: string };
	/** Why the arguments cannot be used, found while parsing them: told after access, before the limit. */
	invalid?: string;
	/** Counted against this per-user limit. */
	limit?: RateLimiter;
}

/**
 * Why an interaction may not go on, or nothing. Discord hides a command from members without its
 * `default_member_permissions`, but server admins can change that per command, and buttons and
 * menus carry no permissions at all: so the bot checks again when it runs.
 */
export async function whyRefused(interaction: APIInteraction, needs: Preconditions): Promise<string | undefined> {
	const { access, owner, invalid, limit } = needs;
	if (access) {
		const guildOnly = access.contexts?.every((context) => context === InteractionContextType.Guild) ?? false;
		if (guildOnly && !interaction.guild_id) return 'This works only in a server, not in direct messages.';
		const needed = permissionBits(access.default_member_permissions);
		if (needed !== 0n) {
			const missing = missingPermissions(memberPermissionsOf(interaction), needed);
			if (missing !== 0n || !interaction.member) {
				const who = (needed & PermissionFlagsBits.ManageMessages) !== 0n ? 'moderators' : 'server managers';
				return `This is for ${who}: it needs the ${permissionNames(needed)} permission.`;
			}
		}
	}
	if (owner && userIdOf(interaction) !== owner.id) return owner.refusal;
	if (invalid) return invalid;
	if (limit) {
		// Last, so a refused interaction costs the user nothing.
		const wait = await limit.take(userIdOf(interaction));
		if (wait > 0) return `You’re asking quickly. Please wait ${Math.ceil(wait / 1000)} s and ask again.`;
	}
	return undefined;
}
