import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { defineCommand } from '../src/commands/define.js';

export const prison = defineCommand(
	{
		name: 'prison',
		description: 'Prison figures: capacity, population, occupancy, escapes, who reported them and how they changed',
		options: [
			{
				type: ApplicationCommandOptionType.String,
				name: 'prison',
				description: 'One prison, e.g. "Pénitencier National"; leave empty for every prison in the reports',
				max_length: 100,
				autocomplete: true,
			},
		],
	},
	{
		run: ({ engine }, { prison }) => engine.prisonFigures(prison),
		autocomplete: ({ engine }, { value }) => engine.prisons(value),
	},
);
