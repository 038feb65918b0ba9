import { describe, expect, it } from 'vitest';
import { NamesByEar, respeltByEar } from '../src/core/language/by-ear.js';

/** Names typed as they sound, held against the data's names by Double Metaphone. */
describe('names by ear', () => {
	const names = new NamesByEar([
		['Chérizier', 'sergier'],
		['Henri', 'henry'],
		['Henry', 'henry'],
		['Henri', 'government'],
		['Port-au-Prince', 'capital'],
		['Moïse', 'moise'],
		['RNDDH', 'rnddh'],
	]);
	const known = (word: string) => ['the', 'when', 'was', 'leave', 'supposed', 'to'].includes(word.toLowerCase());

	it.each([
		['Sher-ee-zee-ay', 'Chérizier'],
		['Port-o-Prince', 'Port-au-Prince'],
		['Mo-eez', 'Moïse'],
		// Both names it sounds like are one person's; the government is named by only one of them.
		['Anri', 'Henri'],
	])('hears %s as %s', (typed, name) => {
		expect(names.match(typed)).toBe(name);
	});

	it.each([
		['mesye', 'a lowercase word of two sounds, which many words share'],
		['Rwanda', 'a name that sounds like initials, which are spelt out'],
		['Moises', 'a name with an ending, read as it is'],
	])('does not hear %s: %s', (typed) => {
		expect(names.match(typed)).toBeUndefined();
	});

	it('rewrites only the words the reader does not know', () => {
		expect(respeltByEar('when was Ahn-ree supposed to leave', names, known)).toBe('when was Henri supposed to leave');
		expect(respeltByEar('what’s Port-o-Prince', names, known)).toBe('what’s Port-au-Prince');
		expect(respeltByEar('since Mo-eez’s assassination', names, known)).toBe('since Moïse’s assassination');
	});
});
