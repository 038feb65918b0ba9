import { ConfigError } from '../config.js';
import { DataError } from '../data/problems.js';

/**
 * Runs an entry point and sets the exit status from it. Expected failures (bad data, bad
 * configuration, a rejected token) are explained in one message without a stack trace;
 * anything else keeps its stack.
 */
export function runMain(main: () => Promise<number>): void {
	main().then(
		(code) => {
			process.exitCode = code;
		},
		(error: unknown) => {
			console.error(isExpected(error) ? error.message : error);
			process.exitCode = 1;
		},
	);
}

function isExpected(error: unknown): error is Error {
	if (error instanceof DataError || error instanceof ConfigError) return true;
	// discord.js's own words for a missing or rejected token are clear, and never include it.
	return error instanceof Error && 'code' in error && (error.code === 'TokenInvalid' || error.code === 'TokenMissing');
}
