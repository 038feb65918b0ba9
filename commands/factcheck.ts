import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { defineCommand, moderatorsOnly } from '../src/commands/define.js';

export const factcheck = defineCommand(
	{
		name: 'factcheck',
		description: 'Moderators: a fact with full provenance (ids, verbatim quotes, paragraphs, basis), privately',
		...moderatorsOnly,
		options: [
			{
				type: ApplicationCommandOptionType.String,
				name: 'query',
				description: 'A question, a name or a fact id; pick from the list as you type',
				required: true,
				max_length: 1000,
				autocomplete: true,
			},
		],
	},
	{
		run: ({ engine }, { query }) => engine.lookup(query),
		autocomplete: ({ engine }, { value }) => engine.complete(value),
		audience: 'moderators',
	},
);
