import * as en from 'chrono-node/en';
import * as fr from 'chrono-node/fr';
import type { When } from '../data/schema.js';

/** The languages the drafter reads. */
export type DraftLanguage = 'en' | 'fr';

/** A number as printed, with its value: "3,687" and "3 687" are 3687; "hundreds" has none. */
export interface FoundNumber {
	text: string;
	value: number | null;
	/** The word after it, a guess at the unit: "3,687 inmates" → "inmates". */
	unit?: string;
}

/**
 * Numerals as English and French print them: "3,687" and "3.5"; "3 687" (with a space, a
 * no-break space or a narrow one) and "3,5". Years are numbers too: they are dates as well.
 */
const numerals: Record<DraftLanguage, RegExp> = {
	en: /\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+(?:\.\d+)?\b/g,
	fr: /\b\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?\b|\b\d+(?:,\d+)?\b/g,
};

/** Spelled-out amounts, which give an estimate rather than a value. */
const spelled =
	/\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds|thousands|millions|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|dizaines|centaines|milliers|millions)\b/gi;

const unitWord = /^\s+(?:(?:of|de|d’|d')\s*)?([\p{L}’'-]+)/u;

export function findNumbers(sentence: string, language: DraftLanguage): FoundNumber[] {
	const found: FoundNumber[] = [];
	for (const match of sentence.matchAll(numerals[language])) {
		const text = match[0];
		const plain = language === 'fr' ? text.replace(/[ \u00a0\u202f]/g, '').replace(',', '.') : text.replace(/,/g, '');
		const unit = unitWord.exec(sentence.slice((match.index ?? 0) + text.length))?.[1];
		found.push({ text, value: Number(plain), ...(unit ? { unit } : {}) });
	}
	for (const match of sentence.matchAll(spelled)) {
		const unit = unitWord.exec(sentence.slice((match.index ?? 0) + match[0].length))?.[1];
		found.push({ text: match[0], value: null, ...(unit ? { unit } : {}) });
	}
	return found;
}

/** True for a number that is a year, which a date already accounts for. */
export function isYear(number: FoundNumber): boolean {
	return number.value !== null && Number.isInteger(number.value) && number.value >= 1800 && number.value <= 2100;
}

/** Words that date something relative to the report, which no date parser reads as a date. */
const relativeWords: Record<DraftLanguage, RegExp> = {
	en: /\b(?:this|last|next) (?:week|month|year)\b|\bin recent (?:days|weeks|months)\b|\brecently\b|\bso far\b/gi,
	fr: /\bcette (?:semaine|année)\b|\bce mois-ci\b|\b(?:ces|les) derni(?:ers|ères) (?:jours|semaines|mois)\b|\bla semaine dernière\b|\brécemment\b/gi,
};

const yearPattern = /\b(?:in|since|from|en|depuis|de) ((?:1[89]|20)\d{2})\b|\b((?:1[89]|20)\d{2})\b/gi;

/**
 * The times a sentence gives, in its own words: calendar dates (with the date when the words
 * carry a year), weekdays and month days (words only: the publication date resolves them),
 * years, and relative spans ("this week", "cette semaine").
 */
export function findDates(sentence: string, language: DraftLanguage, published?: string): When[] {
	const found: When[] = [];
	const instant = published ? new Date(`${published}T12:00:00Z`) : new Date();
	const parser = language === 'fr' ? fr : en;
	for (const result of parser.parse(sentence, { instant, timezone: 0 })) {
		const { start } = result;
		// A duration ("de 72 heures") is not a date; a day, a weekday or a month is.
		if (!start.isCertain('day') && !start.isCertain('weekday') && !start.isCertain('month')) continue;
		const words = result.text.trim();
		const pad = (n: number | null) => String(n ?? 1).padStart(2, '0');
		const year = /\b(?:1[89]|20)\d{2}\b/.test(words) ? start.get('year') : null;
		let date: string | undefined;
		if (year !== null && start.isCertain('day')) date = `${year}-${pad(start.get('month'))}-${pad(start.get('day'))}`;
		else if (year !== null && start.isCertain('month')) date = `${year}-${pad(start.get('month'))}`;
		found.push(date ? { words, date } : { words });
	}
	for (const match of sentence.matchAll(yearPattern)) {
		const year = match[1] ?? match[2] ?? '';
		if (found.some((when) => when.words.includes(year))) continue;
		found.push({ words: match[0], date: year });
	}
	for (const match of sentence.matchAll(relativeWords[language])) {
		if (!found.some((when) => when.words.includes(match[0]))) found.push({ words: match[0] });
	}
	return found;
}

/** Who a sentence says something comes from: "according to", "said", "told", "selon", "a déclaré". */
export const attributionPattern =
	/\baccording to\b|\b(?:said|says|told|reported|announced|warned|stated)\b|\bselon\b|\bd[’']après\b|\b(?:a|ont) (?:déclaré|affirmé|indiqué|annoncé|dénoncé|rapporté|précisé)(?!\p{L})/iu;

export function findAttribution(sentence: string): string | undefined {
	return attributionPattern.exec(sentence)?.[0];
}

/** Words that start a sentence or a date, never a name on their own. */
const notNames = new Set(
	'The A An In On At As After Before But And Or Of For From To This That These Those It Its He She They We I His Her Their Among Two Le La Les Un Une Des Du De Au Aux Selon Dans Pour Par Il Elle Ils Elles Ce Cette Ces Mr Mrs Ms President Prime Minister January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(
		' ',
	),
);

/**
 * Capitalised runs of words, as names are printed ("Jimmy Sergier", "Croix-des-Bouquets"), with
 * the function words they may contain ("Pénitencier National", "Direction de l’administration").
 */
export function findNames(sentence: string): string[] {
	const names: string[] = [];
	const pattern = /\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:de|des|du|la|le|of|the|d’|l’)\s+)?\p{Lu}[\p{L}’'.-]*)*/gu;
	for (const match of sentence.matchAll(pattern)) {
		const words = match[0].split(/\s+/).filter((word) => !notNames.has(word.replace(/[.’']+$/, '')));
		const name = words
			.join(' ')
			.replace(/^(?:de|des|du|la|le|of|the)\s+/i, '')
			.replace(/[.,’']+$/, '');
		if (name.length >= 3 && /\p{Lu}/u.test(name) && sentence.includes(name)) names.push(name);
	}
	return [...new Set(names)];
}
