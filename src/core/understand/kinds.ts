/**
 * Nouns for kinds of answer ("which news outlet…", "what kind of organisation…"), from
 * kinds.json: what a question wants, not a word its answer must have.
 */
import type { Entity } from '../../data/schema.js';
import kinds from '../language/lexicon/kinds.json' with { type: 'json' };
import { terms } from '../text.js';

/** An entity kind, or one the data has no entities of ("which political party…"). */
export type AnswerKind = Entity['kind'] | 'other';

/** "Which" and "what" before a noun, in the three languages (French and Creole ones stay as typed once read). */
export const whichWords: readonly string[] = [
	'which',
	'what',
	'quel',
	'quelle',
	'quels',
	'quelles',
	'ki',
	'kiles',
	'kiyes',
];

/** The singular of a plural noun, as kinds.json lists them: "outlets" → "outlet", "countries" → "country". */
export const singular = (word: string): string => word.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');

/** Each kind noun that a "which…" question can ask for, as the entity kinds that answer it. */
export const kindNouns: ReadonlyMap<string, AnswerKind[]> = new Map<string, AnswerKind[]>(
	(
		[
			['media', ['media']],
			['person', ['person']],
			['country', ['country']],
			['organisation', ['organisation', 'coalition']],
			['other', ['other']],
			// "Which party has not commented?", "which side…": any who can act or speak ("which one" asks no kind).
			['actors', ['person', 'organisation', 'coalition', 'country', 'media']],
		] as const
	).flatMap(([key, answer]) =>
		kinds[key].filter((noun) => noun !== 'one').map((noun): [string, AnswerKind[]] => [noun, [...answer]]),
	),
);

/** Every noun kinds.json has for a kind of answer: "organisation", "facility", "party"… */
const answerKindNouns = new Set(
	Object.entries(kinds).flatMap(([key, nouns]) => (key.startsWith('$') ? [] : (nouns as string[]))),
);

/** The search terms of those nouns: "facility" is "facil" in a question's terms. */
export const answerKindTerms: ReadonlySet<string> = new Set([...answerKindNouns].flatMap((noun) => terms(noun)));

/**
 * Is the word (or its singular) a noun for a kind of answer?
 *
 * @example
 * answerKindNoun('organisations'); // true
 * answerKindNoun('crisis'); // false
 */
export function answerKindNoun(word: string): boolean {
	return answerKindNouns.has(word) || answerKindNouns.has(singular(word));
}

/**
 * The kinds of entity a noun for a kind of answer names, prisons and places too (which `kindNouns` leaves to the
 * questions that ask where or of a facility): "prison" → prison, "group" → organisation or coalition.
 *
 * @example
 * entityKindsOfNoun('jail'); // ['prison']
 */
export function entityKindsOfNoun(word: string): AnswerKind[] | undefined {
	const found = kindNouns.get(word) ?? kindNouns.get(singular(word));
	if (found) return found;
	const own = (key: 'prison' | 'place') => kinds[key].includes(word) || kinds[key].includes(singular(word));
	return own('prison') ? ['prison'] : own('place') ? ['place'] : undefined;
}

/** Verbs that ask what the report itself names: "how many outlets does it cite", "which people are mentioned". */
export const citingWords: ReadonlySet<string> = new Set([
	...[
		'cite',
		'quote',
		'name',
		'mention',
		'list',
		'refer',
		'feature',
		'source',
		'attribute',
		'credit',
		'reference',
	].flatMap((verb) => [verb, `${verb}s`, `${verb.replace(/e$/, '')}ed`, `${verb.replace(/e$/, '')}ing`]),
	// "…does the report draw on", "…rely upon": whom it takes what it says from.
	...['draw', 'draws', 'drew', 'drawn', 'drawing', 'rely', 'relies', 'relied', 'relying'],
]);

/**
 * The one entity kind a counted noun is, if it is one the data has: "outlets" → media,
 * "people" → person. Kinds the data has none of ("parties") and kinds of several ("groups")
 * count nothing.
 *
 * @example
 * countedKinds('outlets'); // ['media']
 */
export function countedKinds(word: string): Entity['kind'][] {
	const kinds = kindNouns.get(word) ?? kindNouns.get(singular(word)) ?? (word === 'people' ? ['person'] : []);
	return kinds.length === 1 && kinds[0] !== 'other' ? [kinds[0] as Entity['kind']] : [];
}

/** Nouns that ask what post someone holds: "what post does Ariel Henri occupy?", "what is his job?". */
export const roleNouns: ReadonlySet<string> = new Set(kinds.$role);

/** The search terms of those nouns, and of the verbs that ask them ("hold", "occupy"): nothing else asked of a name. */
export const roleAskingTerms: ReadonlySet<string> = new Set([...kinds.$role, ...kinds.$roleVerbs].flatMap(terms));

/** Nouns whose "of" opens the kind asked for: "the names of the countries…", "a list of the outlets…". */
const listHeads = new Set([
	'name',
	'names',
	'list',
	'kinds',
	'types',
	'sorts',
	'all',
	'any',
	'each',
	'every',
	'number',
]);

/**
 * Does the kind noun at `at` only complete another noun, after its "of"? "The name of the alliance of criminal
 * organisations mentioned in the report" asks the alliance's name, not which organisations the report names.
 *
 * @example
 * completesAnother(['name', 'of', 'the', 'alliance', 'of', 'organisations'], 5); // true
 * completesAnother(['names', 'of', 'the', 'organisations'], 3); // false
 */
export function completesAnother(words: readonly string[], at: number): boolean {
	const before = words.slice(0, at);
	return before.some((word, i) => word === 'of' && i > 0 && !listHeads.has(before[i - 1] ?? ''));
}
