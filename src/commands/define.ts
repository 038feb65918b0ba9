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
import type { AnswerSource, Awaitable } from '../core/answer-source.js';
import type { DigestService } from '../digest/service.js';
import type { ReloadResult } from '../live-engine.js';
import type { Args } from './args.js';
import { hideOption, mentionOption } from './shared-options.js';

/** A value or its promise: every handler may be async. */
export type { Awaitable };

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
	engine: AnswerSource;
	/** The bot's version, for /about. */
	version: string;
}

/** How a reply is shown. Public replies honour `hide` and `mention` when a command offers them. */
export type Audience = 'public' | 'moderators';

/** What the user typed into the option being completed. */
export interface Focused {
	name: string;
	value: string;
}

/**
 * What a command offers beyond its own options. `hide` adds a `hide` option (the reply only the
 * asker sees); `mention` adds a `mention` option (the one member the reply notifies). The
 * pipeline reads both; the handler never sees them.
 */
export interface Capabilities {
	hide: boolean;
	mention: boolean;
}

export interface Command<D extends CommandDefinition = CommandDefinition> {
	/** As registered with Discord: the command's own options, then those its capabilities add. */
	definition: CommandDefinition;
	run(context: CommandContext, args: ArgsOf<D>): Awaitable<Answer>;
	/** What to offer while the user types into an option marked `autocomplete`. */
	autocomplete?(context: CommandContext, focused: Focused): Awaitable<Suggestion[]>;
	/** `moderators`: a private reply with full provenance, for members allowed by the definition's permissions. */
	audience: Audience;
	/** Counted against the per-user limit on questions. */
	rateLimited: boolean;
	capabilities: Capabilities;
}

export interface MessageCommand {
	definition: MessageCommandDefinition;
	run(context: CommandContext, message: { content: string }): Awaitable<Answer>;
	audience: Audience;
	/** The console has no message menu: there, `/<consoleName> text` checks a pasted message. */
	consoleName: string;
}

interface Handlers<D extends CommandDefinition> extends Partial<Capabilities> {
	run(context: CommandContext, args: ArgsOf<D>): Awaitable<Answer>;
	autocomplete?(context: CommandContext, focused: Focused): Awaitable<Suggestion[]>;
	audience?: Audience;
	rateLimited?: boolean;
}

/**
 * Ties a definition to its handler so the handler's argument types come from the definition,
 * and adds the options its capabilities stand for.
 *
 * @example
 * defineCommand(
 * 	{ name: 'fact', description: 'One fact', options: [{ type: String, name: 'query', description: 'Words', required: true }] },
 * 	{ run: ({ engine }, { query }) => engine.lookup(query), hide: true, mention: true },
 * );
 */
export function defineCommand<const D extends CommandDefinition>(
	definition: D,
	{ hide = false, mention = false, ...handlers }: Handlers<D>,
): Command<D> {
	const added = [...(hide ? [hideOption] : []), ...(mention ? [mentionOption] : [])];
	return {
		definition: added.length > 0 ? { ...definition, options: [...(definition.options ?? []), ...added] } : definition,
		audience: 'public',
		rateLimited: false,
		capabilities: { hide, mention },
		...handlers,
	};
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

/** One handler per subcommand, each with its arguments typed from the subcommand's definition. */
export type SubcommandHandlers<D extends ServerCommandDefinition> = D extends {
	readonly options: readonly (infer S extends SubcommandDefinition)[];
}
	? {
			[N in S['name']]: (
				context: ServerContext,
				args: ArgsOf<Extract<S, { readonly name: N }>>,
			) => Promise<ServerReply>;
		}
	: never;

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

/** A server command's handler for one subcommand, or for the command itself when it has none. */
export type ServerHandler = (context: ServerContext, args: Args) => Promise<ServerReply>;

export interface ServerCommand {
	definition: ServerCommandDefinition;
	/** Keyed by subcommand name; a command without subcommands has one handler under `""`. */
	handlers: Readonly<Record<string, ServerHandler>>;
	autocomplete?(context: CommandContext, focused: Focused): Awaitable<Suggestion[]>;
	/** A confirm button was pressed: `action` as given in the reply, or `cancel`. */
	confirm?(context: ServerContext, action: string): Promise<ServerReply>;
}

type ServerHandlers<D extends ServerCommandDefinition> = (D extends {
	readonly options: readonly SubcommandDefinition[];
}
	? { subcommands: SubcommandHandlers<D> }
	: { run(context: ServerContext): Promise<ServerReply> }) &
	Pick<ServerCommand, 'autocomplete' | 'confirm'>;

/** Ties a server command's definition to one handler per subcommand (or one `run` when it has none). */
export function defineServerCommand<const D extends ServerCommandDefinition>(
	definition: D,
	{ autocomplete, confirm, ...handlers }: ServerHandlers<D>,
): ServerCommand {
	const table =
		'subcommands' in handlers ? (handlers.subcommands as Record<string, ServerHandler>) : { '': handlers.run };
	return {
		definition,
		handlers: table,
		...(autocomplete ? { autocomplete } : {}),
		...(confirm ? { confirm } : {}),
	};
}

/** Every command the bot serves, as the transports receive it. */
export interface CommandSet {
	/** Slash commands answered from the report, in the order help lists them. */
	commands: readonly Command[];
	/** Commands on a message's "Apps" menu. */
	messageCommands: readonly MessageCommand[];
	/** Commands that manage the bot in a server, for its managers and owners. */
	serverCommands: readonly ServerCommand[];
}

/** What `npm run deploy` registers: every command's definition. */
export function definitionsOf(set: CommandSet) {
	return [...set.commands, ...set.messageCommands, ...set.serverCommands].map(({ definition }) => definition);
}
