import { englishTags } from '../language/english-words.js';
import parts from '../language/lexicon/parts.json' with { type: 'json' };
import { chatQuestionWords, fillerTable, fold, stopwords } from '../language/lexicon.js';
import { askingWord, leadingJoiner, relayer, toldBy } from '../language/read.js';
import { phraseAlternatives } from '../text.js';
import { yesNoEnding } from './tagged.js';

/** Question words in the three languages, and as chat spells them ("wen", "wat", "hw"): they open questions. */
const questionWords = new Set(Object.values(parts.openers).flat());
// "…in feb?? y is he still there": a lone "y" is "why" only before an auxiliary.
const openers = `${phraseAlternatives([...questionWords, ...chatQuestionWords])}|y(?=\\s+(?:${phraseAlternatives(parts.auxiliaries)})\\b)`;
const joiners = phraseAlternatives(parts.joiners);
const asked = `(?:${phraseAlternatives(parts.auxiliaries)})\\s+(?:${phraseAlternatives(parts.pronouns)})`;

/** French asks by putting the subject pronoun after the verb: "a-t-il réagi", "est-elle", "sont-ils". */
const frenchInversion = String.raw`\b[a-z]+-t-(?:il|elle|on|ils|elles)\b|\b(?:est|etait|sont|ont|avait|peut|doit)-(?:il|elle|ils|elles|ce|on)\b`;

/** A part that asks something: an opener anywhere, an auxiliary of its own (after "and", say), or a question mark. */
// (Kreyòl "ki" before a noun opens a question only at the start: "Ki kapasite…"; after a noun it is "who/that".)
// ("…wen? any deploy timeline": "any" and a noun opening a part ask whether there is one.)
const asks = new RegExp(
	`\\b(?:${openers})\\b|^\\W*(?:(?:${joiners})\\s+)*(?:${phraseAlternatives(parts.auxiliaries)})\\b|\\?\\s*$|${frenchInversion}|^\\W*ki\\s+[a-z]|^\\W*(?:(?:${joiners})\\s+)*any\\s+[a-z]{3,}`,
);

/**
 * A sentence that is a question: it ends with a question mark, opens with an auxiliary, has a
 * question word within its first few words ("ok but who…"), or ends a clause on one after "since"
 * ("henry in office since wen, and…"). "Mon frère me dit que…" tells, with a "que" of a clause.
 */
const opensQuestion = new RegExp(
	`^\\W*(?:[\\p{L}']+\\W+){0,3}?(?:${openers})\\b|^\\W*(?:${phraseAlternatives(parts.auxiliaries)})\\b|\\?\\s*$|\\b(?:since|from|until|till)\\s+(?:${openers})\\W*,`,
	'u',
);

/** Whether a sentence (folded) is a question: a question mark, an auxiliary first, or a question word among its first words. */
export function opensAQuestion(folded: string): boolean {
	if (!opensQuestion.test(folded)) return false;
	// "Ma commère Gisèle, qui a un fils…", "my cousin Fritz, who lives in Miami, …": a relative after the one it is of
	// tells of them; only a question mark makes the sentence ask.
	const relative = relativeOpening.exec(folded);
	if (!relative?.[1] || /\?\s*$/.test(folded)) return true;
	const chat = (word: string) =>
		!word || fillerTable.has(word) || leadingJoiner.test(word) || stopwords.en.has(word) || stopwords.fr.has(word);
	return relative[1].split(/[^\p{L}']+/u).every(chat);
}

/** A few words, a comma, and a word that opens a relative clause as well as a question (folded). */
const relativeOpening = /^\W*((?:[\p{L}']+\s+){0,2}[\p{L}']+),\s*(?:qui|who|which|whom|ki|que|where|ou)\b/u;

/**
 * A number (not a year) in digits or words, or "times": a sentence with one says something of what is asked.
 * ("One" is too often a pronoun to count: "quick one for the mods: …".)
 */
const givesNumber =
	/\b(?!(?:19|20)\d\d\b)\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|times|half)\b/;

/**
 * Words that point back to what was said before: "why did he…", "who did it?", "when was that?".
 * A demonstrative before a noun names what it points to itself ("how big is that jail").
 */
const pointsBack =
	/\b(?:he|she|it|its|they|them|him|her|his|their|there|il|elle|ils|elles|ca|cela|c['’ ]est|ses|son|leur|leurs|li|yo|sa|la)\b/;
const demonstrative = /\b(?:that|this|these|those)\b(?:\s+(\w+))?/g;

/** Whether a part points back to the sentence before it: a pronoun, or a demonstrative with no noun after it. */
function pointsBackIn(folded: string): boolean {
	if (pointsBack.test(folded)) return true;
	return [...folded.matchAll(demonstrative)].some(
		([, next]) => !next || stopwords.en.has(next) || verbsAfter.has(next),
	);
}

/** A part that only offers two things to choose from, with no question word: "day time or night time?". */
const onlyOffered = /^\W*(?:[\p{L}'-]+\s+){0,2}[\p{L}'-]+\s+(?:or|ou|oswa)\s+(?:[\p{L}'-]+\s+){0,2}[\p{L}'-]+\W*$/u;

/** A demonstrative with "one" for its noun: "that one", "this one". */
const pointsWithOne = /\b(?:that|this|these|those) ones?\b/;

/** Verbs a demonstrative can be the subject of: "when did that happen", "what does this mean". */
const verbsAfter = new Set(['happen', 'happened', 'mean', 'means', 'come', 'came', 'say', 'said']);

/** A tail that names what is wanted of the question before it: "need a name", "full date pls". */
const wants =
	/\b(?:name|names|named|date|dates|day|year|number|numbers|figure|figures|source|sources|who|when|where|how many|list|timeline|order|exact|full|nom|dat|non)\b/;

/** Words that say which of someone's names are wanted (folded): "the real name and the nickname". */
export const namesWanted = /\b(?:nicknames?|alias|aka|surnom|real name|full name)\b/;

/** How many words a tail that names what is wanted runs to: "need a name", "full date pls". */
const shortWant = 5;

/** A part that names what it wants after a colon: "two things: the capacity". */
const announced = /:\s*\S/;

/**
 * A question without the sentence of chat after it: "which agency said so? … sounds fake ngl".
 * A sentence that asks, or names what is wanted ("need the date"), stays.
 */
function withoutChatAfter(part: string): string {
	const cut = [...part.matchAll(/(?<=\p{Ll}{2}[.!;])\s+(?=\S)/gu)].at(-1);
	if (!cut?.index) return part;
	const before = part.slice(0, cut.index);
	const after = fold(part.slice(cut.index));
	return asks.test(fold(before)) && !asks.test(after) && !wants.test(after) ? before : part;
}

/**
 * What the asker heard, after the question: "…, someone wrote 7/7/21 lol", "? J'ai vu passer « 3 687 »",
 * "… moun ap di 5000". Someone who told, a helper verb or not, then the telling.
 */
// (The asker's own hearing needs no comma before it: "…lead the force mwen tande se yon peyi lafrik".)
const hearsayAfter = new RegExp(
	`(?:[,;.!?…]|\\s[—–-])\\s*${toldBy}\\b|\\s(?=(?:mwen|m) tande\\b|i heard\\b|j ?ai entendu\\b)`,
);

/** Words that only ask for the figure or date whatever it is of: "what's the real number", "exact date?". */
const askedOnly = /^(?:real|actual|true|correct|right|exact|exactly|official|vrai|vrais|exacte|reel|reelle|vre|egzak)$/;

/**
 * The question without what the asker heard after it, where the question says what it asks of by
 * itself: "when was Moïse killed, someone wrote 7/7/21" asks the date. Where it asks only for the
 * figure ("what's the real number? ppl are saying 5000 inmates escaped"), it asks of what was
 * heard, said without who told it.
 */
function withoutHearsayAfter(text: string): string {
	// Folded a character at a time, so that a cut found in it falls in the same place in the text ("…" stays one).
	const folded = [...text].map((c) => (fold(c).length === c.length ? fold(c) : c)).join('');
	const heard = hearsayAfter.exec(folded);
	if (!heard) return text;
	const before = folded.slice(0, heard.index);
	if (!asks.test(before)) return text;
	const own = before
		.split(/[^a-z0-9']+/)
		.filter(
			(word) =>
				word &&
				!stopwords.en.has(word) &&
				!stopwords.fr.has(word) &&
				!questionWords.has(word) &&
				!wants.test(word) &&
				!askedOnly.test(word),
		);
	if (own.length > 0) return text.slice(0, heard.index + 1);
	// "What's the real number? ppl are saying 5000 inmates escaped": asked of what was heard, without who told it.
	const told = text.slice(heard.index + heard[0].length).replace(/^\s*(?:(?:that|que|ke)\b|qu['’])\s*/iu, '');
	return `${text.slice(0, heard.index)}, ${told.trim()}`;
}

/**
 * A clause about the asker after the question: "…again, my memory's not what it used to be lol", "…?
 * as my friends in Delmas are worried", "…? I need the precise body", "…, mwen bezwen konnen". Not "i mean…",
 * which says what is asked.
 */
const askerAfter =
	/[,;?!.]\s*(?:(?:as|because|since|cause|cuz|coz|bc|paske|parce que|car)\s+)?(?:my|i|i'm|im|i've|ive|i'd|me|mwen|m|je|j['’]ai|moi)\b(?!\s+(?:mean|meant)\b)[^?]*$/iu;

/** What the answer is for, after a comma: "…, for the backgrounder", ", 4 my essay", ", it's for a school project". */
const purposeAfter = new RegExp(
	`,\\s*(?:(?:it['’]?s|its|this is|that['’]?s|c['’]est)\\s+)?(?:for|4|pour|pou)\\s+(?:(?:the|my|our|a|an|mon|ma|un|une|le|la)\\s+)?(?:\\p{L}+\\s+)?(?:${phraseAlternatives(parts.purposes)})(?:\\s+\\p{L}+)?\\W*$`,
	'iu',
);

/**
 * Why the asker asks, said of the report after the question: "…, since the article relies on it for the
 * figures", "…, since the article does not seem to name it", "…, puisque l'article n'en dit rien".
 */
const reasonOfReportAfter =
	/,\s*(?:since|as|because|given that|seeing that|seeing as|puisque|comme|vu que|paske|piske)\s+(?:the|this|that|your|l['’]|le|la|cet|cette|ce|atik|rapò)\s*(?:article|report|piece|story|text|writer|author|rapport|texte|auteur|atik|rapò)\b[^?]*\W*$/iu;

/** The question without what the asker says of themself after it, where what is before asks. */
function withoutAskerAfter(text: string): string {
	// (What the answer is for says nothing of what is asked, whatever comes before it.)
	const purpose = purposeAfter.exec(text);
	if (purpose && purpose.index > 0 && text.slice(0, purpose.index).trim().split(/\s+/).length >= 2)
		return text.slice(0, purpose.index);
	const reason = reasonOfReportAfter.exec(text);
	if (reason && reason.index > 0 && asks.test(fold(text.slice(0, reason.index)))) return text.slice(0, reason.index);
	// ("barbecue real name? need exact spelling": after a question mark, what the asker needs is no question.)
	const need = needAfterQuestion.exec(text);
	if (need && need.index > 0) return text.slice(0, need.index + 1);
	// ("wen did they kill jovenel moise again grandma forgot da date": who forgot, and so asks, is no part of it.)
	const forgot = forgotAfter.exec(text);
	if (forgot && forgot.index > 0 && asks.test(fold(text.slice(0, forgot.index)))) return text.slice(0, forgot.index);
	// ("…oswa se yon ti prizon konsa, li di mezanmi jezi mari jozef": what the one asked for says after it, likewise.)
	const saying = [...text.matchAll(tellerAfter)].find(
		([, who = '']) => relayer(fold(who)) || tellingPronouns.has(fold(who)),
	);
	if (saying && saying.index > 0 && asks.test(fold(text.slice(0, saying.index)))) return text.slice(0, saying.index);
	// ("kisa Barbecue di moun fè ak timoun yo pou lekòl la paske ti Jonas ap al lekòl lendi": why the asker asks, after
	// a question that asks no reason, is no part of it.)
	const because = becauseAfter.exec(text);
	const before = because ? fold(text.slice(0, because.index)) : '';
	if (because && because.index > 0 && asks.test(before) && !asksWhy.test(before)) return text.slice(0, because.index);
	const about = askerAfter.exec(text);
	if (about && about.index > 0 && asks.test(fold(text.slice(0, about.index)))) return text.slice(0, about.index);
	// ("whos volunteered to lead this intl force then, not us i hope lol": what the asker hopes or guesses, after a
	// comma, with a few words of their own before it.)
	const hope = hopeAfter.exec(text);
	if (hope && hope.index > 0 && asks.test(fold(text.slice(0, hope.index)))) return text.slice(0, hope.index);
	// ("Who said it was large? A friend from my church forwarded me a message and I want to know where it comes from":
	// a sentence of the asker's own after the question, which asks nothing but of what the question asked.)
	const story = storyAfterQuestion.exec(text);
	const told = story?.[1] ? fold(story[1]) : '';
	// (Not one that names what is wanted: "Please give me the real name and the nickname.")
	// (Nor one told by someone, "she says in her day when your time was up…", whose question words ask nothing.)
	const asksOwn = !toldBySomeone.test(told) && (asks.test(told) || wants.test(told) || namesWanted.test(told));
	return story && story.index > 0 && (!asksOwn || askedOfItOnly.test(told)) ? text.slice(0, story.index + 1) : text;
}

/**
 * A sentence after a question mark, to the end, that speaks of the asker or of the one they ask for: "…? A friend of
 * mine sent me this.", "…? She says in her day you went home.", "…? Nevè m nan di m se plis pase twa."
 */
const storyAfterQuestion =
	/\?\s*((?=[^?]*(?<!\p{L})(?:my|i|me|mwen|m|je|moi|mine|ma|mon|mes|she|her|we|our|us|nou|nous|notre)(?!\p{L}))(?:[^?\s]+\s+){3,}[^?\s]+[.!]*)\s*$/iu;
/** A sentence that opens with someone saying something, not asking it: "she says…", "my cousin swears…" (folded). */
const toldBySomeone =
	/^(?:(?:my|her|his|our|the)\s+)?[a-z]+\s+(?:says|said|swears|swore|remembers|thinks|di|dit|te di)\b(?!\s+(?:who|what|when|where|why|which|how|if|whether)\b)/;
/** Asking only of what was asked before, pointed at: "where it comes from", "who is behind this" (folded). */
const askedOfItOnly = /\b(?:where|who|what|whom)\s+(?:[a-z']+\s+){0,2}(?:it|this|that)\b(?!\s+[a-z]{3,}\s+(?!from\b))/;

/**
 * Someone of the asker's saying something, after a comma, to the end: ", li di mezanmi", ", she says God help us".
 * Whoever it is must be a person (see `relayer`) or a pronoun for one.
 */
const tellerAfter =
	/[,;]\s*(?:(?:my|her|his|our)\s+)?(\p{L}+)\s+(?:di|says|said|dit|te di)\b(?!\s+(?:who|what|when|where|why|which|how|if|whether|kisa|ki|kote|kil[eè]|poukisa|konbyen|si)\b)(?=[^?]*$)/giu;
/** French and Creole pronouns for the one who speaks after the question: "li", "l", "elle", "il". */
const tellingPronouns = new Set(['li', 'l', 'elle', 'il']);

/** A clause of cause ending the message: "…, because my son goes to school monday", "…paske ti Jonas…". */
const becauseAfter = /[\s,;]+(?:because|cuz|coz|paske|parce que|parce qu['’])\s+[^?]*$/iu;
/** A question that asks why, whose "because" may be the reason it offers (folded). */
const asksWhy = /\b(?:why|y|pourquoi|poukisa|pou ki sa|reason|raison|rezon)\b/;

/** A guess or hope of the asker's after a comma: ", not us i hope", ", probably the UN i guess", ", je crois". */
const hopeAfter =
	/[,;]\s*(?:[^\s,?]+\s+){0,4}(?:i|je|j['’]|mwen|m)\s*(?:hope|guess|think|bet|reckon|suppose|assume|imagine|espère|espere|crois|pense|panse|kwè|kwe)\b[^?]*$/iu;

/** Who forgot, after the question, commas or not: "…again grandma forgot da date", "…i cant remember". */
const forgotAfter =
	/[\s,;?!.]+(?:(?:my|our|ma|mon)\s+)?(?:i|grandma|granny|grandmother|grandpa|grandfather|mom|mum|mama|dad|papa|auntie|aunt|uncle|grann|manman|tonton|matant)\s+(?:forgot|forgets|forget|keeps? forgetting|can['’]?t remember|cant remember|don['’]?t remember|dont remember|bliye)\b[^?]*$/iu;

/**
 * What the asker needs or is doing, after a question mark: "? need exact spelling", "? confirming title",
 * "? m bezwen l pou kou istwa m", "? j'en ai besoin pour mon devoir"; how the answer is to be put: "? yr only",
 * "? one line".
 */
const needAfterQuestion =
	/\?\s*(?:(?:i|m|mwen|j['’]en|je)\s+)?(?:need|needs|want|wanna|just need|confirming|checking|double[- ]checking|verifying|asking|bezwen|vle|ai besoin|veux|for (?:my|a|an|the|our)\b|pou (?:kou|devwa|klas)\b|pour (?:mon|ma|mes|un|une)\b|(?:the\s+)?(?:yr|year|date|day|name|number|figure|nos?|numbers|figures)s?\s+only\b|(?:in\s+)?one\s+line\b|short\s+answer\b|briefly\b|in\s+brief\b|tl;?dr\b)[^?]*$/iu;

/** An attribution between commas, or before a colon: ", according to the piece,", ", selon l'article :", ", dapre atik la,". */
const attributedAside = /,\s*(?:according to|per|going by|selon|d['’]apr[eè]s|dapre)\s+[^,?!.;:]{1,40}[,:]/giu;

/** The joiners that set one side of a comparison against the other. */
const comparing = /\b(?:vs|versus|compared to|as opposed to|contre|kont)\b/;

/** A sentence that opens a question of its own after a joiner: "also when did…", "and who…". */
const opensAnother = new RegExp(`^(?:(?:${joiners})\\s+)+(?:${openers})\\b`);

/** A sentence that opens on a question word and its auxiliary: "why'd the UN…", "when did…". */
const opensOwn = new RegExp(
	`^(?:${phraseAlternatives([...questionWords])})(?:['’]d|\\s+(?:${phraseAlternatives(parts.auxiliaries)}))\\b`,
);

/** A message that opens with a condition or a cause. */
const condition = new RegExp(`^\\W*(?:${phraseAlternatives(parts.conditions)})\\b`);

/**
 * "…held at the Pén. National?": does the sentence before end with a name's abbreviation that a word or two
 * after it finish, ending the question? Then its dot ends no sentence. ("…in May. Why?" asks again.)
 */
export function abbreviatedNameGoesOn(before: string, after: string): boolean {
	return (
		abbreviationEnds.test(before) && nameEnds.test(after) && !opensAQuestion(fold(after).replace(/[\s?!.]+$/u, ''))
	);
}

/**
 * "What was the nominal capacity vs. the actual population of the prison?": two things set against each other after one
 * "what is", each asked as a question of its own, with what the second is of ("of the prison") said of the first too.
 *
 * @example
 * twoSidesAsked('what was the capacity vs the population of the prison?');
 * // ['what was the capacity of the prison?', 'what was the population of the prison?']
 */
function twoSidesAsked(text: string): [string, string] | undefined {
	const asked = sidesSetAgainst.exec(text);
	const found = asked ?? measuresSetAgainst.exec(text);
	const { opening = 'what is the', label, first, second, rest = '', end = '' } = found?.groups ?? {};
	if (!first || !second || /\bof\b/i.test(first)) return undefined;
	// ("Pénitencier National: nominal capacity vs actual population as of Feb '23?": the label is whose they are, and
	// the time is of both.)
	// (A label that says what the answer is for, "for a graphic:", "quick one:", is whose they are of nothing.)
	const whose = label && namingLabel.test(label.trim()) ? label.trim() : undefined;
	const of = /\s+of\s+.+$/iu.exec(second)?.[0] ?? (whose ? ` of ${whose}` : '');
	const secondOf = whose && !/\s+of\s+/iu.test(second) ? `${second} of ${whose}` : second;
	// ("…vs actual pax?": people set against a measure are counted.)
	const asking = (side: string) => (asked || !/(?:inmates|prisoners|people|pax)$/iu.test(side) ? opening : 'how many');
	return [`${asking(first)} ${first}${of}${rest}${end || '?'}`, `${asking(second)} ${secondOf}${rest}${end || '?'}`];
}

/** A measure's noun, last in what names it: "nominal capacity", "the feb 2023 head count". */
const measureNoun = '(?:capacity|population|count|headcount|number|figure|total|rate|occupancy|date|year|toll)';

/** Both of two measures asked for by name: "give me BOTH numbers: nominal capacity and the feb 2023 head count". */
const bothMeasures = new RegExp(
	String.raw`^[^?:—–]{0,60}?\b(?:both|two|the\s+2|2)\s+(?:numbers|figures|stats|dates|things)\s*(?:[:—–-]\s*|,\s*)(?:the\s+)?(?<first>[\p{L}\d'’ -]{2,40}?\b${measureNoun})\s+(?:and|&|\+)\s+(?:the\s+)?(?<second>[\p{L}\d'’ -]{2,40}?\b${measureNoun})\s*[?!.]*$`,
	'iu',
);

/**
 * "Give me both numbers: nominal capacity and the Feb 2023 head count": each measure named asked as a question of its own.
 *
 * @example
 * bothAsked('both figures: capacity and head count'); // ['what is the capacity?', 'what is the head count?']
 */
function bothAsked(text: string): [string, string] | undefined {
	const { first, second } = bothMeasures.exec(text)?.groups ?? {};
	return first && second ? [`what is the ${first.trim()}?`, `what is the ${second.trim()}?`] : undefined;
}

/** A label that names whose the measures are: a name, capitalised, and nothing said around it ("Pénitencier National"). */
const namingLabel = /^\p{Lu}[^,]*$/u;

/** What the asker wants of the two, after them: ", both figures pls", ", need both numbers". */
const bothWanted = String.raw`(?:\s*[,;—–-]?\s*(?:(?:i\s+)?need|want|give\s+me|gimme)?\s*(?:both|the\s+two|2)\s+(?:numbers|figures|stats|values)(?:\s+(?:pls|plz|please|thx|thanks))?)?`;

/** Two measures set against each other with no question word, after a label or not: "nominal cap vs actual pop?". */
const measuresSetAgainst = new RegExp(
	String.raw`^(?:(?<label>[^?:—–]{2,60}?)\s*(?:\s[—–-]+\s|:\s))?\W*(?<first>(?:[\p{L}'’.-]+\s+){0,2}(?:capacity|cap\.?|population|pop\.?|count|headcount|number|figure|size|places|inmates|prisoners|people|pax))\s+(?:vs\.?|versus|compared (?:to|with))\s+(?:the\s+)?(?<second>(?:[\p{L}'’.-]+\s+){0,2}(?:capacity|cap\.?|population|pop\.?|count|headcount|number|figure|size|places|inmates|prisoners|people|pax))(?<rest>\s+(?:as of|in|at|on)\s+[^?,]{1,30})?${bothWanted}\s*(?<end>[?!.]*)$`,
	'iu',
);

const sidesSetAgainst =
	/^(?:[^?]{0,60}?\s[—–:-]+\s+)?\W*(?:(?:ok|okay|so|and|also|hey|yo|wait)\b[\s,]*)*(?<opening>(?:what|wat)(?:['’]s|\s+(?:is|was|are|were))\s+the)\s+(?<first>[\p{L}'’ -]{3,40}?)\s+(?:vs\.?|versus|compared (?:to|with)|as opposed to)\s+(?:the\s+)?(?<second>[\p{L}'’ -]{3,80}?)\s*(?<end>[?!.]*)$/iu;

/** A capitalised word of a few letters and its dot: "Pén.", "Nat.". */
const abbreviationEnds = /(?:^|\s)\p{Lu}\p{Ll}{1,3}\.$/u;
/** A word or two, capitalised, then the end: the rest of an abbreviated name. */
const nameEnds = /^\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*)?\s*[?!.]*$/u;

/**
 * Where a new question starts inside a message, matched on its folded text: after a question
 * mark; at an opener after a comma or semicolon ("…, which body approved it"); at an opener or
 * an auxiliary with a pronoun after a joiner ("…and when?", "…and is it deployed yet?"); at an
 * auxiliary and "the" after a comma ("…, and does the report name them?").
 */
const boundary = new RegExp(
	[
		`(?<=\\?)\\s+(?=\\S)`,
		// The end of a sentence (not of "Mr." or "U.N."), a spaced dash, or a colon before a question.
		`(?<=[a-z'][a-z][.!])(?<!\\b(?:mr|mrs|ms|dr|st|gen|vs|etc|no|jr|sr)[.!])\\s+(?=\\S)`,
		`\\s+[—–]+\\s+|\\s+--?\\s+`,
		`:\\s+(?=(?:${openers}|${asked})\\b)`,
		// "…, and in what month?": a preposition may come before the question word.
		`\\s*[,;]\\s*(?:(?:${joiners})\\s+){0,2}(?=(?:(?:in|on|at|by|from|since|for|until|to|against|with|under|en|dans|depuis|pour|contre|avec|nan|pou)\\s+)?(?:${openers}|${asked})\\b)`,
		`\\s+(?:${joiners})\\s+(?=(?:(?:in|on|at|by|from|since|for|until|to|against|with|under|en|dans|depuis|pour|contre|avec|nan|pou)\\s+)?(?:${openers}|${asked})\\b)`,
		// "Ariel Henry c'est qui, il a quel poste ?", "…, et il devait partir quand ?": French puts the question word
		// after a pronoun and its verb (and the verb after it).
		// (Only after a part that asks already: "la force armée, elle a été approuvée quand" is one question.)
		`(?<=\\b(?:quel|quelle|quels|quelles|qui|quoi|combien|quand|comment|pourquoi)\\b[^,?]*)\\s*,\\s*(?:et\\s+)?(?=(?:il|elle|ils|elles|on)\\s+(?:\\S+\\s+){1,3}(?:quel|quelle|quels|quelles|qui|quoi|combien|quand|comment|pourquoi)\\b)`,
		// "ki peyi k ap mennen fòs la e l ap rive kilè?": Creole puts the question word after a pronoun and its verb too.
		`\\s*,?\\s+(?:e|epi)\\s+(?=(?:l|li|yo|nou|m|w)\\s+(?:\\S+\\s+){1,3}(?:kile|kote|konbyen|poukisa|kijan|kiyes|kiles)\\b)`,
		// "is kenya confirmed leading the force or did they just offer??": "or" and an auxiliary with its pronoun open
		// the other question offered.
		// (Not "…or is that new", which asks whether the first is so: only a person or group taken up.)
		`\\s*,?\\s+or\\s+(?=(?:${phraseAlternatives(parts.auxiliaries)})\\s+(?:they|he|she)\\b)`,
		// "…, and does the report name them?": after a comma, an auxiliary and "the" start a question too;
		// so does any auxiliary after a comma and a joiner ("…, and did Kenya offer to lead it?").
		`\\s*,\\s*(?:(?:${joiners})\\s+)?(?=(?:${phraseAlternatives(parts.auxiliaries)})\\s+the\\b)`,
		`\\s*,\\s*(?:(?:${joiners})\\s+)+(?=(?:${phraseAlternatives(parts.auxiliaries)})\\s)`,
		// "…was the president killed and are the people accused of it locked up?": after a joiner, an auxiliary and
		// "the" open a question when a subject and a verb of its own follow (four words at least to its end).
		`\\s+(?:${joiners})\\s+(?=(?:${phraseAlternatives(parts.auxiliaries)})\\s+the\\s+(?:[\\w'-]+\\s+){2,}[\\w'-]+\\W*$)`,
		// "…, et on sait quand elle sera déployée ?": "on sait" asks as "sait-on" does, with its question word after it.
		`\\s*,\\s*(?:(?:${joiners})\\s+)+(?=(?:on|est[- ]ce\\s+qu['’ ]?on)\\s+(?:sait|connait)\\s+(?:quand|comment|pourquoi|combien|qui|si|ou)\\b)`,
		// "…, pis c'est quand que le Conseil a dit oui ?": French puts the question word in a cleft after "c'est".
		`\\s*,\\s*(?:(?:${joiners})\\s+)+(?=c['’ ]?est\\s+(?:quand|qui|quoi|ou|combien|comment|pourquoi|quel|quelle|quels|quelles)\\b)`,
		// French asks with its question word last: "…à quelle date, et en vertu d'un accord conclu quand ?".
		`\\s*,\\s*(?:(?:${joiners})\\s+)+(?=[^,?]*\\b(?:quand|combien|quoi|ou)\\s*\\?\\s*$)`,
		// English too may put the question word last: "…, and the agreement for his departure was made when?".
		`\\s*,\\s*(?:(?:${joiners})\\s+)+(?=[^,?]*\\s(?:when|where|who|why)\\s*\\?\\s*$)`,
		// French asks by inversion after a comma and a joiner: "…, et s'agit-il bien de la plus grande prison ?".
		`\\s*,\\s*(?:(?:${joiners})\\s+)+(?=(?:s['’])?[a-z]+-(?:t-)?(?:il|elle|ils|elles|on)\\b)`,
		// Kreyòl "ki" before a noun asks which after a comma and a joiner: "…, e ki peyi ki ofri…", "…, e nan ki ane…".
		`\\s*,\\s*(?:(?:${joiners})\\s+)+(?=(?:nan\\s+|pou\\s+|depi\\s+)?ki\\s+[a-z])`,
		// "…combien de prisonniers pour combien de places ?", "how many inmates for how many places?": two counts set
		// side by side, each asked.
		`(?<=\\b(?:how\\s+many|how\\s+much|combien|konbyen)\\s+[^,?]*)\\s+(?:for|pour|pou|against|contre|kont|vs|versus)\\s+(?=(?:how\\s+many|how\\s+much|combien|konbyen)\\b)`,
		// French "…et il y avait combien de détenus ?", "…et y en avait combien ?": "il y a" opens a question as an auxiliary does.
		`\\s+(?:${joiners})\\s+(?=(?:il\\s+)?y\\s+(?:en\\s+)?(?:a|avait|aurait)\\b)`,
	].join('|'),
	'g',
);

/** A sentence that only apologises for asking (folded): "excuse me for the disturbance", "sorry to bother you". */
export const apology =
	/^\W*(?:(?:please|pls|oh|hi|hello)\W+)?(?:forgive|excuse|pardon|sorry|apologies|apologize|apologise|desole|excusez|padon)\b[^?]{0,60}$/;

/** Words that leave a blank for a question to fill: "tried something", "quelque chose", "yon bagay". */
const placeholder =
	/\b(?:something|somethin|someone|somebody|somewhere|quelque chose|quelqu ?un|quelque part|yon bagay|kek bagay|yon moun)\b/;

/**
 * The questions one message asks, in order: "Who leads the force, which body approved it, and
 * when?" asks three. A message that asks one question is returned whole.
 *
 * Boundaries are found on the folded text (lowercase, accents removed, one character for one)
 * and cut from the text as typed.
 *
 * @param resolve a question that points back to a sentence before it, said with the name it points to
 *
 * @example
 * questionParts('which country leads the force and is it deployed yet?');
 * // ['which country leads the force', 'is it deployed yet?']
 */
export function questionParts(
	typed: string,
	resolve?: (part: string, context: string) => string | undefined,
): string[] {
	// "In which year, according to the piece, is…": whose word it is, set off by commas, splits no question.
	const text = typed.normalize('NFC').replace(attributedAside, (aside) => ' '.repeat(aside.length));
	// French "ou" before a subject or "not" is "or", never "où": "c'est bien ça, ou je confonds ?" (same length).
	const folded = fold(text).replace(/\bou(?= (?:je|j'|tu|il|elle|on|nous|vous|ils|elles|c'|pas|non)\b)/g, 'o_');
	// "If the prison was built for 700, how many more…": a condition, then the one question asked of it.
	// ("Since what year has he…, and what…?": "since" before a question word asks from when, no condition.)
	// (Another question after its question mark is asked apart: "If it was built for 700…, how many were above? And
	// how many times the capacity is that?")
	if (condition.test(folded) && !/^\W*\p{L}+\s+(?:what|which|when)\b/u.test(folded)) {
		const [conditioned = text, ...after] = text.split(/(?<=\?)\s+(?=\S)/u);
		return after.length > 0 && after.every((part) => asks.test(fold(part))) ? [conditioned, ...after] : [text];
	}
	// "barbecue ex cop? y/n": the words asking for yes or no are the question's, not another question.
	if (yesNoEnding.test(fold(text))) return [text];
	// "What was the nominal capacity vs. the actual population of the prison?": each side asked as its own question.
	const sides = twoSidesAsked(text) ?? bothAsked(text);
	if (sides) return sides;
	// "When was Moïse killed, someone wrote 7/7/21": what the asker heard is no question of its own; nor is what the
	// asker says of themself ("…, my memory's not what it used to be").
	const asked = withoutAskerAfter(withoutHearsayAfter(text));
	if (asked !== text) return questionParts(asked, resolve);
	// Folding that changes the length (a ligature, say) would misplace the cuts: such text is one question.
	if (folded.length !== text.length) return [text];
	// A message that asks nothing anywhere is one statement to answer as a question, whole.
	if (!asks.test(folded) && !folded.includes('?')) return [text];
	const found: string[] = [];
	const compared = new Set<string>();
	let start = 0;
	// A sentence before the question that asks nothing: context only if the question points back to it.
	let context = '';
	const push = (typedPart: string) => {
		const part = withoutChatAfter(typedPart);
		const folded = fold(part);
		// "…from school — by whom?": a bare question asks of the sentence before it too.
		// ("gang attack the prison — day time or night time?": two words offered to choose from ask of it too.)
		const bare = (part.split(/\s+/).length <= 3 && asks.test(folded)) || onlyOffered.test(folded);
		// "I was reading about the prison. I wonder, how big is it?": the sentence waits for the question.
		if (context && !bare && !asks.test(folded)) {
			found.push(part);
			return;
		}
		// "…he became a gang boss. What was his old job?": the one name the pronoun stands for, not the whole story.
		const pointing = !bare && pointsBackIn(folded);
		// "…the other lockup out in Croix-des-Bouquets - did that one get hit too": "that one" points back as a
		// pronoun does, to be said as what it stands for; where nothing resolves it, the question as asked.
		// ("Gunmen tried something at the main port. What were they trying to do?": a sentence that leaves a blank for
		// the question to fill is what it asks of, whole.)
		const blank = context !== '' && placeholder.test(fold(context));
		const resolved =
			context && !blank && (pointing || pointsWithOne.test(folded)) ? resolve?.(part, context) : undefined;
		// A sentence that gives a number ("more or less than five times its capacity — which…?") says what is asked.
		// ("govt - any comment at all on the prison attack": a label of a few words before a dash is what is asked of.)
		const label = /^\W*\p{L}+(?:\s+\p{L}+){0,2}\W*$/u.test(context);
		const kept = context && (bare || pointing || blank || label || givesNumber.test(fold(context)));
		found.push(resolved ?? (kept ? `${context}, ${part}` : part));
		context = '';
	};
	for (const match of folded.matchAll(boundary)) {
		const part = text.slice(start, match.index).trim();
		// "Ma commère Gisèle, qui a un fils…": a relative after the one it tells of opens no question.
		const sentence = folded.slice(match.index + match[0].length).split(/(?<=[.!?])\s/)[0] ?? '';
		if (match[0].includes(',') && !opensAQuestion(`${fold(part)}${match[0]}${sentence}`)) continue;
		// "…attributed to RNDDH, and which to the UN?": "which" with only a preposition after it asks the same again.
		if (/^(?:which|what)\s+(?:ones?\s+)?(?:to|from|by|for)\b/.test(sentence)) continue;
		// "stay on topic pls. also bot: who gave…", "mod note — bot, …?": a sentence before the question that asks
		// nothing is chat; "Henry stayed on. why did he?" tells whom "he" is. One that asks stays whole ("who asked
		// for it — the government?").
		// "…held at the Pén. National?": a name's abbreviation ends no sentence where a word or two of the name end it.
		if (abbreviatedNameGoesOn(part, text.slice(match.index + match[0].length))) continue;
		if (/[.!]/.test(folded[match.index - 1] ?? '') || /[:—–-]/.test(match[0])) {
			// "who leads the force. also when did they approve it": a question, then another that opens as one.
			const next = folded.slice(match.index + match[0].length);
			// (After a dash too, where what follows opens with "and" and a question word: "Who argued… — and what
			// deadline did he stay past?")
			// ("who is Sergier anyway. why'd the UN sanction him": after a full stop, a question word and its auxiliary.)
			const stopped = /[.!]/.test(folded[match.index - 1] ?? '');
			const another =
				((stopped || /[—–]/.test(match[0])) && opensAnother.test(next)) || (stopped && opensOwn.test(next));
			if (opensAQuestion(fold(part)) && !another) continue;
			if (another && opensAQuestion(fold(part))) {
				push(part);
				start = match.index + match[0].length;
				continue;
			}
			const said = part.replace(/[\s.!:—–-]+$/, '');
			context = context ? `${context} ${said}` : said;
			start = match.index + match[0].length;
			continue;
		}
		push(part);
		// "capacity vs how many were in there": one side of a comparison is asked as surely as the other.
		if (comparing.test(match[0])) compared.add(found.at(-1) ?? '');
		start = match.index + match[0].length;
	}
	push(text.slice(start).trim());
	// "Before the prison was hit, what did they seize?": a clause that asks nothing belongs to the question after it.
	const questions: string[] = [];
	let pending = '';
	for (const part of found) {
		const whole = pending ? `${pending}, ${part}` : part;
		// "Two things: the prison's capacity, and…": what follows a colon is asked for, as a question of its own.
		if (!pending && announced.test(part) && part !== found.at(-1)) {
			questions.push(part);
			continue;
		}
		// "By how much, in percentage terms, did…": words that only ask how, before what they ask of.
		// ("crisis dimensions listed, how many, which ones?": after what it asks of, it asks a question of its own.)
		const howOnly = part !== found.at(-1) && !pending && asksNothingOwn(part);
		// "Back in 2017 when RNDDH complained, how many…": "when" opening a statement sets the time of what follows.
		// (Not a yes/no question about a "when": "is it known when the force will deploy, and who leads it?")
		const scene =
			part !== found.at(-1) && sceneWhen.test(fold(part)) && !part.includes('?') && !auxiliaryOpening.test(fold(part));
		if (
			(asks.test(fold(part)) && !howOnly && !scene) ||
			compared.has(part) ||
			(part === found.at(-1) && questions.length === 0)
		) {
			questions.push(whole);
			pending = '';
		} else pending = whole;
	}
	// "…in charge of the force?? need a name": a last part that asks nothing is said of the question before it,
	// where it names what is wanted; "need it 4 my essay" is chat.
	// ("…? A simple yes or no, together with the figures, would suffice": a sentence of its own on how to answer is
	// no part of what is asked.)
	// ("…? Give me both the real name and the nickname.": which names are wanted, however long it takes to say.)
	if (
		pending &&
		(questions.length === 0 ||
			(wants.test(fold(pending)) && (pending.split(/\s+/).length <= shortWant || namesWanted.test(fold(pending)))))
	)
		questions.push(`${questions.pop() ?? ''} ${pending}`.trim());
	return withoutOtherwiseWho(withFrontedAsks(sharedPredicates(questions))).filter((part) => /\p{L}/u.test(part));
}

/**
 * "For how many detainees, in principle, was the penitentiary designed?": a question word and what
 * it asks, with no verb, then the clause it is asked of (opening on its auxiliary, with no question
 * word of its own), are one question.
 */
function withFrontedAsks(questions: readonly string[]): string[] {
	const joined = [...questions];
	for (let i = joined.length - 2; i >= 0; i--) {
		const part = fold(joined[i] ?? '');
		const next = fold(joined[i + 1] ?? '');
		const words = part.match(/\p{L}+/gu) ?? [];
		// (A word read as a verb first: wink-lexicon lists a word's commonest part of speech first, "in" a preposition.)
		const verbless = !words.some(
			(word) => auxiliaries.has(word) || englishTags(word)[0]?.startsWith('VB') || /^\p{L}{3,}ed$/u.test(word),
		);
		if (frontedAsk.test(part) && verbless && auxiliaryOpening.test(next) && !askingWord.test(next))
			joined.splice(i, 2, `${joined[i]}, ${joined[i + 1]}`);
	}
	return joined;
}

const auxiliaries: ReadonlySet<string> = new Set(parts.auxiliaries);
const auxiliaryOpening = new RegExp(`^\\W*(?:${phraseAlternatives(parts.auxiliaries)})\\b`);
/** "When" that opens a statement ("when RNDDH complained"), not a question ("when did…"), with no other question word. */
const notAsking = String.raw`(?:(?!\b(?:who|whom|whose|what|which|where|why|how)\b).)*`;
const notAuxiliary = `(?!(?:${phraseAlternatives(parts.auxiliaries)})\\b)`;
const sceneWhen = new RegExp(
	String.raw`^${notAsking}\bwhen\s+${notAuxiliary}(?:the\s+)?[\p{L}'’-]+\s+${notAuxiliary}[\p{L}'’-]+\b${notAsking}$`,
	'u',
);
/** A question word that asks of a noun, opening the part: "for how many detainees", "which country". */
const frontedAsk = /^\W*(?:(?:for|to|by|in|on|at|from|with|of|about)\s+)?(?:how (?:many|much)|which|what)\b/;

/**
 * "Is the claim attributed to Reuters? If not, to whom?": a yes-or-no question's answer names the one it is where it
 * is not the one asked, so "if not, who" asks nothing more.
 */
function withoutOtherwiseWho(questions: readonly string[]): string[] {
	return questions.filter(
		(part, i) => i === 0 || !otherwiseWho.test(fold(part)) || !yesNoOpening.test(fold(questions[i - 1] ?? '')),
	);
}

const otherwiseWho =
	/^\W*(?:if not|if no|otherwise|or else|sinon|si non|si pa|si se pa sa)\b[\s,]*(?:(?:then|alors|lors)\s+)?(?:(?:to|from|by|a|de|par|pou)\s+)?(?:who|whom|which(?: one)?|what|qui|lequel|laquelle|ki moun|kiyes|ki)\b[^?]{0,40}\??\s*$/;
const yesNoOpening = new RegExp(`^\\W*(?:${phraseAlternatives(parts.auxiliaries)})\\b`);

/** A question word and the unit of time it asks for, opening a part: "on what day", "at what time of day", "en quel mois". */
const timeHead =
	/^\W*(?:(?:on|in|at|for|during|by|en|a|dans|pour|nan)\s+)?(?:what|which|quel|quelle|ki)\s+(?:(?:exact|precise|specific|exacte|precis)\s+)?(?:time of day|time of the day|day|date|time|year|month|hour|week|jour|annee|mois|heure|semaine|moment|jou|ane|mwa|le)\b(?:\s+(?:of|de|du)\s+(?:the\s+|la\s+)?(?:day|journee|jour)\b)?/;

const timeHeadEnding = new RegExp(`(?:^|[,.;:]\\s*)${timeHead.source.replace(/^\^/, '')}\\W*$`);

const ownQuestionWord =
	/^\W*(?:(?:and|et|epi|ak)\s+)?(?:who|whom|whose|what|which|where|why|how|when|qui|que|quoi|quel\w*|ou|pourquoi|comment|combien|quand|ki|kisa|kiyes|kote|poukisa|konbyen)\b/;

/**
 * "On what day, and at what time of day, did the siege happen?", "En quel mois et en quelle année
 * l'accord a-t-il été conclu ?": question words that share the one predicate after them are each
 * asked with it ("on what day did the siege happen?", "at what time of day did…"), not as parts of
 * their own that name nothing.
 */
function sharedPredicates(parts: string[]): string[] {
	const asked = [...parts];
	for (let i = asked.length - 2; i >= 0; i--) {
		const part = asked[i] ?? '';
		// (A bare head may follow the story it asks of: "…on a Monday morning, on what day".)
		const head = timeHeadEnding.exec(fold(part));
		if (!head) continue;
		const next = asked[i + 1] ?? '';
		const nextHead = timeHead.exec(fold(next));
		// "what year, and who signed it?": a part that asks its own question shares nothing.
		if (!nextHead && ownQuestionWord.test(fold(next))) continue;
		const predicate = next.slice(nextHead?.[0].length ?? 0).replace(/^[\s,]+/, '');
		// A predicate with no question word of its own ("did the siege happen?") is asked only through the heads before it.
		asked.splice(i, nextHead ? 1 : 2, `${part.replace(/[\s,]+$/, '')} ${predicate}`);
	}
	return asked;
}

/** Words that say how something is asked, not what of: "by how much", "in percentage terms", "roughly". */
const howWords = new Set(
	'how much many what which by in percentage percent terms roughly exactly precisely approximately about combien ki kantite konbyen'.split(
		' ',
	),
);

/** Does a part of a question ask only how, of nothing it names? */
function asksNothingOwn(part: string): boolean {
	const words = fold(part).match(/\p{L}+/gu) ?? [];
	return words.length > 0 && words.every((word) => howWords.has(word) || stopwords.en.has(word));
}
