import { type APIInteractionResponse, InteractionResponseType } from 'discord-api-types/v10';
import type { CommandContext } from '../commands/define.js';
import type { Answer } from '../core/answer.js';
import { reportOf, type Sources } from '../core/answer-source.js';
import { deepFreeze } from '../deep-freeze.js';
import { type RenderedAnswer, renderDiscord } from '../render/discord.js';
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
	const provenance = view.audience === 'moderators';
	const quoted = ref.kind === 'message' ? 'message' : 'question';
	const rendered = renderedOnce(answer, engine.sources, `${page} ${provenance} ${quoted}`, () =>
		renderDiscord(answer, { page, provenance, report: (id) => reportOf(engine.sources, id), quoted }),
	);
	const body = answerBody(answer, rendered, view, ref);
	if (how === 'reply') return reply(body);
	const { flags: _private, content: _kept, ...update } = body;
	return {
		type: InteractionResponseType.UpdateMessage,
		data: { ...update, allowed_mentions: { parse: [] } },
	};
}

/**
 * Embeds already rendered, by answer: the engine thread hands out the same (frozen) answer for a
 * repeated question on unchanged data, and rendering depends only on the answer, the page, the
 * view and the reports, so the same embed serves every repeat. An answer that is not reused is
 * dropped with its embeds.
 */
const rendered = new WeakMap<Answer, Map<string, { sources: Sources; embed: RenderedAnswer }>>();

function renderedOnce(answer: Answer, sources: Sources, key: string, render: () => RenderedAnswer): RenderedAnswer {
	if (!Object.isFrozen(answer)) return render();
	const byView = rendered.get(answer) ?? new Map();
	rendered.set(answer, byView);
	const kept = byView.get(key);
	if (kept && kept.sources === sources) return kept.embed;
	const embed = deepFreeze(render());
	byView.set(key, { sources, embed });
	return embed;
}
