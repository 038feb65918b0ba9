/**
 * "Even if the prison could hold double its capacity, would it still be overcrowded?": a figure
 * the report gives, changed as the question supposes, held against the other figure of its rate.
 * Worked out, with the arithmetic, from the rate's own inputs.
 * A number supposed is carried through a change the report gives in words ("more than doubled").
 */
import type { Fact } from '../../../data/schema.js';
import type { Answer } from '../../answer.js';
import { valuesIn } from '../../claims/values.js';
import { withoutAsides } from '../../language/asides.js';
import { fold } from '../../language/lexicon.js';
import type { Query } from '../query.js';
import { rank } from '../rank.js';
import { type Answering, unboosted } from './context.js';
import { ratesOf } from './figures.js';

/** Words that suppose: "if", "even if", "suppose", "assuming", "si", "menm si". */
export const supposing = /\b(?:if|suppose|supposing|assuming|imagine|si|menm si)\b/;
/** Words that ask whether it is still over the limit, or whether it would fit. */
const overAsked =
	/\b(?:over|overcrowded|overfilled|overflow\w*|too many|exceed|exceeded|above|short|surpeupl\w*|debord\w*|fit|enough|room|take|accommodate|hold (?:all|every|them)|(?:have|has) held|tiendr\w*|contenir|accueillir|assez|ase|under|below|within|without (?:a |any )?(?:place|bed|spot|room)s?|(?:have|has|had|get|got) no (?:place|bed|spot|room)s?|left over)\b/;
/** Words for the limit rather than what is held: capacity, places, what it holds, what it was built for (folded text). */
export const limitWords =
	/\b(?:capacity|capacite|kapasite|places?|plas|spots?|beds?|hold|house|size|built|designed|meant|intended|prevue?|concue?|room|space|bigger|larger|roomier|enlarged|expanded|plus grande?|pi gwo)\b/;

/** Factors said in words, in the three languages. */
const factors: readonly [RegExp, number][] = [
	[/\b(?:double|doubled|twice|two times|deux fois|double|de fwa)\b/, 2],
	[/\b(?:triple|tripled|thrice|three times|trois fois|twa fwa)\b/, 3],
	[/\b(?:quadruple|quadrupled|four times|quatre fois|kat fwa)\b/, 4],
	[/\b(?:quintuple|quintupled|five times|cinq fois|senk fwa)\b/, 5],
	[/\b(?:half|halved|moitie|mwatye)\b/, 0.5],
];

/** So many held in each place: "each place occupied by 5 inmates", "5 detainees per place" (folded text). */
const perPlace =
	/\b(?:(?:occupied|occupee?s?|filled|taken)\s+(?:by|par|pa)\s+(\d+)|(\d+)\s+(?:inmates?|detenus?|prisoners?|people|personnes?|moun|prizonye)\s+(?:per|par|each|chaque|pou chak)\s+(?:place|bed|spot|plas|cell))\b/;

/** Words that make what is added a copy of the one asked about: "the same size as the pen", "just as big". */
const sameSize =
	/\b(?:(?:the )?same size|as big|as large|just like it|identical|same capacity|(?:de )?(?:la )?meme taille|aussi grande?s?|menm gwose)\b/;

/** The factor or number a question supposes, if it says one. */
function supposed(folded: string): { factor: number } | { added: number } | { value: number } | undefined {
	for (const [pattern, factor] of factors) if (pattern.test(folded)) return { factor };
	const each = perPlace.exec(folded);
	if (each) return { factor: Number(each[1] ?? each[2]) };
	const times = /\b(\d+(?:[.,]\d+)?)\s*(?:times|x|fois|fwa)\b/.exec(folded);
	if (times?.[1]) return { factor: Number(times[1].replace(',', '.')) };
	const numbers = valuesIn(folded).filter((value) => value.kind === 'number');
	// ("five times bigger": a number in words before "times" is a factor too.)
	const timesAfter = numbers.find((value) => /^\s*(?:times|fois|fwa)\b/.test(folded.slice(value.end)));
	if (timesAfter?.kind === 'number') return { factor: timesAfter.value };
	// ("…could hold 500 more": a number added to the figure, not the figure itself.)
	const added = numbers.find((value) =>
		/^\s*(?:more|extra|additional|de plus|en plus|autres?|anplis|lot)\b/.test(folded.slice(value.end)),
	);
	// ("4 more jails the same size as the pen", "another prison as big": copies of it, each as large.)
	const copies = sameSize.test(folded)
		? added?.kind === 'number'
			? added.value
			: /\b(?:another|one more|a second|un autre|une autre|yon lot)\b/.test(folded)
				? 1
				: undefined
		: undefined;
	if (copies !== undefined) return { factor: 1 + copies };
	if (added?.kind === 'number') return { added: added.value };
	// ("another 700-place block", "an extra 500 beds": a number of what is built besides is added.)
	const besides = numbers.find((value) =>
		/\b(?:another|an? (?:extra|additional|new|second)|one more|un autre|une autre|yon lot)\s*$/.test(
			folded.slice(0, value.start),
		),
	);
	if (besides?.kind === 'number') return { added: besides.value };
	const [number] = numbers;
	return number?.kind === 'number' ? { value: number.value } : undefined;
}

/**
 * The answer to a question that supposes a figure changed, worked out from the one rate the
 * question is about; undefined where it supposes nothing, or no rate or change can be told.
 *
 * @example
 * hypothetical(ctx, 'if the capacity tripled, would the inmates fit?', query);
 * // heading: 'No: still over, 3,687 inmates against 700 × 3 = 2,100 places, 1,587 too many.'
 */
export function hypothetical(ctx: Answering, question: string, query: Query): Answer | undefined {
	// ("…(I'd rather not write 'over 500%' if that's wrong)": the asker's own remark supposes nothing.)
	const folded = fold(withoutAsides(question));
	if (!supposing.test(folded) || !overAsked.test(folded)) return undefined;
	const change = supposed(folded);
	if (!change) return undefined;
	const [rate, ...others] = ratesOf(ctx, query, false);
	if (rate?.kind !== 'figure' || others.length > 0 || rate.derivation?.op !== 'percent') return undefined;
	const [held, limit] = rate.derivation.of.map((id) => ctx.tools.base.fact(id));
	if (held?.kind !== 'figure' || limit?.kind !== 'figure' || held.value === null || !limit.value) return undefined;
	// What the supposition changes: the limit where it speaks of one ("could hold double"), else what is held.
	// (Copies of the prison add places: "4 more jails the same size".)
	const ofLimit = sameSize.test(folded) || limitWords.test(folded.slice(0, folded.search(overAsked)));
	const changed: Fact = ofLimit ? limit : held;
	const before = changed.value ?? 0;
	const after = 'factor' in change ? before * change.factor : 'added' in change ? before + change.added : change.value;
	// ("If the prison is for 700 and had 3,687, how many were too many?": a figure the report gives for the other side
	// supposes nothing; the question restates the report.)
	if ('value' in change && change.value === (ofLimit ? held.value : limit.value)) return undefined;
	const [heldValue, limitValue] = ofLimit ? [held.value, after] : [after, limit.value];
	const over = heldValue > limitValue;
	const show = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 2 });
	const how =
		'factor' in change
			? `${show(before)} × ${show(change.factor)} = ${show(after)}`
			: 'added' in change
				? `${show(before)} + ${show(change.added)} = ${show(after)}`
				: `${show(after)}`;
	// In the figures' own units ("inmates", "places"), whatever the report counts.
	const against = ofLimit
		? `${show(heldValue)} ${held.unit} against ${how} ${limit.unit}`
		: `${how} ${held.unit} against ${show(limitValue)} ${limit.unit}`;
	// "…would they fit?" asks the other way round from "…would it still be overcrowded?".
	// ("…would it be under capacity?" asks the same way as "would they fit?".)
	const fitAsked =
		/\b(?:fit|enough|room|take|accommodate|hold (?:all|every|them)|(?:have|has) held|tiendr\w*|contenir|accueillir|assez|ase|under|below|within)\b/.test(
			folded,
		);
	// "…how many would that be, and how far short is it?" asks for the numbers, not yes or no.
	// (After a label: "Hypothetical for my explainer: if…".)
	const yesNo =
		/^\W*(?:even if|if|would|could|will|is|was|are|were|does|did|do|si)\b/.test(
			folded.replace(/^[^:?]{1,80}:\s*/, ''),
		) && !/\bhow\b/.test(folded);
	const verdict = (yes: boolean) => (yesNo ? `${yes ? 'Yes' : 'No'}: ` : '');
	// "…would it still overflow, and by how many?": still over, with how many, though not asked as yes or no alone.
	const still = !yesNo && /\bstill\b/.test(folded) ? 'Still over: ' : '';
	const heading = over
		? `${verdict(!fitAsked)}${yesNo ? 'still over, ' : still}${against}, ${show(heldValue - limitValue)} too many.`
		: `${verdict(fitAsked)}${against}, within the limit.`;
	return ctx.tools.facts(question, [held, limit], heading);
}

/** Words that ask how many, in the three languages (folded text). */
const howManyAsked = /\b(?:how many|how much|combien|konbyen)\b/;

/**
 * "If there were 1,000 homicides in 2022, how many would there be in 2023?": a number the question
 * supposes, carried through a change the report gives only in words ("more than doubled"), with
 * the arithmetic. Undefined where the question supposes no number or the change is no factor.
 *
 * @example
 * projected(ctx, 'if there were 1,000 homicides in 2022, how many in 2023?', query);
 * // heading: 'More than 2,000: 1,000 × 2, as the report says the number more than doubled in 2023.'
 */
export function projected(ctx: Answering, question: string, query: Query): Answer | undefined {
	const folded = fold(question);
	if (!supposing.test(folded) || !howManyAsked.test(folded)) return undefined;
	const values = valuesIn(folded);
	const [number] = values.filter((value) => value.kind === 'number' && !value.year && !value.percent);
	if (number?.kind !== 'number') return undefined;
	// The numbers and years supposed are the asker's own: the fact has every other word asked.
	const asked = query.terms.reduce(
		(bits, term, i) => (/^\d/.test(term) || query.vague.has(i) ? bits : bits | (1 << i)),
		0,
	);
	const [best] = rank(query, ctx.tools.index, ctx.tools.base, { minCoverage: 0, boost: unboosted });
	const fact = best && asked !== 0 && (best.matched & asked) === asked ? best.fact : undefined;
	if (fact?.kind !== 'figure' || fact.value !== null || !fact.estimate) return undefined;
	// A change over a year is from the year before: "if there were 1,000 in 2020" supposes another start.
	const year = Number(fact.asOf?.date?.slice(0, 4));
	const years = values.flatMap((value) =>
		value.kind === 'date' && value.date ? [Number(value.date.slice(0, 4))] : [],
	);
	if (years.some((asked) => asked !== year && asked !== year - 1)) return undefined;
	const change = fold(fact.estimate);
	const factor = factors.find(([pattern]) => pattern.test(change))?.[1];
	if (factor === undefined) return undefined;
	const bound = /\b(?:more than|over)\b/.test(change)
		? 'More than '
		: /\b(?:less|fewer) than\b/.test(change)
			? 'Fewer than '
			: '';
	const show = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 2 });
	const when = fact.asOf ? ` ${fact.asOf.words}` : '';
	const heading = `${bound}${show(number.value * factor)}: ${show(number.value)} × ${show(factor)}, as the report says the number ${fact.estimate}${when}.`;
	return ctx.tools.facts(question, [fact], heading);
}
