/**
 * Words that change what crediting a name asserts: "only by the US" says no one else did, "not
 * the UN" and "the UN never…" say that one did not. Without them a name the report credits would
 * be confirmed even when the message denies the rest of what the report says.
 */
import type { Entity, Fact } from '../../data/schema.js';
import type { FactBase } from '../fact-base.js';
import { stem, terms as termsOf } from '../text.js';
import type { Span } from './values.js';

export type Qualifier = 'only' | 'not';

export interface Qualified {
	qualifier: Qualifier;
	/** The name with its qualifier: "only by the US", "not the UN", "the UN never". */
	span: Span;
}

/** "only (by) (the)", "only sanctioned by", "only got sanctioned by", "solely", "just", "exclusively", "seulement", "sèlman" before a name. */
const onlyBefore =
	/(?<![\p{L}])(?<!\bnot\s)(?:only|solely|exclusively|just|seulement|uniquement|s[eè]lman)\s+(?:(?:(?:(?:got|get|gets|was|were|been|being|has been|have been)\s+)?\p{L}{3,}(?:ed|en|é|ée|és|ées)\s+(?=by|from|par))?(?:by|from|to|with|par|pa)\s+)?(?:the\s+|l[ea]\s+|l['’])?$/iu;
/** French "ne … que" before a name: "n'est sanctionné que par les États-Unis" says by them and no one else. */
const neQueBefore =
	/(?<![\p{L}])(?:ne|n['’])\s*(?:[\p{L}'’-]+\s+){0,3}?qu(?:e\s+|['’])(?:(?:par|pa)\s+)?(?:les?\s+|la\s+|l['’])?$/iu;
/** "X alone" after a name: "the US alone sanctioned him". ("Henry only took power in 2022": "only" goes with the date.) */
// ("Only" after the name qualifies it only where the clause ends: "the UN only approved it" says what it did.)
// (Nor where a cleft goes on: "se ONU sèlman ki sanksyone l", "c'est l'ONU seulement qui…": it is the one who did.)
const onlyAfter =
	/^\s+(?:alone|seul(?:e|s)?)\b|^\s+(?:only|solely|seulement|uniquement|s[eè]lman)(?=\s*(?:[,.;!?]|$)|\s+(?:ki|k|qui|that|who)\b)/iu;
/**
 * "not (by) (the)", "never (by)", "nor", "pas", "non", "rather than", "instead of", "plutôt que" before a name; not
 * "not only", which adds.
 */
const notBefore =
	/(?<![\p{L}])(?:not|never|nor|pas|non|rather\s+than|instead\s+of|plut[oô]t\s+que|au\s+lieu\s+de)\s+(?:(?:by|from|par|de)\s+)?(?:the\s+|l[ea]\s+|l['’])?$/iu;
/** A verb denied right after the name: "the UN never touched him", "the US did not", chat's "the UN didnt". */
const notAfter = /^\s+(?:never|(?:did|does|has|have|was|had)\s*n[o'’]?t|n['’]a\s+(?:jamais|pas)|pa\s|pat\s|janm)\b/iu;

/**
 * The qualifier a name (or names joined by "and") carries in its clause, with the span that
 * shows it, so a user sees the words that were judged.
 */
export function qualifierOf(text: string, span: Span): Qualified | undefined {
	const before = text.slice(0, span.start);
	const after = text.slice(span.end);
	const only = onlyBefore.exec(before) ?? neQueBefore.exec(before);
	if (only) return { qualifier: 'only', span: { start: only.index, end: span.end } };
	const alone = onlyAfter.exec(after);
	if (alone) return { qualifier: 'only', span: { start: span.start, end: span.end + alone[0].length } };
	const not = notBefore.exec(before);
	if (not && !/^\s*(?:only|just)\b/i.test(after))
		return { qualifier: 'not', span: { start: not.index, end: span.end } };
	const denied = notAfter.exec(after);
	if (denied) return { qualifier: 'not', span: { start: span.start, end: span.end + denied[0].trimEnd().length } };
	return undefined;
}

/**
 * Organisations, countries and outlets are all bodies that can be credited with a deed or a word:
 * "the US" may stand where the report has "the UN". A coalition (a government, a force) is a
 * class of its own: it is mostly what a deed is about, not who did it.
 */
export function agentClass(kind: Entity['kind'] | undefined): string {
	return kind === 'organisation' || kind === 'country' || kind === 'media' ? 'body' : (kind ?? 'unknown');
}

/**
 * The other agents a fact credits beside the named ones: of the same class (a person beside a
 * person, a body beside a body), and not one the message names elsewhere. "Sanctioned only by the
 * US" is false when the fact also credits the UN.
 */
export function othersCredited(fact: Fact, named: Entity[], mentioned: string[], base: FactBase): Entity[] {
	const classes = new Set(named.map((entity) => agentClass(entity.kind)));
	const covered = new Set(named.flatMap((entity) => base.within(entity.id)));
	return base
		.entitiesOf(fact)
		.flatMap((id) => base.entity(id) ?? [])
		.filter(
			(entity) =>
				classes.has(agentClass(entity.kind)) &&
				!covered.has(entity.id) &&
				!mentioned.includes(entity.id) &&
				!named.some((n) => base.within(entity.id).includes(n.id)),
		);
}

/** Words after "'s" that make it "has" or "is", not a possessive: "Henry's been", "Barbecue's a cop". */
const notPossessed = /^(?:been|got|gone|going|not|never|still|also|just|always|now|a|an|the|no|in|on|at|from|with)$/i;
/**
 * What a source tells through: "RNDDH's data", "the UN's figures", "Reuters' report". Its owner is
 * who tells it, credited as the name alone would be, not the owner of another party.
 */
const toldThrough =
	/^(?:data|figures?|numbers?|stats|statistics|counts?|tally|tallies|estimates?|reports?|reporting|research|study|studies|findings|survey|sources?|article|story|coverage|records?)$/i;

/**
 * "Kenya's parliament": the thing a name possesses, with its span, when the name is followed by
 * "'s" and a noun. A number after "'s" ("RNDDH's 2017 report") is a value of its own, not this.
 */
export function possessed(text: string, name: Span): { noun: string; span: Span } | undefined {
	const m = /^['’]s\s+(\p{L}[\p{L}-]*)/u.exec(text.slice(name.end));
	if (!m?.[1] || notPossessed.test(m[1]) || toldThrough.test(m[1])) return undefined;
	return { noun: m[1], span: { start: name.start, end: name.end + m[0].length } };
}

/** "all of", "the whole of", "the entire", "every", "none of" before a name: the whole of it. */
const wholeBefore =
	/(?<![\p{L}])(?:all\s+(?:of\s+)?|(?:the\s+)?(?:whole|entire)\s+(?:of\s+|(?:country|nation|island|city|region)\s+of\s+)?|every\s+(?:part\s+of\s+)?|none\s+of\s+|tout(?:e|es)?\s+(?:l[ea]\s+|l['’])?|tout\s+)(?:the\s+)?$/iu;
/** Words that say a part: "a large part of the country", "some of the prisoners", "many of them". */
const partWords = /\b(?:part|parts|some|many|several|much|most|few|portion|partie|certains|plusieurs|kèk)\b/i;
/** Words that say the whole. */
const wholeWords = /\b(?:all|entire|whole|every|everyone|none|tout|toute|tous|toutes)\b/i;

/** A name said as a whole ("all of Haiti"), with the span that shows it. */
export function wholeOf(text: string, span: Span): Span | undefined {
	const whole = wholeBefore.exec(text.slice(0, span.start));
	return whole ? { start: whole.index, end: span.end } : undefined;
}

/**
 * Does a fact's quote speak of only a part ("a large part of the country") where a message says
 * the whole? true: a part; false: the whole too; undefined: the quote gives no quantity.
 */
export function quoteSaysPart(quote: string): boolean | undefined {
	if (wholeWords.test(quote)) return false;
	return partWords.test(quote) ? true : undefined;
}

/**
 * Who does what an event tells: the first one it is about, not a place, named in its answer other than after a
 * preposition ("the UN Security Council gave the green light…", not "…to help the Haitian police").
 *
 * @example
 * eventDoer(base.fact('un-approves-force')!, base)?.id; // 'un-security-council'
 */
export function eventDoer(fact: Fact, base: FactBase): Entity | undefined {
	if (fact.kind !== 'event') return undefined;
	const found = fact.about
		.flatMap((id) => {
			const entity = base.entity(id);
			if (!entity || entity.kind === 'place' || entity.kind === 'prison') return [];
			const at = fact.answer.indexOf(entity.name);
			return at < 0 || /\b(?:of|by|to|for|in|on|with|from|against|at)\s+(?:the\s+)?$/iu.test(fact.answer.slice(0, at))
				? []
				: [{ entity, at }];
		})
		.sort((a, b) => a.at - b.at);
	return found[0]?.entity;
}

/**
 * The one a fact's answer names before a participle joined to it, where that participle is a deed `deedWords` tell:
 * "the UN-approved force" was approved by the UN, whoever the fact is about.
 *
 * @example
 * compoundDoer(base.fact('international-force-leader')!, 'the force was approved by Kenya', base)?.name; // 'United Nations'
 */
export function compoundDoer(fact: Fact, deedWords: string, base: FactBase): Entity | undefined {
	const told = new Set(termsOf(deedWords));
	for (const [, name = '', participle = ''] of fact.answer.matchAll(compoundParticiple)) {
		if (!told.has(stem(participle))) continue;
		const folded = name.toLowerCase();
		const doer = base.entities.find((entity) =>
			[entity.name, ...entity.aliases].some((alias) => alias.toLowerCase() === folded),
		);
		if (doer) return doer;
	}
	return undefined;
}

/** A name joined by a hyphen to a participle after it: "UN-approved", "Kenya-led", "US-backed". */
const compoundParticiple = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}.]*)-(\p{Ll}+(?:ed|en))(?![\p{L}-])/gu;

/** Who a fact credits: the speaker or outlet of a statement, the source of a figure, the leader in a leadership. */
export function agentOf(fact: Fact, base: FactBase): Entity | undefined {
	const id =
		fact.kind === 'statement'
			? (fact.outlet ?? fact.speaker)
			: fact.kind === 'figure'
				? fact.reportedBy
				: fact.kind === 'leadership'
					? fact.leader
					: undefined;
	return id ? base.entity(id) : undefined;
}
