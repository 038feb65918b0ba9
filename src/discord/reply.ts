import {
	type APIActionRowComponent,
	type APIComponentInMessageActionRow,
	ButtonStyle,
	ComponentType,
	type InteractionReplyOptions,
	MessageFlags,
	userMention,
} from 'discord.js';
import type { Audience } from '../commands/define.js';
import type { Answer } from '../core/answer.js';
import type { RenderedAnswer } from '../render/discord.js';
import { limits, truncate } from './limits.js';

/** Who a reply is for and how it is shown. */
export interface View {
	audience: Audience;
	/** Whoever ran the command: the only one who may turn its pages or pick its suggestions in place. */
	ownerId: string;
	hidden: boolean;
	/** The one user the reply may notify. */
	mention?: string;
}

/**
 * Custom ids of the components on a reply. They carry what a click needs, within 100
 * characters: a page button its answer's token (the id of the interaction that opened it), a
 * suggestion menu whose it is and which view it shows, a confirm button whose question it answers.
 */
export const customIds = {
	page: (token: string, page: number) => `page:${token}:${page}`,
	suggest: (ownerId: string, audience: Audience) => `suggest:${ownerId}:${audience}`,
	/** A server command's confirm (or cancel) button: `action` is what its `confirm` handler receives. */
	confirm: (ownerId: string, command: string, action: string) => `confirm:${ownerId}:${command}:${action}`,
	parse(customId: string) {
		const [kind, a = '', b = '', c = ''] = customId.split(':');
		if (!/^\d{17,20}$/.test(a)) return undefined;
		if (kind === 'confirm' && /^[a-z-]{1,32}$/.test(b) && /^[a-z-]{1,32}$/.test(c)) {
			return { kind, ownerId: a, command: b, action: c } as const;
		}
		if (kind === 'page' && /^\d+$/.test(b)) return { kind, token: a, page: Number(b) } as const;
		if (kind === 'suggest' && (b === 'public' || b === 'moderators')) {
			return { kind, ownerId: a, audience: b } as const;
		}
		return undefined;
	},
};

type Payload = InteractionReplyOptions & { flags?: MessageFlags.Ephemeral };

/**
 * The message for a rendered answer: the embed, page buttons when there is more than one page,
 * a "did you mean" menu when the report has nothing, and mentions that can ping no one but the
 * user named in `mention`.
 */
export function answerPayload(answer: Answer, rendered: RenderedAnswer, view: View, pagerToken?: string): Payload {
	const components: APIActionRowComponent<APIComponentInMessageActionRow>[] = [];
	if (rendered.pageCount > 1 && pagerToken) components.push(pageButtons(pagerToken, rendered));
	const suggestions = answer.suggestions.filter(({ query }) => query.length <= limits.selectValue);
	if (suggestions.length > 0) {
		components.push({
			type: ComponentType.ActionRow,
			components: [
				{
					type: ComponentType.StringSelect,
					custom_id: customIds.suggest(view.ownerId, view.audience),
					placeholder: 'Did you mean…',
					options: suggestions.slice(0, limits.selectOptions).map((suggestion) => ({
						label: truncate(suggestion.label, limits.selectLabel),
						value: suggestion.query,
					})),
				},
			],
		});
	}

	const notify = view.mention && !view.hidden && view.audience === 'public' ? view.mention : undefined;
	const content = notify
		? userMention(notify)
		: view.mention
			? `-# Private answers notify no one, so ${userMention(view.mention)} was not told.`
			: undefined;
	return {
		...(content ? { content } : {}),
		embeds: [rendered.embed],
		components,
		allowedMentions: notify ? { parse: [], users: [notify] } : { parse: [] },
		...(view.hidden || view.audience === 'moderators' ? { flags: MessageFlags.Ephemeral } : {}),
	};
}

function pageButtons(
	token: string,
	{ page, pageCount }: RenderedAnswer,
): APIActionRowComponent<APIComponentInMessageActionRow> {
	return {
		type: ComponentType.ActionRow,
		components: [
			{
				type: ComponentType.Button,
				style: ButtonStyle.Secondary,
				custom_id: customIds.page(token, page - 1),
				label: 'Previous',
				disabled: page === 0,
			},
			{
				type: ComponentType.Button,
				style: ButtonStyle.Secondary,
				custom_id: customIds.page(token, page + 1),
				label: 'Next',
				disabled: page >= pageCount - 1,
			},
		],
	};
}

/** A short private message: errors, refusals, rate limits. */
export function notice(text: string): Payload {
	return {
		content: truncate(text, limits.content),
		allowedMentions: { parse: [] },
		flags: MessageFlags.Ephemeral,
	};
}

/** Confirm and cancel buttons for a server command's question; only `ownerId` may press them. */
export function confirmButtons(
	ownerId: string,
	command: string,
	confirm: { action: string; label: string },
): APIActionRowComponent<APIComponentInMessageActionRow> {
	return {
		type: ComponentType.ActionRow,
		components: [
			{
				type: ComponentType.Button,
				style: ButtonStyle.Danger,
				custom_id: customIds.confirm(ownerId, command, confirm.action),
				label: truncate(confirm.label, limits.buttonLabel),
			},
			{
				type: ComponentType.Button,
				style: ButtonStyle.Secondary,
				custom_id: customIds.confirm(ownerId, command, 'cancel'),
				label: 'Cancel',
			},
		],
	};
}
