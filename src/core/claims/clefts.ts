/**
 * Cleft sentences put a name in focus and credit it with the rest: "it was Henry who told
 * parents…", "AyiboPost is the one that reported…", "c'est le RNDDH qui a dit…". They look like
 * "X is Y" but say who did something, so they are checked like a deed credited to a name.
 */
import type { EntityMention } from './names.js';

/** "it was (the)", "that's", "c'est (le)", "se" before the name in focus. */
const focusBefore =
	/(?:^|[^\p{L}])(?:it|that|this)\s*(?:is|was|'s|’s)\s+(?:the\s+)?$|\bc['’]\s*(?:est|était)\s+(?:l[ea]\s+|les\s+|l['’])?$|(?:^|\s)se\s+$/iu;
/** "who", "that", "qui", "ki" right after the name in focus. */
const focusAfter = /^\s+(?:who|that|which|qui|ki)\b/iu;
/** "X is the one that / was the one who / is who / are the ones who". */
const oneAfter = /^\s+(?:is|was|are|were|'s|’s)\s+(?:the\s+ones?\s+(?:who|that|which|\p{L}+ing)|who)\b/iu;

/** The name a clause puts in focus with a cleft, if it does. */
export function cleftFocus(text: string, mentions: EntityMention[]): EntityMention | undefined {
	return mentions.find((mention) => {
		const after = text.slice(mention.end);
		return (focusBefore.test(text.slice(0, mention.start)) && focusAfter.test(after)) || oneAfter.test(after);
	});
}
