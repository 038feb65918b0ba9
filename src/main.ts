import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig } from './config.js';
import { runConsole } from './console/repl.js';
import { DataError } from './data/problems.js';
import { loadEngine } from './load-engine.js';

async function main(): Promise<number> {
	loadDotenv({ quiet: true });
	const config = loadConfig(process.env);
	const engine = await loadEngine(config.DATA_DIR);

	if (config.DISCORD_TOKEN) {
		console.error(
			'DISCORD_TOKEN is set, but this version has no Discord client yet. Unset it to use the local console.',
		);
		return 1;
	}

	console.error('No DISCORD_TOKEN set: local console. Type /help, a slash command or a question; Ctrl-D quits.');
	await runConsole({ engine, input: process.stdin, output: process.stdout, interactive: process.stdin.isTTY === true });
	return 0;
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		// Expected start-up failures are explained without a stack trace; anything else keeps its stack.
		console.error(error instanceof DataError || error instanceof ConfigError ? error.message : error);
		process.exitCode = 1;
	},
);
