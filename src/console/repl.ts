import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { CommandSet } from '../commands/define.js';
import { reloadReport } from '../commands/reload-report.js';
import type { LiveEngine } from '../live-engine.js';
import { respond } from './respond.js';

export interface ConsoleOptions {
	live: Pick<LiveEngine, 'current' | 'reload'>;
	input: Readable;
	output: Writable;
	/** Show a prompt and line editing: true for a terminal, false for piped input. */
	interactive: boolean;
	commands: CommandSet;
}

/** Answers console lines until end of input or /quit; a failing line is reported and the console carries on. */
export async function runConsole({ live, input, output, interactive, commands }: ConsoleOptions): Promise<void> {
	const lines = createInterface({ input, ...(interactive ? { output, terminal: true } : { terminal: false }) });
	if (interactive) {
		lines.setPrompt('sitrep> ');
		lines.prompt();
	}
	for await (const line of lines) {
		if (/^\/(quit|exit)\s*$/i.test(line.trim())) break;
		if (line.trim()) {
			let reply: string;
			try {
				reply = /^\/reload\s*$/i.test(line.trim())
					? reloadReport(await live.reload())
					: await respond(line, live.current, commands);
			} catch (error) {
				reply = `Something went wrong answering that: ${(error as Error).message}`;
			}
			output.write(`${reply}\n\n`);
		}
		if (interactive) lines.prompt();
	}
	lines.close();
}
