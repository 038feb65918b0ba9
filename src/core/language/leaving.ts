/**
 * Deeds of leaving a place or a post ("abandoned", "fled", "deserted"), and words that say a deed went on ("still",
 * "kept"): what a report says was left is no longer held, guarded or stayed at.
 */

/** Deeds of leaving a place or a post, as words. */
export const leavingWords: ReadonlySet<string> = new Set([
	'abandoned',
	'abandon',
	'left',
	'fled',
	'deserted',
	'quit',
	'withdrew',
	'withdrawn',
]);

/** The same, found in a text. */
export const leaving = new RegExp(`(?<!\\p{L})(?:${[...leavingWords].join('|')})(?!\\p{L})`, 'iu');

/** Words that say a deed went on: "still", "kept", "remained". */
export const wentOnWords: ReadonlySet<string> = new Set([
	'still',
	'continue',
	'continued',
	'kept',
	'keep',
	'remain',
	'remained',
	'stay',
	'stayed',
	'toujours',
	'toujou',
]);

/** The same, found in a text. */
export const wentOn = new RegExp(`(?<!\\p{L})(?:${[...wentOnWords].join('|')})(?!\\p{L})`, 'iu');
