/**
 * Deterministic synthetic fact bases of any size, for measuring how the index scales.
 *
 * The data is built directly as a DataSet, with a synthetic report text to match: each fact's quote
 * is a generated sentence, and the paragraphs of its report are those sentences joined, so every
 * quote is verbatim in the paragraph it names and every number and date word of a paragraph is in
 * one of its quotes. `syntheticDataSet` then validates the result with the same zod schemas as
 * data/ and the same cross-checks (src/data/checks.ts), and throws if either finds a problem.
 *
 * Sentences mix the real data's own words (so the real questions find many candidates, as they
 * would in a larger archive about the same crisis) with made-up words drawn from a lexicon that
 * grows with the data, both by a Zipf law, so the vocabulary grows the way a real corpus's does.
 */
import { checkDataSet } from '../src/data/checks.js';
import type { DataSet, LoadedReport } from '../src/data/load.js';
import {
	type Entity,
	type EntityKind,
	entitiesFileSchema,
	type Fact,
	factsFileSchema,
	reportsFileSchema,
} from '../src/data/schema.js';

/** mulberry32: a small, fast, seeded PRNG; the same seed gives the same data on every machine. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const syllables =
	'ba be bi bo da de di do ga ka ke ki ko la le li lo ma me mi mo na ne ni no pa pe po ra re ri ro sa se si so ta te ti to va ve vo za zo'.split(
		' ',
	);
const months = 'January February March April May June July August September October November December'.split(' ');
const added = '2026-11-27';

/** How the synthetic reports are shaped. */
export interface SyntheticShape {
	factsPerParagraph: number;
	paragraphsPerReport: number;
	/**
	 * Many reports about the same things: each dated, a third of their events told in relative
	 * words ("Saturday night"), figures in series over a few subjects and measures (so later
	 * values, corrections and disagreeing sources), and events told again by later reports.
	 */
	multiReport: boolean;
}

/** Like the real report: one report per 39 facts, 13 paragraphs of 3, undated. */
const singleReport: SyntheticShape = { factsPerParagraph: 3, paragraphsPerReport: 13, multiReport: false };

/** Relative words a report dates events in, resolved from its publication date. */
const relativeWords = ['Saturday night', 'this week', 'last October', 'February 7', 'in recent days', 'on Monday'];
/** Few subjects and measures, so that figures from many reports form series. */
const seriesMetrics = ['inmates', 'people displaced', 'people killed', 'schools closed'];

/** Picks items by a Zipf law over their order: the first is the most common. */
function zipf<T>(items: readonly T[], random: () => number): () => T {
	const cumulative: number[] = [];
	let total = 0;
	for (let rank = 1; rank <= items.length; rank++) {
		total += 1 / rank;
		cumulative.push(total);
	}
	return () => {
		const target = random() * total;
		let low = 0;
		let high = cumulative.length - 1;
		while (low < high) {
			const mid = (low + high) >> 1;
			if ((cumulative[mid] ?? 0) < target) low = mid + 1;
			else high = mid;
		}
		return items[low] as T;
	};
}

/** The real data's words, most frequent first, without punctuation and numbers. */
function realVocabulary(real: DataSet): string[] {
	const counts = new Map<string, number>();
	const texts = [...real.reports.map((report) => report.text), ...real.facts.flatMap((f) => [f.answer, ...f.keywords])];
	for (const word of texts.join(' ').split(/\s+/)) {
		const clean = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
		if (/^\p{L}[\p{L}'’-]*$/u.test(clean)) counts.set(clean, (counts.get(clean) ?? 0) + 1);
	}
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}

/**
 * `factCount` facts, with a tenth as many entities and 39 facts a report, generated from `real`'s
 * vocabulary and the schema's kinds. The same arguments always give the same data.
 */
export function syntheticDataSet(
	real: DataSet,
	factCount: number,
	seed = 1,
	shape: SyntheticShape = singleReport,
): DataSet {
	const { factsPerParagraph, paragraphsPerReport, multiReport } = shape;
	const factsPerReport = factsPerParagraph * paragraphsPerReport;
	const random = seededRandom(seed);
	const int = (below: number) => Math.floor(random() * below);
	const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;

	const realWord = zipf(realVocabulary(real), random);
	const lexicon = new Set<string>();
	const lexiconSize = Math.round(factCount / 2) + 500;
	while (lexicon.size < lexiconSize) {
		lexicon.add(Array.from({ length: 2 + int(3) }, () => pick(syllables)).join(''));
	}
	const madeUpWord = zipf([...lexicon], random);
	const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

	const entityKinds: EntityKind[] = [
		'person',
		'person',
		'organisation',
		'organisation',
		'coalition',
		'media',
		'place',
		'prison',
	];
	const entities: Entity[] = Array.from({ length: Math.max(20, Math.round(factCount / 10)) }, (_, i) => {
		const kind = i < entityKinds.length ? (entityKinds[i] as EntityKind) : pick(entityKinds);
		const [first, last] = [madeUpWord(), madeUpWord()];
		const name = `${capitalised(first)} ${capitalised(last)}`;
		// Like the real aliases: parts of the name, a nickname or two, a descriptive phrase.
		const spellings = [first, last, name.toLowerCase(), `${realWord()} ${last}`, `${realWord()} ${realWord()}`];
		const aliases = [...spellings, madeUpWord(), madeUpWord(), madeUpWord()].filter(() => random() < 0.7);
		return { id: `${kind}-${i}`, kind, name, aliases: [...new Set(aliases)], added };
	});
	const ofKind = (...kinds: EntityKind[]) => entities.filter((entity) => kinds.includes(entity.kind));
	const people = ofKind('person');
	const coalitions = ofKind('coalition');
	const sources = ofKind('organisation', 'media');

	const sentence = (names: readonly Entity[], inserts: readonly string[]) => {
		const words = Array.from({ length: 8 + int(13) }, () => (random() < 0.6 ? realWord() : madeUpWord()));
		for (const extra of [...names.map((entity) => entity.name), ...inserts])
			words.splice(int(words.length + 1), 0, extra);
		return words.join(' ');
	};

	const rawFacts: Record<string, unknown>[] = [];
	const figuresBySeries = new Map<string, { id: string; report: string }[]>();
	const events: { id: string; report: string }[] = [];
	for (let f = 0; f < factCount; f++) {
		const about = [...new Set(Array.from({ length: 1 + int(3) }, () => pick(entities)))];
		const year = 2015 + int(10);
		const month = 1 + int(12);
		const day = 1 + int(28);
		const monthWords = `${months[month - 1]} ${year}`;
		const dayWords = `${months[month - 1]} ${day}, ${year}`;
		const iso = (...parts: number[]) => parts.map((part) => String(part).padStart(2, '0')).join('-');
		const base = {
			id: `synthetic-fact-${f}`,
			about: about.map((entity) => entity.id),
			report: `synthetic-report-${Math.floor(f / factsPerReport)}`,
			paragraph: 1 + (Math.floor(f / factsPerParagraph) % paragraphsPerReport),
			basis: 'stated',
			keywords: Array.from({ length: int(11) }, () => (random() < 0.5 ? realWord() : madeUpWord())),
			added,
		};
		let fact: Record<string, unknown>;
		const kind = int(10);
		if (kind < 1) {
			const leader = random() < 0.9 ? pick(people) : null;
			const coalition = pick(coalitions);
			fact = { ...base, kind: 'leadership', coalition: coalition.id, leader: leader?.id ?? null, role: realWord() };
			fact.quote = sentence([coalition, ...(leader ? [leader] : [])], []);
		} else if (kind < 3) {
			const value = 1 + int(100_000);
			const asOf = multiReport || random() < 0.5 ? { words: monthWords, date: iso(year, month) } : undefined;
			const metric = multiReport ? pick(seriesMetrics) : `${realWord()} ${realWord()}`.toLowerCase();
			fact = { ...base, kind: 'figure', metric, value, unit: multiReport ? metric : realWord() };
			if (multiReport) {
				// A few prisons and places the reports keep counting: series, with disagreements and corrections.
				const subject = pick(entities.slice(0, 8)).id;
				fact.about = [subject, ...about.map((entity) => entity.id).filter((id) => id !== subject)];
				const earlier = figuresBySeries.get(`${subject}|${metric}`);
				const previous = earlier?.at(-1);
				if (previous && previous.report !== base.report && random() < 0.1) fact.supersedes = previous.id;
				figuresBySeries.set(`${subject}|${metric}`, [...(earlier ?? []), { id: base.id, report: base.report }]);
			}
			fact.reportedBy = random() < 0.8 ? pick(sources).id : null;
			if (asOf) fact.asOf = asOf;
			fact.quote = sentence([], [value.toLocaleString('en-US'), ...(asOf ? [asOf.words] : [])]);
		} else if (kind < 6) {
			const relative = multiReport && random() < 0.33 ? pick(relativeWords) : undefined;
			const when = relative ? { words: relative } : { words: dayWords, date: iso(year, month, day) };
			fact = { ...base, kind: 'event', when };
			const retold = events.length > 0 && multiReport && random() < 0.05 ? pick(events) : undefined;
			if (retold && retold.report !== base.report) fact.sameAs = retold.id;
			else events.push({ id: base.id, report: base.report });
			fact.quote = sentence([], [when.words]);
		} else if (kind < 8) {
			const speaker = pick([...people, ...sources]);
			fact = { ...base, kind: 'statement', speaker: speaker.id };
			fact.quote = sentence([speaker], []);
		} else {
			const subject = pick(entities);
			fact = { ...base, kind: 'detail', subject: subject.id };
			fact.quote = sentence([subject], []);
			if (f > 0 && random() < 0.2) {
				fact.basis = 'inferred';
				fact.note = `The report implies this without saying it: ${realWord()} ${madeUpWord()}.`;
				fact.basedOn = [`synthetic-fact-${int(f)}`];
			}
		}
		// The answer restates the quote: its words, a few changed, as the real answers do.
		const restated = String(fact.quote)
			.split(' ')
			.map((word) => (random() < 0.15 ? realWord() : word));
		fact.answer = `${capitalised(restated.join(' '))}.`;
		rawFacts.push(fact);
	}

	// One report per `factsPerReport` facts: by default 13 paragraphs of 3 quotes each, like the real report.
	const reportIds = [...new Set(rawFacts.map((fact) => String(fact.report)))];
	const reports: LoadedReport[] = reportsFileSchema
		.parse({
			reports: reportIds.map((id) => ({
				id,
				file: `reports/${id}.txt`,
				headline: null,
				label: `Synthetic report ${id}`,
				outlet: null,
				// Reports a day apart, the latest in 2024, when the data is many reports about one crisis.
				published: multiReport
					? new Date(Date.UTC(2024, 2, 3) - (reportIds.length - 1 - reportIds.indexOf(id)) * 86_400_000)
							.toISOString()
							.slice(0, 10)
					: null,
				language: 'en',
				added,
			})),
		})
		.reports.map((report) => ({ ...report, text: '', paragraphs: [] }));
	const byId = new Map(reports.map((report) => [report.id, report]));
	for (const fact of rawFacts) {
		const report = byId.get(String(fact.report));
		const index = Number(fact.paragraph) - 1;
		if (report) report.paragraphs[index] = [report.paragraphs[index], fact.quote].filter(Boolean).join('. ');
	}
	for (const report of reports) {
		report.paragraphs = report.paragraphs.filter(Boolean).map((paragraph) => `${paragraph}.`.normalize('NFC'));
		report.text = report.paragraphs.join('\n\n');
	}

	const data: DataSet = {
		reports,
		entities: entitiesFileSchema.parse({ entities }).entities,
		facts: factsFileSchema.parse({ facts: rawFacts }).facts as Fact[],
	};
	const problems = checkDataSet(data);
	if (problems.length > 0) {
		const first = problems.slice(0, 5).map((p) => `${p.collection}: ${p.path}: ${p.message}`);
		throw new Error(`synthetic data fails the data checks (${problems.length}):\n${first.join('\n')}`);
	}
	return data;
}
