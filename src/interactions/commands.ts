import {
	type APIChatInputApplicationCommandInteraction,
	type APIMessageApplicationCommandInteraction,
	InteractionResponseType,
	MessageFlags,
} from 'discord-api-types/v10';
import { readArgs, usage } from '../commands/args.js';
import type { Command, MessageCommand, ServerCommand } from '../commands/define.js';
import { truncate } from '../render/limits.js';
import { readOptions, userIdOf } from './payload.js';
import { answerResponse } from './render.js';
import { serverMessages } from './reply.js';
import type { PipelineDeps, Route } from './types.js';

/** A command's own options: those its capabilities add (`hide`, `mention`) are read by the pipeline, not the handler. */
export function ownOptions(command: Command) {
	const { hide, mention } = command.capabilities;
	return (command.definition.options ?? []).filter(
		({ name }) => !(hide && name === 'hide') && !(mention && name === 'mention'),
	);
}

/** The values a page button carries to run a command again: its own options, in definition order. */
export function refValues(command: Command, values: ReadonlyMap<string, unknown>): string[] {
	return ownOptions(command).map(({ name }) => (values.has(name) ? String(values.get(name)) : ''));
}

/** A slash command answered from the report: its arguments read and checked, then run and rendered. */
export function chatInputRoute(
	deps: PipelineDeps,
	command: Command,
	interaction: APIChatInputApplicationCommandInteraction,
): Route {
	const { values } = readOptions(interaction.data.options);
	const read = readArgs(command.definition, values);
	return {
		label: command.definition.name,
		needs: {
			access: command.definition,
			...(read.ok ? {} : { invalid: `${read.error} Usage: ${usage(command)}` }),
			...(command.rateLimited ? { limit: deps.limiters.ask } : {}),
		},
		async run() {
			if (!read.ok) throw new Error('unreachable: invalid arguments pass no precondition');
			const context = deps.context();
			const own = new Set(ownOptions(command).map(({ name }) => name));
			const args = Object.fromEntries(Object.entries(read.args).filter(([name]) => own.has(name)));
			const { hide, mention } = read.args;
			const answer = await command.run(context, args as never);
			const view = {
				audience: command.audience,
				ownerId: userIdOf(interaction),
				hidden: command.capabilities.hide && hide === true,
				...(command.capabilities.mention && typeof mention === 'string' ? { mention } : {}),
			};
			const ref = { kind: 'command', name: command.definition.name, values: refValues(command, values) } as const;
			return { response: answerResponse(context, answer, view, ref) };
		},
	};
}

/** "Apps → Check against report" on a message: its text (and embeds') checked, privately for the moderator. */
export function messageRoute(
	deps: PipelineDeps,
	command: MessageCommand,
	interaction: APIMessageApplicationCommandInteraction,
): Route {
	const message = interaction.data.resolved.messages[interaction.data.target_id];
	const content = [message?.content, ...(message?.embeds ?? []).flatMap((embed) => [embed.title, embed.description])]
		.filter(Boolean)
		.join('\n')
		.trim();
	return {
		label: command.definition.name,
		needs: { access: command.definition, ...(content ? {} : { invalid: 'That message has no text to check.' }) },
		async run() {
			const context = deps.context();
			const answer = await command.run(context, { content });
			const view = { audience: command.audience, ownerId: userIdOf(interaction), hidden: true };
			return {
				response: answerResponse(context, answer, view, { kind: 'message', name: command.definition.name, content }),
			};
		},
	};
}

/**
 * A command that manages the bot in a server: the subcommand's handler, after a private "thinking…",
 * since a reload or a channel check may take longer than Discord waits for a response.
 */
export function serverRoute(
	deps: PipelineDeps,
	command: ServerCommand,
	interaction: APIChatInputApplicationCommandInteraction,
): Route {
	const { subcommand = '', values } = readOptions(interaction.data.options);
	const handler = command.handlers[subcommand];
	const definition = (command.definition.options ?? []).find((sub) => sub.name === subcommand) ?? {};
	const read = readArgs(definition, values);
	const names = Object.keys(command.handlers).map((sub) => `/${command.definition.name} ${sub}`.trim());
	const invalid = !handler
		? `Pick one of ${names.join(', ')}. This server's command list may be out of date.`
		: read.ok
			? undefined
			: read.error;
	return {
		label: truncate([command.definition.name, subcommand].filter(Boolean).join(' '), 64),
		needs: { access: command.definition, ...(invalid ? { invalid } : {}) },
		async run() {
			const guildId = interaction.guild_id ?? '';
			const userId = userIdOf(interaction);
			return {
				response: {
					type: InteractionResponseType.DeferredChannelMessageWithSource,
					data: { flags: MessageFlags.Ephemeral },
				},
				async later() {
					if (!handler || !read.ok) throw new Error('unreachable: invalid arguments pass no precondition');
					const reply = await handler(deps.serverContext({ guildId, userId }), read.args);
					const [edit, ...followUps] = serverMessages(reply, userId, command.definition.name);
					return { ...(edit ? { edit } : {}), followUps };
				},
			};
		},
	};
}
