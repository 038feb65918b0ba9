import { isPartialDate } from '../data/dates.js';
import type { DataSet } from '../data/load.js';
import type { Entity, Fact, FigureFact } from '../data/schema.js';
import { type Answer, type AnswerItem, type SeriesLine, type Source, type Suggestion, sourceOf } from './answer.js';
import type { AnswerSource, Sources } from './answer-source.js';
import { dayRange, placeDate, placeLabel, placeWithin } from './calendar.js';
import { type Chronology, chronologyOf, type TimelineEntry } from './chronology.js';
import { type Claim, checkClaims } from './claims/claims.js';
import { escapeRegExp } from './claims/names.js';
import { agentOf } from './claims/qualifiers.js';
import { isCalendarWord, numbersInFigures, valuesIn } from './claims/values.js';
import { showArithmetic } from './derive.js';
import { composeDigest, type Digest, type PreviousDigest } from './digest.js';
import { FactBase } from './fact-base.js';
import { withoutAsides } from './language/asides.js';
import { NamesByEar, respeltByEar } from './language/by-ear.js';
import { cleanMarkup, unshouted, withoutCustomEmoji, withoutMentions } from './language/clean.js';
import { isEnglishWord } from './language/english-words.js';
import { fold, isLexiconWord, type Language, stopwords } from './language/lexicon.js';
import { askerWords, askingWord, type ReadText, readingOnce, readText, withExamplesSpelt } from './language/read.js';
import { type Hit, type IndexOptions, SearchIndex, type SearchResult } from './search-index.js';
import { figureChanges, relatedValues, SeriesIndex } from './series.js';
import { capitalise, normalize, stem, terms as termsOf } from './text.js';
import { verbAlternatives } from './understand/alternatives.js';
import { QuestionAnswerer } from './understand/answerer.js';
import { askedBeforeSource, sourcesOf } from './understand/answers/sources.js';
import { differingDate, nameOnly } from './understand/answers/statements.js';
import { describedThenAsked } from './understand/described.js';
import { type Frame, type FrameKind, readFrame } from './understand/frame.js';
import { guessIn } from './understand/guess.js';
import { asOccurrence } from './understand/onset.js';
import { plainlyUnsure } from './understand/polarity.js';
import { prepareAnswering } from './understand/prepare.js';
import { resolvePronoun } from './understand/pronouns.js';
import { buildQuery, roleHoldersIn, strangersIn } from './understand/query.js';
import { withoutClauseAfterName } from './understand/relative.js';
import { reportGivesAsked } from './understand/report-gives.js';
import { answerSeveral } from './understand/several.js';
import {
	askedAfterTelling,
	askedOfStory,
	doubtedStory,
	heardThenAsked,
	readStory,
	reportingWords,
	supposedThenAsking,
	toldThenCounted,
	withoutAskersOwn,
} from './understand/story.js';
import { checkRequestLast, statementToCheck } from './understand/tagged.js';
import { compareDates, formatDate, whenOf, withinRange } from './when.js';

export interface TimelineOptions {
	/** Earliest date to include: YYYY, YYYY-MM or YYYY-MM-DD. */
	from?: string;
	/** Latest date to include, same forms. */
	to?: string;
	/** Free text: only events that match it. */
	topic?: string;
	/** Several topics, any of which an event may be about: "put these in order: A, B and C". */
	topics?: readonly string[];
	/** At most this many events from the start (default 50): a long timeline is narrowed, not scrolled. */
	limit?: number;
	/** Only the last few events, the latest on the calendar. */
	last?: number;
}

const timelineLimit = 50;

/** How the engine's index is built; the defaults are what the bot runs. */
export type EngineOptions = IndexOptions;

/**
 * The longest question read: Discord's own limit on the option is 300 characters, and nothing
 * a question says needs more. Longer input is cut before any work is done on it.
 */
const maxQuestionLength = 1_000;
/** How many times the question's length the asides around it are looked for in. */
const askedReach = 4;

/** A clause that opens a message, up to its comma: "Gloire à Dieu, …". */
const openingClause = /^\s*([^,?!.;:\n]{2,80}?)\s*,\s+(?=\S)/u;
/** At most this many opening clauses are read past: "Bonjour mes frères, que Dieu vous bénisse, …". */
const maxOpeningClauses = 3;
/** What follows an opening clause that asks, in any of the three languages (folded). */
const opensQuestion =
	/\b(?:who|whom|whose|what|when|where|why|which|how|did|does|do|is|are|was|were|has|have|qui|quoi|quand|ou|pourquoi|comment|combien|quel|quelle|quels|quelles|est ce|selon|d apres|je voudrais|ki|kiyes|kiles|kisa|kile|kote|poukisa|konbyen|eske|pou ki)\b/;
/**
 * A few words and a colon, then a question word or verb that opens a question, perhaps after a short phrase and a
 * comma: "quick check before class: in which…", "…for the pinned FAQ: on paper, how many…".
 */
const preamble =
	/^([^:?!.\n—–]{1,80}?)(?::|\s+[—–-])\s+(?=(?:[\p{L}'’]+(?:\s+[\p{L}'’]+){0,2},\s+)?(?:(?:in|on|at|for|from|by|to|pour|pou|dans|en|à|par|selon|nan|apre)\s+)?(?:who|whom|what|when|where|why|which|how|did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|if|suppose|qui|si|quoi|quand|où|pourquoi|comment|combien|quel|quelle|quels|quelles|ki|kisa|kilè|kile|kote|poukisa|konbyen|eske|èske)(?![\p{L}\p{N}]))/iu;
/** A verb of asking, in the three languages: "asked me", "me demandent", "mande m". */
const askingVerb = /(?<!\p{L})(?:ask\p{L}*|wonder\p{L}*|want\p{L}* to know|demand\p{L}*|mande)(?!\p{L})/iu;
/** The words that ask why, opening a question. */
const whyOpening = /^\W*(?:why|y|how come|pourquoi|pk|poukisa|pouki|sa k fe|sak fe)\s+/iu;
/** An auxiliary opening what follows "why", which asks yes or no as it stands: "(why) did the UN…". */
const auxiliaryFirst = /^(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|est-ce|eske|èske)(?!\p{L})/iu;
/** "Did", "does", "do": the auxiliary of a deed asked about, which the statement it takes for granted has not. */
const doneAuxiliary = /^(?:did|does|do)\s+/iu;
/** How each language asks whether a statement is so. */
const premiseOpening: Readonly<Record<Language, string>> = {
	en: 'is it true that',
	fr: 'est-ce vrai que',
	ht: 'eske se vre',
};
/** "From" a place, but not where someone is from: "my neighbour, she's from Jacmel, told me…" says who she is. */
const fromNotOrigin = String.raw`(?<!(?:\b(?:is|was|are|were|am|comes?|came|hails?)|['’]s)\s+)\bfrom`;
/** "Who is …", "who's …", "ki moun …", "qui est …": a question of who one named is (folded). */
const identityAsked =
	/^\W*(?:who\s+is|who\s*['’]?s|who\s+was|qui\s+est|c\s*['’]?est\s+qui|ki\s+moun\s+(?:ki\s+)?(?:se|ye))\b/;
/** A question of what was told: "who reported that?", "is that right?", "who is right?", "ki moun ki di sa?". */
const askedOfTold =
	/\b(?:that|this|it|ca|cela|sa|true|vrai|vre|right|correct)\s*[?!.]*$|\b(?:who|which one|qui|ki moun)\s+(?:is|est|ki)\s+(?:right|correct|raison|gen rezon)\b/;
/** Words that point back to a place or thing told of before: "there", "that one", "la-bas", "isit". */
const pointsBack =
	/\bthere\s*[?!.]*$|\b(?:(?:in|out|over|down|up|from) there|here|that one|this one|those ones|that place|ici|la-bas|laba|isit|kote sa a)\b/;
const demonstrative = /\b(?:that|this|those|these|ce|cet|cette|ces)\s+(\p{L}+)/gu;

/**
 * Does a question (folded) point back to what a sentence told (folded): "there", or "that prison"
 * where the sentence spoke of a prison?
 */
function pointsBackTo(question: string, told: string): boolean {
	if (pointsBack.test(question)) return true;
	const toldWords = new Set(termsOf(told));
	// ("…made the argument that security has to come back": "that" after a word of saying opens what was said.)
	return [...question.matchAll(demonstrative)].some(
		(found) =>
			toldWords.has(stem(found[1] ?? '')) &&
			!clauseTaking.test(question.slice(Math.max(0, (found.index ?? 0) - 24), found.index)),
	);
}

/** Words after which "that" opens a clause, not a demonstrative: "the argument that…", "warned that…". */
const clauseTaking =
	/\b(?:argument|arguments|argued|argue|claim|claimed|claims|idea|view|notion|belief|fact|warning|warned|said|say|says|saying|insisted|stated|reported|told|think|believe|know|knew|news|word|rumou?r|hope|fear|promise|promised|vowed)\s+$/;
/** A message checked is cut here: Discord's own messages are at most 4,000 characters. */
const maxMessageLength = 4_000;
/** Facts shown beside a checked message; the notes say what each claim came to. */
const maxCheckedFacts = 5;

const verdictWords: Record<Claim['verdict'], string> = {
	matches: 'matches the report',
	differs: 'differs from the report',
	not_in_report: 'is not in the report',
};

/** One line a claim: what the message says, the verdict, what the report says, and the fact. */
export function describeClaim(claim: Claim): string {
	const ids = claim.facts.map((fact) => fact.id).join(', ');
	return `“${claim.text}” ${verdictWords[claim.verdict]}. ${claim.report}${ids ? ` (${ids})` : ''}`;
}
const maxItems = 3;
/** How many facts "everything the report says about…" lists, at most. */
const maxEverything = 10;
/** Words that ask for all the report says of one: "everything", "all of it", "tout ce que", "tout sa". */
const everythingAsked =
	/\b(?:everything|every thing|all (?:of )?(?:it|that)|all the report says|tout ce (?:que|qu)|tou sa|tout sa)\b/;

/** A joiner that opens a message: "And the murder rate…", "But who…", "Et le Kenya…". */
const openingJoiner = /^(?:and|but|also|et|mais|epi|men)\s+(?=\S)/iu;

/**
 * Answers questions from the fact base. Knows nothing of Discord or the console: every method
 * returns an Answer that a renderer turns into a reply.
 */
export class AnswerEngine implements AnswerSource {
	readonly base: FactBase;
	readonly index: SearchIndex;

	/** Every entity's name and aliases, normalised once: autocomplete matches them on each keystroke. */
	readonly #names: ReadonlyMap<string, readonly string[]>;
	readonly #answerer: QuestionAnswerer;
	/**
	 * Every dated fact on one calendar, and the figures about the same subject and measure across
	 * reports over their as-of dates. Built with the engine, since the fact base never changes:
	 * built on first use, they made whoever asked first wait for every event to be placed.
	 */
	readonly chronology: Chronology;
	readonly series: SeriesIndex;
	/** The data's names and aliases written in capitals ("UN", "RNDDH"), kept so in a message typed all in capitals. */
	readonly #initialisms: ReadonlySet<string>;
	/** The data's names by how they sound, for names typed by ear; built by the first question. */
	#namesByEar: NamesByEar | undefined;

	constructor(data: DataSet, options: EngineOptions = {}) {
		this.base = new FactBase(data);
		this.index = new SearchIndex(this.base, options);
		this.chronology = chronologyOf(this.base);
		const chronology = this.chronology;
		this.series = new SeriesIndex(this.base, (fact) => chronology.asOf(fact));
		this.#names = new Map(this.base.entities.map((e) => [e.id, [e.name, ...e.aliases].map(normalize)]));
		this.#initialisms = new Set(
			this.base.entities
				.flatMap((e) => [e.name, ...e.aliases])
				.flatMap((name) => name.match(/[\p{L}\p{N}.]+/gu) ?? [])
				.filter((word) => /\p{Lu}.*\p{Lu}/u.test(word) && word === word.toUpperCase()),
		);
		prepareAnswering(this.base);
		this.#answerer = new QuestionAnswerer({
			base: this.base,
			index: this.index,
			item: (fact, label) => this.#item(fact, label),
			facts: (question, facts, heading) => ({ ...this.#facts(question, facts), ...(heading ? { heading } : {}) }),
			notFound: (question, parts) => this.#notFound(question, parts),
			entityCard: (question, entity) => this.#entityCard(question, entity),
			leaders: (coalition, question) => this.leaders(coalition, question),
			timeline: (options, question) => this.timeline(options, question),
			place: (fact) => this.chronology.placeOf(fact),
		});
	}

	/** Who leads which coalition: one coalition (by name, alias or id) or, without one, all of them. */
	leaders(coalition?: string, question = coalition ? `Who leads ${coalition}?` : 'Who leads which coalition?'): Answer {
		const choice = this.#choose('coalition', coalition, question, (all) =>
			all.map((entity) => ({ label: entity.name, query: entity.id })),
		);
		if ('answer' in choice) return choice.answer;
		const { chosen } = choice;

		const items: AnswerItem[] = [];
		const notes: string[] = [];
		for (const entity of chosen) {
			const facts = this.base.facts.filter((fact) => fact.kind === 'leadership' && fact.coalition === entity.id);
			if (facts.length === 0) {
				const say = this.base.reports.length === 1 ? 'does' : 'do';
				notes.push(`${capitalise(this.#sources())} ${say} not say who leads the ${entity.name.toLowerCase()}.`);
			}
			for (const fact of facts) items.push(this.#item(fact, chosen.length > 1 ? entity.name : undefined));
		}
		return {
			kind: 'leaders',
			question,
			found: items.length > 0,
			...(chosen.length > 1 ? { heading: `Who leads what, according to ${this.#sources()}:` } : {}),
			items,
			notes,
			suggestions: [],
		};
	}

	/**
	 * Every figure the reports give about a prison (by name, alias or id) or, without one, about
	 * every prison: stated numbers, then derived ones, then unknowns; each figure reported more than
	 * once leads with its latest value and shows the others.
	 */
	prisonFigures(prison?: string, question = prison ? `Prison figures: ${prison}` : 'Prison figures'): Answer {
		const choice = this.#choose('prison', prison, question, () => this.prisons());
		if ('answer' in choice) return choice.answer;
		const { chosen } = choice;
		const order = new Map(chosen.map((entity, i) => [entity.id, i]));
		const prisonOf = (fact: Fact) => fact.about.find((id) => order.has(id)) ?? '';
		const rank = (fact: Fact) => (fact.kind !== 'figure' || fact.value === null ? 2 : fact.basis === 'derived' ? 1 : 0);
		const facts = [
			...new Set(
				this.base.facts
					.filter((fact) => fact.kind === 'figure' && order.has(prisonOf(fact)))
					.map((fact) => this.series.lead(fact)),
			),
		].sort(
			(a, b) =>
				(order.get(prisonOf(a)) ?? 0) - (order.get(prisonOf(b)) ?? 0) ||
				rank(a) - rank(b) ||
				this.base.reportOrder(a, b),
		);
		if (facts.length === 0) {
			const which = prison?.trim() ? ` about ${chosen[0]?.name}` : '';
			return this.#notFound(question, {
				heading: `${capitalise(this.#sources())} give${this.base.reports.length === 1 ? 's' : ''} no prison figures${which}.`,
			});
		}
		const named = new Set(facts.map(prisonOf));
		const several = named.size > 1;
		const label = (fact: Fact) => {
			const metric = fact.kind === 'figure' ? capitalise(fact.metric) : undefined;
			return several ? `${this.base.name(prisonOf(fact))} · ${metric}` : metric;
		};
		return {
			kind: 'prison',
			question,
			found: true,
			heading: several
				? `Prison figures in ${this.#sources()}, by prison:`
				: `${this.base.name(prisonOf(facts[0] as Fact))}: the figures in ${this.#sources()}`,
			items: facts.map((fact) => this.#item(fact, label(fact))),
			notes: [],
			suggestions: [],
		};
	}

	/** The prisons with figures whose name or alias matches what someone is typing; all of them for empty text. */
	prisons(text = ''): Suggestion[] {
		const withFigures = new Set(this.base.facts.flatMap((fact) => (fact.kind === 'figure' ? fact.about : [])));
		const prisons = this.base.entities.filter((entity) => entity.kind === 'prison' && withFigures.has(entity.id));
		return this.#named(normalize(text), prisons).map((entity) => ({ label: entity.name, query: entity.id }));
	}

	/**
	 * The entities of a kind an answer covers: the one `text` names (by name, alias or id), or all
	 * of them without text. When the text names none, the answer that says so, offering `suggest`.
	 */
	#choose(
		kind: Entity['kind'],
		text: string | undefined,
		question: string,
		suggest: (all: Entity[]) => Suggestion[],
	): { chosen: Entity[] } | { answer: Answer } {
		const all = this.base.entities.filter((entity) => entity.kind === kind);
		if (!text?.trim()) return { chosen: all };
		const match = this.#resolve(text, kind);
		if (match) return { chosen: [match] };
		const name = this.base.reports.length === 1 ? 'names' : 'name';
		return {
			answer: this.#notFound(question, {
				heading: `${capitalise(this.#sources())} ${name} no ${kind} like “${text.trim()}”.`,
				suggestions: suggest(all),
			}),
		};
	}

	/** “the report” or “the reports”, as many as the data holds. */
	#sources(): string {
		return this.base.reports.length === 1 ? 'the report' : 'the reports';
	}

	/**
	 * Events on one calendar, each at the precision its report gives (day, month, year, span);
	 * dates a report gives only relative to itself are worked out from its publication date and
	 * say so. Events no calendar can place (a report without a date) follow in the report's order.
	 * Only the events shown are turned into answer items: the first `limit`, or the `last` few.
	 */
	timeline(
		{ from, to, topic, topics = [], limit = timelineLimit, last }: TimelineOptions = {},
		question = 'Timeline',
	): Answer {
		for (const [name, value] of [
			['from', from],
			['to', to],
		] as const) {
			if (value !== undefined && !isPartialDate(value)) {
				return this.#notFound(question, {
					heading: `“${value}” is not a date for “${name}”: use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2021 or 2021-07-07.`,
				});
			}
		}
		if (from && to && compareDates(from, to) > 0 && !withinRange(from, undefined, to)) {
			return this.#notFound(question, { heading: `“from” (${from}) is after “to” (${to}).` });
		}

		const { placed, unplaced } = this.chronology;
		const asked = [topic ?? '', ...topics].filter((text) => text.trim());
		const matching =
			asked.length > 0 ? new Set(asked.flatMap((text) => this.#relevant(text).map((hit) => hit.fact.id))) : undefined;
		const about = (entry: TimelineEntry) =>
			!matching || matching.has(entry.fact.id) || entry.alsoTold.some((fact) => matching.has(fact.id));
		const ranged = Boolean(from || to);
		const range = dayRange(from, to);
		// Nothing to filter: the calendar is already in order, and only the page shown becomes items.
		const events =
			matching || ranged
				? placed.filter((entry) => about(entry) && (!ranged || (entry.place ? placeWithin(entry.place, range) : false)))
				: placed;
		const unplacedShown = matching ? unplaced.filter(about) : unplaced;

		const notes: string[] = [];
		const facts = (entries: readonly TimelineEntry[]) => entries.map((entry) => entry.fact);
		if (unplacedShown.length > 0) {
			const n = unplacedShown.length;
			notes.push(
				ranged
					? `${n} event${n === 1 ? ' is' : 's are'} left out: the report dates ${n === 1 ? 'it' : 'them'} only relative to itself (${quoteList(facts(unplacedShown))}) and gives no publication date to place ${n === 1 ? 'it' : 'them'}.`
					: `The last ${n === 1 ? 'event is' : `${n} events are`} dated only relative to the report (${quoteList(facts(unplacedShown))}), which gives no publication date; ${n === 1 ? 'it follows' : 'they follow'} in the report’s order.`,
			);
		}
		// Events no calendar can place come last, and only without a date range.
		const after = ranged ? [] : unplacedShown;
		const total = events.length + after.length;
		if (total === 0) {
			const subject = asked.length > 0 ? ` about “${asked.map((text) => text.trim()).join('”, “')}”` : '';
			const between = ranged ? ` between ${from ?? 'the start'} and ${to ?? 'now'}` : '';
			const has = this.base.reports.length === 1 ? 'has' : 'have';
			return this.#notFound(question, {
				heading: `${capitalise(this.#sources())} ${has} no events${subject}${between}.`,
				notes,
			});
		}
		const start = last ? Math.max(0, total - last) : 0;
		const end = last ? total : Math.min(total, limit);
		const shown = Array.from({ length: end - start }, (_, i) => {
			const at = start + i;
			return (at < events.length ? events[at] : after[at - events.length]) as TimelineEntry;
		});
		if (!last && shown.length < total) {
			notes.unshift(
				`The first ${shown.length} of ${total.toLocaleString('en-US')} events; narrow them with from, to or topic to see the rest.`,
			);
		}
		return {
			kind: 'timeline',
			question,
			found: true,
			items: shown.map((entry) => this.#timelineItem(entry)),
			notes,
			suggestions: [],
		};
	}

	#timelineItem({ fact, alsoTold, place }: TimelineEntry): AnswerItem {
		const label = place ? placeLabel(place) : capitalise(whenOf(fact)?.words ?? '');
		// On a calendar each value is its own dated entry, in its own words, with its own source.
		const { series: _series, ...item } = { ...this.#item(fact, label), text: fact.answer };
		if (alsoTold.length > 0) item.alsoFrom = [...(item.alsoFrom ?? []), ...alsoTold.map(sourceOf)];
		return item;
	}

	/**
	 * What facts that were not `known` changed in the figures, one sentence each: a later value
	 * ("Updated"), a correction ("Corrected"), a value that differs from another source's for the
	 * same time ("Reports differ"). What a digest and a reload report beside the new facts.
	 */
	figureChanges(known: (fact: Fact) => boolean): { lines: string[]; facts: Fact[] } {
		const changes = figureChanges(this.series, known);
		const amount = (fact: FigureFact) => {
			const value = fact.value !== null ? `${fact.value.toLocaleString('en-US')} ${fact.unit}` : `“${fact.estimate}”`;
			const when = this.chronology.asOf(fact);
			return `${value}${when ? ` (${placeDate(when)})` : ''}, ${this.#reportName(fact.report)}`;
		};
		const sentences = {
			updated: (what: string, now: string, before: string) => `Updated: ${what}: ${now}; before: ${before}.`,
			corrected: (what: string, now: string, before: string) =>
				`Corrected: ${what}: ${now} replaces ${before}, which is kept as superseded.`,
			differs: (what: string, now: string, before: string) => `Reports differ: ${what}: ${now} against ${before}.`,
		};
		const lines = changes.map(({ kind, fact, previous }) =>
			sentences[kind](`${this.base.name(fact.about[0] ?? '')}, ${fact.metric}`, amount(fact), amount(previous)),
		);
		return { lines, facts: [...new Set(changes.map((change) => this.series.lead(change.fact)))] };
	}

	/** The figure changes as an answer: the figures as they now stand, and a sentence for each change. */
	changes(known: (fact: Fact) => boolean, heading: string): Answer {
		const { lines, facts } = this.figureChanges(known);
		return {
			kind: 'facts',
			question: heading,
			found: lines.length > 0,
			heading,
			items: facts.map((fact) => this.#item(fact)),
			notes: lines,
			suggestions: [],
		};
	}

	/** A report as an answer names it: its outlet and date, or its label. */
	#reportName(id: string): string {
		const report = this.base.report(id);
		if (!report) return id;
		if (!report.outlet) return `“${report.label}”`;
		return report.published ? `${report.outlet}, ${formatDate(report.published)}` : report.outlet;
	}

	/** A figure's other values: earlier and later ones, corrected ones, and other sources' for the same time. */
	#withSeries(item: AnswerItem, fact: FigureFact): void {
		const series = this.series.of(fact);
		if (!series) return;
		const lines: SeriesLine[] = [];
		const agreeing: Source[] = [];
		const differing: FigureFact[] = [];
		for (const { value, relation } of relatedValues(series, fact)) {
			const from = this.#reportName(value.fact.report);
			if (relation === 'agrees') agreeing.push(sourceOf(value.fact));
			else if (relation === 'superseded') {
				const by = value.supersededBy ? `; corrected by ${this.#reportName(value.supersededBy.report)}` : '';
				lines.push({ status: 'superseded', text: `${value.fact.answer} (${from}${by})`, source: sourceOf(value.fact) });
			} else {
				if (relation === 'differs') differing.push(value.fact);
				const status = relation === 'later' ? 'later' : relation === 'differs' ? 'differs' : 'earlier';
				lines.push({ status, text: `${value.fact.answer} (${from})`, source: sourceOf(value.fact) });
			}
		}
		const order = { differs: 0, later: 1, earlier: 2, superseded: 3 } as const;
		item.series = lines.sort((a, b) => order[a.status] - order[b.status]);
		if (agreeing.length > 0) item.alsoFrom = [...(item.alsoFrom ?? []), ...agreeing];
		if (differing.length > 0) {
			// Never an average, never one picked: each value with its source.
			const when = this.chronology.asOf(fact);
			const phrases = [fact, ...differing].map((f) => {
				const amount = f.value !== null ? `${f.value.toLocaleString('en-US')} ${f.unit}` : `“${f.estimate}”`;
				const by = f.reportedBy ? ` according to ${this.base.name(f.reportedBy)}` : '';
				return `${amount}${by} (${this.#reportName(f.report)})`;
			});
			item.text = `Reports differ on the ${fact.metric}${when ? `, ${placeDate(when)}` : ''}: ${phrases.join('; ')}.`;
		}
	}

	/** One fact or entity, by id or by name: what `/fact` and "did you mean" choices look up. */
	lookup(query: string): Answer {
		const trimmed = query.trim();
		const fact = this.base.fact(trimmed);
		if (fact) return this.#facts(trimmed, [fact]);
		const entity = this.base.entity(trimmed);
		if (entity) return this.#entityCard(trimmed, entity);
		return this.ask(trimmed);
	}

	/** Facts as one answer in the report's order, each labelled with the day it entered the data. */
	added(facts: readonly Fact[], heading: string): Answer {
		const sorted = [...facts].sort((a, b) => this.base.reportOrder(a, b));
		return {
			kind: 'facts',
			question: heading,
			found: sorted.length > 0,
			heading,
			items: sorted.map((fact) => this.#item(fact, `Added ${fact.added}`)),
			notes: [],
			suggestions: [],
		};
	}

	/**
	 * Free text, as members type it: Discord markup and chat fillers are dropped, French and
	 * Creole read, the question's frame (who, how many, when, which first…) decides what kind
	 * of answer it wants, and only facts that give that are answered with.
	 */
	ask(question: string): Answer {
		// "CEST QUI LE PREMIE MINISTRE": a message typed in capitals is read as written in small letters.
		// (A custom emoji's id is no number asked about: "<:pepe:1234…> c'est quoi le RNDDH ?".)
		// ("…de février deux mille vingt-trois": a year said in words is read as its figures.)
		// (Read no further than a few times what is read as the question: the asides around it are looked for in that
		// much, and a message of a hundred thousand characters asks no more than its first thousand.)
		const written = numbersInFigures(
			unshouted(withoutCustomEmoji(question.slice(0, maxQuestionLength * askedReach)), this.#initialisms),
		);
		const answer = readingOnce(() => this.#ask(written));
		return written === question ? answer : { ...answer, question };
	}

	#ask(question: string): Answer {
		// (Whom the message pings is no part of it: "@everyone Apologies for the ping. Which…?")
		// ("fact check pls: …": the request to check, before the statement, is asked as a tag after it.)
		// ("…, e.g. the one outside the capital?": an example's dots end no sentence.)
		// ("And the murder rate – gone up a fair bit?": a joiner that opens the message goes on from chat, asks nothing.)
		const trimmed = checkRequestLast(withExamplesSpelt(withoutMentions(question)).trim()).replace(openingJoiner, '');
		if (!trimmed) return this.#notFound(question, { heading: 'Ask a question about the report.' });
		if (this.base.fact(trimmed) || this.base.entity(trimmed)) return this.lookup(trimmed);
		// "when was Ahn-ree supposed to leave": a name typed as it sounds is read as the name. ("Blessings from
		// Miami. I pastor a flock in Little Haiti. Who…?": what the asker says of themselves is no part of the question; nor
		// are its asides, "…, given that a post claims Canada did?". "Built for 700 and held how many?" tells, then asks.)
		const text = this.#withoutPreamble(
			this.#byEar(this.#withoutBlessing(withoutAskersOwn(toldThenCounted(withoutAsides(trimmed))))),
		);
		const read = readText(text.slice(0, maxQuestionLength));
		if (read.words.length === 0) {
			return this.#notFound(question, {
				heading:
					'Ask a question about the report, e.g. “who leads the gang alliance?” or “how many inmates were in the prison?”',
			});
		}
		// "I read that the guards walked off. Which outlet reported this?": asked of what was told, where that finds it.
		const cleaned = cleanMarkup(text.slice(0, maxQuestionLength));
		const after = askedAfterTelling(cleaned);
		const story = readStory(cleaned);
		// (Unless the question doubts what was told: "…in 2019. What's the real date?")
		const stranger = after && !(story && doubtedStory(story)) && this.#pointedStranger(after);
		if (stranger) return this.#notFound(question, { heading: `The report doesn’t mention ${stranger}.` });
		// "The coalition chief who threatens to escalate - what was his job?": asked of the one the role names.
		const described = this.#describedPerson(cleaned);
		if (described) {
			const answer = this.ask(described);
			if (answer.found) return { ...answer, question };
		}
		const asked = story && askedOfStory(story);
		if (asked) {
			const answer = this.ask(asked);
			if (answer.found) return { ...answer, question };
		}
		// "A buddy told me it was a Monday. On what day does the report say the siege actually happened?": what
		// was told says what is asked about; its values are what the question doubts, so they are left out.
		// ("Ppl keep saying 2022 for the Moïse killing. When?": the figures and dates others are said to give are doubted
		// too, though not the places and names they tell of.)
		const doubted = story && doubtedStory(story);
		const undoubted =
			story && (doubted || heardThenAsked(story)) ? this.#withoutValues(story.told, doubted) : undefined;
		if (story && undoubted !== undefined && undoubted !== story.told) {
			const answer = this.ask(`${undoubted}. ${story.question}`);
			if (answer.found) return { ...answer, question };
		}
		// "I read that the gangs surrounded the jail. Is that right? Which day was it?": the question, of what was told.
		if (story?.checked) {
			const answer = this.ask(`${story.told}. ${story.question}`);
			if (answer.found) return { ...answer, question };
		}
		// "If the prison siege was Saturday night, what day was the port attack?": what is supposed is only what the
		// report tells, so the question is asked as it stands without it.
		const supposition = supposedThenAsking(cleaned);
		const supposed = supposition ? this.claims(supposition.supposed) : [];
		if (supposition && this.#onlyTold(supposed)) {
			const answer = this.ask(supposition.asked);
			if (answer.found) return { ...answer, question };
		}
		// ("If the siege was on a Monday, what day was the port attack?": a supposition the report gainsays is no ground
		// to answer from.)
		// (A figure supposed otherwise is a hypothesis to work from: "if the inmates had been 700, what share…".)
		const gainsaid = supposed.find(differingDate);
		if (gainsaid) return this.#notFound(question, { heading: `The report doesn’t say so. ${gainsaid.report}` });
		// "Does the report give an exact number of inmates who escaped?": yes, with the value; no, with what it says instead.
		const gives = reportGivesAsked(read.cleaned);
		if (gives?.speaker) return this.#saidWhich(question, gives.asked, gives.speaker);
		if (gives) return this.#reportGives(question, gives.asked, gives.noun);
		// "Barbecue warns attacks will escalate. Who is this Barbecue man?": who one named is, asked after what was told of
		// them, is asked of them alone.
		const identity = after && identityAsked.test(fold(after.asked)) && this.#namedIn(after.asked).length > 0;
		const alone = identity ? this.ask(after.asked) : undefined;
		if (alone?.found) return { ...alone, question };
		const frame = readFrame(read);
		const answer = this.#askRead(question, read, frame);
		if (answer.found) return answer;
		// "Did the guards stay or leave?": of two verbs, the one the report tells of what the one named did.
		const [either, or] = verbAlternatives(read.cleaned) ?? [];
		const told = either && or ? [this.#askOne(either), this.#askOne(or)].filter((one) => one.found) : [];
		if (told.length === 1 && told[0]) return { ...told[0], question };
		// "Why did the UN decide to lead the force?": with no reason given, the report may still say that what the
		// question takes for granted is not so.
		const premise = frame.kind === 'why' ? this.#deniedPremise(question, read) : undefined;
		if (premise) return premise;
		return (
			(after && this.#askedAfterTelling(question, after)) ??
			this.#withoutClause(question, read) ??
			this.#askedAfterRemark(question, cleaned) ??
			this.#askedAsOccurrence(question, read, frame) ??
			answer
		);
	}

	/**
	 * Do a text's claims say only what the report tells, each matching it? A name alone that matches tells nothing
	 * of what is supposed of it ("if Henry quits").
	 */
	#onlyTold(claims: readonly Claim[]): boolean {
		return claims.length > 0 && claims.every((claim) => claim.verdict === 'matches' && !nameOnly(claim, this.index));
	}

	/**
	 * "My neighbor says that prison was packed tighter than a tap-tap, how many were really inside in early 2023?": a
	 * remark, a comma, then a question of its own; the question asked alone, where what it finds is about what the
	 * remark names.
	 */
	#askedAfterRemark(question: string, cleaned: string): Answer | undefined {
		const found = /^(.{6,160}?),\s*((?:how|what|who|when|where|why|which)\b[^,]{6,}\?*)\s*$/iu.exec(cleaned);
		const [, remark = '', asked = ''] = found ?? [];
		// (A remark tells something, with a verb; a question that points back at it with a pronoun is asked of it.)
		if (!found || askingWord.test(remark) || !toldVerb.test(remark) || pronounBack.test(asked)) return undefined;
		const named = new Set(this.#namedIn(remark).map((entity) => entity.id));
		const answer = this.ask(asked);
		const about = answer.items.some((item) => this.base.entitiesOf(item.fact).some((id) => named.has(id)));
		return answer.found && about ? { ...answer, question } : undefined;
	}

	/** "When did the siege start?", where the report tells no start: when it happened, if the report dates that. */
	#askedAsOccurrence(question: string, read: ReadText, frame: Frame): Answer | undefined {
		// ("What day and time did it begin?" asks the same of when it happened: the words that ask for a day stay, and
		// are answered as they are of it. Not an hour, which "Saturday night" would seem to give, nor a calendar date.)
		// ("…what time of day did they start the siege?" asks a part of the day, which "Saturday night" gives.)
		const said = read.words.join(' ');
		const partOfDay = /\btime of (?:the )?day\b/.test(said) && !/\b(?:hour|exactly|precisely|exact)\b/.test(said);
		const plainWhen = frame.kind === 'when' && (!frame.timeOfDay || partOfDay) && !frame.calendarDate;
		// ("When did the siege start, sat or sun?": the days offered are asked of when it happened too.)
		const offered = guessIn(read.cleaned);
		const words = offered && /\s(?:or|ou|oswa)\s/iu.test(offered.guess) ? readText(offered.question).words : read.words;
		const asked = plainWhen ? asOccurrence(words) : undefined;
		if (!asked) return undefined;
		const answer = this.ask(asked);
		// (One event, dated: "when did Henry start?" finds all he did, none of it the start asked.)
		return answer.found && answer.items.length === 1 ? { ...answer, question } : undefined;
	}

	/**
	 * "Que Dieu vous bénisse, combien de détenus…", "Lapè Kris la avè nou, kiyès ki te di…": an opening clause with
	 * nothing the report has a word for, and no question word, is a greeting or a blessing, however it is worded.
	 * (Not one that sets a time or names something the report knows: "In February 2023, how many…".)
	 */
	#withoutBlessing(text: string): string {
		let rest = text;
		for (let clauses = 0; clauses < maxOpeningClauses; clauses++) {
			const found = openingClause.exec(rest);
			const after = found ? rest.slice(found[0].length) : '';
			if (!found?.[1] || /\d/.test(found[1]) || !opensQuestion.test(fold(after))) break;
			const words = fold(found[1].toLowerCase()).match(/\p{L}+/gu) ?? [];
			const asks = askingWord.test(words.join(' '));
			const known = words.some(
				(word) =>
					!stopwords.en.has(word) &&
					!stopwords.fr.has(word) &&
					!stopwords.ht.has(word) &&
					this.index.hasWord(normalize(word)),
			);
			if (asks || known || this.index.matchEntities(found[1]).length > 0) break;
			// ("Pardon an old reader's nosiness, but in which city…": the joiner after it opens nothing.)
			rest = after.replace(/^(?:but|and|so|mais|et|donc|men|epi)\s+/iu, '');
		}
		return rest;
	}

	/**
	 * "quick check before class: in which month…": words before a colon that the report has none of, ahead of a
	 * question, only introduce it. ("The prison: how many…" keeps what it is about.)
	 */
	#withoutPreamble(text: string): string {
		// (Read past Discord's markup: "ANNOUNCEMENT from Pastor: <@…> bot, how many…".)
		const cleaned = cleanMarkup(text);
		const found = preamble.exec(cleaned);
		if (!found?.[1]) return text;
		const words = fold(found[1].toLowerCase()).match(/\p{L}+/gu) ?? [];
		const known = (word: string) => !stopwords.en.has(word) && this.index.hasWord(normalize(word));
		// ("Brothers and sisters, help me with the arithmetic for my sermon: how many years…": what the asker needs it
		// for, whatever words of the report it has.)
		const askers = words.some((word) => askerWords.has(word));
		// ("you asked in #kesyon so here: how many years…": what hands the question over ends on "here".)
		const handedOver = /\bhere(?:\s+(?:goes|you\s+go|it\s+is))?\s*$/iu.test(found[1]);
		if (
			words.length === 0 ||
			(!askers && !handedOver && words.some(known)) ||
			this.index.matchEntities(found[1]).length > 0
		)
			return text;
		// ("Pastor Jean asked me — which outlet…": before a dash, only someone asking the asker; "the Kenya force thing —
		// do we know…" names what is asked about.)
		if (!found[0].includes(':') && !(askers && askingVerb.test(found[1]))) return text;
		// ("Media outlets only: which ones does the report cite?": "ones" are of the kind the preamble names.)
		if (/^\W*(?:which|what)\s+ones\b/iu.test(cleaned.slice(found[0].length))) return text;
		return cleaned.slice(found[0].length);
	}

	/**
	 * What a why-question takes for granted, asked whether it is so ("why is the UN leading the force?" → "is the UN
	 * leading the force?"): the answer where the report says it is not, with what it says instead; else undefined.
	 */
	#deniedPremise(question: string, read: ReadText): Answer | undefined {
		const found = whyOpening.exec(read.cleaned);
		const rest = found ? read.cleaned.slice(found[0].length) : '';
		if (!rest) return undefined;
		// ("Why did the UN lead it?" takes for granted that the UN lead it: held against the report as a statement.)
		const done = doneAuxiliary.exec(rest);
		const asked = done
			? `${premiseOpening[read.language]} ${rest.slice(done[0].length)}`
			: auxiliaryFirst.test(rest)
				? rest
				: `${premiseOpening[read.language]} ${rest}`;
		const answer = this.#askOne(asked);
		return answer.found && /^(?:No|Not)\b/.test(answer.heading ?? '') ? { ...answer, question } : undefined;
	}

	/** The question with the names typed as they sound written as the data writes them. */
	#byEar(text: string): string {
		this.#namesByEar ??= new NamesByEar(
			this.base.entities.flatMap((entity) =>
				[entity.name, ...entity.aliases]
					.flatMap((name) => name.split(/\s+/))
					.filter((word) => /^\p{Lu}/u.test(word) && !isEnglishWord(word.toLowerCase()))
					.map((word): [string, string] => [word, entity.id]),
			),
		);
		return this.#respelt(respeltByEar(text, this.#namesByEar, (word) => this.#isWord(word)));
	}

	/**
	 * "who was the presiden befor moiz": a word of no language the reader knows, a word of the data with a letter left
	 * out, written as that word, so that what reads a question's words (a title, a verb) reads it too.
	 */
	#respelt(text: string): string {
		// (Of a word's length, not of any run of letters: "aaaa…" a hundred thousand long is no slip of a word.)
		return text.replace(/(?<![\p{L}'’-])\p{Ll}{5,24}(?![\p{L}'’-])/gu, (typed) => {
			const word = fold(typed);
			if (isEnglishWord(word) || isLexiconWord(word) || this.index.hasWord(normalize(word))) return typed;
			// (Only a letter left out, into English: "faite" is French, not "faire"; "torch" is no "touch" mistyped.)
			const spelled = this.index.respelled(word);
			return spelled && spelled.length === word.length + 1 && isEnglishWord(spelled) ? spelled : typed;
		});
	}

	/** A word of the data, of English, or of the lexicons: no name typed by ear. */
	#isWord(typed: string): boolean {
		const word = fold(typed.toLowerCase());
		if (this.index.hasWord(normalize(word)) || isEnglishWord(word) || isLexiconWord(word)) return true;
		// "Money-wise": English words joined. "Secruity": a word of the data, mistyped.
		if (word.includes('-') && word.split('-').every((part) => isEnglishWord(part) || isLexiconWord(part))) return true;
		return /^\p{L}{5,}$/u.test(word) && this.index.respelled(word) !== undefined;
	}

	/** "What kind of group is RNDDH that counted the prisoners?": asked without the clause that says which RNDDH. */
	#withoutClause(question: string, read: ReadText): Answer | undefined {
		// ("What is the gang alliance that Barbecue heads actually called?": the name asked for is the main clause's, however
		// far from its verb.)
		// (So is one the asker guesses after: "…actually called? G9? Viv Ansanm?")
		if (/\b(?:called|named)\s*(?:[?!.]*\s*$|\?)/iu.test(read.cleaned)) return undefined;
		const shortened = withoutClauseAfterName(read.cleaned, (text) => this.#endsWithName(text));
		if (!shortened) return undefined;
		const answer = this.ask(shortened);
		return answer.found ? { ...answer, question } : undefined;
	}

	/** Does the text end with a name the report knows ("…is this RNDDH"), with all of the name's words? */
	#endsWithName(text: string): boolean {
		const words = termsOf(text);
		const last = words.at(-1);
		return (
			last !== undefined && this.index.matchEntities(words.slice(-4).join(' ')).some((match) => match.covered.has(last))
		);
	}

	/**
	 * "Did RNDDH say how many inmates there were?": the question asked, yes where the one named is who the report
	 * credits with the answer, no where it credits another; where the report has no answer, neither did they.
	 */
	#saidWhich(question: string, asked: string, speaker: string): Answer {
		const answer = { ...this.ask(asked), question };
		const named = this.#namedIn(speaker);
		if (!answer.found || named.length === 0) return answer;
		const credited = answer.items.some((item) =>
			this.base.entitiesOf(item.fact).some((id) => named.some((entity) => entity.id === id)),
		);
		const name = named[0]?.name ?? speaker;
		return { ...answer, heading: credited ? `Yes, ${name}.` : `No, not ${name}. The report says:` };
	}

	/**
	 * "My cousin in Gonaïves says the prison there was attacked. How many are held in that prison?": a question
	 * that points back to what the story ends on, where that names a place or name the report never mentions,
	 * is about that one, not the report's.
	 */
	#pointedStranger(after: { told: string; asked: string }): string | undefined {
		const last = after.told.split(/(?<=[.!…])\s+/u).at(-1) ?? after.told;
		if (!pointsBackTo(fold(after.asked), fold(last))) return undefined;
		// Only a place the story puts something in ("in Gonaïves"): "your Tonton Fritz…" is who told it.
		return this.#strangersIn(last).find((stranger) =>
			new RegExp(
				`(?:\\b(?:in|at|near|à|a|au|aux|dans|nan|lan|de)|${fromNotOrigin})\\s+(?:the\\s+)?${escapeRegExp(stranger)}`,
				'iu',
			).test(last),
		);
	}

	/**
	 * "When I was young in Jacmel they called that prison hell. But how many prisoners were in it in
	 * February 2023?", "grandma says she forgets names now, shes 84 lol. who is the prime minister
	 * again": a story of the asker's own, which kept the message whole from an answer, then what they
	 * ask, asked alone (its pronouns said as the one name the story gives).
	 */
	#askedAfterTelling(question: string, after: { told: string; asked: string }): Answer | undefined {
		const resolved = resolvePronoun(after.asked, after.told, (part) => this.#namedIn(part));
		// Not where the question asks of what was told ("who reported that?", "who is right?"); "what kind of
		// organization is it?" asks of the one the story names.
		const asked = fold(after.asked);
		const endsWithIt = /\bit\s*[?!.]*$/.test(asked);
		const ofTold = askedOfTold.test(asked) && !(endsWithIt && resolved && !reportingWords.test(asked));
		if (this.#namesStranger(after.asked) || ofTold) return undefined;
		const answer = this.ask(resolved ?? after.asked);
		return answer.found ? { ...answer, question } : undefined;
	}

	/**
	 * The question after a description of someone, its pronoun said as the one person the description's
	 * role names ("the gang boss" is the gang leader the report names); undefined where it names no one
	 * or more than one.
	 */
	#describedPerson(text: string): string | undefined {
		const described = describedThenAsked(text);
		if (!described) return undefined;
		const people = new Set(
			roleHoldersIn(described.head, this.index, this.base).filter((entity) => entity.kind === 'person'),
		);
		const [person, ...others] = people;
		if (!person || others.length > 0) return undefined;
		return resolvePronoun(described.asked, person.name, (part) => this.#namedIn(part));
	}

	/** A question read, answered whole or part by part. */
	#askRead(question: string, read: ReadText, frame: Frame): Answer {
		// "Headcount at the penitentiary in Feb 2023 - figure, and compiled by whom?": what is asked, answered by a fact
		// that names its source; where the report has nothing of what is asked, it has nothing of whose it is either.
		const asked = askedBeforeSource(read.cleaned);
		const sourced = asked === undefined ? undefined : this.ask(asked);
		const [first] = sourced?.items ?? [];
		if (sourced && (!sourced.found || (first && sourcesOf(first.fact).some(Boolean)))) return { ...sourced, question };
		// "Saw on TikTok that…, is that in the report?" is one statement put up to be checked, however it is split.
		const tagged = statementToCheck(read.cleaned, fold(read.cleaned)) !== undefined;
		return (
			(tagged || this.#guessesName(read.cleaned, frame.kind)
				? undefined
				: answerSeveral(
						question,
						read.cleaned,
						frame.kind,
						(part) => this.#askOne(part),
						(part) => this.#namedInOrder(part),
						(answer, person, credited) => {
							const about = answer.items.flatMap((item) => this.base.entitiesOf(item.fact));
							const [first] = answer.items;
							// ("Which group counted the inmates n what yr did they first warn…": "they" is the group that counted.)
							const agent = credited && first ? agentOf(first.fact, this.base)?.id : undefined;
							const id = person
								? about.find((entity) => this.base.entity(entity)?.kind === 'person')
								: (agent ?? first?.fact.about[0]);
							return id ? this.base.name(id) : undefined;
						},
						(part, context) => this.#pointedTo(part, context),
					)) ?? this.#answerer.answer(question, read, frame)
		);
	}

	/**
	 * "Who said it, was it AyiboPost?": a who-question with a name guessed after it is one question
	 * whose answer says whether the guess is right, not two to answer apart.
	 */
	#guessesName(text: string, kind: FrameKind): boolean {
		if (kind !== 'who' && kind !== 'whoSaid') return false;
		const found = guessIn(text);
		if (!found) return false;
		const [match, ...more] = this.index.matchEntities(found.guess);
		return match !== undefined && more.length === 0 && match.covered.size >= termsOf(found.guess).length;
	}

	/** The names a part names, in the order it names them: "the security council … the armed force". */
	#namedInOrder(part: string): string[] {
		const words = termsOf(part);
		const at = (covered: ReadonlySet<string>) => Math.min(...[...covered].map((term) => words.indexOf(term)));
		const matches = this.index.matchEntities(part);
		// ("Haiti's largest prison" names the prison: Haiti is only part of its name.)
		const within = (inner: ReadonlySet<string>) =>
			matches.some(({ covered }) => covered.size > inner.size && [...inner].every((term) => covered.has(term)));
		return matches
			.filter((match) => !within(match.covered))
			.map((match) => ({ name: match.entity.name, at: at(match.covered) }))
			.sort((a, b) => a.at - b.at)
			.map((match) => match.name);
	}

	/**
	 * A question that points back to the story before it: the pronoun said as the one name the story
	 * gives; else, where the story and the question together find nothing, the question alone, if
	 * that finds something ("…but he hasn't. On what date was he supposed to step aside?").
	 */
	#pointedTo(part: string, context: string): string | undefined {
		const resolved = resolvePronoun(part, context, (text) => this.#namedIn(text));
		if (resolved) return resolved;
		// "…the other lockup out in Croix-des-Bouquets - did that one get hit too": what the story points to is a
		// place or name the report never mentions; the question alone would be answered about another.
		if (this.#namesStranger(context)) return `${context}, ${part}`;
		if (this.#askOne(`${context}, ${part}`).found) return undefined;
		const alone = this.#askOne(part);
		if (!alone.found) return undefined;
		// "He" is someone: "the kingpin told families to keep the little ones home - what was he saying they might
		// get caught up in?" is not answered by what Reuters' sources said of the prisoners.
		const someone = /\b(?:he|she|him|her|his|hers|li)\b/.test(fold(part));
		const aboutSomeone = alone.items.some((item) =>
			this.base.entitiesOf(item.fact).some((id) => this.base.entity(id)?.kind === 'person'),
		);
		return !someone || aboutSomeone ? part : undefined;
	}

	/**
	 * The entities a sentence names, read in its own language: French "un fils" names no UN, as the
	 * raw words would. (In French or Creole, a word of a letter or two is a name only typed in capitals.)
	 */
	#namedIn(text: string): Entity[] {
		const read = readText(text);
		const typedAsName = (word: string) =>
			read.language === 'en' || word.length > 2 || new RegExp(`\\b${word.toUpperCase()}\\b`, 'u').test(text);
		// ("What kind of organization is it?": the kind asked for names no one.)
		const kindAsked = (i: number) =>
			read.words[i - 1] === 'of' && /^(?:kinds?|sorts?|types?)$/.test(read.words[i - 2] ?? '');
		const words = read.words.filter(
			(word, i) => !stopwords[read.language].has(word) && typedAsName(word) && !kindAsked(i),
		);
		return this.index.matchEntities(words).map((match) => match.entity);
	}

	/** Does a text name something, as typed with capitals, that the report never mentions? */
	#namesStranger(text: string): boolean {
		return this.#strangersIn(text).length > 0;
	}

	/** The places and names a text gives that the report never mentions. */
	#strangersIn(text: string): string[] {
		const read = readText(text);
		const query = buildQuery(readFrame(read).rest, read.language, this.index, this.base);
		return strangersIn(read.cleaned, query, this.index);
	}

	/**
	 * Whether the report gives a value of a kind, answered from the question that asks for it: yes
	 * with the answer, no with the fact that says the value is not known, or no with what the report
	 * does say nearby.
	 */
	#reportGives(question: string, asked: string, noun: string): Answer {
		const answer = this.ask(asked);
		// "How many inmates escaped?" answered with "it is not clear how many…": the report gives none.
		const unknownOnly = answer.items.length > 0 && answer.items.every((item) => plainlyUnsure(item.fact));
		if (answer.found && unknownOnly)
			return { ...answer, question, heading: `No: the report gives no ${noun} for it, and says it is not known.` };
		// "…a number of homicides for 2023?" answered with "more than doubled": what it says, but no number.
		const counted = ['number', 'figure', 'count', 'tally', 'total'].includes(noun);
		if (
			answer.found &&
			counted &&
			!answer.items.some((item) => valuesIn(item.text).some((value) => value.kind === 'number'))
		)
			return { ...answer, question, heading: `No: the report gives no ${noun} for it; it says:` };
		if (answer.found) {
			const heading =
				answer.heading && /^(?:yes|no)\b/i.test(answer.heading) ? answer.heading : `Yes. ${answer.heading ?? ''}`;
			return { ...answer, question, heading: heading.trim() };
		}
		// ("Does the report give the names of the police unions?": no, with what it calls them instead; what it says is
		// not known is no name of anything.)
		if (noun === 'name' || noun === 'names') {
			const instead = answer.heading?.replace(/^The report doesn’t name (?:them|it|him|her)(?=:)/u, '');
			return {
				...answer,
				question,
				heading:
					instead && instead !== answer.heading
						? `No: the report gives no ${noun}${instead}`
						: `No: the report gives no ${noun} for it.`,
			};
		}
		const unclear = answer.suggestions
			.flatMap((suggestion) => this.base.fact(suggestion.query) ?? [])
			.find(plainlyUnsure);
		// "Does the report give a number for police officers killed?": asked for, it has none; the question read as a
		// yes or no would only find facts that share its words.
		if (!unclear) return { ...answer, question, heading: `No: the report gives no ${noun} for it.` };
		return {
			...this.#facts(question, [unclear]),
			heading: `No: the report gives no ${noun} for it, and says it is not known.`,
		};
	}

	/**
	 * What was told without its values: numbers, dates, days and months, and (unless `names` is false)
	 * names the report does not have ("…sanctioned only by France" → "…sanctioned only by").
	 */
	#withoutValues(told: string, names = true): string {
		const values = valuesIn(told).sort((a, b) => b.start - a.start);
		const bare = values.reduce((text, value) => `${text.slice(0, value.start)}${text.slice(value.end)}`, told);
		return bare
			.split(/\s+/)
			.filter((word, i) => {
				const letters = word.replace(/[^\p{L}'’-]/gu, '');
				if (isCalendarWord(letters)) return false;
				if (!names) return true;
				// A capitalised word past the first that names nothing the report has.
				if (i === 0 || !/^\p{Lu}/u.test(letters) || this.index.matchEntities(letters).length > 0) return true;
				return termsOf(letters).some((term) =>
					this.index.matchTerm(term).some((match) => !match.related && match.similarity === 1),
				);
			})
			.join(' ');
	}

	/** One question of a message that may ask several. */
	#askOne(question: string): Answer {
		const read = readText(question);
		if (read.words.length === 0) return this.#notFound(question, {});
		return this.#answerer.answer(question, read, readFrame(read));
	}

	/**
	 * What the report says about a message someone posted, claim by claim: each number, date,
	 * change, description or credit in it held against the fact about the same subject and
	 * measure. For moderators countering rumours.
	 */
	check(message: string): Answer {
		const question = message.trim();
		if (!question) return this.#notFound(message, { heading: 'The message has no text to check.' });
		const claims = this.claims(question);
		const notes = claims.map(describeClaim);
		const facts = [...new Set(claims.flatMap((claim) => claim.facts))];
		if (facts.length === 0) {
			return this.#notFound(question, { heading: 'The report says nothing about what this message says.', notes });
		}
		return {
			kind: 'check',
			question,
			found: true,
			heading: 'What the report says about this message',
			items: facts.slice(0, maxCheckedFacts).map((fact) => this.#item(fact)),
			notes,
			suggestions: [],
		};
	}

	/**
	 * The claims a message makes and the report's verdict on each: "matches" only when the fact
	 * about that subject and measure gives the same value.
	 *
	 * @example
	 * engine.claims('the prison held 700 inmates'); // [{ text: '700 inmates', verdict: 'differs', … }]
	 */
	claims(message: string): Claim[] {
		const typed = message.slice(0, maxMessageLength);
		// A message typed in capitals is checked as written in small letters; each claim is still the span typed.
		const lowered = unshouted(typed, this.#initialisms);
		const written = lowered.length === typed.length ? lowered : typed;
		const claims = readingOnce(() => checkClaims(this.base, this.index, written, { asWritten: true }));
		if (written === typed) return claims;
		return claims.map((claim) => {
			const at = written.indexOf(claim.text);
			return at < 0 ? claim : { ...claim, text: typed.slice(at, at + claim.text.length) };
		});
	}

	/**
	 * Facts and entities whose words match what someone is typing, best first: what autocomplete
	 * offers. Empty text gets the people, groups and places the report is about.
	 */
	complete(input: string, limit = 25): Suggestion[] {
		const text = input.slice(0, maxQuestionLength);
		const typed = normalize(text);
		const entities = this.#named(
			typed,
			this.base.entities.filter((entity) => entity.kind !== 'country' && entity.kind !== 'place'),
		).map((entity) => ({ label: entity.name, query: entity.id }));
		if (!typed) return entities.slice(0, limit);
		const fromIndex = [
			...this.index.matchEntities(text).map(({ entity }) => ({ label: entity.name, query: entity.id })),
			...this.index.search(text, undefined, limit).hits.map(({ fact }) => ({ label: fact.answer, query: fact.id })),
		];
		const seen = new Set<string>();
		return [...entities, ...fromIndex].filter(({ query }) => !seen.has(query) && seen.add(query)).slice(0, limit);
	}

	/** Coalitions whose name or alias matches what someone is typing; all of them for empty text. */
	coalitions(text = ''): Suggestion[] {
		const typed = normalize(text);
		const coalitions = this.base.entities.filter((entity) => entity.kind === 'coalition');
		const byName = this.#named(typed, coalitions);
		const matched = byName.length > 0 ? byName : this.index.matchEntities(text).map(({ entity }) => entity);
		return matched
			.filter((entity) => entity.kind === 'coalition')
			.map((entity) => ({ label: entity.name, query: entity.id }));
	}

	/** The entities whose name or an alias contains the (normalised) typed text; all of them for none. */
	#named(typed: string, entities: readonly Entity[]): Entity[] {
		return entities.filter((entity) => !typed || this.#names.get(entity.id)?.some((name) => name.includes(typed)));
	}

	/** A guild's digest: the standing answers, and what is new since its previous one. */
	digest(previous: PreviousDigest | undefined): Digest {
		return composeDigest(this, previous);
	}

	/** The reports and how many facts they give: see `AnswerSource`. */
	get sources(): Sources {
		return { reports: this.base.reports, facts: this.base.facts.length };
	}

	/** What the bot knows and how: reports, fact counts by basis, how facts are sourced. */
	about(): Answer {
		const count = (basis: Fact['basis']) => this.base.facts.filter((fact) => fact.basis === basis).length;
		const reports = this.base.reports.map((report) => {
			const metadata = [report.outlet, report.published].filter(Boolean).join(', ');
			const notes = [report.publishedNote, report.metadataNote].filter(Boolean).map((note) => ` ${note}`);
			return `“${report.label}”${metadata ? ` (${metadata})` : ''}: ${report.paragraphs.length} paragraphs, added ${report.added}.${notes.join('')}`;
		});
		const latest =
			this.base.facts
				.map((fact) => fact.added)
				.sort()
				.at(-1) ?? 'never';
		const newest = this.base.facts.filter((fact) => fact.added === latest).length;
		return {
			kind: 'about',
			question: 'About',
			found: true,
			heading: 'What I know, and how',
			items: [],
			notes: [
				`${this.base.reports.length === 1 ? 'One report' : `${this.base.reports.length} reports`}: ${reports.join(' ')}`,
				`${this.base.facts.length} facts (${count('stated')} stated, ${count('inferred')} inferred, ${count('derived')} derived) about ${this.base.entities.length} people, groups and places; ${newest === this.base.facts.length ? `all added ${latest}` : `the latest ${newest === 1 ? 'one was' : `${newest} were`} added ${latest}`}.`,
				`Every fact quotes its report word for word and names its paragraph. Stated facts are what a report says; inferred facts are conclusions from stated ones and say so; derived figures show their arithmetic.${this.base.reports.length > 1 ? ' Figures reported more than once show every value with its source: the latest first, corrections kept, disagreements side by side.' : ''}`,
				`When ${this.#sources()} do${this.base.reports.length === 1 ? 'es' : ''} not answer a question, I say so rather than guess.`,
			],
			suggestions: [],
		};
	}

	/** Facts that match a text well enough to count as being about it. */
	#relevant(text: string): Hit[] {
		const result = this.index.search(text);
		return result.hits.filter((hit) => answers(result, hit));
	}

	#resolve(text: string, kind: Entity['kind']): Entity | undefined {
		const byId = this.base.entity(text.trim());
		if (byId?.kind === kind) return byId;
		return this.index.matchEntities(text).find((match) => match.entity.kind === kind)?.entity;
	}

	#entityCard(question: string, entity: Entity): Answer {
		// What the entity is comes first, then what it leads.
		const details = this.base.facts
			.filter((fact) => fact.kind === 'detail' && fact.subject === entity.id)
			.sort((a, b) => this.base.reportOrder(a, b));
		const leads = this.base.facts.filter(
			(fact) => fact.kind === 'leadership' && (fact.leader === entity.id || fact.coalition === entity.id),
		);
		const own = [...details, ...leads];
		// ("Give me everything the report says about Barbecue": all of it, what they are first.)
		const all = everythingAsked.test(normalize(question));
		const involving = () => this.base.facts.filter((fact) => this.base.entitiesOf(fact).includes(entity.id));
		const facts =
			own.length > 0 && !all
				? own
				: [...own, ...involving().filter((fact) => !own.includes(fact))].slice(0, all ? maxEverything : maxItems);
		if (facts.length === 0)
			return this.#notFound(question, { heading: `The report says nothing about ${entity.name}.` });
		return { ...this.#facts(question, facts), kind: 'entity', heading: this.#calledAs(question, entity) };
	}

	/**
	 * The name the report uses, and the one the question used where it is another of the same one's
	 * names: "is Barbecue his real name?" → "Jimmy Sergier, also called “Barbecue”".
	 */
	#calledAs(question: string, entity: Entity): string {
		const asked = normalize(question);
		// (Not a part of the name itself: "Sergier" is no other name of Jimmy Sergier.)
		const ownWords = new Set(normalize(entity.name).split(/\s+/));
		const alias = entity.aliases.find(
			(name) =>
				/^\p{Lu}/u.test(name) &&
				!ownWords.has(normalize(name)) &&
				new RegExp(`(?<![\\p{L}])${escapeRegExp(normalize(name))}(?![\\p{L}])`, 'u').test(asked),
		);
		return alias && !asked.includes(normalize(entity.name)) ? `${entity.name}, also called “${alias}”` : entity.name;
	}

	#facts(question: string, facts: Fact[]): Answer {
		// A figure reported several times is answered with its latest value, the others beside it.
		const leads = [...new Set(facts.map((fact) => this.series.lead(fact)))];
		return {
			kind: 'facts',
			question,
			found: true,
			items: leads.map((fact) => this.#item(fact)),
			notes: [],
			suggestions: [],
		};
	}

	#item(fact: Fact, label?: string): AnswerItem {
		const supportIds = fact.kind === 'figure' && fact.derivation ? fact.derivation.of : (fact.basedOn ?? []);
		const support = supportIds.flatMap((id) => {
			const input = this.base.fact(id);
			return input ? [sourceOf(input)] : [];
		});
		const item: AnswerItem = { fact, text: fact.answer, source: sourceOf(fact), support };
		if (label) item.label = label;
		const place = this.chronology.placeOf(fact);
		if (place?.resolved && !label?.startsWith(capitalise(place.words))) item.resolvedDate = placeLabel(place);
		if (fact.kind === 'figure') this.#withSeries(item, fact);
		if (fact.note) item.note = fact.note;
		if (fact.kind === 'figure' && fact.derivation) {
			const inputs = fact.derivation.of.map((id) => this.base.fact(id));
			const [a, b] = inputs.map((input) => (input?.kind === 'figure' ? (input.value ?? Number.NaN) : Number.NaN));
			item.arithmetic = `${showArithmetic(fact.derivation.op, a ?? Number.NaN, b ?? Number.NaN)}${this.#whoseInputs(inputs)}`;
		}
		return item;
	}

	/** Whose figures a derived one is worked out from, as the arithmetic's tail: " (both figures per RNDDH)". */
	#whoseInputs(inputs: readonly (Fact | undefined)[]): string {
		const whose = inputs.map((input) =>
			input?.kind === 'figure' && input.reportedBy ? this.base.name(input.reportedBy) : undefined,
		);
		const [first, second] = whose;
		if (!first && !second) return '';
		if (first === second) return ` (both figures per ${first})`;
		const shown = inputs.map((input, i) =>
			input?.kind === 'figure' && input.value !== null && whose[i]
				? `${input.value.toLocaleString('en-US')} per ${whose[i]}`
				: undefined,
		);
		return ` (${shown.filter(Boolean).join('; ')})`;
	}

	#notFound(
		question: string,
		{ heading, notes = [], suggestions = [] }: { heading?: string; notes?: string[]; suggestions?: Suggestion[] },
	): Answer {
		return {
			kind: 'not-found',
			question,
			found: false,
			heading: heading ?? 'The report doesn’t say.',
			items: [],
			notes,
			suggestions,
		};
	}
}

/**
 * The relevance threshold. Every word of the question must be found in the data (one may be
 * spare in a longer question), and the fact must account for all of a short question and most
 * of a longer one. Below that the report does not answer the question, however close a fact is.
 */
function answers(result: SearchResult, hit: Hit): boolean {
	const long = result.terms.length >= 3;
	return result.unmatched.length <= (long ? 1 : 0) && hit.coverage >= (long ? 0.6 : 1);
}

function quoteList(facts: Fact[]): string {
	const phrases = [...new Set(facts.map((fact) => whenOf(fact)?.words).filter(Boolean))];
	return phrases.map((words) => `“${words}”`).join(', ');
}

/** A verb that tells something, in a remark before a question: "says", "was packed". */
const toldVerb =
	/(?<!\p{L})(?:is|was|were|are|says?|said|been|has|had|have|heard|told|claims?|claimed|\p{L}{3,}ed)(?!\p{L})/iu;

/** A pronoun that points back at what was said before: "when will it deploy". */
const pronounBack = /(?<!\p{L})(?:it|its|they|them|their|he|him|his|she|her)(?!\p{L})/iu;
