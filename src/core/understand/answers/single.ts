/**
 * The answer to a question that asks one thing of the facts (who, what, when, where, why, how
 * many, yes or no): the facts that fit its frame, or what the report does not say.
 */

import type { Entity, Fact } from '../../../data/schema.js';
import type { Answer } from '../../answer.js';
import { saysDone } from '../../claims/content.js';
import { yearAsBound } from '../../claims/dates.js';
import { escapeRegExp } from '../../claims/names.js';
import { silenceOf, silentStatements, spokenWords } from '../../claims/silence.js';
import { valuesIn } from '../../claims/values.js';
import type { FactBase } from '../../fact-base.js';
import { cleanMarkup } from '../../language/clean.js';
import { englishTags, nounNoAdjective } from '../../language/english-words.js';
import { lemmatizer } from '../../language/lemmas.js';
import { fold, stopwords, vagueWords } from '../../language/lexicon.js';
import { readText } from '../../language/read.js';
import {
	deedNouns,
	saidNouns,
	thingNouns,
	personNouns as wordNetPersonNouns,
	timeNouns as wordNetTimeNouns,
} from '../../language/wordnet.js';
import type { SearchIndex } from '../../search-index.js';
import { stem, terms as termsOf, words as wordsOf } from '../../text.js';
import { whenOf } from '../../when.js';
import {
	asksHowChanged,
	boostFor,
	changeBoost,
	degreeAsked,
	degreeBoost,
	exactAsked,
	futureBoost,
	heldBack,
	kindNounBoost,
	leadingClauseOnly,
	moreAsked,
	otherAsked,
	setAsideFacts,
	statusAsked,
	statusBoost,
	toCome,
} from '../cues.js';
import {
	areaNouns,
	askedAttribute,
	askedInAnotherForm,
	askedOfThePast,
	askedOnlyThroughRelated,
	askedVerb,
	asksAnAction,
	asksBeyond,
	asksCapacity,
	asksNames,
	asksNothingOf,
	asksObject,
	asksTitle,
	asksWhoLeads,
	asksWhoSpoke,
	auxiliaries,
	creditedTo,
	datedOnly,
	describesGroup,
	destinationAsked,
	endsOnBuiltFor,
	eventUntold,
	fitsFrame,
	givesReason,
	involvesPeopleNamed,
	isFunctionWord,
	leadWords,
	mainClauseInOwnWords,
	mainClauseMatch,
	nameAsking,
	namedKinds,
	namedOutright,
	namesKindOfPlace,
	namesPerson,
	namesSomeoneElse,
	namingNouns,
	offeredAround,
	onlyInRelativeClause,
	ordinal,
	passiveDeedUntold,
	personRoleNouns,
	pronouns,
	sameSentence,
	saysInOwnWords,
	saysInPhrase,
	sinceWords,
	speakerBoost,
	speechStems,
	speechWords,
	statesCause,
	subjectOnlyRelated,
	tellsAreaAsked,
	tellsAsked,
	tellsMoreAsked,
	thinlyMatched,
	toldInPassing,
	unclearWhen,
	weaklyMatched,
} from '../fits.js';
import type { Frame } from '../frame.js';
import {
	type AnswerKind,
	answerKindNoun,
	answerKindTerms,
	entityKindsOfNoun,
	kindNouns,
	roleAskingTerms,
	roleNouns,
	singular,
	whichWords,
} from '../kinds.js';
import { countsInText, measures } from '../measure.js';
import { nameWords } from '../name-words.js';
import { answerOptions } from '../options.js';
import {
	negations as denyingWords,
	onlyPlanned,
	type Polarity,
	plainlyUnsure,
	plans,
	polarityOf,
	saysWhole,
} from '../polarity.js';
import { askedBits, buildQuery, type Mention, type Query, spellsMention } from '../query.js';
import { builtOnInOwnWords, inOwnWords, involving, type Ranked, rank } from '../rank.js';
import { thresholdBefore } from './compared.js';
import { type Answering, timeOfDayUntold, unboosted } from './context.js';
import { doneAbout } from './deeds.js';
import { computedHeading, ofWords, ratesOf, unknownPartAsked } from './figures.js';
import { pooledActor } from './pooled.js';
import { asksPurpose, purposeOf } from './purpose.js';
import { leaderNamed, postAsked, roleHolderAsked } from './roles.js';
import { citedSources, creditedElsewhere, eachSource, outweighed, speakerNamed, spokenBy } from './sources.js';
import { withWhatFollows } from './statements.js';

/** The query's vague words, as bits of `Ranked.matched`. */
function vagueBits(query: Query): number {
	return [...query.vague].reduce((bits, i) => bits | (1 << i), 0);
}

/** The fact that best fits a question's frame, and those that fit about as well. */
interface Fitting {
	top: Ranked | undefined;
	tied: Ranked[];
}

/**
 * The best-scoring candidate that `fits`, and those that fit and tie with it (within `nearTie` of
 * its score, nearly its coverage), in rank order. Ranked best first, so the ties are the fitting
 * candidates before the first that scores too low: the scan stops there rather than checking every
 * candidate, which on a large archive is most of it. A best below `floor` counts as none, so the
 * scan stops there too.
 */
function bestFitting(ranked: readonly Ranked[], fits: (candidate: Ranked) => boolean, floor: number): Fitting {
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

/** Does the candidate have the verb asked only through a related word, and every other word asked as its own? */
function relatedVerbOnly({ matched, related }: Ranked, verb: number, query: Query): boolean {
	const others = askedBits(query) & ~(1 << verb);
	return (related & (1 << verb)) !== 0 && others !== 0 && (matched & ~related & others) === others;
}

/** How much of a question about whether a time is set a fact saying it is unclear when must have. */
const scheduledCoverage = 0.5;

/** Words before a noun, which make a verb's form a noun: "the attack", "its warning". */
const articles = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that']);

/**
 * "Who put sanctions on that Barbecue fellow?": of facts that fit as well, the one whose own answer
 * tells what is asked (the sanctions), not one whose quote tells it in passing and whose answer is
 * about something else.
 */
function toldInAnswer(
	best: Fitting,
	ranked: readonly Ranked[],
	fits: (candidate: Ranked) => boolean,
	frame: Frame,
	verb: number | undefined,
	query: Query,
	base: FactBase,
): Fitting {
	const { top } = best;
	// "Par quelles autorités Barbecue a-t-il été sanctionné ?": a quote that tells the sanctions only in a relative
	// clause its own statement leaves out is about something else, whatever the frame.
	const aside = top
		? query.terms.find((term, i) => !query.vague.has(i) && asideInQuote(top.fact, term, base))
		: undefined;
	const asked = aside ?? (verb === undefined || frame.kind !== 'who' ? undefined : query.terms[verb]);
	if (!top || !asked) return best;
	// (As the deed, not its noun: "the attack on the prison followed…" tells no one attacked it.)
	const tells = (candidate: Ranked) => {
		const answerWords = wordsOf(candidate.fact.answer);
		return answerWords.some((word, i) => stem(word) === asked && !articles.has(answerWords[i - 1] ?? ''));
	};
	if (tells(top)) return best;
	const other = ranked.find(
		(candidate) => candidate !== top && candidate.coverage >= top.coverage * 0.8 && tells(candidate) && fits(candidate),
	);
	return other ? { top: other, tied: [other] } : best;
}

/** A number named as one the report gives: "the 3,687 number", "that 700 figure". */
const numberNamed =
	/\b(?:the|that|this|ur|your)\s+\d[\d,.\s]*\s+(?:number|figure|count|stat|statistic|total|nombre|chiffre|chif)\b/iu;

/** The capacity figure (never one worked out from it) that ranks best for the question at a lower coverage. */
function capacityOf(ctx: Answering, query: Query): Fact | undefined {
	return rank(query, ctx.tools.index, ctx.tools.base, {
		minCoverage: answerOptions.dominantCoverage,
		boost: unboosted,
	}).find(({ fact }) => fact.kind === 'figure' && !fact.derivation && /capacity/i.test(fact.metric))?.fact;
}

/** How many of the best ranked facts a rate's inputs are looked for among. */
const rateInputsReach = 3;

/** A rate among the best ranked facts, or worked out from figures that all are, if one is. */
function rateOfRanked(base: FactBase, ranked: readonly Ranked[]): Fact | undefined {
	const near = new Set(ranked.slice(0, rateInputsReach).map(({ fact }) => fact.id));
	return base.facts.find(
		(fact) =>
			fact.kind === 'figure' &&
			fact.derivation?.op === 'percent' &&
			(near.has(fact.id) || fact.derivation.of.every((id) => near.has(id))),
	);
}

/**
 * "Under the December 2022 deal, when must Henry leave?": a fact dated to the very date the question gives asks
 * nothing the asker has not said; another that fits nearly as well, dated otherwise, is the one asked about.
 */
function notTheDateGiven(
	best: Fitting,
	ranked: readonly Ranked[],
	fits: (candidate: Ranked) => boolean,
	frame: Frame,
	question: string,
): Fitting {
	const { top } = best;
	const date = top ? whenOf(top.fact)?.date : undefined;
	if (frame.kind !== 'when' || !top || !date) return best;
	const given = valuesIn(question).flatMap((value) => (value.kind === 'date' && value.date ? [value.date] : []));
	if (!given.some((typed) => typed === date)) return best;
	const other = ranked.find(
		(candidate) =>
			candidate !== top &&
			candidate.coverage >= top.coverage * givenDateReach &&
			whenOf(candidate.fact) !== undefined &&
			whenOf(candidate.fact)?.date !== date &&
			fits(candidate),
	);
	return other ? { top: other, tied: [other] } : best;
}

/** How much of the question a fact dated otherwise must account for, against one dated as the question is. */
const givenDateReach = 0.7;

/**
 * "What day did the gangs go after the pen?": where the best fitting fact leaves out someone or
 * something the question names, one that involves them all and accounts for as much of the
 * question is the one asked about, however much lower the index scores it.
 */
function involvingAllNamed(
	best: Fitting,
	ranked: readonly Ranked[],
	fits: (candidate: Ranked) => boolean,
	query: Query,
	base: FactBase,
): Fitting {
	// ("Which authorities sanctioned him?": the kind of answer asked names no one it must involve.)
	const named = query.mentions.filter(
		(m) => !m.role && !m.terms.every((i) => query.secondary.has(i) || query.vague.has(i)),
	);
	// (A body a fact names is part of what it is part of: the Security Council's vote is the UN's.)
	const involves = (candidate: Ranked) => {
		const involved = new Set(base.entitiesOf(candidate.fact).flatMap((id) => base.within(id)));
		return named.every((m) => m.entities.some((entity) => involved.has(entity.id)));
	};
	const { top } = best;
	if (!top || named.length === 0 || involves(top)) return best;
	const other = ranked.find(
		(candidate) =>
			candidate !== top &&
			candidate.coverage >= top.coverage &&
			candidate.predicate &&
			involves(candidate) &&
			fits(candidate),
	);
	return other ? { top: other, tied: [other] } : best;
}

/** A group told of only by how many of it there are: "many of the alleged perpetrators", "some of them". */
const someOfAGroup =
	/\b(?:many|some|several|most|few|dozens|hundreds|thousands|a number|a large number) of (?:the|them|those|these)\b/i;

/** Words that open a clause saying when: "after Moïse was killed", "since the siege began". */
const timeClauseWords = new Set(['after', 'before', 'when', 'since', 'while', 'until', 'once']);

/**
 * "Did the guys accused of killing Moïse escape?": a yes/no question that ends on its verb asks about that deed; a
 * fact that has everything else but not the verb does not answer it.
 */
function lastVerbUntold(frame: Frame, query: Query, top: Ranked): boolean {
	const last = frame.rest.at(-1) ?? '';
	if (!englishTags(last).some((tag) => tag.startsWith('VB'))) return false;
	const at = query.terms.indexOf(stem(last));
	// (Not the verb of a clause that says when: "did things get worse after Moïse was killed?")
	const when = frame.rest.slice(-5, -1).some((word) => timeClauseWords.has(word));
	// (Nor of a relative clause that says which one is meant: "…locked up in the prison that got attacked?")
	const relative = frame.rest
		.slice(-4, -1)
		.some((word, i, before) => relativeWords.has(word) && !speechWords.has(before[i - 1] ?? ''));
	return (
		at >= 0 &&
		!query.vague.has(at) &&
		!((when || relative) && query.secondary.has(at)) &&
		((top.matched >>> at) & 1) === 0
	);
}

const relativeWords = new Set(['that', 'which', 'who']);

/**
 * "Did any cops die in the prison fight?": the bare verb after "did" and its subject is the deed asked; a fact that
 * has the rest but not it, in its own words or a related one, does not answer it.
 */
function bareVerbUntold(frame: Frame, query: Query, top: Ranked): boolean {
	if (!/^(?:did|does|do)$/.test(frame.rest[0] ?? '')) return false;
	const verb = frame.rest.findIndex((word, i) => i >= 2 && englishTags(word)[0] === 'VB');
	// (Only after a plain subject of a few words: "did the officers who were supposed to guard it stay?" may be
	// answered by what they did instead.)
	const subject = frame.rest.slice(1, verb);
	if (verb < 0 || verb > 4 || subject.some((word) => relativeWords.has(word))) return false;
	// "Did any policemen get killed…?": what was done to them is the participle after "get", told in the fact's own words
	// (an attack is no killing, though WordNet relates the two).
	const done = frame.rest[verb] === 'get' && englishTags(frame.rest[verb + 1] ?? '')[0] === 'VBN';
	const at = query.terms.indexOf(stem(frame.rest[done ? verb + 1 : verb] ?? ''));
	const told = done ? top.matched & ~top.related : top.matched;
	return at >= 0 && !query.vague.has(at) && ((told >>> at) & 1) === 0;
}

/**
 * "Was Henry elected?": a deed done to the one asked about, which the fact has only as a noun ("so that elections can
 * be held"), is not told of them.
 */
function passiveOnlyAsNoun(words: readonly string[], fact: Fact): boolean {
	// (The auxiliary first, the subject between: "was Henry elected", "has Barbecue been arrested".)
	const at = words.findIndex(
		(word, i) =>
			englishTags(word)[0] === 'VBN' &&
			words.slice(0, i).some((before) => /^(?:was|were|been|got|is|are)$/.test(before)),
	);
	const participle = words[at];
	if (at < 0 || !participle) return false;
	const term = stem(participle);
	const same = wordsOf(fact.quote).filter((word) => stem(word.toLowerCase()) === term);
	return same.length > 0 && same.every((word) => englishTags(word.toLowerCase())[0]?.startsWith('NN') === true);
}

/**
 * Does the fact involve everyone the question names (or what they are part of)? "Did the government do
 * something about the prison attack?" is not answered yes or no by gunfire that involves the government alone.
 */
function involvesEveryNamed(fact: Fact, query: Query, base: FactBase): boolean {
	const involved = new Set(base.entitiesOf(fact).flatMap((id) => base.within(id)));
	// ("…for the force to land in Haiti?": the country the reports are about is where everything they tell happens,
	// which a fact need not name again.)
	const setting = base.topicCountry()?.id;
	return query.mentions
		.filter((m) => !m.role && !m.terms.every((i) => query.secondary.has(i)))
		.every((m) => m.entities.some((entity) => involved.has(entity.id) || entity.id === setting));
}

/** "What two warnings…", "which three events…": how many answers a question asks for (0 when it does not say). */
function numberAsked(words: readonly string[]): number {
	// "Besides the prison, what other 2 targets…": the question word may come after what is set aside.
	const at = words.findIndex((word) => word === 'what' || word === 'which');
	const next = words[at + 1] === 'other' ? at + 2 : at + 1;
	const [number] = at < 0 ? [] : valuesIn(words.slice(next, next + 1).join(' '));
	return number?.kind === 'number' && number.value >= 2 && number.value <= answerOptions.maxItems ? number.value : 0;
}

/**
 * A rate per head of population: "per 100000 people", "per capita", "pour 100 000 habitants"; not per so many places
 * or inmates ("per 100 places").
 */
const perPopulation =
	/\b(?:per|pour|pou(?: chak)?)\s+(?:\d+(?:[ ,]\d{3})*(?![\d,])(?!\s+(?:place|spot|bed|space|cell|seat|slot|bunk|inmate|prisoner|detainee)s?\b)(?:\s+(?:people|inhabitants|residents|persons|habitants|personnes|moun))?|capita|head)\b/;

/** The unit a rate is asked per: "per guard", "for every officer", "for each bed". */
const perUnit = /\b(?:per|for (?:each|every)(?: single)?)\s+([a-z]{3,})\b/;
/** "inmate to guard ratio", "ratio of inmates to guards": the side a ratio counts per. */
const ratioSide = (text: string): string | undefined => {
	const found = ratioSides.exec(text);
	return found?.[1] ?? found?.[2];
};
const ratioSides =
	/\b(?:[a-z]{3,}\s+to\s+([a-z]{3,})\s+ratio|ratio\s+of\s+(?:the\s+)?[a-z]{3,}\s+to\s+(?:the\s+)?([a-z]{3,}))\b/;

/** The search terms of the words for leading, worked out once. */
const leadStems: ReadonlySet<string> = new Set([...leadWords].map(stem));

/** Of `minCoverage`, what a fact that counts the asked noun in its own words must share with the question. */
const countingShare = 0.8;

/** The kind of one whose name is asked: "the name of the group that…" asks an organisation's; a person's by default. */
function namedKind(frame: Frame): Entity['kind'][] {
	return namedKindAsked(frame) ?? ['person'];
}

/** Verbs that ask what a source says of a number, not the number itself. */
const saidOfIt = /^(?:say|says|said|show|shows|showed|shown|tell|tells|told)$/;
/** A figure the report gives only as a change, with no number of its own: "more than doubled". */
const changeOnly = (fact: Fact) => fact.kind === 'figure' && fact.value === null && /^change\b/.test(fact.unit ?? '');
/** Words that end the noun phrase after "name of": a clause that says which one ("…the group that counted…"). */
const namedPhraseEnds = new Set([
	'that',
	'which',
	'who',
	'whom',
	'whose',
	'ki',
	'qui',
	'que',
	'ke',
	'ou',
	'in',
	'at',
	'on',
]);
/** How many words the noun phrase after "name of" may run to: "the human rights group…". */
const namedPhraseReach = 4;

/**
 * The noun phrase whose name is asked: after "name of" ("the name of the human rights group that…"), or right after
 * Kreyòl "non", which needs no "of" ("ki non gwoup dwa moun ki…"). Empty where no name is asked.
 */
function namedPhrase(frame: Frame): string[] {
	// (French "le nom du quotidien" keeps its "du" as read in English.)
	const at = frame.rest.findIndex((word, i) => (word === 'name' || word === 'names') && i < frame.rest.length - 1);
	if (at < 0) return [];
	const start = ofWords.has(frame.rest[at + 1] ?? '') ? at + 2 : at + 1;
	const words = frame.rest.slice(start).filter((word, i) => i > 0 || !/^(?:the|a|an|this|that)$/.test(word));
	const end = words.findIndex((word, i) => namedPhraseEnds.has(word) || (i > 0 && /^(?:the|a|an)$/.test(word)));
	const phrase = words.slice(0, Math.min(end < 0 ? words.length : end, namedPhraseReach));
	// (Not "what name did they give…": a Kreyòl "non" runs straight into a noun for a kind, an English "name" into "of".)
	return start > at + 1 || phrase.some((word) => kindNouns.has(singular(word))) ? phrase : [];
}

/** The kinds the noun after "name of" names, where it names a kind ("the name of the outlet…"). */
function namedKindAsked(frame: Frame): Entity['kind'][] | undefined {
	const named = nounKindsAsked(frame).filter(
		(kind): kind is Entity['kind'] => kind !== 'other' && kind !== 'prison' && kind !== 'place',
	);
	return named.length > 0 ? named : undefined;
}

/**
 * The kinds the first noun for a kind names in the phrase whose name is asked, prisons and places too: "the human rights
 * group…" an organisation's, "the prison gangs attacked" a prison's (not the gangs').
 */
function nounKindsAsked(frame: Frame): AnswerKind[] {
	return (
		namedPhrase(frame)
			.map(entityKindsOfNoun)
			.find((found) => found !== undefined) ?? []
	);
}

/** Does the fact involve one the question calls only by a common noun of the kind whose name it asks? */
function namesCalledByNoun(fact: Fact, frame: Frame, tools: Answering['tools']): boolean {
	const called = calledByNounAsked(frame, tools.index);
	return called.size > 0 && tools.base.entitiesOf(fact).some((id) => called.has(id));
}

/**
 * Entities the question calls only by a common noun of the kind whose name it asks ("the name of the prison the
 * gangs besieged", "the human rights group that counted…"): a fact naming them names what is asked.
 */
function calledByNounAsked(frame: Frame, index: SearchIndex): Set<string> {
	const kinds = nounKindsAsked(frame);
	if (kinds.length === 0) return new Set();
	return new Set(
		index
			.matchEntities(namedPhrase(frame))
			.filter((match) => kinds.includes(match.entity.kind))
			.map((match) => match.entity.id),
	);
}

/** Is a verb in the fact's quote only in a relative clause, as an aside its own statement leaves out? */
function asideInQuote(fact: Fact, verbTerm: string, base: FactBase): boolean {
	return onlyInRelativeClause(fact, verbTerm, base) && !termsOf(fact.answer).includes(verbTerm);
}

/** A number the question gives in figures (not a year) that none of the facts gives, figure or quote. */
function numberUntold(question: string, facts: readonly Fact[]): number | undefined {
	const numbers = new Set(facts.flatMap(numbersGiven));
	// (Written in figures, and more than a count of those named: "more than one authority" counts whoever it names.)
	return valuesIn(question)
		.flatMap((value) =>
			value.kind === 'number' &&
			!value.year &&
			!value.percent &&
			value.value >= 10 &&
			/\d/.test(question.slice(value.start, value.end)) &&
			// ("did the number exceed 3000?": a threshold offered is no number said to be the report's.)
			!thresholdBefore.test(question.slice(0, value.start))
				? [value.value]
				: [],
		)
		.find((value) => !numbers.has(value));
}

/** A word that tells a deed as done: an auxiliary of the past, or a verb's past form. */
function toldAsDone(word: string): boolean {
	return (
		// (Creole's past marker "te" stays in its words: "kilè Henri te bay demisyon l".)
		/^(?:did|was|were|has|have|had|te)$/.test(word) || englishTags(word).some((tag) => tag === 'VBD' || tag === 'VBN')
	);
}

/** The numbers a fact gives: its figure's value and those its quote writes. */
function numbersGiven(fact: Fact): number[] {
	return [
		...(fact.kind === 'figure' && fact.value !== null ? [fact.value] : []),
		...valuesIn(fact.quote).flatMap((value) => (value.kind === 'number' ? [value.value] : [])),
	];
}

/** The heading of a yes/no answer the fact gives plainly. */
function yesNoHeading(polarity: Polarity | undefined): string | undefined {
	if (polarity === 'tried') return 'Not as far as the report says: it tells only of an attempt.';
	return polarity === 'yes' ? 'Yes, the report says so:' : polarity === 'no' ? 'No:' : undefined;
}

/** Words that ask whether someone has a part in what the report tells: "involved", "part of this", "mixed up in it". */
const involvementWords = new Set([
	'involved',
	'involvement',
	'part',
	'connected',
	'linked',
	'mixed',
	'implicated',
	'role',
]);

/** The one the question names, where it asks only whether that one has a part in what the report tells. */
function involvementAsked(frame: Frame, query: Query): Entity | undefined {
	const [mention, ...others] = query.mentions;
	const named = mention?.entities[0];
	if (!mention || !named || others.length > 0 || frame.kind !== 'yesNo') return undefined;
	if (!frame.rest.some((word) => involvementWords.has(word))) return undefined;
	const onlyThat = frame.rest.every(
		(word) =>
			spellsMention(query, mention, word) || involvementWords.has(word) || isFunctionWord(word) || vagueWords.has(word),
	);
	return onlyThat ? named : undefined;
}

/**
 * The mentions whose words stand right before the name of a person named outright, as a title does
 * ("gang boss Jimmy Sergier", "Prime Minister Ariel Henry"): they say who that person is.
 */
function titlesBeforeNames(frame: Frame, query: Query): Set<Mention> {
	const words = frame.rest;
	const at = (mention: Mention) => words.flatMap((word, i) => (spellsMention(query, mention, word) ? [i] : []));
	const people = query.mentions.filter((m) => !m.role && m.entities.some((entity) => entity.kind === 'person'));
	const titled = new Set<Mention>();
	for (const person of people) {
		const first = at(person)[0];
		if (first === undefined) continue;
		for (const other of query.mentions) {
			if (other === person) continue;
			const positions = at(other);
			const last = positions.at(-1);
			// The title's words, then at most one more word of it that names a post ("boss", "minister"), then the name:
			// not "the gang alliance Barbecue leads", where the name opens a clause.
			// ("l'ancien policier Jimmy Sergier": any noun for a person, as WordNet has them, is a title there.)
			const title = words[first - 1] ?? '';
			if (
				last !== undefined &&
				last < first &&
				first - last <= 2 &&
				(titleNouns.has(title) || wordNetPersonNouns().has(title))
			)
				titled.add(other);
		}
	}
	return titled;
}

/** "Is" in a who-question: "who is the…", "who's the…". */
const copulas = new Set(['is', 'are', 'was', 'were']);

/** Verbs of leading, as typed. */
const leadingVerbs =
	/^(?:lead|leads|led|leading|run|runs|ran|running|heads|headed|heading|commands?|commanded|controls?|controlled)$/;

/** Nouns for who leads something, before "of": "the head of the police". */
const leaderNouns = new Set(['head', 'leader', 'chief', 'boss', 'director', 'commander', 'chef', 'dirigeant']);

/** Nouns for a post that stand before a name as a title: "gang boss Jimmy Sergier", "Prime Minister Ariel Henry". */
const titleNouns = new Set([
	...leaderNouns,
	'minister',
	'president',
	'premier',
	'kingpin',
	'warlord',
	'cop',
	'officer',
]);

/** Posts in government whose kind is said by a qualifier: "prime minister", "minister of justice". */
const postNouns = new Set([
	'minister',
	'president',
	'secretary',
	'ambassador',
	'governor',
	'mayor',
	'senator',
	'commissioner',
	'deputy',
]);

/**
 * A post asked with a qualifier ("the justice minister", "the minister of justice") that the fact
 * has only through a related word ("justice" for "official"): the fact's post ("Prime Minister")
 * is another one. The post as asked; undefined where the qualifier is the fact's own word.
 */
function postQualifiedOtherwise(frame: Frame, query: Query, top: Ranked): string | undefined {
	const words = frame.rest;
	const said = (word: string | undefined) =>
		word !== undefined && !stopwords.en.has(word) && !stopwords.fr.has(word) && !stopwords.ht.has(word);
	for (const [i, word] of words.entries()) {
		if (!postNouns.has(word)) continue;
		// "minister of justice", French "ministre de la Justice" (read "minister the la justice"), Kreyòl "minis jistis".
		// ("Vice president": a post WordNet has as one word, related to another of the fact's.)
		const compound = query.terms.indexOf(`${stem(words[i - 1] ?? '')} ${stem(word)}`);
		if (compound >= 0 && ((top.related >>> compound) & 1) === 1) return `${words[i - 1]} ${word}`;
		const after = words.slice(i + 1, i + 4).find(said);
		for (const qualifier of [after, said(words[i - 1]) ? words[i - 1] : undefined]) {
			const at = qualifier ? query.terms.indexOf(stem(qualifier)) : -1;
			if (at >= 0 && ((top.related >>> at) & 1) === 1)
				return qualifier === after ? `${word} of ${qualifier}` : `${qualifier} ${word}`;
		}
	}
	return undefined;
}

/**
 * A noun for a person that the question asks the name of and the data has no word for: "warden".
 * (Not "minister": "the name of Haiti's prime minister" is one the report gives.)
 */
function staffAsked(asked: readonly string[], query: Query): string | undefined {
	return asked.find((word) => wordNetPersonNouns().has(singular(word)) && query.unknown.includes(stem(word)));
}

/**
 * The noun for a person a "which…" question asks for, where the data has no word of its own for it, only
 * words related to it: "which judge" (the data has "official"), "which lawyer".
 */
function unspokenPersonAsked(frame: Frame, index: SearchIndex): string | undefined {
	const [which, noun, next = ''] = frame.rest;
	// ("What have the gangs threatened…": an auxiliary after the question word is no noun, though WordNet has "haves".)
	if (!which || !noun || !whichWords.includes(which) || auxiliaries.has(noun)) return undefined;
	if (!wordNetPersonNouns().has(singular(noun))) return undefined;
	// ("What professional background…": a word before a noun only qualifies it.)
	if (englishTags(next).some((tag) => tag.startsWith('NN')) && !englishTags(next).some((tag) => tag.startsWith('VB')))
		return undefined;
	// (A word the data has nothing like, "stakeholder", may be anyone's: only one known through related words is not.)
	const matches = index.matchTerm(stem(noun));
	return matches.length > 0 && matches.every((match) => match.related) ? singular(noun) : undefined;
}

/** The noun whose name is asked: "the port" of "what's the port called", "the name of the port". */
function namedThing(frame: Frame): string | undefined {
	const { rest } = frame;
	// ("What was the December 2022 deal officially called?": the noun before "called", past its adverb, with what
	// says which one before it.)
	const called = rest.indexOf('called');
	const before = called > 1 ? rest.slice(0, called).filter((word) => !/ly$/.test(word)) : [];
	const the = before.lastIndexOf('the');
	if (the >= 0 && before.length - the >= 2 && before.length - the <= 4) return before.at(-1);
	// ("The name of the December 2022 deal": the last word of a short noun phrase.)
	const of = rest.findIndex((word, i) => (word === 'name' || word === 'names') && rest[i + 1] === 'of');
	const phrase = of >= 0 && rest[of + 2] === 'the' ? rest.slice(of + 3) : [];
	return phrase.length >= 1 && phrase.length <= 3 ? phrase.at(-1) : undefined;
}

/** Nouns for a person, whom the data may know by a role it does not read as a name ("the president"). */
const personNouns = new Set([
	...leaderNouns,
	...personRoleNouns,
	'president',
	'minister',
	'pm',
	'man',
	'woman',
	'person',
	'guy',
	'premier',
	'prez',
]);

/** Words that open a relative clause after a description: "the NGO that said…". */
const relatives = new Set(['that', 'who', 'which', 'ki', 'qui']);

/** "Per" opening the question, with a few words and a comma: whose word it is, not a unit. */
const perOpening = /^\W*per\s+[^,?]{1,40},/iu;

export function singleAnswer(ctx: Answering, question: string, frame: Frame, query: Query): Answer {
	const tools = ctx.tools;
	const start = frame.since ? startOf(ctx, query) : undefined;
	if (start) return tools.facts(question, [start]);
	const described = describedOne(ctx, frame, query);
	if (described) return tools.facts(question, [described.fact], `${described.entity.name}.`);
	const byFrame = boostFor(frame);
	const bySpeaker = speakerBoost(frame, query);
	const byKindNoun = kindNounBoost(frame);
	const byChange = changeBoost(frame);
	const byStatus = statusBoost(frame);
	const byFuture = futureBoost(frame);
	const byDegree = degreeBoost(frame);
	const byDescribing = describingBoost(frame);
	if (asksNames(frame)) {
		// "What is the name of the prison in Gonaïves?": a name asked of what is somewhere the report never mentions.
		const [elsewhere] = query.strangers;
		if (elsewhere) return ctx.doesNotSay(question, frame, ctx.rank(query), `The report doesn’t mention ${elsewhere}.`);
		// "What is the name of the gang alliance whose head announced…": the one named before the clause that says which
		// is the one whose name is asked; one the report only describes it never names.
		const unnamedGroup = describedBeforeClause(frame, tools.index);
		if (unnamedGroup)
			return tools.notFound(question, {
				heading: `The report doesn’t name them: it says only “${unnamedGroup.name.toLowerCase()}”.`,
				suggestions: ctx.suggest(query),
			});
		// "What's Barbecue's actual name?", "what is the prison called?": one person or place named by another of
		// its names, or described; the card gives the name the report uses.
		// Only where nothing else is asked of it: "the name of Haiti's second-largest prison" is another prison's.
		// The same one named twice ("the PM, Henri or Henry") is one.
		// "…le Premier ministre que l'alliance veut renverser": who is in the clause only says which one is asked.
		// "The ex-cop heading the gang coalition": the police and the coalition in a role that names a person are words
		// of the role, not others asked about. Not where the person is named as well: "the name of the gang alliance
		// that Barbecue heads" asks the alliance's.
		const outright = namedOutright(query);
		const roleTerms = new Set(
			query.mentions
				.filter((m) => m.role && !m.entities.some((entity) => outright.has(entity.id)))
				.flatMap((m) => m.terms),
		);
		// "What nickname does gang boss Jimmy Sergier go by?": words right before a person's name describe that person.
		const titled = titlesBeforeNames(frame, query);
		const mentioned = [
			...new Set(
				query.mentions
					.filter((m) => !m.terms.every((i) => query.secondary.has(i)))
					.filter((m) => m.role || !m.terms.some((i) => roleTerms.has(i)))
					.filter((m) => !titled.has(m))
					.flatMap((m) => m.entities),
			),
		];
		// "What's the name of the ex-cop who runs the gangs?": the one person a role names is whose name is asked,
		// not the groups only described beside them.
		const rolePeople = query.mentions
			.filter((m) => m.role && roleTerms.size > 0 && m.terms.every((i) => roleTerms.has(i)))
			.flatMap((m) => m.entities.filter((entity) => entity.kind === 'person'));
		// (Not where a group only described comes first, the person in a clause after it: "the name of the gang alliance
		// the ex-cop is linked to" asks the alliance's.)
		const [first] = [...query.mentions].sort((a, b) => Math.min(...a.terms) - Math.min(...b.terms));
		const describedFirst = first && !first.role && first.entities.every((entity) => entity.described);
		const entities =
			new Set(rolePeople.map((entity) => entity.id)).size === 1
				? describedFirst
					? first.entities
					: mentioned.filter((entity) => entity.kind === 'person' || !entity.described)
				: mentioned;
		// "Names of the suspects jailed…", "ki non prizonye ki te sove yo": people the report only describes.
		const unnamed = describedPeopleAsked(frame, query);
		if (unnamed) return ctx.doesNotSay(question, frame, ctx.rank(query), `The report doesn’t name the ${unnamed}.`);
		// "The biggest lockup in Haiti": a place the one named is in only says where it is.
		const [only, ...others] = entities.filter(
			(entity) => !entities.some((other) => other !== entity && tools.base.within(other.id).includes(entity.id)),
		);
		const inMention = new Set(query.mentions.flatMap((m) => m.terms));
		// What else the question says of it ("the biggest") must be what the report says of it.
		const saidOfIt = only ? saidOf(ctx, query, only.id) : 0;
		const nothingElse = query.terms.every(
			(term, i) =>
				inMention.has(i) ||
				query.vague.has(i) ||
				query.secondary.has(i) ||
				nameAsking.has(term) ||
				// "The name of the facility described as…": the kind of thing named, not something said of it.
				answerKindTerms.has(term) ||
				(saidOfIt & (1 << i)) !== 0,
		);
		const ranked = frame.rest.some((word) => ordinal.test(word));
		// "Apart from Barbecue, which other gang leaders…" asks for someone else.
		const another = otherAsked(frame) !== undefined;
		// "The name of the head of the Haitian National Police" asks for its leader's name, not its own.
		// "The name of the Gazette Haiti journalist who…" asks for a person's, not the outlet's.
		// "Ki non chèf RNDDH la?", "the RNDDH chief": a leader's word beside a group, not part of a name the data has.
		// (Not in a clause that only says which one: "the alliance whose leader announced…" asks the alliance's name.)
		const relativeAt = frame.rest.findIndex((word, i) => i > 0 && /^(?:whose|who|that|which)$/.test(word));
		const asked = relativeAt < 0 ? frame.rest : frame.rest.slice(0, relativeAt);
		const leaderBeside = asked.some(
			(word) => leaderNouns.has(word) && !query.terms.some((term, i) => inMention.has(i) && term === stem(word)),
		);
		const ofLeader =
			asked.some((word, i) => leaderNouns.has(word) && asked[i + 1] === 'of') ||
			asked.some((word) => personRoleNouns.has(word)) ||
			(leaderBeside && only !== undefined && only.kind !== 'person');
		// ("What are the names of Jovenel's killers?": the names of people the one named had, not theirs.)
		const peopleOf = asked.some((word) => word !== singular(word) && wordNetPersonNouns().has(singular(word)));
		if (
			only &&
			others.length === 0 &&
			nothingElse &&
			!ofLeader &&
			!peopleOf &&
			!ranked &&
			!another &&
			!only.described &&
			namedKinds.has(only.kind) &&
			// "The name of the outlet that said guards abandoned the prison" asks an outlet's, not the prison's.
			(namedKindAsked(frame) ?? [only.kind]).includes(only.kind)
		)
			return tools.entityCard(question, only);
		// "Ki non chèf RNDDH la?", "the name of the alliance's leader": the leadership the report tells of the one
		// group named, or that it names no leader of it.
		if ((leaderBeside || ofLeader) && only && others.length === 0 && only.kind !== 'person') {
			const leads = tools.base.facts.some((fact) => fact.kind === 'leadership' && fact.coalition === only.id);
			if (leads) return tools.leaders(only.id, question);
			if (leaderBeside)
				return ctx.doesNotSay(question, frame, ctx.rank(query), `The report doesn’t name the leader of ${only.name}.`);
		}
		// "What's the name of the Pénitencier's warden?": a person the one named has, in a word the report never uses.
		const staff = only && others.length === 0 && only.kind !== 'person' ? staffAsked(asked, query) : undefined;
		if (staff && only)
			return ctx.doesNotSay(question, frame, ctx.rank(query), `The report doesn’t name the ${staff} of ${only.name}.`);
		// "The name of the gang leader": "gang" names the gangs and their alliance; the one whose leadership the report
		// tells is the one asked about.
		if (leaderOfGroup(frame, query)) {
			const [leading, ...more] = entities.filter((entity) =>
				tools.base.facts.some((fact) => fact.kind === 'leadership' && fact.coalition === entity.id),
			);
			if (leading && more.length === 0 && entities.length > 1 && !leaderNamed(tools.base, leading.id, query))
				return tools.leaders(leading.id, question);
		}
		// "The name of the rights group, the one with the prison numbers": the one after "name of", which the
		// report gives together with the others the question names.
		const target = ofLeader ? undefined : nameOf(ctx, frame, query, question);
		if (target && !ranked) return tools.entityCard(question, target);
		const described = entities.find((entity) => entity.described);
		// ("Kiyès ki chèf gang yo rele Babekyou a?": the one asked about is named outright, by what they are called.)
		const person = entities.filter((entity) => entity.kind === 'person' && !entity.described);
		// (Asked who: "the name of Barbecue's alliance" asks the group's name, which the report never gives.)
		// ("What's the real name of the gang boss people call Barbecue?": nor where the one described is then called by
		// the person's name.)
		const named = frame.kind === 'who' && person.length === 1 ? person[0] : calledPerson(frame, query);
		if (described && named) return tools.entityCard(question, named);
		if (described) {
			return tools.notFound(question, {
				heading: `The report doesn’t name them: it says only “${described.name.toLowerCase()}”.`,
				suggestions: ctx.suggest(query),
			});
		}
		// "What's the port called that the gunmen tried to take over?": a thing the data has no name for is one the
		// report does not name.
		// (A person's role asked may name one the data knows under another word: "the president who was killed".)
		const thing = namedThing(frame);
		if (entities.length === 0 && frame.kind === 'what' && thing && !personNouns.has(thing))
			return ctx.doesNotSay(question, frame, ctx.rank(query), `The report doesn’t name the ${thing}.`);
	}
	// "What was the homicide rate per 100,000 people?": a rate per head of population that no fact's own words give.
	if (
		perPopulation.test(frame.rest.join(' ')) &&
		!tools.base.facts.some((fact) => perPopulation.test(fold(fact.quote)))
	)
		return ctx.doesNotSay(question, frame, ctx.rank(query), 'The report gives no rate per head of population.');
	// "How many inmates per guard?": a rate per a unit no figure of the report counts ("per place" is its capacity's).
	// (And "the inmate-to-guard ratio", "the ratio of inmates to guards": the second side is the unit.)
	const per = perUnit.exec(frame.rest.join(' '))?.[1] ?? ratioSide(fold(question).replace(/-/g, ' '));
	// ("Per AyiboPost, who walked away…": "per" before a name is "according to".)
	// ("Per open-source reporting, what did…": "per" opening the question, set off by a comma, is "according to" too.)
	const source = per !== undefined && (tools.index.matchEntities([stem(per)]).length > 0 || perOpening.test(question));
	if (
		per &&
		!source &&
		!perPopulation.test(frame.rest.join(' ')) &&
		!tools.base.facts.some((fact) => fact.kind === 'figure' && measures(fact, [per], tools.index))
	)
		return ctx.doesNotSay(question, frame, ctx.rank(query), `The report gives no figure per ${singular(per)}.`);
	// "Did Canada sanction him?": no fact is about a name the data does not know; "the Canadian government" is not
	// the government the report speaks of.
	// ("…before 2020?": a year given as a bound is no stranger; the facts are held against it.)
	const [stranger = foreignOwner(ctx, frame, query)] = query.strangers.filter((word) => !yearAsBound(question, word));
	if (stranger) {
		const answer = ctx.doesNotSay(question, frame, ctx.rank(query), `The report doesn’t mention ${stranger}.`);
		return answer.suggestions.length > 0 ? answer : { ...answer, suggestions: ctx.suggest(query) };
	}
	// "Which judge is in charge of the case?": a kind of person the report has no word for names no one in it.
	const unspoken = unspokenPersonAsked(frame, tools.index);
	if (unspoken) return ctx.doesNotSay(question, frame, ctx.rank(query), `The report names no ${unspoken}.`);
	// "Compare what Gazette Haiti and Reuters said about…": each source's own word on it.
	const each = eachSource(ctx, frame, query);
	if (each) return tools.facts(question, each, 'What each source says:');
	// "Did the government say anything…": that speaker's own statements answer, whatever they are about.
	const speaker = speakerNamed(frame, query);
	const spoken = speaker && outweighed(ctx, query, speaker, spokenBy(ctx, query, speaker));
	// "When did the government make a statement on the attack?": when it spoke, where the report says it has not.
	const silence = frame.kind === 'when' && speaker && silenceOfSpeaker(ctx, speaker, spoken);
	if (silence) return tools.facts(question, [silence], 'The report says it has not:');
	const creditedElse =
		speaker && frame.kind !== 'when' && creditedElsewhere(ctx, query, speaker, spoken, frame.kind === 'yesNo');
	if (creditedElse) {
		const source = [...new Set(creditedTo(creditedElse, tools.base).map((entity) => entity.name))].join(' and ');
		const heading = `${frame.kind === 'yesNo' ? 'No: t' : 'T'}he report credits that to ${source}.`;
		return tools.facts(question, [creditedElse], heading);
	}
	// ("What different targets have the gangs attacked or threatened?" asks for more than what they said.)
	if (spoken && frame.kind !== 'when' && !moreAsked(frame)) {
		const ranked = frame.kind === 'yesNo' ? ctx.rank(query).find(({ fact }) => fact === spoken) : undefined;
		return tools.facts(question, [spoken], yesNoHeading(ranked && polarityOf(query, frame.rest, ranked, tools.index)));
	}
	// "What did the US government say about the attack?": one the report quotes nowhere says nothing in it.
	const silent = speaker?.entities.find(
		(entity) => entity.kind !== 'place' && entity.kind !== 'prison' && !citedSources(tools.base).has(entity.id),
	);
	if (frame.kind === 'what' && silent && speaker?.entities.length === 1)
		return ctx.doesNotSay(question, frame, ctx.rank(query), `The report doesn’t say what ${silent.name} said.`);
	const pending = pendingStatus(ctx, question, frame, query);
	if (pending) return pending;
	// "Who has stayed silent about the attack?": those the report says have not spoken, however it is ranked.
	if ((frame.kind === 'who' || frame.kind === 'whoSaid') && whoKeptSilent(frame.rest)) {
		const quiet = keptSilent(ctx, query);
		if (quiet) return tools.facts(question, [quiet]);
	}
	// "Is it known how many got out?": where the report says it is not clear, that is the answer.
	const unsure = unsureAsked(ctx, frame, query);
	if (unsure) return tools.facts(question, [unsure], 'No:');
	// "Did everyone break out?": all of them, where the report says it is not clear how many.
	const unsureOfAll = unsureOfWhole(ctx, frame, query);
	if (unsureOfAll) return tools.facts(question, unsureOfAll, 'Not as far as the report says:');
	// "Did any of the prisoners actually get out?" with nothing the data knows but the prison: what is
	// asked of it is unknown, and a fact that only names it does not answer.
	// "Why do they call Sergier 'Barbecue'?": nothing asked of the names but a vague verb, no reason can be its.
	// "Did the UN and the US do anything about Barbecue?": what the report tells the first named did that involves
	// the others, if it tells anything.
	const done = frame.kind === 'yesNo' ? doneAbout(ctx, frame, query) : [];
	if (done.length > 0) return tools.facts(question, done, 'The report says:');
	// "Is Kenya part of this somehow?", "is the US involved?": whether the report has a part for it, which is what it says of it.
	const involved = involvementAsked(frame, query);
	if (involved) return tools.entityCard(question, involved);
	// "What is the purpose of the international force?", "why is there a force?": what the report says it is for.
	// ("Why did some prisoners not even try to run?" asks why a deed was not done: only a deed held back from, not
	// another's purpose, tells that.)
	const notDone = frame.kind === 'why' && frame.rest.some((word) => denyingWords.has(word));
	const purpose = frame.kind === 'why' || asksPurpose(frame) ? purposeOf(ctx, query) : undefined;
	if (purpose && !(notDone && !heldBack.test(purpose.quote))) return tools.facts(question, [purpose]);
	if ((frame.kind === 'yesNo' || frame.kind === 'why') && asksNothingOf(query, tools.base))
		return ctx.doesNotSay(question, frame, ctx.rank(query));
	// "Was he out of the country?" with no one named: who "he" is, the question does not say.
	if (frame.kind === 'yesNo' && query.mentions.length === 0 && frame.rest.some((word) => pronouns.has(word)))
		return ctx.doesNotSay(question, frame, ctx.rank(query));
	// "Who will lead it?" with nothing named: what "it" is, the question does not say.
	const pointedOnly = frame.rest.some((word) => word === 'it' || word === 'them');
	if (frame.kind === 'who' && asksWhoLeads(frame) && query.mentions.length === 0 && pointedOnly)
		return ctx.doesNotSay(question, frame, ctx.rank(query));
	// "Who leads / runs / heads the gangs?" is the coalition's leadership, however it is put.
	// "Who runs Haiti?" is who leads its government: the one coalition of the country named.
	// The coalition named in the main clause first: "who headed the government when the gangs besieged the prison?".
	const mainFirst = [...query.mentions].sort(
		(a, b) =>
			Number(a.terms.every((i) => query.secondary.has(i))) - Number(b.terms.every((i) => query.secondary.has(i))),
	);
	// "Who's the gang leader warning that attacks on the Henri government will escalate?": a group named only in a
	// clause says what the one asked about did, not whose leader is asked.
	const inMain = mainFirst.filter((m) => !m.terms.every((i) => query.secondary.has(i)));
	// ("Who offered to lead the mission in Haiti?": a coalition named outright, "the mission", before a government read
	// only from leading and a country's name.)
	const impliedByLeading = (m: Mention) => m.terms.some((i) => leadStems.has(query.terms[i] ?? ''));
	const candidates = inMain.length > 0 ? inMain : mainFirst;
	const coalition =
		[...candidates.filter((m) => !impliedByLeading(m)), ...candidates.filter(impliedByLeading)]
			.flatMap((m) => m.entities)
			.find((e) => e.kind === 'coalition') ?? governmentOf(ctx, query);
	// Not where a person is described in other words than leading: "who has slapped penalties on the ex-officer turned
	// gang boss?" asks who acted on him.
	const describedPerson = query.mentions.some(
		(m) =>
			m.role &&
			m.entities.some((entity) => entity.kind === 'person') &&
			!m.terms.some((i) => leadStems.has(query.terms[i] ?? '')),
	);
	// Nor where the question already names the leader: "who is the Kenyan commander in charge of the force?" asks for
	// someone else than Kenya.
	// ("Who will replace Henry as head of government?" asks of another deed than leading.)
	const deed = frame.kind === 'who' ? askedVerb(frame, query, tools.base) : undefined;
	const otherDeed = deed !== undefined && !leadStems.has(query.terms[deed] ?? '');
	// ("Which country is meant to lead the Haiti force?": a leader of the kind asked, where the report names one.)
	const leaderOfKind =
		coalition !== undefined &&
		frame.answerKinds !== undefined &&
		frame.rest.some((word) => leadWords.has(word)) &&
		ledByKind(tools.base, coalition.id, frame.answerKinds);
	if (
		frame.kind === 'who' &&
		coalition &&
		(asksWhoLeads(frame) || leaderOfKind) &&
		!otherDeed &&
		!leadingClauseOnly(query) &&
		!describedPerson &&
		!leaderNamed(tools.base, coalition.id, query)
	) {
		// "Who will be the commander of the force on the ground?" asks for a person; a country that leads it is none.
		const commander = frame.rest.find((word) => commanderNouns.has(word));
		if (commander && !ledByPerson(tools.base, coalition.id))
			return ctx.doesNotSay(
				question,
				frame,
				ctx.rank(query),
				`The report names no ${singular(commander)} of the ${coalition.name.toLowerCase()}.`,
			);
		return tools.leaders(coalition.id, question);
	}
	// "Who is the head of the national police?": an organisation no fact says anyone leads has no leader to give.
	const organisation = inMain.flatMap((m) => m.entities).find((entity) => entity.kind === 'organisation');
	if (frame.kind === 'who' && !coalition && organisation && asksWhoLeads(frame) && !ledInWords(ctx, organisation))
		return ctx.doesNotSay(
			question,
			frame,
			ctx.rank(query),
			// ("RNDDH", not "the RNDDH": an acronym is a name of its own.)
			`The report doesn’t say who leads ${/^\p{Lu}{2,}\b/u.test(organisation.name) ? '' : 'the '}${organisation.name}.`,
		);
	// "Who is the gang leader?": one role and nothing else asked is who holds it.
	const [roleOnly, ...besides] = query.mentions;
	const [holder, ...holders] = roleOnly?.role ? roleOnly.entities : [];
	// (Not "who leads the gangs", whose leading is asked, which the report may only point to.)
	if (
		frame.kind === 'who' &&
		holder &&
		holders.length === 0 &&
		besides.length === 0 &&
		!frame.rest.some((word) => leadingVerbs.test(word)) &&
		query.terms.every((_, i) => roleOnly?.terms.includes(i) || query.vague.has(i))
	)
		return tools.entityCard(question, holder);
	// "What post does Ariel Henri occupy?": what the report says the one person named is.
	const post = postAsked(frame, query) ?? roleHolderAsked(ctx, frame, query);
	if (post) return tools.entityCard(question, post);
	// "What did the alliance boss say…": who leads says nothing of what was said, however many words it shares.
	const saying = frame.kind !== 'who' && frame.kind !== 'whoSaid' && query.terms.some((term) => speechStems.has(term));
	const byKind = (fact: Fact) => (saying && fact.kind === 'leadership' ? answerOptions.offTopic : 1);
	// "Besides the prison, what did the gangs go after?": a fact only about the place set aside is not among the answers.
	const asideOnly = setAsideFacts(frame, query, tools.base);
	// "Apart from bringing down the government, what other targets…": nor the one the clause set aside tells.
	const asideDeed = ctx.setAside(frame, query);
	const ranked = ctx
		.rank(
			query,
			(fact) =>
				byFrame(fact) *
				bySpeaker(fact) *
				byKind(fact) *
				byKindNoun(fact) *
				byChange(fact) *
				byStatus(fact) *
				byFuture(fact) *
				byDegree(fact) *
				byDescribing(fact),
		)
		.filter(({ fact }) => !asideOnly(fact) && !asideDeed(fact));
	workedOutFirst(frame, ranked);
	// "Who are Henry, Moïse and Sergier?", "what role does each play?": each person named, as a card says them first.
	const several = severalPeopleAsked(ctx, question, frame, query);
	if (several) return several;
	const [best] = ranked;
	// "What reason did the prime minister give for hanging on…": the few facts that give a reason,
	// about everyone the question names, may share less of its words.
	if (!best && frame.kind === 'why') {
		const reason = looseReason(ctx, query);
		if (reason) return tools.facts(question, [reason]);
	}
	// Just a name, or "who is" a name: what the report says about that person or group.
	const [mention] = query.mentions;
	const named = mention?.entities[0];
	// "Who was PM before Henry?": a title held before or after the one named is another holder's.
	if (frame.kind === 'who' && named && asksTitle(frame) && heldInTurn(frame.rest, named))
		return ctx.doesNotSay(question, frame, ranked);
	const called = calledPerson(frame, query);
	if (called) return tools.entityCard(question, called);

	if (
		named &&
		query.mentions.length === 1 &&
		// Nothing asked of the name but vague words: "what kind of organisation is RNDDH?" (and a clause that says
		// which one: "…the RNDDH that tallied the inmates?")
		query.terms.every((_, i) => mention.terms.includes(i) || query.vague.has(i) || query.secondary.has(i)) &&
		// …and no verb the index drops: "who gave the go-ahead for the force?" asks what was done.
		!asksAnAction(frame, named, tools.base, new Set(mention.terms.map((i) => query.terms[i] ?? ''))) &&
		// "Who will the international force help?" asks whom it acts on, not what it is.
		!asksObject(frame, query, ['person', 'organisation', 'coalition', 'country']) &&
		(frame.kind === 'what' || frame.kind === 'who') &&
		// "How full was the jail?" asks how much, which what the report says of the jail does not tell.
		!degreeAsked(frame) &&
		// "What religion is Barbecue?" asks something of a kind the name is not.
		(!frame.answerKinds || frame.answerKinds.includes(named.kind)) &&
		// "Apart from Barbecue, which other gang leaders…" asks for someone else.
		otherAsked(frame) === undefined
	) {
		return tools.entityCard(question, named);
	}

	const spoke = asksWhoSpoke(frame);
	// "Who hasn't said a word about the attack?": those the report says have not spoken.
	// "Who has stayed silent about the attack?": the silence asked in a word of its own.
	// The denial before the verb ("hasn't said"), or nothing said after it ("said nothing"): "who is saying no elections
	// till security is fixed" asks who said what.
	const verbAt = frame.rest.findIndex((word) => speechWords.has(word));
	const saidNothing = verbAt >= 0 && /^(?:nothing|anything)$/.test(frame.rest[verbAt + 1] ?? '');
	const denied = frame.rest.slice(0, Math.max(verbAt, 0)).some((word) => negations.has(word)) || saidNothing;
	const unsaid = spoke && denied ? keptSilent(ctx, query) : undefined;
	if (unsaid) return tools.facts(question, [unsaid]);
	// Nothing ranks well enough. (A name asked of alone has its card above, whatever clause says which one: "who is
	// this Jimmy Sergier everybody is talking about on the radio?")
	if (!best) {
		const counting = countedInWords(ctx, frame, query);
		if (counting) return tools.facts(question, [counting]);
		const pooled = frame.kind === 'who' || frame.kind === 'whoSaid' ? pooledActor(ctx, query, unboosted) : undefined;
		if (pooled) return tools.facts(question, pooled);
		// "What was the occupancy rate?": the frame is the whole question; the rates answer it.
		const rates = frame.kind === 'ratio' ? ratesOf(ctx, query) : [];
		if (rates.length > 0) return tools.facts(question, rates, computedHeading(ctx, frame, rates));
		// ("At what hour did the siege start?": the report gives no time of day for anything.)
		const heading = frame.timeOfDay ? timeOfDayUntold : undefined;
		return tools.notFound(question, { heading, suggestions: ctx.suggest(query) });
	}

	// "Who ordered the assassination", "when did Barbecue become…": a fact that does not tell that does not answer it.
	// "Whose killing are the inmates accused of carrying out?" asks whose, not who did it: no verb is asked of the answer.
	const whose = frame.whose === true;
	const verb = whose ? undefined : (askedVerb(frame, query, tools.base) ?? askedAttribute(frame, query));
	const mainClause = mainClauseMatch(query);
	// (Where some fact has the main clause's words in its own, one that has them only through related words is not
	// what is asked about.)
	const ownMain = mainClauseInOwnWords(query);
	const someOwnMain = ranked.some(ownMain);
	// "Why did he stay on?": a fact that gives a reason for what is asked, or one told in the same sentence.
	if (frame.kind === 'why') {
		// "Why didn't the inmates escape?": a fact that tells it was not done ("reluctant to escape, for fear of…")
		// gives the reason before one that tells of it in passing ("called for help to stop inmates escaping").
		const denied = frame.rest.some((word) => denials.has(word));
		const notDone = denied ? ranked.find(({ fact }) => tellsNotDone(fact, query, verb, tools.index)) : undefined;
		const reason =
			(notDone && givesReason(notDone.fact, query, verb, tools.index) ? notDone.fact : undefined) ??
			reasonAsked(ctx, query, ranked, verb);
		if (!reason) return ctx.doesNotSay(question, frame, ranked);
		const told = sameSentence(tools.base, best.fact);
		return tools.facts(question, reason === best.fact || !told.includes(reason) ? [reason] : [reason, best.fact]);
	}
	const offered = offeredAround(frame, tools.index);
	const fits = (candidate: Ranked) =>
		fitsFrame(frame, candidate.fact, query, tools.base, tools.index) &&
		(!spoke || candidate.fact.kind === 'statement') &&
		(frame.kind !== 'who' || verb === undefined || namesDoer(ctx, candidate.fact, query, offered)) &&
		// "Who approved the force?": the force's leader leads it; "the UN-approved force" names the approver elsewhere.
		(frame.kind !== 'who' || verb === undefined || leadsAsAsked(candidate.fact, query.terms)) &&
		// "Who announced the sanctions against Sergier?": a fact that does not involve him is about something else.
		(frame.kind !== 'who' || verb === undefined || involvesPeopleNamed(candidate.fact, query, tools.base)) &&
		mainClause(candidate) &&
		(!someOwnMain || ownMain(candidate)) &&
		(verb === undefined ||
			// "When is the Kenyan force showing up?": where the report says it remains unclear when, that is the
			// answer, whatever the verb; not to "when did it land?", which asks of what has happened.
			(frame.kind === 'when' && unclearWhen.test(candidate.fact.quote) && !askedOfThePast(frame)) ||
			// "Who insisted that…": any statement tells who said what it says, whatever the verb.
			(candidate.fact.kind === 'statement' && (speechStems.has(query.terms[verb] ?? '') || saysInPhrase(frame))) ||
			// "Qui a conseillé aux habitants…": a verb the data does not know, in a question a fact has every other
			// word of, is the asker's word for the fact's ("warned").
			// (Only in French and Creole, whose verbs the lexicons may not have: an English verb WordNet does not link to
			// the fact's, "who negotiated the deal", is something else done.)
			(query.language !== 'en' &&
				query.unknown.length === 1 &&
				query.unknown[0] === query.terms[verb] &&
				candidate.coverage >= answerOptions.unknownVerbCoverage) ||
			// "Who is pushing for urgent reinforcements?": a verb WordNet links to the fact's ("urged"), in a question
			// whose every other word the fact has as its own, is the asker's word for the fact's.
			(frame.kind === 'who' && relatedVerbOnly(candidate, verb, query)) ||
			((((candidate.matched & ~candidate.related & (1 << verb)) !== 0 &&
				inOwnWords(candidate.fact, query.terms[verb] ?? '', tools.index, tools.base)) ||
				// ("What are the dimensions of the crisis?": "multidimensional" has the word asked.)
				builtOnInOwnWords(candidate.fact, query.terms[verb] ?? '', tools.index, tools.base)) &&
				// "…Sergier, who has been sanctioned by the U.N., warned…": the date is the warning's.
				!(frame.kind === 'when' && onlyInRelativeClause(candidate.fact, query.terms[verb] ?? '', tools.base)) &&
				// And the warning is no answer to "which authorities sanctioned him?": its quote tells the sanctions only in
				// a relative clause, and its own statement not at all.
				!asideInQuote(candidate.fact, query.terms[verb] ?? '', tools.base)));
	// "On what exact date was the deal struck?": where the event asked is plainly one the report dates less
	// precisely, another with a day is not its date.
	if (frame.kind === 'when' && (frame.exactDay || frame.calendarDate) && !fits(best)) {
		const { exactDay, calendarDate, ...loose } = frame;
		const [, next] = ranked;
		const plain = !next || best.score >= next.score * clearLead;
		if (plain && fitsFrame(loose, best.fact, query, tools.base, tools.index))
			// "When exactly…": the report's own date is the most exact it has, said to give no day. (Not the time of day:
			// "what time exactly…" is asked of what the report never gives.)
			return frame.exactlyWhen && !frame.timeOfDay
				? tools.facts(question, [best.fact], 'The report gives no exact day; it says:')
				: ctx.doesNotSay(question, frame, ranked);
	}
	// "…the deal for Henry's departure, when was it struck?": the sentence that names the deal in passing is dated for
	// the handover; the fact told in the same sentence that tells of the deal has its date.
	// So where the question gives the date it has itself: "he was to leave on February 7 under a deal struck when?"
	const dateGiven = frame.kind === 'when' && datedAsAsked(best.fact, frame.rest);
	if (frame.kind === 'when' && ((!fits(best) && toldInPassing(best.fact, query)) || dateGiven)) {
		const [sibling, ...more] = sameSentence(tools.base, best.fact).filter(
			(fact) =>
				whenOf(fact) !== undefined &&
				!datedAsAsked(fact, frame.rest) &&
				(dateGiven ? tellsMoreAsked(fact, best.fact, query) : !toldInPassing(fact, query) && tellsAsked(fact, query)),
		);
		if (sibling && more.length === 0) return tools.facts(question, [sibling]);
	}
	// "When did the alliance boss make that announcement?": a fact inferred from others (who heads the alliance) has
	// no date of its own; the one it rests on that gives what is asked dates it.
	if (frame.kind === 'when' && !fits(best) && whenOf(best.fact) === undefined) {
		const [source, ...more] = (best.fact.basedOn ?? []).flatMap((id) => {
			const candidate = ranked.find(({ fact }) => fact.id === id);
			return candidate && fits(candidate) ? [candidate.fact] : [];
		});
		if (source && more.length === 0) return tools.facts(question, [source]);
	}
	// "How many inmates were packed in the Pénitencier?": a rate worked out from figures ("packed" is the occupancy's
	// word) answers a count through the one figure it is worked out from that counts what is asked.
	if (frame.kind === 'count' && !fits(best) && best.fact.kind === 'figure' && best.fact.derivation) {
		const [input, ...more] = best.fact.derivation.of.flatMap((id) => {
			const fact = tools.base.fact(id);
			return fact && fits({ ...best, fact }) ? [fact] : [];
		});
		if (input && more.length === 0) return tools.facts(question, [input]);
	}
	// "Under the pact, what date was he meant to pass the torch?": a plan asked of is dated by the fact that tells the
	// plan ("was supposed to hand over power on February 7"), not by one that tells what set it ("…set a date for").
	if (frame.kind === 'when' && frame.rest.some((word, i) => planVerbs.has(word) && frame.rest[i + 1] === 'to')) {
		const plan = (fact: Fact) => toldPlan.test(fact.quote) && whenOf(fact) !== undefined;
		const [sibling, ...more] = plan(best.fact)
			? []
			: sameSentence(tools.base, best.fact).filter((fact) => plan(fact) && tellsAsked(fact, query));
		if (sibling && more.length === 0) return tools.facts(question, [sibling]);
	}
	// "What is known about the timetable for deploying the force authorised by the Security Council?": that the
	// report says no one knows when is the answer, before the date of what the question names in passing.
	// (Ranked again with only as much as it needs: "…will actually be sent to Haiti" has words its fact does not.)
	if (frame.kind === 'when' && frame.scheduled) {
		const unclear = rank(query, tools.index, tools.base, { minCoverage: scheduledCoverage, boost: unboosted }).find(
			(candidate) =>
				unclearWhen.test(candidate.fact.quote) && candidate.coverage >= scheduledCoverage && fits(candidate),
		);
		if (unclear) return tools.facts(question, [unclear.fact]);
	}
	// Asked who said something, a source named is what is in doubt, not what the fact must involve.
	const fitting = toldInAnswer(
		bestFitting(ranked, fits, best.score * 0.5),
		ranked,
		fits,
		frame,
		verb,
		query,
		tools.base,
	);
	const { top, tied } = notTheDateGiven(
		frame.kind === 'whoSaid' ? fitting : involvingAllNamed(fitting, ranked, fits, query, tools.base),
		ranked,
		fits,
		frame,
		question,
	);
	// "When did gangs attack police stations?": where the fact that tells it gives no date, a dated one that lacks a word
	// of it ("stations"), or has it only through a word akin to it, is of something else.
	if (frame.kind === 'when' && top && top !== best && !fits(best) && whenOf(best.fact) === undefined) {
		const ownOfBest = best.matched & ~best.related & ~vagueBits(query);
		if ((ownOfBest & ~(top.matched & ~top.related)) !== 0 && best.coverage > top.coverage)
			return ctx.doesNotSay(question, frame, ranked);
	}
	// "When did Henry finally resign?": a date the report gives only for what was meant to happen and did not.
	// ("Was a date set for Henry to leave?" asks of the plan itself.)
	// ("Henry's hand-over date?" names the deed with no verb that tells it done: its planned date is the answer.)
	if (
		frame.kind === 'when' &&
		!frame.scheduled &&
		top &&
		frame.rest.some(toldAsDone) &&
		onlyPlanned(top.fact, frame.rest, query)
	)
		return ctx.doesNotSay(
			question,
			frame,
			ranked,
			'The report doesn’t say that happened: it tells of it only as planned.',
		);
	// "Who's the Kenyan commander…? Need a name": a fact that names no person does not give one.
	// "What are the names of the suspects?": nor does one that names only whom the question names.
	// ("…the names of the alleged assassins?": a fact that tells only of "many of the alleged perpetrators" names none.)
	if (
		top &&
		asksNames(frame) &&
		((frame.kind === 'who' && !namesPerson(top.fact, tools.base)) ||
			(frame.kind === 'what' &&
				!namesSomeoneElse(top.fact, query, tools.base, namedKind(frame)) &&
				!namesCalledByNoun(top.fact, frame, tools)) ||
			(someOfAGroup.test(top.fact.answer) && frame.rest.some((word) => word === 'names' || word === 'noms')))
	) {
		return ctx.doesNotSay(question, frame, ranked, 'The report doesn’t name them.');
	}
	// "Which Security Council resolution authorised the force?": a fact whose own words have no resolution does not
	// say which.
	const which = top && frame.kind === 'what' ? whichNoun(frame, query, question, tools.index) : undefined;
	// ("What rank did Barbecue hold…" asks the same: a fact whose words, keywords too, have no rank does not tell it.)
	// ("Which deadline did Henry miss?": a time asked of is told by the date the fact gives.)
	const told = (fact: Fact, noun: string) =>
		termsOf(fact.quote).includes(stem(noun)) ||
		(frame.rest[0] === 'what' && fact.keywords.some((keyword) => termsOf(keyword).includes(stem(noun)))) ||
		(wordNetTimeNouns().has(noun) && whenOf(fact) !== undefined) ||
		// ("What counsel did the gang leader give?": something said is told by a fact that tells what was said.)
		(saidNouns().has(noun) && saysInOwnWords(fact));
	if (top && which && !told(top.fact, which))
		return ctx.doesNotSay(question, frame, ranked, `The report doesn’t say which ${which}.`);
	// "Which gang tried to take the port?": a fact whose doers are only the group the noun itself names ("gunmen")
	// does not say which one.
	const group = top && frame.kind === 'who' ? namedOnlyAsAsked(ctx, frame, top.fact, question) : undefined;
	if (group) return ctx.doesNotSay(question, frame, ranked, `The report doesn’t say which ${group}.`);
	// "Which US agency sanctioned Barbecue?": a fact that names only the whole does not say which part of it.
	const whole = top && frame.partOf ? wholeWithoutPart(ctx, frame.partOf, top.fact) : undefined;
	if (whole)
		return ctx.doesNotSay(
			question,
			frame,
			ranked,
			`The report doesn’t say which ${frame.kindNoun}: it names ${whole.name} only as a whole.`,
		);
	// "Which other prison did they attack?": a fact that names none besides the one named does not give one.
	const other = otherAsked(frame);
	// ("What other places did the gangs threaten to attack?": "more police stations" are other places, of a kind.)
	const otherKind = other === 'place' && top !== undefined && namesKindOfPlace(top.fact);
	if (top && other && !otherKind && !namesSomeoneElse(top.fact, query, tools.base, [other]))
		return ctx.doesNotSay(question, frame, ranked, `The report doesn’t name another ${other}.`);
	// "Under what resolution number did the Council authorise it?": a number that names something ("resolution number",
	// "case number") is one the fact gives only in figures.
	const numbered = top && frame.kind === 'what' ? numberNamedAsked(frame.rest) : undefined;
	if (top && numbered && !/\d/.test(top.fact.answer))
		return ctx.doesNotSay(question, frame, ranked, `The report doesn’t give the ${numbered} number.`);
	// "What is Henry's new deadline now that February 7 has passed?": a date asked as another than the report's own,
	// which the fact does not call new, is one it does not give.
	// ("The gangs' next target?": a threat the report tells is what comes next.)
	const renewed = top ? newDateAsked(frame.rest) : undefined;
	const threatened = renewed?.noun === 'target' && top !== undefined && toCome.test(top.fact.quote);
	if (top && renewed && !threatened && !termsOf(top.fact.quote).includes(stem(renewed.qualifier)))
		return ctx.doesNotSay(question, frame, ranked, `The report doesn’t give a ${renewed.qualifier} ${renewed.noun}.`);
	// "Which neighborhoods had the gunfire?": a fact that says only "in neighborhoods" names none.
	// (And "which Port-au-Prince neighborhoods saw the gunfire?", however it is framed.)
	const asSuch =
		frame.kind === 'where' ? frame.kindNoun : frame.rest[0] === 'which' ? whichPlural(frame, query) : undefined;
	const unnamed = top && asSuch ? onlyAsSuch(top.fact, asSuch) : undefined;
	// (A noun asked in the singular is unnamed only where the report speaks of several: "in neighborhoods".)
	if (unnamed)
		return ctx.doesNotSay(question, frame, ranked, `The report doesn’t name them: it says only “${unnamed}”.`);
	// "And what did that mess up?": one word, matched only through a word related to it, names nothing to answer about.
	// ("What did Reuters pick up from inside the pen?" asks what the one named said, however the verb is matched.)
	// ("How many inmates was it made for?": the capacity answers what it was made for, in whatever words.)
	const capacityAnswered =
		frame.kind === 'count' &&
		top?.fact.kind === 'figure' &&
		!top.fact.derivation &&
		/capacity/i.test(top.fact.metric) &&
		asksCapacity(frame) &&
		!asksBeyond(frame);
	const weakly =
		top &&
		((frame.kind !== 'what' && !capacityAnswered && weaklyMatched(query, top, tools.index, tools.base)) ||
			(frame.kind === 'when' && (datedOnly(query, top) || eventUntold(query, top, tools.index, frame.rest))));
	if (top && (thinlyMatched(query, top) || weakly)) return ctx.doesNotSay(question, frame, ranked);
	// ("Have any of the escaped prisoners been recaptured yet?": the deed asked, which no word of the fact tells.)
	if (top && frame.kind === 'yesNo' && passiveDeedUntold(query, frame.rest, top))
		return ctx.doesNotSay(question, frame, ranked);
	// ("Which police stations did the gangs attack?": what a deed was done to, where the report tells the deed only as
	// threatened or offered, is named by nothing it says was done.)
	if (
		top &&
		(frame.kind === 'what' || frame.kind === 'list') &&
		/^(?:which|what)$/.test(frame.rest[0] ?? '') &&
		frame.rest.some((word) => /^(?:did|have|has|had)$/.test(word)) &&
		// (Not where the question itself tells the deed as tried: "…the gunmen's bid to seize the port".)
		!frame.rest.some((word) =>
			/^(?:bid|attempts?|attempted|try|tried|trying|efforts?|threats?|plans?|vows?)$/.test(word),
		) &&
		saysDone(frame.rest.join(' '), top.fact.quote, tools.index)
	)
		return ctx.doesNotSay(question, frame, ranked, `The report says only: ${top.fact.answer}`);
	// "How many people were killed in 2023?": a count asked, where the report gives only how the number changed ("more
	// than doubled"), is a count it does not give; how it changed is what it does say. ("…went up by how much?" asks that.)
	if (
		top &&
		frame.kind === 'count' &&
		changeOnly(top.fact) &&
		!exactAsked.test(fold(question)) &&
		// ("sa done ONU yo di sou kantite moun yo touye an 2023?": what a source says of the number is what it says.)
		!frame.rest.some((word) => saidOfIt.test(word)) &&
		!asksHowChanged([...frame.rest, ...readText(question).words, ...(fold(question).match(/\p{L}+/gu) ?? [])])
	)
		return ctx.doesNotSay(question, frame, ranked);
	// "What assets were frozen under the sanctions?": a kind of thing the report never speaks of, so names none of.
	if (top && query.strangeKind && (frame.kind === 'what' || frame.kind === 'list'))
		return ctx.doesNotSay(question, frame, ranked, `The report doesn’t name any ${query.strangeKind}.`);
	// "Which weapons did the gangs use…?": a kind of thing asked for is named by a noun; "armed groups" names no weapon.
	const kindAsked = top && frame.kind === 'what' ? thingAsked(frame.rest) : undefined;
	if (top && kindAsked && !namedAsNoun(top.fact, kindAsked, tools.index))
		return ctx.doesNotSay(question, frame, ranked, `The report doesn’t name any ${kindAsked}.`);
	// "Who is the justice minister?": a post the fact names only through a word related to its qualifier is another.
	const otherPost = top && frame.kind === 'who' ? postQualifiedOtherwise(frame, query, top) : undefined;
	if (otherPost) return ctx.doesNotSay(question, frame, ranked, `The report doesn’t name a ${otherPost}.`);
	if (!top) {
		// "How many unions called for help?": a statement that counts them ("Two of … unions") answers.
		// (A figure answers only through its measure, above.)
		// Its own number next to the noun is strong evidence: it may share a little less with the question.
		const counting = countedInWords(ctx, frame, query);
		if (counting) return tools.facts(question, [counting]);
		// "How many people was that prison made for?": a capacity asked of what the question names is its capacity,
		// whatever vague words ("made") the question asks it with.
		const capacity = frame.kind === 'count' && endsOnBuiltFor(frame) ? capacityOf(ctx, query) : undefined;
		if (capacity) return tools.facts(question, [capacity]);
		// "In which city does the country's biggest penitentiary stand?": where the one named is, however described.
		// (Not where someone went: "where did the escaped prisoners go?" is not where the prison is.)
		const located =
			frame.kind === 'where' && !destinationAsked(frame)
				? (whereNamed(ctx, query, frame.rest) ?? keptIn(ctx, query, frame, ranked))
				: undefined;
		if (located && tellsAreaAsked(frame, located)) return tools.facts(question, [located]);
		// "Occupancy rate, per RNDDH figures?": the figures asked by whose they are give the rate worked out from them.
		const worked = frame.kind === 'ratio' ? rateOfRanked(tools.base, ranked) : undefined;
		if (worked) return tools.facts(question, [worked], computedHeading(ctx, frame, [worked]));
		const heading = frame.weekday
			? 'The report doesn’t give the day of the week.'
			: frame.timeOfDay
				? timeOfDayUntold
				: undefined;
		return ctx.doesNotSay(question, frame, ranked, heading);
	}
	// "What two warnings did Sergier issue?": as many facts as asked for, where that many fit; "what else…", "what
	// other targets…": as many as fit.
	const wanted = numberAsked(frame.rest) || (moreAsked(frame) ? answerOptions.maxItems : 0);
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
							!asideOnly(candidate.fact) &&
							!asideDeed(candidate.fact) &&
							candidate.score >= top.score * answerOptions.askedNumberFloor &&
							fits(candidate),
					),
				]
					// (Two facts that tell one warning, the second as the cause of something else, are one of the two asked.)
					.filter((candidate, i, all) => !all.slice(0, i).some(({ fact }) => retells(candidate.fact, fact)))
					.slice(0, wanted)
			: tied;
	// "Which authorities sanctioned Barbecue?": a fact whose quote tells the sanctions only as an aside, next to one
	// whose own statement tells them, is about something else.
	const asked = query.terms.filter(
		(term, i) => !query.vague.has(i) && !query.mentions.some((m) => m.terms.includes(i)) && !/^\d/.test(term),
	);
	const toldOwn = asked.filter((term) => enough.some(({ fact }) => termsOf(fact.answer).includes(term)));
	const ownWords = enough.filter(({ fact }) => !toldOwn.some((term) => asideInQuote(fact, term, tools.base)));
	const kept = ownWords.length > 0 ? ownWords : enough;
	const lead = kept[0] ?? top;
	const tiedFacts = kept.map((candidate) => candidate.fact);
	// A figure worked out from another shown beside it adds nothing unless the question asks for the working.
	const computed = frame.kind === 'ratio' || frame.kind === 'difference' || frame.kind === 'yesNo';
	const chosen = tiedFacts
		.filter(
			(fact) =>
				computed ||
				!(fact.kind === 'figure' && fact.derivation?.of.some((id) => tiedFacts.some((other) => other.id === id))),
		)
		.slice(0, answerOptions.maxItems);
	const polarity =
		frame.kind === 'yesNo' && chosen[0] === lead.fact ? polarityOf(query, frame.rest, lead, tools.index) : undefined;
	// "Has there been another jailbreak at the prison?": the report tells of the one it tells of, never of another.
	const anotherDeed = frame.kind === 'yesNo' ? anotherDeedAsked(frame.rest) : undefined;
	if (anotherDeed) return ctx.doesNotSay(question, frame, ranked, `The report doesn’t tell of another ${anotherDeed}.`);
	// "Is there a new date for Henry to step down?": a new one asked for is none the report gives, unless it says so.
	const fresh = newOneAsked(frame);
	if (fresh && !chosen.some((fact) => toldAsNew.test(fact.quote)))
		return ctx.doesNotSay(question, frame, ranked, `The report doesn’t give a new ${fresh}.`);
	// ("Was Henry elected?": a yes only where the fact tells the deed done, not its noun.)
	if (frame.kind === 'yesNo' && polarity !== 'no' && passiveOnlyAsNoun(frame.rest, lead.fact))
		return ctx.doesNotSay(question, frame, ranked);
	// "Haiti's national police has 9,000 officers, true?": a number no fact given has is not what they tell.
	// ("4000 escaped from the pen?? real??": a yes to the deed is none to a number the facts do not give.)
	const plain = cleanMarkup(question);
	const untold = frame.kind === 'yesNo' && polarity !== 'no' ? numberUntold(plain, chosen) : undefined;
	// ("The 3,687 figure, is that how many got out?": a number the report gives of something else is that, asked before
	// whether anything else the question says is told, where it names the number as a thing of the report's.)
	const elsewhere =
		untold !== undefined ? tools.base.facts.find((fact) => numbersGiven(fact).includes(untold)) : undefined;
	if (untold !== undefined && elsewhere && numberNamed.test(plain))
		return tools.facts(question, [elsewhere], `The report’s ${untold.toLocaleString('en-US')} is this:`);
	// "Did Barbecue get arrested?": facts about him that have the deed only through a related word neither confirm nor deny it.
	if (
		frame.kind === 'yesNo' &&
		!polarity &&
		((askedOnlyThroughRelated(query, lead) && !askedInAnotherForm(query, lead, tools.index, tools.base)) ||
			subjectOnlyRelated(query, frame.rest, lead) ||
			!involvesEveryNamed(lead.fact, query, tools.base) ||
			lastVerbUntold(frame, query, lead) ||
			bareVerbUntold(frame, query, lead))
	)
		return ctx.doesNotSay(question, frame, ranked);
	if (untold !== undefined) {
		const said = untold.toLocaleString('en-US');
		if (elsewhere) return tools.facts(question, [elsewhere], `The report’s ${said} is this:`);
		return ctx.doesNotSay(question, frame, ranked, `The report gives no number ${said}.`);
	}
	// "Was the big jail the only prison the gangs hit?": the report tells what happened, never that nothing else did.
	if (
		frame.kind === 'yesNo' &&
		!polarity &&
		frame.rest.some((word, i) => word === 'only' && frame.rest[i - 1] === 'the')
	)
		return ctx.doesNotSay(question, frame, ranked, 'The report doesn’t say it was the only one.');
	// "What % of the inmates are in pretrial detention?": a share of a part the data has no word for.
	if (unknownPartAsked(ctx, frame, chosen[0]))
		return ctx.doesNotSay(question, frame, ranked, 'The report gives no such share.');
	// ("Did Henry hand over power on February 7?" No, and the report's sentence goes on to say why he stayed on.)
	const given = polarity === 'no' ? withWhatFollows(chosen, tools.base.facts) : chosen;
	return tools.facts(
		question,
		frame.kind === 'what' ? withDateSet(given, tools.base) : given,
		computedHeading(ctx, frame, chosen) ?? yesNoHeading(polarity),
	);
}

/**
 * The whole a "which UN body…", "which part of the UN…" question names, where the fact names no
 * part of it (only the whole itself, or nothing of it); undefined where it names a part ("the UN
 * Security Council") or the words name no body or state.
 */
function wholeWithoutPart(ctx: Answering, words: readonly string[], fact: Fact): Entity | undefined {
	const { base, index } = ctx.tools;
	const whole = index
		.matchEntities(words.join(' '))
		.map((match) => match.entity)
		.find((entity) => ['organisation', 'country', 'coalition'].includes(entity.kind));
	if (!whole) return undefined;
	const parts = base.entitiesOf(fact).filter((id) => id !== whole.id && base.within(id).includes(whole.id));
	return parts.length === 0 ? whole : undefined;
}

/** A fact about the one a pending question names, shown beside the pending one where it shares this much. */
const pendingContext = 0.6;

/** How far ahead of the next fact the best must be to be plainly the one a question asks about. */
const clearLead = 1.25;

/**
 * The fact that gives the reason a why-question asks for: the reason for what is asked, not any
 * reason near it. Where one fact plainly tells what is asked (ranked without favouring reasons),
 * only it or a fact told in the same sentence can give it: "why did the guards leave?" is not
 * answered by why the prime minister stayed on or what an NGO warned of years before. Otherwise,
 * a fact that gives a reason and accounts for every word asked.
 */
function reasonAsked(
	ctx: Answering,
	query: Query,
	ranked: readonly Ranked[],
	verb: number | undefined,
): Fact | undefined {
	const tools = ctx.tools;
	const gives = (fact: Fact) => givesReason(fact, query, verb, tools.index);
	// A cause stated outright ("arguing that…") before a time that only reads like one ("since 2021").
	const causes = (fact: Fact) => gives(fact) && statesCause(fact);
	// A fact told beside the one asked about gives its reason only if it is about the same ones: "why are the police
	// unions calling for reinforcements?" is not answered by why the gangs' alliance wants the government gone.
	const named = query.mentions.map((mention) => mention.entities.map((entity) => entity.id));
	const aboutTheSame = (fact: Fact) => named.every((ids) => ids.some((id) => tools.base.entitiesOf(fact).includes(id)));
	const [event, next] = ctx.rank(query);
	if (event && (!next || event.score >= next.score * clearLead)) {
		const told = [event.fact, ...sameSentence(tools.base, event.fact).filter(aboutTheSame)];
		// "Why's Henry still in the chair after Feb 7?": where the event has every word asked that the data knows,
		// the cause its sentence states is its reason, though none of those words is what the cause explains.
		const known = query.terms.reduce(
			(bits, term, i) => (query.vague.has(i) || query.unknown.includes(term) ? bits : bits | (1 << i)),
			0,
		);
		const whole = (event.matched & known) === known;
		return told.find(causes) ?? (whole ? told.find(statesCause) : undefined) ?? told.find(gives);
	}
	const asked = query.terms.reduce((bits, _, i) => (query.vague.has(i) ? bits : bits | (1 << i)), 0);
	// "Why did gangs attack the port?": where some fact has every word asked in its own words, a fact that has one
	// only through a loosely related word ("port" for "government") is about something else.
	const own = (candidate: Ranked) => (candidate.related & asked) === 0;
	const matching = ranked.filter((candidate) => (candidate.matched & asked) === asked);
	const candidates = (matching.some(own) ? matching.filter(own) : matching).map(({ fact }) => fact);
	const best = matching.find(own) ?? ranked[0];
	const told = best ? sameSentence(tools.base, best.fact) : [];
	// ("Why didn't the PM leave on schedule?": the cause told in the same sentence as the deed asked about, "but stayed on,
	// arguing that…", before another fact's purpose, the alliance's "to topple" the PM's government.)
	const deedAsked = event && (event.matched & asked) === asked ? sameSentence(tools.base, event.fact) : [];
	const toldCause = deedAsked.filter(aboutTheSame).find(causes);
	return toldCause ?? candidates.find(causes) ?? told.find(causes) ?? candidates.find(gives) ?? told.find(gives);
}

/**
 * Does the fact's quote deny the verb asked ("reluctant to try to escape"), a few words before it? The
 * verb as typed or a word WordNet relates to it ("run" for "escape"); where no verb was found, any
 * word the question asks.
 */
function tellsNotDone(fact: Fact, query: Query, verb: number | undefined, index: SearchIndex): boolean {
	const asked = verb === undefined ? query.terms.filter((_, i) => !query.vague.has(i)) : [query.terms[verb] ?? ''];
	const meant = new Set(
		asked.flatMap((term) => [
			term,
			...index.matchTerm(term).flatMap((match) => (match.similarity >= closeEnough ? [match.term] : [])),
		]),
	);
	// (In the fact's words or the words readers use for it: "why didn't the prisoners run?" reaches "reluctant to try to
	// escape" through its readers' "didn't run".)
	return [fact.quote, ...fact.keywords].some((text) => {
		const words = wordsOf(text);
		return words.some(
			(word, i) =>
				meant.has(stem(word)) && words.slice(Math.max(0, i - deniedReach), i).some((w) => denyingWords.has(w)),
		);
	});
}

/** How close a related word must be to stand for the verb asked. */
const closeEnough = 0.65;

/** How many words before a verb a word that denies it may stand: "reluctant to try to escape". */
const deniedReach = 4;

/** A fact's words for leading: "gangland leader", "the head of an alliance", "in charge". */
const ledWords = /\b(?:lead|leads|leader|leaders|led|head|heads|headed|chief|boss|commander|in charge)\b/i;

/** Does any fact about the entity say someone leads it, or is its leadership? */
function ledInWords(ctx: Answering, entity: Entity): boolean {
	const { base } = ctx.tools;
	// (The facts that involve it, looked up: an archive may hold thousands.)
	return (involving(base).get(entity.id) ?? []).some((f) => {
		const fact = base.facts[f];
		return (
			fact !== undefined &&
			((fact.kind === 'leadership' && fact.coalition === entity.id) ||
				(base.entitiesOf(fact).includes(entity.id) && ledWords.test(fact.answer)))
		);
	});
}

/** The shape of a word for a people: "Canadian", "Chinese", "French", "Dominican". */
const peopleWord = /^(?:\p{L}{3,}(?:an|ese|ish|i)|french|dutch)$/u;

/**
 * A people's word the data does not have, right before a name it does ("the Canadian government",
 * "the Chinese police"): the one named is that people's, not the report's. Undefined where none is.
 */
function foreignOwner(ctx: Answering, frame: Frame, query: Query): string | undefined {
	const { base, index } = ctx.tools;
	for (const entity of query.mentions.flatMap((mention) => mention.entities)) {
		const names = nameWords(base, entity);
		const at = frame.rest.findIndex((word) => !isFunctionWord(word) && names.has(word));
		const owner = frame.rest[at - 1] ?? '';
		const known = index.matchTerm(stem(owner)).some((match) => match.similarity === 1 && !match.related);
		if (at > 0 && peopleWord.test(owner) && !isFunctionWord(owner) && !known)
			return owner.charAt(0).toUpperCase() + owner.slice(1);
	}
	return undefined;
}

/** Words that ask of a plan: "meant to", "supposed to", "due to". */
const planVerbs: ReadonlySet<string> = new Set(plans);

/** A fact's words for a plan, as a question's would ask of it. */
const toldPlan = new RegExp(`\\b(?:${plans.join('|')}) to\\b`, 'i');

/** Words that put one holder of a post before or after another: "before Henry", "succeeded Moïse". */
const inTurn = new Set(['before', 'after', 'preceded', 'succeeded', 'replaced', 'precede', 'succeed', 'replace']);

/**
 * Does the question put someone before or after the one named ("…before Henry", "…who replaced Henry"), or
 * ask who holds the title now that the one named no longer does ("…now that Moïse is gone", "…since Moïse died")?
 */
function heldInTurn(words: readonly string[], named: Entity): boolean {
	const own = new Set([named.name, ...named.aliases].flatMap((name) => fold(name).split(/\W+/)));
	const turning = (word: string, i: number) =>
		inTurn.has(word) || word === 'since' || (word === 'that' && words[i - 1] === 'now');
	return words.some((word, i) => turning(word, i) && words.slice(i + 1, i + 3).some((next) => own.has(fold(next))));
}

/** A word this close to one of a name's words is another way to say it ("biggest" for "largest"). */
const closeSimilarity = 0.8;

/**
 * The fact that says where the one thing a question names is (its detail naming the place it is
 * part of), where the question asks nothing of it but what the report says of it.
 */
function whereNamed(ctx: Answering, query: Query, words: readonly string[]): Fact | undefined {
	const { base } = ctx.tools;
	// The one named in the main clause; "…the penitentiary that the armed groups besieged" names others in a clause
	// that only says which it is.
	const inMain = query.mentions.filter((mention) => mention.terms.some((i) => !query.secondary.has(i)));
	const [only, ...others] = [...new Set(inMain.flatMap((mention) => mention.entities))];
	if (!only?.partOf || others.length > 0) return undefined;
	// Described only in words of its own names ("the country's biggest penitentiary" for "Haiti's largest prison"), not
	// by what else the report says of it ("the inmates of the penitentiary"), save in a clause the report says of it.
	const named = new Set(inMain.flatMap((mention) => mention.terms));
	const own = new Set([only.name, ...only.aliases].flatMap((name) => termsOf(name)));
	const ownNamed = (word: string) => own.has(stem(word));
	// ("Where are the escaped prisoners now?": "prisoners" shares the prison's stem, but names people, not the place.)
	const people = (word: string) => wordNetPersonNouns().has(singular(word));
	if (!words.some((word) => ownNamed(word) && !people(word))) return undefined;
	const describes = (term: string) =>
		own.has(term) ||
		ctx.tools.index.matchTerm(term).some((match) => own.has(match.term) && match.similarity >= closeSimilarity);
	// "the besieged penitentiary": a participle before the name says of it what a clause would.
	const participles = new Set(
		words.flatMap((word, i) => (/^\p{L}{3,}ed$/u.test(word) && ownNamed(words[i + 1] ?? '') ? [stem(word)] : [])),
	);
	const qualified = (i: number) => query.secondary.has(i) || participles.has(query.terms[i] ?? '');
	// "Where was the prison attacked?": what the report says was done to the one named happened where it stands, so a
	// deed of the main clause that the report tells of it describes it too.
	const clause = saidOf(ctx, query, only.id);
	const deeds = new Set(words.filter((word) => englishTags(word).some((tag) => tag.startsWith('VB'))).map(stem));
	const said = (i: number) => (qualified(i) || deeds.has(query.terms[i] ?? '')) && (clause & (1 << i)) !== 0;
	if (!query.terms.every((term, i) => named.has(i) || query.vague.has(i) || describes(term) || said(i)))
		return undefined;
	const place = only.partOf;
	return base.facts.find(
		(fact) => fact.kind === 'detail' && fact.subject === only.id && base.entitiesOf(fact).includes(place),
	);
}

/** Words that ask where someone is now, not where something happened: "where are…", "held", "kote yo ye". */
const whereNow = /^(?:are|is)\b|\b(?:held|kept|detained|jailed|imprisoned|locked|now|ye|sont|est)\b/;

/** Words by which a report tells a thing as new: "a new date", "postponed", "pushed back". */
const toldAsNew = /\b(?:new|another|later|postponed|pushed back|rescheduled|delayed until|moved to)\b/iu;

/**
 * What a question asks a new one of, where it asks whether there is one: "is there a new date…", "has a new
 * deadline been set" (a date, asked when), "are there any new talks".
 */
function newOneAsked(frame: Frame): string | undefined {
	const { rest } = frame;
	const at = rest.findIndex(
		(word, i) => /^(?:new|fresh|revised|updated)$/.test(word) && /^(?:a|any)$/.test(rest[i - 1] ?? ''),
	);
	if (at < 0) return undefined;
	if (frame.kind === 'when') return 'date';
	const exists = /^(?:is|are|was|were)$/.test(rest[0] ?? '') && rest[1] === 'there';
	// ("…a new prime minister for Haiti": the noun's words, up to what follows it.)
	const after = rest.slice(at + 1);
	const end = after.findIndex((word) =>
		/^(?:for|to|in|of|on|at|by|after|before|since|that|who|which|yet|now)$/.test(word),
	);
	const noun = after.slice(0, end < 0 ? 3 : Math.min(end, 3)).join(' ');
	return frame.kind === 'yesNo' && exists && noun ? noun : undefined;
}

/**
 * "Has there been a jailbreak … before this one?": a deed asked of before the very one the report tells of. (Not
 * "another attack" or "an earlier attack" alone: the report may tell of repeated ones, or of one before another.)
 */
function anotherDeedAsked(words: readonly string[]): string | undefined {
	const before = words.findIndex(
		(word, i) => word === 'before' && /^(?:this|that)$/.test(words[i + 1] ?? '') && words[i + 2] === 'one',
	);
	const noun = before > 0 ? words.slice(0, before).find((word) => deedNouns().has(singular(word))) : undefined;
	return noun && singular(noun);
}

/** How far down the facts ranked one that says where those asked about are held is looked for. */
const keptInReach = 3;

/**
 * "Where are Moïse's alleged killers?": a fact that tells every word said of them and counts them
 * among a prison's inmates puts them in that prison. Not "where was Moïse killed?", an event, nor
 * "where is Moïse?", of whom the fact says nothing but his name.
 */
function keptIn(ctx: Answering, query: Query, frame: Frame, ranked: readonly Ranked[]): Fact | undefined {
	// ("Which neighborhoods are most dangerous right now?" asks for a part of a place, which a prison is not.)
	if (!whereNow.test(frame.rest.join(' ')) || areaNouns.has(frame.kindNoun ?? '')) return undefined;
	const { base } = ctx.tools;
	const named = new Set(query.mentions.flatMap((mention) => mention.entities.map((entity) => entity.id)));
	const inMention = new Set(query.mentions.flatMap((mention) => mention.terms));
	const asked = query.terms.flatMap((_, i) => (inMention.has(i) || query.vague.has(i) ? [] : [i]));
	if (asked.length === 0) return undefined;
	// ("Where are the people who killed Jovenel now?": the deed itself, dated, may rank above those held for it.)
	return ranked
		.slice(0, keptInReach)
		.find(
			({ fact, matched }) =>
				asked.every((i) => ((matched >>> i) & 1) === 1) &&
				base.entitiesOf(fact).some((id) => !named.has(id) && base.entity(id)?.kind === 'prison'),
		)?.fact;
}

/**
 * A leader's word said of a group the question names: "the gang leader", "the leader of the gangs",
 * not "the coalition at the head of which…".
 */
function leaderOfGroup(frame: Frame, query: Query): boolean {
	const group = new Set(query.mentions.flatMap((mention) => mention.terms.map((i) => query.terms[i])));
	const isGroup = (word: string | undefined) => word !== undefined && group.has(stem(word));
	return frame.rest.some(
		(word, i) =>
			leaderNouns.has(word) &&
			(frame.rest[i + 1] === 'of' || frame.rest[i + 1] === 'de'
				? isGroup(frame.rest[i + 2]) || isGroup(frame.rest[i + 3])
				: isGroup(frame.rest[i - 1])),
	);
}

/** How many words in a row two facts must share to tell the same thing. */
const sameTellingRun = 6;

/**
 * Whether one fact tells what another does, in the other's words: "Sergier warned that attacks … will escalate", told
 * again as what gunfire rang out after.
 */
function retells(one: Fact, other: Fact): boolean {
	const words = (fact: Fact) =>
		fold(fact.answer)
			.split(/[^\p{L}\p{N}]+/u)
			.filter(Boolean);
	const [a, b] = [words(one), words(other)];
	const runs = new Set(
		a.slice(0, Math.max(0, a.length - sameTellingRun + 1)).map((_, i) => a.slice(i, i + sameTellingRun).join(' ')),
	);
	return b.some((_, i) => i + sameTellingRun <= b.length && runs.has(b.slice(i, i + sameTellingRun).join(' ')));
}

/** The query's terms (bit i for term i) that some fact about the entity has. */
function saidOf(ctx: Answering, query: Query, id: string): number {
	const { base } = ctx.tools;
	return ctx
		.rank(query)
		.filter(({ fact }) => base.entitiesOf(fact).includes(id))
		.reduce((bits, { matched }) => bits | matched, 0);
}

/**
 * "Is the Kenya-led force in Haiti yet?": where the report says it remains unclear when it will be,
 * that, with what the report does say of the one asked about ("Is Kenya already leading the force?").
 */
export function pendingStatus(ctx: Answering, question: string, frame: Frame, query: Query): Answer | undefined {
	const pending = pendingFact(ctx, frame, query);
	if (!pending) return undefined;
	const named = new Set(query.mentions.flatMap((mention) => mention.entities.map((entity) => entity.id)));
	const also = ctx
		.rank(query)
		.find(
			({ fact, coverage }) =>
				fact !== pending && coverage >= pendingContext && ctx.tools.base.entitiesOf(fact).some((id) => named.has(id)),
		)?.fact;
	return ctx.tools.facts(question, also ? [pending, also] : [pending], 'Not as far as the report says:');
}

/**
 * A fact saying it remains unclear when something named will happen, for a yes/no question
 * asking whether it has happened yet.
 */
function pendingFact(ctx: Answering, frame: Frame, query: Query): Fact | undefined {
	const { base } = ctx.tools;
	if (frame.kind !== 'yesNo' || !statusAsked.test(frame.rest.join(' '))) return undefined;
	const named = new Set(query.mentions.flatMap((mention) => mention.entities.map((entity) => entity.id)));
	// One pass over the facts: the unclear ones, and what the one named leads, or offered to, which it stands for
	// ("Are the Kenyans there yet?").
	const unclear: Fact[] = [];
	for (const fact of base.facts) {
		if (fact.kind === 'leadership' && fact.leader !== null && named.has(fact.leader)) named.add(fact.coalition);
		if (unclearWhen.test(fact.quote)) unclear.push(fact);
	}
	const [fact, ...others] = unclear.filter((candidate) => base.entitiesOf(candidate).some((id) => named.has(id)));
	return fact && others.length === 0 ? fact : undefined;
}

/** "Is it known how many…", "is it clear when…": whether something is known, asked of a question in it. */
const knownAsked =
	/\b(?:known|clear|clarity|certainty|confirmed|certain|sure|verified|establish|establishes|established|specify|specifies|say|says|tell|tells|state|states)\b(?: (?:as to|about|on|\w+))? (?:how|when|who|where|why|what|whether|if)\b/;
/** How much less than the best a fact that says it is not known may score and still be the one asked about. */
const unsureShare = 0.5;

/**
 * A yes/no question whether all of something happened ("did everyone break out?", "did all the
 * inmates escape?"), where a fact near the best says it is not clear how many: that fact, and the
 * best other one about the same (what the report does say).
 */
function unsureOfWhole(ctx: Answering, frame: Frame, query: Query): Fact[] | undefined {
	if (frame.kind !== 'yesNo' || !saysWhole(frame.rest)) return undefined;
	const ranked = ctx.rank(buildQuery(frame.rest, query.language, ctx.tools.index, ctx.tools.base));
	const floor = (ranked[0]?.score ?? 0) * unsureShare;
	const unsure = ranked.find(({ fact, score }) => score >= floor && plainlyUnsure(fact))?.fact;
	// ("Are the gangs running most of the capital?": a fact that tells of all it asks, far ahead, is what it asks of,
	// not the unclear number of inmates "running".)
	const [top] = ranked;
	if (
		!unsure ||
		(top && top.fact !== unsure && !plainlyUnsure(top.fact) && top.coverage >= 1 && top.fact.kind !== 'statement') ||
		wholeOfOther(frame.rest, unsure, ctx.tools.index)
	)
		return undefined;
	const other = ranked.find(
		({ fact, score }) => fact !== unsure && score >= floor && fact.kind === 'statement' && !plainlyUnsure(fact),
	)?.fact;
	return other ? [unsure, other] : [unsure];
}

/**
 * Is the whole asked of something other than what the unclear figure counts? "Do the gangs run most of Haiti?"
 * asks of a land, not of the inmates whose number is unclear; "all the inmates", "most of the prisoners" ask of them.
 */
function wholeOfOther(words: readonly string[], unsure: Fact, index: SearchIndex): boolean {
	const at = words.findIndex((word, i) => saysWhole([word]) && /^(?:of|the)$/.test(words[i + 1] ?? ''));
	const noun = words.slice(at + 1).find((word) => !/^(?:of|the|a|an|its|their|his|her)$/.test(word));
	return at >= 0 && noun !== undefined && unsure.kind === 'figure' && !measures(unsure, [noun], index);
}

/**
 * A fact saying that what a yes/no question asks is not known ("It is not clear how many inmates
 * have been released"), for one that asks whether it is known, ranked near the best.
 */
function unsureAsked(ctx: Answering, frame: Frame, query: Query): Fact | undefined {
	const asked = frame.kind === 'yesNo' ? knownAsked.exec(frame.rest.join(' ')) : null;
	if (!asked) return undefined;
	// The question in it is what is asked about: "when the force will arrive" is no clause of "is it clear".
	const inner = asked.input
		.slice(asked.index + asked[0].length)
		.split(' ')
		.filter(Boolean);
	const ranked = ctx.rank(buildQuery(inner, query.language, ctx.tools.index, ctx.tools.base));
	const floor = (ranked[0]?.score ?? 0) * unsureShare;
	return ranked.find(({ fact, score }) => score >= floor && plainlyUnsure(fact))?.fact;
}

/**
 * The one "the name of the X" asks for, where X is one the data names and some fact about it
 * involves everyone else the question names.
 */
function nameOf(ctx: Answering, frame: Frame, query: Query, question: string): Entity | undefined {
	const { base } = ctx.tools;
	// (Creole puts what is named right after the noun: "non pi gwo prizon an", the name of the biggest prison.)
	const creole = query.language === 'ht';
	const at = frame.rest.findIndex((word, i) => word === 'name' && (frame.rest[i + 1] === 'of' || creole));
	if (at < 0) return undefined;
	// The name asked for is the first one after "name of", or the one after it where the first is its owner: "the
	// name of the gang alliance Barbecue leads" and "the name of Barbecue's gang alliance" both ask the alliance's.
	const mentionOf = (word: string) => query.mentions.find((m) => spellsMention(query, m, word));
	const phrase = frame.rest.slice(frame.rest[at + 1] === 'of' ? at + 2 : at + 1);
	const first = phrase.findIndex((word) => mentionOf(word) !== undefined);
	if (first < 0) return undefined;
	// "The name of the warden in charge of the penitentiary": a noun before the first name is whose name is asked.
	// (Not a word that only describes, "the name of the biggest prison", nor the kind named, "of the prison".)
	const ownerBefore = phrase
		.slice(0, first)
		.some((word) => !stopwords.en.has(word) && !answerKindTerms.has(stem(word)) && nounNoAdjective(word));
	if (ownerBefore) return undefined;
	let end = first;
	while (end + 1 < phrase.length && mentionOf(phrase[end + 1] ?? '') === mentionOf(phrase[first] ?? '')) end++;
	// "The name of the UN political office": a thing of the one named, in words the report never says of it, is
	// whose name is asked. ("The name of the Haitian rights group" is the group the report calls so.)
	const own = mentionOf(phrase[first] ?? '')?.entities ?? [];
	// (Looked up among the facts that involve it, not read from every fact's quote.)
	const facts = involving(base);
	const saidOf = (word: string) =>
		own.some((entity) =>
			(facts.get(entity.id) ?? []).some((f) => {
				const fact = base.facts[f];
				return (
					fact !== undefined && base.entitiesOf(fact).includes(entity.id) && termsOf(fact.quote).includes(stem(word))
				);
			}),
		);
	const following = phrase.slice(end + 1, end + 4);
	const stop = following.findIndex((word) => stopwords.en.has(word) || mentionOf(word) !== undefined);
	const modifiers = stop < 0 ? following : following.slice(0, stop);
	const ownedNoun = modifiers.findIndex((word) => nounNoAdjective(word));
	if (ownedNoun >= 0 && !modifiers.slice(0, ownedNoun + 1).every(saidOf)) return undefined;
	const owner = new RegExp(`\\b${escapeRegExp(phrase[end] ?? '')}['’]s\\b`, 'iu').test(question);
	const next = owner ? phrase.findIndex((word, i) => i > end && mentionOf(word) !== undefined) : -1;
	let head = next >= 0 ? next : end;
	while (next >= 0 && head + 1 < phrase.length && mentionOf(phrase[head + 1] ?? '') === mentionOf(phrase[next] ?? ''))
		head++;
	const word = stem(phrase[head] ?? '');
	const mention = query.mentions.find((m) => m.terms.some((i) => query.terms[i] === word));
	const [target, ...more] = mention?.entities ?? [];
	if (!target || more.length > 0 || target.described || !namedKinds.has(target.kind)) return undefined;
	// "The name of the outlet that said guards abandoned the prison": the prison is not an outlet.
	if (!(namedKindAsked(frame) ?? [target.kind]).includes(target.kind)) return undefined;
	// Each other mention by any of the ones it may mean: "the gangs" are the gangs or their alliance.
	const others = query.mentions
		.map((m) => m.entities.filter((entity) => entity.id !== target.id))
		.filter((entities) => entities.length > 0);
	const together = base.facts.some((fact) => {
		const involved = base.entitiesOf(fact).flatMap((id) => base.within(id));
		return involved.includes(target.id) && others.every((entities) => entities.some((e) => involved.includes(e.id)));
	});
	return together ? target : undefined;
}

/** The one coalition that is part of the one country the question names: its government. */
function governmentOf(ctx: Answering, query: Query): Entity | undefined {
	const { base } = ctx.tools;
	// Only the country: "who leads Haiti's national police" is about the police.
	const [country, ...more] = query.mentions.flatMap((m) => m.entities);
	if (country?.kind !== 'country' || more.length > 0) return undefined;
	const [coalition, ...others] = base.entities.filter(
		(entity) => entity.kind === 'coalition' && entity.partOf === country.id,
	);
	return others.length === 0 ? coalition : undefined;
}

/** A time told as what came after something: "after the assassination in 2021", "après…", "apre…". */
const afterWords = /^(?:after|following|in the wake of|apr[eè]s|apre)\b/i;

/**
 * "Since when has Henry been running the government?": the one date the report gives as a start
 * of something the question names, however else it words it ("in power from 2021").
 */
function startOf(ctx: Answering, query: Query): Fact | undefined {
	const { index, base } = ctx.tools;
	// (Of a country, which most facts are about, something asked besides its name must be the fact's own word: "since
	// when is Haiti independent?" is not asked of what deepened after 2021 because "independent" is loosely related to
	// one of its words.)
	const countryOnly = query.mentions.every((mention) => mention.entities.every((entity) => entity.kind === 'country'));
	const asked = countryOnly ? askedBits(query) : 0;
	const [top] = rank(query, index, base, { minCoverage: answerOptions.startCoverage, boost: unboosted }).filter(
		// ("Since when has the crisis been getting worse?": what deepened after the killing has done so since.)
		({ fact, matched, related }) =>
			matched !== 0 &&
			(asked === 0 || (matched & ~related & asked) !== 0) &&
			(sinceWords.test(whenOf(fact)?.words ?? '') || afterWords.test(whenOf(fact)?.words ?? '')) &&
			// ("Since when has Barbecue led the gangs?": what the gangs did since 2021 is not when he began; each person
			// named is in the fact.)
			query.mentions.every((mention) =>
				mention.entities.some((entity) => entity.kind !== 'person' || base.entitiesOf(fact).includes(entity.id)),
			),
	);
	return top?.fact;
}

/**
 * "Who's the NGO that said the prison was overcrowded?": who a description the data gives one of
 * its names is, by what the clause after it says they did.
 */
function describedOne(ctx: Answering, frame: Frame, query: Query): { entity: Entity; fact: Fact } | undefined {
	const { base } = ctx.tools;
	if (frame.kind !== 'who' || !copulas.has(frame.rest[0] ?? '') || frame.rest[1] !== 'the') return undefined;
	// The fullest name first: "the Haitian rights group" is the group, not Haiti.
	const [first] = [...query.mentions].sort(
		(a, b) => b.terms.length - a.terms.length || Math.min(...a.terms) - Math.min(...b.terms),
	);
	const [entity, ...others] = first?.entities ?? [];
	const after = first ? frame.rest.findIndex((word, i) => i > 1 && relatives.has(word)) : -1;
	// "Who is the PM the gangs want to topple?": a role one person holds, with a clause (its "that" often left out).
	const held = first?.role === true && entity?.kind === 'person' && query.terms.length > first.terms.length;
	if (!entity || others.length > 0 || ((after < 0 || entity.kind === 'person') && !held)) return undefined;
	// "Who is the Kenyan commander who is to head the force?" describes a person: the force named in the clause is not them.
	const description = frame.rest.slice(2, after < 0 ? undefined : after);
	if (entity.kind !== 'person' && description.some((word) => personNouns.has(word) || commanderNouns.has(word)))
		return undefined;
	const fact = ctx
		.rank(query)
		.find(({ fact, predicate }) => predicate && base.entitiesOf(fact).includes(entity.id))?.fact;
	return fact ? { entity, fact } : undefined;
}

/**
 * "How many unions called for help?": a statement that counts them in its own words ("Two of …
 * unions"). Its own number next to the noun is strong evidence, so it may share a little less
 * with the question. (A figure answers only through its measure.)
 */
function countedInWords(ctx: Answering, frame: Frame, query: Query): Fact | undefined {
	if (frame.kind !== 'count') return undefined;
	const { index, base } = ctx.tools;
	// Those named in what is counted ("how many Kenyan police or troops…"): a country or place only says where ("how
	// many of Haiti's police unions…").
	const main = query.mentions.filter(
		(mention) =>
			frame.counted.some((word) => spellsMention(query, mention, word)) &&
			!mention.entities.every((entity) => entity.kind === 'country' || entity.kind === 'place'),
	);
	const involvesMain = (fact: Fact) =>
		main.every((mention) => mention.entities.some((entity) => base.entitiesOf(fact).includes(entity.id)));
	// About someone named ("how many police unions called for reinforcements", where the unions' count is told as
	// their call for help), the count may share less still: the one it is about and the noun it counts say it.
	const floor = (coverage: number, fact: Fact) =>
		coverage >= answerOptions.minCoverage * countingShare || (main.length > 0 && involvesMain(fact));
	return (
		rank(query, index, base, { minCoverage: answerOptions.oneUnknownCoverage, boost: unboosted })
			// The closest few only: reading numbers out of every quote would cost per fact in the data.
			.slice(0, answerOptions.maxSuggestions)
			// "How many Kenyan police or troops…": not the count of a fact about none of that.
			.find(
				({ fact, coverage }) =>
					fact.kind !== 'figure' &&
					floor(coverage, fact) &&
					countsInText(fact.quote, frame.counted) &&
					involvesMain(fact),
			)?.fact
	);
}

/** A fact giving a reason that involves every entity the question names, at the looser coverage of one unknown word. */
function looseReason(ctx: Answering, query: Query): Fact | undefined {
	if (query.mentions.length === 0) return undefined;
	const { index, base } = ctx.tools;
	const involves = (fact: Fact) =>
		query.mentions.every((mention) => mention.entities.some((entity) => base.entitiesOf(fact).includes(entity.id)));
	return rank(query, index, base, { minCoverage: answerOptions.oneUnknownCoverage, boost: unboosted }).find(
		({ fact, predicate }) => predicate && givesReason(fact, query) && statesCause(fact) && involves(fact),
	)?.fact;
}

/** "Which dimensions does it spell out?": things a text spells out, asked for by their noun, not a name in full. */
const itemsSpelledOut =
	/\b(?:which|what)\s+(?!(?:is|was|does|do|did|the|name|names|full)\b)[a-z]+\s+(?:does|do|did)\s+(?:it|the \w+|they)\s+spell(?:s|ed)? out\b/;

/** "RNDDH", "U.N.": a name of capitals only. */
const isAcronym = (name: string) => /^(?:\p{Lu}\.?){2,}$/u.test(name);

/** The capitals that open a name's words, its small words aside: "Réseau National de Défense" → "RND". */
const initials = (name: string) =>
	name
		.split(/[\s-]+/)
		.filter((word) => /^\p{Lu}/u.test(word))
		.map((word) => fold(word.charAt(0)).toUpperCase())
		.join('');

/** Words that ask for a name in full (folded text): "what does RNDDH stand for", "que signifie le sigle". */
const asksInFull =
	/\b(?:stands? for|acronym|abbreviation|abbreviated|short for|full name|spelled out|spell out|sigle|signifie|veut dire|abreviation|nom complet|vle di|non konple)\b/;

/**
 * "Who…, full name?": a name in full asked of the one a question word asks for, not of a name it says ("who is
 * RNDDH, full name?" asks it of RNDDH).
 */
const fullNameOfWhoever =
	/\b(?:who|whom|qui|kiyes|ki moun)\b(?!\s+(?:is|was|are|were|s|est|etait|se)\b).*\b(?:full name|nom complet|non konple)\b/;

/**
 * "What does RNDDH stand for?": one of its names in full, where the report's own words give it;
 * else the report doesn't spell it out. A name kept in the data only to recognise the words
 * members use is not the report's.
 */
export function spelledOut(ctx: Answering, question: string, query: Query): Answer | undefined {
	if (!asksInFull.test(fold(question)) || itemsSpelledOut.test(fold(question))) return undefined;
	// ("Warning that attacks will escalate: who, full name + nickname?": the full name of whoever is asked for.)
	if (fullNameOfWhoever.test(fold(question))) return undefined;
	const named = [...new Set(query.mentions.flatMap((mention) => mention.entities))];
	// "What does the acronym RNDDH, the group cited for the prison figures, stand for?": of several named, the acronym.
	const acronyms = named.filter((one) =>
		[one.name, ...one.aliases].some(
			(name) => isAcronym(name) && new RegExp(`\\b${escapeRegExp(name)}\\b`, 'u').test(question),
		),
	);
	const [entity, ...others] = named.length > 1 && acronyms.length === 1 ? acronyms : named;
	if (!entity || others.length > 0) return undefined;
	const asked = fold(question);
	const acronym = [entity.name, ...entity.aliases].find((name) => isAcronym(name) && asked.includes(fold(name)));
	for (const name of [entity.name, ...entity.aliases]) {
		// A proper name of more than one word, not the words of the question: "human rights group" names no one.
		if (!/^\p{Lu}\S*\s+\S/u.test(name) || asked.includes(fold(name))) continue;
		// An acronym's name in full has its letters for initials: "UN data" does not spell out "UN".
		if (acronym && initials(name) !== acronym.replace(/\./g, '')) continue;
		if (!ctx.tools.base.facts.some((fact) => fact.quote.includes(name))) continue;
		return { ...ctx.tools.entityCard(question, entity), heading: `${name}.` };
	}
	return ctx.tools.notFound(question, {
		heading: `The report doesn’t spell out ${acronym ?? entity.name}.`,
		suggestions: ctx.suggest(query),
	});
}

const negations = new Set(['not', 'never', 'no']);

/** Words for keeping silent: "stayed silent", "kept quiet", "remained mum". */
const silenceWords = new Set(['silent', 'silence', 'quiet', 'mum', 'mute', 'silencieux', 'pe']);

/** A word after "nothing" that makes it the subject of what was said: "said nothing would change". */
const subjectOf = /^(?:would|will|was|is|had|has|could|can|should|must|might|happened|changed)$/;

/** Words that deny what follows: "hasn't said", "has not commented", "never spoke". */
const denials = new Set([...negations, 'pa', 'pas', 'jamais']);

/**
 * Does the question ask who kept silent, in so many words ("who has stayed silent") or as speaking
 * denied ("who hasn't said anything publicly", "who has not commented")?
 */
function whoKeptSilent(words: readonly string[]): boolean {
	if (words.some((word) => silenceWords.has(word))) return true;
	const speaking = (word: string) => (speechStems.has(stem(word)) && !/^want/.test(word)) || /^comment/.test(word);
	// "…talking about inmates not wanting to escape": a denial in what was said denies no speaking.
	const firstSaid = words.findIndex(speaking);
	// "Who has so far said nothing about…": nothing said after the verb denies it as well.
	// ("Who said nothing would change" tells what was said: "nothing" is its subject.)
	if (firstSaid >= 0 && words[firstSaid + 1] === 'nothing' && !subjectOf.test(words[firstSaid + 2] ?? '')) return true;
	return words.some(
		(word, i) => denials.has(word) && (firstSaid < 0 || i < firstSaid) && words.slice(i + 1, i + 4).some(speaking),
	);
}

/**
 * The named speaker's statement that they have not spoken, where nothing they said is on the question's topic:
 * "when did the government comment on the attack?" is answered by its silence on every development.
 */
function silenceOfSpeaker(ctx: Answering, speaker: Mention, spoken: Fact | undefined): Fact | undefined {
	const silent = silentStatements(ctx.tools.base);
	if (spoken && !silent.includes(spoken)) return undefined;
	return (
		spoken ??
		silent.find((fact) => fact.kind === 'statement' && speaker.entities.some((entity) => entity.id === fact.speaker))
	);
}

/** The one statement that someone has not spoken, the closest to the question's topic where there are several. */
function keptSilent(ctx: Answering, query: Query): Fact | undefined {
	const silent = silentStatements(ctx.tools.base);
	if (silent.length <= 1) return silent[0];
	const ranked = rank(query, ctx.tools.index, ctx.tools.base, { minCoverage: 0, boost: unboosted });
	return ranked.find(({ fact }) => silent.includes(fact))?.fact;
}

/**
 * Does an event's quote name someone besides those the question names? "Who negotiated the deal?"
 * is not answered by "under a deal struck in December 2022", which names no one who struck it.
 */
function namesDoer(ctx: Answering, fact: Fact, query: Query, offered: ReadonlySet<string>): boolean {
	// Only an event has a doer to name; a statement's is its speaker, a detail describes.
	if (fact.kind !== 'event') return true;
	// (Those offered to choose from, "…, gangs or protesters?", may be the doer.)
	const asked = new Set(
		query.mentions.flatMap((mention) => mention.entities.map((entity) => entity.id)).filter((id) => !offered.has(id)),
	);
	const involved = new Set(ctx.tools.base.entitiesOf(fact));
	return ctx.tools.index
		.matchEntities(fact.quote)
		.some(({ entity }) => involved.has(entity.id) && !asked.has(entity.id));
}

/**
 * The facts, each that says a date was set without giving it ("a deal … set a date for Henry to hand over power")
 * followed by the fact of the same sentence that gives it: what was set is the answer too.
 */
function withDateSet(facts: readonly Fact[], base: FactBase): Fact[] {
	const added = facts.flatMap((fact) => {
		// (The fact that gives the date of what it was set for: "…to hand over power".)
		const deed = dateSet.exec(fact.answer)?.[1]?.replace(/[.\s]+$/, '');
		return deed
			? sameSentence(base, fact).filter(
					(other) => !facts.includes(other) && whenOf(other) !== undefined && other.answer.includes(deed),
				)
			: [];
	});
	return [...facts, ...new Set(added)].slice(0, answerOptions.maxItems);
}

/** Words that say a date was set, without it, and what for: "set a date for Henry to hand over power". */
const dateSet = /\b(?:set|fixed|gave|named)\s+(?:a|the)\s+(?:date|deadline|day)\s+for\s+.+?\s+to\s+(.+)$/i;

/**
 * Several people named and nothing asked of them but who they are, or what post or role each has: the first thing
 * each one's card says. Undefined where the question names fewer than two people, or anyone else, or asks more.
 */
function severalPeopleAsked(ctx: Answering, question: string, frame: Frame, query: Query): Answer | undefined {
	const { tools } = ctx;
	if (frame.kind !== 'who' && frame.kind !== 'what') return undefined;
	// (Named outright: "who was the PM when Moïse was killed" asks who held a post.)
	if (query.mentions.some((mention) => mention.role)) return undefined;
	const people = query.mentions.map((mention) => mention.entities[0]);
	const ids = new Set(people.map((person) => person?.id));
	if (people.length < 2 || ids.size !== people.length || people.some((person) => person?.kind !== 'person'))
		return undefined;
	const named = (i: number) => query.mentions.some((mention) => mention.terms.includes(i));
	const onlyWho = query.terms.every((term, i) => named(i) || query.vague.has(i) || roleAskingTerms.has(term));
	if (!onlyWho) return undefined;
	const first = people.flatMap((person) => (person ? tools.entityCard(question, person).items.slice(0, 1) : []));
	return first.length === people.length
		? tools.facts(
				question,
				first.map((item) => item.fact),
			)
		: undefined;
}

/**
 * "How does the report characterise many of the detainees?": how a group is described is told by a fact that
 * says what some of them are ("inmates, many of them notorious criminals"), before any count of them.
 */
function describingBoost(frame: Frame): (fact: Fact) => number {
	// ("What sort of inmates…", "wat kind of ppl…": the kind of a group asked for is told by what some of them are.)
	const kindOf = frame.rest.some((word, i) => kindWords.has(word) && frame.rest[i + 1] === 'of');
	if (!kindOf && !frame.rest.some((word) => describingVerbs.has(word))) return () => 1;
	// (A kind is said of them in apposition, "inmates, many of them notorious criminals", not in what some did.)
	const describes = kindOf ? kindOfGroup : describesGroup;
	return (fact) => (describes.test(fact.quote) ? answerOptions.frameBoost ** 2 : 1);
}

/** What some of a group are, said of them: "many of them notorious criminals", "among those imprisoned are…". */
const kindOfGroup =
	/\b(?:many|some|most|several) of them\b|\bamong (?:the |its |their |those )?[\p{L}’']+(?: \p{L}+)? (?:are|were)\b/iu;

/** Nouns that ask what kind something is: "what sort of inmates", "what type of people". */
const kindWords = new Set(['kind', 'kinds', 'sort', 'sorts', 'type', 'types']);

/** Verbs that ask how something is described, as the question's words are read in English ("décrit" → "describes"). */
const describingVerbs = new Set(
	['describe', 'characterize', 'characterise', 'portray', 'depict'].flatMap((verb) => [
		verb,
		`${verb}s`,
		verb.endsWith('e') ? `${verb}d` : `${verb}ed`,
	]),
);

/**
 * Words that ask for another date than one already set: "new deadline", "next date", "revised timeline". As the
 * question's words are read, in English.
 */
const renewing = new Set(['new', 'next', 'revised', 'updated', 'later', 'rescheduled']);
const dateNouns = new Set(['deadline', 'date', 'day', 'timeline', 'schedule', 'time', 'target']);

/** The qualifier and noun of a date asked as a new one ("Henry's new deadline"), if the question asks one. */
function newDateAsked(words: readonly string[]): { qualifier: string; noun: string } | undefined {
	for (let i = 0; i + 1 < words.length; i++) {
		const [word = '', next = ''] = [words[i], words[i + 1]];
		if (renewing.has(word) && dateNouns.has(next)) return { qualifier: word, noun: next };
	}
	return undefined;
}

/**
 * Does a leadership answer who did what is asked: its role's words ("offered to lead") or leading
 * itself, asked in any of the question's words ("…supposed to be leading…")?
 */
function leadsAsAsked(fact: Fact, asked: readonly string[]): boolean {
	if (fact.kind !== 'leadership') return true;
	const roleWords = termsOf(`${fact.role} lead leader head run command`);
	return asked.some((term) => roleWords.includes(term));
}

/**
 * The group a "which gang…" question's noun names, where the fact's only doers are that group as
 * such ("gunmen attempted to take over the port"): it tells that they did it, not which of them.
 */
function namedOnlyAsAsked(ctx: Answering, frame: Frame, fact: Fact, question: string): string | undefined {
	const noun = frame.kindNoun;
	if (!noun || noun.includes(' ')) return undefined;
	// "Which gang…" asks for one of them by name; "which police unions…" may be answered as the report counts them.
	// (In French and Creole too, where the noun is the same word: "ki gang", "quel gang".)
	if (!new RegExp(`\\b(?:which|what|quel|quelle|quels|quelles|ki)\\s+${escapeRegExp(noun)}\\b`, 'i').test(question))
		return undefined;
	const { base, index } = ctx.tools;
	const groups = new Set(
		index
			.matchEntities([stem(noun)])
			.filter((match) => match.entity.kind !== 'person')
			.map((match) => match.entity.id),
	);
	// An event's doers are those it is about, places aside (a prison attacked is no doer, wherever it stands).
	const noPlace = (id: string) => !['place', 'country', 'prison'].includes(base.entity(id)?.kind ?? '');
	const actors = base.actorsOf(fact).filter(noPlace);
	const doers = actors.length > 0 ? actors : fact.about.filter(noPlace);
	// "RNDDH counted…" names the one asked for; "gunmen attempted…" names none of them.
	const byName = (id: string) => {
		const entity = base.entity(id);
		return [entity?.name ?? '', ...(entity?.aliases ?? [])].some(
			(name) => /\p{Lu}/u.test(name) && fact.quote.includes(name),
		);
	};
	// (Others it involves are not who is asked for: "armed groups … clashing with police forces".)
	const asked = doers.filter((id) => groups.has(id));
	return asked.length > 0 && asked.every((id) => !byName(id)) ? noun : undefined;
}

/** The kind of place as a fact's quote says it without naming one ("in neighborhoods"), if it does. */
function onlyAsSuch(fact: Fact, typed: string): string | undefined {
	// British and American spellings alike: "neighbourhoods", "neighborhoods".
	const noun = escapeRegExp(typed).replace(/our/g, 'ou?r');
	const said = new RegExp(
		`\\b(?:in|of|across|some|several|many|various|other)\\s+(${noun}s|${noun}es)\\b(?!\\s+(?:of\\s+)?\\p{Lu})`,
		// Not case-blind: a capital after it is a name ("in neighborhoods of Port-au-Prince" names one).
		'u',
	);
	return said.exec(fact.quote)?.[1];
}

/**
 * "…the gang boss people call Barbecue", "…the gangster nicknamed Barbecue": a verb of calling by a name after anyone
 * at all or after the noun it names, before the name. Not "who called Barbecue a criminal?", which asks who did.
 */
function calledByName(words: readonly string[]): boolean {
	return words.some(
		(word, i) =>
			i > 0 &&
			i < words.length - 1 &&
			(callingVerbs.has(word) || namingParticiples.has(word)) &&
			(callers.has(words[i - 1] ?? '') || (namingParticiples.has(word) && !stopwords.en.has(words[i - 1] ?? ''))),
	);
}

const callingVerbs = new Set(['call', 'calls', 'rele', 'appellent', 'surnomment']);
const namingParticiples = new Set(['called', 'nicknamed', 'dubbed', 'named', 'surnomme', 'appele']);
/** Anyone at all, who calls someone by a name: "people call him…", "yo rele l…". */
const callers = new Set(['people', 'folks', 'everyone', 'everybody', 'they', 'ppl', 'yo', 'on', 'gens']);

/**
 * The one person the question names by what they are called ("who is the gangster folks call Barbecue?"), asked
 * about as a whole: whose card answers.
 */
function calledPerson(frame: Frame, query: Query): Entity | undefined {
	if ((frame.kind !== 'who' && frame.kind !== 'what') || !calledByName(frame.rest)) return undefined;
	const people = [...new Set(query.mentions.flatMap((m) => m.entities))].filter(
		(entity) => entity.kind === 'person' && !entity.described,
	);
	return people.length === 1 ? people[0] : undefined;
}

/**
 * "Which UN Security Council resolution…": the one thing asked to be told apart, the noun after
 * "which" and any names it opens with, where it is no name of the data's, no kind of answer and no
 * word that says little. Not a plural ("which high-profile detainees" asks for those described, in
 * whatever words) nor the first part of a compound.
 */
function whichNoun(frame: Frame, query: Query, question: string, index: SearchIndex): string | undefined {
	// "What rank did…", "what resolution was…": "what" before a noun and its verb asks which one as well.
	const whatNoun = frame.rest[0] === 'what' && nounThenVerb.has(frame.rest[2] ?? '');
	// ("De quelle nationalité sont…": French's "quel", after the preposition that may open the question.)
	const french = /^(?:the|of|de|du)$/.test(frame.rest[0] ?? '') ? 1 : 0;
	const which = frame.rest[0] === 'which' || /^quel(?:le)?s?$/.test(frame.rest[french] ?? '');
	if (!which && !whatNoun) return undefined;
	const named = new Set(query.mentions.flatMap((mention) => mention.terms.map((i) => query.terms[i])));
	// "Which detention facility did…" asks for a kind of answer, whatever word comes before it.
	const words = frame.rest.slice(1 + (which ? french : 0)).filter((word) => !named.has(stem(word)));
	const end = words.findIndex((word) => stopwords.en.has(word));
	const phrase = end < 0 ? words : words.slice(0, end);
	if (phrase.some((word) => answerKindNoun(word))) return undefined;
	const [noun] = phrase;
	// "What job did the murdered head of state hold?": a post is told by the title that names it ("President").
	if (!noun || /s$/.test(noun) || vagueWords.has(noun) || roleNouns.has(noun) || instanceNouns.has(noun))
		return undefined;
	if (new RegExp(`\\b${escapeRegExp(noun)}-`, 'i').test(question)) return undefined;
	// A word the data has as it is, not a misspelling of another ("wich contry…").
	const term = stem(noun);
	// "Which US department sanctioned him?": a kind of thing the data never speaks of, no fact says which one.
	// ("What mischief did the gunmen attempt…?": a deed of a kind the data never names is asked of the deed the fact
	// tells, in whatever words.)
	if (query.unknown.includes(term)) return deedNouns().has(noun) ? undefined : noun;
	// ("What budget has been allocated to the mission?": a thing the data has only words loosely related to, "plan";
	// not "what sobriquet…", which it has as a synonym, "nickname".)
	const matches = index.matchTerm(term);
	const exact = matches.some((match) => match.term === term);
	const close = matches.some((match) => match.similarity >= closeSynonym);
	if (!exact && !close && whatNoun) return deedNouns().has(noun) ? undefined : noun;
	return query.terms.includes(term) && exact ? noun : undefined;
}

/**
 * Nouns any fact can be one of, which no fact need name to say which one: "what outcome were the
 * unions trying to avert?", "which event did…". (Not "step", "measure" or "action", which "take" makes
 * a deed of its own.)
 */
const instanceNouns = new Set(
	// (And what was said, however it was put: "what advice did he give", "what message did they send".)
	'outcome result consequence development event incident scenario danger risk trigger cause effect advice message instruction instructions guidance recommendation suggestion word words'.split(
		' ',
	),
);

/** A word this close to the data's, or closer, is the data's thing in other words. */
const closeSynonym = 0.8;

const nounThenVerb = new Set(['did', 'does', 'do', 'was', 'were', 'is', 'are', 'has', 'have', 'had']);

/** "Which Port-au-Prince neighborhoods…": the plural noun after "which" and any names, as its singular. */
function whichPlural(frame: Frame, query: Query): string | undefined {
	const named = new Set(query.mentions.flatMap((mention) => mention.terms.map((i) => query.terms[i])));
	const noun = frame.rest.slice(1).find((word) => !named.has(stem(word)));
	// ("Which neighbourhood is his stronghold?": one of those the report speaks of only together, unnamed.)
	return noun && /[^s]s$/.test(noun) ? singular(noun) : noun && /^\p{L}{4,}$/u.test(noun) ? noun : undefined;
}

/** Nouns for anyone, which describe only with what follows: "the people held for…", "the men who…". */
const genericPeople = new Set(['people', 'persons', 'individuals', 'men', 'ones', 'guys']);
/** What opens a description of people after their noun: a relative or a participle ("held", "accused", "behind"). */
const describingClause =
	/^(?:who|that|whom|behind|involved|held|jailed|accused|arrested|charged|detained|locked|suspected|\p{L}+ed)$/u;

/** Nouns for people the report may describe without naming: "the suspects", "the inmates who escaped". */
const describedPeople = new Set(
	'suspects suspect inmates inmate prisoners prisoner detainees detainee escapees perpetrators assassins killers victims officers guards'.split(
		' ',
	),
);

/** The one a name is asked of, where the report only describes it and a clause after it says which: "the name of the gang alliance whose head…". */
function describedBeforeClause(frame: Frame, index: SearchIndex): Entity | undefined {
	const relative = frame.rest.findIndex((word, i) => i > 0 && /^(?:whose|who|that|which)$/.test(word));
	const naming = frame.rest.findIndex((word) => namingNouns.has(word));
	if (naming < 0 || relative <= naming) return undefined;
	// (The longest name the words make: "the gang alliance" is the alliance, not the gangs.)
	const matches = index.matchEntities(frame.rest.slice(naming + 1, relative).join(' '));
	const longest = Math.max(0, ...matches.map((match) => match.covered.size));
	const [match, ...more] = matches.filter((candidate) => candidate.covered.size === longest);
	return match && more.length === 0 && match.entity.described ? match.entity : undefined;
}

/** Words after "names" that only point back to people named before: "the names of them", "names of those". */
const namesOfThem: ReadonlySet<string> = new Set(['of', 'them', 'those', 'these', 'they', 'please', 'pls', 'too']);

/** "Names of the suspects…": the plural people noun after the words that ask a name, if one is asked about. */
export function describedPeopleAsked(frame: Frame, query: Query): string | undefined {
	const at = frame.rest.findIndex((word) => word === 'names' || word === 'name' || word === 'non');
	if (at < 0) return undefined;
	// "…who are the suspects held there? names pls": a tail asking for names asks them of the people before it.
	// ("…who killed him, the names of them?": a name asked of a pronoun is asked of the people before it.)
	const tail = at >= frame.rest.length - 2 || frame.rest.slice(at + 1).every((word) => namesOfThem.has(word));
	const nounAt = frame.rest.findIndex(
		(word, i) =>
			(tail ? i < at : i > at && i < at + 6) &&
			(describedPeople.has(word) ||
				// (Any plural WordNet has for a kind of person: "the notorious criminals held there".)
				(frame.rest[at] === 'names' && /[^s]s$/.test(word) && wordNetPersonNouns().has(lemmatizer().noun(word))) ||
				(genericPeople.has(word) && describingClause.test(frame.rest[i + 1] ?? '')) ||
				// "The Reuters sources": the people an outlet named before them speaks through.
				(/^sources?$/.test(word) && query.mentions.some((m) => spellsMention(query, m, frame.rest[i - 1] ?? '')))),
	);
	// "The names of the guys locked up…": chat's "guys" is gone, and "the" right before what describes them is their noun.
	if (nounAt < 0 && !tail && frame.rest[at + 1] === 'of' && frame.rest[at + 2] === 'the') {
		const next = frame.rest[at + 3] ?? '';
		const inName = query.mentions.some((mention) =>
			mention.terms.some((i) => (query.terms[i] ?? '').split(' ').includes(stem(next))),
		);
		if (/^\p{L}{3,}ed$/u.test(next) && describingClause.test(next) && !inName) return 'people';
	}
	const noun = frame.rest[nounAt];
	if (!noun) return undefined;
	// "The names of the people held for killing Jovenel Moïse": who they are is said by what they did, to whom.
	if (describingClause.test(frame.rest[nounAt + 1] ?? '')) return noun;
	// A name the question gives for them ("the names of the RNDDH members") is someone else's to answer.
	const named = query.mentions.some((mention) => mention.entities.some((entity) => entity.kind === 'person'));
	return named ? undefined : noun;
}

const reportSays = /\b(?:report|article|piece|story|text|rapport|rapo|atik)\s+(?:is\s+)?(?:say|says|saying|said)\b/;

/**
 * "Has the administration said a word publicly about the jailbreak yet?": a yes/no question
 * whether someone has spoken, where the report says that one has not. No, with that statement.
 */
export function silenceAsked(
	ctx: Answering,
	question: string,
	frame: Frame,
	query: Query,
	cleaned = question,
): Answer | undefined {
	// "Is the report saying…" asks what the report says, not whether anyone spoke. (Read without the chat around the
	// question: "eske w ka di m…" is "can you tell me", no one's saying.)
	// (French "comment" asks how: "comment vont évoluer les attaques ?".)
	const folded = query.language === 'fr' ? fold(cleaned).replace(/\bcomment\b/g, ' ') : fold(cleaned);
	// As typed, or as read in English: "fè yon deklarasyon" is "made a statement".
	const spoken = spokenWords.test(folded) || spokenWords.test(frame.rest.join(' '));
	// "Gouvènman an di kichòy sou atak la?": a statement with only a question mark asks yes or no too.
	// "What's the government's official line on the attack?" asks what it said: that it has said nothing.
	const which = frame.rest.some((word) => whichWords.includes(word));
	if ((frame.kind !== 'yesNo' && frame.kind !== 'what') || !spoken || reportSays.test(folded)) return undefined;
	const { base } = ctx.tools;
	const named = [...new Set(query.mentions.flatMap((mention) => mention.entities))];
	const [fact, ...others] = [...new Set(named.flatMap((entity) => silenceOf(entity, base) ?? []))];
	if (!fact || others.length > 0) return undefined;
	// "Did the alliance announce actions against the government?": the silent one named only after the verb is what
	// was spoken of, not who spoke ("any statement from the government?" names who would have spoken).
	const said = frame.rest.findIndex(
		(word, i) => spokenWords.test(word) || (word === 'line' && frame.rest[i - 1] === 'official'),
	);
	const spoke = named.some((entity) => {
		if (silenceOf(entity, base) !== fact) return false;
		const names = new Set([...nameWords(base, entity)].map(stem));
		const at = frame.rest.findIndex((word) => !isFunctionWord(word) && names.has(stem(word)));
		// ("…au sujet du gouvernement", "à l'égard du…": "du" after a word of topic is what was spoken of, not who spoke.)
		const before = frame.rest.slice(Math.max(0, at - 3), at);
		const by =
			before.some((word) => /^(?:from|by|de|du|par|pa|nan)$/.test(word)) &&
			!before.some((word) => topicWords.test(word));
		// ("…the attacks aimed at bringing down the government. What did he say…": a name far before the verb, or with
		// someone else between, is not who is asked to have spoken.)
		const between = frame.rest.slice(at + 1, said);
		const otherSpeaker = between.some((word) => /^(?:he|she|they|il|elle|ils|li|yo)$/.test(word));
		// ("Qu'a dit le gouvernement ?": French puts the subject after the verb when it opens on "que".)
		const inverted = frenchWhat.test(folded) && at > said && frame.rest.slice(said + 1, at).every(isFunctionWord);
		// ("Has anyone spoken on the record for the government?": who speaks for it, or on its behalf, speaks as it.)
		const speaksFor = before.some(
			(word, i) =>
				/^(?:for|behalf)$/.test(word) &&
				/^(?:record|behalf|publicly|officially|on)$|^spok|^speak/.test(frame.rest[at - before.length + i - 1] ?? ''),
		);
		return at < 0 || (at < said && !(which && (said - at > 4 || otherSpeaker))) || by || inverted || speaksFor;
	});
	if (said > 0 && !spoke) return undefined;
	// "Which member of the Kenyan government commented…": a country named right before the silent one makes it
	// another's (one the report says nothing of).
	const silentAt = frame.rest.findIndex(
		(word) =>
			!isFunctionWord(word) &&
			named.some((entity) => silenceOf(entity, base) === fact && nameWords(base, entity).has(word)),
	);
	const owner = frame.rest[silentAt - 1] ?? '';
	const another = named.some(
		(entity) => entity.kind === 'country' && silenceOf(entity, base) !== fact && nameWords(base, entity).has(owner),
	);
	if (silentAt > 0 && another) return undefined;
	// "What did the government of Canada say…", "…the Canadian government…": a name or people the report never has
	// makes the silent one someone else's.
	if ((query.strangers?.length ?? 0) > 0 || foreignOwner(ctx, frame, query)) return undefined;
	// "Has the government said nothing?", "gouvènman an poko di anyen?": asked as the silence, it is a yes.
	const asksSilence = deniesSpeaking.test(folded.replace(orNotTail, ''));
	// ("What has the government said?", "Qu'est-ce que le gouvernement a dit ?" ask what, not whether: no yes or no.)
	if (frame.kind === 'what' && (which || whatOpening.test(folded))) return ctx.tools.facts(question, [fact]);
	return ctx.tools.facts(
		question,
		[fact],
		asksSilence ? 'Yes, as far as the report says:' : 'No, not as far as the report says:',
	);
}

/** A French question that opens on "que": "Qu'a dit…", "Que disent…". */
const frenchWhat = /^\W*qu(?:e|\W)/;

/** A question that opens on "what" in one of the three languages asks what, not whether. */
const whatOpening = /^\W*(?:what|wat|wut|whats|que|qu|quoi|kisa|kissa|ki sa)\b/;

/** Words that make what follows the topic of what was said: "about", "au sujet de", "à l'égard de", "konsènan". */
const topicWords =
	/^(?:about|regarding|concerning|towards?|against|sujet|propos|egard|envers|contre|concernant|vis|sou|konsenan|kont)$/;

/**
 * Words that ask whether someone kept silent rather than spoke ("said nothing", "not yet", "poko",
 * "n'a rien dit"); Creole "anyen" alone is "anything" in a question.
 */
const deniesSpeaking =
	/\b(?:not|never|nothing|hasn\W?t|haven\W?t|hadn\W?t|didn\W?t|doesn\W?t|yet to|silent|quiet|mum|pas|rien|jamais|poko|pa|pat|janm)\b/;
/** "…a statement or no", "…ou pas ?", "…wi ou non", "…ou tjr rien ?": the other answer offered, not a denial. */
const orNotTail =
	/\b(?:or|ou|oswa|wi ou)\s+(?:(?:still|tjr|toujours|toujou|encore|always)\s+)?(?:not|no|nah|nope|pas|non|pa|nothing|rien|anyen|nada)\b/g;

/**
 * "How many more people were in the pen than it was built for?": where one of the figures compared ranks first, or
 * another figure worked out from them (the occupancy), the difference worked out from them answers, if it accounts
 * for as much of the question.
 */
function workedOutFirst(frame: Frame, ranked: Ranked[]): void {
	const [best] = ranked;
	if (frame.kind !== 'difference' || best?.fact.kind !== 'figure' || best.fact.derivation?.op === 'difference') return;
	const compared = best.fact.derivation?.of ?? [best.fact.id];
	const at = ranked.findIndex(
		({ fact, coverage }) =>
			fact.kind === 'figure' &&
			fact.derivation?.op === 'difference' &&
			compared.every((id) => fact.derivation?.of.includes(id)) &&
			coverage >= best.coverage,
	);
	if (at > 0) ranked.unshift(...ranked.splice(at, 1));
}

/** Does the question give the fact's date itself, a day or a year in digits among its words ("le 7 février")? */
function datedAsAsked(fact: Fact, asked: readonly string[]): boolean {
	const words = fold(whenOf(fact)?.words ?? '').match(/[a-z0-9]+/g) ?? [];
	return words.some((word) => /\d/.test(word)) && words.every((word) => asked.includes(word));
}

/** Nouns for one who leads in person: asked of a group led by a country, the report names none. */
const commanderNouns = new Set(['commander', 'commanders', 'general', 'generals', 'commandant', 'kòmandan']);

/** Does the report name a person as a leader of the coalition? */
function ledByPerson(base: FactBase, coalition: string): boolean {
	return ledByKind(base, coalition, ['person']);
}

/** Does the report name a leader of the coalition of one of these kinds ("which country leads the force?")? */
function ledByKind(base: FactBase, coalition: string, kinds: readonly AnswerKind[]): boolean {
	return base.facts.some(
		(fact) =>
			fact.kind === 'leadership' &&
			fact.coalition === coalition &&
			fact.leader !== null &&
			kinds.includes(base.entity(fact.leader)?.kind ?? 'other'),
	);
}

/** The noun a number names in a question: "resolution" of "under what resolution number…"; not "the number of…". */
function numberNamedAsked(words: readonly string[]): string | undefined {
	const at = words.findIndex((word, i) => /^(?:number|numbers|no|numero|nimewo)$/.test(word) && i > 0);
	const named = (noun: string | undefined) => noun && !stopwords.en.has(noun) && nounNoAdjective(noun);
	const noun = at > 0 ? words[at - 1] : undefined;
	if (named(noun) && words[at + 1] !== 'of') return noun;
	// "The resolution for the Kenya mission, which number does it have?", "ki nimewo rezolisyon…": "which number" asks
	// the number of the noun named before it, or right after it as Creole orders them.
	if (!/^(?:which|what|ki|quel|quelle)$/.test(noun ?? '')) return undefined;
	const after = words[at + 1];
	if (named(after) && after !== 'of') return after;
	return words.slice(0, at - 1).find((word) => numberedNouns.test(word));
}

/** Nouns of things known by a number: a resolution, a case, a law, a decree. */
const numberedNouns =
	/^(?:resolutions?|cases?|laws?|decrees?|bills?|orders?|rulings?|files?|articles?|rezolisyon|loi|decret|dekre)$/;

/**
 * Words that open the clause after "which N": an auxiliary ("which weapons did…", "what crimes are…"), or its
 * subject where the asker leaves the auxiliary out ("which weapons the gangs used").
 */
const clauseAuxiliaries = new Set([
	'did',
	'do',
	'does',
	'was',
	'were',
	'is',
	'are',
	'has',
	'have',
	'had',
	'the',
	'they',
]);

/**
 * "Which weapons did…": the noun of things asked for (one WordNet calls a thing one can hold, not a deed, which a
 * verb may tell), right after "which" or "what" and before an auxiliary.
 */
function thingAsked(rest: readonly string[]): string | undefined {
	// ("What kind of weapons did the gangs use?": the kind of a thing asks for the thing.)
	const kindOf = /^(?:kind|kinds|type|types|sort|sorts)$/.test(rest[1] ?? '') && rest[2] === 'of';
	const [which, noun, auxiliary] = kindOf ? [rest[0], ...rest.slice(3)] : rest;
	if (!which || !/^(?:which|what)$/.test(which) || !noun || !clauseAuxiliaries.has(auxiliary ?? '')) return undefined;
	return englishTags(noun).includes('NNS') && thingNouns().has(lemmatizer().noun(noun)) ? noun : undefined;
}

/** Does the fact say a noun that `noun` stands for ("arms" for "weapons"), not only another word of its stem ("armed")? */
function namedAsNoun(fact: Fact, noun: string, index: SearchIndex): boolean {
	const stands = new Set(index.matchTerm(stem(noun)).map((match) => match.term));
	return wordsOf(`${fact.answer} ${fact.quote}`).some((word) => {
		const tags = englishTags(word);
		return stands.has(stem(word)) && (tags.length === 0 || tags.some((tag) => tag.startsWith('NN')));
	});
}
