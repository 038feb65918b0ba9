/**
 * The order of two events a message states ("the port attack came after the prison siege", "the
 * gangs went for the prison first"), held against a fact that tells which came first. Each side
 * of the order word must name one of the two events, or be left unsaid where the other names one;
 * an order whose events the words do not settle confirms nothing.
 */
import type { Fact } from '../../data/schema.js';
import type { FactBase } from '../fact-base.js';
import { fold, stopwords, vagueWords } from '../language/lexicon.js';
import type { SearchIndex } from '../search-index.js';
import { stem } from '../text.js';
import { relevant } from './claim.js';
import { isCalendarWord } from './values.js';

/** Words that order events, in the three languages. */
export const orderStated =
	/(?<!\p{L})(?:before|b4|(?<!\b(?:go|goes|going|gone|went)\s+)after|first|then|followed|following|earlier|later|prior|avant|après|apres|d['’]abord|ensuite|anvan|apre|premye)(?!\p{L})/iu;
/**
 * "A … after B", "A follows B": the part before the word came second. Not "went after the port", whose "after" is
 * the verb's (it attacked), nor "A, and after that B", which points back to A.
 */
const laterFirst =
	/^(.*?)(?<!\p{L})(?:came after|happened after|(?<!\b(?:go|goes|going|gone|went)\s+)after(?!\s+(?:that|this)\b)|following|followed|follows|since|après|apres|apre(?!\s+sa\b))(?!\p{L})(.*)$/iu;
/** "A … before B", "A first", "A, then B", "A, and after that B": the part before the word came first. */
const earlierFirst =
	/^(.*?)(?<!\p{L})(?:before|b4|prior to|ahead of|first|then|after that|after this|followed by|avant|d['’]abord|ensuite|anvan|apre sa|premye)(?!\p{L})(.*)$/iu;
/** An order word that opens the text and heads the event that came first: "First the gangs hit the prison, …". */
export const firstOpening = /^\W*(?:at first|first|firstly|first of all|d['’]abord|premye)(?!\p{L})/iu;

export type SequenceVerdict = 'matches' | 'differs';

/**
 * Does the text say what the fact's `sequence` says came first? Undefined where it states no order
 * or where which part is which event cannot be told.
 *
 * @example
 * // against "The attack on the prison follows reports that gunmen attempted to take over the main port"
 * sequenceVerdict('the gangs went for the prison first', fact, base, index); // 'differs'
 */
export function sequenceVerdict(
	text: string,
	fact: Fact,
	base: FactBase,
	index: SearchIndex,
): SequenceVerdict | undefined {
	const sequence = fact.sequence;
	if (!sequence || !orderStated.test(text)) return undefined;
	const [earlier, later] = sequence;
	const laterMatch = laterFirst.exec(text);
	const earlierMatch = laterMatch ? undefined : earlierFirst.exec(text);
	const match = laterMatch ?? earlierMatch;
	if (!match) return undefined;
	// Which event each side of the order word names; one side may be left unsaid ("…, and the port attack came after").
	const [said, other] = [
		eventNamed(match[1] ?? '', sequence, base, index),
		eventNamed(match[2] ?? '', sequence, base, index),
	];
	// "Before the prison attack gunmen tried to take the port": an order word that opens the text heads the clause of
	// one event, and the rest of the text tells the other.
	// ("And the day before the siege they tried…": a joiner and a span of time before the word open it all the same.)
	const lead = (match[1] ?? '').replace(spanOfTime, ' ');
	const opening = !/\p{L}/u.test(lead) ? openingClause(match[2] ?? '', sequence, base, index) : undefined;
	const placedFirst = opening
		? laterMatch || firstOpening.test(text)
			? opening.clause
			: opening.main
		: laterMatch
			? (other ?? (said && unsaid(match[2] ?? '') ? partner(said, sequence) : undefined))
			: (said ?? (other && unsaid(match[1] ?? '') ? partner(other, sequence) : undefined));
	if (!placedFirst || (said && other && said === other)) return undefined;
	// "…tried to seize the international airport before the prison was attacked": the order is the report's, an
	// event in it is not: a word the data does not have leaves the order unconfirmed.
	// (Unless the report has the same words before another thing: "take over the airport" of "take over the main
	// port" puts a place it never speaks of in the port's.)
	const strange = placedFirst === earlier ? strangeWord(text, index) : undefined;
	if (strange) return saidOfAnother(text, strange, fact) ? 'differs' : undefined;
	return placedFirst === earlier ? 'matches' : placedFirst === later ? 'differs' : undefined;
}

/** Joiners and spans of time that may stand before an opening order word: "and the day", "just a week". */
const spanOfTime =
	/(?<!\p{L})(?:and|but|so|then|the|a|an|just|right|shortly|only|even|one|two|few|day|days|night|nights|week|weeks|hours?|moments?|et|mais|epi|yon|jou|le|la|un|une|jour|semaine)(?!\p{L})/giu;

/** How many words the clause an opening order word heads may have: each split tried is two rankings. */
const openingReach = 6;

/**
 * The event of the clause an opening order word heads and the event of the rest, split where the
 * words before name one event and the words after the other: at the first comma, or else at the
 * first word that leaves the two apart.
 */
function openingClause(
	text: string,
	sequence: readonly [string, string],
	base: FactBase,
	index: SearchIndex,
): { clause: string; main: string } | undefined {
	const comma = text.indexOf(',');
	const words = text.trim().split(/\s+/);
	const splits =
		comma > 0
			? [[text.slice(0, comma), text.slice(comma + 1)]]
			: words.slice(1, openingReach + 1).map((_, i) => [words.slice(0, i + 1).join(' '), words.slice(i + 1).join(' ')]);
	for (const [before = '', after = ''] of splits) {
		const clause = eventNamed(before, sequence, base, index);
		const main = clause && eventNamed(after, sequence, base, index);
		if (clause && main && clause !== main) return { clause, main };
	}
	return undefined;
}

/**
 * Does a side of the order word leave its event unsaid ("…, and the port attack came after")? Not where it tells
 * something of its own that names neither event: "Barbecue used to be in the army before he started the gang stuff".
 */
function unsaid(part: string): boolean {
	const words = fold(part.toLowerCase()).match(/\p{L}{3,}/gu) ?? [];
	return words.every((word) => stopwords.en.has(word) || vagueWords.has(word) || orderStated.test(word));
}

/** The other of the two events. */
function partner(id: string, [a, b]: readonly [string, string]): string {
	return id === a ? b : a;
}

/** Which of the two events a part of the text names: the one of them it ranks higher, if it names either. */
function eventNamed(
	part: string,
	sequence: readonly [string, string],
	base: FactBase,
	index: SearchIndex,
): string | undefined {
	if (!/\p{L}{3,}/u.test(part)) return undefined;
	const ranked = relevant(base, index, part, { minCoverage: 0, limit: 20 });
	// An event shares more with the words than a stray one of them: "elections had to be held" does not name the
	// port attack through "held".
	const enough = Math.max(eventCoverage, (ranked[0]?.coverage ?? 0) * eventShareOfBest);
	return ranked.find(({ fact, coverage }) => sequence.includes(fact.id) && coverage >= enough)?.fact.id;
}

/** How much of a part's words an event must account for to be the one it names, alone and against the best fact. */
const eventCoverage = 0.4;
const eventShareOfBest = 0.6;

/**
 * A word of the text the data does not have itself (nor misspelt): "airport" where the report says
 * "port". Read as `unheardOf` reads with related words left out; that one's module imports this one.
 */
function strangeWord(text: string, index: SearchIndex): string | undefined {
	return (text.match(/\p{L}{5,}/gu) ?? []).find((word) => {
		const folded = fold(word);
		if (vagueWords.has(folded) || stopwords.en.has(folded) || isCalendarWord(folded)) return false;
		return !index.matchTerm(stem(folded)).some((match) => !match.related);
	});
}

/**
 * Does the fact's quote have the words the claim puts before a word the report never uses ("take over the" before
 * "airport"), followed by something else ("take over the main port")? At least one of those words must say more
 * than a function word does (four letters or more).
 */
export function saidOfAnother(text: string, unheard: string, fact: Fact): boolean {
	const words: string[] = fold(text).match(/\p{L}+/gu) ?? [];
	const at = words.indexOf(fold(unheard));
	const before = words.slice(Math.max(0, at - 3), at);
	if (at < 0 || before.length < 3 || !before.some((word) => word.length >= 4)) return false;
	const quote: string[] = fold(fact.quote).match(/\p{L}+/gu) ?? [];
	return quote.some(
		(_, k) =>
			before.every((word, n) => quote[k + n] === word) &&
			quote[k + before.length] !== undefined &&
			quote[k + before.length] !== words[at],
	);
}
