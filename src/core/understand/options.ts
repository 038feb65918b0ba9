/** The scoring parameters of question answering, in one place. */
export const answerOptions = {
	/** A fact must account for this share of a question's information to answer it. */
	minCoverage: 0.62,
	/** A named speaker's statement gives way to a fact that scores this many times more… */
	outweighs: 3,
	/** …where the question says at least this much of what was said. */
	saidAtLeast: 3,
	/** A date given as a start answers "since when" of what the question names at this coverage. */
	startCoverage: 0.3,
	/** A fact this far ahead of the next (by score)… */
	dominance: 2,
	/** …answers at this coverage. */
	dominantCoverage: 0.5,
	/** With no name in the question, a fact must be this far ahead of the next (by score)… */
	unanchoredDominance: 4,
	/** …on at least this many of its words besides vague ones… */
	unanchoredTerms: 3,
	/** …at this coverage. */
	unanchoredCoverage: 0.55,
	/** Facts scoring within this share of the best one are shown beside it. */
	nearTie: 0.9,
	maxItems: 3,
	maxSuggestions: 5,
	/** How much a fact of the kind a frame asks for is favoured. */
	frameBoost: 1.5,
	/**
	 * A question with one unknown word is answered by a fact that has every other word of it (or
	 * a word related to it), at this coverage, when it has at least `minKnownTerms` of them.
	 */
	oneUnknownCoverage: 0.4,
	minKnownTerms: 2,
	/** A verb asked about that the data does not know is the fact's own, where the fact has this share of the question. */
	unknownVerbCoverage: 0.8,
	/** A question that asks for a number of answers ("what two warnings…") takes fitting facts down to this share of the best score. */
	askedNumberFloor: 0.25,
	/** Facts scoring this share of the best may date an event, if their quote dates it next to its words… */
	datedNear: 0.35,
	/** …at most this many words away. */
	dateNextTo: 3,
	/** How much a fact of a kind that cannot tell what is asked weighs ("what did the boss say" against who leads). */
	offTopic: 0.1,
} as const;
