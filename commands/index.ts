import {
	type Command,
	type CommandSet,
	definitionsOf,
	type MessageCommand,
	type ServerCommand,
} from '../src/commands/define.js';
import { about } from './about.js';
import { ask } from './ask.js';
import { checkMessage } from './check-message.js';
import { digest } from './digest.js';
import { fact } from './fact.js';
import { factcheck } from './factcheck.js';
import { leader } from './leader.js';
import { prison } from './prison.js';
import { reload } from './reload.js';
import { timeline } from './timeline.js';

/** Every slash command, in the order help lists them. */
export const commands: readonly Command[] = [ask, leader, prison, timeline, fact, factcheck, about];

/** Commands on a message's "Apps" menu. */
export const messageCommands: readonly MessageCommand[] = [checkMessage];

/** Commands that manage the bot in a server, for its managers and owners. */
export const serverCommands: readonly ServerCommand[] = [digest, reload];

/** The list the transports receive: the entry points load it from this folder at start-up. */
export const commandSet: CommandSet = { commands, messageCommands, serverCommands };

/** What `npm run deploy` registers: every command's definition. */
export const definitions = definitionsOf(commandSet);
