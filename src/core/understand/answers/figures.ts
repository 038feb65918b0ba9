/**
 * Answers worked out from figures: a rate held against a threshold, the rate itself, and the
 * share the other way round.
 */
import type { Fact, FigureFact } from '../../../data/schema.js';
import type { Answer } from '../../answer.js';
import { isCalendarWord, valuesIn } from '../../claims/values.js';
import { englishTags } from '../../language/english-words.js';
import { lemmatizer } from '../../language/lemmas.js';
import { fold, stopwords, vagueWords } from '../../language/lexicon.js';
import { timesSign } from '../../language/read.js';
import { personNouns } from '../../language/wordnet.js';
import type { SearchIndex } from '../../search-index.js';
import { stem } from '../../text.js';
import { eitherWay, shareWords } from '../cues.js';
import type { Frame } from '../frame.js';
import { isGenericCount, measures } from '../measure.js';
import { answerOptions } from '../options.js';
import type { Query } from '../query.js';
import type { Answering } from './context.js';

/** Words that say "more" or "over" in a yes/no question about a figure against another. */
const overWords = new Set([
	'over',
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
	'overshoot',
	'overshot',
	'overflowed',
	'excess',
	'surpassed',
]);

/** "more than five inmates per place", "over 4 times": a comparison with a rate (folded text). */
const rateThreshold =
	/\b(more than|over|above|at least|less than|fewer than|under|below)\s+(\d+(?:[.,]\d+)?|[a-z]+)\s+(?:[a-z]+\s+){0,2}?(?:per|for every|for each|times)\b/;

/**
 * "Were there more than five inmates per place?", "is it over 4 times its capacity?": a rate
 * held against a threshold, answered from the one rate the report gives of what is named.
 */
export function overRate(
	ctx: Answering,
	question: string,
	query: Query,
	english?: readonly string[],
): Answer | undefined {
	// (A French or Creole question as read in English: "plis pase 5 fwa" is "more than 5 times".)
	const text = english && query.language !== 'en' ? english.join(' ') : fold(question);
	const asked = rateThreshold.exec(text.replace(timesSign, '$1 times'));
	const [number] = valuesIn(asked?.[2] ?? '').filter((value) => value.kind === 'number');
	if (!asked?.[1] || number?.kind !== 'number') return undefined;
	const [rate, ...others] = ratesOf(ctx, query, false);
	if (!rate || others.length > 0 || rate.kind !== 'figure' || rate.value === null) return undefined;
	const times = rate.value / 100;
	const said = times.toLocaleString('en-US', { maximumFractionDigits: 2 });
	// "More or less than five times its capacity?": which of the two.
	if (eitherWay.test(fold(question))) {
		return ctx.tools.facts(question, [rate], `${times > number.value ? 'More' : 'Less'}: about ${said} times.`);
	}
	const more = /^(?:more|over|above|at least)/.test(asked[1]);
	const holds = more
		? times > number.value || (asked[1] === 'at least' && times === number.value)
		: times < number.value;
	return ctx.tools.facts(question, [rate], `${holds ? 'Yes' : 'No'}: about ${said} times.`);
}

/**
 * The rates (derived percentages) a ratio question with nothing else to go on asks for: those
 * about what it names, or, naming nothing, those of the one subject the data has rates for.
 */
export function ratesOf(ctx: Answering, query: Query, alone = true): Fact[] {
	const { base } = ctx.tools;
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

/** A direct answer to put first, where the frame asks for one the facts compute. */
export function computedHeading(ctx: Answering, frame: Frame, facts: Fact[]): string | undefined {
	const [fact] = facts;
	if (fact?.kind !== 'figure' || fact.value === null) return undefined;
	if (frame.kind === 'ratio' && fact.derivation?.op === 'percent') {
		const inverse = surplusShare(ctx, frame, fact) ?? perUnitAsked(ctx, frame, fact) ?? inverseShare(ctx, frame, fact);
		if (inverse) return inverse;
		const share = `${fact.value.toLocaleString('en-US')}${fact.unit.startsWith('%') ? '' : ' '}${fact.unit}`;
		const times = `About ${(fact.value / 100).toLocaleString('en-US', { maximumFractionDigits: 2 })} times: ${share}`;
		// "By what percentage did it exceed…": how far over, as well as how much of.
		if ((!frame.beyond && !frame.rest.some((word) => overWords.has(word))) || fact.value <= 100) return `${times}.`;
		const over = Math.round((fact.value - 100) * 10) / 10;
		return `${times}, that is ${over.toLocaleString('en-US')}% over it.`;
	}
	if (frame.kind === 'difference') {
		const scaled = scaledDifference(ctx, frame, fact);
		if (scaled) return scaled;
	}
	if (frame.kind === 'yesNo' && fact.derivation && eitherWay.test(frame.rest.join(' '))) {
		const which = whichOfTwo(ctx, frame, fact);
		if (which) return which;
	}
	// ("Did the number exceed 3000?" holds it against the number offered, not against the capacity.)
	const offered = frame.rest.some(
		(word) => /^\d[\d,.]*$/.test(word) && Number(word.replace(/[,.]/g, '')) >= 100 && !/^(?:19|20)\d\d$/.test(word),
	);
	if (frame.kind === 'yesNo' && fact.derivation && !offered && frame.rest.some((word) => overWords.has(word))) {
		const over = fact.derivation.op === 'percent' ? fact.value > 100 : fact.value > 0;
		return over ? 'Yes: it was over capacity.' : 'No.';
	}
	return undefined;
}

/**
 * "By how many inmates did the population exceed double the nominal capacity?": a difference with one side taken
 * so many times, worked out from the two figures the report's difference is of. Undefined where no multiple is
 * asked, or where it is not plain which figure it is of.
 */
function scaledDifference(ctx: Answering, frame: Frame, fact: Fact): string | undefined {
	const { base, index } = ctx.tools;
	if (fact.kind !== 'figure' || fact.derivation?.op !== 'difference') return undefined;
	const inputs = fact.derivation.of.map((id) => base.fact(id));
	const [held, limit] = inputs;
	if (held?.kind !== 'figure' || limit?.kind !== 'figure' || held.value === null || limit.value === null)
		return undefined;
	const at = frame.rest.findIndex((word) => partsInWords[word] !== undefined);
	const factor = partsInWords[frame.rest[at] ?? ''];
	if (at < 0 || factor === undefined) return undefined;
	// The multiple is of the figure whose measure the words after it name: "double the nominal capacity".
	const after = frame.rest.slice(at + 1, at + 4).filter((word) => !stopwords.en.has(word) && word !== 'of');
	const ofLimit = after.some((word) => measures(limit, [word], index));
	const ofHeld = after.some((word) => measures(held, [word], index));
	if (ofLimit === ofHeld) return undefined;
	const [scaled, other] = ofLimit ? [limit, held] : [held, limit];
	const times = (scaled.value ?? 0) * factor;
	const result = ofLimit ? (held.value ?? 0) - times : times - (limit.value ?? 0);
	const shown = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
	const factorShown = `${shown(factor)} ×`;
	const sum = ofLimit
		? `${shown(held.value ?? 0)} − ${factorShown} ${shown(limit.value ?? 0)}`
		: `${factorShown} ${shown(held.value ?? 0)} − ${shown(limit.value ?? 0)}`;
	return `${shown(result)} ${other.unit}, worked out: ${sum} = ${shown(result)}.`;
}

/** Fractions and multiples said in words before what they are of: "a fifth of its headcount", "twice the capacity". */
export const partsInWords: Readonly<Record<string, number>> = {
	half: 1 / 2,
	third: 1 / 3,
	quarter: 1 / 4,
	fourth: 1 / 4,
	fifth: 1 / 5,
	sixth: 1 / 6,
	tenth: 1 / 10,
	twice: 2,
	double: 2,
	triple: 3,
};

/**
 * "Is the capacity more or less than a fifth of the headcount?": which of the two figures a ratio is worked out
 * from is the larger, the first named against the second (times what the question takes of it).
 */
function whichOfTwo(ctx: Answering, frame: Frame, fact: Fact): string | undefined {
	const { base, index } = ctx.tools;
	if (fact.kind !== 'figure' || (fact.derivation?.op !== 'percent' && fact.derivation?.op !== 'difference'))
		return undefined;
	const [of, per] = fact.derivation.of.map((id) => base.fact(id));
	if (of?.kind !== 'figure' || per?.kind !== 'figure' || of.value === null || per.value === null) return undefined;
	const than = frame.rest.indexOf('than');
	if (than < 0) return undefined;
	// The first word that measures one of the two and not the other: which is held against which.
	const first = frame.rest.slice(0, than).find((word) => measures(of, [word], index) !== measures(per, [word], index));
	if (!first) return undefined;
	const [left, right] = measures(of, [first], index) ? [of, per] : [per, of];
	// And what it is held against must be the other: "…than the number of inmates".
	const second = frame.rest
		.slice(than + 1)
		.find((word) => measures(of, [word], index) !== measures(per, [word], index));
	if (!second || !measures(right, [second], index)) return undefined;
	// "…than five times the capacity": the times; "…than a fifth of it": the part.
	const after = frame.rest.slice(than + 1);
	const inWords = after.map((word) => partsInWords[word.replace(/s$/, '')]).find((part) => part !== undefined);
	const [number] = valuesIn(after.join(' ')).filter((value) => value.kind === 'number');
	const times = inWords ?? (number?.kind === 'number' && after.includes('times') ? number.value : 1);
	const [a, b] = [left.value ?? 0, (right.value ?? 0) * times];
	if (a === b) return undefined;
	const said = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 1 });
	const against = `${said(right.value ?? 0)} ${right.unit}`;
	// (A part as the fraction it is: "0.2 ×" would misstate a sixth.)
	const taken = times < 1 ? `1/${Math.round(1 / times)} of ${against}` : `${said(times)} × ${against}`;
	return `${a > b ? 'More' : 'Less'}: ${said(a)} ${left.unit} against ${times === 1 ? against : `${taken} = ${said(b)}`}.`;
}

/** "Of", and French's as a question read in English keeps it: "quel pourcentage des détenus". */
export const ofWords: ReadonlySet<string> = new Set(['of', 'des', 'du', 'de']);

/** Words that say a figure is rough, which may come between a share word and its "of". */
const roughly = /^(?:approximately|roughly|about|around|environ|apeprè|appro[xs]\p{L}*)$/u;

/** Does the figure count people ("inmates"), as WordNet has its unit, not things ("places")? */
function countsPeople(fact: Fact): boolean {
	return fact.kind === 'figure' && personNouns().has(lemmatizer().noun(fact.unit.toLowerCase()));
}

/** The two figures a rate (a derived percentage) is worked out from: what it counts, and what it counts it per. */
function rateInputs(fact: Fact, ctx: Answering): [FigureFact, FigureFact] | undefined {
	if (fact.kind !== 'figure' || fact.derivation?.op !== 'percent') return undefined;
	const [of, per] = fact.derivation.of.map((id) => ctx.tools.base.fact(id));
	return of?.kind === 'figure' && per?.kind === 'figure' ? [of, per] : undefined;
}

/**
 * Where a share is asked "of" something, and the first word after that counts what either figure counts: "the
 * inmates" of "what share of the Pénitencier's inmates…". `at` is -1 where no share is taken "of" anything.
 */
function shareTakenOf(
	frame: Frame,
	of: FigureFact,
	per: FigureFact,
	index: SearchIndex,
): { at: number; noun?: string } {
	// The noun after "share of", "percent of": what the share is taken of.
	// (The frame's own words, "what share", are gone: its "of" comes first, or after a share word.)
	// ("…quel pourcentage environ des détenus": an adverb may come between.)
	const asked = frame.askedAt ?? -1;
	const at = frame.rest.findIndex(
		(word, i) =>
			ofWords.has(word) &&
			(i <= 2 ||
				i === asked ||
				(i === asked + 1 && roughly.test(frame.rest[asked] ?? '')) ||
				shareWords.has(frame.rest[i - 1] ?? '')),
	);
	// The first word that counts what either figure counts: not the name of whose they are ("the Pénitencier's
	// inmates").
	const noun = frame.rest.slice(at + 1).find(
		(word) =>
			// (A word for anyone at all counts people: "what % of the ppl in the pen…".)
			isGenericCount(word) ||
			(!stopwords.en.has(word) &&
				!vagueWords.has(word) &&
				!/^\d+$/.test(word) &&
				!isCalendarWord(word) &&
				(measures(of, [word], index) || measures(per, [word], index))),
	);
	return { at, noun };
}

/**
 * "What % of the inmates are in pretrial detention?": a share of a part of what a rate counts, told in a word the
 * data has nothing like. No rate the report gives, either way round, is that share.
 */
export function unknownPartAsked(ctx: Answering, frame: Frame, fact: Fact | undefined): boolean {
	const { index } = ctx.tools;
	const inputs = frame.kind === 'ratio' && fact ? rateInputs(fact, ctx) : undefined;
	if (!inputs) return false;
	const [of, per] = inputs;
	const { at, noun } = shareTakenOf(frame, of, per, index);
	const nounAt = noun === undefined ? -1 : frame.rest.indexOf(noun, at + 1);
	if (at < 0 || nounAt < 0) return false;
	// ("…had a place to sleep": the part is told by what the other figure counts, whatever words say more of it.)
	const part = frame.rest.slice(nounAt + 1).filter((word) => !stopwords.en.has(word) && !vagueWords.has(word));
	const matched = (word: string) => index.matchTerm(stem(word));
	const own = (word: string) => matched(word).some((match) => !match.related);
	if (part.some((word) => own(word) && measures(per, [word], index) && !measures(of, [word], index))) return false;
	// ("What share of the 3,687 inmates escaped?": a deed the data knows, which neither figure counts, is a part no rate
	// gives.)
	const deed = (word: string) =>
		!frame.beyond &&
		!lackWords.has(word) &&
		// (Done, not what could be: "what % … could stay?" is of the places, the other way round.)
		/^VB[DN]$/.test(englishTags(word)[0] ?? '') &&
		!/^(?:were|was|are|is|be|been|had|have|has|did|do|does|could|can|got|get)$/.test(word) &&
		own(word) &&
		!measures(per, [word], index) &&
		!measures(of, [word], index);
	return part.some((word) => matched(word).length === 0 || deed(word));
}

/**
 * "What share of the inmates had a place?": the rate the other way round, of what the figure
 * is worked out from: places over inmates where the report gives inmates over places.
 */
function inverseShare(ctx: Answering, frame: Frame, fact: Fact): string | undefined {
	const { index } = ctx.tools;
	const inputs = fact.kind === 'figure' && fact.value ? rateInputs(fact, ctx) : undefined;
	if (!inputs) return undefined;
	const [of, per] = inputs;
	if (!of.value || per.value === null) return undefined;
	const { at, noun } = shareTakenOf(frame, of, per, index);
	// "The ratio of places to inmates": what comes before "to" is counted per what comes after, the share's other way.
	const nounAt = noun === undefined ? -1 : frame.rest.indexOf(noun, at + 1);
	const ratioOf = nounAt >= 0 && /^(?:to|per|against|for)$/.test(frame.rest[nounAt + 1] ?? '');
	const [over, under] = ratioOf ? [per, of] : [of, per];
	// ("What % of the people in the pen could fit in its places?": a word for anyone at all is of the figure that
	// counts people, not places.)
	const ofPeople = noun !== undefined && isGenericCount(noun) && countsPeople(of) && !countsPeople(per);
	if (at < 0 || !noun || (!ofPeople && (!measures(over, [noun], index) || measures(under, [noun], index))))
		return undefined;
	const [ofValue, perValue] = [of.value.toLocaleString('en-US'), per.value.toLocaleString('en-US')];
	// "What share of the inmates had no place?": those over the limit, of all.
	// ("…exceeded its capacity": the frame's own words for going beyond, taken out of what is left.)
	// ("…cut down to its capacity, what % of the inmates could stay?": those who stay are those within it.)
	const within = frame.rest.some((word) => keptWords.has(word));
	if (!within && (frame.beyond || frame.rest.some((word) => lackWords.has(word))) && per.value < of.value) {
		const lacking = ((of.value - per.value) / of.value) * 100;
		const exact = lacking.toLocaleString('en-US', { maximumFractionDigits: 2 });
		const arithmetic = `(${ofValue} − ${perValue}) ÷ ${ofValue} × 100 = ${exact}`;
		return `About ${Math.round(lacking)}%: ${arithmetic}, of all, those beyond the ${perValue}.`;
	}
	const share = (per.value / of.value) * 100;
	const exact = share.toLocaleString('en-US', { maximumFractionDigits: 2 });
	const arithmetic = `${perValue} ÷ ${ofValue} × 100 = ${exact}`;
	return `About ${Math.round(share)}%: ${arithmetic}, the other way round from the rate below.`;
}

/**
 * "How many places per inmate?", "inmates per 100 places?", "700 ÷ 3687?": a rate of one of the two figures a share
 * is of, per so many of the other, in the order asked. Undefined where the words either side of "per" are not what the two count,
 * or where the rate is the share's own (inmates per place): the share answers that as it stands.
 *
 * @example
 * // 'About 0.19 places per inmate: 700 ÷ 3,687 = 0.19.'
 */
function perUnitAsked(ctx: Answering, frame: Frame, fact: Fact): string | undefined {
	const { index } = ctx.tools;
	const [of, per] = rateInputs(fact, ctx) ?? [];
	if (!of?.value || !per?.value) return undefined;
	// "700 ÷ 3687 ~ ?": the two figures themselves, divided in the order typed.
	const typed = frame.rest.filter((word) => /^\d+$/.test(word)).map(Number);
	// (Only where the question divides them, and asks nothing else: "if it has 700 places and 3,687 inmates, what
	// percent…" supposes them.)
	// ("Split 700 places across 3,687 inmates": shared out is divided.)
	const divides =
		frame.rest.every((word) => /^\d+$/.test(word)) ||
		dividedWords.test(frame.rest.join(' ')) ||
		sharedOut.test(frame.rest.join(' '));
	if (divides && typed.length === 2 && typed[0] === per.value && typed[1] === of.value) {
		const rate = per.value / of.value;
		const said = rate.toLocaleString('en-US', { maximumFractionDigits: 2 });
		return `About ${said}: ${per.value.toLocaleString('en-US')} ÷ ${of.value.toLocaleString('en-US')} = ${said}.`;
	}
	const found = perPhrase.exec(frame.rest.join(' '));
	const [, counted = '', many, unit = ''] = found ?? [];
	const scale = many ? Number(many) : 1;
	const [top, bottom] = measures(per, [counted], index) && measures(of, [unit], index) ? [per, of] : [of, per];
	const inOrder = measures(top, [counted], index) && measures(bottom, [unit], index);
	// (Inmates per place, as the share is: "about 5.27 times" says it.)
	if (!found || !inOrder || (top === of && scale === 1) || !top.value || !bottom.value) return undefined;
	const rate = (top.value / bottom.value) * scale;
	const said = rate.toLocaleString('en-US', { maximumFractionDigits: 2 });
	const times = scale === 1 ? '' : ` × ${scale.toLocaleString('en-US')}`;
	const arithmetic = `${top.value.toLocaleString('en-US')} ÷ ${bottom.value.toLocaleString('en-US')}${times} = ${said}`;
	const perWhat = scale === 1 ? unit : `${scale.toLocaleString('en-US')} ${unit}`;
	return `About ${said} ${counted} per ${perWhat}: ${arithmetic}.`;
}

/**
 * "places per inmate", "inmates for every 100 places": what is counted, how many of the unit, and the unit. ("How
 * many inmates were there, roughly, for each available place": the verb and adverbs between, and the unit's
 * adjective, are neither.)
 */
const perPhrase =
	/\b([a-z]{3,}?)(?:\s+(?:were|was|are|is|there|roughly|approximately|about|around|on average|in total|exactly)){0,4}\s+(?:per|for every|for each)\s+(?:(\d+)\s+)?(?:(?:available|rated|single|official|nominal|actual|real|existing)\s+)?([a-z]{3,})\b/;

/** Words that say the share asked for is of those without: "had no place", "without a bed", "sans place", "moved out". */
/** Words for those a limit keeps: "could stay", "would fit", "kept their place". */
const keptWords = new Set(['stay', 'stayed', 'remain', 'remained', 'fit', 'fitted', 'keep', 'kept', 'sleep', 'slept']);

const lackWords = new Set([
	...['no', 'not', 'without', 'lacked', 'lacking', 'lack', 'sans', 'pas', 'san', 'pa'],
	// "…were above the capacity", "over capacity", "in excess of it": those beyond it.
	...['above', 'over', 'beyond', 'excess', 'surplus', 'extra', 'too', 'au-dessus', 'dela', 'depase'],
	// "…would have had to be moved out to bring it down to capacity": those beyond it.
	...['moved', 'removed', 'transferred', 'relocated', 'released'],
	// "…would have to leave if it went back down to its capacity": those beyond it too.
	...['leave', 'leaving', 'freed', 'evacuated', 'discharged', 'down'],
	// "What share of the inmates exceeded its nominal capacity?": those beyond it.
	...['exceeded', 'exceeding', 'exceed', 'beyond', 'excess', 'surplus'],
]);

/** Words for what is over a limit: "the surplus of inmates", "l'excédent", "those in excess". */
const surplusWords = new Set([
	'surplus',
	'excess',
	'excedent',
	'extra',
	'overflow',
	'overage',
	'trop',
	'above',
	'beyond',
]);

/** Words that ask for a percentage, in the three languages. */
const percentWords = new Set(['percent', 'percentage', 'cent', 'pourcent', 'pousan', 'pousantaj', '%']);

/**
 * "The surplus of inmates was how many times the capacity?": what is over the limit (the
 * difference the report's figures give) against the limit, where the rate is all against it.
 */
function surplusShare(ctx: Answering, frame: Frame, fact: Fact): string | undefined {
	const { base } = ctx.tools;
	if (fact.kind !== 'figure' || fact.derivation?.op !== 'percent' || !frame.rest.some((w) => surplusWords.has(w)))
		return undefined;
	// "What share of the inmates were beyond capacity?": a share of all, which the share the other way gives.
	// (The frame's own "what share" is gone: its "of" is where the question's words start.)
	// ("Of all the inmates, which percent were above capacity?": the whole, set first.)
	const shareOf = (word: string, i: number) =>
		ofWords.has(word) && (i === 0 || i === frame.askedAt || shareWords.has(frame.rest[i - 1] ?? ''));
	if (frame.rest.some(shareOf)) return undefined;
	const [of, per] = fact.derivation.of;
	const limit = per ? base.fact(per) : undefined;
	const over = base.facts.find(
		(other) =>
			other.kind === 'figure' &&
			other.derivation?.op === 'difference' &&
			other.derivation.of[0] === of &&
			other.derivation.of[1] === per,
	);
	if (over?.kind !== 'figure' || over.value === null || limit?.kind !== 'figure' || !limit.value) return undefined;
	const times = over.value / limit.value;
	const [overValue, limitValue] = [over.value.toLocaleString('en-US'), limit.value.toLocaleString('en-US')];
	// "How many percent above its capacity…": the same share, as a percentage.
	if (frame.percent || frame.rest.some((word) => percentWords.has(word))) {
		const percent = (times * 100).toLocaleString('en-US', { maximumFractionDigits: 2 });
		return `About ${Math.round(times * 100)}% above the limit: ${overValue} over the limit ÷ ${limitValue} × 100 = ${percent}.`;
	}
	const exact = times.toLocaleString('en-US', { maximumFractionDigits: 2 });
	return `About ${exact} times: ${over.value.toLocaleString('en-US')} over the limit ÷ ${limit.value.toLocaleString('en-US')} = ${exact}.`;
}

/** Words for taking one number from another, and for dividing one by another, as people type them. */
const minusWords =
	/\b(?:minus|less|take away|takeaway|subtract(?:ed)?(?: from)?|moins|mwens)\b|\btake\b.{1,12}\baway\b|\s-\s/;
/** Words that share one number out over another: "split 700 places across 3,687 inmates". */
const sharedOut =
	/\b(?:split|spread|shared?|divided?|distribute[ds]?)\b.*\b(?:across|among|amongst|between|over|per)\b/;
const dividedWords = /\b(?:divided by|over|split by|divise par|divisé par|divize pa)\b|[÷/]/;

/**
 * "What's 3687 minus 700?", "3687 divided by 700": two figures the report gives, put to an operation it works out
 * from them; the figure it works out, with its arithmetic. Only both numbers as the report gives them.
 */
export function workedOutAsked(ctx: Answering, question: string): Answer | undefined {
	const folded = fold(question);
	const op = minusWords.test(folded) ? 'difference' : dividedWords.test(folded) ? 'percent' : undefined;
	if (!op) return undefined;
	const numbers = valuesIn(question).flatMap((value) =>
		value.kind === 'number' && !value.percent ? [value.value] : [],
	);
	if (numbers.length !== 2) return undefined;
	const { base } = ctx.tools;
	const worked = base.facts.find((fact) => {
		if (fact.kind !== 'figure' || fact.derivation?.op !== op) return false;
		const inputs = fact.derivation.of.map((id) => base.fact(id));
		const values = inputs.map((input) => (input?.kind === 'figure' ? input.value : null));
		// In the order asked for a division; either way for a difference ("700 minus 3,687" is as far apart).
		const inOrder = values[0] === numbers[0] && values[1] === numbers[1];
		return inOrder || (op === 'difference' && values[0] === numbers[1] && values[1] === numbers[0]);
	});
	return worked ? ctx.tools.facts(question, [worked]) : undefined;
}
