/**
 * Changes as people state them ("more than doubled", "rose", "nearly tripled", "fell") read as
 * the range of factors they allow, so two statements of a change can be compared: "rose" is
 * true of what more than doubled, "tripled" is not.
 */

import { valuesIn } from './values.js';

/** The factors a change allows: from `low` up to `high` (excluded, unless the two are equal). */
export interface ChangeRange {
	low: number;
	high: number;
}

/**
 * A factor as people put it beside a change: "five-fold", "10x", "three times", Kreyòl "twa fwa", and as it is
 * said by ear, "tree time".
 */
const factorWords = String.raw`(?:\d+(?:[.,]\d+)?|two|three|tree|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|dix|twa|kat|senk|de(?=\sfwa))`;
const factor = String.raw`${factorWords}(?:[- ]?fold|\s?x|\s(?:times?|fois|fwa))`;

/**
 * A change in a text: a qualifier, a factor before the verb, the verb, then how much, in percent
 * or as a factor. The groups are named: `qualifier`, `before` ("a fivefold increase"), `verb`,
 * `percent` ("went up like 50%", "up 50%") and `after` ("went up five-fold"). English, French
 * ("ont triplé", "plus que doublé") and Creole ("ogmante"). "up" and "down" count only before a
 * percentage ("locked up" is no change).
 */
export const changePattern = new RegExp(
	String.raw`(?<![\p{L}])(?<qualifier>more than |nearly |almost |over |at least |less than |under |plus que |plus du |presque |moins que |plis pase |plis ke |prèske |preske |mwens pase )?(?<before>${factor}\s)?(?<verb>doubled?|doubling|tripled?|tripling|quadrupled?|halved?|(?:cut|slashed|reduced|divided) (?:in|by) (?:half|two)|réduit(?:e|s|es)? de moitié|diminué(?:e|s|es)? de moitié|rose|rise|risen|rising|fell|fall|fallen|falling|dropped|drop|increased?|decreased?|increasing|decreasing|declining|dropping|climbing|went up|gone up|go up|goes up|going up|went down|gone down|go down|goes down|going down|came down|come down|comes down|coming down|jumped|jump|spiked?|surged?|soared?|climbed?|skyrocketed|declined?|doublé(?:e|s|es)?|triplé(?:e|s|es)?|(?:dupl|tripl|quadrupl)icated?|multiplied(?=\s+by\s)|multipli[ée](?:e|s|es)?(?=\s+par\s)|quadruplé(?:e|s|es)?|augmenté(?:e|s|es)?|baissé(?:e|s|es)?|diminué(?:e|s|es)?|ogmante|monte|bese|desann|diminye|redwi|(?:up|down)(?=\s+(?:by\s+)?(?:like\s+|about\s+|around\s+|roughly\s+)?\d)|(?:went|gone|grew|grown)(?=\s+(?:up\s+)?(?:by\s+)?(?:more than|over|nearly|almost|at least)\s+(?:\d|${factorWords}\b)))(?:\s+(?:up\s+)?(?:by\s+|de\s+|par\s+)?(?:(?:only|just|like|about|around|roughly|some|barely|approximately|seulement|environ|apeprè|selman)\s+){0,2}(?<then>more than |over |nearly |almost |at least |less than |under |not even |moins de |mwens pase )?(?:(?<percent>\d+(?:[.,]\d+)?)\s?(?:%|per ?cent\b|percent\b|pour ?cent\b|pousan\b)|(?<after>${factor}|(?<multiple>double|triple|quadruple|twice|thrice)|(?<=(?:multiplied|multipli[ée]\p{L}*)\s+(?:by|par)\s+)${factorWords})|(?<half>half|a half|de moitié|mwatye)|(?<fraction>(?:a|one|un|yon) (?:third|quarter|fourth|fifth|tenth|tiers|quart|cinquième|dixième|tyè|ka))))?(?![\p{L}])`,
	'giu',
);

const multiples: Readonly<Record<string, number>> = {
	double: 2,
	doubled: 2,
	doubling: 2,
	triple: 3,
	tripled: 3,
	tripling: 3,
	quadruple: 4,
	quadrupled: 4,
	halve: 0.5,
	halved: 0.5,
	twice: 2,
	thrice: 3,
};

/** "Cut in half", "réduit de moitié": halved, in other words. */
const halvedInWords =
	/^(?:(?:cut|slashed|reduced|divided) (?:in|by) (?:half|two)|(?:réduit|diminué)(?:e|s|es)? de moitié)$/;

const downward =
	/^(?:fell|fall|fallen|falling|dropped|drop|decreased?|decreasing|declining|dropping|went down|gone down|go down|goes down|going down|came down|come down|comes down|coming down|down|declined?|baissé(?:e|s|es)?|diminué(?:e|s|es)?|bese|desann|diminye|redwi)$/;

/**
 * French past participles read as their English multiple: "triplé" is "tripled"; so are the Latin forms
 * learners carry over from Portuguese or Spanish: "triplicated", "duplicated".
 */
const asEnglishMultiple = (verb: string) =>
	verb
		.replace(/^(doubl|tripl|quadrupl)é(?:e|s|es)?$/, '$1ed')
		.replace(/^duplicated?$/, 'doubled')
		.replace(/^(tripl|quadrupl)icated?$/, '$1ed');

/** Just above and just below no change: a rise is any factor over 1, a fall any under. */
const unchanged = 1e-9;

/**
 * The factors a stated change allows, or undefined when the text states none.
 *
 * @example
 * changeRange('more than doubled'); // { low: 2, high: 3 }
 * changeRange('rose');              // { low: 1.000000001, high: Infinity }
 */
export function changeRange(text: string): ChangeRange | undefined {
	const match = new RegExp(changePattern.source, 'iu').exec(text);
	// The qualifier before the verb ("more than doubled") or after it ("went up more than 100%").
	const { qualifier: first, then, before, verb: word, after, half, fraction } = match?.groups ?? {};
	const said = first ?? then ?? '';
	// "Went up by half": fifty percent.
	// "Rose by a third", "by a quarter": that share of what it was.
	const percent = half ? '50' : fraction ? String(fractionPercent(fraction)) : match?.groups?.percent;
	if (!word) return undefined;
	const qualifier = said
		.trim()
		.toLowerCase()
		.replace(/^(?:plus (?:que|du)|plis (?:pase|ke))$/, 'more than')
		.replace(/^(?:presque|prèske|preske)$/, 'nearly')
		.replace(/^(?:under|not even|moins de|moins que|mwens pase)$/, 'less than');
	const verb = halvedInWords.test(word.toLowerCase()) ? 'halved' : asEnglishMultiple(word.toLowerCase());
	const share = percent ? Number(percent.replace(',', '.')) / 100 : undefined;
	// "Up 50%": a factor of 1.5, give or take a little for "like" or "about"; "more than 100%" is as "more than doubled".
	const boundedRise = qualifier !== '' && qualifier !== 'less than' && !downward.test(verb);
	if (share !== undefined && !boundedRise) {
		const factor = downward.test(verb) ? 1 - share : 1 + share;
		return { low: factor * 0.95, high: factor * 1.05 };
	}
	// ("Rose by less than double": the multiple named after the verb is the factor.)
	const named = match?.groups?.multiple?.toLowerCase();
	const multiple =
		(share !== undefined ? 1 + share : undefined) ??
		(named ? multiples[named] : undefined) ??
		factorOf(before ?? after) ??
		multiples[verb];
	if (multiple === undefined) {
		return downward.test(verb)
			? { low: 0, high: 1 - unchanged }
			: { low: 1 + unchanged, high: Number.POSITIVE_INFINITY };
	}
	if (multiple < 1)
		return qualifier === 'more than' || qualifier === 'over'
			? { low: 0, high: multiple }
			: { low: multiple, high: multiple };
	// "More than doubled" stops short of tripling, or the report would say so.
	if (qualifier === 'more than' || qualifier === 'over' || qualifier === 'at least')
		return { low: multiple, high: multiple + 1 };
	if (qualifier === 'nearly' || qualifier === 'almost') return { low: multiple * 0.8, high: multiple };
	// "Rose by less than half": some rise, short of the factor.
	if (qualifier === 'less than') return { low: 1 + unchanged, high: multiple };
	return { low: multiple, high: multiple };
}

const isPoint = (range: ChangeRange) => range.low === range.high;

/** Does `outer` allow every factor `inner` does? A point is a range of one factor. */
export function contains(outer: ChangeRange, inner: ChangeRange): boolean {
	if (isPoint(outer)) return isPoint(inner) && inner.low === outer.low;
	if (isPoint(inner)) return inner.low >= outer.low && inner.low < outer.high;
	return inner.low >= outer.low && inner.high <= outer.high;
}

/** Do the two allow no factor in common? */
function disjoint(a: ChangeRange, b: ChangeRange): boolean {
	if (isPoint(a) && isPoint(b)) return a.low !== b.low;
	if (isPoint(a)) return a.low < b.low || a.low >= b.high;
	if (isPoint(b)) return b.low < a.low || b.low >= a.high;
	return a.high <= b.low || b.high <= a.low;
}

/**
 * A stated change against the report's: the same or a looser statement of it matches ("rose",
 * "doubled" for "more than doubled"); one it rules out differs ("tripled", "fell"); one that
 * only overlaps it cannot be told either way.
 *
 * @example
 * compareChanges(changeRange('rose')!, changeRange('more than doubled')!);    // 'matches'
 * compareChanges(changeRange('tripled')!, changeRange('more than doubled')!); // 'differs'
 */
export function compareChanges(claimed: ChangeRange, reported: ChangeRange): 'matches' | 'differs' | 'not_in_report' {
	if (contains(claimed, reported) || contains(reported, claimed)) return 'matches';
	return disjoint(claimed, reported) ? 'differs' : 'not_in_report';
}

/** "five-fold", "10x", "three times": the factor, or undefined for none. */
function factorOf(words: string | undefined): number | undefined {
	if (!words) return undefined;
	// ("de fwa" is Kreyòl's "twice"; "tree time" is "three times" said by ear.)
	const factor = words
		.replace(/(?:[- ]?fold|\s?x|\s(?:times?|fois|fwa))\s*$/i, '')
		.replace(/^de$/i, 'two')
		.replace(/^tree$/i, 'three');
	const [value] = valuesIn(factor);
	return value?.kind === 'number' && value.value > 0 ? value.value : undefined;
}

/** A fraction in words as a percentage: "a third" → 33.3, "un quart" → 25. */
function fractionPercent(fraction: string): number {
	const part = fraction.split(' ').at(-1) ?? '';
	return Math.round((100 / (fractionParts[part] ?? 100)) * 10) / 10;
}

/** The parts a fraction's word divides by: "third" 3, "quart" 4. */
const fractionParts: Readonly<Record<string, number>> = {
	third: 3,
	tiers: 3,
	tyè: 3,
	quarter: 4,
	fourth: 4,
	quart: 4,
	ka: 4,
	fifth: 5,
	cinquième: 5,
	tenth: 10,
	dixième: 10,
};
