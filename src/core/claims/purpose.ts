/**
 * An order a fact gives as a purpose: "security must be restored so that elections can be held"
 * puts security first. A message that puts the two the other way round ("elections first, then
 * security") says otherwise, however many words it shares with the fact.
 */
import { terms as termsOf } from '../text.js';

/** What a fact says must come first, then what it is for: "X so that Y", "X in order for Y", "X before Y can". */
const purpose = /^(.+?)\b(?:so that|so as to|in order that|in order for|in order to|before)\b(.+)$/i;

/** A message's two things in order: "A first then B", "A before B", "A, then B", "B after A". */
const firstThen =
	/\b(\p{L}+)\s+(?:first\s*,?\s*(?:and\s+)?then|(?:must\s+|should\s+|has\s+to\s+|have\s+to\s+)?(?:come\s+)?before|,?\s*then)\s+(\p{L}+)/iu;
const afterFirst = /\b(\p{L}+)\s+(?:comes?\s+|must\s+come\s+|should\s+come\s+)?after\s+(\p{L}+)/iu;
/** "A had to be held first and B would follow": the first thing, a few words, then what follows it. */
const firstFollowed =
	/\b(\p{L}+)(?:\s+\p{L}+){0,4}?\s+first\s*,?\s*(?:and\s+)?(?:then\s+)?(\p{L}+)(?:\s+\p{L}+){0,2}?\s+(?:follows?|comes?\s+(?:later|next|after)|later|next)\b/iu;

/**
 * Does the message put first what the fact's purpose puts second?
 *
 * @example
 * purposeReversed('elections first then security', 'security must be restored so that elections can be held'); // true
 * purposeReversed('security first then elections', 'security must be restored so that elections can be held'); // false
 * purposeReversed('elections had to be held first and security would follow', 'security must be restored so that elections can be held'); // true
 */
export function purposeReversed(claimed: string, quote: string): boolean {
	const found = purpose.exec(quote);
	if (!found?.[1] || !found[2]) return false;
	const [before, after] = [new Set(termsOf(found[1])), new Set(termsOf(found[2]))];
	const ordered = firstFollowed.exec(claimed) ?? firstThen.exec(claimed);
	const reversed = afterFirst.exec(claimed);
	const [first, second] = ordered ? [ordered[1], ordered[2]] : reversed ? [reversed[2], reversed[1]] : [];
	if (!first || !second) return false;
	const [a] = termsOf(first);
	const [b] = termsOf(second);
	return a !== undefined && b !== undefined && after.has(a) && before.has(b) && !before.has(a) && !after.has(b);
}
