import { usage } from '../commands/args.js';
import type { Audience, CommandSet } from '../commands/define.js';
import type { Answer } from '../core/answer.js';
import { composeDigest, digestTitle } from '../core/digest.js';
import type { AnswerEngine } from '../core/engine.js';
import { renderPlain } from '../render/plain.js';
import { version } from '../version.js';
import { parseCommandLine } from './parse.js';

/** One line of the console's command list: what help shows, and what an unknown command's reply names. */
export interface ConsoleCommand {
	name: string;
	usage: string;
	description: string;
}

/** What the console does for the server commands, whose Discord forms need a server. */
const inConsole: Record<string, Omit<ConsoleCommand, 'name'>> = {
	digest: {
		usage: '/digest preview',
		description: 'The digest a server would get now (schedules are set in Discord with /digest set)',
	},
	reload: { usage: '/reload', description: 'Reload the data files; if they fail validation, the current data stays' },
};

/** Words that ask for help without a slash, in English, French and Haitian Creole. */
const helpWords = /^(?:help|aide|èd)\s*[?!.]*$/i;

/**
 * Every console command, from the commands' own definitions, in the order help lists them: the
 * slash commands, the message menu's stand-in, the server commands, then the console's own.
 */
export function consoleCommands({ commands, messageCommands, serverCommands }: CommandSet): ConsoleCommand[] {
	return [
		...commands.map((command) => ({
			name: command.definition.name,
			usage: usage(command),
			description: command.definition.description,
		})),
		...messageCommands.map(({ definition, consoleName }) => ({
			name: consoleName,
			usage: `/${consoleName} <message text>`,
			description: `“${definition.name}”: what the report says about a message (Discord: the message’s Apps menu)`,
		})),
		...serverCommands.flatMap(({ definition }) => {
			const here = inConsole[definition.name];
			return here ? [{ name: definition.name, ...here }] : [];
		}),
		{ name: 'help', usage: '/help', description: 'This list (so does help, aide or èd on its own)' },
		{ name: 'quit', usage: '/quit', description: 'Leave (so does Ctrl-D)' },
	];
}

export function helpText(set: CommandSet): string {
	return [
		'Commands (as in Discord; the option name may be left out for the first option):',
		...consoleCommands(set).map((command) => `  ${command.usage}\n      ${command.description}`),
		'Anything without a slash is a question for /ask.',
	].join('\n');
}

/** One console line in, the reply the bot would give out, as plain text. */
export async function respond(line: string, engine: AnswerEngine, set: CommandSet): Promise<string> {
	const { commands, messageCommands } = set;
	const text = line.trim();
	if (/^\/help\b/i.test(text) || helpWords.test(text)) return helpText(set);
	if (/^\/digest\b/i.test(text)) return digestText(text, engine);
	if (/^\/(?:reload|quit)\b/i.test(text)) return `${text.split(/\s/)[0]} works at the console’s prompt (npm start).`;
	const context = { engine, version };
	for (const command of messageCommands) {
		const name = new RegExp(`^/${command.consoleName}(?:\\s+|$)`, 'i').exec(text);
		if (!name) continue;
		const content = text.slice(name[0].length);
		if (!content) return `Usage: /${command.consoleName} <message text>`;
		return render(command.audience, await command.run(context, { content }), engine);
	}
	const parsed = parseCommandLine(line, commands, {
		known: consoleCommands(set).map((command) => `/${command.name}`),
	});
	if (!parsed.ok) return parsed.error;
	return render(parsed.command.audience, await parsed.command.run(context, parsed.args), engine);
}

/** Moderators' commands show their provenance in the console too: fact ids, quotes, basis, the reports' metadata. */
function render(audience: Audience, answer: Answer, engine: AnswerEngine): string {
	return renderPlain(
		answer,
		audience === 'moderators' ? { provenance: { report: (id) => engine.base.report(id) } } : {},
	);
}

function digestText(text: string, engine: AnswerEngine): string {
	if (!/^\/digest\s+preview\s*$/i.test(text)) {
		return 'Here only `/digest preview` works: digests are scheduled in a Discord server with /digest set.';
	}
	const digest = composeDigest(engine, undefined);
	return [
		`${digestTitle(engine.base.reports)} (as a first digest in a server)`,
		...digest.sections.map((section) => renderPlain(section)),
	].join(`\n\n${'—'.repeat(40)}\n\n`);
}
