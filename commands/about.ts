import { defineCommand } from '../src/commands/define.js';

export const about = defineCommand(
	{
		name: 'about',
		description: 'What this bot knows, from which reports, and how its answers are sourced',
	},
	{
		run: async ({ engine, version }) => {
			const answer = await engine.about();
			return { ...answer, notes: [...answer.notes, `sitrep ${version}.`] };
		},
	},
);
