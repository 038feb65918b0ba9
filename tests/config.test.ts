import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const token = `${'M'.repeat(24)}.${'x'.repeat(6)}.${'y'.repeat(38)}`;
const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
	try {
		loadConfig(env);
	} catch (error) {
		if (error instanceof ConfigError) return [...error.problems];
		throw error;
	}
	return [];
};

describe('configuration', () => {
	it('runs as a local console with nothing set, and reads empty values as unset', () => {
		expect(loadConfig({ DISCORD_TOKEN: '', DISCORD_API_URL: ' ' })).toEqual({
			DISCORD_API_URL: 'https://discord.com/api',
			DATA_DIR: 'data',
			DATABASE_PATH: 'var/sitrep.db',
			DIGEST_GRACE_HOURS: 6,
			LOG_LEVEL: 'info',
			SHARD_COUNT: 'auto',
		});
	});

	it('reads the digest grace window in hours and the owners as a list of ids', () => {
		const config = loadConfig({ DIGEST_GRACE_HOURS: '1.5', BOT_OWNER_IDS: '123456789012345678, 223456789012345678' });
		expect(config.DIGEST_GRACE_HOURS).toBe(1.5);
		expect(config.BOT_OWNER_IDS).toEqual(['123456789012345678', '223456789012345678']);
		expect(problemsOf({ DIGEST_GRACE_HOURS: 'soon', BOT_OWNER_IDS: 'me' })).toEqual([
			'DIGEST_GRACE_HOURS: must be a number of hours, e.g. 6',
			'BOT_OWNER_IDS.0: must be a Discord id: 17 to 20 digits (Developer Mode → right-click → Copy ID)',
		]);
	});

	it('takes the REST base in discord.js’s form, without a trailing slash', () => {
		const config = loadConfig({
			DISCORD_TOKEN: token,
			DISCORD_APPLICATION_ID: '123456789012345678',
			DISCORD_API_URL: 'http://127.0.0.1:8080/api/',
		});
		expect(config.DISCORD_API_URL).toBe('http://127.0.0.1:8080/api');
	});

	it('lists every problem at once, by variable, without echoing any value', () => {
		const problems = problemsOf({
			DISCORD_TOKEN: token,
			DISCORD_DEV_GUILD_ID: 'my-server',
			DISCORD_API_URL: 'https://discord.com/api/v10',
			LOG_LEVEL: 'loud',
		});
		expect(problems.map((problem) => problem.split(':')[0])).toEqual([
			'DISCORD_DEV_GUILD_ID',
			'DISCORD_API_URL',
			'LOG_LEVEL',
			'DISCORD_APPLICATION_ID',
		]);
		expect(problems.join('\n')).not.toContain(token);
		expect(problems.join('\n')).not.toContain('my-server');
		expect(problems).toContain('DISCORD_API_URL: must not end in an API version: discord.js adds /v10 itself');
		expect(problems.at(-1)).toMatch(/^DISCORD_APPLICATION_ID: is required with DISCORD_TOKEN/);
	});

	it('says a port is no port and what it needs at once', () => {
		expect(problemsOf({ INTERACTIONS_PORT: '80.5' })).toEqual([
			'INTERACTIONS_PORT: must be a port number for the HTTP interactions endpoint, e.g. 8080',
			'DISCORD_PUBLIC_KEY: is required with INTERACTIONS_PORT, to verify that requests come from Discord (Developer Portal → General Information → Public Key)',
		]);
	});
});
