import { type APIInteraction, ApplicationCommandType, InteractionType } from 'discord-api-types/v10';
import { truncate } from '../render/limits.js';
import { autocompleteRoute, choicesResponse } from './autocomplete.js';
import { chatInputRoute, messageRoute, serverRoute } from './commands.js';
import { componentRoute } from './components.js';
import { describe } from './payload.js';
import { whyRefused } from './preconditions.js';
import { replyNotice } from './render.js';
import type { Handled, Outcome, PipelineDeps, Route } from './types.js';

export const failureText =
	'Something went wrong while answering that. The admins can see what happened in the log; please try again in a moment.';

/**
 * One pipeline for every transport: Discord's raw interaction in, the response body out (with any
 * work that follows it). Find what the interaction is for, check its preconditions once, run it;
 * rendering happens in the route, sending in the transport. A failure becomes a private note to
 * the user and a log line for the admins: nothing here throws.
 */
export function createPipeline(deps: PipelineDeps): (interaction: APIInteraction) => Promise<Handled> {
	return async (interaction) => {
		const started = performance.now();
		let label = 'unknown';
		let outcome: Outcome = 'answered';
		try {
			const found = find(deps, interaction);
			if ('response' in found) return found;
			label = found.label;
			const refusal = await whyRefused(interaction, found.needs);
			if (refusal) {
				outcome = 'refused';
				// Autocomplete has no way to show a note: an empty list is its refusal.
				return interaction.type === InteractionType.ApplicationCommandAutocomplete
					? { response: choicesResponse([]) }
					: { response: replyNotice(refusal) };
			}
			return await found.run();
		} catch (error) {
			outcome = 'failed';
			deps.logger.error({ err: error, ...describe(interaction) }, 'interaction failed');
			return interaction.type === InteractionType.ApplicationCommandAutocomplete
				? { response: choicesResponse([]) }
				: { response: replyNotice(failureText) };
		} finally {
			const seconds = (performance.now() - started) / 1000;
			deps.observe?.({ command: label, outcome, seconds });
			// Checked first: at info the line is dropped, and building its fields cost every interaction.
			if (deps.logger.isLevelEnabled('debug')) {
				deps.logger.debug({ ...describe(interaction), outcome, ms: Math.round(seconds * 1000) }, 'answered');
			}
		}
	};
}

/** Which command, component or menu an interaction is for; a reply straight away when it is for nothing we have. */
function find(deps: PipelineDeps, interaction: APIInteraction): Route | Handled {
	const { commands, messageCommands, serverCommands } = deps.commands;
	switch (interaction.type) {
		case InteractionType.ApplicationCommand: {
			const name = interaction.data.name;
			if (interaction.data.type === ApplicationCommandType.Message) {
				const command = messageCommands.find(({ definition }) => definition.name === name);
				if (command) return messageRoute(deps, command, interaction as never);
				return { response: replyNotice(`I have no “${truncate(name, 32)}” action any more.`) };
			}
			if (interaction.data.type === ApplicationCommandType.ChatInput) {
				const server = serverCommands.find(({ definition }) => definition.name === name);
				if (server) return serverRoute(deps, server, interaction as never);
				const command = commands.find(({ definition }) => definition.name === name);
				if (command) return chatInputRoute(deps, command, interaction as never);
			}
			deps.logger.warn({ command: truncate(name, 32) }, 'unknown command: registrations may be stale');
			return {
				response: replyNotice(
					`I have no /${truncate(name, 32)} command. This server's command list may be out of date; an admin can re-register the commands.`,
				),
			};
		}
		case InteractionType.ApplicationCommandAutocomplete:
			return autocompleteRoute(deps, interaction) ?? { response: choicesResponse([]) };
		case InteractionType.MessageComponent:
			return (
				componentRoute(deps, interaction) ?? {
					response: replyNotice('This control no longer does anything. Run the command again.'),
				}
			);
		default:
			throw new Error(`interaction type ${interaction.type} is not handled`);
	}
}
