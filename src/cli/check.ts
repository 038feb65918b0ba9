import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { describeClaim } from '../core/engine.js';
import { loadEngine } from '../load-engine.js';
import { runMain } from './run.js';

const usage = `Usage: npm run check -- [--json] [--data DIR] ["message" …]
Checks messages against the report, claim by claim. Each argument is one message; without any,
reads one message per line from standard input.
  --json      one JSON line per message: { "message", "claims": [ { "text", "verdict", "factIds", "report" } ] }
              text: the words of the message that carry the claim; verdict: matches, differs or not_in_report
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
	const print = (message: string) => {
		const claims = engine.claims(message);
		if (values.json) {
			const json = claims.map((claim) => ({
				text: claim.text,
				verdict: claim.verdict,
				factIds: claim.facts.map((fact) => fact.id),
				report: claim.report,
			}));
			console.log(JSON.stringify({ message, claims: json }));
		} else {
			console.log(
				[
					`Message: ${message}`,
					...(claims.length > 0 ? claims.map(describeClaim) : ['No claim the report can check.']),
				].join('\n  '),
			);
		}
	};

	for (const message of positionals) print(message);
	if (positionals.length > 0) return 0;
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
