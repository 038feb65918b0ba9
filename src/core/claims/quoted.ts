/**
 * Words a message quotes: "…to avoid “collateral damage”". Quoting says the report (or whoever it
 * credits) used those very words; where a fact's own quote has them, that is what the report says.
 */
import type { Fact } from '../../data/schema.js';
import type { FactBase } from '../fact-base.js';
import { stopwords } from '../language/lexicon.js';
import { normalize } from '../text.js';
import { type Claim, claim } from './claim.js';

/** A phrase between quotation marks, straight, curly or French. */
const quotedPhrase = /[“"«‘]\s*([^“”"«»‘’]{3,80}?)\s*[”"»’]/gu;

/** How many words of its own a quoted phrase needs to be a claim: one common word ("stayed") says too little. */
const minContentWords = 2;

/** Words as compared: the project's normal form, between spaces so that a phrase matches whole words. */
const plain = (text: string) => ` ${normalize(text)} `;

/** Each fact's quote as compared, once per fact base. */
const quotesByBase = new WeakMap<FactBase, { fact: Fact; quote: string }[]>();
function plainQuotes(base: FactBase): { fact: Fact; quote: string }[] {
	let quotes = quotesByBase.get(base);
	if (!quotes) {
		quotes = base.facts.map((fact) => ({ fact, quote: plain(fact.quote) }));
		quotesByBase.set(base, quotes);
	}
	return quotes;
}

/**
 * The quoted phrases of a message no other claim covers, each confirmed where a fact's quote has
 * the same words. A phrase the report does not have is left alone: quotation marks also scare or
 * stress ("so-called 'peace'"), and say nothing of the report.
 *
 * @example
 * quotedClaims('he told them to avoid “collateral damage”', [], base); // [{ text: 'collateral damage', verdict: 'matches', … }]
 */
export function quotedClaims(message: string, claims: readonly Claim[], base: FactBase): Claim[] {
	const found: Claim[] = [];
	for (const match of message.matchAll(quotedPhrase)) {
		const phrase = match[1]?.trim() ?? '';
		const said = plain(phrase);
		const words = said.trim().split(' ');
		if (words.filter((word) => !stopwords.en.has(word)).length < minContentWords) continue;
		const covered = claims.some((other) => other.text.includes(phrase) || phrase.includes(other.text));
		if (covered) continue;
		const fact = plainQuotes(base).find(({ quote }) => quote.includes(said))?.fact;
		if (fact) found.push(claim(phrase, 'matches', [fact], `The report says: ${fact.answer}`));
	}
	return found;
}
