/**
 * "Is the gang boss who told parents to keep their kids home the same person who vowed…?": two
 * descriptions held against the facts they describe, and whether those facts credit one doer.
 */
import type { Entity, Fact } from '../../../data/schema.js';
import type { Answer } from '../../answer.js';
import { fold } from '../../language/lexicon.js';
import { type ReadText, readText } from '../../language/read.js';
import { openTail } from '../guess.js';
import { answerOptions } from '../options.js';
import { buildQuery } from '../query.js';
import { rank } from '../rank.js';
import { type Answering, unboosted } from './context.js';

/** "The same person", "the same guy as", "la même personne", "menm moun" (folded text). */
const sameOne =
	/\b(?:(?:the )?same (?:person|guy|dude|man|one|individual|leader|people|group|organi[sz]ation|org|ngo|outlet|source|body|agency)|la meme personne|le meme homme|le meme groupe|la meme organisation|menm moun|menm nonm|menm gwoup|menm oganizasyon|(?:the )?same as the one)\b(?:\s+(?:as|who|that|qui|ki|que))?(?:\s+(?:the )?one\s+(?:who|that))?/;
/** "Two different people", "2 diff guys", "deux personnes différentes" (folded text): the same question, asked the other way. */
const twoOnes =
	/\b(?:(?:two|2|deux|de) )?(?:different|diff|separate|distinct|differentes|distinctes) (?:people|persons|guys|dudes|men|individuals|personnes|hommes|moun)\b|\b(?:deux|de) (?:personnes|hommes|moun) (?:differentes|distinctes|diferan)\b/;
/** The words of `sameOne` that say it is a person: only then are both sides held to name one. */
const samePerson = /\b(?:person|guy|dude|man|individual|leader|personne|homme|moun|nonm)\b/;

/**
 * Yes where both descriptions are of one doer the facts credit, no where of two; undefined where
 * either cannot be told.
 */
export function sameDoer(ctx: Answering, question: string, read: ReadText): Answer | undefined {
	const folded = fold(read.cleaned);
	const different = sameOne.test(folded) ? undefined : twoOnes.exec(folded);
	const found = different ?? sameOne.exec(folded);
	if (!found || folded.length !== read.cleaned.length) return undefined;
	const before = read.cleaned.slice(0, found.index).replace(/^\W*(?:is|was|are|were|est|eske|èske)\s+/iu, '');
	const after = read.cleaned.slice(found.index + found[0].length);
	// "Is the group that warned in 2017 the same one that gave the count?": a group, not a person, is asked about.
	const kindAsked =
		different ||
		samePerson.test(found[0]) ||
		!/\b(?:one|group|organi[sz]ation|org|ngo|outlet|source|body|agency|groupe|gwoup|oganizasyon)\b/.test(found[0])
			? 'person'
			: undefined;
	// "Are Jimmy Sergier and Barbecue the same dude?": both named before it.
	const [first, second] = /\p{L}{3}/u.test(after.replace(/[?!.\s]+$/u, '').replace(openTail, ''))
		? [doerOf(ctx, before, kindAsked), doerOf(ctx, after, kindAsked)]
		: namedTwice(ctx, before);
	if (!first || !second) return undefined;
	const { base } = ctx.tools;
	const facts = [...new Set([first.fact, second.fact].filter((fact) => fact !== undefined))];
	if (first.id === second.id)
		return ctx.tools.facts(
			question,
			facts,
			different ? `No: both are ${base.name(first.id)}, the same one.` : `Yes: both are ${base.name(first.id)}.`,
		);
	return ctx.tools.facts(
		question,
		facts,
		`${different ? 'Yes' : 'No'}: ${base.name(first.id)} and ${base.name(second.id)}.`,
	);
}

/**
 * Who a description is of: the one it names (a person), or the doer of the one fact it describes
 * ("who told parents to keep their kids home" is whoever the report says did).
 */
function doerOf(ctx: Answering, description: string, kind?: Entity['kind']): { id: string; fact?: Fact } | undefined {
	const { base, index } = ctx.tools;
	const read = readText(description);
	const query = buildQuery(read.words, read.language, index, base);
	const ofKind = (id: string) => kind === undefined || base.entity(id)?.kind === kind;
	const people = [...new Set(query.mentions.flatMap((mention) => mention.entities))].filter(
		(entity) => kind !== undefined && entity.kind === kind,
	);
	const [top, next] = rank(query, index, base, { minCoverage: answerOptions.dominantCoverage, boost: unboosted });
	const doers = top ? base.actorsOf(top.fact).filter(ofKind) : [];
	// A name is who it is, whatever else is said of it.
	if (people.length === 1 && people[0]) return { id: people[0].id, fact: top?.fact };
	// The one fact the description is about, well ahead of any other, and the one person who did it.
	if (!top || doers.length !== 1 || (next && top.score < next.score * answerOptions.dominance)) return undefined;
	return { id: doers[0] as string, fact: top.fact };
}

/** "Behind both the 2017 warning and the 2023 tally" (folded text): two things one doer is asked of. */
const both = /\bboth (.+?) and (.+)$/;

/**
 * "Which organisation is behind both the 2017 warning and the 2023 inmate tally?": the one doer
 * of both facts, where they have one.
 */
export function commonDoer(ctx: Answering, question: string, read: ReadText): Answer | undefined {
	const folded = fold(read.cleaned).replace(/[?!.\s]+$/, '');
	const found = both.exec(folded);
	if (!found?.[1] || !found[2] || folded.length !== fold(read.cleaned).length) return undefined;
	const [first, second] = [doerOf(ctx, found[1]), doerOf(ctx, found[2])];
	if (!first?.fact || !second?.fact || first.id !== second.id || first.fact === second.fact) return undefined;
	return ctx.tools.facts(question, [first.fact, second.fact], `${ctx.tools.base.name(first.id)}: both.`);
}

/** The two people a text names, in order, each as its own mention (the same one named twice is one person). */
function namedTwice(ctx: Answering, text: string): ({ id: string; fact?: Fact } | undefined)[] {
	const { base, index } = ctx.tools;
	const read = readText(text);
	const people = buildQuery(read.words, read.language, index, base).mentions.map((mention) =>
		mention.entities.find((entity) => entity.kind === 'person'),
	);
	// What the report says the person is, else the first thing it says of them: the answer cites the report.
	const profile = (id: string) =>
		base.facts.find((fact) => fact.kind === 'detail' && fact.subject === id) ??
		base.facts.find((fact) => base.entitiesOf(fact).includes(id));
	// "Jimmy Sergier and Barbecue": two of one person's names, read as one mention.
	const [only] = people;
	const sides = read.words.join(' ').split(/\s(?:and|n|et|ak|&|vs|versus)\s/);
	// (Each side must name them: "the pm and the president that got killed" names the PM only once.)
	const namesOnly = (side: string) =>
		buildQuery(side.split(' '), read.language, index, base).mentions.some((mention) =>
			mention.entities.some((entity) => entity.id === only?.id),
		);
	if (people.length === 1 && only && sides.length === 2 && sides.every(namesOnly)) {
		const one = { id: only.id, fact: profile(only.id) };
		return [one, one];
	}
	const [first, second, ...more] = people;
	if (!first || !second || more.length > 0) return [undefined, undefined];
	return [
		{ id: first.id, fact: profile(first.id) },
		{ id: second.id, fact: profile(second.id) },
	];
}
