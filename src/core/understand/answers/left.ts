/**
 * "Did the cops actually defend the prison?", "did police manage to hold their posts?": a deed of staying asked of
 * those the report says left instead ("Police officers guarding the prison 'abandoned it'"): no.
 */
import type { Answer } from '../../answer.js';
import { leaving } from '../../language/leaving.js';
import { stem } from '../../text.js';
import type { Frame } from '../frame.js';
import type { Query } from '../query.js';
import type { Answering } from './context.js';
import { unboosted } from './context.js';

/** Deeds of staying at a place or a post, as stems: "defend", "hold", "stay" (not "guard": they were guarding when they left). */
const stayingStems: ReadonlySet<string> = new Set(
	[
		'defend',
		'defended',
		'protect',
		'protected',
		'hold',
		'held',
		'stay',
		'stayed',
		'remain',
		'remained',
		'resist',
		'resisted',
	].map(stem),
);

/**
 * No, with the fact that tells they left, where a yes/no question asks a deed of staying of the ones a fact says left;
 * undefined otherwise.
 *
 * @example
 * leftInstead(ctx, 'did the cops actually defend the prison or nah', frame, query);
 * // 'No: ' with "Police officers guarding the prison “abandoned it”…"
 */
export function leftInstead(ctx: Answering, question: string, frame: Frame, query: Query): Answer | undefined {
	if (frame.kind !== 'yesNo' || !query.terms.some((term) => stayingStems.has(term))) return undefined;
	// ("…or nah": only the deed asked, not whether it was tried.)
	if (query.mentions.length === 0) return undefined;
	const { base } = ctx.tools;
	const named = query.mentions.map((mention) => mention.entities.map((entity) => entity.id));
	const [top] = ctx
		.rank(query, unboosted)
		.filter(({ fact }) => leaving.test(fact.quote))
		.filter(({ fact }) => named.every((ids) => ids.some((id) => base.entitiesOf(fact).includes(id))));
	return top ? ctx.tools.facts(question, [top.fact], 'No:') : undefined;
}
