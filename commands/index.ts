import type { Command, MessageCommand } from '../src/commands/define.js';
import { about } from './about.js';
import { ask } from './ask.js';
import { checkMessage } from './check-message.js';
import { fact } from './fact.js';
import { factcheck } from './factcheck.js';
import { leader } from './leader.js';
import { prison } from './prison.js';
import { timeline } from './timeline.js';

/** Every slash command, in the order help lists them. */
export const commands: readonly Command[] = [ask, leader, prison, timeline, fact, factcheck, about];

/** Commands on a message's "Apps" menu. */
export const messageCommands: readonly MessageCommand[] = [checkMessage];

/** What `npm run deploy` registers: every command's definition. */
export const definitions = [...commands, ...messageCommands].map(({ definition }) => definition);
