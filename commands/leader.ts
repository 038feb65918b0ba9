import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { defineCommand } from '../src/commands/define.js';

export const leader = defineCommand(
	{
		name: 'leader',
		description: 'Who leads which coalition in the reports: gang alliances, governments, international forces',
		options: [
			{
				type: ApplicationCommandOptionType.String,
				name: 'coalition',
				description: 'One coalition, e.g. "gang alliance"; leave empty for all of them',
				max_length: 100,
				autocomplete: true,
			},
		],
	},
	{
		run: ({ engine }, { coalition }) => engine.leaders(coalition),
		autocomplete: ({ engine }, { value }) => engine.coalitions(value),
	},
);
