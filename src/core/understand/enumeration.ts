/**
 * Lists a report gives inside one sentence: "Haiti's multidimensional crisis — security,
 * humanitarian, public health, political — deepened", "due to overcrowding and understaffing".
 * A question that counts the parts of something is answered by counting them.
 */

/** An item of a list: a few words, no clause. */
const item = String.raw`[\p{L}’'-]+(?: [\p{L}’'-]+){0,2}`;

/** Between dashes, perhaps trailing off: "— security, humanitarian, public health, political… —". */
const betweenDashes = new RegExp(String.raw`[—–]\s*(${item}(?:,\s*${item}){2,})(?:…|\.\.\.)?\s*[—–]`, 'u');
/** After a word that introduces what something consists of: "due to overcrowding and understaffing". */
const joined = new RegExp(
	String.raw`\b(?:due to|of|such as|including|namely|from)\s+(${item}(?:,\s*${item})*,?\s+(?:and|or)\s+${item})\b`,
	'u',
);

/**
 * The items a text lists in one place, or none.
 *
 * @example
 * listedIn('the crisis — security, humanitarian, public health, political — deepened');
 * // ['security', 'humanitarian', 'public health', 'political']
 */
export function listedIn(text: string): string[] {
	const found = betweenDashes.exec(text)?.[1] ?? joined.exec(text)?.[1];
	if (!found) return [];
	return found
		.split(/,\s*|\s+(?:and|or)\s+/)
		.map((part) => part.trim())
		.filter(Boolean);
}

/**
 * The words right before a list in a text, what it lists the parts of: "multidimensional crisis"
 * before "— security, humanitarian… —", "serious problem" before "due to overcrowding and
 * understaffing". Empty when the text lists nothing.
 *
 * @example
 * listOwner('the multidimensional crisis — security, humanitarian, public health, political — deepened');
 * // ['the', 'multidimensional', 'crisis']
 */
export function listOwner(text: string): string[] {
	const found = betweenDashes.exec(text) ?? joined.exec(text);
	if (!found) return [];
	return text.slice(0, found.index).trim().split(/\s+/).slice(-3);
}

/** Nouns for the parts of something, as a question counts them: "how many facets", "which aspects". */
export const partNouns: ReadonlySet<string> = new Set(
	[
		'facet',
		'aspect',
		'dimension',
		'kind',
		'type',
		'part',
		'area',
		'element',
		'side',
		'form',
		'component',
		'problem',
		'issue',
		'shortcoming',
		'factor',
		'thing',
	].flatMap((noun) => [noun, `${noun}s`]),
);
