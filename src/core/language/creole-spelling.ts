import frames from './lexicon/frames.json' with { type: 'json' };
import { stopwords, translations } from './lexicon.js';

/**
 * Kreyòl written with French spelling, as many Haitians schooled in French write it: "Qui moun qui rélé
 * anmoué?", "konbien prizonnié", "ès qué Henri té quitté pouvoua a?". Each word is spelt again by the
 * standard orthography's rules (one letter, one sound: "qu" and hard "c" are "k", "ou" before a vowel
 * is "w", "i" before a vowel is "y", "s" between vowels is "z", doubled consonants are one); the new spelling is kept only where
 * the lexicons know it as Kreyòl ("ki", "rele", "anmwe", "konbyen", "prizonye", "eske", "kite", "pouvwa").
 *
 * @example
 * inCreoleSpelling(['konbien', 'prizonnie', 'te', 'gin']); // ['konbyen', 'prizonye', 'te', 'gen']
 */
export function inCreoleSpelling(words: readonly string[]): string[] {
	const spelt: string[] = [];
	for (let at = 0; at < words.length; at++) {
		const word = words[at] as string;
		const again = respelt(word);
		const next = words[at + 1];
		// ("ès qué", "pouqui sa": a word the French spelling cut in two.)
		const joined = next === undefined ? undefined : `${again}${respelt(next)}`;
		// (Only a question word, or where the first half is no Kreyòl word alone: "a jan" is two words, not "ajan".)
		if (
			joined &&
			respellable(word) &&
			knownCreole(joined) &&
			(creoleQuestionWords.has(joined) || !knownCreole(again))
		) {
			spelt.push(joined);
			at++;
		} else spelt.push(respellable(word) && knownCreole(again) ? again : word);
	}
	return spelt;
}

/** A folded word spelt by the standard orthography's rules. */
function respelt(word: string): string {
	const spelt = word
		.replace(/qu/g, 'k')
		.replace(/ck/g, 'k')
		.replace(/c(?=[aou]|$)/g, 'k')
		.replace(/c(?=[eiy])/g, 's')
		.replace(/ph/g, 'f')
		.replace(/th/g, 't')
		.replace(/gu(?=[ei])/g, 'g')
		.replace(/eau|au/g, 'o')
		.replace(/ou(?=[aei])/g, 'w')
		.replace(/([bdfgklmnprstvz])\1/g, '$1')
		.replace(/(?<=[^aeiouy])i(?=[aeo])/g, 'y')
		// ("prison", "présidan": French "s" between vowels, which sounds "z".)
		.replace(/(?<=[aeiouy])s(?=[aeiouy])/g, 'z')
		.replace(/(?<=\p{L}{3})[sc]e$/u, 's');
	// "gin" for "gen": the nasal vowel French spells "in".
	return spelt === 'gin' ? 'gen' : spelt;
}

/** The Kreyòl words of the lexicons: function words, words with an English entry, and question words. */
const creoleQuestionWords: ReadonlySet<string> = new Set(
	Object.values(frames as unknown as Record<string, { ht?: string[] }>).flatMap((frame) =>
		(frame.ht ?? []).flatMap((phrase) => phrase.split(' ')),
	),
);

/** A word that may be Kreyòl spelt the French way: none the lexicons know as Kreyòl, or a French function word ("qui"). */
const respellable = (word: string) => !knownCreole(word) || stopwords.fr.has(word);

function knownCreole(word: string): boolean {
	return stopwords.ht.has(word) || creoleQuestionWords.has(word) || translations.ht.match([word], 0)?.length === 1;
}
