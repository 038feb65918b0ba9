import { isEnglishWord } from './english-words.js';

/**
 * French endings and the English ones their cognates have: "directeur" is "director", "capacité"
 * "capacity", "dangereux" "dangerous". Tried only on a word neither lexicon nor the verb tables know,
 * and kept only where English has the word so made. (Not "-el" for "-al": "la capacité officielle" would read
 * "capacity official", which asks for an official.)
 */
const endings: readonly (readonly [RegExp, string])[] = [
	[/eurs?$/, 'or'],
	[/ites?$/, 'ity'],
	[/atie$/, 'acy'],
	[/ies?$/, 'y'],
	[/iques?$/, 'ic'],
	[/ismes?$/, 'ism'],
	[/istes?$/, 'ist'],
	[/aires?$/, 'ary'],
	[/eu(?:x|ses?)$/, 'ous'],
	[/i(?:f|fs|ves?)$/, 'ive'],
];

/**
 * The English cognate of a French word (folded, without accents), by its ending; undefined where
 * no ending makes an English word.
 *
 * @example
 * frenchCognate('directeur'); // 'director'
 * frenchCognate('maison'); // undefined
 */
export function frenchCognate(word: string): string | undefined {
	if (word.length < 6 || isEnglishWord(word)) return undefined;
	for (const [ending, english] of endings) {
		const made = word.replace(ending, english);
		if (made !== word && isEnglishWord(made)) return made;
	}
	return undefined;
}
