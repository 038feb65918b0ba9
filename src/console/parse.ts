import { type APIApplicationCommandBasicOption, ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { Command } from '../commands/define.js';

export type Parsed =
	| { ok: true; command: Command; args: Record<string, string | number | boolean> }
	| { ok: false; error: string };

/** How a command is typed in the console: `/timeline [from: …] [to: …] [topic: …]`. */
export function usage({ definition }: Command): string {
	const options = (definition.options ?? []).map((option) =>
		option.required ? `${option.name}: <${option.name}>` : `[${option.name}: …]`,
	);
	return [`/${definition.name}`, ...options].join(' ');
}

/**
 * Reads a console line as Discord would read the slash command: `/ask question: who leads…`.
 * The option name may be left out for the command's first option, and a line without a slash
 * is a question for /ask. Options are checked against the definition's own limits.
 */
export function parseCommandLine(line: string, commands: readonly Command[], fallback = 'ask'): Parsed {
	const text = line.trim();
	const slash = text.startsWith('/');
	const [, name = '', rest = ''] = slash ? (/^\/(\S*)\s*([\s\S]*)$/.exec(text) ?? []) : ['', fallback, text];
	const command = commands.find(({ definition }) => definition.name === name.toLowerCase());
	if (!command) {
		const known = commands.map(({ definition }) => `/${definition.name}`).join(', ');
		return { ok: false, error: `Unknown command “/${name}”. Commands: ${known}, /help.` };
	}

	const options = command.definition.options ?? [];
	const raw = new Map<string, string>();
	// Option keys are only the command's own names followed by a colon, so a colon in a question stays text.
	const keys = options.map((option) => option.name).join('|');
	const keyPattern = keys ? new RegExp(`(?:^|\\s)(${keys}):`, 'gi') : undefined;
	const marks = keyPattern ? [...rest.matchAll(keyPattern)] : [];
	const leading = (marks[0] ? rest.slice(0, marks[0].index) : rest).trim();
	if (leading) {
		const first = options.find((option) => option.required) ?? options[0];
		if (!first) return { ok: false, error: `/${command.definition.name} takes no options. Usage: ${usage(command)}` };
		raw.set(first.name, leading);
	}
	for (const [i, mark] of marks.entries()) {
		const key = (mark[1] ?? '').toLowerCase();
		const start = (mark.index ?? 0) + mark[0].length;
		const end = marks[i + 1]?.index ?? rest.length;
		if (raw.has(key)) return { ok: false, error: `Option “${key}” is given twice. Usage: ${usage(command)}` };
		raw.set(key, unquote(rest.slice(start, end).trim()));
	}

	const args: Record<string, string | number | boolean> = {};
	for (const option of options) {
		const value = raw.get(option.name);
		if (value === undefined || value === '') {
			if (option.required) {
				return { ok: false, error: `Missing option “${option.name}”. Usage: ${usage(command)}` };
			}
			continue;
		}
		const converted = convert(option, value);
		if (typeof converted === 'object') return { ok: false, error: `${converted.error} Usage: ${usage(command)}` };
		args[option.name] = converted;
	}
	return { ok: true, command, args };
}

function convert(
	option: APIApplicationCommandBasicOption,
	value: string,
): string | number | boolean | { error: string } {
	switch (option.type) {
		case ApplicationCommandOptionType.String: {
			const { min_length: min = 0, max_length: max = 6000 } = option;
			if (value.length < min) return { error: `“${option.name}” needs at least ${min} characters.` };
			if (value.length > max)
				return { error: `“${option.name}” can be at most ${max} characters (got ${value.length}).` };
			return value;
		}
		case ApplicationCommandOptionType.Integer:
		case ApplicationCommandOptionType.Number: {
			const number = Number(value);
			const whole = option.type === ApplicationCommandOptionType.Integer;
			if (!Number.isFinite(number) || (whole && !Number.isInteger(number))) {
				return { error: `“${option.name}” must be ${whole ? 'a whole number' : 'a number'}.` };
			}
			return number;
		}
		case ApplicationCommandOptionType.Boolean: {
			const yes = ['true', 'yes', 'on', '1'].includes(value.toLowerCase());
			const no = ['false', 'no', 'off', '0'].includes(value.toLowerCase());
			if (!yes && !no) return { error: `“${option.name}” must be true or false.` };
			return yes;
		}
		default:
			return value;
	}
}

function unquote(value: string): string {
	const match = /^(["“'])([\s\S]*)(["”'])$/.exec(value);
	return match ? (match[2] ?? '') : value;
}
