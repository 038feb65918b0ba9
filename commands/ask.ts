import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { defineCommand } from '../src/commands/define.js';

export const ask = defineCommand(
	{
		name: 'ask',
		description: 'Ask a question about the report; every answer quotes its source',
		options: [
			{
				type: ApplicationCommandOptionType.String,
				name: 'question',
				description: 'e.g. "who leads the international force?"',
				required: true,
				min_length: 2,
				max_length: 1000,
				autocomplete: true,
			},
		],
	},
	{
		run: ({ engine }, { question }) => engine.ask(question),
		autocomplete: ({ engine }, { value }) => engine.complete(value),
		rateLimited: true,
		hide: true,
		mention: true,
	},
);
