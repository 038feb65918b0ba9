import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';
import { trigrams } from 'trigram-utils';

/**
 * franc's `francAll(text, { only, minLength })` for the few Latin-script languages questions are
 * read in, with franc's own trigram models and script expressions: franc's index turns all 187
 * languages' models into lookup tables when it is loaded (a tenth of a second and ~10 MB of the
 * engine thread's start-up), where three are ever consulted. The scores are franc's, computed
 * the same way: languages of another script, or text too short, score nothing.
 */
export class TrigramModels {
	readonly #models: readonly [code: string, trigrams: ReadonlyMap<string, number>][];

	/** @param codes - franc's (ISO 639-3) codes, each a Latin-script language franc knows */
	constructor(codes: readonly string[]) {
		this.#models = codes.map((code) => {
			const model = data.Latin?.[code];
			if (model === undefined) throw new Error(`franc has no Latin-script model for ${code}`);
			// A trigram's weight is its rank in franc's list; a repeated one keeps its first rank, as in franc.
			const ranks = new Map<string, number>();
			for (const [rank, trigram] of model.split('|').entries()) if (!ranks.has(trigram)) ranks.set(trigram, rank);
			return [code, ranks];
		});
	}

	/**
	 * Each language's score from 0 to 1, the closest 1, as `francAll` gives them; empty when the
	 * text is shorter than `minLength` or mostly written in another script.
	 */
	scores(text: string, minLength: number): [code: string, score: number][] {
		if (text.length < minLength) return [];
		const value = text.slice(0, maxLength);
		if (topScript(value) !== 'Latin') return [];
		const tuples = trigramCounts(value);
		const distances = this.#models.map(([code, model]): [string, number] => [code, distance(tuples, model)]);
		const min = Math.min(...distances.map(([, d]) => d));
		const max = value.length * maxDifference - min;
		return distances.sort((a, b) => a[1] - b[1]).map(([code, d]) => [code, 1 - (d - min) / max || 0]);
	}
}

/** franc reads at most this much of a text. */
const maxLength = 2048;
/** What a trigram the model lacks adds to the distance. */
const maxDifference = 300;

/** franc's first-listed script: the one a text with no letters of any script is taken to be in. */
const [firstScript] = Object.keys(expressions);

/** The script most of the text's characters are written in; the first listed wins a tie, as in franc. */
function topScript(value: string): string | undefined {
	// Of franc's scripts only Latin has ASCII characters: plain ASCII is Latin if it has a letter, else nothing
	// is ahead and the first listed wins, without running every script's expression over the text.
	if (/^[\0-\x7f]*$/.test(value)) return /[A-Za-z]/.test(value) ? 'Latin' : firstScript;
	let top: string | undefined;
	let topShare = -1;
	for (const [script, expression] of Object.entries(expressions)) {
		const share = (value.match(expression)?.length ?? 0) / value.length || 0;
		if (share > topShare) {
			top = script;
			topShare = share;
		}
	}
	return top;
}

/**
 * Each trigram of the text, cleaned and padded as franc's `asTuples` does, with how often it occurs.
 * Unsorted: the distance is a sum of whole numbers, the same in any order.
 */
function trigramCounts(value: string): ReadonlyMap<string, number> {
	const counts = new Map<string, number>();
	for (const trigram of trigrams(value)) counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
	return counts;
}

function distance(tuples: ReadonlyMap<string, number>, model: ReadonlyMap<string, number>): number {
	let total = 0;
	// forEach rather than for…of: no [trigram, count] pair made for each of the text's trigrams.
	tuples.forEach((count, trigram) => {
		const rank = model.get(trigram);
		total += rank === undefined ? maxDifference : Math.abs(count - rank - 1);
	});
	return total;
}
