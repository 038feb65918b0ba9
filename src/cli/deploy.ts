import { parseArgs } from 'node:util';
import { REST, Routes } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { definitionsOf } from '../commands/define.js';
import { loadCommandSet } from '../commands/load.js';
import { ConfigError, loadConfig } from '../config.js';
import { whyUnreachable } from '../discord/reach.js';
import { createLogger } from '../logger.js';
import { runMain } from './run.js';

const usage = `Usage: npm run deploy [-- --dry-run]
Registers every command with Discord, replacing what was registered before: in the server
DISCORD_DEV_GUILD_ID when it is set (instantly, for testing), else globally (every server).
  --dry-run  print the commands' JSON and register nothing (needs no token)`;

async function main(): Promise<number> {
	let values: { 'dry-run'?: boolean; help?: boolean };
	try {
		({ values } = parseArgs({ options: { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
	} catch (error) {
		console.error(`${(error as Error).message}\n\n${usage}`);
		return 2;
	}
	if (values.help) {
		console.log(usage);
		return 0;
	}
	const definitions = definitionsOf(await loadCommandSet());
	if (values['dry-run']) {
		console.log(JSON.stringify(definitions, null, 2));
		return 0;
	}

	loadDotenv({ quiet: true });
	const config = loadConfig(process.env);
	if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
		throw new ConfigError(['DISCORD_TOKEN and DISCORD_APPLICATION_ID: both are needed to register commands']);
	}
	const rest = new REST({ api: config.DISCORD_API_URL }).setToken(config.DISCORD_TOKEN);
	const guild = config.DISCORD_DEV_GUILD_ID;
	// A bulk overwrite: commands removed from the code disappear from Discord too.
	const route = guild
		? Routes.applicationGuildCommands(config.DISCORD_APPLICATION_ID, guild)
		: Routes.applicationCommands(config.DISCORD_APPLICATION_ID);
	let registered: { name: string }[];
	try {
		registered = (await rest.put(route, { body: definitions })) as { name: string }[];
	} catch (error) {
		const reason = whyUnreachable(error, config.DISCORD_API_URL);
		if (!reason) throw error;
		// One structured line an admin can act on, not a stack.
		createLogger(config.LOG_LEVEL).fatal(
			{ what: 'registering commands', code: reason.code, hint: reason.hint },
			'registering commands failed: Discord could not be reached',
		);
		return 1;
	}
	console.log(
		`Registered ${registered.length} commands ${guild ? `in server ${guild}` : 'globally (they can take up to an hour to appear everywhere)'}: ${registered.map(({ name }) => name).join(', ')}.`,
	);
	return 0;
}

runMain(main);
