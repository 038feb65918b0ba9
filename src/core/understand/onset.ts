/**
 * "When did the siege start?": the report dates an event, not the start of it. Where it tells no
 * start of its own, an event's start is when it happened, and asking that finds the date.
 */

/** Verbs of starting, in English (French and Creole questions are read into English first). */
const onset =
	/\b(?:start(?:s|ed|ing)?|beg[ai]n|begun|begins|beginning|commenc(?:e|es|ed|ing)|kick(?:s|ed|ing)?\s+off|br(?:eak|eaks|oke|eaking)\s+out|erupt(?:s|ed|ing)?|(?:get|got|gets|getting)\s+(?:underway|going|started))\b/giu;

/**
 * The question, read in English, with its verb of starting asked as happening; undefined where it has none.
 *
 * @example
 * asOccurrence(['when', 'did', 'the', 'siege', 'kick', 'off']); // 'when did the siege happen'
 */
export function asOccurrence(words: readonly string[]): string | undefined {
	const text = words.join(' ');
	// ("…did the armed groups start the siege": a start with its object is the deed itself, which is asked when.)
	const asked = text.replace(onset, (verb, at: number) =>
		/^\s+(?:the|a|an|their|its|this|that|his|her)\b/.test(text.slice(at + verb.length)) ? '' : 'happen',
	);
	return asked === text ? undefined : asked;
}
