import type { Entity } from '../../data/schema.js';
import { isWeekdayName, mayHaveNumber, valuesIn } from '../claims/values.js';
import type { FactBase } from '../fact-base.js';
import { keptPer } from '../kept.js';
import { englishTags, isEnglishWord, onlyAnAdverb, verbNoNoun } from '../language/english-words.js';
import { lemmatizer } from '../language/lemmas.js';
import speech from '../language/lexicon/speech.json' with { type: 'json' };
import {
	fillerTable,
	fold,
	isLexiconWord,
	type Language,
	stopwords,
	textSpeakTable,
	translations,
	vagueIn,
} from '../language/lexicon.js';
import { englishSlips, misspeltVague } from '../language/misspelt.js';
import { askingWord, readText, unstretched } from '../language/read.js';
import { frenchKey } from '../language/related.js';
import {
	adverbPhrases,
	hyphenatedAdjectives,
	personNouns,
	phrasalVerbs,
	properNames,
	thingNouns,
	timeNouns,
} from '../language/wordnet.js';
import type { SearchIndex } from '../search-index.js';
import { isStopword as indexDrops, maxQueryTerms, maxWordLength, stem, terms as termsOf } from '../text.js';
import { answerKindNoun, whichWords } from './kinds.js';
import { withYearsResolved } from './relative-years.js';

/** An entity the question names, and which of the query's terms name it. */
export interface Mention {
	/** Every entity an alias of which those terms spell ("gangs" names the gangs and their alliance). */
	entities: Entity[];
	/** Positions in `Query.terms`. */
	terms: number[];
	/** Named by a role the data gives them ("the premier"), not by name: a "who" question may ask for them. */
	role?: true;
}

/** A question's content, ready to search. */
export interface Query {
	/** Search terms: stems, phrases of stems ("top dog"), French stems ("fr:…"), at most `maxQueryTerms`. */
	terms: string[];
	/** Terms the data does not know and that are not vague words: each counts against any answer. */
	unknown: string[];
	/** Positions of vague words the data happens to have ("even", "place"): they count for little. */
	vague: Set<number>;
	/**
	 * Positions of terms in a subordinate clause ("…when the gangs showed up", "…that set the
	 * date"): they qualify what is asked rather than name it, and count for less.
	 */
	secondary: Set<number>;
	mentions: Mention[];
	/** Years the question names ("2021"), and months as YYYY-MM when it names one with a year. */
	years: string[];
	/** Names as typed ("Canada", "CARICOM") that the data does not know: nothing in it is about them. */
	strangers: string[];
	/** The language the question was read in. */
	language: Language;
	/**
	 * Positions of the terms that say what something said was about, where that is what is asked ("what did UN
	 * data say about kidnappings"): an answer must have one of them.
	 */
	topic?: ReadonlySet<number>;
	/**
	 * Positions of terms typed only to set something aside ("besides the prison and the harbour, which
	 * targets…"): an answer is not about them, so they count for nothing in how much of the question it has.
	 */
	asideOnly?: ReadonlySet<number>;
	/**
	 * A kind of thing asked for by name that the data never speaks of ("what assets were frozen…"): no
	 * fact names one, however much else of the question it shares.
	 */
	strangeKind?: string;
}

const longestPhrase = 3;

/** Kreyòl words after which "ki" opens no relative clause: a cleft ("se Kenya ki…") or a question word ("ki moun ki…"). */
const kreyolBeforeKi = new Set([
	'se',
	'sa',
	'moun',
	'kisa',
	'kiles',
	'kimoun',
	'kote',
	'who',
	'what',
	'which',
	'where',
]);
/** Kreyòl markers of tense and aspect, which come before a verb. */
const kreyolTense = new Set(['te', 't', 'ap', 'pral', 'ka', 'konn', 'va']);

/** Words that open a subordinate clause in English (after French and Creole are translated). */
const subordinators = new Set([
	'when',
	// French "quand" left as typed, where the question word is another ("ils ont fait quoi quand les gangs…").
	'quand',
	'lorsque',
	'lorsqu',
	'while',
	'after',
	'before',
	'because',
	'since',
	'if',
	'that',
	'which',
	'whom',
	'until',
	'once',
	'whereas',
	'although',
	// "…during the gunmen's attempt to take the port": when it happened qualifies what is asked, as a clause does.
	'during',
	'amid',
	'following',
	// "What disruption to port operations preceded the assault…": what it came before qualifies what is asked.
	'preceded',
	'preceding',
	// "How poor is Haiti compared to its neighbours?": what it is set against qualifies what is asked.
	'compared',
]);

/** Prepositions of place: "in the capital", "across Haiti". */
const locatives = new Set(['in', 'across', 'throughout', 'around']);

/** Verbs after which "that" points at a thing rather than opening a clause: "is that prison", "did that attack". */
const pointingAfter = new Set(['is', 'was', 'are', 'were', 'does', 'did', 'do', 'has', 'had', 'have', 'will', 'can']);

/** Adverbs that say how openly something was said or done, not what: "publicly", "officially". */
const mannerAdverb =
	/^(?:public|official|open|formal|private|actual|real|basical|literal|honest|serious|common|usual|general|wide|popular)ly$/;

/**
 * An adjective made an adverb: "commonly", "precisely", "reportedly", "initially" (not "assembly",
 * "family").
 */
const adverbOfManner = /^[a-z]{4,}(?:al|ous|ful|ive|ent|ant|ate|ed|ing|ic|less|ar|on|ct|te|se|ne|re|er)ly$/;
/** A French adverb in "-ivement", "-ctement", "-llement": "effectivement", "exactement", "réellement". */
const frenchAdverb = /^[a-z]{3,}(?:ive|cte|lle|ele|ale|ue|ete)ment$/;

/**
 * Verbs that, before a noun, leave it to say what was done: "slapped sanctions", "made a statement",
 * "took control". Fewer than the light verbs fits.ts reads after "who": words that are nouns as
 * often ("place", "issue", "hand") would make "how many places…" say nothing.
 */
const lightVerbs = new Set(
	['put', 'make', 'made', 'take', 'took', 'give', 'gave', 'get', 'got', 'impose', 'slap', 'launch', 'carry'].map(stem),
);

/** Words after which "us" is the pronoun: "for us", "tell us", "let us know". */
const objectOf = new Set(
	'for to with from about among tell told give gave let help show remind ask update inform explain send'.split(' '),
);

/** Words that introduce a name or ask for one: "the man nicknamed Barbecue", "the group called RNDDH", "haiti pm name". */
const namingVerbs = new Set(['nicknamed', 'dubbed', 'named', 'called', 'styled', 'surnamed', 'alias', 'name', 'names']);

/** Words after a verb of saying that open what it was said about (French "sur" and Creole "sou" too). */
const speechTopics = new Set(['about', 'on', 'regarding', 'concerning', 'over', 'sur', 'sou']);
/** How far after the verb of saying its topic may open: "commented publicly so far on". */
const speechReach = 4;
/** "…what happened", "…what is going on": the events, whatever they were, and no topic a fact must name. */
function whatHappened(words: readonly string[], at: number): boolean {
	if (words[at] !== 'what') return false;
	const verb = /^(?:is|was|has|had|have|been)$/.test(words[at + 1] ?? '') ? at + 2 : at + 1;
	return /^(?:happened|happening|happens|occurred|occurring|passing|passed|going|went|transpired|unfolded|unfolding)$/.test(
		words[verb] ?? '',
	);
}

/** "What did the UN data say about…", "quoi a dit…": the question asks for what was said, so its topic is what is asked. */
function asksWhatSaid(words: readonly string[], saidAt: number): boolean {
	return words.slice(0, saidAt).some((word) => word === 'what');
}

/** "That place", "this place": a thing pointed at, named elsewhere or not at all; the word says nothing of it. */
function pointedPlace(words: readonly string[], at: number): boolean {
	return /^(?:place|spot|joint)$/.test(words[at] ?? '') && /^(?:that|this|dat|dis)$/.test(words[at - 1] ?? '');
}

/** A verb, and never a noun: "disrupt", not "port". (A word the tagger lacks, after "did", is one.) */
const bareVerb = (word: string): boolean => englishTags(word).length === 0 || verbNoNoun(word);

/** What is said, said of nothing in particular. */
const unsaid = new Set(['word', 'anything', 'something', 'much', 'thing']);

/**
 * A question's words as search terms: function words of its language and English dropped,
 * adjacent words joined where the data (or a word related to it) is a phrase, French words the
 * data knows under their French stem, and the entities it names.
 */
export function buildQuery(
	typed: readonly string[],
	language: Language,
	index: SearchIndex,
	base?: FactBase,
	{
		leaders = true,
		questionAt,
		figuresOffered = false,
	}: { leaders?: boolean; questionAt?: number; figuresOffered?: boolean } = {},
): Query {
	const joined = (some: readonly string[]) => index.joinCompounds(base ? withYearsResolved(some, base) : some);
	const words = joined(typed);
	// Where the question word stood, after a phrase that set the scene ("under the pact henry signed onto, wat date…").
	const resumesAt = questionAt ? joined(typed.slice(0, questionAt)).length : 0;
	// A word the index never keeps ("en" of "en masse") is none of the question's terms either.
	const isStopword = (word: string) =>
		stopwords.en.has(word) || (language !== 'en' && stopwords[language].has(word)) || indexDrops(word);
	const terms: string[] = [];
	const unknown: string[] = [];
	const vague: string[] = [];
	let strangeKind: string | undefined;
	const secondary = new Set<string>();
	const main = new Set<string>();
	// Terms typed only where something is set aside, and those typed elsewhere.
	const asideTerms = new Set<string>();
	const notAside = new Set<string>();
	/** Terms typed right after a preposition of place. */
	const placed = new Set<string>();
	const verbs = new Set<string>();
	const verbOnly = new Set<string>();
	const counted = new Set<string>();
	let subordinate = false;
	const doSupported = questionWords.has(words[0] ?? '') && /^(?:did|does|do)$/.test(words[1] ?? '');
	let participial = false;
	/** After "the claim that", "said that": what was said follows, its verbs its own. */
	let claimed = false;
	let asideEnd = 0;
	let leading = false;
	// Where the last verb of saying was: "commented on the attack" says what about, which only qualifies.
	let saidAt = Number.NEGATIVE_INFINITY;
	// Where what was said is about, which an answer must have something of: "what did UN data say about kidnappings",
	// "had anyone warned about conditions inside the prison".
	let topicAt = Number.POSITIVE_INFINITY;
	let topicEnd = Number.POSITIVE_INFINITY;
	const topical = new Set<string>();
	// Each word's search form, once: phrases of two and three words are looked for from every word.
	const stems = words.map(stem);
	// Phrases are looked for before function words go: "locked up" is a phrase, "locked" alone is not.
	for (let at = 0; at < words.length && terms.length < maxQueryTerms; ) {
		// "Besides the prison, what other site…": what is set aside qualifies what is asked, as a
		// subordinate clause does, until the question resumes.
		const aside = setAsideAt(words, at);
		if (aside > 0) {
			asideEnd = at + aside;
			// (The words that set aside are no term of what is set aside: "apart" of "apart from security".)
			at += asideMarker(words, at);
			continue;
		}
		// A clause in the scene set before the question word ends where the question begins.
		if (at === resumesAt && at > 0) subordinate = participial = leading = false;
		// "Before the jail assault, what did gunmen…": a clause that opens the question ends at its question word.
		if (at === 0 && openingClause.has(words[0] as string)) leading = true;
		// An auxiliary ends it only where no question word comes later: "before the penitentiary was besieged,
		// what had gunmen…" is still the clause at "was".
		if (
			leading &&
			at > 0 &&
			(questionWords.has(words[at] as string) ||
				(openers.has(words[at] as string) && !words.slice(at + 1).some((word) => questionWords.has(word))))
		)
			leading = false;
		// A subordinate clause starts at its conjunction, after the question's first few words.
		// "…the claim that the guards walked away": what was said is the content asked about, not a qualifier.
		const reported =
			words[at] === 'that' && (speechWords.has(words[at - 1] ?? '') || claimNouns.has(words[at - 1] ?? ''));
		// "Who was it that asked for reinforcements?": a cleft's "that" opens what is asked.
		const cleft = words[at] === 'that' && words[at - 1] === 'it' && copulas.has(words[at - 2] ?? '');
		claimed ||= reported;
		// "…in that jail": "that" after a preposition points at a thing, it opens no clause.
		// So does "that" after a question word: "what that coalition is called".
		// So does "that" after a verb of being or an auxiliary: "how many people is that prison meant for".
		// So does "that" with no more than a noun or two after it, ending the question: "who will lead that haiti force?".
		// (Not a time, "…start that night", which says when rather than what.)
		const pointing =
			words[at] === 'that' &&
			(prepositions.has(words[at - 1] ?? '') ||
				questionWords.has(words[at - 1] ?? '') ||
				pointingAfter.has(words[at - 1] ?? '') ||
				(words.length - at - 1 >= 1 &&
					words.length - at - 1 <= 2 &&
					words.slice(at + 1).every((word) => !stopwords.en.has(word) && !pastForm(word) && !timeNouns().has(word))));
		// "Apart from the jail, which hub…": the question resumes where what is set aside ends; "which" opens no clause.
		const resumes = at > 0 && at === asideEnd;
		// "…according to the big international org's numbers", "selon l'ONU": who says so only qualifies what is asked.
		const attribution = at > 0 && ((words[at] === 'according' && words[at + 1] === 'to') || words[at] === 'selon');
		// "…did the gangs go after the pen": "after" of a phrasal verb is its particle, not a clause's conjunction.
		// "…have since been recaptured": "since" after an auxiliary is an adverb, it opens no clause.
		const particle =
			(words[at] === 'after' && phrasalAfter.has(words[at - 1] ?? '')) ||
			(words[at] === 'since' && /^(?:have|has|had|having)$/.test(words[at - 1] ?? ''));
		// "…the people locked up in the prison and Moise's killing": a participle's clause ends at a conjunction.
		if (participial && coordinators.has(words[at] as string)) subordinate = participial = false;
		// "…le Premier ministre que l'alliance veut renverser": French "que" after a noun opens a relative clause.
		// So does "qui" after a noun: "la prison qui a été attaquée".
		const relativeQue =
			((words[at] === 'que' || words[at] === 'ke') && !['ce', 'est', 'parce', 'ki'].includes(words[at - 1] ?? '')) ||
			(words[at] === 'qui' &&
				at > 1 &&
				language === 'fr' &&
				!['ce', 'est', 'c', 'de', 'a', 'par'].includes(words[at - 1] ?? '')) ||
			// Kreyòl "ki" after the object of a verb already told: "kilè yo te fè akò ki te di…" ("the deal that said"). (Not
			// after the subject: "kisa polisye ki t ap veye prizon an te fè…" asks what those guarding it did.)
			(words[at] === 'ki' &&
				language === 'ht' &&
				!kreyolBeforeKi.has(words[at - 1] ?? '') &&
				// ("konbyen moun ki rete ann Ayiti": after anyone at all, the clause is what is asked of them.)
				!genericSubjects.has(words[at - 1] ?? '') &&
				(words.slice(0, at - 1).some((word) => kreyolTense.has(word)) ||
					// (Or after the noun a message opens on, its question asked later: "prizon ki atake a se nan ki vil…".)
					(at <= 2 && !askingWord.test(words[0] ?? ''))));
		if (
			at > 0 &&
			((subordinators.has(words[at] as string) && !reported && !cleft && !pointing && !particle && !resumes) ||
				relativeQue ||
				attribution ||
				closingAsClause(words, at))
		) {
			subordinate = true;
			// "…warned about conditions inside the prison before this attack": the clause after it is no part of the topic.
			if (at > topicAt) topicEnd = Math.min(topicEnd, at);
		} else if (
			at > 0 &&
			!subordinate &&
			// "…the claim that officers deserted…": what is claimed, after its "that", is a clause of its own, not one
			// that qualifies a noun.
			!claimed &&
			(reducedRelative(words, at) || contactClause(words, at, index, language))
		)
			subordinate = participial = true;
		if (speechWords.has(words[at] as string)) saidAt = at;
		// (Not where what was said is what is asked: "what did UN data say about kidnappings" asks about kidnappings.)
		else if (
			at - saidAt <= speechReach &&
			speechTopics.has(words[at] as string) &&
			topicAt > at &&
			!whatHappened(words, at + 1)
		) {
			topicAt = at;
			topicEnd = Number.POSITIVE_INFINITY;
			// ("The claim about prisoners fearing the crossfire": what a claim is about names it.)
			subordinate ||= !asksWhatSaid(words, saidAt) && !claimNouns.has(words[saidAt] ?? '');
		}
		// "What did the gunmen that tried to take the port disrupt?": after "did", the bare verb that ends the question is
		// the question's own, past any clause about its subject.
		if (subordinate && doSupported && at === words.length - 1 && bareVerb(words[at] ?? '')) subordinate = false;
		const inTopic = at > topicAt && at < topicEnd;
		// "…years before the crisis", "two weeks after the siege": how long before belongs to the clause it measures.
		const howLongBefore =
			timeUnits.has(words[at] as string) && /^(?:before|after|ago|earlier|later)$/.test(words[at + 1] ?? '');
		// ("Under the pact henry signed onto, wat date…": the scene set before the question word qualifies what is asked.)
		const qualifying = subordinate || leading || at < asideEnd || howLongBefore || at < resumesAt;
		// "…was the penitentiary designed, in principle?": an adverb of several words that names nothing the data has
		// says how, not what.
		const hedge = adverbialAt(words, at, index, isStopword);
		if (hedge > 0) {
			at += hedge;
			continue;
		}
		// "Who's lined up to step in…": a verb and particle WordNet has as one verb, where the data has the bare verb
		// but not the two, means something else ("step in" is no "step down"): a word the data lacks.
		// (Not in a clause that only qualifies: "…when things kicked off" still says when.)
		const phrasal = qualifying ? undefined : phrasalVerbAt(words, stems, at, index, isStopword);
		if (phrasal) {
			terms.push(phrasal.term);
			unknown.push(phrasal.term);
			if (inTopic) topical.add(phrasal.term);
			main.add(phrasal.term);
			(at < asideEnd ? asideTerms : notAside).add(phrasal.term);
			at += 2;
			continue;
		}
		// "r the inmates small time": an adjective WordNet has of two words, where the data has neither the two nor
		// a word of them as such, is a word the data lacks ("small" and "time" are no size or date of it).
		const compound = qualifying ? undefined : compoundAdjectiveAt(words, at, index);
		if (compound) {
			terms.push(compound);
			unknown.push(compound);
			main.add(compound);
			notAside.add(compound);
			at += 2;
			continue;
		}
		const phrase = phraseAt(stems, at, index, isStopword);
		if (phrase) {
			terms.push(phrase.term);
			if (inTopic) topical.add(phrase.term);
			at += phrase.length;
			(qualifying ? secondary : main).add(phrase.term);
			(at - phrase.length < asideEnd ? asideTerms : notAside).add(phrase.term);
			continue;
		}
		const word = words[at++] as string;
		if (isStopword(word) || word.length > maxWordLength) continue;
		// "settle it for us", "tell us": the pronoun after a preposition or a verb of telling, not the country.
		if (word === 'us' && objectOf.has(words[at - 2] ?? '')) continue;
		// "…made it out of that place": a place pointed at is one named before, not a measure of places.
		if (pointedPlace(words, at - 1)) continue;
		// "hasn't said a word", "didn't say anything": what was said, unsaid, is no word of its own.
		if (at - 1 - saidAt <= 2 && unsaid.has(word)) continue;
		// "Not wanting to escape", "weren't keen on a jailbreak": a wish denied is reluctance, as the data may word it.
		const term = readWord(wishDenied(words, at - 1) ? 'reluctant' : word, language, index, figuresOffered);
		if (!term) continue;
		// "What did Barbecue advise parents…" where the report says he warned them: one verb of saying the data does
		// not have is its own for what was said, and counts against nothing.
		if (term.unknown && (speechWords.has(word) || speechWords.has(lemmatizer().verb(word)))) continue;
		// ("What role did Kenya play?": the verb a role takes says nothing of it, nor of anything near it in spelling.)
		if (/^play(?:s|ed|ing)?$/.test(word) && words.some((other) => /^(?:role|roles|part)$/.test(other))) continue;
		// "Who told residents to…", "who is saying there can't be elections…": the verb that asks who said it is
		// the question's, in whatever words the report tells it ("warned", "arguing").
		const speechAsked =
			(speechWords.has(word) || speechWords.has(lemmatizer().verb(word))) &&
			words.slice(Math.max(0, at - 5), at - 1).includes('who');
		if (speechAsked) vague.push(term.term);
		// "Which facility…", "what sort of outfit…": the kind of answer wanted, in the asker's words, not a
		// word the answer must have. One the data does not know says nothing against a fact; one it
		// knows counts for little ("what kind of organisation is RNDDH" asks about RNDDH).
		// ("What disruption to port operations preceded…": a deed's noun the data has asks about that deed, not a kind.)
		if (namesAnswerKind(words, at - 1) && !deedNounOfData(word, term.term, index)) {
			// "Which facility…" asks for a kind the data may call otherwise; "what currency…" asks for a thing it never speaks of.
			if (term.unknown && answerKindNoun(word)) continue;
			// Only where it is what something is ("what kind of organisation is RNDDH") or who did what is
			// asked ("which two parties sanctioned him"), not what is done to it ("what kind of elections
			// does Henry want").
			// After "kind of", only a noun for a kind of answer: "what kind of crisis is Haiti in" asks about the crisis.
			if (
				(!afterKindOf(words, at - 1) || answerKindNoun(word)) &&
				(words.some((other) => copulas.has(other)) ||
					// ("What other big facility did armed men try to grab?": a kind of answer, whatever is done to it.)
					(answerKindNoun(word) && !afterKindOf(words, at - 1)) ||
					// ("wat currency haiti use": chat drops the "does"; a thing the data never speaks of is still asked.)
					// ("what aspects of the crisis…": a kind of something named is still a kind asked for.)
					(!auxiliaries.has(words[at] ?? '') && (!term.unknown || /^(?:of|de|du|des)$/.test(words[at] ?? ''))))
			) {
				vague.push(term.term);
				// (A noun: "what became of the deal" asks no kind.)
				// (A thing, which the report must name: not "what outcome…", which any fact can be.)
				if (term.unknown && language === 'en' && namesThing(term.spelled ?? word)) strangeKind ??= word;
			}
			// ("Which churches have the gangs attacked?": a thing the data never names, asked for as what was done to, is
			// one of none it names.)
			else if (
				term.unknown &&
				language === 'en' &&
				words[at - 2] === 'which' &&
				(auxiliaries.has(words[at] ?? '') || copulas.has(words[at] ?? '')) &&
				englishTags(term.spelled ?? word).some((tag) => tag.startsWith('NN'))
			)
				strangeKind ??= word;
		}
		terms.push(term.term);
		// "sanctioned by more than one authority": a noun counted loosely is any of that kind, not the one so called.
		if (anyOfKind(words, at - 1)) counted.add(term.term);
		// ("Who authorize it?": a word English has only as a verb names no one whose name shares its stem, "authorities".)
		// (Nor does French or Creole read in English: "a autorisé" is "authorized".)
		if (verbNoNoun(term.spelled ?? word)) verbOnly.add(term.term);
		// "have slapped sanctions on", "the man nicknamed Barbecue": a light verb before its noun, and the words that
		// introduce a name, say little themselves.
		// French and Creole put an article between ("a imposé des sanctions").
		// (English an article: "issued a warning", "made a statement".)
		const article = language !== 'en' || /^(?:a|an|the)$/.test(words[at] ?? '');
		const noun = isStopword(words[at] ?? '') && article ? words[at + 1] : words[at];
		// ("Who issued the warning…": "issued", never a noun, is light as well.)
		const light =
			(lightVerbs.has(term.term) || /^issu(?:ed|ing)$/.test(word)) && noun !== undefined && !isStopword(noun);
		// A word for a plan the data never uses ("expected to") says only that it was one; the data's own ("supposed to")
		// still matches.
		const plan = planned(words, at - 1) && !index.matchTerm(term.term).some((match) => !match.related);
		// ("The chap called Barbecue": a word for a person before the words that name him is only who he is.)
		const namedPerson = namingVerbs.has(words[at] ?? '') && personNouns().has(word);
		// ("When was the last time RNDDH counted…", "when did RNDDH last count…": the latest of what the report tells.)
		const latest =
			(word === 'last' || word === 'latest') &&
			(words[at] === 'time' ||
				englishTags(words[at] ?? '').includes('VB') ||
				// (The question took "time": "when was the last [time] RNDDH counted…".)
				(words[at - 2] === 'the' && !englishTags(words[at] ?? '').some((tag) => tag.startsWith('NN'))));
		// ("Who served in the police?": to serve in a body, or as what, is only to be part of it, which the body says.)
		const served = /^(?:serve|serves|served|serving)$/.test(word) && /^(?:in|as|with|on)$/.test(words[at] ?? '');
		// ("Who defended that security must come first?": a verb the data lacks, before "that" and what it says, related
		// to a verb of saying the data has ("arguing"), only says it was said.)
		const saysThat =
			words[at] === 'that' &&
			language === 'en' &&
			/^VB[DZP]?$/.test(englishTags(word)[0] ?? '') &&
			index.matchTerm(term.term).every((match) => match.related) &&
			index.matchTerm(term.term).some((match) => speechStems.has(match.term));
		if (
			term.vague ||
			light ||
			namingVerbs.has(word) ||
			plan ||
			quantifier(words, at - 1) ||
			namedPerson ||
			latest ||
			served ||
			saysThat
		)
			vague.push(term.term);
		if (term.unknown && !namedPerson) unknown.push(term.term);
		// "Why did the UN approve the force?", "who arms the gangs": not the participle of a name ("the UN-approved
		// force", "armed gangs"), whatever else the word is.
		// ("askd" is chat's "asked".)
		// ("…the UN approved the force": a participle's form with a determiner after it is the verb in the past.)
		// ("…the UN approved for the force": a participle before a preposition is the verb too.)
		if (
			!/(?:ed|en)$/.test(term.spelled ?? word) ||
			/^(?:the|a|an|its|their|this|that|for|to|on|by|with)$/.test(words[at] ?? '')
		)
			verbs.add(term.term);
		(qualifying ? secondary : main).add(term.term);
		(at - 1 < asideEnd ? asideTerms : notAside).add(term.term);
		if (inTopic && !/^\d{4}$/.test(term.term)) topical.add(term.term);
		// "people in the capital": where, after a preposition of place.
		if (locatives.has(words[at - 2] ?? '') || (words[at - 2] === 'the' && locatives.has(words[at - 3] ?? '')))
			placed.add(term.term);
	}
	const unique = [...new Set(terms)];
	const written = new Map<string, number>();
	for (const term of terms) written.set(term, (written.get(term) ?? 0) + 1);
	const named = withRoles(
		mentionsIn(unique, index, verbs, written).filter(
			(mention) =>
				!mention.terms.every((i) => verbOnly.has(unique[i] ?? '')) &&
				!mention.terms.every((i) => counted.has(unique[i] ?? '')),
		),
		base ? rolesIn(unique, index, base) : [],
	);
	// ("Who was the head of government…" asks who leads it: the group stays named, for the leaders to answer.)
	const headed = base && leaders ? named.map((mention) => headOf(mention, unique, base) ?? mention) : named;
	// The leader's word is that role's alone: "the head of government when the gangs…" names no gang boss too.
	const heads = new Set(headed.filter((mention, i) => mention !== named[i]).flatMap((mention) => mention.terms));
	// ("The Haitian human rights group": the adjective says no more than the name it describes; it asks nothing.)
	const describing = base ? headed.filter((mention) => describesNext(mention, headed, unique, words, base)) : [];
	for (const mention of describing) vague.push(...mention.terms.map((i) => unique[i] ?? ''));
	const mentions = headed.filter(
		(mention, i) =>
			(mention !== named[i] || !mention.role || !mention.terms.some((term) => heads.has(term))) &&
			!describing.includes(mention),
	);
	// "Who told people in the capital to keep their children out of school?": a place after "in" says where those
	// asked about are, as a clause would; it qualifies what is asked, and a fact need not involve it.
	// (Not where it is all the question asks of: then it is the main clause.)
	for (const mention of mentions) {
		const where = mention.entities.every((entity) => entity.kind === 'place' || entity.kind === 'country');
		const inPlace = mention.terms.every((i) => placed.has(unique[i] ?? ''));
		if (!where || !inPlace || main.size <= mention.terms.length) continue;
		for (const i of mention.terms) {
			main.delete(unique[i] ?? '');
			secondary.add(unique[i] ?? '');
		}
	}
	return {
		terms: unique,
		unknown,
		vague: new Set(vague.map((term) => unique.indexOf(term))),
		// A term is secondary only if it is nowhere in the main clause.
		secondary: new Set([...secondary].filter((term) => !main.has(term)).map((term) => unique.indexOf(term))),
		mentions,
		years: yearsIn(words),
		strangers: [],
		language,
		topic: new Set([...topical].map((term) => unique.indexOf(term))),
		asideOnly: new Set([...asideTerms].filter((term) => !notAside.has(term)).map((term) => unique.indexOf(term))),
		...(strangeKind ? { strangeKind } : {}),
	};
}

/** Is the word (or its singular) a noun whose first sense is a thing ("assets", "weapon")? */
function namesThing(word: string): boolean {
	const things = thingNouns();
	return [word, word.replace(/s$/, ''), word.replace(/es$/, '')].some((form) => things.has(form));
}

/**
 * Names typed in a question (words capitalised past a sentence's first word, or in capitals)
 * that the data does not know: "Did Canada sanction him?" asks about Canada. A name the data
 * knows only a word related to ("European Union", a kind of coalition) is not known either.
 * Consecutive capitalised words are one name.
 *
 * @example
 * strangersIn('Did Canada also sanction Barbecue?', query, index); // ['Canada'], when the data has no Canada
 */
export function strangersIn(asTyped: string, query: Query, index: SearchIndex): string[] {
	// ("🔁 from #desk-caraibes …": a channel or a handle typed as text names no one the question asks about.)
	const typed = asTyped.replace(/(?<!\S)[#@][\p{L}\p{N}_-]+/gu, ' ');
	const unknown = new Set(query.unknown);
	const named = new Set(query.mentions.flatMap((mention) => mention.terms.map((i) => query.terms[i])));
	// Known as itself (or misspelt), not only through a related word, or part of a name the data has.
	const known = (term: string) =>
		!unknown.has(term) && (named.has(term) || index.matchTerm(term).some((match) => !match.related));
	const stranger = ({ word: typed, before }: TypedWord) => {
		// "Kenya-fronted", "UN-backed": the name is before the hyphen; the participle after it only describes.
		const word = describedByParticiple.exec(typed)?.[1] ?? typed;
		// "…the crossfire, Whose sources said that?": a question word opening a sentence joined to the one before.
		if (questionWords.has(fold(word)) || openers.has(fold(word))) return false;
		// "Bonjou.", "Salut,", "YOOO": a greeting is chat, whatever its capitals, and however stretched.
		if (fillerTable.has(fold(word)) || fillerTable.has(unstretched(fold(word)))) return false;
		// "Pourriez-vous m'éclairer ?": a French verb with its subject after it, capitalised to open a sentence.
		if (frenchTail.test(word)) return false;
		// "Secruity": a word of the data typed with two letters swapped is no stranger's name.
		if (/^\p{L}{5,}$/u.test(word) && index.respelled(fold(word)) !== undefined) return false;
		// "Sat night", "on Thurs": a weekday's short form, capitalised as a name is, names a day.
		// ("was the port attack on Thursday?": a weekday the report's own words put a date on is no stranger's name.)
		if (weekdayShort.test(word) || isWeekdayName(word)) return false;
		// "TRUE???", "AU FINAL", "LOOK": chat shouts plain words in capitals; an English word of four letters or more, so
		// written, is no name, unless a noun the data lacks ("the AIRPORT"). (An acronym is rarely a word: "RNDDH".)
		const shouted = word.toLowerCase();
		if (/^\p{Lu}{4,}$/u.test(word) && isEnglishWord(shouted) && !englishTags(shouted)[0]?.startsWith('NN'))
			return false;
		// "Feb", "Govt": a short form the reader spells out is the word it stands for.
		const spelled = textSpeakTable.match([fold(word)], 0)?.value;
		// ("or is it TBD?": chat's short form of plain English words is no one's name.)
		if (spelled?.split(' ').every((part) => isEnglishWord(part))) return false;
		const terms = termsOf(spelled ?? word);
		if (terms.some((term) => unknown.has(term))) return true;
		if (!functionWord(word) && terms.some((term) => !known(term))) return true;
		// "did the EU sanction him": capitals after an article are a name, even where they spell a function word; so are
		// capitals that spell one of French or Creole only, in English ("is he under EU sanctions?").
		return (
			terms.length === 0 &&
			/^\p{Lu}{2,}$/u.test(word) &&
			(articles.has(before.toLowerCase()) || (query.language === 'en' && !isEnglishWord(word.toLowerCase())))
		);
	};
	// ("…a prison in Jacmel, How many…": a question word opening a clause is no part of the name before it.)
	const asking = ({ word }: TypedWord) => questionWords.has(fold(word)) || openers.has(fold(word));
	// ("…in Port au Prince": a compound name written apart is the name, not "Port" and a "Prince".)
	const capitalised = index
		.hyphenateCompounds(typed)
		.split(/[.!?:;«»"“”]+/)
		.flatMap((sentence) => capitalisedRuns(sentence))
		.map((run) => run.filter((word) => !asking(word)))
		.filter(
			(run) =>
				run.some(stranger) ||
				unknownInstitution(
					run.map(({ word }) => word),
					index,
				),
		)
		.map((run) => run.map(({ word }) => word).join(' '));
	// "is canada doing anything…": chat types names in lowercase; a word WordNet has only as a proper name, and no
	// word of English or of the data, names one all the same.
	const lowercase = (typed.match(/(?<![\p{L}'’-])\p{Ll}{4,}(?![\p{L}'’-])/gu) ?? []).filter(
		(word) => unknown.has(stem(word)) && properNames().has(word) && !isEnglishWord(word) && !isWeekdayName(word),
	);
	// "how many inmates in the jacmel prison?": a word of no language the reader knows, where a place is named, names
	// the place; "prizon okap" reads as a compound name the data lacks ("cap-haitien").
	const placed = [...typed.matchAll(placeSlot)]
		.map((found) => found[1] ?? found[2] ?? found[3] ?? '')
		.filter(
			(word) =>
				unknown.has(stem(word)) &&
				!isEnglishWord(word) &&
				!isLexiconWord(word) &&
				index.respelled(word) === undefined &&
				!isWeekdayName(word),
		);
	const compounds = query.unknown.filter(
		(term) => /^\p{L}{2,}(?:-\p{L}{2,})+$/u.test(term) && !term.split('-').every((part) => isEnglishWord(part)),
	);
	const found = [...capitalised, ...lowercase, ...placed, ...compounds];
	return found.filter((word, i) => !found.slice(0, i).some((name) => fold(name) === fold(word)));
}

/**
 * Where a name stands for a place: after English "in" or "at", or next to a word for a prison or a town. (Not after
 * French "à", before which stands as much what is done: "s'en prendre à davantage de…".)
 */
const placeSlot =
	/(?<![\p{L}'’-])(?:in|at|nan|nn)\s+(?:the\s+)?(\p{Ll}{4,})(?![\p{L}'’-])|(?<![\p{L}'’-])(\p{Ll}{4,})\s+(?:prison|jail|penitentiary|town|city)\b|\b(?:prison|prizon|ville|vil|city of|town of)\s+(\p{Ll}{4,})(?![\p{L}'’-])/gu;

/** The last word of a body's name: "the Foreign Office", "the State Department", "the White House". */
const institutionWords = new Set(
	'office ministry department council agency commission bureau parliament senate congress court embassy party bank fund foundation institute committee house assembly cabinet'.split(
		' ',
	),
);

/**
 * "What did the Foreign Office say?": words of English, capitalised as a body's name and ending in
 * a word for a body, that name no body the data knows, whole.
 */
function unknownInstitution(run: readonly string[], index: SearchIndex): boolean {
	const last = run.at(-1)?.toLowerCase() ?? '';
	if (run.length < 2 || !institutionWords.has(last)) return false;
	// ("the UN Secruity Council": a word of the data with two letters swapped is that word.)
	const terms = run.flatMap((word) => termsOf(index.respelled(fold(word)) ?? word));
	return !index.matchEntities(terms).some((match) => terms.every((term) => match.covered.has(term)));
}

/** A weekday's short form, as written with its capital. */
const weekdayShort = /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?$/u;

/** A name joined by a hyphen to a lowercase word ending like a participle: "Kenya-fronted", "UN-backed", "US-led". */
const describedByParticiple = /^(\p{Lu}[\p{L}\p{N}]*)-\p{Ll}+(?:ed|en|ing)$/u;

/** The pronoun or "que" French hyphens to the end of a verb or phrase. */
const frenchTail = /-(?:il|elle|on|ils|elles|je|tu|nous|vous|ce|que|moi|toi|lui|leur|en|y)$/iu;

interface TypedWord {
	word: string;
	/** The word typed before it. */
	before: string;
}

/**
 * Words typed as names, consecutive ones together: capitalised past a sentence's first word, or
 * in capitals. A capitalised word before a kind noun typed in lowercase describes ("the African
 * country"); "the European Union" is a name.
 */
function capitalisedRuns(sentence: string): TypedWord[][] {
	// (A quote mark or a dash alone is no word: "…didn't.' Accurate per the report?" opens a sentence with "Accurate".)
	const words = (sentence.match(/[\p{L}\p{N}'’-]+/gu) ?? []).filter((word) => /[\p{L}\p{N}]/u.test(word));
	const runs: TypedWord[][] = [[]];
	for (const [i, word] of words.entries()) {
		// "the croix-des-bouquets prison", "the cap-haitien prison": words joined by hyphens, one of them no word of
		// English, are a place's name however typed (not French's inverted verb, "énumère-t-il", "est-ce-que").
		// ("inmates-per-place", "inmate-to-guard": English words joined are a phrase of English, no name.)
		// (Two words joined, neither a word of grammar: "cette histoire-là", "peut-être" are French's.)
		const parts = fold(word).split('-');
		const compound =
			/^\p{L}{2,}(?:-\p{L}{2,})+$/u.test(word) &&
			(parts.length > 2 ||
				!parts.some((part) => stopwords.en.has(part) || stopwords.fr.has(part) || stopwords.ht.has(part))) &&
			!frenchTail.test(word) &&
			!word.split('-').every((part) => isEnglishWord(part.toLowerCase()));
		const capitalised = compound || (/^\p{Lu}/u.test(word) && (i > 0 || /^\p{Lu}{2,}$/u.test(word)) && word !== 'I');
		const next = words[i + 1] ?? '';
		// Only a word shaped like a people's adjective describes so ("Kenyan", "Haitian", "Chinese"): "the
		// Croix-des-Bouquets prison" names one.
		const describing = /^\p{Ll}/u.test(next) && answerKindNoun(next) && demonym.test(word);
		if (capitalised && !describing) runs.at(-1)?.push({ word, before: words[i - 1] ?? '' });
		else runs.push([]);
	}
	return runs.filter((run) => run.length > 0);
}

/** The shape of a word for a people or its country's things, unhyphenated: "African", "Haitian", "Chinese", "français". */
const demonym = /^[\p{L}]+(?:an|ese|ish|i|ic|ien|ienne|ais|aise|en|yen)$/iu;

/** A function word of any of the three languages ("I've", "Mwen", "Pourriez-vous"): no name. */
function functionWord(word: string): boolean {
	if (termsOf(word).length === 0) return true;
	return word
		.toLowerCase()
		.split(/['’-]/)
		.every((part) => {
			const folded = fold(part);
			return (
				part.length < 3 ||
				stopwords.en.has(folded) ||
				stopwords.fr.has(folded) ||
				stopwords.ht.has(folded) ||
				translations.fr.has(folded) ||
				translations.ht.has(folded)
			);
		});
}

/** Articles before a name in English, French and Creole. */
const articles = new Set(['the', 'le', 'la', 'les', 'l']);

/** Verbs of saying, and the nouns for what is said, before a "that" whose clause is what was said. */
const speechWords = new Set(speech.speech);
const speechStems: ReadonlySet<string> = new Set(speech.speech.map(stem));
/** Nouns for what is said: "claim", "statement", "report"'s kin. */
export const claimNouns: ReadonlySet<string> = new Set(speech.claims);

/** Conjunctions that open a clause before the question itself ("Before the assault, what…"), never a question word. */
const openingClause = new Set([
	'before',
	'after',
	'since',
	'while',
	'because',
	'if',
	'until',
	'once',
	'although',
	'whereas',
]);

/** Words that set something aside ("besides the prison", "à part la prison", "apa prizon an"), as read in English. */
const asideWords = new Set(['besides', 'except', 'excluding', 'outre', 'sauf', 'apa']);
const asidePairs = new Set(['apart from', 'aside from', 'other than', 'a part', 'en dehors de', 'apart de']);
/** Words a set-aside phrase's reach does not count. */
const smallWords: ReadonlySet<string> = new Set([
	'the',
	'a',
	'an',
	'and',
	'or',
	'its',
	'their',
	'le',
	'la',
	'les',
	'et',
	'an',
	'la',
	'yo',
	'ak',
]);
/** How far a set-aside phrase may reach before the question resumes. */
const asideReach = 4;

/**
 * How many words from `at` set something aside: the marker and what follows it, up to a
 * question word or `asideReach` words. 0 when no such phrase starts there.
 */
function setAsideAt(words: readonly string[], at: number): number {
	const marker = asideMarker(words, at);
	if (marker === 0) return 0;
	let end = at + marker;
	let named = false;
	// Small words do not count toward the reach: "besides the prison and the harbour".
	let reached = 0;
	while (
		end < words.length &&
		reached < asideReach &&
		!questionWords.has(words[end] ?? '') &&
		!openers.has(words[end] ?? '') &&
		// "Who besides the UN sanctioned him": past what is set aside, a verb resumes the question.
		!(named && /\p{L}{3}(?:ed|ing)$/u.test(words[end] ?? ''))
	) {
		if (!stopwords.en.has(words[end] ?? '')) named = true;
		if (!smallWords.has(words[end] ?? '')) reached++;
		end++;
	}
	return end - at;
}

/** How many words from `at` mark what follows as set aside: "besides", "apart from"; 0 where none does. */
function asideMarker(words: readonly string[], at: number): number {
	// "Beyond the prison, which targets…": only an opening "beyond" sets aside ("beyond capacity" measures).
	const opening = at === 0 && words[at] === 'beyond';
	return asideWords.has(words[at] ?? '') || opening ? 1 : asidePairs.has(`${words[at]} ${words[at + 1]}`) ? 2 : 0;
}

/** Verbs whose "after" is a particle: "go after", "came after" (pursue, attack), "look after". */
const phrasalAfter = new Set([
	'go',
	'goes',
	'went',
	'gone',
	'going',
	'come',
	'came',
	'comes',
	'coming',
	'look',
	'looked',
]);

/** Units of time, and "long", that say how long before or after something. */
const timeUnits = new Set([
	'years',
	'year',
	'months',
	'month',
	'weeks',
	'week',
	'days',
	'day',
	'decades',
	'long',
	'hours',
]);

/** Conjunctions that join two of what is asked: "the prison and the port". */
const coordinators = new Set(['and', 'or', 'but', 'et', 'ou', 'ak', 'epi']);

/** Words that open a noun phrase. */
// (French articles the lexicon leaves as typed: "l'accord conclu en…" is "the deal struck in…".)
const determiners = new Set([
	'the',
	'a',
	'an',
	'its',
	'their',
	'this',
	'that',
	'these',
	'those',
	'his',
	'her',
	'l',
	'le',
	'la',
	'les',
	'un',
	'une',
]);
/** How far back from a participle the determiner of the noun it follows may be: "the international armed force". */
const nounPhraseReach = 4;

/**
 * "…lead the force intended to help the police", "…in the prison built for 700": a participle
 * right after a noun phrase that is an object (after a verb or a preposition) describes that noun,
 * a clause of its own. Not "was the prison attacked", where the phrase is the subject of a question.
 */
function reducedRelative(words: readonly string[], at: number): boolean {
	// Not a question's last word: "…did they get to the port planned?" has no clause after it.
	// ("…the foreign soldiers coming to help": a present participle too.)
	const word = words[at] ?? '';
	if ((!participle(word) && !/^\p{L}{3,}ing$/u.test(word)) || words[at + 1] === undefined) return false;
	for (let back = at - 1; back >= Math.max(0, at - nounPhraseReach); back--) {
		if (!determiners.has(words[back] ?? '')) continue;
		const before = words[back - 1];
		return (
			back > 0 &&
			back < at - 1 &&
			before !== undefined &&
			!copulas.has(before) &&
			!auxiliaries.has(before) &&
			!openers.has(before) &&
			// ("…the head of the gang alliance trying to topple…": a noun of a noun phrase, after "of", is described too.)
			(verbBefore(words, back - 1) ||
				(before === 'of' &&
					/^\p{L}{3,}ing$/u.test(word) &&
					!copulas.has(words[at - 1] ?? '') &&
					!auxiliaries.has(words[at - 1] ?? '')))
		);
	}
	return false;
}

/**
 * Words that make what follows a plan or an intent: "expected to", "supposed to", "due to", "proposed to", "disposed
 * to", "ready to".
 */
const planWords = new Set([
	'expected',
	'supposed',
	'meant',
	'due',
	'scheduled',
	'slated',
	'set',
	'planned',
	'intended',
	'proposed',
	'proposes',
	'disposed',
	'ready',
	'prepared',
	'poised',
	'willing',
	'keen',
	'eager',
	'volunteered',
	'volunteers',
]);

/** "…was expected to step down": the plan's word says only that it was a plan, which a fact may say in another. */
const planned = (words: readonly string[], at: number): boolean =>
	planWords.has(words[at] ?? '') && words[at + 1] === 'to';

/** "A number of detainees", "a bunch of inmates": how many, loosely, which asks for no number. */
const quantifier = (words: readonly string[], at: number): boolean =>
	/^(?:number|lot|lots|couple|bunch|handful)$/.test(words[at] ?? '') && words[at - 1] === 'a' && words[at + 1] === 'of';

/** Words for wanting or being willing. */
const wishWords = new Set([
	'want',
	'wants',
	'wanted',
	'wanting',
	'wanna',
	'keen',
	'eager',
	'willing',
	'wish',
	'wished',
]);

/** Is the word at `at` a wish that a negation a few words before denies? */
function wishDenied(words: readonly string[], at: number): boolean {
	if (!wishWords.has(words[at] ?? '')) return false;
	return words
		.slice(Math.max(0, at - wishReach), at)
		.some((word) => word === 'not' || word === 'never' || word === 'no');
}

/** How far before a wish its negation may stand: "weren't some of the inmates keen". */
const wishReach = 5;

/** Subjects that stand for anyone: "…people keep talking about". */
const genericSubjects = new Set(['people', 'everyone', 'everybody', 'folks', 'someone', 'somebody']);

/** Pronouns that can be the subject of a clause. */
const subjectPronouns = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);

/**
 * "…the deal henry was supposed to leave under", "the warning he gave", "the inmates the unions
 * feared": a clause with no "that", its subject (a pronoun, a person the data names or a noun
 * phrase) right after a noun phrase, then a verb. It
 * says which one the noun is, as a relative clause does.
 */
function contactClause(words: readonly string[], at: number, index: SearchIndex, language: Language): boolean {
	const subject = words[at] ?? '';
	const verb = words[at + 1] ?? '';
	const noun = words[at - 1] ?? '';
	// "…this sergier dude people keep talking about": anyone at all as the subject, after a noun.
	if (
		at >= 2 &&
		language === 'en' &&
		genericSubjects.has(subject) &&
		!stopwords.en.has(noun) &&
		englishTags(verb).some((tag) => tag.startsWith('VB'))
	)
		return true;
	if (!determiners.has(words[at - 2] ?? '') || prepositions.has(noun) || determiners.has(noun)) return false;
	// "…the inmates the unions were afraid would break out": a noun phrase as the subject, then its verb.
	const after = words[at + 2] ?? '';
	// ("…the jail the armed groups laid siege to": the noun may have a word before it.)
	const later = words[at + 3] ?? '';
	const verbAt = (word: string) => copulas.has(word) || auxiliaries.has(word) || pastForm(word);
	if (
		language === 'en' &&
		determiners.has(subject) &&
		!stopwords.en.has(verb) &&
		(verbAt(after) || (!stopwords.en.has(after) && englishTags(after).includes('NNS') && verbAt(later)))
	)
		return true;
	if (!copulas.has(verb) && !auxiliaries.has(verb) && !pastForm(verb)) return false;
	if (subjectPronouns.has(subject)) return true;
	const [named] = index.matchEntities([stem(subject)]);
	return named?.entity.kind === 'person' && named.covered.size > 0;
}

/** Past participles that do not end in -ed, as a question's words have them. */
const irregularParticiples = new Set(
	'built held kept made sent taken known given seen led caught left found set told brought shot struck fought won lost broken chosen driven written spoken stolen hidden begun run hit put'.split(
		' ',
	),
);

/** A word shaped as a past participle: "intended", "built". */
const participle = (word: string) => /\p{L}{3}ed$/u.test(word) || irregularParticiples.has(word);

/** A past participle, or a word English has as one or as a past tense: "laid", "took". */
const pastForm = (word: string) => participle(word) || englishTags(word).some((tag) => tag === 'VBN' || tag === 'VBD');

/**
 * Has the question a verb before `end`, so that a participle after it is not its main verb? "Which
 * organ of the United Nations authorised…" has none before "authorised"; "which country offered to
 * lead the force intended…" has "offered" (an -ed word before "to", a determiner or a preposition).
 */
function verbBefore(words: readonly string[], end: number): boolean {
	return words
		.slice(0, end + 1)
		.some(
			(word, i) =>
				copulas.has(word) ||
				auxiliaries.has(word) ||
				(/\p{L}{3}ed$/u.test(word) && (determiners.has(words[i + 1] ?? '') || prepositions.has(words[i + 1] ?? ''))),
		);
}

/**
 * Prepositions, after which "that" is a determiner ("in that jail"). French and Kreyòl ones the
 * lexicon leaves as typed too: "s'est proposé pour diriger la force…" reads "offered pour lead…".
 */
export const prepositions: ReadonlySet<string> = new Set([
	'in',
	'at',
	'from',
	'of',
	'to',
	'with',
	'about',
	'on',
	'into',
	'inside',
	'for',
	'by',
	'pour',
	'par',
	'pou',
]);

/** Words before "as" that make it part of a comparison or a phrase, not a clause: "such as", "as well as". */
const notClausalAs = new Set(['such', 'as', 'so', 'same', 'well', 'just']);
/** How many words an "as" clause that ends a question may run to: "as the December 2022 deal required". */
const asClauseReach = 6;

/**
 * "…hand over power on February 7 as the deal required?", "…as planned?", "…like he was supposed
 * to?": an "as" or "like" clause that ends the question in a verb of its own, or in a plan's "to",
 * says what was expected, a qualifier of what is asked.
 */
export function closingAsClause(words: readonly string[], at: number): boolean {
	if ((words[at] !== 'as' && words[at] !== 'like') || notClausalAs.has(words[at - 1] ?? '')) return false;
	const clause = words.slice(at + 1);
	const last = clause.at(-1) ?? '';
	const planned = last === 'to' && planWords.has(clause.at(-2) ?? '');
	return clause.length > 0 && clause.length <= asClauseReach && (/[a-z]{3}ed$/.test(last) || planned);
}

/** Words that open a question, past which a set-aside phrase does not reach. */
const openers = new Set(['who', 'when', 'where', 'why', 'how', 'did', 'does', 'do', 'is', 'was', 'are', 'were']);

/** "which", "what", and the French and Creole words left as they are when a question is read. */
const questionWords = new Set([...whichWords, 'whose', 'quoi', 'kisa']);
/** "is" in the three languages, as a question's words have it once read. */
const copulas = new Set(['is', 'are', 'was', 'were', 'est', 'sont', 'etait', 'se', 'ye']);
/** Words after a kind that make it the object of what is asked: "what reason did he give". */
const auxiliaries = new Set([
	'do',
	'does',
	'did',
	'has',
	'have',
	'had',
	'will',
	'would',
	'can',
	'could',
	'should',
	'a',
	'ont',
	'te',
	'ap',
]);
/** Is the word at `at` right after "kind of", "sort of", "type of" (or "kinda")? */
function afterKindOf(words: readonly string[], at: number): boolean {
	const before = words[at - 1] === 'of' || words[at - 1] === 'de' ? words[at - 2] : words[at - 1];
	return /^(?:kinds?|sorts?|types?|genre|sorte|kalite|kalte)$/.test(before ?? '');
}

/** "kind of", "quoi comme", "ki kalite": words between the question word and the kind asked for. */
const kindWords = new Set([
	'kind',
	'kinds',
	'sort',
	'sorts',
	'type',
	'types',
	'of',
	'a',
	'an',
	'comme',
	'genre',
	'sorte',
	'de',
	'kalite',
	'kalte',
	// "which two parties", "what other key site": a count or a qualifier before the kind.
	'both',
	'other',
	'else',
	'different',
	'main',
	'key',
	'exact',
	'specific',
	'particular',
	// "what other big facility": a word of size or weight before the kind.
	'big',
	'major',
	'important',
	'notable',
	'strategic',
	'autre',
	'autres',
	'lot',
]);

/** "two", "3", "deux": a number, as the message check reads one. */
const isCount = (word: string) => mayHaveNumber(word) && valuesIn(word).some((value) => value.kind === 'number');

/** Is the word at `at` a noun counted loosely ("more than one authority", "several outlets"): any of a kind? */
function anyOfKind(words: readonly string[], at: number): boolean {
	const before = words[at - 1] ?? '';
	if (/^(?:several|multiple|various|different|single)$/.test(before)) return true;
	// ("by one authority or several?": one set against more is a count of the kind, too.)
	const againstMore = words
		.slice(at + 1)
		.some((word, i, after) => word === 'or' && /^(?:several|more|many|multiple|by)$/.test(after[i + 1] ?? ''));
	return before === 'one' && (/^(?:than|only|just|least|single)$/.test(words[at - 2] ?? '') || againstMore);
}

/** A noun made from a verb ("disruption", "deployment") whose stem the data has itself, not only a word related to it. */
function deedNounOfData(word: string, term: string, index: SearchIndex): boolean {
	return (
		/(?:tion|sion|ment|ance|ence)s?$/.test(word) &&
		!answerKindNoun(word) &&
		index.matchTerm(term).some((match) => !match.related)
	);
}

/** Is the word at `at` the noun right after "which"/"what" (and "kind of"): the kind of thing asked for? */
function namesAnswerKind(words: readonly string[], at: number): boolean {
	// "What's the name of the outlet that…": a kind of answer whose name is asked.
	const of = words[at - 1] === 'the' ? at - 2 : at - 1;
	if (
		words[of] === 'of' &&
		/^names?$/.test(words[of - 1] ?? '') &&
		answerKindNoun(words[at] ?? '') &&
		words.slice(0, of - 1).some((word) => questionWords.has(word))
	)
		return true;
	let before = at - 1;
	while (before >= 0 && (kindWords.has(words[before] as string) || isCount(words[before] as string))) before--;
	// Creole "ki" after a noun relates a clause to it ("moun ki te touye…"): only a question's first word asks.
	if (words[before] === 'ki' && before > 0) return false;
	return before >= 0 && questionWords.has(words[before] as string);
}

/**
 * One word's search term: the word's stem if the data knows it (or a word related to it), its
 * French stem for a French word the data has in French, or the stem as an unknown word. A vague
 * word ("even", "place") counts only if the data has the word itself; otherwise it is dropped.
 */
function readWord(
	word: string,
	language: Language,
	index: SearchIndex,
	figuresOffered = false,
): { term: string; vague?: true; unknown?: true; spelled?: string } | undefined {
	const term = stem(word);
	const matches = index.matchTerm(term);
	if (vagueIn[language].has(word))
		return matches.some((match) => match.term === term) ? { term, vague: true } : undefined;
	// "who said some prizonye were scared…": a Creole or French word in an English question, as its English word.
	// (A Creole word is read as its English one even where some fact's keywords have it; a French one only if no
	// fact does: French shares many words with English.)
	if (language === 'en') {
		const exact = matches.some((match) => match.term === term);
		for (const table of exact ? [translations.ht] : [translations.ht, translations.fr]) {
			const english = table.match([word], 0)?.value;
			if (!english || english.includes(' ')) continue;
			const translated = stem(english);
			if (!indexDrops(english) && index.matchTerm(translated).length > 0) return { term: translated };
		}
	}
	// "sergie's nickname": stemming cuts a misspelt name further from the data's ("sergi" is nearer "serious"); the
	// word as typed may be nearer a word of the data than its stem is. (Not an English word: "watching" is "watch",
	// not a misspelt "Washington".)
	if (
		term !== word &&
		word.length > 5 &&
		!matches.some((match) => match.term === term) &&
		!(language === 'en' && isEnglishWord(word))
	) {
		const nearest = (found: readonly { similarity: number; related?: true }[]) =>
			Math.max(0, ...found.filter((match) => !match.related).map((match) => match.similarity));
		if (nearest(index.matchTerm(word)) > nearest(matches)) return { term: word };
	}
	// "formerly served in the police": an adverb the data has only as its adjective ("former") says what that says.
	if (language === 'en' && /^[a-z]{4,}ly$/.test(word) && !matches.some((match) => match.term === term)) {
		const adjective = word.endsWith('ily') ? `${word.slice(0, -3)}y` : word.slice(0, -2);
		const own = stem(adjective);
		if (index.matchTerm(own).some((match) => match.term === own)) return { term: own, spelled: adjective };
	}
	// "chair" is no misspelt "charge": an English word spelt right matches the data only as itself or a word related
	// to it, not one it merely looks like.
	// (So does one a French or Creole word was read as: "entènèt" is the "internet", no "international".)
	const lookalikesOnly =
		(language === 'en' || (word.length >= 6 && isEnglishWord(word))) &&
		matches.length > 0 &&
		matches.every((match) => match.similarity < 1 && !match.related) &&
		// (WordNet's nouns for people count too, where the lexicon lacks them: "chap" is no misspelt "chape".)
		(isEnglishWord(word) || personNouns().has(word));
	if (lookalikesOnly) return { term, unknown: true };
	// "publicly", "officially": how openly it was done, not what; the data's word for it counts for little.
	// ("Normalement": French says how as well.)
	if (matches.length > 0)
		return mannerAdverb.test(word) || (language === 'fr' && frenchAdverb.test(word)) ? { term, vague: true } : { term };
	if (language === 'fr' && index.matchTerm(frenchKey(word)).length > 0) return { term: frenchKey(word) };
	// Chat drops the g of "-ing": "tellin", "runnin", "showin".
	if (/^[a-z]{3,}in$/.test(word)) {
		const spelled = stem(`${word}g`);
		if (index.matchTerm(spelled).length > 0) return { term: spelled, spelled: `${word}g` };
	}
	// Chat drops the e of "-ed": "askd", "killd", "attackd".
	if (/^[a-z]{2,}[^aeiou]d$/.test(word)) {
		const spelled = stem(`${word.slice(0, -1)}ed`);
		if (index.matchTerm(spelled).length > 0) return { term: spelled, spelled: `${word.slice(0, -1)}ed` };
	}
	// "more commonly known", "what precisely", "reportedly": an adverb of manner the data does not have says how,
	// not what, and counts against nothing.
	if (adverbOfManner.test(word) || (language === 'fr' && frenchAdverb.test(word))) return undefined;
	// A day of the month or a small count says nothing of what is asked on its own; nor does a figure the data does
	// not have, where a question asks for the figure ("3700 inmates, what's the real number?", "700 or 7k?"): the
	// asker's figure, to hold against the report's, not a word to find. (A year is: "what happened in 2019" asks of a
	// time the report may not have. Asked yes or no, "5000 inmates escaped?" is the claim the figure makes.)
	if (/^\d{1,2}$/.test(word) || (figuresOffered && isCount(word) && !/^(?:19|20)\d\d$/.test(word))) return undefined;
	// "diffrent kinds of crisis": a misspelt vague word is as vague as the word.
	if (misspeltVague(word, language)) return undefined;
	// "any coment on the prison afair": a slip in typing an English word the data has, or a word related to it, is
	// that word. (Where the slip could be either of two such words, it is neither.)
	if (language === 'en') {
		const slips = englishSlips(word).filter((candidate) => index.knowsTerm(stem(candidate)));
		const exact = slips.filter((candidate) => index.knowsTerm(stem(candidate), false));
		const [slip, ...others] = exact.length > 0 ? exact : slips;
		if (slip && others.length === 0) return readWord(slip, language, index, figuresOffered);
	}
	// "broadly", "recently": a word English has only as an adverb says how or when, not what.
	if (language === 'en' && onlyAnAdverb(word)) return undefined;
	return { term, unknown: true };
}

/** Does WordNet's phrase reach two words of the data besides its own ("go ahead" → "green", "light")? */
function standsForPhrase(stems: readonly string[], index: SearchIndex): boolean {
	const reached = index
		.matchTerm(stems.join(' '))
		.filter((match) => match.related && match.similarity >= 0.8 && !stems.includes(match.term));
	return reached.length >= 2;
}

let vagueStemSet: ReadonlySet<string> | undefined;
/** English vague words as stems, as a phrase's words are looked up. */
const vagueStems = (): ReadonlySet<string> => {
	vagueStemSet ??= new Set([...vagueIn.en].map(stem));
	return vagueStemSet;
};

/**
 * How many words of WordNet's adverb of several words start at `at` ("in principle", "on
 * paper"), where the data has neither the phrase nor one of its words: 0 where none does.
 */
function adverbialAt(
	words: readonly string[],
	at: number,
	index: SearchIndex,
	isStopword: (word: string) => boolean,
): number {
	for (let length = 3; length > 1; length--) {
		const typed = words.slice(at, at + length);
		// ("three times" says how many: a number is never a hedge.)
		if (typed.length < length || !adverbPhrases().has(typed.join(' ')) || mayHaveNumber(typed.join(' '))) continue;
		if (index.matchTerm(typed.map(stem).join(' ')).length > 0) return 0;
		// (Matched only loosely: "principle" is no misspelt "principal".)
		const unknown = typed.some(
			(word) =>
				!isStopword(word) && !index.matchTerm(stem(word)).some((match) => match.similarity === 1 && !match.related),
		);
		return unknown ? length : 0;
	}
	return 0;
}

/**
 * The bare verb of a verb and particle at `at`, as a word the data lacks ("line" of "line up",
 * "step" of "step in"), where WordNet has the two as one verb, the data has the bare verb but not
 * the two, and WordNet relates the two to no word of the data ("walk away" may be the data's
 * "abandon": read as typed).
 */
function phrasalVerbAt(
	words: readonly string[],
	wordStems: readonly string[],
	at: number,
	index: SearchIndex,
	isStopword: (word: string) => boolean,
): { term: string } | undefined {
	const [verb, particle, after] = words.slice(at, at + 3);
	const lemma = lemmatizer().verb(verb ?? '');
	if (!verb || !particle || !phrasalVerbs().has(`${lemma} ${particle}`)) return undefined;
	// "…gotten in the capital": a particle before a determiner is a preposition with its object.
	if (after !== undefined && determiners.has(after)) return undefined;
	const own = wordStems[at] ?? verb;
	// "went down", "get in": a light verb the reading drops says what its particle's phrase says.
	if (isStopword(verb) || isStopword(lemma) || vagueStems().has(own)) return undefined;
	const phrase = `${stem(lemma)} ${wordStems[at + 1] ?? particle}`;
	const ownExactly = index.matchTerm(own).some((match) => match.similarity === 1 && !match.related);
	return ownExactly && index.matchTerm(phrase).length === 0 ? { term: own } : undefined;
}

/** The term for WordNet's adjective of two words at `at` ("small time"), where the data has not the two together. */
function compoundAdjectiveAt(words: readonly string[], at: number, index: SearchIndex): string | undefined {
	const [first, second] = words.slice(at, at + 2);
	if (!first || !second || !hyphenatedAdjectives().has(`${first} ${second}`)) return undefined;
	const phrase = `${stem(first)} ${stem(second)}`;
	return index.matchTerm(phrase).length === 0 ? phrase : undefined;
}

/**
 * A phrase WordNet knows ("top dog", "lock up") standing for data words, where its own words
 * are not all the data's: "large number" stays two words the data has.
 */
function phraseAt(
	wordStems: readonly string[],
	at: number,
	index: SearchIndex,
	isStopword: (word: string) => boolean,
): { term: string; length: number } | undefined {
	for (let length = Math.min(longestPhrase, wordStems.length - at); length > 1; length--) {
		const stems = wordStems.slice(at, at + length);
		// "got out": function words only, which the data has as one term where a keyword is just that.
		if (stems.every(isStopword)) {
			const term = stems.join(' ');
			if (index.matchTerm(term).some((match) => match.similarity === 1 && !match.related)) return { term, length };
			// "give up power": a phrase of function words WordNet has for several words of the data ("resign", "quit").
			if (standsForPhrase(stems, index)) return { term, length };
			continue;
		}
		// Words the data has (or function words) are read as themselves: "prison on" is no phrase. Not where they are
		// all vague and the phrase is WordNet's for a phrase of the data: "the go-ahead" is "green light", not "go" and
		// "ahead" ("large number" stays two words: WordNet has it only as "pack").
		// (Nor a phrase of WordNet's around a function word, "line of work", which stands for what the data says
		// otherwise, "job".)
		if (
			stems.every((term) => isStopword(term) || index.matchTerm(term).some((match) => match.similarity === 1)) &&
			!(stems.every((term) => !isStopword(term) && vagueStems().has(term)) && standsForPhrase(stems, index)) &&
			!(stems.length === 3 && isStopword(stems[1] ?? '') && standsForPhrase(stems, index))
		)
			continue;
		const term = stems.join(' ');
		// A phrase the data has, or one WordNet relates to its words; never two words that only look like one of its
		// words misspelt ("assassination sitting" is not "assassinat").
		if (index.matchTerm(term).some((match) => match.similarity === 1 || match.related)) return { term, length };
	}
	return undefined;
}

/**
 * "The Haitian human rights group": a country's adjective before another one named, as the report itself says it of
 * that one, describes it; so does a body's name before a part of it ("the HNP unions"). It names no second party the
 * answer must involve.
 */
function describesNext(
	mention: Mention,
	mentions: readonly Mention[],
	terms: readonly string[],
	words: readonly string[],
	base: FactBase,
): boolean {
	const [only, ...more] = mention.entities;
	const [at] = mention.terms;
	if (!only || more.length > 0 || mention.terms.length !== 1 || at === undefined) return false;
	const typed = words.findIndex((word) => stem(word) === terms[at]);
	const next = words[typed + 1];
	// "The HNP unions": a body named before one that is part of it says whose that one is, as the name of the part does;
	// "the Kenya force", one a fact ties it to (Kenya offered to lead the force), which one it is.
	const part = mentions.find((other) => other !== mention && other.terms.some((i) => terms[i] === stem(next ?? '')));
	const ofIt = (entity: Entity) =>
		entity.id !== only.id && (base.within(entity.id).includes(only.id) || base.tied(only.id, entity.id));
	if (part && !part.role && part.entities.every(ofIt)) return true;
	if (only.kind !== 'country') return false;
	// (The country by its name, "Haiti", is named; only an adjective of it describes: "Haitian".)
	if (typed < 0 || !next || !countryAdjectives(base).has(fold(words[typed] ?? ''))) return false;
	const described = mentions.some((other) => other !== mention && other.terms.some((i) => terms[i] === stem(next)));
	return described && describedByCountry(base).has(`${fold(words[typed] ?? '')} ${fold(next)}`);
}

const keptAdjectives = keptPer<FactBase, 'adjectives', ReadonlySet<string>>();

/**
 * The one-word names of countries that are not their names, folded: "haitian", "kenyan". "The Haitian human rights
 * group" describes the group by them; they name no second party, and ask no action of it.
 */
export function countryAdjectives(base: FactBase): ReadonlySet<string> {
	return keptAdjectives(
		base,
		'adjectives',
		() =>
			new Set(
				base.entities
					.filter((entity) => entity.kind === 'country')
					.flatMap((entity) =>
						entity.aliases.filter((alias) => /^\p{L}+$/u.test(alias) && stem(alias) !== stem(entity.name)),
					)
					.map(fold),
			),
	);
}

const keptDescribed = keptPer<FactBase, 'described', ReadonlySet<string>>();

/**
 * Each country's adjective in the facts' answers with the word after it, folded: "haitian human", "haitian police".
 * Worked out once per fact base, the first time a question needs it, not by reading every fact for each question.
 */
function describedByCountry(base: FactBase): ReadonlySet<string> {
	return keptDescribed(base, 'described', () => {
		const adjectives = countryAdjectives(base);
		const pairs = new Set<string>();
		for (const fact of base.facts) {
			const words = fold(fact.answer).match(/\p{L}+/gu) ?? [];
			words.forEach((word, i) => {
				const next = words[i + 1];
				if (next && adjectives.has(word)) pairs.add(`${word} ${next}`);
			});
		}
		return pairs;
	});
}

/** Are the words a name shares with those already taken shared only with names of several words? */
function sharesWithLongName(
	covered: readonly string[],
	mentions: readonly Mention[],
	terms: readonly string[],
): boolean {
	return mentions.every(
		(mention) => mention.terms.length >= 2 || !mention.terms.some((i) => covered.includes(terms[i] ?? '')),
	);
}

/** The entities named, largest names first, each term in at most one mention (but a word two long names share). */
function mentionsIn(
	terms: readonly string[],
	index: SearchIndex,
	verbs: ReadonlySet<string>,
	written: ReadonlyMap<string, number> = new Map(),
): Mention[] {
	const taken = new Set<string>();
	const mentions: Mention[] = [];
	/** Mentions whose first entity is named by its own words, not through a synonym. */
	const exactly = new Set<Mention>();
	const matches = index.matchEntities(terms, verbs);
	for (const match of matches) {
		const covered = [...match.covered];
		const fresh = covered.filter((term) => !taken.has(term));
		// "The United Nations and the United States": two names of several words may share a word ("united"), which
		// the terms hold once; where the question writes it for each, a name with a word of its own besides is named too.
		const shared = covered.filter((term) => taken.has(term));
		const sharedAsWritten =
			fresh.length > 0 &&
			shared.every((term) => (written.get(term) ?? 0) >= 2) &&
			sharesWithLongName(covered, mentions, terms);
		if (fresh.length < covered.length && !sharedAsWritten) {
			// Same words as a mention already taken: another entity they name.
			const same = mentions.find((mention) => covered.every((term) => mention.terms.some((i) => terms[i] === term)));
			// ("The United States" names the United Nations only through a synonym of "states", where it names the United
			// States by its own words.)
			if (same && covered.length === same.terms.length) {
				if (!match.bySynonym && !exactly.has(same)) {
					same.entities = [match.entity];
					exactly.add(same);
				} else if (!match.bySynonym || !exactly.has(same)) same.entities.push(match.entity);
			}
			continue;
		}
		for (const term of covered) taken.add(term);
		const mention = {
			entities: [match.entity],
			terms: covered.map((term) => terms.indexOf(term)).filter((i) => i >= 0),
		};
		if (!match.bySynonym) exactly.add(mention);
		mentions.push(mention);
	}
	return mentions;
}

/** A leadership fact's role as words to look for, and the leader it names. */
interface RoleHolder {
	/** The fact's place in the data: mentions come in the data's order. */
	order: number;
	leader: Entity;
}

/** The roles of a fact base's leaders, by role, found by the role's first term; once per fact base. */
const rolesByBase = new WeakMap<FactBase, Map<string, { role: string[]; holders: RoleHolder[] }[]>>();

export function rolesOf(base: FactBase): Map<string, { role: string[]; holders: RoleHolder[] }[]> {
	let byFirst = rolesByBase.get(base);
	if (byFirst) return byFirst;
	const byRole = new Map<string, { role: string[]; holders: RoleHolder[] }>();
	const hold = (order: number, id: string, roleText: string) => {
		const leader = base.entity(id);
		const role = termsOf(roleText);
		if (!leader || role.length === 0) return;
		const key = role.join(' ');
		const known = byRole.get(key) ?? { role, holders: [] };
		known.holders.push({ order, leader });
		byRole.set(key, known);
	};
	base.facts.forEach((fact, order) => {
		if (fact.kind === 'leadership' && fact.leader) hold(order, fact.leader, fact.role);
		// "Jimmy Sergier … is a gangland leader and former policeman who…": what a detail says its subject is.
		if (fact.kind === 'detail') for (const role of describedAs(fact.answer)) hold(order, fact.subject, role);
	});
	byFirst = new Map();
	for (const held of byRole.values()) {
		const first = held.role[0] as string;
		byFirst.set(first, [...(byFirst.get(first) ?? []), held]);
	}
	rolesByBase.set(base, byFirst);
	return byFirst;
}

/**
 * What a sentence says its subject is: the nouns after "is a" up to a relative clause, one per
 * "and" ("is a gangland leader and former policeman who…" → gangland leader, former policeman).
 * Only phrases of two words or more: one word alone ("a policeman") says too little to stand
 * for one person.
 */
function describedAs(sentence: string): string[] {
	const said = /\b(?:is|was) (?:a|an) ([^,.;“”"]+?)(?=\s+(?:who|which|that)\b|[,.;]|$)/u.exec(sentence)?.[1];
	return (said ?? '').split(/\s+and\s+/).filter((role) => role.trim().split(/\s+/).length >= 2);
}

/**
 * Whoever the roles a text names belong to, in the order named: "the gang boss" is the gangland leader the report
 * names, "the head of the gang alliance" the one it points to.
 *
 * @example
 * roleHoldersIn('the gang boss', index, base).map((entity) => entity.id); // ['jimmy-sergier']
 */
export function roleHoldersIn(text: string, index: SearchIndex, base: FactBase): Entity[] {
	const read = readText(text);
	return buildQuery(read.words, read.language, index, base)
		.mentions.filter((mention) => mention.role)
		.flatMap((mention) => mention.entities);
}

/**
 * Roles the data gives someone, named instead of the person: "the premier" is the prime
 * minister the report names, so a question about the premier is about Ariel Henry. Only roles
 * whose first word the question has (or a word standing for it) are checked further.
 */
function rolesIn(terms: readonly string[], index: SearchIndex, base: FactBase): Mention[] {
	// A word the role's word is made from stands for it too: "gang boss" for "gangland leader".
	const spelledAs = (term: string, roleTerm: string) =>
		term === roleTerm || (term.length >= 4 && roleTerm.startsWith(term));
	const standsFor = (term: string, roleTerm: string) =>
		spelledAs(term, roleTerm) || index.matchTerm(term).some((match) => match.term === roleTerm && match.related);
	const byFirst = rolesOf(base);
	const found: { holder: RoleHolder; positions: number[] }[] = [];
	for (const [first, roles] of byFirst) {
		if (!terms.some((term) => standsFor(term, first))) continue;
		for (const { role, holders } of roles) {
			const positions = role.map((roleTerm) => terms.findIndex((term) => standsFor(term, roleTerm)));
			// A role is one phrase: its words side by side, in either order ("gang boss", "chef de gang"), not one
			// here and one there ("the gang coalition Barbecue leads").
			const together = Math.max(...positions) - Math.min(...positions) <= role.length;
			// (Turned round, its modifiers are typed as the role has them: "the boss of the gangs" is the gangland
			// leader, "in office past his exit" no former officer.)
			const inOrder = positions.every((i, k) => k === 0 || i >= (positions[k - 1] ?? 0));
			const modifiersAsTyped = role
				.slice(0, -1)
				.every((roleTerm, k) => spelledAs(terms[positions[k] ?? -1] ?? '', roleTerm));
			if (positions.every((i) => i >= 0) && together && (inOrder || modifiersAsTyped))
				for (const holder of holders) found.push({ holder, positions });
		}
	}
	// One mention per holder and words: a role the question's words read as several of the data's is one.
	const seen = new Set<string>();
	return found
		.sort((a, b) => a.holder.order - b.holder.order)
		.filter(({ holder, positions }) => {
			const key = `${holder.leader.id} ${[...new Set(positions)].sort().join(' ')}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		})
		.map(({ holder, positions }) => ({ entities: [holder.leader], terms: [...new Set(positions)], role: true }));
}

/** Words for whoever leads something, as search terms: "the head of government", "the leader of…". */
const headTerms = new Set(['head', 'leader', 'chief', 'boss', 'chef', 'dirig']);

const statedLeadersByBase = new WeakMap<FactBase, ReadonlyMap<string, readonly Entity[]>>();

/** Each group's leaders the report names in so many words, people only: read once a fact base, not a question. */
function statedLeaders(base: FactBase): ReadonlyMap<string, readonly Entity[]> {
	let leaders = statedLeadersByBase.get(base);
	if (!leaders) {
		const found = new Map<string, Entity[]>();
		for (const fact of base.facts) {
			const leader = fact.kind === 'leadership' && fact.basis === 'stated' && fact.leader && base.entity(fact.leader);
			if (fact.kind === 'leadership' && leader && leader.kind === 'person')
				found.set(fact.coalition, [...(found.get(fact.coalition) ?? []), leader]);
		}
		leaders = found;
		statedLeadersByBase.set(base, leaders);
	}
	return leaders;
}

/**
 * "The head of government" is whoever the report says leads the government: a leader's word right before a group
 * the report names a leader of, in so many words, stands for that leader. ("The head of an alliance" the report
 * only points to is left as the alliance: its leader is inferred.)
 */
function headOf(mention: Mention, terms: readonly string[], base: FactBase): Mention | undefined {
	const [first] = mention.terms;
	if (mention.role || first === undefined || !headTerms.has(terms[first - 1] ?? '')) return undefined;
	const leaders = statedLeaders(base);
	const [leader, ...more] = mention.entities.flatMap((entity) => leaders.get(entity.id) ?? []);
	if (!leader || more.length > 0) return undefined;
	return { entities: [leader], terms: [first - 1, ...mention.terms], role: true };
}

/** The names a question gives, without those that are only part of a role it names: "ex-cop" is Sergier, not the police. */
function withRoles(named: Mention[], roles: Mention[]): Mention[] {
	// A role beside the name ("le chef de gang surnommé Barbecue") only describes the one named, who is named already.
	const byName = new Set(named.flatMap((mention) => mention.entities.map((entity) => entity.id)));
	const describing = roles.filter((role) => !role.entities.some((entity) => byName.has(entity.id)));
	const inRole = new Set(describing.flatMap((role) => role.terms));
	return [...named.filter((mention) => !mention.terms.every((i) => inRole.has(i))), ...describing];
}

function yearsIn(words: readonly string[]): string[] {
	return words.filter((word) => /^(19|20)\d\d$/.test(word));
}

/**
 * What a question asks besides the names, as bits over its terms (a ranked fact's `matched` is
 * held against them): every term but a name's, a vague word's, and any `leaveOut` leaves out.
 *
 * @example
 * askedBits(buildQuery(['did', 'the', 'un', 'do', 'anything', 'about', 'the', 'violence'], 'en', index)); // the bit of "violenc"
 */
export function askedBits(query: Query, leaveOut: (term: string, i: number) => boolean = () => false): number {
	const inMention = new Set(query.mentions.flatMap((mention) => mention.terms));
	return query.terms.reduce(
		(bits, term, i) => (inMention.has(i) || query.vague.has(i) || leaveOut(term, i) ? bits : bits | (1 << i)),
		0,
	);
}

/** The terms of a question's subordinate clause as a query of their own: what the clause says happened. */
export function clauseOnly(query: Query): Query {
	const kept = query.terms.flatMap((_, i) => (query.secondary.has(i) ? [i] : []));
	const at = (i: number) => kept.indexOf(i);
	const within = (positions: Iterable<number>) => new Set([...positions].filter((i) => at(i) >= 0).map(at));
	return {
		...query,
		terms: kept.map((i) => query.terms[i] ?? ''),
		vague: within(query.vague),
		secondary: new Set(),
		topic: undefined,
		asideOnly: undefined,
		mentions: query.mentions
			.filter((mention) => mention.terms.every((i) => at(i) >= 0))
			.map((mention) => ({ ...mention, terms: mention.terms.map(at) })),
	};
}

/**
 * Is the question's word one of the words that name the mention (as a search term)?
 *
 * @example
 * frame.rest.findIndex((word) => spellsMention(query, mention, word)); // where the mention is named
 */
export function spellsMention(query: Query, mention: Mention, word: string): boolean {
	const term = stem(word);
	return mention.terms.some((i) => query.terms[i] === term);
}
