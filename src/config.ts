import { z } from 'zod';

/** Empty values in .env mean "not set", as people write `DISCORD_TOKEN=` to switch a thing off. */
const optional = <S extends z.ZodType>(schema: S) =>
	z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

export const configSchema = z.object({
	DISCORD_TOKEN: optional(z.string().trim().min(50, 'does not look like a bot token (too short)')),
	DATA_DIR: optional(z.string()).default('data'),
	LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])).default('info'),
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
