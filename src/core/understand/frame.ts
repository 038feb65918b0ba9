import parts from '../language/lexicon/parts.json' with { type: 'json' };
import { type FrameName, fold, frameWords, type Language, PhraseTable } from '../language/lexicon.js';
import { inEnglish, type ReadText } from '../language/read.js';

/**
 * What a question asks for, whatever it is about:
 * - `who`: a person or group (a leader, a speaker, a source, an agent);
 * - `whoSaid`: the speaker or outlet of a statement or figure;
 * - `count`: a figure, whose measure must be what is counted;
 * - `when`, `where`, `why`: a date, a place, a stated reason;
 * - `first`: which of two events came first; `howLong`: the time between two events;
 * - `ratio`, `difference`: a figure against another (occupancy, how many more);
 * - `list`: every fact of a kind; `timeline`: events in order;
 * - `yesNo`: a claim to hold against the facts;
 * - `what`: anything else.
 */
export type FrameKind = FrameName | 'what';

export interface Frame {
	kind: FrameKind;
	/** The question's English words without the words that named the frame. */
	rest: string[];
	/** For `count`: the words right after "how many", what is counted. */
	counted: string[];
	/** For `first` and `howLong`: the question split at "or", "and" or "between … and …". */
	parts: string[][];
	/** For `when`: the day itself is asked for ("on what exact day…"), not only the period. */
	exactDay?: true;
	/** For `count`: how large a part of something is asked ("how much of Haiti…"), not a number. */
	extent?: true;
}

/** Most specific first: "how many years between" is `howLong`, not `count`. */
const order: FrameName[] = [
	'timeline',
	'whoSaid',
	'first',
	'howLong',
	'ratio',
	'difference',
	'list',
	'count',
	'why',
	'when',
	'where',
	'who',
];

const tables = Object.fromEntries(
	order.map((name) => [
		name,
		Object.fromEntries(
			(['en', 'fr', 'ht'] as Language[]).map((language) => [
				language,
				new PhraseTable(frameWords[name][language].map((phrase): [string, true] => [phrase, true])),
			]),
		),
	]),
) as Record<FrameName, Record<Language, PhraseTable<true>>>;

const yesNoStarts = new PhraseTable(
	(['en', 'fr', 'ht'] as Language[]).flatMap((language) =>
		frameWords.yesNo[language].map((phrase): [string, true] => [phrase, true]),
	),
);

/** Words that end what "how many" counts: "how many inmates were in…" counts inmates. */
const countedEnds = new Set([
	'were',
	'was',
	'are',
	'is',
	'did',
	'do',
	'does',
	'have',
	'has',
	'had',
	'in',
	'at',
	'of',
	'from',
	'got',
	'get',
	'ki',
	'te',
	'y',
	'there',
	'will',
	'would',
	'could',
	'can',
	'escaped',
	'did',
]);

/**
 * Reads the frame of a question: the first frame (in `order`) whose words it contains, in its
 * own language or in English (text-speak and translations spelled out).
 *
 * @example
 * readFrame(readText('konbyen prizonye ki te nan prizon an?')).kind; // 'count'
 */
export function readFrame(read: ReadText): Frame {
	// "Did the guards leave when the gangs came?" asks yes or no; its "when" is a clause's.
	const yesNo = yesNoStarts.match(read.original, 0) !== undefined;
	for (const kind of order) {
		const found =
			find(tables[kind].en, read.words) ??
			(read.language === 'en' ? undefined : find(tables[kind][read.language], read.original));
		if (!found || (yesNo && found.at > 0)) continue;
		if (opensClause(kind, found, read.words)) continue;
		// "How many inmates for every place" counts per unit; its "every" asks for no list.
		if (kind === 'list' && perUnit.test(read.words.join(' '))) continue;
		const asked =
			found.in === read.words ? without(read.words, found) : inEnglish(without(read.original, found), read.language);
		// "Which night…": the part of the day asked for is also a word the fact's date may have ("Saturday night").
		const period =
			kind === 'when' ? found.in.slice(found.at, found.at + found.length).find((w) => periods.has(w)) : undefined;
		const rest = period ? [...asked, inEnglish([period], read.language)].flat() : asked;
		const frame: Frame = {
			kind: kind === 'count' && perUnit.test(read.words.join(' ')) ? 'ratio' : kind,
			rest,
			counted: kind === 'count' ? countedOf(found, read) : [],
			parts: kind === 'first' || kind === 'howLong' ? splitParts(rest) : [],
		};
		if (kind === 'when' && exactDay.test(fold(read.cleaned))) frame.exactDay = true;
		// "How much of Haiti do the gangs control?" asks how large a part, which words can tell.
		if (kind === 'count' && extent.test(fold(read.cleaned))) frame.extent = true;
		return frame;
	}
	return { kind: yesNo ? 'yesNo' : 'what', rest: read.words, counted: [], parts: [] };
}

/** Frames whose word also opens a subordinate clause: "when the gangs came", "where he lives", "why he stayed". */
const clauseFrames = new Set<FrameName>(['when', 'where', 'why']);
const questionOpeners = new Set(parts.openers.en);

/**
 * "What did the guards do when things kicked off?": after another question word has opened the
 * question, "when", "where" or "why" opens a clause that only qualifies it.
 */
function opensClause(kind: FrameName, found: Found, words: readonly string[]): boolean {
	if (!clauseFrames.has(kind) || found.at === 0 || found.in !== words) return false;
	const [first = ''] = words;
	return questionOpeners.has(first) && first !== words[found.at];
}

/** "How many inmates per place", "for every place": a count per unit is a ratio ("per the rights group" is not). */
const perUnit = /\b(?:per|for every|for each|pour chaque|pou chak)\s+(?!the\b|a\b|an\b|le\b|la\b|les\b|l\b)\w/;

/** Words that ask how large a part, in the three languages (folded). */
const extent =
	/\bhow much of\b|\bwhat (?:part|portion|share|proportion) of\b|\bquelle (?:partie|part|proportion) d|\bki pati\b/;

/** Words that ask for the day itself, in the three languages (folded): "on what exact day", "date exacte", "dat egzak". */
const exactDay = /\b(?:exact|exactly|precise|precisely|specific|exacte|precisement|egzak|egzakteman)\b/;

/** Parts of the day or week a "when" question may name: "which night", "quel soir", "ki swa". */
const periods = new Set([
	'night',
	'evening',
	'morning',
	'afternoon',
	'weekend',
	'nuit',
	'soir',
	'matin',
	'swa',
	'nwit',
	'maten',
]);

interface Found {
	in: readonly string[];
	at: number;
	length: number;
}

function find(table: PhraseTable<true>, words: readonly string[]): Found | undefined {
	for (let at = 0; at < words.length; at++) {
		const match = table.match(words, at);
		if (match) return { in: words, at, length: match.length };
	}
	return undefined;
}

function without(words: readonly string[], found: Found): string[] {
	return [...words.slice(0, found.at), ...words.slice(found.at + found.length)];
}

/** "how big", "what size", "quelle taille" ask for a size; "how old" an age; "how many X" counts X. */
function countedOf(found: Found, read: ReadText): string[] {
	const phrase = found.in.slice(found.at, found.at + found.length).join(' ');
	if (/\b(big|large|size|taille|gwo)\b/.test(phrase)) return ['size'];
	if (/\b(old|age|laj)\b/.test(phrase)) return ['age'];
	return inEnglish(countedAfter(found.in, found.at + found.length), read.language);
}

/** Words for people, as counted nouns read in English: nothing after one is part of what is counted. */
const peopleWords = new Set(['people', 'persons', 'person', 'individuals', 'moun', 'gens', 'personnes']);

function countedAfter(words: readonly string[], from: number): string[] {
	const counted: string[] = [];
	for (const word of words.slice(from)) {
		if (countedEnds.has(word) || counted.length >= 3) break;
		if (word !== 'de' && word !== 'd' && word !== 'of') counted.push(word);
		// "konbyen moun Penitansye Nasyonal la…": a word for people is the whole of what is counted.
		if (peopleWords.has(word)) break;
	}
	return counted;
}

/** "A or B", "A and B", "between A and B", "separate A from B", "from A to B", "A before B", "after A was B": two events to compare. */
function splitParts(words: readonly string[]): string[][] {
	const text = words.join(' ');
	const separators = [
		/\bbetween (.+?) and (.+)/,
		/\bseparat\w* (.+?) (?:from|and) (.+)/,
		/\bfrom (.+?) (?:to|until|till) (.+)/,
		/(.+?)\b(?:or|ou|oswa|vs|versus)\b(.+)/,
		/\bafter (.+?) (?:was|were|did|is) (.+)/,
		/\bbefore (.+?) (?:was|were|did|is) (.+)/,
		/(.+?)\b(?:and|et|ak|epi)\b(.+)/,
		/(.+?)\b(?:after|before|apres|avant|apre|anvan)\b(.+)/,
		/(.+?)\b(?:when|lorsque)\b(.+)/,
		/(.+?)\b(?:was|were)\b(.+)/,
		// "how many years after A did B…": the frame took the "after", the auxiliary is left between the two.
		/(.+?)\b(?:did|had)\b(.+)/,
	];
	for (const separator of separators) {
		const match = separator.exec(text);
		if (match?.[1]?.trim() && match[2]?.trim()) return [match[1].trim().split(' '), match[2].trim().split(' ')];
	}
	return [];
}
