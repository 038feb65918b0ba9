/**
 * Titles given to people: "President Ariel Henry", "PM Jovenel Moise", "Moise was Haiti's prime
 * minister". A title holds when the report gives that person that title; it differs when the
 * report gives the title to someone else, or gives the person another one.
 */
import type { Entity, Fact } from '../../data/schema.js';
import type { FactBase } from '../fact-base.js';
import { type Claim, claim } from './claim.js';
import { type EntityMention, escapeRegExp } from './names.js';
import type { Span } from './values.js';

/** Titles as people write them, in the report's languages, each with the title it stands for. */
const titleForms: [RegExp, string][] = [
	[/^(?:pm|prime\s+minister|premier\s+ministre|premye\s+minis|premier)$/i, 'prime minister'],
	[/^(?:president|pr[ée]sident|prezidan)$/i, 'president'],
];
/** The written forms of a title, as a pattern's alternatives. */
export const titleWords = String.raw`PM|Prime\s+Minister|Premier\s+[Mm]inistre|Premye\s+[Mm]inis|Premier|President|Président|Prezidan`;
/** A title right before a name: "President Ariel Henry", "the PM Henry". */
const titleBefore = new RegExp(`\\b(${titleWords})\\s+$`, 'i');

/** A title as what opens a clause: "the PM warned…", "le Premier ministre a dit…". Not "the PM is…": that describes. */
const titleSubject = new RegExp(
	`^[\\s\\p{P}]*(?:(?:and|but|so|then|also|et|mais|donc)\\s+)?(?:the|le|la)\\s+(${titleWords})(?![\\p{L}\\p{N}])(?!\\s+(?:is|was|are|were|est|était|of|de|du)(?![\\p{L}\\p{N}]))`,
	'iu',
);

/**
 * The one the report gives a title to, where a clause opens with the title for its subject: "the
 * prime minister told people to keep their kids home" is said of Ariel Henry. Only a title the
 * report gives one person as a role (a leadership), and only where no name follows it.
 */
export function titleHolderIn(
	text: string,
	base: FactBase,
	mentions: readonly EntityMention[],
): EntityMention | undefined {
	const opening = titleSubject.exec(text);
	const written = opening?.[1];
	const title = written ? titleOf(written) : undefined;
	if (!opening || !written || !title) return undefined;
	const end = opening[0].length;
	if (mentions.some((m) => m.start < end + 2)) return undefined;
	const holder = base.facts.find(
		(fact) => fact.kind === 'leadership' && fact.role.toLowerCase() === title && fact.leader !== null,
	);
	const entity = holder?.kind === 'leadership' && holder.leader ? base.entity(holder.leader) : undefined;
	return entity ? { entity, start: end - written.length, end } : undefined;
}

/** How a title given to a name the report never mentions is answered: the report gives it to someone else. */
export const titleGivenElsewhere = 'The report gives the title';

/** The one the report gives a title to ("prime minister" → Ariel Henry), with the fact that gives it. */
function holderOf(title: string, base: FactBase): { entity: Entity; fact: Fact } | undefined {
	const fact = base.facts.find(
		(one) => one.kind === 'leadership' && one.role.toLowerCase() === title && one.leader !== null,
	);
	const entity = fact?.kind === 'leadership' && fact.leader ? base.entity(fact.leader) : undefined;
	return fact && entity ? { entity, fact } : undefined;
}

/** The title a written form stands for ("PM" → "prime minister"). */
export function titleOf(words: string): string | undefined {
	const folded = words.replace(/\s+/g, ' ').trim();
	return titleForms.find(([form]) => form.test(folded))?.[1];
}

/** The last word of each of a person's names: the one a title is written before ("President … Moise"). */
function surnames(person: Entity): string[] {
	return [person.name, ...person.aliases].map((name) => name.split(' ').at(-1) ?? name);
}

/** A pattern for "<title> (first name) <surname>" in the report's English. */
function titled(title: string, person: Entity): RegExp[] {
	return surnames(person).map((name) => new RegExp(`\\b${title}\\s+(?:\\S+\\s+)?${escapeRegExp(name)}\\b`, 'i'));
}

/** The title the report gives a person in a quote, and the fact that gives it. */
function reportedTitle(person: Entity, base: FactBase): { title: string; fact: Fact } | undefined {
	for (const [, title] of titleForms) {
		const patterns = titled(title, person);
		const fact = base.facts.find((f) => patterns.some((pattern) => pattern.test(f.quote)));
		if (fact) return { title, fact };
	}
	return undefined;
}

/**
 * What a fact's answer says a person is: "Jimmy Sergier, or “Barbecue”, is a gangland leader and
 * former policeman who…" gives "a gangland leader and former policeman".
 */
function describedAs(person: Entity, base: FactBase): { said: string; fact: Fact } | undefined {
	for (const fact of base.facts) {
		if (!base.entitiesOf(fact).includes(person.id)) continue;
		for (const name of [person.name, ...person.aliases]) {
			const described = new RegExp(
				`(?<!\\p{L})${escapeRegExp(name)}(?!\\p{L})(?:,[^,]{1,40},)?\\s+(?:is|was)\\s+((?:a|an)\\s+[^,.;]+?)(?=\\s+(?:who|which|that)\\s|[,.;]|$)`,
				'u',
			).exec(fact.answer);
			if (described?.[1]) return { said: described[1], fact };
		}
	}
	return undefined;
}

/**
 * What the report says of a person holding a title: "matches" when it gives them that title
 * (in a quote or a leadership), "differs" when it gives that title to someone else or gives them
 * another one, undefined when it says nothing of the kind.
 */
export function judgeTitle(
	person: Entity,
	title: string,
	base: FactBase,
): { verdict: 'matches' | 'differs'; fact: Fact; also?: Fact; report: string } | undefined {
	const holder = base.facts.find(
		(fact) => fact.kind === 'leadership' && fact.role.toLowerCase() === title && fact.leader !== null,
	);
	if (holder?.kind === 'leadership' && holder.leader === person.id)
		return { verdict: 'matches', fact: holder, report: `The report calls ${person.name} ${title}.` };
	const own = reportedTitle(person, base);
	if (own?.title === title)
		return { verdict: 'matches', fact: own.fact, report: `The report calls ${person.name} ${title}.` };
	// "Was Moïse prime minister?", "is Barbecue the PM?": what the report does call the one named says what they are.
	const described = own ? undefined : describedAs(person, base);
	const said = own?.title ?? described?.said;
	const called = said ? `The report calls ${person.name} ${said}, and` : 'The report';
	const also = own?.fact ?? described?.fact;
	if (holder?.kind === 'leadership' && holder.leader) {
		const name = base.name(holder.leader);
		return {
			verdict: 'differs',
			fact: holder,
			...(also ? { also } : {}),
			report: `${called} gives the title ${title} to ${name}: ${holder.answer}`,
		};
	}
	if (own)
		return {
			verdict: 'differs',
			fact: own.fact,
			report: `The report calls ${person.name} ${own.title}: ${own.fact.answer}`,
		};
	// The report gives the title to another person in a quote ("President Jovenel Moise").
	for (const other of base.entities.filter((e) => e.kind === 'person' && e.id !== person.id)) {
		const given = reportedTitle(other, base);
		if (given?.title === title)
			return {
				verdict: 'differs',
				fact: given.fact,
				...(also ? { also } : {}),
				report: `${called} calls ${other.name} ${title}: ${given.fact.answer}`,
			};
	}
	return undefined;
}

/** A body named as one's own right before them: "the government of", "le gouvernement de". */
const bodyOfBefore = /\b([\p{L}]+)\s+(?:of|de|du|d['’])\s*$/iu;

/**
 * "The government of President Moïse": a body said to be the named person's, which the report says someone leads.
 * "matches" when it says that person leads it, "differs" when it says another does.
 */
function ledBody(
	before: string,
	person: Entity,
	base: FactBase,
): { verdict: 'matches' | 'differs'; fact: Fact; also?: Fact; report: string } | undefined {
	const word = bodyOfBefore.exec(before)?.[1]?.toLowerCase();
	if (!word) return undefined;
	const body = base.entities.find(
		(entity) =>
			entity.kind === 'coalition' && [entity.name, ...entity.aliases].some((name) => name.toLowerCase() === word),
	);
	const led = base.facts.find((fact) => fact.kind === 'leadership' && fact.coalition === body?.id && fact.leader);
	if (led?.kind !== 'leadership' || !led.leader || !body) return undefined;
	return led.leader === person.id
		? { verdict: 'matches', fact: led, report: `The report says ${person.name} leads it: ${led.answer}` }
		: { verdict: 'differs', fact: led, report: `The report says ${base.name(led.leader)} leads it: ${led.answer}` };
}

/**
 * A title before a person's name, judged with the name: "President Ariel Henry" differs when the
 * report calls Henry prime minister. Returns the claims and the mentions they judged, which need
 * no claim of their own.
 */
export function titleClaims(
	text: string,
	mentions: EntityMention[],
	base: FactBase,
	at: (span: Span) => string,
): { claims: Claim[]; judged: EntityMention[] } {
	const claims: Claim[] = [];
	const judged: EntityMention[] = [];
	for (const mention of mentions) {
		const person = mention.entity;
		const written = titleBefore.exec(text.slice(0, mention.start));
		const title = written?.[1] ? titleOf(written[1]) : undefined;
		// "Prime Minister Claude Joseph…": a title the report gives someone else, before a name it never mentions.
		const holder = !person && written && title ? holderOf(title, base) : undefined;
		if (holder && written) {
			claims.push(
				claim(
					at({ start: written.index, end: mention.end }),
					'differs',
					[holder.fact],
					`${titleGivenElsewhere} ${title} to ${holder.entity.name}: ${holder.fact.answer}`,
				),
			);
			judged.push(mention);
			continue;
		}
		if (person?.kind !== 'person' || !written || !title) continue;
		// ("…topple the government of President Moïse": whose the government is, not what he was, is what is said.)
		// (Though the one named does lead it, the title is still the writer's: "the government of President Ariel Henry".)
		const led = ledBody(text.slice(0, written.index), person, base);
		const titled = led?.verdict === 'differs' ? undefined : judgeTitle(person, title, base);
		const found = titled?.verdict === 'differs' ? titled : (led ?? titled);
		if (!found) continue;
		const facts = found.also ? [found.fact, found.also] : [found.fact];
		claims.push(claim(at({ start: written.index, end: mention.end }), found.verdict, facts, found.report));
		judged.push(mention);
	}
	return { claims, judged };
}
