import { REST, Routes } from 'discord.js';
import { definitionsOf } from '../commands/define.js';
import { loadCommandSet } from '../commands/load.js';
import { ConfigError } from '../config.js';
import { whyUnreachable } from '../discord/reach.js';
import { createLogger } from '../logger.js';
import { readConfig, runCli } from './options.js';

const usage = `Usage: npm run deploy [-- --dry-run]
Registers every command with Discord, replacing what was registered before: in the server
DISCORD_DEV_GUILD_ID when it is set (instantly, for testing), else globally (every server).
Reads DISCORD_TOKEN, DISCORD_APPLICATION_ID, DISCORD_DEV_GUILD_ID and DISCORD_API_URL from the
environment or .env.
  --dry-run  print the commands' JSON and register nothing (needs no token)
  --help     this text
Exit status: 0 when registered, 1 when the configuration or Discord refused, 2 on bad usage.`;

runCli({ usage, options: { 'dry-run': { type: 'boolean', default: false } } }, async ({ values }) => {
	const definitions = definitionsOf(await loadCommandSet());
	if (values['dry-run']) {
		console.log(JSON.stringify(definitions, null, 2));
		return 0;
	}

	const config = readConfig('deploy');
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
		createLogger('info').fatal(
			{ what: 'registering commands', code: reason.code, hint: reason.hint },
			'registering commands failed: Discord could not be reached',
		);
		return 1;
	}
	console.log(
		`Registered ${registered.length} commands ${guild ? `in server ${guild}` : 'globally (they can take up to an hour to appear everywhere)'}: ${registered.map(({ name }) => name).join(', ')}.`,
	);
	return 0;
});
