/**
 * What every kind of claim shares: the verdict, the clause it is read from, the facts a clause
 * speaks of, and how a claim is put together.
 */
import type { Fact } from '../../data/schema.js';
import type { FactBase } from '../fact-base.js';
import kinds from '../language/lexicon/kinds.json' with { type: 'json' };
import { readText } from '../language/read.js';
import type { SearchIndex } from '../search-index.js';
import { buildQuery } from '../understand/query.js';
import { type Ranked, rank } from '../understand/rank.js';
import type { Span } from './values.js';

export type Verdict = 'matches' | 'differs' | 'not_in_report';

/** One thing a message asserts, and what the report says of it. */
export interface Claim {
	/** The exact words of the message that carry the claim. */
	text: string;
	verdict: Verdict;
	/** The facts the verdict rests on. */
	facts: Fact[];
	/** What the report says about it, in one sentence. */
	report: string;
}

/** A clause must share this much with a fact for the fact to be what the clause speaks of. */
export const relevantCoverage = 0.45;

export interface Clause extends Span {
	text: string;
	/** The whole sentence, for a clause too short to say what it is about ("According to Reuters sources,"). */
	sentence: string;
}

export function withoutSpans(text: string, spans: Span[]): string {
	let out = text;
	for (const span of spans) out = out.slice(0, span.start) + ' '.repeat(span.end - span.start) + out.slice(span.end);
	return out;
}
/** Each kind's nouns as a pattern: "Haiti's biggest jail" names a prison of Haiti's. */
const kindNouns = new Map(
	Object.entries(kinds)
		.filter(([kind]) => !kind.startsWith('$'))
		.map(([kind, nouns]) => [kind, new RegExp(`\\b(?:${(nouns as string[]).join('|')})s?\\b`, 'iu')]),
);

/** "Haiti's biggest jail": a place named with the noun of the kind of one within it names that one. */
function namedAsPart(id: string, named: readonly string[], text: string, base: FactBase): boolean {
	const entity = base.entity(id);
	const noun = entity && kindNouns.get(entity.kind);
	return (
		noun !== undefined &&
		base
			.within(id)
			.slice(1)
			.some((place) => named.includes(place)) &&
		noun.test(text)
	);
}

/**
 * The facts a clause speaks of, best first. A figure counts only if it is about an entity the
 * clause names (when it names any): "Haiti has 11 million people" is not about a prison's
 * population. Derived figures stand for themselves here, not for their inputs.
 */
export function relevant(
	base: FactBase,
	index: SearchIndex,
	text: string,
	{
		limit = 3,
		minCoverage = relevantCoverage,
		named = [] as string[],
		boost = (() => 1) as (fact: Fact) => number,
		throughInputs = false,
	}: {
		limit?: number;
		minCoverage?: number;
		named?: string[];
		boost?: ((fact: Fact) => number) | undefined;
		/** A figure worked out from others is about whom they involve too: "RNDDH said it was at 5x capacity". */
		throughInputs?: boolean;
	} = {},
): Ranked[] {
	const read = readText(text);
	const query = buildQuery(read.words, read.language, index);
	return rank(query, index, base, { minCoverage, boost, inheritDerived: false })
		.filter(
			({ fact }) =>
				fact.kind !== 'figure' ||
				named.length === 0 ||
				(throughInputs ? entitiesBehind(fact, base) : base.entitiesOf(fact)).some(
					(id) => named.includes(id) || namedAsPart(id, named, text, base),
				),
		)
		.slice(0, limit);
}

/** Whom a fact involves, and for a figure worked out from others, whom they involve. */
export function entitiesBehind(fact: Fact, base: FactBase): string[] {
	const inputs = fact.kind === 'figure' && fact.derivation ? fact.derivation.of : [];
	return [
		...base.entitiesOf(fact),
		...inputs.flatMap((id) => {
			const input = base.fact(id);
			return input ? base.entitiesOf(input) : [];
		}),
	];
}

export function claim(text: string, verdict: Verdict, facts: Fact[], report?: string): Claim {
	const [fact] = facts;
	const sentence =
		report ??
		(verdict === 'matches' && fact
			? `The report says: ${fact.answer}`
			: fact
				? `The report says: ${fact.answer}`
				: 'The report does not say.');
	// (As the message reads, without Discord's formatting marks: "back in **March**" claims "back in March".)
	const plain = text.replace(/\*+|~~|\|\||`+/g, '').replace(/\s+/g, ' ');
	return { text: plain.trim(), verdict, facts, report: sentence };
}

/** "…thats crazy", "…which is wild", "…it's insane": a remark on what was just said, to the end of the span. */
const remarkAfter =
	/\s+(?:that['’]?s|thats|dats|which is|it['’]?s|its|this is)\s+(?:so\s+|really\s+|just\s+|lowkey\s+|actually\s+)*(?:crazy|wild|insane|nuts|sad|messed up|terrible|awful|horrible|scary|bad|mad|unreal|unbelievable|tragic|heartbreaking|wow|bonkers)\b.*$/iu;

/** A span without the chat tail after it: "the gang boss 🤡", "a former policeman lol". */
export function trimTail(clause: string, span: Span): Span {
	// ("…in the western hemisphere thats crazy": the writer's word on what they said, in a clause of its own.)
	const text = clause.slice(span.start, span.end).replace(remarkAfter, '');
	const trimmed = text.replace(/(?:[\s,.!?]+(?:lol|lmao|fr|btw|tbh|smh|ngl))*[\s,.!?]*$/i, '');
	return { start: span.start, end: span.start + trimmed.length };
}
