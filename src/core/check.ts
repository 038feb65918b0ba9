import type { Fact } from '../data/schema.js';
import type { FactBase } from './fact-base.js';
import type { SearchIndex } from './search-index.js';
import { normalize } from './text.js';
import { whenOf } from './when.js';

/** What checking a message against the report found: the facts it touches and how its numbers compare. */
export interface MessageCheck {
	facts: Fact[];
	numbers: NumberCheck[];
}

export type NumberCheck =
	| { said: string; verdict: 'matches'; fact: Fact }
	| { said: string; verdict: 'differs'; fact: Fact & { kind: 'figure' } }
	| { said: string; verdict: 'year-absent' }
	| { said: string; verdict: 'unknown' };

/** A message is not a question: facts must share this share of the best fact's score to count as touched. */
const touchRatio = 0.5;
const maxFacts = 5;
/** Words either side of a number that say what it counts. */
const window = 4;

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
}

function numbersIn(message: string): FoundNumber[] {
	const tokens = message.split(/\s+/).filter(Boolean);
	const found: FoundNumber[] = [];
	tokens.forEach((token, i) => {
		const match = /\d[\d,.\u00a0\u202f]*%?/.exec(token);
		if (!match) return;
		const said = match[0].replace(/[,.]$/, '');
		const value = Number(normalize(said).replaceAll(' ', '.'));
		if (!Number.isFinite(value)) return;
		const context = [...tokens.slice(Math.max(0, i - window), i), ...tokens.slice(i + 1, i + 1 + window)].join(' ');
		found.push({ said, value, context });
	});
	return found;
}

function checkNumber(base: FactBase, index: SearchIndex, { said, value, context }: FoundNumber): NumberCheck {
	const stated = base.facts.find(
		(fact) =>
			(fact.kind === 'figure' && fact.value !== null && sameNumber(fact.value, value)) ||
			normalize(fact.quote).split(' ').includes(String(value)),
	);
	if (stated) return { said, verdict: 'matches', fact: stated };

	if (Number.isInteger(value) && value >= 1900 && value <= 2100) {
		const dated = base.facts.some((fact) => whenOf(fact)?.date?.startsWith(String(value)));
		return dated ? { said, verdict: 'unknown' } : { said, verdict: 'year-absent' };
	}

	// The figure the words around the number are about, if the report gives one.
	const figure = index
		.search(context)
		.hits.map((hit) => hit.fact)
		.find((fact): fact is Fact & { kind: 'figure' } => fact.kind === 'figure' && fact.value !== null);
	return figure ? { said, verdict: 'differs', fact: figure } : { said, verdict: 'unknown' };
}

/** 526.7 and "527%" are the same figure as people write it. */
function sameNumber(reported: number, said: number): boolean {
	return reported === said || Math.round(reported) === said;
}
