import { splitParagraphs } from '../data/load.js';
import type { Entity, EntityKind, When } from '../data/schema.js';
import type { Bundle } from './bundle.js';
import {
	type DraftLanguage,
	type FoundNumber,
	findAttribution,
	findDates,
	findNames,
	findNumbers,
	isYear,
} from './find.js';

export interface DraftOptions {
	/** The report's id, a slug: also the name of its text file and of the draft's folder. */
	id: string;
	/** The article, paragraphs separated by blank lines. */
	text: string;
	language: DraftLanguage;
	outlet?: string;
	/** YYYY-MM-DD: relative dates ("Saturday night") are resolved from it. */
	published?: string;
	url?: string;
	/** The day the report enters the data, YYYY-MM-DD. */
	today: string;
	/** The entities the data knows, to link by name and alias. */
	entities: readonly Entity[];
}

type Json = Record<string, unknown>;

/**
 * A draft of a report's data, for an editor to finish: the metadata, and a candidate fact for
 * every sentence that carries a number, a date or a relative time, an attribution or a known
 * entity, with its verbatim quote, its paragraph, a guessed kind and the fields the sentence
 * gives. Names the data does not know become candidate entities; known ones are linked.
 * Candidates carry a `draft` object saying what was found; the editor writes each answer,
 * confirms the kind and deletes `draft`.
 *
 * @example
 * draftReport({ id: 'port-attack', text, language: 'en', published: '2024-03-03', today: '2024-03-04', entities })
 */
export function draftReport(options: DraftOptions): Omit<Bundle, 'dir'> {
	const { id, text, language, today } = options;
	const paragraphs = splitParagraphs(text.normalize('NFC'));
	const linker = entityLinker(options.entities);
	const facts: Json[] = [];
	const newNames = new Map<string, number>();

	paragraphs.forEach((paragraph, p) => {
		sentencesOf(paragraph, language).forEach((quote, s) => {
			const dates = findDates(quote, language, options.published);
			const dateWords = dates.map((when) => when.words).join(' ');
			const numbers = findNumbers(quote, language).filter(
				(number) => !isYear(number) && !new RegExp(`\\b${escapeRegExp(number.text)}\\b`).test(dateWords),
			);
			const attribution = findAttribution(quote);
			const known = linker(quote);
			const unknown = findNames(quote).filter((name) => !known.some((entity) => coversName(entity, name)));
			for (const name of unknown) newNames.set(name, newNames.get(name) ?? p + 1);
			if (numbers.length === 0 && dates.length === 0 && !attribution && known.length === 0) return;
			facts.push(
				candidate(
					{ id: `${id}-${p + 1}-${s + 1}`, report: id, paragraph: p + 1, quote, today },
					{
						numbers,
						dates,
						attribution,
						known,
						unknown,
					},
				),
			);
		});
	});

	const entities = [...newNames].map(([name, paragraph]) => ({
		id: slug(name),
		kind: guessEntityKind(name),
		name,
		aliases: [],
		added: today,
		draft: { foundIn: `paragraph ${paragraph}` },
	}));
	const [firstSentence = id] = sentencesOf(paragraphs[0] ?? '', language);
	return {
		report: {
			id,
			file: `reports/${id}.txt`,
			headline: null,
			label: shorten(firstSentence),
			outlet: options.outlet ?? null,
			published: options.published ?? null,
			...(options.url ? { url: options.url } : {}),
			language,
			added: today,
			draft: { check: 'the label (ours, not the headline), headline, outlet and publication date' },
		},
		text: `${paragraphs.join('\n\n')}\n`,
		facts,
		entities,
	};
}

interface Found {
	numbers: FoundNumber[];
	dates: When[];
	attribution: string | undefined;
	known: Entity[];
	unknown: string[];
}

/** One candidate fact, its kind guessed from what the sentence carries. */
function candidate(
	base: { id: string; report: string; paragraph: number; quote: string; today: string },
	found: Found,
): Json {
	const { numbers, dates, attribution, known } = found;
	const [when] = dates;
	const source = attribution ? known.find((entity) => entity.kind !== 'place' && entity.kind !== 'country') : undefined;
	const common = {
		answer: '',
		about: known.map((entity) => entity.id),
		report: base.report,
		paragraph: base.paragraph,
		quote: base.quote,
		basis: 'stated',
		keywords: [],
		added: base.today,
	};
	const draft = {
		found: {
			...(numbers.length > 0 ? { numbers: numbers.map((number) => number.text) } : {}),
			...(dates.length > 0 ? { dates: dates.map((date) => date.words) } : {}),
			...(attribution ? { attribution } : {}),
			...(known.length > 0 ? { entities: known.map((entity) => entity.name) } : {}),
			...(found.unknown.length > 0 ? { newNames: found.unknown } : {}),
		},
		kinds: 'figure (a number), event (something that happened), statement (someone said), detail (what something is)',
	};
	const [number] = numbers;
	if (number) {
		const unit = number.unit ?? '';
		return {
			id: base.id,
			kind: 'figure',
			...common,
			metric: unit,
			value: number.value,
			...(number.value === null ? { estimate: number.text } : {}),
			unit,
			...(when ? { asOf: when } : {}),
			reportedBy: source?.id ?? null,
			draft,
		};
	}
	if (attribution) {
		const media = known.find((entity) => entity.kind === 'media');
		const speaker = known.find((entity) => entity.kind !== 'media' && entity.kind !== 'place') ?? media;
		return {
			id: base.id,
			kind: 'statement',
			...common,
			speaker: speaker?.id ?? '',
			...(media && media !== speaker ? { outlet: media.id } : {}),
			...(when ? { when } : {}),
			draft,
		};
	}
	if (when) return { id: base.id, kind: 'event', ...common, when, draft };
	return { id: base.id, kind: 'detail', ...common, subject: known[0]?.id ?? '', draft };
}

/** Sentences as the language's rules split them, each verbatim in its paragraph. */
function sentencesOf(paragraph: string, language: DraftLanguage): string[] {
	const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
	return [...segmenter.segment(paragraph)].map((part) => part.segment.trim()).filter(Boolean);
}

/** Finds the known entities a sentence names, by name or alias, as whole words. */
function entityLinker(entities: readonly Entity[]): (sentence: string) => Entity[] {
	const patterns = entities.map((entity) => {
		const names = [entity.name, ...entity.aliases].filter((name) => name.length >= 3).map(escapeRegExp);
		return { entity, pattern: new RegExp(`(?<![\\p{L}\\d])(?:${names.join('|')})(?![\\p{L}\\d])`, 'iu') };
	});
	return (sentence) => patterns.filter(({ pattern }) => pattern.test(sentence)).map(({ entity }) => entity);
}

function coversName(entity: Entity, name: string): boolean {
	const lower = name.toLowerCase();
	return [entity.name, ...entity.aliases].some((known) => {
		const other = known.toLowerCase();
		return other.includes(lower) || lower.includes(other);
	});
}

const organisationWords =
	/\b(?:police|government|gouvernement|council|conseil|union|syndicat|network|réseau|agency|agence|ministry|ministère|group|groupe|nations|prison|pénitencier|court|tribunal|party|parti|army|armée|bank|banque|news|press|presse|radio|post|gazette|journal|times)\b/i;

function guessEntityKind(name: string): EntityKind {
	if (/\b(?:prison|pénitencier|penitentiary)\b/i.test(name)) return 'prison';
	if (organisationWords.test(name) || /^[\p{Lu}\d]{2,}$/u.test(name)) return 'organisation';
	return name.split(/\s+/).length >= 2 ? 'person' : 'place';
}

function slug(name: string): string {
	return (
		name
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'entity'
	);
}

function shorten(sentence: string, length = 100): string {
	if (sentence.length <= length) return sentence.replace(/[.!?]$/, '');
	return `${sentence.slice(0, length).replace(/\s+\S*$/, '')}…`;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
