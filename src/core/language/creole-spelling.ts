import frames from './lexicon/frames.json' with { type: 'json' };
import { stopwords, translations } from './lexicon.js';

/**
 * Kreyòl written with French spelling, as many Haitians schooled in French write it: "Qui moun qui rélé
 * anmoué?", "konbien prizonnié", "ès qué Henri té quitté pouvoua a?". Each word is spelt again by the
 * standard orthography's rules (one letter, one sound: "qu" and hard "c" are "k", "ou" before a vowel
 * is "w", "oi" is "wa", "i" before a vowel is "y", "s" between vowels is "z", a soft "g" is "j", French "u"
 * is "i", doubled consonants are one, a last consonant French does not say is dropped); the new spelling is kept only where
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
			respellable(word, joined) &&
			knownCreole(joined) &&
			(creoleQuestionWords.has(joined) || !knownCreole(again))
		) {
			spelt.push(joined);
			at++;
		} else {
			// ("fois", "pas": a last consonant French writes and does not say.)
			const unsaid = again.replace(/(?<=[aeiou])[stxd]$/u, '');
			spelt.push(
				respellable(word, again) && knownCreole(again)
					? again
					: respellable(word, unsaid) && knownCreole(unsaid)
						? unsaid
						: word,
			);
		}
	}
	return spelt;
}

/** A folded word spelt by the standard orthography's rules. */
function respelt(word: string): string {
	// "gin" for "gen": the nasal vowel French spells "in".
	if (word === 'gin') return 'gen';
	return (
		word
			.replace(/qu/g, 'k')
			.replace(/ck/g, 'k')
			.replace(/c(?=[aou]|$)/g, 'k')
			.replace(/c(?=[eiy])/g, 's')
			.replace(/ph/g, 'f')
			.replace(/th/g, 't')
			// ("lagué" is "lage", "mélangé" is "melanje": "gu" keeps "g" hard where a bare "g" is soft.)
			.replace(/gu(?=[ei])/g, 'G')
			.replace(/g(?=[ei])/g, 'j')
			.replace(/G/g, 'g')
			.replace(/eau|au/g, 'o')
			.replace(/oi/g, 'wa')
			// ("multi", "supposé": French "u" sounds Kreyòl "i", outside "ou" and a nasal "un".)
			.replace(/(?<!o)u(?![nm](?![aeiou]))/g, 'i')
			.replace(/ou(?=[aei])/g, 'w')
			.replace(/([bdfgklmnprstvz])\1/g, '$1')
			.replace(/(?<=[^aeiouy])i(?=[aeo])/g, 'y')
			// ("prison", "présidan": French "s" between vowels, which sounds "z".)
			.replace(/(?<=[aeiouy])s(?=[aeiouy])/g, 'z')
			.replace(/(?<=\p{L}{3})[sc]e$/u, 's')
	);
}

/** Kreyòl's question words, each one word: "konbyen", "poukisa", "eske". */
const creoleQuestionWords: ReadonlySet<string> = new Set(
	Object.values(frames as unknown as Record<string, { ht?: string[] }>).flatMap((frame) =>
		(frame.ht ?? []).filter((phrase) => !phrase.includes(' ')),
	),
);

/**
 * May `word` be Kreyòl spelt the French way, as `again`? Where the lexicons know no Kreyòl word so spelt; a French
 * function word only where it spells one of Kreyòl's ("qui" is "ki"; "combien" stays French).
 */
const respellable = (word: string, again: string) =>
	stopwords.fr.has(word) ? stopwords.ht.has(again) || !creoleQuestionWords.has(again) : !knownCreole(word);

/** Is the word one the lexicons know as Kreyòl: a function word, a question word, or one with an English entry? */
function knownCreole(word: string): boolean {
	return stopwords.ht.has(word) || creoleQuestionWords.has(word) || translations.ht.match([word], 0)?.length === 1;
}
