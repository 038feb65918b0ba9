/**
 * What a clause says happened or was said, beyond its names, numbers and dates: "told people not
 * to send their kids to school to avoid collateral damage". It matches a fact only when the fact
 * accounts for every word of it that carries content, with the same polarity and quantity; it
 * differs when such a fact says the opposite ("not", "reluctant") or only a part ("some").
 */
import type { Entity, Fact } from '../../data/schema.js';
import type { FactBase } from '../fact-base.js';
import { englishTags, nounNoAdjective } from '../language/english-words.js';
import { lemmatizer } from '../language/lemmas.js';
import { fold, isLexiconWord, stopwords, wordInEnglish } from '../language/lexicon.js';
import { inEnglish, readText } from '../language/read.js';
import type { SearchIndex } from '../search-index.js';
import { stem, terms as termsOf } from '../text.js';
import { comparison } from '../understand/answers/compared.js';
import { leadWords, speechWords, subjectOnlyRelated } from '../understand/fits.js';
import { buildQuery, type Query } from '../understand/query.js';
import { ownsTerm, type Ranked, rank } from '../understand/rank.js';
import { yesNoAsked } from '../understand/tagged.js';
import { doneWhileUnsettled, provenWhereAlleged } from './certainty.js';
import { changePattern } from './changes.js';
import { type Claim, type Clause, claim, trimTail } from './claim.js';
import { type EntityMention, speechVerbs } from './names.js';
import { amountStems, amountsIn, onlyAnAmount, saysOpposite } from './opposites.js';
import { purposeReversed } from './purpose.js';
import { agentClass, agentOf } from './qualifiers.js';
import { ranksAgree } from './ranks.js';
import { ratiosIn } from './ratios.js';
import { orderStated, saidOfAnother, sequenceVerdict } from './sequence.js';
import { swappedNoun } from './swapped.js';
import { titleWords } from './titles.js';
import { unheardOf } from './unheard.js';
import { type Span, valuesIn } from './values.js';

/** A clause says too little to hold against a fact with fewer content words than this. */
const minContentTerms = 3;

/** Words that deny what follows, and words that imply it did not happen ("reluctant to escape"). */
const negation =
	/(?:^|[^\p{L}])(?:not|never|no|cannot|can't|won't|didn't|doesn't|don't|hasn't|haven't|wasn't|weren't|isn't|aren't|ain't|wouldn't|couldn't|cant|didnt|wouldnt|couldnt|doesnt|dont|hasnt|havent|wasnt|werent|isnt|arent|aint|without|neither|nor|reluctant|unwilling|hesitant|hesitated|hesitate|hesitates|hesitating|refused|refuses|refuse|declined|failed|unable|denied|rejected|rejects|blocked|vetoed|opposed|pas|jamais|pa|pat|janm)(?![\p{L}])/iu;
/**
 * Words that say all of something, or most of it, or none ("most prisoners", "la plupart des détenus", "pifò
 * prizonye"), and words that say a part of it. ("The most dangerous" ranks; it counts no part.)
 */
// ("All together", "all at once", "tous ensemble" say how, not how many: "escape all together" is "en masse".)
const wholeWords =
	/(?:^|[^\p{L}])(?:all(?! together| at once)|every|everyone|entire|whole|none|nobody|no one|(?<!the )most|majority|the bulk|tous|toutes|tout|toute|tout moun|la plupart|majorit[ée]|pif[òo]|pifò)(?![\p{L}])/iu;
const partWords = /(?:^|[^\p{L}])(?:some|part|parts|several|few|certain|portion|certains|plusieurs|kèk)(?![\p{L}])/iu;

/** A part said to be large: "a large part", "une grande partie", "yon gwo pati". */
const largePart =
	/(?:^|[^\p{L}])(?:(?:large|big|great|significant|major|good|huge|vast|considerable|grande|bonne|gwo)\s+(?:part|parts|portion|share|chunk|partie|pati))(?![\p{L}])/iu;

/** A subject pronoun, in English, French or Creole: the clause speaks of someone named before. */
const pronoun = /(?:^|[^\p{L}])(?:he|she|they|it|il|elle|ils|elles|li|yo|l)(?![\p{L}])/iu;

/** Words that say no one or nothing else: the report never says as much. */
export const exclusive =
	/(?:^|[^\p{L}])(?:only|solely|exclusively|alone|seulement|uniquement|seul|seule|sèlman|selman|sèl)(?![\p{L}])/iu;

/** A span of time before "before" or "after": the clause says how far apart two events are. */
const timeApart =
	/(?<![\p{L}])(?<!\bthe\s)(?:years?|months?|weeks?|days?|half|decades?|ans?|mois|semaines?|jours?|lane|mwa)\s+(?:before|after|later|earlier|avant|après|apre|anvan)(?![\p{L}])/iu;

/** Words that order two events. */
const before = /(?<![\p{L}])(?:before|b4|until|prior to|avant|anvan)(?![\p{L}])/iu;
const after = /(?<![\p{L}])(?:after|since|following|après|apre)(?![\p{L}])/iu;

/** Does the message order events one way and the quote the other? */
function orderClash(claimed: string, quote: string): boolean {
	return (
		(before.test(claimed) && after.test(quote) && !before.test(quote)) ||
		(after.test(claimed) && before.test(quote) && !after.test(quote))
	);
}

/** Does a text deny what it says ("not", "never", "refused", "rejected")? */
const denies = (text: string): boolean => negation.test(text);

/** Ways of not doing what follows: "held back from", "kept from", "refrained from". */
const heldBack =
	/(?<![\p{L}])(?:held|hold|holds|holding|kept|keep|keeps|refrained|refrain|refrains)\s+(?:back\s+)?from(?![\p{L}])/giu;

/** Fear of a verb, which is not doing it: "scared to escape", "afraid to run". (Not "afraid of being caught".) */
const fearedTo = /(?<![\p{L}])(?:scared|afraid|frightened|fearful|terrified)\s+to\s+(?=\p{L})/giu;

/** Verbs that carry the denied verb after them: "reluctant to try to escape" denies escaping. */
const carriers = new Set(['try', 'tried', 'trying', 'attempt', 'attempted', 'want', 'wanted', 'able', 'going']);

/** Word stems, crudely: enough to tell "escaped" and "escape" are one word. */
const stemOf = (word: string) => word.toLowerCase().slice(0, 5);

/** The words a text denies (the first content word after each denial) and the words it asserts. */
function polarity(text: string): { denied: Set<string>; asserted: Set<string> } {
	// "too scared of the crossfire to escape" does not escape.
	const words = text
		.replace(tooTo, '$1 not ')
		// "held back from escaping", "refrained from…": the verb after is denied.
		.replace(heldBack, ' not ')
		.replace(fearedTo, ' not ')
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.split(/[^\p{L}']+/u)
		.filter(Boolean);
	const denied = new Set<string>();
	const asserted = new Set<string>();
	for (let i = 0; i < words.length; i++) {
		const word = words[i] ?? '';
		if (!negation.test(word)) {
			if (!stopwords.en.has(word)) asserted.add(stemOf(word));
			continue;
		}
		let j = i + 1;
		while (j < words.length && (stopwords.en.has(words[j] ?? '') || carriers.has(words[j] ?? ''))) j++;
		if (words[j]) denied.add(stemOf(words[j] ?? ''));
		i = j;
	}
	for (const stem of denied) asserted.delete(stem);
	return { denied, asserted };
}

/**
 * "The prisoners were eager to break out" against "reluctant to try to escape": a word the claim asserts, related to
 * one the fact denies, is the same deed said the other way.
 */
function relatedPolarityClash(claimed: string, quote: string, index: SearchIndex): boolean {
	const { asserted } = polarity(claimed);
	const { denied } = polarity(quote);
	if (denied.size === 0) return false;
	return (claimed.toLowerCase().match(/\p{L}+/gu) ?? []).some(
		(word) =>
			asserted.has(stemOf(word)) &&
			!denied.has(stemOf(word)) &&
			index.matchTerm(stem(word)).some((match) => match.related && denied.has(match.term.slice(0, 5))),
	);
}

/**
 * "The alleged killers were never locked up", "none of them are in the prison": a claim denied outright, held
 * against a fact that tells it plainly, in whatever words (its match may be through related ones). Not where the
 * fact itself denies, doubts or only plans anything: "never handed over power" agrees with "supposed to… but stayed".
 */
function deniedOutright(claimed: string, quote: string): boolean {
	return outrightDenial.test(claimed) && !negation.test(quote) && !hedgedFact.test(quote);
}

/** A denial that leaves no part: "never", "none of", "no one", "nobody", "not a single", "jamais", "pèsonn". */
const outrightDenial =
	/(?<!\p{L})(?:never|none(?:\s+of)?|no\s+one|nobody|not\s+a\s+single|not\s+one|not\s+any|jamais|aucun|aucune|personne\s+n['’]|pèsonn|okenn)(?!\p{L})/iu;
/** What a fact says is planned, tried, unclear or contrasted: no plain telling a denial could contradict. */
const hedgedFact =
	/(?<!\p{L})(?:supposed|meant|expected|attempted|tried|offered|threatened|vowed|warned|unclear|but|alleged\s+(?!perpetrators))(?!\p{L})/iu;

/** "Too <how> to <verb>": the verb is denied. */
const tooTo = /\btoo\b([^.,;!?]{1,40}?)\bto\s+(?=\p{L})/giu;

/** Does one text deny a word the other asserts ("has not commented" / "commented")? */
export function polarityClash(claimed: string, quote: string): boolean {
	// ("Gang yo di yo p ap atake…": a French or Creole claim is weighed in English, as the report's words are.)
	const read = readText(claimed);
	const said = read.language === 'en' ? claimed : inEnglish(read.words, read.language).join(' ');
	// ("Sa bloke trafik" against "disrupting traffic": blocking what the fact says was disrupted denies nothing of it.)
	const english = disrupted.test(quote) ? said.replace(blocking, 'disrupting') : said;
	// ("Yes or no: did homicides rise…": the words that ask yes or no deny nothing.)
	const [a, b] = [polarity(english.replace(yesNoAskedAnywhere, ' ')), polarity(quote)];
	return (
		[...b.denied].some((stem) => a.asserted.has(stem)) ||
		[...a.denied].some((stem) => b.asserted.has(stem)) ||
		willingnessClash(english, quote) ||
		willingnessClash(quote, english) ||
		reversed(claimed, quote) ||
		reversed(quote, claimed)
	);
}

/** Wanting to do a deed: "eager to flee", "keen to", "willing to", "wanted to". */
const willing = /(?<!\p{L})(?:eager|keen|willing|ready|desperate|anxious|wanted|wanting|rushed|raring)\s+to(?!\p{L})/iu;
/** Not wanting to: "reluctant to", "unwilling to", "hesitant to", "afraid to". */
const unwilling = /(?<!\p{L})(?:reluctant|unwilling|hesitant|afraid|scared|frightened|loath|loth)\s+to(?!\p{L})/iu;

/**
 * "The prisoners were eager to flee" against "reluctant to try to escape": one side wants the deed
 * the other does not, however each words the deed. (Only where neither side denies its own wanting.)
 */
function willingnessClash(one: string, other: string): boolean {
	return willing.test(one) && !negation.test(one) && unwilling.test(other);
}

/** A fact's words for a deed that disrupts something, which goes on, disrupted: "disrupting traffic". */
const disrupted = /(?<!\p{L})(?:disrupt|interrupt|halt|paralys|paralyz)\p{L}*/iu;
/** A message's words for the same: "blocked traffic". */
const blocking = /(?<!\p{L})block(?:ed|s|ing)?(?!\p{L})/giu;

/** The words that ask yes or no, wherever they stand in a text. */
const yesNoAskedAnywhere = new RegExp(yesNoAsked.source, 'giu');

/** A word one text reverses with a prefix where the other has it plain: "de-escalate" against "escalate". */
function reversed(prefixed: string, plain: string): boolean {
	const plainStems = new Set(
		plain
			.toLowerCase()
			.split(/[^\p{L}]+/u)
			.filter((word) => word.length > 3)
			.map(stemOf),
	);
	const plainText = plain.toLowerCase();
	// "the loading and unloading" has both: neither reverses the other, whichever text has them both.
	// (Its words whole: "de-escalate" has no "escalate" of its own.)
	const prefixedStems = new Set(
		prefixed
			.toLowerCase()
			.split(/[^\p{L}-]+/u)
			.filter((word) => word.length > 3)
			.map(stemOf),
	);
	// ("UN-sanctioned" is sanctioned by the United Nations: a prefix typed in capitals is a name, not a reversal.)
	return [...prefixed.matchAll(/(?<!\p{L})(?:de|dis|un|non|anti|De|Dis|Un|Non|Anti)-?(\p{L}{4,})/gu)].some(
		(m) =>
			plainStems.has(stemOf(m[1]?.toLowerCase() ?? '')) &&
			!plainText.includes(m[0].toLowerCase()) &&
			!prefixedStems.has(stemOf(m[1]?.toLowerCase() ?? '')),
	);
}

/** Words that make what follows possible, wanted or to come rather than done. */
const modals = new Set(['can', 'could', 'would', 'will', 'must', 'should', 'may', 'might', 'shall']);

/** Modals that tell what will be, not what may be: "Kenya will lead the force" says more than its offer. */
const foretold = new Set(['will', 'shall']);

/** Verbs of need or plan that make a following "to" a modal. */
const needs = new Set([
	'has',
	'have',
	'had',
	'need',
	'needs',
	'needed',
	'ought',
	'supposed',
	'suppose',
	'going',
	'got',
	'meant',
]);

/** The stems of a text's words, each with whether a modal comes in the two words before it ("can be held"). */
function modality(text: string): Map<string, boolean> {
	const words = text
		.toLowerCase()
		.split(/[^\p{L}']+/u)
		.filter(Boolean);
	const found = new Map<string, boolean>();
	words.forEach((word, i) => {
		if (stopwords.en.has(word)) return;
		// "has to be restored", "is supposed to hand over": "to" after a verb of need is a modal too.
		const modal = words
			.slice(Math.max(0, i - 2), i)
			.some(
				(before, k, window) =>
					modals.has(before) || (before === 'to' && needs.has(window[k - 1] ?? words[i - 3] ?? '')),
			);
		found.set(stemOf(word), (found.get(stemOf(word)) ?? false) || modal);
	});
	return found;
}

/** Does a word the message says was done stand in the quote only as possible or to come? */
function modalClash(claimed: string, quote: string): boolean {
	const [a, b] = [modality(claimed), modality(quote)];
	return [...a].some(([stem, modal]) => !modal && b.get(stem) === true);
}

/** Verbs, as lemmas, that leave what follows "to" undone: an offer, an attempt, a threat, a plan. */
const undoneVerbs = new Set([
	'offer',
	'volunteer',
	'propose',
	'attempt',
	'try',
	'threaten',
	'vow',
	'promise',
	'pledge',
	'plan',
	'want',
	'seek',
	'aim',
	'intend',
	'suppose',
	'mean',
	'expect',
	'require',
	'oblige',
	'obligate',
	'schedule',
]);

/** Verbs, as lemmas, that tell a plan or what is expected, not an offer or an attempt: "supposed to", "expected to". */
const planVerbs = new Set(['suppose', 'expect', 'schedule', 'mean', 'require', 'oblige', 'obligate', 'plan']);

/** Verbs of asking for something, which the one asked for has not been given: "called for help". */
const askingVerbs = new Set(['call', 'ask', 'appeal', 'plead', 'beg', 'urge', 'press']);

/**
 * Does the message say was given what the quote tells only as asked for ("Canada is helping Haiti" against "police
 * unions called for help")? The words after a verb of asking and "for", by lemma; not where the message asks too.
 */
function saysGiven(text: string, quote: string): boolean {
	const lemma = (word: string) => lemmatizer().verb(word);
	const read = readText(text);
	const claimed = read.language === 'en' ? read.words : inEnglish(read.words, read.language);
	if (claimed.some((word) => askingVerbs.has(lemma(word)))) return false;
	const quoted = quote.toLowerCase().split(/[^\p{L}']+/u);
	const asked = new Set(
		quoted.flatMap((word, i) =>
			word === 'for' && askingVerbs.has(lemma(quoted[i - 1] ?? '')) ? quoted.slice(i + 1, i + 3).map(lemma) : [],
		),
	);
	return claimed.some((word) => asked.has(lemma(word)));
}

/**
 * Does the message say was done what the quote tells only as offered, attempted, threatened or
 * planned ("Kenya leads the force" against "Kenya offered to lead the force")? The report does
 * not say it happened: the message's claim is not the report's. Compared by verb lemma ("took
 * over" is "take over"), with the message's words read in English.
 */
export function saysDone(text: string, quote: string, index?: SearchIndex): boolean {
	const read = readText(text);
	return undoneClash(read.language === 'en' ? read.words : inEnglish(read.words, read.language), quote, index);
}

function undoneClash(claimed: readonly string[], quote: string, index?: SearchIndex): boolean {
	const lemma = (word: string) => lemmatizer().verb(word);
	const quoted = quote.toLowerCase().split(/[^\p{L}']+/u);
	const undone = new Set(
		quoted.flatMap((word, i) =>
			word === 'to' && undoneVerbs.has(lemma(quoted[i - 1] ?? '')) && quoted[i + 1] ? [lemma(quoted[i + 1] ?? '')] : [],
		),
	);
	// "Kenya said they'd lead": what someone said they would do is what they offered, not a deed done. Nor does a
	// denial say it was done: "the prisoners were reluctant to escape".
	// "Kenya is supposed to lead the force" against "offered to lead": a plan said where the report tells only an offer
	// says more than it, as "will" does. (Not against a plan: "was supposed to hand over power".)
	const quotedHow = new Set(
		quoted.flatMap((word, i) => (quoted[i + 1] === 'to' && undoneVerbs.has(lemma(word)) ? [lemma(word)] : [])),
	);
	const plannedMore = (word: string) =>
		planVerbs.has(lemma(word)) && ![...quotedHow].some((verb) => planVerbs.has(verb));
	if (
		undone.size === 0 ||
		negation.test(claimed.join(' ')) ||
		claimed.some(
			(word) =>
				(undoneVerbs.has(lemma(word)) && !plannedMore(word)) ||
				(modals.has(word) && !foretold.has(word)) ||
				speechWords.has(word),
		) ||
		// "Kenya offerd to lead…": a misspelt verb of offering, as the index's fuzzy matching reads it.
		(index !== undefined &&
			claimed.some((word) =>
				index.matchTerm(stem(word)).some((match) => !match.related && undoneVerbs.has(match.term)),
			))
	)
		return false;
	// "Kenya is the leader of the force": the one who does it, or the doing, says it is done as much as the verb.
	const deed = (word: string) => lemma(word.replace(/(?<=\p{L}{3})(?:ership|er)$/u, ''));
	if (claimed.some((word) => undone.has(lemma(word)) || undone.has(deed(word)))) return true;
	// "Kenya heads / runs / is in charge of the force" against "offered to lead" it: any word for leading.
	if (undone.has('lead') && claimed.some((word) => leadWords.has(word) || leadWords.has(lemma(word)))) return true;
	// "Gunmen seized the port" against "attempted to take over": done, in a verb close to the one only attempted.
	const undoneStems = new Set([...undone].map(stem));
	return (
		index !== undefined &&
		claimed.some((word) =>
			index
				.matchTerm(stem(lemma(word)))
				.some((match) => match.related && match.similarity >= closeVerb && undoneStems.has(match.term)),
		)
	);
}

/** A fact scoring this close to the best, on as much of the clause, matches it as well. */
const tiedScore = 0.75;

/** A verb this close to one the report only tells as attempted or offered says the same deed. */
const closeVerb = 0.7;

/** Do both deny, or does neither deny a word the other has? Then the denial is said in other words. */
function paraphrasedDenial(claimed: string, quote: string): boolean {
	const [a, b] = [polarity(claimed), polarity(quote)];
	return ![...a.denied, ...b.denied].some((stem) => a.asserted.has(stem) || b.asserted.has(stem));
}

/**
 * The content claim of a clause, if it makes one the report can settle. `mentions` are the
 * clause's names: every known one must be involved in the fact (a name the report does not have
 * is fine beside one it does: "Kenyan President William Ruto offered…").
 */
export function contentClaim(
	clause: Clause,
	mentions: EntityMention[],
	base: FactBase,
	index: SearchIndex,
	at: (span: Span) => string,
	subject?: Entity,
): Claim | undefined {
	const text = clause.text;
	// "The port attack happened the day after the prison attack": how far apart orders the two events as well.
	const apart = orderedApart(text, mentions, base, index, at);
	if (apart) return apart;
	// Numbers, dates and changes are judged as such; a clause with one is not judged by its words.
	if (valuesIn(text).length > 0 || new RegExp(changePattern.source, 'iu').test(text) || ratiosIn(text).length > 0)
		return undefined;
	// "only the US sanctioned him": the report says who did, never that no one else did. "a year and
	// a half after…": how far apart two events are is worked out from their dates, not from words.
	// ("Only happened after the siege" orders two events; it credits no one alone.)
	// ("Only a few got out" says how few: that is the amount's to judge.)
	if ((exclusive.test(text.replace(onlyAnAmount, '')) && !orderStated.test(text)) || timeApart.test(text))
		return undefined;
	const span = trimTail(text, { start: predicateStart(text, mentions), end: text.length });
	const words = text.slice(span.start, span.end);
	// "…the day before", "this week": a time without a date is the dates' to judge, no word of what was done,
	// and it orders nothing against another event of the clause's.
	const timeless = words.replace(relativeTime, ' ').replace(someOf, ' ');
	const read = readText(timeless);
	const query = buildQuery(read.words, read.language, index, base);
	const ranked = rank(query, index, base, { minCoverage: 0, boost: () => 1, inheritDerived: false });
	// "The port attack happened after the prison siege": an order of two events is the fact that orders them.
	const ordering = orderStated.test(timeless)
		? ranked.slice(0, orderedReach).find(({ fact }) => fact.sequence)?.fact
		: undefined;
	const order = ordering && sequenceVerdict(timeless, ordering, base, index);
	// An order of other things ("elections first and security would follow") is for the fact it is about to judge.
	if (ordering && !order && ranked[0]?.fact === ordering) return undefined;
	if (ordering && order) {
		// "Gunmen seized the port, then hit the prison": the order may be right and a deed in it not the report's.
		const events = (ordering.sequence ?? []).flatMap((id) => base.fact(id) ?? []);
		const overstated = events.find((event) => saysDone(timeless, event.quote, index));
		if (overstated) return claim(at(span), 'differs', [overstated], `The report says only: ${overstated.answer}`);
		const report = order === 'differs' ? `The report says otherwise: ${ordering.answer}` : undefined;
		return claim(at(span), order, [ordering], report);
	}
	// "Many of the detainees are notorious criminals": of facts that match as well, the one that tells it all.
	const [first] = ranked;
	const amount = amountsIn(timeless).size > 0;
	const tied = ranked.filter(
		(candidate) =>
			first !== undefined &&
			candidate.coverage >= first.coverage &&
			candidate.score >= first.score * tiedScore &&
			accountsForAll(query, candidate, index, base, { amount }),
	);
	// "Barbecue is a gang leader": what the report states ("a gangland leader") before what is only inferred from it
	// (that he heads the alliance).
	const best = tied.find(({ fact }) => fact.basis !== 'inferred') ?? tied[0];
	// ("Le Nouvelliste said the guards abandoned it": a source the report does not have is judged as a source; what it
	// is said to have said is the report's or not all the same.)
	const speakers = mentions.filter((m) => !m.entity && speechAfter.test(text.slice(m.end)));
	const agreeing = mentions.filter((m) => !speakers.includes(m));
	// "Elections had to be held first and security would follow": the words of the order need not all be the fact's
	// for the order to be the other way round from the one it gives.
	const reversed = !best && first && first.coverage >= reversedCoverage && purposeReversed(words, first.fact.quote);
	if (reversed && namesAgree(agreeing, first.fact, base))
		return claim(at(span), 'differs', [first.fact], `The report gives the other order: ${first.fact.answer}`);
	if (!best || !namesAgree(agreeing, best.fact, base)) {
		// "The gangs took the port" against "gunmen attempted to take over the port": whoever the message names,
		// the report says the deed was not done.
		// ("Flights into Port-au-Prince are still running" against the prisoners who did not run: what the claim is
		// about, where no name says, must be the fact's in more than a related word.)
		const attempted =
			first &&
			!subjectOnlyRelated(query, read.words, first) &&
			accountsForAll(query, first, index, base, { exceptNames: true }) &&
			saysDone(words, first.fact.quote, index);
		if (attempted) return claim(at(span), 'differs', [first.fact], `The report says only: ${first.fact.answer}`);
		// ("Canada is helping Haiti": who is said to give what the fact's own doers asked for is not the report's either.)
		if (first && saysGiven(words, first.fact.quote)) return undefined;
		// "Gunmen tried to take over the airport": a thing the data never speaks of, after the very words the closest
		// fact has before another thing ("take over the main port"), is put in that one's place.
		const unheard = first && unheardOf(words, index, { related: false, translated: true });
		if (first && unheard && thingNamed(unheard) && saidOfAnother(words, unheard, first.fact))
			return claim(at(span), 'differs', [first.fact], `The report says: ${first.fact.answer}`);
		// "…threatened to attack more hospitals" against "…more police stations": one noun swapped for the fact's.
		const swapped = first && first.coverage >= swappedCoverage && swappedNoun(timeless, first, query, index);
		return swapped ? claim(at(span), 'differs', [first.fact], `The report says: ${first.fact.answer}`) : undefined;
	}
	// "…, they're the ones who said…": a pronoun stands for the one named before, who must be the one credited.
	const carried = mentions.some((m) => m.entity) || !pronoun.test(text) ? undefined : subject;
	if (
		carried &&
		!base
			.entitiesOf(best.fact)
			.flatMap((id) => base.within(id))
			.includes(carried.id)
	) {
		const agent = agentOf(best.fact, base);
		return agent && agentClass(agent.kind) === agentClass(carried.kind)
			? claim(at(span), 'differs', [best.fact], `The report credits this to ${agent.name}: ${best.fact.answer}`)
			: undefined;
	}
	const quote = best.fact.quote;
	// "the second poorest country" against "the poorest country": a rank the report does not give.
	if (!ranksAgree(words, quote)) {
		return claim(at(span), 'differs', [best.fact], `The report says: ${best.fact.answer}`);
	}
	// "Sergier is subject to EU sanctions": a name the report never mentions, apart from the names it knows, says what
	// the report does not.
	const stranger = agreeing.find((m) => !m.entity && !besideKnown(m, agreeing, text) && !aWordOpening(text, m));
	if (stranger)
		return claim(
			at(span),
			'not_in_report',
			[best.fact],
			`The report does not mention ${text.slice(stranger.start, stranger.end)}: ${best.fact.answer}`,
		);
	// "…kept out of school for a week" against "this week": how long it lasted is a detail the report does not give.
	if (lasting.test(words) && !lasting.test(quote)) {
		return claim(at(span), 'not_in_report', [best.fact], `The report does not say for how long: ${best.fact.answer}`);
	}
	// "The force has already deployed" against "unclear when it will be deployed": told as done, which is not known.
	// (Where a fact told nearly as well says so: "…is already deployed in Haiti" against the force's approval, which
	// tells only that it may be.)
	const unsettledOne = [best, ...ranked.slice(0, nearlyAsWellReach)].find(
		(candidate) =>
			candidate.coverage >= best.coverage * nearlyAsWell &&
			doneWhileUnsettled(words, candidate.fact.quote) &&
			// (Another fact than the best only for the deed it speaks of: "Kenya wanted to lead" is no deploying.)
			(candidate === best || doneOf(words, candidate.fact)),
	);
	if (unsettledOne)
		return claim(
			at(span),
			'differs',
			[unsettledOne.fact],
			`The report says this is not yet known: ${unsettledOne.fact.answer}`,
		);
	// "The convicted assassins" against "the alleged perpetrators": told as proven, which the report only alleges.
	if (provenWhereAlleged(words, quote))
		return claim(at(span), 'differs', [best.fact], `The report says only that this is alleged: ${best.fact.answer}`);
	// "Elections first, then security" against "security must be restored so that elections can be held".
	if (purposeReversed(words, quote))
		return claim(at(span), 'differs', [best.fact], `The report gives the other order: ${best.fact.answer}`);
	// "Haiti is a wealthy country" against "the poorest country": a word the fact says the opposite of.
	if (
		polarityClash(words, quote) ||
		relatedPolarityClash(words, quote, index) ||
		saysOpposite(words, best.fact, index) ||
		deniedOutright(words, quote)
	) {
		return claim(at(span), 'differs', [best.fact], `The report says otherwise: ${best.fact.answer}`);
	}
	// "The capacity exceeded the number of inmates": which side is the larger is the figures' to say, not the words'.
	const direction = comparedDirection(words, best.fact, base);
	if (direction !== undefined) {
		return direction
			? claim(at(span), 'matches', [best.fact])
			: claim(at(span), 'differs', [best.fact], `The report says otherwise: ${best.fact.answer}`);
	}
	// "Kenya leads the force" against "Kenya offered to lead the force": done in one, only offered in the other.
	if (saysDone(words, quote, index)) {
		return claim(at(span), 'differs', [best.fact], `The report says only: ${best.fact.answer}`);
	}
	// "held elections" against "so that elections can be held": done in one, only possible in the other.
	// ("Canada is helping Haiti" against "police unions called for help": given in one, only asked for in the other.)
	if (modalClash(words, quote) || saysGiven(words, quote)) return undefined;
	// "before the attacks" against "after the attacks": the order of events is another claim.
	if (orderClash(words, quote)) return undefined;
	// "The gangs were fighting each other": who fought whom is another claim than fighting the police.
	if (reciprocal.test(words) && !reciprocal.test(quote)) return undefined;
	// Denied in one and not the other, but of different words ("not to send" / "keep out"): neither way.
	if (denies(words) !== denies(quote) && !paraphrasedDenial(words, quote)) return undefined;
	if (wholeWords.test(words) && partWords.test(quote) && !wholeWords.test(quote)) {
		// "Most of the capital" against "a large part of the country": a large part may or may not be most.
		if (largePart.test(quote)) return undefined;
		return claim(at(span), 'differs', [best.fact], `The report says only some: ${best.fact.answer}`);
	}
	// "The gangs wanted to take the airport before the prison attack": a thing the data never speaks of, not even
	// misspelt, is not confirmed by the fact that has the rest of the words; where the fact has the same words before
	// another thing ("take over the main port"), it is put in that one's place.
	// (A thing, not a verb of the writer's own: "tellin ppl" is the report's warning.)
	const strange = unheardOf(words, index, { related: false, translated: true });
	if (strange && thingNamed(strange))
		return saidOfAnother(words, strange, best.fact)
			? claim(at(span), 'differs', [best.fact], `The report says: ${best.fact.answer}`)
			: claim(at(span), 'not_in_report', [best.fact], `The report says nothing of “${strange}”.`);
	// "Other prisons were hit besides the Pénitencier": others of a kind, where the report tells only of the one. (Not
	// where it tells of more as well: "more police stations".)
	if (otherOfKind.test(words) && !otherOfKind.test(quote) && !/\bmore\b/iu.test(quote))
		return claim(at(span), 'not_in_report', [best.fact], `The report tells of no others: ${best.fact.answer}`);
	return claim(at(span), 'matches', [best.fact]);
}

/** Does the claim tell as done ("deployed") a deed the fact's own words speak of? */
function doneOf(claimed: string, fact: Fact): boolean {
	const own = new Set(termsOf(`${fact.answer} ${fact.quote}`));
	return readText(claimed).words.some(
		(word) => englishTags(word).some((tag) => tag === 'VBD' || tag === 'VBN') && own.has(stem(word)),
	);
}

/** How much of a claim a fact must tell, against the best, to be the one that says a deed is not yet known. */
const nearlyAsWell = 0.85;
/** How far down the ranking a fact told nearly as well is looked for. */
const nearlyAsWellReach = 8;

/** "other prisons", "another facility", "d'autres prisons": more of a kind than the one told. (Not "each other".) */
const otherOfKind = /(?<!\b(?:each|one)\s)\b(?:other|another|autres?)\s+\p{L}/iu;

/**
 * Whether a clause that holds one figure against its limit ("more inmates than places", "the
 * capacity exceeded the number held") has them the right way round, for a fact worked out from
 * the two; undefined where the clause compares nothing or the fact is no such comparison.
 */
function comparedDirection(words: string, fact: Fact, base: FactBase): boolean | undefined {
	const compared = comparison(words);
	if (!compared || fact.kind !== 'figure' || !fact.derivation) return undefined;
	const [held, limit] = fact.derivation.of.map((id) => base.fact(id));
	if (held?.kind !== 'figure' || limit?.kind !== 'figure' || held.value === null || limit.value === null)
		return undefined;
	return held.value > limit.value === (compared.more === compared.limitAfter);
}

/** A time apart right before an order word and the event it orders against: "the day after the…", "two weeks before the…". */
const apartThenEvent =
	/(?<!\p{L})(?:(?:the|a|an|one|two|three|four|five|six|seven|a few|several|some|\d+)\s+)?(?:years?|months?|weeks?|days?|nights?|hours?)\s+(before|after)(?=\s+\p{L})/iu;

/**
 * "The port attack happened the day after the prison attack", "the prison was hit two days after
 * the port": the order of two events, said with how far apart they were. A wrong order differs;
 * a right one is not confirmed, as the report does not say how far apart they were.
 */
function orderedApart(
	text: string,
	mentions: EntityMention[],
	base: FactBase,
	index: SearchIndex,
	at: (span: Span) => string,
): Claim | undefined {
	const apart = apartThenEvent.exec(text);
	if (!apart) return undefined;
	const ordered = text.replace(apart[0], apart[1] ?? '');
	const read = readText(ordered);
	const query = buildQuery(read.words, read.language, index, base);
	const ranked = rank(query, index, base, { minCoverage: 0, boost: () => 1, inheritDerived: false });
	const ordering = ranked.slice(0, orderedReach).find(({ fact }) => fact.sequence)?.fact;
	const order = ordering && sequenceVerdict(ordered, ordering, base, index);
	if (!ordering || !order) return undefined;
	const span = trimTail(text, { start: predicateStart(text, mentions), end: text.length });
	return order === 'differs'
		? claim(at(span), 'differs', [ordering], `The report says otherwise: ${ordering.answer}`)
		: claim(at(span), 'not_in_report', [ordering], `The report gives the order, not how far apart: ${ordering.answer}`);
}

/** How much of a clause the fact whose order it reverses must account for, its other words aside. */
const reversedCoverage = 0.6;
/** How much of the clause the fact must account for, all but the one noun swapped. */
const swappedCoverage = 0.6;

/** Times said without a date: "the day before", "this week", "yesterday", "rn". */
const relativeTime =
	/(?<!\p{L})(?:the )?(?:(?:day|night|week) (?:before|after)|(?:this|last|next) (?:week|month|weekend)|yesterday|today|tonight|recently|rn|right now|yè|jodi a|hier|aujourd['’]hui)(?!\p{L})/giu;

/**
 * "A number of the alleged perpetrators…": how many of them, said without a size, is no word of what was
 * done. ("A small number of" gives one, which the report's "large" number is held against.)
 */
const someOf = /(?<!\p{L})(?:a number of|many of|some of|several of)(?!\p{L})/giu;

/** How long something lasted: "for a week", "for two days", "pendant un mois", "pandan yon semèn". */
const lasting =
	/\b(?:for|pendant|durant|pandan)\s+(?:a|an|one|two|three|several|a few|many|\d+|un|une|deux|trois|plusieurs|yon|de|twa)\s+(?:full\s+)?(?:hours?|days?|nights?|weeks?|months?|years?|heures?|jours?|nuits?|semaines?|mois|ans?|années?|èdtan|jou|swa|semèn|mwa|lane)\b/iu;

/** How far down a clause's facts one that orders two events may be, for a clause that orders events. */
const orderedReach = 3;

/** Doers who are also each other's objects: "each other", "one another", "entre eux", "youn ak lòt". */
const reciprocal =
	/\b(?:each other|one another|among themselves|between themselves|entre eux|les uns les autres|youn ak lòt|youn ak lot)\b/iu;

/**
 * Where what is said starts: past the names, titles and articles that open the clause ("Kenyan
 * President William Ruto | offered to lead…"), so the claim reads as what was done.
 */
function predicateStart(text: string, mentions: EntityMention[]): number {
	let start = 0;
	const opener = new RegExp(`^[\\s,]*(?:(?:the|a|an|le|la|les|lol|${titleWords})\\s+|l['’]\\s*)*$`, 'iu');
	for (const mention of mentions) {
		if (!opener.test(text.slice(start, mention.start))) break;
		start = mention.end;
	}
	return start + (text.slice(start).length - text.slice(start).trimStart().length);
}

/** Is a word the fact's only through words of the fact that other words of the clause already are? */
export function onlyThroughAnother(
	term: string,
	terms: readonly string[],
	fact: Fact,
	index: SearchIndex,
	base: FactBase,
): boolean {
	const via = index
		.matchTerm(term)
		.filter((match) => match.related && ownsTerm(fact, match.term, index, base))
		.map((match) => match.term);
	return via.length > 0 && via.every((word) => terms.some((other) => other !== term && other === word));
}

/**
 * Whether one fact tells all a clause says besides its numbers and dates: "Dès 2017, le RNDDH alertait déjà sur la
 * surpopulation…" is the 2017 warning in every word, not only in its year and its name.
 */
export function toldWhole(text: string, fact: Fact, base: FactBase, index: SearchIndex): boolean {
	// ("…men se ONU sèlman ki sanksyone l": no one else, which the report never says, is no word it tells.)
	if (exclusive.test(text) || /(?<!\p{L})(?:just|juste)(?!\p{L})/iu.test(text)) return false;
	let words = text;
	for (const value of valuesIn(text).reverse()) words = `${words.slice(0, value.start)} ${words.slice(value.end)}`;
	const read = readText(words.replace(relativeTime, ' '));
	const query = buildQuery(read.words, read.language, index, base);
	if (query.unknown.length > 0 || query.strangers.length > 0) return false;
	const found = rank(query, index, base, { minCoverage: 0, boost: () => 1, inheritDerived: false }).find(
		(candidate) => candidate.fact.id === fact.id,
	);
	return found !== undefined && found.coverage >= wholeCoverage && accountsForAll(query, found, index, base);
}

/** How much of a clause's words a fact must have to tell the whole of it. */
const wholeCoverage = 0.8;

/**
 * Is every content word of the clause the fact's own (one may be through a related word)? Vague
 * words count for nothing; a verb of saying is accounted for by any statement. With `exceptNames`,
 * the names are left out and one word is enough: for a deed the verb the caller checks is the rest
 * ("the gangs took the port"). With `amount`, the clause says an amount in words ("few"), which
 * counts as one word said where the fact says one too.
 */
function accountsForAll(
	query: Query,
	best: Ranked,
	index: SearchIndex,
	base: FactBase,
	{ exceptNames = false, amount = false }: { exceptNames?: boolean; amount?: boolean } = {},
): boolean {
	let content = 0;
	let loose = 0;
	// What is said besides the names must be the fact's in at least one word of its own: "set the prison on fire" is
	// not "laid siege to the prison" through "set" and "laid" alone.
	const named = new Set(query.mentions.flatMap((mention) => mention.terms));
	const said = query.terms.flatMap((_, i) => (query.vague.has(i) || named.has(i) ? [] : [i]));
	if (said.length > 0 && said.every((i) => ((best.related >>> i) & 1) === 1)) return false;
	for (let i = 0; i < query.terms.length; i++) {
		if (query.vague.has(i) || (exceptNames && named.has(i))) continue;
		content++;
		// "A handful of inmates got out" against a "large" number: an amount in words is held against the fact's own
		// (see `saysOpposite`), not looked for in its words.
		if (amountStems.has(query.terms[i] ?? '') && amountsIn(best.fact.quote).size > 0) continue;
		// One word may be the fact's through a related word ("kids" for "children"); more, and it is another thing said.
		if ((best.related >>> i) & 1 && ++loose > 1) return false;
		const term = query.terms[i] ?? '';
		// "The guards defended the prison" against "police officers guarding the prison abandoned it": "defended" is
		// the fact's only through "guarding", which "guards" already is; what the guards did is still unsaid.
		if ((best.related >>> i) & 1 && onlyThroughAnother(term, query.terms, best.fact, index, base)) return false;
		// Not a word the report has as it is, elsewhere: "a gun battle at the port" is about the port the report
		// speaks of, not the capital's gunfire; "fighting at the prison", about the prison.
		// (In English: a word read from French or Creole is only ever close to the report's. A word only readers use,
		// a fact's keyword, is no other thing the report speaks of: "detainees" are its inmates.)
		if (query.language === 'en' && (best.related >>> i) & 1 && index.inReportWords(term)) return false;
		// (Nor, of an event, a word the data has for another deed: "someone was killed in the port attack" is no
		// "attempted to take over" through "hit", where "kill" is what the data says of the assassination.)
		const otherDeed =
			best.fact.kind === 'event' && index.knowsTerm(term, false) && !ownsTerm(best.fact, term, index, base);
		if (query.language === 'en' && (best.related >>> i) & 1 && otherDeed) return false;
		// (Nor a word only loosely related to the fact's: "arrested" is WordNet's verb "cop", which the fact has only as
		// police officers, "cops left".)
		if (query.language === 'en' && (best.related >>> i) & 1 && loosely(term, best.fact, index, base)) return false;
		const speech = best.fact.kind === 'statement' && speechWords.has(term);
		if (((best.matched >>> i) & 1) === 0 && !speech) return false;
		if (query.unknown.includes(term) && !speech) return false;
	}
	// ("Only a few were released": an amount said in words, "few", is something said, though no search term.)
	const amounts = amount && amountsIn(best.fact.quote).size > 0 ? 1 : 0;
	return content + amounts >= (exceptNames ? 1 : minContentTerms);
}

/** How close a related word must be to one of the fact's own for the fact to say it. */
const closeRelation = 0.7;

/** Is the term the fact's only through a loose relation, no word of the fact's close to it? */
export function loosely(term: string, fact: Fact, index: SearchIndex, base: FactBase): boolean {
	const own = index.matchTerm(term).filter((match) => match.related && ownsTerm(fact, match.term, index, base));
	return own.length > 0 && !own.some((match) => match.similarity >= closeRelation);
}

/** A verb of saying right after a name: the name is who said it. */
const speechAfter = new RegExp(String.raw`^\s+(?:${speechVerbs})\b`, 'iu');

/** Every name the clause gives that the report knows is one the fact involves; a stranger only beside one that is. */
function namesAgree(mentions: EntityMention[], fact: Fact, base: FactBase): boolean {
	const involved = base.entitiesOf(fact).flatMap((id) => base.within(id));
	const known = mentions.filter((m) => m.entity);
	if (!known.every((m) => m.entity && involved.includes(m.entity.id))) return false;
	return known.length > 0 || mentions.length === 0;
}

/**
 * Is the mention a word of a language read, capitalised only because it opens its sentence ("Pami prizonye yo…")?
 * (Not capitals: "EU" is a name wherever it stands.)
 */
function aWordOpening(text: string, mention: EntityMention): boolean {
	const typed = text.slice(mention.start, mention.end);
	return (
		/(?:^|[.!?:]\s+)\W*$/u.test(text.slice(0, mention.start)) &&
		typed !== typed.toUpperCase() &&
		isLexiconWord(fold(typed))
	);
}

/** Is a name the report lacks part of one it knows: "Jimmy Chérizier", "Barbecue (Chérizier)"? */
function besideKnown(stranger: EntityMention, mentions: EntityMention[], text: string): boolean {
	return mentions.some((m) => {
		if (!m.entity) return false;
		const gap = m.end <= stranger.start ? text.slice(m.end, stranger.start) : text.slice(stranger.end, m.start);
		return nameGap.test(gap);
	});
}

/** What may stand between two parts of one name: a space, quotes, brackets, "aka". */
const nameGap = /^[\s,'"“”‘’()«»-]*(?:(?:or|aka|alias|dit|known as)[\s,'"“”‘’()«»-]*)?$/iu;

/** A noun for a thing, as typed or in the English it means: "airport", "ayewopò", "aéroport". */
function thingNamed(word: string): boolean {
	const meant = wordInEnglish(fold(word))?.split(' ').at(-1);
	return nounNoAdjective(word.toLowerCase()) || (meant !== undefined && nounNoAdjective(meant));
}
