import { type Args, readArgs, usage } from '../commands/args.js';
import type { Command } from '../commands/define.js';

export type Parsed = { ok: true; command: Command; args: Args } | { ok: false; error: string };

/**
 * Reads a console line as Discord would read the slash command: `/ask question: who leads…`.
 * The option name may be left out for the command's first option, and a line without a slash
 * is a question for /ask. Options are checked against the definition's own limits. An unknown
 * command's reply names `known` (the caller's full list), or else the given commands.
 */
export function parseCommandLine(
	line: string,
	commands: readonly Command[],
	{ fallback = 'ask', known }: { fallback?: string; known?: readonly string[] } = {},
): Parsed {
	const text = line.trim();
	const slash = text.startsWith('/');
	const [, name = '', rest = ''] = slash ? (/^\/(\S*)\s*([\s\S]*)$/.exec(text) ?? []) : ['', fallback, text];
	const command = commands.find(({ definition }) => definition.name === name.toLowerCase());
	if (!command) {
		const names = known ?? commands.map(({ definition }) => `/${definition.name}`);
		return { ok: false, error: `Unknown command “/${name}”. Commands: ${names.join(', ')}.` };
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

	const read = readArgs(command.definition, raw);
	if (!read.ok) return { ok: false, error: `${read.error} Usage: ${usage(command)}` };
	return { ok: true, command, args: read.args };
}

function unquote(value: string): string {
	const match = /^(["“'])([\s\S]*)(["”'])$/.exec(value);
	return match ? (match[2] ?? '') : value;
}
