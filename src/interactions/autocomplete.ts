import {
	type APIApplicationCommandAutocompleteInteraction,
	type APIApplicationCommandInteractionDataOption,
	type APIInteractionResponse,
	InteractionResponseType,
} from 'discord-api-types/v10';
import type { Suggestion } from '../core/answer.js';
import { limits, truncate } from '../render/limits.js';
import { readOptions } from './payload.js';
import type { PipelineDeps, Route } from './types.js';

/** The choices Discord shows, within its limits: unique values, at most 25, names cut to size. */
export function choicesResponse(suggestions: readonly Suggestion[]): APIInteractionResponse {
	const seen = new Set<string>();
	const choices = suggestions
		.filter(
			({ query }) => query.length > 0 && query.length <= limits.choiceValue && !seen.has(query) && seen.add(query),
		)
		.slice(0, limits.choices)
		.map(({ label, query }) => ({ name: truncate(label, limits.choiceName), value: query }));
	return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } };
}

/** Suggestions while someone types: the command's (or server command's) autocomplete, with its context. */
export function autocompleteRoute(
	deps: PipelineDeps,
	interaction: APIApplicationCommandAutocompleteInteraction,
): Route | undefined {
	const name = interaction.data.name;
	const { commands, serverCommands } = deps.commands;
	const command =
		commands.find(({ definition }) => definition.name === name) ??
		serverCommands.find(({ definition }) => definition.name === name);
	const complete = command?.autocomplete?.bind(command);
	const { subcommand, focused } = readOptions(interaction.data.options as APIApplicationCommandInteractionDataOption[]);
	if (!command || !complete || !focused) return undefined;
	const options = subcommand
		? (command.definition.options ?? []).find((sub) => sub.name === subcommand && 'options' in sub)
		: command.definition;
	const option = (options && 'options' in options ? (options.options ?? []) : []).find((o) => o.name === focused.name);
	// What the option accepts is all that is worth searching: a pasted essay is cut to it.
	const max = option && 'max_length' in option ? (option.max_length ?? limits.choiceValue) : limits.choiceValue;
	return {
		label: name,
		needs: { limit: deps.limiters.autocomplete },
		async run() {
			const suggestions = await complete(deps.context(), { name: focused.name, value: focused.value.slice(0, max) });
			return { response: choicesResponse(suggestions) };
		},
	};
}
