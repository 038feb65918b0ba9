/**
 * `npm start`. With a token, the bot's engine thread starts before anything else is loaded: it
 * reads the data and builds the index on its own core while this thread loads discord.js and
 * connects. The rest of the bot is imported after that; without a token, only the console runs.
 */
import { config as loadDotenv } from 'dotenv';
import { EngineThread } from './threads/engine-thread.js';

loadDotenv({ quiet: true });
const dataDir = process.env.DATA_DIR?.trim() ? process.env.DATA_DIR : 'data';
const asBot = Boolean(process.env.DISCORD_TOKEN?.trim()) && process.argv.length <= 2;
const thread = asBot ? EngineThread.start(dataDir) : undefined;
// A failure (bad data) is reported where the bot awaits it, after the configuration is checked.
thread?.catch(() => {});
const { run } = await import('./app.js');
run(thread ? { dataDir, thread } : undefined);
