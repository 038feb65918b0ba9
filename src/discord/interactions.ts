import {
	ApplicationCommandOptionType,
	type AutocompleteInteraction,
	type ButtonInteraction,
	type ChatInputCommandInteraction,
	DiscordAPIError,
	type Interaction,
	type MessageContextMenuCommandInteraction,
	MessageFlags,
	RESTJSONErrorCodes,
	type RepliableInteraction,
	type StringSelectMenuInteraction,
} from 'discord.js';
import { type OptionValue, readArgs, usage } from '../commands/args.js';
import {
	type Command,
	type CommandContext,
	type MessageCommand,
	moderatorsOnly,
	type ServerCommand,
	type ServerContext,
	type ServerReply,
	type SubcommandDefinition,
} from '../commands/define.js';
import type { Answer, Suggestion } from '../core/answer.js';
import type { Logger } from '../logger.js';
import { renderDiscord } from '../render/discord.js';
import { whyRefused } from './access.js';
import { limits, truncate } from './limits.js';
import type { Pager } from './pager.js';
import type { UserLimiter } from './rate-limit.js';
import { answerPayload, confirmButtons, customIds, notice, type View } from './reply.js';

export interface InteractionDeps {
	commands: readonly Command[];
	messageCommands: readonly MessageCommand[];
	/** Commands that manage the bot in a server: /digest, /reload. */
	serverCommands: readonly ServerCommand[];
	/** Read on every interaction, so a reload is seen by the next one. */
	context: () => CommandContext;
	/** What a server command may use, for an interaction in a server. */
	serverContext: (interaction: RepliableInteraction & { guildId: string }) => ServerContext;
	logger: Logger;
	pager: Pager;
	limiters: { ask: UserLimiter; autocomplete: UserLimiter };
}

const failureText =
	'Something went wrong while answering that. The admins can see what happened in the log; please try again in a moment.';

/**
 * Turns every interaction Discord sends into a reply: commands, autocomplete, page buttons,
 * "did you mean" picks and the message menu. A failure becomes a private note to the user and
 * a log line for the admins; nothing here can take the process down.
 */
export function createInteractionHandler(deps: InteractionDeps): (interaction: Interaction) => Promise<void> {
	const { logger, pager, limiters } = deps;
	const slash = new Map(deps.commands.map((command) => [command.definition.name, command]));
	const byMessage = new Map(deps.messageCommands.map((command) => [command.definition.name, command]));
	const servers = new Map(deps.serverCommands.map((command) => [command.definition.name, command]));

	/**
	 * Renders an answer and sends it as a new reply or in place of the message a component is on.
	 * `pages` is the open answer a page button belongs to; a new multi-page answer opens its own.
	 */
	async function send(
		interaction: RepliableInteraction,
		answer: Answer,
		view: View,
		how: 'reply' | 'update',
		{ page = 0, pages }: { page?: number; pages?: string } = {},
	): Promise<void> {
		const { engine } = deps.context();
		const rendered = renderDiscord(answer, {
			page,
			provenance: view.audience === 'moderators',
			report: (id) => engine.base.report(id),
		});
		const token = rendered.pageCount > 1 ? (pages ?? interaction.id) : undefined;
		const payload = answerPayload(answer, rendered, view, token);
		if (how === 'reply') {
			await interaction.reply(payload);
		} else {
			const { flags: _ephemeral, ...edit } = payload;
			await (interaction as ButtonInteraction | StringSelectMenuInteraction).update({
				...edit,
				allowedMentions: { parse: [] },
			});
		}
		// Opened once the message exists, so an expiry never edits an error notice instead.
		if (token && !pages) pager.open(token, { answer, view }, interaction);
	}

	/** The per-user limit on questions: true when the user may go on, else they have been told to wait. */
	async function withinLimit(interaction: RepliableInteraction): Promise<boolean> {
		const wait = limiters.ask.take(interaction.user.id);
		if (wait === 0) return true;
		await interaction.reply(notice(`You’re asking quickly. Please wait ${Math.ceil(wait / 1000)} s and ask again.`));
		return false;
	}

	async function chatInput(interaction: ChatInputCommandInteraction): Promise<void> {
		const server = servers.get(interaction.commandName);
		if (server) return serverCommand(server, interaction);
		const command = slash.get(interaction.commandName);
		if (!command) {
			logger.warn({ command: interaction.commandName }, 'unknown command: registrations may be stale');
			await interaction.reply(
				notice(
					`I have no /${truncate(interaction.commandName, 32)} command. This server's command list may be out of date; an admin can re-register the commands.`,
				),
			);
			return;
		}
		const refusal = whyRefused(command.definition, interaction);
		if (refusal) return void (await interaction.reply(notice(refusal)));
		const values = new Map<string, OptionValue>();
		for (const option of interaction.options.data) {
			if (option.value !== undefined) values.set(option.name, option.value);
		}
		const read = readArgs(command.definition, values);
		if (!read.ok) return void (await interaction.reply(notice(`${read.error} Usage: ${usage(command)}`)));
		if (command.rateLimited && !(await withinLimit(interaction))) return;

		const answer = command.run(deps.context(), read.args as never);
		const { hide, mention } = read.args;
		await send(
			interaction,
			answer,
			{
				audience: command.audience,
				ownerId: interaction.user.id,
				hidden: hide === true,
				...(typeof mention === 'string' ? { mention } : {}),
			},
			'reply',
		);
	}

	async function serverCommand(command: ServerCommand, interaction: ChatInputCommandInteraction): Promise<void> {
		const refusal = whyRefused(command.definition, interaction);
		if (refusal || !interaction.inGuild()) return void (await interaction.reply(notice(refusal ?? '')));
		const [first] = interaction.options.data;
		const subcommands: readonly SubcommandDefinition[] = command.definition.options ?? [];
		const definition = subcommands.find(
			(sub) => first?.type === ApplicationCommandOptionType.Subcommand && sub.name === first.name,
		);
		if (subcommands.length > 0 && !definition) {
			const names = subcommands.map((sub) => `/${command.definition.name} ${sub.name}`).join(', ');
			return void (await interaction.reply(
				notice(`Pick one of ${names}. This server's command list may be out of date.`),
			));
		}
		const values = new Map<string, OptionValue>();
		for (const option of definition ? (first?.options ?? []) : interaction.options.data) {
			if (option.value !== undefined) values.set(option.name, option.value);
		}
		const read = readArgs(definition ?? {}, values);
		if (!read.ok) return void (await interaction.reply(notice(read.error)));
		// Private, and acknowledged first: a reload or a channel check may take longer than Discord waits.
		await interaction.deferReply({ flags: MessageFlags.Ephemeral });
		const reply = await command.run(deps.serverContext(interaction), {
			subcommand: definition?.name,
			args: read.args,
		} as never);
		await sendServerReply(interaction, command, reply);
	}

	async function sendServerReply(
		interaction: ChatInputCommandInteraction | ButtonInteraction,
		command: ServerCommand,
		reply: ServerReply,
	): Promise<void> {
		const [first = { content: 'Done.' }, ...rest] = reply.messages;
		const components = reply.confirm
			? [confirmButtons(interaction.user.id, command.definition.name, reply.confirm)]
			: [];
		const message = (m: ServerReply['messages'][number]) => ({
			content: truncate(m.content ?? '', limits.content),
			embeds: m.embeds ?? [],
			allowedMentions: { parse: [] },
		});
		if (interaction.isButton()) await interaction.update({ ...message(first), components });
		else await interaction.editReply({ ...message(first), components });
		for (const more of rest) await interaction.followUp({ ...message(more), flags: MessageFlags.Ephemeral });
	}

	async function messageCommand(interaction: MessageContextMenuCommandInteraction): Promise<void> {
		const command = byMessage.get(interaction.commandName);
		if (!command) {
			await interaction.reply(notice(`I have no “${truncate(interaction.commandName, 32)}” action any more.`));
			return;
		}
		const refusal = whyRefused(command.definition, interaction);
		if (refusal) return void (await interaction.reply(notice(refusal)));
		const message = interaction.targetMessage;
		const content = [message.content, ...message.embeds.flatMap((embed) => [embed.title, embed.description])]
			.filter(Boolean)
			.join('\n')
			.trim();
		if (!content) return void (await interaction.reply(notice('That message has no text to check.')));
		const answer = command.run(deps.context(), { content });
		await send(
			interaction,
			answer,
			{ audience: command.audience, ownerId: interaction.user.id, hidden: true },
			'reply',
		);
	}

	async function autocomplete(interaction: AutocompleteInteraction): Promise<void> {
		const command = slash.get(interaction.commandName);
		const server = servers.get(interaction.commandName);
		const focused = interaction.options.getFocused(true);
		const typed = { name: focused.name, value: String(focused.value) };
		let suggestions: Suggestion[] = [];
		if ((command?.autocomplete || server?.autocomplete) && limiters.autocomplete.take(interaction.user.id) === 0) {
			try {
				suggestions = command?.autocomplete?.(deps.context(), typed) ?? server?.autocomplete?.(typed) ?? [];
			} catch (error) {
				// A suggestion list is a convenience: an empty one is better than an error in the box.
				logger.error({ err: error, ...describe(interaction) }, 'autocomplete failed');
			}
		}
		const seen = new Set<string>();
		const choices = suggestions
			.filter(
				({ query }) => query.length > 0 && query.length <= limits.choiceValue && !seen.has(query) && seen.add(query),
			)
			.slice(0, limits.choices)
			.map(({ label, query }) => ({ name: truncate(label, limits.choiceName), value: query }));
		await interaction.respond(choices);
	}

	async function button(interaction: ButtonInteraction): Promise<void> {
		const id = customIds.parse(interaction.customId);
		if (id?.kind === 'confirm') return confirm(interaction, id);
		if (id?.kind !== 'page') return unknownComponent(interaction);
		const pages = pager.get(id.token);
		if (!pages) {
			await interaction.update({ components: [], allowedMentions: { parse: [] } });
			await interaction.followUp(notice('These pages have expired. Run the command again to browse them.'));
			return;
		}
		if (interaction.user.id !== pages.view.ownerId) {
			await interaction.reply(
				notice('Only the person who ran this command can turn its pages. Run it yourself to browse them.'),
			);
			return;
		}
		await send(interaction, pages.answer, pages.view, 'update', { page: id.page, pages: id.token });
	}

	async function select(interaction: StringSelectMenuInteraction): Promise<void> {
		const id = customIds.parse(interaction.customId);
		const [query] = interaction.values;
		if (id?.kind !== 'suggest' || !query) return unknownComponent(interaction);
		// The moderators' view is checked again: a menu does not carry its command's permissions.
		const refusal = id.audience === 'moderators' ? whyRefused(moderatorsOnly, interaction) : undefined;
		if (refusal) return void (await interaction.reply(notice(refusal)));
		if (!(await withinLimit(interaction))) return;
		const answer = deps.context().engine.lookup(query);
		if (interaction.user.id === id.ownerId) {
			// The asker's own pick replaces the "doesn't say" answer in place.
			await send(interaction, answer, { audience: id.audience, ownerId: id.ownerId, hidden: false }, 'update');
		} else {
			await send(interaction, answer, { audience: id.audience, ownerId: interaction.user.id, hidden: true }, 'reply');
		}
	}

	async function confirm(
		interaction: ButtonInteraction,
		id: { ownerId: string; command: string; action: string },
	): Promise<void> {
		const command = servers.get(id.command);
		if (!command?.confirm) return unknownComponent(interaction);
		if (interaction.user.id !== id.ownerId) {
			return void (await interaction.reply(notice('Only the person who ran the command can answer this.')));
		}
		const refusal = whyRefused(command.definition, interaction);
		if (refusal || !interaction.inGuild()) return void (await interaction.reply(notice(refusal ?? '')));
		const reply = await command.confirm(deps.serverContext(interaction), id.action);
		await sendServerReply(interaction, command, reply);
	}

	async function unknownComponent(interaction: ButtonInteraction | StringSelectMenuInteraction): Promise<void> {
		await interaction.reply(notice('This control no longer does anything. Run the command again.'));
	}

	async function fail(interaction: Interaction, error: unknown): Promise<void> {
		if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownInteraction) {
			// Discord gave up waiting (3 s) or the interaction was already answered elsewhere: nobody to tell.
			logger.warn({ ...describe(interaction) }, 'interaction expired before the reply');
			return;
		}
		logger.error({ err: error, ...describe(interaction) }, 'interaction failed');
		try {
			if (interaction.isAutocomplete()) {
				if (!interaction.responded) await interaction.respond([]);
			} else if (interaction.isRepliable()) {
				if (interaction.replied || interaction.deferred) await interaction.followUp(notice(failureText));
				else await interaction.reply(notice(failureText));
			}
		} catch (replyError) {
			logger.warn({ err: replyError, ...describe(interaction) }, 'could not tell the user about a failure');
		}
	}

	return async (interaction) => {
		const started = performance.now();
		try {
			if (interaction.isAutocomplete()) await autocomplete(interaction);
			else if (interaction.isChatInputCommand()) await chatInput(interaction);
			else if (interaction.isMessageContextMenuCommand()) await messageCommand(interaction);
			else if (interaction.isButton()) await button(interaction);
			else if (interaction.isStringSelectMenu()) await select(interaction);
			else return;
			logger.debug({ ...describe(interaction), ms: Math.round(performance.now() - started) }, 'answered');
		} catch (error) {
			await fail(interaction, error);
		}
	};
}

/** What the log says about an interaction: who, where, what; never its token. */
function describe(interaction: Interaction) {
	return {
		interaction: interaction.id,
		type: interaction.type,
		user: interaction.user.id,
		guild: interaction.guildId,
		...(interaction.isCommand() || interaction.isAutocomplete() ? { command: interaction.commandName } : {}),
		...(interaction.isMessageComponent() ? { customId: interaction.customId } : {}),
	};
}
