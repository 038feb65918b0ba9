import type { LoadedReport } from '../data/load.js';
import type { Fact } from '../data/schema.js';
import type { Answer } from './answer.js';
import type { AnswerEngine } from './engine.js';

/** What a guild's previous digest covered. */
export interface PreviousDigest {
	/** When it was posted (its slot), ms since the epoch. */
	at: number;
	/** The facts it covered; null when that was not recorded, and the facts' `added` days decide. */
	factIds: readonly string[] | null;
}

export interface Digest {
	/** In reading order: what is new, the prison figures, who leads what, the latest events. */
	sections: Answer[];
	/** Every fact in the data when it was composed: what the next digest's "new since" compares with. */
	factIds: string[];
	newFacts: Fact[];
	/** No previous digest to compare with. */
	first: boolean;
}

const latestEventCount = 5;

/** The digest's title, from the reports' metadata: "Haiti situation digest"; "Situation digest" without a topic. */
export function digestTitle(reports: readonly LoadedReport[]): string {
	const topics = [...new Set(reports.flatMap((report) => (report.topic ? [report.topic] : [])))];
	if (topics.length === 0) return 'Situation digest';
	const named = topics.length === 1 ? topics[0] : `${topics.slice(0, -1).join(', ')} and ${topics.at(-1)}`;
	return `${named} situation digest`;
}

/**
 * A digest from the fact base, as answers: nothing in it is written here, it is what the
 * engine answers to the standing questions, plus the facts that entered the data since the
 * guild's previous digest.
 */
export function composeDigest(engine: AnswerEngine, previous: PreviousDigest | undefined): Digest {
	const facts = engine.base.facts;
	const newFacts = previous ? factsSince(facts, previous) : [];
	const sections: Answer[] = [];
	if (previous) {
		const since = new Date(previous.at).toISOString().slice(0, 10);
		sections.push(
			newFacts.length > 0
				? engine.added(newFacts, `New since the last digest (${since})`)
				: {
						...engine.added([], 'Nothing new since the last digest'),
						// Not a question anyone asked: nothing to echo back.
						question: '',
						notes: [`No facts have entered the data since the digest of ${since}. The standing summary follows.`],
					},
		);
	}
	if (newFacts.length > 0) {
		const arrived = new Set(newFacts.map((fact) => fact.id));
		const changed = engine.changes((fact) => !arrived.has(fact.id), 'What changed in the figures');
		if (changed.found) sections.push(changed);
	}
	sections.push(engine.prisonFigures(), engine.leaders(), latestEvents(engine));
	return { sections, factIds: facts.map((fact) => fact.id), newFacts, first: !previous };
}

/** Facts the previous digest did not have: by id when it recorded them, else by the day they were added. */
function factsSince(facts: readonly Fact[], previous: PreviousDigest): Fact[] {
	if (previous.factIds) {
		const known = new Set(previous.factIds);
		return facts.filter((fact) => !known.has(fact.id));
	}
	const day = new Date(previous.at).toISOString().slice(0, 10);
	return facts.filter((fact) => fact.added > day);
}

/**
 * The latest events on the calendar, relative dates resolved from their reports' dates; when a
 * report has no date, the events it dates only relative to itself, in the order it tells them.
 */
function latestEvents(engine: AnswerEngine): Answer {
	const { unplaced } = engine.chronology;
	if (unplaced.length === 0) {
		return { ...engine.timeline({ last: latestEventCount }), heading: 'The latest events', notes: [] };
	}
	const timeline = engine.timeline();
	const undated = new Set(unplaced.map((entry) => entry.fact.id));
	return {
		...timeline,
		heading: 'The latest events, as the report tells them',
		items: timeline.items.filter((item) => undated.has(item.fact.id)),
		notes: [
			'The report dates these only relative to itself and gives no publication date, so they are in the order it tells them.',
		],
	};
}
