import { type APIApplicationCommandBasicOption, ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { Command } from './define.js';

export type OptionValue = string | number | boolean;
export type Args = Record<string, OptionValue>;

/**
 * Checks option values against a command's definition, as Discord would: required options
 * present, strings within their lengths, numbers and booleans well-formed. Console text is
 * converted to the option's type; values that arrive typed from Discord are checked again,
 * since a stale registration or a crafted request can send what the definition forbids.
 */
export function readArgs(
	definition: { readonly options?: readonly APIApplicationCommandBasicOption[] },
	values: ReadonlyMap<string, OptionValue>,
): { ok: true; args: Args } | { ok: false; error: string } {
	const args: Args = {};
	for (const option of definition.options ?? []) {
		const value = values.get(option.name);
		if (value === undefined || value === '') {
			if (option.required) return { ok: false, error: `Missing option “${option.name}”.` };
			continue;
		}
		const converted = convert(option, value);
		if (typeof converted === 'object') return { ok: false, error: converted.error };
		const choices = 'choices' in option ? option.choices : undefined;
		if (choices?.length && !choices.some((choice) => choice.value === converted)) {
			const names = choices.map((choice) => choice.name).join(', ');
			return { ok: false, error: `“${option.name}” must be one of: ${names}.` };
		}
		args[option.name] = converted;
	}
	return { ok: true, args };
}

function convert(option: APIApplicationCommandBasicOption, value: OptionValue): OptionValue | { error: string } {
	switch (option.type) {
		case ApplicationCommandOptionType.String: {
			const text = String(value);
			const { min_length: min = 0, max_length: max = 6000 } = option;
			if (text.length < min) return { error: `“${option.name}” needs at least ${min} characters.` };
			if (text.length > max)
				return { error: `“${option.name}” can be at most ${max} characters (got ${text.length}).` };
			return text;
		}
		case ApplicationCommandOptionType.Integer:
		case ApplicationCommandOptionType.Number: {
			const number = Number(value);
			const whole = option.type === ApplicationCommandOptionType.Integer;
			if (typeof value === 'boolean' || !Number.isFinite(number) || (whole && !Number.isInteger(number))) {
				return { error: `“${option.name}” must be ${whole ? 'a whole number' : 'a number'}.` };
			}
			return number;
		}
		case ApplicationCommandOptionType.Boolean: {
			if (typeof value === 'boolean') return value;
			const text = String(value).toLowerCase();
			if (['true', 'yes', 'on', '1'].includes(text)) return true;
			if (['false', 'no', 'off', '0'].includes(text)) return false;
			return { error: `“${option.name}” must be true or false.` };
		}
		case ApplicationCommandOptionType.User:
		case ApplicationCommandOptionType.Channel:
		case ApplicationCommandOptionType.Role:
		case ApplicationCommandOptionType.Mentionable:
			// Discord sends the id; anything else would end up in a mention.
			if (!/^\d{17,20}$/.test(String(value))) return { error: `“${option.name}” must be picked from Discord’s list.` };
			return String(value);
		default:
			return value;
	}
}

/** How a command is typed, in Discord and in the console: `/timeline [from: …] [to: …] [topic: …]`. */
export function usage({ definition }: Command): string {
	const options = (definition.options ?? []).map((option) =>
		option.required ? `${option.name}: <${option.name}>` : `[${option.name}: …]`,
	);
	return [`/${definition.name}`, ...options].join(' ');
}
