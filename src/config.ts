/**
 * The configuration is checked by hand rather than with zod (which checks the data files): the
 * bot reads it first thing on its main thread, where loading zod cost a seventh of a second and
 * ~14 MB before the bot could start connecting. Each variable is read the way `.env.example`
 * describes it, and every problem is said in words that tell what to do.
 */

/** One variable's reading: its value, or why it is wrong (a path below the variable, and a message). */
type Reading<T> = { value: T } | { problems: { path?: string; message: string }[] };

/** Reads one variable's non-empty value. */
type Reader<T> = (value: string) => Reading<T>;

const problem = (message: string, path?: string): Reading<never> => ({
	problems: [path === undefined ? { message } : { path, message }],
});

/** A trimmed string matching a pattern, then turned into its value. */
const matching =
	<T = string>(pattern: RegExp, message: string, read: (value: string) => T = (value) => value as T): Reader<T> =>
	(value) => {
		const trimmed = value.trim();
		return pattern.test(trimmed) ? { value: read(trimmed) } : problem(message);
	};

const snowflakeMessage = 'must be a Discord id: 17 to 20 digits (Developer Mode → right-click → Copy ID)';
const snowflake = matching(/^\d{17,20}$/, snowflakeMessage);

/** A URL (surrounding spaces ignored) of one of a few protocols; http(s) ones must be written with `://`. */
const url =
	(protocol: RegExp, message: string): Reader<string> =>
	(value) => {
		const trimmed = value.trim();
		if (protocol.source === '^https?$' && !/^https?:\/\//i.test(trimmed)) return problem(message);
		let parsed: URL;
		try {
			// Not URL.parse: Node 20 has it only from 20.18.
			parsed = new URL(trimmed);
		} catch {
			return problem(message);
		}
		if (!protocol.test(parsed.protocol.replace(/:$/, ''))) return problem(message);
		// The URL parser ignores tabs and line breaks: the value does too, so it names what was checked.
		return { value: trimmed.replace(/[\t\n\r]/g, '') };
	};

/** A finite number (as `Number` reads it), from `min` to `max`. */
const number =
	(
		message: string,
		range: { min: number; minMessage: string; max: number; maxMessage: string },
		integer?: boolean,
	): Reader<number> =>
	(value) => {
		const read = Number(value);
		if (!Number.isFinite(read)) return problem(message);
		if (integer && !Number.isInteger(read)) return problem(message);
		const problems: { message: string }[] = [];
		if (integer && !Number.isSafeInteger(read)) problems.push({ message });
		if (read < range.min) problems.push({ message: range.minMessage });
		if (read > range.max) problems.push({ message: range.maxMessage });
		return problems.length > 0 ? { problems } : { value: read };
	};

const port = (what: string) =>
	number(
		`must be a port number for ${what}, e.g. 8080`,
		// 0 picks any free port, which the log then names.
		{ min: 0, minMessage: 'must be from 0 to 65535', max: 65535, maxMessage: 'must be from 0 to 65535' },
		true,
	);

const text: Reader<string> = (value) => ({ value });

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A variable: how its value is read, and what it is when unset (or set to nothing, as in `DISCORD_TOKEN=`). */
interface Setting<T, D extends T | undefined> {
	read: Reader<T>;
	fallback: D;
}

const variable = <T, D extends T | undefined = undefined>(read: Reader<T>, fallback?: D): Setting<T, D> => ({
	read,
	fallback: fallback as D,
});

/** Every variable, with what is wrong and what to do when its value is bad. */
const variables = {
	DISCORD_TOKEN: variable((value) => {
		const trimmed = value.trim();
		return trimmed.length >= 50 ? { value: trimmed } : problem('does not look like a bot token (too short)');
	}),
	DISCORD_APPLICATION_ID: variable(snowflake),
	DISCORD_DEV_GUILD_ID: variable(snowflake),
	DISCORD_API_URL: variable((value) => {
		const read = url(/^https?$/, 'must be an http(s) URL such as https://discord.com/api')(value);
		if (!('value' in read)) return read;
		const base = read.value.replace(/\/+$/, '');
		return /\/v\d+$/.test(base)
			? problem('must not end in an API version: discord.js adds /v10 itself')
			: { value: base };
	}, 'https://discord.com/api'),
	DATA_DIR: variable(text, 'data'),
	DATABASE_PATH: variable(text, 'var/sitrep.db'),
	DATABASE_URL: variable(
		url(/^postgres(ql)?$/, 'must be a PostgreSQL URL such as postgres://sitrep@db.example:5432/sitrep'),
	),
	DIGEST_GRACE_HOURS: variable(
		number('must be a number of hours, e.g. 6', {
			min: 0,
			minMessage: 'must be 0 or more',
			max: 168,
			maxMessage: 'must be at most 168 (a week)',
		}),
		6,
	),
	BOT_OWNER_IDS: variable((value): Reading<string[]> => {
		const ids = value.split(/[\s,]+/).filter(Boolean);
		const problems = ids.flatMap((id, index) => {
			const read = snowflake(id);
			return 'problems' in read ? read.problems.map(({ message }) => ({ path: String(index), message })) : [];
		});
		return problems.length > 0 ? { problems } : { value: ids };
	}),
	LOG_LEVEL: variable(
		(value): Reading<(typeof logLevels)[number]> =>
			(logLevels as readonly string[]).includes(value)
				? { value: value as (typeof logLevels)[number] }
				: problem('must be one of fatal, error, warn, info, debug, trace or silent (default info)'),
		'info',
	),
	SHARD_COUNT: variable(
		matching(
			/^(auto|[1-9]\d{0,4})$/,
			'must be `auto` (Discord’s recommendation) or a whole number of shards, e.g. 4',
			(value): number | 'auto' => (value === 'auto' ? 'auto' : Number(value)),
		),
		'auto',
	),
	SHARD_IDS: variable(
		matching(/^\d{1,5}([\s,]+\d{1,5})*$/, 'must list the shard ids this process runs, e.g. 0,1', (list) => [
			...new Set(list.split(/[\s,]+/).map(Number)),
		]),
	),
	INTERACTIONS_PORT: variable(port('the HTTP interactions endpoint')),
	DISCORD_PUBLIC_KEY: variable(
		matching(/^[0-9a-f]{64}$/i, 'must be the 64 hex characters of Developer Portal → General Information → Public Key'),
	),
	REDIS_URL: variable(url(/^rediss?$/, 'must be a redis:// or rediss:// URL')),
	METRICS_PORT: variable(port('/healthz, /readyz and /metrics')),
};

/** The configuration: every variable's value, or its default; those without one may be absent. */
type Settings = typeof variables;
type ValueOf<K extends keyof Settings> = Settings[K] extends Setting<infer T, infer _> ? T : never;
type Defaulted = {
	[K in keyof Settings]: Settings[K] extends Setting<infer _, infer D> ? (undefined extends D ? never : K) : never;
}[keyof Settings];
export type Config = { [K in Defaulted]: ValueOf<K> } & {
	[K in Exclude<keyof Settings, Defaulted>]?: ValueOf<K> | undefined;
};

type Variable = keyof typeof variables;

/**
 * Which variables each way of running reads. A mode checks only its own, so a console never
 * refuses to start over a digest setting it has no use for. New variables join the modes that use them.
 */
export const modeVariables = {
	/** `npm start` with a token: everything. */
	bot: Object.keys(variables) as Variable[],
	/** `npm start` without a token: the local console. */
	console: ['DATA_DIR'],
	/** `ask`, `validate-data`, `bench`: the data only. */
	data: ['DATA_DIR'],
	/** `deploy`: what registering commands with Discord needs. */
	deploy: ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_DEV_GUILD_ID', 'DISCORD_API_URL'],
} as const satisfies Record<string, readonly Variable[]>;

export type Mode = keyof typeof modeVariables;

/** The configuration one mode reads. */
export type ConfigFor<M extends Mode> = Pick<Config, (typeof modeVariables)[M][number]>;

export class ConfigError extends Error {
	constructor(readonly problems: readonly string[]) {
		super(
			`The configuration has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `- ${p}`).join('\n')}\nSet ${problems.length === 1 ? 'it' : 'them'} in the environment or in .env (.env.example lists every variable).`,
		);
		this.name = 'ConfigError';
	}
}

/**
 * Reads the variables a mode uses from the environment (all of them by default); every problem is
 * listed at once, one line each naming the variable, and no value is echoed.
 */
export function loadConfig<M extends Mode = 'bot'>(env: NodeJS.ProcessEnv, mode?: M): ConfigFor<M> {
	const config: Partial<Record<Variable, unknown>> = {};
	const problems: string[] = [];
	// Set means set to something: empty values in .env mean "not set", as people write `DISCORD_TOKEN=` to switch a thing off.
	const given = (name: Variable) => {
		const value = env[name];
		return value === undefined || value.trim() === '' ? undefined : value;
	};
	const used: readonly Variable[] = modeVariables[mode ?? 'bot'];
	for (const name of Object.keys(variables) as Variable[]) {
		if (!used.includes(name)) continue;
		const { read, fallback } = variables[name] as Setting<unknown, unknown>;
		const value = given(name);
		if (value === undefined) {
			if (fallback !== undefined) config[name] = fallback;
			continue;
		}
		const reading = read(value);
		if ('value' in reading) config[name] = reading.value;
		else problems.push(...reading.problems.map((p) => `${p.path ? `${name}.${p.path}` : name}: ${p.message}`));
	}
	// Checked even when other variables are wrong, so one run lists every problem.
	const isUsed = (name: Variable) => used.includes(name) && given(name) !== undefined;
	if (isUsed('DISCORD_TOKEN') && !isUsed('DISCORD_APPLICATION_ID'))
		problems.push(
			'DISCORD_APPLICATION_ID: is required with DISCORD_TOKEN (Developer Portal → General Information → Application ID)',
		);
	if (isUsed('INTERACTIONS_PORT') && !isUsed('DISCORD_PUBLIC_KEY'))
		problems.push(
			'DISCORD_PUBLIC_KEY: is required with INTERACTIONS_PORT, to verify that requests come from Discord (Developer Portal → General Information → Public Key)',
		);
	if (problems.length > 0) throw new ConfigError(problems);
	return config as ConfigFor<M>;
}
