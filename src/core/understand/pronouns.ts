import type { Entity } from '../../data/schema.js';
import { fold } from '../language/lexicon.js';

/**
 * Pronouns that point back to someone named in an earlier sentence, by the kind of one they can
 * stand for, in English, French and Creole. Possessives take the name with "'s".
 */
const pronouns: readonly {
	pattern: RegExp;
	kinds: readonly Entity['kind'][];
	possessive: boolean;
	/** The words the pronoun's match becomes, where more than the name: "c'est" is "RNDDH est". */
	said?: (name: string) => string;
	/** Stands for the one named last where several of its kinds are named before. */
	nearest?: boolean;
}[] = [
	{ pattern: /\b(?:his|her)\b/, kinds: ['person'], possessive: true },
	// "Le RNDDH… C'est quel genre d'organisation ?": "ce" stands for a thing named before.
	{
		pattern: /\bc['’ ]est\b/,
		kinds: ['organisation', 'media', 'coalition', 'country', 'place', 'prison'],
		possessive: false,
		said: (name) => `${name} est`,
	},
	{ pattern: /\b(?:he|him|she|il|li)\b/, kinds: ['person'], possessive: false },
	// "…a approuvé cette force quand ? Et elle débarque quand ?": French "elle" stands for a thing named before too (the
	// force, the prison, the UN), as much as for a woman.
	// (Of several named before, the nearest: "le Conseil de sécurité a approuvé cette force" — it is the force.)
	{ pattern: /\belle\b/, kinds: ['person', 'coalition', 'prison', 'organisation'], possessive: false, nearest: true },
	// "RNDDH sounds made up. What kind of organization is it?": "it" that ends a question of what or who it is, is
	// what was named before. (Not "is it true", which asks of what was told, nor "it" elsewhere: "when did it
	// happen" is of an event, "whose account is it" of what was told.)
	...(['is', 'was'] as const).map((copula) => ({
		pattern: new RegExp(
			`(?<=\\b(?:what|who)\\b[^?.!]*)\\b${copula}\\s+it(?=\\s*(?:really|exactly|actually|again|even)?\\s*[?!.]*$)`,
		),
		kinds: ['organisation', 'media', 'country', 'prison'] as const,
		possessive: false,
		said: (name: string) => `${copula} ${name}`,
	})),
	{ pattern: /\btheir\b/, kinds: ['coalition', 'organisation', 'media', 'country'], possessive: true },
	{
		pattern: /\b(?:they|them|ils|elles|yo)\b/,
		kinds: ['coalition', 'organisation', 'media', 'country'],
		possessive: false,
	},
];

/**
 * A question that points back with a pronoun, the pronoun replaced by the one name an earlier
 * sentence gives of the kind it can stand for: "My grandson says the fellow they call Barbecue
 * was a cop. What was his old line of work?" asks what Barbecue's old line of work was, in the
 * name the story gives.
 * The earlier sentence's other words only tell the asker's story; asked together with the
 * question, they would outweigh it. Undefined where the pronoun cannot be told for sure: no
 * such name, more than one, or one of that kind in the question itself.
 *
 * @param context the sentences before the question
 * @param entitiesIn the entities a text names
 *
 * @example
 * resolvePronoun('What was his old line of work?', 'the fellow they call Barbecue was a cop', names);
 * // "What was Barbecue's old line of work?"
 */
export function resolvePronoun(
	part: string,
	context: string,
	entitiesIn: (text: string) => readonly Entity[],
): string | undefined {
	const folded = fold(part);
	const pronoun = pronouns.find(({ pattern }) => pattern.test(folded));
	if (!pronoun) return undefined;
	const ofKind = (entities: readonly Entity[]) => [
		...new Set(entities.filter((entity) => pronoun.kinds.includes(entity.kind))),
	];
	if (ofKind(entitiesIn(part)).length > 0) return undefined;
	const given = fold(context);
	const named = ofKind(entitiesIn(context));
	const [entity, ...others] = pronoun.nearest ? named.sort((a, b) => lastNamed(b, given) - lastNamed(a, given)) : named;
	if (!entity || (others.length > 0 && !pronoun.nearest)) return undefined;
	// The name as the asker gave it ("Barbecue"), which their question's other words go with.
	const name = [entity.name, ...entity.aliases].find((alias) => given.includes(fold(alias))) ?? entity.name;
	// Folding keeps one character for one, so a match in the folded text is at the same place in the typed one.
	const match = pronoun.pattern.exec(folded);
	if (!match || folded.length !== part.length) return undefined;
	const said = pronoun.said ? pronoun.said(name) : pronoun.possessive ? `${name}'s` : name;
	return sameYear(`${part.slice(0, match.index)}${said}${part.slice(match.index + match[0].length)}`, context);
}

/** Where a text (folded) last names the entity, by any of its names: -1 where it names it by none. */
function lastNamed(entity: Entity, folded: string): number {
	return Math.max(...[entity.name, ...entity.aliases].map((alias) => folded.lastIndexOf(fold(alias))));
}

/** "That year", "the same year", "cette année-là": the year the story gave, where it gave one. */
const thatYear = /\b(?:that|the same|this) year\b|\bcette annee(?:-la)?\b|\bane sa a\b/;

/**
 * The question with "that year" said as the one year the story before it gives: "RNDDH warned
 * in 2017 — how many inmates did they count that year?" asks about 2017.
 */
function sameYear(part: string, context: string): string {
	const years = [...new Set(context.match(/\b(?:19|20)\d\d\b/g) ?? [])];
	const folded = fold(part);
	const match = thatYear.exec(folded);
	if (years.length !== 1 || !match || folded.length !== part.length) return part;
	return `${part.slice(0, match.index)}in ${years[0]}${part.slice(match.index + match[0].length)}`;
}
