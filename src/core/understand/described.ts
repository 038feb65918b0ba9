/**
 * Someone described by a role and what they did, then a question that takes them up by a pronoun:
 * "The coalition chief who threatens to escalate - what was his previous line of work?", "le boss des
 * gangs qui veut faire tomber le gouv, il faisait quel taf avant ?". The description's clause only
 * points at them; asked with the question, its words would outweigh what is asked of them.
 */
export interface Described {
	/** The role that names them, without the clause: "The coalition chief". */
	head: string;
	/** The question that takes them up: "what was his previous line of work?". */
	asked: string;
}

/**
 * The description and the question after it, where the question points back with a pronoun for a
 * person.
 *
 * @example
 * describedThenAsked('the gang leader who wants to topple the government, what was his job?');
 * // { head: 'the gang leader', asked: 'what was his job?' }
 */
export function describedThenAsked(text: string): Described | undefined {
	// "Is the gang leader who threatened to escalate attacks a former police officer?": whether the one described is
	// what follows, asked of them.
	const is = describedAskedIs.exec(text)?.groups;
	if (is?.head && is.predicate) return { head: is.head, asked: `${is.verb} he ${is.predicate}?` };
	const found = describedFirst.exec(text);
	const head = found?.groups?.head;
	const asked = found?.groups?.asked;
	if (!head || !asked || askingFirst.test(head) || !personPronoun.test(asked)) return undefined;
	return { head, asked };
}

/** A few words of a role, a relative clause, then a comma, colon or dash and what is asked. */
const describedFirst =
	/^\W*(?<head>(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)\s+(?:who|that|qui|ki)\s+[^,:?!—–]{3,80}?\s*(?:,|:|\s[-–—]+)\s*(?<asked>\S.*)$/iu;

/** "Is the gang leader who threatened… a former police officer?": a copula, the one described, what they are said to be. */
const describedAskedIs =
	/^\W*(?:(?:yes\s+or\s+no|y\/n)\s*[:,-]?\s*)?(?<verb>is|was)\s+(?<head>the\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:who|that)\s+[^?,]{3,80}\s+(?<predicate>(?:a|an)\s+[^?,]{2,40}?)\s*\?*\s*$/iu;

/** A description opens with its noun: one that opens with a question word or a verb asks already. */
const askingFirst =
	/^\W*(?:who|whom|whose|what|which|when|where|why|how|is|was|are|were|did|does|do|has|have|qui|que|quel\w*|quand|o[uù]|comment|pourquoi|combien|est-ce|kiyes|kiy[eè]s|kisa|kil[eè]|kote|konbyen|poukisa|kouman|[eè]ske)\b/iu;

/** A pronoun for a person, in English, French or Creole. */
const personPronoun = /(?<![\p{L}'’])(?:he|him|his|she|her|il|elle|lui|li)(?![\p{L}'’])/iu;
