/**
 * Dates in a message: the words that go with one ("took power in 2022"), and the dated fact it is
 * held against, the one those words point at first.
 */
import type { Fact } from '../../data/schema.js';
import { onlyAnAdverb } from '../language/english-words.js';
import { fold, stopwords, wordInEnglish } from '../language/lexicon.js';
import { stem, terms as termsOf } from '../text.js';
import { sinceWords, unclearWhen } from '../understand/fits.js';
import type { Ranked } from '../understand/rank.js';
import { formatDate, whenOf } from '../when.js';
import { type Claim, claim } from './claim.js';
import { type DateValue, type Span, valuesIn } from './values.js';

/** Particles of phrasal verbs: "hand over", "step down", "took up". */
const particles = /^(?:over|down|up|off|out|away|back)$/;

/**
 * A date's words with the preposition and the words before it that it dates: "assassinated in
 * 2021", "took power in 2022", "since 2019". Up to two content words, not across a function word
 * or punctuation.
 */
export function widen(text: string, value: Span, claimed: Span[]): Span {
	const before =
		/(?:(?<![\p{L}'’])(?:in|on|since|from|back in|as of|by|en|an|le|depuis|depi|a|à|au)\s+(?:the\s+)?)?$/iu.exec(
			text.slice(0, value.start),
		);
	let start = value.start - (before?.[0].length ?? 0);
	for (let taken = 0; taken < 3; taken++) {
		// A whole word: "énitencier" is not a word of "Pénitencier".
		const word = /(?<![\p{L}'’])(\p{Ll}[\p{Ll}-]*)\s+$/u.exec(text.slice(0, start));
		// Without a preposition only a past verb joins the date ("escaped Saturday", not "pen Saturday").
		const joins = before?.[0] || (taken === 0 && /ed$/.test(word?.[1] ?? ''));
		// A verb's particle is part of it ("hand over power"), when a verb comes before it.
		const particle = taken > 0 && particles.test(word?.[1] ?? '') && /\p{Ll}+\s+\S+\s+$/u.test(text.slice(0, start));
		// A title is a claim of its own, judged with the name it is given to ("Haiti's president since 2021").
		// ("…at the prison already in 2017": an adverb before the date says how early, not what it dates.)
		if (
			!word?.[1] ||
			(stopwords.en.has(word[1]) && !particle) ||
			!joins ||
			titleWord.test(word[1]) ||
			(!particle && onlyAnAdverb(word[1]))
		)
			break;
		start = word.index;
	}
	// Not over words that are a claim of their own ("tripled in 2023": "tripled" is one).
	const overlap = claimed.find((span) => span.end > start && span.start < value.start);
	return { start: overlap ? Math.max(overlap.end + 1, start) : start, end: value.end };
}

/** The last word of a title, in the report's languages: "president", "(prime) minister", "PM". */
const titleWord = /^(?:president|pr[ée]sident|prezidan|premier|minister|ministre|minis|pm)$/iu;

/** The words around a value, a few either side: what the value itself is about ("the [December 2022] deal"). */
export function nextTo(text: string, value: Span): string {
	const before = text.slice(0, value.start).split(/\s+/).filter(Boolean).slice(-2).join(' ');
	const after = text.slice(value.end).split(/\s+/).filter(Boolean).slice(0, 2).join(' ');
	return `${before} ${after}`;
}

/**
 * The content words a date's claim gives before its preposition: "took power" of "took power in
 * 2022". They say which event the date is for, past the preposition a two-word window would stop at.
 */
export function datingWords(claimed: string): string {
	// French and Creole too: "remettre le pouvoir le 7 février", "kite pouvwa a 7 fevriye".
	const found = /^(.*?)\s*(?<![\p{L}'’])(?:in|on|since|from|back in|as of|by|en|an|le|depuis|depi|a|à|au)\s+\S/iu.exec(
		claimed,
	);
	return found?.[1] ?? '';
}

/**
 * A date is held against the dated facts the clause speaks of (each saying what is done, not
 * only naming who), the one the words next to the date point at first: in "supposed to step
 * down February 17 under the December 2022 deal", February 17 is the handover's date and
 * December 2022 the deal's.
 */
export function dateClaim(
	value: DateValue,
	text: string,
	facts: Ranked[],
	near: Ranked[],
	dating: Ranked[],
	clause = text,
	// The dated facts told in the same sentence as a fact: "…was supposed to hand over power on February 7 …, but stayed
	// on, arguing that security must be restored" dates his staying on.
	datedSentenceOf: (fact: Fact) => Fact[] = () => [],
): Claim {
	const judged = datedAgainstFacts(value, text, facts, near, dating, clause, datedSentenceOf);
	// "L'entente de décembre 2022 prévoyait que Henry cède le pouvoir le 7 février": a date that names a thing ("the
	// December 2022 deal") is that thing's, where the report's sentence names it with the same date.
	const [held] = judged.facts;
	if (judged.verdict === 'differs' && held) {
		const named = [held, ...datedSentenceOf(held)].find((fact) => namesWithDate(value, clause, fact.quote));
		if (named) return claim(text, 'matches', [named]);
		// "…after the date of February 7 that had been agreed": a date called a date (or a deadline) is the one the
		// fact's sentence sets, where it gives that date.
		const set = calledADate(clause, value)
			? datedSentenceOf(held).find((fact) => fact !== held && sameDate(value, fact, clause))
			: undefined;
		if (set) return claim(text, 'matches', [set]);
	}
	// "Next elections are set for February 2026": a date held against a fact that shares no word with the clause but
	// its date's is no date the report gives for it.
	if (judged.verdict === 'differs' && held && !speaksOf(clause, value, held))
		return claim(text, 'not_in_report', [held], 'The report gives no date for this.');
	// "The elections will be held in November 2025": what the clause speaks of most is a fact without a date (the
	// elections Henry wants held); a dated count that shares a word of it ("held 3,687 inmates") is not its date.
	const [closest] = facts;
	const heldCoverage = facts.find(({ fact }) => fact === held)?.coverage ?? 0;
	if (
		judged.verdict === 'differs' &&
		held?.kind === 'figure' &&
		closest &&
		closest.fact !== held &&
		closest.fact.kind !== 'figure' &&
		whenOf(closest.fact) === undefined &&
		closest.coverage > heldCoverage &&
		heldCoverage <= sharesLittle
	)
		return claim(text, 'not_in_report', [closest.fact], 'The report gives no date for this.');
	// "The handover was set for Feb 7": a planned date held against the making of the plan (the deal, struck in
	// December 2022) is the date the same sentence gives the plan.
	// (Not a start, "au pouvoir depuis 2018", which no plan dates.)
	if (judged.verdict !== 'differs' || !held || value.since || !speaksOfPlan(clause)) return judged;
	const plan = datedSentenceOf(held).find(
		(fact) => fact !== held && unrealised.test(fact.answer) && whenOf(fact) !== undefined,
	);
	// (Only a plan the clause speaks of: "next elections are set for February 2026" is no word on the handover.)
	if (!plan || !speaksOf(clause, value, plan)) return judged;
	const asRanked = { fact: plan, score: 1, coverage: 1, predicate: true, matched: 0, related: 0 };
	return dateAgainst(value, text, [asRanked], clause);
}

/** A dated fact that shares no more than this of a clause only shares a word with it. */
const sharesLittle = 0.5;

/** "The date of February 7", "the February 7 deadline": the date named as a date set. */
function calledADate(clause: string, value: DateValue): boolean {
	const before = clause.slice(0, value.start);
	const after = clause.slice(value.end);
	return (
		/\b(?:date|deadline|dates|deadlines)\s+(?:of\s+|set\s+for\s+)?$/iu.test(before) ||
		/^\s+(?:date|deadline)\b/iu.test(after)
	);
}

/** Does the clause, besides its date and the words of planning, share a word of the fact's own? */
function speaksOf(clause: string, value: DateValue, fact: Fact): boolean {
	const own = new Set(termsOf(`${fact.answer} ${fact.quote} ${fact.keywords.join(' ')}`));
	const said = `${clause.slice(0, value.start)} ${clause.slice(value.end)}`.replace(planned, ' ');
	return termsOf(said).some((term) => own.has(term));
}

/**
 * Does the quote name, with the same date, the thing the clause names with it: "the December 2022 deal" against
 * "Under the December 2022 deal…", "l'entente de décembre 2022" too?
 */
function namesWithDate(value: DateValue, clause: string, quote: string): boolean {
	const nouns = nounsOfDate(clause, value);
	if (nouns.length === 0) return false;
	return valuesIn(quote).some(
		(said) =>
			said.kind === 'date' &&
			said.date !== undefined &&
			said.date === value.date &&
			nounsOfDate(quote, said).some((noun) => nouns.includes(noun)),
	);
}

/**
 * The nouns a date may name, as search terms in English: "deal" of "the December 2022 deal", "l'entente de décembre
 * 2022", "a deal struck in December 2022", "the deal from December 2022", Creole "ako desanm 2022 la".
 */
function nounsOfDate(text: string, date: Span): string[] {
	const after = /^\s*([\p{L}-]+)/u.exec(text.slice(date.end))?.[1];
	// ("…a deal struck in December 2022": a participle of making between them.)
	const before =
		/([\p{L}-]+)\s+(?:(?:of|from|de|du|d['’])\s*|(?:struck|signed|made|reached|agreed|concluded|dated|conclu|sign[ée]e?)\s+(?:in|on|en|le)\s*)?(?:the\s+)?$/iu.exec(
			text.slice(0, date.start),
		)?.[1];
	return [before, after].flatMap((found) => {
		const word = fold((found ?? '').toLowerCase());
		if (!word || stopwords.en.has(word) || stopwords.fr.has(word) || stopwords.ht.has(word)) return [];
		return [stem(wordInEnglish(word) ?? word)];
	});
}

function datedAgainstFacts(
	value: DateValue,
	text: string,
	facts: Ranked[],
	near: Ranked[],
	dating: Ranked[],
	clause: string,
	datedSentenceOf: (fact: Fact) => Fact[],
): Claim {
	// "In power since 2022" gives when something began: only a date the report gives as a start can confirm it.
	// (Among the facts the words next to the date point at too: "…the deal was struck in 2022 and he'd been in power
	// from 2021" speaks mostly of the deal.)
	// (The words that say so may be just before the span: "came to power in 2022", spanned "power in 2022".)
	// (Not past another date: "came to power in 2023 after the December 2022 deal" starts nothing in December.)
	const reach = Math.max(
		0,
		value.start - startReach,
		...valuesIn(clause)
			.filter((other) => other.kind === 'date' && other.end <= value.start)
			.map((other) => other.end),
	);
	const starts = startClaimed.test(`${clause.slice(reach, value.start)} ${text}`)
		? [...facts, ...near.filter((r) => !facts.some((f) => f.fact === r.fact))].filter(
				({ fact, predicate }) => predicate && sinceWords.test(whenOf(fact)?.words ?? ''),
			)
		: [];
	if (starts.length > 0) return dateAgainst(value, text, ties(starts), clause);
	// "The force lands in April": where the fact the clause is about says it remains unclear when, no date is the report's.
	// ("The Kenyan force is landing in March": the one it speaks of most may be the force's leader, which is undated; the
	// fact that has the deed dated, "landing", says it remains unclear when.)
	const [closest] = facts;
	const deed = termsOf(clause.slice(0, value.start));
	const closestTerms = ownTerms(closest?.fact);
	const unclear = facts.find(
		({ fact, predicate }, i) =>
			predicate &&
			unclearWhen.test(fact.quote) &&
			(i === 0 ||
				(!(closest && whenOf(closest.fact)) &&
					deed.some((term) => !closestTerms.has(term) && ownTerms(fact).has(term)))),
	);
	if (unclear)
		return claim(
			text,
			'not_in_report',
			[unclear.fact],
			`The report says it remains unclear when: ${unclear.fact.answer}`,
		);
	// The words that date it ("took power [in] 2022") point at dated facts: only those can confirm it,
	// not another dated fact the clause also speaks of ("after the deal").
	// Among the facts the clause as a whole speaks of: "armed force [in] March" is not the armed groups' siege.
	// Only those the words point at first: "escaped on Saturday night" points at the escape, which the report does not
	// date, far more than at the warning "this week".
	// (Among those it speaks of nearly as much as the first: "the port was attacked on Saturday" speaks of the port
	// attack, and of the Saturday siege of the prison only through "attacked".)
	const spokenOf = facts.filter((f) => f.coverage >= (facts[0]?.coverage ?? 0) * spokenShare);
	const pointedByDating = dating.filter(({ fact, predicate }) => predicate && spokenOf.some((f) => f.fact === fact));
	const datedBy = ties(pointedByDating).filter(({ fact }) => whenOf(fact));
	// "Under sanctions since 2020" against a fact dated "in recent days" that mentions the sanctions in passing: its
	// date is of something else told in it.
	const datesDeed = datedBy.filter(({ fact }) => datesWords(fact, datingWords(text)));
	if (datedBy.length > 0 && datesDeed.length === 0)
		return claim(text, 'not_in_report', [], 'The report gives no date for this.');
	if (datesDeed.length > 0) return dateAgainst(value, text, datesDeed, clause);
	const dated = facts.filter(({ fact, predicate }) => whenOf(fact) && predicate);
	// Among what the clause speaks of, where it speaks of any: "Barbecue this week told residents…" points at his
	// warning, not at what else is told of him.
	const spoken = near.filter(({ fact, predicate }) => predicate && facts.some((f) => f.fact === fact));
	const pointedAt = ties(spoken.length > 0 ? spoken : near.filter(({ predicate }) => predicate));
	// "The US sanctioned Barbecue back in 2020": words that date something ("sanctioned") and point at no fact, beside
	// others that point at none either, date what the report does not; a dated fact the clause otherwise speaks of
	// (the gunfire "in recent days" after his warning) dates something else.
	if (dating.length === 0 && pointedAt.length === 0 && contentWords(datingWords(text)).length > 0)
		return claim(text, 'not_in_report', [], 'The report gives no date for this.');
	// The words next to the date name something the report does not date ("became prime minister in 2024").
	const [undated] = pointedAt;
	if (undated && !pointedAt.some(({ fact }) => whenOf(fact))) {
		return claim(text, 'not_in_report', [undated.fact], 'The report gives no date for this.');
	}
	const pointed = pointedAt.filter(({ fact }) => dated.some((d) => d.fact === fact));
	// "…held 3,687 inmates when it was besieged in Feb 2023": the words next to the date point at another dated fact
	// than the count the clause otherwise speaks of; the count's date confirms nothing of the siege.
	const elsewhere =
		pointed.length === 0 &&
		ties(dated)[0]?.fact.kind === 'figure' &&
		pointedAt.some(({ fact }) => whenOf(fact) && !dated.some((d) => d.fact === fact));
	if (elsewhere) return claim(text, 'not_in_report', [], 'The report gives no date for this.');
	// Among those, the clause's own ranking decides which is meant first.
	const order = (r: Ranked) => dated.findIndex((d) => d.fact === r.fact);
	const loose = pointed.length > 0 ? [] : unpointed(facts, dated, datedSentenceOf);
	if (pointed.length === 0 && dated.length > 0 && loose.length === 0)
		return claim(text, 'not_in_report', [], 'The report gives no date for this.');
	const pool = (pointed.length > 0 ? pointed : loose).sort((a, b) => order(a) - order(b));
	const datingPool = pool.filter(({ fact }) => datesWords(fact, datingWords(text)));
	if (datingPool.length === 0)
		return claim(text, 'not_in_report', facts[0] ? [facts[0].fact] : [], 'The report gives no date for this.');
	// "The port attack was saturday": the words next to the date ("attack was") point at the siege as well; the
	// clause as a whole tells the port attack far better, and its date is the one held.
	const [told] = facts;
	const coverageOf = (r: Ranked) => facts.find((f) => f.fact === r.fact)?.coverage ?? 0;
	if (
		told?.predicate &&
		whenOf(told.fact) &&
		!datingPool.some((r) => r.fact === told.fact) &&
		told.coverage >= Math.max(...datingPool.map(coverageOf)) + clearlyMore
	)
		return dateAgainst(value, text, [told], clause);
	return dateAgainst(value, text, datingPool, clause);
}

/**
 * The dated facts a date is held against where nothing next to it points: those the clause as a
 * whole is mostly about ("homicides doubled in 2023 according to RNDDH" is not Moïse's
 * assassination, a homicide, misdated). Where the clause speaks most of a fact the report does not
 * date, only the dates told in that fact's sentence ("the Kenyan force is landing in March" is of
 * Kenya's offer to lead, not of the alliance's vow "this week").
 */
function unpointed(facts: Ranked[], dated: Ranked[], datedSentenceOf: (fact: Fact) => Fact[]): Ranked[] {
	const [closest] = facts.filter(({ predicate }) => predicate);
	const undatedFirst =
		closest && !whenOf(closest.fact) && dated.every(({ coverage }) => coverage < closest.coverage - 0.05);
	if (!undatedFirst) return ties(dated).filter(({ coverage }) => coverage >= wholeClause);
	const mates = datedSentenceOf(closest.fact);
	return dated.filter(({ fact, coverage }) => mates.includes(fact) && coverage >= wholeClause);
}

/** The words of a text that say something: longer than three letters, no function words. */
function contentWords(text: string): string[] {
	return text
		.toLowerCase()
		.split(/[^\p{L}\d]+/u)
		.filter((word) => word.length > 3 && !stopwords.en.has(word));
}

/** How much more of a clause the fact it tells must account for than those the date's neighbours point at. */
const clearlyMore = 0.25;

/** How much of a clause a dated fact must account for to be what a date nothing else points at is held against. */
const wholeClause = 0.5;

/** How far from a fact's own date words the words a claim dates may stand in its quote and still be what it dates. */
const datedReach = 16;

/**
 * Does the fact's date date what the claim's words say was done: is one of those words (by its
 * first five letters) within reach of the fact's own date words in its quote? A fact whose quote has
 * none of them dates it as a whole (the words are the asker's for it).
 */
function datesWords(fact: Fact, dating: string): boolean {
	const when = whenOf(fact)?.words;
	const quote = fact.quote.toLowerCase().split(/[^\p{L}\d]+/u);
	const said = contentWords(dating).map((word) => word.slice(0, 5));
	const at = quote.flatMap((word, i) => (said.some((prefix) => word.startsWith(prefix)) ? [i] : []));
	if (!when || at.length === 0) return true;
	const first =
		when
			.toLowerCase()
			.split(/[^\p{L}\d]+/u)
			.find((word) => word && !stopwords.en.has(word)) ?? '';
	const dateAt = quote.indexOf(first);
	return dateAt < 0 || at.some((i) => Math.abs(i - dateAt) <= datedReach);
}

/** A fact's own terms: its answer, quote and keywords. */
function ownTerms(fact: Fact | undefined): ReadonlySet<string> {
	return new Set(fact ? termsOf([fact.answer, fact.quote, ...fact.keywords].join(' ')) : []);
}

/** Do a fact's words for its date name a month ("February 7", "last October"), not only a day ("the day before Friday")? */
function namesMonth(words: string): boolean {
	return valuesIn(words).some((value) => value.kind === 'date' && value.month !== undefined);
}

/** A date held against the dated facts it may be the date of, best first. */
function dateAgainst(value: DateValue, text: string, pool: Ranked[], clause: string): Claim {
	// A date more precise than the report's is not confirmed by it ("July 8, 2021" against "2021").
	// Nor is a calendar date held against words that give none ("the day before Friday"): only the report's date
	// could place those, and the report's words do not.
	const precise = pool.filter(({ fact }) => {
		const when = whenOf(fact);
		const calendar = value.date !== undefined || value.month !== undefined;
		if (calendar && when && !when.date && !namesMonth(when.words) && !sameDate(value, fact, text)) return false;
		// ("Approved on October 2" against "last October": a day the report does not give.)
		// (Only in the month the report gives: "February 17" against "December 2022" is another date, not a finer one.)
		const own = valuesIn(when?.words ?? '').find((v) => v.kind === 'date');
		const ownMonth = when?.date
			? Number(when.date.slice(5, 7)) || undefined
			: own?.kind === 'date'
				? own.month
				: undefined;
		const finer = value.day !== undefined && (ownMonth === undefined || ownMonth === value.month);
		const said = value.date?.length ?? (finer ? 10 : 0);
		const given = own?.kind === 'date' && own.day === undefined && own.weekday === undefined && own.month ? 7 : 10;
		return (when?.date?.length ?? given) >= said;
	});
	// "Did RNDDH warn before 2020?": a date given as a bound holds for any date on its side of it.
	const bound = boundOf(clause, text);
	// (Only a deed's date: a figure "as of" a date tells nothing of before or after it.)
	const dated = bound && value.date ? pool.find(({ fact }) => fact.kind !== 'figure' && whenOf(fact)?.date) : undefined;
	const own = dated && whenOf(dated.fact);
	if (bound && value.date && dated && own?.date) {
		const length = Math.min(own.date.length, value.date.length);
		const [told, given] = [own.date.slice(0, length), value.date.slice(0, length)];
		const holds = bound.kind === 'before' ? told < given : bound.kind === 'after' ? told > given : told <= given;
		const planned = unrealised.test(dated.fact.quote) && !speaksOfPlan(clause) && !notDone.test(clause);
		// (The claim is the bound with its date: "before 2020".)
		const said = `${bound.words}${text}`;
		const reportWords = midSentence(own.words).replace(/^(?:in|on|at|since|from|by)\s+/i, '');
		return holds && !planned
			? claim(said, 'matches', [dated.fact])
			: claim(said, 'differs', [dated.fact], `The report dates this to ${reportWords}: ${dated.fact.answer}`);
	}
	for (const { fact } of precise) {
		if (!sameDate(value, fact, text)) continue;
		// "Henry stepped down on February 7": the report's date is of what was planned and did not happen.
		if (unrealised.test(fact.quote) && !speaksOfPlan(clause) && !notDone.test(clause)) {
			return claim(text, 'differs', [fact], `The report says this was only planned for that date: ${fact.answer}`);
		}
		// "Henry handed over power in December 2022": the date of a deal that set a date for him to, not of his going.
		// (Not "…set the date for Henry to hand over power", which tells the plan too.)
		const departedDone = departed.test(clause.replace(/\bto\s+\p{L}+/giu, 'to_do'));
		if (
			departedDone &&
			!speaksOfPlan(clause) &&
			!notDone.test(clause) &&
			departureAimed.test(`${fact.quote} ${fact.answer}`)
		)
			return claim(
				text,
				'differs',
				[fact],
				`The report gives that date to the plan, not to its being done: ${fact.answer}`,
			);
		return claim(text, 'matches', [fact]);
	}
	const [best] = precise.length > 0 ? precise : pool;
	if (!best) return claim(text, 'not_in_report', [], 'The report gives no date for this.');
	if (precise.length === 0) {
		const when = whenOf(best.fact);
		// ("Became PM on July 20, 2022" against "in power from 2021": finer than the report, and in another year.)
		const otherYear = when?.date && value.date && when.date.slice(0, 4) !== value.date.slice(0, 4);
		if (otherYear)
			return claim(
				text,
				'differs',
				[best.fact],
				`The report dates this to ${midSentence(when.words)}: ${best.fact.answer}`,
			);
		return claim(
			text,
			'not_in_report',
			[best.fact],
			`The report gives only ${midSentence(when?.words ?? '')}: ${best.fact.answer}`,
		);
	}
	const when = whenOf(best.fact);
	// "…dates this to 2023", not "to in 2023 (2023)": the report's words without their preposition, and its date where
	// that says more.
	const words = (when?.words ?? '').replace(/^(?:in|on|at|since|from|by)\s+/i, '');
	const date = when?.date ? formatDate(when.date) : undefined;
	const said = date && date !== words ? `${words} (${date})` : words;
	// "…last year": a time told only from when the message was written, which the check cannot know, confirms and
	// contradicts nothing the report dates otherwise.
	if (relativeOnly(value))
		return claim(text, 'not_in_report', [best.fact], `The report dates this to ${said}: ${best.fact.answer}`);
	return claim(text, 'differs', [best.fact], `The report dates this to ${said}: ${best.fact.answer}`);
}

/** Words that make a date a bound: "before 2020", "by 2021", "after July 2021", "avant 2020", "anvan 2020". */
const boundWords: [RegExp, 'before' | 'after' | 'by'][] = [
	[/(?<!\p{L})(?:before|prior\s+to|earlier\s+than|avant|anvan|b4)\s+$/iu, 'before'],
	// ("d'après un accord…" is according to it: after an apostrophe, "après" is no bound.)
	[/(?<![\p{L}'’])(?:after|later\s+than|apr[eè]s|apre)\s+$/iu, 'after'],
	[/(?<!\p{L})(?:by|until|till|no\s+later\s+than)\s+$/iu, 'by'],
];

/**
 * Is a year in a text given as a bound ("before 2020", "by 2021"), which a dated fact on its side of it
 * meets, rather than as a year something happened in? `year` may be the year alone or a claim's words
 * that end in it ("before 2020").
 *
 * @example
 * yearAsBound('did RNDDH warn before 2020?', '2020'); // true
 */
export function yearAsBound(text: string, year: string): boolean {
	const [, given = year] = /^\D*(\d{4})$/u.exec(year) ?? [];
	return /^\d{4}$/.test(given) && boundOf(text, given) !== undefined;
}

/** The bound a clause makes of the date it gives as `text`, where a bound's words come right before it. */
function boundOf(clause: string, text: string): { kind: 'before' | 'after' | 'by'; words: string } | undefined {
	const at = clause.indexOf(text);
	if (at < 0) return undefined;
	const before = clause.slice(0, at);
	const between = /(?:the\s+(?:end|start|beginning)\s+of\s+|(?:the\s+)?year\s+)?$/iu.exec(before)?.[0] ?? '';
	for (const [words, kind] of boundWords) {
		const found = words.exec(before.slice(0, before.length - between.length));
		// ("Before the end of 2021" is by it: any day of 2021 is before its end.)
		const byEnd = kind === 'before' && /\bend\b/i.test(between);
		if (found) return { kind: byEnd ? 'by' : kind, words: `${found[0]}${between}` };
	}
	return undefined;
}

/** A date told only from the time of telling: "last year", "this month", "l'an dernier". */
function relativeOnly(value: DateValue): boolean {
	return (
		value.date === undefined &&
		value.month === undefined &&
		value.day === undefined &&
		value.weekday === undefined &&
		/\b(?:year|month|week|ann[ée]e|an|mois|semaine|ane|mwa|semen)\b/.test(value.words)
	);
}

/** A fact's words for its date, said inside a sentence: "in power from 2021", not "In power from 2021". */
function midSentence(words: string): string {
	return words.replace(/^(?:In|On|At|Since|From|By|Under|Last|This|The|As)\b/, (first) => first.toLowerCase());
}

/** How much of what the clause speaks of most a fact must share for the words next to the date to point at it. */
const spokenShare = 0.75;

/** How far before a date the words that make it a start may be: "came to power in 2022", "became prime minister on". */
const startReach = 40;
/** Words that give a date as when something began, in the three languages: "since 2021", "became PM in 2021". */
// ("The deal from December 2022": "from" after a thing that is dated says when it was made, not since when.)
const startClaimed =
	/\b(?:since|(?<!\b(?:deal|accord|agreement|pact|report|data|figures?|numbers?|count|warning|statement|decision|vote|resolution|ako|akò|entente|rapport)\s+)from|depuis|d[eè]s|depi|became|become|took (?:power|office|over)|c[ao]me (?:in)?to power|c[ao]me into office|rose to power|sworn in|devenu|arriv[ée] au pouvoir|vin)\b/iu;

/** The facts that rank as well as the first (within a few points of coverage). */
function ties(ranked: Ranked[]): Ranked[] {
	const top = Math.max(...ranked.map((r) => r.coverage));
	return ranked.filter((r) => r.coverage >= top - 0.05);
}

/** A departure a fact tells only as what something was for: "set a date for Ariel Henry to hand over power". */
const departureAimed =
	/\bto (?:step down|resign|quit|leave (?:office|power)|hand over|give up power|cede|transfer power)\b/i;

/** A plan the report tells did not happen: "was supposed to hand over power on February 7…, but stayed on". */
const unrealised = /\b(?:supposed|meant|expected|scheduled|due|set) to\b[^.]*\bbut\b/i;
/** A message that speaks of the plan itself: "was supposed to step down on February 7". */
const planned =
	/(?<!\p{L})(?:supposed|suppose(?=\s+to(?!\p{L}))|spose|sposed|supposd|sposta|supposta|meant|expected|scheduled|due|planned|set for|slated|deadline|was\s+to|were\s+to|had\s+to|would|was going to|were going to|(?:handover|exit|departure|hand-over) date|required|obliged|obligated|bound to|should have|ought to have|devait|devaient|aurai(?:en)?t d[uû]|pr[ée]vu\p{L}*|pr[ée]voyai\p{L}*|cens[ée]e?s?|sipoze|te dwe|ta dwe|te prevwa|prevwa)(?!\p{L})/iu;

/**
 * A plan named only to say it was kept: "stepped down on Feb 7 as the deal required", "like he was
 * supposed to", "comme prévu". The clause still says it was done.
 */
const keptPlan = new RegExp(
	`(?<!\\p{L})(?:as|like|just as|comme|tankou|jan)(?:\\s+[\\p{L}'’]+){0,4}?\\s+${planned.source.replace('(?<!\\p{L})', '')}`,
	'giu',
);

/** A date named as one set: "set Feb 7 as the handover date", "…as the deadline". */
const asTheDate = /\bas\s+(?:the|his|her|its)\s+(?:\p{L}+\s+)?(?:date|deadline|day)\b/iu;

/** Does the clause speak of the plan itself, not only name it as kept? */
export const speaksOfPlan = (clause: string): boolean =>
	planned.test(clause.replace(keptPlan, ' ')) || asTheDate.test(clause);

/** A message that says the plan was not carried out: "stayed on past February 7", "refused to leave". */
const notDone =
	/(?<!\p{L})(?:stay(?:ed|s)? on|remain(?:ed|s)? in|did ?n[o'’]t|never|refus\p{L}*|past|beyond|overstay\p{L}*|rest[ée] au pouvoir|still\s+(?:in\s+(?:power|office|charge)|(?:the\s+)?(?:pm|prime\s+minister|premier|head))|(?:encore|toujours)\s+au\s+pouvoir|pa t|toujou)(?!\p{L})/iu;

/** Words that say someone left a post: "stepped down", "resigned", "handed over power", "a démissionné". */
const departed =
	/(?<!\p{L})(?:step(?:ped|s|ping)? down|resign(?:ed|s|ing)?|quit(?:s|ting)?|left|leaves|leaving|leave (?:office|power)|handed over|hand(?:s|ing)? over|gave up power|gives up power|démissionn\p{L}*|a quitté|kite pouvwa|bay demisyon)(?!\p{L})/iu;

/**
 * Does a clause say done what the quote tells only as planned ("Henry stepped down" against "was
 * supposed to hand over power…, but stayed on"), or that someone left where the quote says they
 * stayed on? Not where the clause speaks of the plan itself, or says it was not carried out.
 */
export function plannedSaidDone(clause: string, quote: string): boolean {
	if (
		speaksOfPlan(clause) ||
		notDone.test(clause) ||
		/(?<!\p{L})(?:not|never|didn['’]?t|pa|pas)(?!\p{L})/iu.test(clause)
	)
		return false;
	return (unrealised.test(quote) || /\bstayed on\b/i.test(quote)) && departed.test(clause);
}

/** Parts of the day, in the three languages, as one word each. */
const periods: Record<string, string> = {
	morning: 'morning',
	matin: 'morning',
	maten: 'morning',
	afternoon: 'afternoon',
	evening: 'evening',
	soir: 'evening',
	swa: 'evening',
	night: 'night',
	nuit: 'night',
	nwit: 'night',
};

/** Evening runs into night: "samedi soir" is how French says "Saturday night". */
const lateInTheDay = new Set(['evening', 'night']);
const samePeriod = (a: string, b: string) => a === b || (lateInTheDay.has(a) && lateInTheDay.has(b));

function periodOf(text: string): string | undefined {
	const word = /\b(morning|matin|maten|afternoon|evening|soir|swa|night|nuit|nwit)\b/i.exec(text)?.[1];
	return word ? periods[word.toLowerCase()] : undefined;
}

/** Does a date the message gives agree with a fact's date, at the precision both have? */
function sameDate(value: DateValue, fact: Fact, said = ''): boolean {
	const when = whenOf(fact);
	if (!when) return false;
	// "Saturday morning" is not "Saturday night".
	const [saidPeriod, ownPeriod] = [periodOf(said), periodOf(when.words)];
	if (saidPeriod && ownPeriod && !samePeriod(saidPeriod, ownPeriod)) return false;
	if (when.date && value.date) {
		const shorter = Math.min(when.date.length, value.date.length);
		// "Killed in early 2021" against July 7, 2021: the year's part is said too.
		const month = Number(when.date.slice(5, 7));
		if (value.months && month && (month < value.months[0] || month > value.months[1])) return false;
		return when.date.slice(0, shorter) === value.date.slice(0, shorter);
	}
	// The report's own words: "last October", "Saturday night", "February 7".
	const [own] = valuesIn(when.words).filter((v): v is DateValue => v.kind === 'date');
	const parts = own ?? { words: when.words.toLowerCase() };
	if (value.date && !when.date) return false;
	return (
		(value.month === undefined ||
			('month' in parts && value.month === parts.month) ||
			(when.date ? Number(when.date.slice(5, 7)) === value.month : false)) &&
		(value.day === undefined || ('day' in parts && value.day === parts.day)) &&
		(value.weekday === undefined || ('weekday' in parts && value.weekday === parts.weekday)) &&
		(value.month !== undefined || value.day !== undefined || value.weekday !== undefined || value.words === parts.words)
	);
}
