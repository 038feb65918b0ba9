// The baseline for start-up: a bare discord.js client with the bot's intent, started the way
// `npm start` starts the bot (plain node, no loader), logging one line once it is ready.
import { Client, Events, GatewayIntentBits } from 'discord.js';

const client = new Client({
	intents: [GatewayIntentBits.Guilds],
	rest: { api: process.env.DISCORD_API_URL },
});
client.once(Events.ClientReady, () => console.error(JSON.stringify({ msg: 'ready' })));
process.once('SIGTERM', () => void client.destroy().then(() => process.exit(0)));
await client.login(process.env.DISCORD_TOKEN);
