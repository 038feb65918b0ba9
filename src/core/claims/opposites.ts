/**
 * A claim that says the opposite of what a fact says: "Haiti is a wealthy country" against "the
 * poorest country". WordNet's antonyms of the data's adjectives are read once, when the index is
 * built (see `oppositeTerms`); a claim is held against the fact it is judged by.
 */
import type { Fact } from '../../data/schema.js';
import { englishTags } from '../language/english-words.js';
import { lemmatizer } from '../language/lemmas.js';
import amounts from '../language/lexicon/amounts.json' with { type: 'json' };
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
	if (otherAmount(text, fact)) return true;
	const lemmatize = lemmatizer();
	const words = fold(text)
		.split(/[^a-z]+/)
		.filter(Boolean);
	// ("…haiti's biggest jail": a word in a noun's place is the noun, not the verb whose opposite is "free".)
	const named = (i: number) => {
		const tags = englishTags(words[i] ?? '');
		return (
			tags.some((tag) => tag.startsWith('NN')) &&
			!tags.some((tag) => tag.startsWith('JJ') || tag.startsWith('RB')) &&
			(words[i - 1] === 's' || englishTags(words[i - 1] ?? '').some((tag) => nounBefore.has(tag)))
		);
	};
	const said = new Set(words.flatMap((word, i) => (named(i) ? [] : [stem(word), stem(lemmatize.adjective(word))])));
	// The fact's own words, not the keywords readers may use for it ("unwilling" is a reader's word for "reluctant").
	const reported = new Set(terms(`${fact.answer} ${fact.quote}`));
	return [...said].some((term) =>
		index.oppositesOf(term).some((opposite) => !said.has(opposite) && reported.has(opposite)),
	);
}

/** Tags of the words after which a word stands in a noun's place: determiners, adjectives, possessives, numbers. */
const nounBefore = new Set(['DT', 'JJ', 'JJR', 'JJS', 'PRP$', 'CD', 'POS']);

/** Where a word of amount is on the scale: small or large. */
const amountScale = new Map<string, 'small' | 'large'>([
	...amounts.small.map((word): [string, 'small'] => [word, 'small']),
	...amounts.large.map((word): [string, 'large'] => [word, 'large']),
]);

/** The words of amount, as stems: how a query's terms have them. */
export const amountStems: ReadonlySet<string> = new Set([...amountScale.keys()].map(stem));

/** "only a few", "just a handful": "only" says how few, not that no one else did. */
export const onlyAnAmount = new RegExp(
	`(?<!\\p{L})(?:only|just|seulement|selman|sèlman)\\s+(?=(?:(?:a|an|un|une|yon)\\s+)?(?:very\\s+|tres\\s+|très\\s+)?(?:${[...amountScale.keys()].join('|')})(?!\\p{L}))`,
	'giu',
);

/** The amounts a text says in words, as the scale has them ("ti kras" is one). */
export function amountsIn(text: string): Set<'small' | 'large'> {
	const words = fold(text)
		.split(/[^a-z]+/)
		.filter(Boolean);
	const found = new Set<'small' | 'large'>();
	words.forEach((word, i) => {
		const said = amountScale.get(word) ?? amountScale.get(`${word} ${words[i + 1] ?? ''}`);
		if (said) found.add(said);
	});
	return found;
}

/**
 * Does the text say a small amount where the fact says a large one, or the other way round ("only a
 * few got out" against a "large" number released)? Only where the fact's own words say one end of
 * the scale and the text says only the other.
 */
export function otherAmount(text: string, fact: Fact): boolean {
	const said = amountsIn(text);
	const reported = amountsIn(fact.quote);
	if (said.size !== 1 || reported.size !== 1) return false;
	return [...said][0] !== [...reported][0];
}
