/**
 * Quality against baselines, in the same run: the share of the public questions each answers
 * right, scored as tests/public-questions.test.ts scores the bot (the plain renderer's answer
 * text must match every pattern; a question the report does not answer must get "nothing").
 *
 * The baselines answer with the report sentence they rank first, or nothing when none passes a
 * threshold. Each baseline's threshold is the best of a sweep on these same questions, which
 * favours the baselines.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { AnswerEngine } from '../src/core/engine.js';
import type { DataSet } from '../src/data/load.js';
import { answerText } from '../src/render/plain.js';
import { isRight, type MessageCase, type QuestionCase, type Reply } from '../tests/support/question-sets.js';
import { latency, sample } from './stats.js';
import type { Row } from './table.js';

type PublicQuestion = QuestionCase;
type Answerer = (question: string) => Reply;

const rounds = 20;
const warmUpRounds = 3;

function share(questions: readonly PublicQuestion[], answer: Answerer): number {
	return questions.filter((question) => isRight(question, answer(question.q))).length / questions.length;
}

/** The report's sentences: what a plain text search would return. */
function sentences(data: DataSet): string[] {
	return data.reports.flatMap((report) =>
		report.paragraphs.flatMap((paragraph) => paragraph.split(/(?<=[.!?…][”"’]?)\s+(?=[A-Z“"])/)),
	);
}

/** fuse.js over the sentences; its threshold is the cut-off. */
function fuseAnswerer(texts: readonly string[], threshold: number): Answerer {
	const fuse = new Fuse(texts, { includeScore: true, ignoreLocation: true, threshold });
	return (question) => {
		const [top] = fuse.search(question, { limit: 1 });
		return top ? { found: true, text: top.item } : { found: false, text: '' };
	};
}

/** MiniSearch (BM25) over the sentences, with fuzzy and prefix matching: the top sentence and its score. */
function miniSearchTop(texts: readonly string[]): (question: string) => { text: string; score: number } | undefined {
	const index = new MiniSearch<{ id: number; text: string }>({
		fields: ['text'],
		storeFields: ['text'],
		searchOptions: { fuzzy: 0.2, prefix: true },
	});
	index.addAll(texts.map((text, id) => ({ id, text })));
	return (question) => {
		const [top] = index.search(question);
		return top ? { text: String(top.text), score: top.score } : undefined;
	};
}

/** The threshold among `candidates` that answers most questions right (the lowest such one). */
function bestOf<T>(questions: readonly PublicQuestion[], candidates: readonly T[], make: (value: T) => Answerer) {
	let best: { value: T; share: number; answer: Answerer } | undefined;
	for (const value of candidates) {
		const answer = make(value);
		const right = share(questions, answer);
		if (!best || right > best.share) best = { value, share: right, answer };
	}
	if (!best) throw new Error('no threshold to try');
	return best;
}

export function qualityRows(
	data: DataSet,
	questions: readonly PublicQuestion[],
	section = 'quality, public questions',
): Row[] {
	const asked = questions.map((question) => question.q);
	const texts = sentences(data);

	// A fresh engine a round, as on the real data above: each question is new to the engine. The
	// first rounds warm up.
	const engineSamples: number[] = [];
	let engineShare = 0;
	for (let round = 0; round < warmUpRounds + rounds; round++) {
		const engine = new AnswerEngine(data);
		const answer: Answerer = (question) => {
			const reply = engine.ask(question);
			return { found: reply.found, text: answerText(reply) };
		};
		const times = sample(asked, answer);
		if (round >= warmUpRounds) engineSamples.push(...times);
		engineShare = share(questions, answer);
	}

	const fuse = bestOf(questions, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9], (t) => fuseAnswerer(texts, t));
	const miniSearch = miniSearchTop(texts);
	const minScores = [0, ...asked.map((question) => miniSearch(question)?.score ?? 0)].sort((a, b) => a - b);
	const mini = bestOf(questions, minScores, (minScore) => (question) => {
		const top = miniSearch(question);
		return top && top.score >= minScore ? { found: true, text: top.text } : { found: false, text: '' };
	});

	const repeated = (answer: Answerer) => sample(Array.from({ length: rounds }, () => asked).flat(), answer);
	const percent = (value: number) =>
		`${Math.round(value * 100)}% (${Math.round(value * questions.length)}/${questions.length})`;
	const ahead = engineShare > fuse.share && engineShare > mini.share;
	return [
		{
			section,
			measure: 'sitrep engine (ask, plain renderer)',
			value: percent(engineShare),
			note: `p50 ${latency(engineSamples).p50.toFixed(3)} ms`,
			target: { text: '≥ 95% and ahead of both baselines', pass: engineShare >= 0.95 && ahead },
		},
		{
			section,
			measure: 'fuse.js over the report’s sentences',
			value: percent(fuse.share),
			note: `p50 ${latency(repeated(fuse.answer)).p50.toFixed(3)} ms, threshold ${fuse.value}`,
		},
		{
			section,
			measure: 'MiniSearch (BM25) over the report’s sentences',
			value: percent(mini.share),
			note: `p50 ${latency(repeated(mini.answer)).p50.toFixed(3)} ms, min score ${mini.value.toFixed(2)}`,
		},
	];
}

/**
 * The second question set by category: this engine against the same two baselines (each with
 * the threshold that suits it best over the whole set), and the overall share.
 */
export function categoryRows(data: DataSet, questions: readonly QuestionCase[]): Row[] {
	const section = 'quality by category, second public set';
	const engine = new AnswerEngine(data);
	const ours: Answerer = (question) => {
		const reply = engine.ask(question);
		return { found: reply.found, text: answerText(reply) };
	};
	const texts = sentences(data);
	const fuse = bestOf(questions, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9], (t) => fuseAnswerer(texts, t)).answer;
	const miniSearch = miniSearchTop(texts);
	const minScores = [0, ...questions.map((question) => miniSearch(question.q)?.score ?? 0)].sort((a, b) => a - b);
	const mini = bestOf(questions, minScores, (minScore) => (question) => {
		const top = miniSearch(question);
		return top && top.score >= minScore ? { found: true, text: top.text } : { found: false, text: '' };
	}).answer;
	const categories = [...new Set(questions.map((question) => question.category ?? 'other'))];
	const percent = (value: number) => `${Math.round(value * 100)}%`;
	const rows: Row[] = categories.map((category) => {
		const inCategory = questions.filter((question) => (question.category ?? 'other') === category);
		const [a, b, c] = [ours, mini, fuse].map((answer) => share(inCategory, answer));
		return {
			section,
			measure: category,
			value: percent(a ?? 0),
			note: `MiniSearch ${percent(b ?? 0)}, fuse.js ${percent(c ?? 0)} (${inCategory.length} questions)`,
		};
	});
	const overall = share(questions, ours);
	const outOfScope = questions.filter((question) => question.category === 'out-of-scope');
	const wrongFacts = outOfScope.filter(
		(question) => !isRight(question, ours(question.q)) && ours(question.q).found,
	).length;
	rows.push({
		section,
		measure: 'overall',
		value: percent(overall),
		note: `MiniSearch ${percent(share(questions, mini))}, fuse.js ${percent(share(questions, fuse))}`,
		target: { text: '≥ 95%', pass: overall >= 0.95 },
	});
	rows.push({
		section,
		measure: 'out-of-scope questions answered with a fact',
		value: String(wrongFacts),
		target: { text: '0', pass: wrongFacts === 0 },
	});
	return rows;
}

/** The message check on the public message set: claims given the right verdict, and false "matches". */
export function claimRows(data: DataSet, messages: readonly MessageCase[]): Row[] {
	const section = 'quality, message check';
	const engine = new AnswerEngine(data);
	let right = 0;
	let total = 0;
	let falseMatches = 0;
	const times: number[] = [];
	for (const { message, expect } of messages) {
		const started = performance.now();
		const claims = engine.claims(message);
		times.push(performance.now() - started);
		for (const { span, verdict } of expect) {
			total++;
			const claim = claims.find((found) => new RegExp(span, 'i').test(found.text));
			if (claim?.verdict === verdict) right++;
			if (claim?.verdict === 'matches' && verdict !== 'matches') falseMatches++;
		}
	}
	return [
		{
			section,
			measure: 'claims with the right verdict',
			value: `${Math.round((right / total) * 100)}% (${right}/${total})`,
			note: `p50 ${latency(times).p50.toFixed(3)} ms a message`,
			target: { text: '100%', pass: right === total },
		},
		{
			section,
			measure: 'false “matches”',
			value: String(falseMatches),
			target: { text: '0', pass: falseMatches === 0 },
		},
	];
}
