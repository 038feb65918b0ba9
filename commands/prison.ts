import { defineCommand } from '../src/commands/define.js';

export const prison = defineCommand(
	{
		name: 'prison',
		description: 'The prison figures: capacity, population, occupancy, escapes, and who reported them',
	},
	{ run: ({ engine }) => engine.prisonFigures() },
);
