import { doubleMetaphone } from 'double-metaphone';
import { distance as editDistance } from 'fastest-levenshtein';
import { fold } from './lexicon.js';

/**
 * Names spelt as they sound: "Jimmy Sher-ee-zee-ay", "Ahn-ree", "Port-o-Prince", "Mo-eez". Each of
 * the data's name words is keyed by its Double Metaphone codes (and, for French names, the codes
 * of its silent-h form: "Henri" sounds as "Anri"); a typed word that sounds like exactly one of
 * them is read as it. Which typed words may be names is the caller's to judge: a word of English
 * ("mess" sounds like "Moïse") never is.
 *
 * @example
 * const names = new NamesByEar([['Chérizier', 'sergier'], ['Henri', 'henry'], ['Port-au-Prince', 'capital']]);
 * names.match('Sher-ee-zee-ay'); // 'Chérizier'
 * names.match('Anri'); // 'Henri'
 * names.match('Port-o-Prince'); // 'Port-au-Prince'
 */
export class NamesByEar {
	/** A sound's code → the name words that have it, each with its letters and whose name it is. */
	readonly #bySound = new Map<string, NameWord[]>();
	/** A name word's letters → whose name it is. */
	readonly #owners = new Map<string, string>();

	/** @param names each name word with the one it names: several words of one name are one answer. */
	constructor(names: Iterable<readonly [word: string, owner: string]>) {
		for (const [typed, owner] of names) {
			const letters = lettersOf(typed);
			// Short words ("Mr") sound like too much to be told apart; initials ("RNDDH") are spelt out, not sounded.
			if (letters.length < 4 || acronym.test(typed)) continue;
			const word = typed.replace(/[.,;:!?]+$/u, '');
			this.#owners.set(letters, owner);
			const forms = letters.startsWith('h') ? [letters, letters.slice(1)] : [letters];
			for (const code of new Set(forms.flatMap(codesOf))) {
				const words = this.#bySound.get(code) ?? [];
				words.push({ word, letters, owner });
				this.#bySound.set(code, words);
			}
		}
	}

	/**
	 * The name word `typed` sounds like, where one has every word it sounds like among its names
	 * ("Anri" sounds like "Henri" and "Henry", both Ariel Henry's; "the Henri government" has only
	 * one of them); else undefined.
	 */
	match(typed: string): string | undefined {
		return this.#heard(typed)?.word;
	}

	/** Whose name the word typed is, spelt as the data spells it ("jovenel" is Jovenel Moïse's). */
	ownerOf(typed: string): string | undefined {
		return this.#owners.get(lettersOf(typed));
	}

	/** Whose name the word typed sounds like, as `match` hears it. */
	heardOwner(typed: string): string | undefined {
		return this.#heard(typed)?.owner;
	}

	#heard(typed: string): NameWord | undefined {
		// (A code of two sounds, "MS", is many words' in other languages, "mesye" and "Moïse": only a name typed
		// in syllables, "Mo-eez", is heard in so little.)
		const syllables = /\p{L}-\p{L}/u.test(typed);
		if (acronym.test(typed)) return undefined;
		const letters = lettersOf(typed);
		if (letters.length < 4) return undefined;
		// ("moyes", "henney": a name typed in lowercase, as chat does, is heard only where it is also a slip of the
		// name's letters, a couple of keys away from it and from its first letter.)
		const slip = !(syllables || /^\p{Lu}/u.test(typed));
		const codes = codesOf(letters).filter((code) => syllables || slip || code.length >= 3);
		// ("américaine" is "American" with an ending: read as it is, not as the name.)
		const heard = codes
			.flatMap((code) => this.#bySound.get(code) ?? [])
			.filter((name) => !name.letters.startsWith(letters) && !letters.startsWith(name.letters))
			.filter(
				(name) => !slip || (name.letters[0] === letters[0] && editDistance(name.letters, letters) <= slipOf(codes)),
			);
		const sounds = new Set(heard.map((name) => name.letters));
		const owner = [...new Set(heard.map((name) => name.owner))].find((one) =>
			[...sounds].every((sound) => heard.some((name) => name.owner === one && name.letters === sound)),
		);
		return heard.find((name) => name.owner === owner);
	}
}

interface NameWord {
	/** As the data writes it: "Chérizier". */
	word: string;
	/** Folded, letters only: "cherizier". */
	letters: string;
	/** Whose name it is. */
	owner: string;
}

/** The most letters a name typed in lowercase may be off by and still be heard as it. */
const maxSlip = 2;
/** As many as this where it has four sounds or more, which few words share by chance ("barbekyou" for "Barbecue"). */
const longSlip = 4;
/** How many letters off a name typed in lowercase may be, by the sounds it has. */
const slipOf = (codes: readonly string[]) => (codes.some((code) => code.length >= 4) ? longSlip : maxSlip);

/** Capitals only: initials, read letter by letter. */
const acronym = /^[\p{Lu}.]+$/u;

/** The word's letters, folded, without the hyphens and apostrophes that split it into sounds. */
function lettersOf(word: string): string {
	return fold(word.toLowerCase()).replace(/[^a-z]/g, '');
}

/** Double Metaphone's primary code: its secondary one hears "January" as "Anri". */
function codesOf(letters: string): string[] {
	return [doubleMetaphone(letters)[0]].filter((code) => code.length >= 2);
}

/**
 * The text with each word that is no word of any language the reader knows, and sounds like one
 * name word, written as that name: "when was Ahn-ree supposed to leave" → "when was Henri supposed
 * to leave". A word typed as a name is, capitalised or in syllables ("Mo-eez"); one in lowercase
 * only where it is also a slip of the name's letters ("moyes"). `known` says which words are
 * words (of English, the lexicons, the data) and stay.
 *
 * @example
 * respeltByEar('is the Pen-ee-tan-see-ay National full?', names, isWord); // 'is the Pénitencier National full?'
 */
export function respeltByEar(text: string, names: NamesByEar, known: (word: string) => boolean): string {
	// (Words with an apostrophe are English's and French's contractions, "what's", "qu'on": never a name by ear. A
	// possessive's "'s" is the name's: "Mo-eez's assassination".)
	return text.replace(/(?<![\p{L}'’])\p{L}[\p{L}-]*\p{L}(?!\p{L}|['’](?!s(?!\p{L})))/gu, (typed, at: number) => {
		// (Heard first: most words sound like no name, and need not be looked up as words at all.)
		const heard = names.match(typed);
		if (!heard || lettersOf(heard) === lettersOf(typed)) return typed;
		// ("jovenel moose": a word of English right after another of the same person's names is that name too.)
		const before = /(\p{L}+)\s+$/u.exec(text.slice(0, at))?.[1];
		const sameOne = before !== undefined && names.ownerOf(before) === names.heardOwner(typed);
		return sameOne || !known(typed) ? heard : typed;
	});
}
