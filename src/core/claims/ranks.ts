/**
 * Ranks and numbers a description gives ("the second poorest", "one of three"), and the nouns its
 * adjectives qualify ("the main prison"): a fact that does not give them so does not confirm it.
 */
import { englishTags } from '../language/english-words.js';
import { fold } from '../language/lexicon.js';
import { valuesIn } from './values.js';

/** Ordinals in words: "the second poorest". Not a fraction: "by a third". */
const ordinalWords =
	/(?<!\b(?:a|one|un|yon)\s)\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|deuxi[eè]me|troisi[eè]me|dezy[eè]m|twazy[eè]m)\b/giu;

/** Does the report's text give every number and ordinal the description does? */
export function ranksAgree(description: string, quote: string): boolean {
	const numbers = (text: string) => valuesIn(text).flatMap((value) => (value.kind === 'number' ? [value.value] : []));
	const quoted = new Set(numbers(quote));
	const ordinals = (text: string) => (text.match(ordinalWords) ?? []).map((word) => word.toLowerCase());
	const quotedOrdinals = new Set(ordinals(quote));
	return (
		numbers(description).every((number) => quoted.has(number)) &&
		ordinals(description).every((word) => quotedOrdinals.has(word))
	);
}

/** Does the report's text give every ordinal the description does ("second", "third")? */
export function ordinalsAgree(description: string, quote: string): boolean {
	const ordinals = (text: string) => (text.match(ordinalWords) ?? []).map((word) => word.toLowerCase());
	const quotedOrdinals = new Set(ordinals(quote));
	return ordinals(description).every((word) => quotedOrdinals.has(word));
}

/** An ordinal before a superlative: "second-poorest", "the third largest". */
const rankedSuperlative = new RegExp(`${ordinalWords.source}[\\s-]+(\\p{L}+est)\\b`, 'iu');

/**
 * "The second-poorest country" where the quote says "the poorest": the words that give another rank for the
 * quote's own superlative, if the text has them.
 */
export function otherRank(text: string, quote: string): string | undefined {
	const ranked = rankedSuperlative.exec(text);
	const superlative = ranked?.[2];
	return ranked && superlative && new RegExp(`\\b${superlative}\\b`, 'iu').test(quote) ? ranked[0] : undefined;
}

/**
 * "The main prison" against "Haiti's main police unions": an adjective of the description that the quote has only
 * for another noun says nothing of the description's noun. True where every such adjective the quote has stands
 * before the same noun there, or one `sameThing` relates ("former cop", "former policeman"), a word or two apart.
 *
 * @example
 * adjectivesAttached('the main prison', "Two of Haiti's main police unions called for help"); // false
 */
export function adjectivesAttached(
	description: string,
	quote: string,
	sameThing: (one: string, other: string) => boolean = sameNoun,
): boolean {
	const said: string[] = fold(quote).match(/\p{L}+/gu) ?? [];
	const words: string[] = fold(description).match(/\p{L}+/gu) ?? [];
	return words.every((word, i) => {
		const noun = words[i + 1];
		if (!noun || !describing(word) || !nounFirst(noun) || !said.includes(word)) return true;
		return said.some(
			(saidWord, at) => saidWord === word && said.slice(at + 1, at + 4).some((next) => sameThing(next, noun)),
		);
	});
}

/**
 * An adjective by its commonest use: "main", "largest", "top". (Not one of time, "former", "current": when one was
 * what the noun says is judged apart, and "a former member of the police" is a former policeman.)
 */
const describing = (word: string) => englishTags(word)[0]?.startsWith('JJ') === true && !timeAdjectives.has(word);
const timeAdjectives = new Set(['former', 'ex', 'late', 'current', 'onetime', 'erstwhile', 'then', 'previous', 'past']);
/** A noun by its commonest use. */
const nounFirst = (word: string) => englishTags(word)[0]?.startsWith('NN') === true;
/** The same noun, singular or plural. */
export const sameNoun = (one: string, other: string) => one.replace(/s$/, '') === other.replace(/s$/, '');
