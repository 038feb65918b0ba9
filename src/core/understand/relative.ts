/**
 * "What kind of organisation is RNDDH that counted the prisoners?": a relative clause after a name
 * in a question of what or who it is says which one is meant, and the name already says it. Where
 * the whole question finds nothing, it is asked without the clause.
 */

/** A relative pronoun opening a clause, with the clause up to a comma or the end. */
const relativeClause = /\s+(?:that|who|which|whom)\s+[^,;?!.]+/giu;

/**
 * A question of what or who the one named is, up to the name: "what kind of organisation is this
 * RNDDH". Only there does the clause say nothing asked: "which neighbourhoods in the capital that
 * are most dangerous" asks what its clause says.
 */
const askedWhatItIs =
	/(?:^|[\s,:;])(?:what|who)\b[^?!.]*\s(?:is|was|are|were)\s+(?:(?:this|that|the)\s+)?\S+(?:\s+\S+){0,3}$/iu;

/**
 * The question without the first relative clause that follows a name, or undefined where no
 * clause follows one.
 *
 * @param endsWithName whether a text ends with a name the report knows
 * @example
 * withoutClauseAfterName('what kind of group is RNDDH that counted the prisoners?', (t) => /rnddh$/i.test(t));
 * // 'what kind of group is RNDDH?'
 */
export function withoutClauseAfterName(text: string, endsWithName: (text: string) => boolean): string | undefined {
	for (const found of text.matchAll(relativeClause)) {
		const before = text.slice(0, found.index).trimEnd();
		if (!askedWhatItIs.test(before) || !endsWithName(before)) continue;
		const shortened = `${before}${text.slice(found.index + found[0].length)}`.trim();
		// Something must be left to ask: "who is RNDDH", not "RNDDH".
		if (/\p{L}+\s+\p{L}+/u.test(shortened)) return shortened;
	}
	return undefined;
}
