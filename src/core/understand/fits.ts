/**
 * What a fact must give for the frame of a question, and the questions' words that say so: the
 * predicates the answerer holds each candidate fact to ("does it tell who", "is it the capacity
 * asked for", "does it give a reason for what is asked").
 */
import type { Entity, Fact, FigureFact, When } from '../../data/schema.js';
import { changePattern } from '../claims/changes.js';
import { isCalendarWord, valuesIn } from '../claims/values.js';
import type { FactBase } from '../fact-base.js';
import { keptPer } from '../kept.js';
import { adjectiveNoVerb, englishTags, neverAVerb } from '../language/english-words.js';
import capacity from '../language/lexicon/capacity.json' with { type: 'json' };
import kinds from '../language/lexicon/kinds.json' with { type: 'json' };
import reasons from '../language/lexicon/reasons.json' with { type: 'json' };
import speech from '../language/lexicon/speech.json' with { type: 'json' };
import { fold, PhraseTable, stopwords, vagueWords } from '../language/lexicon.js';
import { relatedSimilarity } from '../language/related.js';
import { personNouns } from '../language/wordnet.js';
import type { SearchIndex } from '../search-index.js';
import { escapeRegExp, stem, terms as termsOf, words as wordsOf } from '../text.js';
import { precisionOf, whenOf } from '../when.js';
import type { Frame } from './frame.js';
import { answerKindNoun, singular, whichWords } from './kinds.js';
import { isGenericCount, measures } from './measure.js';
import { nameWords } from './name-words.js';
import { countryAdjectives, type Mention, prepositions, type Query, spellsMention } from './query.js';
import { inOwnWords, ownsTerm, type Ranked } from './rank.js';

/** Words that open a subordinate clause, as a question's words have them once read. */
export const clauseOpeners = new Set(['after', 'before', 'when', 'while', 'since', 'because', 'until', 'once', 'if']);
/** A speaker's statement answers "did X say anything about Y" when it shares this much with the question. */
export const spokenCoverage = 0.3;

/**
 * "Which schools closed after Barbecue's warning…": where a question has a subordinate clause,
 * a fact that has only the clause's words does not tell what the main clause asks. It must have
 * one of the main clause's own words, unless the data knows none of them (slang).
 */
export function mainClauseMatch(query: Query): (candidate: Ranked) => boolean {
	const asked = mainClauseTerms(query);
	if (asked.length === 0) return () => true;
	// ("In which edition did the Gazette publish it?": a verb of saying is matched by the fact's own, whatever it is.)
	const saying = (i: number) => speechStems.has(query.terms[i] ?? '');
	return ({ matched, fact }) => asked.some((i) => (matched & (1 << i)) !== 0 || (saying(i) && saysInOwnWords(fact)));
}

/** Does the fact tell, in its own words, that something was said ("reported", "warned")? */
export function saysInOwnWords(fact: Fact): boolean {
	return termsOf(`${fact.answer} ${fact.quote}`).some((term) => speechStems.has(term));
}

/**
 * Does a fact have a word of the main clause in its own words, not only through a related one? "What did the guards
 * do when the gangs came?": the fact that tells of "police officers guarding the prison" does; the gangland leader
 * and former policeman has "guards" only as a kind of policeman, and "gangs" only from the clause.
 */
export function mainClauseInOwnWords(query: Query): (ranked: Ranked) => boolean {
	const asked = mainClauseTerms(query);
	if (asked.length === 0) return () => true;
	return ({ matched, related }) => asked.some((i) => (matched & ~related & (1 << i)) !== 0);
}

/** Positions of the terms of the main clause, where a subordinate one qualifies it: none where there is none. */
function mainClauseTerms(query: Query): number[] {
	if (query.secondary.size === 0) return [];
	const named = new Set(query.mentions.flatMap((mention) => mention.terms));
	return query.terms.flatMap((term, i) =>
		query.secondary.has(i) || query.vague.has(i) || named.has(i) || query.unknown.includes(term) ? [] : [i],
	);
}

export const capacityCues = new PhraseTable(capacity.cues.map((cue): [string, true] => [cue, true]));

/** Words that tell how large a part is, short of a number. */
export const extentWords =
	/\b(?:part|parts|portion|share|most|much|half|majority|minority|all|whole|entire|percent)\b|%/i;

/** Words that set one figure against another. */
export const comparing = new Set(['vs', 'versus', 'compared', 'than', 'against', 'contre', 'pase']);

/**
 * What a place is built or meant for. (French and Creole participles the lexicons may leave as typed: "conçue"; with
 * "did", or in chat, the verb uninflected: "did they build it for", "was it build for".)
 */
const builtFor = (word: string) =>
	/^(?:built|build|designed|design|made|make|meant|intended|constructed|construct|conceived|planned|con[cç]ue?s?|construite?s?|pr[eé]vue?s?|b[aâ]tie?s?|f[eè]t)$/.test(
		word,
	);

/**
 * "How many inmates was it built?", "how many people was that prison made for": a count question that ends on what
 * the place was built for, and so asks its capacity whatever else it says.
 */
export function endsOnBuiltFor(frame: Frame): boolean {
	const { rest } = frame;
	// (Not the end of a clause that says when: "…how many inmates were there once the count was made".)
	const clause = rest.some((word) => /^(?:when|once|after|before|while|since|until)$/.test(word));
	// (The "for" may be left at the end, after what was built: "how many inmates did they build the prison for".)
	const verbAt = rest.findIndex(builtFor);
	// ("gwo prizon an yo te fè l pou konbyen moun sèlman": what it was made for, then only the noun counted.)
	const forAt = rest.findIndex(
		(word, i) => /^(?:for|pou|pour)$/.test(word) && rest.slice(Math.max(0, i - 3), i).some(builtFor),
	);
	const counted =
		forAt < 0 ? [] : rest.slice(forAt + 1).filter((word) => !/^(?:only|just|selman|seulement)$/.test(word));
	return (
		!clause &&
		(builtFor(rest.at(-1) ?? '') ||
			(rest.at(-1) === 'for' && verbAt >= 0 && verbAt >= rest.length - 4) ||
			(forAt >= 0 && counted.length <= 2))
	);
}

/** Does a "how many" question ask what something is built or meant to hold? */
export function asksCapacity(frame: Frame): boolean {
	const { rest } = frame;
	// "For how many inmates was the prison built?": the "for" opened the question; what it was built for ends it.
	if (endsOnBuiltFor(frame) || (/^(?:for|pou|pour)$/.test(rest[0] ?? '') && rest.some(builtFor))) return true;
	return rest.some(
		(word, at) =>
			// "How many people can the prison take?": a verb of holding after "can" asks what it could hold.
			(capacityCues.match(rest, at) !== undefined ||
				(heldVerbs.has(word) && rest.slice(0, at).some((before) => before === 'can' || before === 'could'))) &&
			// "How many inmates did the prison hold?" asks what it held, not what it could.
			!(
				heldVerbs.has(word) &&
				rest.slice(0, at).includes('did') &&
				!['to', 'can', 'could'].includes(rest[at - 1] ?? '')
			),
	);
}

/** Words that ask how far beyond a figure another goes: "over capacity", "moved out to fit", "depase". */
const beyondWords =
	/^(?:over|above|beyond|exceed\w*|more|surplus|excess|extra|depase|depasse\w*|plis|moved|move|transferred|transfer|removed|voye|out)$/;

/** Does the question ask how far beyond a figure another goes ("how many over capacity")? */
export const asksBeyond = (frame: Frame): boolean => frame.rest.some((word) => beyondWords.test(word));

/** Capacity cues that are verbs of holding: in the past ("did it hold"), what was held. */
const heldVerbs = new Set(['hold', 'house', 'fit', 'accommodate', 'take', 'receive']);

/** "What kind of…", "what sort of…", "which type of…": a description, not a figure. */
export function asksWhatKind(frame: Frame): boolean {
	return /\b(?:what|which) (?:kinds?|sorts?|types?) of\b/.test(frame.rest.join(' '));
}

/** An ordinal before a superlative: "second-biggest", "3rd largest", "deuxième plus grande". */
export const rankedSuperlative =
	/\b(second|third|fourth|fifth|2nd|3rd|4th|5th|deuxieme|troisieme|dezyem|twazyem)\b(?=\s+(?:most|least|plus|pi)?\s*\w+est\b|\s+(?:plus|pi)\s+\w+)/;

/** Does the fact give the rank a question names ("second-biggest"), if it names one? */
export function ranksMatch(frame: Frame, fact: Fact): boolean {
	const rank = rankedSuperlative.exec(frame.rest.join(' '))?.[1];
	return rank === undefined || new RegExp(`\\b${rank}\\b`, 'i').test(`${fact.answer} ${fact.quote}`);
}

/** A question of one word besides vague ones, with no name, that the fact has only through a related word. */
export function thinlyMatched(query: Query, { matched, related }: Ranked): boolean {
	const content = query.terms.flatMap((_, i) => (query.vague.has(i) ? [] : [i]));
	const bits = content.reduce((all, i) => all | (1 << i), 0);
	// A vague word it has as such ("go") tells nothing of what is asked.
	return (
		query.mentions.length === 0 && content.length === 1 && (matched & bits) !== 0 && (matched & ~related & bits) === 0
	);
}

/** Parts of a date a when-question may ask for by name: "which night", "what month". */
const datePartTerms = new Set(
	['night', 'morning', 'evening', 'afternoon', 'day', 'week', 'month', 'year', 'weekend', 'time'].map(stem),
);

/** Is the term in the fact only in the words that date it ("last" of "last October"), not in what it tells? */
function onlyDating(fact: Fact, term: string): boolean {
	const dating = whenOf(fact)?.words;
	if (!dating || !termsOf(dating).includes(term)) return false;
	return !termsOf(fact.answer.toLowerCase().replace(dating.toLowerCase(), ' ')).includes(term);
}

/**
 * Does the fact have, of what a when-question asks besides names, only words of its own date?
 * "When was the last big earthquake in Haiti?" is not answered by "Last October the UN…": the
 * date's words say when, and a question of when cannot be about them.
 */
export function datedOnly(query: Query, { fact, matched }: Ranked): boolean {
	const names = new Set(query.mentions.flatMap((mention) => mention.terms));
	// ("What night did the gangs hit the prison?": the part of a day asked for is a date's word by right.)
	const told = query.terms.filter(
		(term, i) => !names.has(i) && !query.vague.has(i) && (matched & (1 << i)) !== 0 && !datePartTerms.has(term),
	);
	return told.length > 0 && told.every((term) => onlyDating(fact, term));
}

/**
 * Does a when-question ask of something the report speaks of elsewhere, which the fact does not
 * have at all? "When did Haiti last hold a national election?" is not answered by the UN's approval
 * of the force, which shares "last" and "nation" with it: the report's elections are in another fact.
 */
export function eventUntold(query: Query, { matched }: Ranked, index: SearchIndex, words: readonly string[]): boolean {
	const names = new Set(query.mentions.flatMap((mention) => mention.terms));
	// ("ki jou gang yo te eseye pran gwo po a?": a word that only describes, "large" of the port the report calls main,
	// names no other event.)
	const describing = new Set(words.filter((word) => englishTags(word)[0] === 'JJ' && adjectiveNoVerb(word)).map(stem));
	return query.terms.some(
		(term, i) =>
			!names.has(i) &&
			!describing.has(term) &&
			!query.vague.has(i) &&
			!query.secondary.has(i) &&
			(matched & (1 << i)) === 0 &&
			!datePartTerms.has(term) &&
			index.inReportWords(term),
	);
}

/** "Who is the journalist…", "who was the spokesman…": a person asked for by what they are, right after "is the". */
function personAskedAs(frame: Frame): boolean {
	// ("C'est qui le journaliste de…": French's "c'est … le", read as "c est le journalist".)
	const rest = frame.rest[0] === 'c' && frame.rest[1] === 'est' ? ['is', ...frame.rest.slice(2)] : frame.rest;
	const [verb, article, noun = ''] = rest;
	return (
		/^(?:is|was|are|were)$/.test(verb ?? '') &&
		/^(?:the|le|la)$/.test(article ?? '') &&
		personNouns().has(singular(noun))
	);
}

/** Does the question name the day the fact dates it to ("what time on Saturday…" of "Saturday night")? */
function dayAlreadyGiven(frame: Frame, fact: Fact): boolean {
	const day = (whenOf(fact)?.words ?? '').toLowerCase().match(weekdayNamed)?.[0];
	if (day === undefined) return false;
	// (In any language the reader knows: "wat time samdi swa…" names Saturday too.)
	const weekdayOf = (text: string) =>
		valuesIn(text).find((value) => value.kind === 'date' && value.weekday !== undefined);
	const asked = weekdayOf(frame.rest.join(' '));
	const own = weekdayOf(day);
	return (
		frame.rest.includes(day) ||
		(asked?.kind === 'date' && own?.kind === 'date' && asked.weekday !== undefined && asked.weekday === own.weekday)
	);
}

/** Below this likeness a related word is another meaning as often as the same one ("main" for "independent"). */
const weakLikeness = 0.7;

/**
 * Is the one thing a question asks of what it names in the fact only through a word weakly related
 * to it? "When did Haiti get its independence?" reaches "the main port" through "independent" (of a
 * clause, "main"): that names nothing to answer about. ("When was Moïse killed?" reaches
 * "assassinated" through a close one.)
 */
export function weaklyMatched(query: Query, top: Ranked, index: SearchIndex, base: FactBase): boolean {
	const named = new Set(query.mentions.flatMap((mention) => mention.terms));
	const content = query.terms.flatMap((_, i) => (query.vague.has(i) || named.has(i) ? [] : [i]));
	const [only] = content;
	if (content.length !== 1 || only === undefined || (top.related & (1 << only)) === 0) return false;
	const term = query.terms[only] ?? '';
	const likeness = Math.max(
		0,
		...index
			.matchTerm(term)
			.filter((match) => inOwnWords(top.fact, match.term, index, base))
			.map((match) => match.similarity),
	);
	return likeness < weakLikeness;
}

/**
 * Is what a yes/no question is about (its first word of content, where no name is) in the fact
 * only through a related word: "are flights into Port-au-Prince still running?" against the
 * guards who "fled" ("flight" is also a fleeing)?
 */
export function subjectOnlyRelated(query: Query, rest: readonly string[], { matched, related }: Ranked): boolean {
	const named = new Set(query.mentions.flatMap((mention) => mention.terms));
	const [first, second] = query.terms.flatMap((_, i) => (query.vague.has(i) ? [] : [i]));
	// "…the incumbent premier…": a word right before a name only qualifies it; the name is what the question is
	// about. ("Flights into Port-au-Prince" are about flights.)
	const content = rest.flatMap((word, i) => (stopwords.en.has(word) ? [] : [i]));
	const between = rest.slice((content[0] ?? 0) + 1, content[1] ?? 0);
	const qualifies = second !== undefined && named.has(second) && !between.some((word) => prepositions.has(word));
	if (first === undefined || named.has(first) || qualifies) return false;
	return (matched & (1 << first)) === 0 || (related & (1 << first)) !== 0;
}

/**
 * Does the fact have what is asked of the names only through related words: "did Barbecue get
 * arrested?" against his sanctions ("arrest" and "seize" are one of WordNet's senses)?
 */
export function askedOnlyThroughRelated(query: Query, { matched, related }: Ranked): boolean {
	const named = new Set(query.mentions.flatMap((mention) => mention.terms));
	const asked = query.terms.reduce(
		(bits, _, i) => (query.vague.has(i) || named.has(i) || query.secondary.has(i) ? bits : bits | (1 << i)),
		0,
	);
	return asked !== 0 && (matched & ~related & asked) === 0;
}

/**
 * Has the fact a word asked in another form of it ("left" for "leave", "fled" for "flee"), which stemming does not
 * join? Then the deed asked is the fact's own, though matched as a related word.
 */
export function askedInAnotherForm(query: Query, { fact }: Ranked, index: SearchIndex, base: FactBase): boolean {
	const named = new Set(query.mentions.flatMap((mention) => mention.terms));
	return query.terms.some(
		(term, i) =>
			!query.vague.has(i) &&
			!named.has(i) &&
			index
				.matchTerm(term)
				.some((match) => match.similarity === relatedSimilarity.inflection && ownsTerm(fact, match.term, index, base)),
	);
}

/** The stems of the words that ask for a name: "called", "name", "named". */
export const nameAsking = new Set([
	'formal',
	'nicknam',
	'alia',
	'call',
	'name',
	'nom',
	'non',
	'real',
	'actual',
	'full',
	'true',
	'proper',
	'offici',
	'first',
	'last',
	'given',
	'surnam',
	'prenom',
	'spell',
	'spelt',
	'correct',
	'right',
]);

/** A rank a question gives what it asks about: "Haiti's second-largest prison" is not the largest. */
export const ordinal = /^(?:second|third|fourth|fifth|2nd|3rd|4th|5th|deuxieme|troisieme|dezyem|twazyem)(?:-|$)/;

/** Kinds of entity whose name the report gives, so "what is it called" is answered by it. */
export const namedKinds: ReadonlySet<Entity['kind']> = new Set(['person', 'prison', 'place', 'media', 'organisation']);

/** Pronouns that stand for someone a question must have named. */
export const pronouns = new Set(['he', 'she', 'him', 'her', 'his', 'they', 'them', 'il', 'elle', 'ils', 'elles']);

/** Does the fact involve every person the question's main clause names? */
export function involvesPeopleNamed(fact: Fact, query: Query, base: FactBase): boolean {
	const people = query.mentions
		.filter((mention) => mention.terms.some((i) => !query.secondary.has(i)))
		.flatMap((mention) => mention.entities.filter((entity) => entity.kind === 'person'));
	const involved = base.entitiesOf(fact);
	return people.every((person) => involved.includes(person.id));
}

/** Does the fact involve a person the data names? */
export function namesPerson(fact: Fact, base: FactBase): boolean {
	return base.entitiesOf(fact).some((id) => base.entity(id)?.kind === 'person');
}

/**
 * Does the quote name people by what they are, whom a deed may be done to ("warned residents not to send their
 * children…"), besides those the question names itself? Only in the plural: "a former policeman" is the doer.
 */
function toldToPeople(fact: Fact, query: Query): boolean {
	const asked = new Set(query.terms);
	return wordsOf(fact.quote).some((word) => {
		const one = singular(word);
		return one !== word && personNouns().has(one) && !asked.has(stem(word));
	});
}

/** Words that ask what a name is, whatever else the question has: "who is", "tell me about", "what kind of". */
export const aboutWords = new Set([
	'who',
	'what',
	'whats',
	'is',
	'are',
	'was',
	'were',
	'be',
	'the',
	'a',
	'an',
	'this',
	'that',
	'exactly',
	'really',
	'actually',
	'kind',
	'sort',
	'type',
	'of',
	'about',
	'tell',
	'me',
	'us',
	'more',
	'info',
	'on',
	'tf',
	'heck',
	'hell',
	'exactly',
]);

/**
 * Does the question ask what someone did, beyond what the name is? Its words besides the name's,
 * "who is" and vague nouns: "who gave the go-ahead for the force" has "gave", "go", "ahead".
 */
export function asksAnAction(
	frame: Frame,
	named: Entity,
	base: FactBase,
	typedName: ReadonlySet<string> = new Set(),
): boolean {
	// (A name misspelt counts as its own: "jimmy sergeir"; not a word of English it was matched through, "prisoner".)
	const nameWordsOf = nameWords(base, named);
	const names = {
		has: (word: string) => nameWordsOf.has(word) || (typedName.has(stem(word)) && !englishTags(word).length),
	};
	// "What did the prime minister do when the date came?": "do" after the name asks what was done, however vague
	// ("what does RNDDH do?" asks what it is).
	const nameAt = frame.rest.findIndex((word) => names.has(word));
	const doAt = frame.rest.findIndex((word, i) => i > nameAt && /^(?:do|doing|done)$/.test(word));
	if (nameAt >= 0 && doAt > nameAt && (frame.rest.slice(0, nameAt).includes('did') || doAt < frame.rest.length - 1))
		return true;
	// "Which countries will join Kenya?": the verb after "will" asks what someone will do, however common it is.
	const modal = frame.rest.findIndex((word) => modals.has(word));
	if (
		frame.kind === 'who' &&
		modal >= 0 &&
		!names.has(frame.rest[modal + 1] ?? '') &&
		!isFunctionWord(frame.rest[modal + 1] ?? '')
	)
		return true;
	// "What sort of organisation is the RNDDH that tallied the inmates?": a relative clause after the name only says
	// which one.
	const relative = frame.rest.findIndex(
		(word, i) => relativeOpeners.has(word) && frame.rest.slice(0, i).some((before) => names.has(before)),
	);
	return (relative < 0 ? frame.rest : frame.rest.slice(0, relative)).some(
		// French and Creole function words stay as typed once read ("c'est qui, le RNDDH ?").
		// Nor do words that say little of anything ("who even is RNDDH", "how is it described in the article").
		(word) =>
			!names.has(word) &&
			!aboutWords.has(word) &&
			!countryAdjectives(base).has(word) &&
			!isFunctionWord(word) &&
			!answerKindNoun(word) &&
			!vagueWords.has(word),
	);
}

/** Words that open a relative clause after a name. */
const relativeOpeners = new Set(['that', 'which', 'who', 'whom', 'qui', 'que', 'ki']);

/** A function word of any of the three languages: a question's words are read in all of them. */
export const isFunctionWord = (word: string): boolean =>
	stopwords.en.has(word) || stopwords.fr.has(word) || stopwords.ht.has(word);

/** Verbs that say what will or would be done. */
const modals = new Set(['will', 'would', 'could', 'can', 'should', 'might', 'may', 'shall']);

/**
 * Has the question no word besides its names and vague words? With the fact base, vague words
 * that a fact about everyone named says in its own sentence are asked all the same: "why did the
 * police unions call for help?" asks about the unions' call for help, though "call" and "help"
 * are each too common to say much alone.
 */
export function asksNothingOf(query: Query, base?: FactBase): boolean {
	// A role's words say what is asked of its holder: "did Kenya offer to lead the force" asks about the offer.
	const named = new Set(query.mentions.flatMap((mention) => (mention.role ? [] : mention.terms)));
	const vague = query.terms.filter((_, i) => !named.has(i) && query.vague.has(i));
	if (vague.length < query.terms.length - named.size) return false;
	return !base || vague.length === 0 || !toldOfTheNamed(vague, query, base);
}

/** Does one fact involving everyone the question names say every one of these terms in its own sentence? */
function toldOfTheNamed(terms: readonly string[], query: Query, base: FactBase): boolean {
	const named = query.mentions.map((mention) => mention.entities.map((entity) => entity.id));
	if (named.length === 0) return false;
	return base.facts.some((fact) => {
		const involved = base.entitiesOf(fact);
		if (!named.every((ids) => ids.some((id) => involved.includes(id)))) return false;
		const own = new Set([fact.answer, fact.quote].flatMap((text) => wordsOf(text).map(stem)));
		// ("Why did RNDDH say the prison had a problem?": a verb of saying asked is told by the fact's own, "warned".)
		const saying = [...own].some((word) => speechStems.has(word));
		// (Not one of naming: "why do they call Sergier 'Barbecue'?" asks why the name, which no warning tells.)
		return terms.every((term) => own.has(term) || (saying && speechStems.has(term) && !namingVerbStems.has(term)));
	});
}

/** Verbs of naming, as stems: "call", "name", "dub". */
const namingVerbStems: ReadonlySet<string> = new Set(['call', 'called', 'name', 'named', 'dub', 'dubbed'].map(stem));

/** Nouns for a name, as a question's English words: "what's his nickname", "sous quel surnom". */
export const namingNouns: ReadonlySet<string> = new Set([
	'name',
	'names',
	// (French, where a question's words stay as typed: "quels sont les noms des deux syndicats".)
	'nom',
	'noms',
	'named',
	'nickname',
	'nicknames',
	'alias',
	'aliases',
]);

/** "What are the names of…", "what is it called": a question for a proper name. */
export function asksNames(frame: Frame): boolean {
	// ("Poukisa yo rele Jimmy Sergier 'Barbecue'?": why one is called so asks a reason, not a name.)
	if (frame.kind === 'why') return false;
	// "What is the alliance actually called?": "called" last, not "what did the unions call for".
	// "What's the port called that the gunmen tried to take?": "called" before the clause that says which.
	const called = frame.rest.indexOf('called');
	// "…the gang boss who goes by a cookout nickname": a name in a clause about someone only says who.
	const relative = frame.rest.findIndex((word, i) => i > 0 && word === 'who');
	return (
		frame.rest.some(
			(word, i) =>
				namingNouns.has(word) &&
				(relative < 0 || i < relative) &&
				!describesPeople(frame.rest, i) &&
				// ("What targets have the gangs named?": "named" after its auxiliary and subject is mentioning them.)
				!(word === 'named' && frame.rest.slice(Math.max(0, i - 4), i).some((w) => /^(?:have|has|had)$/.test(w))),
		) ||
		frame.rest.at(-1) === 'called' ||
		// "The two unions are called what?", "les syndicats s'appellent comment ?": the name asked last.
		(frame.rest.at(-1) === 'what' && /^(?:called|named)$/.test(frame.rest.at(-2) ?? '')) ||
		// "How do they call him?", "what do ppl call her": calling someone, not calling for something.
		frame.rest.some((word, i) => /^calls?$/.test(word) && /^(?:him|her|them|it)$/.test(frame.rest[i + 1] ?? '')) ||
		(called > 0 && /^(?:that|which|who|where)$/.test(frame.rest[called + 1] ?? ''))
	);
}

/**
 * "Big-name crooks": a naming noun between an adjective and a noun for people says what kind they
 * are; it asks no name ("ki non prizonye yo", "what name prisoners", still does).
 */
function describesPeople(words: readonly string[], at: number): boolean {
	const [before, after] = [words[at - 1], words[at + 1]];
	return (
		before !== undefined &&
		after !== undefined &&
		englishTags(before).some((tag) => tag.startsWith('JJ')) &&
		personNouns().has(singular(after))
	);
}

/** Creole's markers of tense and aspect before a verb: "te" (past), "ap" (ongoing), "pral"/"va" (future). */
const tenseMarkers = new Set(['te', 't', 'ap', 'pral', 'va', 'konn']);

/** Words between "who" and what is done that say nothing of it: "who is", "who has been", "who even". */
export const auxiliaries = new Set([
	'is',
	'was',
	'are',
	'were',
	'be',
	'been',
	'being',
	'has',
	'have',
	'had',
	'did',
	'does',
	'do',
	'will',
	'would',
	'can',
	'could',
	'should',
	'even',
	'really',
	'actually',
	'first',
	'then',
]);

/**
 * Verbs whose object says what was done, by their stems: "put sanctions on", "make a statement",
 * "give the go-ahead", "slapped sanctions on", "issued a warning", "launched an attack".
 */
export const lightVerbs = new Set(
	[
		...['put', 'make', 'made', 'take', 'took', 'give', 'gave', 'get', 'got', 'do', 'did', 'have', 'had'],
		...['place', 'impose', 'slap', 'issue', 'launch', 'level', 'lay', 'laid', 'hand', 'carry', 'stage', 'mount'],
	].map(stem),
);

/**
 * "Who hasn't said a word about…", "who has commented on…": a who-question whose verb is one of
 * saying asks who spoke (or did not), which only a statement tells.
 */
export function asksWhoSpoke(frame: Frame): boolean {
	if (frame.kind !== 'who') return false;
	// (Kreyòl "kiyes ki poko…": the relative "ki" after the question word opens the rest.)
	let at = frame.rest[0] === 'ki' ? 1 : 0;
	const words = frame.rest;
	while (
		auxiliaries.has(words[at] ?? '') ||
		adverbsBeforeVerb.has(words[at] ?? '') ||
		/^\w{3,}ly$/.test(words[at] ?? '')
	)
		at++;
	// ("Who has not yet made any comment…": a light verb's noun of saying says it as the verb would; "do" may have been
	// passed as an auxiliary.)
	const light = lightVerbs.has(stem(words[at] ?? '')) ? at : lightVerbs.has(stem(words[at - 1] ?? '')) ? at - 1 : -1;
	if (at > 0 && light >= 0) {
		const noun = words
			.slice(light + 1)
			.findIndex((word) => !/^(?:a|an|any|the|some|no|single|official|public)$/.test(word));
		if (noun >= 0 && speechWords.has(words[light + 1 + noun] ?? '')) return true;
	}
	return at > 0 && speechWords.has(words[at] ?? '') && !(at === 1 && words[0] === 'ki');
}

/** Past participles not in -ed or -en: "who has said…", "who has told…". */
const irregularParticiples = new Set(
	'said told made done gone left led held kept sent paid met brought bought built caught fought sought taught thought stood won run come begun'.split(
		' ',
	),
);

/** Words between an auxiliary and its verb: "has so far not commented", "has already left". */
const adverbsBeforeVerb = new Set([
	'not',
	'so',
	'far',
	'yet',
	'already',
	'still',
	'ever',
	'never',
	'even',
	'just',
	'also',
	'since',
	'then',
]);

/** Words that make what follows a plan ("supposed to be leading"): they and "to be" ask no deed of their own. */
const plannedWords = new Set(['supposed', 'meant', 'expected', 'due', 'set', 'going', 'to', 'be', 'being']);

/**
 * The verb a question asks about, as the position of its term in the query: "who ordered…",
 * "when did Barbecue become…", "why did Kenya offer…". It is the first word after "who", or
 * after an auxiliary and the name it asks about; undefined where the question has none
 * ("who is…"), and for French and Creole word order.
 */
export function askedVerb(frame: Frame, query: Query, base: FactBase): number | undefined {
	if (frame.kind !== 'who' && frame.kind !== 'when' && frame.kind !== 'why') return undefined;
	const words = frame.rest;
	// ("If Henry resigns, who takes over?": a scene set before "who" is not what it asks.)
	let at = frame.kind === 'who' ? (frame.askedAt ?? 0) : 0;
	const first = at;
	// "When exactly was…": an adverb right after the question word says how precisely, not what.
	while (/^\w{3,}ly$/.test(words[at] ?? '') && at + 1 < words.length) at++;
	if (frame.kind !== 'who') {
		const named = query.mentions.flatMap((m) => m.entities.map((e) => nameWords(base, e)));
		const isName = (word: string) => named.some((names) => names.has(word));
		const start = at;
		if (!auxiliaries.has(words[at] ?? '')) {
			// "Kilè UN te sanksyone Barbecue?": in Creole the name comes first, then the tense marker and the verb.
			while (at < words.length && isName(words[at] ?? '')) at++;
			// "Could you tell me when Henry is going to leave?": an indirect question puts the auxiliary after the name.
			const indirect = at > start && auxiliaries.has(words[at] ?? '');
			if (at === start || (!tenseMarkers.has(words[at] ?? '') && !indirect)) return undefined;
			while (tenseMarkers.has(words[at] ?? '') || auxiliaries.has(words[at] ?? '') || words[at] === 'not') at++;
		} else {
			// when/why + auxiliary + the name asked about + verb
			while (auxiliaries.has(words[at] ?? '') || words[at] === 'not') at++;
			const name = at;
			while (at < words.length && (isName(words[at] ?? '') || words[at] === 'the')) at++;
			if (at === name) return undefined;
			// "why did the gang chief say…": a noun after the name is part of who is named; the verb follows.
			// (A word English does not know, with no verb's ending, is taken for a noun too: "the ex-cop warlord tell…".)
			// (One the lexicon has only in its other forms is a verb where those are: "sanction", as "sanctions", "sanctioned".)
			const noun = (word: string) =>
				neverAVerb(word) || (englishTags(word).length === 0 && !/(?:ed|ing)$/.test(word) && !hasVerbForms(word));
			while (at + 1 < words.length && noun(words[at] ?? '')) at++;
			// "When was the pact fixing the PM's exit date agreed?": after "was", a present participle describes the noun;
			// the verb asked is the past participle later on.
			const participle = words.findIndex(
				(word, i) => i > at && (/^\w{3,}ed$/.test(word) || irregularParticiples.has(word)),
			);
			if (/^(?:was|were|is|are)$/.test(words[start] ?? '') && /^\w{3,}ing$/.test(words[at] ?? '') && participle > at)
				at = participle;
		}
	} else if (modals.has(words[first] ?? '')) {
		// "Who will replace Henry?": after a modal, the bare verb is the deed asked.
		at = first + 1;
		while (adverbsBeforeVerb.has(words[at] ?? '')) at++;
	} else if (auxiliaries.has(words[first] ?? '')) {
		// "Who has so far not commented…": a participle after the auxiliary and its adverbs is the verb asked about;
		// "who is the president" asks no verb.
		while (auxiliaries.has(words[at] ?? '') || adverbsBeforeVerb.has(words[at] ?? '')) at++;
		// ("Who is funding the gangs?": a present participle the data does not know is the verb asked about too; "who is
		// the president" asks none.)
		const unknownIng = /^\w{3,}ing$/.test(words[at] ?? '') && query.unknown.includes(stem(words[at] ?? ''));
		if (!/^\w{3,}(?:ed|en)$/.test(words[at] ?? '') && !irregularParticiples.has(words[at] ?? '') && !unknownIng)
			return undefined;
	}
	// "who reportedly tried…", "when did he actually leave": an adverb says how, the verb follows it.
	while (/^\w{3,}ly$/.test(words[at] ?? '') && at + 1 < words.length) at++;
	// "…is going to leave office", "…gonna leave": the verb is the one that follows.
	if (words[at] === 'going' && words[at + 1] === 'to' && at + 2 < words.length) at += 2;
	else if (words[at] === 'gonna' && at + 1 < words.length) at++;
	// "Which country is supposed to be leading…": what was planned is the verb after the plan's words.
	while (plannedWords.has(words[at] ?? '') && at + 1 < words.length) at++;
	// "Which gang figure advised…": the noun says who is asked about; the verb in the past follows it.
	if (frame.kind === 'who' && /^\w{3,}ed$/.test(words[at + 1] ?? '') && !/ed$/.test(words[at] ?? '')) at++;
	// "Which country stepped forward to lead it?", "who moved to topple him": a verb that only leads into another
	// asks of the deed after its "to".
	const particle = leadingParticles.has(words[at + 1] ?? '') ? 1 : 0;
	const deed = words[at + 2 + particle] ?? '';
	// ("Who stepped forward offering to lead it?": the same, of the deed in its -ing form.)
	const offering = words[at + 1 + particle] ?? '';
	if (words[at + 1 + particle] === 'to' && englishTags(deed)[0] === 'VB' && query.terms.includes(stem(deed)))
		at += 2 + particle;
	else if (particle > 0 && /^\w{3,}ing$/.test(offering) && query.terms.includes(stem(offering))) at += 1 + particle;
	// ("Which country stepped forward and offered…": the same, of the deed joined to it; so where the first verb is one
	// the data does not know: "which country volunteered and offered…".)
	else if (
		offering === 'and' &&
		(particle > 0 || query.unknown.includes(stem(words[at] ?? ''))) &&
		query.terms.includes(stem(deed)) &&
		/^(?:VBD|VBN|VBZ|VB)$/.test(englishTags(deed)[0] ?? '')
	)
		at += 2 + particle;
	const word = words[at];
	if (!word || auxiliaries.has(word)) return undefined;
	// "Why did the gang boss tell families to keep their kids home?": the reason asked is for what was said.
	if (frame.kind === 'why' && speechWords.has(word) && at + 1 < words.length) return undefined;
	// ("Who takes over…": a phrasal verb the data has is one term, "take over"; the doer asked must be told doing it.)
	const phrasal =
		frame.kind === 'who'
			? query.terms.findIndex((term) => term.startsWith(`${stem(word)} `) && term.endsWith(` ${words[at + 1]}`))
			: -1;
	const position = phrasal >= 0 ? phrasal : query.terms.indexOf(stem(word));
	// "When did the U.S. put sanctions on him?": a light verb's noun says what was done.
	if (position >= 0 && phrasal < 0 && lightVerbs.has(stem(word))) {
		const noun = query.terms.indexOf(stem(words[at + 1] ?? ''));
		return noun >= 0 && !query.vague.has(noun) && !query.mentions.some((m) => m.terms.includes(noun))
			? noun
			: undefined;
	}
	if (position < 0 || query.mentions.some((m) => m.terms.includes(position)) || query.vague.has(position))
		return undefined;
	return position;
}

/** Particles after a verb before its "to": "stepped forward to", "stepped up to", "moved in to". */
const leadingParticles = new Set(['forward', 'up', 'in', 'out', 'on', 'back']);

/**
 * The attribute "what is the X of Y" or "who is Y's X" asks for ("the population of
 * Port-au-Prince", "Haiti's president"): a fact must have that word itself, not one loosely
 * related to it.
 */
export function askedAttribute(frame: Frame, query: Query): number | undefined {
	// "what is the population of…", and "who is the head of…" (the rest of a "who" question starts at its verb).
	const pattern =
		frame.kind === 'what'
			? /^what (?:(?:is|are|was|were) )?(?:the |a |an )?(\w+) (?:of|in|for) /
			: frame.kind === 'who'
				? // "who's the Kenyan commander in charge of…" reads without its "is".
					/^(?:(?:is|are|was|were) (?:the |a |an )?|(?:the |a |an ))(?:\w+ ){0,2}?(\w+) (?:of|in|for) /
				: undefined;
	// "who is Haiti's current president": the question ends on the attribute.
	const ending = frame.kind === 'who' ? /^(?:is|are|was|were) (?:the |a |an )?(?:\w+ ){0,2}?(\w+)$/ : undefined;
	const rest = frame.rest.join(' ');
	// "port-au-prince population??": a name and the one noun asked of it, with no question word.
	const terse =
		frame.kind === 'what' && frame.rest.length >= 2 && frame.rest.length <= 4 && !frame.rest.includes('what')
			? /(\w+)$/.exec(rest)
			: null;
	const match = pattern?.exec(rest) ?? ending?.exec(rest) ?? possessed(frame, query) ?? terse;
	if (!match?.[1]) return undefined;
	const position = query.terms.indexOf(stem(match[1]));
	// ("What is the name of…": a vague word, which the answer need not have.)
	if (position < 0 || query.vague.has(position) || query.mentions.some((m) => m.terms.includes(position)))
		return undefined;
	return position;
}

/**
 * "What was Ariel Henry's profession…": the noun right after the name a "what" question opens on,
 * as a match of `askedAttribute`'s patterns (the noun at 1).
 */
function possessed(frame: Frame, query: Query): [string, string] | undefined {
	if (frame.kind !== 'what' || !/^what (?:is|are|was|were) /.test(frame.rest.join(' '))) return undefined;
	// "What was the vote breakdown when…": of two nouns, the second is what is asked of the first.
	const compound =
		/^what (?:is|are|was|were) the (\w+) (\w+)(?: (?:when|that|which|if|after|before|during|in|on|at)\b|$)/.exec(
			frame.rest.join(' '),
		);
	const [, modifier, head] = compound ?? [];
	const isNoun = (word: string | undefined) => englishTags(word ?? '')[0] === 'NN';
	if (modifier && head && isNoun(modifier) && isNoun(head)) return [head, head];
	for (const mention of query.mentions) {
		const last = query.terms[Math.max(...mention.terms)];
		const at = frame.rest.findIndex(
			(word, i) => i > 2 && stem(frame.rest[i - 1] ?? '') === last && /^\p{L}+$/u.test(word),
		);
		if (at < 0) continue;
		// The head of the noun phrase after the name: "Barbecue's day job", "Henry's official exit date".
		let end = at;
		while (/^(?:NN|JJ)/.test(englishTags(frame.rest[end + 1] ?? '')[0] ?? '')) end++;
		const noun = frame.rest[end];
		// ("Kenya's position on the force", "the government's response to the attack": a stance on something is told
		// by what they said or did.)
		if (/^(?:on|about|to|towards?|regarding|over|concerning)$/.test(frame.rest[end + 1] ?? '')) continue;
		if (noun && englishTags(noun)[0]?.startsWith('NN')) return [noun, noun];
	}
	return undefined;
}

/** A query of the main clause's terms only, its mentions and marks renumbered to match. */
export function mainQuery(query: Query): Query {
	const kept = query.terms.map((_, i) => i).filter((i) => !query.secondary.has(i));
	const position = new Map(kept.map((old, i) => [old, i]));
	const renumber = (positions: Iterable<number>) =>
		[...positions].flatMap((i) => (position.has(i) ? [position.get(i) as number] : []));
	return {
		...query,
		terms: kept.map((i) => query.terms[i] as string),
		vague: new Set(renumber(query.vague)),
		secondary: new Set(),
		asideOnly: undefined,
		mentions: query.mentions
			.map((mention) => ({ ...mention, terms: renumber(mention.terms) }))
			.filter((mention) => mention.terms.length > 0),
	};
}

/** The other facts told in the same sentence of the report as this one. */
export function sameSentence(base: FactBase, fact: Fact): Fact[] {
	const paragraph = base.report(fact.report)?.paragraphs[fact.paragraph - 1] ?? '';
	const sentences = paragraph.split(/(?<=[.!?…][”"’]?)\s+(?=[A-Z“"])/);
	const sentence = sentences.find((text) => text.includes(fact.quote.normalize('NFC').slice(0, 40)));
	if (!sentence) return [];
	return base.facts.filter(
		(other) =>
			other !== fact &&
			other.report === fact.report &&
			other.paragraph === fact.paragraph &&
			sentence.includes(other.quote.normalize('NFC').slice(0, 40)),
	);
}

/**
 * "Did the government say anything…": with a verb of speech and a named speaker, that
 * speaker's own statements (and the figures it reported) come first.
 */
export function speakerBoost(frame: Frame, query: Query): (fact: Fact) => number {
	// "AyiboPost reported it. Whose sources actually said that?": asked who said it, a named source is the doubt.
	if (frame.kind === 'whoSaid' || !frame.rest.some((word) => speechWords.has(word)) || query.mentions.length === 0)
		return () => 1;
	const named = new Set(query.mentions.flatMap((mention) => mention.entities.map((entity) => entity.id)));
	return (fact) =>
		(fact.kind === 'statement' && (named.has(fact.speaker) || (fact.outlet !== undefined && named.has(fact.outlet)))) ||
		(fact.kind === 'figure' && fact.reportedBy !== null && named.has(fact.reportedBy))
			? 2
			: 1;
}

/**
 * "How many inmates are there now?" is not "inmates released by gang members": a figure whose
 * measure says more than its unit answers a count only where the question asks that more, in a
 * word the fact has (its keywords count: "escaped" for the release).
 */
function qualifierAsked(fact: FigureFact, query: Query, base: FactBase, index: SearchIndex): boolean {
	const unit = new Set(termsOf(fact.unit));
	if (termsOf(fact.metric).every((term) => unit.has(term))) return true;
	const named = new Set(query.mentions.flatMap((mention) => mention.terms));
	return query.terms.some(
		(term, i) => !named.has(i) && !query.vague.has(i) && !unit.has(term) && inOwnWords(fact, term, index, base),
	);
}

/**
 * Does the question ask about the time of asking, in its own clause? "…years before the current
 * crisis" asks about then: "current" only says which crisis.
 */
export function asksNow(frame: Frame): boolean {
	const clause = frame.rest.findIndex((word, i) => i > 0 && clauseOpeners.has(word));
	return (clause < 0 ? frame.rest : frame.rest.slice(0, clause)).some((word) => presentWords.has(word));
}

/** Words that ask about the time of asking, as a question's words have them once read. */
export const presentWords = new Set([
	'current',
	'currently',
	'now',
	'today',
	'nowadays',
	'presently',
	'still',
	'remain',
	'remaining',
	'anymore',
	'actuel',
	'actuelle',
	'actuellement',
	'encore',
	'kounye',
	'toujou',
]);

/** Does the fact tell who someone is or what they lead, as of its report (not as of a year before)? */
export function holdsNow(fact: Fact, base: FactBase): boolean {
	const date = whenOf(fact)?.date;
	const published = base.report(fact.report)?.published;
	if (date && published && date.slice(0, 4) < published.slice(0, 4)) return false;
	if (fact.kind === 'leadership') return true;
	const kind = fact.kind === 'detail' ? base.entity(fact.subject)?.kind : undefined;
	return kind === 'person' || kind === 'organisation' || kind === 'coalition';
}

/** Titles only a person holds, as "who" questions name them (in English, as questions are read). */
export const personTitles = new Set([
	'president',
	'prime minister',
	'premier',
	'minister',
	'pm',
	'mayor',
	'senator',
	'ambassador',
	'commander',
	'general',
	'king',
	'queen',
	'chief executive',
	'spokesman',
	'spokeswoman',
	'spokesperson',
]);

/** Does a "who" question name a title only a person holds ("who was Haiti's president…")? */
export function asksTitle(frame: Frame): boolean {
	return frame.rest.some(
		(word, i) =>
			(personTitles.has(word) || personTitles.has(`${word} ${frame.rest[i + 1]}`)) &&
			!objectOfPreposition(frame.rest, i) &&
			!objectOfVerb(frame.rest, i),
	);
}

/** "Who murdered the president?": a title after a verb other than "be" is whom it was done to, not a post asked. */
function objectOfVerb(words: readonly string[], at: number): boolean {
	const before = words[determiners.has(words[at - 1] ?? '') ? at - 2 : at - 1] ?? '';
	return (
		!/^(?:is|was|are|were|be|been|being|became|become|becomes|remains|remained|'s)$/.test(before) &&
		/^(?:VBD|VBN|VBZ|VBP|VB)$/.test(englishTags(before)[0] ?? '')
	);
}

/** "…linked to the killing of the president": a title after a preposition (and its determiner) names whom a deed was done to. */
function objectOfPreposition(words: readonly string[], at: number): boolean {
	const before = determiners.has(words[at - 1] ?? '') ? at - 2 : at - 1;
	return prepositions.has(words[before] ?? '');
}

const determiners = new Set(['the', 'a', 'an', 'our', 'their', 'its', 'his', 'her', 'haiti']);

/** A date that starts a state that still holds: "in power from 2021", "since 2019", "depuis 2021". */
export const sinceWords = /^(?:since|from|in power from|in office from|depuis|depi)\b/i;

/** A part of the day a date may give: "Saturday night", "early morning". */
const partOfDay = /\b(?:night|morning|evening|afternoon|dawn|dusk|overnight|midday)\b/i;

/** A time of day in a date's words: "10 p.m.", "22:30", "21h", "noon". */
export const clockTime =
	/\b\d{1,2}(?::\d\d)?\s*(?:a\.?m\b|p\.?m\b|h\d{0,2}\b)|\b\d{1,2}:\d\d\b|\bo['’]clock\b|\bnoon\b|\bmidnight\b/i;

/** Is a figure as of its report's own year (so it tells how many there are now)? */
export function countsNow(fact: Fact, base: FactBase): boolean {
	const date = fact.kind === 'figure' ? fact.asOf?.date : undefined;
	const published = base.report(fact.report)?.published;
	return !date || !published || date.slice(0, 4) >= published.slice(0, 4);
}

/** Does the report's own wording of a date give its day of the month ("July 7, 2021", "February 7")? */
function datedInWords(when: When | undefined): boolean {
	return valuesIn(when?.words ?? '').some((value) => value.kind === 'date' && value.day !== undefined);
}

/** Is a date told to the day: a full date, or the report's words naming a day of the month or of the week? */
export function toTheDay(when: When | undefined): boolean {
	if (!when) return false;
	if (when.date && precisionOf(when.date) === 'day') return true;
	// A weekday near the report's date is one day too: "the day before Friday", "Saturday night".
	return valuesIn(when.words).some(
		(value) => value.kind === 'date' && (value.day !== undefined || value.weekday !== undefined),
	);
}

/**
 * The years a question asks about: those after its last question word, where it names any there
 * ("homicides doubled in 2023, but what was the number in 2022?" asks about 2022), else every
 * year it names.
 */
function askedYears(frame: Frame, query: Query): string[] {
	const at = frame.rest.map((word) => whichWords.includes(word)).lastIndexOf(true);
	const asked = at < 0 ? [] : query.years.filter((year) => frame.rest.slice(at + 1).includes(year));
	return asked.length > 0 ? asked : query.years;
}

/**
 * Is a year asked as a bound ("before 2023", "b4 2023", "avant 2023", "after 2021"), not as the time itself? A
 * figure of that year is then not of the time asked.
 */
function beforeOrAfter(words: readonly string[], year: string): boolean {
	const at = words.indexOf(year);
	return at > 0 && /^(?:before|b4|prior|until|till|after|since|avant|apres|anvan|apre)$/.test(words[at - 1] ?? '');
}

/** Frames that ask a population itself: how many, what it is, whether it is so. */
const populationFrames: ReadonlySet<Frame['kind']> = new Set(['count', 'what', 'yesNo']);

/** A word of a time: "…population in February 2023", "…in early 2023". */
const timeWord = (word: string) => /^(?:\d+|early|late|mid)$/.test(word) || isCalendarWord(word);

/**
 * Whose population a question asks: "the population of the country", "Haiti's population", "the
 * prison population". Undefined where it asks none, or does not say whose.
 *
 * @example
 * populationAsked(['what', 'the', 'population', 'of', 'the', 'country']); // 'country'
 */
export function populationAsked(words: readonly string[]): string | undefined {
	const at = words.indexOf('population');
	if (at < 0) return undefined;
	const after =
		words[at + 1] === 'of' || words[at + 1] === 'in'
			? words.slice(at + 2).find((word) => !stopwords.en.has(word))
			: undefined;
	const before = words[at - 1];
	// ("…population in February 2023": a time, not a place.)
	const place = after && !timeWord(after) ? after : undefined;
	return place ?? (before && !stopwords.en.has(before) && !timeWord(before) ? before : undefined);
}

/** A count of people in general, in a place named, of a figure about something inside it that is not named. */
function countedAround(frame: Frame, fact: Fact, query: Query, base: FactBase): boolean {
	if (frame.counted.length === 0 || !frame.counted.every(isGenericCount)) return false;
	const named = query.mentions.flatMap((mention) => mention.entities);
	const [subject] = fact.about;
	if (!subject || named.some((entity) => entity.id === subject)) return false;
	// (Only a place left: "fled Port-au-Prince", "kite Potoprens"; "locked up in the capital" may well be its prison.)
	const left = frame.rest.some((word, i) => leaving.test(word) && i < frame.rest.length - 1);
	return (
		left &&
		named.some(
			(entity) => (entity.kind === 'place' || entity.kind === 'country') && base.within(subject).includes(entity.id),
		)
	);
}

/** Verbs of leaving a place, and "from", as a question's English words. */
const leaving =
	/^(?:fled|flee|fleeing|flees|left|leave|leaving|leaves|from|abandoned|deserted|evacuated|displaced|quit)$/;

/** Does the fact give what the frame asks for? */
export function fitsFrame(frame: Frame, fact: Fact, query: Query, base: FactBase, index: SearchIndex): boolean {
	// A figure is about its subject: "the population of Haiti" is not a prison's population.
	// Except where the question only places it: "the lockup in Port-au-Prince" is a prison there.
	if (fact.kind === 'figure' && query.mentions.length > 0) {
		const involved = base.entitiesOf(fact);
		const within = involved.flatMap((id) => base.within(id));
		const about = query.mentions.some((mention) =>
			mention.entities.some(
				(entity) => involved.includes(entity.id) || (within.includes(entity.id) && placed(frame.rest, entity)),
			),
		);
		if (!about) return false;
	}
	// "What's the population of the country?": a population is of the place asked, which the figure must count or be about.
	// (Only where the population itself is asked: "what share of its inmate population had a place" asks a share.)
	const whose = fact.kind === 'figure' && populationFrames.has(frame.kind) ? populationAsked(frame.rest) : undefined;
	if (fact.kind === 'figure' && whose && !measures(fact, [whose], index)) {
		const involved = base.entitiesOf(fact);
		if (!index.matchEntities(whose).some((match) => involved.includes(match.entity.id))) return false;
	}
	// "Did kidnappings go up in 2023?": a change the report states is of its own measure, which must be what rose.
	if (fact.kind === 'figure' && fact.estimate && !measures(fact, changedNouns(frame.rest), index)) return false;
	// "What kind of people are locked up there?" asks what they are, not how many.
	if (fact.kind === 'figure' && asksWhatKind(frame)) return false;
	// "Haiti's second-biggest prison" is not the largest: a rank the fact does not give is not its subject.
	if (!ranksMatch(frame, fact)) return false;
	// "How many inmates in 2017?": a figure as of another year is not the one asked for.
	const years = askedYears(frame, query);
	if (fact.kind === 'figure' && years.length > 0 && fact.asOf?.date) {
		const year = fact.asOf.date.slice(0, 4);
		if (!years.some((asked) => asked.startsWith(year) && !beforeOrAfter(frame.rest, asked))) return false;
	}
	switch (frame.kind) {
		case 'when':
			// "When did Barbecue quit the police force?": a date of something that does not involve the one the
			// question is about (named right after its verb) is not theirs.
			if (!involvesSubject(fact, frame, query, base)) return false;
			// "When was Barbecue sanctioned?": a sentence that names the sanctions in passing is dated for something else.
			if (toldInPassing(fact, query)) return false;
			// "It remains unclear when…" answers "when": that nobody knows yet is what the report says.
			// (Not the time of day of what has happened: "at what hour did the attack start that Saturday?")
			if (unclearWhen.test(fact.quote)) return !(frame.timeOfDay && askedOfThePast(frame));
			// "On what exact day…": a fact the report dates only to a month, a year or a weekday does not tell it.
			if (frame.exactDay && !toTheDay(whenOf(fact))) return false;
			// "What was the exact date of the Saturday siege?": "Saturday night" is when, not the date; the date worked
			// out from the report's own is not the report's.
			if (frame.calendarDate && !datedInWords(whenOf(fact))) return false;
			// "Since when has Henry been PM?": only a date the report gives as a start ("in power from 2021").
			// ("Since what year has RNDDH been saying the prison has a problem?": what was said is dated when it was said.)
			if (frame.since && !sinceWords.test(whenOf(fact)?.words ?? '') && fact.kind !== 'statement') return false;
			// "What day of the week was Moïse killed?": a date the report gives without its weekday does not tell it.
			if (frame.weekday && !weekdayNamed.test(whenOf(fact)?.words ?? '')) return false;
			// "What time did the attack begin?": a date without a time of day does not tell it.
			// "What time did the gangs roll up on the prison?": "Saturday night" gives the part of the day, as near as it says.
			if (frame.timeOfDay && !clockTime.test(whenOf(fact)?.words ?? '') && !partOfDay.test(whenOf(fact)?.words ?? ''))
				return false;
			// ("What time on Saturday did the siege start, like 10pm?": the day the asker already has is no time of it.)
			if (frame.timeOfDay && !clockTime.test(whenOf(fact)?.words ?? '') && dayAlreadyGiven(frame, fact)) return false;
			// "When will…" asks about what is still to come: a past event's date does not answer it.
			return whenOf(fact) !== undefined && !(asksFuture(frame) && !/\bwill\b/i.test(fact.quote));
		case 'count':
			// "How many people fled Port-au-Prince?": people counted in a place the question names, where the figure is of
			// something in it the question does not name (the prison's inmates), are not that figure's.
			if (fact.kind === 'figure' && countedAround(frame, fact, query, base)) return false;
			// "How many escaped from the prison of 3,687?": a number the question gives is not what it asks for.
			if (fact.kind === 'figure' && fact.value !== null && frame.rest.includes(String(fact.value))) return false;
			// "How many inmates are still inside?" asks about now: a count from a year before the report is not it.
			if (fact.kind === 'figure' && asksNow(frame) && !countsNow(fact, base)) return false;
			// "How much of Haiti do gangs control?": a part told in words ("a large part") answers, as a share would.
			if (frame.extent && fact.kind !== 'figure') return extentWords.test(fact.quote);
			// "How many inmates is it designed for?" asks for its places: a capacity counts what it is for.
			// Only the capacity, unless the question sets it against something else ("…vs what it's built for").
			// (The capacity itself, not a figure worked out against it: "2,987 more inmates than places".)
			if (
				fact.kind === 'figure' &&
				asksCapacity(frame) &&
				/capacity/i.test(fact.metric) &&
				// ("How many over capacity": the figure worked out against it, not the capacity itself.)
				(asksBeyond(frame) ? fact.derivation?.op === 'difference' : !fact.derivation)
			)
				return true;
			if (fact.kind === 'figure' && asksCapacity(frame) && !frame.rest.some((word) => comparing.has(word)))
				return false;
			return fact.kind === 'figure' && measures(fact, frame.counted, index) && qualifierAsked(fact, query, base, index);
		case 'difference':
			return fact.kind === 'figure' && measures(fact, frame.counted, index);
		case 'ratio':
			// "By what percentage did the inmates exceed the capacity?": how many more is no share of it.
			// ("How many inmates for each place, according to RNDDH?": a count the rate is worked out from is no rate.)
			return (
				fact.kind === 'figure' &&
				(fact.derivation
					? fact.derivation.op !== 'difference'
					: fact.value === null || /%|rate|\bper\b/.test(fact.unit))
			);
		case 'why':
			return givesReason(fact, query, undefined, index);
		case 'whoSaid': {
			// "The name of the journalist who reported…": only a fact credited to a person names one.
			if (frame.rest.some((word) => personRoleNouns.has(word)))
				return creditedTo(fact, base).some((entity) => entity.kind === 'person');
			// "Which news outlet reported…": only a fact credited to one of that kind says who.
			if (frame.answerKinds) return creditedTo(fact, base).some((entity) => frame.answerKinds?.includes(entity.kind));
			return (
				fact.kind === 'statement' || (fact.kind === 'figure' && fact.reportedBy !== null) || fact.kind === 'leadership'
			);
		}
		case 'who': {
			// "Who is the current president?" asks who holds a post now: a leadership, or what someone is, as of the
			// report; not whoever an event or a statement names, least of all one from years before.
			// So does "who is the president?": a title asked of in the present tense.
			// ("Who's threatening Henri's gov rn" asks who is doing something now, which a statement of this week tells.)
			// (Not one a clause in the past says which: "who is the president who got killed?".)
			const pastClause = /\b(?:who|that)\s+(?:got|was|were|had|\w+ed)\b/.test(frame.rest.join(' '));
			if ((asksNow(frame) || frame.rest[0] === 'is') && asksTitle(frame) && !pastClause && !holdsNow(fact, base))
				return false;
			// "Who is the premier?" asks who holds the role: a fact that involves its holder answers, no other
			// does; "who was prime minister before Henry?" asks for another holder than the one named.
			// ("Whose government did the head of the alliance vow to topple?" asks whose, of what the holder did.)
			if (query.mentions.some((mention) => mention.role) && !frame.whose) {
				const named = namedOutright(query);
				const holders = query.mentions
					.filter((m) => m.role)
					.flatMap((m) => m.entities.map((entity) => entity.id))
					.filter((id) => !named.has(id));
				return base.entitiesOf(fact).some((id) => holders.includes(id));
			}
			// "What kind of people are among the inmates…?": what the report says the group is tells what kind they are.
			if (frame.kindNoun === 'people' && describesGroup.test(fact.quote)) return true;
			// "Who is the guy in charge of the pen?": whoever a fact says leads or runs it, not anyone it names.
			if (asksWhoRuns(frame) && fact.kind !== 'leadership' && !leadsInQuote.test(fact.quote)) return false;
			// "Which political party…": only one of the kind asked answers, and the data may have none.
			if (frame.answerKinds) {
				const asked = frame.answerKinds.filter((kind): kind is Entity['kind'] => kind !== 'other');
				// ("What gang runs Haiti?": a government is an organisation, but no gang.)
				return namesSomeoneElse(fact, query, base, asked) && calledAsAsked(frame.kindNoun, fact, query, base);
			}
			// "Who was Haiti's president before Moïse?": a title is a person's; a group the fact names is no answer.
			// ("Who is the journalist at Gazette Haiti who broke the news…?": so is a person asked by what they are.)
			if (asksTitle(frame) || personAskedAs(frame)) return namesSomeoneElse(fact, query, base, ['person']);
			// "Who was Henry supposed to hand power to?": whom a plan of the one named was for, someone the fact names
			// besides them.
			if (plannedObject(frame)) return namesOtherThanTheirOwn(fact, query, base);
			// "Who did Barbecue tell not to send their kids to school?": whom the one named spoke to or acted on is in
			// the fact that tells what they did.
			if (asksObject(frame, query))
				return involvesPeopleNamed(fact, query, base) && (namesPerson(fact, base) || toldToPeople(fact, query));
			// "Who leads Kenya?" asks who leads the one named: that it leads something else does not tell it.
			if (fact.kind === 'leadership' && leaderIsAskedAbout(frame, query, fact)) return false;
			// "Who's locked up in there?": a fact that says what a group is ("inmates, many of them notorious
			// criminals", "among the inmates are…") tells who they are, naming no one.
			if (describesGroup.test(fact.quote) && !asksAnAgent(frame)) return true;
			// "Who is held in the prison?": a count of them names only who counted, which is not asked unless counting is.
			if (fact.kind === 'figure' && !frame.rest.some((word) => countingVerb.test(word))) return false;
			// "Who sanctioned Barbecue, the UN or the US?": the ones offered are the answer's to name, not someone else.
			if (offersAlternatives(frame, query, fact, base, index)) return true;
			// A country answers "who" as an actor (Kenya offered to lead), not as where something happened.
			return (
				namesSomeoneElse(
					fact,
					query,
					base,
					[
						'person',
						'organisation',
						'coalition',
						'media',
						...(fact.kind === 'leadership' || fact.kind === 'statement' || fact.kind === 'figure'
							? (['country'] as const)
							: []),
					],
					frame.rest,
				) || countryAsAgent(fact, query, base)
			);
		}
		case 'where':
			// "Where was Henry when…" asks where that person was: a fact that does not involve him does not tell it.
			if (!involvesPeopleNamed(fact, query, base)) return false;
			// "Where did the escaped prisoners go?" asks where they went: a fact that tells no going does not tell it,
			// however it places what they left.
			if (destinationAsked(frame) && !wordsOf(fact.quote).some((word) => movement.test(word))) return false;
			// "In which neighbourhood is the prison?": a part of a place, which a fact that names only the city does not
			// tell.
			if (!tellsAreaAsked(frame, fact)) return false;
			// "Where are the people who killed the president now?" asks where people are: an event tells where something
			// happened, not where anyone is now.
			if (fact.kind === 'event' && peopleAskedNow(frame)) return false;
			// "Where was Moïse killed?": a place the fact only concerns ("President of Haiti") is not where it
			// happened to him. (Where gunmen tried to take over is what they tried to take: "the main port".)
			// "Where will the gangs attack next?": "more police stations" is where, as near as the report says.
			// ("Which neighborhoods…" asks for parts of a place: a prison or a country named is none.)
			return (
				(namesSomeoneElse(
					fact,
					query,
					base,
					areaNouns.has(frame.kindNoun ?? '') ? ['place'] : ['place', 'country', 'prison'],
				) ||
					// ("Ki lòt kote gang yo menase atake?": other places asked, "more police stations" are some.)
					((asksFuture(frame) || frame.rest.some((word) => word === 'other' || word === 'else')) &&
						namesKindOfPlace(fact)) ||
					(asksRegion(frame) && regionNamed.test(fact.quote))) &&
				(!namesPerson(fact, base) || !asksOfPerson(query) || namesPlace(fact, query, base))
			);
		default:
			return true;
	}
}

/** "Where are the escaped inmates now?": people asked of in the present ("are", "now"), by a noun for people. */
function peopleAskedNow(frame: Frame): boolean {
	const present = frame.rest[0] === 'are' || frame.rest.includes('now');
	return present && frame.rest.some((word) => personNouns().has(singular(word)) || word === 'people');
}

/** Verbs of going somewhere, as a where-question asks them ("where did they go", "where did the inmates flee to"). */
const goingTo =
	/^(?:go|goes|going|gone|went|head|heads|headed|heading|flee|flees|fled|fleeing|run|runs|ran|hide|hid|hiding|hidden|end|ended|move|moved|relocate|relocated|taken|sent|transferred)$/;

/** Words of a quote that tell a going. */
const movement =
	/^(?:go|goes|going|gone|went|headed|heading|fled|fleeing|ran|hid|hiding|moved|relocated|taken|sent|transferred|displaced)$/;

/**
 * Does a where-question ask where someone or something went, with its verb last ("…go?", "…flee to?")? (Not
 * "escaped", which asks where from.)
 */
export function destinationAsked(frame: Frame): boolean {
	const words = frame.rest.filter((word) => !/^(?:to|off|away|after|then|next|now)$/.test(word));
	return goingTo.test(words.at(-1) ?? '');
}

/** Does the fact tell the part of a place asked for, where one is ("in which neighbourhood…")? Always, where none is. */
export function tellsAreaAsked(frame: Frame, fact: Fact): boolean {
	return !areaNouns.has(frame.kindNoun ?? '') || areaInQuote.test(fact.quote);
}

/** A part of a place named in a quote: "in neighborhoods", "the district of…". */
const areaInQuote =
	/\b(?:neighbou?rhoods?|districts?|areas?|zones?|suburbs?|quarters?|communes?|streets?|quartiers?|katye)\b/i;

/** Nouns for a part of a place, which a country or a prison is not. */
export const areaNouns = new Set([
	'neighborhood',
	'neighbourhood',
	'district',
	'area',
	'zone',
	'suburb',
	'quarter',
	'commune',
	'street',
	'quartier',
	'katye',
]);

/**
 * Does a who-question offer the answers to choose from ("…, the UN or the US?", "…, un or us or
 * both") and the fact involve one of them? The ones offered are the names after the first, and
 * those on either side of "or".
 */
function offersAlternatives(frame: Frame, query: Query, fact: Fact, base: FactBase, index: SearchIndex): boolean {
	if (!frame.rest.some((word) => alternativeJoiners.has(word))) return false;
	const [, ...after] = [...query.mentions].sort((a, b) => Math.min(...a.terms) - Math.min(...b.terms));
	const offered = new Set([
		...after.flatMap((mention) => mention.entities.map((entity) => entity.id)),
		...offeredAround(frame, index),
	]);
	return base.entitiesOf(fact).some((id) => offered.has(id));
}

const alternativeJoiners = new Set(['or', 'ou', 'oswa']);

/**
 * The ones a question offers to choose from on either side of "or": "who tried to seize the port,
 * gangs or protesters?" names the gangs as an answer it may get, not as who is asked about.
 *
 * @example
 * offeredAround(readFrame(readText('who took the port, the gangs or the police?')), index); // Set { 'gangs', 'haitian-police', … }
 */
export function offeredAround(frame: Frame, index: SearchIndex): ReadonlySet<string> {
	// (Read once a frame: every candidate fact is fitted against the same question.)
	const kept = offeredOf.get(frame);
	if (kept) return kept;
	const words = frame.rest;
	const offered = new Set<string>();
	for (const [at, word] of words.entries()) {
		if (!alternativeJoiners.has(word)) continue;
		const before = words.slice(Math.max(0, at - 2), at).filter((one) => !articles.has(one));
		const after = words.slice(at + 1, at + 3).filter((one) => !articles.has(one));
		for (const side of [before.slice(-1), after.slice(0, 1)])
			for (const { entity } of index.matchEntities(side.join(' '))) offered.add(entity.id);
	}
	offeredOf.set(frame, offered);
	return offered;
}

const offeredOf = new WeakMap<Frame, ReadonlySet<string>>();

const articles = new Set(['the', 'a', 'an', 'le', 'la', 'les', 'l', 'yo', 'lan']);

/** A day of the week, named in the three languages. */
const weekdayNamed =
	/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lendi|madi|mekredi|jedi|vandredi|samdi|dimanch)\b/i;

/** "When will…", "when is it going to…", "when is it gonna…": a question about what is still to come. */
function asksFuture(frame: Frame): boolean {
	const rest = frame.rest.join(' ');
	return /\b(?:will|going to|gonna|next|is due|are due|is expected to|are expected to)\b/.test(rest);
}

/**
 * "Who did X tell…", "who does X blame…", "to whom did X address…", "X warned who…": the one named
 * does it, and who it was done to is asked.
 */
export function asksObject(frame: Frame, query: Query, kinds: readonly Entity['kind'][] = ['person']): boolean {
	const doers = query.mentions.filter((mention) => mention.entities.some((entity) => kinds.includes(entity.kind)));
	const names = (word: string | undefined) =>
		doers.some((mention) => mention.terms.some((i) => query.terms[i] === stem(word ?? '')));
	// "barbecue warn who to keep kids out school?": "who" after a subject and its verb, not an agent's "by".
	const askedAt = frame.askedAt ?? 0;
	if (frame.kind === 'who' && askedAt >= 2 && !agentBefore.test(frame.rest[askedAt - 1] ?? ''))
		return names(frame.rest[0]) && !names(frame.rest[askedAt - 1]);
	// "To whom did Sergier address his warning?": the preposition the object goes with, first.
	const opened = objectPrepositions.test(frame.rest[0] ?? '') ? frame.rest.slice(1) : frame.rest;
	// ("Who exactly did Barbecue tell…": an adverb says how precisely, not what.)
	const rest = /^\w{3,}ly$/.test(opened[0] ?? '') ? opened.slice(1) : opened;
	if (!['did', 'does', 'do', 'will', 'would'].includes(rest[0] ?? '')) return false;
	const at = rest.findIndex((word, i) => i > 0 && !['the', 'a', 'an'].includes(word));
	return names(rest[at]);
}

/** Prepositions an object asked with "whom" may open with: "to whom", "with whom", "against whom". */
const objectPrepositions = /^(?:to|with|for|at|against|from|on)$/;
/** A preposition that says the one asked did it ("led by who", "dirigée par qui"), or a copula ("rnddh is who"). */
const agentBefore = /^(?:by|par|pa|is|was|are|were|be|been|est|etait|se)$/;

/** Does the fact name someone besides those the question names and the groups they lead? */
function namesOtherThanTheirOwn(fact: Fact, query: Query, base: FactBase): boolean {
	const named = namedOutright(query);
	const theirs = new Set(
		base.facts.flatMap((other) =>
			other.kind === 'leadership' && other.leader !== null && named.has(other.leader) ? [other.coalition] : [],
		),
	);
	return base.entitiesOf(fact).some((id) => {
		const kind = base.entity(id)?.kind;
		return !named.has(id) && !theirs.has(id) && (kind === 'person' || kind === 'organisation' || kind === 'coalition');
	});
}

/**
 * "Who was Henry supposed to hand power to?", "who is the force meant to help?": a copula, a subject, a plan and its
 * verb, ending on the preposition or verb whose object "who" asks.
 */
function plannedObject(frame: Frame): boolean {
	const [first, , ...rest] = frame.rest;
	if (!first || !/^(?:was|were|is|are)$/.test(first)) return false;
	const plan = rest.findIndex(
		(word, i) => /^(?:supposed|meant|expected|due|going|set|scheduled)$/.test(word) && rest[i + 1] === 'to',
	);
	return plan >= 0 && plan <= 2;
}

/** Does the question name a person? */
function asksOfPerson(query: Query): boolean {
	return query.mentions.some((mention) => mention.entities.some((entity) => entity.kind === 'person'));
}

/** "In what part of the world…", "which region…": where, as a region the data need not know as a place. */
function asksRegion(frame: Frame): boolean {
	const asked = `${frame.kindNoun ?? ''} ${frame.rest.join(' ')}`;
	// ("…the poorest country in where", "peyi ki pi pov nan ki zon": where a superlative holds asks its region.)
	return /\b(?:world|region|hemisphere|continent)\b/.test(asked) || frame.rest.some(superlative);
}

/** "largest", "poorest", "happiest": a superlative, by the tagger's word list or by the adjective it is built on. */
function superlative(word: string): boolean {
	if (englishTags(word).includes('JJS')) return true;
	const base = /^(\p{L}{2,}?)(?:(\p{L})\2est|iest|est)$/u.exec(word);
	if (!base?.[1]) return false;
	const stems = [base[1], `${base[1]}${base[2] ?? ''}`, `${base[1]}y`, `${base[1]}e`];
	return stems.some((stem) => englishTags(stem).includes('JJ'));
}
/** A region named in a fact's words: "in the Western Hemisphere", "in the Caribbean". */
const regionNamed = /\bin the (?:\p{Lu}\p{L}+\s)*(?:Hemisphere|Caribbean|Americas|world|region)\b/u;

/** Does the fact's quote name a kind of place ("police stations", "neighborhoods") rather than a place? */
export function namesKindOfPlace(fact: Fact): boolean {
	return wordsOf(fact.quote).some((word) => placeNouns.has(singular(word)));
}

/** The nouns for a kind of place, as kinds.json has them. */
const placeNouns: ReadonlySet<string> = new Set(kinds.place);

/**
 * Does the fact's own text put something in a place the question does not name: the place after
 * "in", "at", "to"… ("in the capital Port-au-Prince")? "Among the Pénitencier National's inmates" says who, not where.
 */
function namesPlace(fact: Fact, query: Query, base: FactBase): boolean {
	const named = new Set(query.mentions.flatMap((mention) => mention.entities.map((entity) => entity.id)));
	const inMention = new Set(query.mentions.flatMap((mention) => mention.terms));
	const asked = new Set(query.terms.filter((_, i) => !inMention.has(i) && !query.vague.has(i)));
	const texts = [fact.answer, fact.quote].map(wordsOf);
	return base.entitiesOf(fact).some((id) => {
		const entity = base.entity(id);
		if (!entity || named.has(id) || !['place', 'country', 'prison'].includes(entity.kind)) return false;
		return [entity.name, ...entity.aliases].some((name) =>
			texts.some((words) => placedIn(words, wordsOf(name), asked)),
		);
	});
}

/** How near the place must be to what the question asks happened there, in words. */
const placeReach = 6;

/**
 * Is the name in the words, a place word at most three words before it, and what is asked of it
 * nearby ("the crisis deepened in Haiti" does not say where the assassination was)?
 */
function placedIn(words: readonly string[], name: readonly string[], asked: ReadonlySet<string>): boolean {
	if (name.length === 0) return false;
	for (let at = 0; at + name.length <= words.length; at++) {
		if (!name.every((word, i) => words[at + i] === word)) continue;
		if (!words.slice(Math.max(0, at - 3), at).some((word) => placeWords.has(word))) continue;
		const near = words.slice(Math.max(0, at - placeReach), at + name.length + placeReach).map(stem);
		if (asked.size === 0 || near.some((word) => asked.has(word))) return true;
	}
	return false;
}

export const locatives = new Set(['in', 'at', 'inside', 'near', 'dans', 'a', 'en', 'nan', 'lan']);

/** Words that put what follows as a place: "in", "at", "to", "from"… */
const placeWords: ReadonlySet<string> = new Set([
	...locatives,
	'from',
	'into',
	'outside',
	'to',
	'across',
	'throughout',
	'au',
]);

/** Is the entity named after "in" or "at" ("the lockup in Port-au-Prince"): where, not what, is asked about? */
export function placed(words: readonly string[], entity: Entity): boolean {
	return [entity.name, ...entity.aliases].some((alias) => {
		const aliasWords = wordsOf(alias);
		for (let at = 1; at + aliasWords.length <= words.length; at++) {
			if (aliasWords.every((word, i) => words[at + i] === word) && locatives.has(words[at - 1] as string)) return true;
		}
		return false;
	});
}

/**
 * Is the verb told only in a relative clause of the quote ("Sergier, who has been sanctioned by
 * the U.N., warned…")? Then the quote's date is its main verb's, not this one's.
 */
export function onlyInRelativeClause(fact: Fact, verbTerm: string, base: FactBase): boolean {
	const words = quoteWords(base, fact);
	const at = words.flatMap((word, i) => (stem(word) === verbTerm ? [i] : []));
	if (at.length === 0) return false;
	// ("…on February 7 under a deal struck in December 2022": a participle right after an article and its noun is a
	// relative clause with its pronoun left out.)
	const reduced = (i: number) =>
		/^(?:a|an|the)$/.test(words[i - 2] ?? '') &&
		englishTags(words[i - 1] ?? '')[0]?.startsWith('NN') === true &&
		englishTags(words[i] ?? '').includes('VBN');
	return at.every((i) => {
		const before = words.slice(Math.max(0, i - 4), i);
		return before.some((word) => relativePronouns.has(word)) || reduced(i);
	});
}

export const relativePronouns = new Set(['who', 'which', 'whom', 'whose']);

/** Is a word the lexicon does not list a verb in the forms it does list ("sanction": "sanctions", "sanctioned")? */
function hasVerbForms(word: string): boolean {
	return [`${word}s`, `${word}es`, `${word}ed`, `${word}d`].some((form) =>
		englishTags(form).some((tag) => tag.startsWith('VB')),
	);
}

/** Each fact's quote as words, by fact base: read the first time a question asks it, then kept. */
const keptQuoteWords = keptPer<FactBase, Fact, readonly string[]>();

function quoteWords(base: FactBase, fact: Fact): readonly string[] {
	return keptQuoteWords(base, fact, () => wordsOf(fact.quote));
}

/** The entities a question names by name, not by a role they hold. */
export function namedOutright(query: Query): Set<string> {
	return new Set(
		query.mentions.filter((mention) => !mention.role).flatMap((mention) => mention.entities.map((entity) => entity.id)),
	);
}

/**
 * The fact involves a person or group of these kinds that the question did not name itself. Given the question's
 * words, one it calls by the title the fact gives them is named too: "who murdered the president?" names President
 * Moïse, so the fact of his assassination names no one else.
 */
export function namesSomeoneElse(
	fact: Fact,
	query: Query,
	base: FactBase,
	kinds: Entity['kind'][],
	asked: readonly string[] = [],
): boolean {
	const named = namedOutright(query);
	const titled = (id: string) => {
		const entity = base.entity(id);
		if (entity?.kind !== 'person') return false;
		const answer = fold(fact.answer);
		return asked.some(
			(word) =>
				personTitles.has(word) &&
				[entity.name, ...entity.aliases].some((name) => answer.includes(`${word} ${fold(name)}`)),
		);
	};
	return base
		.entitiesOf(fact)
		.some((id) => !named.has(id) && kinds.includes(base.entity(id)?.kind ?? 'place') && !titled(id));
}

/** Kind nouns narrower than the kind of entity they ask for: "gang", "union", "council". */
const calledByNouns: ReadonlySet<string> = new Set(kinds.$calledBy);

/**
 * Does the fact call what it names by the kind noun asked, where that noun is narrower than an
 * entity kind: in its own words ("gangland leader") or by a name of one it names besides those
 * asked about ("gangs")?
 */
function calledAsAsked(noun: string | undefined, fact: Fact, query: Query, base: FactBase): boolean {
	if (!noun || !calledByNouns.has(noun)) return true;
	const wanted = termsOf(noun);
	const calls = (text: string) => wanted.every((term) => termsOf(text).some((word) => word.startsWith(term)));
	if (calls(fact.quote)) return true;
	const named = namedOutright(query);
	return base.entitiesOf(fact).some((id) => {
		const entity = base.entity(id);
		return entity !== undefined && !named.has(id) && [entity.name, ...entity.aliases].some(calls);
	});
}

/**
 * Does the fact name a country besides those asked about as the one that did something, after "by" ("sanctioned
 * by the U.N. and the U.S.")?
 */
function countryAsAgent(fact: Fact, query: Query, base: FactBase): boolean {
	const named = namedOutright(query);
	return base.entitiesOf(fact).some((id) => {
		const entity = base.entity(id);
		if (entity?.kind !== 'country' || named.has(id)) return false;
		return [entity.name, ...entity.aliases].some((name) =>
			new RegExp(
				`\\bby\\s+(?:the\\s+)?(?:[\\p{L}.]+\\s+and\\s+(?:the\\s+)?)?${escapeRegExp(name)}(?![\\p{L}])`,
				'iu',
			).test(fact.quote),
		);
	});
}

/** Who a fact credits: a statement's speaker and outlet, a figure's source. */
export function creditedTo(fact: Fact, base: FactBase): Entity[] {
	const ids = fact.kind === 'statement' ? [fact.speaker, fact.outlet] : fact.kind === 'figure' ? [fact.reportedBy] : [];
	return ids.flatMap((id) => (id ? (base.entity(id) ?? []) : []));
}

/** Reason markers that also only tell time ("since 2021", "after the assassination"). */
export const temporalMarkers = new Set(['since', 'after', 'amid', 'following']);

/** Does the fact give a cause or purpose outright ("arguing that", "for fear of"), not only a time? */
export function statesCause(fact: Fact): boolean {
	return [fact.answer, fact.quote].some((text) => {
		const words = wordsOf(text);
		return words.some((word, i) => {
			const marker = reasonMarkers.match(words, i);
			return marker !== undefined && !(marker.length === 1 && temporalMarkers.has(word));
		});
	});
}

/**
 * Does the fact give a reason, and (with a question) a reason for what is asked: some word of
 * the question must come before the reason in the fact's words ("stayed on, arguing that…"),
 * so "sanctioned" in a clause after "after" is not explained by what follows it.
 */
export function givesReason(fact: Fact, query?: Query, verb?: number, index?: SearchIndex): boolean {
	const keywords = fact.keywords.flatMap((keyword) => wordsOf(keyword).map(stem));
	return [fact.answer, fact.quote].some((text) => {
		const words = wordsOf(text);
		const markers = words.flatMap((_, i) => (reasonMarkers.match(words, i) ? [i] : []));
		if (markers.length === 0) return false;
		if (!query) return true;
		// What the fact is about (its keywords) and the words before a reason are what the reason explains.
		const explained = new Set([...keywords, ...words.slice(0, markers.at(-1)).map(stem)]);
		// A word asked is explained by itself or by the data's word for it: "didn't they run" by "reluctant to escape".
		// Relations are looked up both ways: the data's word lists the asker's ("escape" has "run") or the other way.
		const related = (one: string, other: string) =>
			index !== undefined &&
			(index.matchTerm(one).some((match) => match.term === other) ||
				index.matchTerm(other).some((match) => match.term === one));
		// A verb of saying asked is told by the fact's own: "why is he telling people…" of "warned residents…".
		const saying = (term: string) => speechStems.has(term) && [...explained].some((word) => speechStems.has(word));
		const explains = (term: string) =>
			explained.has(term) || [...explained].some((word) => related(term, word)) || saying(term);
		// With the verb asked about ("why did Kenya offer…"), the reason must be for that.
		if (verb !== undefined) return explains(query.terms[verb] ?? '');
		return query.terms.some((term, i) => !query.mentions.some((m) => m.terms.includes(i)) && explains(term));
	});
}

/** A fact saying that when something happens is not known. */
export const unclearWhen = /\b(?:unclear|not clear|uncertain|unknown|not known)\s+when\b/i;

/** Words that mark a reason in a fact: "arguing that", "for fear of". */
export const reasonMarkers = new PhraseTable(reasons.markers.map((marker): [string, true] => [marker, true]));

/** Verbs of saying, as words and as stems. */
export const speechWords = new Set(speech.speech);
export const speechStems = new Set(speech.speech.map(stem));

/** Verbs of saying told in several words: "sounded the alarm". */
export const speechPhrases = speech.speech.filter((phrase) => phrase.includes(' '));

/** Does the question say something was said in a phrase of several words ("who sounded the alarm…")? */
export function saysInPhrase(frame: Frame): boolean {
	const text = ` ${frame.rest.join(' ')} `;
	return speechPhrases.some((phrase) => text.includes(` ${phrase} `));
}

/** Words that ask who leads something. */
export const leadWords: ReadonlySet<string> = new Set([
	'lead',
	'leads',
	'leader',
	'leading',
	'led',
	'head',
	'heads',
	'headed',
	'heading',
	'chief',
	'boss',
	'runs',
	'run',
	'running',
	'charge',
	'command',
	'commands',
	'commanding',
	'commanded',
	'top',
	'dog',
	'kingpin',
]);

/** "Who leads / runs / heads …?": the question asks who leads what it names. */
export function asksWhoLeads(frame: Frame): boolean {
	// "…sanctions on the ex-cop who runs the gangs": a relative clause only says whom the question is about.
	const relative = frame.rest.findIndex(
		(word, i) => i > 0 && (word === 'who' || word === 'that' || word === 'which' || word === 'ki' || word === 'qui'),
	);
	const main = relative < 0 ? frame.rest : frame.rest.slice(0, relative);
	// "Which two bodies…" asks for bodies, not for a leader.
	if (frame.answerKinds && !frame.answerKinds.includes('person')) return false;
	return main.some((word) => leadWords.has(word));
}

/** Is the fact's leader named after a word for leading ("who leads Kenya"), so it is who is led that is asked about? */
function leaderIsAskedAbout(frame: Frame, query: Query, fact: Fact & { kind: 'leadership' }): boolean {
	const lead = frame.rest.findIndex((word) => leadWords.has(word));
	if (lead < 0 || !fact.leader) return false;
	const leader = query.mentions.find((mention) => mention.entities.some((entity) => entity.id === fact.leader));
	const at = leader ? frame.rest.findIndex((word) => spellsMention(query, leader, word)) : -1;
	return at > lead;
}

/**
 * "Did kidnappings in Haiti go up…", "comment a évolué le nombre d'homicides": in a question that
 * states a change (as the message check reads one), its other words, one of which says what
 * changed (before the verb in English, after it in French); none, where it states no change.
 */
function changedNouns(rest: readonly string[]): string[] {
	const text = rest.join(' ');
	const change = new RegExp(changePattern.source, 'iu').exec(text);
	if (!change) return [];
	const others = `${text.slice(0, change.index)} ${text.slice(change.index + change[0].length)}`;
	return others.split(' ').filter((word) => !stopwords.en.has(word) && !/^\d+$/.test(word) && word.length > 2);
}

/** Verbs of counting or giving a figure: "who counted the inmates", "who put out the homicide data". */
const countingVerb =
	/^(?:count|counts|counted|counting|tally|tallied|tallies|reported|reports|report|gave|give|gives|compiled|compile|published|estimated|recorded|found|put|provided|provides|released|numbers|figures|data|stats|statistics|source|sources)$/;

/**
 * A quote that says what some of a group are or do: "inmates, many of them notorious criminals", "among the
 * inmates are…", "some of the prisoners were reluctant…".
 */
export const describesGroup =
	/\b(?:many|some|most|several) of (?:them|the \p{L}+s)\b|\bamong (?:the |its |their )?[\p{L}’']+(?: \p{L}+)? (?:are|were)\b/iu;

/** "Who ordered…", "who killed…": a deed's doer is asked, whom a description of a group does not name. */
function asksAnAgent(frame: Frame): boolean {
	const [first] = frame.rest.filter((word) => !auxiliaries.has(word));
	// ("Who is the guy in charge of the pen?" asks who runs it, not who is held there.)
	if (asksWhoRuns(frame)) return true;
	return first !== undefined && /..ed$/.test(first) && !heldWords.has(first);
}

/** "Who is in charge of…", "the warden of…": who runs something is asked. */
function asksWhoRuns(frame: Frame): boolean {
	return frame.rest.some((word, i) => inChargeWords.has(word) || (word === 'charge' && frame.rest[i - 1] === 'in'));
}

/** A quote that says who leads or runs something. */
const leadsInQuote =
	/\b(?:lead|leads|led|leader|head|heads|headed|run|runs|ran|in charge|chief|commander|in power|in office)\b/i;

/** Words for whoever runs something. */
const inChargeWords = new Set(['head', 'leader', 'chief', 'boss', 'director', 'warden', 'commander', 'governor']);

/** Words that say someone is held: being so is what a group's description tells. */
const heldWords = new Set(['locked', 'jailed', 'imprisoned', 'detained', 'held', 'incarcerated', 'housed', 'kept']);

/**
 * Nouns for a person who works, reports or speaks for something ("the Gazette Haiti journalist
 * who reported…", "the name of its spokesperson"): the name asked is theirs, not its.
 */
export const personRoleNouns: ReadonlySet<string> = new Set(
	[
		'journalist',
		'reporter',
		'correspondent',
		'editor',
		'spokesperson',
		'spokesman',
		'spokeswoman',
		'founder',
		'director',
		'official',
		'author',
		'writer',
		'journaliste',
		'jounalis',
	].flatMap((noun) => [noun, `${noun}s`]),
);

/**
 * Does the fact have one of the words the question asks with (not a name) only in its quote, and
 * not in what it tells (its answer and keywords)? Its quote then names that in passing, as "a
 * former policeman who has been sanctioned…" does in the sentence about the gunfire.
 */
export function toldInPassing(fact: Fact, query: Query): boolean {
	const quoted = new Set(termsOf(fact.quote));
	const told = toldWords(fact);
	return askedWords(query).some((term) => quoted.has(term) && !told.has(sameWordKey(term)));
}

/** Does the fact tell, in its answer or keywords, one of the words the question asks with (not a name)? */
export function tellsAsked(fact: Fact, query: Query): boolean {
	const told = toldWords(fact);
	return askedWords(query).some((term) => told.has(sameWordKey(term)));
}

/** Does the fact tell one of the words the question asks with that the other does not tell? */
export function tellsMoreAsked(fact: Fact, other: Fact, query: Query): boolean {
	const told = toldWords(fact);
	const toldByOther = toldWords(other);
	return askedWords(query).some((term) => told.has(sameWordKey(term)) && !toldByOther.has(sameWordKey(term)));
}

/** The question's words that are neither names, nor vague, nor in a clause. */
function askedWords(query: Query): string[] {
	const named = new Set(query.mentions.flatMap((mention) => mention.terms));
	return query.terms.filter((_, i) => !named.has(i) && !query.vague.has(i) && !query.secondary.has(i));
}

/** What a fact tells, as keys of its words: told in another form counts ("deployment", "deploying"). Once a fact. */
function toldWords(fact: Fact): ReadonlySet<string> {
	let told = toldByFact.get(fact);
	if (!told) {
		told = new Set(termsOf(`${fact.answer} ${fact.keywords.join(' ')}`).map(sameWordKey));
		toldByFact.set(fact, told);
	}
	return told;
}

const toldByFact = new WeakMap<Fact, ReadonlySet<string>>();

/** Enough of a word's first letters to tell it from others, not its endings. */
const sameWordKey = (term: string) => term.slice(0, 5);

/**
 * Is the mention all the question says, its other words vague ("when is the force showing up?")? Then a fact that
 * does not involve the one named, whatever words it shares ("force out"), is not about it.
 */
function namedOnly(mention: Mention, query: Query): boolean {
	return query.terms.every((_, i) => mention.terms.includes(i) || query.vague.has(i));
}

/** Does the fact involve the person a question names as its subject, right after "did", "was", "has"? */
function involvesSubject(fact: Fact, frame: Frame, query: Query, base: FactBase): boolean {
	const opening = frame.rest.slice(1, 3).map(stem);
	const subjects = query.mentions
		.filter((mention) => mention.terms.some((i) => opening.includes(query.terms[i] ?? '')))
		.flatMap((mention) => mention.entities.filter((entity) => entity.kind === 'person' || namedOnly(mention, query)));
	if (subjects.length === 0) return true;
	const involved = base.entitiesOf(fact);
	// "When did the gang leader announce the plan?": what a coalition does, its leader's "the head of an alliance…".
	const leaders = leadersOf(base);
	const led = involved.flatMap((id) => leaders.get(id) ?? []);
	return subjects.some((person) => involved.includes(person.id) || led.includes(person.id));
}

const keptLeaders = keptPer<FactBase, 'leaders', ReadonlyMap<string, readonly string[]>>();

/** Each coalition's leaders, as the leadership facts give them: found once per fact base, not for every fact checked. */
function leadersOf(base: FactBase): ReadonlyMap<string, readonly string[]> {
	return keptLeaders(base, 'leaders', () => {
		const leaders = new Map<string, string[]>();
		for (const fact of base.facts) {
			if (fact.kind !== 'leadership' || !fact.leader) continue;
			leaders.set(fact.coalition, [...(leaders.get(fact.coalition) ?? []), fact.leader]);
		}
		return leaders;
	});
}

/** "When did…", "when was…": a question about what has happened. */
export function askedOfThePast(frame: Frame): boolean {
	// ("…the attack start that Saturday?": a day pointed back to is past, however the verb is typed.)
	return frame.rest.some(
		(word, i) =>
			word === 'did' ||
			word === 'was' ||
			word === 'were' ||
			word === 'had' ||
			(/^(?:that|last)$/.test(word) && weekdays.test(frame.rest[i + 1] ?? '')),
	);
}

const weekdays = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning|evening|day)$/;

/** The verbs after which a participle is what is done to the subject: "been recaptured", "were arrested". */
const passiveHelpers = new Set(['been', 'be', 'being', 'was', 'were', 'is', 'are', 'get', 'got', 'gotten', 'getting']);

/**
 * Does a question ask of its subject a deed that the fact does not tell at all: "have any of the escaped prisoners
 * been recaptured yet?" against the prisoners who would not escape? The participle after "been" or "were", last of
 * the question's words of content, is what is asked; the subject's words alone ("escaped prisoners") answer nothing.
 *
 * @example
 * passiveDeedUntold(query, ['have', 'any', 'escaped', 'prisoners', 'been', 'recaptured', 'yet'], top); // true
 */
export function passiveDeedUntold(query: Query, rest: readonly string[], { matched }: Ranked): boolean {
	const content = rest.flatMap((word, i) => (stopwords.en.has(word) || vagueWords.has(word) ? [] : [i]));
	const last = content.at(-1);
	if (last === undefined || last === content[0]) return false;
	const word = rest[last] ?? '';
	// (A participle the tagger lacks, "recaptured", has the regular ending.)
	const participle = englishTags(word).includes('VBN') || /^\p{L}{4,}ed$/u.test(word);
	if (!participle || !rest.slice(0, last).some((before) => passiveHelpers.has(before))) return false;
	// ("…worse after moise was killed?", "…the prison that was attacked?": a clause that says when, or which one, asks
	// no deed of the question's subject.)
	if (rest.slice(0, last).some((before) => clauseOpeners.has(before) || relativeOpeners.has(before))) return false;
	const at = query.terms.indexOf(stem(word));
	return at >= 0 && !query.vague.has(at) && (matched & (1 << at)) === 0;
}
