/**
 * Yes/no questions that state something to check: the statement goes through the message check
 * claim by claim.
 */
import type { Answer } from '../../answer.js';
import type { Claim } from '../../claims/claim.js';
import { checkClaims, statesFigure } from '../../claims/claims.js';
import { fold } from '../../language/lexicon.js';
import type { ReadText } from '../../language/read.js';
import { statementToCheck } from '../tagged.js';
import type { Answering } from './context.js';

/** A question about what could or would be, which no stated figure confirms. */
const hypothetical = /\b(could|would|can|should|might|fit|enough|pourrait|pourraient|peut|kapab|ka)\b/i;

/**
 * "I heard Reuters said the guards left, is that right?": the statement held against the
 * report, claim by claim. No where any claim differs, yes where every claim it can check
 * matches; a statement the report cannot check is read as a question.
 */
export function heardStatement(ctx: Answering, question: string, read: ReadText): Answer | undefined {
	const { base, index } = ctx.tools;
	const statement = statementToCheck(read.cleaned, fold(read.cleaned));
	if (!statement) return undefined;
	const claims = checkClaims(base, index, statement).filter((claim) => claim.verdict !== 'not_in_report');
	if (claims.length === 0) return undefined;
	return verdictOn(ctx, question, claims);
}

/**
 * "Is it true homicides tripled in 2023?": a yes/no question that states a figure (a number or
 * a change) is the message check's work. No when the report gives another value, yes when
 * every figure stated is the report's; otherwise it is read as any other question.
 */
export function checkedFigures(ctx: Answering, question: string): Answer | undefined {
	const { base, index } = ctx.tools;
	// "Could 3,687 inmates fit in 700 places?" asks what would be, not whether the figures are right.
	if (hypothetical.test(question)) return undefined;
	// Only claims about a figure: a date the question mentions in passing ("the inmates counted in
	// February 2023") is not what it asks about.
	const claims = checkClaims(base, index, question).filter(
		(claim) => statesFigure(claim) && claim.verdict !== 'not_in_report' && claim.facts[0]?.kind === 'figure',
	);
	if (claims.length === 0) return undefined;
	return verdictOn(ctx, question, claims);
}

/** No where any claim differs, with what the report says instead; else yes, naming each claim confirmed. */
function verdictOn(ctx: Answering, question: string, claims: readonly Claim[]): Answer {
	const facts = [...new Set(claims.flatMap((claim) => claim.facts))];
	const differs = claims.find((claim) => claim.verdict === 'differs');
	if (differs) return ctx.tools.facts(question, facts, `No: not “${differs.text}”. ${differs.report}`);
	return ctx.tools.facts(
		question,
		facts,
		`Yes: ${claims.map((claim) => `“${claim.text}”`).join(', ')}, as the report says.`,
	);
}
