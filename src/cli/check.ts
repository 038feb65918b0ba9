import { createInterface } from 'node:readline';
import { describeClaim } from '../core/engine.js';
import { loadEngine } from '../load-engine.js';
import { dataDirectory, runCli } from './options.js';

const usage = `Usage: npm run check -- [--json] [--data DIR] ["message" …]
Checks messages against the report, claim by claim. Each argument is one message; without any,
reads one message per line from standard input.
  --json      one JSON line per message: { "message", "claims": [ { "text", "verdict", "factIds", "report" } ] }
              text: the words of the message that carry the claim; verdict: matches, differs or not_in_report
  --data DIR  the data directory (default: DATA_DIR from the environment or .env, else data)
  --help      this text`;

async function main({ values, positionals }: { values: { json?: boolean; data?: string }; positionals: string[] }) {
	const engine = await loadEngine(dataDirectory(values.data));
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

runCli(
	{ usage, options: { json: { type: 'boolean', default: false }, data: { type: 'string' } }, positionals: true },
	main,
);
