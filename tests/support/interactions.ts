import {
	type APIEmbed,
	ApplicationCommandOptionType,
	ApplicationCommandType,
	type InteractionResponseType,
	InteractionType,
} from 'discord-api-types/v10';
import type { InteractionInput, RecordedRequest } from './fake-discord.js';

export interface Component {
	type: number;
	custom_id: string;
	label?: string;
	disabled?: boolean;
	options?: { label: string; value: string }[];
}
export interface MessageData {
	content?: string;
	embeds?: APIEmbed[];
	components?: { type: number; components: Component[] }[];
	flags?: number;
	allowed_mentions?: { parse?: string[]; users?: string[] };
	choices?: { name: string; value: string }[];
}
export interface Callback {
	type: InteractionResponseType;
	data?: MessageData;
}

export const callbackOf = (request: RecordedRequest) => request.body as Callback;
export const embedOf = (callback: Callback) => callback.data?.embeds?.[0] ?? {};
export const componentsOf = (callback: Callback) => callback.data?.components?.flatMap((row) => row.components) ?? [];

/** A user option's value, as Discord sends it: the id, with the user among the resolved data. */
export const user = (id: string) => ({ user: id });

/** A slash command interaction; option types follow the values (text, true/false, `user(id)`). */
export function slash(
	name: string,
	options: Record<string, string | boolean | { user: string }> = {},
	extra: Partial<InteractionInput> = {},
) {
	const option = (key: string, value: string | boolean | { user: string }) =>
		typeof value === 'object'
			? { name: key, type: ApplicationCommandOptionType.User, value: value.user }
			: typeof value === 'boolean'
				? { name: key, type: ApplicationCommandOptionType.Boolean, value }
				: { name: key, type: ApplicationCommandOptionType.String, value };
	const users = Object.values(options).flatMap((value) =>
		typeof value === 'object'
			? [[value.user, { id: value.user, username: 'friend', discriminator: '0', avatar: null }]]
			: [],
	);
	return {
		type: InteractionType.ApplicationCommand,
		data: {
			name,
			type: ApplicationCommandType.ChatInput,
			options: Object.entries(options).map(([key, value]) => option(key, value)),
			...(users.length > 0 ? { resolved: { users: Object.fromEntries(users) } } : {}),
		},
		...extra,
	} satisfies InteractionInput;
}

export function autocomplete(name: string, option: string, value: string): InteractionInput {
	return {
		type: InteractionType.ApplicationCommandAutocomplete,
		data: { name, options: [{ name: option, type: ApplicationCommandOptionType.String, value, focused: true }] },
	};
}
