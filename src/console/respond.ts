import { commands, messageCommands } from '../../commands/index.js';
import { usage } from '../commands/args.js';
import { composeDigest, digestTitle } from '../core/digest.js';
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
		'  /digest preview\n      The digest a server would get now (schedules are set in Discord with /digest set)',
		'  /reload\n      Reload the data files; if they fail validation, the current data stays',
		'  /help\n      This list',
		'  /quit\n      Leave (so does Ctrl-D)',
		'Anything without a slash is a question for /ask.',
	].join('\n');
}

/** One console line in, the reply the bot would give out, as plain text. */
export function respond(line: string, engine: AnswerEngine): string {
	const text = line.trim();
	if (/^\/help\b/i.test(text)) return helpText();
	if (/^\/digest\b/i.test(text)) return digestText(text, engine);
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

function digestText(text: string, engine: AnswerEngine): string {
	if (!/^\/digest\s+preview\s*$/i.test(text)) {
		return 'Here only `/digest preview` works: digests are scheduled in a Discord server with /digest set.';
	}
	const digest = composeDigest(engine, undefined);
	return [`${digestTitle(engine)} (as a first digest in a server)`, ...digest.sections.map(renderPlain)].join(
		`\n\n${'—'.repeat(40)}\n\n`,
	);
}
