import { type APIMessageComponentInteraction, ComponentType, InteractionResponseType } from 'discord-api-types/v10';
import { readArgs } from '../commands/args.js';
import { type Audience, moderatorsOnly } from '../commands/define.js';
import type { Answer } from '../core/answer.js';
import { ownOptions } from './commands.js';
import { type AnswerRef, type CustomId, parseCustomId } from './custom-ids.js';
import { userIdOf } from './payload.js';
import type { Preconditions } from './preconditions.js';
import { answerResponse } from './render.js';
import { serverMessages } from './reply.js';
import type { PipelineDeps, Route } from './types.js';

/** Buttons and menus: parse the custom id (which carries all their state), then run. Undefined: not one of ours. */
export function componentRoute(deps: PipelineDeps, interaction: APIMessageComponentInteraction): Route | undefined {
	const id = parseCustomId(interaction.data.custom_id);
	if (id?.kind === 'page' && interaction.data.component_type === ComponentType.Button) return pageRoute(deps, id);
	if (id?.kind === 'confirm' && interaction.data.component_type === ComponentType.Button) {
		return confirmRoute(deps, id, interaction);
	}
	if (id?.kind === 'suggest' && interaction.data.component_type === ComponentType.StringSelect) {
		const [query] = interaction.data.values;
		if (query) return suggestRoute(deps, id, query, interaction);
	}
	return undefined;
}

/** The answer a page button turns, produced again from what its custom id carries. */
function replay(
	deps: PipelineDeps,
	ref: AnswerRef,
): { needs: Preconditions; audience: Audience; answer(): Promise<Answer> } | undefined {
	const context = deps.context();
	const { commands, messageCommands } = deps.commands;
	if (ref.kind === 'lookup') {
		return {
			needs: ref.audience === 'moderators' ? { access: moderatorsOnly } : {},
			audience: ref.audience,
			answer: async () => context.engine.lookup(ref.query),
		};
	}
	if (ref.kind === 'message') {
		const command = messageCommands.find(({ definition }) => definition.name === ref.name);
		return (
			command && {
				needs: { access: command.definition },
				audience: command.audience,
				answer: async () => command.run(context, { content: ref.content }),
			}
		);
	}
	const command = commands.find(({ definition }) => definition.name === ref.name);
	if (!command) return undefined;
	const names = ownOptions(command).map(({ name }) => name);
	const read = readArgs(command.definition, new Map(ref.values.map((value, i) => [names[i] ?? '', value])));
	if (!read.ok) return undefined;
	return {
		needs: { access: command.definition },
		audience: command.audience,
		answer: async () => command.run(context, read.args as never),
	};
}

function pageRoute(deps: PipelineDeps, id: Extract<CustomId, { kind: 'page' }>): Route | undefined {
	const source = replay(deps, id.answer);
	if (!source) return undefined;
	return {
		label: 'page',
		needs: {
			...source.needs,
			owner: {
				id: id.ownerId,
				refusal: 'Only the person who ran this command can turn its pages. Run it yourself to browse them.',
			},
		},
		async run() {
			const answer = await source.answer();
			const view = { audience: source.audience, ownerId: id.ownerId, hidden: false };
			return { response: answerResponse(deps.context(), answer, view, id.answer, { how: 'update', page: id.page }) };
		},
	};
}

/** A "did you mean" pick: in place for the asker, privately for anyone else. */
function suggestRoute(
	deps: PipelineDeps,
	id: Extract<CustomId, { kind: 'suggest' }>,
	query: string,
	interaction: APIMessageComponentInteraction,
): Route {
	return {
		label: 'suggestion',
		// The moderators' view is checked again: a menu does not carry its command's permissions.
		needs: { ...(id.audience === 'moderators' ? { access: moderatorsOnly } : {}), limit: deps.limiters.ask },
		async run() {
			const context = deps.context();
			const answer = await context.engine.lookup(query);
			const presser = userIdOf(interaction);
			const ref = { kind: 'lookup', query, audience: id.audience } as const;
			const own = presser === id.ownerId;
			const view = { audience: id.audience, ownerId: presser, hidden: !own };
			return { response: answerResponse(context, answer, view, ref, { how: own ? 'update' : 'reply' }) };
		},
	};
}

/** A server command's confirm or cancel button, for the person who ran the command. */
function confirmRoute(
	deps: PipelineDeps,
	id: Extract<CustomId, { kind: 'confirm' }>,
	interaction: APIMessageComponentInteraction,
): Route | undefined {
	const command = deps.commands.serverCommands.find(({ definition }) => definition.name === id.command);
	const confirm = command?.confirm;
	if (!command || !confirm) return undefined;
	return {
		label: `${id.command} confirm`,
		needs: {
			access: command.definition,
			owner: { id: id.ownerId, refusal: 'Only the person who ran the command can answer this.' },
		},
		async run() {
			const reply = await confirm(
				deps.serverContext({ guildId: interaction.guild_id ?? '', userId: id.ownerId }),
				id.action,
			);
			const [first, ...followUps] = serverMessages(reply, id.ownerId, id.command);
			return {
				response: { type: InteractionResponseType.UpdateMessage, data: { ...first } },
				...(followUps.length > 0 ? { later: async () => ({ followUps }) } : {}),
			};
		},
	};
}
