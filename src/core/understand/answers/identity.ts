/**
 * "Is the gang boss who told parents to keep their kids home the same person who vowed…?": two
 * descriptions held against the facts they describe, and whether those facts credit one doer.
 */
import type { Fact } from '../../../data/schema.js';
import type { Answer } from '../../answer.js';
import { fold } from '../../language/lexicon.js';
import { type ReadText, readText } from '../../language/read.js';
import { answerOptions } from '../options.js';
import { buildQuery } from '../query.js';
import { rank } from '../rank.js';
import { type Answering, unboosted } from './context.js';

/** "The same person", "the same guy as", "la même personne", "menm moun" (folded text). */
const sameOne =
	/\b(?:(?:the )?same (?:person|guy|man|one|individual|leader|people)|la meme personne|le meme homme|menm moun|menm nonm)\b(?:\s+(?:as|who|that|qui|ki|que))?/;

/**
 * Yes where both descriptions are of one doer the facts credit, no where of two; undefined where
 * either cannot be told.
 */
export function sameDoer(ctx: Answering, question: string, read: ReadText): Answer | undefined {
	const folded = fold(read.cleaned);
	const found = sameOne.exec(folded);
	if (!found || folded.length !== read.cleaned.length) return undefined;
	const before = read.cleaned.slice(0, found.index).replace(/^\W*(?:is|was|are|were|est|eske|èske)\s+/iu, '');
	const after = read.cleaned.slice(found.index + found[0].length);
	const [first, second] = [doerOf(ctx, before), doerOf(ctx, after)];
	if (!first || !second) return undefined;
	const { base } = ctx.tools;
	const facts = [...new Set([first.fact, second.fact].filter((fact) => fact !== undefined))];
	if (first.id === second.id) return ctx.tools.facts(question, facts, `Yes: both are ${base.name(first.id)}.`);
	return ctx.tools.facts(question, facts, `No: ${base.name(first.id)} and ${base.name(second.id)}.`);
}

/**
 * Who a description is of: the one it names (a person), or the doer of the one fact it describes
 * ("who told parents to keep their kids home" is whoever the report says did).
 */
function doerOf(ctx: Answering, description: string): { id: string; fact?: Fact } | undefined {
	const { base, index } = ctx.tools;
	const read = readText(description);
	const query = buildQuery(read.words, read.language, index, base);
	const people = [...new Set(query.mentions.flatMap((mention) => mention.entities))].filter(
		(entity) => entity.kind === 'person',
	);
	const [top, next] = rank(query, index, base, { minCoverage: answerOptions.dominantCoverage, boost: unboosted });
	const doers = top ? base.actorsOf(top.fact).filter((id) => base.entity(id)?.kind === 'person') : [];
	// A name is who it is, whatever else is said of it.
	if (people.length === 1 && people[0]) return { id: people[0].id, fact: top?.fact };
	// The one fact the description is about, well ahead of any other, and the one person who did it.
	if (!top || doers.length !== 1 || (next && top.score < next.score * answerOptions.dominance)) return undefined;
	return { id: doers[0] as string, fact: top.fact };
}
