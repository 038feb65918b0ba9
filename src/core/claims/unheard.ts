/**
 * Words of a claim the data has nothing for: what the report never speaks of cannot be confirmed by
 * a fact that has the claim's other words.
 */
import {
	fillerTable,
	fold,
	spanishLoans,
	stopwords,
	textSpeakTable,
	translations,
	vagueWords,
	wordInEnglish,
} from '../language/lexicon.js';
import { englishSlips } from '../language/misspelt.js';
import { readText, unstretched } from '../language/read.js';
import type { SearchIndex } from '../search-index.js';
import { stem } from '../text.js';
import { isCalendarWord, valuesIn } from './values.js';

/**
 * A word of a claim the data has nothing for, not even a related word: "cholera". With `translated`, a French or
 * Creole word counts as the English the lexicons give it ("exprimé" as "commented"); without, a single word of a claim
 * in those languages stands as typed, so a verb the report has no date for ("construit en 1915") is heard of nowhere.
 */
export function unheardOf(
	text: string,
	index: SearchIndex,
	{ related = true, translated = false }: { related?: boolean; translated?: boolean } = {},
): string | undefined {
	// ("el sábado en la noche": the words of a date are its own, whatever the language.)
	const dates = valuesIn(text).filter((value) => value.kind === 'date');
	const dated = (at: number) => dates.some((value) => at >= value.start && at < value.end);
	const words = [...text.matchAll(/\p{L}{5,}/gu)].filter((m) => !dated(m.index ?? 0)).map((m) => m[0]);
	// ("tiré la sonnette d'alarme", "la lumière verte": a word of a French or Creole phrase the lexicons give whole is
	// heard of as it, translated or not: only a single word stands as typed.)
	const inPhrase = phraseWords(text);
	return words.find((word) => {
		if (inPhrase.has(fold(word))) return false;
		// "lmaooo" is chat's "lmao", stretched.
		const folded = unstretched(fold(word));
		// A vague word ("happened", "thing") says nothing the report could lack.
		if (
			vagueWords.has(folded) ||
			stopwords.en.has(folded) ||
			stopwords.fr.has(folded) ||
			stopwords.ht.has(folded) ||
			isCalendarWord(folded) ||
			valuesIn(word).length > 0 ||
			// "tryna", "lowkey": chat's spelling of other words, or chat, is no word the report could lack.
			textSpeakTable.has(folded) ||
			fillerTable.has(folded)
		)
			return false;
		// Unless words only related to it count, the data must have the word itself (or a misspelling of it).
		const heard = (one: string) => index.matchTerm(stem(one)).some((match) => related || !match.related);
		const said = (one: string) => !stopwords.en.has(one) && !vagueWords.has(one);
		// (A Spanish word mixed in is heard of as the English it means: "carcel" as "prison".)
		const english = (translated ? wordInEnglish(folded) : undefined) ?? spanishLoans.match([folded], 0)?.value;
		if (english) {
			const meant = english.split(' ').filter(said);
			return meant.length > 0 && !meant.some(heard);
		}
		if (heard(folded)) return false;
		// ("the prison afair": a slip in typing an English word the report has, or one related to it, is that word.)
		if (englishSlips(folded).some((slip) => index.knowsTerm(stem(slip), related))) return false;
		// ("tellin", "skool": chat's spellings are read as the words they stand for; a French word read so only when
		// translated. Read only for a word not heard of as typed: reading is the costly part.)
		const read = readText(folded);
		return !(translated || read.language === 'en') || !read.words.filter(said).some(heard);
	});
}

/** The words of the text that a French or Creole phrase of two words or more covers, folded. */
function phraseWords(text: string): Set<string> {
	const words: string[] = fold(text).match(/\p{L}+/gu) ?? [];
	const covered = new Set<string>();
	for (const table of [translations.fr, translations.ht])
		words.forEach((_, at) => {
			const found = table.match(words, at);
			if (found && found.length > 1) for (const word of words.slice(at, at + found.length)) covered.add(word);
		});
	return covered;
}
