/**
 * A message that tells the report's deed with one noun swapped for another: "gangs threatened to
 * attack more hospitals" against "Gangs threatened to attack more police stations", "not to send
 * their kids to church" against "…to school". Everything else it says is the fact's; the one noun
 * it has in place of the fact's says otherwise.
 */
import { englishTags } from '../language/english-words.js';
import { fold, stopwords } from '../language/lexicon.js';
import { timeNouns } from '../language/wordnet.js';
import type { SearchIndex } from '../search-index.js';
import { stem, words as wordsOf } from '../text.js';
import type { Query } from '../understand/query.js';
import type { Ranked } from '../understand/rank.js';

/** How many words before a noun are its place in the sentence: "more [hospitals]", "to [church]". */
const placeReach = 2;

/**
 * Does the clause have, of all its words, one noun the fact lacks, where the fact has a noun of its own after the same
 * words? `candidate` is the fact ranked against the clause's `query`.
 *
 * @example
 * // swappedNoun('gangs threatened to attack more hospitals', <the threat of more police stations>, …) → true
 */
export function swappedNoun(text: string, candidate: Ranked, query: Query, index: SearchIndex): boolean {
	const named = new Set(query.mentions.flatMap((mention) => mention.terms));
	// (A word the quote has that the index keeps no posting for, "main" of "the main port", is the fact's all the same.)
	const quoted = new Set(wordsOf(fold(candidate.fact.quote)).map(stem));
	const missing = query.terms.filter(
		(term, i) => !query.vague.has(i) && !named.has(i) && ((candidate.matched >>> i) & 1) === 0 && !quoted.has(term),
	);
	const [only, ...more] = missing;
	if (!only || more.length > 0) return false;
	const typed = wordsOf(fold(text));
	const at = typed.findIndex((word) => stem(word) === only);
	if (at < 0 || !noun(typed[at] ?? '')) return false;
	const before = new Set(typed.slice(Math.max(0, at - placeReach), at));
	const quote = wordsOf(fold(candidate.fact.quote));
	// ("The alliance boss" for "the head of an alliance": a word for one the fact has, through a synonym of both, is
	// that one told in other words.)
	if (quote.some((word) => !stopwords.en.has(word) && nearSynonyms(only, stem(word), index))) return false;
	const asked = new Set(query.terms);
	const shared = (i: number, strict: boolean) =>
		quote
			.slice(Math.max(0, i - placeReach), i)
			// (An article alone is no shared context: "the airport" is not "the capital" swapped.)
			.some((previous) => before.has(previous) && !articles.has(previous) && (strict || !stopwords.en.has(previous)));
	return quote.some(
		(word, i) =>
			!stopwords.en.has(word) &&
			!asked.has(stem(word)) &&
			// (The fact's word may be an adjective too, never a verb, where a word of substance comes before both: "the
			// main port" for "the main airport".)
			((noun(word) && shared(i, true)) || (mostlyNoun(word) && shared(i, false))),
	);
}

const articles: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** A word English has first as a noun and otherwise only as an adjective, not of time: "port". */
function mostlyNoun(word: string): boolean {
	const tags = englishTags(word);
	return tags[0] === 'NN' && tags.every((tag) => /^(?:NN|JJ)/.test(tag)) && !timeNouns().has(word);
}

/** A word English has as a noun only, and not of time: "hospitals", "church"; not "attack", "send" or "month". */
function noun(word: string): boolean {
	const tags = englishTags(word);
	return tags.length > 0 && tags.every((tag) => tag.startsWith('NN')) && !timeNouns().has(word);
}

/** How close a related word must be to count as a synonym: WordNet's synonyms, not broader or narrower words. */
const synonymSimilarity = 0.8;

/** Are two terms synonyms, or synonyms of one synonym ("boss" and "head", through "chief")? */
function nearSynonyms(one: string, other: string, index: SearchIndex): boolean {
	const synonyms = (term: string) =>
		new Set(
			index
				.matchTerm(term)
				.filter((match) => match.similarity >= synonymSimilarity)
				.map((match) => match.term),
		);
	const [ofOne, ofOther] = [synonyms(one), synonyms(other)];
	return (
		ofOne.has(other) ||
		ofOther.has(one) ||
		[...ofOther].some((term) => synonyms(term).has(one)) ||
		[...ofOne].some((term) => synonyms(term).has(other))
	);
}
