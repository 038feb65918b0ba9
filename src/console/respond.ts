import { commands, messageCommands } from '../../commands/index.js';
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
		...messageCommands.map(
			({ definition, consoleName }) =>
				`  /${consoleName} <message text>\n      “${definition.name}”: what the report says about a message (Discord: the message’s Apps menu)`,
		),
		'  /help\n      This list',
		'  /quit\n      Leave (so does Ctrl-D)',
		'Anything without a slash is a question for /ask.',
	].join('\n');
}

/** One console line in, the reply the bot would give out, as plain text. */
export function respond(line: string, engine: AnswerEngine): string {
	const text = line.trim();
	if (/^\/help\b/i.test(text)) return helpText();
	const context = { engine, version };
	for (const command of messageCommands) {
		const name = new RegExp(`^/${command.consoleName}(?:\\s+|$)`, 'i').exec(text);
		if (!name) continue;
		const content = text.slice(name[0].length);
		if (!content) return `Usage: /${command.consoleName} <message text>`;
		return renderPlain(command.run(context, { content }));
	}
	const parsed = parseCommandLine(line, commands);
	if (!parsed.ok) return parsed.error;
	return renderPlain(parsed.command.run(context, parsed.args));
}
