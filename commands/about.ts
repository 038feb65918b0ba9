import { defineCommand } from '../src/commands/define.js';

export const about = defineCommand(
	{
		name: 'about',
		description: 'What this bot knows, from which reports, and how its answers are sourced',
	},
	{
		run: ({ engine, version }) => {
			const answer = engine.about();
			return { ...answer, notes: [...answer.notes, `sitrep ${version}.`] };
		},
	},
);
