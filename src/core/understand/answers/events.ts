/**
 * Answers about two events or one span of time: which came first, how long between them, how
 * long something has lasted.
 */
import type { Fact } from '../../../data/schema.js';
import type { Answer } from '../../answer.js';
import { valuesIn } from '../../claims/values.js';
import { englishTags, nounNoVerb, verbNoNoun } from '../../language/english-words.js';
import { lemmatizer } from '../../language/lemmas.js';
import { fold, stopwords } from '../../language/lexicon.js';
import { type ReadText, readText } from '../../language/read.js';
import { describeDuration } from '../../reason/duration.js';
import type { SearchIndex } from '../../search-index.js';
import { capitalise, stem, terms as termsOf, words as wordsOf } from '../../text.js';
import { compareDates, formatDate, whenOf } from '../../when.js';
import { mainQuery, sinceWords, unclearWhen } from '../fits.js';
import type { Frame } from '../frame.js';
import { answerOptions } from '../options.js';
import { buildQuery, type Query } from '../query.js';
import { type Ranked, rank } from '../rank.js';
import { yesNoOpening } from '../tagged.js';
import { type Answering, unboosted } from './context.js';
import { singleAnswer } from './single.js';

/**
 * Of the facts that rank about as well as the first, the one whose date its quote tells next to
 * the event's own words: "a deal struck in December 2022" dates the deal, where "hand over power
 * on February 7 under a deal struck in December 2022" has the deal's words far from its date.
 */
function closestDated(ranked: readonly Ranked[], query: Query): Fact | undefined {
	const [best] = ranked;
	if (!best) return undefined;
	const tied = ranked.filter((candidate) => candidate.score >= best.score * answerOptions.datedNear);
	if (tied.length < 2) return best.fact;
	// (A name asked by another of its spellings, "Jovnel", that none of them has is found by the name the data gives it.)
	const told = new Set(tied.flatMap(({ fact }) => wordsOf(fact.quote).map(stem)));
	const named = new Set(
		query.mentions
			.filter((mention) => mention.terms.every((i) => !told.has(query.terms[i] ?? '')))
			.flatMap((mention) => mention.entities.flatMap((e) => termsOf(e.name))),
	);
	const distance = ({ fact }: Ranked) => {
		const words = wordsOf(fact.quote);
		const stems = words.map(stem);
		const dateWords = new Set(wordsOf(whenOf(fact)?.words ?? ''));
		const dateAt = words.findIndex((word) => dateWords.has(word));
		if (dateAt < 0) return Number.POSITIVE_INFINITY;
		const at = stems.flatMap((term, i) =>
			query.terms.includes(term) || named.has(term) ? [Math.abs(i - dateAt)] : [],
		);
		return at.length > 0 ? Math.min(...at) : Number.POSITIVE_INFINITY;
	};
	// Of two as near, the one dated to the day: a duration or an order is worked out more closely from it.
	const finer = (one: Ranked) => (whenOf(one.fact)?.date ?? '').length;
	const closest = tied.reduce((near, candidate) =>
		distance(candidate) < distance(near) || (distance(candidate) === distance(near) && finer(candidate) > finer(near))
			? candidate
			: near,
	);
	// Only a date told right next to the event's words outweighs a better match.
	return distance(closest) <= answerOptions.dateNextTo && distance(best) > answerOptions.dateNextTo
		? closest.fact
		: best.fact;
}

/** "The year in which…", "the day when…": the time of an event, named by the event. */
// ("The day Moise was killed": the clause may follow with no word to open it; "the day before Friday" is a time.)
const timeOfEvent =
	/^(?:the )?(?:year|day|month|date|time|week|night) (?:(?:in which|on which|when|that) |(?!(?:before|after|of|in|on|at|from|to|between|and|or)\b)(?=\S+ \S))/;

/** "The start of…", "the beginning of…": where a span begins, which its own date gives. */
const startOf = /^(?:the )?(?:start|beginning|onset|outset|debut|commencement) of (?:(?:his|her|their|its) )?/;

/** A time noun after what it is the time of: "the moise killing year", "the siege date". */
const timeAfterEvent = /(?<=\S) (?:year|day|month|date|time|week)$/;

/** "Before or after", in the three languages (folded text). */
const beforeOrAfter =
	/\b(?:(?:before|b4) or after|after or (?:before|b4)|avant ou apres|apres ou avant|avan oswa apre|avan ou apre|anvan (?:oswa|ou|oubyen|osinon) apre|apre (?:oswa|ou|oubyen|osinon) anvan)\b/;

/** A question that also asks how far apart two events are (folded text). */
const asksDuration =
	/\bhow (?:long|many (?:days|weeks|months|years)|far apart|much time)\b|\bgaps?\b|\bby (?:(?:roughly|about|around|approximately) )?how much\b|\bcombien de (?:temps|jours|mois|ans|annees)\b/;

/**
 * "How long has Henry been in power?": what the report says the one it names has been since a
 * date ("in power from 2021"), and the time from then to the report's date.
 */
function sinceStart(ctx: Answering, question: string, frame: Frame, read: ReadText): Answer | undefined {
	const { base, index } = ctx.tools;
	if (frame.kind !== 'howLong') return undefined;
	// "How long will Henry stay in power?" asks how long it goes on from now, which no start tells.
	if (frame.rest.some((word) => /^(?:will|gonna|going|remain|remaining|left|more)$/.test(word))) return undefined;
	const query = buildQuery(frame.rest, read.language, index, base);
	const named = new Set(query.mentions.flatMap((mention) => mention.entities.map((entity) => entity.id)));
	const starts = base.facts.filter(
		(fact) => sinceWords.test(whenOf(fact)?.words ?? '') && base.entitiesOf(fact).some((id) => named.has(id)),
	);
	// One such state per name: more would need the question's other words to choose, which a guess would not.
	const [fact, ...others] = starts;
	const from = fact && whenOf(fact)?.date;
	const published = fact && base.report(fact.report)?.published;
	if (!fact || others.length > 0 || !from || !published) return undefined;
	const duration = describeDuration(from, published);
	return ctx.tools.facts(
		question,
		[fact],
		`${capitalise(duration.text)} by the report’s date (${duration.arithmetic}).`,
	);
}

/**
 * "How long did the siege last?": how long one event went on, which a date does not tell. What
 * is still to come ("how long until the force deploys": it remains unclear when) is answered.
 */
function howLongLasted(ctx: Answering, question: string, frame: Frame, read: ReadText): Answer {
	const { index, base } = ctx.tools;
	const query = buildQuery(frame.rest, read.language, index, base);
	const when = singleAnswer(ctx, question, { ...frame, kind: 'when' }, query);
	// ("How long will the force stay?" asks how long it lasts once there: that nobody knows when it comes is no answer.)
	const lasting = frame.rest.some((word) => lastingVerbs.has(word));
	if (!when.found || (!lasting && when.items.some((item) => unclearWhen.test(item.fact.quote)))) return when;
	// "How long has RNDDH been warning about the overcrowding?": what has gone on up to now began when the report
	// dates it; that is what it can tell, and says it tells no more.
	const [told, ...more] = when.items;
	const ongoing = frame.rest.some((word, i) => word === 'been' && /^\w{3,}ing$/.test(frame.rest[i + 1] ?? ''));
	if (ongoing && !lasting && told && more.length === 0 && whenOf(told.fact)?.date)
		return { ...when, heading: 'The report tells when it began, not whether it went on since:' };
	return ctx.doesNotSay(question, frame, ctx.rank(query), 'The report doesn’t say how long.');
}

/** Verbs of lasting, as a question's English words have them: "how long will it stay", "combien de temps va-t-elle rester". */
const lastingVerbs = new Set([
	'stay',
	'stays',
	'remain',
	'remains',
	'last',
	'lasts',
	'continue',
	'continues',
	'endure',
]);

/** The event a part of a question names, by its main words: "the deal that set Henry's February 7 handover" is the deal. */
function eventOf(ctx: Answering, typed: readonly string[], read: ReadText, favourDated = true): Fact | undefined {
	const { index, base } = ctx.tools;
	// "The year in which homicides doubled" is the doubling.
	// ("rnddh warning year and moise killing year": the time named after the event too.)
	// ("the start of Henry's time in power": the start of a span is dated as the span is, from its start.)
	const part = typed
		.join(' ')
		.replace(timeOfEvent, '')
		.replace(timeAfterEvent, '')
		.replace(startOf, '')
		// ("…Henry's time in power": a tenure, told by being in power.)
		.replace(/\btime (?=in (?:power|office|charge)\b)/, '')
		.split(' ');
	const query = buildQuery(part, read.language, index, base);
	const main = { ...query, terms: query.terms.filter((_, i) => !query.secondary.has(i)) };
	// "the deal setting Henry's Feb 7 handover": the event is the noun; what follows it says which, and its date is
	// the handover's, not the deal's.
	const head = headNoun(part);
	const headQuery = head ? buildQuery(head, read.language, index, base) : undefined;
	const byMain =
		headQuery && headQuery.terms.length > 0
			? headQuery
			: main.terms.length > 0 && main.terms.length < query.terms.length
				? mainQuery(query)
				: query;
	// A calendar date is what a duration or an order needs; a date in words alone helps less.
	// Not where the question states an order to check: the event it names is the one its words fit best.
	const dated = (fact: Fact) =>
		!favourDated ? 1 : whenOf(fact)?.date ? answerOptions.frameBoost : whenOf(fact) ? 1.2 : 1;
	const ranked = ctx.rank(byMain, dated);
	const chosen = closestDated(ranked.length > 0 ? ranked : ctx.rank(query, dated), query);
	// "Barbecue's warning that attacks would escalate": what a warning said names which warning, where all the words
	// point plainly to one fact. (Only where the one the main words find has little of the rest: "the deal henry was
	// supposed to leave under" is the deal.)
	if (byMain === query || byMain === headQuery) return chosen;
	const all = ctx.rank(query);
	const [whole, next] = all;
	const chosenCoverage = all.find((candidate) => candidate.fact === chosen)?.coverage ?? 0;
	const plain = whole && whole.coverage === 1 && (!next || whole.score >= next.score * plainLead);
	return plain && chosenCoverage < partCoverage ? whole.fact : chosen;
}

/** Does the fact itself tell what it came before or after ("…deepened after the 2021 assassination")? */
function toldAround(fact: Fact, way: string): boolean {
	return new RegExp(`\\b${way}\\b`, 'i').test(fact.quote);
}

/**
 * The words of an event named by a noun and then a clause about it ("the deal setting Henry's handover", "the warning
 * that…"), up to the clause; undefined where no such clause follows the first noun.
 */
function headNoun(words: readonly string[]): string[] | undefined {
	const start = /^(?:the|a|an|that|this|its|his|their)$/.test(words[0] ?? '') ? 1 : 0;
	// One or two words of the noun, then the clause: "-ing", or a relative pronoun.
	const at = words.findIndex(
		(word, i) => i > start && i <= start + 2 && (/^\p{L}{3,}ing$/u.test(word) || /^(?:that|which|whose)$/.test(word)),
	);
	const noun = words.slice(start, at);
	return at > start && noun.every((word) => nounNoVerb(word) || englishTags(word).includes('NN'))
		? words.slice(0, at)
		: undefined;
}

/** "Already", "still", in the three languages (folded text): a state asked of a moment. */
const alreadyWords = /\b(?:already|still|deja|encore|toujours|toujou)\b/;

/**
 * "Was Henry already in power when the Security Council approved the force?": a state the report
 * dates from a start ("in power since 2021"), held against the date of the event the question
 * names. Yes where it began before, no where after; undefined where the dates cannot tell.
 */
export function alreadyWhen(ctx: Answering, question: string, read: ReadText): Answer | undefined {
	const folded = fold(read.cleaned);
	if (!alreadyWords.test(folded)) return undefined;
	// ("…was Henry even still supposed to be PM under the deal?": what was meant to be, not what was, is asked.)
	if (/\b(?:supposed|meant|due|expected|planned|allowed)\s+to\b/.test(folded)) return undefined;
	const { base, index } = ctx.tools;
	const words = read.words;
	// ("…already in power at the moment of the agreement", "…already in office before the deal was struck": the same.)
	const at = words.findIndex(
		(word, i) =>
			word === 'when' ||
			((word === 'time' || word === 'moment') && words[i - 1] === 'the') ||
			(word === 'before' && words.slice(0, i).includes('already')),
	);
	if (at < 0) return undefined;
	// "When they made the deal, was Henry already…": the clause first; else the state first.
	const comma = read.cleaned.indexOf(',');
	const opening = at === 0 && comma > 0;
	const [statePart, eventPart] = opening
		? [readText(read.cleaned.slice(comma + 1)).words, readText(read.cleaned.slice(0, comma)).words.slice(1)]
		: [words.slice(0, at), words.slice(at + 1)];
	const stateQuery = buildQuery(statePart, read.language, index, base);
	const named = new Set(stateQuery.mentions.flatMap((mention) => mention.entities.map((entity) => entity.id)));
	const [state, ...others] = base.facts.filter(
		(fact) => sinceWords.test(whenOf(fact)?.words ?? '') && base.entitiesOf(fact).some((id) => named.has(id)),
	);
	// "Had the Security Council already green-lit the force by the time of the siege?": no state of the one named,
	// but a deed done before another, or not.
	if (!state && !opening) {
		const done = statePart.filter((word) => !/^(?:had|has|have|was|were|did|already|deja)$/.test(word));
		while (/^(?:by|the|at|of)$/.test(done.at(-1) ?? '')) done.pop();
		const then = eventPart.filter((word, i) => i > 0 || word !== 'of');
		if (done.length > 0 && then.length > 0)
			return orderChecked(ctx, question, `${done.join(' ')} before ${then.join(' ')}`);
	}
	const event = eventOf(ctx, eventPart, read);
	const start = state && whenOf(state)?.date;
	const place = event && ctx.tools.place(event);
	// A date the report gives from its own ("last October") counts at its place on the calendar.
	const placed =
		place?.precision === 'day' ? place.start : place?.precision === 'month' ? place.start.slice(0, 7) : undefined;
	const on = (event && whenOf(event)?.date) ?? placed;
	if (!state || others.length > 0 || !event || !start || !on || event === state) return undefined;
	const order = compareDates(start, on);
	// Dates of the same year at different precisions ("2021" and "July 2021") cannot be told apart.
	if (order === 0 || start.slice(0, 4) === on.slice(0, 4)) return undefined;
	const heading =
		order < 0
			? `Yes: from ${formatDate(start)}, before ${formatDate(on)}.`
			: `No: only from ${formatDate(start)}, after ${formatDate(on)}.`;
	return ctx.tools.facts(question, [state, event], heading);
}

/** Days in each unit a duration may be stated in. */
const unitDays: Readonly<Record<string, number>> = { day: 1, week: 7, month: 365.25 / 12, year: 365.25 };
/** How far a stated duration may round: half of its unit. */
const roundingShare = 0.5;

/**
 * "Is it three years between Moïse's killing and the year homicides doubled?": the time between the two events,
 * worked out, held against the one the question states.
 */
export function durationChecked(ctx: Answering, question: string, frame: Frame, read: ReadText): Answer | undefined {
	const words = frame.rest;
	const between = words.indexOf('between');
	const unitAt = words.findIndex((word, i) => i < between && unitDays[word.replace(/s$/, '')] !== undefined);
	if (between < 0 || unitAt < 1) return undefined;
	const [stated] = valuesIn(words.slice(Math.max(0, unitAt - 3), unitAt).join(' ')).filter((v) => v.kind === 'number');
	const and = words.indexOf('and', between);
	if (stated?.kind !== 'number' || and < 0) return undefined;
	const [a, b] = [eventOf(ctx, words.slice(between + 1, and), read), eventOf(ctx, words.slice(and + 1), read)];
	const [dateA, dateB] = [a && whenOf(a)?.date, b && whenOf(b)?.date];
	if (!a || !b || a === b || !dateA || !dateB) return undefined;
	const duration = describeDuration(dateA, dateB);
	const unit = unitDays[words[unitAt]?.replace(/s$/, '') ?? ''] ?? 1;
	const days = stated.value * unit;
	const holds = days >= duration.low - unit * roundingShare && days <= duration.high + unit * roundingShare;
	return ctx.tools.facts(question, [a, b], `${holds ? 'Yes' : 'No'}: ${duration.text} (${duration.arithmetic}).`);
}

/** Which of two events came first, or how long passed between them. */
export function twoEvents(ctx: Answering, question: string, frame: Frame, read: ReadText): Answer {
	const tools = ctx.tools;
	// ("…before or after the assassination? how many years of difference?": what the question goes on to ask of the
	// two is no part of the second.)
	const [partA, partB] = frame.parts.map(withoutFollowUp);
	if (!partA || !partB) return sinceStart(ctx, question, frame, read) ?? howLongLasted(ctx, question, frame, read);
	const [a, b] = [eventOf(ctx, partA, read), eventOf(ctx, partB, read)];
	// (Nor a figure and one worked out from it: "3,687 inmates" and the occupancy are one count.)
	const derivedFrom = (one: Fact | undefined, other: Fact | undefined) =>
		one?.kind === 'figure' && one.derivation?.of.includes(other?.id ?? '') === true;
	const oneCount = derivedFrom(a, b) || derivedFrom(b, a);
	if (!a || !b || a === b || oneCount)
		return tools.notFound(question, {
			heading: 'The report doesn’t tell both of those events.',
			suggestions: ctx.suggest(buildQuery(frame.rest, read.language, tools.index, tools.base)),
		});
	// A date the report gives relative to itself ("the day before Friday") counts at its place on the calendar.
	// So does one it gives to the month ("last October": October 2023).
	const placed = (fact: Fact) => {
		const place = tools.place(fact);
		return place?.precision === 'day'
			? place.start
			: place?.precision === 'month'
				? place.start.slice(0, 7)
				: undefined;
	};
	const [dateA, dateB] = [whenOf(a)?.date ?? placed(a), whenOf(b)?.date ?? placed(b)];

	if (frame.kind === 'sameTime') return sameTime(ctx, question, [a, b], [dateA, dateB]);

	if (frame.kind === 'howLong') {
		if (!dateA || !dateB) {
			const missing = [a, b]
				.filter((fact) => !whenOf(fact)?.date)
				.map((fact) => `“${whenOf(fact)?.words ?? fact.answer}”`);
			return tools.notFound(question, {
				heading: `The report doesn’t give the dates needed: it has no calendar date for ${missing.join(' or ')}.`,
				suggestions: [a, b].map((fact) => ({ label: fact.answer, query: fact.id })),
			});
		}
		const duration = describeDuration(dateA, dateB);
		const answer = tools.facts(question, [a, b], `${capitalise(duration.text)} (${duration.arithmetic}).`);
		const relative = [a, b].some((fact) => !whenOf(fact)?.date);
		const worked = relative
			? 'Worked out from the two facts below, dated from the report’s own date where it gives no year or only a weekday.'
			: 'Worked out from the two dated facts below.';
		return { ...answer, notes: [worked] };
	}

	const { first, stated } = orderOf(ctx, a, b, [dateA, dateB]);
	// "…the prison siege, and how many months apart": what the question asks of the two is no part of the second's name.
	// ("Was the port attack before or after…": the auxiliary that asks is no part of the first's name either.)
	// (A French or Creole question's events are named in the English they were read as, without what is left of its
	// articles and elisions: "l attack du port" is "attack port".)
	const own = (word: string) =>
		read.language === 'en' || (word.length > 1 && !stopwords[read.language].has(word) && !stopwords.en.has(word));
	const label = (part: string[]) =>
		`“${part
			.filter(own)
			.join(' ')
			.replace(askedOfBoth, '')
			// ("in what order did the port attack and the prison siege happen", "the warning was before or after…": the verb
			// that asks is no part of the name.)
			.replace(/\s+(?:happen|happened|occur|occurred|take place|took place|come|came|was|were|is|are)$/, '')
			.replace(/^(?:was|were|did|is|are|has|had)\s+(?=\S+\s+\S)/i, '')}”`;
	if (!first) {
		return tools.notFound(question, {
			heading: 'The report doesn’t say which came first: it dates at least one of them only in relation to itself.',
			suggestions: [a, b].map((fact) => ({ label: fact.answer, query: fact.id })),
		});
	}
	// Each named with its date, where the report gives one: the order and what it rests on, read at once. (Not a date
	// worked out from the report's own, which the fact's "When" line shows with how it was worked out.)
	const [earlierDate, laterDate] = (first === a ? [a, b] : [b, a]).map((fact) => whenOf(fact)?.date);
	const [earlier, later] = first === a ? [partA, partB] : [partB, partA];
	const dated = (part: string[], date: string | undefined) =>
		date ? `${label(part)} (${formatDate(date)})` : label(part);
	const facts = stated ? [stated, first, first === a ? b : a] : [first, first === a ? b : a];
	// "…and by about how many months?": how far apart too, where both are dated.
	// ("n how many yrs apart": as chat's words are read.)
	const durationAsked = asksDuration.test(fold(question)) || asksDuration.test(read.words.join(' '));
	const apart = dateA && dateB && durationAsked ? describeDuration(dateA, dateB).text : undefined;
	// "Which is more recent…?" is answered by the later one.
	const order = askedLater.test(fold(question))
		? `${dated(later, laterDate)} came later, ${apart ? `${apart} ` : ''}after ${dated(earlier, earlierDate)}.`
		: `${dated(earlier, earlierDate)} came first, then ${dated(later, laterDate)}${apart ? `, ${apart} later` : ''}.`;
	// "Was the count taken before or after the deal?": which, of the first event named, then the order.
	const which = beforeOrAfter.test(fold(question)) ? `${first === a ? 'Before' : 'After'}. ` : '';
	return tools.facts(question, facts, which + order);
}

/** A part of a question up to a question of its own that follows it: "…the assassination how many years of difference". */
function withoutFollowUp(part: readonly string[]): string[] {
	const at = part.findIndex(
		(word, i) =>
			i > 0 && /^(?:how|combien|konbyen)$/.test(word) && /^(?:many|much|long|far|de|lane|tan)$/.test(part[i + 1] ?? ''),
	);
	// ("…, and by roughly how much": the words that lead up to it go with it.)
	let end = at;
	while (end > 1 && leadingUp.has(part[end - 1] ?? '')) end--;
	return at > 0 ? part.slice(0, end) : [...part];
}

/** Words that lead up to a question put after two events: "and by roughly how much". */
const leadingUp = new Set([
	...['and', 'n', '&', 'et', 'epi', 'by', 'de', 'par'],
	...['roughly', 'about', 'around', 'approximately', 'environ', 'apeprè', 'apepre'],
]);

/** A question's ask of both events after the second: "and how many months apart", "n by how long". */
const askedOfBoth =
	/\s+(?:and|n|&|et|epi)\s+(?:by\s+|de\s+)?(?:(?:roughly|about|around|approximately|environ|apeprè)\s+)?(?:how|combien|konbyen)\b.*$/;

/** How far ahead of the next fact the one all of a part's words point to must be. */
const plainLead = 1.1;
/** How much of a part's words the fact its main words find must have, not to give way to that one. */
const partCoverage = 0.7;

/** Words that ask which came second (folded text). */
const askedLater = /\b(?:more recent|most recent|later|came last|came second|newer|plus recent)\b/;

/**
 * Which of two events came first: an order the report states, else their dates, else where the report places them.
 * `stated` is the fact that states their order, where the caller has found it already (null: none does).
 */
function orderOf(
	ctx: Answering,
	a: Fact,
	b: Fact,
	[dateA, dateB]: [string | undefined, string | undefined],
	stated: Fact | null = statingOrder(ctx.tools.base.facts, a, b) ?? null,
): { first?: Fact; stated?: Fact } {
	const { place } = ctx.tools;
	if (stated?.sequence) return { first: stated.sequence[0] === a.id ? a : b, stated };
	// "…heavy gunfire ringing out in neighborhoods after … Sergier … warned that attacks … will escalate": one
	// event's own sentence puts the other before it.
	if (toldAfter(a, b) && !toldAfter(b, a)) return { first: b };
	if (toldAfter(b, a) && !toldAfter(a, b)) return { first: a };
	if (dateA && dateB && compareDates(dateA, dateB) !== 0) return { first: compareDates(dateA, dateB) < 0 ? a : b };
	// "Last October" and "this week": both placed from the report's date, in periods that do not overlap.
	const [placeA, placeB] = [place(a), place(b)];
	if (placeA && placeB && (placeA.end < placeB.start || placeB.end < placeA.start))
		return { first: placeA.end < placeB.start ? a : b };
	return {};
}

/** The fact that states the order of two events ("The attack on the prison followed…"), if one does. */
function statingOrder(facts: readonly Fact[], a: Fact, b: Fact): Fact | undefined {
	return facts.find(
		(fact) =>
			fact.sequence &&
			((fact.sequence[0] === a.id && fact.sequence[1] === b.id) ||
				(fact.sequence[0] === b.id && fact.sequence[1] === a.id)),
	);
}

/**
 * Does the one fact's quote tell the other after its "after" ("…after Sergier warned that attacks
 * will escalate"), in most of the other's own words?
 */
function toldAfter(later: Fact, earlier: Fact): boolean {
	const after = /\bafter\b(.+)$/iu.exec(later.quote)?.[1];
	if (!after) return false;
	const told = new Set(termsOf(after));
	const own = termsOf(earlier.answer).filter((term) => !/^\d+$/.test(term));
	return own.length > 0 && own.filter((term) => told.has(term)).length >= Math.max(3, own.length * toldShare);
}

/** How much of the earlier event's own words the later one's "after" must tell. */
const toldShare = 0.6;

/** Years, months and days, which name no event. */
const calendarWords =
	/\b(?:\d+|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|in|on|of|the)\b/giu;

/**
 * "the port attack happened after the prison siege": two events and the order a statement gives them. (Not a verb's
 * own "after": "the gangs went after the port after they had attacked the prison" orders by the second.)
 */
const statedOrder =
	/^(.+?)\s+(?:(?:happened|came|occurred|took place|was|were|happen|come|is|are)\s+)?(?:(?:as\s+well|too|also|right|just|only|well|long|shortly)\s+)?(?<!\b(?:go|goes|going|went|gone|look|looks|looked|looking|run|runs|ran|running|chase|chases|chased)\s+)(after|before|avant|apres|anvan|apre|predated?|predates|preceded?|precedes|postdated?|postdates)\s+(.+)$/iu;

/**
 * "People are saying the port attack happened AFTER the prison siege. True?": a statement of
 * the order of two events, held against the order the report gives them. Undefined unless both
 * are events the report tells and orders.
 */
export function orderChecked(ctx: Answering, question: string, statement: string): Answer | undefined {
	const stated = statedOrder.exec(statement.trim());
	if (!stated?.[1] || !stated[2] || !stated[3]) return undefined;
	// "Was Henry in power before 2021?" sets a state against a date, not two events.
	if ([stated[1], stated[3]].some((part) => !/\p{L}{3,}/u.test(part.replace(calendarWords, ' ')))) return undefined;
	const read = readText(statement);
	const event = (part: string) => eventOf(ctx, readText(part).words, read, false);
	// "Did the port get hit before the jail (did)?": the side that only names something had done to it what the
	// other side says was done.
	const { index } = ctx.tools;
	const [a, b] = [event(elided(stated[1], stated[3], index)), event(elided(stated[3], stated[1], index))];
	if (!a || !b || a === b) return undefined;
	const placed = (fact: Fact) => {
		const at = ctx.tools.place(fact);
		return at?.precision === 'day' ? at.start : undefined;
	};
	const { first, stated: told } = orderOf(ctx, a, b, [whenOf(a)?.date ?? placed(a), whenOf(b)?.date ?? placed(b)]);
	if (!first) return undefined;
	// ("The warning predated the killing": came before it.)
	// "Was Moise killed in 2022 before they attacked the prison?": a year given with an event that the report dates
	// otherwise makes the statement wrong, whatever the order.
	const misdated = ([part, fact]: [string, Fact]) => {
		const year = whenOf(fact)?.date?.slice(0, 4) ?? placed(fact)?.slice(0, 4);
		const said: string[] = part.match(/\b(?:19|20)\d\d\b/g) ?? [];
		return year !== undefined && said.length > 0 && !said.includes(year) ? { part, year, fact } : undefined;
	};
	const wrongYear = misdated([stated[1], a]) ?? misdated([stated[3], b]);
	if (wrongYear)
		return ctx.tools.facts(
			question,
			[wrongYear.fact],
			`No: the report dates “${wrongYear.part.trim().replace(/\s+(?:in|on)\s+(?:19|20)\d\d\b/, '')}” to ${wrongYear.year}.`,
		);
	const saysAFirst = /^(?:before|avant|anvan|predat\w*|preced\w*)$/i.test(stated[2]);
	const right = (first === a) === saysAFirst;
	const [earlier, later] = first === a ? [stated[1], stated[3]] : [stated[3], stated[1]];
	const heading = right
		? `Yes: “${earlier.trim()}” came first, before “${later.trim()}”.`
		: `No: “${earlier.trim()}” came first, before “${later.trim()}”.`;
	return ctx.tools.facts(question, told ? [told, first, first === a ? b : a] : [first, first === a ? b : a], heading);
}

/** Auxiliaries that stand for a verb said before them: "before the jail did". */
const standIns = /^(?:did|does|do|was|were|had|has|have|is|are)$/;

/**
 * One side of a stated order that names only a place something was done to ("the jail", "the
 * jail did"), with the verb of the other side ("got hit") put back; any other side as it is
 * ("the deal", "the siege" are events of their own).
 */
function elided(side: string, other: string, index: SearchIndex): string {
	const words = readText(side).words.filter((word) => !standIns.test(word));
	if (words.filter((word) => !stopwords.en.has(word)).length > 1) return side;
	const [named] = index.matchEntities(words.join(' '));
	if (!named || !['prison', 'place', 'country'].includes(named.entity.kind)) return side;
	const otherWords = other.trim().split(/\s+/);
	const verbAt = otherWords.findIndex((word, i) => i > 0 && verbNoNoun(fold(word)));
	return verbAt < 0 ? side : `${words.join(' ')} ${otherWords.slice(verbAt).join(' ')}`;
}

/** The auxiliary that opens a yes/no question, and "is it true that": what is left states an order. */
const askedOpening =
	/^(?:(?:is|was) it (?:true|right|correct) that\s+)?(?:did|does|do|was|were|is|are|has|have|had|est[- ]ce que|eske)\s+/iu;

/**
 * "Was the deal struck after Moïse's assassination?", "did the port attack happen before the
 * siege?": a yes/no question of the order of two events, held against the report as the same
 * statement would be.
 */
export function orderAsked(ctx: Answering, question: string, read: ReadText): Answer | undefined {
	// ("Yes or no: had the UN approved the force before the siege?": the words asking for yes or no open nothing.)
	const statement = read.cleaned.replace(/[?!.\s]+$/u, '').replace(yesNoOpening, '');
	const opening = askedOpening.exec(statement);
	return opening ? orderChecked(ctx, question, statement.slice(opening[0].length)) : undefined;
}

/** The part of a date each unit compares: "2021", "2021-07", "2021-07-07". */
const unitLength = { year: 4, month: 7, day: 10 } as const;

/** "At the same time": as closely as both dates are known, a day where both give one. */
function finestShared(dateA: string | undefined, dateB: string | undefined): keyof typeof unitLength {
	const known = Math.min(dateA?.length ?? 0, dateB?.length ?? 0);
	return known >= unitLength.day ? 'day' : known >= unitLength.month ? 'month' : 'year';
}

/**
 * "Did Moïse's assassination and Henry's arrival in power happen in the same year?": the two
 * events' dates compared to the unit asked, yes with the one they share, no with each.
 */
function sameTime(
	ctx: Answering,
	question: string,
	[a, b]: [Fact, Fact],
	[dateA, dateB]: [string | undefined, string | undefined],
): Answer {
	const unit = /\b(?:day|date|jour|jou)\b/.test(fold(question))
		? 'day'
		: /\b(?:month|mois|mwa)\b/.test(fold(question))
			? 'month'
			: /\b(?:time|temps|tan)\b/.test(fold(question))
				? finestShared(dateA, dateB)
				: 'year';
	const length = unitLength[unit];
	if (!dateA || !dateB || dateA.length < length || dateB.length < length) {
		const missing = [a, b].filter((_, i) => ([dateA, dateB][i] ?? '').length < length);
		return ctx.tools.notFound(question, {
			heading: `The report doesn’t give the ${unit} of ${missing.map((fact) => `“${whenOf(fact)?.words ?? fact.answer}”`).join(' or ')}.`,
			suggestions: [a, b].map((fact) => ({ label: fact.answer, query: fact.id })),
		});
	}
	const [shownA, shownB] = [dateA.slice(0, length), dateB.slice(0, length)].map((date) => formatDate(date));
	const heading =
		dateA.slice(0, length) === dateB.slice(0, length) ? `Yes: both in ${shownA}.` : `No: ${shownA} and ${shownB}.`;
	return ctx.tools.facts(question, [a, b], heading);
}

/** "Before" and "after" in a question's English words, and which way each looks. */
const aroundWords: Readonly<Record<string, 'before' | 'after'>> = {
	before: 'before',
	b4: 'before',
	after: 'after',
	following: 'after',
};

/** Verbs "after" may be the particle of: "go after", "look after", "come after". */
const particleOf = new Set(['go', 'come', 'run', 'look', 'chase', 'take', 'hunt', 'seek', 'name']);

/** The words that ask what, in the question's English words or as French and Creole leave them. */
const whatWords = new Set(['what', 'which', 'quoi', 'kisa', 'kiss']);

/** The words that ask, in a question about what was done around another event. */
const askingWhat = new Set([
	...whatWords,
	'else',
	'did',
	'do',
	'does',
	'was',
	'were',
	'had',
	'just',
	'right',
	'ont',
	'ils',
]);

/** How much of the question one fact that tells the order too must have, to be the answer itself. */
const wholeCoverage = 0.85;

/**
 * "What did the gangs attack before the prison?", "what happened after the UN approved the force?": the event the
 * report places just before (or after) the one named, by the order it states or by their dates. Where the words
 * after "before" name only a thing ("the prison"), the deed asked of it names the event ("the gangs attack the prison").
 * Undefined where the question asks no such thing, or the report places nothing there.
 */
export function doneAround(ctx: Answering, question: string, read: ReadText): Answer | undefined {
	const { words } = read;
	// (Not a verb's particle: "the gunmen that went after the port", "what site did they go after".)
	const at = words.findIndex(
		(word, i) => i > 1 && aroundWords[word] !== undefined && !particleOf.has(lemmatizer().verb(words[i - 1] ?? '')),
	);
	const way = aroundWords[words[at] ?? ''];
	const named = words.slice(at + 1);
	// (French and Creole may put the question word after the verb: "ils ont attaqué quoi avant la prison".)
	if (!way || named.length === 0 || !words.slice(0, at).some((word) => whatWords.has(word))) return undefined;
	const asked = words.slice(0, at).filter((word) => !askingWhat.has(word) && !stopwords.en.has(word));
	// (A deed in the words after "before" names the event alone: "before the prison attack".)
	const deedNamed = named.some((word) => englishTags(word).some((tag) => tag.startsWith('VB')));
	const withDeed = eventOf(ctx, deedNamed ? named : [...asked, ...named], read, false);
	// ("the gunmen try do what by the wharf before the jail": a thing named after "before" names the event that befell
	// it, not a figure of it; the words asked, which may name the answer itself, do not choose it.)
	const figureOnly =
		withDeed?.kind === 'figure' && !named.some((word) => verbNoNoun(word) || englishTags(word)[0] === 'VBG');
	const anchor = figureOnly ? (eventAmong(ctx, named, read) ?? withDeed) : withDeed;
	// ("After Moïse's assassination, what kind of crisis got worse?": one fact that tells it all, the order too, is the
	// answer, not another event placed after his killing.)
	const [whole] = ctx.rank(buildQuery([...asked, way, ...named], read.language, ctx.tools.index, ctx.tools.base));
	// (Nearly all of it: "Ki kalite kriz Ayiti ap travèse apre asasina prezidan an?" has a word of going through besides.)
	if (whole && whole.coverage >= wholeCoverage && toldAround(whole.fact, way)) return undefined;
	const { facts } = ctx.tools.base;
	// The facts that state an order, read once: each candidate is placed against the anchor without reading them all.
	const ordering = facts.filter((fact) => fact.sequence);
	const ordered = new Set(ordering.flatMap((fact) => fact.sequence ?? []));
	const placeable = (fact: Fact) => whenOf(fact) !== undefined || ordered.has(fact.id);
	if (!anchor || !placeable(anchor)) return undefined;
	const statedWith = new Map(
		ordering.flatMap((fact) =>
			fact.sequence?.includes(anchor.id) ? fact.sequence.filter((id) => id !== anchor.id).map((id) => [id, fact]) : [],
		),
	);
	const stated = (fact: Fact) => statedWith.get(fact.id);
	const dateOf = (fact: Fact) => whenOf(fact)?.date ?? ctx.tools.place(fact)?.start;
	const sameAs = (fact: Fact) => (fact.kind === 'event' ? fact.sameAs : undefined);
	const placed = facts.filter(
		(fact) =>
			fact !== anchor &&
			sameAs(fact) !== anchor.id &&
			sameAs(anchor) !== fact.id &&
			(fact.kind === 'event' || fact.kind === 'statement') &&
			placeable(fact) &&
			orderOf(ctx, fact, anchor, [dateOf(fact), dateOf(anchor)], stated(fact) ?? null).first ===
				(way === 'before' ? fact : anchor),
	);
	if (placed.length === 0) return undefined;
	// The nearest first: the one the report itself says came just before (or after), then by date.
	const nearest = [...placed].sort((a, b) => {
		if (stated(a) !== stated(b)) return stated(a) ? -1 : 1;
		const [dateA, dateB] = [dateOf(a) ?? '', dateOf(b) ?? ''];
		return way === 'before' ? dateB.localeCompare(dateA) : dateA.localeCompare(dateB);
	});
	// What the question says was done ("attack") must be something of it; "happened" or "do" asks anything.
	const query = buildQuery(asked, read.language, ctx.tools.index, ctx.tools.base);
	const vague = query.terms.every((_, i) => query.vague.has(i));
	const shares = vague
		? undefined
		: new Map(
				rank(query, ctx.tools.index, ctx.tools.base, { minCoverage: 0, boost: unboosted }).map((c) => [c.fact, c]),
			);
	// ("…what did the gangs threaten to do next?": a deed named besides "do" must be the one told.)
	const deedBits = query.terms.reduce(
		(bits, term, i) =>
			!query.vague.has(i) && asked.some((word) => stem(word) === term && verbNoNoun(word)) ? bits | (1 << i) : bits,
		0,
	);
	const fits = (fact: Fact) => {
		const ranked = shares?.get(fact);
		return (
			!shares || (ranked !== undefined && ranked.coverage >= aroundCoverage && (ranked.matched & deedBits) === deedBits)
		);
	};
	const chosen = nearest.find(fits);
	if (!chosen) return undefined;
	const told = stated(chosen);
	return ctx.tools.facts(question, told ? [told, chosen] : [chosen]);
}

/** The event the words name best: the best ranked of the facts that tell a deed. */
function eventAmong(ctx: Answering, words: readonly string[], read: ReadText): Fact | undefined {
	const query = buildQuery(words, read.language, ctx.tools.index, ctx.tools.base);
	return ctx.rank(query).find((candidate) => candidate.fact.kind === 'event')?.fact;
}

/** How much of what the question says was done an event before or after the one named must share. */
const aroundCoverage = 0.3;
