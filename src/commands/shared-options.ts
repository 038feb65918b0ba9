import { ApplicationCommandOptionType } from 'discord-api-types/v10';

/** `hide`: the reply is shown only to whoever asked. */
export const hideOption = {
	type: ApplicationCommandOptionType.Boolean,
	name: 'hide',
	description: 'Show the answer only to you',
} as const;

/** `mention`: the one user the reply notifies; no other mention in a reply ever pings. */
export const mentionOption = {
	type: ApplicationCommandOptionType.User,
	name: 'mention',
	description: 'Notify this member with the answer',
} as const;
