/**
 * Ranks and numbers a description gives ("the second poorest", "one of three"): a fact that does
 * not give them does not confirm it.
 */
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
