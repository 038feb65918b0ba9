import type { Command } from '../src/commands/define.js';
import { ask } from './ask.js';
import { leader } from './leader.js';
import { prison } from './prison.js';
import { timeline } from './timeline.js';

/** Every slash command, in the order help lists them. */
export const commands: readonly Command[] = [leader, prison, timeline, ask];
