/**
 * Answers that list: every source, person or country the report names, what a group did, the
 * timeline and the years it names.
 */
import type { Entity, Fact } from '../../../data/schema.js';
import type { Answer } from '../../answer.js';
import { valuesIn } from '../../claims/values.js';
import { withoutAsides } from '../../language/asides.js';
import lists from '../../language/lexicon/lists.json' with { type: 'json' };
import {
	fillerTable,
	fold,
	frameWords,
	type Language,
	stopwords,
	vagueIn,
	vagueWords,
} from '../../language/lexicon.js';
import { misspeltVague } from '../../language/misspelt.js';
import { readText } from '../../language/read.js';
import { stem } from '../../text.js';
import { whenOf } from '../../when.js';
import { actorKinds, dateWords, mediaWords, namedStraight, sourceGroupWords } from '../cues.js';
import { listedIn, listOwner, partNouns } from '../enumeration.js';
import type { Frame } from '../frame.js';
import { citingWords, countedKinds, singular } from '../kinds.js';
import { answerOptions } from '../options.js';
import { askedBits, type Mention, type Query, spellsMention } from '../query.js';
import { rank } from '../rank.js';
import { type Answering, unboosted } from './context.js';
import { describedPeopleAsked, singleAnswer } from './single.js';

const listTargets = Object.entries(lists).filter(([key]) => !key.startsWith('$')) as [ListTarget, string[]][];

type ListTarget = 'sources' | 'leaders' | 'events' | 'dates' | 'figures' | 'people' | 'countries';

/** How a list of entities of a kind is headed. */
const kindNames: Record<Entity['kind'], string> = {
	person: 'people',
	country: 'countries',
	organisation: 'organisations',
	coalition: 'coalitions',
	media: 'news outlets',
	place: 'places',
	prison: 'prisons',
};

/** How one entity of a kind is called in a heading. */
const kindName: Record<Entity['kind'], string> = {
	person: 'person',
	country: 'country',
	organisation: 'organisation',
	coalition: 'coalition',
	media: 'news outlet',
	place: 'place',
	prison: 'prison',
};

const timelineWords = new Set([
	// The words each language asks for a timeline with, one word at a time ("kronoloji", "chronologie").
	...Object.values(frameWords.timeline).flatMap((phrases) => phrases.flatMap((phrase) => fold(phrase).split(' '))),
	'event',
	'events',
	'happened',
	'happen',
	'occurred',
	'took',
	'take',
	'place',
	'report',
	'order',
	'timeline',
	'chronology',
	// How the events are to be ordered or picked, never what they are about: "put all the dated stuff in order oldest first".
	'chronological',
	'chronologically',
	'sorted',
	'oldest',
	'newest',
	'earliest',
	'latest',
	'dated',
	'put',
	'first',
	// What kind of timeline is wanted: "a quick timeline", Kreyòl "yon ti tanlign" (a small one).
	'small',
	'short',
	'quick',
	'brief',
	'little',
	'simple',
	'full',
	'complete',
	// What to give with each: "the dates and what happened each time".
	'each',
	'time',
	'times',
	'date',
	'dates',
	// The words that ask for them, and for what the report tells: "set out the events to which the report refers".
	'set',
	'out',
	'lay',
	'outline',
	'list',
	'give',
	'provide',
	'show',
	'walk',
	'through',
	'refer',
	'refers',
	'mention',
	'mentions',
	'mentioned',
	'cite',
	'cites',
	'cited',
	'describe',
	'describes',
	'described',
	'situate',
	'situates',
	'situated',
	'pinned',
	'tied',
	'linked',
	'belong',
	'facts',
	'fact',
	'things',
	'date',
	'dates',
	'year',
	'years',
	'month',
	'months',
]);

/** Does an item name what events are about, past the words that ask for them in order? */
// (Read as the question is, in English: "Fè yon kronoloji" names no topic either.)
const namesTopic = (item: string) => {
	const read = readText(item);
	return read.words.some(
		// (A year alone is a time to keep to, no topic: "what happened in 2021, 2022 and 2023".)
		(word) =>
			word &&
			!/^\d+$/.test(word) &&
			!vaguish(word, read.language) &&
			!timelineWords.has(word) &&
			!fillerTable.match([word], 0),
	);
};

/** A vague word in English or in the language a question was asked in ("ak", "nan" in Creole). */
const vaguish = (word: string, language: Language) =>
	vagueWords.has(word) ||
	vagueIn[language].has(word) ||
	stopwords[language].has(word) ||
	// ("all the dates that apear in the report": a vague word misspelt names no topic either.)
	misspeltVague(word, language);

/**
 * The items a question lists after a colon, or in a series ("A, B and C"): each names an event.
 *
 * @example
 * listedItems('put these in order: the port attack, the warning and the deal'); // ['the port attack', 'the warning', 'the deal']
 */
export function listedItems(typed: string): string[] {
	// ("…(genuinely asking, my timeline is cooked)": the asker's own remark in brackets lists nothing.)
	const question = withoutAsides(typed);
	// "…ties to the prison (the attack, the inmate count, the earlier warning)": the list in brackets.
	const bracketed = /\(([^()]*,[^()]*)\)/.exec(question)?.[1];
	const colon = question.lastIndexOf(':');
	let tail = bracketed ?? (colon >= 0 ? question.slice(colon + 1) : question);
	// ("moise killed / henry deal / rnddh headcount": slashes list as commas do.)
	const slashed = !tail.includes(',') && (tail.match(/\s\/\s/g) ?? []).length >= 2;
	if (!tail.includes(',') && !slashed) return [];
	// ("mete evènman sa yo an lòd — A, B, C. From first to last…": a spaced dash before the first item opens the list,
	// and a sentence after the last is no item.)
	const firstComma = tail.search(slashed ? /\s\/\s/ : /,/);
	const dash = tail.slice(0, firstComma).search(/\s[—–]\s/u);
	if (dash >= 0) tail = tail.slice(dash + 3);
	// (A question mark ends the list whatever follows it: "…, or the deal of december 2022? put them in order pls".)
	tail = tail.replace(/(?<=[\p{L}\d]{2})(?:[.!?]\s+(?=\p{Lu})|[?!]+\s+(?=\p{L}))[\s\S]*$/u, '');
	return (
		tail
			.split(/,(?!\d{3}\b)|;|\s\/\s|\s(?:and|then|et|puis|pis|ak|epi|n|&)\s/i)
			// ("…, n moise gettin assassinated": chat's "and" before the last item.)
			// ("A, B, or C": a choice's "or" before the last.)
			.map((item) => item.replace(/^\s*(?:and|n|&|et|pis|ak|epi|or|ou|oswa)\s+/i, ''))
			.map((item) => item.replace(/[?.!]+\s*$/, '').trim())
			// ("…, UN green light for the force — put em in order pls": what follows a spaced dash asks, it lists nothing.)
			.map((item, i, all) => (i === all.length - 1 ? item.replace(/\s+[—–-]+\s+.*$/u, '') : item))
			.filter((item) => item.length > 0)
	);
}

/** A clause of the request itself, not an item: one that addresses the bot or asks for the order. */
const requestClause =
	/\b(?:bot|you|u|me|mwen|moi|please|pls|plz|stp|svp|order|ordre|lod|chronological|chronologique|kwonolojik)\b/;

/** "Which of these…", "lequel de ces…": the question lists what it asks about (folded text). */
export const ofThese =
	/\bwhich (?:one )?of (?:these|those|the following)\b|\blequel(?:le)?s? de ces\b|\bkiyes nan\b|\bkiles nan\b/;

/** Words that ask what happened, as against what was said or what something is. */
const happeningWords = new Set(['happened', 'happen', 'happening', 'occurred', 'events', 'event', 'took']);

/**
 * "What happened in 2023?", "what does the article say happened in 2023, all of it": the events of the
 * years a question names, asked with no topic, are the timeline of those years.
 */
export function asksEventsOfYears(frame: Frame, query: Query): boolean {
	if (query.years.length === 0 || !frame.rest.some((word) => happeningWords.has(word))) return false;
	return !frame.rest.some(
		(word) => !/^\d+$/.test(word) && !dateWords.has(word) && !stopwords.en.has(word) && namesTopic(word),
	);
}

export function timelineAnswer(ctx: Answering, question: string, frame: Frame, query: Query): Answer {
	// "Put these in order: the port attack, the warning and the deal": each item a topic of its own; a
	// year one of them names ("the February 2023 count") is what it is, not a range to keep to.
	// "timeline pls, put all the dated stuff in order": a comma that lists no topics.
	// ("Could the bot set out, in chronological order, A, B…": the request's own clauses list nothing.)
	const items = listedItems(question).filter((item) => namesTopic(item) && !requestClause.test(fold(item)));
	// (Each in English words, as the question's language reads it: "le comptage du RNDDH" is "the count of RNDDH".)
	const topics = query.language === 'en' ? items : items.map((item) => readText(item, query.language).words.join(' '));
	if (items.length > 1) return ctx.tools.timeline({ topics }, question);
	const [from, to] = [query.years[0], query.years.at(-1)];
	const topic = frame.rest
		.filter((word) => !vaguish(word, query.language) && !/^\d+$/.test(word) && !timelineWords.has(word))
		.join(' ');
	return ctx.tools.timeline({ from, to, ...(topic ? { topic } : {}) }, question);
}

/** Are the words that spell a mention next to each other in the question? */
function sideBySide(frame: Frame, query: Query, mention: Mention): boolean {
	const at = frame.rest.flatMap((word, i) => (spellsMention(query, mention, word) ? [i] : []));
	return at.length > 0 && (at.at(-1) ?? 0) - (at[0] ?? 0) < at.length;
}

/** Words that open a relative clause; not "which", which opens a question as often ("besides Haiti, which countries…"). */
const relativeWords = new Set(['that', 'who', 'whom', 'whose']);

/** The words a question makes possessive ("the country's", "the gangs'"), folded. */
function possessorsIn(question: string): Set<string> {
	return new Set(
		[...fold(question).matchAll(/\b([a-z]+)(?:['’]s|s['’])(?![a-z])/g)].map((match) => match[1] as string),
	);
}

export function listAnswer(ctx: Answering, question: string, frame: Frame, query: Query): Answer {
	// "List everything the gang leader warned about": a word of a role that names someone asks for no list of leaders.
	// (Only a role's words side by side as typed: "the coalitions and who leads them" asks for every coalition's leader.)
	const roleTerms = new Set(
		query.mentions
			.filter((m) => m.role && sideBySide(frame, query, m))
			.flatMap((m) => m.terms.map((i) => query.terms[i])),
	);
	// "Rattle off every front the country's crisis covers": whose it is names no kind to list.
	const owners = possessorsIn(question);
	// "…and the body that approved the foreign force": a relative clause says which one, not what to list; nor does
	// who did it ("the threats made by gang leaders").
	const relative = frame.rest.findIndex((word, i) => i > 0 && (relativeWords.has(word) || word === 'by'));
	const main = relative < 0 ? frame.rest : frame.rest.slice(0, relative);
	const asked = main.filter((word) => !roleTerms.has(stem(word)) && !owners.has(word));
	// "List everything Barbecue warned people about": what is listed is everything, whatever noun comes later.
	const everything = asked.findIndex((word) => everythingWords.has(word));
	const listed = everything < 0 ? asked : asked.slice(0, everything);
	// ("the medias": a plural as French speakers type it.)
	const targetOf = (some: readonly string[]) =>
		listTargets.find(([, words]) => some.some((word) => words.includes(word) || words.includes(singular(word))))?.[0];
	// ("Which countries are cited?": what is listed is named by its noun; "cited" says only where it is.)
	const target = targetOf(listed.filter((word) => !citingWords.has(word))) ?? targetOf(listed);
	const tools = ctx.tools;
	// "Which countries or international organisations are involved?": each kind named, one list after the other.
	const countries = listed.some((word) => lists.countries.includes(word));
	const bodies = listed.some((word) => /^(?:organi[sz]ations?|bodies|institutions?|agencies)$/.test(word));
	if (countries && bodies) {
		const answers = (['country', 'organisation'] as const).flatMap(
			(kind) => namedOfKind(ctx, question, kind, query) ?? [],
		);
		if (answers.length === 2) {
			const items = answers.flatMap((answer) => answer.items);
			const [first] = answers;
			if (first) return { ...first, items, heading: answers.map((answer) => answer.heading).join(' ') };
		}
	}
	switch (target) {
		case 'sources':
			// "Which news outlets…" asks for the media, not every source (NGOs and the UN too).
			if (
				frame.rest.some((word) => mediaWords.has(word) || mediaWords.has(singular(word))) &&
				// ("every news outlet n org the article quotes": groups asked for with the outlets are sources too.)
				!frame.rest.some((word, i) => otherSourceKinds.test(word) && otherKindAsked(frame.rest, i)) &&
				// ("…does the report quote as sources?": the role the outlets are quoted in, not every source; unless other
				// kinds are asked with them, "news organisations and groups…".)
				!frame.rest.some(
					(word, i) =>
						/^sources?$/.test(word) &&
						(!/^(?:as|comme|kom)$/.test(frame.rest[i - 1] ?? '') ||
							frame.rest.slice(0, i).some((before) => /^(?:and|or|et|ou|ak|oswa)$/.test(before))),
				)
			)
				return namedOfKind(ctx, question, 'media', query) ?? everySource(ctx, question);
			return everySource(ctx, question);
		case 'leaders':
			return tools.leaders(undefined, question);
		case 'events':
			return doneBy(ctx, question, frame, query) ?? timelineAnswer(ctx, question, frame, query);
		case 'dates': {
			// "Every year the report mentions": the report's own words for itself are no topic.
			const topic = frame.rest.filter(
				(word) => !dateWords.has(word) && !vagueWords.has(word) && !toTheDayWords.has(word),
			);
			const timeline = timelineAnswer(ctx, question, { ...frame, rest: topic }, query);
			if (frame.rest.some((word) => toTheDayWords.has(word))) return daysNamed(timeline);
			return frame.rest.some((word) => word === 'year' || word === 'years') ? yearsNamed(timeline) : timeline;
		}
		case 'people':
			// "Which police unions asked for backup? names": the names of what the question names, not of everyone.
			// ("Who are the persons that killed Moïse, the names of them?": people only described, whom the report may not name.)
			if (
				query.mentions.some((mention) => mention.entities.some((entity) => entity.kind !== 'person')) ||
				describedPeopleAsked(frame, query)
			)
				return singleAnswer(ctx, question, frame, query);
			return namedOfKind(ctx, question, 'person', query) ?? everythingOn(ctx, question, query);
		case 'countries':
			return namedOfKind(ctx, question, 'country', query) ?? everythingOn(ctx, question, query);
		default:
			return doneBy(ctx, question, frame, query) ?? everythingOn(ctx, question, query);
	}
}

/**
 * "How many news outlets does the report cite?", "how many people does it name?": the entities
 * of the kind counted that the report names, counted and listed. Only where the question asks
 * what the report names: "how many people were inside" asks for a figure.
 */
export function countNamed(ctx: Answering, question: string, frame: Frame, query: Query): Answer | undefined {
	if (!namedStraight(frame.rest, 0, (word) => citingWords.has(word), frame.counted)) return undefined;
	// "How many sources does the report quote?": sources of every kind, outlets and groups alike.
	if (frame.counted.some((word) => /^(?:sources?|sous|sourse)$/.test(word))) return everySource(ctx, question);
	// ("How many news organisations…": a noun after "news" or "press" is of the media, whatever else it names.)
	const ofMedia = frame.counted.some((word, i) => /^(?:news|press|media)$/.test(word) && i < frame.counted.length - 1);
	const kinds = ofMedia ? ['media' as const] : [...new Set(frame.counted.flatMap((word) => countedKinds(word)))];
	const [kind, ...others] = kinds;
	if (!kind || others.length > 0) return undefined;
	return namedOfKind(ctx, question, kind, query);
}

/**
 * "List everything the gangs attacked or threatened": what the report tells of the groups or
 * people named, that shares what is asked of them, in the report's order.
 */
function doneBy(ctx: Answering, question: string, frame: Frame, query: Query): Answer | undefined {
	const { index, base } = ctx.tools;
	const named = query.mentions
		.flatMap((mention) => mention.entities)
		.filter((entity) => actorKinds.has(entity.kind))
		.map((entity) => entity.id);
	if (named.length === 0) return undefined;
	// ("…everything the UN did": what its Security Council did, a body of the same kind within it, too.)
	const withinNamed = new Set(
		base.entities
			.filter((entity) =>
				base
					.within(entity.id)
					.some((at) => named.includes(at) && (at === entity.id || base.entity(at)?.kind === entity.kind)),
			)
			.map((entity) => entity.id),
	);
	const asked = askedBits(query, (_, i) => query.secondary.has(i));
	const aside = ctx.setAside(frame, query);
	const done = rank(query, index, base, { minCoverage: 0, boost: unboosted })
		.filter(
			({ fact, matched }) =>
				// "List all the things the gangs did": nothing asked of them but what they did, so all of it.
				(asked === 0 || (matched & asked) !== 0) &&
				base.entitiesOf(fact).some((id) => withinNamed.has(id)) &&
				!aside(fact),
		)
		.map(({ fact }) => fact)
		.sort((a, b) => base.reportOrder(a, b));
	if (done.length < 2) return undefined;
	const names = [...new Set(named.map((id) => base.name(id)))].join(' and ');
	return ctx.tools.facts(
		question,
		done.slice(0, 10),
		`What the report says of ${names} (${Math.min(done.length, 10)}):`,
	);
}

/** "List every year the report mentions": the timeline, headed by the years the report's words give. */
function yearsNamed(timeline: Answer): Answer {
	const years = [...new Set(timeline.items.flatMap((item) => whenOf(item.fact)?.date?.slice(0, 4) ?? []))].sort();
	if (!timeline.found || years.length === 0) return timeline;
	const heading = `The years the report names (${years.length}): ${years.join(', ')}.`;
	return { ...timeline, heading };
}

/** Kinds of source besides the media: "orgs", "groups", "NGOs", "bodies". */
const otherSourceKinds = new RegExp(`^(?:${sourceGroupWords})$`);

/**
 * Is the kind word at `at` asked for too, not set aside ("not NGOs or UN bodies", "leaving aside rights groups") nor
 * the media's own ("news organisations")?
 */
function otherKindAsked(words: readonly string[], at: number): boolean {
	if (/^(?:news|press|media)$/.test(words[at - 1] ?? '')) return false;
	return !words
		.slice(Math.max(0, at - 4), at)
		.some((word) => /^(?:not|no|nor|except|excluding|besides|aside|apart|sans|sauf|pas|ni|without)$/.test(word));
}

/** Words that ask for dates given to the day: "which full dates (day and month)…". */
const toTheDayWords = new Set(['day', 'days', 'month', 'months', 'full', 'exact', 'specific', 'calendar', 'complete']);

/**
 * "Which full dates does the report give?": the timeline's facts whose own words give a day of a
 * month ("July 7, 2021", "February 7"), not a date worked out from a weekday or the report's date.
 */
function daysNamed(timeline: Answer): Answer {
	const items = timeline.items.filter((item) =>
		valuesIn(whenOf(item.fact)?.words ?? '').some(
			(value) => value.kind === 'date' && value.day !== undefined && value.month !== undefined,
		),
	);
	if (!timeline.found || items.length === 0) return timeline;
	const days = [...new Set(items.map((item) => whenOf(item.fact)?.words ?? ''))];
	return { ...timeline, items, heading: `The dates the report gives to the day (${days.length}): ${days.join('; ')}.` };
}

/** Words that list everything of a kind left unsaid: "everything", "all the stuff", "tout ce que". */
const everythingWords: ReadonlySet<string> = new Set([
	'everything',
	'anything',
	'stuff',
	'things',
	'whatever',
	'tout',
	'bagay',
]);

/** Everything the report says on what a list question names. */
function everythingOn(ctx: Answering, question: string, query: Query): Answer {
	const tools = ctx.tools;
	const ranked = ctx.rank(query);
	if (ranked.length === 0) return tools.notFound(question, { suggestions: ctx.suggest(query) });
	return tools.facts(
		question,
		ranked.slice(0, 10).map(({ fact }) => fact),
		`Everything the report says on that (${Math.min(10, ranked.length)}):`,
	);
}

/**
 * "List every person named in the report", "which countries are named?": each entity of the kind the facts involve, by name, with what
 * the report says of them first (what they are, else what they lead, else their first fact).
 */
export function namedOfKind(ctx: Answering, question: string, kind: Entity['kind'], query?: Query): Answer | undefined {
	const { base } = ctx.tools;
	// "Apart from Haiti, which countries…": what the question names itself is not listed.
	const named = new Set(query?.mentions.flatMap((mention) => mention.entities.map((entity) => entity.id)));
	const persons = base.entities.filter((entity) => entity.kind === kind && !named.has(entity.id));
	const setAside = base.entities.filter((entity) => entity.kind === kind && named.has(entity.id)).map((e) => e.name);
	const told = persons.flatMap((person) => {
		const involved = base.facts.filter((fact) => base.entitiesOf(fact).includes(person.id));
		const first =
			involved.find((fact) => fact.kind === 'detail' && fact.subject === person.id) ??
			involved.find((fact) => fact.kind === 'leadership') ??
			involved[0];
		return first ? [{ person, first }] : [];
	});
	if (told.length === 0) return undefined;
	return ctx.tools.facts(
		question,
		told.map(({ first }) => first),
		`${setAside.length > 0 ? `Besides ${setAside.join(' and ')}, the` : 'The'} report names ${told.length} ${told.length === 1 ? kindName[kind] : kindNames[kind]}: ${told.map(({ person }) => person.name).join(', ')}.`,
	);
}

/** Every outlet and group the report cites for what it says, with what each is cited for. */
export function everySource(ctx: Answering, question: string): Answer {
	const { base } = ctx.tools;
	const cited = new Map<string, Fact[]>();
	for (const fact of base.facts) {
		const source =
			fact.kind === 'figure'
				? fact.reportedBy
				: fact.kind === 'statement'
					? (fact.outlet ?? (base.entity(fact.speaker)?.kind === 'media' ? fact.speaker : undefined))
					: undefined;
		if (source) cited.set(source, [...(cited.get(source) ?? []), fact]);
	}
	if (cited.size === 0) return ctx.tools.notFound(question, { heading: 'The report cites no sources by name.' });
	const items = [...cited].map(([id, facts]) => ctx.tools.item(facts[0] as Fact, base.name(id)));
	return {
		kind: 'facts',
		question,
		found: true,
		heading: `The report cites ${cited.size} sources: ${[...cited.keys()].map((id) => base.name(id)).join(', ')}.`,
		items,
		notes: [],
		suggestions: [],
	};
}

/**
 * Does the question name what a list is of? "Which fronts does the crisis cover" names the crisis,
 * "how many dimensions" the multidimensional crisis; "list all the things the gangs did" names
 * none of what the crisis's sentence lists, though it names the gangs the sentence also tells of.
 */
function ownerAsked(quote: string, counting: readonly string[], query: Query): boolean {
	const owner = listOwner(quote).map((word) => fold(word));
	const asked = new Set(query.terms);
	return owner.some(
		(word) =>
			asked.has(stem(word)) ||
			counting.some((noun) => partNouns.has(noun) && word.includes(noun.replace(/s$/, '')) && noun.length > 3),
	);
}

/**
 * "How many facets of the crisis does the report list?": the parts one of its sentences lists,
 * counted, with the sentence.
 */
export function countListed(ctx: Answering, question: string, frame: Frame, query: Query): Answer | undefined {
	const counting = frame.kind === 'count' ? frame.counted : frame.rest;
	if (!counting.some((word) => partNouns.has(word) || partNouns.has(word.replace(/s$/, '')))) return undefined;
	const { index, base } = ctx.tools;
	const listed = rank(query, index, base, { minCoverage: answerOptions.oneUnknownCoverage, boost: unboosted })
		.slice(0, answerOptions.maxItems)
		.map(({ fact }) => ({ fact, items: listedIn(fact.quote) }))
		.find(({ fact, items }) => items.length >= 2 && ownerAsked(fact.quote, counting, query));
	if (!listed) return undefined;
	return ctx.tools.facts(question, [listed.fact], `${listed.items.length}: ${listed.items.join(', ')}.`);
}
