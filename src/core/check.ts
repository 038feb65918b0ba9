import type { Fact } from '../data/schema.js';
import type { FactBase } from './fact-base.js';
import type { SearchIndex } from './search-index.js';
import { normalize, words } from './text.js';
import { precisionOf, whenOf } from './when.js';

/** What checking a message against the report found: the facts it touches and how its numbers compare. */
export interface MessageCheck {
	facts: Fact[];
	numbers: NumberCheck[];
}

export type NumberCheck =
	| { said: string; verdict: 'matches'; fact: Fact }
	| { said: string; verdict: 'differs'; fact: Fact & { kind: 'figure' } }
	| { said: string; verdict: 'date-differs'; fact: Fact }
	| { said: string; verdict: 'no-number'; fact: Fact & { kind: 'figure' } }
	| { said: string; verdict: 'year-absent' }
	| { said: string; verdict: 'unknown' };

/** A message is not a question: facts must share this share of the best fact's score to count as touched. */
const touchRatio = 0.5;
const maxFacts = 5;
/** Words either side of a number that say what it counts. */
const window = 4;
/** How many of the facts closest to a number's words may be what it is about. */
const nearest = 3;

/**
 * Finds what a message says that the report speaks to: the facts its words touch, and for each
 * number in it, whether the report states that number, states a different one for the same
 * thing, or says nothing.
 */
export function checkMessage(base: FactBase, index: SearchIndex, message: string): MessageCheck {
	const result = index.search(message);
	const [best] = result.hits;
	// One shared word is chance in a message of several; two make a topic.
	const minTerms = Math.min(2, result.terms.length);
	const touched = best
		? result.hits.filter(
				(hit) => hit.score >= best.score * touchRatio && hit.coverage * result.terms.length >= minTerms - 1e-9,
			)
		: [];
	const facts = touched.slice(0, maxFacts).map((hit) => hit.fact);
	const numbers = numbersIn(message).map((found) => checkNumber(base, index, found));
	for (const check of numbers) {
		if ('fact' in check && !facts.includes(check.fact)) facts.push(check.fact);
	}
	return { facts, numbers };
}

interface FoundNumber {
	said: string;
	value: number;
	context: string;
	/** Next to a month name: a day of the month, not a count. */
	day: boolean;
}

function numbersIn(message: string): FoundNumber[] {
	// A number's context stays within its sentence: "…5000 inmates. Gangs freed…" is two claims.
	return message.split(/(?<=[.!?;])\s+/).flatMap(numbersInSentence);
}

function numbersInSentence(sentence: string): FoundNumber[] {
	const tokens = sentence.split(/\s+/).filter(Boolean);
	const isMonth = (token: string | undefined) => words(token ?? '').some((word) => months.has(word));
	const found: FoundNumber[] = [];
	tokens.forEach((token, i) => {
		const match = /\d[\d,.\u00a0\u202f]*%?/.exec(token);
		if (!match) return;
		const number = match[0].replace(/[,.]$/, '');
		const value = Number(normalize(number).replaceAll(' ', '.'));
		if (!Number.isFinite(value)) return;
		// A day of the month is quoted with its month: "July 8", "8 juillet".
		const month = value <= 31 ? [tokens[i - 1], tokens[i + 1]].find(isMonth)?.replace(/[^\p{L}]/gu, '') : undefined;
		const said = month ? (isMonth(tokens[i - 1]) ? `${month} ${number}` : `${number} ${month}`) : number;
		const context = [...tokens.slice(Math.max(0, i - window), i), ...tokens.slice(i + 1, i + 1 + window)].join(' ');
		found.push({ said, value, context, day: month !== undefined });
	});
	return found;
}

function checkNumber(base: FactBase, index: SearchIndex, { said, value, context, day }: FoundNumber): NumberCheck {
	// Facts ranked by the words around the number: what the number is about.
	const near = index.search(context).hits.map((hit) => hit.fact);
	const rank = (fact: Fact) => (near.includes(fact) ? near.indexOf(fact) : near.length);
	const isValue = (fact: Fact) => fact.kind === 'figure' && fact.value !== null && sameNumber(fact.value, value);
	const [stated] = base.facts
		.filter((fact) => isValue(fact) || quoteWords(fact).has(String(value)))
		// The figure that is this number comes before a sentence that merely contains it.
		.sort((a, b) => Number(isValue(b)) - Number(isValue(a)) || rank(a) - rank(b));
	if (stated) return { said, verdict: 'matches', fact: stated };

	if (Number.isInteger(value) && value >= 1900 && value <= 2100) {
		const dated = base.facts.some((fact) => whenOf(fact)?.date?.startsWith(String(value)));
		return dated ? { said, verdict: 'unknown' } : { said, verdict: 'year-absent' };
	}
	// "July 8": compare with the day the report gives for the same event, in a date or in its words.
	if (day) {
		const dated = near.slice(0, nearest).find((fact) => {
			const when = whenOf(fact);
			return (when?.date && precisionOf(when.date) === 'day') || /\d/.test(when?.words ?? '');
		});
		return dated ? { said, verdict: 'date-differs', fact: dated } : { said, verdict: 'unknown' };
	}

	// A count: compare with the figure the words around it are about, if one is among the closest facts.
	const figure = near.slice(0, nearest).find((fact): fact is Fact & { kind: 'figure' } => fact.kind === 'figure');
	if (!figure) return { said, verdict: 'unknown' };
	return { said, verdict: figure.value === null ? 'no-number' : 'differs', fact: figure };
}

const months = new Set(
	`january february march april may june july august september october november december
	janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre`.split(/\s+/),
);

/** A fact's quote as normalised words ("3,687" → "3687"), worked out once per fact, not once per number checked. */
const quoteWordCache = new WeakMap<Fact, ReadonlySet<string>>();
function quoteWords(fact: Fact): ReadonlySet<string> {
	let cached = quoteWordCache.get(fact);
	if (!cached) {
		cached = new Set(normalize(fact.quote).split(' '));
		quoteWordCache.set(fact, cached);
	}
	return cached;
}

/** 526.7 and "527%" are the same figure as people write it. */
function sameNumber(reported: number, said: number): boolean {
	return reported === said || Math.round(reported) === said;
}
