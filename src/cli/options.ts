import { statSync } from 'node:fs';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, type ConfigFor, loadConfig, type Mode } from '../config.js';
import { runMain } from './run.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** A command line that cannot be run as given: reported with the usage, exit status 2. */
export class UsageError extends Error {
	override name = 'UsageError';
}

export interface CliDefinition<O extends Options> {
	/** The text `--help` prints, and bad usage prints after its one-line reason. */
	usage: string;
	/** The options besides `--help`, which every command line gets. */
	options: O;
	/** Whether words other than options are taken (a question, sections to run). */
	positionals?: boolean;
}

type Parsed<O extends Options> = ReturnType<
	typeof parseArgs<{ options: O; allowPositionals: boolean; strict: true; args: string[] }>
>;

/**
 * Runs a command-line entry point the same way as every other: `--help` (or `-h`) prints the
 * usage and exits 0; an unknown option, a missing value or a `UsageError` prints one line and
 * the usage on stderr and exits 2; anything else goes through `runMain`.
 *
 * @example
 * runCli({ usage: 'Usage: npm run x -- [--data DIR]', options: { data: { type: 'string' } } }, async ({ values }) => {
 *   console.log(dataDirectory(values.data));
 *   return 0;
 * });
 */
export function runCli<const O extends Options>(
	cli: CliDefinition<O>,
	main: (parsed: Parsed<O>) => Promise<number>,
	args: string[] = process.argv.slice(2),
): void {
	runMain(async () => {
		const end = args.indexOf('--');
		if ((end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h')) {
			console.log(cli.usage);
			return 0;
		}
		try {
			const parsed = parseArgs({
				options: cli.options,
				allowPositionals: cli.positionals ?? false,
				strict: true,
				args,
			});
			return await main(parsed as Parsed<O>);
		} catch (error) {
			const usage = error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
			if (!usage) throw error;
			console.error(`${(error as Error).message}\n\n${cli.usage}`);
			return 2;
		}
	});
}

/**
 * The configuration a mode reads, from the environment and `.env` (the environment wins), as
 * `npm start` reads it: every entry point sees the same values.
 */
export function readConfig<M extends Mode>(mode: M): ConfigFor<M> {
	loadDotenv({ quiet: true });
	return loadConfig(process.env, mode);
}

/**
 * The data directory for a command line: `--data` when given, else `DATA_DIR` from the environment
 * or `.env`, else `data`. It must be a directory; the path is kept as given, so messages show it so.
 */
export function dataDirectory(flag: string | undefined): string {
	if (flag !== undefined && !flag.trim()) throw new UsageError('--data needs a directory.');
	if (flag !== undefined) return requireDirectory(flag, '--data');
	return requireDirectory(readConfig('data').DATA_DIR, 'DATA_DIR');
}

/**
 * Checks that a data directory exists before anything is read from it, so a wrong path is one
 * line naming where it came from (bad usage for `--data`, a configuration problem for `DATA_DIR`).
 */
export function requireDirectory(dir: string, source: 'DATA_DIR' | '--data'): string {
	let isDirectory: boolean;
	try {
		isDirectory = statSync(dir).isDirectory();
	} catch {
		isDirectory = false;
	}
	if (isDirectory) return dir;
	const problem = `${source}: ${dir} is not a directory; point it at the folder that holds reports.json, entities.json and facts.json`;
	throw source === '--data' ? new UsageError(problem) : new ConfigError([problem]);
}
