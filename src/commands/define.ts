import {
	type APIApplicationCommandBasicOption,
	type APIApplicationCommandSubcommandOption,
	type APIEmbed,
	type ApplicationCommandOptionType,
	type ApplicationCommandType,
	InteractionContextType,
	PermissionFlagsBits,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
	type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Answer, Suggestion } from '../core/answer.js';
import type { AnswerEngine } from '../core/engine.js';
import type { DigestService } from '../digest/service.js';
import type { ReloadResult } from '../live-engine.js';

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

/** An option with fixed choices takes one of their values; any other, a value of its type. */
type ArgOf<O extends OptionLike> = O extends { readonly choices: readonly { readonly value: infer V }[] }
	? V
	: ValueOf<O['type']>;

/**
 * The arguments a handler receives, derived from its definition: required options are present,
 * optional ones may be undefined, each typed by its option type.
 */
export type ArgsOf<D extends { readonly options?: readonly OptionLike[] }> = {
	[O in OptionsOf<D> as O extends { readonly required: true } ? O['name'] : never]: ArgOf<O>;
} & {
	[O in OptionsOf<D> as O extends { readonly required: true } ? never : O['name']]?: ArgOf<O>;
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

/** A subcommand of a server command: `/digest set …`. */
export type SubcommandDefinition = APIApplicationCommandSubcommandOption & {
	readonly options?: readonly APIApplicationCommandBasicOption[];
};

/**
 * A command that manages the bot in a server rather than answering from the report: guild-only,
 * limited by `default_member_permissions`, replying privately. Its options are subcommands.
 */
export type ServerCommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody & {
	readonly default_member_permissions: string;
	readonly contexts: readonly InteractionContextType.Guild[];
	readonly options?: readonly SubcommandDefinition[];
};

/** Which subcommand was used, with its arguments typed from its definition. */
export type Invocation<D extends ServerCommandDefinition> = D extends {
	readonly options: readonly (infer S extends SubcommandDefinition)[];
}
	? { [N in S['name']]: { subcommand: N; args: ArgsOf<Extract<S, { readonly name: N }>> } }[S['name']]
	: { subcommand: undefined; args: Record<string, never> };

/** A private reply from a server command: one or more messages, and maybe a confirm/cancel pair of buttons. */
export interface ServerReply {
	messages: { content?: string; embeds?: APIEmbed[] }[];
	/** Asks before acting: the buttons call the command's `confirm` with this action, or cancel. */
	confirm?: { action: string; label: string };
}

/** What a server command may use: the server it runs in, and the bot's parts it manages. */
export interface ServerContext extends CommandContext {
	guildId: string;
	userId: string;
	digests: DigestService;
	/** Reloads the data files, keeping the current data if they fail validation. */
	reload(): Promise<ReloadResult>;
	isOwner(userId: string): Promise<boolean>;
	/** Why the bot could not post a digest in a channel, or undefined if it can. */
	cannotPostIn(channelId: string): Promise<string | undefined>;
}

export interface ServerCommand<D extends ServerCommandDefinition = ServerCommandDefinition> {
	definition: D;
	run(context: ServerContext, invocation: Invocation<D>): Promise<ServerReply>;
	autocomplete?(focused: { name: string; value: string }): Suggestion[];
	/** A confirm button was pressed: `action` as given in the reply, or `cancel`. */
	confirm?(context: ServerContext, action: string): Promise<ServerReply>;
}

export function defineServerCommand<const D extends ServerCommandDefinition>(
	definition: D,
	handlers: Omit<ServerCommand<D>, 'definition'>,
): ServerCommand<D> {
	return { definition, ...handlers };
}
