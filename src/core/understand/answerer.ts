import type { Entity, Fact } from '../../data/schema.js';
import type { Answer, AnswerItem, Suggestion } from '../answer.js';
import type { CalendarPlace } from '../calendar.js';
import { checkClaims, statesFigure } from '../claims/claims.js';
import { isCalendarWord, valuesIn } from '../claims/values.js';
import type { TimelineOptions } from '../engine.js';
import type { FactBase } from '../fact-base.js';
import lists from '../language/lexicon/lists.json' with { type: 'json' };
import { fold, stopwords, vagueWords } from '../language/lexicon.js';
import { type ReadText, readText } from '../language/read.js';
import { describeDuration } from '../reason/duration.js';
import type { SearchIndex } from '../search-index.js';
import { capitalise, stem, terms as termsOf, words as wordsOf } from '../text.js';
import { compareDates, whenOf } from '../when.js';
import {
	actorKinds,
	bitsSet,
	boostFor,
	changeBoost,
	dateWords,
	eitherWay,
	kindNounBoost,
	leadingClauseOnly,
	listsPeople,
	mediaWords,
	placeAsked,
	shareWords,
	statusAsked,
	statusBoost,
} from './cues.js';
import {
	askedAttribute,
	askedVerb,
	asksAnAction,
	asksNames,
	asksNothingOf,
	asksWhoLeads,
	clauseOpeners,
	creditedTo,
	fitsFrame,
	givesReason,
	mainClauseMatch,
	mainQuery,
	nameAsking,
	namedKinds,
	namesPerson,
	namesSomeoneElse,
	onlyInRelativeClause,
	ordinal,
	pronouns,
	sameSentence,
	saysInPhrase,
	sinceWords,
	speakerBoost,
	speechStems,
	speechWords,
	spokenCoverage,
	statesCause,
	thinlyMatched,
	unclearWhen,
} from './fits.js';
import { type Frame, readFrame } from './frame.js';
import { guessIn } from './guess.js';
import { citingWords, countedKinds } from './kinds.js';
import { countsInText, measures } from './measure.js';
import { answerOptions } from './options.js';
import { type Polarity, polarityOf } from './polarity.js';
import { buildQuery, type Mention, type Query, strangersIn } from './query.js';
import { type Ranked, rank } from './rank.js';
import { statementToCheck } from './tagged.js';

/** What the answerer needs from the engine: the data, and how the engine shapes answers. */
export interface AnswerTools {
	base: FactBase;
	index: SearchIndex;
	item(fact: Fact, label?: string): AnswerItem;
	facts(question: string, facts: Fact[], heading?: string): Answer;
	notFound(question: string, parts: { heading?: string; notes?: string[]; suggestions?: Suggestion[] }): Answer;
	entityCard(question: string, entity: Entity): Answer;
	leaders(coalition: string | undefined, question: string): Answer;
	timeline(options: TimelineOptions, question: string): Answer;
	/** Where a fact falls on the calendar, relative dates worked out from the report's date. */
	place(fact: Fact): CalendarPlace | undefined;
}

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

/** Words that say "more" or "over" in a yes/no question about a figure against another. */
const overWords = new Set([
	'over',
	'exceed',
	'exceeds',
	'surpass',
	'surpassed',
	'depasse',
	'above',
	'exceed',
	'exceeded',
	'exceeding',
	'more',
	'beyond',
	'overcrowded',
	'overfilled',
	'full',
	'overflowing',
	'surpeuple',
	'depase',
]);

/**
 * Answers a question by its frame: it finds the facts the question is about, then checks that
 * they give what the frame asks for (a figure of the measure counted, a date, a place, a
 * reason, someone other than who was named), computes what is asked of two facts (an order, a
 * duration), or says plainly what the report does not say.
 */
export class QuestionAnswerer {
	readonly #tools: AnswerTools;

	constructor(tools: AnswerTools) {
		this.#tools = tools;
	}

	answer(question: string, read: ReadText, frame: Frame): Answer {
		return this.#heard(question, read) ?? this.#guessed(question, read, frame) ?? this.#answer(question, read, frame);
	}

	/**
	 * "I heard Reuters said the guards left, is that right?": the statement held against the
	 * report, claim by claim. No where any claim differs, yes where every claim it can check
	 * matches; a statement the report cannot check is read as a question.
	 */
	#heard(question: string, read: ReadText): Answer | undefined {
		const { base, index } = this.#tools;
		const statement = statementToCheck(read.cleaned, fold(read.cleaned));
		if (!statement) return undefined;
		const claims = checkClaims(base, index, statement).filter((claim) => claim.verdict !== 'not_in_report');
		if (claims.length === 0) return undefined;
		const facts = [...new Set(claims.flatMap((claim) => claim.facts))];
		const differs = claims.find((claim) => claim.verdict === 'differs');
		if (differs) return this.#tools.facts(question, facts, `No: not “${differs.text}”. ${differs.report}`);
		return this.#tools.facts(
			question,
			facts,
			`Yes: ${claims.map((claim) => `“${claim.text}”`).join(', ')}, as the report says.`,
		);
	}

	/**
	 * "Who asked for reinforcements — the government?": the question answered without its guess,
	 * saying whether the guess (someone the data names) is who the answer credits.
	 */
	#guessed(question: string, read: ReadText, frame: Frame): Answer | undefined {
		const { base, index } = this.#tools;
		if (frame.kind !== 'who' && frame.kind !== 'whoSaid') return undefined;
		const found = guessIn(read.cleaned);
		const [match, ...more] = found ? index.matchEntities(found.guess) : [];
		// The guess is a name and nothing else: "…, au juste ?" is no guess.
		if (!found || !match || more.length > 0 || match.covered.size < termsOf(found.guess).length) return undefined;
		const unguessed = readText(found.question);
		const unguessedFrame = readFrame(unguessed);
		if (unguessedFrame.kind !== frame.kind) return undefined;
		const answer = this.#answer(question, unguessed, unguessedFrame);
		if (!answer.found) return answer;
		const { name } = match.entity;
		const credited = answer.items.filter((item) => base.entitiesOf(item.fact).includes(match.entity.id));
		// A guess the report only points to is not confirmed by it.
		const verdict =
			credited.length === 0
				? `Not ${name}:`
				: credited.every((item) => item.fact.basis === 'inferred')
					? `The report does not say outright that it was ${name}:`
					: `Yes, ${name}.`;
		const heading = answer.heading && answer.heading !== name ? `${verdict} ${answer.heading}` : verdict;
		return { ...answer, heading };
	}

	#answer(question: string, read: ReadText, frame: Frame): Answer {
		const { index } = this.#tools;
		const query = buildQuery(frame.rest, read.language, index, this.#tools.base);
		query.strangers = strangersIn(read.cleaned, query);
		// "Who gave the 3,687 figure?", "did Reuters provide the 700-place figure?": the figure's own source.
		const sourced = this.#figureSource(question, frame, query);
		if (sourced) return sourced;
		// "Who are the named individuals in the report?": every person it names.
		if (frame.kind === 'who' && listsPeople(frame)) {
			const people = this.#named(question, 'person', query);
			if (people) return people;
		}
		// "More or less than five times its capacity?", however it opens.
		if (eitherWay.test(fold(question))) {
			const either = this.#overRate(question, query);
			if (either) return either;
		}
		// "Which of these happened in 2023: A, B, C?": each listed event, dated, in order.
		if (ofThese.test(fold(question)) && listedItems(question).length > 1) return this.#timeline(question, frame, query);
		switch (frame.kind) {
			case 'timeline':
				return this.#timeline(question, frame, query);
			case 'list':
				return this.#list(question, frame, query);
			case 'first':
			case 'howLong':
				return this.#twoEvents(question, frame, read);
			case 'yesNo':
				return this.#overRate(question, query) ?? this.#checked(question) ?? this.#single(question, frame, query);
			case 'count':
				return this.#countNamed(question, frame, query) ?? this.#single(question, frame, query);
			default:
				return this.#namingPlace(frame, this.#single(question, frame, query));
		}
	}

	/**
	 * "Which prison did the gangs hit?": the place the answer's fact is about, named first where
	 * the fact's words do not name it ("Haiti's largest prison").
	 */
	#namingPlace(frame: Frame, answer: Answer): Answer {
		const { base } = this.#tools;
		const kind = placeAsked(frame);
		const [first] = answer.items;
		if (!kind || !answer.found || !first || answer.heading) return answer;
		const [place, ...others] = base
			.entitiesOf(first.fact)
			.flatMap((id) => base.entity(id) ?? [])
			.filter((entity) => entity.kind === kind);
		if (!place || others.length > 0 || first.text.includes(place.name)) return answer;
		return { ...answer, heading: `${place.name}.` };
	}

	/**
	 * A question that gives a figure's number and asks where it comes from: the figure, whose
	 * answer names its source; for a yes/no question naming a source, whether it is that one.
	 */
	#figureSource(question: string, frame: Frame, query: Query): Answer | undefined {
		const { base } = this.#tools;
		if (!['whoSaid', 'who', 'what', 'yesNo'].includes(frame.kind)) return undefined;
		if (frame.kind !== 'whoSaid' && !asksSource.test(fold(question))) return undefined;
		const numbers = valuesIn(question).flatMap((value) =>
			value.kind === 'number' && !/^(?:19|20)\d\d$/.test(String(value.value)) ? [value.value] : [],
		);
		const figures = base.facts.filter(
			(fact) => fact.kind === 'figure' && fact.value !== null && numbers.includes(fact.value) && fact.reportedBy,
		);
		const [figure, ...others] = figures;
		if (figure?.kind !== 'figure' || others.length > 0 || !figure.reportedBy) return undefined;
		if (frame.kind !== 'yesNo') return this.#tools.facts(question, [figure]);
		// "Did Reuters provide it?": yes only for its own source; any other named source is a no.
		const named = query.mentions.flatMap((mention) => mention.entities).filter((entity) => agentKinds.has(entity.kind));
		if (named.length === 0) return undefined;
		const source = base.entity(figure.reportedBy);
		const same = named.some((entity) => entity.id === figure.reportedBy);
		return this.#tools.facts(
			question,
			[figure],
			same ? 'Yes, the report says so:' : `No: the report credits it to ${source?.name ?? figure.reportedBy}.`,
		);
	}

	/**
	 * "Were there more than five inmates per place?", "is it over 4 times its capacity?": a rate
	 * held against a threshold, answered from the one rate the report gives of what is named.
	 */
	#overRate(question: string, query: Query): Answer | undefined {
		const asked = rateThreshold.exec(fold(question));
		const [number] = valuesIn(asked?.[2] ?? '').filter((value) => value.kind === 'number');
		if (!asked?.[1] || number?.kind !== 'number') return undefined;
		const [rate, ...others] = this.#rates(query, false);
		if (!rate || others.length > 0 || rate.kind !== 'figure' || rate.value === null) return undefined;
		const times = rate.value / 100;
		const said = times.toLocaleString('en-US', { maximumFractionDigits: 2 });
		// "More or less than five times its capacity?": which of the two.
		if (eitherWay.test(fold(question))) {
			return this.#tools.facts(question, [rate], `${times > number.value ? 'More' : 'Less'}: about ${said} times.`);
		}
		const more = /^(?:more|over|above|at least)/.test(asked[1]);
		const holds = more
			? times > number.value || (asked[1] === 'at least' && times === number.value)
			: times < number.value;
		return this.#tools.facts(question, [rate], `${holds ? 'Yes' : 'No'}: about ${said} times.`);
	}

	/**
	 * "Is it true homicides tripled in 2023?": a yes/no question that states a figure (a number or
	 * a change) is the message check's work. No when the report gives another value, yes when
	 * every figure stated is the report's; otherwise it is read as any other question.
	 */
	#checked(question: string): Answer | undefined {
		const { base, index } = this.#tools;
		// "Could 3,687 inmates fit in 700 places?" asks what would be, not whether the figures are right.
		if (hypothetical.test(question)) return undefined;
		// Only claims about a figure: a date the question mentions in passing ("the inmates counted in
		// February 2023") is not what it asks about.
		const claims = checkClaims(base, index, question).filter(
			(claim) => statesFigure(claim) && claim.verdict !== 'not_in_report' && claim.facts[0]?.kind === 'figure',
		);
		if (claims.length === 0) return undefined;
		const differs = claims.find((claim) => claim.verdict === 'differs');
		const facts = [...new Set(claims.flatMap((claim) => claim.facts))];
		if (differs) return this.#tools.facts(question, facts, `No: not “${differs.text}”. ${differs.report}`);
		return this.#tools.facts(
			question,
			facts,
			`Yes: ${claims.map((claim) => `“${claim.text}”`).join(', ')}, as the report says.`,
		);
	}

	#rank(query: Query, boost: (fact: Fact) => number = () => 1): Ranked[] {
		const { index, base } = this.#tools;
		const ranked = rank(query, index, base, { minCoverage: answerOptions.minCoverage, boost });
		if (ranked.length > 0) return ranked;
		const dominant = this.#dominant(query, boost);
		if (dominant) return [dominant];
		if (query.unknown.length !== 1) return ranked;
		// One word the data does not know, in a question every other word of which one fact has: most
		// likely the asker's word for the fact's ("when did RNDDH first flag the overcrowding").
		const known = query.terms.flatMap((term, i) => (query.unknown.includes(term) || query.vague.has(i) ? [] : [i]));
		if (known.length < answerOptions.minKnownTerms) return ranked;
		// Names alone do not say what is asked of them: "what does the force cost" knows only the force, and
		// a subordinate clause only qualifies what is asked ("what did gunmen grab before the siege"). An
		// unknown word of a subordinate clause only qualifies it in turn ("what was Barbecue before he became…").
		const named = new Set(query.mentions.flatMap((mention) => mention.terms));
		const unknownAt = query.terms.indexOf(query.unknown[0] ?? '');
		const asks = known.filter((i) => !named.has(i) && !query.secondary.has(i));
		if (asks.length === 0 && !query.secondary.has(unknownAt)) return ranked;
		return rank(query, index, base, { minCoverage: answerOptions.oneUnknownCoverage, boost }).filter(({ matched }) =>
			known.every((i) => (matched & (1 << i)) !== 0),
		);
	}

	/** The query's terms (bit i for term i) that some fact about the entity has. */
	#saidOf(query: Query, id: string): number {
		const { base } = this.#tools;
		return this.#rank(query)
			.filter(({ fact }) => base.entitiesOf(fact).includes(id))
			.reduce((bits, { matched }) => bits | matched, 0);
	}

	/**
	 * A fact saying it remains unclear when something named will happen, for a yes/no question
	 * asking whether it has happened yet.
	 */
	#pending(frame: Frame, query: Query): Fact | undefined {
		const { base } = this.#tools;
		if (frame.kind !== 'yesNo' || !statusAsked.test(frame.rest.join(' '))) return undefined;
		const named = new Set(query.mentions.flatMap((mention) => mention.entities.map((entity) => entity.id)));
		const [fact, ...others] = base.facts.filter(
			(candidate) => unclearWhen.test(candidate.quote) && base.entitiesOf(candidate).some((id) => named.has(id)),
		);
		return fact && others.length === 0 ? fact : undefined;
	}

	/**
	 * The one "the name of the X" asks for, where X is one the data names and some fact about it
	 * involves everyone else the question names.
	 */
	#nameOf(frame: Frame, query: Query): Entity | undefined {
		const { base } = this.#tools;
		const at = frame.rest.findIndex((word, i) => word === 'name' && frame.rest[i + 1] === 'of');
		if (at < 0) return undefined;
		const after = frame.rest
			.slice(at + 2)
			.findIndex((word) => query.mentions.some((m) => m.terms.some((i) => query.terms[i] === stem(word))));
		if (after < 0) return undefined;
		const word = stem(frame.rest[at + 2 + after] ?? '');
		const mention = query.mentions.find((m) => m.terms.some((i) => query.terms[i] === word));
		const [target, ...more] = mention?.entities ?? [];
		if (!target || more.length > 0 || target.described || !namedKinds.has(target.kind)) return undefined;
		const others = query.mentions.flatMap((m) => m.entities).filter((entity) => entity.id !== target.id);
		const together = base.facts.some((fact) => {
			const involved = base.entitiesOf(fact).flatMap((id) => base.within(id));
			return involved.includes(target.id) && others.every((entity) => involved.includes(entity.id));
		});
		return together ? target : undefined;
	}

	/** The one coalition that is part of the one country the question names: its government. */
	#governmentOf(query: Query): Entity | undefined {
		const { base } = this.#tools;
		// Only the country: "who leads Haiti's national police" is about the police.
		const [country, ...more] = query.mentions.flatMap((m) => m.entities);
		if (country?.kind !== 'country' || more.length > 0) return undefined;
		const [coalition, ...others] = base.entities.filter(
			(entity) => entity.kind === 'coalition' && entity.partOf === country.id,
		);
		return others.length === 0 ? coalition : undefined;
	}

	/**
	 * One fact far ahead of every other, that accounts for a little less of the question than an
	 * answer must: the question is about it, put in words of the asker's own ("what kind of
	 * inmates are the unions afraid will break out"). It must tell something besides the names,
	 * and involve everyone the question names, and the question must name someone.
	 */
	#dominant(query: Query, boost: (fact: Fact) => number): Ranked | undefined {
		const { index, base } = this.#tools;
		const [top, next] = rank(query, index, base, { minCoverage: answerOptions.dominantCoverage, boost });
		if (!top?.predicate || (next && top.score < next.score * answerOptions.dominance)) return undefined;
		const involved = base.entitiesOf(top.fact);
		const named = query.mentions.filter((mention) => mention.terms.some((i) => !query.secondary.has(i)));
		// Without a name to anchor it, a fact ahead of others in a question it half answers is only a guess.
		if (named.length === 0) return undefined;
		return named.every((mention) => mention.entities.some((entity) => involved.includes(entity.id))) ? top : undefined;
	}

	/**
	 * "Since when has Henry been running the government?": the one date the report gives as a start
	 * of something the question names, however else it words it ("in power from 2021").
	 */
	#startOf(query: Query): Fact | undefined {
		const { index, base } = this.#tools;
		const [top] = rank(query, index, base, { minCoverage: answerOptions.startCoverage, boost: unboosted }).filter(
			({ fact, matched }) => matched !== 0 && sinceWords.test(whenOf(fact)?.words ?? ''),
		);
		return top?.fact;
	}

	/**
	 * "Who's the NGO that said the prison was overcrowded?": who a description the data gives one of
	 * its names is, by what the clause after it says they did.
	 */
	#describedOne(frame: Frame, query: Query): { entity: Entity; fact: Fact } | undefined {
		const { base } = this.#tools;
		if (frame.kind !== 'who' || !copulas.has(frame.rest[0] ?? '') || frame.rest[1] !== 'the') return undefined;
		const [first] = [...query.mentions].sort((a, b) => Math.min(...a.terms) - Math.min(...b.terms));
		const [entity, ...others] = first?.entities ?? [];
		const after = first ? frame.rest.findIndex((word, i) => i > 1 && relatives.has(word)) : -1;
		if (!entity || others.length > 0 || after < 0 || entity.kind === 'person') return undefined;
		const fact = this.#rank(query).find(
			({ fact, predicate }) => predicate && base.entitiesOf(fact).includes(entity.id),
		)?.fact;
		return fact ? { entity, fact } : undefined;
	}

	#single(question: string, frame: Frame, query: Query): Answer {
		const tools = this.#tools;
		const start = frame.since ? this.#startOf(query) : undefined;
		if (start) return tools.facts(question, [start]);
		const described = this.#describedOne(frame, query);
		if (described) return tools.facts(question, [described.fact], `${described.entity.name}.`);
		const byFrame = boostFor(frame);
		const bySpeaker = speakerBoost(frame, query);
		const byKindNoun = kindNounBoost(frame);
		const byChange = changeBoost(frame);
		const byStatus = statusBoost(frame);
		if (asksNames(frame)) {
			// "What's Barbecue's actual name?", "what is the prison called?": one person or place named by another of
			// its names, or described; the card gives the name the report uses.
			// Only where nothing else is asked of it: "the name of Haiti's second-largest prison" is another prison's.
			// The same one named twice ("the PM, Henri or Henry") is one.
			const entities = [...new Set(query.mentions.flatMap((m) => m.entities))];
			// "The biggest lockup in Haiti": a place the one named is in only says where it is.
			const [only, ...others] = entities.filter(
				(entity) => !entities.some((other) => other !== entity && tools.base.within(other.id).includes(entity.id)),
			);
			const inMention = new Set(query.mentions.flatMap((m) => m.terms));
			// What else the question says of it ("the biggest") must be what the report says of it.
			const saidOfIt = only ? this.#saidOf(query, only.id) : 0;
			const nothingElse = query.terms.every(
				(term, i) =>
					inMention.has(i) ||
					query.vague.has(i) ||
					query.secondary.has(i) ||
					nameAsking.has(term) ||
					(saidOfIt & (1 << i)) !== 0,
			);
			const ranked = frame.rest.some((word) => ordinal.test(word));
			if (only && others.length === 0 && nothingElse && !ranked && !only.described && namedKinds.has(only.kind))
				return tools.entityCard(question, only);
			// "The name of the rights group, the one with the prison numbers": the one after "name of", which the
			// report gives together with the others the question names.
			const target = this.#nameOf(frame, query);
			if (target && !ranked) return tools.entityCard(question, target);
			const described = query.mentions.flatMap((m) => m.entities).find((entity) => entity.described);
			if (described) {
				return tools.notFound(question, {
					heading: `The report doesn’t name them: it says only “${described.name.toLowerCase()}”.`,
					suggestions: this.#suggest(query),
				});
			}
		}
		// "Did Canada sanction him?": no fact is about a name the data does not know.
		const [stranger] = query.strangers;
		if (stranger) {
			const answer = this.#doesNotSay(question, frame, this.#rank(query), `The report doesn’t mention ${stranger}.`);
			return answer.suggestions.length > 0 ? answer : { ...answer, suggestions: this.#suggest(query) };
		}
		// "Compare what Gazette Haiti and Reuters said about…": each source's own word on it.
		const each = this.#eachSource(frame, query);
		if (each) return tools.facts(question, each, 'What each source says:');
		// "Did the government say anything…": that speaker's own statements answer, whatever they are about.
		const speaker = this.#speakerNamed(frame, query);
		const spoken = speaker && this.#outweighed(query, speaker, this.#spokenBy(query, speaker));
		const creditedElse = speaker && this.#creditedElsewhere(query, speaker, spoken);
		if (creditedElse) {
			const source = [...new Set(creditedTo(creditedElse, tools.base).map((entity) => entity.name))].join(' and ');
			const heading = `${frame.kind === 'yesNo' ? 'No: t' : 'T'}he report credits that to ${source}.`;
			return tools.facts(question, [creditedElse], heading);
		}
		if (spoken) {
			const ranked = frame.kind === 'yesNo' ? this.#rank(query).find(({ fact }) => fact === spoken) : undefined;
			return tools.facts(question, [spoken], yesNoHeading(ranked && polarityOf(query, frame.rest, ranked)));
		}
		// "Is the Kenya-led force in Haiti yet?": where the report says it remains unclear when it will be.
		const pending = this.#pending(frame, query);
		if (pending) return tools.facts(question, [pending], 'Not as far as the report says:');
		// "Did any of the prisoners actually get out?" with nothing the data knows but the prison: what is
		// asked of it is unknown, and a fact that only names it does not answer.
		if (frame.kind === 'yesNo' && asksNothingOf(query)) return this.#doesNotSay(question, frame, this.#rank(query));
		// "Was he out of the country?" with no one named: who "he" is, the question does not say.
		if (frame.kind === 'yesNo' && query.mentions.length === 0 && frame.rest.some((word) => pronouns.has(word)))
			return this.#doesNotSay(question, frame, this.#rank(query));
		// "Who leads / runs / heads the gangs?" is the coalition's leadership, however it is put.
		// "Who runs Haiti?" is who leads its government: the one coalition of the country named.
		const coalition =
			query.mentions.flatMap((m) => m.entities).find((e) => e.kind === 'coalition') ?? this.#governmentOf(query);
		if (frame.kind === 'who' && coalition && asksWhoLeads(frame) && !leadingClauseOnly(query))
			return tools.leaders(coalition.id, question);
		// "What did the alliance boss say…": who leads says nothing of what was said, however many words it shares.
		const saying =
			frame.kind !== 'who' && frame.kind !== 'whoSaid' && query.terms.some((term) => speechStems.has(term));
		const byKind = (fact: Fact) => (saying && fact.kind === 'leadership' ? answerOptions.offTopic : 1);
		const ranked = this.#rank(
			query,
			(fact) => byFrame(fact) * bySpeaker(fact) * byKind(fact) * byKindNoun(fact) * byChange(fact) * byStatus(fact),
		);
		const [best] = ranked;
		// "What reason did the prime minister give for hanging on…": the few facts that give a reason,
		// about everyone the question names, may share less of its words.
		if (!best && frame.kind === 'why') {
			const reason = this.#looseReason(query);
			if (reason) return tools.facts(question, [reason]);
		}
		if (!best) {
			const counting = this.#countedInWords(frame, query);
			if (counting) return tools.facts(question, [counting]);
			// "What was the occupancy rate?": the frame is the whole question; the rates answer it.
			const rates = frame.kind === 'ratio' ? this.#rates(query) : [];
			if (rates.length > 0) return tools.facts(question, rates, this.#heading(frame, rates));
			return tools.notFound(question, { suggestions: this.#suggest(query) });
		}

		// Just a name, or "who is" a name: what the report says about that person or group.
		const [mention] = query.mentions;
		const named = mention?.entities[0];
		if (
			named &&
			query.mentions.length === 1 &&
			// Nothing asked of the name but vague words: "what kind of organisation is RNDDH?"
			query.terms.every((_, i) => mention.terms.includes(i) || query.vague.has(i)) &&
			// …and no verb the index drops: "who gave the go-ahead for the force?" asks what was done.
			!asksAnAction(frame, named) &&
			(frame.kind === 'what' || frame.kind === 'who') &&
			// "What religion is Barbecue?" asks something of a kind the name is not.
			(!frame.answerKinds || frame.answerKinds.includes(named.kind))
		) {
			return tools.entityCard(question, named);
		}

		// "Who ordered the assassination", "when did Barbecue become…": a fact that does not tell that does not answer it.
		const verb = askedVerb(frame, query) ?? askedAttribute(frame, query);
		const mainClause = mainClauseMatch(query);
		// "Why did he stay on?": a fact that gives a reason for what is asked, or one told in the same sentence.
		if (frame.kind === 'why') {
			const gives = (fact: Fact) => givesReason(fact, query, verb);
			// A cause stated outright ("arguing that…") before a time that only reads like one ("since 2021").
			const causes = (fact: Fact) => gives(fact) && statesCause(fact);
			const told = sameSentence(tools.base, best.fact);
			const reason =
				ranked.find(({ fact }) => causes(fact))?.fact ??
				told.find(causes) ??
				ranked.find(({ fact }) => gives(fact))?.fact ??
				told.find(gives);
			if (!reason) return this.#doesNotSay(question, frame, ranked);
			return tools.facts(question, reason === best.fact || !told.includes(reason) ? [reason] : [reason, best.fact]);
		}
		const fits = (candidate: Ranked) =>
			fitsFrame(frame, candidate.fact, query, tools.base, tools.index) &&
			mainClause(candidate.matched) &&
			(verb === undefined ||
				// "Who insisted that…": any statement tells who said what it says, whatever the verb.
				(candidate.fact.kind === 'statement' && (speechStems.has(query.terms[verb] ?? '') || saysInPhrase(frame))) ||
				((candidate.matched & ~candidate.related & (1 << verb)) !== 0 &&
					// "…Sergier, who has been sanctioned by the U.N., warned…": the date is the warning's.
					!(frame.kind === 'when' && onlyInRelativeClause(candidate.fact.quote, query.terms[verb] ?? ''))));
		const { top, tied } = bestFitting(ranked, fits, best.score * 0.5);
		// "Who's the Kenyan commander…? Need a name": a fact that names no person does not give one.
		// "What are the names of the suspects?": nor does one that names only whom the question names.
		if (
			top &&
			asksNames(frame) &&
			((frame.kind === 'who' && !namesPerson(top.fact, tools.base)) ||
				(frame.kind === 'what' && !namesSomeoneElse(top.fact, query, tools.base, ['person'])))
		) {
			return this.#doesNotSay(question, frame, ranked, 'The report doesn’t name them.');
		}
		// "And what did that mess up?": one word, matched only through a word related to it, names nothing to answer about.
		if (top && thinlyMatched(query, top)) return this.#doesNotSay(question, frame, ranked);
		if (!top) {
			// "How many unions called for help?": a statement that counts them ("Two of … unions") answers.
			// (A figure answers only through its measure, above.)
			// Its own number next to the noun is strong evidence: it may share a little less with the question.
			const counting = this.#countedInWords(frame, query);
			if (counting) return tools.facts(question, [counting]);
			return this.#doesNotSay(question, frame, ranked);
		}
		// "What two warnings did Sergier issue?": as many facts as asked for, where that many fit.
		const wanted = numberAsked(frame.rest);
		const enough =
			wanted > tied.length
				? [
						...tied,
						...rank(query, tools.index, tools.base, {
							minCoverage: answerOptions.oneUnknownCoverage,
							boost: (fact) => byFrame(fact) * bySpeaker(fact),
						}).filter(
							(candidate) =>
								!tied.some(({ fact }) => fact === candidate.fact) &&
								candidate.score >= top.score * answerOptions.askedNumberFloor &&
								fits(candidate),
						),
					].slice(0, wanted)
				: tied;
		const tiedFacts = enough.map((candidate) => candidate.fact);
		// A figure worked out from another shown beside it adds nothing unless the question asks for the working.
		const computed = frame.kind === 'ratio' || frame.kind === 'difference' || frame.kind === 'yesNo';
		const chosen = tiedFacts
			.filter(
				(fact) =>
					computed ||
					!(fact.kind === 'figure' && fact.derivation?.of.some((id) => tiedFacts.some((other) => other.id === id))),
			)
			.slice(0, answerOptions.maxItems);
		const polarity = frame.kind === 'yesNo' && chosen[0] === top.fact ? polarityOf(query, frame.rest, top) : undefined;
		return tools.facts(question, chosen, this.#heading(frame, chosen) ?? yesNoHeading(polarity));
	}

	/**
	 * The rates (derived percentages) a ratio question with nothing else to go on asks for: those
	 * about what it names, or, naming nothing, those of the one subject the data has rates for.
	 */
	#rates(query: Query, alone = true): Fact[] {
		const { base } = this.#tools;
		// Only a question that asks nothing but the rate of what it names: "how many times did homicides rise"
		// asks about homicides, which no rate is of.
		const named = new Set(query.mentions.flatMap((mention) => mention.terms));
		if (alone && query.terms.some((_, i) => !named.has(i) && !query.vague.has(i))) return [];
		const rates = base.facts.filter((fact) => fact.kind === 'figure' && fact.derivation?.op === 'percent');
		const asked = query.mentions.flatMap((mention) => mention.entities.map((entity) => entity.id));
		const about = (fact: Fact) => base.entitiesOf(fact).some((id) => asked.includes(id));
		const chosen = asked.length > 0 ? rates.filter(about) : rates;
		// Rates of one subject only: of several, the question must say which.
		const subjects = new Set(chosen.map((fact) => fact.about[0]));
		return subjects.size === 1 ? chosen.slice(0, answerOptions.maxItems) : [];
	}

	/**
	 * For a question naming two or more of the report's sources (who said or reported
	 * something), the fact closest to the question that each of them is the source of; undefined
	 * unless every one has one.
	 */
	#eachSource(frame: Frame, query: Query): Fact[] | undefined {
		const { index, base } = this.#tools;
		const sourceOf = (fact: Fact) =>
			fact.kind === 'statement' ? [fact.speaker, fact.outlet] : fact.kind === 'figure' ? [fact.reportedBy] : [];
		const cited = citedSources(base, sourceOf);
		// Named apart, each a source ("gangs" naming the gangs and their alliance is one mention).
		const sources = [...new Set(query.mentions.flatMap((m) => m.entities.find((e) => cited.has(e.id))?.id ?? []))];
		// "Who is the alliance's chief that wants to topple the government?" asks for a person, not each one's word.
		if (frame.kind === 'who') return undefined;
		if (sources.length < 2 || !frame.rest.some((word) => speechWords.has(word) || word === 'compare')) return undefined;
		const ranked = rank(query, index, base, { minCoverage: spokenCoverage, boost: unboosted });
		const facts = firstBySource(ranked, sources, sourceOf);
		return facts.every((fact) => fact !== undefined) ? [...new Set(facts)] : undefined;
	}

	/** The named speaker's statement closest to the question, for a question about what they said. */
	/**
	 * "How many unions called for help?": a statement that counts them in its own words ("Two of …
	 * unions"). Its own number next to the noun is strong evidence, so it may share a little less
	 * with the question. (A figure answers only through its measure.)
	 */
	#countedInWords(frame: Frame, query: Query): Fact | undefined {
		if (frame.kind !== 'count') return undefined;
		const { index, base } = this.#tools;
		return (
			rank(query, index, base, { minCoverage: answerOptions.minCoverage * countingShare, boost: unboosted })
				// The closest few only: reading numbers out of every quote would cost per fact in the data.
				.slice(0, answerOptions.maxSuggestions)
				.find(({ fact }) => fact.kind !== 'figure' && countsInText(fact.quote, frame.counted))?.fact
		);
	}

	/** A fact giving a reason that involves every entity the question names, at the looser coverage of one unknown word. */
	#looseReason(query: Query): Fact | undefined {
		if (query.mentions.length === 0) return undefined;
		const { index, base } = this.#tools;
		const involves = (fact: Fact) =>
			query.mentions.every((mention) => mention.entities.some((entity) => base.entitiesOf(fact).includes(entity.id)));
		return rank(query, index, base, { minCoverage: answerOptions.oneUnknownCoverage, boost: unboosted }).find(
			({ fact, predicate }) => predicate && givesReason(fact, query) && statesCause(fact) && involves(fact),
		)?.fact;
	}

	/** Who a question says said something, named before the verb: "did the government say…". */
	#speakerNamed(frame: Frame, query: Query): Mention | undefined {
		if (frame.kind !== 'yesNo' && frame.kind !== 'what') return undefined;
		if (!frame.rest.some((word) => speechWords.has(word))) return undefined;
		// The speaker is named before the verb: "did the government say…", not "…say it would do to the government".
		// Compared by position among the question's words: a vague verb ("said") is no search term.
		const verb = frame.rest.findIndex((word) => speechWords.has(word));
		const [first] = [...query.mentions].sort((a, b) => Math.min(...a.terms) - Math.min(...b.terms));
		const named = first ? frame.rest.findIndex((word) => first.terms.some((i) => query.terms[i] === stem(word))) : -1;
		// "…been said by Haiti's government": in the passive the speaker comes after "by".
		const passive = frame.rest[verb + 1] === 'by' && named > verb + 1 && named <= verb + 3;
		if (!first || named < 0 || (named > verb && !passive)) return undefined;
		// "Which schools closed after Barbecue warned…": a saying told in a subordinate clause is not what is asked.
		if (frame.rest.slice(0, verb).some((word) => clauseOpeners.has(word))) return undefined;
		return first;
	}

	/** What the one a question names said, best first: "did the government say anything…". */
	#spokenBy(query: Query, speaker: Mention): Fact | undefined {
		const speakers = new Set(speaker.entities.map((entity) => entity.id));
		const { index, base } = this.#tools;
		const said = (fact: Fact) =>
			fact.kind === 'statement' &&
			(speakers.has(fact.speaker) || (fact.outlet !== undefined && speakers.has(fact.outlet)));
		return rank(query, index, base, { minCoverage: spokenCoverage, boost: unboosted }).find(({ fact }) => said(fact))
			?.fact;
	}

	/**
	 * The named speaker's statement, unless another fact tells far more of what is asked ("what did
	 * the gang chief tell families about school" is Sergier's warning, not the alliance's vow).
	 */
	#outweighed(query: Query, speaker: Mention, spoken: Fact | undefined): Fact | undefined {
		if (!spoken) return undefined;
		const { base } = this.#tools;
		const ranked = this.#rank(query);
		const own = ranked.find(({ fact }) => fact === spoken);
		const [top] = ranked;
		// What is said of the speaker ("the alliance vowed to topple the government") is not more of what they said.
		const ofSpeaker = top && speaker.entities.some((entity) => base.entitiesOf(top.fact).includes(entity.id));
		const far = top && top.fact !== spoken && top.score > (own?.score ?? 0) * answerOptions.outweighs;
		// "Did the government say anything about the attack?" asks whether it spoke: its own words answer.
		const inSpeaker = new Set(speaker.terms);
		const said = query.terms.filter((_, i) => !inSpeaker.has(i) && !query.vague.has(i)).length;
		return far && !ofSpeaker && said >= answerOptions.saidAtLeast ? undefined : spoken;
	}

	/**
	 * "Did AyiboPost say the prisoners were afraid to leave?": what is said, where the report
	 * credits it to another source. The fact that tells more of what the question says than the
	 * named speaker's own statement does, and is credited to someone else.
	 */
	#creditedElsewhere(query: Query, speaker: Mention, spoken: Fact | undefined): Fact | undefined {
		const { base } = this.#tools;
		const speakers = new Set(speaker.entities.map((entity) => entity.id));
		const speakerTerms = query.mentions
			.filter((mention) => mention.entities.some((entity) => speakers.has(entity.id)))
			.flatMap((mention) => mention.terms);
		const asked = query.terms.reduce(
			(bits, _, i) => (speakerTerms.includes(i) || query.vague.has(i) ? bits : bits | (1 << i)),
			0,
		);
		// Words matched as themselves: "leave" is only related to "abandon".
		const told = ({ matched, related }: Ranked) => bitsSet(matched & ~related & asked);
		const ranked = this.#rank(query);
		const own = spoken && ranked.find(({ fact }) => fact === spoken);
		// Someone else's words, not about the one named: "the alliance vowed to topple the government" is not the
		// government's silence.
		const other = ranked.find(({ fact }) => {
			const credited = creditedTo(fact, base);
			return credited.length > 0 && !base.entitiesOf(fact).some((id) => speakers.has(id));
		});
		if (!other) return undefined;
		// Most of what is said, and clearly more of it than the named speaker's own words tell.
		const most = told(other) * 3 >= bitsSet(asked) * 2;
		return most && told(other) > (own ? told(own) : 0) + 1 ? other.fact : undefined;
	}

	/** A direct answer to put first, where the frame asks for one the facts compute. */
	#heading(frame: Frame, facts: Fact[]): string | undefined {
		const [fact] = facts;
		if (fact?.kind !== 'figure' || fact.value === null) return undefined;
		if (frame.kind === 'ratio' && fact.derivation?.op === 'percent') {
			const inverse = this.#inverseShare(frame, fact);
			if (inverse) return inverse;
			const share = `${fact.value.toLocaleString('en-US')}${fact.unit.startsWith('%') ? '' : ' '}${fact.unit}`;
			const times = `About ${(fact.value / 100).toLocaleString('en-US', { maximumFractionDigits: 2 })} times: ${share}`;
			// "By what percentage did it exceed…": how far over, as well as how much of.
			if (!frame.rest.some((word) => overWords.has(word)) || fact.value <= 100) return `${times}.`;
			const over = Math.round((fact.value - 100) * 10) / 10;
			return `${times}, that is ${over.toLocaleString('en-US')}% over it.`;
		}
		if (frame.kind === 'yesNo' && fact.derivation && frame.rest.some((word) => overWords.has(word))) {
			const over = fact.derivation.op === 'percent' ? fact.value > 100 : fact.value > 0;
			return over ? 'Yes: it was over capacity.' : 'No.';
		}
		return undefined;
	}

	/**
	 * "What share of the inmates had a place?": the rate the other way round, of what the figure
	 * is worked out from: places over inmates where the report gives inmates over places.
	 */
	#inverseShare(frame: Frame, fact: Fact): string | undefined {
		const { base, index } = this.#tools;
		if (fact.kind !== 'figure' || !fact.value || fact.derivation?.op !== 'percent') return undefined;
		const [of, per] = fact.derivation.of.map((id) => base.fact(id));
		if (of?.kind !== 'figure' || per?.kind !== 'figure' || !of.value || per.value === null) return undefined;
		// The noun after "share of", "percent of": what the share is taken of.
		// (The frame's own words, "what share", are gone: its "of" comes first, or after a share word.)
		const at = frame.rest.findIndex((word, i) => word === 'of' && (i <= 2 || shareWords.has(frame.rest[i - 1] ?? '')));
		const noun = frame.rest
			.slice(at + 1)
			.find((word) => !stopwords.en.has(word) && !/^\d+$/.test(word) && !isCalendarWord(word));
		if (at < 0 || !noun || !measures(of, [noun], index) || measures(per, [noun], index)) return undefined;
		const share = (per.value / of.value) * 100;
		const exact = share.toLocaleString('en-US', { maximumFractionDigits: 2 });
		const arithmetic = `${per.value.toLocaleString('en-US')} ÷ ${of.value.toLocaleString('en-US')} × 100 = ${exact}`;
		return `About ${Math.round(share)}%: ${arithmetic}, the other way round from the rate below.`;
	}

	/** The report has facts on the subject but none gives what the frame asks for. */
	#doesNotSay(question: string, frame: Frame, ranked: Ranked[], heading?: string): Answer {
		const what: Partial<Record<Frame['kind'], string>> = {
			who: 'who',
			whoSaid: 'who said it',
			when: 'when',
			where: 'where',
			why: 'why',
			count: 'how many',
		};
		// "What religion is he?" asks no "who": the kind it asks for is its own.
		const asked = frame.answerKinds?.includes('other')
			? undefined
			: frame.exactDay
				? 'on what day'
				: frame.counted[0] === 'age'
					? 'how old'
					: what[frame.kind];
		const said = ranked.slice(0, 2).map(({ fact }) => fact.answer);
		return this.#tools.notFound(question, {
			heading: heading ?? (asked ? `The report doesn’t say ${asked}.` : undefined),
			notes: said.length > 0 ? [`What it does say: ${said.join(' ')}`] : [],
			suggestions: ranked
				.slice(0, answerOptions.maxSuggestions)
				.map(({ fact }) => ({ label: fact.answer, query: fact.id })),
		});
	}

	#timeline(question: string, frame: Frame, query: Query): Answer {
		// "Put these in order: the port attack, the warning and the deal": each item a topic of its own; a
		// year one of them names ("the February 2023 count") is what it is, not a range to keep to.
		const items = listedItems(question);
		if (items.length > 1) return this.#tools.timeline({ topics: items }, question);
		const [from, to] = [query.years[0], query.years.at(-1)];
		const topic = frame.rest
			.filter((word) => !vagueWords.has(word) && !/^\d+$/.test(word) && !timelineWords.has(word))
			.join(' ');
		return this.#tools.timeline({ from, to, ...(topic ? { topic } : {}) }, question);
	}

	#list(question: string, frame: Frame, query: Query): Answer {
		const target = listTargets.find(([, words]) => frame.rest.some((word) => words.includes(word)))?.[0];
		const tools = this.#tools;
		switch (target) {
			case 'sources':
				// "Which news outlets…" asks for the media, not every source (NGOs and the UN too).
				if (frame.rest.some((word) => mediaWords.has(word)) && !frame.rest.some((word) => /^sources?$/.test(word)))
					return this.#named(question, 'media', query) ?? this.#sources(question);
				return this.#sources(question);
			case 'leaders':
				return tools.leaders(undefined, question);
			case 'events':
				return this.#doneBy(question, query) ?? this.#timeline(question, frame, query);
			case 'dates': {
				// "Every year the report mentions": the report's own words for itself are no topic.
				const topic = frame.rest.filter((word) => !dateWords.has(word) && !vagueWords.has(word));
				const timeline = this.#timeline(question, { ...frame, rest: topic }, query);
				return frame.rest.some((word) => word === 'year' || word === 'years') ? this.#years(timeline) : timeline;
			}
			case 'people':
				// "Which police unions asked for backup? names": the names of what the question names, not of everyone.
				if (query.mentions.some((mention) => mention.entities.some((entity) => entity.kind !== 'person')))
					return this.#single(question, frame, query);
				return this.#named(question, 'person', query) ?? this.#listed(question, query);
			case 'countries':
				return this.#named(question, 'country', query) ?? this.#listed(question, query);
			default:
				return this.#doneBy(question, query) ?? this.#listed(question, query);
		}
	}

	/**
	 * "How many news outlets does the report cite?", "how many people does it name?": the entities
	 * of the kind counted that the report names, counted and listed. Only where the question asks
	 * what the report names: "how many people were inside" asks for a figure.
	 */
	#countNamed(question: string, frame: Frame, query: Query): Answer | undefined {
		if (!frame.rest.some((word) => citingWords.has(word))) return undefined;
		const kinds = [...new Set(frame.counted.flatMap((word) => countedKinds(word)))];
		const [kind, ...others] = kinds;
		if (!kind || others.length > 0) return undefined;
		return this.#named(question, kind, query);
	}

	/**
	 * "List everything the gangs attacked or threatened": what the report tells of the groups or
	 * people named, that shares what is asked of them, in the report's order.
	 */
	#doneBy(question: string, query: Query): Answer | undefined {
		const { index, base } = this.#tools;
		const named = query.mentions
			.flatMap((mention) => mention.entities)
			.filter((entity) => actorKinds.has(entity.kind))
			.map((entity) => entity.id);
		if (named.length === 0) return undefined;
		const inMention = new Set(query.mentions.flatMap((mention) => mention.terms));
		const asked = query.terms.reduce(
			(bits, _, i) => (inMention.has(i) || query.vague.has(i) ? bits : bits | (1 << i)),
			0,
		);
		const done = rank(query, index, base, { minCoverage: 0, boost: unboosted })
			.filter(({ fact, matched }) => (matched & asked) !== 0 && base.entitiesOf(fact).some((id) => named.includes(id)))
			.map(({ fact }) => fact)
			.sort((a, b) => base.reportOrder(a, b));
		if (done.length < 2) return undefined;
		const names = [...new Set(named.map((id) => base.name(id)))].join(' and ');
		return this.#tools.facts(
			question,
			done.slice(0, 10),
			`What the report says of ${names} (${Math.min(done.length, 10)}):`,
		);
	}

	/** "List every year the report mentions": the timeline, headed by the years the report's words give. */
	#years(timeline: Answer): Answer {
		const years = [...new Set(timeline.items.flatMap((item) => whenOf(item.fact)?.date?.slice(0, 4) ?? []))].sort();
		if (!timeline.found || years.length === 0) return timeline;
		const heading = `The years the report names (${years.length}): ${years.join(', ')}.`;
		return { ...timeline, heading };
	}

	/** Everything the report says on what a list question names. */
	#listed(question: string, query: Query): Answer {
		const tools = this.#tools;
		const ranked = this.#rank(query);
		if (ranked.length === 0) return tools.notFound(question, { suggestions: this.#suggest(query) });
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
	#named(question: string, kind: Entity['kind'], query?: Query): Answer | undefined {
		const { base } = this.#tools;
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
		return this.#tools.facts(
			question,
			told.map(({ first }) => first),
			`${setAside.length > 0 ? `Besides ${setAside.join(' and ')}, the` : 'The'} report names ${told.length} ${told.length === 1 ? kindName[kind] : kindNames[kind]}: ${told.map(({ person }) => person.name).join(', ')}.`,
		);
	}

	/** Every outlet and group the report cites for what it says, with what each is cited for. */
	#sources(question: string): Answer {
		const { base } = this.#tools;
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
		if (cited.size === 0) return this.#tools.notFound(question, { heading: 'The report cites no sources by name.' });
		const items = [...cited].map(([id, facts]) => this.#tools.item(facts[0] as Fact, base.name(id)));
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

	/** Which of two events came first, or how long passed between them. */
	/**
	 * "How long has Henry been in power?": what the report says the one it names has been since a
	 * date ("in power from 2021"), and the time from then to the report's date.
	 */
	#since(question: string, frame: Frame, read: ReadText): Answer | undefined {
		const { base, index } = this.#tools;
		if (frame.kind !== 'howLong') return undefined;
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
		return this.#tools.facts(
			question,
			[fact],
			`${capitalise(duration.text)} by the report’s date (${duration.arithmetic}).`,
		);
	}

	/**
	 * "How long did the siege last?": how long one event went on, which a date does not tell. What
	 * is still to come ("how long until the force deploys": it remains unclear when) is answered.
	 */
	#lasted(question: string, frame: Frame, read: ReadText): Answer {
		const { index, base } = this.#tools;
		const query = buildQuery(frame.rest, read.language, index, base);
		const when = this.#single(question, { ...frame, kind: 'when' }, query);
		if (!when.found || when.items.some((item) => unclearWhen.test(item.fact.quote))) return when;
		return this.#doesNotSay(question, frame, this.#rank(query), 'The report doesn’t say how long.');
	}

	#twoEvents(question: string, frame: Frame, read: ReadText): Answer {
		const tools = this.#tools;
		const [partA, partB] = frame.parts;
		if (!partA || !partB) return this.#since(question, frame, read) ?? this.#lasted(question, frame, read);
		// Each part names an event by its main words: "the deal that set Henry's February 7 handover" is the deal.
		const event = (part: string[]) => {
			const query = buildQuery(part, read.language, tools.index, tools.base);
			const main = { ...query, terms: query.terms.filter((_, i) => !query.secondary.has(i)) };
			const byMain = main.terms.length > 0 && main.terms.length < query.terms.length ? mainQuery(query) : query;
			// A calendar date is what a duration or an order needs; a date in words alone helps less.
			const dated = (fact: Fact) => (whenOf(fact)?.date ? answerOptions.frameBoost : whenOf(fact) ? 1.2 : 1);
			const ranked = this.#rank(byMain, dated);
			return closestDated(ranked.length > 0 ? ranked : this.#rank(query, dated), query);
		};
		const [a, b] = [event(partA), event(partB)];
		if (!a || !b || a === b)
			return tools.notFound(question, {
				heading: 'The report doesn’t tell both of those events.',
				suggestions: this.#suggest(buildQuery(frame.rest, read.language, tools.index, tools.base)),
			});
		// A date the report gives relative to itself ("the day before Friday") counts at its place on the calendar.
		const placed = (fact: Fact) => {
			const place = tools.place(fact);
			return place?.precision === 'day' ? place.start : undefined;
		};
		const [dateA, dateB] = [whenOf(a)?.date ?? placed(a), whenOf(b)?.date ?? placed(b)];

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
				? 'Worked out from the two facts below, dated from the report’s own date where it gives only a weekday.'
				: 'Worked out from the two dated facts below.';
			return { ...answer, notes: [worked] };
		}

		// Which came first: an order the report states, else the two dates.
		const stated = tools.base.facts.find(
			(fact) =>
				fact.sequence &&
				((fact.sequence[0] === a.id && fact.sequence[1] === b.id) ||
					(fact.sequence[0] === b.id && fact.sequence[1] === a.id)),
		);
		const label = (part: string[]) => `“${part.join(' ')}”`;
		let first: Fact | undefined;
		if (stated?.sequence) first = stated.sequence[0] === a.id ? a : b;
		else if (dateA && dateB && compareDates(dateA, dateB) !== 0) first = compareDates(dateA, dateB) < 0 ? a : b;
		else {
			// "Last October" and "this week": both placed from the report's date, in periods that do not overlap.
			const [placeA, placeB] = [tools.place(a), tools.place(b)];
			if (placeA && placeB && (placeA.end < placeB.start || placeB.end < placeA.start))
				first = placeA.end < placeB.start ? a : b;
		}
		if (!first) {
			return tools.notFound(question, {
				heading: 'The report doesn’t say which came first: it dates at least one of them only in relation to itself.',
				suggestions: [a, b].map((fact) => ({ label: fact.answer, query: fact.id })),
			});
		}
		const [earlier, later] = first === a ? [partA, partB] : [partB, partA];
		const facts = stated ? [stated, first, first === a ? b : a] : [first, first === a ? b : a];
		const order = `First ${label(earlier)}, then ${label(later)}: ${label(earlier)} came first, before ${label(later)}.`;
		// "…and by about how many months?": how far apart too, where both are dated.
		const apart =
			dateA && dateB && asksDuration.test(fold(question))
				? ` ${capitalise(describeDuration(dateA, dateB).text)} apart.`
				: '';
		return tools.facts(question, facts, order + apart);
	}

	#suggest(query: Query): Suggestion[] {
		const { index } = this.#tools;
		// Only the best few are picked, without sorting every fact a common word matches.
		return index
			.search(query.terms, undefined, answerOptions.maxSuggestions)
			.hits.map(({ fact }) => ({ label: fact.answer, query: fact.id }));
	}
}

const timelineWords = new Set([
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
]);

/**
 * The best-scoring candidate that `fits`, and those that fit and tie with it (within `nearTie` of
 * its score, nearly its coverage), in rank order. Ranked best first, so the ties are the fitting
 * candidates before the first that scores too low: the scan stops there rather than checking every
 * candidate, which on a large archive is most of it. A best below `floor` counts as none, so the
 * scan stops there too.
 */
function bestFitting(
	ranked: readonly Ranked[],
	fits: (candidate: Ranked) => boolean,
	floor: number,
): { top: Ranked | undefined; tied: Ranked[] } {
	let top: Ranked | undefined;
	const tied: Ranked[] = [];
	for (const candidate of ranked) {
		if (top ? candidate.score < top.score * answerOptions.nearTie : candidate.score < floor) break;
		if (!fits(candidate)) continue;
		top ??= candidate;
		if (candidate.coverage >= top.coverage * 0.9) tied.push(candidate);
	}
	return { top, tied };
}

/** "What two warnings…", "which three events…": how many answers a question asks for (0 when it does not say). */
function numberAsked(words: readonly string[]): number {
	const at = words.findIndex((word, i) => i <= 2 && (word === 'what' || word === 'which'));
	const [number] = at < 0 ? [] : valuesIn(words.slice(at + 1, at + 2).join(' '));
	return number?.kind === 'number' && number.value >= 2 && number.value <= answerOptions.maxItems ? number.value : 0;
}

/** No fact favoured: one function, so that rankings asked for twice the same way are recognised as such. */
const unboosted = (): number => 1;

/** Of `minCoverage`, what a fact that counts the asked noun in its own words must share with the question. */
const countingShare = 0.8;

/**
 * The items a question lists after a colon, or in a series ("A, B and C"): each names an event.
 *
 * @example
 * listedItems('put these in order: the port attack, the warning and the deal'); // ['the port attack', 'the warning', 'the deal']
 */
function listedItems(question: string): string[] {
	const colon = question.lastIndexOf(':');
	const tail = colon >= 0 ? question.slice(colon + 1) : question;
	if (!tail.includes(',')) return [];
	return tail
		.split(/,|;|\s(?:and|then|et|puis|ak|epi)\s/i)
		.map((item) => item.replace(/[?.!]+\s*$/, '').trim())
		.filter((item) => item.length > 0);
}

/**
 * For each source, the first ranked fact it is the source of, in one pass over the ranking: a
 * question may name hundreds of sources, and a large archive rank tens of thousands of facts.
 */
function firstBySource(
	ranked: readonly Ranked[],
	sources: readonly string[],
	sourceOf: (fact: Fact) => (string | null | undefined)[],
): (Fact | undefined)[] {
	const first = new Map<string, Fact>(); // source → its first fact
	const wanted = new Set(sources);
	for (const { fact } of ranked) {
		for (const id of sourceOf(fact)) {
			if (id && wanted.has(id) && !first.has(id)) first.set(id, fact);
		}
		if (first.size === wanted.size) break;
	}
	return sources.map((id) => first.get(id));
}

/** The entities each fact base cites as a source, worked out once per fact base. */
const citedByBase = new WeakMap<FactBase, ReadonlySet<string | null | undefined>>();
function citedSources(base: FactBase, sourceOf: (fact: Fact) => (string | null | undefined)[]) {
	let cited = citedByBase.get(base);
	if (!cited) {
		cited = new Set(base.facts.flatMap(sourceOf));
		citedByBase.set(base, cited);
	}
	return cited;
}

/** A question about what could or would be, which no stated figure confirms. */
/** The heading of a yes/no answer the fact gives plainly. */
function yesNoHeading(polarity: Polarity | undefined): string | undefined {
	return polarity === 'yes' ? 'Yes, the report says so:' : polarity === 'no' ? 'No:' : undefined;
}

/** Words that ask where something comes from (folded text): "whose numbers", "who provided", "according to whom". */
const asksSource =
	/\b(?:whose|source|sourced|provided?|gave|from|based on|according|counted|reported|says?|said|from whom|d apres qui|selon qui|quelle source|dapre ki|ki sous)\b/;

/** Kinds of entity that can be a source. */
const agentKinds: ReadonlySet<Entity['kind']> = new Set(['organisation', 'media', 'country', 'coalition', 'person']);

/** A question that also asks how far apart two events are (folded text). */
const asksDuration = /\bhow (?:long|many (?:days|weeks|months|years))\b|\bcombien de (?:temps|jours|mois|ans|annees)\b/;

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
	const distance = ({ fact }: Ranked) => {
		const words = wordsOf(fact.quote);
		const stems = words.map(stem);
		const dateWords = new Set(wordsOf(whenOf(fact)?.words ?? ''));
		const dateAt = words.findIndex((word) => dateWords.has(word));
		if (dateAt < 0) return Number.POSITIVE_INFINITY;
		const at = stems.flatMap((term, i) => (query.terms.includes(term) ? [Math.abs(i - dateAt)] : []));
		return at.length > 0 ? Math.min(...at) : Number.POSITIVE_INFINITY;
	};
	const closest = tied.reduce((near, candidate) => (distance(candidate) < distance(near) ? candidate : near));
	// Only a date told right next to the event's words outweighs a better match.
	return distance(closest) <= answerOptions.dateNextTo && distance(best) > answerOptions.dateNextTo
		? closest.fact
		: best.fact;
}

/** "Which of these…", "lequel de ces…": the question lists what it asks about (folded text). */
const ofThese =
	/\bwhich (?:one )?of (?:these|those|the following)\b|\blequel(?:le)?s? de ces\b|\bkiyes nan\b|\bkiles nan\b/;

/** "more than five inmates per place", "over 4 times": a comparison with a rate (folded text). */
const rateThreshold =
	/\b(more than|over|above|at least|less than|fewer than|under|below)\s+(\d+(?:[.,]\d+)?|[a-z]+)\s+(?:[a-z]+\s+){0,2}?(?:per|for every|for each|times)\b/;

const hypothetical = /\b(could|would|can|should|might|fit|enough|pourrait|pourraient|peut|kapab|ka)\b/i;

/** "Is" in a who-question: "who is the…", "who's the…". */
const copulas = new Set(['is', 'are', 'was', 'were']);

/** Words that open a relative clause after a description: "the NGO that said…". */
const relatives = new Set(['that', 'who', 'which', 'ki', 'qui']);
