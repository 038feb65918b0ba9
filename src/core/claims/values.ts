/**
 * Numbers and dates as people write them in a message, each with where it stands in the text
 * so a claim can quote the member's own words.
 */

import { englishTags } from '../language/english-words.js';
import { spanishLoans } from '../language/lexicon.js';
import { chatToVerbs } from '../language/read.js';

export interface Span {
	start: number;
	end: number;
}

export interface NumberValue extends Span {
	kind: 'number';
	value: number;
	/** A year (1900–2100) written alone: read as a date, not a count. */
	year: boolean;
	percent: boolean;
}

export interface DateValue extends Span {
	kind: 'date';
	/** YYYY, YYYY-MM or YYYY-MM-DD when the words give a year; undefined for "Saturday night", "Feb 7", "last October". */
	date?: string;
	/** Month (1–12), day of month and weekday (0 = Sunday) the words name, when they name them. */
	month?: number;
	day?: number;
	weekday?: number;
	/** The words themselves, folded: "last october", "saturday night". */
	words: string;
	/** "since 2021", "from 2021": a start, not a moment. */
	since: boolean;
	/** "early 2024", "mid-2021", "late 2022": the months of the year said, first to last. */
	months?: readonly [number, number];
}

export type Value = NumberValue | DateValue;

const monthNames: Record<string, number> = {
	january: 1,
	jan: 1,
	janvier: 1,
	janvye: 1,
	janv: 1,
	february: 2,
	feb: 2,
	fevrier: 2,
	fevriye: 2,
	fev: 2,
	fevr: 2,
	march: 3,
	mar: 3,
	mars: 3,
	mas: 3,
	april: 4,
	apr: 4,
	avril: 4,
	avr: 4,
	may: 5,
	mai: 5,
	june: 6,
	jun: 6,
	juin: 6,
	jen: 6,
	july: 7,
	jul: 7,
	juillet: 7,
	jiye: 7,
	juil: 7,
	august: 8,
	aug: 8,
	aout: 8,
	september: 9,
	sep: 9,
	sept: 9,
	septembre: 9,
	septanm: 9,
	october: 10,
	oct: 10,
	octobre: 10,
	oktob: 10,
	november: 11,
	nov: 11,
	novembre: 11,
	novanm: 11,
	december: 12,
	dec: 12,
	decembre: 12,
	desanm: 12,
	// Spanish, as a Spanish speaker writes it into English or French
	enero: 1,
	febrero: 2,
	marzo: 3,
	abril: 4,
	mayo: 5,
	junio: 6,
	julio: 7,
	agosto: 8,
	septiembre: 9,
	setiembre: 9,
	octubre: 10,
	noviembre: 11,
	diciembre: 12,
};
const weekdays: Record<string, number> = {
	sunday: 0,
	dimanche: 0,
	monday: 1,
	lundi: 1,
	tuesday: 2,
	mardi: 2,
	wednesday: 3,
	mercredi: 3,
	thursday: 4,
	jeudi: 4,
	friday: 5,
	vendredi: 5,
	saturday: 6,
	samedi: 6,
	// Creole
	dimanch: 0,
	lendi: 1,
	madi: 2,
	mekredi: 3,
	jedi: 4,
	vandredi: 5,
	samdi: 6,
	// Spanish
	domingo: 0,
	lunes: 1,
	martes: 2,
	miercoles: 3,
	jueves: 4,
	viernes: 5,
	sabado: 6,
};
const units: Record<string, number> = {
	// French counts in twenties from eighty on: "quatre-vingt-sept" is 80 + 7, "quatre-vingt-dix" 80 + 10. First, so
	// that "quatre" alone does not take its place; read as Creole writes it, one word.
	'quatre-vingts': 80,
	'quatre-vingt': 80,
	katreven: 80,
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	deux: 2,
	trois: 3,
	quatre: 4,
	cinq: 5,
	sept: 7,
	huit: 8,
	neuf: 9,
	dix: 10,
	onze: 11,
	douze: 12,
	vingt: 20,
	trente: 30,
	quarante: 40,
	cinquante: 50,
	soixante: 60,
	// Creole ("de", "en", "sèt" and "dis" are left out: French or English words too often once folded).
	twa: 3,
	kat: 4,
	senk: 5,
	sis: 6,
	uit: 8,
	nef: 9,
	ven: 20,
};
const scales: Record<string, number> = {
	hundred: 100,
	cent: 100,
	cents: 100,
	thousand: 1_000,
	mille: 1_000,
	san: 100,
	mil: 1_000,
	k: 1_000,
	million: 1_000_000,
	millions: 1_000_000,
	billion: 1_000_000_000,
};

/** Month and day names in English, French and Creole, as a test for ordinary capitalised words. */
export function isCalendarWord(word: string): boolean {
	const folded = fold(word);
	return folded in monthNames || folded in weekdays;
}

/** A day of the week's name in English, French, Creole or Spanish: "Thursday", "jedi". */
export function isWeekdayName(word: string): boolean {
	return fold(word) in weekdays;
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const monthPattern = Object.keys(monthNames).join('|');
const weekdayPattern = Object.keys(weekdays).join('|');
/** Creole units that are other words alone ("sèt", "de", "dis"): numbers only before a scale ("sèt san", "de mil"). */
const unitsBeforeScale: Record<string, number> = { set: 7, de: 2, dis: 10 };
/**
 * The same, and French-spelt "vent" for Creole "ven", as a number after another number word: "twa mil sis san
 * katreven sèt", "de mil vent twa".
 */
const unitsAfterNumber: Record<string, number> = { ...unitsBeforeScale, vent: 20 };
const numberWordPattern = `(?:(?:${Object.keys(unitsBeforeScale).join('|')}) (?:san|mil)|${[...Object.keys(units), ...Object.keys(scales).filter((s) => s !== 'k')].join('|')})`;

/** Dates as people write them, each with what it reads of one; compiled once, as `matchAll` copies them. */
const datePatterns: [RegExp, (m: RegExpExecArray) => Omit<DateValue, 'kind' | 'start' | 'end' | 'words' | 'since'>][] =
	[
		// July 7, 2021 · Feb 7 2024
		[
			new RegExp(`\\b(${monthPattern})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'g'),
			(m) => ({
				month: monthNames[m[1] ?? ''],
				day: Number(m[2]),
				date: iso(m[3], monthNames[m[1] ?? ''], Number(m[2])),
			}),
		],
		// 7 July 2021 · 2 mars 2024 · the 7th of July 2021 · 7 of July of 2021
		[
			new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of |de )?(${monthPattern})\\.?,? (?:of |de |del )?(\\d{4})\\b`, 'g'),
			(m) => ({
				month: monthNames[m[2] ?? ''],
				day: Number(m[1]),
				date: iso(m[3], monthNames[m[2] ?? ''], Number(m[1])),
			}),
		],
		// Dec '22: a year of two digits after an apostrophe, this century's
		[
			new RegExp(`\\b(${monthPattern})\\.? ['’](\\d{2})\\b`, 'g'),
			(m) => ({ month: monthNames[m[1] ?? ''], date: iso(`20${m[2]}`, monthNames[m[1] ?? '']) }),
		],
		// 7/2/2024, 7/2: day first, as Haiti, France and most of the world write it (month first only where the
		// first cannot be a month: 7/13/2021)
		[
			/\b(0?[1-9]|[12]\d|3[01])\/(0?[1-9]|1[0-2])(?:\/(\d{4}))?\b(?!\/)/g,
			(m) => ({ month: Number(m[2]), day: Number(m[1]), date: iso(m[3], Number(m[2]), Number(m[1])) }),
		],
		[
			/\b(0?[1-9]|1[0-2])\/(1[3-9]|2\d|3[01])\/(\d{4})\b/g,
			(m) => ({ month: Number(m[1]), day: Number(m[2]), date: iso(m[3], Number(m[1]), Number(m[2])) }),
		],
		// February 2023
		[
			new RegExp(`\\b(${monthPattern})\\.? (?:of |de )?(\\d{4})\\b`, 'g'),
			(m) => ({ month: monthNames[m[1] ?? ''], date: iso(m[2], monthNames[m[1] ?? '']) }),
		],
		// Feb 7 · February 17th
		[
			new RegExp(`\\b(${monthPattern})\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\d)`, 'g'),
			(m) => ({ month: monthNames[m[1] ?? ''], day: Number(m[2]) }),
		],
		// 7 February · 7th of Feb
		[
			new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of |de )?(${monthPattern})\\b`, 'g'),
			(m) => ({ month: monthNames[m[2] ?? ''], day: Number(m[1]) }),
		],
		// last October · this week · Saturday night
		[
			new RegExp(`\\b(?:last|this|next) (${monthPattern}|week|month|year)\\b`, 'g'),
			(m) => ({ month: monthNames[m[1] ?? ''] }),
		],
		// octobre dernier · oktòb pase: French and Creole put "last" after the month
		[
			new RegExp(`\\b(${monthPattern}) (?:dernier|derniere|passe|pase)\\b`, 'g'),
			(m) => ({ month: monthNames[m[1] ?? ''] }),
		],
		// an me pase · nan mwa me: Creole's May, a word too short to be read as a month anywhere else
		[/(?<=\b(?:an|mwa)\s)me\b(?:\s(?:pase|denye))?(?![\p{L}\p{N}])/gu, () => ({ month: 5 })],
		// in March · en avril · since October: a month alone, after the word that dates by it
		[
			new RegExp(`(?<=\\b(?:in|en|an|since|by|from|depuis|until|till)\\s)(${monthPattern})\\b(?!\\.?\\s\\d)`, 'g'),
			(m) => ({ month: monthNames[m[1] ?? ''] }),
		],
		// Sat night · on Fri: a weekday shortened, only with a part of the day after it or "on" before it ("sat" and "sun"
		// are words of their own)
		[
			/\b(?:(?<=\bon )(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?|(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?(?= (?:night|morning|evening|afternoon|nite)\b)(?: (?:night|morning|evening|afternoon|nite))?)/g,
			(m) => ({ weekday: shortWeekdays[m[1] ?? m[2] ?? ''] }),
		],
		// the day before Friday · the day after Saturday · chat's "the day b4 friday"
		[
			new RegExp(`\\bthe day (before|b4|after) (${weekdayPattern})\\b`, 'g'),
			(m) => ({ weekday: ((weekdays[m[2] ?? ''] ?? 0) + (m[1] === 'after' ? 1 : 6)) % 7 }),
		],
		[
			new RegExp(
				`\\b(${weekdayPattern})(?: (?:night|morning|evening|afternoon|soir|matin|swa|maten|aswe|lannwit|nwit|(?:en|por) la (?:noche|manana|tarde)))?\\b`,
				'g',
			),
			(m) => ({ weekday: weekdays[m[1] ?? ''] }),
		],
	];

/** The months a part of the year covers, generously: early (January–May), mid (April–September), late. */
const yearParts: Readonly<Record<string, readonly [number, number]>> = { early: [1, 5], mid: [4, 9], late: [8, 12] };

/** Numbers in words: seven hundred · five thousand · cinq mille · two. */
const numberWords = new RegExp(
	`\\b${numberWordPattern}(?:[ -](?:and )?(?:${numberWordPattern}|${Object.keys(unitsAfterNumber).join('|')}))*\\b`,
	'g',
);

/**
 * Whether `valuesIn` could find a number in the text at all: numbers are read only from digits
 * and number words, so text with neither is known to have none without reading every date pattern.
 */
export function mayHaveNumber(text: string): boolean {
	const folded = fold(text);
	// `search` leaves the shared pattern's lastIndex as it was, which `matchAll` copies.
	return /\d/.test(folded) || folded.search(numberWords) !== -1 || folded.search(roundCount) !== -1;
}

/** Before one of these verbs a lone "2" or "4" is chat's "to" or "for", not a count. */
const chatTo = new RegExp(String.raw`^ (?:${chatToVerbs})\b`);

/** A Discord mention of a user, role or channel, or a custom emoji: "<@!123…>", "<@&123…>", "<#123…>", "<:name:123…>". */
const discordToken = /<(?:[@#][!&]?\d+|a?:\w+:\d+)>/g;

/** The least number said in words that is written in figures for a question: hundreds and more. */
const leastInFigures = 100;

/**
 * The text with years and numbers of hundreds or more said in words written in figures, as a question is read: "en
 * deux mille dix-sept" is "en 2017", "le décompte de février deux mille vingt-trois" is "…février 2023".
 *
 * @example
 * numbersInFigures("l'avertissement de deux mille dix-sept"); // "l'avertissement de 2017"
 */
export function numbersInFigures(text: string): string {
	let written = text;
	for (const value of valuesIn(text).reverse()) {
		const said = text.slice(value.start, value.end);
		if (/\d/.test(said) || !/[\s-]/.test(said.trim())) continue;
		if (value.kind === 'date' && value.date) {
			// (The month said before the year stays as typed: only the year's words are its figures.)
			const year = value.date.slice(0, 4);
			const from = value.end - value.words.length;
			if (fold(text.slice(from, value.end)) === value.words)
				written = `${written.slice(0, from)}${year}${written.slice(value.end)}`;
		} else if (value.kind === 'number' && value.value >= leastInFigures && Number.isInteger(value.value))
			written = `${written.slice(0, value.start)}${value.value}${written.slice(value.end)}`;
	}
	return written;
}

/**
 * Every number and date in a text, left to right, none overlapping: dates first ("July 7,
 * 2021" is one date, not two numbers), then numbers in digits ("3,687", "3 687", "3.687",
 * "3,7k", "80%") and in words ("seven hundred", "cinq mille").
 *
 * @example
 * valuesIn('Kenya is leading 10 000 troops'); // [{ kind: 'number', value: 10000, … }]
 */
export function valuesIn(text: string): Value[] {
	// Read with each run of spaces as one ("back in  March", or "in **March**" with its marks blanked), and placed
	// back where it stands in the text.
	// (A Discord mention or custom emoji, "<@112233445566778899>", holds an id, no number anyone said: blanked.)
	const { squeezed: folded, at } = squeezeSpaces(fold(text).replace(discordToken, (token) => ' '.repeat(token.length)));
	const found: Value[] = [];
	const taken = (start: number, end: number) => found.some((v) => start < v.end && end > v.start);
	const add = (read: Value) => {
		const value = { ...read, start: at(read.start), end: at(read.end - 1) + 1 };
		if (!taken(value.start, value.end)) found.push(value);
	};

	for (const [pattern, read] of datePatterns) {
		for (const m of folded.matchAll(pattern)) {
			const start = m.index ?? 0;
			add({ kind: 'date', start, end: start + m[0].length, words: m[0], since: false, ...read(m as RegExpExecArray) });
		}
	}
	// Years alone, with what says they are a start: "since 2021", "in 2017".
	// "early 2024", "mid-2021": a part of the year is said with it, and is part of the claim.
	for (const m of folded.matchAll(
		/\b(since |from |depuis |depi )?((?:early |late |mid-?|mid )?)((?:19|20)\d\d)\b(?![,.\s]?\d)/g,
	)) {
		const start = (m.index ?? 0) + (m[1]?.length ?? 0);
		const length = (m[2]?.length ?? 0) + (m[3]?.length ?? 4);
		const part = m[2]?.trim().replace(/-$/, '');
		const months = part ? yearParts[part] : undefined;
		add({
			kind: 'date',
			start,
			end: start + length,
			words: m[3] ?? '',
			date: m[3],
			since: Boolean(m[1]),
			...(months ? { months } : {}),
		});
	}
	// A year of two digits after an apostrophe, this century's: "since '21", "in ’23".
	for (const m of folded.matchAll(/(?<![\p{L}\d])(since |from |depuis |depi )?['’](\d{2})\b(?![,.\s]?\d)/gu)) {
		const start = (m.index ?? 0) + (m[1]?.length ?? 0);
		const date = `20${m[2]}`;
		add({ kind: 'date', start, end: start + (m[2]?.length ?? 2) + 1, words: date, date, since: Boolean(m[1]) });
	}
	// Numbers in digits: 3,687 · 3 687 · 3.687 (French) · 3,7k · 80% · 60 per cent · 11 million
	for (const m of folded.matchAll(
		/\b\d{1,3}(?:[,.\s\u00a0\u202f'’]\d{3})+\b|\b\d+(?:[.,]\d+)?(?:\s?k\b|\s(?:million|thousand|mille|millions)\b)?(?:[\s\u00a0\u202f]?%|\s?(?:per ?cent|pour ?cent|pousan)\b)?/g,
	)) {
		const start = m.index ?? 0;
		// "used 2 be a cop", "sposed 2 hand over": chat's "2" for "to", before a verb.
		if (/^[24]$/.test(m[0]) && chatTo.test(folded.slice(start + 1))) continue;
		// "G-9", "COVID-19": a number hyphened to a word is part of a name.
		if (/\p{L}-$/u.test(folded.slice(0, start))) continue;
		const value = parseDigits(m[0]);
		if (Number.isFinite(value))
			add({
				kind: 'number',
				start,
				end: start + m[0].length,
				value,
				year: false,
				percent: /(?:%|cent|pousan)$/.test(m[0]),
			});
	}
	// Numbers in words: seven hundred · five thousand · cinq mille · two
	for (const m of folded.matchAll(numberWords)) {
		const start = m.index ?? 0;
		const value = parseWords(m[0]);
		// "the one that reported", "no one", "one of several": a pronoun, not a count.
		if (
			m[0] === 'one' &&
			(/\b(?:the|this|that|no|any|every|each|which|some|other|same|only|main|big|new|old|\w+est)\s+$/.test(
				folded.slice(0, start),
			) ||
				// ("just one among others", "one amongst many": one of a number, not the count of it.)
				/^\s+(?:of|among|amongst)\b/.test(folded.slice(start + 3)) ||
				// ("if one divides…", "one can see", "one by one": the pronoun before its verb, and the idiom.)
				/^\s+(?:can|could|may|might|must|should|would|will|shall|needs?|has|had|does|did|is|was|\w{3,}(?<!s)s|by\s+one)\b/.test(
					folded.slice(start + 3),
				) ||
				describedOne(folded.slice(0, start)))
		)
			continue;
		// "an de mil vent twa", "en deux mille vingt-trois", "fevriye de mil vent twa": a year said in words, after "in"
		// or a month, is a date.
		const year = value !== undefined && Number.isInteger(value) && value >= 1900 && value < 2100;
		const month = /\b([a-z]+)\s+$/.exec(folded.slice(0, start))?.[1] ?? '';
		if (year && (yearPrepositions.has(month) || month in monthNames)) {
			const monthOf = monthNames[month];
			// (With its month, "fevriye de mil vent twa" is February 2023, where the month alone was read before.)
			const at = monthOf ? start - month.length - 1 : start;
			const alone = found.findIndex((v) => v.kind === 'date' && !v.date && v.start >= at && v.end <= start);
			if (alone >= 0) found.splice(alone, 1);
			const date = monthOf ? iso(String(value), monthOf) : String(value);
			add({
				kind: 'date',
				start: at,
				end: start + m[0].length,
				words: fold(m[0]),
				date,
				since: /^(?:since|depuis|depi)$/.test(month),
				...(monthOf ? { month: monthOf } : {}),
			});
			continue;
		}
		if (value !== undefined)
			add({ kind: 'number', start, end: start + m[0].length, value, year: false, percent: false });
	}
	// "une cinquantaine de policiers", "a dozen guards": a round count, about that many.
	for (const m of folded.matchAll(roundCount)) {
		const start = m.index ?? 0;
		const value = roundCounts[m[1] ?? ''];
		if (value !== undefined)
			add({ kind: 'number', start, end: start + m[0].length, value, year: false, percent: false });
	}
	// "tres sindicatos": a Spanish count, only before a Spanish noun ("très grande" is French for "very").
	for (const m of folded.matchAll(spanishCount)) {
		const start = m.index ?? 0;
		const count = spanishCounts[m[1] ?? ''];
		if (count !== undefined && spanishLoans.has(m[2] ?? ''))
			add({ kind: 'number', start, end: start + (m[1]?.length ?? 0), value: count, year: false, percent: false });
	}
	return found.sort((a, b) => a.start - b.start);
}

/**
 * "a small one", "some minor one": "one" after a word that describes it (and an article before that) stands for a
 * noun said before it, not a count. ("at least one", "only one" count.)
 */
function describedOne(before: string): boolean {
	const [, article, word = ''] = /\b(a|an|the|some|this|that)\s+([a-z]+)\s+$/.exec(before) ?? [];
	return article !== undefined && !countingWords.has(word) && englishTags(word)[0]?.startsWith('JJ') === true;
}

/** Words before "one" that count it. */
const countingWords = new Set(['only', 'single', 'sole', 'least', 'just', 'exactly', 'mere']);

/** The text with each run of spaces as one, and where each of its characters stands in the text. */
function squeezeSpaces(text: string): { squeezed: string; at: (position: number) => number } {
	if (!text.includes('  ')) return { squeezed: text, at: (position) => position };
	const positions: number[] = [];
	let squeezed = '';
	for (let i = 0; i < text.length; i++) {
		if (text[i] === ' ' && text[i - 1] === ' ') continue;
		positions.push(i);
		squeezed += text[i];
	}
	return { squeezed, at: (position) => positions[position] ?? text.length };
}

/** Words before a year said in words: "in", "en", Creole "an", "since", "depuis", "depi". */
const yearPrepositions = new Set(['in', 'en', 'an', 'since', 'depuis', 'depi']);

/** Weekdays as chat shortens them. */
const shortWeekdays: Readonly<Record<string, number>> = {
	sun: 0,
	mon: 1,
	tue: 2,
	tues: 2,
	wed: 3,
	thu: 4,
	thur: 4,
	thurs: 4,
	fri: 5,
	sat: 6,
};

/** Nouns for about so many, after "a" or "une": "une cinquantaine", "a dozen", "yon santèn" (folded). */
const roundCounts: Readonly<Record<string, number>> = {
	dizaine: 10,
	douzaine: 12,
	quinzaine: 15,
	vingtaine: 20,
	trentaine: 30,
	quarantaine: 40,
	cinquantaine: 50,
	soixantaine: 60,
	centaine: 100,
	millier: 1_000,
	dozen: 12,
	douzen: 12,
	santen: 100,
	milye: 1_000,
};
const roundCount = new RegExp(`\\b(?:an?|une?|yon)\\s+(${Object.keys(roundCounts).join('|')})\\b`, 'g');

/** Spanish counts, which other languages read otherwise ("dos", "tres"). */
const spanishCounts: Readonly<Record<string, number>> = {
	dos: 2,
	tres: 3,
	cuatro: 4,
	cinco: 5,
	seis: 6,
	siete: 7,
	ocho: 8,
	nueve: 9,
	diez: 10,
};
const spanishCount = new RegExp(`\\b(${Object.keys(spanishCounts).join('|')}) (\\p{L}+)`, 'gu');

function iso(year: string | undefined, month: number | undefined, day?: number): string | undefined {
	if (!year || !month) return undefined;
	const mm = String(month).padStart(2, '0');
	return day ? `${year}-${mm}-${String(day).padStart(2, '0')}` : `${year}-${mm}`;
}

function parseDigits(text: string): number {
	let body = text.replace(/\s?(?:%|per ?cent|pour ?cent|pousan)$/, '').trim();
	let scale = 1;
	const scaled = /\s?(k|million|millions|thousand|mille)$/.exec(body);
	if (scaled) {
		scale = scales[scaled[1] ?? ''] ?? 1;
		body = body.slice(0, scaled.index).trim();
	}
	// Groups of three after a separator are thousands (3,687 · 3.687 · 3 687); otherwise a decimal mark (3,7k).
	const grouped = /^\d{1,3}(?:[,.\s\u00a0\u202f'’]\d{3})+$/.test(body) && scale === 1;
	const number = grouped ? Number(body.replace(/[,.\s\u00a0\u202f'’]/g, '')) : Number(body.replace(',', '.'));
	return number * scale;
}

function parseWords(text: string): number | undefined {
	let total = 0;
	let current = 0;
	const words = text.replace(/quatre[ -]vingts?/g, 'katreven').split(/[ -]+/);
	for (const [at, word] of words.entries()) {
		if (word === 'and') continue;
		const unit =
			units[word] ??
			(scales[words[at + 1] ?? ''] ? unitsBeforeScale[word] : undefined) ??
			(at > 0 ? unitsAfterNumber[word] : undefined);
		const scale = scales[word];
		if (unit !== undefined) current += unit;
		else if (scale === 100) current = (current || 1) * 100;
		else if (scale !== undefined) {
			total += (current || 1) * scale;
			current = 0;
		} else return undefined;
	}
	return total + current;
}
