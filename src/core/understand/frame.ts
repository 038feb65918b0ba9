import { isCalendarWord } from '../claims/values.js';
import { englishTags, isEnglishWord, onlyAnAdjective } from '../language/english-words.js';
import parts from '../language/lexicon/parts.json' with { type: 'json' };
import speechLexicon from '../language/lexicon/speech.json' with { type: 'json' };
import {
	type FrameName,
	fold,
	frameWords,
	type Language,
	PhraseTable,
	stopwords,
	translations,
} from '../language/lexicon.js';
import { inEnglish, type ReadText, readText, withArticleUn } from '../language/read.js';
import { nounsEndingInList } from '../language/wordnet.js';
import { type AnswerKind, completesAnother, kindNouns, singular, whichWords } from './kinds.js';
import { askedIfTrue, questionStart, statementPutUp, yesNoAsked } from './tagged.js';

/**
 * What a question asks for, whatever it is about:
 * - `who`: a person or group (a leader, a speaker, a source, an agent);
 * - `whoSaid`: the speaker or outlet of a statement or figure;
 * - `count`: a figure, whose measure must be what is counted;
 * - `when`, `where`, `why`: a date, a place, a stated reason;
 * - `first`: which of two events came first; `howLong`: the time between two events; `sameTime`:
 *   whether two events fell in the same year, month or day;
 * - `ratio`, `difference`: a figure against another (occupancy, how many more);
 * - `list`: every fact of a kind; `timeline`: events in order;
 * - `yesNo`: a claim to hold against the facts;
 * - `what`: anything else.
 */
export type FrameKind = FrameName | 'what';

export interface Frame {
	kind: FrameKind;
	/** The question's English words without the words that named the frame. */
	rest: string[];
	/** Where in `rest` the words that named the frame were: `rest[askedAt]` is the word after them. */
	askedAt?: number;
	/** For `count`: the words right after "how many", what is counted. */
	counted: string[];
	/** For `first`, `howLong` and `sameTime`: the question split at "or", "and" or "between … and …". */
	parts: string[][];
	/** For `when`: the day itself is asked for ("on what exact day…"), not only the period. */
	exactDay?: true;
	/** For `when`: exactness asked only by an adverb ("when exactly…"): the report's own date answers, said to give no day. */
	exactlyWhen?: true;
	/** For `when`: the date itself is asked for ("what was the exact date…"), which a weekday does not state. */
	calendarDate?: true;
	/** For `when`: the day of the week is asked for ("what day of the week…"), which only a weekday named gives. */
	weekday?: true;
	/** For `when`: the time of day is asked for ("what time did it begin?"). */
	timeOfDay?: true;
	/** For `when`: when something began is asked ("since when", "depuis quand"), a date the report gives as a start. */
	since?: true;
	/** For `when`: whether a time is set is asked ("has a date been set for…"), which "it remains unclear when" answers. */
	scheduled?: true;
	/** For `count`: how large a part of something is asked ("how much of Haiti…"), not a number. */
	extent?: true;
	/** For `ratio`: how far beyond a limit is asked ("how many times did it exceed…"), in words taken out of `rest`. */
	beyond?: true;
	/** For `ratio`: the rate is asked in percent ("by what percent…"), in words the frame may have taken. */
	percent?: true;
	/** For `who` and `whoSaid`: the noun that asked for the kind, singular ("news agency"); for `where`, the kind of place ("neighborhood"). */
	kindNoun?: string;
	/** For `who` and `whoSaid`: the kinds of entity a "which news outlet…" question wants; none may be the data's. */
	answerKinds?: readonly AnswerKind[];
	/** For `who`: "whose" asks whose something is ("whose government…"), not who did what the question says. */
	whose?: true;
	/** For `who`: the words that name the whole a part of which is asked ("which UN body", "which part of the UN"). */
	partOf?: readonly string[];
}

/** Nouns of the timeline's words that ask for events only with a year: "which facts… 2023". */
const factWords = new Set(['facts', 'things']);

/** Verbs that place something in an order: "where does it rank", "where is it rated among…". */
const rankWords = new Set(['rank', 'ranks', 'ranked', 'rate', 'rates', 'rated', 'classe', 'classee', 'klase']);
/** Verbs of standing somewhere that, with a comparison, place something in an order: "where does Haiti sit compared with…". */
const standingWords = new Set(['sit', 'sits', 'stand', 'stands', 'fall', 'falls', 'fare', 'fares', 'place', 'placed']);
/** Words that set one thing against others. */
const comparisonWords = new Set(['compared', 'compare', 'comparison', 'than', 'versus', 'vs', 'relative', 'among']);

/** Most specific first: "how many years between" is `howLong`, not `count`. */
const order: FrameName[] = [
	'timeline',
	'whoSaid',
	'first',
	'howLong',
	'sameTime',
	'ratio',
	'difference',
	'list',
	'count',
	'why',
	'when',
	'where',
	'who',
];

const tables = Object.fromEntries(
	order.map((name) => [
		name,
		Object.fromEntries(
			(['en', 'fr', 'ht'] as Language[]).map((language) => [
				language,
				new PhraseTable(frameWords[name][language].map((phrase): [string, true] => [phrase, true])),
			]),
		),
	]),
) as Record<FrameName, Record<Language, PhraseTable<true>>>;

const yesNoStarts = new PhraseTable(
	(['en', 'fr', 'ht'] as Language[]).flatMap((language) =>
		frameWords.yesNo[language].map((phrase): [string, true] => [phrase, true]),
	),
);

/** Words that end what "how many" counts: "how many inmates were in…" counts inmates. */
const countedEnds = new Set([
	'were',
	'was',
	'are',
	'is',
	'did',
	'do',
	'does',
	'have',
	'has',
	'had',
	'in',
	'at',
	'of',
	'from',
	'got',
	'get',
	'ki',
	'te',
	'y',
	'there',
	'will',
	'would',
	'could',
	'can',
	'escaped',
	'did',
]);

/**
 * A yes/no question about whether a time is set or known (folded text): "has a date been set for…",
 * "is there a timetable for…", "any word on when…", "do we know when…".
 */
const scheduleAsked =
	/\b(?:(?:a|an|any|the|no)\s+(?:[\w-]+\s+)?(?:date|dates|timetable|timeline|schedule|timeframe|time frame|deadline|eta)\b(?:\s+(?:has|have|had|is|was|been|yet|now|already))*\s+(?:set|fixed|announced|given|known|scheduled|planned|for)|(?:word|news|info|idea|update|clue)\s+(?:on|about|as to|of)\s+when|(?:know|known|say|said|tell|told)\s+(?:(?:yet|already|now|even|for sure|exactly|actually|really)\s+)?when)\b/;
/** The same in French, asked by inverting the verb: "le calendrier du déploiement est-il connu ?". */
const frenchScheduleAsked =
	/\b(?:date|calendrier|echeancier)\b[^?.!]{0,60}?\b(?:est|sont|a ete|ont ete)[-\s]+(?:t[-\s]+)?(?:il|elle)\s+(?:(?:deja|d'ores et deja|encore|bien)\s+)*(?:connue?|fixee?|annoncee?|prevue?|arretee?)\b/;
/** The words that ask it, which say nothing of the event. */
const scheduleWords = new Set([
	// (French past participles the lexicon leaves as typed: "la date est-elle fixée".)
	...['fixe', 'fixee', 'annonce', 'annoncee', 'prevu', 'prevue', 'arrete', 'arretee', 'connu', 'connue'],
	'date',
	'dates',
	'timetable',
	'timeline',
	'schedule',
	'timeframe',
	'deadline',
	'eta',
	'set',
	'fixed',
	'announced',
	'scheduled',
	'planned',
	'word',
	'news',
	'info',
	'idea',
	'update',
	'clue',
	'know',
	'known',
	'when',
	'there',
	'been',
	'has',
	'have',
	'is',
	'it',
	'true',
	'that',
	'any',
	// ("did anyone say when the force shows up": whoever might have said it is no part of the event.)
	'say',
	'said',
	'tell',
	'told',
	'anyone',
	'anybody',
	'someone',
	'somebody',
	'did',
	'do',
	'does',
	'we',
	'they',
]);

/** Verbs of being somewhere, which a where-question asks with: "where does it stand", "où se situe". */
const locatives = new Set([
	'stand',
	'stands',
	'sit',
	'sits',
	'lie',
	'lies',
	'located',
	'situated',
	'based',
	'situe',
	'trouve',
]);

/** Nouns that are plural without an s: "which news media does it cite". */
const pluralsWithoutS = new Set(['media', 'people', 'police', 'press', 'staff', 'personnel', 'men', 'women']);
const plural = (word: string) => /s$/.test(word) || pluralsWithoutS.has(word);

/**
 * A French verb with its subject pronoun after it: "avait-elle", "a-t-il", "sont-ils"; or with the
 * spoken particle "-tu" that asks yes or no in Québec and Haiti ("c'est-tu", "il a-tu").
 */
const frenchInversion = /\p{L}-(?:t-)?(?:il|elle|ils|elles|on|tu)\b/u;

/** Question words that may follow a relative clause and be what is asked. */
const laterQuestionWords = new Set(['what', 'when', 'where', 'why', 'how', 'which']);

/**
 * Is the French or Creole "qui"/"ki" found a relative pronoun: straight after a word of content
 * ("les policiers qui…"), with no comma between, and not in "c'est qui"?
 */
function relativeWho(found: Found, folded: string, language: Language): boolean {
	const word = found.in[found.at];
	const before = found.in[found.at - 1];
	// "Those gunmen who tried to grab the harbour — what did they mess up?": English "who" after a noun, with
	// another question word after it, opens a relative clause too.
	if (language === 'en' && word === 'who' && before && !stopwords.en.has(before))
		return found.in.slice(found.at + 1).some((later) => laterQuestionWords.has(later));
	if (found.at === 0 || (word !== 'qui' && word !== 'ki') || !before || language === 'en') return false;
	if (stopwords[language].has(before) || stopwords.fr.has(before)) return false;
	return folded.includes(`${before} ${word}`);
}

/**
 * "Who's the NGO that…", "who was the agency who…", "name the two entities that…": a noun for a kind of answer,
 * described by a clause.
 */
const describedKind =
	/^(?:who (?:(?:is|was|are|were) )?the|(?:name|list|cite|identify)(?: me)? the(?: (?:two|three|four|both|\d))?) ([a-z]+(?: [a-z]+)?) (?:that|who|which) /;

/**
 * "Who's the NGO that warned about the jail?" asks which NGO did it, as "which NGO warned…" does:
 * the words read so, where the noun is a kind of answer. Otherwise the words as they are.
 */
function asWhich(typed: ReadText): ReadText {
	if (typed.language !== 'en') return typed;
	// "In which particular neighbourhoods…", "which specific outlet…": an adjective that only insists on one asks the same.
	const insisting = typed.words.filter(
		(word, i) => !(insistingWords.has(word) && /^(?:which|what)$/.test(typed.words[i - 1] ?? '')),
	);
	const read = insisting.length === typed.words.length ? typed : { ...typed, words: insisting };
	// "What kind of people are locked up there?" asks which people, as "who" does.
	const kindOfPeople = /^what (?:kinds?|sorts?|types?) of ([a-z]+) /.exec(read.words.join(' '));
	if (kindOfPeople?.[1] && kindNouns.get(singular(kindOfPeople[1]))?.includes('person'))
		return { ...read, words: ['which', ...read.words.slice(3)] };
	const described = describedKind.exec(read.words.join(' '));
	const nouns = described?.[1]?.split(' ') ?? [];
	if (!described || nouns.length === 0 || !nouns.every((word) => kindNouns.has(singular(word)))) return read;
	const after = read.words.join(' ').slice(described[0].length).split(' ');
	return { ...read, words: ['which', ...nouns, ...after] };
}

/** Where the noun after a Kreyòl question word is: the first word past it English has only as a noun. */
function kreyolHead(words: readonly string[], at: number): number {
	const head = words.findIndex((word, i) => i > at && nounOnly(word));
	return head < 0 ? words.length : head;
}

/** A word English has as a noun and never as an adjective. */
const nounOnly = (word: string): boolean => {
	const tags = englishTags(word);
	return tags.some((tag) => tag.startsWith('NN')) && !tags.some((tag) => tag.startsWith('JJ'));
};

/** Adjectives after "which" or "what" that insist on one, without saying which: "which particular…". */
const insistingWords = new Set(['particular', 'specific', 'certain']);

/**
 * Reads the frame of a question: the first frame (in `order`) whose words it contains, in its
 * own language or in English (text-speak and translations spelled out).
 *
 * @example
 * readFrame(readText('konbyen prizonye ki te nan prizon an?')).kind; // 'count'
 */
export function readFrame(typed: ReadText): Frame {
	return plannedDate(reasonGivenAsked(reasonAsWhy(passiveForAsWhy(frameOf(typed)))));
}

/**
 * "What was Barbecue sanctioned for?", "what was the force approved for (by the UN)?": a deed done to someone, then
 * "for" with nothing after it but who did it, asks why. (Not "what did the unions call for?", which asks what.)
 */
function passiveForAsWhy(frame: Frame): Frame {
	const words = frame.rest;
	if (frame.kind !== 'what' || words[0] !== 'what') return frame;
	const being = words.findIndex((word, i) => i <= 2 && /^(?:was|were|is|are|been)$/.test(word));
	const done = words.findIndex(
		(word, i) =>
			i > being + 1 &&
			words[i + 1] === 'for' &&
			(i + 2 === words.length || words[i + 2] === 'by') &&
			(englishTags(word).includes('VBN') || /^\p{L}{3,}ed$/u.test(word)),
	);
	if (being < 0 || done < 0) return frame;
	return { ...frame, kind: 'why', rest: words.filter((_, i) => i !== 0 && i !== done + 1) };
}

/** Verbs that set a date for a deed to come: "the date set for…", "ki dat yo te fikse pou…". */
const settingVerbs = new Set(['set', 'fixed', 'scheduled', 'planned', 'agreed', 'chosen', 'picked', 'fikse']);

/**
 * "What date was fixed for Henry to hand over power?", "ki dat yo te fikse pou Henry remèt pouvwa a?": the date set
 * for a deed is when the deed was to be done, not when it was set; asked as what was supposed to be done.
 */
function plannedDate(frame: Frame): Frame {
	if (frame.kind !== 'when') return frame;
	const at = frame.rest.findIndex(
		(word, i) => settingVerbs.has(word) && /^(?:for|pou|pour)$/.test(frame.rest[i + 1] ?? ''),
	);
	// ("Ki mwa Konsèy Sekirite a te dakò pou fòs la vini?": a named party agreeing is asked when it agreed.)
	const named = (word: string) => !stopwords.en.has(word) && !stopwords.ht.has(word) && !stopwords.fr.has(word);
	if (at < 0 || frame.rest.slice(0, at).some(named)) return frame;
	return { ...frame, rest: [...frame.rest.slice(0, at), 'supposed', ...frame.rest.slice(at + 2)] };
}

/** Verbs of giving a reason: "what reason has Henry offered for…", "what justification did he give?". */
const reasonGiving =
	/^(?:give|gave|given|gives|giving|offer|offered|offers|offering|provide|provided|provides|cite|cited|cites|advance|advanced|advances)$/;

/**
 * "What justification has Henry offered for staying in office?": asked why, the verb of giving the reason is no deed
 * the fact must tell; what it is given for is.
 */
function reasonGivenAsked(frame: Frame): Frame {
	if (frame.kind !== 'why') return frame;
	// ("Poukisa yo rele Jimmy Sergier 'Barbecue'?": why one is called so asks nothing of the names but the naming,
	// as English's "why do they call…" does.)
	const naming = frame.rest.findIndex((word) => /^(?:named|called|nicknamed|dubbed|calls)$/.test(word));
	if (naming >= 0) return { ...frame, rest: frame.rest.filter((_, i) => i !== naming) };
	const at = frame.rest.findIndex(
		(word, i) =>
			reasonGiving.test(word) && (i === frame.rest.length - 1 || /^(?:for|to)$/.test(frame.rest[i + 1] ?? '')),
	);
	if (at < 0) return frame;
	return { ...frame, rest: frame.rest.filter((_, i) => i !== at && !(i === at + 1 && frame.rest[i] === 'for')) };
}

/** "What's Henry's excuse for staying past Feb 7?": a reason asked for, after whose it is, is asked why. */
function reasonAsWhy(frame: Frame): Frame {
	const reasonAt = reasonAskedAt(frame.rest);
	if (frame.kind !== 'what' || reasonAt < 0) return frame;
	return { ...frame, kind: 'why', rest: frame.rest.filter((_, i) => i !== reasonAt) };
}

/** Where a reason's noun stands after a word or few that say whose, before "for": "Henry's excuse for…"; else -1. */
function reasonAskedAt(words: readonly string[]): number {
	const at = words.findIndex((word) => reasonNouns.has(word));
	return at >= 1 && at <= 4 && words[at + 1] === 'for' ? at : -1;
}

/** The frame as the question's words give it, before a reason asked for is read as why. */
function frameOf(typed: ReadText): Frame {
	// "Is it true (that) the US sanctioned Barbecue?": whether what follows is so, asked as of the statement itself.
	const putUp = askedIfTrue.exec(typed.cleaned);
	// "Every prisoner just bolted when the gangs showed up, right?": a statement tagged to be checked is asked the same.
	const tagged = putUp ? undefined : statementPutUp(typed.cleaned);
	const statement = putUp ? typed.cleaned.slice(putUp[0].length) : (tagged ?? '');
	// (Not one that is a question already: "is it true, who…" asks that question.)
	// (Nor one that opens on how long, whatever verb its events have: "years from the killing to the year homicides
	// doubled?")
	const ofStatement =
		(putUp !== null || tagged !== undefined) &&
		/\p{L}{2}/u.test(statement) &&
		!questionStart.test(fold(statement).trimStart()) &&
		find(tables.howLong.en, typed.words)?.at !== 0;
	const read = ofStatement ? readText(statement, typed.language) : asWhich(typed);
	// "Did the guards leave when the gangs came?" asks yes or no; its "when" is a clause's.
	// The text as typed, folded once: what the words alone do not keep ("what time", "how much of").
	const folded = fold(read.cleaned);
	// "In February 2023, was the prison…": a short phrase before a comma sets the scene of the yes/no question.
	const yesNo =
		ofStatement ||
		yesNoStarts.match(read.original, 0) !== undefined ||
		// "r the kenyans there yet": as chat's words are read ("are").
		(read.language === 'en' && yesNoStarts.match(read.words, 0) !== undefined) ||
		yesNoStarts.match(read.original, sceneLength(folded)) !== undefined ||
		yesNoAsked.test(folded) ||
		// "C'est Reuters qui a rapporté que…?", "Se RNDDH ki te di…?": a cleft put up as a question asks whether it is so.
		// ("C'est qui qui a compté…?" puts "who" itself in focus: it asks who.)
		(read.language !== 'en' &&
			frenchCleft.test(folded) &&
			!cleftAsks.test(folded) &&
			!/\bc['’ ]?est qui\b|^\W*se (?:ki|kiyes|kiles)\b/.test(folded));
	// "Has a date been set for the force?", "is there any word on when it lands?": whether a time is known asks when.
	// ("What is known about the timetable for deploying the force?" asks the same, as "what".)
	// ("Do we know yet when…": the words that ask whether it is known may be gone from the words as read.)
	if (
		((yesNo || /^\W*(?:what|whats|wat|do|does|did|is|are|has|have)\b/.test(folded)) && scheduleAsked.test(folded)) ||
		frenchScheduleAsked.test(folded)
	) {
		return {
			kind: 'when',
			rest: read.words.filter((word) => !scheduleWords.has(word)),
			counted: [],
			parts: [],
			scheduled: true,
		};
	}
	// "Is it true that all the inmates escaped?": the statement is what is asked about, not a list it opens with.
	// ("Henry took power the same year Moïse was killed, yes or no?": whether two events share a time is asked as such.)
	if (ofStatement && !find(tables.sameTime.en, read.words))
		return { kind: 'yesNo', rest: read.words, counted: [], parts: [] };
	// Creole "kisa" is "what" standing alone ("kisa gouvènman an di…", what the government says), never "which".
	const creoleWhat = read.language === 'ht' && /^(?:kisa|kiso|kis|sa)$/.test(read.original[0] ?? '');
	// "ou konn konbyen detenu ki te nan…": in a message read as French, Creole's "ou" ("you") beside Creole's question
	// words asks no "où"; those words ask, as Haitians write the two languages together.
	const creoleYou =
		read.language === 'fr' &&
		read.original.includes('ou') &&
		order.some((kind) => kind !== 'where' && find(tables[kind].ht, read.original) !== undefined);
	for (const kind of order) {
		const own = read.language === 'en' ? undefined : find(tables[kind][read.language], spelledAsFrames(read));
		const found =
			find(tables[kind].en, read.words) ??
			(creoleYou && own?.length === 1 && own.in[own.at] === 'ou' ? undefined : own) ??
			(creoleYou ? find(tables[kind].ht, read.original) : undefined);
		// "Did the port attack happen before or after the siege?" asks which came first, however it opens.
		if (!found || (yesNo && found.at > 0 && kind !== 'first' && kind !== 'sameTime')) continue;
		// "Were the inmates all trying to escape at the same time?": one event, done together, is no pair of events.
		const paired = kind === 'sameTime' ? sameTimeParts(found, found.in === read.words ? 'en' : read.language) : [];
		if (kind === 'sameTime' && paired.length < 2) continue;
		// "…the gangs' hit list": "list" after a noun of its own is a noun, which asks for no list.
		if (kind === 'list' && nounBeforeList(found)) continue;
		// "Le gouvernement a-t-il précisé combien de détenus…?": a question word after an inverted verb of saying
		// opens what was or was not said; the inversion asks yes or no.
		if (
			found.at > 0 &&
			read.language === 'fr' &&
			frenchInversion.test(read.cleaned) &&
			speech.has(inEnglish([found.in[found.at - 1] ?? ''], read.language).at(-1) ?? '')
		)
			continue;
		// "Which organisation documented the number of detainees?" asks for an organisation, not a number; "where does
		// the number of inmates come from?", for whose number it is.
		if (kind === 'count' && found.at > 0 && !yesNo && (kindAsked(read.words)?.at === 0 || comesFrom(read.words)))
			continue;
		// "What became of the number of homicides in 2023?", "what happened to the number of…": how the number went.
		if (
			kind === 'count' &&
			found.at > 1 &&
			found.in[found.at] === 'the' &&
			/^(?:to|of)$/.test(found.in[found.at - 1] ?? '') &&
			/^(?:happened|became|happens|becomes)$/.test(found.in[found.at - 2] ?? '')
		)
			continue;
		// "Any deploy timeline?", "the withdrawal timeline": the timeline of one deed is when it is to happen.
		if (kind === 'timeline' && found.in[found.at] === 'timeline' && deedBefore(found.in[found.at - 1] ?? '')) continue;
		// "Which facts are pinned to 2023?" asks for the events of a year; "which facts does it give about Kenya?", for what
		// it says of Kenya.
		if (
			kind === 'timeline' &&
			factWords.has(found.in[found.at + 1] ?? '') &&
			!read.words.some((w) => /^(?:19|20)\d\d$/.test(w))
		)
			continue;
		// "Where does Haiti rank…": a place in an order, not on a map.
		if (kind === 'where' && read.words.some((word) => rankWords.has(word))) continue;
		// "Where does Haiti sit compared with every other country?": in an order too.
		if (
			kind === 'where' &&
			read.words.some((word) => standingWords.has(word)) &&
			read.words.some((word) => comparisonWords.has(word))
		)
			continue;
		// "Kisa alyans gang yo vle fè…" read word for word is "what gang alliance…": no "what gang" asked.
		if (kind === 'who' && creoleWhat && found.in === read.words && found.in[found.at] === 'what') continue;
		// French "ou" is "or" inside a question ("il a réagi ou il fait le mort ?"); only "où" opening one asks where.
		if (kind === 'where' && found.at > 0 && found.length === 1 && read.original[found.at] === 'ou') continue;
		if (opensClause(kind, found, read.words, folded)) continue;
		// "Comment le rapport qualifie-t-il la crise ?": the inversion after a question word asks that word's question.
		if (kind === 'yesNo' && found.at > 0 && found.in !== read.words && typedOpeners.has(found.in[0] ?? '')) continue;
		// "When was Moïse killed, need the date for the pinned timeline": a timeline named after another question
		// word is what the answer is for, not what is asked.
		if (kind === 'timeline' && frameBefore(singleFrames, found.at, read.words)) continue;
		// "By what factor was it over capacity, and according to whom?": whose figures a worked-out one rests on is told
		// with its arithmetic; the sum is what is asked.
		if (kind === 'whoSaid' && found.at > 0 && frameBefore(computedFrames, found.at, read.words)) continue;
		// "What did Gazette Haiti say about how many prisoners got free?": what one said about a number asks what they
		// said; "about how many" is its topic.
		if (
			kind === 'count' &&
			found.at > 1 &&
			/^(?:about|bout|abt|on|regarding|concerning|re)$/.test(found.in[found.at - 1] ?? '') &&
			found.in.slice(0, found.at - 1).some((word) => speech.has(word)) &&
			/^(?:what|wat|wha|whats)$/.test(found.in[0] ?? '')
		)
			continue;
		// French "le combien" asks the day of the month ("il devait partir le combien"), not how many.
		if (kind === 'count' && found.in[found.at] === 'combien' && found.in[found.at - 1] === 'le') continue;
		// French "qu'est-ce qui…", "ce qui…" asks what, not who.
		if (kind === 'who' && found.in[found.at - 1] === 'ce') continue;
		// "…les policiers qui gardaient la prison", "moun ki te…": right after a noun, "qui" opens a relative clause.
		if (kind === 'who' && relativeWho(found, folded, read.language)) continue;
		// "Why didn't all the inmates escape?": "all the" after "why" says how many did it, not that a list is asked.
		// ("When did all the attacks happen?" asks them all.)
		// ("How many unions called for help, and was it every union in the country?": nor after "how many", which counts.)
		if (
			kind === 'list' &&
			wholeOpeners.has(found.in[found.at] ?? '') &&
			frameBefore(['why', 'count'], found.at, read.words)
		)
			continue;
		// "How many inmates for every place" counts per unit; its "every" asks for no list.
		if (kind === 'list' && perUnit.test(read.words.join(' '))) continue;
		// "How much aid does the US give every year": how often, not every year to list.
		// ("…we still pray for them every January": a time that comes round, not months to list.)
		if (kind === 'list' && found.at > 0 && everyTime(found.in, found.at)) continue;
		// ("What name the police unions", Kreyòl "ki non sendika yo": "name" after "what" is the noun asked, no order to list.)
		if (kind === 'list' && found.in[found.at] === 'name' && /^(?:what|which|wat)$/.test(found.in[found.at - 1] ?? ''))
			continue;
		// "The poorest country in all of the Americas": "all" after a preposition asks for no list.
		if (kind === 'list' && placePrepositions.has(found.in[found.at - 1] ?? '')) continue;
		// "What month and year…": more units of a date after the frame's own are part of it.
		const whole = kind === 'when' ? withDateUnits(found) : found;
		// ("c'est quel journal qui parle d'un nombre…": French "un" read as the article, as in the question's words.)
		const unArticle = read.language === 'fr' && !read.words.includes('un');
		const english = (words: string[]) => inEnglish(words, read.language);
		const asked =
			whole.in === read.words
				? without(read.words, whole)
				: unArticle
					? withArticleUn(english(without(read.original, whole)))
					: english(without(read.original, whole));
		// "Which night…": the part of the day asked for is also a word the fact's date may have ("Saturday night").
		const period =
			kind === 'when' ? found.in.slice(found.at, found.at + found.length).find((w) => periods.has(w)) : undefined;
		// Evening runs into night: "which evening" is answered by "Saturday night".
		const said = period ? [...asked, inEnglish([period], read.language).map(lateInTheDay)].flat() : asked;
		// "…at the last count": the latest figure, which is what a count answers first anyway.
		// "In which city does the prison stand?": the verbs of being somewhere are the where's own.
		// ("How many would have to be moved out to fit its capacity": the removal is the frame's, no word a figure has.)
		const rest =
			kind === 'count' && downToCapacity(folded)
				? withoutLatestCount(said).filter((word) => !removedWords.test(word) && word !== 'out')
				: kind === 'count'
					? withoutLatestCount(said)
					: kind === 'where'
						? said.filter((word) => !locatives.has(word))
						: kind === 'when'
							? said.filter((word) => !dateWords.has(word))
							: kind === 'why'
								? said.filter((word) => !justifyWords.has(word))
								: said;
		const frame: Frame = {
			kind:
				// (A rate from the question word on: "with one inmate per place, how many more places…" supposes one.)
				(kind === 'count' &&
					(perUnit.test((found.in === read.words ? read.words.slice(found.at) : read.words).join(' ')) ||
						perOpening.test(read.words.join(' ')))) ||
				((kind === 'count' || kind === 'difference') && percentAsked.test(folded))
					? 'ratio'
					: askedSource(kind, rest) || saidBy(kind, found)
						? 'whoSaid'
						: kind === 'count' && (downToCapacity(folded) || withoutPlace.test(folded))
							? 'difference'
							: kind,
			rest,
			askedAt: whole.in === read.words ? whole.at : inEnglish(whole.in.slice(0, whole.at), read.language).length,
			counted: kind === 'count' ? countedOf(found, read) : [],
			parts:
				kind === 'first' || kind === 'howLong'
					? (
							between(found, found.in === read.words ? 'en' : read.language) ??
							splitParts(withoutClosingWords(rest), kind === 'howLong')
						).map(withoutAsking)
					: // "Did A and B happen in the same year? which year?": the two events are before the words that ask.
						paired,
		};
		if (kind === 'who' && found.in[found.at] === 'whose') frame.whose = true;
		// "Who called for help…": how it was said is a (vague) word of what is asked, which facts told so have; every
		// statement is told with "said", which says nothing.
		const saidWith = found.in[found.at + 1];
		if (frame.kind === 'whoSaid' && found.length > 1 && saidWith && speech.has(saidWith) && !plainSaying.test(saidWith))
			frame.rest = [saidWith, ...frame.rest];
		// "Which country…", "what group…" in the who-words: the kind of one asked for, as the kind nouns say.
		const lastWord = kind === 'who' || kind === 'whoSaid' ? found.in[found.at + found.length - 1] : undefined;
		// In English, as the kind nouns are: "ki peyi" asks which country.
		const kindNoun = lastWord && (found.in === read.words ? lastWord : inEnglish([lastWord], read.language).at(-1));
		// "Which gang figure…": the noun goes on past the frame's words, and the longer noun is the kind asked.
		const next = kind === 'who' && found.in === read.words ? found.in[found.at + found.length] : undefined;
		const longer = kindNoun && next ? kindNouns.get(`${kindNoun} ${singular(next)}`) : undefined;
		const askedKinds = longer ?? (kindNoun && found.length > 1 ? kindNouns.get(kindNoun) : undefined);
		if (longer && next) frame.rest = frame.rest.filter((word, i) => i !== 0 || word !== next);
		if (askedKinds) frame.answerKinds = askedKinds;
		if (askedKinds && kindNoun && !longer) frame.kindNoun = singular(kindNoun);
		// "Quelle instance des Nations unies…", "ki kò Nasyonzini…": a part asked of the whole named right after it.
		// ("Quelle instance a autorisé…": a verb right after the noun names no whole.)
		const afterNoun = frame.rest[0] ?? '';
		const wholeNamed =
			wholeArticles.has(afterNoun) || !(stopwords.en.has(afterNoun) || stopwords[read.language].has(afterNoun));
		if (frame.kindNoun && partNouns.has(frame.kindNoun) && whole.at === 0 && wholeNamed) {
			const named = frame.rest.slice(0, 4).filter((word) => !wholeArticles.has(word));
			if (named.length > 0) frame.partOf = named.slice(0, 2);
		}
		// "Quel média en ligne a rapporté…": French and Creole put an adjective after the noun the question word asks
		// with; it says which one is meant, as the noun does, and is no deed or thing of the answer's.
		const frameNoun = inEnglish([found.in[found.at + found.length - 1] ?? ''], read.language).at(-1) ?? '';
		// ("Ki sit nouvèl sou entènèt ki rapòte…": a noun that says the kind too, "news", may come before it.)
		if (read.language !== 'en' && found.length > 1 && kindNouns.has(singular(frameNoun))) {
			const kept = frame.rest.length - 1;
			const first = frame.rest[0] ?? '';
			const second = frame.rest[1] ?? '';
			const kindWord = kindNouns.has(singular(first)) || /^(?:news|press|media)$/.test(first);
			if (kept >= 2 && kindWord && onlyAnAdjective(second)) frame.rest = frame.rest.slice(2);
			else if (kept >= 1 && onlyAnAdjective(first)) frame.rest = frame.rest.slice(1);
		}
		// "Which neighborhoods…": the kind of place asked for, which a fact may name only as such.
		const placeNoun = kind === 'where' ? found.in[found.at + found.length - 1] : undefined;
		// (Not the verb of "où est", "où se trouve", "c'est où".)
		if (placeNoun && !/^(?:where|ou|kote|wher|whr|est|sont|trouve|situe)$/.test(placeNoun))
			frame.kindNoun = singular(placeNoun);
		// As typed, or as read: "since wen" is "since when".
		const says = (pattern: RegExp) => pattern.test(folded) || pattern.test(read.words.join(' '));
		if (kind === 'when' && says(exactDay)) frame.exactDay = true;
		if (kind === 'when' && says(exactDay) && !says(exactNoun)) frame.exactlyWhen = true;
		// "Quel jour exactement…", "which day exactly": a day asked exactly is still a day, which a weekday names.
		if (kind === 'when' && says(calendarDate) && !says(dayAsked)) frame.calendarDate = true;
		if (kind === 'when' && says(weekdayAsked)) frame.weekday = true;
		if (kind === 'when' && says(timeOfDay)) frame.timeOfDay = true;
		if (kind === 'when' && says(sinceWhen)) frame.since = true;
		// "How many inmates vs spots?": one count set against another is how far apart they are.
		// "Combien de détenus en trop…", "how many excess inmates": what is over the limit is a difference too.
		if (
			frame.kind === 'count' &&
			(rest.some((word) => overLimit.has(word)) ||
				/ too many /.test(` ${rest.join(' ')} `) ||
				// ("How many inmates over the nominal capacity?": counted beyond a limit.)
				overTheLimit.test(` ${rest.join(' ')} `))
		)
			frame.kind = 'difference';
		// "By how many authorities has Barbecue been sanctioned?": the "by" of a passive's doers, whose count is asked.
		if (frame.kind === 'difference' && found.in[found.at] === 'by' && passiveRest(rest)) {
			frame.kind = 'count';
			const end = rest.findIndex((word) => passiveAuxiliaries.has(word));
			frame.counted = rest.slice(0, end).filter((word) => !sortWords.has(word));
		}
		// "How much of Haiti do the gangs control?" asks how large a part, which words can tell.
		if (kind === 'count' && (extent.test(folded) || frame.counted.some((word) => areaWords.has(word))))
			frame.extent = true;
		// "What proportion of the national territory…": a part of a land asked as a share is how large a part.
		if (kind === 'ratio' && extent.test(folded) && rest.some((word) => areaWords.has(word))) {
			frame.kind = 'count';
			frame.extent = true;
		}
		// "How many times did the prison exceed its capacity?": going beyond is what a rate over 100% says, not a word
		// the answer must have.
		if (frame.kind === 'ratio' && frame.rest.some((word) => beyondWords.has(word))) {
			frame.rest = frame.rest.filter((word) => !beyondWords.has(word));
			frame.beyond = true;
		}
		// ("By what percent was the pen over its capacity?": the rate in percent, whatever the words that asked it.)
		if (frame.kind === 'ratio' && /\b(?:percent|percentage|pourcent|pourcentage|pousan|pousantaj)\b|%/.test(folded))
			frame.percent = true;
		return frame;
	}
	// "Quelle part du pays…", "what part of the country…": how large a part, asked without "how much".
	if (!yesNo && extent.test(folded)) {
		return { kind: 'count', rest: read.words, counted: [], parts: [], extent: true };
	}
	// "What was the vote count…", "what's the death toll": a number of what the noun before says.
	const tally = yesNo ? undefined : tallyAsked.exec(read.words.join(' '));
	// "What is the population of Haiti": no noun says what is counted, so no count is asked of the data's.
	// "What's the actual headcount": a word that can only qualify ("actual", "exact") says nothing of what is counted.
	// (Nor one that says whose or how final the count is: "the official headcount", "the total tally".)
	const countedWords = (tally?.[1]?.trim().split(' ') ?? []).filter(
		(word) => !onlyAnAdjective(word) && !countQualifiers.has(word),
	);
	if (tally && countedWords.some((word) => !stopwords.en.has(word))) {
		// "What was the prison population": a population is the people a place holds; the place says whose.
		const counted = populationOf(tally[0]) ? [...countedWords, 'population'] : countedWords;
		return { kind: 'count', rest: [...counted, ...read.words.slice(wordCount(tally[0]))], counted, parts: [] };
	}
	// "Which wire agency's contacts said…", "which paper's online edition claimed…": who said it, by whose they are.
	const whose = yesNo ? undefined : whoseWordAsked(read);
	if (whose) return whose;
	const kind = yesNo || creoleWhat ? undefined : kindAsked(read.words, read.language);
	if (kind) {
		// ("Which police groups asked for reinforcements…": a word before the kind noun says which ones, and is asked of.)
		const nounStart = kind.at + kind.length - kind.noun.split(' ').length;
		// (One noun only, in English: "international", "African", "infamous" describe; a second kind offered is asked.)
		const [qualifier, ...more] = read.words.slice(kind.at + 1, nounStart);
		const tags = englishTags(qualifier ?? '');
		const qualifiers =
			!kind.partOf &&
			read.language === 'en' &&
			qualifier &&
			more.length === 0 &&
			!modifierSkipped.test(qualifier) &&
			tags[0] === 'NN' &&
			!tags.includes('JJ')
				? [qualifier]
				: [];
		const rest = [...qualifiers, ...without(read.words, kind)];
		// "Which countries are named in the report?": every one of the kind, not who did something.
		if (
			rest.some((word) => namedWords.has(word)) &&
			// ("Quels pays sont cités ?": French says the plural in its determiner, "pays" being both.)
			(plural(read.words[kind.at + kind.length - 1] ?? '') ||
				/^(?:quels|quelles)$/.test(read.original[kind.at] ?? '')) &&
			!completesAnother(read.words, kind.at)
		)
			return { kind: 'list', rest: read.words, counted: [], parts: [] };
		return {
			kind: kind.kinds.every((asked) => asked === 'media') ? 'whoSaid' : 'who',
			rest,
			counted: [],
			parts: [],
			answerKinds: kind.kinds,
			kindNoun: kind.noun,
			...(kind.partOf ? { partOf: kind.partOf } : {}),
		};
	}
	// "La prison avait-elle moins de détenus…": French puts the verb after its subject's pronoun, wherever the
	// subject itself stands; with no question word, that asks yes or no.
	// "Quel métier exerçait-il…" asks what, inverted as it is.
	const inverted = read.language === 'fr' && frenchInversion.test(read.cleaned) && !frenchQuestionWord.test(folded);
	// "Barbecue a été arrêté ?": a French statement of what was done, with only its question mark, asks yes or no.
	const perfect =
		read.language === 'fr' && frenchPerfect.test(folded) && /\?\s*$/.test(folded) && !frenchQuestionWord.test(folded);
	// "Rationale the PM gave for hanging on?": a reason's noun opening a question, before the clause that says whose.
	if (telegraphicWhy.has(read.words[0] ?? '') && clauseOpening.test(read.words[1] ?? ''))
		return { kind: 'why', rest: read.words.slice(1), counted: [], parts: [] };
	if (yesNo || inverted || perfect) return { kind: 'yesNo', rest: read.words, counted: [], parts: [] };
	// "moise assassination date pls": a date named last, after what it is of, with no question word, asks when.
	const dated = read.words.length - 1;
	// (Not a reason asked for it: "pm's reason for overstaying his exit date?" asks why.)
	if (
		dated > 0 &&
		telegraphicWhen.has(read.words[dated] ?? '') &&
		!read.words.some((word) => askingAnything.has(word)) &&
		reasonAskedAt(read.words) < 0
	)
		return { kind: 'when', rest: read.words.slice(0, dated), askedAt: dated, counted: [], parts: [] };
	// "kenya troop count", "crossfire claim source": a tally or a source named last asks how many, or who said it.
	const last = read.words[dated] ?? '';
	if (dated > 0 && !read.words.some((word) => askingAnything.has(word))) {
		const before = read.words.slice(0, dated);
		if (telegraphicCount.has(last)) return { kind: 'count', rest: before, counted: before, parts: [] };
		if (telegraphicSource.has(last)) return { kind: 'whoSaid', rest: before, counted: [], parts: [] };
	}
	// "Election date Henry committed to?", "troop count Kenya offered?": such a noun heading the first words, before a
	// clause that says which, asks the same.
	// (Not one set against another: "RNDDH headcount vs its nominal capacity?" asks both.)
	const head = telegraphicHead(read.words);
	if (head >= 0 && !read.words.some((word) => askingAnything.has(word) || setAgainst.has(word))) {
		const rest = read.words.filter((_, i) => i !== head);
		const noun = read.words[head] ?? '';
		if (telegraphicWhen.has(noun)) return { kind: 'when', rest, askedAt: head, counted: [], parts: [] };
		if (telegraphicCount.has(noun)) return { kind: 'count', rest, counted: rest.slice(0, head), parts: [] };
		if (telegraphicSource.has(noun)) return { kind: 'whoSaid', rest, counted: [], parts: [] };
	}
	// "Inmates per rated slot in Feb 2023?": a count per unit of room, named with no question word, asks the rate.
	if (!read.words.some((word) => askingAnything.has(word)) && perRoom.test(read.words.join(' ')))
		return { kind: 'ratio', rest: read.words, counted: [], parts: [] };
	return { kind: 'what', rest: read.words, counted: [], parts: [] };
}

/**
 * Where a telegraphic noun (a date, a count, a source) heads a question's first words, after a word or two that
 * only say of what ("election date", "crossfire claim source") and before more words; -1 where none does.
 */
function telegraphicHead(words: readonly string[]): number {
	const telegraphic = (word: string) =>
		telegraphicWhen.has(word) || telegraphicCount.has(word) || telegraphicSource.has(word);
	const head = words.findIndex((word, i) => i >= 1 && i <= 2 && telegraphic(word));
	if (head < 0 || head === words.length - 1 || words[head + 1] === 'of') return -1;
	const modifiers = words.slice(0, head);
	return modifiers.every((word) => !englishTags(word).some((tag) => tag.startsWith('VB')) && !stopwords.en.has(word))
		? head
		: -1;
}

/** Words that set one thing against another. */
const setAgainst = new Set(['vs', 'versus', 'against', 'compared', 'contre']);

/** Nouns for a reason that, opening a question, ask why. */
const telegraphicWhy = new Set(['rationale', 'justification', 'reason', 'reasons', 'motive', 'explanation', 'excuse']);
/** What opens a clause after a noun: a determiner, a subject pronoun. */
const clauseOpening = /^(?:the|his|her|their|its|he|she|they|this|that)$/;

/** Nouns for a number that, named last with no question word, ask how many. */
const telegraphicCount = new Set([
	'count',
	'number',
	'numbers',
	'total',
	'tally',
	'toll',
	'headcount',
	'figure',
	'figures',
]);
/** Nouns for where something comes from that, named last with no question word, ask who said it. */
const telegraphicSource = new Set(['source', 'sources', 'sourcing', 'attribution']);

/** Nouns of a date that ask when, in a question with no question word: "assassination date?", "siege day". */
const telegraphicWhen = new Set(['date', 'day', 'since']);
/** Words that ask something of their own, past which a date named last asks nothing more. */
const askingAnything = new Set([
	'what',
	'which',
	'who',
	'whom',
	'whose',
	'where',
	'why',
	'how',
	'list',
	'give',
	'name',
]);

/** A French verb in the perfect, with its auxiliary: "a été arrêté", "ont pris", "s'est enfui". */
const frenchPerfect =
	/\b(?:a|ont|est|sont|etait|etaient|avait|avaient)\s+(?:ete\s+)?\p{L}{2,}(?:e|es|ee|ees|i|is|it|u|us)\b/u;

/**
 * French words that ask for something other than yes or no: "quel" wherever it stands, "comment" too ("ça a évolué
 * comment ?", as French speaks), "que" opening the question (elsewhere it is "than").
 */
const frenchQuestionWord =
	/\b(?:quel|quelle|quels|quelles|lequel|laquelle|lesquels|lesquelles|quoi|comment)\b|^(?:que|qu)\b/;

/** Verbs of going beyond a limit, which a rate asked as "how many times" says by itself. */
const beyondWords = new Set([
	'exceed',
	'exceeds',
	'exceeded',
	'exceeding',
	'surpass',
	'surpassed',
	'surpasses',
	'overshot',
]);

/** Words a when-question adds for the date it wants ("…assassinated, exact date pls"): the frame's, not the fact's. */
const dateWords = new Set([
	'exact',
	'precise',
	'date',
	'dates',
	'day',
	'month',
	'year',
	// "At what hour…", "day and time", "at which moment": the time asked is the when's own, however exact.
	'hour',
	'time',
	'moment',
	'exactly',
]);

/** "On what grounds did he justify staying": a why-question's words for giving a reason, not what is asked. */
const justifyWords = new Set(['justify', 'justified', 'justifies', 'justifying', 'explain', 'explained', 'explains']);

/** Units of time after "every" or "each" that say how often something happens: "every year", "each month". */
const periodUnits = new Set([
	'year',
	'month',
	'week',
	'day',
	'time',
	'night',
	'morning',
	'evening',
	'summer',
	'winter',
]);

/** Does the list word at `at` say how often ("every year", "each January", "every Sunday"), not what to list? */
function everyTime(words: readonly string[], at: number): boolean {
	const next = words[at + 1] ?? '';
	return /^(?:every|each)$/.test(words[at] ?? '') && (periodUnits.has(next) || isCalendarWord(next));
}

/** A count taken beyond a limit: "over the nominal capacity", "above capacity", "beyond the places". */
const overTheLimit =
	/ (?:over|above|beyond|past|exceeding) (?:the |its |their |that |this )?(?:\p{L}+ )?(?:capacity|places|limit|spots|beds) /u;

/** Words that set one count against another, or count what is over a limit. */
const overLimit = new Set(['vs', 'versus', 'trop', 'surplus', 'excess']);

/** What a source gives: "where's that quote from?" asks whose it is, not a place. */
export const givenWords: ReadonlySet<string> = new Set([
	'quote',
	'quotes',
	'figure',
	'figures',
	'number',
	'numbers',
	'stat',
	'stats',
	'statistic',
	'statistics',
	'data',
	'claim',
	'info',
	'information',
	'line',
	'bit',
	'story',
	'news',
	'count',
	'estimate',
	// "Where did the word that the guards deserted come from?"
	'word',
	'account',
	'detail',
	'details',
	'allegation',
	'rumour',
	'rumor',
	'statement',
	'reports',
	'reporting',
]);

/**
 * "Where's that quote from?", "where did the 3,687 figure come from?": a source asked with "where … from"; or
 * "where does the story come from that…", the story told after.
 */
function askedSource(kind: FrameName, rest: readonly string[]): boolean {
	if (kind !== 'where') return false;
	const from = rest.findIndex((word, i) => word === 'from' && /^(?:come|comes|came|coming)$/.test(rest[i - 1] ?? ''));
	// ("where that come from about the prisoners being…": what was told, after "about".)
	const end =
		rest.at(-1) === 'from'
			? rest.length - 1
			: from >= 0 && /^(?:that|about|regarding)$/.test(rest[from + 1] ?? '')
				? from
				: -1;
	// ("Where does it come from that the guards left?", "…, where does that come from?": a pronoun for what is told.)
	const pointed = from >= 1 && /^(?:it|this|that)$/.test(rest[from - 2] ?? rest[from - 1] ?? '');
	return end >= 0 && (pointed || rest.slice(0, end).some((word) => givenWords.has(word)));
}

/** A verb or an action noun before "timeline": "deploy timeline", "deployment timeline", not "full timeline". */
function deedBefore(word: string): boolean {
	if (
		!word ||
		/^(?:the|a|an|full|whole|complete|overall|entire|event|events|rough|quick|short|basic|my|your|its|their)$/.test(
			word,
		)
	)
		return false;
	const tags = englishTags(word);
	return tags.some((tag) => tag.startsWith('VB')) || /(?:ment|tion|sion|al)$/.test(word);
}

/** "Where does the number of inmates come from?", "from where comes the number…": whose figure it is, asked. */
function comesFrom(words: readonly string[]): boolean {
	if (words[0] === 'where') return askedSource('where', words);
	return (
		words[0] === 'from' &&
		words[1] === 'where' &&
		/^(?:come|comes|came)$/.test(words[2] ?? '') &&
		words.some((word) => givenWords.has(word))
	);
}

/** Words between a question word and its kind noun that say nothing of which ones: "which of the", "what kind of". */
const modifierSkipped =
	/^(?:the|a|an|of|kind|kinds|sort|sorts|type|types|other|two|both|main|exact|specific|particular|one|ones)$/;

/** Auxiliaries of a passive, after the noun a "by how many" question counts. */
const passiveAuxiliaries = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are']);
/** Words that say the ones counted are not the same ones: "how many different authorities". */
const sortWords = new Set(['different', 'separate', 'distinct', 'individual', 'other']);

/** Does what follows "by how many" say what was done to someone, in the passive ("has Barbecue been sanctioned")? */
function passiveRest(rest: readonly string[]): boolean {
	const at = rest.findIndex((word) => passiveAuxiliaries.has(word));
	return (
		at > 0 &&
		rest
			.slice(at + 1)
			.some((word, i, after) => word === 'been' || (/\p{L}{3}ed$/u.test(word) && i === after.length - 1))
	);
}

/** Verbs that say only that something was said or told. */
const plainSaying = /^(?:say|says|said|saying|tell|tells|told|report|reports|reported|state|stated|states)$/;

/** Verbs of saying that credit words to someone; not wanting, seeking or calling (which also names). */
const creditingSpeech = new Set(speechLexicon.speech.filter((verb) => !/^(?:want|call|seek|sought)/.test(verb)));

/** Words between "who" and a verb of saying that name no one: "who is the one saying", "who be the ones claiming". */
const speakerFiller = new Set([
	'is',
	'be',
	'was',
	'are',
	'were',
	's',
	'the',
	'one',
	'ones',
	'that',
	'exactly',
	'actually',
]);

/** What a source gives as a verb's noun: "whose sourcing", "whose reporting". */
const sourcingWords = new Set(['source', 'sources', 'sourcing', 'report', 'reports', 'reporting', 'claims']);

/**
 * "Who insisted that…", "who stressed…": a bare "who" before a verb of saying asks who said it; so
 * does "whose" before what a source gives ("whose sourcing underpins…", "whose account…").
 */
function saidBy(kind: FrameName, found: Found): boolean {
	const [asked] = found.in.slice(found.at, found.at + 1);
	if (kind !== 'who' || found.length !== 1) return false;
	// ("Who be the one sayin…": the one who says.)
	let at = found.at + 1;
	while (speakerFiller.has(found.in[at] ?? '')) at++;
	const next = found.in[at] ?? '';
	return asked === 'who'
		? creditingSpeech.has(next)
		: asked === 'whose' && (givenWords.has(next) || sourcingWords.has(next));
}

/** "at the last count", "as of the latest tally", "according to the most recent figures": the latest, said of a count. */
const latestCount =
	/\b(?:at|as of|by|according to|in|per) (?:the )?(?:last|latest|most recent|newest|current) (?:count|tally|check|figures?|numbers?|estimates?)\b/g;

function withoutLatestCount(words: string[]): string[] {
	const joined = ` ${words.join(' ')} `;
	const left = joined.replace(latestCount, ' ');
	return left === joined ? words : left.trim().split(/\s+/).filter(Boolean);
}

/**
 * "How many detainees would have to be moved out to bring it down to its official size?": how
 * many must go for what is held to fit what it was built for is how many more it holds (folded text).
 */
function downToCapacity(folded: string): boolean {
	return removedWords.test(folded) && capacityWords.test(folded);
}
/**
 * "How many people have no place in there?", "how many were without a bed?": those beyond what a place holds, which
 * is how many more it holds than it has places (folded text).
 */
const withoutPlace =
	/\b(?:no|without|lacked|lacking|sans|pa gen|pa t gen|pa te gen|pat gen|san|pas de|pas d|n avaient pas de|n avait pas de)\s+(?:an?\s+|any\s+|official\s+|(?:their|his|her)\s+own\s+|de\s+)?(?:place|bed|spot|room|space|cell|lit|kabann|plas)s?\b/;
const removedWords =
	/\b(?:moved?|removed?|released?|transferred|transfer|freed|taken out|kicked out|let out|let go|relocated?|sent away|leave|go|get out|sortir|partir|retirer|transferer|liberer|deplase|retire|libere|soti)\b/;
const capacityWords =
	/\b(?:capacity|official size|nominal|its places|built for|designed for|meant for|intended for|to fit|fit in|fit into|spots|places|beds|capacite|kapasite)\b/;

/** How many words a short opening phrase before a comma has ("in february 2023, was…"), or 0. */
function sceneLength(folded: string): number {
	const scene = /^([^,?]{1,40}),\s*\S/.exec(folded)?.[1];
	const words = scene?.split(/[^a-z0-9]+/).filter(Boolean) ?? [];
	return words.length > 0 &&
		words.length <= 4 &&
		/^(?:in|on|at|by|as of|back in|according to|per|en|an|nan|selon|d apres|dapre)\b/.test(scene ?? '')
		? words.length
		: 0;
}

/**
 * Prepositions before "all" or "every" that make it say where, when or how much, not what to list; or
 * what something is set against: "compared with every other country", "poorer than all its neighbours".
 */
const placePrepositions = new Set([
	'than',
	'with',
	'among',
	'amongst',
	'versus',
	'vs',
	'against',
	'in',
	'of',
	'across',
	'throughout',
	'around',
	'over',
	'from',
	'at',
	'on',
	'for',
	'by',
	// (And when: "…asked for reinforcements after all the attacks".)
	'after',
	'before',
	'since',
	'during',
	'following',
	'amid',
	'despite',
]);

/** Frames that ask one thing: one named before "timeline" is what the question asks. */
const singleFrames: FrameName[] = ['when', 'who', 'where', 'why', 'count', 'whoSaid'];

/** The words a list's phrase opens with that only say all of something: "all the", "every", "each of". */
const wholeOpeners = new Set(['all', 'every', 'each']);

/** Is the frame's word a bare "list" after a word that makes a noun of it, as WordNet has ("hit list", "wish list")? */
function nounBeforeList(found: Found): boolean {
	const before = found.in[found.at - 1];
	return found.length === 1 && found.in[found.at] === 'list' && nounsEndingInList().has(`${before} list`);
}

/** Does a frame of one of `kinds` start before `at` in the words? */
function frameBefore(kinds: readonly FrameName[], at: number, words: readonly string[]): boolean {
	return kinds.some((kind) => {
		const found = find(tables[kind].en, words);
		return found !== undefined && found.at < at;
	});
}

/** Frames that ask for a figure worked out: a ratio, a difference. */
const computedFrames: FrameName[] = ['ratio', 'difference'];

/** "Since when", in the three languages (folded text). */
const sinceWhen =
	/\b(?:since when|since (?:what|which) (?:year|date|month|day)|depuis quand|depuis (?:quelle|quel) (?:annee|date|mois)|depi ki ?le|depi ki (?:ane|dat|mwa|lane))\b/;

/**
 * "what was the vote count", "what is the death toll", "what was the inmate population": a noun for a number, after
 * what it counts. French asks it the same way ("quel est le bilan humain…"), its noun read in English.
 */
const tallyAsked = tallyAfter('(?:what|which|quel|quelle|quels|quelles)\\s+');

/** After "how large": "was the prison population", "is the inmate headcount". */
const sizeOfTally = tallyAfter('');

/**
 * A noun for a number after `opening`, and the words before it of what it counts. (No auxiliary among the words
 * before the noun: in "what did RNDDH count", "count" is the verb. Nor, with no copula, one followed by what it
 * would count: in "which rights group count the prisoners", "count" is the verb, its tense dropped.)
 */
function tallyAfter(opening: string): RegExp {
	return new RegExp(
		`^${opening}(?:(?:is|was|are|were|est|etait|sont|etaient)\\s+|(?!(?:\\S+\\s+){1,4}(?:count|tally|total)\\s+(?:the|their|all|those|these|\\d)))(?:(?:the|le|la|les|l)\\s+)?((?:(?!(?:did|does|do|has|have|had|will|would)\\s)[a-z]+\\s+){1,4}?)(?:count|tally|toll|total|population|headcount)\\b`,
	);
}

const populationOf = (tally: string) => /\bpopulation$/.test(tally);

const wordCount = (text: string) => text.split(' ').filter(Boolean).length;

const kindQuestionWords = new Set(whichWords);

/** What may stand between a noun for a part and the whole named after it: "de l'ONU", "des Nations unies", "of the UN". */
const wholeArticles = new Set(['of', 'the', 'de', 'des', 'du', 'l', 'la', 'le', 'les']);

/** Nouns for a part of a body or state: "which UN body", "which US agency", "which part of the UN". */
const partNouns = new Set([
	'part',
	'body',
	'organ',
	'agency',
	'branch',
	'arm',
	'wing',
	'office',
	'department',
	'division',
	'section',
	'unit',
]);

/** Words that ask which ones a text names: "which countries are named in the report". */
const namedWords = new Set([
	'named',
	'name',
	'names',
	'mentioned',
	'mention',
	'mentions',
	'cited',
	'cite',
	'cites',
	'listed',
	'referenced',
	'appear',
	'featured',
	// ("Which countries are involved in this story?", "quels pays interviennent…": those the report has a part for.)
	'involved',
	'intervene',
	'quote',
	'quotes',
	'quoted',
	'rely',
	'relies',
	'source',
	'sources',
	'sourced',
]);

/** Relative pronouns French and Creole questions keep as typed: "ki konpayi ki…", "quel parti qui…". */
const relative = new Set(['ki', 'k', 'qui', 'que', 'qu']);

const auxiliary = /^(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should)$/;

/** A kind of answer before a possessive, after "which": "which wire agency's", "what paper's". */
const whoseKind = /^\W*(?:which|what)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)['’]s\s/;
/** Verbs of saying, from the same list as fits.ts's `speechWords` (which imports this module, so cannot be imported here). */
const speech = new Set(speechLexicon.speech);

/**
 * "Which international wire agency's contacts said some detainees were scared…": a kind of
 * answer whose people or pages said something asks who said it, of that kind.
 */
function whoseWordAsked(read: ReadText): Frame | undefined {
	const phrase = whoseKind.exec(fold(read.cleaned))?.[1]?.split(/\s+/) ?? [];
	// "What is the government's response…" asks what the government said: "which" qualifies no kind there.
	if (phrase.some((word) => auxiliary.test(word) || word === 'the')) return undefined;
	for (let start = 0; start < phrase.length; start++) {
		const words = phrase.slice(start);
		const noun = [...words.slice(0, -1), singular(words.at(-1) ?? '')].join(' ');
		const kinds = kindNouns.get(noun);
		const rest = read.words.slice(1 + phrase.length);
		if (kinds && rest.some((word) => speech.has(word)))
			return { kind: 'whoSaid', rest, counted: [], parts: [], answerKinds: kinds, kindNoun: noun };
	}
	return undefined;
}

/**
 * "Which news outlet reported…", "what political party…": a question word, at most two words
 * that qualify, then a noun for a kind of party. The question word, the qualifiers and the noun
 * are the frame's words.
 */
function kindAsked(
	words: readonly string[],
	language: Language = 'en',
): (Found & { kinds: AnswerKind[]; noun: string; partOf?: string[] }) | undefined {
	const at = words.findIndex((word, i) => i <= 3 && kindQuestionWords.has(word));
	if (at < 0) return undefined;
	// "Which part of the UN greenlit the force?", "which branch of the US…": a part of the whole named after "of".
	const part = words[at + 1];
	if (part && partNouns.has(singular(part)) && words[at + 2] === 'of') {
		const whole = words.slice(at + 3).filter((word, i) => i > 0 || word !== 'the');
		// "Which part of the country…" asks for a place, not a body of it.
		if (placeWholes.has(whole[0] ?? '')) return undefined;
		const length = words.length - whole.length - at;
		return {
			in: words,
			at,
			length,
			kinds: ['organisation', 'coalition'],
			noun: singular(part),
			partOf: whole.slice(0, 2),
		};
	}
	// (Where the noun the kind is asked by stands: anywhere in English, first in Kreyòl.)
	const head = language === 'ht' ? kreyolHead(words, at) : words.length;
	// (A function word of the question's own language, no word of English, ends the noun as English's do.)
	const ownFunctionWord = (word: string) => stopwords[language].has(word) && englishTags(word).length === 0;
	for (let end = Math.min(words.length, at + 5); end > at + 1; end--) {
		// The noun ends its phrase: a verb or a function word follows ("what body count" asks no body).
		const next = words[end];
		// A verb in -s follows only a singular noun: "which company runs…", not "which news outlets…".
		// (A past form of its own counts too: "which body gave its blessing…", "which country sent…".)
		// (And a verb's base form before its object's article or number: "which group give the number…", "which group
		// count the prisoners", as a learner of English may put it.)
		const verb = (word: string) =>
			/ed$/.test(word) ||
			(/[^s]s$/.test(word) && !/s$/.test(words[end - 1] ?? '')) ||
			englishTags(word).includes('VBD') ||
			(englishTags(word).some((tag) => /^VBP?$/.test(tag)) &&
				/^(?:the|a|an|its|their|this|that|these|those|\d[\d,.]*)$/.test(words[end + 1] ?? ''));
		// "which news outlets (not NGOs…)": what sets something aside ends the noun too.
		// "which UN body actually approved…": an adverb before the verb ends it as well.
		const ends =
			next === undefined ||
			stopwords.en.has(next) ||
			// ("Quels médias haïtiens l'article cite-t-il ?": a function word of the question's own language too.)
			(language !== 'en' && ownFunctionWord(next) && !words.slice(at + 1, end).some(ownFunctionWord)) ||
			next === 'not' ||
			next === 'except' ||
			/^\p{L}{3,}ly$/u.test(next);
		if (!ends && !auxiliary.test(next) && !relative.has(next) && !verb(next)) continue;
		for (let start = at + 1; start < end; start++) {
			// What qualifies the noun is no function word: "what is the…" names no kind.
			// Nor a name's: "ki non prizon gang yo te atake a" asks the prison's name, not which gang.
			if (words.slice(at + 1, start).some((word) => stopwords.en.has(word) || /^names?$/.test(word))) break;
			// Kreyòl puts its noun first: in "ki prizon gang yo te atake", "gang yo" is who did it, and the prison is asked;
			// in "ki pi gwo prizon peyi a", the country is whose prison it is.
			if (start > head) break;
			const whole = [...words.slice(start, end - 1), singular(words[end - 1] as string)].join(' ');
			// "Quel État africain s'est porté…": French and Creole put an adjective after its noun; a last word English
			// does not know may be one.
			const last = words[end - 1] ?? '';
			const afterNoun =
				end - 1 > start && (englishTags(last).length === 0 || onlyAnAdjective(last))
					? [...words.slice(start, end - 2), singular(words[end - 2] as string)].join(' ')
					: undefined;
			const noun = kindNouns.has(whole) || !afterNoun ? whole : afterNoun;
			const found = kindNouns.get(noun);
			// "Which UN body…", "which US agency…": what qualifies a noun for a part may name the whole.
			const qualifiers = words.slice(at + 1, start);
			const partOf = partNouns.has(noun) && qualifiers.length > 0 ? { partOf: qualifiers } : {};
			if (!found) continue;
			// "Which bodies or governments sanctioned him?": a second kind offered is part of what is asked.
			// (French "ou" read as an adjective after the noun: "quels pays ou organisations".)
			const orAt = otherKind(words, end) || noun !== afterNoun ? end : end - 1;
			const other = otherKind(words, orAt);
			const kinds = other ? [...new Set([...found, ...other.kinds])] : found;
			return { in: words, at, length: (other ? orAt : end) - at + (other?.length ?? 0), kinds, noun, ...partOf };
		}
	}
	return undefined;
}

/** "…or governments", "…and news outlets" after a kind noun ending at `at`: the kinds and the words it takes. */
function otherKind(words: readonly string[], at: number): { kinds: AnswerKind[]; length: number } | undefined {
	// (French and Creole too: "quels pays ou organisations…".)
	// ("…outlets and groups…", "outlet/org": two kinds joined are asked together as well.)
	if (!['or', 'ou', 'oswa', 'oubyen', 'and', 'et', 'ak'].includes(words[at] ?? '')) return undefined;
	for (const size of [2, 1]) {
		const said = words.slice(at + 1, at + 1 + size);
		if (said.length < size) continue;
		const kinds = kindNouns.get([...said.slice(0, -1), singular(said.at(-1) as string)].join(' '));
		if (kinds) return { kinds, length: size + 1 };
	}
	return undefined;
}

/** A French or Creole cleft opening a message: "c'est X qui…", "se X ki…". */
const frenchCleft = /^\W*(?:c ?est|c'est|se)\s+(?:[\p{L}\p{N}'-]+\s+){1,4}?(?:qui|ki)\s+\S/u;
/** A question word that makes a cleft a question of its own: "c'est le RNDDH qui a dit quoi ?". */
const cleftAsks = /\b(?:quoi|quand|ou|combien|pourquoi|comment|quel|quelle|kisa|kile|kote|konbyen|poukisa)\b/;

/** Words that say how official or final a count is, not what it counts: "the official headcount", "the total tally". */
const countQualifiers = new Set([
	'official',
	'total',
	'overall',
	'final',
	'latest',
	'actual',
	'exact',
	'real',
	'correct',
]);

/** Wholes whose parts are places: "which part of the country", "what part of Haiti". */
const placeWholes = new Set(['country', 'nation', 'haiti', 'capital', 'city', 'island', 'region', 'pays', 'peyi']);

/** Frames whose word also opens a subordinate clause: "when the gangs came", "where he lives", "why he stayed", "the ex-cop who runs the gangs". */
const clauseFrames = new Set<FrameName>(['when', 'where', 'why', 'who']);
const questionOpeners = new Set(parts.openers.en);
/** One-word question openers of French and Creole, as typed. */
const typedOpeners = new Set([...parts.openers.fr, ...parts.openers.ht].filter((opener) => !opener.includes(' ')));

/**
 * "What did the guards do when things kicked off?": after another question word has opened the
 * question, "when", "where" or "why" opens a clause that only qualifies it.
 */
function opensClause(kind: FrameName, found: Found, words: readonly string[], folded: string): boolean {
	if (!clauseFrames.has(kind) || found.at === 0) return false;
	// "Qui était à la tête du gouvernement quand les gangs ont assiégé la prison ?": the same in French and Creole,
	// read in the words as typed.
	const openers = found.in === words ? questionOpeners : typedOpeners;
	// "What was the exact date of the siege?": a noun that asks for a date opens no clause; a question word does, and so
	// does a conjunction of time as chat and Creole write it ("qd", "lè").
	const word = found.in[found.at] ?? '';
	if (!openers.has(word) && !timeConjunctions.has(word)) return false;
	const [first = ''] = found.in;
	// "…ils ont fait quoi quand les gangs sont arrivés ?": French and Creole may ask "what" late, never as a relative.
	// ("Polisye ki t ap veye prizon an, kisa yo te fè lè…", read as "…what do when…": the same in its English words.)
	const whatBefore = found.in.slice(0, found.at).some((word) => lateWhat.has(word) || word === 'what');
	// ("…the force the UN signed off on — when does it show up?": after a dash or a colon, "when" asks again.)
	const setOff = /[—–:;]\s*when\b/.test(folded);
	return (
		(openers.has(first) && first !== found.in[found.at]) || whatBefore || (!setOff && timeClauseAfterDeed(found, words))
	);
}

/**
 * "The guards just left when things got hot?": with no question word before it, an English "when" after a
 * deed told in the past, and before a clause of its own, says when the deed was done; it asks nothing.
 * ("The siege, when did it start?", "Moïse was killed when exactly?" still ask when.)
 */
function timeClauseAfterDeed(found: Found, words: readonly string[]): boolean {
	if (found.in !== words || words[found.at] !== 'when' || found.at < 2) return false;
	const tags = englishTags(words[found.at + 1] ?? '');
	// The clause's subject: an article, a pronoun or a noun, by the word's commonest use; not "did", "exactly" or the end.
	const subject = /^(?:DT|PRP|NN)/.test(tags[0] ?? '');
	return subject && words.slice(0, found.at).some((word) => englishTags(word).includes('VBD'));
}

/** Conjunctions of time that are no question word of their own: French chat's "qd", Creole "lè" (folded). */
const timeConjunctions = new Set(['qd', 'le', 'lorsque', 'lorsqu']);

/** "What" where French and Creole chat puts it, after the verb ("il a fait quoi"): it is never a relative pronoun. */
const lateWhat = new Set(['quoi', 'kisa']);

/** A unit of room a count may be asked per: "place", "bed", "slot"… */
const roomUnit = String.raw`(?:place|spot|bed|space|cell|seat|slot|bunk)s?\b`;

/**
 * "How many inmates per place", "for every place": a count per unit is a ratio ("per the rights group" is not).
 * French "par" and Kreyòl "pa" only before a unit of room: "libérés par les gangs" is by whom.
 */
const perUnit = new RegExp(
	[
		// ("pou chak plas" as read: "pou each places".)
		String.raw`\b(?:per|for every|for each|pour chaque|pou chak|pou each|pour each|par|pa|chaque|chak)\s+(?:(?:single|one|1)\s+)?${roomUnit}`,
		String.raw`\bper\s+\w+\s+${roomUnit}`,
		String.raw`\b(?:per|for every|for each|pour chaque|pou chak)\s+(?!the\b|a\b|an\b|le\b|la\b|les\b|l\b)\w`,
		String.raw`\b(?:share|in|into|to|on) (?:each|every) (?:single )?${roomUnit}`,
	].join('|'),
);

/** "For every place in the prison, how many…": a unit opening the question, which what it asks is counted per. */
const perOpening = /^(?:for (?:every|each)|pour chaque|pou chak)\s+(?:(?:single|one|1)\s+)?\p{L}+/u;

/**
 * A count per unit of room, in so many words: "per place", "per rated slot", "pou chak plas"; or room per so many
 * held: "places per 100 inmates".
 */
const perRoom = new RegExp(
	[
		String.raw`\b(?:per|for every|for each|pour chaque|pou chak|pou each|pour each|chaque|chak)\s+(?:\w+\s+)?${roomUnit}`,
		String.raw`\b${roomUnit}\s+(?:per|for every|for each)\s+(?:\d+\s+)?(?:inmate|prisoner|detainee)s?\b`,
	].join('|'),
);

/** "By how many percent…", "combien de pour cent": a count asked as a percentage is a rate. */
const percentAsked =
	/\b(?:how (?:many|much)|combien de|konbyen)\s+(?:percent|per cent|percentage points?|pour ?cent|pousan|pousantaj)\b|%/;

/** Words that ask how large a part, in the three languages (folded). */
const extent =
	/(?:\bhow much of\b|\bwhat (?:part|portion|share|proportion) of\b|\bquelle (?:partie|part|proportion)(?= d)|\bki pati\b)(?! ?(?:the |du |de la |la |d |nan |of )?(?:world|monde|globe|planet|planete|lemonn|mond|monn)\b)/;

/** What "how much" asks a part of, not a number of: "how much territory", "ki kantite nan peyi a". */
const areaWords = new Set([
	'territory',
	'territories',
	'land',
	'area',
	'ground',
	'turf',
	'terrain',
	'country',
	'region',
]);

/**
 * Words that ask for the date itself, which a weekday does not give (folded): "the exact date", "calendar date",
 * "day and month". Not "when exactly…", which asks as precisely as the report says it ("Saturday night").
 */
const calendarDate =
	/\b(?:(?:exact|precise|specific|calendar|actual|full)\s+date|date\s+(?:exacte|precise)|dat\s+egzak|(?:day|jour|jou)\s*(?:and|n|et|ak)?\s*(?:the\s+|le\s+)?(?:month|mois|mwa))\b|\bcalendar\b/;
/**
 * Words that ask for the day itself, in the three languages (folded): "on what exact day", "which day", "date
 * exacte", "dat egzak".
 */
const exactDay =
	/\b(?:exact|exactly|precise|precisely|specific|exacte|precisement|egzak|egzakteman|(?:which|what) day(?! of the week)|quel jour|ki jou)\b/;

/** Exactness said of a day or date, not only by an adverb ("when exactly…"): "exact date", "precise day", "which day". */
const exactNoun =
	/\b(?:(?:exact|precise|specific|exacte|precise|egzak)\s+(?:date|day|jour|dat|jou)|(?:date|jour|dat|jou)\s+(?:exacte|precise|egzak)|(?:which|what) day(?! of the week)|quel jour|ki jou)\b/;

/** Words that ask the day of the week (folded): "what day of the week", "weekday", "quel jour de la semaine". */
const weekdayAsked = /\b(?:day of (?:the )?week|weekday|jour de (?:la )?semaine|jou nan semen)\b/;

/** Words that ask which day, not which date (folded): "which day", "quel jour", "ki jou". */
const dayAsked = /\b(?:(?:which|what) day|quel jour|ki jou)\b/;

/** Words that ask for the time of day, in English and French (folded): "what time", "à quelle heure". */
const timeOfDay = /\b(?:what time|what hour|which hour|at what time|quelle heure|a quelle heure|what o ?clock)\b/;

/** Nouns for a reason given: what a "why" question asks for. */
const reasonNouns = new Set([
	'reason',
	'reasons',
	'excuse',
	'excuses',
	'justification',
	'explanation',
	'motive',
	'rationale',
	'grounds',
]);

/** Parts of the day or week a "when" question may name: "which night", "quel soir", "ki swa". */
const periods = new Set([
	'night',
	'evening',
	'morning',
	'afternoon',
	'weekend',
	'nuit',
	'soir',
	'matin',
	'swa',
	'nwit',
	'maten',
]);

/** Units of a date, as a question's words name them after "what month": "and year", "n yr". */
const dateUnits = new Set([
	'year',
	'month',
	'day',
	'date',
	'time',
	'yr',
	'annee',
	'mois',
	'jour',
	'ane',
	'lane',
	'mwa',
	'jou',
]);

/** The frame's words with "and year", "or day" after them: "what month and year". */
function withDateUnits(found: Found): Found {
	let length = found.length;
	for (;;) {
		const next = found.in[found.at + length] ?? '';
		// "month and year", "month n yr", and "month+year" read as "month year".
		if (dateUnits.has(next)) length += 1;
		else if (
			['and', 'or', 'n', 'et', 'ou', 'ak'].includes(next) &&
			dateUnits.has(found.in[found.at + length + 1] ?? '')
		)
			length += 2;
		else break;
	}
	return { ...found, length };
}

const lateInTheDay = (word: string) => (word === 'evening' ? 'night' : word);

/**
 * A Creole question's words, each spelt as the frame phrases spell a word of the same meaning: "avan" is written
 * "anvan" there, and both are "before". Worked out from the lexicon, not listed by hand.
 */
function spelledAsFrames(read: ReadText): readonly string[] {
	if (read.language !== 'ht') return read.original;
	creoleSpellings ??= creoleSpellingsOf();
	const spellings = creoleSpellings;
	return read.original.map((word) => spellings.get(word) ?? word);
}

let creoleSpellings: ReadonlyMap<string, string> | undefined;

/** Each single Creole word of the lexicon that the frame phrases spell otherwise, with the frames' spelling. */
function creoleSpellingsOf(): ReadonlyMap<string, string> {
	const inFrames = new Set(order.flatMap((name) => frameWords[name].ht.flatMap((phrase) => phrase.split(' '))));
	const meaning = (word: string) => translations.ht.match([word], 0);
	const byMeaning = new Map<string, string>();
	for (const word of inFrames) {
		const found = meaning(word);
		if (found?.length === 1 && !byMeaning.has(found.value)) byMeaning.set(found.value, word);
	}
	const spellings = new Map<string, string>();
	for (const word of translations.ht.keys()) {
		if (word.includes(' ') || inFrames.has(word)) continue;
		const value = meaning(word)?.value;
		const framed = value === undefined ? undefined : byMeaning.get(value);
		if (framed) spellings.set(word, framed);
	}
	return spellings;
}

interface Found {
	in: readonly string[];
	at: number;
	length: number;
}

function find(table: PhraseTable<true>, words: readonly string[]): Found | undefined {
	for (let at = 0; at < words.length; at++) {
		const match = table.match(words, at);
		if (match) return { in: words, at, length: match.length };
	}
	return undefined;
}

function without(words: readonly string[], found: Found): string[] {
	return [...words.slice(0, found.at), ...words.slice(found.at + found.length)];
}

/** "how big", "what size", "quelle taille" ask for a size; "how old" an age; "how many X" counts X. */
function countedOf(found: Found, read: ReadText): string[] {
	const phrase = found.in.slice(found.at, found.at + found.length).join(' ');
	if (/\b(big|large|size|taille|gwo)\b/.test(phrase)) {
		// "How large was the prison population?": the size of a tally is the number, of what the words before it say.
		const tally = sizeOfTally.exec(found.in.slice(found.at + found.length).join(' '));
		const counted = (tally?.[1]?.trim().split(' ') ?? []).filter(
			(word) => !stopwords.en.has(word) && !onlyAnAdjective(word),
		);
		if (counted.length === 0) return ['size'];
		return tally && populationOf(tally[0]) ? [...counted, 'population'] : counted;
	}
	if (/\b(old|age|laj)\b/.test(phrase)) return ['age'];
	const after = countedAfter(found.in, found.at + found.length);
	// "Police unions - how many?", "hnp unions, how many of em": nothing counted after it, the topic is (read as "how
	// many is police unions", or left before it).
	const typed = after.length > 0 ? after : topicOf(found.in, found.at, found.at + found.length);
	const english = inEnglish(typed, read.language);
	// Read in English, a verb may show only now: "d'agents compte la…" is "officers counted…".
	const verb = english.findIndex((word, i) => i > 0 && (isPastTense(word) || countedEnds.has(word)));
	const counted = verb > 0 ? english.slice(0, verb) : english;
	// French and Kreyòl put the noun counted first ("syndicats de policiers", "sendika polis": police unions), English
	// last, as what is counted is read: the head moved to the end.
	if (found.in === read.words || typed.length < 2) return counted;
	const head = inEnglish(typed.slice(0, 1), read.language).at(-1);
	return head && counted.includes(head) ? [...counted.filter((word) => word !== head), head] : counted;
}

/**
 * The topic a "how many" with nothing after it counts: the words after an "is" that follows it (a label before a dash is
 * read so), else those before it. Up to three, a verb after them left out.
 */
function topicOf(words: readonly string[], at: number, end: number): string[] {
	const is = words.indexOf('is', end);
	const asked = is >= 0 && words.slice(end, is).every((word) => partitive.has(word)) ? words.slice(is + 1) : [];
	const topic = asked.length > 0 ? asked : words.slice(0, at);
	const verb = topic.findIndex((word, i) => i > 0 && isPastTense(word));
	return (verb < 0 ? topic : topic.slice(0, verb)).filter((word) => !stopwords.en.has(word)).slice(0, 3);
}

/** Words for people, as counted nouns read in English: nothing after one is part of what is counted. */
const peopleWords = new Set(['people', 'persons', 'person', 'individuals', 'moun', 'gens', 'personnes']);

/** Words that open a partitive after "how many": "of the", "of those", "des", "nan". */
const partitive = new Set(['of', 'the', 'these', 'those', 'them']);

/** A verb in the past, as written or as chat drops its "e" ("askd": no word of its own, "asked" with the "e"). */
function isPastTense(word: string): boolean {
	return (
		/..ed$/.test(word) ||
		(/^[a-z]{2,}[^aeiou]d$/.test(word) && !isEnglishWord(word) && isEnglishWord(`${word.slice(0, -1)}ed`))
	);
}

function countedAfter(words: readonly string[], from: number): string[] {
	// "How many cases of cholera…": a noun for instances of something counts what follows its "of".
	if (instanceUnits.has(words[from] ?? '') && words[from + 1] === 'of') return countedAfter(words, from + 2);
	const counted: string[] = [];
	for (const word of words.slice(from)) {
		// "How many of the main police unions…": a partitive opens what is counted rather than ending it.
		if (counted.length === 0 && partitive.has(word)) continue;
		// "combien d'agents compte la police" reads "how many officers counted…": a verb ends what is counted.
		// ("askd", "killd": chat's past tense.)
		if (countedEnds.has(word) || counted.length >= 3 || (counted.length > 0 && isPastTense(word))) break;
		if (word !== 'de' && word !== 'd' && word !== 'of') counted.push(word);
		// "konbyen moun Penitansye Nasyonal la…": a word for people is the whole of what is counted.
		if (peopleWords.has(word)) break;
	}
	return counted;
}

/** Nouns for instances of whatever follows their "of": "cases of cholera", "incidents of kidnapping". */
const instanceUnits = new Set([
	'cases',
	'case',
	'instances',
	'incidents',
	'occurrences',
	'episodes',
	'counts',
	'reports',
]);

/** Words that ask which one, left beside a phrase that asks the order ("which one happen first"). */
const askingOne = new Set(['which', 'wich', 'what', 'wat', 'one']);

/** An event's words without the asking's at either end: "which one", "what". */
function withoutAsking(part: readonly string[]): string[] {
	let [start, end] = [0, part.length];
	while (start < end && askingOne.has(part[start] ?? '')) start++;
	while (end > start && askingOne.has(part[end - 1] ?? '')) end--;
	return part.slice(start, end);
}

/**
 * "Did the port attack happen before or after the siege?": the frame's words stand between the
 * two events, which are what comes before and after them (in English, as read).
 */
function between(found: Found, language: Language): string[][] | undefined {
	// ("Which one happen first: A or B?": the words that ask, left before the phrase, are no event.)
	const before = withoutAsking(found.in.slice(0, found.at));
	// "…before or after the count, and by about how many months?": what follows "and by how…" asks something else.
	const rest = found.in.slice(found.at + found.length);
	const asksMore = rest.findIndex((word, i) => word === 'and' && /^(?:by|how|about|roughly)$/.test(rest[i + 1] ?? ''));
	const after = withoutClosingWords(asksMore < 0 ? rest : rest.slice(0, asksMore));
	if (found.at === 0) return separatedFrom(after, language);
	// ("…attack port before or after prison?": one word of its own is an event named by what it happened to.)
	const named = (words: readonly string[]) =>
		words.filter((word) => !stopwords[language].has(word) && !stopwords.en.has(word));
	if (before.length < 2 || (after.length < 2 && named(after).length === 0)) return undefined;
	// ("Between A and B, how many years passed?": the two set first, what follows only closes the question.)
	if (
		/^(?:between|entre|ant)$/.test(before[0] ?? '') &&
		named(withoutClosingWords(inEnglish(after, language))).length === 0
	)
		return undefined;
	// "…About how many months separate the two?": what follows only points back to both, told before.
	if (
		/^(?:(?:separat\w*|divid\w*|lie|are|is)\s+)?(?:between\s+)?(?:the two|them|both|these|those|each other)\b|^(?:entre les deux|entre eux|ant (?:de )?yo)\b/.test(
			after.join(' '),
		)
	)
		return undefined;
	// "Qu'est-ce qui est arrivé en premier, l'attaque du port ou le siège ?": the two events offered after the words
	// that ask, either side of "or"; what came before them only asks.
	const or = after.findIndex((word, i) => i > 0 && orWords.has(word));
	if (or > 0 && or < after.length - 1)
		return [after.slice(0, or), after.slice(or + 1)].map((part) => inEnglish(part, language));
	return [before, after].map((part) => inEnglish(part, language));
}

/** "Or" in the three languages, as typed. */
const orWords = new Set(['or', 'ou', 'oswa', 'oubyen', 'vs', 'versus']);

/**
 * Words that only close a question of two events after what asks it: "…, how many months is that?", "how many years
 * have flowed?", "how much time passed, more or less?", "how many yrs apart is dat".
 */
const closingWords =
	/^(?:apart|is|was|are|were|that|dat|dis|this|it|have|has|had|been|flow\w*|pass\w*|elaps\w*|happen\w*|ecoul\w*|gone|went|go|by|more|or|less|roughly|approximately|exactly|about|total|there|then|them|in|between)$/;

/** Two events' words without the words after them that only close the question. */
function withoutClosingWords(words: readonly string[]): string[] {
	let end = words.length;
	while (end > 0 && closingWords.test(words[end - 1] ?? '')) end--;
	return words.slice(0, end);
}

/**
 * "Combien de mois séparent l'assassinat du président Moïse du décompte du RNDDH ?": French sets the two events
 * after its verb of separating, the second after the last "du", "des", "de l'" or "de la". Undefined in other
 * languages, or without that verb.
 */
function separatedFrom(words: readonly string[], language: Language): string[][] | undefined {
	const verb = words.findIndex((word) => /^separ/.test(word));
	if (language !== 'fr' || verb < 0) return undefined;
	const events = words.slice(verb + 1);
	// ("…séparent l'accord de décembre 2022 et le décompte des détenus": "et" joins the two, and "des" is the second's.)
	const and = events.indexOf('et');
	if (and > 0 && and < events.length - 1)
		return [events.slice(0, and), events.slice(and + 1)].map((part) => inEnglish(part, language));
	const at = events.findLastIndex(
		// ("…l'alerte du RNDDH sur la surpopulation de son décompte…": "de" before a possessive too.)
		(word, i) =>
			i > 0 &&
			(/^(?:du|des)$/.test(word) ||
				(word === 'de' && /^(?:la|l|son|sa|ses|leur|leurs|ce|cet|cette)$/.test(events[i + 1] ?? ''))),
	);
	if (at <= 0 || at >= events.length - 1) return undefined;
	return [events.slice(0, at), events.slice(at + 1)].map((part) => inEnglish(part, language));
}

/**
 * The two events of a "same year" question: before and after the words that ask ("was the deal
 * struck the same year Moïse was killed?"), or both before them ("did A and B happen in the same
 * year? which year?").
 */
function sameTimeParts(found: Found, language: Language): string[][] {
	const before = inEnglish(found.in.slice(0, found.at), language);
	const after = inEnglish(found.in.slice(found.at + found.length), language).filter((word) => word !== 'as');
	const asks = after.length < 2 || /^(?:which|what|when|and|so|if)$/.test(after[0] ?? '');
	return asks ? splitParts(before) : [before, after];
}

/** Words that only ask: "since when roughly", "for which reason". */
const asking = new Set([
	'when',
	'since',
	'roughly',
	'about',
	'approximately',
	'exactly',
	'precisely',
	'then',
	'ago',
	'reason',
	'reasons',
	'raison',
	'rezon',
]);

/** "A or B", "A and B", "between A and B", "separate A from B", "from A to B", "A before B", "after A was B": two events to compare. */
function splitParts(words: readonly string[], span = false): string[][] {
	// "…or rnddh's count? and when was each": a question of its own after the two events is not the second one.
	const text = words
		.join(' ')
		.replace(
			/\s+(?:and|also|et|epi)\s+(?:when|what dates?)\s+(?:was|were|did|is|are)\s+(?:each|both|they|them)\b.*$/,
			'',
		)
		// "A; later B. About how many months separate the two?": what points back to both is neither.
		.replace(
			/\s+(?:about\s+)?(?:separat\w*|divid\w*|lie between|are between|apart)\s+(?:the two|them|both|these|those)\b.*$/,
			'',
		)
		// ("…, combien d'années entre les deux?", "konbyen tan ant de yo?": French's and Creole's "between the two".)
		.replace(/\s+(?:entre les deux|entre eux|ant (?:de )?yo)\b.*$/, '');
	const separators = [
		/\bbetween (.+?) and (.+)/,
		// ("…separate RNDDH's warning about overcrowding and understaffing from the year…": "from" over any "and".)
		/\bseparat\w* (.+) from (.+)/,
		/\bseparat\w* (.+?) and (.+)/,
		/\bfrom (.+?) (?:to|until|till) (.+)/,
		// ("depi yo touye Jovnel rive nan kont RNDDH la": Creole's "from… up to…" is "depi… rive nan…".)
		...(span ? [/\bsince (.+?) (?:arrive (?:nan|jis|jiska)|until|till|up to) (.+)/] : []),
		// ("Yrs between RNDDH's overcrowding/understaffing warning and its count?": for a span, an "or" within the first of
		// two joined by "and" joins two words of one.)
		span ? /(.+?)\b(?:or|ou|oswa|vs|versus)\b(?!.*\b(?:and|et|ak|epi)\b)(.+)/ : /(.+?)\b(?:or|ou|oswa|vs|versus)\b(.+)/,
		/\bafter (.+?) (?:was|were|did|is) (.+)/,
		/\bbefore (.+?) (?:was|were|did|is) (.+)/,
		// ("…years before Moïse's assassination did RNDDH warn about overcrowding and understaffing": the auxiliary the
		// frame's "before" left divides the two before any "and" within the second does.)
		/^(\S+(?: \S+)+?) (?:did|had) (.+)/,
		/(.+?)\b(?:and|et|ak|epi)\b(.+)/,
		// "Moise is killed; later the RNDDH counts…": told in order, one after the other.
		/(.+?)\b(?:later|then|afterwards|subsequently|ensuite|puis|apre sa)\b(.+)/,
		/(.+?)\b(?:after|before|apres|avant|apre|anvan)\b(.+)/,
		/(.+?)\b(?:when|lorsque)\b(.+)/,
		// "…after Moise got killed the UN says…", "…before Moise was killed that rights group was…": a past participle,
		// then a determiner that opens the other event's subject.
		/(.+?\b\w{3,}ed)\s+((?:the|that|this|those|these|its|their)\s.+)/,
		/(.+?)\b(?:was|were)\b(.+)/,
		// "how many years after A did B…": the frame took the "after", the auxiliary is left between the two.
		// Creole marks the past with "te" after the subject: "konbyen tan apre A, RNDDH te konte…".
		/(.+?)\b(?:did|had|te)\b(.+)/,
		// "months from A to B": the frame took the "from". (Only a span asked: "trying to escape" is one event.)
		...(span ? [/(.+?)\b(?:to|until|till)\b(.+)/] : []),
		// "konbyen tan apre asasina Jovnel yo te siyen akò a": Creole's subject and "te" read as the past tense of the
		// verb that opens the second event.
		/^((?:\S+ ){1,4}?\S+) (\w{3,}ed (?:\S+ )*?\S+)$/,
		// "moise killed in 2021, homicides more than doubled in 2023": a year ends what one event says, the next begins.
		/(.+?\b(?:1[89]|20)\d\d)\s+(\p{L}.+)/u,
	];
	// ("how long's Henry been in charge then, since when roughly": a side of nothing but asking words is no event.)
	// ("…desanm 2022 la": a Creole or French determiner left after the year is no event of its own.)
	const eventful = (side: string) =>
		side
			.split(' ')
			.some(
				(word) =>
					word && !stopwords.en.has(word) && !stopwords.ht.has(word) && !stopwords.fr.has(word) && !asking.has(word),
			);
	for (const separator of separators) {
		const match = separator.exec(text);
		if (match?.[1]?.trim() && match[2]?.trim()) {
			if (!eventful(match[1]) || !eventful(match[2])) return [];
			return [match[1].trim().split(' '), match[2].trim().split(' ')];
		}
	}
	return [];
}
