import {
	type APIActionRowComponent,
	type APIComponentInMessageActionRow,
	type APIInteractionResponseCallbackData,
	ButtonStyle,
	ComponentType,
	MessageFlags,
} from 'discord-api-types/v10';
import type { Audience, ServerReply } from '../commands/define.js';
import type { Answer } from '../core/answer.js';
import type { RenderedAnswer } from '../render/discord.js';
import { limits, truncate } from '../render/limits.js';
import { type AnswerRef, formatCustomId } from './custom-ids.js';

/** Who a reply is for and how it is shown. */
export interface View {
	audience: Audience;
	/** Whoever ran the command: the only one who may turn its pages or pick its suggestions in place. */
	ownerId: string;
	hidden: boolean;
	/** The one user the reply may notify. */
	mention?: string;
}

export type MessageBody = APIInteractionResponseCallbackData;
type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

const userMention = (id: string) => `<@${id}>`;

/**
 * The message for a rendered answer: the embed, page buttons when there is more than one page
 * (carrying `answer`, the way to produce it again), a "did you mean" menu when the report has
 * nothing, and mentions that can ping no one but the user named in `mention`.
 */
export function answerBody(answer: Answer, rendered: RenderedAnswer, view: View, ref: AnswerRef): MessageBody {
	const components: Row[] = [];
	const pages = rendered.pageCount > 1 ? pageButtons(rendered, view.ownerId, ref) : undefined;
	if (pages) components.push(pages);
	const suggestions = answer.suggestions.filter(({ query }) => query.length <= limits.selectValue);
	const menuId = formatCustomId({ kind: 'suggest', ownerId: view.ownerId, audience: view.audience });
	if (suggestions.length > 0 && menuId) {
		components.push({
			type: ComponentType.ActionRow,
			components: [
				{
					type: ComponentType.StringSelect,
					custom_id: menuId,
					placeholder: 'Did you mean…',
					options: suggestions.slice(0, limits.selectOptions).map((suggestion) => ({
						label: truncate(suggestion.label, limits.selectLabel),
						value: suggestion.query,
					})),
				},
			],
		});
	}
	const embed =
		rendered.pageCount > 1 && !pages
			? // Too long a question to carry in a button: the first page, and how to see the rest.
				{
					...rendered.embed,
					footer: {
						text: truncate(
							`Showing page 1 of ${rendered.pageCount}: ask more narrowly to see the rest.`,
							limits.footer,
						),
					},
				}
			: rendered.embed;

	const notify = view.mention && !view.hidden && view.audience === 'public' ? view.mention : undefined;
	const content = notify
		? userMention(notify)
		: view.mention
			? `-# Private answers notify no one, so ${userMention(view.mention)} was not told.`
			: undefined;
	return {
		...(content ? { content } : {}),
		embeds: [embed],
		components,
		allowed_mentions: notify ? { parse: [], users: [notify] } : { parse: [] },
		...(view.hidden || view.audience === 'moderators' ? { flags: MessageFlags.Ephemeral } : {}),
	};
}

function pageButtons({ page, pageCount }: RenderedAnswer, ownerId: string, answer: AnswerRef): Row | undefined {
	const previous = formatCustomId({ kind: 'page', page: page - 1, ownerId, answer });
	const next = formatCustomId({ kind: 'page', page: page + 1, ownerId, answer });
	// Page -1 has one character fewer than page 1: check both ids, not one.
	const forward = formatCustomId({ kind: 'page', page: pageCount, ownerId, answer });
	if (!previous || !next || !forward) return undefined;
	return {
		type: ComponentType.ActionRow,
		components: [
			{
				type: ComponentType.Button,
				style: ButtonStyle.Secondary,
				custom_id: previous,
				label: 'Previous',
				disabled: page === 0,
			},
			{
				type: ComponentType.Button,
				style: ButtonStyle.Secondary,
				custom_id: next,
				label: 'Next',
				disabled: page >= pageCount - 1,
			},
		],
	};
}

/** A short private message: errors, refusals, rate limits. */
export function notice(text: string): MessageBody {
	return { content: truncate(text, limits.content), allowed_mentions: { parse: [] }, flags: MessageFlags.Ephemeral };
}

/** A server command's reply as messages: the first (with its confirm buttons), then any more. */
export function serverMessages(reply: ServerReply, ownerId: string, command: string): MessageBody[] {
	const [first = { content: 'Done.' }, ...rest] = reply.messages;
	const message = (m: ServerReply['messages'][number]): MessageBody => ({
		content: truncate(m.content ?? '', limits.content),
		embeds: m.embeds ?? [],
		allowed_mentions: { parse: [] },
	});
	const buttons = reply.confirm ? confirmButtons(ownerId, command, reply.confirm) : undefined;
	return [
		{ ...message(first), components: buttons ? [buttons] : [] },
		...rest.map((more) => ({ ...message(more), flags: MessageFlags.Ephemeral })),
	];
}

/** Confirm and cancel buttons for a server command's question; only `ownerId` may press them. */
function confirmButtons(ownerId: string, command: string, confirm: { action: string; label: string }): Row | undefined {
	const yes = formatCustomId({ kind: 'confirm', ownerId, command, action: confirm.action });
	const no = formatCustomId({ kind: 'confirm', ownerId, command, action: 'cancel' });
	if (!yes || !no) return undefined;
	return {
		type: ComponentType.ActionRow,
		components: [
			{
				type: ComponentType.Button,
				style: ButtonStyle.Danger,
				custom_id: yes,
				label: truncate(confirm.label, limits.buttonLabel),
			},
			{ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: no, label: 'Cancel' },
		],
	};
}
