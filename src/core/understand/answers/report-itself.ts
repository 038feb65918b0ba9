/**
 * Questions about a report itself rather than what it tells: who wrote it, when and where it was
 * published, its headline. What the data holds of that is its metadata, not its facts; no fact answers.
 */
import type { Answer } from '../../answer.js';
import { escapeRegExp } from '../../claims/names.js';
import { fold } from '../../language/lexicon.js';
import type { Answering } from './context.js';

/** Words for the report as a text. */
const reportWords = /\b(?:report|article|piece|story|text|rapport|texte|atik|rapo)\b/;

/** A report word and the clause that says what it told: "the story that…", "la nouvelle selon laquelle…". */
const toldAsClause =
	/\b(?:report|reports|story|stories|news|rapport|nouvelle|atik|nouvel)\s+(?:that|que|qu['’]?|selon laquelle|ki di)\s/;

/** What may be asked of a report as a text, and the words that ask it. */
const askedOfText = [
	{ thing: 'author', words: /\b(?:author|authors|byline|writer|wrote|written|auteur|auteurs|ecrit|redige|ekri)\b/ },
	{ thing: 'date', words: /\b(?:published|publication|publish|publishing|parution|publie|pibliye)\b/ },
	// ("What title does the report give Henry?" asks of Henry: a title is the text's own only said of it.)
	{
		thing: 'headline',
		words:
			/\bheadline\b|\b(?:title|titre|tit) (?:of|du|de) (?:the |l['’] ?|le )?(?:report|article|piece|story|text|rapport|texte|atik)\b|\b(?:report|article|piece|story|text)['’]s title\b/,
	},
] as const;

/**
 * "What's the exact publication date of the article and who's the author?": what the report's
 * metadata says of that, as the report does not say it; undefined where nothing of the text is asked.
 *
 * @example
 * reportItselfAsked(ctx, 'who wrote the article?'); // not found: "The report carries no byline. …"
 */
export function reportItselfAsked(ctx: Answering, question: string): Answer | undefined {
	const folded = fold(question);
	if (!reportWords.test(folded)) return undefined;
	// ("Who published the story that the guards left?": a story told as a clause is a claim in the report, whose
	// source is asked, not the text's.)
	if (toldAsClause.test(folded)) return undefined;
	// ("In what form did Gazette Haiti publish its report?": an outlet the report cites, and the report it published.)
	const outlets = ctx.tools.base.entities.filter((entity) => entity.kind === 'media');
	const named = (name: string) => new RegExp(`\\b${escapeRegExp(fold(name))}\\b`).test(folded);
	if (outlets.some((outlet) => [outlet.name, ...outlet.aliases].some(named))) return undefined;
	const asked = askedOfText.filter(({ words }) => words.test(folded)).map(({ thing }) => thing);
	if (asked.length === 0) return undefined;
	const reports = ctx.tools.base.reports;
	// Only what every report's metadata says it lacks is said to be lacking: a headline or a date the data has is not
	// this answer's to give.
	const lacks: Record<(typeof asked)[number], boolean> = {
		author: reports.every((report) => /\bbyline\b/i.test(report.metadataNote ?? '')),
		headline: reports.every((report) => !report.headline),
		date: reports.every((report) => report.publishedNote !== undefined),
	};
	if (!asked.every((thing) => lacks[thing])) return undefined;
	const said = asked.map((thing) => {
		if (thing === 'author') return 'The report carries no byline.';
		if (thing === 'headline') return 'The report carries no headline of its own.';
		return 'The report’s text carries no date.';
	});
	const notes = [
		...new Set(
			reports.flatMap((report) => [
				...(asked.includes('date') && report.published
					? [report.publishedNote ?? `It is filed as published on ${report.published}.`]
					: []),
				...(report.metadataNote ? [report.metadataNote] : []),
			]),
		),
	];
	return ctx.tools.notFound(question, { heading: said.join(' '), notes });
}
