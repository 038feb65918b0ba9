import { commands } from '../../commands/index.js';
import { usage } from '../commands/args.js';
import type { AnswerEngine } from '../core/engine.js';
import { renderPlain } from '../render/plain.js';
import { version } from '../version.js';
import { parseCommandLine } from './parse.js';

export function helpText(): string {
	const lines = commands.map((command) => `  ${usage(command)}\n      ${command.definition.description}`);
	return [
		'Commands (as in Discord; the option name may be left out for the first option):',
		...lines,
		'  /help\n      This list',
		'  /quit\n      Leave (so does Ctrl-D)',
		'Anything without a slash is a question for /ask.',
	].join('\n');
}

/** One console line in, the reply the bot would give out, as plain text. */
export function respond(line: string, engine: AnswerEngine): string {
	if (/^\/help\b/i.test(line.trim())) return helpText();
	const parsed = parseCommandLine(line, commands);
	if (!parsed.ok) return parsed.error;
	return renderPlain(parsed.command.run({ engine, version }, parsed.args));
}
