import { type APIInteractionResponse, InteractionResponseType } from 'discord-api-types/v10';
import type { CommandContext } from '../commands/define.js';
import type { Answer } from '../core/answer.js';
import { reportOf } from '../core/answer-source.js';
import { renderDiscord } from '../render/discord.js';
import type { AnswerRef } from './custom-ids.js';
import { answerBody, type MessageBody, notice, type View } from './reply.js';

/** A new message answering the interaction. */
export const reply = (data: MessageBody): APIInteractionResponse => ({
	type: InteractionResponseType.ChannelMessageWithSource,
	data,
});

export const replyNotice = (text: string) => reply(notice(text));

/**
 * An answer as the response to an interaction: a new reply, or (`update`, for a page button or a
 * pick on the asker's own message) in place of the message the component is on. An update keeps
 * the message's content and privacy, which Discord does not let an edit change.
 */
export function answerResponse(
	{ engine }: CommandContext,
	answer: Answer,
	view: View,
	ref: AnswerRef,
	{ how = 'reply', page = 0 }: { how?: 'reply' | 'update'; page?: number } = {},
): APIInteractionResponse {
	const rendered = renderDiscord(answer, {
		page,
		provenance: view.audience === 'moderators',
		report: (id) => reportOf(engine.sources, id),
		quoted: ref.kind === 'message' ? 'message' : 'question',
	});
	const body = answerBody(answer, rendered, view, ref);
	if (how === 'reply') return reply(body);
	const { flags: _private, content: _kept, ...update } = body;
	return {
		type: InteractionResponseType.UpdateMessage,
		data: { ...update, allowed_mentions: { parse: [] } },
	};
}
