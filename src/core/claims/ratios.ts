/**
 * Ratios as people state them: "more than five times its capacity", "double its capacity",
 * "twice the capacity". They are held against a figure the report gives as a share of the same
 * thing ("527% of nominal capacity"), read as a factor (5.27).
 */
import type { Fact } from '../../data/schema.js';
import { fold, translations } from '../language/lexicon.js';
import type { Ranked } from '../understand/rank.js';
import { type ChangeRange, compareChanges } from './changes.js';
import { type Claim, claim } from './claim.js';
import { type Span, valuesIn } from './values.js';

export interface Ratio extends Span {
	/** The factors the words allow. */
	range: ChangeRange;
	/** What it is a multiple of: "capacity". */
	of: string;
}

/** Words for a multiple: "double", "twice". */
const multiples: Readonly<Record<string, number>> = {
	double: 2,
	twice: 2,
	triple: 3,
	thrice: 3,
	quadruple: 4,
};

/**
 * "(more than) N times its X", "5x capacity", "double the X": a multiple of something, never
 * "triple in 2023".
 */
const ratioPattern =
	/(?<![\p{L}])(more than |over |nearly |almost |about |around |roughly |at least |like |plus de |pr[eè]s de |presque |plis pase |prèske )?(?:(\d+(?:[.,]\d+)?|[\p{L}-]+) (?:times (?:over |above |beyond )?(?:its |the |their |his |her )?(?=(?:nominal |official |normal )?cap\p{L}*\b)|times (?:its |the |their |his |her )|(?:fois|fwa) (?:sa |la |leur |son )?)|(\d+(?:[.,]\d+)?) ?x (?:its |the |their |his |her )?|(double|twice|triple|thrice|quadruple) (?:its |the |their |his |her ))(?:nominal |official |normal |nominale )?(\p{L}+)/giu;

/**
 * "Over five times as many people as it was designed for", "five times more than its capacity": a
 * multiple of what something was built to hold, said the long way.
 */
const asManyPattern =
	/(?<![\p{L}])(more than |over |nearly |almost |about |around |roughly |at least |like )?(\d+(?:[.,]\d+)?|[\p{L}-]+) times (?:as many|as much|more)(?: \p{L}+)? (?:as|than) (?:(?:it|the prison|the jail) (?:was|is|had been) (?:designed|built|meant|intended) (?:for|to hold)|(?:its|the) (?:nominal |official )?capacity|(?:it has |it had |there (?:are|were) )?(?:places|spaces|beds))/giu;

/**
 * "Roughly twice what it was built for", "five times what the prison was designed to hold", "five times the number it
 * was built for": a multiple of a capacity.
 */
const whatBuiltForPattern =
	/(?<![\p{L}])(more than |over |nearly |almost |about |around |roughly |at least |like )?(?:(\d+(?:[.,]\d+)?|[\p{L}-]+) times|(double|twice|triple|thrice|quadruple)) (?:what|the (?:number|amount|count|people|inmates|prisoners)(?: (?:of|that) \p{L}+)?) (?:it|the (?:prison|jail|pen|facility|p[eé]nitencier)(?: national)?) (?:was|is|were|had been) (?:designed|built|meant|intended|supposed) (?:for|to hold|to house)/giu;

/** Units of time, which a change is measured over (folded). */
const timeUnits = /^(?:year|years|month|months|week|weeks|day|days|period|annee|an|mois|ane|mwa)$/i;

/** The ratios a text states, with the factors each allows. */
export function ratiosIn(text: string): Ratio[] {
	const found: Ratio[] = [];
	// The long ways of saying a multiple of a capacity first: "five times the number it was built for" is not a
	// multiple of "number".
	for (const pattern of [asManyPattern, whatBuiltForPattern]) {
		for (const m of text.matchAll(pattern)) {
			const start = m.index ?? 0;
			if (found.some((ratio) => start < ratio.end && ratio.start < start + m[0].length)) continue;
			const factor = factorOf(m[3] ?? m[2] ?? '');
			if (factor !== undefined)
				found.push({ start, end: start + m[0].length, range: rangeOf(factor, m[1]), of: 'capacity' });
		}
	}
	for (const m of text.matchAll(ratioPattern)) {
		const start = m.index ?? 0;
		const factor = factorOf(m[4] ?? m[2] ?? m[3] ?? '');
		// "More than double the year before": a multiple of an earlier time is a change, not a ratio.
		if (factor === undefined || !m[5] || timeUnits.test(m[5])) continue;
		if (found.some((ratio) => start < ratio.end && ratio.start < start + m[0].length)) continue;
		found.push({ start, end: start + m[0].length, range: rangeOf(factor, m[1]), of: inEnglish(m[5]) });
	}
	return found.sort((a, b) => a.start - b.start);
}

/** The factor words give: "double" 2, "five" 5, "3.5" 3.5. */
export function factorOf(words: string): number | undefined {
	const multiple = multiples[words.toLowerCase()];
	if (multiple !== undefined) return multiple;
	const number = valuesIn(words).find((value) => value.kind === 'number');
	return number?.kind === 'number' ? number.value : undefined;
}

/** "more than five times" allows 5 up to 6; "nearly five" 4 up to 5; "five times" about 5 (give or take a tenth). */
function rangeOf(factor: number, qualifier: string | undefined): ChangeRange {
	const q = (qualifier ?? '').trim().toLowerCase();
	if (['more than', 'over', 'at least', 'plus de', 'plis pase'].includes(q)) return { low: factor, high: factor + 1 };
	if (['nearly', 'almost', 'presque', 'près de', 'pres de', 'prèske'].includes(q))
		return { low: factor * 0.8, high: factor };
	return { low: factor * 0.9, high: factor * 1.1 };
}

/**
 * A stated ratio against the figure the clause speaks of that gives a share of the same thing:
 * "more than five times its capacity" matches 527% of nominal capacity; "double" differs.
 */
export function ratioClaim(ratio: Ratio, text: string, ranked: Ranked[]): Claim | undefined {
	const share = ranked.find(({ fact }) => isShareOf(fact, ratio.of))?.fact;
	if (share?.kind !== 'figure' || share.value === null) return undefined;
	const factor = share.value / 100;
	const verdict = compareChanges(ratio.range, { low: factor, high: factor });
	return claim(text, verdict, [share], `The report says: ${share.answer}`);
}

/** A figure given in percent of the thing a ratio is a multiple of ("% of nominal capacity"). */
function isShareOf(fact: Fact, of: string): boolean {
	return fact.kind === 'figure' && fact.unit.startsWith('%') && fact.unit.toLowerCase().includes(of);
}

/** What a multiple is of, in English: "capacité", "kapasite" → "capacity". */
function inEnglish(word: string): string {
	const folded = fold(word);
	const [english] = [translations.fr, translations.ht].flatMap((table) => table.match([folded], 0)?.value ?? []);
	return english ?? folded;
}
