/**
 * "Does the report give an exact number of inmates who escaped?", "does it state a date for the
 * deployment?": whether the report gives a value of some kind for something, which is the
 * question that asks for that value, answered yes or no.
 */
import { fold } from '../language/lexicon.js';
import { chatBefore } from '../language/read.js';
import { yesNoWords } from '../language/yes-no.js';

/** What a yes/no question about the report's values asks, as the question that would ask for the value. */
export interface GivenAsked {
	/** The question that asks for the value: "how many inmates who escaped". */
	asked: string;
	/** The kind of value, as the question names it: "number", "date". */
	noun: string;
	/** Asked of what someone said ("did RNDDH say how many…"): who, as the question names them. */
	speaker?: string;
}

/** "Did RNDDH say how many inmates there were?", "did the unions say how many officers they need?" (folded). */
const saidWhich =
	/^\W*(?:does|did|do|has|have)\s+((?:[\p{L}'’.-]+\s+){1,4}?)(?:(?:actually|even|ever|really)\s+)?(?:say|said|tell|give|mention|specify|state|report|reveal)\s+(how many|how much|when|why|where)\s+(.{3,})$/u;

/** The kinds of value each question word asks for. */
const nounOf: Record<string, string> = {
	'how many': 'number',
	'how much': 'number',
	when: 'date',
	why: 'reason',
	where: 'place',
};

/** What opens a question of whether the report gives something: "does the report give an exact…". */
const givesOpening = String.raw`^\W*(?:does|did|do|is|has|have)\s+(?:the\s+(?:report|article|piece|story|text|source|press|media|news|journalists|reporters|papers|outlets)|it|they|anyone|anybody)\s+(?:(?:actually|even|ever|really)\s+)?(?:give|gives|provide|state|say|offer|include|mention|contain|specify|put|report|cite|name|furnish|supply|yield)\s+(?:(?:us|me|readers)\s+(?:with\s+)?)?(?:(?:an?|any|the|one)\s+)?(?:(?:exact|precise|specific|firm|actual|official|hard|concrete|clear|definite|single)\s+)?`;

/** "Does the report give an exact number of inmates who escaped?": the kind of value asked for, and of what. */
const reportGives = new RegExp(
	String.raw`${givesOpening}(number|figure|count|tally|total|date|day|year|time|reason|name|names|source)\s+(?:of|for|on|about|as to)?\s*(.{3,})$`,
);

/** The same question with what is counted before the count: "does the report give an escape count?". */
const countBefore = new RegExp(String.raw`${givesOpening}([a-z]{3,}?)s?\s+(number|figure|count|tally|total)$`);

/**
 * "Do we have any hard number on how many were freed?", "is there an official count of…": whether
 * anyone knows a number, which is whether the report gives one. (Only a number: "is there a date for
 * the force" names no deed to date, and is asked as it stands.)
 */
const numberKnown =
	/^\W*(?:(?:do|does|did)\s+(?:we|you|anyone|anybody|they)\s+(?:(?:actually|even|really)\s+)?(?:have|know)|(?:is|are)\s+there)\s+(?:(?:an?|any|the|one)\s+)?(?:(?:exact|precise|specific|firm|actual|official|hard|concrete|clear|definite|single|reliable|confirmed)\s+)?(number|figure|count|tally|total)\s+(?:of|for|on|about|as to)?\s*(.{3,})$/;

/** The words that ask for yes or no, opening the question: "Yes/no: does the report give…". */
const yesNoFirst = new RegExp(String.raw`^\W*(?:${yesNoWords})\s*[:,-]?\s*`, 'iu');

/** The question word that asks for each kind of value. */
const askedBy: Record<string, string> = {
	number: 'how many',
	figure: 'how many',
	count: 'how many',
	tally: 'how many',
	total: 'how many',
	date: 'when',
	day: 'when',
	year: 'when',
	time: 'when',
	reason: 'why',
	name: 'what is the name of',
	names: 'what are the names of',
	source: 'who reported',
};

/**
 * The question a "does the report give…" question stands for, or undefined where it is no such
 * question.
 *
 * @example
 * reportGivesAsked('Yes or no: does the report give an exact number of inmates who escaped?');
 * // { asked: 'how many inmates who escaped', noun: 'number' }
 */
export function reportGivesAsked(text: string): GivenAsked | undefined {
	// ("hey hey, does the report give…": greetings before it.)
	const whole = fold(text);
	const folded = whole
		.slice(chatBefore(whole))
		.replace(yesNoFirst, '')
		.replace(/[?!.\s]+$/, '');
	// ("…give an escape count?": what is counted, said before the count, is what it is a count of.)
	const before = countBefore.exec(folded);
	const found = reportGives.exec(folded) ?? numberKnown.exec(folded);
	const noun = found?.[1] ?? before?.[2];
	const what = found?.[2] ?? (before?.[1] ? `${before[1]}s` : undefined);
	// ("Do we have a hard number on how many were freed?": the question word is already the one it asks with.)
	const asking = askedBy[noun ?? ''] ?? '';
	if (noun && what) return { asked: what.startsWith(`${asking} `) ? what : `${asking} ${what}`, noun };
	const said = saidWhich.exec(folded);
	const saidAsking = said?.[2];
	if (!said?.[1] || !saidAsking || !said[3]) return undefined;
	return { asked: `${saidAsking} ${said[3]}`, noun: nounOf[saidAsking] ?? 'answer', speaker: said[1].trim() };
}
