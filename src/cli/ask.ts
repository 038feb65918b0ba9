import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadEngine } from '../load-engine.js';
import { toJson } from '../render/json.js';
import { renderPlain } from '../render/plain.js';
import { runMain } from './run.js';

const usage = `Usage: npm run ask -- [--json] [--data DIR] ["question"]
Answers a question from the report. Without a question, reads one question per line from standard input.
  --json      one JSON object per question: question, found, answer, sources
  --data DIR  the data directory (default: data)`;

async function main(): Promise<number> {
	let parsed: ReturnType<typeof parse>;
	try {
		parsed = parse();
	} catch (error) {
		console.error(`${(error as Error).message}\n\n${usage}`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		console.log(usage);
		return 0;
	}

	const engine = await loadEngine(values.data);
	const print = (question: string) => {
		const answer = engine.ask(question);
		console.log(values.json ? JSON.stringify(toJson(answer)) : `${renderPlain(answer)}\n`);
	};

	if (positionals.length > 0) {
		print(positionals.join(' '));
		return 0;
	}
	for await (const line of createInterface({ input: process.stdin, terminal: false })) {
		if (line.trim()) print(line);
	}
	return 0;
}

function parse() {
	return parseArgs({
		options: {
			json: { type: 'boolean', default: false },
			data: { type: 'string', default: 'data' },
			help: { type: 'boolean', short: 'h', default: false },
		},
		allowPositionals: true,
		strict: true,
	});
}

runMain(main);
