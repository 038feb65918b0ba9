import { stemmer } from 'stemmer';

/**
 * Folds text to what people mean rather than how they typed it: case, accents, curly quotes,
 * punctuation and spacing. "Pénitencier  National!" and "penitencier national" normalise alike.
 */
export function normalize(text: string): string {
	// Plain ASCII (most text) has nothing for NFKD to decompose, no combining marks to strip and no
	// letters of other scripts among its separators: the same result without the Unicode passes.
	if (isAscii(text)) {
		return joinCompoundNames(fold(text.toLowerCase()))
			.replace(/[^a-z0-9]+/g, ' ')
			.trim();
	}
	const folded = joinCompoundNames(fold(text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()));
	return folded.replace(/[^a-z0-9]+/g, separators).trim();
}

/** The particles that join a place name's words: "au" of Port-au-Prince, "des" of Croix-des-Bouquets. */
export const compoundJoiners = 'au|aux|de|du|des|la|le|les|en|sur';
/** A place name's words joined by a particle and hyphens, as the data writes it: "port-au-prince". */
export const hyphenedCompound = new RegExp(String.raw`\b([a-z]+)-(${compoundJoiners})-([a-z]+)\b`, 'g');

/**
 * Place names joined by a particle, written as one word: "port-au-prince" → "portauprince". Its
 * parts are not words of the text: the capital is no "port", and a question about the port is
 * not about the capital. Written with spaces, the name is an entity's alias instead.
 *
 * @example
 * joinCompoundNames('the capital port-au-prince'); // 'the capital portauprince'
 */
export function joinCompoundNames(folded: string): string {
	// Most text has no hyphen, and need not be scanned for names joined by them.
	if (!folded.includes('-')) return folded;
	return folded.replace(hyphenedCompound, '$1$2$3');
}

function isAscii(text: string): boolean {
	return /^[\0-\x7f]*$/.test(text);
}

/** Acronyms, thousands separators and possessives, in lowercased text. */
function fold(lower: string): string {
	const folded = lower
		.replace(/\b((?:[a-z]\.){2,})/g, (acronym) => acronym.replaceAll('.', '')) // U.N. → un
		.replace(/(\d)[,.\s\u00a0\u202f'’](?=\d{3}\b)/g, '$1'); // 3,687 and 3 687 → 3687
	// Possessives and contractions have an apostrophe: most text has none, and need not be scanned for each.
	if (!/['’‘]/.test(folded)) return folded;
	return folded
		.replace(/['’‘]s\b/g, '') // Haiti’s → haiti
		.replace(/\b(won|can)['’]t\b/g, (_, verb: string) => (verb === 'won' ? 'will not' : 'can not')) // won't → will not
		.replace(/\b([a-z]+)n['’]t\b/g, '$1 not'); // hasn't → has not: "won’t leave" has no "won" in it
}

/**
 * A run of characters other than a-z and 0-9 becomes one space, keeping any letters and digits
 * of other scripts inside it: the same as replacing /[^\p{L}\p{N}]+/gu over the whole text (a-z
 * and 0-9 are letters and digits, so no run of separators crosses them), but the Unicode classes
 * run only on the few runs that are not plain ASCII, which makes indexing large data faster.
 */
function separators(run: string): string {
	return /[\u0080-\uffff]/.test(run) ? run.replace(/[^\p{L}\p{N}]+/gu, ' ') : ' ';
}

/** Words that carry no meaning for retrieval, English and French. "un" and "us" stay: UN and U.S.; so does "comment", an English word too (a French question drops it as a stopword of its language). */
const stopwords = new Set(
	`a about above after again all also am an and any are as at be been being both but by can could did do does
	doing during each few for from further had has have having he her here hers him his how i if in into is it its
	just me more most my no nor not now of off on once only or other our out over own same she should so some such
	than that the their them then there these they this those through to too under until up very was we were what
	when where which while who whom why will with would you your tell know give show please many much there
	le la les l de du des d et ou est sont a au aux en dans par pour sur qui que quoi quel quelle quels quelles
	quand combien ce cet cette ces il elle ils elles on je tu nous vous son sa ses leur leurs se ne pas
	plus y eu lieu ete etait fut fait avait ont`.split(/\s+/),
);

/** Normalised words of a text, stopwords included, in order. */
export function words(text: string): string[] {
	// Plain ASCII: the runs of a-z and 0-9 are the words `normalize` would leave between spaces.
	if (isAscii(text)) return joinCompoundNames(fold(text.toLowerCase())).match(/[a-z0-9]+/g) ?? [];
	const normalized = normalize(text);
	return normalized ? normalized.split(' ') : [];
}

/**
 * Stems already computed: a corpus repeats the same words, so indexing stems each distinct word
 * once. Bounded, since questions bring words of their own.
 */
const stems = new Map<string, string>();
const maxStems = 200_000;

/**
 * A word's search form: Porter stem, so "inmates"/"inmate" and "Henry"/"Henri" meet.
 * Numbers and short words are kept as they are.
 */
export function stem(word: string): string {
	let stemmed = stems.get(word);
	if (stemmed === undefined) {
		if (stems.size >= maxStems) stems.clear();
		// British "-isation" is American "-ization": "organisations" is stemmed as "organizations" is.
		// "-men" is the plural of "-man": "gunman" is stemmed as "gunmen" is, "policemen" as "policeman".
		const spelled = word.replace(/isation(s?)$/, 'ization$1').replace(/(?<=\p{L}{2,})men$/u, 'man');
		stemmed = spelled.length > 3 && !/\d/.test(spelled) ? stemmer(spelled) : word;
		// "used" → "us" would meet the U.S.; a stem this short says less than the word.
		if (stemmed.length < 3) stemmed = word;
		stems.set(word, stemmed);
	}
	return stemmed;
}

/**
 * Bounds on what one text may make the search do: no word in the data is longer than this,
 * so a longer one is noise (or an attack) and is not looked up; and a question of more
 * distinct terms than this is searched on its first ones.
 */
export const maxWordLength = 32;
export const maxQueryTerms = 32;

/** The content terms of a text: normalised, stopwords and over-long words dropped, stemmed. */
export function terms(text: string): string[] {
	const found: string[] = [];
	// One loop rather than filter and map: indexing calls this for every text of every fact.
	for (const word of words(text)) {
		if (!stopwords.has(word) && word.length <= maxWordLength) found.push(stem(word));
	}
	return found;
}

export function isStopword(word: string): boolean {
	return stopwords.has(word);
}

/** "inmates" → "Inmates", for labels that start a line. */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

const ellipsis = '…';

/**
 * Cuts text to at most `max` characters (UTF-16 units, as Discord counts them), at a word boundary
 * when one is near, never inside a surrogate pair, marking the cut with an ellipsis.
 */
export function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	if (max <= ellipsis.length) return '';
	let cut = text.slice(0, max - ellipsis.length);
	if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
	const space = cut.search(/\s\S*$/);
	if (space > max * 0.8) cut = cut.slice(0, space);
	return `${cut.trimEnd()}${ellipsis}`;
}

/** The text with every character a pattern gives a meaning to escaped: "U.N." matches only itself. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Phrases as one pattern's alternatives, the longest first so that "i've" is not read as "i",
 * their spaces any run of spaces.
 *
 * @example
 * new RegExp(`^(?:${phraseAlternatives(['people', 'people are'])})`).exec('people are saying')?.[0]; // 'people are'
 */
export function phraseAlternatives(phrases: readonly string[]): string {
	return [...phrases]
		.sort((a, b) => b.length - a.length)
		.map((phrase) => escapeRegExp(phrase).replace(/ /g, '\\s+'))
		.join('|');
}
