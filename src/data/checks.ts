import { deriveValue } from '../core/derive.js';
import { whenOf } from '../core/when.js';
import type { DataSet } from './load.js';
import type { EntityKind } from './schema.js';

export interface CrossProblem {
	collection: 'reports' | 'entities' | 'facts';
	path: string;
	message: string;
}

/**
 * What the checks are given when some of the data failed its schema, so that the rest is still
 * checked in the same pass without blaming it for what is missing.
 */
export interface CheckScope {
	/** Ids that exist in the files but whose items failed the schema: a reference to one is not "unknown". */
	unchecked?: ReadonlySet<string>;
	/** Collections whose file could not be read at all: no reference into them can be judged. */
	missing?: ReadonlySet<CrossProblem['collection']>;
	/** Whether coverage of the reports can be judged: not when some facts are missing. */
	coverage?: boolean;
	/** Each given item's index in its file, when items that failed the schema were left out. */
	positions?: Partial<Record<CrossProblem['collection'], readonly number[]>>;
}

/**
 * The checks no per-file schema can make: ids unique across the data, references resolve,
 * every quote is verbatim in its paragraph, derived figures add up, and the report is covered.
 */
export function checkDataSet({ reports, entities, facts }: DataSet, scope: CheckScope = {}): CrossProblem[] {
	const problems: CrossProblem[] = [];
	const problem = (collection: CrossProblem['collection'], path: string, message: string): void => {
		problems.push({ collection, path, message });
	};
	const indexIn = (collection: CrossProblem['collection'], i: number) => scope.positions?.[collection]?.[i] ?? i;
	/** Whether a reference that resolves to nothing may point at an item the schema already rejected. */
	const unjudged = (collection: CrossProblem['collection'], id: string) =>
		scope.missing?.has(collection) === true || scope.unchecked?.has(id) === true;

	// Fact and entity ids share one namespace: a lookup by id must never be ambiguous.
	const seen = new Map<string, string>();
	const claim = (collection: CrossProblem['collection'], index: number, id: string): void => {
		const here = `${collection}[${indexIn(collection, index)}].id`;
		const first = seen.get(id);
		if (first) problem(collection, here, `duplicate id "${id}" (already used at ${first})`);
		else seen.set(id, here);
	};
	for (const [i, report] of reports.entries()) claim('reports', i, report.id);
	for (const [i, entity] of entities.entries()) claim('entities', i, entity.id);
	for (const [i, fact] of facts.entries()) claim('facts', i, fact.id);

	const reportsById = new Map(reports.map((report) => [report.id, report]));
	const entityKinds = new Map(entities.map((entity) => [entity.id, entity.kind]));
	const factsById = new Map(facts.map((fact) => [fact.id, fact]));

	entities.forEach((entity, i) => {
		if (entity.partOf && !entityKinds.has(entity.partOf)) {
			problem('entities', `entities[${i}].partOf`, `unknown entity "${entity.partOf}"`);
		}
	});

	facts.forEach((fact, i) => {
		const at = (field: string) => `facts[${indexIn('facts', i)}].${field}`;
		const entityRef = (field: string, id: string, kinds?: readonly EntityKind[]): void => {
			const kind = entityKinds.get(id);
			if (!kind) {
				if (!unjudged('entities', id)) problem('facts', at(field), `unknown entity "${id}"`);
			} else if (kinds && !kinds.includes(kind))
				problem('facts', at(field), `"${id}" is a ${kind}, expected ${kinds.join(' or ')}`);
		};

		for (const [j, id] of fact.about.entries()) entityRef(`about[${j}]`, id);

		const report = reportsById.get(fact.report);
		if (!report) {
			if (!unjudged('reports', fact.report)) problem('facts', at('report'), `unknown report "${fact.report}"`);
		} else {
			const quote = fact.quote.normalize('NFC');
			const paragraph = report.paragraphs[fact.paragraph - 1];
			if (paragraph === undefined) {
				problem('facts', at('paragraph'), `report ${report.id} has only ${report.paragraphs.length} paragraphs`);
			} else if (!paragraph.includes(quote)) {
				const elsewhere = report.paragraphs.findIndex((p) => p.includes(quote));
				problem(
					'facts',
					at('quote'),
					elsewhere >= 0
						? `found in paragraph ${elsewhere + 1} of report ${report.id}, not paragraph ${fact.paragraph}`
						: `not found in report ${report.id}`,
				);
			}
		}

		const when = whenOf(fact);
		if (when && !fact.quote.normalize('NFC').includes(when.words.normalize('NFC'))) {
			problem('facts', at(fact.kind === 'figure' ? 'asOf.words' : 'when.words'), `"${when.words}" is not in the quote`);
		}

		if (fact.basis === 'inferred' && !fact.note) {
			problem('facts', at('note'), 'an inferred fact must say what the report does and does not state');
		}
		fact.basedOn?.forEach((id, j) => {
			if (!factsById.has(id) && !unjudged('facts', id)) problem('facts', at(`basedOn[${j}]`), `unknown fact "${id}"`);
		});
		fact.sequence?.forEach((id, j) => {
			if (!factsById.has(id)) problem('facts', at(`sequence[${j}]`), `unknown fact "${id}"`);
		});

		switch (fact.kind) {
			case 'leadership':
				entityRef('coalition', fact.coalition, ['coalition']);
				if (fact.leader) entityRef('leader', fact.leader);
				break;
			case 'statement':
				entityRef('speaker', fact.speaker);
				if (fact.outlet) entityRef('outlet', fact.outlet, ['media']);
				break;
			case 'detail':
				entityRef('subject', fact.subject);
				break;
			case 'figure': {
				if (fact.reportedBy) entityRef('reportedBy', fact.reportedBy);
				if (fact.value === null && !fact.estimate) {
					problem('facts', at('estimate'), 'a figure without a value must give the report’s words for it');
				}
				if (fact.derivation && fact.basis !== 'derived') {
					problem('facts', at('basis'), 'a figure with a derivation must have basis "derived"');
				}
				if (fact.basis === 'derived' && !fact.derivation) {
					problem('facts', at('derivation'), 'a derived figure must show how it is derived');
				}
				if (fact.derivation) {
					const inputs = fact.derivation.of.map((id) => factsById.get(id));
					const numbers: number[] = [];
					inputs.forEach((input, j) => {
						const id = fact.derivation?.of[j] ?? '';
						if (input?.kind === 'figure' && input.value !== null) numbers.push(input.value);
						else if (input || !unjudged('facts', id))
							problem('facts', at(`derivation.of[${j}]`), `"${id}" is not a figure with a value`);
					});
					const [a, b] = numbers;
					if (a !== undefined && b !== undefined) {
						const expected = deriveValue(fact.derivation.op, a, b);
						if (expected !== fact.value)
							problem('facts', at('value'), `should be ${expected} (${fact.derivation.op} of ${a} and ${b})`);
					}
				} else if (fact.value !== null && !quoteHasNumber(fact.quote, fact.value)) {
					problem('facts', at('value'), `${fact.value} does not appear in the quote`);
				}
				break;
			}
			case 'event':
				if (fact.sameAs) {
					const first = factsById.get(fact.sameAs);
					if (first?.kind !== 'event') problem('facts', at('sameAs'), `"${fact.sameAs}" is not an event`);
					else if (first.report === fact.report)
						problem('facts', at('sameAs'), `"${fact.sameAs}" is in the same report: one event is one fact`);
				}
				break;
		}
		if (fact.kind === 'figure' && fact.supersedes) {
			const earlier = factsById.get(fact.supersedes);
			if (earlier?.kind !== 'figure') problem('facts', at('supersedes'), `"${fact.supersedes}" is not a figure`);
			else if (earlier.report === fact.report)
				problem('facts', at('supersedes'), 'a report corrects another report’s figure, not its own');
		}
	});

	// Coverage: every paragraph yields a fact, and every number and date word the report prints is in a quote.
	if (scope.coverage === false) return problems;
	const quotes = quotesByParagraph(facts);
	reports.forEach((report, index) => {
		const i = indexIn('reports', index);
		report.paragraphs.forEach((paragraph, p) => {
			const here = quotes.get(report.id)?.get(p + 1) ?? [];
			if (here.length === 0) {
				problem('reports', `reports[${i}]`, `paragraph ${p + 1} of ${report.file} has no fact`);
			}
			for (const number of [...(paragraph.match(numberPattern) ?? []), ...(paragraph.match(dateWordPattern) ?? [])]) {
				if (!here.some((quote) => quote.includes(number))) {
					problem(
						'reports',
						`reports[${i}]`,
						`"${number}" in paragraph ${p + 1} of ${report.file} is in no fact's quote`,
					);
				}
			}
		});
	});

	return problems;
}

/**
 * The quotes of each report's facts by paragraph number, gathered once: large data has thousands
 * of reports, and scanning every fact for each would be slow.
 */
function quotesByParagraph(facts: DataSet['facts']): Map<string, Map<number, string[]>> {
	const quotes = new Map<string, Map<number, string[]>>();
	for (const fact of facts) {
		let paragraphs = quotes.get(fact.report);
		if (!paragraphs) {
			paragraphs = new Map();
			quotes.set(fact.report, paragraphs);
		}
		const list = paragraphs.get(fact.paragraph);
		if (list) list.push(fact.quote);
		else paragraphs.set(fact.paragraph, [fact.quote]);
	}
	return quotes;
}

/** Numerals and spelled-out numbers, as a report prints them. */
const numberPattern =
	/\b(?:\d[\d,.]*\d|\d|one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundreds?|thousands?|millions?)\b/gi;

/** Months and weekdays, capitalised as dates are (so the verb "may" is not a month). */
const dateWordPattern =
	/\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

function quoteHasNumber(quote: string, value: number): boolean {
	// French groups thousands with a space, a no-break space or a narrow one: "3 800", "3 800", "3 800".
	const french = value.toLocaleString('fr-FR');
	const forms = [
		String(value),
		value.toLocaleString('en-US'),
		...[' ', '\u00a0', '\u202f'].map((space) => french.replace(/\s/g, space)),
	];
	return forms.some((form) => quote.includes(form));
}
