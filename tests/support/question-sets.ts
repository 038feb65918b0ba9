/**
 * The public question and message sets, and how an answer is scored against them: the one
 * rule the tests and the benchmark both use.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './cli.js';

export interface QuestionCase {
	q: string;
	/** Absent in the first set, whose questions are close to the report's words. */
	category?: string;
	/** Every pattern must match the answer (case-insensitive). */
	all?: string[];
	/** At least one must match. */
	any?: string[];
	/** None may match. */
	none?: string[];
	/** false: the right answer is that the report has nothing. */
	found?: boolean;
	/** Either nothing, or an answer matching one of these. */
	found_or?: string[];
}

export interface MessageCase {
	message: string;
	expect: { span: string; verdict: 'matches' | 'differs' | 'not_in_report' }[];
}

export interface Reply {
	found: boolean;
	text: string;
}

/** A set as published beside the repository, or the copy the tests use in a checkout that has only the repository. */
function load<T>(name: string): T {
	const published = path.resolve(root, '../shared/eval', name);
	const file = existsSync(published) ? published : path.join(root, 'tests/fixtures', name);
	return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export const questionSet = (name: 'questions.json' | 'questions-2.json') => load<QuestionCase[]>(name);
export const messageSet = () => load<MessageCase[]>('claims.json');

/** Is the reply right for the question, by the set's own rules? */
export function isRight(question: QuestionCase, reply: Reply): boolean {
	const matches = (pattern: string) => new RegExp(pattern, 'i').test(reply.text);
	if ((question.none ?? []).some(matches)) return false;
	if (question.found_or) return !reply.found || question.found_or.some(matches);
	if (reply.found !== (question.found ?? true)) return false;
	return (question.all ?? []).every(matches) && (!question.any || question.any.some(matches));
}
