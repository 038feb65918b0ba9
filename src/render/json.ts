import type { Answer } from '../core/answer.js';
import { answerText } from './plain.js';

/** The machine-readable answer: what a user reads, and where each part comes from. */
export function toJson(answer: Answer) {
	return {
		question: answer.question,
		found: answer.found,
		kind: answer.kind,
		answer: answerText(answer),
		sources: answer.items
			.flatMap(({ source, support }) => [source, ...support])
			.map((source) => ({
				id: source.factId,
				quote: source.quote,
				report: source.reportId,
				paragraph: source.paragraph,
				basis: source.basis,
			})),
		suggestions: answer.suggestions,
	};
}
