import { createRequire } from 'node:module';
import type { PartOfSpeech } from './wordnet.js';

/** Inflected form → lemma, as WordNet's exception lists give them ("biggest" → "big", "fled" → "flee"). */
type Exceptions = Readonly<Record<string, string>>;

/** wink-lexicon's list for each part of speech WordNet has exceptions for. */
const lists: Partial<Record<PartOfSpeech, string>> = { adj: 'adjective', noun: 'noun', verb: 'verb' };

/**
 * The irregular forms of each lemma, from WordNet's exception lists as wink-lexicon ships them:
 * "big" → bigger, biggest; "flee" → fled. Stemming does not join these to their lemma, so a
 * related word found for the data ("big" for "largest") is looked for in its irregular forms
 * too ("the biggest prison"), in the part of speech it is related in: "build" as a synonym of
 * the noun "figure" is not "built". Read once, when related words are found for an index.
 *
 * @example
 * irregularForms().adj?.get('big'); // ['bigger', 'biggest']
 */
export function irregularForms(): Partial<Record<PartOfSpeech, ReadonlyMap<string, readonly string[]>>> {
	const require = createRequire(import.meta.url);
	const byPos: Partial<Record<PartOfSpeech, Map<string, string[]>>> = {};
	for (const [pos, list] of Object.entries(lists) as [PartOfSpeech, string][]) {
		const exceptions = require(`wink-lexicon/src/wn-${list}-exceptions.js`) as Exceptions;
		const forms = new Map<string, string[]>();
		for (const [form, lemma] of Object.entries(exceptions)) {
			if (form.includes('_') || form === lemma) continue;
			forms.set(lemma, [...(forms.get(lemma) ?? []), form]);
		}
		byPos[pos] = forms;
	}
	return byPos;
}
