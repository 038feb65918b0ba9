/** What the benchmark asks: the public questions, a mix around them, and keystrokes for autocomplete. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from '../tests/support/cli.js';

export interface PublicQuestion {
	q: string;
	/** Patterns a right answer contains, case-insensitive. */
	all?: string[];
	/** false: the right answer is that the report has nothing. */
	found?: boolean;
}

/**
 * The public question set, as published beside the repository, or the copy the tests use
 * (tests/fixtures/questions.json) in a checkout that has only the repository.
 */
const published = path.resolve(root, '../shared/eval/questions.json');
export const publicQuestionsFile = existsSync(published) ? published : path.join(root, 'tests/fixtures/questions.json');

export function publicQuestions(): PublicQuestion[] {
	return JSON.parse(readFileSync(publicQuestionsFile, 'utf8')) as PublicQuestion[];
}

/** Questions people also ask: in French, and about things the report does not cover. */
const otherQuestions = [
	'qui dirige la force internationale',
	'combien de détenus dans la prison',
	'quand le président a-t-il été assassiné',
	'who won the 2018 world cup',
	'recipe for banana bread',
	'how tall is mount everest',
];

/** The longest word with two letters in its middle swapped: "capacity" → "capcaity". */
export function withTypo(question: string): string {
	const words = question.split(' ');
	const longest = words.reduce((best, word) => (word.length > best.length ? word : best), '');
	if (longest.length < 4) return question;
	const i = Math.floor(longest.length / 2) - 1;
	const typo = `${longest.slice(0, i)}${longest[i + 1]}${longest[i]}${longest.slice(i + 2)}`;
	return words.map((word) => (word === longest ? typo : word)).join(' ');
}

/** Each question as asked and with a typo, plus French and off-topic ones. */
export function questionMix(questions: readonly string[]): string[] {
	return [...questions, ...questions.map(withTypo), ...otherQuestions];
}

/** What autocomplete sees while each text is typed: every prefix, one keystroke at a time. */
export function keystrokes(texts: readonly string[]): string[] {
	return texts.flatMap((text) => Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1)));
}
