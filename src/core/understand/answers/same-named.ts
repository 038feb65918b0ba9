import type { Entity } from '../../../data/schema.js';
import type { Answer } from '../../answer.js';
import { terms as termsOf } from '../../text.js';
import type { Frame } from '../frame.js';
import type { Answering } from './context.js';

/**
 * Words that only put two names side by side as one: "is X (the one they call / also known as) Y?". ("The same
 * person as…" is asked of doers as well as names: see `sameDoer`.)
 */
const joining = new Set([
	'is',
	'was',
	'are',
	'were',
	'the',
	'one',
	'they',
	'people',
	'call',
	'called',
	'named',
	'nicknamed',
	'also',
	'known',
	'as',
	'aka',
	'really',
	'actually',
	'true',
	'false',
	'or',
	'right',
	'est',
	'se',
	'li',
	'c',
]);

/**
 * "Is Barbecue Jimmy Sergier?", "barbecue = jimmy sergier?? true or false": two names put up as one.
 * Yes, where the report gives both to the same one; no, where it gives them to two people. Undefined
 * where anything else is said of them, or either is no name the report has.
 */
export function sameOneNamed(ctx: Answering, question: string, frame: Frame): Answer | undefined {
	if (frame.kind !== 'yesNo') return undefined;
	const words = frame.rest.filter((word) => !joining.has(word));
	for (let split = 1; split < words.length; split++) {
		const left = namedBy(ctx, words.slice(0, split).join(' '));
		const right = namedBy(ctx, words.slice(split).join(' '));
		if (!left || !right) continue;
		const card = ctx.tools.entityCard(question, left);
		if (!card.found) return undefined;
		if (left === right) return { ...card, heading: `Yes: both are ${left.name}.` };
		if (left.kind === 'person' && right.kind === 'person')
			return { ...card, heading: `No: ${left.name} and ${right.name}.` };
		return undefined;
	}
	return undefined;
}

/** The one entity all of the words name, if they name exactly one. */
function namedBy(ctx: Answering, words: string): Entity | undefined {
	const [match, ...more] = ctx.tools.index.matchEntities(words);
	if (!match || more.length > 0 || match.covered.size < termsOf(words).length) return undefined;
	return match.entity;
}
