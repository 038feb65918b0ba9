import type { Entity, Fact } from '../../data/schema.js';
import type { FactBase } from '../fact-base.js';
import { englishTags, isEnglishWord, nounNoAdjective } from '../language/english-words.js';
import { leaving, wentOn } from '../language/leaving.js';
import capacity from '../language/lexicon/capacity.json' with { type: 'json' };
import kinds from '../language/lexicon/kinds.json' with { type: 'json' };
import { fold, stopwords, vagueWords, wordInEnglish } from '../language/lexicon.js';
import { readText } from '../language/read.js';
import type { SearchIndex } from '../search-index.js';
import { normalize, stem, terms as termsOf } from '../text.js';
import { onlyInRelativeClause, sameSentence } from '../understand/fits.js';
import { isGenericCount, measures } from '../understand/measure.js';
import { inOwnWords, type Ranked } from '../understand/rank.js';
import { formatDate, whenOf } from '../when.js';
import { entityClaims, subjectPlaced } from './agents.js';
import { changePattern, changeRange, compareChanges, contains } from './changes.js';
import { type Claim, type Clause, claim, entitiesBehind, relevant, relevantCoverage, withoutSpans } from './claim.js';
import { toldWhole } from './content.js';
import { creditOpener } from './credit.js';
import { dateClaim, datingWords, nextTo, widen } from './dates.js';
import { durationClaim, durationsIn } from './durations.js';
import { ofAnotherTime } from './event-times.js';
import { forwardedOnly } from './forwarded.js';
import { mentionsIn, withNamesCased } from './names.js';
import { quotedClaims } from './quoted.js';
import { ordinalsAgree, otherRank, ranksAgree } from './ranks.js';
import { ratioClaim, ratiosIn } from './ratios.js';
import { firstOpening, saidOfAnother } from './sequence.js';
import { titleGivenElsewhere, titleHolderIn, titleWords } from './titles.js';
import { unheardOf } from './unheard.js';
import { type DateValue, isCalendarWord, type NumberValue, type Span, valuesIn } from './values.js';

export type { Claim, Verdict } from './claim.js';

/** At most this many clauses and values of one message are checked; a rumour rarely has more than a few. */
const maxClauses = 40;
const maxValues = 30;

/** A date is compared with the dated facts a clause comes near: a date is specific enough to be matched more loosely. */
const dateCoverage = 0.35;

const changeWords = changePattern;
/** A negation right before a change: "did not", "didn't", "never", "no longer", French "pas", Creole "pa". */
const negatedBefore =
	/(?:\bnot|n['’]t|\bnever|\bno longer|\bpas|\bpa|\bjamais)\s+(?:(?:really|actually|even|quite|yet|encore|vraiment)\s+)?$/iu;

/** Does a claim state a figure (a number or a change), rather than a date, a name or a description? */
export function statesFigure(claim: Claim): boolean {
	return (
		valuesIn(claim.text).some((value) => value.kind === 'number') ||
		new RegExp(changeWords.source, 'iu').test(claim.text)
	);
}

/** Words that say a claim is of all of a group: "all of the alleged perpetrators", "tous les détenus", "tout prizonye yo". */
const wholeOfGroup =
	/(?<!\p{L})(?:all(?:\s+of)?\s+(?:the|those|these|his|their|its)|every|each|entire|whole|tous\s+les|toutes\s+les|tout\s+le|chak)(?!\p{L})/iu;
/** Words of a report's quote that say it is of part of a group: "many of", "some of", "a large part of". */
const partOfGroup =
	/(?<!\p{L})(?:many|some|most|several|certain|part|a number|beaucoup|plusieurs|certains|anpil|kèk)(?:\s+of)?(?!\p{L})/iu;
/** Words that say a claim is of only a few: "just a few neighbourhoods", "juste quelques quartiers". */
const fewOfGroup =
	/(?<!\p{L})(?:(?:only|just)\s+(?:a\s+)?(?:few|couple|handful)|(?:juste|seulement)\s+quelques|s[eè]lman\s+k[eè]k)(?!\p{L})/iu;
/** Words of a quote that give an amount of a group, much or little. */
const amountIn =
	/(?<!\p{L})(?:many|most|a large part|large parts?|much|few|some|several|all|every|large|\d)(?!\p{L})/iu;
/** Words of a quote that say it is of much of a group: "a large part of", "many of", "most of". */
const muchOfGroup = /(?<!\p{L})(?:many|most|a large part|large parts?|much)(?!\p{L})/iu;

/**
 * "All of the alleged perpetrators are held there", "the gangs control just a few neighbourhoods": a claim of all of
 * a group, or of only a few, where the report's words say many or part of it, says more or less than the report.
 */
function otherwiseQuantified(found: Claim): Claim {
	const [fact] = found.facts;
	if (found.verdict !== 'matches' || !fact) return found;
	const whole = wholeOfGroup.test(found.text) && partOfGroup.test(fact.quote) && !wholeOfGroup.test(fact.quote);
	const few = fewOfGroup.test(found.text) && muchOfGroup.test(fact.quote);
	if (whole || few) return claim(found.text, 'differs', found.facts, `The report says: ${fact.answer}`);
	// ("…contrôlent juste quelques quartiers" against "gunfire in neighborhoods": only a few, and no more, is told
	// nowhere the fact gives no amount.)
	if (fewOfGroup.test(found.text) && !amountIn.test(fact.quote))
		return claim(found.text, 'not_in_report', found.facts, `The report does not say how many: ${fact.answer}`);
	return found;
}

/**
 * Splits a message into claims and holds each against the fact about the same subject and
 * measure: a number, a date, a change, a description, or who did or said something. A value is
 * "matches" only when that fact gives it; "differs" when that fact gives another; "not in the
 * report" when no fact about that subject and measure gives a value. A number is never
 * confirmed because it appears somewhere else in the report. With `asWritten`, as a moderator is
 * shown them: a name and its deed, or a clause one fact tells whole, confirmed together, are one claim.
 */
export function checkClaims(
	base: FactBase,
	index: SearchIndex,
	message: string,
	{ asWritten = false }: { asWritten?: boolean } = {},
): Claim[] {
	const text = withNamesCased(forwardedOnly(maskMarkup(message), base, index), base);
	const claims: Claim[] = [];
	let subject: Entity | undefined;
	// The last thing the data places that the sentence names (a prison), for a clause that goes on with where it is.
	let placedBefore: Entity | undefined;
	let lastSentence = '';
	let checked = 0;
	// The dates of the clause before, in the same sentence: "…in 2017, back when it had 2,500 inmates" counts for 2017.
	let datesBefore: { sentence: string; dates: DateValue[] } = { sentence: '', dates: [] };
	// The last dates the message gave, and the clause before: "…in 2017 (overcrowding): at the time, 2,800 inmates".
	let lastDates: DateValue[] = [];
	let before = '';
	// The entities the clause before names, for a clause that goes on about its subject.
	let namesBefore: string[] = [];
	// A message is read clause by clause, up to a bound: the work one message costs stays bounded.
	for (const clause of clausesOf(text).slice(0, maxClauses)) {
		const first = claims.length;
		const values = valuesIn(clause.text).slice(0, Math.max(0, maxValues - checked));
		checked += values.length;
		const ownDates = values.filter((v): v is DateValue => v.kind === 'date');
		// ("At the time", "à l'époque", opening the clause or ending the one before, take up the last dates given.)
		const explicitly = explicitThen.test(clause.text) || explicitThenEnding.test(before);
		const thenDates =
			ownDates.length > 0
				? []
				: explicitly
					? lastDates
					: datesBefore.sentence === clause.sentence && backThen.test(clause.text)
						? datesBefore.dates
						: [];
		datesBefore = { sentence: clause.sentence, dates: ownDates.length > 0 ? ownDates : thenDates };
		if (ownDates.length > 0) lastDates = ownDates;
		// "…homicides more than doubled, thats like 5000 ppl": a clause that only points back to the one before, with
		// a number of nobody in particular, counts what that clause is about.
		const names = mentionsIn(clause.text, base);
		// ("…was built for 700 but had 3,687 in there": a clause whose subject is the one before's, left out or said
		// as a pronoun, has what that clause is about.)
		// (A verb alone opens such a clause only after "but" or "and": after a comma it may follow an aside.)
		const joined = /\b(?:but|and|yet|mais|et)\s*$/iu.test(text.slice(0, clause.start));
		const sameSubject =
			subjectTakenUp.test(clause.text) && (joined || pronounFirst.test(clause.text)) && names.every((m) => !m.entity);
		const pointedBack = pointsBackOnly.test(clause.text) || sameSubject ? `${before} ` : '';
		const namedBefore = sameSubject ? namesBefore : [];
		before = clause.text;
		namesBefore = names.flatMap((m) => (m.entity ? [m.entity.id] : []));
		// "The PM told people…": a title for the clause's subject names the one the report gives it to.
		const holder = titleHolderIn(clause.text, base, names);
		const mentions = holder ? [holder, ...names] : names;
		const named = [...namedBefore, ...mentions.flatMap((m) => (m.entity ? [m.entity.id] : []))];
		const ranked = (
			exclude: Span[],
			limit = 3,
			minCoverage = relevantCoverage,
			boost?: (fact: Fact) => number,
			throughInputs = false,
		) =>
			relevant(base, index, `${pointedBack}${withoutSpans(clause.text, exclude)}`, {
				limit,
				minCoverage,
				named,
				boost,
				throughInputs,
			});
		const at = (span: Span) => message.slice(clause.start + span.start, clause.start + span.end);
		// "more than five times its capacity" is one ratio, not a number and a change; "rose 2x" is a change by a factor.
		const factors = [...clause.text.matchAll(changeWords)].filter((m) => m.groups?.before || m.groups?.after);
		const ratios = ratiosIn(clause.text).filter(
			(ratio) => !factors.some((m) => ratio.start < (m.index ?? 0) + m[0].length && ratio.end > (m.index ?? 0)),
		);
		// "six years before": a duration, worked out from the two events' dates, not a count.
		const durations = durationsIn(clause.text);
		const inRatio = (span: Span) => [...ratios, ...durations].some((r) => span.start < r.end && span.end > r.start);
		for (const duration of durations) {
			const claim = durationClaim(duration, clause.text, at(duration), base, index);
			if (claim) claims.push(claim);
		}
		const changes = [...clause.text.matchAll(changeWords)]
			.map((m) => ({ words: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }))
			.filter((change) => !inRatio(change));

		// "Did murders go up or down in 2023": the other way a change is asked about is no word of what was done.
		const alternatives = changes.flatMap((change) => {
			const other = /^\s+(?:or|ou|oswa)\s+\p{L}+/u.exec(clause.text.slice(change.end));
			return other ? [{ start: change.end, end: change.end + other[0].length }] : [];
		});
		// Each value is judged by the clause's other words, without the clause's other values.
		const others = [...ratios, ...changes, ...alternatives, ...values];
		// Numbers first: a date in the same clause is first the date of the figure a number is held against
		// ("2,987 inmates were inside in Feb 2023"), or a ratio ("over 5 times its capacity as of February 2023").
		const figuresNamed: Fact[] = [];
		for (const ratio of ratios) {
			const own = others.filter((o) => o !== ratio && !(o.start >= ratio.start && o.end <= ratio.end));
			// (A ratio is worked out from figures whose source the clause may name: "rnddh said it was at 5x capacity".)
			const claim = ratioClaim(ratio, at(ratio), ranked(own, 8, relevantCoverage * 0.5, figureBoost, true));
			if (claim) claims.push(claim);
			if (claim && claim.verdict !== 'not_in_report')
				figuresNamed.push(...claim.facts.filter((f) => f.kind === 'figure'));
		}
		// A change credited to the wrong source is still the report's change ("according to RNDDH homicides
		// doubled"): the source is judged on its own, so the change is ranked without the names too.
		const unnamed = (exclude: Span[], limit: number, minCoverage: number) =>
			relevant(base, index, withoutSpans(clause.text, exclude), { limit, minCoverage });
		// What changed, in the clause's own words: "kidnappings doubled" is no word on the homicides that did.
		const changed = withoutSpans(clause.text, others);
		for (const change of changes) {
			const found =
				changeClaim(change.words, at(change), ranked(others)) ??
				changeClaim(change.words, at(change), unnamed(others, 3, relevantCoverage)) ??
				// "…4.8k homicides in 2023, more than double the year before": what changed is the sentence's.
				changeClaim(
					change.words,
					at(change),
					relevant(base, index, clause.sentence, { minCoverage: relevantCoverage }),
				);
			const [figure] = found?.facts ?? [];
			// "Homicides did not double", "n'ont pas doublé": a change denied is not the change the report tells.
			if (found && negatedBefore.test(clause.text.slice(Math.max(0, change.start - 24), change.start))) {
				claims.push(
					found.verdict === 'matches'
						? claim(found.text, 'differs', found.facts, `The report says: ${figure?.answer ?? ''}`)
						: claim(found.text, 'not_in_report', found.facts, `The report says: ${figure?.answer ?? ''}`),
				);
				continue;
			}
			if (
				found &&
				figure &&
				found.verdict !== 'not_in_report' &&
				!changeOf(changed, figure, index, base) &&
				// "…4.8k homicides in 2023, more than double the year before": what changed may be the sentence's.
				!changeOf(clause.sentence.replace(changeWords, ' '), figure, index, base)
			)
				claims.push(claim(found.text, 'not_in_report', [figure], `${changeOfAnother}${figure.answer}`));
			else if (found) {
				claims.push(found);
				// ("Murders more than doubled in 2021": the clause's date is the change's, not the one murder the report dates.)
				if (found.verdict !== 'not_in_report') figuresNamed.push(...found.facts.filter((f) => f.kind === 'figure'));
			}
		}
		const byKind = [...values].sort((a, b) => (a.kind === b.kind ? a.start - b.start : a.kind === 'number' ? -1 : 1));
		for (const value of byKind) {
			// "up 50%": the percentage is the change's own, judged with it.
			if (changes.some((change) => value.start >= change.start && value.end <= change.end) || inRatio(value)) continue;
			const figureDated = figuresNamed.filter((fact) => whenOf(fact));
			if (value.kind === 'date' && figureDated.length > 0) {
				const counted = values.filter((v) => v !== value && v.kind === 'number').map((v) => counting(clause.text, v));
				const widened = at(widen(clause.text, value, [...ratios, ...durations, ...changes, ...counted]));
				// Only a date with no deed of its own ("built in 1915" dates the building); where the figure's fact is about
				// ("at the pen in feb 2023") is no deed.
				const deed = termsOf(datingWords(widened));
				const named = new Set(
					index
						.matchEntities(deed)
						.filter((match) => figureDated.some((fact) => base.entitiesOf(fact).includes(match.entity.id)))
						.flatMap((match) => [...match.covered]),
				);
				if (deed.every((term) => named.has(term))) {
					const asRanked = figureDated.map((fact) => ({
						fact,
						score: 1,
						coverage: 1,
						predicate: true,
						matched: 0,
						related: 0,
					}));
					claims.push(dateClaim(value, widened, asRanked, [], asRanked, clause.text));
					continue;
				}
			}
			if (value.kind === 'date') {
				// Other numbers with their nouns are claims of their own ("700 plas [an] fevriye 2023").
				const counted = values.filter((v) => v !== value && v.kind === 'number').map((v) => counting(clause.text, v));
				const around = widen(clause.text, value, [...ratios, ...durations, ...changes, ...counted]);
				// "The assassination of President Moïse took place in 2021": a verb that only says it happened dates the
				// event its subject names, which is the claim.
				// ("The siege of the prison began on Saturday night": the verb may come after the last word of its subject.)
				const beforeValue = at({ start: around.start, end: value.start });
				const happened = onlyHappened.test(beforeValue) || onlyHappened.test(beforeValue.replace(/^\p{L}+\s+/u, ''));
				const widened = at(happened ? { start: subjectStart(clause.text), end: around.end } : around);
				// (The verb itself points at nothing: "took place" is no place; nor is "dates back to" any date of the data's.)
				const dating = datingVerb.exec(clause.text.slice(0, value.start));
				const saysHappened = happened
					? [{ start: around.start, end: value.start }]
					: dating
						? [{ start: dating.index, end: value.start }]
						: [];
				const unclaimed = withoutSpans(clause.text, [...others.filter((o) => o !== value), ...counted]);
				const judge = (names: string[]) => {
					// The words next to a date point at what the clause's named ones did: "Henry left office on
					// February 7" is not the guards leaving the prison.
					const near = (words: string, minCoverage: number) =>
						relevant(base, index, words, { minCoverage, limit: 5, named: names, throughInputs: true }).filter(
							({ fact }) => names.length === 0 || entitiesBehind(fact, base).some((id) => names.includes(id)),
						);
					// "The US sanctioned Barbecue back in 2020": a fact that tells the deed only in a relative clause ("…Sergier,
					// who has been sanctioned by the U.N. and the U.S., warned…") dates something else.
					const deed = termsOf(withoutSpans(unclaimed, [...mentions, value]));
					// (Without the date itself: "the port attack was saturday" is not the siege because the siege was.)
					const facts = relevant(base, index, withoutSpans(clause.text, [...others, value, ...saysHappened]), {
						limit: 5,
						minCoverage: dateCoverage,
						named: names,
						throughInputs: true,
					});
					const [first] = facts;
					if (first && toldAside(first.fact, deed, base))
						return claim(widened, 'not_in_report', [first.fact], 'The report gives no date for this.');
					return dateClaim(
						value,
						widened,
						facts,
						// A name next to the date only says whose deed it may be ("attacked the Pénitencier on Friday"):
						// the words that point are the others.
						near(nextTo(withoutSpans(unclaimed, mentions), value), 0.2),
						near(datingWords(widened), 0.5),
						clause.text,
						(fact) => sameSentence(base, fact).filter((other) => whenOf(other) !== undefined),
					);
				};
				// A source named wrongly ("homicides doubled in 2023 according to RNDDH") is judged on its own:
				// the date is still the event's; so is a body named for the one of it the report names ("the UN approved
				// it" of the Security Council). Not a person whose deed it is: "Barbecue got kicked out of the police in
				// 2018" is not the police's clash dated otherwise.
				const judged = judge(named);
				const person = named.some((id) => base.entity(id)?.kind === 'person');
				const retry =
					judged.verdict === 'not_in_report' && named.length > 0 && (attributing.test(clause.text) || !person);
				const retried = retry ? judge([]) : judged;
				// "…asked for help after the attack Saturday night", "apre atak samdi swa a": a date right after an event's
				// noun, in a clause of time, is that event's.
				const event = retried.verdict === 'not_in_report' ? eventBefore(clause.text, value) : undefined;
				const ofEvent = event
					? relevant(base, index, event, { limit: 3, minCoverage: dateCoverage }).filter(({ fact }) => whenOf(fact))
					: [];
				const final = ofEvent.length > 0 ? dateClaim(value, widened, ofEvent, [], ofEvent, clause.text) : retried;
				// "Cholera killed hundreds in 2023": what the report never speaks of, no date of its confirms. Nor does a
				// count's date contradict a deed the data has no word of its own for ("the Pénitencier opened in 1911"
				// is not the 2023 count misdated).
				const ofCount = final.facts[0]?.kind === 'figure';
				const unheard =
					final.verdict === 'matches'
						? unheardOf(final.text, index, { translated: true })
						: final.verdict === 'differs' && ofCount
							? unheardOf(datingWords(final.text), index, { related: false })
							: undefined;
				// "Besieged Haiti's second-largest prison on Saturday night": the right date of what the report tells of
				// another one is no confirmation.
				const [dated] = final.facts;
				const ranked = final.verdict === 'matches' && dated && !ranksAgree(final.text, dated.quote);
				// "Gunmen tried to take over the airport the day before": where the report has the same words before another
				// thing ("take over the main port"), the claim puts a thing it never speaks of in that one's place.
				const instead = unheard && dated ? saidOfAnother(final.text, unheard, dated) : false;
				// (And where that thing is said outside the date's words: "tried to take over the airport the day before
				// Friday" dates the port attack, and puts the airport in the port's place.)
				const elsewhere =
					!unheard && final.verdict === 'matches' ? unheardOf(clause.text, index, { related: false }) : undefined;
				// (A thing, not a verb of the asker's own: "supposed to transmit the power" is the handover.)
				if (
					elsewhere &&
					dated &&
					nounNoAdjective(elsewhere.toLowerCase()) &&
					saidOfAnother(clause.text, elsewhere, dated)
				) {
					const thing = clause.text.indexOf(elsewhere);
					const span = { start: Math.min(thing, around.start), end: Math.max(thing + elsewhere.length, around.end) };
					claims.push(claim(at(span), 'differs', [dated], `The report says: ${dated.answer}`));
					continue;
				}
				claims.push(
					unheard && instead && dated
						? claim(final.text, 'differs', [dated], `The report says: ${dated.answer}`)
						: unheard
							? claim(final.text, 'not_in_report', final.facts, `The report says nothing of “${unheard}”.`)
							: ranked && dated
								? claim(final.text, 'differs', [dated], `The report says: ${dated.answer}`)
								: final,
				);
			} else {
				// "More than 3,000 inmates": a bound, said with the number.
				const bound = boundBefore(clause.text.slice(0, value.start));
				const unitSpan = withMeasure(clause.text, value);
				const span = bound ? { ...unitSpan, start: Math.min(unitSpan.start, value.start - bound.length) } : unitSpan;
				// What the number counts: the words after it ("of Haiti's main police unions"), or the
				// noun it is said to measure before it ("the population is 700").
				// Up to the next clause or number: "700 but RNDDH found 3,687…" says nothing after 700 of 700.
				// ("700 per RNDDH": whose figure it is counts nothing.)
				const following =
					clause.text
						.slice(value.end, value.end + 48)
						.split(
							/[,.;!?]|\s(?:but|and|n|nd|&|while|whereas|though|yet|with|w\/|mais|et|pis|alors que|avec|men|epi)\s|\d/,
						)[0]
						?.trim() ?? '';
				const after = creditOpener.test(following.split(/\s+/)[0] ?? '') ? '' : following;
				// "built for 700 inmates", "peut accueillir 3 687 détenus": what a place is meant to hold is its capacity,
				// whatever the noun after says it holds.
				const before = clause.text.slice(0, value.start);
				const measured = measureBefore.exec(before)?.[0];
				// "Over capacity by 2,987", "3,000 above its capacity": how far over the limit, a count of inmates above it.
				const excess = overBy.test(before) || overAfter.test(clause.text.slice(value.end));
				const unit = excess
					? 'inmates above capacity'
					: capacityCue.test(fold(before)) || (measured && /capacit|kapasite/iu.test(measured))
						? 'capacity'
						: // ("3,687 in the pen": a bare count in a prison is of those held there.)
							heldInPlace.test(after)
							? 'inmates'
							: after || measuredBefore(before).join(' ');
				// A figure of what the number counts ranks first: "3 687 prizonye pou 700 plas" has places too.
				const counted = countedBy(unit);
				const boost = (fact: Fact) =>
					figureBoost(fact) *
					(fact.kind === 'figure' && counted.length > 0 && measures(fact, counted, index) ? 1.5 : 1);
				// Another number's noun is that number's, not this one's ("3 687 prizonye pou 700 [plas]").
				const exclude = others.map((o) =>
					o !== value && 'kind' in o && o.kind === 'number' ? counting(clause.text, o) : o,
				);
				const dates = ownDates.length > 0 ? ownDates : thenDates;
				const judge = (facts: Ranked[]) =>
					numberClaim(
						value,
						unit,
						at(span),
						facts,
						base,
						index,
						dates,
						saidRoughly(clause.text, value),
						saysHeld(clause.text.slice(0, value.start)) || heldInPlace.test(after),
						bound?.side,
						named,
					);
				const judged = judge(ranked(exclude, 5, relevantCoverage, boost));
				// A source named wrongly ("per the UN the prison had 3,687 inmates") is judged on its own: the
				// number is still the figure's.
				const unnamedFacts = () =>
					relevant(base, index, withoutSpans(clause.text, exclude), {
						limit: 5,
						minCoverage: relevantCoverage,
						boost,
					});
				const credits = attributing.test(clause.text);
				// Only where the names left no figure to hold it against: "Gazette Haiti reported 400 inmates were
				// released" is about the release the report gives no number for.
				const figureless = judged.facts[0]?.kind !== 'figure';
				const retry = judged.verdict === 'not_in_report' && named.length > 0 && credits && figureless;
				const judgedFinal = retry ? judge(unnamedFacts()) : judged;
				// "About 4,000 inmates walked out": what the counted ones are said to have done is no word of the count's.
				// ("1,500 inmates escaped" is no other number for those held: it differs from nothing the report counts.)
				// (Only of a measured figure: "three unions demanded reinforcements" counts those a statement counts.)
				const [counted0] = judgedFinal.facts;
				const doneOtherwise =
					judgedFinal.verdict !== 'not_in_report' && counted0?.kind === 'figure'
						? doneBeyond(after, counted0, index, base)
						: undefined;
				const final = doneOtherwise
					? claim(
							judgedFinal.text,
							'not_in_report',
							judgedFinal.facts,
							`The report gives no number of those who “${doneOtherwise}”; it says: ${counted0?.answer}`,
						)
					: judgedFinal;
				figuresNamed.push(...final.facts.filter((fact) => fact.kind === 'figure' && final.verdict !== 'not_in_report'));
				// "…a headcount from the night of the attack": the figure's date against the event's.
				const [held] = final.facts;
				const timed =
					final.verdict === 'matches' && held ? ofAnotherTime(final, clause.text, held, base, index) : undefined;
				claims.push(timed ?? final);
			}
		}
		const own = mentions.find(
			(m) => m.entity && ['person', 'country', 'organisation', 'coalition'].includes(m.entity.kind),
		);
		// ("Jimmy Sergier, aka Barbecue, is a former army officer sanctioned by the U.N.": a clause that opens on its verb
		// goes on about the subject before; a name after it is someone else in what is said of that one.)
		if (!verbFirst.test(clause.text)) subject = own?.entity ?? subject;
		// "The prison under siege, the Pénitencier National, is in Cap-Haïtien": where the thing the sentence is about is.
		const located = verbFirst.test(clause.text)
			? subjectPlaced(clause.text, mentions, placedBefore, base, at)
			: undefined;
		const thing = mentions.find((m) => m.entity?.kind === 'prison' || m.entity?.kind === 'place');
		if (!verbFirst.test(clause.text))
			placedBefore = clause.sentence === lastSentence ? (thing?.entity ?? placedBefore) : thing?.entity;
		lastSentence = clause.sentence;
		// ("Barbecue, an ex-cop, was sanctioned by the EU": a name alone, set off by commas, says nothing of what the
		// sentence credits to another.)
		// (Not one before a colon, which credits what follows: "UN data: homicides…"; nor one whose sentence names no one
		// the report lacks: "AyiboPost, un site d'info haïtien, raconte que…" is held to what AyiboPost told.)
		const nameOnly =
			mentions.length === 1 &&
			!/\p{L}{2}/u.test(withoutSpans(clause.text, mentions)) &&
			text[clause.end] !== ':' &&
			mentionsIn(clause.sentence, base).some((m) => !m.entity);
		if (!nameOnly) claims.push(...(located ? [located] : entityClaims(clause, mentions, subject, base, index, at)));
		// "Haiti's second-largest prison holds 3,687 inmates": a rank the report does not give makes the clause
		// about another one, whatever of it matches.
		const elsewhere = prisonElsewhere(clause.text, base);
		for (let i = first; i < claims.length; i++)
			claims[i] = leftInstead(
				otherwiseQuantified(
					pointedOnly(heldToRank(ofAnotherPrison(claims[i] as Claim, elsewhere, base), clause.text), clause.text, base),
				),
			);
		undatedUnderWrongTitle(claims, first);
		doneByOneMistitled(claims, first, base);
		unsourcedWithoutChange(claims, first);
		// (Shown to a moderator, claims are the writer's own: a name and its deed, or a clause told whole, are one.
		// Answering a question reads each value and name apart.)
		if (asWritten) {
			joinAdjacent(claims, first, message, clause);
			wholeClause(claims, first, message, clause, base, index);
		}
	}
	// "…to avoid “collateral damage”": the report's own words, quoted.
	claims.push(...quotedClaims(text, claims, base));
	creditWithoutWhatWasSaid(claims, text);
	return claims;
}

/**
 * "Police were still guarding the prison" against "Police officers guarding the prison abandoned it": what the claim
 * says went on is, in the fact, who they were before they left; the claim differs.
 */
function leftInstead(claim: Claim): Claim {
	const [fact] = claim.facts;
	if (claim.verdict !== 'matches' || !fact || !wentOn.test(claim.text) || leaving.test(claim.text)) return claim;
	if (!leaving.test(fact.quote)) return claim;
	return { ...claim, verdict: 'differs', report: `The report says: ${fact.answer}` };
}

/** What a change claim of another measure says: the report's change is of something else. */
const changeOfAnother = 'The report gives this change only of another: ';

/**
 * "Kidnappings doubled in 2023 according to the UN": where the change is of a measure the report does not give, whose
 * word it is confirms nothing either, however the report credits the change it does give.
 */
function unsourcedWithoutChange(claims: Claim[], first: number): void {
	const other = claims.slice(first).find((c) => c.verdict === 'not_in_report' && c.report.startsWith(changeOfAnother));
	if (!other) return;
	for (let i = first; i < claims.length; i++) {
		const credited = claims[i] as Claim;
		if (credited.verdict === 'matches' && credited.facts[0] === other.facts[0])
			claims[i] = claim(credited.text, 'not_in_report', credited.facts, other.report);
	}
}

/**
 * "Reuters say 5000 prisoners ran out of the penitentiary": where what a source is said to have said holds a figure
 * the report does not give, or gives otherwise, the source is not confirmed as having said it, whatever else it said.
 */
function creditWithoutWhatWasSaid(claims: Claim[], text: string): void {
	for (const [i, credited] of claims.entries()) {
		const [said] = credited.facts;
		if (credited.verdict !== 'matches' || said?.kind !== 'statement' || /\s/.test(credited.text.trim())) continue;
		// (The claim keeps the message's own case; the text checked may have had its first letter raised.)
		const lower = text.toLowerCase();
		const at = lower.indexOf(credited.text.toLowerCase());
		const sentence = at < 0 ? '' : sentenceOf(lower, at);
		const after = sentence.slice(Math.max(0, sentence.indexOf(credited.text.toLowerCase())));
		const unconfirmed = claims.some(
			(other) => other.verdict !== 'matches' && statesFigure(other) && after.includes(other.text.toLowerCase()),
		);
		if (unconfirmed && sharedWords(after.slice(credited.text.length), said.quote) < saidWordsShared)
			claims[i] = claim(credited.text, 'differs', credited.facts, `The report has them say only: ${said.answer}`);
	}
}

/**
 * How many words what a source is said to have said must share with what the report has it say, for the source to be
 * held to that ("…some 300 inmates refused to escape because of the crossfire": "escape", "crossfire").
 */
const saidWordsShared = 2;

/** The content words two texts share, by their first letters (no stopwords, no verbs of saying). */
function sharedWords(text: string, quote: string): number {
	const words = (said: string) =>
		new Set(
			(fold(said.toLowerCase()).match(/\p{L}{4,}/gu) ?? [])
				.filter((word) => !stopwords.en.has(word) && !saying.test(word))
				.map((word) => word.slice(0, 5)),
		);
	const quoted = words(quote);
	// (What is said in French or Kreyòl, in the English the report's quote is in: "gardiens" are guards.)
	const said = new Set([...words(text), ...words(readText(text).words.join(' '))]);
	return [...said].filter((word) => quoted.has(word)).length;
}

/** Verbs of saying, which any credited statement shares. */
const saying = /^(?:say|says|said|saying|report\w*|claim\w*|tell|tells|told|sources?)$/;

/** A title written at the start of a claim's words: "president", "the prime minister of Haiti". */
const titleOpening = new RegExp(`^(?:(?:the|a|an)\\s+)?(?:${titleWords})\\b`, 'iu');

/**
 * "Henry was elected president in 2021": where the clause's title differs from the report's, the date confirms
 * nothing of what the words name (his being made president), however well it fits another fact about him.
 */
function undatedUnderWrongTitle(claims: Claim[], first: number): void {
	const wrongTitles = claims.slice(first).filter((c) => c.verdict === 'differs' && titleOpening.test(c.text));
	for (let i = first; i < claims.length; i++) {
		const dated = claims[i] as Claim;
		if (dated.verdict !== 'matches' || !wrongTitles.some((title) => dated.text.includes(title.text))) continue;
		claims[i] = claim(
			dated.text,
			'not_in_report',
			dated.facts,
			`The report gives no date for this. ${wrongTitles[0]?.report}`,
		);
	}
}

function sentenceOf(text: string, at: number): string {
	const ends = [...text.matchAll(/[.;!?](?=\s|$)/g)]
		.map((m) => m.index ?? 0)
		.filter((end) => !abbreviationDot(text, end));
	// (A clause may start right after the mark, at the space: it is of the next sentence all the same.)
	const start = Math.max(0, ...ends.filter((end) => end + 1 <= at).map((end) => end + 1));
	const end = ends.find((candidate) => candidate >= at);
	return text.slice(start, end ?? text.length).trimStart();
}

/** Words chat shortens with a dot, which is no sentence's end: "approx. 3,700", "est. 2017", "etc. and". */
const shortenedWithDot = new Set([
	'approx',
	'est',
	'etc',
	'esp',
	'incl',
	'excl',
	'min',
	'max',
	'avg',
	'dept',
	'govt',
	'int',
	'intl',
	'nat',
	'gen',
	'sgt',
	'col',
	'cpl',
	'gov',
	'rep',
	'sen',
	'pres',
	'vol',
	'fig',
	'ref',
	'nov',
	'dec',
	'oct',
	'sept',
	'aug',
	'feb',
	'jan',
	'mar',
	'apr',
	'jun',
	'jul',
	'sep',
	'env',
]);

/**
 * Is the dot at `at` an abbreviation's, which ends no sentence? "the U.N. did not", "nominal cap. 700", "(digital
 * ed.) says", "the Pén. National": before a lowercase word or a number, or after initials or a short capitalised
 * word that is no word of its own.
 */
function abbreviationDot(text: string, at: number): boolean {
	if (text[at] !== '.') return false;
	const before = text.slice(0, at);
	const after = text.slice(at + 1);
	if (/\b(?:\p{Lu}\.)+\p{Lu}$/u.test(before)) return true;
	// ("…lead the force. the UN approved it": chat's sentence starts lowercase after a whole word of four letters or more,
	// of English or of French or Creole: "Barbecue se ansyen polisye. se ONU…".)
	// ("…an ex cop. it's only the UN…": a word of three letters too, unless one chat shortens with a dot: "approx.", "est.")
	const whole = /(?:^|[^\p{L}.])(\p{Ll}{3,})$/u.exec(before)?.[1];
	if (
		/^\s+\p{Ll}/u.test(after) &&
		whole &&
		!shortenedWithDot.has(whole) &&
		(isEnglishWord(whole) || wordInEnglish(fold(whole)) !== undefined)
	)
		return false;
	if (/^\)?\s+[\p{Ll}\d]/u.test(after) && /\p{L}$/u.test(before)) return true;
	const word = /(?:^|[\s(])(\p{Lu}\p{Ll}{1,3})$/u.exec(before)?.[1];
	return word !== undefined && /^\s+\p{Lu}/u.test(after) && !isEnglishWord(word.toLowerCase());
}

/**
 * The event a date is of, named right before it in a clause of time: "attack" of "after the attack Saturday night",
 * "atak" of "apre atak samdi swa a", "l'attaque" of "après l'attaque de samedi"; or told there in a few words:
 * "after gangs attacked the prison Saturday night".
 */
function eventBefore(text: string, date: Span): string | undefined {
	const found =
		/(?:^|\s)(?:after|before|since|during|apre|anvan|depi|pandan|apr[eè]s|avant|depuis|pendant)\s+((?:(?:the|l['’]|la|le)\s*)?(?:[\p{L}'’-]+\s+){0,5}?[\p{L}-]{3,}(?:\s+(?:an|la|a|lan|nan|yo))?)\s+(?:(?:of|on|de|du|d['’])\s*)?$/iu.exec(
			text.slice(0, date.start),
		);
	return found?.[1];
}

/** Discord markup blanked out with spaces, so offsets into the message stay true. */
function maskMarkup(message: string): string {
	const blank = (match: string) => ' '.repeat(match.length);
	return (
		message
			// A line of chat ends its sentence, whatever mark it lacks; so does a quoted line where the reply after it was
			// joined to it ("> homicides doubled … per RNDDH <@…> and the 3,687 number…").
			.replace(/(?<=[\p{L}\p{N}])[ \t]*\n/gu, (end) => `.${' '.repeat(end.length - 1)}`)
			.replace(/(?<=^\s*>[^\n]*[\p{L}\p{N}])\s+<@[!&]?\d+>/u, (mention) => `.${' '.repeat(mention.length - 1)}`)
			.replace(/<(?:@[!&]?|#|a?:\w+:)\d+>/g, blank)
			.replace(/@(?:everyone|here)\b/g, blank)
			// Discord's formatting marks ("**March**", "`Jimmy Sergier`", "||Gazette Haiti||", "> quoted line") say how
			// a word looks, not what it says.
			.replace(/\*+|~~|\|\||`+|(?<![\p{L}\p{N}])__|__(?![\p{L}\p{N}])/gu, blank)
			.replace(/^\s*>+\s?/gm, blank)
			// "> built for 700 ^ confirmed": a caret points up at what was quoted; what follows is another sentence.
			.replace(/(?<=\S)\s+\^+(?=\s)/g, (caret) => `${' '.repeat(caret.length - 1)}.`)
			.replace(/:[a-z0-9_+-]{2,}:/gi, blank)
			// "…in the western hemisphere thats crazy 😭 n like 60%…": emoji between words end the sentence before them.
			.replace(
				/(?<=[\p{L}\p{N}]\s*)(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u200d\ufe0f\u{1F3FB}-\u{1F3FF}])+(?=\s+\p{L})/gu,
				(m) => `.${' '.repeat(m.length - 1)}`,
			)
			.replace(/\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u200d\ufe0f]/gu, (m) => ' '.repeat(m.length))
			// "…was, I believe, first put forward by…": the writer's hedge between commas splits no clause.
			.replace(hedge, blank)
			// "I explained to my pupils that…": the writer's own telling, before what is told.
			.replace(ownTelling, blank)
			// "…sanctioned by the UN, si je ne m'abuse.": a hedge that ends the sentence, after its comma.
			.replace(hedgeEnding, blank)
			// "a former policeman (ostensibly)", "…at the facility (which rather undercuts any claim…)": the writer's
			// hedge or comment on what they state, in brackets, states nothing of its own.
			.replace(bracketedComment, blank)
			.replace(hedgeWord, blank)
			// "Unless I am much mistaken, President Moïse…", "It would appear that four unions…": a hedge that opens it.
			.replace(hedgeOpening, blank)
			// "Bon, je résume pour les collègues : vendredi soir…", "Rectification : …", "TL;DR: …": a label for what follows.
			.replace(messageLabel, blank)
			// "RNDDH is a human rights group, rigth?": the tag that asks to be told so says nothing of its own.
			.replace(/(?<=\p{L})[\s,]+(?:right|rigth|ryt|rite|correct|innit|eh|yeah|non|hein|no)(?=\s*\?)/giu, blank)
			// "Barbecue: former soldier, sanctioned by…": a colon after a name opens what is said of it, as a comma does.
			.replace(/(?<=\p{L})\s*:(?=\s+(?:(?:a|an|un|une|yon)\s+)?(?:former|ex|ancien|ancienne|ansyen)\b)/giu, (colon) =>
				colon.replace(':', ','),
			)
			// "RNDDH is the one that counted the inmates": who did it, said the long way.
			.replace(/\b(?:is|was|are|were)\s+the\s+(?:one|ones)\s+(?:that|who|which)\s+(?=\p{L})/giu, blank)
			// "have seen fit to sanction him": the idiom says only that they did.
			.replace(/\b(?:see|sees|saw|seen|seeing)\s+fit\s+to\s+/giu, blank)
			// "…used to be a cop 👮 crazy": the writer's reaction after what they state.
			.replace(reactionEnding, blank)
			// "…to avoid 'collateral damage' 😬 pls share with families": what the writer asks readers to do with it.
			.replace(shareRequest, blank)
			.replace(reaction, blank)
			.replace(intensifier, blank)
			.replace(chatOpener, blank)
			.replace(hearsayOpener, blank)
			.replace(tellerOpener, blank)
			// "took place in February": "place" of "take place" (happen) is no place in a prison.
			.replace(takePlace, (match, verb: string) => verb + ' '.repeat(match.length - verb.length))
			// "Gazette Haiti is being quoted as saying…": one quoted as saying something is said to have said it.
			.replace(quotedAsSaying, (match) => `said${' '.repeat(match.length - 4)}`)
			// "…back in 2020", "back then": "back" says the time is past, no backing of anything.
			.replace(/\b(?:way\s+)?back(?=\s+(?:in|then|when|during|around|before|in\s+the\s+day)\b)/giu, blank)
			// "3687 is the capacity, not inmates": the measure denied is not the one the number is given as.
			.replace(deniedMeasure, blank)
	);
}

/** A measure denied after the one a number is given as: "…not inmates", "rather than places", "pas des détenus". */
const deniedMeasure =
	/(?<!\p{L})(?:not|rather than|instead of|pas|non)\s+(?:(?:the|des|les|de)\s+)?(?:number of\s+|nombre de\s+)?(?:inmates|prisoners|detainees|places|beds|spots|capacity|population|d[ée]tenus|prisonniers|prizonye)(?!\p{L})/giu;

/** "Take place" in any form: a verb of happening, whose noun is nothing measured. */
const takePlace = /\b(tak(?:e|es|en|ing)|took)\s+place\b/giu;

/** "Is being quoted as saying", "was cited as saying", "is credited with saying": said, in the passive. */
const quotedAsSaying =
	/\b(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:being\s+)?(?:(?:quoted|cited|reported|described)\s+as|credited\s+with)\s+saying\b/giu;

/** The writer's reaction before what they state: "lowkey wild that…", "crazy how…", "c'est fou que…". */
const reaction =
	/(?<=^|[.!?]\s+)(?:(?:lowkey|highkey|ngl|honestly|tbh|so|kinda|pretty|really)\s+)*(?:it'?s\s+|it is\s+)?(?:(?:so|kinda|pretty|really)\s+)?(?:wild|crazy|insane|nuts|sad|scary|funny|interesting|amazing|unreal|mad|incredible|shocking|terrible|awful)\s+(?:that|how)\s+|(?<=^|[.!?]\s+)c['’]est\s+(?:fou|dingue|triste|incroyable)\s+(?:que|comme)\s+/giu;

/** A word of chat that opens what is said and says nothing of it: "nah the gunmen…", "yeah so RNDDH…". */
const chatOpener =
	/(?<=^|[.!?]\s+)(?:(?:nah|naw|yeah|yea|yep|nope|lol|lmao|bruh|bro|fr|ok|okay|so|well|honestly|tbh|ngl|wait|hey|yo)[,!:]?\s+)+/giu;

/**
 * Where the writer got it, before what they state: "I heard it was…", "from what I gathered…", "apparently…",
 * "mwen tande…". It is no part of the claim ("I heard Amnesty counted the inmates" claims Amnesty did).
 */
const hearsayOpener =
	/(?<=^|[.!?]\s+)(?:(?:my|your|our|his|her|ma|mon|mes|sa|son|m|mwen)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:says|said|told\s+me|tells\s+me|swears|claims|keeps\s+saying|dit|a\s+dit|m['’]a\s+dit|affirme|di|te\s+di)|(?:my|your|our|ma|mon|mes|m|mwen)\s+[^:.!?]{1,60}:|heard(?:\s+(?:on|in|from)\s+(?:tiktok|twitter|facebook|whatsapp|instagram|insta|youtube|telegram|reddit|the\s+radio|radio|tv|the\s+news))?|i\s+(?:heard|read|saw|think|believe|thought|remember)(?:\s+(?:on|in|from)\s+(?:the\s+)?[\p{L}\d'’-]+(?=\s+(?:that|que)\b))?(?:\s+(?:(?:this|last)\s+(?:morning|night|evening|week|afternoon)|yesterday|today|earlier)(?=\s+that\b))?|je\s+(?:lis|vois|viens\s+de\s+lire)(?:\s+(?:ce\s+matin|hier(?:\s+soir)?|aujourd['’]hui))?(?=\s+qu)|i['’]?ve\s+(?:heard|read)|(?:i\s+have|i['’]?ve)\s+(?:heard|read|seen\s+it\s+(?:said|reported|claimed|written|posted|stated))|it\s+is\s+(?:being\s+)?(?:said|reported|claimed|rumou?red)|it['’]s\s+(?:being\s+)?(?:said|reported|claimed|rumou?red)|some(?:one|body)\s+(?:said|told\s+me|says)|(?:people|ppl|they)\s+(?:are\s+)?(?:say|saying|said)|(?:i\s+)?bet\s+(?:u|you|ya)\s+(?:think|thought)|(?:u|you)\s+(?:prob(?:ably)?\s+)?(?:think|thought)|apparently|reportedly|if\s+i\s+understand(?:\s+(?:it|this))?\s+(?:correctly|right(?:ly)?)|si\s+je\s+comprends\s+bien|si\s+j['’]ai\s+bien\s+compris|rumou?r\s+(?:is|has\s+it)|(?:there['’]?s|there\s+is)\s+(?:a\s+)?rumou?r(?:\s+going\s+(?:round|around))?|rumou?rs?\s+(?:(?:is|are)\s+)?going\s+(?:round|around)|word\s+is|from\s+what\s+i\s+(?:gathered|heard|read|saw)|(?:mwen|m)\s+(?:tande|li|wè)|j['’]ai\s+(?:entendu(?:\s+dire)?|lu)(?:\s+(?:ce\s+matin|hier(?:\s+soir)?|aujourd['’]hui))?|on\s+(?:dit|m['’]a\s+dit))(?:\s+(?:that|que|qu['’]|ke))?[,\s]+/giu;

/**
 * Someone or something of the writer's world that told it, before what they state: "A student's
 * essay says…", "a colleague insists…", "a viral post claims…", "rumour going round:". Never a name
 * the report has ("RNDDH says…" is a claim of who said it).
 */
const tellerOpener =
	/(?<=^|[.!?]\s+)(?:(?:rumou?rs?|word)\s+(?:going\s+(?:round|around)|on\s+the\s+street)\s*[:,-]\s*|(?:a|an|the|this|that|one|some)\s+(?:[\p{Ll}'’-]+\s+){0,2}?(?:student|colleague|friend|teacher|cousin|neighbou?r|guy|user|poster|commenter|member|reader|listener|viewer|caller|follower|uncle|aunt|coworker|classmate|post|tweet|essay|article|video|message|thread|caption|meme|draft|chain|infographic|story)(?:['’]s\s+(?:essay|post|tweet|article|video|message|draft|caption|story))?\s+(?:(?:just|also|keeps|kept)\s+)?(?:says|said|claims|claimed|insists|insisted|writes|wrote|reads|states|stated|thinks|believes|swears|argues|argued|reckons)(?:\s+(?:that|que))?[,\s]+|(?:un|une|le|la|l['’]|mon|ma|notre|nos|des|certains|certaines)\s*(?:auditeur|auditrice|auditeurs|auditrices|lecteur|lectrice|lecteurs|internaute|internautes|coll[èe]gue|ami|amie|confr[èe]re|t[ée]l[ée]spectateur|t[ée]l[ée]spectatrice)s?\s+(?:affirme|affirment|dit|disent|pr[ée]tend|pr[ée]tendent|assure|assurent|soutient|soutiennent|[ée]crit|[ée]crivent|raconte|racontent)\s+(?:que\s+|qu['’]))/giu;

/**
 * What is told without where the writer got it: "I bet you think the cops admitted…" tells "the
 * cops admitted…".
 *
 * @example
 * withoutHearsay('i heard the guards walked off'); // 'the guards walked off'
 */
export function withoutHearsay(text: string): string {
	return text.replace(hearsayOpener, '');
}

/** A hedge that ends a sentence, after a comma: ", si je ne m'abuse.", ", if I'm not mistaken?", ", was it not?". */
const hedgeEnding =
	/,\s*(?:si je ne m['’]abuse|if (?:i['’]m|i am) not mistaken|unless i['’]m mistaken|if memory serves|(?:was|is|were|did|does) (?:it|he|she|they) not|n['’]est-ce pas|I believe|I think)\s*(?=[.!?]*\s*$|[.!?]\s)/giu;

/**
 * A hedge or the writer's comment in brackets: "(ostensibly)", "(which rather undercuts…)", "(note the 'alleged'…)";
 * or by what channel a source is said to have it: "(via its own sources)".
 */
const bracketedComment =
	/\s*\((?:(?:ostensibly|purportedly|reportedly|apparently|supposedly|seemingly|presumably|arguably)\s*|(?:which|note|a framing|one might|i['’]d|i would|imo|if you ask me|arguably|via|through|citing|quoting)\b[^()]*)\)/giu;

/** A hedge that opens a sentence: "Unless I am much mistaken, …", "It would appear that…". */
const hedgeOpening =
	/(?<=^|[.!?]\s+)(?:unless i am (?:much )?mistaken|unless i['’]m (?:much )?mistaken|if i am not mistaken|if i['’]m not mistaken|it would (?:appear|seem) that|it (?:appears|seems) that|i (?:believe|gather|understand|hear) that|(?:so )?i['’]m told that)\s*,?\s*/giu;

/** A label opening the message, before a colon: "Bon, je résume pour les collègues :", "Rectification :". */
const messageLabel =
	/^\s*(?:(?:bon|ok|okay|alors|donc|so|bref|en bref|well)\s*,?\s*)?(?:je\s+r[ée]sume|r[ée]sum[ée]|recap|summary|tl;?\s?dr|rectification|correction|erratum|update|mise\s+[àa]\s+jour|fyi|psa|note|nb|info|rappel|reminder|breaking|flash|rezime|koreksyon)(?:\s+[\p{L}'’]+){0,5}\s*:\s+/iu;

/** An adverb that hedges what follows without changing it: "has ostensibly not commented". */
const hedgeWord = /(?<=\s)(?:ostensibly|purportedly|supposedly|seemingly|presumably)(?=\s)/giu;

/** A request to pass the message on, ending it: "pls share with families", "spread the word", "RT". */
const shareRequest =
	/\s+(?:(?:pls|plz|please|kindly|pl[eé]|tanpri|svp|s['’]il vous pla[iî]t)\s+)?(?:share|reshare|repost|retweet|rt|forward|spread|pass (?:it|this) on|partagez|partage|pataje|fè sikile|faites circuler)(?:\s+(?:it|this|with|to|the|word|widely|around|avec|ak|a)\b[^.!?]*)?\s*[.!?]*\s*$/giu;

/** Chat's reaction after what is stated, ending the message: "…crazy", "…smh", "…lol". */
const reactionEnding =
	/(?:\s+(?:crazy|wild|insane|nuts|smh|lol|lmao|lmfao|fr|ngl|tbh|bruh|no cap|obv|obvs|obviously|ofc|sheesh|yikes|wow|pa bliye sa|(?:wi\s+)?se pa yè|(?:wi\s+)?se pa ye|mezanmi|anmwe|c['’]?est grave|c grave|n['’]?oublie(?:z)? pas|noublie(?:z)? pas))+\s*[.!?]*\s*$/giu;

/**
 * A word that only stresses what follows: "Barbecue is literally the president". French "bien" only after a verb of
 * being or having ("c'est bien en octobre", "est bien surnommé").
 */
const intensifier =
	/(?<=\s)(?:literally|basically|actually|really|seriously|totally|straight up|vraiment|r[ée]ellement|effectivement|bel et bien)(?=\s)|(?<=(?:\s|^|c['’])(?:est|sont|[ée]tait|a|ont)\s)bien(?=\s)/giu;

/** A hedge set off by commas: ", I believe,", ", as I understand it,", ", je crois,", ", m kwè,", ", apparently,". */
const hedge =
	/,\s*(?:(?:i|we)\s+(?:believe|think|guess|reckon|suppose|recall|understand|hear|gather|am told|are told)|i['’]m told|as i (?:understand|recall|remember) it|as i understand|if i (?:recall|remember)(?: (?:correctly|rightly|right))?|if (?:i['’]m|i am) not mistaken|unless i['’]m mistaken|if memory serves|(?:so|as) far as (?:i|we) (?:know|can tell|can see)|so (?:we|i) hear|so i['’]m told|so i (?:understand|gather|believe)|one gathers|one hears|i see|if i read (?:them|it|this|that) aright|as it were|it would (?:appear|seem)|it (?:appears|seems)|it (?:should|must) be said|for what it['’]s worth|mind you|(?:one|we) must (?:sadly )?(?:recall|remember|admit|note)|i must say|apparently|reportedly|it seems|je crois|je pense|il me semble|si je ne m['’]abuse|(?:m|mwen)\s+(?:kwè|kwe|panse))\s*,/giu;

/**
 * "Deux syndicats de police ont demandé des renforts d'urgence…": where every claim of a clause is confirmed by the
 * same fact, and that fact tells all the clause says, the clause is one claim, as the writer made it.
 */
function wholeClause(
	claims: Claim[],
	from: number,
	message: string,
	clause: Span,
	base: FactBase,
	index: SearchIndex,
): void {
	const own = claims.slice(from);
	const [one] = own;
	const fact = one?.facts[0];
	if (!one || !fact || own.some((c) => c.verdict !== 'matches' || c.facts.length !== 1 || c.facts[0]?.id !== fact.id))
		return;
	const text = message.slice(clause.start, clause.end);
	const lead = text.length - text.trimStart().length;
	const whole = text.trim().replace(/[\s.!?;:,]+$/u, '');
	if (whole === one.text || !toldWhole(whole, fact, base, index)) return;
	const start = clause.start + lead;
	if (own.some((c) => !message.slice(start, start + whole.length).includes(c.text))) return;
	claims.splice(from, own.length, { ...one, text: whole });
}

/**
 * "Kenya offered to lead the force": the one named and the deed right after it, each confirmed by the same fact, are
 * one claim of the two, as the writer made it. (Claims of a clause from `from` on, in place.)
 */
function joinAdjacent(claims: Claim[], from: number, message: string, clause: Span): void {
	const place = (found: Claim) => message.indexOf(found.text, clause.start);
	const sameFacts = (a: Claim, b: Claim) =>
		a.facts.length === b.facts.length && a.facts.every((fact, i) => fact.id === b.facts[i]?.id);
	for (let i = from; i < claims.length; i++) {
		const a = claims[i] as Claim;
		const start = place(a);
		const next = claims.findIndex(
			(b, j) =>
				j >= from &&
				j !== i &&
				b.verdict === 'matches' &&
				a.verdict === 'matches' &&
				sameFacts(a, b) &&
				start >= 0 &&
				place(b) === start + a.text.length + 1 &&
				/^\s$/u.test(message.charAt(start + a.text.length)),
		);
		if (next < 0) continue;
		const b = claims[next] as Claim;
		claims[i] = { ...a, text: message.slice(start, start + a.text.length + 1 + b.text.length) };
		claims.splice(next, 1);
		// (Joined, it may join the next one too: look again from the clause's first claim.)
		i = from - 1;
	}
}

/** "I explained to my pupils that…", "I told my class that…": the writer telling others, before what they told. */
const ownTelling =
	/(?<=^|[.!?]\s+)\s*(?:i|we)\s+(?:explained|told|said|taught|wrote|mentioned|showed|reminded|posted)\s+(?:to\s+)?(?:(?:my|our|the)\s+)?(?:[\p{L}'’]+\s+){0,2}?that\s+/giu;

/**
 * Clauses: sentences, split further at commas, spaced dashes, "vs" before a figure, Creole "e", "epi", "men" before a verb's marker, and at "and" ("n" in chat) or "but" before a new verb
 * (chat's "puttin" too; French "et", "mais" before one of French's, not a relative's), never inside a date or number.
 */
function clausesOf(text: string): Clause[] {
	const protectedSpans = valuesIn(text);
	const inside = (at: number) => protectedSpans.some((v) => at > v.start && at < v.end);
	const clauses: Clause[] = [];
	let start = 0;
	const separator =
		/[.;:!?](?=\s|$)|,\s|\s[—–]\s|\s--?\s|\s(?:vs\.?|versus)\s(?=\S*\d|(?:\S+\s){1,3}\S*\d)|\s(?:e|epi)\s(?=(?:\S+\s){1,3}?(?:te|t|ap|pral|pa|se|sou|di|gen)\s)|\smen\s(?=(?:\S+\s){0,3}?(?:te|t|ap|pral|pa|se|sou|di|gen)\s)|\s(?:and|n|nd|&|but|so|while|though)\s(?=(?:\S+\s){0,6}?(?:is|are|was|were|has|have|had|says|said|\w+ed|\w+s|\w+ing|\w{2,}in['’]?|\w+['’](?:s|re|ll|ve|d))(?=\s|$))|\s(?:and|n|nd|&|but)\s(?=(?:only|just|solely)\s)|\s(?:et|mais)\s(?=(?:(?!qui\s|que\s|qu['’])\S+\s){0,6}?(?:a|ont|est|sont|avait|avaient|\p{L}{3,}(?:aient|ait)|\p{L}{2,}(?<!m)ent)(?=\s|$))/gu;
	for (const m of text.matchAll(separator)) {
		const at = m.index ?? 0;
		// "the U.N. did not": an abbreviation's dot ends no sentence.
		if (inside(at) || abbreviationDot(text, at)) continue;
		// "Dès 2017, le RNDDH alertait…", "Last October, the UN…": a date that opens a sentence is its clause's.
		// (After a label blanked out: the spaces it leaves are no words.)
		if (m[0].startsWith(',') && /^[\s\p{L}']{0,20}$/u.test(text.slice(start, at).replace(datesOnly, '').trim())) {
			const opening = text.slice(start, at);
			if (valuesIn(opening).some((v) => v.kind === 'date') && opening.trim().split(/\s+/).length <= 4) continue;
		}
		// "…a large number were released, around 3,700 people": a number after a comma, with no verb of its own, is
		// how many of what the clause before tells.
		if (m[0].startsWith(',')) {
			const tail = text.slice(at + m[0].length).split(/[,.;!?](?=\s|$)/)[0] ?? '';
			if (appositiveCount.test(tail) && !ownVerb(tail)) continue;
		}
		// "First the gangs hit the prison, and only after that the port": what points back to the clause before orders
		// the two, one claim. (Not where either gives a number or a date: each of those is a claim of its own.)
		const rest = text.slice(at + (m[0].startsWith(',') ? m[0].length : 0));
		const ordered = pointsBackInOrder.test(rest) || (firstOpening.test(text.slice(start, at)) && thenAfter.test(rest));
		if (ordered && valuesIn(text.slice(start, at) + rest.split(/[.;!?](?=\s|$)/)[0]).length === 0) continue;
		// "Le RNDDH, c'est un syndicat…": a subject set out before the "ce" that points back to it is one clause with it.
		if (/^,\s*c['’](?:est|était|etait)\b/iu.test(text.slice(at, at + 12))) continue;
		// "…homicides more than doubled in 2023, that's RNDDH's number": whose figure it is, of the clause before.
		if (creditAfter.test(text.slice(at).split(/[.;!?](?=\s|$)/)[0] ?? '')) continue;
		// "Barbecue, aka Jimmy Sergier, …": a name given another is one clause with it.
		if (/^,\s*(?:aka|a\.k\.a|alias|also known as|better known as|dit|alyas)\b/i.test(text.slice(at, at + 24))) continue;
		// "…as of Feb 2023 — RNDDH numbers": a dash sets off a clause of its own only before a verb of its own.
		if (/^\s[—–-]/.test(m[0]) && !ownVerb(text.slice(at + m[0].length).split(/[,.;!?—–]/)[0] ?? '')) continue;
		// "the US and Canada sanctioned him": names joined by "and" are one subject, not two clauses.
		if (/^\s\w/.test(m[0]) && !saysSomething(text.slice(start, at))) continue;
		// "…before free and fair elections": a short tail with no verb of its own is no clause.
		if (/^\s\w/.test(m[0]) && !ownVerb(text.slice(at + m[0].length).split(/[,.;!?]/)[0] ?? '')) continue;
		if (text.slice(start, at).trim())
			clauses.push({ start, end: at, text: text.slice(start, at), sentence: sentenceOf(text, at) });
		start = at + m[0].length;
	}
	if (text.slice(start).trim())
		clauses.push({ start, end: text.length, text: text.slice(start), sentence: sentenceOf(text, start) });
	return clauses.flatMap((clause) => atNamedRelative(clause, text));
}

/**
 * "Kenya offered to lead the force the Security Council approved", "…the force approved by the UN": a clause
 * of its own for what another named one did to the thing named, so that each name is held to its own deed.
 */
function atNamedRelative(clause: Clause, text: string): Clause[] {
	if (!/^\W*(?:the\s+)?\p{Lu}/u.test(clause.text)) return [clause];
	// Only after a noun, in a clause that names its own doer first: "…the force the UN approved", not "…was sanctioned by".
	// (A noun with its determiner: "Kenyan leader Samuel Mwangi offered…" is a title before a name.)
	// (The first such place: "…lead the International armed force that the UN approved" is not cut at "armed".)
	const found = [...clause.text.matchAll(namedRelatives)].find(
		(m) => m.index > 0 && afterNoun(clause.text.slice(0, m.index)),
	);
	if (!found) return [clause];
	const cut = clause.start + found.index + found[0].length;
	// (Each is read as a sentence of its own: what else the sentence tells is the other name's.)
	const firstText = text.slice(clause.start, clause.start + found.index);
	const first = { ...clause, end: clause.start + found.index, text: firstText, sentence: firstText };
	const secondText = text.slice(cut, clause.end);
	const second = { ...clause, start: cut, text: secondText, sentence: secondText };
	return first.text.trim() && second.text.trim() ? [first, second] : [clause];
}

/** Does the text end on a noun after its determiner ("…lead the force")? A word that may be a verb too is the noun. */
function afterNoun(before: string): boolean {
	// (Its words before it may be a name's: "the International armed force".)
	const noun = /(?:^|\s)(?:the|a|an|this|that|its|their)\s+(?:[\p{L}-]+\s+){0,2}(\p{Ll}+)$/u.exec(before)?.[1] ?? '';
	return !determiners.has(noun) && englishTags(noun).some((tag) => tag.startsWith('NN'));
}

const determiners = new Set(['', 'the', 'a', 'an', 'this', 'that', 'its', 'their']);

/** After a noun, a name and its verb in the past ("the force the UN approved"), or a participle and its agent. */
const namedRelatives =
	/(?<=(?:^|\s)\p{Ll}{3,})\s+(?:(?:that|which)\s+)?(?=(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*\s+(?:\p{Ll}+ed|gave|sent|made|took|set)\b|\p{Ll}{3,}ed\s+by\s+(?:the\s+)?\p{Lu})/gu;

/**
 * A tail that says whose figure the clause before gives: ", that's RNDDH's number", ", c'est les
 * chiffres de l'ONU", or as a cleft: ", se RNDDH ki bay chif la", " — it's RNDDH who gave that figure"; or " — that
 * figure is per the UN".
 */
const creditAfter =
	/^(?:,|\s[—–]|\s--?)\s*(?:(?:and|et|e|epi|pis)\s+)?(?:c['’]est|se|it['’]?s|its|it was)\s+(?:(?:the|le|la|les)\s+|l['’]\s*)?[\p{L}.]+(?:\s+[\p{L}.]+)?\s+(?:ki|k|qui|who|that)\s+(?:te\s+|a\s+|ont\s+)?(?:bay|ba|donn[ée]|donne|gave|gives|published|reported|rapport[ée]|publi[ée]|fournit|fourni|provided)\s+(?:(?:the|that|this|those|ce|cette|ces|le|les|la)\s+)?(?:chif|chiffre|chiffres|number|numbers|figure|figures|data|stats?|donn[ée]es|count)(?:\s+(?:sa\s+)?(?:la|an|a|yo))?\W*$|^(?:,|\s[—–]|\s--?)\s*(?:that['’]?s|thats|that is|it['’]?s|its|c['’]est|se)\s+(?:(?:from|per|by)\s+)?(?:the\s+)?[\p{L}.]+(?:\s+[\p{L}.]+)?['’]s?\s+(?:number|numbers|figure|figures|stat|stats|data|count|tally)\W*$|^(?:,|\s[—–]|\s--?)\s*(?:c['’]est|se)\s+(?:les?\s+)?(?:chiffres?|donn[ée]es|nonb|chif)\s+(?:de\s+|du\s+|d['’]\s*|la\s+|l['’])?[\p{L}.]+\W*$|^(?:,|\s[—–]|\s--?)\s*(?:that|this|the)\s+(?:figure|number|count|stat|data|tally)\s+(?:is|was|comes?|came)\s+(?:from|per|by|according\s+to)\s+(?:the\s+)?[\p{L}.]+(?:\s+[\p{L}.]+)?\W*$/iu;

/**
 * "Barbecue leads the alliance": who leads a coalition the clause names, where the report only
 * points to it (it names the alliance's head nowhere), confirms nothing: it is not said outright.
 */
function pointedOnly(claimed: Claim, clause: string, base: FactBase): Claim {
	const [fact, ...more] = claimed.facts;
	if (claimed.verdict !== 'matches' || !fact || more.length > 0) return claimed;
	if (fact.kind !== 'leadership' || fact.basis !== 'inferred') return claimed;
	// (Only where the clause names what is led: "gang leader Jimmy Sergier" is what the report calls him.)
	const led = base.entity(fact.coalition);
	const folded = ` ${fold(clause).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
	// "Barbecue leads G9": a coalition the report does not name at all is not the one it points him to.
	const stranger = mentionsIn(clause, base).find((m) => !m.entity);
	const unheard = stranger ? clause.slice(stranger.start, stranger.end) : numberedName.exec(clause)?.[0];
	if (unheard) return claim(claimed.text, 'not_in_report', [fact], `The report does not name ${unheard}.`);
	if (!led || ![led.name, ...led.aliases].some((name) => folded.includes(` ${fold(name)} `))) return claimed;
	return claim(claimed.text, 'not_in_report', [fact], `The report does not say so outright: ${fact.answer}`);
}

/** A name made of capitals and a number, which no word list has: "G9", "G-9". */
const numberedName = /(?<![\p{L}\p{N}])\p{Lu}{1,4}-?\p{N}{1,2}(?![\p{L}\p{N}])/u;

/** Words that order what follows after the clause before: "then", "and only after that", "ensuite", "apre sa". */
const pointsBackInOrder =
	/^\s*(?:(?:and|but|et|mais|epi|e)\s+)?(?:(?:only|just|right|shortly|soon|seulement|juste)\s+)?(?:after that|after this|afterwards|ensuite|apr[eè]s (?:[cç]a|cela)|apre sa)(?!\p{L})/iu;

/** "First …, then …": "then" orders what follows after a clause that opens with "first". */
const thenAfter = /^\s*(?:(?:and|et|epi|e)\s+)?(?:then|puis|apre)(?!\p{L})/iu;

/** A count set after a comma: "around 3,700 people", "some 700", "over 3k inmates". */
const appositiveCount =
	/^\s*(?:(?:around|about|roughly|approximately|nearly|almost|some|over|under|more than|less than|at least|up to|like|~)\s*)?\d/i;

/** Words opening a clause that take up the time of the one before: "back when", "at the time", "à l'époque". */
const backThen =
	/^[\s,;:—–-]*(?:(?:and|but|et|mais|epi)\s+)?(?:back\s+(?:when|then)|when|at\s+(?:the|that)\s+time|by\s+then|then|à\s+l['’]époque|a\s+l['’]epoque|alors\s+que|quand|lè\s+sa|le\s+sa|lè|le)(?!\p{L})/iu;

/** A verb right before a date that only dates what its subject names: "dates back to", "goes back to", "dates from". */
const datingVerb = /(?<!\p{L})(?:dates?|dated|goes|go|went)(?:\s+back)?\s+(?:to|from)\s+$/iu;

/**
 * Words before a date that only say something happened: "took place in", "happened on", "occurred"; of a count or a
 * report, that it was made then: "dates from", "was made in", "was released in".
 */
const onlyHappened =
	/^\s*(?:(?:has|have|had)\s+)?(?:happened|happens|happen|occurred|occurs|occur|took\s+place|takes\s+place|take\s+place|taken\s+place|dates?(?:\s+back)?\s+(?:to|from)|dated|began|begun|begins|started|starts|kicked\s+off|(?:(?:was|were|is|are)\s+)?(?:made|taken|done|conducted|carried\s+out|recorded|compiled|released|published))\s+(?:(?:in|on|at|back\s+in|from)\s+)?$/iu;

/** Where a clause's subject starts: after chat or a conjunction that opens it. */
function subjectStart(text: string): number {
	return /^[\s,;:—–-]*(?:(?:and|but|so|et|mais)\s+)?/iu.exec(text)?.[0].length ?? 0;
}

/** A clause that opens on a verb of being, its subject the one before: "…, is a former cop". */
const verbFirst = /^[\s,;:—–-]*(?:is|was|are|were|has\s+been|had\s+been|remains|est|était|etait|se|te)\s/iu;

/** A pronoun opening a clause, for the subject before: "it had…". */
const pronounFirst = /^[\s,;:—–-]*(?:it|they|she|he|il|elle)\s/iu;

/** A clause that opens by going on about the subject before, left out or a pronoun: "but had…", "and it held…". */
const subjectTakenUp =
	/^[\s,;:—–-]*(?:(?:but|and|yet|though|while|mais|et)\s+)?(?:(?:it|they|she|he|il|elle)\s+)?(?:still\s+|actually\s+)?(?:had|has|have|held|holds|housed|houses|contained|contains|avait|a)\b/iu;

/** A clause that only points back and gives a number of people: "thats like 5000 ppl", "c'est genre 5000 personnes". */
const pointsBackOnly =
	/^[\s,;:—–-]*(?:that['’]?s|that is|which is|so|c['’]est|ca fait|ça fait|sa se|sa fè)\s+(?:(?:like|about|around|roughly|genre|environ|anviwon)\s+)?[\d.,\s]+(?:k\s+)?(?:people|ppl|persons|personnes|gens|moun)?\W*$/iu;

/** Words that plainly take up a time given before: "at the time", "back then", "à l'époque". */
const thenPhrases = String.raw`back\s+then|at\s+(?:the|that)\s+time|by\s+then|à\s+l['’]époque|a\s+l['’]epoque|lè\s+sa|le\s+sa`;
/** Those words opening a clause. */
const explicitThen = new RegExp(
	String.raw`^[\s,;:—–-]*(?:(?:and|but|et|mais|epi)\s+)?(?:${thenPhrases})(?!\p{L})`,
	'iu',
);
/** The same, ending a clause cut off by a comma before what it dates: "…: à l'époque, 2 800 détenus". */
const explicitThenEnding = new RegExp(String.raw`(?<!\p{L})(?:${thenPhrases})\W*$`, 'iu');

/** Digits and the words of dates, left out when asking whether an opening phrase says anything else. */
const datesOnly = /\d+/g;

/** Does a clause's start have a verb of its own, or enough words that it must? */
function ownVerb(text: string): boolean {
	const words = text.split(/\s+/).filter(Boolean);
	// ("…and he's barely 40": a contraction's verb is one too.)
	return (
		words.length > 3 ||
		/\b(?:is|are|was|were|has|have|had|says|said|\w+ed)\b|\b(?:he|she|it|they|we|you|i)['’](?:s|re|m|ve|ll|d)\b/i.test(
			text,
		)
	);
}

/** Does a stretch of text have a word of its own besides names and function words? */
function saysSomething(text: string): boolean {
	return text.split(/[^\p{L}]+/u).some((word) => /^\p{Ll}/u.test(word) && !stopwords.en.has(word));
}

/** A number with the word after it, when that word is no function word: what it counts. */
function counting(text: string, value: Span): Span {
	// "a 700-place prison": joined by a hyphen, the noun is the number's too.
	const next = /^(?:\s+|-)(\p{L}+)/u.exec(text.slice(value.end));
	const word = next?.[1]?.toLowerCase() ?? '';
	// ("…holding 700 per RNDDH": whose figure it is, not what it counts.)
	const counts =
		next && !stopwords.en.has(word) && !stopwords.fr.has(word) && !stopwords.ht.has(word) && !creditOpener.test(word);
	// ("…holds 3,687 with capacity of 700": a measure named before the number is that number's too.)
	const measure = measureBefore.exec(text.slice(0, value.start))?.[0];
	const named = measure && /capacit|kapasite|population|popilasyon|room|space/iu.test(measure) ? measure : '';
	return {
		start: value.start - named.length,
		end: value.end + (counts ? next[0].length : 0),
	};
}

/** The noun a number counts, in English: "prisoners" of "3 687 prizonye pou…". */
function countedBy(unit: string): string[] {
	// "3,687 in February": a month or day after a number is when, not what it counts.
	// (French and Kreyòl words the reading leaves as they are, "des", "yo", are no more counted than "the".)
	const words = readText(unit).words.filter(
		(word) => !stopwords.en.has(word) && !stopwords.fr.has(word) && !stopwords.ht.has(word) && !isCalendarWord(word),
	);
	const [first] = words;
	if (!first) return [];
	// "two police unions" counts unions: a plural after a singular noun is the head the singular qualifies
	// ("trois des principaux syndicats de police", read "main police unions", too).
	const head = words.slice(1, 3).find((word, i) => compoundHead(words[i] ?? '', word));
	return [head ?? first];
}

/** Is `second` the head of a compound whose first word qualifies it ("police unions", "cell blocks")? */
function compoundHead(first: string, second: string): boolean {
	return !first.endsWith('s') && /[^s]s$/.test(second) && !/(?:ed|ing)$/.test(first);
}

/**
 * "Prime Minister Claude Joseph refused to give up power on February 7": what the report tells of the title's holder,
 * said of one it never mentions, is not confirmed of them. (Claims of a clause from `from` on, in place.)
 */
function doneByOneMistitled(claims: Claim[], from: number, base: FactBase): void {
	const mistitled = claims
		.slice(from)
		.find((one) => one.verdict === 'differs' && one.report?.startsWith(titleGivenElsewhere));
	const [given] = mistitled?.facts ?? [];
	const holder = given?.kind === 'leadership' && given.leader ? base.entity(given.leader) : undefined;
	if (!holder) return;
	for (let i = from; i < claims.length; i++) {
		const one = claims[i] as Claim;
		if (one === mistitled || one.verdict !== 'matches') continue;
		const fact = one.facts.find((candidate) => base.entitiesOf(candidate).includes(holder.id));
		if (fact)
			claims[i] = { ...one, verdict: 'differs', report: `The report says this of ${holder.name}: ${fact.answer}` };
	}
}

/** A prison named by a place's name beside the word: "prizon Okay la", "the Jacmel prison", "la prison de Jérémie". */
const namedPrison =
	/(?<![\p{L}])(?:prison|prisons|prizon|jail|penitentiary|pénitencier|penitencier|penitansye)\s+(?:(?:de|des|du|d['’]|of|in|at|à|a|nan|lan)\s*)?(\p{Lu}[\p{L}'’-]+)|(?<![\p{L}])(\p{Lu}[\p{L}'’-]+)\s+(?:prison|jail|penitentiary)(?![\p{L}])/gu;

/**
 * The name a clause gives a prison that no prison the data knows has ("Epi prizon Okay la tou te atake"): the clause is
 * about another prison; undefined where the name is one the data gives.
 */
function prisonElsewhere(clause: string, base: FactBase): string | undefined {
	// (Most clauses name no prison: the data's name words are gathered only for one that does, once per fact base.)
	if (!clause.match(namedPrison)) return undefined;
	const known = nameWordsOf(base);
	for (const found of clause.matchAll(namedPrison)) {
		const name = found[1] ?? found[2] ?? '';
		// ("…the prison Saturday night", "…prison Sat night": a day or month after the word says when.)
		if (isCalendarWord(name) || /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)$/u.test(name)) continue;
		if (
			name &&
			!normalize(name)
				.split(' ')
				.every((word) => known.has(word))
		)
			return name;
	}
	return undefined;
}

/** Every word of every name the data gives, folded, by fact base: built once, on the first clause that needs it. */
const nameWords = new WeakMap<FactBase, ReadonlySet<string>>();
function nameWordsOf(base: FactBase): ReadonlySet<string> {
	let known = nameWords.get(base);
	if (!known) {
		known = new Set(
			base.entities.flatMap((entity) =>
				[entity.name, ...entity.aliases].flatMap((alias) => normalize(alias).split(' ')),
			),
		);
		nameWords.set(base, known);
	}
	return known;
}

/** A claim confirmed by a fact about the data's prison, where the clause names another: nothing the report says. */
function ofAnotherPrison(found: Claim, elsewhere: string | undefined, base: FactBase): Claim {
	if (!elsewhere || found.verdict !== 'matches') return found;
	const prisons = new Set(base.entities.filter((entity) => entity.kind === 'prison').map((entity) => entity.id));
	if (!found.facts.some((fact) => base.entitiesOf(fact).some((id) => prisons.has(id)))) return found;
	return claim(found.text, 'not_in_report', found.facts, `The report doesn’t mention ${elsewhere}.`);
}

/** A claim the clause's rank ("the second poorest", "second-largest") is not the report's for: never a match. */
function heldToRank(found: Claim, clause: string): Claim {
	if (found.verdict !== 'matches' || ordinalsAgree(clause, found.facts.map((fact) => fact.quote).join(' ')))
		return found;
	const [fact] = found.facts;
	// "The second-poorest country" where the report says "the poorest": another rank for the same measure.
	const ranked = fact ? otherRank(clause, fact.quote) : undefined;
	if (fact && ranked) return claim(ranked, 'differs', found.facts, `The report gives another rank: ${fact.answer}`);
	const report = fact ? `The report gives no such rank; it says: ${fact.answer}` : 'The report gives no such rank.';
	return claim(found.text, 'not_in_report', found.facts, report);
}

/** "Over capacity by", "exceeded its capacity by", "dépassait sa capacité de": what follows is the excess. */
const overBy =
	/(?:over|above|beyond|exceed\p{L}*|surpass\p{L}*|dépass\p{L}*|depase)\s+(?:(?:its|the|sa|la)\s+)?(?:nominal\s+)?(?:capacity|capacité|kapasite|limit)\s+(?:by|de|pa)\s+(?:only\s+|just\s+|about\s+|some\s+)?(?:(?:more|fewer|less) than\s+|at least\s+|nearly\s+|almost\s+|over\s+|under\s+)?$/iu;
/** "3,000 above its capacity", "2,987 over the limit": the number before says by how much. */
const overAfter =
	/^\s*(?:people\s+|inmates\s+|prisoners\s+)?(?:above|over|beyond|more than)\s+(?:(?:its|the)\s+)?(?:nominal\s+)?(?:capacity|limit)/iu;

/** A number is most likely a figure's, and a stated one before one worked out from it. */
const figureBoost = (fact: Fact) => (fact.kind !== 'figure' ? 1 : fact.derivation ? 1.2 : 1.5);

/**
 * A number with what it measures, after it ("700 inmates") or, with nothing after it, before it
 * ("capacity of 3,687", "capacity 700", "la capacité c'est 3 687"): the claim is the pair.
 */
function withMeasure(text: string, value: Span): Span {
	const span = withUnit(text, value);
	// ("Built for 900 people": what it was built for, and the noun after, are both the claim's; "holds 3,687 inmates"
	// is said by its noun.)
	const before = (span.end > value.end ? builtFor : measureBefore).exec(text.slice(0, value.start));
	return before ? { start: before.index, end: span.end } : span;
}

/** Does the fact tell what a clause says was done only in a relative clause, as an aside to something else? */
function toldAside(fact: Fact, deed: readonly string[], base: FactBase): boolean {
	const own = new Set(termsOf(fact.quote));
	const told = deed.filter((term) => own.has(term));
	return told.length > 0 && told.every((term) => onlyInRelativeClause(fact, term, base));
}

/** A measure named just before its number, with the words that tie them. */
const measureBefore =
	/(?<!\p{L})(?:capacity|capacit[ée]|kapasite|population|popilasyon|(?:built|designed|meant|made|intended) for|room for|space for|(?:can |could |to )?hold|holds|(?:con[çc]u|construit|pr[ée]vu|fait|b[âa]ti)e?s? pour|f[eè]t pou|bati pou)(?:\s+(?:of|is|was|de|est|c['’]est|se|at|like|about|around|only|just|roughly))*\s*[:=]?\s*$/iu;

/** What a place was built for, said before the number: "built for 900 people", "conçue pour 700". */
const builtFor =
	/(?<!\p{L})(?:(?:built|designed|meant|made|intended) for|(?:con[çc]u|construit|pr[ée]vu|fait|b[âa]ti)e?s? pour|f[eè]t pou|bati pou)(?:\s+(?:about|around|only|just|roughly|like|environ))*\s*$/iu;

/** "And" as chat French and Creole write it, which no list of function words has: "3 687 pis 700…". */
const chatJoiners = new Set(['pis', 'epi']);

/** A number with the noun it counts: "700 inmates", "3,687 places". */
function withUnit(text: string, value: Span): Span {
	const after =
		/^\s+(?:[a-z]+\s+)?(?:inmates|prisoners|places|people|detainees|beds|troops|officers|police officers|fighters|homicides|deaths)\b/i.exec(
			text.slice(value.end),
		);
	if (after) return { start: value.start, end: value.end + after[0].length };
	// "9 guards", "three days": the noun right after the number, whatever it counts ("two police unions": both words).
	const rest = text.slice(value.end);
	const noun = /^(?:\s+|-)(\p{L}+)/u.exec(rest);
	const word = noun?.[1]?.toLowerCase() ?? '';
	const counts =
		noun &&
		word.length > 2 &&
		!stopwords.en.has(word) &&
		!stopwords.fr.has(word) &&
		!chatJoiners.has(word) &&
		!creditOpener.test(word) &&
		!isCalendarWord(word);
	if (!noun || !counts) return { start: value.start, end: value.end };
	const head = /^\s+(\p{L}+)/u.exec(rest.slice(noun[0].length));
	const both = head?.[1] && compoundHead(word, head[1].toLowerCase());
	return { start: value.start, end: value.end + noun[0].length + (both ? head[0].length : 0) };
}

function numberClaim(
	value: NumberValue,
	unit: string,
	text: string,
	ranked: Ranked[],
	base: FactBase,
	index: SearchIndex,
	dates: DateValue[] = [],
	rough = false,
	holding = false,
	bound?: 'over' | 'under',
	namedIds: readonly string[] = [],
): Claim {
	const said = value.value;
	// What the number counts, when the message says ("700 inmates", "3 687 prizonye"), in English: a
	// figure of another measure (700 places) is not it.
	const counted = countedBy(unit);
	// "Now holds 700" tells what it holds; "has 3,687 places" names its measure itself.
	// "…found 3,687 people inside": what is inside a place is what it holds, too.
	const generic = counted.every(isGenericCount);
	const heldOnly = (holding || heldWords.test(unit)) && generic;
	// A measure the message names outright ("room for 700") says what the number is of, without other words.
	const named = counted.length > 0 && !generic;
	// A figure must be of this measure and about what the clause says of it ("12 people died" is no
	// prison's population); a share is compared with shares, a count with counts.
	const measured: Ranked[] = ranked.filter(
		({ fact, predicate }) =>
			fact.kind !== 'figure' ||
			((predicate || named || heldOnly) &&
				measures(fact, counted, index) &&
				fact.unit.startsWith('%') === value.percent &&
				!(heldOnly && /capacity/i.test(fact.metric)) &&
				// "2,987 inmates were inside" is a count, not how many more there were than places.
				(fact.derivation?.op !== 'difference' || comparing.test(`${text} ${unit}`))),
	);
	// "4,000 inmates escaped": a figure that tells far less of the clause ("held 3,687 inmates") than the one that
	// tells what it says was done (the release) is not what the number is of.
	const closest = measured.find(({ fact }) => fact.kind === 'figure')?.coverage ?? 0;
	const facts = measured.filter(
		({ fact, coverage }) => fact.kind !== 'figure' || coverage >= closest * figureCoverageShare,
	);
	// "…built for 700 and now holds 3,687": what the place holds is its one stated count besides the capacity.
	if (heldOnly && !facts.some(({ fact }) => fact.kind === 'figure')) facts.push(...heldCount(ranked, base, namedIds));
	// "More than 3,000 inmates" is true of 3,687; "fewer than 3,000" is not.
	const bounded = bound && facts.find(({ fact }) => fact.kind === 'figure' && fact.value !== null)?.fact;
	if (bounded?.kind === 'figure' && bounded.value !== null) {
		const holds = bound === 'over' ? bounded.value > said : bounded.value < said;
		// "Over 400 inmates" of 3,687 is true only as a bound nobody would give for it: a bound that loose is a
		// figure of something else ("…it was over 400", of the release), which the report's does not confirm.
		const loose = Math.max(bounded.value, said) > looseBound * Math.min(bounded.value, said);
		if (!(holds && loose)) return claim(text, holds ? 'matches' : 'differs', [bounded]);
		return claim(text, 'not_in_report', [bounded], `The report says only: ${bounded.answer}`);
	}
	// A figure's number is its value; another fact's numbers are those its quote states of the same thing.
	const counting = countingOf(unit);
	const numbersOf = (fact: Fact) =>
		fact.kind === 'figure' ? (fact.value === null ? [] : [fact.value]) : numbersInQuote(fact, counting);
	// "like 3,7k", "about 3,700": a number said as a rounding matches the report's rounded the same way.
	const step = rough ? roundedStep(said) : 1;
	for (const { fact } of facts) {
		if (numbersOf(fact).some((number) => sameNumber(number, said, step))) return claim(text, 'matches', [fact]);
	}
	// The figure of this measure the clause is about gives another number.
	const figure = facts.find(({ fact }) => fact.kind === 'figure' && fact.value !== null);
	const [best] = facts;
	if (figure?.fact.kind === 'figure' && figure.fact.value !== null) {
		const fact = figure.fact;
		const value = figure.fact.value;
		const by = fact.reportedBy ? `, according to ${base.name(fact.reportedBy)}` : '';
		const asOf = fact.asOf ? `, as of ${fact.asOf.date ? formatDate(fact.asOf.date) : fact.asOf.words}` : '';
		// "4,000 inmates in 2017" against a count of 2023: a count of another time the report does not give.
		const year = fact.asOf?.date?.slice(0, 4);
		const other = dates.find((date) => date.date && year && date.date.slice(0, 4) !== year);
		if (other) {
			return claim(
				text,
				'not_in_report',
				[fact],
				`The report gives no count for ${other.words}; it gives ${value.toLocaleString('en-US')} ${fact.unit}${asOf}${by}.`,
			);
		}
		// "3,687 places": a number the report gives of something else is said to be that, for a moderator to correct.
		const mistaken = base.facts.find(
			(other) =>
				other !== fact &&
				other.kind === 'figure' &&
				other.value !== null &&
				!other.derivation &&
				sameNumber(other.value, said, step) &&
				other.unit !== fact.unit,
		);
		const instead =
			mistaken?.kind === 'figure' ? ` ${said.toLocaleString('en-US')} is its count of ${mistaken.unit}.` : '';
		return claim(
			text,
			'differs',
			[fact],
			`The report gives ${value.toLocaleString('en-US')} ${fact.unit}${asOf}${by}.${instead}`,
		);
	}
	// ("Trois syndicats de police ont lancé un appel à des renforts": the clause is closest to the call for
	// reinforcements, which gives no number; the one fact that counts the unions does. Looked for among the facts
	// the counted noun finds, not the whole base.)
	const givesCount = (fact: Fact) => fact.kind !== 'figure' && numbersOf(fact).length > 0;
	const inClause = facts.find(({ fact }) => givesCount(fact))?.fact;
	const counts =
		inClause || !named
			? []
			: relevant(base, index, counted.join(' '), { minCoverage: 0, limit: 10 }).filter(({ fact }) => givesCount(fact));
	const quoted = inClause ?? (counts.length === 1 ? counts[0]?.fact : undefined);
	if (quoted && numbersOf(quoted).some((number) => sameNumber(number, said, step)))
		return claim(text, 'matches', [quoted]);
	if (quoted) return claim(text, 'differs', [quoted], `The report says: “${quoted.quote}”`);
	if (best?.fact.kind === 'figure' && best.fact.estimate) {
		return claim(
			text,
			'not_in_report',
			[best.fact],
			`The report gives no number for ${best.fact.metric}; it says only “${best.fact.estimate}”.`,
		);
	}
	return claim(text, 'not_in_report', best ? [best.fact] : [], 'The report gives no number for this.');
}

/** "the population is (about) 700", "capacity of 700": the noun a number is said to measure, before it. */
function measuredBefore(before: string): string[] {
	// "the capacity of the prison is 700": the head of the phrase, not the noun it is of.
	const trimmed = before.replace(/\s+of\s+(?:the\s+|its\s+|this\s+|that\s+)?\p{L}+(?=\s+(?:is|was|are|were)\b)/iu, '');
	const found =
		/(\p{L}+)\s+(?:is|was|are|were|of|at|stood at|stands at|reached|hit|totals?|totalled|totaled)\s+(?:about|around|only|just|like|roughly|nearly|almost|over|under|some|a mere)?\s*$/iu.exec(
			trimmed,
		);
	const noun = found?.[1]?.toLowerCase();
	if (noun && !stopwords.en.has(noun)) return [noun];
	// "has room for 700", "built for 700": what a place is meant to hold is its capacity.
	return capacityCue.test(fold(before)) ? ['capacity'] : [];
}

/** Words for what a place is meant to hold, just before a number: "room for", "built for", "designed to hold". */
const capacityCue = new RegExp(
	String.raw`\b(?:${capacity.cues
		.filter((cue) => cue.includes(' '))
		.map((cue) => cue.replace(/ /g, String.raw`\s+`))
		.join(
			'|',
		)}|capacity(?:\s+of)?)\s+(?:(?:only|just|about|around|roughly|approximately|nearly|almost|some|like|up to|over|under|more than|less than|fewer than|at least|at most|close to)\s+)*$`,
	'iu',
);

/** What a claim counts, read once: the nouns it counts, and every word it says of them. */
interface Counting {
	nouns: string[];
	said: string[];
}

function countingOf(unit: string): Counting {
	const nouns = countedBy(unit)
		.filter((word) => word.length > 3)
		.map((word) => word.replace(/s$/, ''));
	return { nouns, said: nouns.length > 0 ? readText(unit).words.map((word) => word.replace(/s$/, '')) : [] };
}

/**
 * The numbers a quote gives of the thing a claim counts: "Two of Haiti’s main police unions"
 * gives 2 of unions, and nothing of prisoners. Without a unit, no number qualifies.
 */
function numbersInQuote(fact: Fact, { nouns, said }: Counting): number[] {
	// Only the noun counted: "2,000 murders in Haiti" counts murders, whatever else the quote has of Haiti.
	if (nouns.length === 0) return [];
	const quote = fact.quote.toLowerCase();
	return valuesIn(fact.quote)
		.filter((value): value is NumberValue => value.kind === 'number')
		.filter((value) => {
			const after = quote.slice(value.end, value.end + 40);
			return nouns.some((noun) => headsCount(after, noun, said));
		})
		.map((value) => value.value);
}

/**
 * Does the noun, after a quote's number, count what the claim says? The noun that heads the
 * words after it must be one the claim says too: "two of … police unions" counts unions, which
 * "1000 police" does not count.
 */
function headsCount(after: string, noun: string, said: readonly string[]): boolean {
	const at = after.indexOf(noun);
	if (at < 0) return false;
	// The words right after the noun's own, up to any mark: "police unions have called…".
	const following = /^\p{L}*((?:\s+\p{L}+)*)/u.exec(after.slice(at))?.[1]?.trim().split(/\s+/) ?? [];
	let head: string | undefined;
	for (const word of following) {
		if (!headNoun(word)) break;
		head = word.replace(/s$/, '');
	}
	return head === undefined || said.includes(head);
}

/** A word that can head what a number counts: a noun, and no stopword ("unions", not "have"). */
const headNoun = (word: string): boolean => nounNoAdjective(word) && !stopwords.en.has(word);

function sameNumber(reported: number, said: number, step = 1): boolean {
	if (reported === said) return true;
	// "About 1,000" is not 700 rounded: a rounding stays close to what it rounds, whatever its step.
	return Math.round(reported / step) * step === said && Math.abs(said - reported) <= reported * roundingReach;
}

/** How far a rounded number may be from the report's, as a share of it: "about 4,000" for 3,687, not "about 1,000" for 700. */
const roundingReach = 0.15;

/** Words that say a number is rounded, in the three languages, and a number given in thousands with a decimal ("3,7k"). */
const roughly =
	/(?:\b(?:about|around|roughly|approximately|approx|nearly|almost|like|some|circa|environ|pr[eè]s de|quelque|anviwon|apeprè|prèske)\s+|~\s*)$/iu;
const inThousands = /^\d+[.,]\d\s?k\b/i;

/** Words after a number that say it is what a place holds: "3,687 people inside", "locked up". */
const heldWords =
	/(?<!\p{L})(?:inside|in there|in it|locked up|behind bars|detained|held|incarcerated|imprisoned|dedans|anndan)(?!\p{L})/iu;

/** Words that say a number is how many more of one thing than another: "2,987 more inmates than places". */
const comparing =
	/(?<!\p{L})(?:more|above|over|beyond|excess|extra|surplus|than|too many|de plus|en trop|en surnombre|plis|depase)(?!\p{L})/iu;

/** Words that credit a source: "per the UN", "selon le RNDDH", "Reuters says". */
const attributing =
	/(?<!\p{L})(?:per|according|selon|d['’]apr[eè]s|dapre|said|says|say|saying|reported|reports|reporting|claiming|sources?|dit|di)(?!\p{L})/iu;

/** Verbs that tell what a place does hold: "…now holds 700" is not its capacity. */
const holdingVerbs = new RegExp(
	String.raw`(?<!\b(?:can|could|to|built|designed|meant|of)\s+)\b(?:${capacity.holding.map((verb) => verb.replace(/ /g, String.raw`\s+`)).join('|')})\s+(?:about|around|only|just|like|roughly|nearly|almost|over|some|a mere)?\s*$`,
	'iu',
);

/** The one stated count, not a capacity, of the place the clause speaks of. */
function heldCount(ranked: Ranked[], base: FactBase, named: readonly string[]): Ranked[] {
	// "Port-au-Prince has 3 million people": what a city holds is no prison's count.
	if (named.length > 0 && !named.some((id) => base.entity(id)?.kind === 'prison')) return [];
	// The place whose capacity the clause speaks of, or else the one prison the facts it speaks of involve.
	const prisons = [
		...new Set(ranked.flatMap(({ fact }) => base.entitiesOf(fact)).filter((id) => base.entity(id)?.kind === 'prison')),
	];
	const place =
		ranked.find(({ fact }) => fact.kind === 'figure' && /capacity/i.test(fact.metric))?.fact.about[0] ??
		(prisons.length === 1 ? prisons[0] : undefined);
	const counts = base.facts.filter(
		(fact) =>
			fact.kind === 'figure' &&
			fact.about[0] === place &&
			fact.value !== null &&
			!fact.derivation &&
			!fact.unit.startsWith('%') &&
			!/capacity/i.test(fact.metric),
	);
	const [count, ...more] = counts;
	return count && more.length === 0
		? [{ fact: count, score: 0, coverage: 0, predicate: true, matched: 0, related: 0 }]
		: [];
}

/** "More than", "fewer than" and their like just before a number, in English, French and Creole. */
// ("did the rate exceed 500%", "dépassait-il 500 %": a verb of going beyond bounds the figure as "more than" does.)
const overBound =
	/(?:more than|over|above|at least|upwards of|in excess of|plus de|plus que|plis pase|plis ke|(?:exceed|surpass|top|pass|outstrip)(?:s|ed|ped|ing|ping)?|went beyond|go beyond|goes beyond|gone beyond|d[ée]pass(?:e|ait|é|er|ent|aient)(?:-t?-?(?:il|elle))?|depase)\s*$/iu;
const underBound =
	/(?:fewer than|less than|under|below|at most|moins de|moins que|mwens pase|mwens ke|fell short of|falls short of|fall short of)\s*$/iu;

/** How many times the figure a bound may be off by and still be the bound of that figure: "more than 3,000" of 3,687. */
const looseBound = 2;

/** The bound said just before a number, with the words that say it. */
function boundBefore(before: string): { side: 'over' | 'under'; length: number } | undefined {
	const over = overBound.exec(before);
	if (over) return { side: 'over', length: over[0].length };
	const under = underBound.exec(before);
	return under ? { side: 'under', length: under[0].length } : undefined;
}

/** Of the closest figure's coverage of a clause, what another figure must have to be what the clause counts. */
const figureCoverageShare = 0.75;

/** "3,687 in the pen", "2,000 inside the prison": a bare count in a place of detention counts those held there. */
const heldInPlace = new RegExp(
	String.raw`^(?:in|inside|within|at)\s+(?:the\s+|that\s+|this\s+|da\s+|dat\s+|de\s+)?(?:${kinds.prison.join('|')}|pen|pénitencier|penitencier)s?\b`,
	'iu',
);

function saysHeld(before: string): boolean {
	// ("it's holding 3,687": the contracted "is" is the one the verbs are written with.)
	return holdingVerbs.test(fold(before.replace(/(?<=\p{L})['’]s(?=\s+\p{L}+ing\s*$)/u, ' is')));
}

/** Is the number at `value` said as a rounding: after "about", "like"…, or in thousands with a decimal ("3,7k")? */
function saidRoughly(text: string, value: Span): boolean {
	return roughly.test(text.slice(0, value.start)) || inThousands.test(text.slice(value.start));
}

/** The step a rounded number was rounded to: 100 for 3,700, 1,000 for 4,000. */
function roundedStep(said: number): number {
	let step = 1;
	while (said >= 10 && said % (step * 10) === 0) step *= 10;
	return step;
}

/**
 * Do the clause's words say the figure's measure changed? Some word of theirs besides names and numbers must be the
 * figure's own: "kidnappings doubled according to the UN" has only the UN, which the homicides' change names too.
 */
function changeOf(words: string, figure: Fact, index: SearchIndex, base: FactBase): boolean {
	const terms = termsOf(words);
	const named = new Set(index.matchEntities(terms).flatMap((match) => [...match.covered]));
	return terms.some(
		(term) =>
			!named.has(term) &&
			!/^\d/.test(term) &&
			!stopwords.en.has(term) &&
			!vagueWords.has(term) &&
			!creditWords.has(term) &&
			inOwnWords(figure, term, index, base),
	);
}

/**
 * A word after the counted noun that says what they did ("walked out"), which the figure (or one worked out from it)
 * does not have, even through a related word, and another fact does: the number counts those, not the figure's.
 */
function doneBeyond(after: string, figure: Fact, index: SearchIndex, base: FactBase): string | undefined {
	const told = (term: string) =>
		[figure, ...workedOutFrom(base, figure)].some((fact) => inOwnWords(fact, term, index, base));
	// Only the words right after the noun, up to the place or thing they go on to name: "walked out", "crammed".
	// (French and Creole in English words: "mouri nan atak" is "died nan attack".)
	const read = readText(after);
	const [verbPart = ''] = fold(read.language === 'en' ? after : read.words.join(' ')).split(
		/\s(?:in|into|at|of|the|a|an|for|to|from|by|on|inside|as|when|while|after|before|since|is|was|are|were|and|but|that|which|who)\s/,
	);
	// A verb in the past, as English tags it first: "walked", not "tally" (a noun the count is named by).
	// ("…took the key of the fields", "got out": a common verb of taking or going is a deed all the same.)
	const words = (verbPart.match(/\p{L}{4,}/gu) ?? []).filter(
		(word) =>
			((!stopwords.en.has(word) && !vagueWords.has(word)) || commonDeeds.test(word)) &&
			!holdingVerbs.test(word) &&
			(/^VB[DN]$/.test(englishTags(word)[0] ?? '') || (englishTags(word).length === 0 && /\p{L}{3}ed$/u.test(word))),
	);
	// (A verb the data has no word for at all, "strolled out", is no word of the count's either.)
	return words.find((word) => {
		const term = stem(word);
		return index.matchEntities([term]).length === 0 && !told(term);
	});
}

/** Common verbs of taking and going, in the past, that the lists of vague words have: each tells a deed. */
const commonDeeds = /^(?:took|taken|went|gone|came|left|broke|broken|walked|wandered)$/;

/** The figures worked out from each figure, once per fact base: the message check asks of them per number. */
const workedOutBy = new WeakMap<FactBase, Map<string, Fact[]>>();
function workedOutFrom(base: FactBase, figure: Fact): readonly Fact[] {
	let byInput = workedOutBy.get(base);
	if (!byInput) {
		byInput = new Map();
		for (const fact of base.facts)
			if (fact.kind === 'figure')
				for (const id of fact.derivation?.of ?? []) byInput.set(id, [...(byInput.get(id) ?? []), fact]);
		workedOutBy.set(base, byInput);
	}
	return byInput.get(figure.id) ?? [];
}

/** Words that say whose word it is, which the report may share with any claim it credits: "according to UN data". */
const creditWords = new Set(
	[
		'according',
		'per',
		'selon',
		'dapre',
		'data',
		'figures',
		'numbers',
		'said',
		'says',
		'report',
		'reported',
		'source',
	].map(stem),
);

function changeClaim(words: string, text: string, facts: Ranked[]): Claim | undefined {
	const figure = facts.find(({ fact }) => fact.kind === 'figure' && fact.estimate)?.fact;
	if (figure?.kind !== 'figure' || !figure.estimate) return undefined;
	const [claimed, reported] = [changeRange(words), changeRange(figure.estimate)];
	if (!claimed || !reported) return undefined;
	const verdict = compareChanges(claimed, reported);
	// "Rose 119%" is a figure the report does not give, where it says only "more than doubled": it allows it, no more.
	const precise = /\d\s?%/.test(words) && !/\d\s?%/.test(figure.estimate);
	if (verdict === 'matches' && precise && !contains(claimed, reported))
		return claim(text, 'not_in_report', [figure], `The report gives no such figure; it says only: ${figure.answer}`);
	return claim(text, verdict, [figure], `The report says: ${figure.answer}`);
}
