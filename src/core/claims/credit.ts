/**
 * How a credited name is read in its clause: with "only" or "not", as the owner of something
 * ("Kenya's parliament"), beside other actors, and for which role. Split from agents.ts, which
 * decides what kind of claim a name makes.
 */
import type { Entity, Fact } from '../../data/schema.js';
import type { FactBase } from '../fact-base.js';
import { lemmatizer } from '../language/lemmas.js';
import { stopwords, vagueWords } from '../language/lexicon.js';
import { readText } from '../language/read.js';
import type { SearchIndex } from '../search-index.js';
import { bitsSet } from '../understand/cues.js';
import { leadWords } from '../understand/fits.js';
import type { Ranked } from '../understand/rank.js';
import { type Claim, claim, relevant } from './claim.js';
import { type EntityMention, escapeRegExp } from './names.js';
import { othersCredited, possessed, qualifierOf } from './qualifiers.js';
import type { Span } from './values.js';

/** A word that opens whose word or figure something is: "per RNDDH", "according to UN figures", "selon l'ONU". */
export const creditOpener = /^(?:per|according|accordin|acording|accordng|selon|d['’]apr[eè]s|dapre|via)$/iu;

/** A fact that tells something was not done: "…, but stayed on", "reluctant to", "has not commented". */
const toldUndone = /\b(?:but|not|never|reluctant|refused|unwilling|declined|stayed on)\b/i;

/** A denied verb right after a name: "didn't", "has not", "never", "n'a pas", "pa t". */
const deniedAfter =
	/^\s+(?:(?:did|does|do|has|have|had|was|were|is|are|will|would)(?:n['’]?t|\s+not|\s+never)|never|n['’]a\s+pas|n['’]est\s+pas|ne\s+\p{L}+\s+pas|pa\s+t?|pat)(?!\p{L})/iu;

/**
 * A credited name with "only" or "not": "only by the US" differs when the fact credits another
 * body too, "not the UN" differs when the fact credits the UN. undefined: no qualifier, judge the
 * name as usual; null: a qualifier the fact cannot settle, so no claim at all (never "matches" a
 * denial the report does not make).
 */
export function qualifiedClaim(
	text: string,
	span: Span,
	group: EntityMention[],
	mentions: EntityMention[],
	fact: Fact,
	base: FactBase,
	at: (span: Span) => string,
): Claim | null | undefined {
	const qualified = qualifierOf(text, span);
	if (!qualified) return undefined;
	const named = group.flatMap((m) => m.entity ?? []);
	const involved = base.entitiesOf(fact).flatMap((id) => base.within(id));
	const credited = named.length === group.length && named.every((entity) => involved.includes(entity.id));
	if (qualified.qualifier === 'not') {
		// "Henry didn't step down" against "was supposed to…, but stayed on": a denial after the name denies the deed,
		// which the fact says was not done either; no credit to deny. ("The UN did not sanction him" still differs.)
		if (deniedAfter.test(text.slice(span.end)) && toldUndone.test(fact.quote)) return null;
		return credited
			? claim(
					at(qualified.span),
					'differs',
					[fact],
					`The report does credit ${named.map((e) => e.name).join(' and ')}: ${fact.answer}`,
				)
			: null;
	}
	if (!credited) return undefined;
	// ("…only by the US — not the UN": one denied is not one the message names as crediting too.)
	const mentioned = mentions.flatMap((m) =>
		m.entity && qualifierOf(text, m)?.qualifier !== 'not' ? [m.entity.id] : [],
	);
	const others = othersCredited(fact, named, mentioned, base);
	if (others.length > 0) {
		const names = others.map((entity) => entity.name).join(' and ');
		return claim(at(qualified.span), 'differs', [fact], `The report credits ${names} too: ${fact.answer}`);
	}
	// The report credits no one else, but it does not say "only": the name is judged as usual.
	return undefined;
}

/**
 * "Kenya's parliament approved…": a part of a named body the report never speaks of is another
 * party, not the body; "not in the report", never a confirmation of the body. null: the part is
 * something the data knows ("Haiti's main police unions"), which acts, not its owner. undefined:
 * no possessive, or one of what the report says of the owner; judged as usual.
 */
export function ownedStranger(
	text: string,
	span: Span,
	group: EntityMention[],
	base: FactBase,
	index: SearchIndex,
	at: (span: Span) => string,
): Claim | null | undefined {
	const owner = group.length === 1 ? group[0]?.entity : undefined;
	const part = owner ? possessed(text, span) : undefined;
	if (!owner || !part) return undefined;
	// "Gazette Haiti's print edition" where the report says its "digital edition": another of the same thing.
	const otherKind = owner ? anotherOfItsKind(text, part, owner, base) : undefined;
	if (otherKind) {
		const words = { start: part.span.end - part.noun.length, end: part.span.end + otherKind.head.length + 1 };
		return claim(
			at(words),
			'differs',
			[otherKind.fact],
			`The report says “${otherKind.said}”: ${otherKind.fact.answer}`,
		);
	}
	// A phrase that names something of the data's own ("main police unions", "government") is that
	// thing, and it is the one that acts: the owner is only what it belongs to.
	const following = text
		.slice(part.span.end - part.noun.length)
		.split(/[^\p{L}-]+/u)
		.slice(0, 3)
		.map((word) => word.toLowerCase());
	const known = base.entities.some((entity) =>
		[entity.name, ...entity.aliases].some((name) =>
			name
				.toLowerCase()
				.split(/\s+/)
				.some((word) => following.includes(word) && !stopwords.en.has(word)),
		),
	);
	if (known) return null;
	const ownFacts = relevant(base, index, part.noun, { minCoverage: 0.5, limit: 20 }).filter(({ fact }) =>
		base.entitiesOf(fact).some((id) => base.within(id).includes(owner.id)),
	);
	if (ownFacts.length > 0) return undefined;
	const words = at(part.span);
	return claim(words, 'not_in_report', [], `The report says nothing of ${words.trim()}.`);
}

/**
 * "X's print edition" where a fact about X says "digital edition": the noun after the possessed word is the
 * fact's, with another word before it. The fact, what it says, and the noun.
 */
function anotherOfItsKind(
	text: string,
	part: { noun: string; span: Span },
	owner: Entity,
	base: FactBase,
): { fact: Fact; said: string; head: string } | undefined {
	const head = /^\s(\p{L}{3,})/u.exec(text.slice(part.span.end))?.[1];
	if (!head || stopwords.en.has(head.toLowerCase())) return undefined;
	const pattern = new RegExp(`(?<![\\p{L}])(\\p{L}+)\\s+${escapeRegExp(head)}(?![\\p{L}])`, 'iu');
	for (const fact of base.facts) {
		if (!base.entitiesOf(fact).includes(owner.id)) continue;
		const found = pattern.exec(fact.quote);
		const before = found?.[1]?.toLowerCase();
		if (found && before && before !== part.noun.toLowerCase() && !stopwords.en.has(before))
			return { fact, said: found[0], head };
	}
	return undefined;
}

/** How many of the words ranked a fact has as themselves, not through related words. */
export const directlyMatched = ({ matched, related }: Ranked): number => bitsSet(matched & ~related);

/** Below this share of the best fact's score, a fact involving the name is about something else. */
const involvingScoreShare = 0.5;

/** Of facts that rank about as well as the first, one that involves the names: what they did, not what another did nearby. */
export function preferInvolving(
	ranked: Ranked[],
	group: EntityMention[],
	base: FactBase,
	margin: number,
): Ranked | undefined {
	const [first] = ranked;
	const involving = ranked.find(
		(r) =>
			r.coverage >= (first?.coverage ?? 0) - margin &&
			// "AyiboPost says some inmates didn't wanna run": a fact far behind on what was said is not what is credited.
			r.score >= (first?.score ?? 0) * involvingScoreShare &&
			// "RNDDH said the guards left the prison": one that has fewer of what was said in its own words than the
			// first ("left" only as related to its understaffing) tells something else.
			(first === undefined || directlyMatched(r) >= directlyMatched(first)) &&
			group.every(
				(m) =>
					m.entity &&
					base
						.entitiesOf(r.fact)
						.flatMap((id) => base.within(id))
						.includes(m.entity.id),
			),
	);
	return involving ?? first;
}

/** Does a text name an entity, by any of its names, in any case? */
export function namedIn(text: string, entity: Entity): boolean {
	return [entity.name, ...entity.aliases].some((name) =>
		new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'iu').test(text),
	);
}

/** Words after a name that only qualify it. */
const nameQualifiers = new Set([
	'alone',
	'only',
	'also',
	'either',
	'neither',
	'solely',
	'seul',
	'seule',
	'seuls',
	'seules',
	'aussi',
	'selman',
]);

/** Is there nothing but a verb of saying between this actor and the next: "Reuters says the HNP…"? */
export function reportsWhatFollows(text: string, groups: EntityMention[][], group: EntityMention[]): boolean {
	const next = groups[groups.indexOf(group) + 1]?.[0];
	return next !== undefined && reportsNext.test(text.slice(group.at(-1)?.end ?? 0, next.start));
}

/** Nothing but a verb of saying between one name and the next: "Reuters says the…", "AyiboPost reported that…". */
const reportsNext =
	/^\s*(?:says|said|say|reports|reported|claims|claimed|writes|wrote|tells|told|notes|noted|adds|added|dit|a dit|rapporte|di)\s+(?:that\s+|que\s+|qu['’]\s*|ke\s+)?(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*)?$/iu;

/**
 * The words that go with one of several actors in a clause: those after it up to the next actor,
 * or, when it ends the clause, those since the previous one ("the force the UNSC greenlit").
 */
export function ownWords(text: string, groups: EntityMention[][], group: EntityMention[]): string {
	const i = groups.indexOf(group);
	const end = group.at(-1)?.end ?? 0;
	const after = text.slice(end, groups[i + 1]?.[0]?.start ?? text.length);
	// "Reuters says the HNP abandoned the prison": one who only says what the next one did is credited with all of it.
	if (reportsWhatFollows(text, groups, group)) return text.slice(end);
	// ("homicides doubled in 2023 according to RNDDH. the 3,687 number comes from the UN": one named where its sentence
	// ends is credited with what comes before it.)
	if (/^\s*(?:[.!?;\n]|$)/u.test(after)) return text.slice(groups[i - 1]?.at(-1)?.end ?? 0, group[0]?.start ?? 0);
	// "…by the United States alone", "…by the UN too": a word that only qualifies the name says no deed of its own.
	const content = (words: string) =>
		words.split(/[^\p{L}]+/u).filter((word) => word.length > 3 && !nameQualifiers.has(word.toLowerCase()));
	// "Kenya is already running the UN force": a deed of one word the data has ("running") reaches facts by it alone;
	// the name after it is what is run, so the deed goes on past it.
	const said = content(after).filter((word) => !vagueWords.has(word.toLowerCase()));
	if (said.length === 1 && content(after).length > 1) return text.slice(end);
	if (content(after).length > 0) return after;
	return text.slice(groups[i - 1]?.at(-1)?.end ?? 0, group[0]?.start ?? 0);
}

/** A leadership credited to its leader: do the clause's words say the role (one of its words, by stem, in English)? Other facts: yes. */
export function saysRole(fact: Fact, group: EntityMention[], context: string): boolean {
	if (fact.kind !== 'leadership' || !group.some((m) => m.entity?.id === fact.leader)) return true;
	const stems = (text: string) =>
		text
			.toLowerCase()
			.split(/[^\p{L}]+/u)
			.filter((word) => word.length > 2 && !stopwords.en.has(word))
			.map((word) => word.slice(0, 4));
	const said = new Set([...stems(context), ...stems(readText(context).words.join(' '))]);
	if (stems(fact.role).some((stem) => said.has(stem))) return true;
	// "Kenya runs / is in charge of the force" for a role of leading: any word for leading says it.
	const leading = /\b(?:lead|leader|head|chief)\b/i.test(fact.role);
	return (
		leading && readText(context).words.some((word) => leadWords.has(word) || leadWords.has(lemmatizer().verb(word)))
	);
}
