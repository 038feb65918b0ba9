import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { defineCommand } from '../src/commands/define.js';

export const fact = defineCommand(
	{
		name: 'fact',
		description: 'Show one fact or one person, group or place from the report, with its source',
		options: [
			{
				type: ApplicationCommandOptionType.String,
				name: 'query',
				description: 'A name or a few words; pick from the list as you type',
				required: true,
				max_length: 100,
				autocomplete: true,
			},
		],
	},
	{
		run: ({ engine }, { query }) => engine.lookup(query),
		autocomplete: ({ engine }, { value }) => engine.complete(value),
		rateLimited: true,
		hide: true,
		mention: true,
	},
);
