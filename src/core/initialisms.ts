import type { Entity } from '../data/schema.js';
import { isEnglishWord } from './language/english-words.js';
import { fold, isLexiconWord } from './language/lexicon.js';

/** Shorter initialisms collide with chat's own short forms ("js", "hp"), so only these are made. */
const minLength = 3;

/**
 * The initialisms a reader may type for a group's or a place's name of several words, beside
 * those the data gives: "GoH" for "Government of Haiti", with or without the small words' letters
 * ("goh", "gh"). Only those no other entity's name makes, that are no word of English or of the
 * lexicons, and not for people, whose initials readers rarely type.
 *
 * @example
 * initialismsOf([{ name: 'Government of Haiti', kind: 'organisation', … }]); // [['goh']]
 */
export function initialismsOf(entities: readonly Entity[]): string[][] {
	const made = entities.map((entity) =>
		entity.kind === 'person' ? [] : [...new Set([entity.name, ...entity.aliases].flatMap(initialsOf))],
	);
	const given = new Set(entities.flatMap((entity) => [entity.name, ...entity.aliases].map((name) => fold(name))));
	const count = new Map<string, number>();
	for (const forms of made) for (const form of forms) count.set(form, (count.get(form) ?? 0) + 1);
	return made.map((forms) =>
		forms.filter(
			(form) =>
				count.get(form) === 1 &&
				form.length >= minLength &&
				!given.has(form) &&
				!isEnglishWord(form) &&
				!isLexiconWord(form),
		),
	);
}

/**
 * A proper name's initials, with its small words' letters and without: "Government of Haiti" → goh, gh. (Not a
 * description's: "the largest prison" is no name to shorten.)
 */
function initialsOf(name: string): string[] {
	const typed = name.match(/\p{L}+/gu) ?? [];
	if (typed.length < 2 || !typed.every((word) => smallWords.has(fold(word)) || /^\p{Lu}/u.test(word))) return [];
	const words = typed.map(fold);
	const all = words.map((word) => word[0]).join('');
	const content = words
		.filter((word) => !smallWords.has(word))
		.map((word) => word[0])
		.join('');
	return [all, content];
}

/** Words an initialism may leave out. */
const smallWords = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'les', 'd', 'l', 'au', 'aux']);
