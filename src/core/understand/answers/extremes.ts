/**
 * The earliest or the latest of everything the reports date: "what's the oldest date in the report?",
 * "ki dat ki pi ansyen nan tout nouvèl la?", "quel est l'événement le plus récent ?".
 */
import type { Answer } from '../../answer.js';
import { chronologyOf } from '../../chronology.js';
import { stopwords } from '../../language/lexicon.js';
import type { ReadText } from '../../language/read.js';
import type { Answering } from './context.js';

/** Words that ask for the first of all in time, and for the last. */
const earliestWords = new Set(['earliest', 'oldest', 'first', 'ansyen', 'premye']);
const latestWords = new Set(['latest', 'newest', 'recent', 'last', 'denye']);

/**
 * Words that say nothing but what is dated, and where: "date", "event", "happened", "in the report", "of all".
 * A question with any other word ("the first thing Henry did") asks of something in particular.
 */
const ofEverything = new Set([
	'date',
	'dates',
	'dat',
	'year',
	'years',
	'annee',
	'ane',
	'event',
	'events',
	'evenement',
	'evenements',
	'evenman',
	'thing',
	'things',
	'happened',
	'happen',
	'happening',
	'report',
	'article',
	'news',
	'piece',
	'story',
	'text',
	'nouvel',
	'mentioned',
	'given',
	'gives',
	'told',
	'dated',
	'all',
	'whole',
	'entire',
	'most',
	'more',
	'one',
	'ever',
]);

/**
 * The first or the last dated entry of the timeline, where the question asks for it of everything the reports date
 * and of nothing in particular; undefined otherwise.
 *
 * @example
 * earliestOrLatest(ctx, "what's the oldest date in the report?", readText("what's the oldest date in the report?"));
 * // the 2017 warning, headed "The earliest the report dates:"
 */
export function earliestOrLatest(ctx: Answering, question: string, read: ReadText): Answer | undefined {
	const words = read.words.filter((word) => !stopwords[read.language].has(word) && !stopwords.en.has(word));
	// ("pi ansyen", "la plus ancienne": "older" and "more former", as the words are in English, are the oldest.)
	const earliest =
		words.some((word) => earliestWords.has(word) || word === 'older') ||
		read.words.some((word, i) => word === 'former' && /^(?:more|most)$/.test(read.words[i - 1] ?? ''));
	const latest = words.some((word) => latestWords.has(word));
	if (earliest === latest) return undefined;
	const rest = words.filter(
		(word) => !earliestWords.has(word) && !latestWords.has(word) && !/^(?:older|former)$/.test(word),
	);
	// (It must name the dates or events it compares: "who was first?" asks of someone.)
	if (
		!rest.some((word) =>
			/^(?:dates?|dat|years?|annee|ane|events?|evenements?|evenman|things?|happened|happen)$/.test(word),
		)
	)
		return undefined;
	if (!rest.every((word) => ofEverything.has(word))) return undefined;
	const { placed } = chronologyOf(ctx.tools.base);
	const entry = earliest ? placed[0] : placed.at(-1);
	if (!entry) return undefined;
	return ctx.tools.facts(
		question,
		[entry.fact],
		earliest ? 'The earliest the report dates:' : 'The latest the report dates:',
	);
}
