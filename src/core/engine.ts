import type { DataSet } from '../data/load.js';
import { type Entity, type Fact, partialDateSchema } from '../data/schema.js';
import { type Answer, type AnswerItem, type Suggestion, sourceOf } from './answer.js';
import { type Claim, checkClaims } from './claims/claims.js';
import { showArithmetic } from './derive.js';
import { FactBase } from './fact-base.js';
import { readText } from './language/read.js';
import { type Hit, type IndexOptions, SearchIndex, type SearchResult } from './search-index.js';
import { capitalise, normalize } from './text.js';
import { QuestionAnswerer } from './understand/answerer.js';
import { readFrame } from './understand/frame.js';
import { compareDates, formatDate, whenOf, withinRange } from './when.js';

export interface TimelineOptions {
	/** Earliest date to include: YYYY, YYYY-MM or YYYY-MM-DD. */
	from?: string;
	/** Latest date to include, same forms. */
	to?: string;
	/** Free text: only events that match it. */
	topic?: string;
}

/** How the engine's index is built; the defaults are what the bot runs. */
export type EngineOptions = IndexOptions;

/**
 * The longest question read: Discord's own limit on the option is 300 characters, and nothing
 * a question says needs more. Longer input is cut before any work is done on it.
 */
const maxQuestionLength = 1_000;
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

/**
 * Answers questions from the fact base. Knows nothing of Discord or the console: every method
 * returns an Answer that a renderer turns into a reply.
 */
export class AnswerEngine {
	readonly base: FactBase;
	readonly index: SearchIndex;

	/** Every entity's name and aliases, normalised once: autocomplete matches them on each keystroke. */
	readonly #names: ReadonlyMap<string, readonly string[]>;
	readonly #answerer: QuestionAnswerer;

	constructor(data: DataSet, options: EngineOptions = {}) {
		this.base = new FactBase(data);
		this.index = new SearchIndex(this.base, options);
		this.#names = new Map(this.base.entities.map((e) => [e.id, [e.name, ...e.aliases].map(normalize)]));
		this.#answerer = new QuestionAnswerer({
			base: this.base,
			index: this.index,
			item: (fact, label) => this.#item(fact, label),
			facts: (question, facts, heading) => ({ ...this.#facts(question, facts), ...(heading ? { heading } : {}) }),
			notFound: (question, parts) => this.#notFound(question, parts),
			entityCard: (question, entity) => this.#entityCard(question, entity),
			leaders: (coalition, question) => this.leaders(coalition, question),
			timeline: (options, question) => this.timeline(options, question),
		});
	}

	/** Who leads which coalition: one coalition (by name, alias or id) or, without one, all of them. */
	leaders(coalition?: string, question = coalition ? `Who leads ${coalition}?` : 'Who leads which coalition?'): Answer {
		const coalitions = this.base.entities.filter((entity) => entity.kind === 'coalition');
		let chosen = coalitions;
		if (coalition?.trim()) {
			const match = this.#resolve(coalition, 'coalition');
			if (!match) {
				return this.#notFound(question, {
					heading: `The report names no coalition like “${coalition.trim()}”.`,
					suggestions: coalitions.map((entity) => ({ label: entity.name, query: entity.id })),
				});
			}
			chosen = [match];
		}

		const items: AnswerItem[] = [];
		const notes: string[] = [];
		for (const entity of chosen) {
			const facts = this.base.facts.filter((fact) => fact.kind === 'leadership' && fact.coalition === entity.id);
			if (facts.length === 0) notes.push(`The report does not say who leads the ${entity.name.toLowerCase()}.`);
			for (const fact of facts) items.push(this.#item(fact, chosen.length > 1 ? entity.name : undefined));
		}
		return {
			kind: 'leaders',
			question,
			found: items.length > 0,
			...(chosen.length > 1 ? { heading: 'Who leads what, according to the report:' } : {}),
			items,
			notes,
			suggestions: [],
		};
	}

	/** Every figure the report gives about its prisons: stated numbers, then derived ones, then unknowns. */
	prisonFigures(question = 'Prison figures'): Answer {
		const prisons = new Set(this.base.entities.filter((e) => e.kind === 'prison').map((e) => e.id));
		const rank = (fact: Fact) => (fact.kind !== 'figure' || fact.value === null ? 2 : fact.basis === 'derived' ? 1 : 0);
		const facts = this.base.facts
			.filter((fact) => fact.kind === 'figure' && fact.about.some((id) => prisons.has(id)))
			.sort((a, b) => rank(a) - rank(b) || this.base.reportOrder(a, b));
		if (facts.length === 0) return this.#notFound(question, { heading: 'The report gives no prison figures.' });
		const names = [...prisons].map((id) => this.base.name(id)).join(', ');
		return {
			kind: 'prison',
			question,
			found: true,
			heading: `${names}: the figures in the report`,
			items: facts.map((fact) => this.#item(fact, fact.kind === 'figure' ? capitalise(fact.metric) : undefined)),
			notes: [],
			suggestions: [],
		};
	}

	/**
	 * Events in order: those the report dates, chronologically; then those it dates only
	 * relative to itself ("Saturday night"), in the report's order and in its words.
	 */
	timeline({ from, to, topic }: TimelineOptions = {}, question = 'Timeline'): Answer {
		for (const [name, value] of [
			['from', from],
			['to', to],
		] as const) {
			if (value !== undefined && !partialDateSchema.safeParse(value).success) {
				return this.#notFound(question, {
					heading: `“${value}” is not a date for “${name}”: use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2021 or 2021-07-07.`,
				});
			}
		}
		if (from && to && compareDates(from, to) > 0 && !withinRange(from, undefined, to)) {
			return this.#notFound(question, { heading: `“from” (${from}) is after “to” (${to}).` });
		}

		let events = this.base.facts.filter(
			(fact) => whenOf(fact) && (fact.kind === 'event' || fact.kind === 'statement' || fact.basis === 'stated'),
		);
		if (topic?.trim()) {
			const matching = new Set(this.#relevant(topic).map((hit) => hit.fact.id));
			events = events.filter((fact) => matching.has(fact.id));
		}
		const dated = events
			.filter((fact) => whenOf(fact)?.date)
			.sort((a, b) => compareDates(whenOf(a)?.date ?? '', whenOf(b)?.date ?? '') || this.base.reportOrder(a, b));
		const undated = events.filter((fact) => !whenOf(fact)?.date).sort((a, b) => this.base.reportOrder(a, b));

		const notes: string[] = [];
		let shown: Fact[];
		if (from || to) {
			shown = dated.filter((fact) => withinRange(whenOf(fact)?.date ?? '', from, to));
			if (undated.length > 0) {
				notes.push(
					`${undated.length} event${undated.length === 1 ? ' is' : 's are'} left out: the report dates ${undated.length === 1 ? 'it' : 'them'} only relative to itself (${quoteList(undated)}) and gives no publication date to place ${undated.length === 1 ? 'it' : 'them'}.`,
				);
			}
		} else {
			shown = [...dated, ...undated];
			if (undated.length > 0) {
				notes.push(
					`The last ${undated.length === 1 ? 'event is' : `${undated.length} events are`} dated only relative to the report (${quoteList(undated)}), which gives no publication date; ${undated.length === 1 ? 'it follows' : 'they follow'} in the report’s order.`,
				);
			}
		}
		if (shown.length === 0) {
			const about = topic?.trim() ? ` about “${topic.trim()}”` : '';
			const range = from || to ? ` between ${from ?? 'the start'} and ${to ?? 'now'}` : '';
			return this.#notFound(question, { heading: `The report has no events${about}${range}.`, notes });
		}

		const label = (fact: Fact) => {
			const when = whenOf(fact);
			return when?.date ? formatDate(when.date) : capitalise(when?.words ?? '');
		};
		return {
			kind: 'timeline',
			question,
			found: true,
			items: shown.map((fact) => this.#item(fact, label(fact))),
			notes,
			suggestions: [],
		};
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
		const text = question.trim();
		if (!text) return this.#notFound(question, { heading: 'Ask a question about the report.' });
		if (this.base.fact(text) || this.base.entity(text)) return this.lookup(text);
		const read = readText(text.slice(0, maxQuestionLength));
		if (read.words.length === 0) {
			return this.#notFound(question, {
				heading:
					'Ask a question about the report, e.g. “who leads the gang alliance?” or “how many inmates were in the prison?”',
			});
		}
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
		return checkClaims(this.base, this.index, message.slice(0, maxMessageLength));
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

	/** What the bot knows and how: reports, fact counts by basis, how facts are sourced. */
	about(): Answer {
		const count = (basis: Fact['basis']) => this.base.facts.filter((fact) => fact.basis === basis).length;
		const reports = this.base.reports.map((report) => {
			const metadata = [report.outlet, report.published].filter(Boolean).join(', ');
			return `“${report.label}”${metadata ? ` (${metadata})` : ''}: ${report.paragraphs.length} paragraphs, added ${report.added}.${report.metadataNote ? ` ${report.metadataNote}` : ''}`;
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
				'Every fact quotes the report word for word and names its paragraph. Stated facts are what the report says; inferred facts are conclusions from stated ones and say so; derived figures show their arithmetic.',
				'When the report does not answer a question, I say so rather than guess.',
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
		const facts =
			own.length > 0
				? own
				: this.base.facts.filter((fact) => this.base.entitiesOf(fact).includes(entity.id)).slice(0, maxItems);
		if (facts.length === 0)
			return this.#notFound(question, { heading: `The report says nothing about ${entity.name}.` });
		return { ...this.#facts(question, facts), kind: 'entity', heading: entity.name };
	}

	#facts(question: string, facts: Fact[]): Answer {
		return {
			kind: 'facts',
			question,
			found: true,
			items: facts.map((fact) => this.#item(fact)),
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
		if (fact.note) item.note = fact.note;
		if (fact.kind === 'figure' && fact.derivation) {
			const [a, b] = fact.derivation.of.map((id) => {
				const input = this.base.fact(id);
				return input?.kind === 'figure' ? (input.value ?? Number.NaN) : Number.NaN;
			});
			item.arithmetic = showArithmetic(fact.derivation.op, a ?? Number.NaN, b ?? Number.NaN);
		}
		return item;
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
