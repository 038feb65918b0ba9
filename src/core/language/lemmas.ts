import { createRequire } from 'node:module';

type Lemmatizer = typeof import('wink-lemmatizer').default;

let loaded: Lemmatizer | undefined;

/**
 * wink-lemmatizer (English lemmas from WordNet's exception lists), loaded on first use: its
 * tables take half a second to load, and a start that finds its related words cached, and
 * answers no count question, never needs them.
 */
export function lemmatizer(): Lemmatizer {
	loaded ??= createRequire(import.meta.url)('wink-lemmatizer') as Lemmatizer;
	return loaded;
}
