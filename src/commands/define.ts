import type {
	APIApplicationCommandBasicOption,
	ApplicationCommandOptionType,
	RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Answer } from '../core/answer.js';
import type { AnswerEngine } from '../core/engine.js';

/** A slash command's definition: the JSON Discord receives, kept as a literal type. */
export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody & {
	readonly options?: readonly APIApplicationCommandBasicOption[];
};

type ValueOf<T extends ApplicationCommandOptionType> = T extends
	| ApplicationCommandOptionType.Integer
	| ApplicationCommandOptionType.Number
	? number
	: T extends ApplicationCommandOptionType.Boolean
		? boolean
		: // Strings, and the ids Discord sends for users, channels, roles and mentionables.
			string;

interface OptionLike {
	readonly name: string;
	readonly type: ApplicationCommandOptionType;
	readonly required?: boolean;
}

type OptionsOf<D> = D extends { readonly options: readonly (infer O extends OptionLike)[] } ? O : never;

/**
 * The arguments a handler receives, derived from its definition: required options are present,
 * optional ones may be undefined, each typed by its option type.
 */
export type ArgsOf<D extends CommandDefinition> = {
	[O in OptionsOf<D> as O extends { readonly required: true } ? O['name'] : never]: ValueOf<O['type']>;
} & {
	[O in OptionsOf<D> as O extends { readonly required: true } ? never : O['name']]?: ValueOf<O['type']>;
};

/** What every handler gets besides its arguments. */
export interface CommandContext {
	engine: AnswerEngine;
}

export interface Command<D extends CommandDefinition = CommandDefinition> {
	definition: D;
	run(context: CommandContext, args: ArgsOf<D>): Answer;
}

/** Ties a definition to its handler so the handler's argument types come from the definition. */
export function defineCommand<const D extends CommandDefinition>(
	definition: D,
	run: (context: CommandContext, args: ArgsOf<D>) => Answer,
): Command<D> {
	return { definition, run };
}
