import { z } from 'zod';

/** Empty values in .env mean "not set", as people write `DISCORD_TOKEN=` to switch a thing off. */
const optional = <S extends z.ZodType>(schema: S) =>
	z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

const snowflake = z
	.string()
	.trim()
	.regex(/^\d{17,20}$/, 'must be a Discord id: 17 to 20 digits (Developer Mode → right-click → Copy ID)');

const port = (what: string) =>
	z.coerce
		.number({ error: `must be a port number for ${what}, e.g. 8080` })
		.int(`must be a port number for ${what}, e.g. 8080`)
		// 0 picks any free port, which the log then names.
		.min(0, 'must be from 0 to 65535')
		.max(65535, 'must be from 0 to 65535');

/** Every variable, with what is wrong and what to do when its value is bad. */
const variables = {
	DISCORD_TOKEN: optional(z.string().trim().min(50, 'does not look like a bot token (too short)')),
	DISCORD_APPLICATION_ID: optional(snowflake),
	DISCORD_DEV_GUILD_ID: optional(snowflake),
	DISCORD_API_URL: optional(
		z
			.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' })
			.transform((url) => url.replace(/\/+$/, ''))
			.refine((url) => !/\/v\d+$/.test(url), 'must not end in an API version: discord.js adds /v10 itself'),
	).default('https://discord.com/api'),
	DATA_DIR: optional(z.string()).default('data'),
	DATABASE_PATH: optional(z.string()).default('var/sitrep.db'),
	DATABASE_URL: optional(
		z.url({
			protocol: /^postgres(ql)?$/,
			error: 'must be a PostgreSQL URL such as postgres://sitrep@db.example:5432/sitrep',
		}),
	),
	DIGEST_GRACE_HOURS: optional(
		z.coerce
			.number({ error: 'must be a number of hours, e.g. 6' })
			.min(0, 'must be 0 or more')
			.max(168, 'must be at most 168 (a week)'),
	).default(6),
	BOT_OWNER_IDS: optional(
		z
			.string()
			.transform((list) => list.split(/[\s,]+/).filter(Boolean))
			.pipe(z.array(snowflake)),
	),
	LOG_LEVEL: optional(
		z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
			error: 'must be one of fatal, error, warn, info, debug, trace or silent (default info)',
		}),
	).default('info'),
	SHARD_COUNT: optional(
		z
			.string()
			.trim()
			.regex(/^(auto|[1-9]\d{0,4})$/, 'must be `auto` (Discord’s recommendation) or a whole number of shards, e.g. 4')
			.transform((value) => (value === 'auto' ? 'auto' : Number(value))),
	).default('auto'),
	SHARD_IDS: optional(
		z
			.string()
			.trim()
			.regex(/^\d{1,5}([\s,]+\d{1,5})*$/, 'must list the shard ids this process runs, e.g. 0,1')
			.transform((list) => [...new Set(list.split(/[\s,]+/).map(Number))]),
	),
	INTERACTIONS_PORT: optional(port('the HTTP interactions endpoint')),
	DISCORD_PUBLIC_KEY: optional(
		z
			.string()
			.trim()
			.regex(/^[0-9a-f]{64}$/i, 'must be the 64 hex characters of Developer Portal → General Information → Public Key'),
	),
	REDIS_URL: optional(z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' })),
	METRICS_PORT: optional(port('/healthz, /readyz and /metrics')),
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

/** An application id is needed as soon as there is a token, to register and answer commands. */
const withApplicationId = <
	S extends z.ZodType<{
		DISCORD_TOKEN?: string;
		DISCORD_APPLICATION_ID?: string;
		INTERACTIONS_PORT?: number;
		DISCORD_PUBLIC_KEY?: string;
	}>,
>(
	schema: S,
) =>
	schema
		.refine((config) => !config.DISCORD_TOKEN || config.DISCORD_APPLICATION_ID, {
			path: ['DISCORD_APPLICATION_ID'],
			message: 'is required with DISCORD_TOKEN (Developer Portal → General Information → Application ID)',
			// Checked even when other variables are wrong, so one run lists every problem.
			when: ({ value }) => typeof value === 'object' && value !== null,
		})
		.refine((config) => config.INTERACTIONS_PORT === undefined || config.DISCORD_PUBLIC_KEY, {
			path: ['DISCORD_PUBLIC_KEY'],
			message:
				'is required with INTERACTIONS_PORT, to verify that requests come from Discord (Developer Portal → General Information → Public Key)',
			when: ({ value }) => typeof value === 'object' && value !== null,
		});

export const configSchema = withApplicationId(z.object(variables));

export type Config = z.infer<typeof configSchema>;
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
	const used: Partial<Record<Variable, true>> = Object.fromEntries(
		modeVariables[mode ?? 'bot'].map((name) => [name, true]),
	);
	const schema =
		mode === undefined || mode === 'bot' ? configSchema : withApplicationId(z.object(variables).pick(used));
	const result = schema.safeParse(env);
	if (result.success) return result.data as ConfigFor<M>;
	throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
}
