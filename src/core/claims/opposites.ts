/**
 * A claim that says the opposite of what a fact says: "Haiti is a wealthy country" against "the
 * poorest country". WordNet's antonyms of the data's adjectives are read once, when the index is
 * built (see `oppositeTerms`); a claim is held against the fact it is judged by.
 */
import type { Fact } from '../../data/schema.js';
import { lemmatizer } from '../language/lemmas.js';
import { fold } from '../language/lexicon.js';
import type { SearchIndex } from '../search-index.js';
import { stem, terms } from '../text.js';

/**
 * Does the text have a word whose opposite is in the fact's own words, and not that word too? Each
 * word is looked up as its adjective's lemma as well: "wealthiest" says the opposite of "poorest"
 * as "wealthy" does.
 *
 * @example
 * saysOpposite('is a wealthy country', poorestCountry, index); // true
 */
export function saysOpposite(text: string, fact: Fact, index: SearchIndex): boolean {
	const lemmatize = lemmatizer();
	const words = fold(text)
		.split(/[^a-z]+/)
		.filter(Boolean);
	const said = new Set(words.flatMap((word) => [stem(word), stem(lemmatize.adjective(word))]));
	// The fact's own words, not the keywords readers may use for it ("unwilling" is a reader's word for "reluctant").
	const reported = new Set(terms(`${fact.answer} ${fact.quote}`));
	return [...said].some((term) =>
		index.oppositesOf(term).some((opposite) => !said.has(opposite) && reported.has(opposite)),
	);
}
