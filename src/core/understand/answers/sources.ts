/**
 * Answers about who said what: a figure's own source, each named source's word on something,
 * and a named speaker's own statements, or whom the report credits instead.
 */
import type { Entity, Fact } from '../../../data/schema.js';
import type { Answer } from '../../answer.js';
import { changeRange } from '../../claims/changes.js';
import { checkClaims } from '../../claims/claims.js';
import { valuesIn } from '../../claims/values.js';
import type { FactBase } from '../../fact-base.js';
import { fold, stopwords } from '../../language/lexicon.js';
import { stem } from '../../text.js';
import { bitsSet, reportWords, sourceGroupWords } from '../cues.js';
import { clauseOpeners, creditedTo, speechWords, spokenCoverage } from '../fits.js';
import type { Frame } from '../frame.js';
import { answerOptions } from '../options.js';
import { claimNouns, type Mention, type Query, spellsMention } from '../query.js';
import { onTopic, type Ranked, rank } from '../rank.js';
import { type Answering, unboosted } from './context.js';

/**
 * For each source, the first ranked fact it is the source of, in one pass over the ranking: a
 * question may name hundreds of sources, and a large archive rank tens of thousands of facts.
 */
function firstBySource(
	ranked: readonly Ranked[],
	sources: readonly string[],
	sourceOf: (fact: Fact) => (string | null | undefined)[],
): (Fact | undefined)[] {
	const first = new Map<string, Fact>(); // source → its first fact
	const wanted = new Set(sources);
	for (const { fact } of ranked) {
		for (const id of sourceOf(fact)) {
			if (id && wanted.has(id) && !first.has(id)) first.set(id, fact);
		}
		if (first.size === wanted.size) break;
	}
	return sources.map((id) => first.get(id));
}

/** The entities each fact base cites as a source, worked out once per fact base. */
const citedByBase = new WeakMap<FactBase, ReadonlySet<string | null | undefined>>();

export function citedSources(base: FactBase): ReadonlySet<string | null | undefined> {
	let cited = citedByBase.get(base);
	if (!cited) {
		cited = new Set(base.facts.flatMap(sourcesOf));
		citedByBase.set(base, cited);
	}
	return cited;
}

/**
 * "Headcount at the penitentiary as of Feb 2023 - figure, and compiled by whom?", "Homicides 2023 : quelle
 * évolution et selon quelle source ?": what is asked, before a request for whose it is that ends the question.
 * A fact that names its own source answers both.
 *
 * @example
 * askedBeforeSource('inmates in Feb 2023 - figure, and compiled by whom?'); // 'inmates in Feb 2023 - figure'
 */
export function askedBeforeSource(text: string): string | undefined {
	const found = sourceRequested.exec(text);
	const asked = found ? text.slice(0, found.index).trim() : '';
	return (asked.match(/\p{L}{2,}/gu) ?? []).length >= 2 ? asked : undefined;
}

/** A request for the source, after a comma, a dash or "and", ending the question. */
const sourceRequested = new RegExp(
	`(?:\\s*[,;:–—+&-]+\\s*(?:(?:and|et|ak|plus)\\s+)?|\\s+(?:and|et|ak|plus)\\s+)(?:${[
		'(?:(?:compiled|reported|counted|given|provided|released|published|attributed|sourced|credited)\\s+(?:by|to)\\s+(?:whom|who))',
		'(?:(?:according\\s+to|per)\\s+(?:whom|who|which|what)(?:\\s+\\p{L}+)?)',
		'(?:(?:whose|which|what)\\s+(?:source|sources|data|dataset|figures?|numbers?|count)(?:\\s+(?:is\\s+it|are\\s+they|is\\s+that))?)',
		'(?:(?:the\\s+)?source)',
		"(?:(?:selon|d['’]apr[eè]s)\\s+(?:qui|quelle\\s+source))",
		'(?:(?:de\\s+)?quelle\\s+source)',
		'(?:dapre\\s+ki(?:\\s+moun|\\s+sous)?)',
		'(?:ki\\s+sous)',
	].join('|')})\\s*[?!.]*\\s*(?:pls|please|svp|stp|souple)?\\s*[?!.]*$`,
	'iu',
);

/** Who a fact gives as its source: a statement's speaker and outlet, a figure's reporter. */
export function sourcesOf(fact: Fact): (string | null | undefined)[] {
	return fact.kind === 'statement' ? [fact.speaker, fact.outlet] : fact.kind === 'figure' ? [fact.reportedBy] : [];
}

/** Words that ask where something comes from (folded text): "whose numbers", "who provided", "according to whom". */
const asksSource =
	/\b(?:whose|source|sourced|provided?|gave|from|based on|according|counted|reported|says?|said|from whom|d apres qui|selon qui|quelle source|dapre ki|ki sous)\b/;

/** A figure shares at least this much of a question that asks who gave figures on something. */
const figureCoverage = 0.3;

/** Kinds of entity that can be a source. */
const agentKinds: ReadonlySet<Entity['kind']> = new Set(['organisation', 'media', 'country', 'coalition', 'person']);

/**
 * A question that gives a figure's number and asks where it comes from: the figure, whose
 * answer names its source; for a yes/no question naming a source, whether it is that one.
 */
export function figureSource(ctx: Answering, question: string, frame: Frame, query: Query): Answer | undefined {
	const { base } = ctx.tools;
	if (!['whoSaid', 'who', 'what', 'yesNo'].includes(frame.kind)) return undefined;
	const folded = fold(question);
	if (frame.kind !== 'whoSaid' && !asksSource.test(folded) && !(frame.kind === 'who' && speaksOfFigures(question)))
		return undefined;
	const numbers = valuesIn(question).flatMap((value) =>
		value.kind === 'number' && !/^(?:19|20)\d\d$/.test(String(value.value)) ? [value.value] : [],
	);
	const figures = base.facts.filter(
		(fact) => fact.kind === 'figure' && fact.value !== null && numbers.includes(fact.value) && fact.reportedBy,
	);
	// "Who's behind the 700 places / 3,687 inmates numbers?": several figures given, one source for them all.
	const oneSource =
		figures.length > 1 && figures.every((fact) => sourcesOf(fact)[0] === sourcesOf(figures[0] as Fact)[0]);
	const [figure, ...others] = oneSource
		? figures.slice(0, 1)
		: figures.length > 0
			? figures
			: numbers.length > 0
				? changesStated(ctx, question)
				: [...changesStated(ctx, question), ...figuresAsked(ctx, question, frame, query)].slice(0, 1);
	if (figure?.kind !== 'figure' || others.length > 0 || !figure.reportedBy) return undefined;
	if (frame.kind !== 'yesNo')
		return oneSource
			? ctx.tools.facts(question, figures, `All from ${base.name(figure.reportedBy)}:`)
			: ctx.tools.facts(question, [figure]);
	// "Did Reuters provide it?": yes only for its own source; any other named source is a no.
	const named = query.mentions.flatMap((mention) => mention.entities).filter((entity) => agentKinds.has(entity.kind));
	if (named.length === 0) return undefined;
	const source = base.entity(figure.reportedBy);
	const same = named.some((entity) => entity.id === figure.reportedBy);
	return ctx.tools.facts(
		question,
		[figure],
		same ? 'Yes, the report says so:' : `No: the report credits it to ${source?.name ?? figure.reportedBy}.`,
	);
}

/**
 * For a question naming two or more of the report's sources (who said or reported
 * something), the fact closest to the question that each of them is the source of; undefined
 * unless every one has one.
 */
export function eachSource(ctx: Answering, frame: Frame, query: Query): Fact[] | undefined {
	const { index, base } = ctx.tools;
	const cited = citedSources(base);
	// Named apart, each a source ("gangs" naming the gangs and their alliance is one mention).
	// Those named before the verb of saying: "what did the gang leader say will happen to the government" is the
	// leader's word only (comparing, any named).
	const verb = frame.rest.findIndex((word) => speechWords.has(word) || word === 'compare');
	const before = (mention: Mention) =>
		frame.rest[verb] === 'compare' || frame.rest.slice(0, verb).some((word) => spellsMention(query, mention, word));
	const sources = [
		...new Set(query.mentions.filter(before).flatMap((m) => m.entities.find((e) => cited.has(e.id))?.id ?? [])),
	];
	// "Who is the alliance's chief that wants to topple the government?" asks for a person, not each one's word.
	if (frame.kind === 'who') return undefined;
	if (sources.length < 2 || verb < 0) return undefined;
	const ranked = rank(query, index, base, { minCoverage: spokenCoverage, boost: unboosted });
	const facts = firstBySource(ranked, sources, sourcesOf);
	return facts.every((fact) => fact !== undefined) ? [...new Set(facts)] : undefined;
}

/** Verbs that credit a saying to someone: "attributes to", "credited to", "ascribed to". */
const creditVerb = /^(?:attribut|credit|ascrib)\w*$/;

/** "Is", "was" as questions read: before "called", they name rather than speak. */
const copulas = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Who a question says said something, named before the verb: "did the government say…". */
export function speakerNamed(frame: Frame, query: Query): Mention | undefined {
	if (frame.kind !== 'yesNo' && frame.kind !== 'what' && frame.kind !== 'when') return undefined;
	// "What claim does the report attribute to Reuters' sources?": the one a saying is credited to.
	const credited = frame.rest.findIndex((word, i) => creditVerb.test(word) && frame.rest[i + 1] === 'to');
	// ("What prior occupation does the report attribute to Barbecue?": a thing that is no saying is what the report
	// says he had, not words credited to him.)
	const attributed = frame.rest
		.slice(0, Math.max(credited, 0))
		.filter((word) => !stopwords.en.has(word) && !reportWords.has(word));
	const aSaying = (word: string) => claimNouns.has(word) || speechWords.has(word);
	if (credited >= 0 && (attributed.length === 0 || attributed.some(aSaying))) {
		const afterwards = new Set(frame.rest.slice(credited + 2).map(stem));
		const named = query.mentions.find((mention) => mention.terms.some((i) => afterwards.has(query.terms[i] ?? '')));
		if (named) return named;
	}
	// "Does the report cite…": "report" after an article is the report itself, no verb of saying.
	// "Head of state" names no saying either.
	const saying = (word: string, at: number) =>
		speechWords.has(word) &&
		!(word === 'report' && ['the', 'this', 'that'].includes(frame.rest[at - 1] ?? '')) &&
		!(word === 'state' && frame.rest[at - 1] === 'of') &&
		// "Haiti's crisis is called 'multidimensional'": a thing named so, no one speaking.
		!(/^call(?:ed|s)?$/.test(word) && copulas.has(frame.rest[at - 1] ?? '')) &&
		// "…and say which of them approved the force": the asker's "say", asking to be told.
		!(
			/^(?:say|tell)$/.test(word) &&
			/^(?:which|what|who|whom|whether|if|how|when|where|why)$/.test(frame.rest[at + 1] ?? '')
		) &&
		// "…the gang leader called Barbecue…": a name given, no one speaking.
		!(
			/^call(?:ed|s)?$/.test(word) &&
			query.mentions.some((mention) => spellsMention(query, mention, frame.rest[at + 1] ?? ''))
		);
	if (!frame.rest.some(saying)) return undefined;
	// The speaker is named before the verb: "did the government say…", not "…say it would do to the government".
	// Compared by position among the question's words: a vague verb ("said") is no search term.
	const verb = frame.rest.findIndex(saying);
	// "Which facets of Haiti's crisis does the article say…": the report itself says it, no one it names.
	if (reportWords.has(frame.rest[verb - 1] ?? '')) return undefined;
	const [first] = [...query.mentions].sort((a, b) => Math.min(...a.terms) - Math.min(...b.terms));
	const named = first ? frame.rest.findIndex((word) => spellsMention(query, first, word)) : -1;
	// "…been said by Haiti's government", "any statement from the government": the speaker after "by" or "from".
	const passive = ['by', 'from'].includes(frame.rest[verb + 1] ?? '') && named > verb + 1 && named <= verb + 3;
	if (!first || named < 0 || (named > verb && !passive)) return undefined;
	// "Which schools closed after Barbecue warned…": a saying told in a subordinate clause is not what is asked.
	if (frame.rest.slice(0, verb).some((word) => clauseOpeners.has(word))) return undefined;
	return first;
}

/** What the one a question names said, best first: "did the government say anything…". */
export function spokenBy(ctx: Answering, query: Query, speaker: Mention): Fact | undefined {
	const { index, base } = ctx.tools;
	const speakers = new Set(speaker.entities.map((entity) => entity.id));
	// "What did the head of the gang alliance announce?": named by the role, one speaks for the coalition they head,
	// and the report may credit its word to the coalition.
	if (speaker.role)
		for (const fact of base.facts)
			if (fact.kind === 'leadership' && fact.leader && speakers.has(fact.leader)) speakers.add(fact.coalition);
	const said = (fact: Fact) =>
		fact.kind === 'statement' &&
		(speakers.has(fact.speaker) || (fact.outlet !== undefined && speakers.has(fact.outlet)));
	// "What did UN data say about kidnappings?": its word on something else is not what it said about that.
	return rank(query, index, base, { minCoverage: spokenCoverage, boost: unboosted }).find(
		(candidate) => onTopic(query, candidate) && said(candidate.fact),
	)?.fact;
}

/**
 * The named speaker's statement, unless another fact tells far more of what is asked ("what did
 * the gang chief tell families about school" is Sergier's warning, not the alliance's vow).
 */
export function outweighed(ctx: Answering, query: Query, speaker: Mention, spoken: Fact | undefined): Fact | undefined {
	if (!spoken) return undefined;
	const { base } = ctx.tools;
	const ranked = ctx.rank(query);
	const own = ranked.find(({ fact }) => fact === spoken);
	const [top] = ranked;
	// What is said of the speaker ("the alliance vowed to topple the government") is not more of what they said.
	const ofSpeaker = top && speaker.entities.some((entity) => base.entitiesOf(top.fact).includes(entity.id));
	const far = top && top.fact !== spoken && top.score > (own?.score ?? 0) * answerOptions.outweighs;
	// "Did the government say anything about the attack?" asks whether it spoke: its own words answer.
	const inSpeaker = new Set(speaker.terms);
	const said = query.terms.filter((_, i) => !inSpeaker.has(i) && !query.vague.has(i)).length;
	return far && !ofSpeaker && said >= answerOptions.saidAtLeast ? undefined : spoken;
}

/**
 * "Did AyiboPost say the prisoners were afraid to leave?": what is said, where the report
 * credits it to another source. The fact that tells more of what the question says than the
 * named speaker's own statement does, and is credited to someone else.
 */
export function creditedElsewhere(
	ctx: Answering,
	query: Query,
	speaker: Mention,
	spoken: Fact | undefined,
	whether = false,
): Fact | undefined {
	const { base } = ctx.tools;
	const speakers = new Set(speaker.entities.map((entity) => entity.id));
	const speakerTerms = query.mentions
		.filter((mention) => mention.entities.some((entity) => speakers.has(entity.id)))
		.flatMap((mention) => mention.terms);
	const asked = query.terms.reduce(
		// (The verb of saying is any statement's: "did AyiboPost report the crossfire?" asks of the crossfire.)
		(bits, term, i) =>
			speakerTerms.includes(i) || query.vague.has(i) || speechWords.has(term) ? bits : bits | (1 << i),
		0,
	);
	// Words matched as themselves: "leave" is only related to "abandon".
	const told = ({ matched, related }: Ranked) => bitsSet(matched & ~related & asked);
	// (Asked yes or no, ranked however little of the question each has: the speaker's name, which another's words lack,
	// counts against them, and telling most of what is asked is the test below.)
	const ranked = whether ? rank(query, ctx.tools.index, base, { minCoverage: 0, boost: unboosted }) : ctx.rank(query);
	const own = spoken && ranked.find(({ fact }) => fact === spoken);
	// Someone else's words, not about the one named: "the alliance vowed to topple the government" is not the
	// government's silence.
	const other = ranked.find(({ fact }) => {
		const credited = creditedTo(fact, base);
		// ("Was he sanctioned by both the UN and the US?": a fact credited to those asked is theirs, not another's.)
		return (
			credited.length > 0 &&
			!credited.some((entity) => speakers.has(entity.id)) &&
			!base.entitiesOf(fact).some((id) => speakers.has(id))
		);
	});
	if (!other) return undefined;
	// Most of what is said, and clearly more of it than the named speaker's own words tell.
	const most = told(other) * 3 >= bitsSet(asked) * 2;
	// (Asked in a word or two, "did AyiboPost report the crossfire?", one word more than its own is clearly more.)
	const margin = bitsSet(asked) <= 2 ? 0 : 1;
	return most && told(other) > (own ? told(own) : 0) + margin ? other.fact : undefined;
}

/** Words for figures themselves: "who put out the numbers", "whose stats", "qui a donné ces chiffres". */
const figureNouns =
	/\b(?:numbers?|figures?|stats?|statistics|data|count|tally|estimates?|chiffres?|statistiques|donnees|chif)\b/;

/** Does the question speak of figures? Not "a number of detainees", which says "some". */
const speaksOfFigures = (question: string) => figureNouns.test(fold(question).replace(/\ba number of\b/g, ' '));

/**
 * "Who put out the numbers on how packed that prison is?": the sourced figure closest to what
 * the question is about, where it asks who gave figures without giving one.
 */
function figuresAsked(ctx: Answering, question: string, frame: Frame, query: Query): Fact[] {
	const { base, index } = ctx.tools;
	if ((frame.kind !== 'who' && frame.kind !== 'whoSaid') || !speaksOfFigures(question)) return [];
	// A figure worked out from others ("how packed": the occupancy) was given by whoever gave its inputs.
	const sourced = (fact: Fact): Fact[] =>
		fact.kind !== 'figure'
			? []
			: fact.reportedBy
				? [fact]
				: (fact.derivation?.of ?? []).flatMap((id) => {
						const input = base.fact(id);
						return input?.kind === 'figure' && input.reportedBy ? [input] : [];
					});
	const ranked = rank(query, index, base, { minCoverage: figureCoverage, boost: unboosted });
	return ranked.flatMap(({ fact }) => sourced(fact)).slice(0, 1);
}

/**
 * "Whose data says homicides more than doubled in 2023?": the sourced figures of change that the
 * question states as the report does.
 */
function changesStated(ctx: Answering, question: string): Fact[] {
	const { base, index } = ctx.tools;
	// Only a question that states a change can state one as the report does: the message check is not run for nothing.
	if (!changeRange(question)) return [];
	const checked = checkClaims(base, index, question);
	const claims = checked.filter((claim) => claim.verdict === 'matches');
	// "Did homicides more than double in 2022, per the UN?": a figure stated with a wrong date is not the report's.
	const denied = new Set(checked.flatMap((claim) => (claim.verdict === 'differs' ? claim.facts : [])));
	return [...new Set(claims.flatMap((claim) => claim.facts))].filter(
		(fact) => fact.kind === 'figure' && fact.value === null && fact.reportedBy && !denied.has(fact),
	);
}

/**
 * "What did each news outlet report?", "match each source to what it reported", "who said what?"
 * (folded text): each one's words asked for together.
 */
const eachOutletAsked =
	/\b(?:each|every|all the|all|chaque|chak)\s+(?:of the\s+)?(?:news\s+)?(?:outlets?|media|sources?|papers?|newspapers?|websites?|sites?|medias?|journaux|journal|sous)\b|\bwho said what\b|\bqui a dit quoi\b|\b(?:each|every)\s+(?:claim|statement|report|thing)s?\b.*\b(?:its|their)\s+sources?\b/;

/** Groups joined to the outlets asked for: "… n org", "…and groups", "outlet/org". */
const groupsAfter = new RegExp(
	String.raw`^(?:\W*(?:and|n|&|or|et|ou|ak|plus)\s+|\s*\/\s*)(?:\p{L}+\s+)?(?:${sourceGroupWords})\b`,
	'u',
);

/**
 * Whose words a question asks for, each with its own: every source the report cites, or its news
 * outlets only; undefined where it does not ask for each one's.
 *
 * @example
 * eachSourceAsked('what did each news outlet report?'); // 'media'
 * eachSourceAsked('who said what?'); // 'sources'
 */
export function eachSourceAsked(question: string): 'sources' | 'media' | undefined {
	const folded = fold(question);
	const asked = eachOutletAsked.exec(folded)?.[0];
	if (!asked) return undefined;
	// ("every news outlet n org…": groups asked for with the outlets make every source asked.)
	const groupsToo = groupsAfter.test(folded.slice(folded.indexOf(asked) + asked.length));
	return (/\b(?:sources?|sous|who said what|qui a dit quoi)\b/.test(asked) &&
		!/\b(?:outlets?|media|papers?|newspapers?)\b/.test(asked)) ||
		groupsToo
		? 'sources'
		: 'media';
}

/** Words for a report's figures, asked for as a kind: "which figures", "what numbers", "quels chiffres". */
const figureKindWords = new Set([
	'figures',
	'figure',
	'numbers',
	'statistics',
	'stats',
	'data',
	'counts',
	'chiffres',
	'chif',
]);

/**
 * "Which figures in the report are attributed to RNDDH, and which to the UN?": the figures each source named gives, as
 * the report states them (not those worked out from them), the sources in the order asked. Undefined where figures
 * are not what is asked for, or no source named gives any.
 *
 * @example
 * figuresBySource(ctx, 'which numbers did rnddh give?', frame, query);
 * // heading 'RNDDH: 2 figures.', the capacity and the population
 */
export function figuresBySource(ctx: Answering, question: string, frame: Frame, query: Query): Answer | undefined {
	if (frame.kind !== 'what' || !/^(?:which|what|quels?|quelles?|ki)$/.test(frame.rest[0] ?? '')) return undefined;
	if (!figureKindWords.has(frame.rest[1] ?? '')) return undefined;
	const { base } = ctx.tools;
	const named = new Set(query.mentions.flatMap((mention) => mention.entities.map((entity) => entity.id)));
	const bySource = [...named].flatMap((id) => {
		const given = base.facts.filter((fact) => fact.kind === 'figure' && fact.reportedBy === id && !fact.derivation);
		return given.length > 0 ? [{ id, given }] : [];
	});
	if (bySource.length === 0) return undefined;
	const heading = bySource
		.map(({ id, given }) => `${base.name(id)}: ${given.length} figure${given.length === 1 ? '' : 's'}`)
		.join('; ');
	return ctx.tools.facts(
		question,
		bySource.flatMap(({ given }) => given),
		`${heading}.`,
	);
}
