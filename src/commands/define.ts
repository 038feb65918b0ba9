import {
	type APIApplicationCommandBasicOption,
	type ApplicationCommandOptionType,
	type ApplicationCommandType,
	InteractionContextType,
	PermissionFlagsBits,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
	type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Answer, Suggestion } from '../core/answer.js';
import type { AnswerEngine } from '../core/engine.js';

/** A slash command's definition: the JSON Discord receives, kept as a literal type. */
export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody & {
	readonly options?: readonly APIApplicationCommandBasicOption[];
};

/** A message context-menu command's definition ("Apps → …" on a message). */
export type MessageCommandDefinition = RESTPostAPIContextMenuApplicationCommandsJSONBody & {
	readonly type: ApplicationCommandType.Message;
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
	/** The bot's version, for /about. */
	version: string;
}

/** How a reply is shown. Public replies honour the `hide` and `mention` options when a command has them. */
export type Audience = 'public' | 'moderators';

export interface Command<D extends CommandDefinition = CommandDefinition> {
	definition: D;
	run(context: CommandContext, args: ArgsOf<D>): Answer;
	/** What to offer while the user types into an option marked `autocomplete`. */
	autocomplete?(context: CommandContext, focused: { name: string; value: string }): Suggestion[];
	/** `moderators`: a private reply with full provenance, for members allowed by the definition's permissions. */
	audience: Audience;
	/** Counted against the per-user limit on questions. */
	rateLimited: boolean;
}

export interface MessageCommand {
	definition: MessageCommandDefinition;
	run(context: CommandContext, message: { content: string }): Answer;
	audience: Audience;
	/** The console has no message menu: there, `/<consoleName> text` checks a pasted message. */
	consoleName: string;
}

interface Handlers<D extends CommandDefinition> {
	run(context: CommandContext, args: ArgsOf<D>): Answer;
	autocomplete?(context: CommandContext, focused: { name: string; value: string }): Suggestion[];
	audience?: Audience;
	rateLimited?: boolean;
}

/** Ties a definition to its handler so the handler's argument types come from the definition. */
export function defineCommand<const D extends CommandDefinition>(definition: D, handlers: Handlers<D>): Command<D> {
	return { definition, audience: 'public', rateLimited: false, ...handlers };
}

export function defineMessageCommand<const D extends MessageCommandDefinition>(
	definition: D,
	handlers: { run: MessageCommand['run']; consoleName: string; audience?: Audience },
): MessageCommand {
	return { definition, audience: 'public', ...handlers };
}

/**
 * Spread into a moderator command's definition: Discord shows it only to members who can manage
 * messages, and only in servers. The bot checks the same permission again when it runs.
 */
export const moderatorsOnly: { default_member_permissions: string; contexts: InteractionContextType[] } = {
	default_member_permissions: String(PermissionFlagsBits.ManageMessages),
	contexts: [InteractionContextType.Guild],
};
