import { ApplicationCommandType } from 'discord-api-types/v10';
import { defineMessageCommand, moderatorsOnly } from '../src/commands/define.js';

export const checkMessage = defineMessageCommand(
	{ type: ApplicationCommandType.Message, name: 'Check against report', ...moderatorsOnly },
	{ run: ({ engine }, { content }) => engine.check(content), consoleName: 'check', audience: 'moderators' },
);
