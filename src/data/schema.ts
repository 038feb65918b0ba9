import { z } from 'zod';
import { isRealDate, partialDatePattern } from './dates.js';

/** Ids are lowercase slugs so they read well in provenance lines and survive as Discord custom ids. */
export const idSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "prison-capacity"');

/** A calendar date at the precision the report gives it: "2021", "2022-12" or "2021-07-07". */
export const partialDateSchema = z
	.string()
	.regex(partialDatePattern, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
	.refine(isRealDate, 'is not a real calendar date');

const daySchema = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
	.refine(isRealDate, 'is not a real calendar date');

/**
 * When something happened, in the report's own words. `date` is present only when the report
 * pins it to the calendar; "Saturday night" or "February 7" (no year) stay words only.
 */
export const whenSchema = z.strictObject({
	words: z.string().min(1),
	date: partialDateSchema.optional(),
});

export const reportSchema = z.strictObject({
	id: idSchema,
	/** Path of the verbatim text, relative to the data directory. */
	file: z.string().min(1),
	/** The report's own headline; null when the text carries none. */
	headline: z.string().min(1).nullable(),
	/** A short descriptive label of ours for lists, never presented as the report's headline. */
	label: z.string().min(1),
	/** What the report is about, as titles name it: "Haiti" makes the "Haiti situation digest". */
	topic: z.string().min(1).optional(),
	outlet: z.string().min(1).nullable(),
	published: partialDateSchema.nullable(),
	/** Where the publication date comes from when the text does not carry it. */
	publishedNote: z.string().min(1).optional(),
	/** Where the article was published, when it is online. */
	url: z.url().optional(),
	/** Why a metadata field is unknown, shown beside it. */
	metadataNote: z.string().min(1).optional(),
	language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code'),
	added: daySchema,
});

export const entityKinds = ['person', 'organisation', 'coalition', 'media', 'place', 'prison', 'country'] as const;

export const entitySchema = z.strictObject({
	id: idSchema,
	kind: z.enum(entityKinds),
	name: z.string().min(1),
	/** Spellings readers type: the report's own, common ones, French ones. */
	aliases: z.array(z.string().min(1)),
	/** Where this belongs: a prison in a city, a city or a government in a country. */
	partOf: idSchema.optional(),
	/** The report only describes this group ("two of Haiti’s main police unions") and never gives its own name. */
	described: z.literal(true).optional(),
	added: daySchema,
});

const factBase = {
	id: idSchema,
	/** One sentence a user reads as the direct answer. */
	answer: z.string().min(1),
	about: z.array(idSchema).min(1),
	report: idSchema,
	/** 1-based paragraph of the report the quote comes from. */
	paragraph: z.int().positive(),
	quote: z.string().min(1),
	basis: z.enum(['stated', 'inferred', 'derived']),
	/** Required for inferred facts: what the report does and does not say. */
	note: z.string().min(1).optional(),
	/** Other facts an inference rests on. */
	basedOn: z.array(idSchema).optional(),
	/** For a fact that states an order of events: the event that came first, then the one after it. */
	sequence: z.tuple([idSchema, idSchema]).optional(),
	/** Extra search terms (synonyms, French) that are not in the answer or the quote. */
	keywords: z.array(z.string().min(1)).default([]),
	/** When the fact entered the data, so digests can tell what is new. */
	added: daySchema,
};

export const leadershipFactSchema = z.strictObject({
	...factBase,
	kind: z.literal('leadership'),
	coalition: idSchema,
	/** Null when the report does not say who leads. */
	leader: idSchema.nullable(),
	role: z.string().min(1),
});

export const derivationSchema = z.strictObject({
	/** percent: of[0] / of[1] × 100; difference: of[0] − of[1]. */
	op: z.enum(['percent', 'difference']),
	of: z.tuple([idSchema, idSchema]),
});

export const figureFactSchema = z.strictObject({
	...factBase,
	kind: z.literal('figure'),
	metric: z.string().min(1),
	/** Null when the report gives no number (see `estimate`). */
	value: z.number().nullable(),
	unit: z.string().min(1),
	/** The report's words where it gives no number: "large", "more than doubled". */
	estimate: z.string().min(1).optional(),
	asOf: whenSchema.optional(),
	reportedBy: idSchema.nullable(),
	derivation: derivationSchema.optional(),
	/** A figure of an earlier report that this one corrects: that value is kept, marked superseded. */
	supersedes: idSchema.optional(),
});

export const eventFactSchema = z.strictObject({
	...factBase,
	kind: z.literal('event'),
	when: whenSchema,
	/** The same event as another report tells it: shown once, with both sources. */
	sameAs: idSchema.optional(),
});

export const statementFactSchema = z.strictObject({
	...factBase,
	kind: z.literal('statement'),
	/** Who said it. */
	speaker: idSchema,
	/** Per which outlet, when the report names one. */
	outlet: idSchema.optional(),
	when: whenSchema.optional(),
});

/** A stated detail about one entity: what it is, where it is. */
export const detailFactSchema = z.strictObject({
	...factBase,
	kind: z.literal('detail'),
	subject: idSchema,
});

export const factSchema = z.discriminatedUnion('kind', [
	leadershipFactSchema,
	figureFactSchema,
	eventFactSchema,
	statementFactSchema,
	detailFactSchema,
]);

export const reportsFileSchema = z.strictObject({ reports: z.array(reportSchema).min(1) });
export const entitiesFileSchema = z.strictObject({ entities: z.array(entitySchema) });
export const factsFileSchema = z.strictObject({ facts: z.array(factSchema) });

export type Report = z.infer<typeof reportSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type EntityKind = Entity['kind'];
export type Fact = z.infer<typeof factSchema>;
export type FactKind = Fact['kind'];
export type When = z.infer<typeof whenSchema>;
export type FigureFact = z.infer<typeof figureFactSchema>;
export type LeadershipFact = z.infer<typeof leadershipFactSchema>;
