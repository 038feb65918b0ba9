import {
	type APIApplicationCommandInteractionDataOption,
	type APIInteraction,
	ApplicationCommandOptionType,
	InteractionType,
} from 'discord-api-types/v10';
import type { OptionValue } from '../commands/args.js';
import { permissionBits } from '../render/permissions.js';

/** Who acted: the member's user in a server, the user in a DM. */
export function userIdOf(interaction: APIInteraction): string {
	return interaction.member?.user.id ?? interaction.user?.id ?? '';
}

/** The member's permissions where the interaction happened; none outside a server. */
export function memberPermissionsOf(interaction: APIInteraction): bigint {
	return permissionBits(interaction.member?.permissions);
}

/** A command's name, or the custom id of a component, as the log and the metrics name it. */
export function nameOf(interaction: APIInteraction): string {
	switch (interaction.type) {
		case InteractionType.ApplicationCommand:
		case InteractionType.ApplicationCommandAutocomplete:
			return interaction.data.name;
		case InteractionType.MessageComponent:
			return interaction.data.custom_id;
		default:
			return '';
	}
}

type Option = APIApplicationCommandInteractionDataOption;

/** The subcommand used, if any, and the values given to the options it (or the command) has. */
export function readOptions(options: readonly Option[] | undefined): {
	subcommand?: string;
	values: Map<string, OptionValue>;
	focused?: { name: string; value: string };
} {
	const [first] = options ?? [];
	if (first?.type === ApplicationCommandOptionType.Subcommand) {
		return { subcommand: first.name, ...readOptions(first.options) };
	}
	const values = new Map<string, OptionValue>();
	let focused: { name: string; value: string } | undefined;
	for (const option of options ?? []) {
		if (!('value' in option)) continue;
		values.set(option.name, option.value);
		if ('focused' in option && option.focused) focused = { name: option.name, value: String(option.value) };
	}
	return { values, ...(focused ? { focused } : {}) };
}

/** What the log says about an interaction: who, where, what; never its token. */
export function describe(interaction: APIInteraction) {
	const name = nameOf(interaction);
	return {
		interaction: interaction.id,
		type: interaction.type,
		user: userIdOf(interaction),
		guild: interaction.guild_id,
		// Names come from Discord's registrations, but a crafted request could send anything.
		...(name
			? { [interaction.type === InteractionType.MessageComponent ? 'customId' : 'command']: name.slice(0, 100) }
			: {}),
	};
}
