import { InteractionContextType, PermissionFlagsBits } from 'discord-api-types/v10';
import { defineServerCommand } from '../src/commands/define.js';
import { reloadReport } from '../src/commands/reload-report.js';

export const reload = defineServerCommand(
	{
		name: 'reload',
		description: 'Reload the report data from disk, keeping the current data if the new files fail (bot owners)',
		default_member_permissions: String(PermissionFlagsBits.Administrator),
		contexts: [InteractionContextType.Guild],
	},
	{
		async run({ isOwner, userId, reload }) {
			if (!(await isOwner(userId))) {
				return { messages: [{ content: 'Only the bot’s owners can reload its data.' }] };
			}
			return { messages: [{ content: reloadReport(await reload()) }] };
		},
	},
);
