/**
 * Yes or no, for a yes/no question a fact answers: "yes" only when the fact says, in its own
 * words, everything the question asks, with nothing that negates it or leaves it undone;
 * "no" when the fact negates what is asked ("has not commented") or tells a plan that did not
 * happen ("was supposed to hand over power…, but stayed on"). Otherwise undefined: the fact
 * is shown without a verdict.
 */
import type { Fact } from '../../data/schema.js';
import { leavingWords, wentOnWords } from '../language/leaving.js';
import { stopwords } from '../language/lexicon.js';
import { relatedSimilarity } from '../language/related.js';
import type { SearchIndex } from '../search-index.js';
import { stem, words as wordsOf } from '../text.js';
import { closingAsClause, type Query } from './query.js';
import type { Ranked } from './rank.js';

/** 'tried': the report tells only of an attempt at what is asked ("gunmen attempted to take over the port"). */
export type Polarity = 'yes' | 'no' | 'tried';

/** Words that ask whether something worked: "did they manage to", "succeed in", "réussi à", "rive". */
const successWords = new Set([
	'manage',
	'managed',
	'succeed',
	'succeeded',
	'successfully',
	'reussi',
	'reussir',
	'parvenu',
	'rive',
	'reyisi',
]);

const successStems = new Set([...successWords].map(stem));

/** Words that tell of an attempt, which leaves open whether it worked. */
const attempts = new Set([
	'attempted',
	'tried',
	'sought',
	'attempt',
	'attempts',
	'attempting',
	'try',
	'tries',
	'trying',
]);

/** Words that deny what follows them, or say it was not done ("reluctant to try to escape"). */
export const negations: ReadonlySet<string> = new Set([
	'not',
	'never',
	'no',
	'nor',
	'without',
	'unclear',
	'neither',
	'reluctant',
	'unwilling',
	'hesitant',
	'hesitated',
	'hesitate',
	'refused',
	'declined',
	'unable',
]);

/** Words that say all of something, and words that say a part of it (English, as questions are read). */
export const wholeWords: ReadonlySet<string> = new Set([
	'all',
	'whole',
	'entire',
	'entirely',
	'every',
	'everyone',
	'everybody',
	'everything',
	'completely',
]);
const partWords = new Set(['part', 'parts', 'some', 'several', 'many', 'few', 'portion', 'certain']);

/** Words that say most of something: more than a part, as a claim of all is ("most of the prisoners"). */
const mostWords = new Set(['most', 'majority', 'mostly']);

/**
 * Do the words say all of something, or most of it? Not "all this", "all that", which point at what
 * is going on, nor "the most", which ranks.
 */
export function saysWhole(words: readonly string[]): boolean {
	return words.some(
		(word, i) =>
			(wholeWords.has(word) && !/^(?:this|that|these|those)$/.test(words[i + 1] ?? '')) ||
			(mostWords.has(word) && words[i - 1] !== 'the'),
	);
}

/** Words for what was planned: "supposed to", "meant to", "due to". */
export const plans = ['supposed', 'meant', 'expected', 'scheduled', 'due', 'planned'];

/**
 * Words that leave what follows undone or unsure: a plan, an attempt, an offer, a threat, a
 * forecast. "Kenya offered to lead" does not say Kenya leads.
 */
const undone = new Set([
	...plans,
	'attempted',
	'tried',
	'sought',
	'offered',
	'threatened',
	'vowed',
	'promised',
	'would',
	'will',
	'could',
	'may',
	'might',
	'alleged',
	'reportedly',
	'if',
]);

/**
 * Words that hedge what they qualify without leaving it undone: a question hedged as the fact is ("supposedly",
 * against "alleged") asks what the fact tells, hedged as it is.
 */
const hedges = new Set([
	'alleged',
	'allegedly',
	'reportedly',
	'supposedly',
	'purportedly',
	'presumed',
	'presumably',
	'suspected',
	'accused',
]);

/** Words that set a time against another: "before 2021", "after the siege" (as questions read, in English). */
const relativeTimes = new Set(['before', 'after', 'prior', 'until', 'till', 'earlier', 'later', 'since']);

/** Words that turn a plan into what did not happen: "supposed to…, but stayed on". */
const contrasts = new Set(['but', 'yet', 'however', 'instead']);

/** Plans that did not happen, as a question asks of them: "was supposed to", "meant", "due". */
const planWords = new Set([...plans, 'deadline', 'agreed', 'should', 'set', 'date', 'handover']);

/**
 * Does the fact tell of a plan that did not happen ("was supposed to hand over power on February 7,
 * but stayed on"), where the question asks when it happened, not when it was planned?
 *
 * @example
 * onlyPlanned(handoverFact, ['did', 'henry', 'step', 'down']); // true
 * onlyPlanned(handoverFact, ['was', 'henry', 'supposed', 'to', 'step', 'down']); // false
 */
export function onlyPlanned(fact: Fact, asked: readonly string[], query?: Query): boolean {
	// ("When did Henry have to leave?", "had to step down when": what one had to do was what one was to do.)
	const obliged = (word: string, i: number) => /^(?:had|has|have|must)$/.test(word) && asked[i + 1] === 'to';
	if (asked.some((word, i) => planWords.has(word) || obliged(word, i) || word === 'must')) return false;
	const quote = wordsOf(fact.quote);
	const plan = quote.findIndex((word) => planWords.has(word));
	if (plan < 0 || !quote.slice(plan + 1).some((word) => contrasts.has(word))) return false;
	// "When was the deal struck that set Henry's departure?": what else the fact tells (the deal, outside "to hand
	// over power" up to its date) is asked about, not the plan.
	const end = quote.findIndex((word, i) => i > plan && planEnds.has(word));
	const planned = new Set(quote.slice(plan, end < 0 ? undefined : end).map(stem));
	const told = new Set(quote.filter((_, i) => i < plan || (end >= 0 && i >= end)).map(stem));
	const named = new Set(query?.mentions.flatMap((mention) => mention.terms) ?? []);
	return !query?.terms.some((term, i) => !named.has(i) && !query.vague.has(i) && told.has(term) && !planned.has(term));
}

/** Words after a plan's verb phrase that open when or under what it was planned: "on February 7", "under a deal". */
const planEnds = new Set(['on', 'in', 'by', 'under', 'at', 'before', 'after', 'until', 'but']);

/** How far before the first word asked a negation or a plan still governs it. */
const reach = 3;

/**
 * The yes or no a fact gives a yes/no question, if it gives one plainly.
 *
 * @example
 * // "Has the government commented?" against "Haiti's government has not commented…" → 'no'
 * // "Is Barbecue a former policeman?" against "…Jimmy Sergier, or “Barbecue,” a former policeman…" → 'yes'
 */
export function polarityOf(
	query: Query,
	typed: readonly string[],
	ranked: Ranked,
	index?: SearchIndex,
): Polarity | undefined {
	const { fact, matched, related } = ranked;
	// "Did Henry leave on February 7, like he was supposed to?": what was expected qualifies what is asked.
	const closing = typed.findIndex((_, at) => at > 0 && closingAsClause(typed, at));
	const asked = closing > 0 ? typed.slice(0, closing) : typed;
	if (fact.basis !== 'stated') return undefined;
	// "Is it confirmed how many got out?" against "It is not clear how many…": no.
	if (asked.some((word) => knownWords.has(word)) && plainlyUnsure(fact)) return 'no';
	// What is asked about: every term but vague ones and the names (a name is matched by who the fact involves).
	const named = new Set(query.mentions.flatMap((mention) => mention.terms));
	// ("Did they succeed in taking the port?": whether it worked is asked of what was done, no word the fact must have.)
	const content = query.terms.flatMap((term, i) =>
		query.vague.has(i) || named.has(i) || successStems.has(term) ? [] : [{ term, i }],
	);
	// What only qualifies the question ("…as the deal required") need not be in the fact; what it asks must.
	const unmatched = content.filter(({ i }) => (matched & (1 << i)) === 0);
	if (content.length === 0 || unmatched.some(({ i }) => !query.secondary.has(i))) return undefined;
	// "Did the gunmen actually manage to take control of the port?": success asked, an attempt told.
	if (asked.some((word) => successWords.has(word)) && wordsOf(fact.quote).some((word) => attempts.has(word)))
		return 'tried';
	// The question itself asks about a plan or a claim ("was he supposed to…"): the fact's plan is its answer, not a no.
	// (Not an attempt asked of all where the fact tells of one by only some: "did all the inmates try to escape
	// together" against "some of the prisoners were reluctant to try to escape en masse".)
	const someTried = saysWhole(asked) && wordsOf(fact.quote).some((word) => attempts.has(word));
	// ("Are some of the alleged killers held there?" against "…the alleged perpetrators": a hedge the question shares
	// with the fact asks what the fact tells, hedged as it is.)
	const hedged = asked.some((word) => hedges.has(word)) && wordsOf(fact.quote).some((word) => hedges.has(word));
	const undoneAsked = (word: string) => undone.has(word) && !(hedged && hedges.has(word));
	if (asked.some((word) => undoneAsked(word) || negations.has(word) || (attempts.has(word) && !someTried)))
		return undefined;
	// "Was Henry in power before 2021?": a time set against the fact's, which its words alone cannot settle.
	if (asked.some((word) => relativeTimes.has(word))) return undefined;
	// "Did only the US sanction him?": that no one else did, a fact listing those who did cannot say yes to.
	const exclusive = asked.some((word) => exclusiveWords.has(word));
	// "Did the gangs take control of the whole country?" against "a large part of the country": all of it is more
	// than the fact says.
	const whole = saysWhole(asked);
	const quote = wordsOf(fact.quote);
	const stems = quote.map(stem);
	// A phrase ("take over") is where its first word is, its words in a row.
	const at = (term: string) => {
		const parts = term.split(' ');
		return stems.findIndex((_, k) => parts.every((part, n) => stems[k + n] === part));
	};
	// ("…alleged killers held in the prison?" against "the alleged perpetrators… inmates": a word's synonym, or a form
	// derived from it, stands where the fact has it; a broader or merely similar word does not.)
	const kinAt = (term: string) =>
		Math.max(
			-1,
			...(index?.matchTerm(term) ?? [])
				.filter((match) => match.related && match.similarity >= relatedSimilarity.derived)
				.map((match) => at(match.term)),
		);
	const placed = content.map(({ term, i }) => {
		const own = at(term);
		return own >= 0 || (related & (1 << i)) === 0 ? own : kinAt(term);
	});
	const positions = placed.filter((found) => found >= 0);
	// ("killers": a word the fact's keywords give for what its quote tells is the fact's own word too.)
	const keywords = new Set(fact.keywords.flatMap((keyword) => wordsOf(keyword).map(stem)));
	// Each content word in the fact's own words or a close kin of them: only those can be read in place.
	const literal = content.every(
		({ term, i }, n) => (placed[n] ?? -1) >= 0 || ((related & (1 << i)) === 0 && keywords.has(term)),
	);
	if (positions.length === 0) return undefined;
	const first = Math.min(...positions);
	const last = Math.max(...positions);
	const governing = quote.slice(Math.max(0, first - reach), last + 1);
	// A denial says no only of what it denies: "warned residents not to send their children to school" denies the
	// sending, so it is no answer to "did he warn them to keep their children home?".
	const from = Math.max(0, first - reach);
	const askedTerms = new Set(content.map(({ term }) => term));
	const deniesAsked = (j: number) => {
		const next = quote
			.slice(from + j + 1)
			.find((word) => !stopwords.en.has(word) && !undone.has(word) && word !== 'try');
		return next === undefined || askedTerms.has(stem(next));
	};
	if (governing.some((word, j) => negations.has(word) && deniesAsked(j))) return 'no';
	if (governing.some((word) => undone.has(word) && !(hedged && hedges.has(word)))) {
		if (quote.slice(last + 1).some((word) => contrasts.has(word))) return 'no';
		// "Did the gunmen take over the port?" against "gunmen attempted to take over the main port".
		return governing.some((word) => attempts.has(word)) ? 'tried' : undefined;
	}
	// A yes needs the whole quote plain: a name may cover words of the question ("the Kenya-led force"), and
	// a plan or a negation anywhere in a one-sentence quote may be about them.
	const plain = !quote.some((word) => negations.has(word) || (undone.has(word) && !(hedged && hedges.has(word))));
	// And someone or something named to hold it to: "was he out of the country?" names no one, and shares only
	// "country" with any fact about a country.
	const enough = query.mentions.length > 0;
	// Only a part said of what is asked: "a large part of the country", not "inmates, many of them notorious…".
	// (Or of the ones who did it: "some of the prisoners were reluctant to try to escape".)
	const partOf = quote.some(
		(word, j) => partWords.has(word) && positions.some((at) => at > j && at - j <= (quote[j + 1] === 'of' ? 10 : 3)),
	);
	if (whole && partOf && !quote.some((word) => wholeWords.has(word))) return 'no';
	// "Were police still guarding the facility?" against "Police officers guarding the prison abandoned it": what the
	// question asks went on is, in the fact, only who they were before the deed of leaving that follows.
	if (asked.some((word) => wentOnWords.has(word)) && quote.slice(last + 1).some((word) => leavingWords.has(word)))
		return 'no';
	return literal && plain && enough && !exclusive && !whole && !plainlyUnsure(fact) ? 'yes' : undefined;
}

/** Words that say no one else did or is: "only", "solely", "alone". */
const exclusiveWords = new Set([
	'only',
	'solely',
	'exclusively',
	'alone',
	'seulement',
	'uniquement',
	'selman',
	'sèlman',
]);

/** Words that ask whether something is known for sure: "is it confirmed…", "do we know for sure…". */
const knownWords = new Set([
	'confirmed',
	'known',
	'know',
	'clear',
	'certain',
	'sure',
	'verified',
	'confirme',
	'connait',
	'connu',
	'sait',
	'konfime',
	'konnen',
]);

/** A fact that says nobody knows ("It is not clear how many…") confirms nothing. */
export function plainlyUnsure(fact: Fact): boolean {
	return /\b(?:not clear|unclear|unknown|not known|remains to be seen)\b/i.test(fact.quote);
}
