/**
 * Cleft sentences put a name in focus and credit it with the rest: "it was Henry who told
 * parents…", "AyiboPost is the one that reported…", "c'est le RNDDH qui a dit…". They look like
 * "X is Y" but say who did something, so they are checked like a deed credited to a name.
 */
import type { FactBase } from '../fact-base.js';
import { type Claim, claim } from './claim.js';
import type { EntityMention } from './names.js';
import { titleOf, titleWords } from './titles.js';

/** "it was (the)", "that's", "c'est (le)", "ce sont (les)", chat's "c (le)", "se" before the name in focus. */
const focusBefore =
	/(?:^|[^\p{L}])(?:it|that|this)\s*(?:is|was|'s|’s)\s+(?:the\s+)?$|\bc(?:['’]\s*(?:est|était))?\s+(?:l[ea]\s+|les\s+|l['’])?$|\bce\s+(?:sont|furent|étaient)\s+(?:les\s+)?$|(?:^|\s)se\s+$/iu;
/** "who", "that", "qui", "ki" right after the name in focus, or after a second one joined to it ("se Etazini ak ONU ki…"). */
const focusAfter =
	/^(?:\s+(?:and|et|ak|epi|&)\s+(?:the\s+|les\s+|l['’])?[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+)?)?\s+(?:who|that|which|qui|ki)\b/iu;
/** "X is the one that / was the one who / is who / are the ones who". */
const oneAfter = /^\s+(?:is|was|are|were|'s|’s)\s+(?:the\s+ones?\s+(?:who|that|which|\p{L}+ing)|who)\b/iu;

/** The name a clause puts in focus with a cleft, if it does. */
export function cleftFocus(text: string, mentions: EntityMention[]): EntityMention | undefined {
	return mentions.find((mention) => {
		const after = text.slice(mention.end);
		return (focusBefore.test(text.slice(0, mention.start)) && focusAfter.test(after)) || oneAfter.test(after);
	});
}

/**
 * Where what a cleft says of its name begins, past "who" and a copula: "se Ariel Henry ki
 * [te] prezidan", "it's Henry who is president". A title there is what the name is called.
 */
export function cleftRest(text: string, focus: EntityMention): number | undefined {
	const after = text.slice(focus.end);
	const joined = focusAfter.exec(after);
	if (!joined) return undefined;
	const copula = /^\s+(?:is|was|are|were|est|était|se|te|ye|sont)(?![\p{L}])/iu.exec(after.slice(joined[0].length));
	return focus.end + joined[0].length + (copula?.[0].length ?? 0);
}

/** "It was the prime minister himself who…": a title in focus rather than a name. */
const titleInFocus = new RegExp(
	String.raw`(?:^|[^\p{L}])(?:it|that)\s*(?:is|was|'s|’s)\s+(?:the\s+)?(${titleWords})(?:\s+(?:himself|herself|themselves))?\s+(?:who|that)\b`,
	'iu',
);

/**
 * A claim of what was done, in a cleft that credits it to a title ("it was the prime minister
 * himself who announced…"): it holds only if the report credits it to the title's holder. The
 * deed may be the report's while the doer is not.
 */
export function creditedToTitle(text: string, done: Claim, base: FactBase): Claim {
	const [fact] = done.facts;
	const title = titleOf(titleInFocus.exec(text)?.[1] ?? '');
	if (done.verdict !== 'matches' || !fact || !title) return done;
	const holder = base.facts.find((f) => f.kind === 'leadership' && f.role.toLowerCase() === title && f.leader !== null);
	const leader = holder?.kind === 'leadership' ? holder.leader : null;
	const doers = base.actorsOf(fact);
	if (!leader || doers.includes(leader)) return done;
	const names = doers.map((id) => base.name(id)).join(' and ');
	return names
		? claim(done.text, 'differs', [fact], `The report credits this to ${names}, not the ${title}: ${fact.answer}`)
		: claim(done.text, 'not_in_report', [fact], `The report does not say the ${title} did this: ${fact.answer}`);
}
