import { z } from 'zod';

/** Empty values in .env mean "not set", as people write `DISCORD_TOKEN=` to switch a thing off. */
const optional = <S extends z.ZodType>(schema: S) =>
	z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

const snowflake = z
	.string()
	.trim()
	.regex(/^\d{17,20}$/, 'must be a Discord id: 17 to 20 digits (Developer Mode → right-click → Copy ID)');

export const configSchema = z
	.object({
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
		LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])).default('info'),
	})
	.refine((config) => !config.DISCORD_TOKEN || config.DISCORD_APPLICATION_ID, {
		path: ['DISCORD_APPLICATION_ID'],
		message: 'is required with DISCORD_TOKEN (Developer Portal → General Information → Application ID)',
		// Checked even when other variables are wrong, so one run lists every problem.
		when: ({ value }) => typeof value === 'object' && value !== null,
	});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
	constructor(readonly problems: readonly string[]) {
		super(
			`The configuration has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `- ${p}`).join('\n')}`,
		);
		this.name = 'ConfigError';
	}
}

/** Reads the configuration from the environment; every problem is listed at once, and no value is echoed. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
	const result = configSchema.safeParse(env);
	if (result.success) return result.data;
	throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
}
