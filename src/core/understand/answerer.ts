import type { Entity, Fact } from '../../data/schema.js';
import type { Answer } from '../answer.js';
import { withoutHearsay } from '../claims/claims.js';
import { yearAsBound } from '../claims/dates.js';
import { escapeRegExp } from '../claims/names.js';
import { isCalendarWord, valuesIn } from '../claims/values.js';
import type { FactBase } from '../fact-base.js';
import { adjectiveNoVerb, englishTags, onlyAnAdverb } from '../language/english-words.js';
import { fillerTable, fold, stopwords, vagueWords } from '../language/lexicon.js';
import { askingWord, chatBefore, nameAskedAsWhich, type ReadText, readText, withoutTeller } from '../language/read.js';
import { saidNouns } from '../language/wordnet.js';
import type { EntityMatch, SearchIndex } from '../search-index.js';
import { stem, terms as termsOf } from '../text.js';
import { contradicted } from './answers/asked.js';
import { alternativeChosen } from './answers/chosen.js';
import { comparedToLimit, eitherSideOf, whichLarger } from './answers/compared.js';
import { Answering, type AnswerTools } from './answers/context.js';
import { countDoers } from './answers/deeds.js';
import { alreadyWhen, doneAround, durationChecked, orderAsked, twoEvents } from './answers/events.js';
import { earliestOrLatest } from './answers/extremes.js';
import { overRate, partsInWords, workedOutAsked } from './answers/figures.js';
import { hypothetical, projected } from './answers/hypothetical.js';
import { commonDoer, sameDoer } from './answers/identity.js';
import { leftInstead } from './answers/left.js';
import {
	asksEventsOfYears,
	countListed,
	countNamed,
	everySource,
	listAnswer,
	listedItems,
	namedOfKind,
	ofThese,
	timelineAnswer,
} from './answers/lists.js';
import { correctedPremise } from './answers/premise.js';
import { rankAnswer } from './answers/ranked.js';
import { reportItselfAsked } from './answers/report-itself.js';
import { sameOneNamed } from './answers/same-named.js';
import { pendingStatus, silenceAsked, singleAnswer, spelledOut } from './answers/single.js';
import { eachSourceAsked, figureSource, figuresBySource } from './answers/sources.js';
import { checkedFigures, heardStatement, quotedInReport } from './answers/statements.js';
import { eitherWay, exactAsked, listsPeople, namesOfTheReport, placeAsked, withKindAsked } from './cues.js';
import { asksNames, namingNouns, speechStems } from './fits.js';
import { type Frame, type FrameKind, givenWords, readFrame } from './frame.js';
import { type Guess, guessIn, openTail } from './guess.js';
import { answerKindNoun } from './kinds.js';
import { plainlyUnsure } from './polarity.js';
import { buildQuery, type Query } from './query.js';
import type { Ranked } from './rank.js';
import { strangersOf } from './years.js';

export type { AnswerTools } from './answers/context.js';

/** Does the text ask nothing but its question words ("c'est qui", "who is it")? */
function asksNothingBut(text: string): boolean {
	const read = readText(text);
	// ("C'est qui exactement, …": an adverb of the asking asks nothing either.)
	return readFrame(read).rest.every(
		(word) => stopwords[read.language].has(word) || stopwords.en.has(word) || onlyAnAdverb(word),
	);
}

/** "Which people…", "what persons…": the question asks which ones, not what was done. */
const asksWhich = (frame: Frame) => frame.rest[0] === 'which' || frame.rest[0] === 'what';

/**
 * A guessed time (folded): a day of the week, a month, a year, in the three languages, with its
 * preposition and a part of the day ("on a Friday", "samedi soir", "2021").
 */
function timeGuessed(guess: string): boolean {
	// ("…, sat or sun": two offered, each a guess of its own.)
	return offered(guess).every((one) => {
		const [first, ...more] = one.replace(guessOpening, '').split(/\s+/);
		const time = (word: string | undefined) =>
			word !== undefined && (isCalendarWord(spelledDay(word)) || /^\d{4}$/.test(word));
		return time(first) && more.length <= 1 && more.every((word) => time(word) || partsOfDay.has(word));
	});
}

/** The times a guess offers (folded): "saturday", or "sat" and "sun" of "sat or sun". */
const offered = (guess: string): string[] => guess.split(/\s+(?:or|ou|oswa)\s+/);

/** Days of the week as chat shortens them, only where offered as a time: "sat or sun". */
const shortDays: Record<string, string> = {
	mon: 'monday',
	tue: 'tuesday',
	tues: 'tuesday',
	wed: 'wednesday',
	thu: 'thursday',
	thur: 'thursday',
	thurs: 'thursday',
	fri: 'friday',
	sat: 'saturday',
	sun: 'sunday',
};
const spelledDay = (word: string): string => shortDays[word] ?? word;

/** "What is X (exactly)": who or what one named is, asked first (folded). */
const whatFirst =
	/^\W*(?:what|wat|wut|whats|who|whos)\s+(?:even\s+)?(?:is|was|s)\s+(.+?)(?:\s+(?:exactly|actually|anyway|again))?\W*$/;
/** "X is what (exactly)": the same, the question word last (folded). */
const whatLast = /^\W*(.+?)\s+(?:is|was)\s+(?:what|wat|wut)(?:\s+(?:exactly|actually|anyway))?\W*$/;
/** "this", "that" before a name: they point to it and say nothing of it. */
const pointedAt = /^(?:this|that)\s+/;
/** "…Barbecue guy", "…RNDDH ppl": a word for a person or people after a name, which only says what it names. */
const personAfterName = /\s+(?:guy|dude|man|fella|fellow|person|people|ppl|lady|woman|group|org|outfit|thing)$/;
/** Words that hedge a guess: "like a govt thing", "some kind of NGO". */
const hedgedGuess = /^(?:like|kinda|kind of|sort of|some kind of|some sort of|maybe|probably)\s+/i;

/** "…, a govt agency or an NGO?": two guesses offered after a comma, dash or colon, each of a few words. */
const twoGuesses =
	/\s*(?:\s[-–—]+|[,:;])\s*((?:[^\s,;:?]+\s+){0,3}?[^\s,;:?]+)\s+(?:or|ou|oswa)\s+((?:[^\s,;:?]+\s+){0,3}?[^\s,;:?]+?)\s*\?*\s*$/iu;

/** The two guesses after a what-question, as one guess of both: "a govt agency or an NGO". */
function twoGuessesIn(text: string): { question: string; guess: string } | undefined {
	const found = twoGuesses.exec(text);
	if (!found?.[1] || !found[2] || found.index === 0) return undefined;
	return { question: text.slice(0, found.index).trim(), guess: `${found[1]} or ${found[2]}` };
}

/**
 * A guess as what someone may be, with its article: "a govt agency", "some ex-marine" as "a ex-marine", and a bare
 * noun ("govt agency") given one. Not a name, which is who, not what.
 */
function oneOffered(guess: string, index: SearchIndex): string | undefined {
	// ("…, some ex-marine?": "some" offers one, as "a" does.)
	const one = guess.replace(/^some\s+(?=\p{L})/iu, 'a ');
	if (/^(?:an?|the)\s+\p{L}/iu.test(one)) return one;
	// ("govt agency" names no one, though "govt" alone would.)
	const named = index.matchEntities(one).some((match) => match.covered.size >= termsOf(one).length);
	if (!/^\p{Ll}[\p{L}\s-]*$/u.test(one) || named) return undefined;
	return `a ${one}`;
}

/** What opens a guessed time: "on", "a", "last"… */
const guessOpening = /^(?:(?:on|in|at|le|en|nan)\s+)?(?:(?:a|an|un|une|last|this|next)\s+)?/;
const partsOfDay = new Set(['night', 'morning', 'evening', 'afternoon', 'soir', 'matin', 'nwit', 'maten']);

/** Words of a fact that only sets one event after another: "the attack on the prison followed reports that…". */
const tellsOrder = /\b(?:followed|follows|preceded|precedes|came after|came before)\b/i;
/** How many words the event a fact of order tells of shares with it: "gunmen", "take", "over", "main", "port". */
const sharedWithOrder = 4;

/** Nouns that name a count: "the exact number of…", "the precise figure", "the death toll". */
const countNoun = /\b(?:number|count|figure|total|toll|tally|nombre|chiffre|kantite|chif)\b/;

/** A length of time of a penalty, in the three languages: "years of prison", "combien d'années de prison", "ane prizon". */
const termServed =
	/\b(?:years?|months?|annees|ans|mois|ane|lane|mwa)\s+(?:of\s+|in\s+|de\s+|d['’ ]\s*|en\s+|nan\s+)?(?:prison|jail|imprisonment|detention|incarceration|sentence|prizon|detansyon)\b/;

/** Frames a year the report never names leaves unanswered: not whether, when, or how long, which its dates answer. */
const yearAskedOf = (kind: FrameKind): boolean => !['yesNo', 'when', 'howLong', 'first', 'sameTime'].includes(kind);

/**
 * Answers a question by its frame: it finds the facts the question is about, then checks that
 * they give what the frame asks for (a figure of the measure counted, a date, a place, a
 * reason, someone other than who was named), computes what is asked of two facts (an order, a
 * duration), or says plainly what the report does not say.
 */
export class QuestionAnswerer {
	readonly #tools: AnswerTools;
	readonly #answering: Answering;

	constructor(tools: AnswerTools) {
		this.#tools = tools;
		this.#answering = new Answering(tools);
	}

	answer(question: string, read: ReadText, frame: Frame): Answer {
		return this.#withEventTold(
			question,
			frame,
			this.#notExact(question, frame, this.#anyAnswer(question, read, frame)),
		);
	}

	/**
	 * "Qu'est-ce qui s'est passé au port principal avant l'attaque de la prison ?" answered by "the attack on the prison
	 * followed reports that gunmen had tried to take over the main port": a fact that only sets one event after another
	 * is given with the event it tells of, as the report tells it (what the gunmen disrupted).
	 */
	#withEventTold(question: string, frame: Frame, answer: Answer): Answer {
		const [only] = answer.items;
		if (!answer.found || answer.items.length !== 1 || !only || frame.kind !== 'what') return answer;
		const told = only.fact;
		if (told.kind !== 'detail' || !tellsOrder.test(told.quote)) return answer;
		const toldTerms = new Set(termsOf(told.quote));
		const event = this.#tools.base.facts.find(
			(fact) =>
				fact.kind === 'event' && termsOf(fact.quote).filter((term) => toldTerms.has(term)).length >= sharedWithOrder,
		);
		if (!event) return answer;
		const both = this.#tools.facts(question, [told, event]);
		return { ...both, heading: answer.heading };
	}

	/**
	 * "How big a gap between capacity and inmates?": a gap asked of two things that are no events is the difference of
	 * two figures, where the report has them.
	 */
	#gapOfFigures(question: string, events: Answer): Answer {
		if (events.found || !/\bgaps?\b/iu.test(question)) return events;
		const asked = question.replace(/\bgaps?\b/giu, 'difference');
		const read = readText(asked);
		const difference = this.answer(asked, read, readFrame(read));
		return difference.found ? { ...difference, question } : events;
	}

	/**
	 * "How many got out, exactly?": an answer that says it is not clear how many gives no exact
	 * number, so the report does not answer it; what the report does say stays as a note.
	 */
	#notExact(question: string, frame: Frame, answer: Answer): Answer {
		const [first] = answer.items;
		// (Nor does one that gives no number but a year: "more than doubled in 2023" is no count of homicides.)
		// (A number in words is one: "Two of Haiti's main police unions…".)
		const noNumber = !valuesIn(first?.text ?? '').some((value) => value.kind === 'number' && !value.year);
		// ("What was the exact number of homicides?" asks a count in other words.)
		const counted = frame.kind === 'count' || (frame.kind === 'what' && countNoun.test(fold(question)));
		if (!answer.found || !first || !counted || !(plainlyUnsure(first.fact) || noNumber)) return answer;
		if (!exactAsked.test(fold(question))) return answer;
		const said = answer.items.map((item) => item.fact.answer).join(' ');
		return this.#tools.notFound(question, {
			heading: 'The report gives no exact number.',
			notes: [`What it does say: ${said}`],
			suggestions: answer.suggestions,
		});
	}

	#anyAnswer(question: string, read: ReadText, frame: Frame): Answer {
		// "What's the name of the gang boss who led the prison attack?": no name where the report tells of no one doing
		// what the clause says.
		const which = nameAskedAsWhich(read.cleaned);
		if (which) {
			const asked = readText(which);
			const unnamed = this.#answer(which, asked, readFrame(asked));
			if (!unnamed.found) return { ...unnamed, question };
		}
		return (
			quotedInReport(this.#answering, question, read) ??
			// "What's the oldest date in the report?": the first of the timeline, of everything it dates.
			earliestOrLatest(this.#answering, question, read) ??
			// "Who wrote the article?": the report as a text, which its metadata speaks of, not its facts.
			reportItselfAsked(this.#answering, read.cleaned) ??
			// "What's 3687 minus 700?", "more or fewer than 4,000 inmates?": worked out, before any statement is checked.
			workedOutAsked(this.#answering, question) ??
			this.#eitherSide(question, read, frame) ??
			heardStatement(this.#answering, question, read) ??
			// "Is Barbecue Jimmy Sergier?": two names put up as one.
			sameOneNamed(this.#answering, question, frame) ??
			this.#withoutChoices(question, read, frame) ??
			this.#guessed(question, read, frame) ??
			this.#guessedWhat(question, read) ??
			this.#guessedWhen(question, read, frame) ??
			this.#answer(question, read, frame)
		);
	}

	/**
	 * "What is RNDDH, a government agency?", "rnddh is wat exactly, like a govt thing??": what one named
	 * is, with a guess of it, asks whether the report calls it that ("is RNDDH a government agency?").
	 */
	#guessedWhat(question: string, read: ReadText): Answer | undefined {
		const found = guessIn(read.cleaned.replace(openTail, '')) ?? twoGuessesIn(read.cleaned);
		const asked = found && fold(found.question);
		// ("ngl who even was moise, …": chat before the question asks nothing.)
		const folded = asked?.slice(chatBefore(asked));
		const named = folded && (whatFirst.exec(folded)?.[1] ?? whatLast.exec(folded)?.[1]);
		if (!found || !named) return undefined;
		// "who even is this Barbecue guy": the one named, without the words that only point to them.
		// ("…this Barbecue guy fr": chat after the name says nothing of it either.)
		const words = named.replace(pointedAt, '').split(/\s+/);
		while (words.length > 1 && fillerTable.has(words.at(-1) ?? '')) words.pop();
		const subject = words.join(' ').replace(personAfterName, '');
		const [match, ...more] = this.#tools.index.matchEntities(subject);
		if (!match || more.length > 0 || match.covered.size < termsOf(subject).length) return undefined;
		const guesses = found.guess
			.replace(/\s+or\s+(?:smth|sth|something|what|wat|so|not)\W*$/i, '')
			// ("rnddh is what exactly, govt agency or": an "or" with nothing after it leaves the question open.)
			.replace(/\s+(?:or|ou|oswa)\W*$/iu, '')
			.split(/\s+(?:or|ou|oswa)\s+/iu)
			.slice(0, 2)
			.map((guess) => guess.replace(hedgedGuess, '').trim());
		const ones = guesses.map((guess) => oneOffered(guess, this.#tools.index));
		if (ones.some((one) => one === undefined)) return undefined;
		// "What is RNDDH, a government agency or an NGO?": each asked; the one the report bears out, else the first.
		const answers = ones.map((one) => {
			const put = `is ${subject} ${one}?`;
			const putRead = readText(put);
			return { ...this.answer(put, putRead, readFrame(putRead)), question };
		});
		const answer = answers.find((one) => /^Yes\b/u.test(one.heading ?? '')) ?? answers[0];
		if (!answer) return undefined;
		// "Who was Moïse, a former PM?": a no told by another's fact ("led by Prime Minister Ariel Henry") comes with
		// what the report says of the one asked about.
		const { base } = this.#tools;
		if (!answer.found || answer.items.some((item) => base.entitiesOf(item.fact).includes(match.entity.id)))
			return answer;
		const card = this.#tools.entityCard(question, match.entity);
		return card.found ? { ...card, heading: answer.heading ?? card.heading } : answer;
	}

	/** "Did it hold more or fewer than 3,500 inmates?": the side of the number the report's figure falls on. */
	#eitherSide(question: string, read: ReadText, frame: Frame): Answer | undefined {
		// (The query is built only where a question offers both sides.)
		const folded = fold(question);
		// ("Which is bigger: the inmate count or five times its capacity?" asks the same of two sides.)
		// ("le nombre de détenus dépasse 3000 ?": a verb of exceeding before a number asks yes or no, however it is put.)
		const exceeding = /\b(?:exceed\w*|depass\w*|surpass\w*|depase)\s+\d/.test(folded);
		if (
			!(
				(frame.kind === 'yesNo' && (eitherWay.test(folded) || /\d/.test(folded))) ||
				whichLarger.test(folded) ||
				exceeding
			)
		)
			return undefined;
		const query = buildQuery(frame.rest, read.language, this.#tools.index, this.#tools.base);
		return eitherSideOf(this.#answering, question, query);
	}

	/**
	 * "Who announced the plan: a politician, the police, or a gang figure?": the choices offered are candidate
	 * answers, not words the answer must have; the question is asked without them.
	 */
	#withoutChoices(question: string, read: ReadText, frame: Frame): Answer | undefined {
		// ("Of what sort are the detainees — petty offenders, or people of another reputation?": a kind asked, the same.)
		const offered = ['who', 'whoSaid', 'what'].includes(frame.kind) ? choicesOffered.exec(read.cleaned) : null;
		// ("What was first: the warning, or the shooting?" offers the events to order, no candidate answers.)
		if (!offered?.[1] || orderWords.test(offered[1])) return undefined;
		// (After a bare comma, only where a kind is asked: "what is rnddh, a govt agency or a rights group?" guesses
		// what it is, which is judged as a guess.)
		const bareComma = /^\s*,(?!\s*(?:like|such as|say|genre|comme|tankou)\b)/iu.test(
			read.cleaned.slice(offered[1].length),
		);
		if (bareComma && frame.kind === 'what' && !/\b(?:kind|kinda|sort|type)\b/iu.test(offered[1])) return undefined;
		const answer = this.#withoutGuess(question, offered[1], frame);
		return answer?.found ? answer : undefined;
	}

	/**
	 * "Who asked for reinforcements — the government?": the question answered without its guess,
	 * saying whether the guess (someone the data names) is who the answer credits.
	 */
	#guessed(question: string, read: ReadText, frame: Frame): Answer | undefined {
		const { base, index } = this.#tools;
		// ("Where's this pen at anyway, PAP?": a place guessed is judged as a name is.)
		if (frame.kind !== 'who' && frame.kind !== 'whoSaid' && frame.kind !== 'where') return undefined;
		const found = guessIn(read.cleaned);
		// "C'est qui, Jimmy Sergier ?": a name after a question that asks nothing else is what it asks about.
		if (found && asksNothingBut(found.question)) return undefined;
		const [match, ...more] = found ? index.matchEntities(found.guess) : [];
		// "…, the UN n the US?": two names guessed together, each judged.
		if (found && match && more.length > 0) return this.#guessedTogether(question, found, frame, [match, ...more]);
		// The guess is a name and nothing else: "…, au juste ?" is no guess.
		if (!found || !match || more.length > 0 || match.covered.size < termsOf(found.guess).length) return undefined;
		const answer = this.#withoutGuess(question, found.question, frame);
		if (!answer?.found) return answer;
		const { name } = match.entity;
		// (Only through the answer's first fact: "who did the headcount, was that the UN?" is RNDDH's count, whatever other
		// number the UN gives further down.)
		const [first] = answer.items;
		const credited =
			first && base.entitiesOf(first.fact).includes(match.entity.id)
				? answer.items.filter((item) => base.entitiesOf(item.fact).includes(match.entity.id))
				: [];
		// "…, just the UN?": where the report names another alongside it ("the U.N. and the U.S."), not only it.
		const besides = (fact: Fact) => alongside(fact, match.entity, base);
		// A guess the report only points to is not confirmed by it.
		const verdict =
			credited.length === 0
				? `No, not ${name}.`
				: credited.every((item) => item.fact.basis === 'inferred')
					? `The report does not say outright that it was ${name}:`
					: found.only && credited.some((item) => besides(item.fact))
						? `Not only ${name}:`
						: `Yes, ${name}.`;
		const heading = answer.heading && answer.heading !== name ? `${verdict} ${answer.heading}` : verdict;
		return { ...answer, heading };
	}

	/**
	 * "Who sanctioned Barbecue, the UN n the US?": names guessed together, and only names; yes where the answer credits
	 * every one, else which it does not.
	 */
	#guessedTogether(question: string, found: Guess, frame: Frame, matches: readonly EntityMatch[]): Answer | undefined {
		const { base } = this.#tools;
		const covered = new Set(matches.flatMap((one) => [...one.covered]));
		const said = termsOf(found.guess).filter((term) => !/^(?:and|n|et|ak|plus)$/.test(term));
		const people = new Set(matches.map((one) => one.entity.id));
		if (covered.size < said.length || people.size !== matches.length) return undefined;
		const answer = this.#withoutGuess(question, found.question, frame);
		if (!answer?.found) return answer;
		const credited = (id: string) => answer.items.some((item) => base.entitiesOf(item.fact).includes(id));
		const missing = matches.filter((one) => !credited(one.entity.id)).map((one) => one.entity.name);
		const verdict =
			missing.length === 0
				? `Yes, ${matches.map((one) => one.entity.name).join(' and ')}.`
				: `Not ${missing.join(' or ')}:`;
		return { ...answer, heading: answer.heading ? `${verdict} ${answer.heading}` : verdict };
	}

	/**
	 * "Was it Kenya or Rwanda that offered to lead the force?": of two names, one the report does
	 * not mention; the question asked of the other answers which.
	 */
	#eitherKnown(question: string, read: ReadText, strangers: readonly string[]): Answer | undefined {
		const [stranger, ...more] = strangers;
		if (!stranger || more.length > 0) return undefined;
		const name = escapeRegExp(stranger);
		// ("C'est le Kenya ou le Nigeria qui…": an article may stand before the name offered.)
		const alternative = new RegExp(
			`\\s+(?:or|ou|oswa)\\s+(?:(?:is|was|it['’]s|c['’]est|se)\\s+)?(?:(?:the|le|la|les)\\s+|l['’])?${name}\\b|\\b${name}\\s+(?:or|ou|oswa)\\s+(?:(?:is|was|it['’]s|c['’]est|se)\\s+)?`,
			'iu',
		);
		if (!alternative.test(read.cleaned)) return undefined;
		const unasked = readText(read.cleaned.replace(alternative, ' '));
		const answer = this.#answer(question, unasked, readFrame(unasked));
		if (!answer.found) return undefined;
		return { ...answer, heading: `Not ${stranger}: the report doesn’t mention ${stranger}. It says:` };
	}

	/**
	 * "Which human rights group counted the inmates, Amnesty?": a guess the report never mentions;
	 * the question asked without it answers who it was instead.
	 */
	#strangeGuess(question: string, read: ReadText, frame: Frame, strangers: readonly string[]): Answer | undefined {
		const [stranger, ...more] = strangers;
		const found =
			frame.kind === 'who' || frame.kind === 'whoSaid' || frame.kind === 'where' ? guessIn(read.cleaned) : undefined;
		if (!stranger || more.length > 0 || !found || !found.guess.includes(stranger)) return undefined;
		const answer = this.#withoutGuess(question, found.question, frame);
		if (!answer?.found) return undefined;
		return { ...answer, heading: `Not ${stranger}: the report doesn’t mention ${stranger}. It says:` };
	}

	/**
	 * "Wat day did they hit the prison, friday?": a time guessed after a when-question is no word the
	 * answer must have; the question is answered without it, saying whether the report's time is it.
	 */
	#guessedWhen(question: string, read: ReadText, frame: Frame): Answer | undefined {
		if (frame.kind !== 'when') return undefined;
		const found = guessIn(read.cleaned);
		if (!found || !timeGuessed(fold(found.guess))) return undefined;
		const answer = this.#withoutGuess(question, found.question, frame);
		if (!answer?.found) return answer;
		const told = fold(answer.items.map((item) => `${item.text} ${item.resolvedDate ?? ''}`).join(' '));
		const guesses = offered(fold(found.guess)).map((one) =>
			one.replace(guessOpening, '').split(/\s+/).map(spelledDay).join(' '),
		);
		// "…, sat or sun": the one the report gives, of those offered.
		if (guesses.length > 1) {
			const right = guesses.find((one) => told.includes(one));
			return {
				...answer,
				heading: right ? `${right.charAt(0).toUpperCase()}${right.slice(1)}:` : `Neither ${guesses.join(' nor ')}:`,
			};
		}
		const [guess = ''] = guesses;
		return { ...answer, heading: told.includes(guess) ? `Yes, ${found.guess}:` : `No, not ${found.guess}:` };
	}

	/** The question asked without its guess, where that still asks what the whole did. */
	#withoutGuess(question: string, unguessedText: string, frame: Frame): Answer | undefined {
		const unguessed = readText(unguessedText);
		const unguessedFrame = readFrame(unguessed);
		if (unguessedFrame.kind !== frame.kind) return undefined;
		// Asked as the text without its guess (no part of the answer reads the guess's words), shown as typed.
		return { ...this.#answer(unguessedText, unguessed, unguessedFrame), question };
	}

	#answer(question: string, read: ReadText, frame: Frame): Answer {
		const { index } = this.#tools;
		const query = buildQuery(frame.rest, read.language, index, this.#tools.base, {
			leaders: frame.kind !== 'who' && frame.kind !== 'whoSaid',
			questionAt: sceneEnd(read, frame),
			figuresOffered: frame.kind !== 'yesNo',
		});
		// "Who's the source for the claim that…": asked who said it, its words for saying only ask that.
		// ("Where does the claim that the guards left come from?": what a source gives is no word of what it says.)
		if (frame.kind === 'whoSaid')
			query.terms.forEach((term, i) => {
				if (speechStems.has(term) || givenStems.has(term)) query.vague.add(i);
			});
		// "Who's threatening the government? real name + nickname pls": asked who, the words for a name only ask that.
		if (frame.kind === 'who')
			query.terms.forEach((term, i) => {
				if (namingStems.has(term)) query.vague.add(i);
			});
		// "Which country led the UN force sent in 2004?": a year the report never speaks of is as strange as a name.
		// ("I heard on WBUR that…", "Deaconess Clotilde says…": where the asker heard it, and from whom, is no name asked about.)
		query.strangers = strangersOf(withoutTeller(withoutHearsay(read.cleaned)), query, index, this.#tools.base);
		// "…who was Haiti's first ruler after independence in 1804?": a year the report never speaks of, asked of
		// anything but whether or when something was (which the dates the report gives answer), is nothing it says.
		const year = yearAskedOf(frame.kind) && query.strangers.find((stranger) => /^\d{4}$/.test(stranger));
		if (year && !yearAsBound(question, year))
			return this.#tools.notFound(question, {
				heading: `The report doesn’t mention ${year}.`,
				suggestions: this.#answering.suggest(query),
			});
		const either =
			this.#eitherKnown(question, read, query.strangers) ?? this.#strangeGuess(question, read, frame, query.strangers);
		if (either) return either;
		// "Which figures are attributed to RNDDH, and which to the UN?", "what data did the UN provide?": each source's
		// own figures, whatever verb credits them.
		const bySource = figuresBySource(this.#answering, question, frame, query);
		if (bySource) return bySource;
		// "Is the airport in PAP still running?", "what is Haiti's official currency?": a thing the data has no word
		// for is nothing the report says.
		const thing =
			frame.kind === 'yesNo'
				? (unknownThing(read, query) ?? unknownThing(read, query, true))
				: frame.kind === 'what'
					? (unknownAsked(read, query) ?? unknownThing(read, query, true))
					: frame.kind === 'when'
						? unknownDoer(read, query)
						: undefined;
		// ("Was Barbecue a soldier?": a post the report never names, said of one it describes otherwise, is a no.)
		const denied = thing && frame.kind === 'yesNo' ? contradicted(this.#answering, question, read) : undefined;
		if (denied?.found) return denied;
		if (thing) {
			return this.#tools.notFound(question, {
				heading: `The report doesn’t mention “${thing}”.`,
				suggestions: this.#answering.suggest(query),
			});
		}
		// "budget of the kenya-led mission?": what a question opens on, of what it names, which the fact it is closest to
		// does not have even in a related word ("budget" reaches only "plan").
		const opening =
			frame.kind === 'what' ? untoldOpening(read, query, () => this.#answering.rank(query)[0]) : undefined;
		if (opening) {
			return this.#tools.notFound(question, {
				heading: `The report doesn’t give the ${opening}.`,
				suggestions: this.#answering.suggest(query),
			});
		}
		// "C'est le Nigeria qui va diriger la force, non ?": the one fact it is about, with the stranger said to be none of it.
		const premise = correctedPremise(this.#answering, question, read, query.strangers);
		// ("Was Barbecue sanctioned by the EU?": a stranger named as the one by whom it was done, where the report credits
		// the deed to others, is a no.)
		const byStranger = query.strangers.some((one) =>
			new RegExp(`\\b(?:by|par)\\s+(?:the\\s+|l['’]|la\\s+|le\\s+)?${escapeRegExp(one)}`, 'iu').test(read.cleaned),
		);
		const credited = byStranger && frame.kind === 'yesNo' ? contradicted(this.#answering, question, read) : undefined;
		if (credited?.found && /^No: the report credits/.test(credited.heading ?? '')) return credited;
		// ("Has Henry been in power since 2019?": a year the report does not have, where it dates the same thing otherwise,
		// is a no.)
		const misdated =
			premise && frame.kind === 'yesNo' && query.strangers.every((one) => /^(?:19|20)\d\d$/.test(one))
				? contradicted(this.#answering, question, read)
				: undefined;
		if (misdated?.found && /^No\b/.test(misdated.heading ?? '')) return misdated;
		if (premise) return premise;
		// "Is it three years between Moïse's killing and the year the UN says homicides doubled?": the time between
		// the two, before who says what of either.
		const duration = frame.kind === 'yesNo' ? durationChecked(this.#answering, question, frame, read) : undefined;
		if (duration) return duration;
		// "Who gave the 3,687 figure?", "did Reuters provide the 700-place figure?": the figure's own source.
		const sourced = figureSource(this.#answering, question, frame, query);
		if (sourced) return sourced;
		// "Even if it could hold double its capacity, would it still be overcrowded?": worked out as supposed.
		const supposed = hypothetical(this.#answering, question, query) ?? projected(this.#answering, question, query);
		if (supposed) return supposed;
		// "What does the acronym RNDDH, the group cited for the figures, stand for?": a name in full, before any list.
		const spelled = spelledOut(this.#answering, question, query);
		if (spelled) return spelled;
		// "Who are the named individuals in the report?": every person it names.
		if (
			(frame.kind === 'who' || (frame.kind === 'what' && (asksWhich(frame) || asksNames(frame)))) &&
			listsPeople(frame)
		) {
			const people = namedOfKind(this.#answering, question, 'person', query);
			if (people) return people;
		}
		// "More or less than five times its capacity?", however it opens.
		if (eitherWay.test(fold(question))) {
			const either = overRate(this.#answering, question, query);
			if (either) return either;
		}
		// "Which of these happened in 2023: A, B, C?": each listed event, dated, in order. (Not names offered: "which
		// of these sanctioned him: the UN, the US, the EU?" asks who did it.)
		// ("Which came first: A, B, or C?": more than two events offered after a colon are ordered as these are.)
		const ofThem = ofThese.test(fold(question));
		// (Of the question as read: "Sister question for the study group: which came first, A or B" lists nothing.)
		const offered = ofThem || (frame.kind === 'first' && read.cleaned.includes(':')) ? listedItems(read.cleaned) : [];
		const listed = ofThem || offered.length > 2 ? offered : [];
		// (One of them may be a name the report does not have: "the EU".)
		const named = listed.filter((item) => {
			const [match] = index.matchEntities(item);
			return match !== undefined && match.covered.size >= termsOf(item).length;
		});
		const names = named.length > 0 && named.length >= listed.length - 1;
		if (listed.length > 1 && !names) return timelineAnswer(this.#answering, question, frame, query);
		// "What did each news outlet report?", "who said what?": every outlet's words, or every source's.
		const each = eachSourceAsked(read.cleaned);
		if (each === 'media') {
			const outlets = namedOfKind(this.#answering, question, 'media', query);
			if (outlets) return outlets;
		}
		if (each === 'sources') return everySource(this.#answering, question);
		// "What happened in 2023?": that year's timeline, not the facts that best match "happened".
		if ((frame.kind === 'what' || frame.kind === 'list') && asksEventsOfYears(frame, query))
			return timelineAnswer(this.#answering, question, frame, query);
		// "Sergier est-il un ancien militaire ?": a statement asked about, which the report contradicts.
		if (frame.kind === 'what') {
			const contradiction = contradicted(this.#answering, question, read);
			if (contradiction) return contradiction;
			// "Gouvènman an di kichòy sou atak la?": whether someone spoke, asked with a question mark alone.
			const silence = silenceAsked(this.#answering, question, frame, query, read.cleaned);
			if (silence) return silence;
			// "Gang attack the prison — day time or night time?": the one of two words offered the fact says.
			const chosen = alternativeChosen(this.#answering, question, frame, read);
			if (chosen) return chosen;
		}
		// "Is the gang boss who told parents… the same person who vowed…?": one doer or two.
		const same = sameDoer(this.#answering, question, read);
		if (same) return same;
		// "Which organisation is behind both the 2017 warning and the 2023 tally?": one doer of two facts.
		const common =
			frame.kind === 'who' || frame.kind === 'whoSaid' ? commonDoer(this.#answering, question, read) : undefined;
		if (common) return common;
		// "Was Henry already in power when the force was approved?": a state's start against an event's date.
		// (Only asked yes or no: "why is Henry still PM when he was meant to be gone in February?" asks a reason.)
		const already = frame.kind === 'yesNo' ? alreadyWhen(this.#answering, question, read) : undefined;
		if (already) return already;
		// "Which two dates does the report give?": a list, however it is asked.
		if (frame.kind === 'what' && frame.rest.includes('dates'))
			return listAnswer(this.#answering, question, frame, query);
		// "Which sources does the report cite?", "how many organisations are named in the report?": what the report
		// itself names, listed and counted.
		// ("Which media outlets does the report cite?" asks it as who said what.)
		if (['what', 'count', 'who', 'whoSaid'].includes(frame.kind) && namesOfTheReport(frame))
			return listAnswer(this.#answering, question, { ...frame, rest: withKindAsked(frame) }, query);
		// "What did the gangs attack before the prison?": the event the report places just before the one named.
		const around = ['what', 'howLong', 'first'].includes(frame.kind)
			? doneAround(this.#answering, question, read)
			: undefined;
		if (around) return around;
		// "Where does the Pénitencier rank among Haiti's prisons?": the superlative the report says of it.
		const ranked = rankAnswer(this.#answering, question, frame, query);
		if (ranked) return ranked;
		switch (frame.kind) {
			case 'timeline':
				return timelineAnswer(this.#answering, question, frame, query);
			case 'list':
				return (
					countListed(this.#answering, question, frame, query) ?? listAnswer(this.#answering, question, frame, query)
				);
			case 'howLong':
				// "How many years of prison did Moïse's killers get?": a term served is no span between two events.
				if (termServed.test(fold(read.cleaned.toLowerCase())))
					return this.#tools.notFound(question, {
						heading: 'The report gives no prison sentence.',
						suggestions: this.#answering.suggest(query),
					});
				return this.#gapOfFigures(question, twoEvents(this.#answering, question, frame, read));
			case 'first':
			case 'sameTime':
				return twoEvents(this.#answering, question, frame, read);
			case 'yesNo':
				return (
					silenceAsked(this.#answering, question, frame, query, read.cleaned) ??
					orderAsked(this.#answering, question, read) ??
					// A rate held against a threshold is worked out, before the statement is checked claim by claim.
					overRate(this.#answering, question, query, read.words) ??
					// Which side is the larger, with both figures, before the statement's words are held against the facts.
					comparedToLimit(this.#answering, question, query) ??
					// "Is the kenya led force there yet": where things stand, before "Kenya led" is checked as a claim.
					pendingStatus(this.#answering, question, frame, query) ??
					// "Did the cops defend the prison?": a deed of staying, of ones the report says left.
					leftInstead(this.#answering, question, frame, query) ??
					contradicted(this.#answering, question, read) ??
					alternativeChosen(this.#answering, question, frame, read) ??
					checkedFigures(this.#answering, question, query) ??
					singleAnswer(this.#answering, question, frame, query)
				);
			case 'count':
				return (
					countListed(this.#answering, question, frame, query) ??
					countNamed(this.#answering, question, frame, query) ??
					countDoers(this.#answering, question, frame, query) ??
					singleAnswer(this.#answering, question, frame, query)
				);
			default:
				return this.#namingPerson(
					frame,
					this.#namingPlace(frame, singleAnswer(this.#answering, question, frame, query)),
				);
		}
	}

	/**
	 * "Who's threatening the government? real name + nickname pls": asked who with a nickname, the one person the
	 * answer's fact involves, by every name the report gives them, first.
	 */
	#namingPerson(frame: Frame, answer: Answer): Answer {
		const { base } = this.#tools;
		const [first] = answer.items;
		// ("What is Sergier's nickname?": a card's heading names the one asked about by the name typed, not the nickname.)
		const card = answer.kind === 'entity';
		if (!['who', 'whoSaid', 'what'].includes(frame.kind) || !answer.found || !first || (answer.heading && !card))
			return answer;
		if (frame.kind === 'what' && !card) return answer;
		if (!frame.rest.some((word) => nicknameWords.has(word))) return answer;
		const [person, ...others] = base
			.entitiesOf(first.fact)
			.flatMap((id) => base.entity(id) ?? [])
			.filter((entity) => entity.kind === 'person');
		if (!person || others.length > 0) return answer;
		// The nickname is the name the report puts in quotation marks: “Barbecue”, not another spelling.
		const alias = person.aliases.find((name) => base.facts.some((fact) => fact.answer.includes(`“${name}”`)));
		return alias ? { ...answer, heading: `${person.name}, known as “${alias}”.` } : answer;
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
		// "Which facility did gunmen try to seize before the assault on the prison?": one the question itself names
		// after the word asking which is not the one it asks for.
		const namedLater = this.#tools.index.matchEntities(frame.rest.slice(2).join(' '));
		if (namedLater.some((match) => match.entity.id === place.id)) return answer;
		return { ...answer, heading: `${place.name}.` };
	}
}

/** Does the fact's quote name another of its entities joined to this one by "and": "the U.N. and the U.S."? */
function alongside(fact: Fact, entity: Entity, base: FactBase): boolean {
	const names = (of: Entity) => [of.name, ...of.aliases].map(escapeRegExp).join('|');
	return base.entitiesOf(fact).some((id) => {
		const other = id === entity.id ? undefined : base.entity(id);
		if (!other) return false;
		const [one, two] = [names(entity), names(other)];
		return new RegExp(
			`(?:${one})\\s*,?\\s+(?:and|et|ak|epi)\\s+(?:the\\s+)?(?:${two})|(?:${two})\\s*,?\\s+(?:and|et|ak|epi)\\s+(?:the\\s+)?(?:${one})`,
			'iu',
		).test(fact.quote);
	});
}

/** Words that ask for another name someone goes by. */
const nicknameWords = new Set(['nickname', 'nicknames', 'alias', 'aliases', 'aka', 'surnom', 'tinon']);

/** Question words that a noun asked for follows: "which sentences…", "quelles peines…", "kilès pinisyon…". */
const whichWords = new Set(['which', 'what', 'quel', 'quelle', 'quels', 'quelles', 'kiles', 'kisa']);

/** Articles before a noun, in the question's English words. */
const articles = new Set(['the', 'a', 'an']);

/** "What is", "what's", "what are": a what-question that asks what something is. */
const whatIs = /^\W*(?:what|wat|wut)(?:\s+(?:is|was|are|were)|['’]?s)\s/;
const copulas = new Set(['is', 'was', 'are', 'were', 's']);
/** Where the noun asked about ends: "of", a preposition, a clause. */
const nounEnds = new Set(['of', 'in', 'for', 'on', 'at', 'to', 'from', 'by', 'that', 'which', 'who', 'with', 'during']);

/**
 * "What is Haiti's official currency?": the noun a what-is question asks for, where the data has
 * no word for it; whatever else the question names, nothing answers it.
 */
function unknownAsked(read: ReadText, query: { unknown: readonly string[] }): string | undefined {
	if (query.unknown.length === 0) return undefined;
	// "Quelles peines ont été prononcées…", "which sentences were handed down…": the thing asked for, right after the
	// question word, is one the data has no word for (a kind of answer, "which facility", may be called otherwise).
	// (With another word unknown besides: one alone may be the asker's word for the data's, "what advice did he give".)
	const [first, noun] = read.words;
	if (
		first &&
		noun &&
		query.unknown.length > 1 &&
		!/ed$/.test(noun) &&
		whichWords.has(first) &&
		!answerKindNoun(noun) &&
		!copulas.has(noun) &&
		query.unknown.includes(stem(noun))
	)
		return noun;
	const french = frenchHead(read.words);
	if (french) return query.unknown.includes(stem(french)) ? french : undefined;
	if (!whatIs.test(fold(read.cleaned))) return undefined;
	const after = read.words.slice(copulas.has(read.words[1] ?? '') ? 2 : 1);
	const end = after.findIndex((word) => nounEnds.has(word));
	const head = (end < 0 ? after : after.slice(0, end)).at(-1);
	// ("What was Barbecue's advice to parents?": a noun for what was said asks what someone said, in whatever words.)
	return head && query.unknown.includes(stem(head)) && !saidNouns().has(head) ? head : undefined;
}

/**
 * The noun a question opens on before "of" ("budget of the mission?"), or the thing whose figures it asks for ("the
 * literacy rate", "le taux de chômage"), where the fact closest to the question does not have it in any word, own or
 * related; undefined where it does, or the question asks no such thing.
 */
function untoldOpening(read: ReadText, query: Query, closest: () => Ranked | undefined): string | undefined {
	// ("Quel est le budget de la force…": French's words that ask are left as typed, and its "de" is read as "the".)
	const start = read.language === 'en' ? 0 : read.words.findIndex((word) => !frenchOpening.has(word));
	const [first, of] = read.words.slice(Math.max(0, start));
	const opens = first !== undefined && (of === 'of' || (read.language !== 'en' && start > 0 && of === 'the'));
	const measured = opens ? { noun: first, named: first } : measuredThing(read);
	if (!measured || answerKindNoun(measured.noun) || vagueWords.has(measured.noun)) return undefined;
	const at = query.terms.indexOf(stem(measured.noun));
	if (at < 0 || query.vague.has(at) || query.mentions.some((mention) => mention.terms.includes(at))) return undefined;
	// (Ranked only for a question that asks so: most never need it.)
	const top = closest();
	return top && (top.matched & (1 << at)) === 0 ? measured.named : undefined;
}

/** The words a French or Creole "what is the…" opens with, as they are read. */
const frenchOpening = new Set([
	'quel',
	'quelle',
	'quels',
	'quelles',
	'est',
	'le',
	'la',
	'les',
	'l',
	'what',
	'is',
	'ki',
	'se',
]);

/**
 * "kidnapping stats 2023?", "what is the literacy rate in Haiti", "quel est le taux de chômage": the thing a
 * word for figures is of, named before it, or after "of" (French "de" reads as "the"), and the two as said.
 */
function measuredThing(read: ReadText): { noun: string; named: string } | undefined {
	const { words } = read;
	const content = (word: string | undefined): word is string =>
		word !== undefined && /^\p{L}{3,}$/u.test(word) && !stopwords.en.has(word) && !figureNouns.has(word);
	// (A noun, not what describes the figures: "the current rate", "the total count". One wink-lexicon lacks,
	// "literacy", "kidnapping", may be.)
	const noun = (word: string) => {
		const tags = englishTags(word);
		return tags.length === 0 || (tags.some((tag) => tag.startsWith('NN')) && !tags.some((tag) => tag.startsWith('JJ')));
	};
	for (const [at, word] of words.entries()) {
		if (!figureNouns.has(word)) continue;
		const before = words[at - 1];
		if (content(before) && noun(before)) return { noun: before, named: `${before} ${word}` };
		const after = words[at + 2];
		const of = words[at + 1] === 'of' || (read.language !== 'en' && words[at + 1] === 'the');
		if (of && content(after) && noun(after)) return { noun: after, named: `${word} of ${after}` };
	}
	return undefined;
}

/** Words for the figures of something, named after it: "kidnapping stats", "casualty figures". */
const figureNouns = new Set([
	'stats',
	'statistics',
	'figures',
	'numbers',
	'data',
	'count',
	'counts',
	'rate',
	'rates',
	'toll',
]);

/** The search terms of what a source gives: "claim", "story", "figure". */
const givenStems: ReadonlySet<string> = new Set([...givenWords].map(stem));

/** The search terms of the words that ask for a name: "name", "nickname", "alias". */
const namingStems: ReadonlySet<string> = new Set([...namingNouns].map(stem));

/** French ways of asking what something is: "c'est quoi", "quelle est", "qu'est-ce que". */
const frenchWhatIs = [
	['c', 'est', 'quoi'],
	['qu', 'est', 'ce', 'que'],
	['qu', 'est', 'ce', 'qu'],
];
const frenchWhich = new Set(['quel', 'quelle', 'quels', 'quelles']);
const frenchCopulas = new Set(['est', 'sont', 'etait', 'etaient']);
const frenchArticles = new Set(['le', 'la', 'les', 'l', 'un', 'une']);

/** "C'est quoi la monnaie officielle d'Haïti ?": the noun asked for, which comes first in French ("monnaie", not "officielle"). */
function frenchHead(words: readonly string[]): string | undefined {
	const opening =
		frenchWhatIs.find((start) => start.every((word, i) => words[i] === word))?.length ??
		(frenchWhich.has(words[0] ?? '') && frenchCopulas.has(words[1] ?? '') ? 2 : 0);
	if (opening === 0) return undefined;
	const at = frenchArticles.has(words[opening] ?? '') ? opening + 1 : opening;
	// ("Quel est le passé professionnel…" is read "professional background": the English adjective goes before its noun.)
	const next = words[at + 1];
	return next && adjectiveNoVerb(words[at] ?? '') && englishTags(next).some((tag) => tag.startsWith('NN'))
		? next
		: words[at];
}

/**
 * A noun after an article that the data has no word for: "the airport", "a curfew"; or, `named`, after
 * the article and a name: "the US embassy".
 */
function unknownThing(read: ReadText, query: { unknown: readonly string[] }, named = false): string | undefined {
	if (query.unknown.length === 0) return undefined;
	const afterName = (word: string) =>
		new RegExp(`(?<!\\p{L})(?:[Tt]he|[Aa]n?)\\s+\\p{Lu}[\\p{L}.]*\\s+${escapeRegExp(word)}(?!\\p{L})`, 'u').test(
			read.cleaned,
		);
	// ("…more or less than a sixth of the inmates?": a part of a figure is worked out, not asked about.)
	return read.words.find(
		(word, i) =>
			i > 0 &&
			query.unknown.includes(stem(word)) &&
			partsInWords[word.replace(/s$/, '')] === undefined &&
			(named ? afterName(word) : articles.has(read.words[i - 1] ?? '')),
	);
}

/**
 * "When did the earthquake hit Haiti?": the one a when-question says did something, right after its auxiliary, where
 * the data has no word for it. What happened is not the report's event, whatever verb it shares with one.
 */
function unknownDoer(read: ReadText, query: { unknown: readonly string[] }): string | undefined {
	const [first, auxiliary, ...rest] = read.words;
	if (first !== 'when' || !auxiliary || !whenAuxiliaries.has(auxiliary)) return undefined;
	// ("When did the big earthquake hit": what describes the doer comes before it.)
	const opened = articles.has(rest[0] ?? '') ? rest.slice(1) : rest;
	return opened.slice(0, 2).find((word) => query.unknown.includes(stem(word)) && /^\p{L}{4,}$/u.test(word));
}

/** The auxiliaries a when-question puts before the one who did what it asks about. */
const whenAuxiliaries = new Set(['did', 'does', 'do', 'was', 'were', 'will', 'has', 'had']);

/** Words that ask an order, which the choices after them are the events of. */
const orderWords = /\b(?:first|earlier|earliest|sooner|before|after|later|last|latest|oldest|newest)\b/iu;

/** A choice of up to six words, perhaps with its article. */
const choice = String.raw`(?:(?:a|an|the|un|une|le|la|les)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,5}`;
/**
 * A question, then a colon or dash and a list of choices: "…: a politician, the police, or a gang
 * figure?"; or a comma and "like": "…, like small time thieves or seriously dangerous ppl?".
 */
const choicesOffered = new RegExp(
	// ("…— the army, the police, the neighbourhood watch?": three or more, with no "or", are choices too.)
	// ("What kind of org is RNDDH, gov or NGO?": after a comma, two choices that end the question.)
	String.raw`^(.*?\S)\s*(?:[:—–]|,\s*(?:like|such as|say|genre|comme|tankou)|,(?=\s*[^,?]{1,30}\s+(?:or|ou|oswa)\s+(?!(?:some\w*|sum\w*|smth|sth|what\w*|wat|wut|so|not|nah|no|quoi|koi|kisa|wtv)\b)[^,?]{1,30}\?*\s*$))\s*${choice}(?:(?:\s*,\s*${choice})*,?\s+(?:or|ou|oswa)\s+(?!(?:smth|sth|something|what|whatever|so|not|nah|quoi|koi|kisa)\s*\?*\s*$)${choice}|(?:\s*,\s*${choice}){2,})\s*\?*\s*$`,
	'iu',
);

/**
 * Where the question word stands after a phrase that sets the scene, set off by a comma ("under the
 * pact henry signed onto, wat date…"): the phrase qualifies what is asked. Undefined where none does.
 */
function sceneEnd(read: ReadText, frame: Frame): number | undefined {
	const [scene = '', ...after] = read.cleaned.split(',');
	const rest = after.join(',');
	// (Not a subject a pronoun takes up: "L'accord prévoyant le départ d'Henry, il a été conclu quand ?")
	const sceneOnly =
		frame.askedAt &&
		after.length > 0 &&
		sceneOpening.test(fold(scene)) &&
		!askingWord.test(scene) &&
		!takenUp.test(rest);
	return sceneOnly ? frame.askedAt : undefined;
}

/**
 * A phrase that sets a scene opens on a preposition or a conjunction: "under the pact…", "in 2023…", "si…",
 * "d'après l'accord…" (French elides its "de").
 */
const sceneOpening =
	/^\W*(?:under|in|on|at|by|for|from|with|during|after|before|since|as|according|per|given|despite|regarding|following|amid|if|when|while|once|back|dans|en|sous|selon|pendant|d['’ ]?apres|apres|avant|depuis|lors|nan|anba|pandan|apre|avan|dapre|si)\b/;

/** A subject pronoun opening what follows a phrase, which takes the phrase up as its subject. */
const takenUp = /^\s*(?:it|he|she|they|il|elle|ils|elles|li|yo|l)\b/iu;
