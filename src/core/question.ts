import type { Fact } from '../data/schema.js';
import { terms, words } from './text.js';
import { whenOf } from './when.js';

/** What the form of a question asks for, independent of its subject. */
export type Intent = 'who' | 'when' | 'count' | 'where' | 'timeline' | 'lead';

const intentWords: Record<Intent, readonly string[]> = {
	who: ['who', 'whom', 'qui'],
	when: ['when', 'quand', 'date', 'year', 'annee', 'happen', 'happened', 'happening', 'passe'],
	count: ['many', 'much', 'combien', 'number', 'nombre'],
	where: ['where'],
	timeline: ['timeline', 'chronology', 'chronologie', 'chronological', 'history', 'historique', 'events'],
	lead: [
		'lead',
		'leads',
		'leader',
		'leaders',
		'leading',
		'led',
		'head',
		'heads',
		'chief',
		'boss',
		'run',
		'runs',
		'command',
		'commands',
		'charge',
		'dirige',
		'chef',
	],
};

/** The search terms of words that ask who leads: "who leads the gangs" is all form and coalition. */
export const leadTerms: ReadonlySet<string> = new Set(intentWords.lead.flatMap(terms));

/** Words that only say what form of answer is wanted; the facts do not contain them. */
const formOnly = new Set([...intentWords.timeline, ...intentWords.when, 'number', 'nombre']);

export interface Question {
	intents: Set<Intent>;
	/** The question without words that only name the form of the answer. */
	subject: string;
}

export function readQuestion(text: string): Question {
	const all = words(text);
	const intents = new Set<Intent>();
	for (const [intent, list] of Object.entries(intentWords) as [Intent, readonly string[]][]) {
		if (all.some((word) => list.includes(word))) intents.add(intent);
	}
	return { intents, subject: all.filter((word) => !formOnly.has(word)).join(' ') };
}

/** How much a question's form favours a fact: "when…" dated ones, "how many…" figures, and so on. */
export function formBoost(intents: Set<Intent>): (fact: Fact) => number {
	const favoured: [(fact: Fact) => boolean, number][] = [];
	if (intents.has('when')) favoured.push([(fact) => whenOf(fact) !== undefined, 1.5]);
	if (intents.has('count')) favoured.push([(fact) => fact.kind === 'figure', 1.5]);
	if (intents.has('lead')) favoured.push([(fact) => fact.kind === 'leadership', 1.5]);
	if (intents.has('where')) favoured.push([(fact) => fact.kind === 'detail', 1.3]);
	if (intents.has('who')) favoured.push([(fact) => fact.kind !== 'event' && fact.kind !== 'figure', 1.2]);
	return (fact) => favoured.reduce((boost, [applies, by]) => (applies(fact) ? Math.max(boost, by) : boost), 1);
}
