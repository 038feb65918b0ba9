/**
 * "Did the prison hold fewer people than it was designed for?", "was it under capacity?": what a
 * rate is worked out from, held against its limit, as a yes or a no with both figures.
 */
import type { Answer } from '../../answer.js';
import { factorOf } from '../../claims/ratios.js';
import { valuesIn } from '../../claims/values.js';
import { fold } from '../../language/lexicon.js';
import { capitalise, terms as termsOf } from '../../text.js';
import { eitherWay } from '../cues.js';
import type { Query } from '../query.js';
import { rank } from '../rank.js';
import { askedIfTrue } from '../tagged.js';
import { type Answering, unboosted } from './context.js';
import { ratesOf } from './figures.js';
import { limitWords, supposing } from './hypothetical.js';

/** Comparatives that say more, and fewer, in the three languages (folded text). */
const moreWords =
	/\b(?:more|over|above|exceed\w*|beyond|bigger|larger|greater|higher|surpass\w*|plus|plis|depass\w*|depase)\b/;
const fewerWords = /\b(?:fewer|less|under|below|within|smaller|lower|moins|mwens)\b/;
/** "…than", "…que", "…pase": where the other side of a comparison begins. */
const than = /\b(?:than|que|qu|pase)\b/;
/** A number in the question ("more than five times its capacity") is another check's: a threshold. */
const number = /\b\d|\b(?:two|three|four|five|six|ten|twice|double|triple)\b/;

/**
 * "…fewer people than it was designed for", "under capacity": what is held compared with a limit,
 * which way, and on which side the limit is. undefined where nothing is compared with a limit, or
 * a change is supposed, or a number is named (a threshold, another check's).
 */
export function comparison(question: string): { more: boolean; limitAfter: boolean } | undefined {
	const folded = fold(question);
	const more = moreWords.exec(folded);
	const fewer = fewerWords.exec(folded);
	const cue = more && fewer ? undefined : (more ?? fewer);
	if (!cue || supposing.test(folded) || number.test(folded.replace(/\b(?:19|20)\d\d\b/g, ''))) return undefined;
	const after = folded.slice(cue.index + cue[0].length);
	// The limit is the other side of the comparison ("…than it was built for", "under capacity"), or the
	// side it is compared from ("was the capacity bigger than the number held").
	const thanAt = after.search(than);
	const otherSide = thanAt >= 0 ? after.slice(thanAt) : after.split(/\s+/).slice(0, 3).join(' ');
	const limitAfter = limitWords.test(otherSide);
	// "…the capacity exceeded the number of inmates": a verb that compares takes its other side as its object.
	const transitive = /^(?:exceed|surpass|depass|depase)/.test(cue[0]);
	const limitBefore = !limitAfter && (thanAt >= 0 || transitive) && limitWords.test(folded.slice(0, cue.index));
	return limitAfter || limitBefore ? { more: cue === more, limitAfter } : undefined;
}

/**
 * The yes or no to a question that holds what is held against its limit, from the one rate the
 * question is about; undefined where it compares nothing, supposes a change, or names a number.
 *
 * @example
 * comparedToLimit(ctx, 'was the prison under capacity?', query);
 * // heading: 'No: 3,687 inmates against 700 places, about 5.27 times as many.'
 */
export function comparedToLimit(ctx: Answering, question: string, query: Query): Answer | undefined {
	const compared = comparison(question);
	if (!compared) return undefined;
	const [rate, ...others] = ratesOf(ctx, query, false);
	if (rate?.kind !== 'figure' || others.length > 0 || rate.derivation?.op !== 'percent') return undefined;
	const [held, limit] = rate.derivation.of.map((id) => ctx.tools.base.fact(id));
	// The question must be about what the rate is made of, not something else held against the limit ("did more
	// inmates escape than…"): every word it asks with is one of the figures' own, or of another worked out from them.
	const inputs = new Set(rate.derivation.of);
	const family = ctx
		.rank(query)
		.filter(
			({ fact }) =>
				inputs.has(fact.id) || (fact.kind === 'figure' && (fact.derivation?.of.every((id) => inputs.has(id)) ?? false)),
		);
	const covered = family.reduce((bits, { matched }) => bits | matched, 0);
	const named = new Set(query.mentions.flatMap((mention) => mention.terms));
	// The comparison's own words ("fewer", "bigger") and the ones that ask if it is true are no figure's.
	const truth = new Set(termsOf(askedIfTrue.exec(question)?.[0] ?? ''));
	const asked = query.terms.flatMap((term, i) =>
		named.has(i) || query.vague.has(i) || truth.has(term) || moreWords.test(term) || fewerWords.test(term) ? [] : [i],
	);
	if (family.length === 0 || asked.some((i) => (covered & (1 << i)) === 0)) return undefined;
	if (held?.kind !== 'figure' || limit?.kind !== 'figure' || held.value === null || !limit.value) return undefined;
	const over = held.value > limit.value;
	const askedOver = compared.more === compared.limitAfter;
	const times = (held.value / limit.value).toLocaleString('en-US', { maximumFractionDigits: 2 });
	const figures = `${held.value.toLocaleString('en-US')} ${held.unit} against ${limit.value.toLocaleString('en-US')} ${limit.unit}`;
	return ctx.tools.facts(
		question,
		[rate],
		`${over === askedOver ? 'Yes' : 'No'}: ${figures}, about ${times} times as many.`,
	);
}

/** How much of the question a figure held against an offered number must account for. */
const eitherCoverage = 0.3;

/**
 * "Did the prison hold more or fewer than 3,500 inmates?": a figure the report gives, held against a number the
 * question offers either way; the answer is the side it falls on, with the figure.
 */
export function eitherSideOf(ctx: Answering, question: string, query: Query): Answer | undefined {
	const folded = fold(question);
	// ("Did the number of inmates exceed 3000?": one side offered, a yes or a no with the figure.)
	const oneWay = eitherWay.test(folded) || whichLarger.test(folded) ? null : oneSide.exec(folded);
	if (!eitherWay.test(folded) && !whichLarger.test(folded) && !oneWay) return undefined;
	// "…or five times the pen's capacity?": a multiple of a limit, held against what is held.
	// ("More or less than four times its capacity?" holds the rate itself against the number: see `overRate`.)
	const multiple = timesOffered.exec(folded);
	if (multiple)
		return /\bthan\s*$/.test(folded.slice(0, multiple.index))
			? undefined
			: multipleOfLimit(ctx, question, query, multiple[1] ?? multiple[2] ?? '');
	const [offered, ...more] = valuesIn(question).filter(
		(value) => value.kind === 'number' && !value.year && !value.percent,
	);
	if (offered?.kind !== 'number' || more.length > 0) return undefined;
	// "Over capacity by more or less than 3,000?": by how much, the difference worked out, is what is held against it.
	const byHowMuch = byMoreOrLess.test(folded);
	// The figure the question is about, as it counts it ("inmates"), given outright by the report.
	// (The number offered is no word of the figure's: the question shares less of its words than others do.)
	const ranked = rank(query, ctx.tools.index, ctx.tools.base, { minCoverage: eitherCoverage, boost: unboosted });
	const [figure] = ranked
		// (The figure is of all the question says: "did more than 3000 inmates escape?", "were escapees more or less
		// than 500?" count no inmates held.)
		.filter(({ matched }) =>
			query.terms.every(
				(term, i) => query.vague.has(i) || /^\d/.test(term) || thresholdStem.test(term) || (matched & (1 << i)) !== 0,
			),
		)
		.map(({ fact }) => fact)
		.filter(
			(fact) =>
				fact.kind === 'figure' &&
				fact.value !== null &&
				(byHowMuch ? fact.derivation?.op === 'difference' : !fact.derivation) &&
				fact.value !== offered.value,
		);
	if (figure?.kind !== 'figure' || figure.value === null) return undefined;
	// ("…than 3000 ppl": people are what a count of inmates counts too.)
	// ("Was the population above or below 4,000?": a word for a count of any kind asks the figure the question is about.)
	const counted = termsOf(question).some((term) => termsOf(figure.unit).includes(term)) || countNouns.test(folded);
	if (!counted && !(byHowMuch && peopleCounted.test(folded))) return undefined;
	if (oneWay) {
		if (byHowMuch || figure.value === offered.value) return undefined;
		const more = !/^(?:fewer|less|under|below|at most|moins|en dessous|mwens)/.test(oneWay[1] ?? '');
		const yes = figure.value > offered.value === more;
		return ctx.tools.facts(
			question,
			[figure],
			`${yes ? 'Yes' : 'No'}: ${figure.value.toLocaleString('en-US')} ${figure.unit}, ${figure.value > offered.value ? 'more' : 'fewer'} than the ${offered.value.toLocaleString('en-US')} asked about.`,
		);
	}
	const side = figure.value > offered.value ? 'More' : byHowMuch ? 'Less' : 'Fewer';
	const by = byHowMuch ? 'by ' : '';
	return ctx.tools.facts(
		question,
		[figure],
		`${side}: ${by}${figure.value.toLocaleString('en-US')} ${figure.unit}, against the ${offered.value.toLocaleString('en-US')} asked about.`,
	);
}

/** The stems of the words that offer a threshold: "exceed" is "exce". */
const thresholdStem = /^(?:exce|surpass|over|abov|more|less|fewer|under|below|least|most|depass|plus|moin)/;

/** Words that offer a number as a threshold, on one side of it, in the three languages. */
const thresholdWords = String.raw`exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|over|above|beyond|more than|at least|d[ée]pass\w*|plus de|au-dessus de|plis pase|fewer than|less than|under|below|at most|moins de|en dessous de|mwens pase`;

/** One side of a number offered as a threshold, right before the number (folded text). */
const oneSide = new RegExp(String.raw`\b(${thresholdWords})\s+\d[\d,.\s]*(?!\d|\s*(?:times|fois|fwa|x\b|-?fold))`);

/** A threshold word ending the text: the number after it is offered to compare with (folded or typed). */
export const thresholdBefore = new RegExp(String.raw`(?:${thresholdWords})\s*$`, 'iu');

/** "…by more or less than 3,000", "by more than…": the amount by which, asked against a number. */
const byMoreOrLess = /\bby\s+(?:more|less|fewer)\s+(?:or\s+(?:more|less|fewer)\s+)?than\b/;

/** Words for a count, whatever it counts. */
const countNouns = /\b(?:population|headcount|head count|count|tally|total|number|nombre|nb|effectif|kantite|chif)\b/;

/** People counted loosely, or no noun after the number at all. */
const peopleCounted = /\d\s*(?:people|ppl|persons|folks|souls|heads)?\W*$/;

/** "Which is bigger: the inmate count or five times the capacity?": which of two sides, asked by a comparative. */
export const whichLarger =
	/\bwhich\s+(?:one\s+|(?:figure|number|count|value|amount)s?\s+)?(?:is|was|s)\s+(?:bigger|larger|greater|higher|more|smaller|lower|less|fewer)\b.*\bor\b/;

/** "…five times the prison's capacity", "twice its capacity": a multiple of a figure, offered to compare with. */
const timesOffered =
	/\b(\d+(?:[.,]\d+)?|two|three|four|five|six|seven|eight|nine|ten)\s+(?:times|x)\b|\b(twice|double|triple)\b/;

/**
 * "Was the inmate count above or below five times the prison's capacity?": what the one rate the question is about
 * is worked out from, the held against the multiple of the limit, with the arithmetic.
 */
function multipleOfLimit(ctx: Answering, question: string, query: Query, typed: string): Answer | undefined {
	const times = factorOf(typed);
	const [rate, ...others] = ratesOf(ctx, query, false);
	if (!times || rate?.kind !== 'figure' || others.length > 0 || rate.derivation?.op !== 'percent') return undefined;
	const [held, limit] = rate.derivation.of.map((id) => ctx.tools.base.fact(id));
	if (held?.kind !== 'figure' || limit?.kind !== 'figure' || held.value === null || !limit.value) return undefined;
	const product = times * limit.value;
	const said = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 2 });
	const more = held.value > product;
	const side = more ? 'more' : 'fewer';
	return ctx.tools.facts(
		question,
		[rate],
		`${capitalise(side)}: ${said(held.value)} ${held.unit} is ${side} than ${said(times)} times the ${said(limit.value)} ${limit.unit} (${said(times)} × ${said(limit.value)} = ${said(product)}).`,
	);
}
