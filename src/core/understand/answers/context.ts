/**
 * What every kind of answer works with: the engine's tools, the ranking of facts against a
 * question, suggestions, and the reply that says what the report does not say.
 */
import type { Entity, Fact } from '../../../data/schema.js';
import type { Answer, AnswerItem, Suggestion } from '../../answer.js';
import type { CalendarPlace } from '../../calendar.js';
import type { TimelineOptions } from '../../engine.js';
import type { FactBase } from '../../fact-base.js';
import type { SearchIndex } from '../../search-index.js';
import { terms as termsOf } from '../../text.js';
import { setsAside } from '../cues.js';
import type { Frame } from '../frame.js';
import { answerOptions } from '../options.js';
import { clauseOnly, type Query } from '../query.js';
import { onTopic, type Ranked, rank } from '../rank.js';

/** What the answerer needs from the engine: the data, and how the engine shapes answers. */
export interface AnswerTools {
	base: FactBase;
	index: SearchIndex;
	item(fact: Fact, label?: string): AnswerItem;
	facts(question: string, facts: Fact[], heading?: string): Answer;
	notFound(question: string, parts: { heading?: string; notes?: string[]; suggestions?: Suggestion[] }): Answer;
	entityCard(question: string, entity: Entity): Answer;
	leaders(coalition: string | undefined, question: string): Answer;
	timeline(options: TimelineOptions, question: string): Answer;
	/** Where a fact falls on the calendar, relative dates worked out from the report's date. */
	place(fact: Fact): CalendarPlace | undefined;
}

/** How much of a set-aside clause a fact must account for to be what it sets aside… */
const setAsideCoverage = 0.8;
/** …scoring at least this share of the best that does. */
const setAsideShare = 0.75;

/** No fact favoured: one function, so that rankings asked for twice the same way are recognised as such. */
export const unboosted = (): number => 1;

/** What a question of the time of day is told where no fact gives one. */
export const timeOfDayUntold = 'The report doesn’t give the time of day.';

/** What every kind of answer shares: the tools, ranking, suggestions and saying what the report does not say. */
export class Answering {
	constructor(readonly tools: AnswerTools) {}

	rank(query: Query, boost: (fact: Fact) => number = () => 1): Ranked[] {
		return this.#rank(query, boost).filter((candidate) => onTopic(query, candidate));
	}

	#rank(query: Query, boost: (fact: Fact) => number): Ranked[] {
		const { index, base } = this.tools;
		const ranked = rank(query, index, base, { minCoverage: answerOptions.minCoverage, boost });
		if (ranked.length > 0) return ranked;
		const dominant = this.#dominant(query, boost);
		if (dominant) return [dominant];
		if (query.unknown.length !== 1) return ranked;
		// One word the data does not know, in a question every other word of which one fact has: most
		// likely the asker's word for the fact's ("when did RNDDH first flag the overcrowding").
		const known = query.terms.flatMap((term, i) => (query.unknown.includes(term) || query.vague.has(i) ? [] : [i]));
		if (known.length < answerOptions.minKnownTerms) return ranked;
		// Names alone do not say what is asked of them: "what does the force cost" knows only the force, and
		// a subordinate clause only qualifies what is asked ("what did gunmen grab before the siege"). An
		// unknown word of a subordinate clause only qualifies it in turn ("what was Barbecue before he became…").
		const named = new Set(query.mentions.flatMap((mention) => mention.terms));
		const unknownAt = query.terms.indexOf(query.unknown[0] ?? '');
		const asks = known.filter((i) => !named.has(i) && !query.secondary.has(i));
		if (asks.length === 0 && !query.secondary.has(unknownAt)) return ranked;
		// An unknown word in the clause that qualifies ("…after Moïse died") leaves that clause uncertain: the fact
		// must have what is asked, the main clause's words.
		const main = known.filter((i) => !query.secondary.has(i));
		const required = query.secondary.has(unknownAt) && asks.length > 0 ? main : known;
		// Of the words asked with besides the names, one at least must be the fact's own: "official" only related to
		// the government's is no sign that "what is Haiti's official currency" asks about the government.
		return rank(query, index, base, { minCoverage: answerOptions.oneUnknownCoverage, boost }).filter(
			({ matched, related }) =>
				required.every((i) => (matched & (1 << i)) !== 0) &&
				(asks.length === 0 || asks.some((i) => (matched & ~related & (1 << i)) !== 0)),
		);
	}

	/**
	 * One fact far ahead of every other, that accounts for a little less of the question than an
	 * answer must: the question is about it, put in words of the asker's own ("what kind of
	 * inmates are the unions afraid will break out"). It must tell something besides the names,
	 * and involve everyone the question names, and the question must name someone.
	 */
	#dominant(query: Query, boost: (fact: Fact) => number): Ranked | undefined {
		const { index, base } = this.tools;
		const [top, next] = rank(query, index, base, { minCoverage: answerOptions.dominantCoverage, boost });
		if (!top?.predicate || (next && top.score < next.score * answerOptions.dominance)) return undefined;
		const involved = base.entitiesOf(top.fact);
		const named = query.mentions.filter((mention) => mention.terms.some((i) => !query.secondary.has(i)));
		// Without a name to anchor it, a fact ahead of others in a question it half answers is only a guess,
		// unless it is far ahead on many of the question's words ("who has been telling families to keep
		// their kids out of class?").
		if (named.length === 0) return farAhead(query, top, next) ? top : undefined;
		return named.every((mention) => mention.entities.some((entity) => involved.includes(entity.id))) ? top : undefined;
	}

	/**
	 * The facts a clause the question sets aside tells ("apart from bringing down the government,
	 * what other targets…"): what is set aside is not among the answers. Only those the clause's
	 * words all point to, about as well as to the best.
	 */
	setAside(frame: Frame, query: Query): (fact: Fact) => boolean {
		if (!setsAside(frame) || !query.asideOnly || query.asideOnly.size === 0) return () => false;
		const { index, base } = this.tools;
		// Only what is set aside: "apart from security, which dimensions … deepened after the 2021 assassination" sets
		// aside no fact by its "after" clause.
		const clause = clauseOnly({ ...query, secondary: new Set(query.asideOnly) });
		// A deed takes two words at least, one of them no name ("bringing down the government", "besieging the prison"):
		// one word ("besides criminals") names a kind, names alone ("apart from the capital") a place.
		const named = new Set(clause.mentions.flatMap((mention) => mention.terms));
		const deedWords = clause.terms.filter((_, i) => !clause.vague.has(i) && !named.has(i));
		if (clause.terms.length - clause.vague.size < 2 || deedWords.length === 0) return () => false;
		const ranked = rank(clause, index, base, { minCoverage: setAsideCoverage, boost: unboosted });
		const best = ranked[0]?.score ?? 0;
		const near = ranked.filter(({ score }) => score >= best * setAsideShare).map(({ fact }) => fact);
		// ("Beyond 'notorious criminals', who is among the inmates?": the fact that says it in its own words, where one
		// does, not one readers' words for it only point to.)
		const inOwnWords = near.filter((fact) => {
			const own = new Set(termsOf(fact.quote));
			return deedWords.every((term) => own.has(term));
		});
		const told = new Set(inOwnWords.length > 0 ? inOwnWords : near);
		return (fact) => told.has(fact);
	}

	suggest(query: Query): Suggestion[] {
		const { index } = this.tools;
		// Only the best few are picked, without sorting every fact a common word matches.
		return index
			.search(query.terms, undefined, answerOptions.maxSuggestions)
			.hits.map(({ fact }) => ({ label: fact.answer, query: fact.id }));
	}

	/** The report has facts on the subject but none gives what the frame asks for. */
	doesNotSay(question: string, frame: Frame, ranked: Ranked[], heading?: string): Answer {
		const what: Partial<Record<Frame['kind'], string>> = {
			who: 'who',
			whoSaid: 'who said it',
			when: 'when',
			where: 'where',
			why: 'why',
			count: 'how many',
		};
		// "What religion is he?" asks no "who": the kind it asks for is its own.
		const asked = frame.answerKinds?.includes('other')
			? undefined
			: frame.calendarDate
				? 'the date'
				: frame.exactDay
					? 'on what day'
					: frame.counted[0] === 'age'
						? 'how old'
						: what[frame.kind];
		const said = ranked.slice(0, 2).map(({ fact }) => fact.answer);
		return this.tools.notFound(question, {
			heading: heading ?? (frame.timeOfDay ? timeOfDayUntold : asked ? `The report doesn’t say ${asked}.` : undefined),
			notes: said.length > 0 ? [`What it does say: ${said.join(' ')}`] : [],
			suggestions: ranked
				.slice(0, answerOptions.maxSuggestions)
				.map(({ fact }) => ({ label: fact.answer, query: fact.id })),
		});
	}
}

/**
 * A fact with no name to anchor it that still answers: far ahead of the next (by `unanchoredDominance`),
 * on at least `unanchoredTerms` of the question's words besides vague ones, at `unanchoredCoverage`.
 */
function farAhead(query: Query, top: Ranked, next: Ranked | undefined): boolean {
	let matched = 0;
	query.terms.forEach((_, i) => {
		if (!query.vague.has(i) && (top.matched & (1 << i)) !== 0) matched++;
	});
	return (
		top.coverage >= answerOptions.unanchoredCoverage &&
		matched >= answerOptions.unanchoredTerms &&
		(!next || top.score >= next.score * answerOptions.unanchoredDominance)
	);
}
