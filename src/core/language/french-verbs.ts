import { createRequire } from 'node:module';
import { cachedOnDisk } from '../disk-cache.js';

/** Lefff's conjugation tables: each infinitive with its forms by tense ("prévoir": { I: ["prévoyais", …] }). */
type Conjugations = Readonly<Record<string, Readonly<Record<string, readonly (string | null)[]>>>>;

const require = createRequire(import.meta.url);
const lefffVersion = (require('french-verbs-lefff/package.json') as { version: string }).version;

/** Bumped whenever how the forms are kept changes, so an older cached table is not reused. */
const formsVersion = 1;

/**
 * Every conjugated form of the French verbs a lexicon has, by the infinitive it is a form of
 * ("prévoyait" → "prevoir", "cédé" → "ceder"), from the conjugation tables of the Lefff (Lexique
 * des Formes Fléchies du Français, packaged as `french-verbs-lefff`). Only verbs whose infinitive
 * the lexicon has are kept, and a form two of them share is left out. The tables are 6 MB: the
 * result is kept on disk (see `cachedOnDisk`), so they are read once per lexicon, not per run.
 *
 * @param infinitives the lexicon's single-word keys, folded (lowercase, no accents)
 * @param fold how the lexicon folds a word
 *
 * @example
 * frenchVerbForms(new Set(['prevoir']), fold).get('prevoyait'); // 'prevoir'
 */
export function frenchVerbForms(
	infinitives: ReadonlySet<string>,
	fold: (word: string) => string,
): ReadonlyMap<string, string> {
	const key = [formsVersion, lefffVersion, [...infinitives].sort()];
	const pairs = cachedOnDisk('french-verbs', key, () => formsOf(infinitives, fold));
	return new Map(pairs);
}

function formsOf(infinitives: ReadonlySet<string>, fold: (word: string) => string): [string, string][] {
	const tables = require('french-verbs-lefff/dist/conjugations.json') as Conjugations;
	const forms = new Map<string, string | null>();
	for (const [verb, tenses] of Object.entries(tables)) {
		const infinitive = fold(verb);
		if (!infinitives.has(infinitive)) continue;
		for (const form of Object.values(tenses).flat()) {
			if (!form || form === 'NA') continue;
			const folded = fold(form);
			if (folded === infinitive) continue;
			const known = forms.get(folded);
			// A form of two of the lexicon's verbs ("suis": "être" and "suivre") is neither's.
			forms.set(folded, known === undefined || known === infinitive ? infinitive : null);
		}
	}
	return [...forms].flatMap(([form, infinitive]) => (infinitive ? [[form, infinitive] as [string, string]] : []));
}
