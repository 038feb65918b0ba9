import { PermissionFlagsBits } from 'discord-api-types/v10';

/** What the bot needs in a digest's channel: see it, post, embed, and read back what it posted after a restart. */
export const digestPermissions =
	PermissionFlagsBits.ViewChannel |
	PermissionFlagsBits.SendMessages |
	PermissionFlagsBits.EmbedLinks |
	PermissionFlagsBits.ReadMessageHistory;
