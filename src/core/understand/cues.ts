/** What a question's words ask for beyond its frame, and how they weigh the facts that may answer it. */
import type { Entity, Fact } from '../../data/schema.js';
import { changePattern } from '../claims/changes.js';
import type { FactBase } from '../fact-base.js';
import kinds from '../language/lexicon/kinds.json' with { type: 'json' };
import lists from '../language/lexicon/lists.json' with { type: 'json' };
import { stopwords } from '../language/lexicon.js';
import { whenOf } from '../when.js';
import { askedOfThePast, asksCapacity, givesReason, unclearWhen } from './fits.js';
import type { Frame } from './frame.js';
import { completesAnother, countedKinds, singular, whichWords } from './kinds.js';
import { answerOptions } from './options.js';
import { negations } from './polarity.js';
import type { Query } from './query.js';

/** Facts of the kind a frame asks for rank higher: dated ones for "when", figures for "how many"… */
export function boostFor(frame: Frame): (fact: Fact) => number {
	const { frameBoost } = answerOptions;
	switch (frame.kind) {
		case 'when':
			// "It remains unclear when…" answers a when-question about what is to come as much as a date does.
			// "Has a date been set for…" is answered first by what the report says is not yet known.
			return (fact) =>
				unclearWhen.test(fact.quote) && frame.scheduled
					? frameBoost * 2
					: whenOf(fact) || (unclearWhen.test(fact.quote) && !askedOfThePast(frame))
						? frameBoost
						: 1;
		case 'count': {
			// "How many persons can the jail receive?": what a place is built to hold is a capacity, whose words the
			// question need not have.
			const capacity = asksCapacity(frame);
			return (fact) =>
				fact.kind === 'figure' && !fact.derivation
					? capacity && /capacity/i.test(fact.metric)
						? frameBoost * 2
						: frameBoost
					: 1;
		}
		case 'ratio':
			return (fact) => (fact.kind === 'figure' && fact.derivation?.op === 'percent' ? frameBoost * 2 : 1);
		case 'difference':
			return (fact) => (fact.kind === 'figure' && fact.derivation?.op === 'difference' ? frameBoost * 2 : 1);
		case 'whoSaid':
			return (fact) => (fact.kind === 'statement' || (fact.kind === 'figure' && fact.reportedBy) ? frameBoost : 1);
		case 'who':
			return (fact) => (fact.kind === 'leadership' || fact.kind === 'statement' ? 1.2 : 1);
		case 'where':
			return (fact) => (fact.kind === 'detail' ? 1.3 : 1);
		case 'why': {
			// ("Why did some prisoners not even try to run?": a reason for not doing it is one the fact tells of a deed
			// held back from, by fear or reluctance, rather than of another's deed.)
			const notDone = frame.rest.some((word) => negations.has(word));
			return (fact) => (givesReason(fact) ? frameBoost : 1) * (notDone && heldBack.test(fact.quote) ? frameBoost : 1);
		}
		case 'yesNo':
			return (fact) => (fact.kind === 'figure' && fact.derivation ? 1.2 : 1);
		default:
			return () => 1;
	}
}

/** A deed held back from: "reluctant to", "refused to", "for fear of", "afraid to". */
export const heldBack = /\b(?:reluctant|unwilling|refus\w*|declin\w*|hesitat\w*|afraid|fear\w*|scared)\b/i;

/** How many bits are set: how many of a query's terms a fact has. */
export function bitsSet(bits: number): number {
	let count = 0;
	for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
	return count;
}

/**
 * "Since the sanctions on the gang leader are mentioned, who imposed them?": the names are all in
 * a clause before the question, which asks something else of them.
 */
export function leadingClauseOnly(query: Query): boolean {
	const named = query.mentions.flatMap((mention) => mention.terms);
	return named.length > 0 && named.every((i) => query.secondary.has(i));
}

/**
 * "Which news agency…": a fact that calls its source by the very noun asked ("Reuters news agency
 * sources said…") is the more likely answer than one that calls it a news website.
 */
export function kindNounBoost(frame: Frame): (fact: Fact) => number {
	const noun = frame.kindNoun;
	if (!noun?.includes(' ')) return () => 1;
	const pattern = new RegExp(`\\b${noun.replace(/ /g, '\\s+')}`, 'i');
	return (fact) => (pattern.test(fact.quote) ? answerOptions.frameBoost : 1);
}

/**
 * Words that ask for a figure to the unit: "exactly how many", "the exact count", "the absolute number", "le nombre
 * exact", "egzakteman" (folded).
 */
export const exactAsked =
	/\b(?:exact|exacts|exacte|exactes|exactly|exactement|precise|precisely|precis|precisement|egzak|egzakteman|absolute|actual\s+(?:number|count|figure|total)|raw\s+(?:number|count))\b/;

/** Words that ask how a number changed, not what it was: "how many more", "went up by how much", "what became of". */
const changeWords =
	/^(?:more|fewer|less|rise|rises|rose|risen|rising|increase[sd]?|increasing|grow|grew|grown|growing|up|jump(?:ed)?|chang\w*|doubl\w*|tripl\w*|compared|than|by|plus|happen\w*|became|become|evol\w*|trend\w*|went|gone|go|augment\w*|hausse|ogmante|monte)$/;

/**
 * Do the words ask how a number changed ("how many more", "what became of the number of homicides", "comment a
 * évolué"), not what it was?
 *
 * @example
 * asksHowChanged(['homicides', 'went', 'up', 'by', 'how', 'much']); // true
 */
export function asksHowChanged(words: readonly string[]): boolean {
	return words.some((word) => changeWords.test(word));
}

/** Words that ask how something changed: "up or down", "rising or falling", "en hausse ou en baisse". */
const changeAsked =
	/\b(?:up or down|down or up|going up|going down|go up|go down|rising|falling|increas\w*|decreas\w*|more or less|worse or better|better or worse|trend\w*|changed?|en hausse|en baisse|augment\w*|diminu\w*|monte|desann|ogmante)\b/;

/**
 * "Are murders going up or down?": a fact that tells a change ("more than doubled") answers it
 * before one that only shares its words ("Moïse was assassinated").
 */
export function changeBoost(frame: Frame): (fact: Fact) => number {
	if (!changeAsked.test(frame.rest.join(' '))) return () => 1;
	const tellsChange = new RegExp(changePattern.source, 'iu');
	return (fact) => (tellsChange.test(fact.answer) ? answerOptions.frameBoost : answerOptions.frameBoost ** -2);
}

/** The kind of place a "which prison…", "what city…" question asks for. */
export function placeAsked(frame: Frame): 'prison' | 'place' | undefined {
	const [which, noun] = frame.rest;
	if (!which || !noun || !whichWords.includes(which)) return undefined;
	return placeKindOf(noun);
}

/** The kind of place a noun names: "prisons" → prison, "city" → place. */
function placeKindOf(noun: string): 'prison' | 'place' | undefined {
	if (kinds.prison.includes(singular(noun))) return 'prison';
	return kinds.place.includes(singular(noun)) ? 'place' : undefined;
}

/** Nouns for a place of any kind, which ask for no one kind of place: "facility", "site", "target". */
const anyKindOfPlace: ReadonlySet<string> = new Set([
	'facility',
	'site',
	'target',
	'installation',
	'building',
	'infrastructure',
]);

/** Words before "other" that ask for more of a kind: "which other", "any other", "were other prisons hit?". */
const otherOpeners = new Set([
	...whichWords,
	'any',
	'some',
	'were',
	'was',
	'are',
	'is',
	'have',
	'has',
	'had',
	'did',
	'there',
	'gen',
	'genyen',
]);
/** Words that set one aside to ask for the rest: "besides Kenya", "except the UN". */
const setAside: ReadonlySet<string> = new Set(['besides', 'except', 'excluding', 'apart', 'aside']);

/**
 * "Which other prison…", "what other country…", "which countries besides Kenya…": the kind of
 * one asked for besides those the question names.
 */
export function otherAsked(frame: Frame): Entity['kind'] | undefined {
	const words = frame.rest;
	// "Which other prisons…", "any other…", "other prisons hit?", "another…".
	const other = words.findIndex(
		// ("The names of the other gang leaders": "the other" after what asks, too.)
		(word, i) =>
			(word === 'other' &&
				(i === 0 ||
					otherOpeners.has(words[i - 1] ?? '') ||
					(/^(?:the|name|names)$/.test(words[i - 1] ?? '') &&
						words.slice(0, i - 1).some((before) => otherOpeners.has(before))))) ||
			word === 'another' ||
			// ("La deuxième prison qui s'est fait attaquer…": a second one of a kind is another; not "second largest".)
			(word === 'second' && !/^(?:largest|biggest|most|time|half)$/.test(words[i + 1] ?? '')),
	);
	// "Which countries besides Kenya…", "what groups apart from the UN…": the kind noun after the question word.
	const besides = setsAside(frame) ? (whichWords.includes(words[0] ?? '') ? 0 : -1) : -1;
	const at = other >= 0 ? other : besides;
	if (at < 0) return undefined;
	// ("Any other detention facilities…": a kind named in two words is that kind, though "facility" alone is any.)
	const [first, second] = frame.rest.slice(at + 1, at + 3);
	const named = first && second ? placeKindOf(`${first} ${singular(second)}`) : undefined;
	if (named) return named;
	// The kind noun may follow a word that qualifies it: "which other gang leaders".
	for (const word of frame.rest.slice(at + 1, at + 3)) {
		// "What other facility did gunmen try to grab?": a facility may be a port as well as a prison.
		if (anyKindOfPlace.has(singular(word))) return undefined;
		const [kind, ...more] = countedKinds(word);
		const found = placeKindOf(word) ?? (more.length === 0 ? kind : undefined);
		if (found) return found;
	}
	return undefined;
}

/** Kinds of entity that do things a list may ask for. */
export const actorKinds: ReadonlySet<Entity['kind']> = new Set(['organisation', 'coalition', 'person', 'country']);

/** Words for a part of a whole before "of": "what share of the inmates". */
export const shareWords = new Set([
	'share',
	'percent',
	'percentage',
	'proportion',
	'fraction',
	'part',
	'pourcentage',
	'part',
	'pousantaj',
]);

/** Words of a list of dates that are no topic of it. */
export const dateWords = new Set([
	...lists.dates,
	'mention',
	'mentions',
	'mentioned',
	'report',
	'article',
	'gives',
	'connected',
	'related',
]);

/** "More or less than…", "over or under…": a question that asks which of the two. */
export const eitherWay =
	/\b(?:more or (?:less|fewer)|(?:less|fewer) or more|over or under|under or over|above or below|below or above|higher or lower|lower or higher|bigger or smaller|smaller or bigger)\b/;

/** Words that ask whether something has happened by now: "has it landed yet", "already in Haiti". */
export const statusAsked = /\b(?:yet|already|so far|by now|encore|deja|toujou|poko|pa ko)\b/;

/**
 * "Is the force deployed yet?": a fact that says it remains unclear when it will happen tells
 * where things stand, before one that tells an earlier step ("the UN approved it last October").
 */
export function statusBoost(frame: Frame): (fact: Fact) => number {
	if (!statusAsked.test(frame.rest.join(' '))) return () => 1;
	return (fact) => (unclearWhen.test(fact.quote) ? answerOptions.frameBoost * 2 : 1);
}

/** Words that put what is asked in the future: "where will they attack", "what would they hit", Creole "pral". */
const futureWords = new Set(['will', 'would', 'gonna', 'going', 'next', 'pral', 'va', 'vont']);
/** A fact that tells of what is to come: a threat, a vow, a plan. */
export const toCome =
	/\b(?:threaten(?:ed|s)?|vow(?:ed|s)?|will|would|plan(?:ned|s)?|promis(?:ed|es)?|warn(?:ed|s)?)\b/i;

/**
 * "Where did the gangs say they would attack?": what is to come is told by a threat or a plan,
 * not by what was done.
 */
export function futureBoost(frame: Frame): (fact: Fact) => number {
	if (!frame.rest.some((word) => futureWords.has(word))) return () => 1;
	return (fact) => (toCome.test(fact.quote) ? answerOptions.frameBoost : 1);
}

/** "How full was…", "how overcrowded is…": how much of a quality, which a figure measures. */
const degree =
	/^how (?!many|much|long|come|often|old|far|so|about|did|does|do|is|was|are|were)\w+ (?:is|was|are|were|has|had|did|does)\b/;

/** Does the question ask how far a quality goes ("how full was the jail?"), not what or who? */
export function degreeAsked(frame: Frame): boolean {
	return frame.kind === 'what' && degree.test(frame.rest.join(' '));
}

/** "How overcrowded was the prison?" is answered by the figure that measures it before a warning that names it. */
export function degreeBoost(frame: Frame): (fact: Fact) => number {
	if (!degreeAsked(frame)) return () => 1;
	return (fact) => (fact.kind === 'figure' && fact.derivation ? answerOptions.frameBoost ** 2 : 1);
}

/** Words for kinds of source besides the media, as a pattern: "orgs", "groups", "NGOs", "bodies". */
export const sourceGroupWords = 'orgs?|organi[sz]ations?|groups?|ngos?|ongs?|bodies|body|institutions?';

/** Words for news media in a list question: "which news outlets…", "list the newspapers". */
export const mediaWords = new Set([
	'outlet',
	'outlets',
	'news',
	'newspaper',
	'newspapers',
	'media',
	'website',
	'websites',
	'agency',
	'agencies',
	'press',
]);

/** Words for the report itself, in the three languages: "the article names…", "le rapport cite…". */
export const reportWords: ReadonlySet<string> = new Set([
	'report',
	'article',
	'piece',
	'story',
	'text',
	'texte',
	'rapport',
	'rapo',
	'atik',
]);

/**
 * Verbs for what a text names, as the report is their subject: "which sources does the report cite?", "what
 * sources does the article use?", "…lean on".
 */
const reportNaming: ReadonlySet<string> = new Set([
	...['name', 'mention', 'cite', 'quote', 'use', 'lean', 'rely', 'draw'].flatMap((verb) => [
		verb,
		verb === 'rely' ? 'relies' : `${verb}s`,
		verb === 'rely' ? 'relied' : verb === 'draw' ? 'drew' : `${verb.replace(/e$/, '')}ed`,
	]),
	// French participles, as folded: "cités", "mentionnés", "nommés".
	...['cite', 'mentionne', 'nomme'].flatMap((verb) => [verb, `${verb}s`, `${verb}e`, `${verb}es`]),
]);
/** Verbs that only carry another ("does the report cite", "are named") and words that only count them apart. */
const auxiliaries = /^(?:does|do|did|is|are|was|were|has|have|had|been|different|distinct|separate|individual|other)$/;
/** Kinds a report names, as a list answers them. */
const reportNamedKinds =
	/^(?:sources?|outlets?|media|medias|organi[sz]ations?|people|persons?|countries|country|bodies|groups?)$/;

/**
 * Does the question ask what kinds of names the report itself gives: "which sources does the
 * report cite?", "how many organisations are named in the report?"
 */
export function namesOfTheReport(frame: Frame): boolean {
	const words = frame.kind === 'count' ? [...frame.counted, ...frame.rest] : withKindAsked(frame);
	const kindAt = words.findIndex((word) => reportNamedKinds.test(word));
	return (
		kindAt >= 0 &&
		!completesAnother(words, kindAt) &&
		words.some((word) => reportWords.has(word)) &&
		namedStraight(words, kindAt, (word) => reportNaming.has(word), frame.counted)
	);
}

/** The words asked, with the kind asked for with the question word first: "which groups does the report quote?". */
export function withKindAsked(frame: Frame): string[] {
	return frame.kindNoun && !frame.rest.includes(frame.kindNoun) ? [frame.kindNoun, ...frame.rest] : [...frame.rest];
}

/**
 * Is the kind at `kindAt` what the verb of naming after it names, with nothing done between ("how many
 * people does the report name")? "How many persons were confined there, by the latest count the report
 * cites?" asks what they did, not how many the report names.
 */
export function namedStraight(
	words: readonly string[],
	kindAt: number,
	naming: (word: string) => boolean,
	counted: readonly string[] = [],
): boolean {
	const verbAt = words.findIndex(naming);
	if (verbAt < 0) return false;
	const between = words.slice(kindAt + 1, verbAt);
	// ("How many media outlets (not NGOs, not the UN) does the article cite?": what is set aside, a word or two after
	// "not", is no deed either.)
	const setAside = (at: number) => between.slice(Math.max(0, at - 2), at).some((word) => asideWords.has(word));
	return between.every(
		(word, at) =>
			asideWords.has(word) ||
			setAside(at) ||
			counted.includes(word) ||
			reportWords.has(word) ||
			reportNamedKinds.test(word) ||
			mediaWords.has(word) ||
			stopwords.en.has(word) ||
			auxiliaries.test(word),
	);
}

/** Words that set something aside from what is named: "not NGOs", "except the UN". */
const asideWords = new Set(['not', 'except', 'excluding', 'besides', 'nor']);

/** "Who are the named individuals…", "who are all the people mentioned": a list of people, not one. */
const namingSubjects = new Set(['it', ...reportWords, 'he', 'she', 'they']);

export function listsPeople(frame: Frame): boolean {
	// "…the dimensions it names": "names" after its subject is the verb, not the people asked for.
	const plural = frame.rest.some(
		(word, i) =>
			['individuals', 'people', 'persons', 'figures', 'names'].includes(word) &&
			!(word === 'names' && namingSubjects.has(frame.rest[i - 1] ?? '')),
	);
	// "Which people are named", "which people does the report name" (not "…did Barbecue name").
	const byReport = frame.rest.some((word) => reportWords.has(word));
	const named = frame.rest.some(
		(word) =>
			['named', 'mentioned', 'cited', 'quoted', 'listed'].includes(word) ||
			(byReport && ['name', 'names', 'mention', 'cite', 'quote', 'list'].includes(word)),
	);
	// ("The names of the report's sources" are of its sources, not its people.)
	const ofOtherKind = frame.rest.some((word) => reportNamedKinds.test(word) && !/^(?:people|persons?)$/.test(word));
	return plural && named && !ofOtherKind;
}

/** "What else…", "which other…", "what different targets…": more than one answer asked for. */
export function moreAsked(frame: Frame): boolean {
	const at = frame.rest.findIndex((word) => whichWords.includes(word));
	return at >= 0 && /^(?:else|other|different|various)$/.test(frame.rest[at + 1] ?? '');
}

/** Does the question set something aside: "besides…", "apart from…", "other than…"? */
export function setsAside(frame: Frame): boolean {
	return frame.rest.some(
		(word, i) =>
			setAside.has(word) || (word === 'other' && frame.rest[i + 1] === 'than') || (word === 'beyond' && i === 0),
	);
}

/**
 * The facts a question sets aside: those whose places are only the ones it names after
 * "besides", "apart from" or "other than" (names it gives only to set aside).
 */
export function setAsideFacts(frame: Frame, query: Query, base: FactBase): (fact: Fact) => boolean {
	if (!setsAside(frame)) return () => false;
	const named = new Set(
		query.mentions
			.filter((m) => !m.role && m.terms.every((i) => query.secondary.has(i)))
			.flatMap((m) => m.entities.filter((entity) => setAsidePlaceKinds.has(entity.kind)).map((entity) => entity.id)),
	);
	if (named.size === 0) return () => false;
	// (A fact about the country as well as the place set aside is not only about that place.)
	return (fact) => {
		const places = base
			.entitiesOf(fact)
			.filter((id) => setAsidePlaceKinds.has(base.entity(id)?.kind ?? 'person') || base.entity(id)?.kind === 'country');
		return places.length > 0 && places.every((id) => named.has(id));
	};
}
const setAsidePlaceKinds: ReadonlySet<string> = new Set(['place', 'prison']);
