import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { defineCommand } from '../src/commands/define.js';

export const timeline = defineCommand(
	{
		name: 'timeline',
		description: 'The events in the reports, on one calendar',
		options: [
			{
				type: ApplicationCommandOptionType.String,
				name: 'from',
				description: 'Earliest date: YYYY, YYYY-MM or YYYY-MM-DD',
				min_length: 4,
				max_length: 10,
			},
			{
				type: ApplicationCommandOptionType.String,
				name: 'to',
				description: 'Latest date: YYYY, YYYY-MM or YYYY-MM-DD',
				min_length: 4,
				max_length: 10,
			},
			{
				type: ApplicationCommandOptionType.String,
				name: 'topic',
				description: 'Only events about this, e.g. "prison" or "Henry"',
				max_length: 100,
			},
		],
	},
	{ run: ({ engine }, { from, to, topic }) => engine.timeline({ from, to, topic }) },
);
