import { createInterface } from 'node:readline';
import { ask } from '../../commands/ask.js';
import { readArgs } from '../commands/args.js';
import { loadEngine } from '../load-engine.js';
import { toJson } from '../render/json.js';
import { renderPlain } from '../render/plain.js';
import { dataDirectory, runCli, UsageError } from './options.js';

const usage = `Usage: npm run ask -- [--json] [--data DIR] ["question"]
Answers a question from the report. Without a question, reads one question per line from
standard input. A question has the same limits as /ask in Discord and the console.
  --json      one JSON object per question, on one line, with:
                question     the question as received
                found        false when the report does not answer it
                kind         the sort of answer (facts, entity, not-found, …)
                answer       the text a user reads, without sources
                sources      id, quote, report, paragraph, basis of each fact the answer rests on
                suggestions  close facts offered when nothing matched: label, query
  --data DIR  the data directory (default: DATA_DIR from the environment or .env, else data)
  --help      this text
Exit status: 0 when every question was answered (found or not), 2 on bad usage or a question
outside the limits, 1 when the data cannot be loaded.`;

/** Why a question cannot be asked, in the words /ask uses in the console; undefined when it can. */
function refusal(question: string): string | undefined {
	const read = readArgs(ask.definition, new Map([['question', question.trim()]]));
	return read.ok ? undefined : read.error;
}

runCli(
	{
		usage,
		options: { json: { type: 'boolean', default: false }, data: { type: 'string' } },
		positionals: true,
	},
	async ({ values, positionals }) => {
		const single = positionals.length > 0 ? positionals.join(' ') : undefined;
		const refused = single === undefined ? undefined : refusal(single);
		if (refused) throw new UsageError(refused);
		const engine = await loadEngine(dataDirectory(values.data));
		const print = (question: string) => {
			const answer = engine.ask(question);
			console.log(values.json ? JSON.stringify(toJson(answer)) : `${renderPlain(answer)}\n`);
		};

		if (single !== undefined) {
			print(single);
			return 0;
		}
		let status = 0;
		let lineNumber = 0;
		for await (const line of createInterface({ input: process.stdin, terminal: false })) {
			lineNumber++;
			if (!line.trim()) continue;
			const reason = refusal(line);
			if (reason) {
				console.error(`line ${lineNumber}: ${reason}`);
				status = 2;
			} else print(line);
		}
		return status;
	},
);
