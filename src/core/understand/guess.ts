/**
 * A guess a member adds after a "who" question: "who asked for reinforcements — the
 * government?", "which outlet said it, Reuters?". The guess is a candidate answer, not a word
 * the answer must have: the question is answered without it, and the answer says whether the
 * guess was right.
 */

import { askingWord, leadingJoiner } from '../language/read.js';

/** At most this many words make a guess; more is a clause of the question… */
const guessLength = 4;
/** …unless it joins two guesses: "the UN n the US". */
const joinedGuessLength = 6;

/** What makes a guess a hedged one: "Henri or something", "ou un truc comme ça". */
const hedge =
	'(?:something|sumthin|somethin|smth|sth|whatever|wtv|what|so|(?:someone|somebody|sum1|some1|sb) else|quelque chose|qqch|qqc|un truc(?: comme [cç]a)?|kichòy|kichoy|yon bagay konsa)';

/**
 * "…or wat", "…or nah", "…or was that someone else": a tail that only leaves a question open,
 * hedged or not, with nothing of its own to check.
 */
export const openTail = new RegExp(
	String.raw`\s+(?:or|ou|oswa)\s+(?:${hedge}|wat|whut|nah|not|no|who|pas|non|(?:was|is) (?:it|that) (?:someone|somebody) else)\s*$`,
	'iu',
);

/**
 * A dash or comma, then "was it", "is it", "was that" (Creole "se te", French "c'était") or "maybe" and a few words, perhaps hedged
 * or tagged ("RNDDH, wasn't it?"), at the end of the text; or a question of its own that is only the guess ("who said it? was it the UN?",
 * "…? kenya right?").
 */
const trailingGuess = new RegExp(
	String.raw`(?:\s*(?:\s[-–—]+|[,:;])\s*(?:(?:was|is|wasn['’]?t|isn['’]?t)\s+(?:it|that|this)\s+|se\s+te\s+|c['’]\s?(?:e|é)tait\s+|maybe\s+|or\s+|still\s+)?|\s*[?]+\s*(?:(?:was|is|wasn['’]?t|isn['’]?t)\s+it|it['’]?s|it\s+(?:is|was))\s+|\s*[?]+\s*(?=(?:[^\s,;:?]+\s+){0,2}[^\s,;:?]+\s*,?\s+(?:right|correct|yeah|innit)\s*\?*\s*$))(?:(just|only|juste|seulement|uniquement|s[eè]lman|jis)\s+)?((?:[^\s,;:]+\s+){0,${joinedGuessLength - 1}}?[^\s,;:]+?)(?:\s+(?:(?:or|ou|oswa)\s+)?${hedge})?(?:\s*,?\s+(?:right|correct|yeah|(?:was|is|wasn['’]?t|isn['’]?t)\s+it|no|innit))?\s*\?*\s*$`,
	'iu',
);

export interface Guess {
	/** The question without its guess. */
	question: string;
	/** The guess as typed: "the government". */
	guess: string;
	/** "…, just the UN?": the guess is offered as the only one. */
	only: boolean;
}

/**
 * The guess after a question, if it has one.
 *
 * @example
 * guessIn('Who asked for reinforcements — the government?');
 * // { question: 'Who asked for reinforcements', guess: 'the government' }
 */
export function guessIn(text: string): Guess | undefined {
	const found = trailingGuess.exec(text);
	const guess = found?.[2];
	if (!found || !guess || found.index === 0) return undefined;
	const words = guess.split(/\s+/);
	if (words.length > guessLength && !words.some((word) => /^(?:and|n|&|et|ak|plus)$/iu.test(word))) return undefined;
	// "…in Haiti, and who authorised it?": a question of its own after the comma guesses nothing.
	if (askingWord.test(guess) || leadingJoiner.test(guess.split(/\s+/)[0]?.toLowerCase() ?? '')) return undefined;
	// "…, not just 'the UN'": a name set aside is no guess.
	if (/^(?:not|rather than|other than|instead of|besides|pas)\b/iu.test(guess)) return undefined;
	// ("…? is it us kenyans?": the asker's own "us" before who they are is no United States.)
	const own = guess.replace(/^(?:us|we)\s+(?=\p{L}{3,}s$)/u, '');
	return { question: text.slice(0, found.index).trim(), guess: own.replace(/[?!.]+$/, ''), only: Boolean(found[1]) };
}
