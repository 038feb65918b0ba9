import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { AnswerEngine } from '../core/engine.js';
import { respond } from './respond.js';

export interface ConsoleOptions {
	engine: AnswerEngine;
	input: Readable;
	output: Writable;
	/** Show a prompt and line editing: true for a terminal, false for piped input. */
	interactive: boolean;
}

/** Answers console lines until end of input or /quit; a failing line is reported and the console carries on. */
export async function runConsole({ engine, input, output, interactive }: ConsoleOptions): Promise<void> {
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
				reply = respond(line, engine);
			} catch (error) {
				reply = `Something went wrong answering that: ${(error as Error).message}`;
			}
			output.write(`${reply}\n\n`);
		}
		if (interactive) lines.prompt();
	}
	lines.close();
}
