import type { FactKind } from '../data/schema.js';
import { words } from './text.js';

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

/** Fact kinds a question's form favours, as score multipliers for the search. */
export function kindBoost(intents: Set<Intent>): Partial<Record<FactKind, number>> {
	const boost: Partial<Record<FactKind, number>> = {};
	const favour = (kind: FactKind, by: number) => {
		boost[kind] = Math.max(boost[kind] ?? 1, by);
	};
	if (intents.has('when')) favour('event', 1.5);
	if (intents.has('count')) favour('figure', 1.5);
	if (intents.has('lead')) favour('leadership', 1.5);
	if (intents.has('where')) favour('detail', 1.3);
	if (intents.has('who')) {
		favour('leadership', 1.2);
		favour('detail', 1.2);
		favour('statement', 1.2);
	}
	return boost;
}
