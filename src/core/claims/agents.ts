/** Claims about people and organisations: who did or said something, what someone is, and by what title. */
import type { Entity, Fact } from '../../data/schema.js';
import type { FactBase } from '../fact-base.js';
import { adjectiveNoVerb, englishTags, nounNoVerb, verbNoNoun } from '../language/english-words.js';
import { fold, stopwords, vagueWords } from '../language/lexicon.js';
import { inEnglish, readText } from '../language/read.js';
import { relatedSimilarity } from '../language/related.js';
import { personNouns } from '../language/wordnet.js';
import type { SearchIndex } from '../search-index.js';
import { stem, terms as termsOf, words as wordsOf } from '../text.js';
import { creditedTo, lightVerbs, speechWords, unclearWhen } from '../understand/fits.js';
import { singular as singularOf } from '../understand/kinds.js';
import { buildQuery, roleHoldersIn } from '../understand/query.js';
import { inOwnWords, ownsTerm, type Ranked } from '../understand/rank.js';
import { whenOf } from '../when.js';
import { type Claim, type Clause, claim, relevant, trimTail, withoutSpans } from './claim.js';
import { cleftFocus, cleftRest, creditedToTitle } from './clefts.js';
import { contentClaim, loosely, onlyThroughAnother, polarityClash, saysDone } from './content.js';
import {
	creditOpener,
	directlyMatched,
	namedIn,
	ownedStranger,
	ownWords,
	preferInvolving,
	qualifiedClaim,
	reportsWhatFollows,
	saysRole,
} from './credit.js';
import { plannedSaidDone, speaksOfPlan } from './dates.js';
import {
	countryNamed,
	type EntityMention,
	escapeRegExp,
	mentionsIn,
	namedInLowercase,
	namedSoInReport,
	saidBy,
	speechVerbs,
} from './names.js';
import { otherAmount, saysOpposite } from './opposites.js';
import { doneByOthers, sameOrPart, subjectInLowercase } from './passive.js';
import {
	agentClass,
	agentOf,
	compoundDoer,
	eventDoer,
	othersCredited,
	qualifierOf,
	quoteSaysPart,
	wholeOf,
} from './qualifiers.js';
import { adjectivesAttached, ranksAgree, sameNoun } from './ranks.js';
import { silenceClaims } from './silence.js';
import { judgeTitle, titleClaims, titleOf, titleWords } from './titles.js';
import { type Span, valuesIn } from './values.js';

/** Below this a description's fact is not the one it describes. */
const describingCoverage = 0.3;
/** A description ("a former soldier") matches only if the fact accounts for this much of it. */
const describedCoverage = 0.8;

/**
 * Who did or said what, and what someone is: "Kenya offered to lead the force", "Reuters
 * reported…", "Barbecue is the prime minister", "sanctioned by the UN and the US".
 */
export function entityClaims(
	clause: Clause,
	mentions: EntityMention[],
	subject: Entity | undefined,
	base: FactBase,
	index: SearchIndex,
	at: (span: Span) => string,
): Claim[] {
	const text = clause.text;
	// "The gang alliance is called Viv Ansanm": a name given to one the report names.
	const naming = namingClaims(text, mentions, base, at);
	if (naming) return [naming];
	// A cleft credits its name with the rest ("it was Henry who…"): not a description.
	const focus = cleftFocus(text, mentions);
	// ("Se Ariel Henry ki prezidan peyi a": unless the rest is a title, which says what the name is.)
	const restAt = focus?.entity ? cleftRest(text, focus) : undefined;
	const focusTitle =
		focus?.entity && restAt !== undefined
			? describedTitle(text, { start: restAt, end: text.length }, focus.entity, base, at)
			: undefined;
	if (focusTitle) return [focusTitle];
	const description = focus ? undefined : describes(text, mentions, subject, base);
	// "Jimmy Sergier aka Barbecue": two names said to be one.
	const same = sameNameClaims(text, mentions, base, at);
	// ("Sergier is the one they call Barbecue": the description is the naming, judged as such.)
	const namedAsOne =
		description &&
		sameNamePairs(text, mentions).some(
			([a, b]) => a.end <= description.predicate.start && description.predicate.start < b.end,
		);
	if (namedAsOne) return same;
	if (description) {
		const described = [...same, ...descriptionClaim(description, text, base, index, at)];
		// "…an ex-cop sanctioned by the UN and the EU": who did what is said of the one described, and judged as such.
		const { tail } = description;
		if (!tail) return described;
		const inTail = mentions.filter((m) => m.start >= tail.start);
		return [...described, ...agentClaims(clause, inTail, base, index, at)];
	}
	const titled = titleClaims(text, mentions, base, at);
	// "The govt hasn't commented": one the report says has not spoken, said to have spoken or not.
	const silence = silenceClaims(text, mentions, base, at);
	if (silence.length > 0) return [...titled.claims, ...silence];
	// A name judged with its title ("President Ariel Henry") is not also judged bare.
	// ("The police counted 3,687 inmates": one named in the data's lowercase words, opening the clause, is credited
	// with a count or a report as a name in capitals would be.)
	const lowercase = subjectInLowercase(text, mentions, base);
	const credits = lowercase && countedOrReported.test(text.slice(lowercase.end));
	const rest = [...(credits ? [lowercase] : []), ...mentions.filter((m) => !titled.judged.includes(m))];
	// Names said to be one are judged as such, not each as an agent of what follows.
	const aliased = new Set(
		same.length > 0 ? mentions.filter((m) => same.some((c) => at(m) && c.text.includes(at(m)))) : [],
	);
	const named = [
		...same,
		...titled.claims,
		...agentClaims(
			clause,
			rest.filter((m) => !aliased.has(m)),
			base,
			index,
			at,
		),
	];
	// "The government sanctioned Barbecue": a deed the report credits, after "by", only to others.
	const byOthers = doneByOthers(text, rest, base, at);
	if (byOthers)
		return [byOthers, ...named.filter((c) => !c.text.includes(byOthers.text) && !byOthers.text.includes(c.text))];
	const said = contentClaim(clause, mentions, base, index, at, subject);
	const content = said && creditedToTitle(text, said, base);
	// What was done is not confirmed around a name the report does not credit with it ("the US and Canada sanctioned…").
	const doubted = named.some((c) => c.verdict !== 'matches' && content?.text.includes(c.text));
	// "RNDDH = Réseau National…": what names are said to be one says nothing more to check.
	const onlyNames = content !== undefined && same.some((c) => c.text.includes(content.text.replace(/^[\s=:,-]+/, '')));
	// "Kenya leads": a name's claim that holds the content's words, with its verdict, has said it already.
	const saidAlready =
		content !== undefined && named.some((c) => c.verdict === content.verdict && c.text.includes(content.text));
	return content && !doubted && !onlyNames && !saidAlready ? [...named, content] : named;
}

/** Verbs that give a figure or a report, right after the one credited: "the police [counted] 3,687". */
const countedOrReported =
	/^\s+(?:(?:has|have|had|also|first)\s+)?(?:counted|tallied|recorded|reported|estimated|numbered|put|gave|published|found|compiled)\b/;

interface Description {
	/** Who is described: the clause's subject, or the one carried from the clause before ("…, a former cop"). */
	who: Entity;
	/** The words that describe, article included: "the prime minister", "a former soldier". */
	predicate: Span;
	/** A name the predicate gives ("… is Jimmy Sergier"). */
	same: EntityMention | undefined;
	/** The verb that says it ("is", "used to be"): part of what the claim is, as the member wrote it. */
	verb?: Span;
	/** What the description goes on to say was done to or by the one described: "sanctioned by the UN". */
	tail?: Span;
	/** A bare adjective ("is rich"): held only against what the report says of the one described. */
	adjective?: boolean;
}

/** A clause of time about the one described: "before he turned to crime", "quand il était jeune". */
const timeClauseAfter =
	/\s+(?:before|after|when|until|till|while|once|avant qu['’]?|apr[eè]s qu['’]?|quand|lorsqu['’]?|lorsque|anvan|apre|l[eè])\s*(?:he|she|they|il|elle|ils|elles|li|yo)(?!\p{L})/iu;

/** Where a description ends: a participle and its agent, or a relative clause. */
// ("…a human rights group founded in 1995": a participle with its date ends it too; the date is a claim of its own.)
const describedUntil =
	/\s+(?:\p{Ll}+ed\s+(?:(?:only|solely|just|jointly|also|both)\s+)?by|\p{Ll}+ed(?=\s+(?:in|on|since)\s+(?:\d|\p{Lu}))|\p{Ll}+(?:é|ée|és|ées)\s+par|\p{Ll}+e\s+pa|who|which|qui|que|ki|ke)\s/u;

/**
 * "X is (a|an|the) Y" or an appositive "a Y" after a named subject. Not "was assassinated",
 * "were released" or "has been sanctioned": those say what was done, not what someone is.
 */
function describes(
	text: string,
	mentions: EntityMention[],
	subject: Entity | undefined,
	base: FactBase,
): Description | undefined {
	// ("Barbecue, ex-cop, sanctioned…", "…, ancien policier": what someone was needs no article.)
	const appositive =
		/^\s*(?:(?:a|an|un|une|yon)\s+\S|(?:former|ex|ancien|ancienne|ansyen|onetime|one-time|retired)(?:\s+|-)\p{L})/iu.exec(
			text,
		);
	// "…, an ex-cop sanctioned by the UN and US": names only in what is said was done to the one described.
	const until = describedUntil.exec(text);
	const named = until ? mentions.filter((m) => m.start < until.index) : mentions;
	if (appositive && subject && named.length === 0) {
		const start = text.search(/\S/);
		const end = text.trimEnd().length;
		if (!until) return { who: subject, predicate: { start, end }, same: undefined };
		return {
			who: subject,
			predicate: { start, end: until.index },
			same: undefined,
			tail: { start: until.index + 1, end },
		};
	}
	// Case matters: a capital after the verb is a name ("is Jimmy Sergier"), so no `i` flag here.
	// In English, French and Creole: "is a", "remains the", "est un", "était le", "serait un" (is said to be), "reste le",
	// "se yon", "te" ("was"); an acronym's "stands for".
	const copula =
		/(?:(?<=\b(?:he|she|it|that|this|who|He|She|It|That|This|Who))['’]s|(?<!\p{L})(?:is|was|are|were|(?:has|have|had|'s|’s)\s+been|used to be|'s|’s|stands for|is short for|means|remains|remained|est|était|etait|serait|sont|seraient|reste|demeure|signifie|veut dire|se|te|ete|c|cest|=))\s+(?:(?:ever|once|still|really|actually|already|also|formerly|originally)\s+)?(?:(?:elected|appointed|named|made|chosen|sworn in as)\s+(?=(?:the\s+)?(?:president|prime minister|pm|premier)\b))?(?!been\b|being\b|not\b|pas\b)(?=(?:a|an|the|A|An|The|un|une|le|la|les|l['’]|yon|Un|Une|Le|La|Yon)\s|[lL]['’]\p{L}|\p{Lu}|(?:premye|ansyen|ancien|ancienne|former|ex|president|prime minister|pm|premier|pr[ée]sident|prezidan)\b)/u.exec(
			text,
		);
	const adjective = copula ? null : adjectivePredicate(text);
	const found = copula ?? adjective ?? barePersonNoun(text);
	if (!found) return undefined;
	// ("AyiboPost is the outlet that reported the guards abandoned the prison": who said it, as a cleft says it; the
	// credit is judged, not what kind of thing the one credited is.)
	if (reportingPredicate.test(text.slice((found.index ?? 0) + found[0].length))) return undefined;
	const described = describedBy(text, found, mentions, subject, base);
	return described && adjective ? { ...described, adjective: true } : described;
}

/**
 * "Haiti is rich", "Haïti est riche": a bare adjective after the verb, which English has as an adjective and never as a
 * verb (French read in English), describes as "a rich country" does. In the shape of the copula's match: the verb, up to
 * the adjective.
 */
function adjectivePredicate(text: string): RegExpExecArray | null {
	const found = bareAdjective.exec(text);
	const word = found?.[1] ?? '';
	const english = inEnglish([fold(word)], 'fr').at(-1) ?? word;
	if (!found || !(adjectiveNoVerb(word.toLowerCase()) || adjectiveNoVerb(english))) return null;
	const match = [found[0].slice(0, found[0].length - word.length)] as unknown as RegExpExecArray;
	match.index = found.index;
	return match;
}

/** A description of whoever said something, up to the verb of saying: "the outlet (that) reported", "the one who said". */
const reporterDescribed = String.raw`(?:the|an?|le|la|l['’])\s*(?:\p{L}+\s+){0,2}?(?:(?:that|who|which|qui)\s+(?:first\s+)?)?`;
const reportingVerb = 'reported|reporting|reports|said|saying|says|claimed|claiming|wrote|writing|broke';

/** The verb and description before a verb of saying: "is the outlet reporting", "was the one who said". */
const reportingCopula = new RegExp(
	String.raw`^\s*(?:is|was|are|were|est|était)\s+${reporterDescribed}(?=(?:${reportingVerb})\b)`,
	'iu',
);

/** "the outlet that reported…", "the one reporting that…": a description that only says who said something. */
const reportingPredicate = new RegExp(
	String.raw`^\s*${reporterDescribed}(?:${reportingVerb}|a rapporté|a dit)\b`,
	'iu',
);

/**
 * "Barbecue was police before", "Barbecue te polis avan": a noun for someone (or the police) right after the verb,
 * with no article, as Kreyòl and chat say what one is or was. In the shape of the copula's match.
 */
function barePersonNoun(text: string): RegExpExecArray | null {
	const found = bareNoun.exec(text);
	const word = found?.[1] ?? '';
	const english = inEnglish([fold(word)], 'ht').at(-1) ?? word;
	if (!found || !(personNouns().has(english) || english === 'police')) return null;
	const match = [found[0].slice(0, found[0].length - word.length)] as unknown as RegExpExecArray;
	match.index = found.index;
	return match;
}

const bareNoun = /(?<!\p{L})(?:is|was|were|are|used to be|te konn|te|se|est|était|etait)\s+(\p{Ll}+)(?=[\s,.!?]|$)/u;

const bareAdjective =
	/(?<!\p{L})(?:is|was|are|were|est|était|etait|sont|reste)\s+(?:(?:still|really|very|so|too|très|tres|vraiment)\s+)?(\p{Ll}+)(?=\s*(?:[,.!?]|$))/u;

/** The description that a verb of being, `copula`, opens in the text. */
function describedBy(
	text: string,
	copula: RegExpExecArray,
	mentions: EntityMention[],
	subject: Entity | undefined,
	base: FactBase,
): Description | undefined {
	const start = (copula.index ?? 0) + copula[0].length;
	// ("The UNSC vote was October 2": a date after the verb says when, which the date's own claim judges.)
	if (valuesIn(text).some((value) => value.kind === 'date' && value.start === start)) return undefined;
	const before = mentions.filter((m) => m.end <= (copula.index ?? 0)).at(-1)?.entity;
	const carried = before ? undefined : unnamedSubject(text.slice(0, copula.index), subject, base);
	// ("It is the largest prison in Haiti": a pronoun stands for one named before, not for one named after it.)
	const afterOnly = carried && mentions.every((m) => m.entity?.id !== carried.id || m.start >= (copula.index ?? 0));
	const who = before ?? (afterOnly && mentions.some((m) => m.entity?.id === carried?.id) ? undefined : carried);
	if (!who) return undefined;
	// "is Jimmy Sergier" names the same one; "is Haiti's prime minister" does not.
	const same = mentions.find(
		(m) =>
			m.entity &&
			m.start >= start &&
			/^\s*(?:(?:the|a|an|un|une|le|la|yon)\s+)?$/i.test(text.slice(start, m.start)) &&
			!/^['’]s\b/.test(text.slice(m.end)) &&
			// "is a UN agency", "is a Haitian NGO": a name before another noun only qualifies it.
			!/^\s+(?:\p{Ll}{3,}|\p{Lu}{2,}\b)/u.test(text.slice(m.end)),
	);
	const verb = { start: copula.index ?? 0, end: start };
	// "an ex-cop sanctioned by the UN", "un ancien policier sanctionné par l'ONU", "yon ansyen polisye
	// ki sanksyone pa ONU", "yon ansyen sòlda ke Etazini sanksyone": the description ends where a participle and
	// its agent, or a relative clause ("who", "qui", "ki"; the object's "que", "ke"), begin.
	const clauseAt = describedUntil.exec(text.slice(start));
	// ("…was an ex-soldier before he turned to crime": a clause of time after the description only says when.)
	const timeAt = timeClauseAfter.exec(text.slice(start));
	const end = timeAt ? start + timeAt.index : text.trimEnd().length;
	if (!clauseAt || same) return { who, predicate: { start, end }, same, verb };
	const tail = { start: start + (clauseAt.index ?? 0) + 1, end };
	return { who, predicate: { start, end: start + (clauseAt.index ?? 0) }, same, verb, tail };
}

/**
 * Who a subject no name stands for is: the one the data calls so in lowercase ("the pen is…"), the
 * one carried from before where it is a pronoun or nothing ("he is…", "…, a former cop"), and no one
 * otherwise: "the pen is the biggest prison in Haiti" describes the pen, not Haiti.
 */
function unnamedSubject(before: string, subject: Entity | undefined, base: FactBase): Entity | undefined {
	const words = fold(before).match(/\p{L}+/gu) ?? [];
	if (words.length === 0 || words.some((word) => standsForNamed.has(word))) return subject;
	return namedInLowercase(before, base);
}

/** Words that stand for one named before: pronouns and possessives, in English, French and Creole. */
const standsForNamed = new Set(
	'he she it they him her his its their this that il elle ils elles son sa ses leur li yo l'.split(' '),
);

/**
 * "… is called X", "… goes by X", "… est appelé X", "… est surnommé « X »", "… rele X": the name given, in its
 * quotes or not, up to the end of its clause. (Not "called for reinforcements", "named after", "called a …": no name is given.)
 */
const calledName =
	/\s(?:(?:is|are|was|were|s|'s|’s|be)\s+)?(?:(?:also|actually|really|officially)\s+)?(?:called|named|nicknamed|known as|goes by|go by|(?:s['’])?appelle|est\s+appel[ée]e?|est\s+surnomm[ée]e?|est\s+connue?\s+sous\s+le\s+nom\s+de|se nomme|rele|yo rele l|yo bay non)\s+(?!(?:for|on|upon|up|out|off|in|into|back|to|after|a|an|the)\b)(?:[«"“‘]\s*)?(?<name>[^,.;:!?()«»"“”]{2,40}?)(?:\s*[»"”’])?(?=\s*(?:[,.;:!?()]|$|\s(?:look|lol|btw|and|but|though|tho|fyi)\b))/iu;

/**
 * "The gang alliance is called Viv Ansanm", "Barbecue's alliance goes by G9": a name given to one
 * the report names. The same one's name the report uses matches; another one's differs; a name
 * the report never gives is not in it.
 */
function namingClaims(
	text: string,
	mentions: EntityMention[],
	base: FactBase,
	at: (span: Span) => string,
): Claim | undefined {
	const found = calledName.exec(text);
	const name = found?.groups?.name;
	if (!found || !name) return undefined;
	// (The name may stand in quotes, the closing one after it.)
	const start = found.index + found[0].lastIndexOf(name);
	// Who is named: the name before it, or what follows that name in lowercase ("Barbecue's alliance", "the prison").
	const last = mentions.filter((m) => m.entity && m.end <= found.index).at(-1);
	const rest = text
		.slice(last?.end ?? 0, found.index)
		.replace(/^['’]s\s+/u, '')
		.trim();
	const inLowercase = /\p{L}{3}/u.test(rest)
		? (namedInLowercase(rest, base) ?? namedInLowercase(`the ${rest}`, base))
		: undefined;
	const who = inLowercase ?? (/\p{L}{3}/u.test(rest) ? possessed(last?.entity, rest, base) : last?.entity);
	if (!who) return undefined;
	const span = { start: found.index + found[0].search(/\S/), end: found.index + found[0].length };
	const given = mentions.find((m) => m.start >= start && m.start < start + name.length)?.entity;
	if (!given) return notGivenAsName(at(span), name.trim(), who);
	if (given.id !== who.id)
		return claim(at(span), 'differs', [], `The report does not say that ${who.name} is ${given.name}.`);
	return namedSoInReport(base, name)
		? claim(at(span), 'matches', [], `Both are names of ${who.name} in the report.`)
		: notGivenAsName(at(span), name.trim(), who);
}

/**
 * "Barbecue's coalition": the one entity a noun after a name's "'s" is a word of the name of, that a fact ties to the
 * one named (the report points to him as the alliance's head).
 */
function possessed(owner: Entity | undefined, noun: string, base: FactBase): Entity | undefined {
	if (!owner || !/^\p{L}+$/u.test(noun)) return undefined;
	const word = new RegExp(`(?<!\\p{L})${fold(noun)}(?!\\p{L})`, 'u');
	const [only, ...more] = base.entities.filter(
		(entity) =>
			entity.id !== owner.id &&
			[entity.name, ...entity.aliases].some((name) => word.test(fold(name))) &&
			base.tied(owner.id, entity.id),
	);
	return more.length === 0 ? only : undefined;
}

/** "The one", "the ones": a word that stands in for whoever a description describes. */
const standInOne = /^\s*(?:the|that|this)\s+ones?\b/iu;

/** "A member of the police", "part of the army": one of a body, which says what "police" or "a policeman" says. */
const memberOf =
	/^\s*(?:(?:a|an|the|un|une)\s+)?(?:member|part|membre|partie|manm)\s+(?:of|de|du|des|d['’])\s*(?:(?:the|la|le|les|l['’])\s*)?/iu;

/** Two names side by side with words between them that say they are one. */
function sameNamePairs(text: string, mentions: EntityMention[]): [EntityMention, EntityMention][] {
	return mentions.flatMap((a, i) => {
		const b = mentions[i + 1];
		return b?.entity && a.entity && sameNameWords.test(text.slice(a.end, b.start))
			? [[a, b] as [EntityMention, EntityMention]]
			: [];
	});
}

/** "Jimmy Sergier aka Barbecue", "Sergier, alias Barbecue": two names said to be one, matched when the data's are one. */
function sameNameClaims(text: string, mentions: EntityMention[], base: FactBase, at: (span: Span) => string): Claim[] {
	const claims: Claim[] = [];
	for (const [a, b] of sameNamePairs(text, mentions)) {
		if (!a.entity || !b.entity) continue;
		const span = at({ start: a.start, end: b.end });
		const unsaid = [a, b].find((name) => !namedSoInReport(base, at(name)));
		if (a.entity.id !== b.entity.id)
			claims.push(claim(span, 'differs', [], `The report does not say that ${a.entity.name} is ${b.entity.name}.`));
		else if (unsaid) claims.push(notGivenAsName(span, at(unsaid), a.entity));
		else claims.push(claim(span, 'matches', [], `Both are names of ${a.entity.name} in the report.`));
	}
	return claims;
}

/**
 * Does the fact tell the deed a clause credits (its first word of content, the verb as a rule), in
 * its own words or a word related to them?
 */
function deedTold(context: string, fact: Fact, index: SearchIndex, credits = true, readersWords = true): boolean {
	const read = readText(context);
	// Who said something is credited whatever was said: that is the content's to judge. So is where a figure
	// "comes from". Otherwise, past a verb of being ("became prime minister"), the first word of content is the deed.
	// A light verb's object is the deed ("slapped sanctions on").
	const deed = read.words.find(
		(word, i) =>
			speechWords.has(word) ||
			creditWords.has(word) ||
			// (A joiner the text's own language has, "ak" in Creole, is no deed.)
			(!vagueWords.has(word) &&
				!stopwords[read.language].has(word) &&
				// ("UN agencies are still running…": the noun a name opens, before its verb, is who; the deed follows.)
				!(i === 0 && /^(?:is|are|was|were|has|have|had|will|would)$/.test(read.words[1] ?? '')) &&
				!beingVerbs.has(word) &&
				!(lightVerbs.has(stem(word)) && i < read.words.length - 1) &&
				termsOf(word).length > 0),
	);
	// (Not where the fact is a deed: "the UN counted the troops" credits no count to the one who approved a force.)
	if (deed === undefined || speechWords.has(deed) || (credits && creditWords.has(deed))) return true;
	// A statement's keywords are how readers put what was said ("send more police"), not what its speaker did.
	// (Nor is one put as what was not done, "didn't run": running is no deed of its.)
	const keywords =
		fact.kind === 'statement' || !readersWords
			? ''
			: fact.keywords.filter((keyword) => !deniedKeyword.test(keyword)).join(' ');
	const own = new Set(termsOf(withoutAskedFor(`${fact.answer} ${fact.quote} ${keywords}`)));
	const term = stem(deed);
	// ("MSF closed its facilities" against "police unions called…": a word only related to the deed, that is a noun and
	// no verb, tells no deed.)
	const noVerb = (word: string) => {
		const tags = englishTags(word);
		return tags.length > 0 && !tags.some((tag) => tag.startsWith('VB'));
	};
	return (
		own.has(term) ||
		index.matchTerm(term).some((match) => own.has(match.term) && !(match.related && noVerb(match.term)))
	);
}

/** A keyword that puts a deed as not done: "didn’t run", "did not run", "never left". */
const deniedKeyword = /\b(?:not|never|no)\b|n['’]t\b/iu;

/**
 * The text without what someone asked for: "police unions called for help" tells of a call, not of help given, so
 * "Canada is helping Haiti" credits them with nothing.
 */
function withoutAskedFor(text: string): string {
	return text.replace(askedFor, '$1 for');
}

/** A verb of asking and "for", then what was asked for, up to the words that go on past it ("help to stop…"). */
const askedFor =
	/\b((?:call|calls|called|calling|ask|asks|asked|asking|appeal|appeals|appealed|plead|pleads|pleaded|beg|begs|begged|urge|urged|press|pressed)\s+)for\s+(?:(?!(?:to|and|or|of|from|in|on|by|after|as|with)\b)[\p{L}-]+\s*){1,3}/giu;

/**
 * A word of what a source is said to have said that the fact it is credited with has only by
 * borrowing a word the message already has ("the guards defended the prison" against "guarding
 * the prison… abandoned it"): the first such word, if any. A word the fact lacks altogether may be
 * the writer's own for what was said ("walked off"): that is the content's to judge.
 */
function saidBeyond(said: string, fact: Fact, index: SearchIndex, base: FactBase): string | undefined {
	const read = readText(said);
	const query = buildQuery(read.words, read.language, index);
	const named = new Set(query.mentions.flatMap((mention) => mention.terms));
	// ("AyiboPost says the guards were arrested": "arrested" is the fact's only as WordNet's verb "cop", far from it.)
	const borrowed = (term: string) =>
		!ownsTerm(fact, term, index, base) &&
		(onlyThroughAnother(term, query.terms, fact, index, base) ||
			// (Of what a statement says: a source's own verb for giving a figure, "tallied", is no more than "counted".)
			(fact.kind === 'statement' && loosely(term, fact, index, base)));
	const at = query.terms.findIndex(
		(term, i) => !query.vague.has(i) && !named.has(i) && !speechStems.has(term) && borrowed(term),
	);
	return at < 0 ? undefined : (read.words.find((word) => stem(word) === query.terms[at]) ?? query.terms[at]);
}

/** The verbs of saying as search terms: who said it is the credit's, not what was said. */
const speechStems = new Set([...speechWords].map(stem));

/** Verbs that say what someone is or became, whose role or description is what was done. */
const beingVerbs = new Set([
	'become',
	'became',
	'becomes',
	'remain',
	'remained',
	'remains',
	'serve',
	'served',
	'serves',
]);

/** Words that credit a source with what follows or went before: "comes from UN data", "per RNDDH". */
const creditWords = new Set([
	'come',
	'comes',
	'came',
	'coming',
	'from',
	'according',
	'per',
	'source',
	'sourced',
	'cited',
	'attributed',
	'credited',
	'provided',
	'gave',
	'counted',
]);

/** A name the data knows for someone but the report never uses: that it is theirs, the report does not say. */
function notGivenAsName(span: string, name: string, who: Entity): Claim {
	return claim(span, 'not_in_report', [], `The report does not call ${who.name} “${name}”.`);
}

/** The words between two names that say they are one: "aka", "alias", "also known as", "or", "dit", "alyas". */
const sameNameWords =
	/^\s*,?\s*(?:aka|a\.k\.a\.?|alias|also known as|known as|better known as|dit|alyas|yo rele l|=|stands for|is short for|means|(?:is|was|'s|’s)\s+(?:the\s+)?(?:one|man|guy|dude|person|fellow)\s+(?:(?:who|that|whom)\s+)?(?:(?:they|people|everyone|folks|ppl|some|many)\s+)?(?:call|calls|called|name|names|named|nickname|nicknamed|dub|dubbed|know as|known as))\s*,?\s*(?:the\s+)?$/iu;

/** A people's adjective: "Haitian", "Kenyan", "haïtien", "Ayisyen". */
const demonymOf = /^\p{L}+(?:an|ese|ish|i|ien|ienne|iens|yen|ans)$/iu;

/**
 * "RNDDH is Haitian": matched where a fact describes the one named by that adjective ("the Haitian human rights group
 * RNDDH"); else the report does not say where they are from.
 */
function fromCountry(who: Entity, adjective: string, base: FactBase, text: string): Claim {
	const names = [who.name, ...who.aliases].map((name) => escapeRegExp(fold(name)));
	const described = new RegExp(`(?<!\\p{L})(\\p{L}+)(?=\\s+(?:\\S+\\s+){0,4}?(?:${names.join('|')})(?!\\p{L}))`, 'gu');
	// The countries' own adjectives, as the data names them: "Haitian" of Haiti.
	const adjectives = new Set(
		base.entities
			.filter((entity) => entity.kind === 'country')
			.flatMap((entity) => entity.aliases.map(fold).filter((alias) => demonymOf.test(alias))),
	);
	const told = base.facts.flatMap((fact) =>
		[...fold(fact.quote).matchAll(described)].flatMap((m) =>
			adjectives.has(m[1] ?? '') ? [{ fact, said: m[1] }] : [],
		),
	);
	const same = told.find((one) => one.said === fold(adjective));
	if (same) return claim(text, 'matches', [same.fact], `The report says: ${same.fact.answer}`);
	const [other] = told;
	if (other) return claim(text, 'differs', [other.fact], `The report says: ${other.fact.answer}`);
	return claim(text, 'not_in_report', [], `The report does not say where ${who.name} is from.`);
}

function descriptionClaim(
	description: Description,
	text: string,
	base: FactBase,
	index: SearchIndex,
	at: (span: Span) => string,
): Claim[] {
	const { who, predicate, same } = description;
	// "RNDDH is Haitian": a people's adjective says where one is from, not that one is the country.
	if (same?.entity?.kind === 'country' && demonymOf.test(at(same)) && fold(at(same)) !== fold(same.entity.name))
		return [fromCountry(who, at(same), base, at(same))];
	if (same?.entity) {
		if (same.entity.id === who.id && !namedSoInReport(base, at(same))) return [notGivenAsName(at(same), at(same), who)];
		const verdict = same.entity.id === who.id ? 'matches' : 'differs';
		const report =
			verdict === 'matches'
				? `Both are names of ${who.name} in the report.`
				: `The report does not say that ${who.name} is ${same.entity.name}.`;
		return [claim(at(same), verdict, [], report)];
	}
	const title = describedTitle(text, predicate, who, base, at);
	if (title) return [title];
	const kind = kindClaim(description, text, base, at);
	if (kind) return [kind];
	const described = trimTail(text, predicate);
	// ("…is the one who leads the gangs": "one" stands for whoever is described, and says nothing of them.)
	const words = text.slice(described.start, described.end).replace(standInOne, ' ').replace(memberOf, ' ');
	if (!/\p{L}/u.test(words)) return [];
	// The claim as written, with its verb: "used to be a cop".
	const span = { start: description.verb?.start ?? described.start, end: described.end };
	// "AyiboPost is the source for prisoners fearing the crossfire": who the report credits with what is named.
	const sourced = sourceOf.exec(words)?.[1];
	// ("…the source for both the homicide trend and the inmate figure": each thing said to be theirs, judged on its own;
	// one the report credits to another makes the whole differ.)
	const things = sourced?.replace(/^\s*both\s+/iu, '').split(/\s+(?:and|&|as well as)\s+/iu) ?? [];
	const judged = things.flatMap((thing) => {
		const [told] = relevant(base, index, thing, { minCoverage: 0.5, limit: 3 });
		const credited = told ? [...new Set(creditedTo(told.fact, base))] : [];
		return told && credited.length > 0 ? [{ fact: told.fact, credited }] : [];
	});
	if (judged.length > 0) {
		const other = judged.find(({ credited }) => !credited.some((entity) => entity.id === who.id));
		return [
			other
				? claim(
						at(span),
						'differs',
						[other.fact],
						`The report credits this to ${other.credited.map((entity) => entity.name).join(' and ')}: ${other.fact.answer}`,
					)
				: claim(
						at(span),
						'matches',
						judged.map(({ fact }) => fact),
					),
		];
	}
	// "Ariel Henry is the head of the gang alliance": a role the report gives another, or points to another for, is
	// theirs, however many words the description shares with what the report says of this one.
	const another = roleOfAnother(words, who, index, base);
	if (another) {
		return [
			claim(
				at(span),
				'differs',
				another.fact ? [another.fact] : [],
				another.fact?.basis === 'inferred'
					? `The report points to ${another.holder.name} as that: ${another.fact.answer}`
					: another.fact
						? `The report says: ${another.fact.answer}`
						: `The report gives that to ${another.holder.name}.`,
			),
		];
	}
	const describedAs = (words: string): Claim[] => {
		// What the report says of this one, closest to the description first; then who the description fits.
		// A fact that has the description's own words before one that has them only through related words: "the biggest
		// detention facility" is what "Haiti's largest prison" says, not the number of inmates it held.
		// ("The largest prison in the country": the country the reports are about.)
		// (A date it gives is the date's to judge: "the poorest country in 1995" is described by "the poorest country".)
		const undated = withoutDates(words);
		const read = countryNamed(undated, base);
		const about = relevant(base, index, read, { minCoverage: 0, limit: 10 }).filter(
			({ fact }) => base.entitiesOf(fact).includes(who.id) && !givenToAnother(read, fact, who, base, index),
		);
		const direct = about.filter((candidate) => directlyMatched(candidate) === Math.max(...about.map(directlyMatched)));
		// ("The largest prison in Haiti": the fact whose own words say "largest", not one that has it only through the
		// prison's name, "Haiti's largest prison".)
		const describing = termsOf(read);
		const ownCount = ({ fact }: Ranked) => describing.filter((term) => inOwnWords(fact, term, index, base)).length;
		const ownWords = direct.filter((candidate) => ownCount(candidate) === Math.max(...direct.map(ownCount)));
		// ("Barbecue is a gang leader": what the report states, "a gangland leader", before what it only points to.)
		const stated = (c: Ranked) => c.fact.basis !== 'inferred' && c.coverage >= describedCoverage;
		const own =
			ownWords.find(stated) ??
			direct.find(stated) ??
			ownWords.find((candidate) => candidate.fact.basis !== 'inferred') ??
			direct[0];
		// What the report only points to ("it points to Sergier as the alliance's head") confirms or denies nothing.
		if (own && own.coverage >= describedCoverage && own.fact.basis === 'inferred') {
			return [claim(at(span), 'not_in_report', [own.fact], `The report does not say so outright: ${own.fact.answer}`)];
		}
		if (own && own.coverage >= describedCoverage) {
			// "the 2nd poorest country": a rank or number the report does not give makes it another description;
			// so does a name it does not give there ("sanctioned by the UN and the EU").
			const names = mentionsIn(words, base);
			const involved = base.entitiesOf(own.fact).flatMap((id) => base.within(id));
			// ("a former HNP officer": a body named in the words the fact itself uses for what it is, "former policeman".)
			const quoted = wordsOf(fold(own.fact.quote));
			const saidOf = (entity: Entity) =>
				[entity.name, ...entity.aliases].some((name) =>
					/^\p{L}{4,}$/u.test(name) ? quoted.some((word) => word.startsWith(fold(name).toLowerCase())) : false,
				);
			// ("a former UN officer": a body named before the noun for a person is the one they served, which the fact must
			// say in its own words; that it involves the body otherwise, "sanctioned by the U.N.", does not say so.)
			const serving = (m: EntityMention) =>
				personNouns().has(singularOf(/^\s+(\p{L}+)/u.exec(words.slice(m.end))?.[1]?.toLowerCase() ?? ''));
			const named = names.every(
				(m) => m.entity && ((!serving(m) && involved.includes(m.entity.id)) || saidOf(m.entity)),
			);
			// "The UN was the only one to sanction Barbecue": the report tells who did, never that no one else did; where
			// it names others who did too, it differs.
			if (soleOne.test(words)) {
				// (A description credits no actors: whoever else of the same class it involves, "sanctioned by the U.N. and
				// the U.S.".)
				const others = [...new Set([...base.actorsOf(own.fact), ...base.entitiesOf(own.fact)])]
					.filter((id) => id !== who.id && !names.some((m) => m.entity?.id === id))
					.flatMap((id) => base.entity(id) ?? [])
					.filter((entity) => agentClass(entity.kind) === agentClass(who.kind));
				return [
					others.length > 0
						? claim(
								at(span),
								'differs',
								[own.fact],
								`The report credits ${others.map((entity) => entity.name).join(' and ')} too: ${own.fact.answer}`,
							)
						: claim(
								at(span),
								'not_in_report',
								[own.fact],
								`The report does not say no one else did: ${own.fact.answer}`,
							),
				];
			}
			// "Kenya is the leader of the force" against "Kenya offered to lead": a role the report tells only as offered.
			if (saysDone(words, own.fact.quote, index))
				return [claim(at(span), 'differs', [own.fact], `The report says only: ${own.fact.answer}`)];
			// "an army officer turned gang boss" against "a gangland leader and former policeman": a word the fact does not
			// have makes it another description, however well the rest fits.
			// "Barbecue is still a cop" against "a former policeman": what he was, said as what he is.
			const copula = description.verb ? text.slice(description.verb.start, description.verb.end) : '';
			if (formerSaidAsNow(`${copula} ${words}`, own.fact.quote, index))
				return [claim(at(span), 'differs', [own.fact], `The report says only that this was so: ${own.fact.answer}`)];
			// "Henry is a former prime minister" against "led by Prime Minister Ariel Henry": what is, said as what was.
			// (Not where the clause dates it: "Haiti was the poorest country in 1995" is of a time the report does not speak of.)
			if (nowSaidAsFormer(`${copula} ${words}`, own.fact.quote) && !valuesIn(text).some((v) => v.kind === 'date'))
				return [claim(at(span), 'differs', [own.fact], `The report does not say this is past: ${own.fact.answer}`)];
			// "The Pénitencier is the main prison in Haiti" against "Haiti's main police unions": said of another noun.
			if (
				!adjectivesAttached(words, own.fact.quote, (one, other) => sameNoun(one, other) || related(one, other, index))
			)
				return [claim(at(span), 'not_in_report', [own.fact], `The report does not say so of it: ${own.fact.answer}`)];
			// "Haiti is a wealthy country" against "the poorest country": the opposite of the fact's own word.
			const verdict =
				ranksAgree(undated, own.fact.quote) &&
				named &&
				allAccounted(undated, own, index, base) &&
				!saysOpposite(undated, own.fact, index)
					? 'matches'
					: 'differs';
			// ("…the poorest country in 1995": what the report says undated is not said of the date given.)
			if (verdict === 'matches' && undated !== words && !whenOf(own.fact))
				return [claim(at(span), 'not_in_report', [own.fact], `The report gives no date for this: ${own.fact.answer}`)];
			return [claim(at(span), verdict, [own.fact])];
		}
		// Fitted by what it says, not by the names in it: "a UN agency" is not Sergier's "sanctioned by the U.N.".
		const [best] = relevant(base, index, withoutSpans(words, mentionsIn(words, base)), {
			minCoverage: describingCoverage,
		});
		// A description that fits another one better than anything the report says of this one is theirs.
		if (
			best &&
			!description.adjective &&
			best.coverage > (own?.coverage ?? 0) &&
			// In a word of its own, not only through related ones: "a former soldier" is not the force's "peacekeepers".
			(best.matched & ~best.related) !== 0 &&
			!base.entitiesOf(best.fact).includes(who.id) &&
			(best.fact.kind === 'leadership' || best.fact.kind === 'detail')
		) {
			return [claim(at(span), 'differs', [best.fact])];
		}
		if (own && own.coverage >= describingCoverage / 2) {
			const verdict = own.fact.basis === 'inferred' ? 'not_in_report' : 'differs';
			return [claim(at(span), verdict, [own.fact])];
		}
		return [];
	};
	// (A description in French or Creole, "un pays pauvre", is held against the facts' English in English words; where
	// its English says nothing the report does, as written.)
	const english = inEnglishWords(words);
	const inEnglish = english === words ? [] : describedAs(english);
	if (inEnglish.length > 0) return inEnglish;
	const asWritten = describedAs(words);
	// ("Barbecue was a soldier": what someone was is what the report calls former, "a former policeman".)
	const verb = description.verb ? text.slice(description.verb.start, description.verb.end) : '';
	if (asWritten.length > 0 || !pastWords.test(verb) || pastWords.test(words)) return asWritten;
	return describedAs(`former ${words.replace(/^\s*(?:a|an|the)\s+/i, '')}`);
}

/** The kinds of entity a description can belong to instead: those that act, not the places they act in. */
const describable = new Set<Entity['kind']>(['person', 'organisation', 'coalition', 'media']);

/**
 * Does the fact have every word of the description only where it names another ("criminal" in "the head of an alliance of
 * criminal organizations announced… to topple the government of Prime Minister Ariel Henri")? Then it says them of
 * that one, and nothing of `who`: "Henry is a criminal" is not what it says.
 */
function givenToAnother(words: string, fact: Fact, who: Entity, base: FactBase, index: SearchIndex): boolean {
	// (Words the data has: "guy" of "a gang guy" says nothing of whose the description is.)
	// (Nor a function word of French or Creole: "un soldat" names no UN, unless typed "UN".)
	const described = termsOf(
		wordsOf(words.replace(/(?<!\p{L})une?(?!\p{L})/gu, ' '))
			.filter((word) => !stopwords.fr.has(word) && !stopwords.ht.has(word))
			.join(' '),
	).filter((term) => index.matchTerm(term).some((match) => !match.related));
	const others = base
		.entitiesOf(fact)
		.filter((id) => !base.within(who.id).includes(id) && !base.within(id).includes(who.id))
		.flatMap((id) => base.entity(id) ?? [])
		.filter((entity) => describable.has(entity.kind));
	if (described.length === 0 || others.length === 0) return false;
	const names = others.flatMap((other) => [other.name, ...other.aliases]).sort((a, b) => b.length - a.length);
	const own = names.reduce(
		(quote, name) => quote.replace(new RegExp(`(?<!\\p{L})${escapeRegExp(name)}(?!\\p{L})`, 'giu'), ' '),
		fact.quote,
	);
	const ownTerms = new Set(termsOf(own));
	const theirs = new Set(termsOf(names.join(' ')));
	return described.every((term) => theirs.has(term) && !ownTerms.has(term));
}

/**
 * The one a role named in a description belongs to, where that is someone other than `who`: "the head of the gang
 * alliance" is the one the report points to as its head. With the fact that says so, where one does.
 */
function roleOfAnother(
	words: string,
	who: Entity,
	index: SearchIndex,
	base: FactBase,
): { holder: Entity; fact: Fact | undefined } | undefined {
	const holders = roleHoldersIn(words, index, base);
	const [holder] = holders;
	if (who.kind !== 'person' || !holder || holders.some((entity) => entity.id === who.id)) return undefined;
	// The holder's fact that says it best: "the former policeman" is Sergier's profile, not the alliance he heads.
	const [told] = relevant(base, index, words, { minCoverage: 0, limit: 10 }).filter(({ fact }) =>
		base.entitiesOf(fact).includes(holder.id),
	);
	return { holder, fact: told?.fact };
}

/** Words that put a description in the past: "was", "used to be", "former", "ex-cop". */
const pastWords =
	/(?<!\p{L})(?:was|were|used to be|had been|has been|have been|once|formerly|previously|former|ex|retired|onetime|one-time|old|ansyen|ancien|ancienne|te|était|etait|étaient|etaient|été|ete|fut)(?!\p{L})/iu;

/**
 * Does a description say as now ("is a cop", "is still a cop") what the quote says someone was
 * ("a former policeman")? Only of the noun the quote puts in the past, in its words or a related one.
 */
function formerSaidAsNow(said: string, quote: string, index: SearchIndex): boolean {
	// "se yon polis", "est-il policier", "is a police": read in English, and a word the former one is built on
	// ("police" of "policeman").
	const read = readText(said);
	const english = read.language === 'en' ? read.words : inEnglish(read.words, read.language);
	if (pastWords.test(said) || pastWords.test(english.join(' '))) return false;
	const former = [...quote.matchAll(/(?<!\p{L})(?:former|ex-|onetime|one-time|retired)\s*(\p{L}+)/giu)].map((m) =>
		stem(m[1] ?? ''),
	);
	if (former.length === 0) return false;
	return termsOf(english.join(' ')).some(
		(term) =>
			former.some((word) => word === term || (term.length >= 4 && word.startsWith(term))) ||
			index.matchTerm(term).some((match) => former.includes(match.term)),
	);
}

/** Words that open another clause, between a mention and what is said of it. */
const clauseOpener =
	/[,;:]|(?<!\p{L})(?:after|before|that|which|who|whom|when|while|because|since|and|but|than|ap|apre|avan|ki|qui|que|et|quand)(?!\p{L})/iu;

/**
 * Words that open a clause of its own time ("after the UN approved it"); not "and" or a comma, which
 * may join two deeds of the same one ("the UN sanctioned and jailed him").
 */
const timeClauseOpener =
	/(?<!\p{L})(?:after|before|when|while|because|since|until|once|ap|apre|avan|apres|après|avant|quand|lorsque)(?!\p{L})/giu;

/**
 * The span of the clause a name is in, between the words that open clauses of their own time:
 * "after the UN approved it" of "Ghana offered to lead the force after the UN approved it".
 */
function ownClause(text: string, span: Span): Span {
	let start = 0;
	let end = text.length;
	for (const opener of text.matchAll(timeClauseOpener)) {
		const at = opener.index ?? 0;
		if (at + opener[0].length <= span.start) start = at;
		else if (at >= span.end) {
			end = at;
			break;
		}
	}
	return { start, end };
}

/** Is nothing that opens another clause between a mention and a span ("…after the UN approved it" is not)? */
function sameClause(text: string, mention: Span, span: Span): boolean {
	const between = mention.start >= span.end ? text.slice(span.end, mention.start) : text.slice(mention.end, span.start);
	return !clauseOpener.test(between);
}

/** Words that say a description is no longer so: "former", "ex-", "used to be". */
const noLonger =
	/(?<!\p{L})(?:former|formerly|ex|used to be|retired|onetime|one-time|ansyen|ancien|ancienne)(?!\p{L})/iu;

/** Does a description say was ("a former prime minister") what the quote says with no word of the past? */
function nowSaidAsFormer(said: string, quote: string): boolean {
	return noLonger.test(said) && !noLonger.test(quote) && !/(?<!\p{L})(?:was|were|had been)(?!\p{L})/iu.test(quote);
}

/**
 * "RNDDH is a UN agency", "Reuters is a newspaper": what kind of body an outlet or organisation
 * is, held against the nouns the report's own descriptions of it end in ("human rights group",
 * "news agency"). Undefined where the description ends in no such noun, or the data describes the
 * body in no words but its name.
 */
function kindClaim(
	description: Description,
	text: string,
	base: FactBase,
	at: (span: Span) => string,
): Claim | undefined {
	const { who, predicate } = description;
	if (who.kind !== 'organisation' && who.kind !== 'media' && who.kind !== 'country') return undefined;
	const kinds = bodyNouns(who);
	const words = trimTail(text, predicate);
	// "…a UN agency right?": a tag after the noun asks, it does not describe.
	// ("Une ONG américaine": French and Creole put the noun before what describes it.)
	// ("Un syndicat de police", "yon gwoup dwa moun": French and Creole read as the English the lexicons give them.)
	const read = readText(text.slice(words.start, words.end));
	const said = (read.language === 'en' ? fold(read.cleaned).match(/\p{L}+/gu) : read.words)?.filter(
		(word) => !questionTags.has(word),
	);
	const head = said?.filter((word) => bodyKinds.has(word)).at(-1) ?? said?.at(-1);
	if (!head || !bodyKinds.has(head)) return undefined;
	const span = { start: description.verb?.start ?? words.start, end: words.end };
	// "Is Kenya a gang?": a country is no body of any kind; what the report first tells of it says what it is.
	if (who.kind === 'country') {
		const told = base.facts.find((fact) => base.entitiesOf(fact).includes(who.id));
		return claim(
			at(span),
			'differs',
			told ? [told] : [],
			`The report speaks of it as a country${told ? `: ${told.answer}` : '.'}`,
		);
	}
	if (kinds.size === 0) return undefined;
	// A description in common words ("human rights group") before a name that ends in one ("Reuters news agency").
	const describing = who.aliases.filter((alias) => bodyKinds.has(lastWord(alias) ?? ''));
	const called = describing.find((alias) => /^\p{Ll}/u.test(alias)) ?? describing[0];
	const report = called
		? `The report describes ${who.name} as “${called}”.`
		: `The report describes ${who.name} otherwise.`;
	// "a UN agency", "a Dominican NGO": a word before the noun that the report does not describe it with makes it
	// another body, whatever the noun ("a Haitian NGO" is the report's "Haitian human rights group").
	const describedWith = describingWords(who, base);
	const modifiers = (said ?? []).filter(
		(word) =>
			word !== head &&
			!stopwords.en.has(word) &&
			!stopwords.fr.has(word) &&
			!stopwords.ht.has(word) &&
			!describedWith.has(word),
	);
	const verdict = kinds.has(head) && modifiers.length === 0 ? 'matches' : 'differs';
	// The fact whose words describe it so, as the source of the verdict.
	const described = called
		? base.facts.find((fact) => base.entitiesOf(fact).includes(who.id) && fold(fact.quote).includes(fold(called)))
		: undefined;
	return claim(at(span), verdict, described ? [described] : [], report);
}

/** Words that end a statement to ask whether it is so: "…a UN agency right?". */
const questionTags = new Set([
	'right',
	'huh',
	'eh',
	'innit',
	'no',
	'yeah',
	'yes',
	'lol',
	'correct',
	'true',
	'non',
	'pa',
]);

/** Nouns for the kind of body something is: what "X is a …" may end in. */
const bodyKinds = new Set(
	'agency agencies newspaper paper outlet site website group organisation organization ngo ong body union unions party government ministry office media station channel magazine blog gang gangs militia cartel army'.split(
		' ',
	),
);

/** A name's last word, folded: "Reuters news agency" → agency. */
const lastWord = (name: string): string | undefined =>
	fold(name)
		.match(/\p{L}+/gu)
		?.at(-1);

/**
 * The words the report describes a body with: its aliases' words, and the words just before its
 * name in the facts about it ("the Haitian human rights group RNDDH" gives haitian, human, rights,
 * group), back to an article or a preposition.
 */
function describingWords(who: Entity, base: FactBase): ReadonlySet<string> {
	const described = new Set(who.aliases.flatMap((alias) => fold(alias).match(/\p{L}+/gu) ?? []));
	const names = [who.name, ...who.aliases].map((name) => fold(name));
	for (const fact of base.facts) {
		if (!base.entitiesOf(fact).includes(who.id)) continue;
		const quote = fold(fact.quote);
		for (const name of names) {
			const at = quote.indexOf(name);
			if (at < 0) continue;
			const before = quote.slice(0, at).match(/\p{L}+/gu) ?? [];
			for (let i = before.length - 1; i >= 0 && i >= before.length - 5; i--) {
				const word = before[i] as string;
				if (stopwords.en.has(word)) break;
				described.add(word);
			}
		}
	}
	return described;
}

/** The body nouns the data's own descriptions of an entity end in: "human rights group" → group. */
function bodyNouns(entity: Entity): Set<string> {
	const nouns = new Set<string>();
	for (const alias of entity.aliases) {
		const last = lastWord(alias);
		if (last && bodyKinds.has(last)) nouns.add(last);
	}
	if (nouns.has('organization') || nouns.has('organisation') || nouns.has('ngo')) {
		for (const noun of ['organization', 'organisation', 'ngo', 'group', 'body']) nouns.add(noun);
	}
	if (nouns.has('site') || nouns.has('website')) for (const noun of ['site', 'website', 'outlet']) nouns.add(noun);
	return nouns;
}

/**
 * A description in French or Creole, in English words: "un pays pauvre" is held against "the
 * poorest country" as "country poor", not as words the facts never use.
 */
function inEnglishWords(words: string): string {
	const read = readText(words);
	if (read.language === 'en') return words;
	return read.words
		.filter((word) => !stopwords[read.language].has(word) && !stopwords.en.has(word) && !articles.has(word))
		.join(' ');
}

/** French and Creole articles, which the stopword lists keep where they also count ("un" is one). */
const articles = new Set(['un', 'une', 'yon']);

/** Whether a fact has every word of a description that says something (names and vague words aside). */
function allAccounted(words: string, own: Ranked, index: SearchIndex, base: FactBase): boolean {
	const read = readText(words);
	const query = buildQuery(read.words, read.language, index);
	const named = new Set(query.mentions.flatMap((mention) => mention.terms));
	return query.terms.every((term, i) => {
		if (query.vague.has(i) || named.has(i)) return true;
		if (((own.matched >>> i) & 1) === 0) return false;
		// "army officer" reaches the fact's "police officer" as a kind of officer: the word the fact has, with one it
		// has not, is another kind of the same thing ("top dog", none of whose words the fact has, is a way of saying it).
		const words = term.split(' ');
		const had = words.filter((word) => ownsTerm(own.fact, word, index, base)).length;
		if (((own.related >>> i) & 1) === 0 || had === words.length) return true;
		// ("Barbecue is ex-militar": a word only loosely akin to one the fact has, broader or merely similar, is not a way
		// of saying it; "ex-cop" is "former policeman".)
		return had === 0 && closestKin(term, own.fact, index, base) > relatedSimilarity.broader;
	});
}

/**
 * How near the closest word the fact has to a word of a description is, as the index relates them. A word the fact has
 * only among its keywords counts only as a synonym: "nurse" is a kind of professional, and a keyword that says the fact
 * answers what someone's profession was ("profession") says nothing of nursing.
 */
function closestKin(term: string, fact: Fact, index: SearchIndex, base: FactBase): number {
	const quoted = new Set([...termsOf(fact.quote), ...termsOf(fact.answer)]);
	const kin = index
		.matchTerm(term)
		.filter(
			(match) =>
				ownsTerm(fact, match.term, index, base) &&
				(quoted.has(match.term) || match.similarity >= relatedSimilarity.synonym),
		);
	return Math.max(0, ...kin.map((match) => match.similarity));
}

/**
 * A description that gives a person a title: "Moise was Haiti's prime minister", "Henry is the
 * president". Judged like a title before a name, with the words that give it.
 */
function describedTitle(
	text: string,
	predicate: Span,
	who: Entity,
	base: FactBase,
	at: (span: Span) => string,
): Claim | undefined {
	// (In French and Kreyòl too: "le Premier ministre", "l'ancien président".)
	const phrase = new RegExp(
		`^\\s*(?:(?:the|a|an|le|la|un|une|yon)\\s+|l['’])?(?:\\p{L}+['’]s\\s+)?(${titleWords})\\b`,
		'iu',
	).exec(text.slice(predicate.start));
	const title = phrase?.[1] ? titleOf(phrase[1]) : undefined;
	if (who.kind !== 'person' || !phrase || !title) return undefined;
	const found = judgeTitle(who, title, base);
	if (!found) return undefined;
	const start = predicate.start + (phrase[0].length - phrase[0].trimStart().length);
	let end = predicate.start + phrase[0].length;
	// "prime minister of Kenya": the country or body the title is of must be the report's too.
	const of = /^\s+of\s+(?:the\s+)?/i.exec(text.slice(end));
	const place = of ? mentionsIn(text, base).find((m) => m.start === end + of[0].length) : undefined;
	if (place) end = place.end;
	const owners = [...mentionsIn(text.slice(start, end), base)];
	const involved = base.entitiesOf(found.fact).flatMap((id) => base.within(id));
	const foreign = owners.some((m) => !m.entity || !involved.includes(m.entity.id));
	if (found.verdict === 'matches' && foreign)
		return claim(at({ start, end }), 'differs', [found.fact], `The report says: ${found.fact.answer}`);
	return claim(at({ start, end }), found.verdict, found.also ? [found.fact, found.also] : [found.fact], found.report);
}

const attribution = new Set([
	'according',
	'source',
	'sources',
	'said',
	'says',
	'reported',
	'reports',
	'reporting',
	'saying',
	'claiming',
	'data',
	'shows',
	'show',
	'told',
	'selon',
	'dapre',
]);

/** A preposition before what a deed is for or done to: "for the", "against", "on", "pour la", "contre". */
const objectOpening =
	/(?:^|\s)(?:for|against|on|toward|towards|pour|contre|sur|pou)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?$/iu;

/** Who is credited: the clause without the names says what was done or said; the fact that says it names who. */
function agentClaims(
	clause: Clause,
	mentions: EntityMention[],
	base: FactBase,
	index: SearchIndex,
	at: (span: Span) => string,
): Claim[] {
	const claims: Claim[] = [];
	// A place is no agent, but where something is may be claimed of it: "…is in Port-au-Prince".
	for (const place of mentions.filter((m) => m.entity?.kind === 'place')) {
		const placed = placedElsewhere(clause.text, place, [place], mentions, base, at);
		if (placed) claims.push(placed);
	}
	// "the Kenya-led force", "a UN-backed mission": a name made one word with a participle qualifies a noun; it is
	// no one doing something in the clause.
	// ("Kenyan police officers": a country's adjective before a noun says whose they are; it names no one doing
	// something.)
	const modifies = (m: EntityMention) =>
		(m.entity?.kind === 'country' &&
			/(?:an|ian|ese|ais|aise|ain|aine|en|enne)$/iu.test(clause.text.slice(m.start, m.end)) &&
			/^\s+\p{Ll}/u.test(clause.text.slice(m.end)) &&
			// (Its government or officials are the country itself: "the Kenyan government offered…".)
			!/^\s+(?:government|govt|officials|authorities|state|gouvernement|autorit[ée]s|gouv[eè]nman)\b/iu.test(
				clause.text.slice(m.end),
			)) ||
		// ("Toussaint Louverture airport is closed": a name the report lacks, before a noun, names that thing.)
		// (Not its people, who act for it: "AP sources said…", "CNN reporters found…".)
		(!m.entity &&
			((next: string) => nounNoVerb(next) && !actingFor.has(next))(
				/^\s+(\p{Ll}+)/u.exec(clause.text.slice(m.end))?.[1] ?? '',
			)) ||
		// ("It is a UN agency": a name between "a" and a noun says what kind of thing, not who did something.)
		(/(?:^|\s)(?:a|an|un|une|yon)\s+$/iu.test(clause.text.slice(0, m.start)) &&
			nounNoVerb(/^\s+(\p{Ll}+)/u.exec(clause.text.slice(m.end))?.[1] ?? ''));
	const agents = mentions.filter(
		(m) =>
			(!m.entity || !['place', 'prison'].includes(m.entity.kind)) &&
			!/^-\p{L}+(?:ed|en)(?!\p{L})/u.test(clause.text.slice(m.end)) &&
			!modifies(m),
	);
	const groups = groupAdjacent(clause.text, agents);
	for (const group of groups) {
		// "…sending police officers to Haiti": a country after "to" or "in" is where, not who.
		const where = /(?:^|\s)(?:to|in|into|at|across|throughout|en|a|au|nan)\s+(?:the\s+)?$/iu.test(
			clause.text.slice(0, group[0]?.start ?? 0),
		);
		if (where && group.every((m) => m.entity?.kind === 'country' || m.entity?.kind === 'place')) continue;
		// "…announced funding for the Kenyan-led mission", "sanctions on Barbecue": after such a preposition, what a
		// deed is for or done to, never who did it.
		if (group.length === 1 && objectOpening.test(clause.text.slice(0, group[0]?.start ?? 0))) continue;
		// ("RNDDH reporting homicides doubled": chat's gerund of saying says no more than "says" would.)
		let context = withoutSpans(clause.text, group)
			// ("Reuters is the outlet reporting that…": who said it, said as plainly.)
			.replace(reportingCopula, ' says ')
			.replace(/\b(?:reporting|saying|claiming|stating)\b/giu, 'says');
		// "According to Reuters sources," says nothing by itself: the rest of the sentence does.
		const said = readText(context).words.filter((word) => word.length > 3 && !attribution.has(word));
		if (said.length < 2) context = clause.sentence.replace(clause.text.trim(), withoutSpans(clause.text, group).trim());
		const span = { start: group[0]?.start ?? 0, end: group.at(-1)?.end ?? 0 };
		// The article goes with the name ("the UN", French "l'ONU", "le RNDDH"), and so does the word that
		// credits it ("per the UN", "selon le RNDDH").
		const article =
			/(?:\b(?:per|accord(?:ing|in|ng)\s+to|acording\s+to|selon|d['’]apr[eè]s|dapre)\s+)?(?:\b(?:both|all|tous)\s+)?(?:\b(?:the|da|de|di|tha|le|la|les)\s+|\bl['’])?$/iu.exec(
				clause.text.slice(0, span.start),
			);
		const withArticle = article?.[0] ? { ...span, start: span.start - article[0].length } : span;
		const elsewhere = placedElsewhere(clause.text, withArticle, group, mentions, base, at);
		if (elsewhere) {
			claims.push(elsewhere);
			continue;
		}
		const owned = ownedStranger(clause.text, withArticle, group, base, index, at);
		if (owned !== undefined) {
			if (owned) claims.push(owned);
			continue;
		}
		// "the UN never touched him", "not the UN": a denial says little of its own; the sentence says what is denied.
		const denied = qualifierOf(clause.text, withArticle)?.qualifier === 'not';
		if (denied) context = clause.sentence.replace(clause.text.trim(), withoutSpans(clause.text, group).trim());
		// With another actor in the clause, each is judged by its own deed: "Kenya [offered to lead the
		// force] the Security Council [greenlit]".
		if (groups.length > 1 && !denied) context = ownWords(clause.text, groups, group);
		const found = preferInvolving(relevant(base, index, context), group, base, 0.2);
		// A figure worked out from others is credited as they are: "3,687 inmates for 700 places, per RNDDH".
		const best = found && creditedInput(found, base);
		if (!best) continue;
		// "The US approved the force", "…approved by Kenya" against "the UN-approved force": a deed the fact tells joined
		// to its doer's name is that one's.
		// (Only of the one said to do it, its verb next or after "by": "the Kenya-led force" is what was approved.)
		const doing =
			verbNext(clause.text.slice(withArticle.end)) ||
			/\b(?:by|par)\s+$/iu.test(clause.text.slice(0, withArticle.start));
		const compound = doing ? compoundDoer(best.fact, withoutSpans(clause.text, group), base) : undefined;
		// ("Kenya offered to lead the force and the UN approved it": the UN named as the "UN-approved" force's approver.)
		const ownCompound = compound !== undefined && group.some((m) => m.entity && sameOrPart(m.entity, compound, base));
		if (compound && !ownCompound) {
			// (The fact that tells the deed itself, where one does: "the UN Security Council gave the green light".)
			const told = deedOfAnother(context, best.fact, group, base, index);
			claims.push(creditedToAnother(at(withArticle), told?.fact ?? best.fact, told?.by ?? compound.name));
			continue;
		}
		// ("RNDDH says Barbecue was sanctioned": one said to report what the report tells in its own voice is no one's
		// source; what the next one did is judged as theirs.)
		const sourced = best.fact.kind === 'statement' || (best.fact.kind === 'figure' && best.fact.reportedBy);
		if (groups.length > 1 && reportsWhatFollows(clause.text, groups, group) && !sourced) continue;
		// "The UN approved the force": its Security Council did, which is part of it.
		const involved = base.entitiesOf(best.fact).flatMap((id) => base.within(id));
		const whole = wholeOf(clause.text, withArticle);
		if (whole) {
			// "all of Haiti" where the report says "a large part of the country": never the name alone.
			const part = quoteSaysPart(best.fact.quote);
			if (part !== false) {
				const report = part ? `The report says only part: ${best.fact.answer}` : 'The report does not say all of it.';
				claims.push(claim(at(whole), part ? 'differs' : 'not_in_report', [best.fact], report));
				continue;
			}
		}
		const qualified = qualifiedClaim(clause.text, withArticle, group, mentions, best.fact, base, at);
		if (qualified !== undefined) {
			if (qualified) claims.push(qualified);
			continue;
		}
		// "Ariel Henry announced actions to topple the government": named in what was said is not saying it.
		const miscredited = speakerOtherThan(best.fact, group, clause.text, withArticle, base);
		if (miscredited) {
			claims.push(creditedToAnother(at(withArticle), best.fact, miscredited.name));
			continue;
		}
		if (group.every((m) => m.entity && involved.includes(m.entity.id))) {
			// "Kenyan troops are already on the ground": what the report says is not yet known confirms no one's deed.
			if (unclearWhen.test(best.fact.quote)) {
				const done = trimTail(clause.text, { start: withArticle.start, end: clause.text.length });
				claims.push(
					claim(at(done), 'not_in_report', [best.fact], `The report says it remains unclear when: ${best.fact.answer}`),
				);
				continue;
			}
			// The leader of something is confirmed only for that role: "Kenya approved the force" is not "offered to lead" it.
			if (!saysRole(best.fact, group, context)) {
				// (Where the report tells the deed of another, "the UN Security Council gave the green light", it differs.)
				const doneByAnother = verbNext(clause.text.slice(withArticle.end))
					? deedOfAnother(context, best.fact, group, base, index)
					: undefined;
				if (doneByAnother) claims.push(creditedToAnother(at(withArticle), doneByAnother.fact, doneByAnother.by));
				continue;
			}
			// "Haiti approved the force": a place the event happened in, or one the report never names in it, did not do it.
			if (!group.every((m) => m.entity && namedAsActor(best.fact, m.entity, base))) continue;
			// "Kenya refused to lead the force": a deed denied in one and done in the other is no confirmation.
			// (Who said something is credited whatever was said: that is the content's to judge.)
			const deed = best.fact.kind !== 'statement' && best.fact.kind !== 'figure';
			if (deed && polarityClash(withoutSpans(clause.text, group), best.fact.quote)) continue;
			// "Kenya is leading the force": credited with what the report says it only offered to do.
			// "Henry stepped down" against "was supposed to hand over power…, but stayed on": the plan said done.
			if (plannedSaidDone(withoutSpans(clause.text, group), best.fact.quote)) {
				const done = trimTail(clause.text, { start: withArticle.start, end: clause.text.length });
				claims.push(
					claim(at(done), 'differs', [best.fact], `The report says this did not happen: ${best.fact.answer}`),
				);
				continue;
			}
			// ("The handover was set for Feb 7" speaks of the plan, not of it done.)
			const ownWords = withoutSpans(clause.text, group);
			if (deed && !speaksOfPlan(ownWords) && saysDone(ownWords, best.fact.quote, index)) {
				// The claim is the name with what it is said to do: "Kenya is already leading the force on the ground".
				const done = trimTail(clause.text, { start: withArticle.start, end: clause.text.length });
				claims.push(claim(at(done), 'differs', [best.fact], `The report says only: ${best.fact.answer}`));
				continue;
			}
			// "Barbecue warned parents to send their kids to school" against "warned residents not to send…": the right
			// speaker, credited with the opposite of what the report says.
			// ("Gazette Haiti said only a few got out" against its "large" number: the right source, the other amount.)
			const saidOf = withoutSpans(clause.text, group);
			if (!deed && (polarityClash(saidOf, best.fact.quote) || otherAmount(saidOf, best.fact))) {
				claims.push(claim(at(withArticle), 'differs', [best.fact], `The report says otherwise: ${best.fact.answer}`));
				continue;
			}
			// "AyiboPost said the guards defended the prison": the right source, credited with what it did not say.
			const unsaid = deed ? undefined : saidBeyond(withoutSpans(clause.text, group), best.fact, index, base);
			if (unsaid) {
				claims.push(
					claim(
						at(withArticle),
						'not_in_report',
						[best.fact],
						`The report does not credit “${unsaid}” to them; it says: ${best.fact.answer}`,
					),
				);
				continue;
			}
			// "The UN sanctioned Henry": the one it did it to is someone else, whom the fact does not involve.
			const other = mentions.find(
				(m) =>
					!group.includes(m) &&
					m.entity &&
					sameClause(clause.text, m, withArticle) &&
					(m.entity.kind === 'person' || m.entity.kind === 'organisation' || m.entity.kind === 'coalition') &&
					!involved.includes(m.entity.id),
			);
			if (other?.entity) {
				claims.push(
					claim(
						at(withArticle),
						'not_in_report',
						[best.fact],
						`The report does not say this of ${other.entity.name}; it says: ${best.fact.answer}`,
					),
				);
				continue;
			}
			// "Canada sanctioned Barbecue": a name the report does not have, before the one named in the same clause, is
			// who did it; the report credits the deed to others ("sanctioned by the U.N. and the U.S.") or to no one.
			// (Only the verb between them: "the UN General Assembly voted for the Kenya-led force" does nothing to Kenya.)
			// (Or after "by" in a passive: "Barbecue a été sanctionné par l'Union européenne".)
			const doer = mentions.find(
				(m) =>
					!m.entity &&
					((m.end <= withArticle.start &&
						/^\s+(?:(?:has|have|had|did|also|then|just|already)\s+)?\p{L}+\s+$/u.test(
							clause.text.slice(m.end, withArticle.start),
						)) ||
						(m.start >= withArticle.end &&
							/^(?:['’]s)?\s+(?:(?:was|were|is|are|has been|have been|had been|been|a été|ont été|avait été|est|sont|était|étaient|te)\s+)?\p{L}+\s+(?:(?:only|just|also|solely|even|seulement|sèlman|selman)\s+)?(?:by|par|pa)\s+(?:the\s+|l['’]|la\s+|le\s+|les\s+)?$/iu.test(
								clause.text.slice(withArticle.end, m.start),
							))),
			);
			if (doer) {
				const byWhom = byWhomOf(best.fact);
				const credited = base
					.entitiesOf(best.fact)
					.flatMap((id) => base.entity(id) ?? [])
					.filter((entity) => byWhom && namedIn(byWhom, entity));
				const names = credited.map((entity) => entity.name).join(' and ');
				claims.push(
					names
						? creditedToAnother(at(doer), best.fact, names)
						: claim(
								at(doer),
								'not_in_report',
								[best.fact],
								`The report does not name ${at(doer)} here: ${best.fact.answer}`,
							),
				);
				continue;
			}
			// "Henry is stuck in Kenya": a country the fact does not involve, where the one named is said to be, is
			// something the report does not say of them.
			const elsewhere = mentions.find(
				(m) =>
					m.entity?.kind === 'country' &&
					m.start >= withArticle.end &&
					!involved.includes(m.entity.id) &&
					/(?:^|\s)(?:in|at|to|from|en|au|nan)\s+$/iu.test(clause.text.slice(0, m.start)) &&
					sameClause(clause.text, m, withArticle),
			);
			if (elsewhere?.entity) {
				claims.push(
					claim(
						at({ start: withArticle.start, end: elsewhere.end }),
						'not_in_report',
						[best.fact],
						`The report does not place them in ${elsewhere.entity.name}; it says: ${best.fact.answer}`,
					),
				);
				continue;
			}
			// "Henry was elected president": what is done to the one named, in the passive, credits them with no deed;
			// the fact that shares its word ("elections can be held") confirms nothing of it.
			if (passiveAfter.test(clause.text.slice(withArticle.end))) continue;
			// "The UN counted the troops": the right one, credited with a deed the fact does not tell, is confirmed in nothing.
			// (Only a verb right after the name, in English, is read so: "…sanctioned by the U.N.", "se Kenya ki te ofri…" are not.)
			// ("Henry did step down", "Henry has finally resigned": a verb after its auxiliary is right after too.)
			// ("According to UN figures, …": after a name that a credit opens, a noun, not its deed.)
			// ("Henry left for Kenya": a past of its own, as irregular verbs have, is a deed too.)
			const afterName = clause.text.slice(withArticle.end);
			const nextWord = /^\s+([a-z]+)\b/.exec(afterName)?.[1] ?? '';
			const doneRightAfter =
				!creditOpens(clause.text, withArticle) &&
				(/^\s+(?:(?:did|does|has|have|had)\s+(?:(?:finally|actually|really|already|eventually|just|then)\s+)?[a-z]+|[a-z]+(?:ed|s))\b/.test(
					afterName,
				) ||
					englishTags(nextWord).includes('VBD') ||
					// ("kenya suppose to lead it": chat drops the ending, which leaves a word that is only a verb.)
					verbNoNoun(nextWord));
			// (The deed of the name's own clause: "Ghana offered to lead the force after the UN approved it" credits the UN
			// with approving it only.)
			const own = ownClause(clause.text, withArticle);
			const ownDeed = withoutSpans(clause.text, group).slice(own.start, own.end);
			// "Kenya supposed to lead the force" against "offered to lead": a plan said where the report tells no plan,
			// only an offer or a threat, says more than it.
			const plan = planOpening.exec(afterName);
			if (
				deed &&
				plan &&
				!speaksOfPlan(best.fact.quote) &&
				deedTold(afterName.slice(plan[0].length), best.fact, index, false)
			) {
				const done = trimTail(clause.text, { start: withArticle.start, end: clause.text.length });
				claims.push(claim(at(done), 'differs', [best.fact], `The report says only: ${best.fact.answer}`));
				continue;
			}
			if (deed && doneRightAfter && !deedTold(ownDeed, best.fact, index, false)) {
				claims.push(notSaidDone(at(withArticle), best.fact));
				continue;
			}
			// "RNDDH holds the prison": the source of a figure, credited with the measure's own verb and no value, is
			// not said to have given it.
			const figure = best.fact.kind === 'figure' ? best.fact : undefined;
			if (
				figure &&
				group.some((m) => m.entity?.id === figure.reportedBy) &&
				doneRightAfter &&
				!givesFigure(clause.text, withArticle)
			) {
				claims.push(notSaidDone(at(withArticle), best.fact));
				continue;
			}
			// "Barbecue was also sanctioned by the EU": a name the report lacks, doing the deed in the same clause, is
			// another doer than the report's.
			const unknownDoer = mentions.find(
				(m) =>
					!m.entity &&
					m.start >= withArticle.end &&
					doneBy(clause.text.slice(0, m.start), best.fact, index, base) &&
					!beside(m, group) &&
					!mentions.some((k) => k.entity && k.start >= withArticle.end && k.end <= m.start),
			);
			if (unknownDoer) {
				const name = clause.text.slice(unknownDoer.start, unknownDoer.end);
				claims.push(
					claim(
						at({ start: withArticle.start, end: unknownDoer.end }),
						'differs',
						[best.fact],
						`The report does not name ${name} here: ${best.fact.answer}`,
					),
				);
				continue;
			}
			claims.push(claim(at(withArticle), 'matches', [best.fact]));
			continue;
		}
		// Another of the same kind is credited: a different outlet, country or person.
		// ("Kenya approved the force last October": an event's doer is credited with it as well.)
		const doer = agentOf(best.fact, base) ? undefined : eventDoer(best.fact, base);
		const agent = agentOf(best.fact, base) ?? doer;
		const sameKind = group.every((m) => !m.entity || agentClass(m.entity.kind) === agentClass(agent?.kind));
		// A name the report lacks beside the one it credits, named in the sentence ("police unions, incl SPNH"):
		// a detail it does not give, not a rival.
		// (Not one set right after the words the report names it by, where the report gives its name: "the Haitian human
		// rights group CARDH" names another in RNDDH's place; "the police unions SPNH…" names unions the report leaves
		// unnamed.)
		const apposed =
			agent !== undefined &&
			!agent.described &&
			[agent.name, ...agent.aliases].some((name) =>
				new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}\\s+$`, 'iu').test(clause.text.slice(0, span.start)),
			);
		if (agent && !apposed && group.every((m) => !m.entity) && namedIn(clause.sentence, agent)) {
			const names = at(span);
			claims.push(
				claim(at(withArticle), 'not_in_report', [best.fact], `The report does not name ${names}: ${best.fact.answer}`),
			);
			continue;
		}
		// "the UN is sending people" against "police unions called for reinforcements": credited otherwise only for a
		// deed the fact tells, not for one near it in words.
		// (Who said something may be of any kind: "the police unions warned residents…" credits Sergier's warning to them.)
		// ("It was RNDDH who told parents…": in a cleft, after the relative.)
		const speaks =
			best.fact.kind === 'statement' &&
			saidBy.test(clause.text.slice(withArticle.end).replace(/^\s*(?:who|that|qui|ki)(?=\s)/iu, ''));
		// ("PNH still holding the Pénitencier": the measure's own verb, with no value, credits no one with a figure.)
		if (
			best.fact.kind === 'figure' &&
			agent &&
			!creditOpens(clause.text, withArticle) &&
			verbAfterName.test(clause.text.slice(withArticle.end)) &&
			!givesFigure(clause.text, withArticle)
		) {
			claims.push(notSaidDone(at(withArticle), best.fact));
			continue;
		}
		if (
			agent &&
			!ownCompound &&
			(sameKind || speaks) &&
			!group.some((m) => m.entity?.id === agent.id) &&
			// (An event's doer only for a deed its own words tell: "send troops" is a reader's word for the approval,
			// which no one sends.)
			deedTold(context, best.fact, index, true, doer === undefined) &&
			// (And only of one who does it, its verb next: "the Kenya thing" does nothing.)
			(doer === undefined || verbNext(clause.text.slice(withArticle.end))) &&
			// "The UN Security Council set a troop number for the Kenya-led force": a fact that leaves out what the deed
			// was done to tells another deed, whoever did it.
			!mentions.some(
				(m) =>
					m.start >= (group.at(-1)?.end ?? 0) &&
					!group.includes(m) &&
					m.entity &&
					!involvedIn(best.fact, m.entity, base),
			)
		) {
			// ("The CPT reacted to the attack" against "the government has not commented": a deed the report says its
			// one agent did not do is credited to no one.)
			claims.push(
				undoneByAgent(best.fact, context)
					? claim(at(withArticle), 'not_in_report', [best.fact], `The report says only: ${best.fact.answer}`)
					: creditedToAnother(at(withArticle), best.fact, agent.name),
			);
			continue;
		}
		// "Kenya sanctioned Barbecue" where the report says "sanctioned by the U.N. and the U.S.": a fact with no one
		// agent credits its deed to those its passive names ("by …"), and the first actor of a clause is its doer.
		const named = group.flatMap((m) => m.entity ?? []);
		const byWhom = byWhomOf(best.fact);
		const credited =
			!agent && byWhom && groups[0] === group && named.length === group.length
				? othersCredited(
						best.fact,
						named,
						mentions.flatMap((m) => m.entity?.id ?? []),
						base,
					).filter((entity) => namedIn(byWhom, entity))
				: [];
		if (credited.length > 0 && deedTold(context, best.fact, index)) {
			const names = credited.map((entity) => entity.name).join(' and ');
			claims.push(creditedToAnother(at(withArticle), best.fact, names));
			continue;
		}
		// A name the report does not have beside one it does ("the UN and the EU"): the report gives who
		// did it, and the list is another than the report's.
		const strangers = group.filter((m) => !m.entity);
		if (strangers.length > 0 && group.some((m) => m.entity && involved.includes(m.entity.id))) {
			const names = strangers.map((m) => clause.text.slice(m.start, m.end)).join(', ');
			claims.push(
				claim(at(withArticle), 'differs', [best.fact], `The report does not name ${names} here: ${best.fact.answer}`),
			);
		}
	}
	return claims;
}

/** The words without the dates they give, and the preposition that gives each: "the poorest country in 1995". */
function withoutDates(words: string): string {
	const dates = valuesIn(words).filter((value) => value.kind === 'date');
	let rest = words;
	for (const date of [...dates].reverse())
		rest = `${rest.slice(0, date.start).replace(/\s+(?:in|on|since|by|as of|en|an|nan|depuis)\s*$/iu, '')} ${rest.slice(date.end)}`;
	return rest;
}

/** Does the index relate the two words, one through the other ("policeman" through "cop")? */
function related(one: string, other: string, index: SearchIndex): boolean {
	return index.matchTerm(stem(other)).some((match) => match.term === stem(one));
}

/** Does the text end on the fact's own deed and "by": "…was also sanctioned by (the)"? */
function doneBy(before: string, fact: Fact, index: SearchIndex, base: FactBase): boolean {
	const deed = /(\p{L}+)\s+(?:by|par|pa)\s+(?:the\s+|l['’]\s*|le\s+|la\s+)?$/iu.exec(before)?.[1];
	return deed !== undefined && ownsTerm(fact, stem(deed), index, base);
}

/** Is a mention right beside one of the group, part of the same name ("Jimmy Chérizier")? */
function beside(mention: EntityMention, group: EntityMention[]): boolean {
	return group.some((m) => Math.abs(m.end - mention.start) <= 1 || Math.abs(mention.end - m.start) <= 1);
}

/** Does the fact say its agent did not do the deed ("has not commented"), where the clause says someone did? */
function undoneByAgent(fact: Fact, clause: string): boolean {
	// (An auxiliary denied, not "warned residents not to…" nor "it is not clear how many…", which tell what was done.)
	const undone = /\b(?:has|have|had|did|does|do)\s+(?:not|never)\b|\b(?:hasn|haven|hadn|didn|doesn|don)['’]?t\b/iu;
	const denied = /(?<!\p{L})(?:not|never|no|n['’]t|pas|jamais|pa)(?!\p{L})/iu;
	return undone.test(fact.quote) && !denied.test(clause);
}

/** A claim that credits to the ones it names what the report credits to another: "differs", saying to whom. */
function creditedToAnother(text: string, fact: Fact, name: string): Claim {
	return claim(text, 'differs', [fact], `The report credits this to ${name}: ${fact.answer}`);
}

/** Nouns for the people of a body, who act or speak for it: "sources", "officials". */
const actingFor = new Set([
	'source',
	'sources',
	'official',
	'officials',
	'reporter',
	'reporters',
	'journalist',
	'journalists',
	'correspondent',
	'correspondents',
	'spokesman',
	'spokeswoman',
	'spokesperson',
	'authorities',
	'troops',
	'forces',
]);

/** Does a verb (or its auxiliary) open the text: "approved the force", "has approved", "is sending"? */
function verbNext(text: string): boolean {
	const word = /^\s*(\p{L}+)/u.exec(text)?.[1]?.toLowerCase() ?? '';
	return (
		englishTags(word)[0]?.startsWith('VB') === true || /^(?:is|was|are|were|has|have|had|did|does|will)$/.test(word)
	);
}

/**
 * Another fact that tells the deed a clause credits to the ones named, done by someone else: "Kenya approved the
 * force" where Kenya only offered to lead it and the UN Security Council gave the green light.
 */
function deedOfAnother(
	context: string,
	credited: Fact,
	group: EntityMention[],
	base: FactBase,
	index: SearchIndex,
): { fact: Fact; by: string } | undefined {
	const named = new Set(group.flatMap((m) => (m.entity ? base.within(m.entity.id) : [])));
	for (const { fact } of relevant(base, index, context, { limit: 5 })) {
		if (fact === credited) continue;
		const doer = eventDoer(fact, base);
		// (Only a deed the fact tells in its own words, by one who is none of those named.)
		if (!doer || base.within(doer.id).some((id) => named.has(id))) continue;
		if (!deedTold(context, fact, index, false)) continue;
		return { fact, by: doer.name };
	}
	return undefined;
}

/** What a fact's quote says after "by" in a passive ("sanctioned by the U.N. and the U.S."), or nothing. */
function byWhomOf(fact: Fact): string {
	return /(?<!\p{L})(?:by|par)\s(.*)$/iu.exec(fact.quote)?.[1] ?? '';
}

/** A description that makes its subject the source of something: "the source for…", "behind the report that…". */
const sourceOf =
	/^\s*(?:the\s+)?(?:source|origin)\s+(?:for|of|behind)\s+(?:the\s+(?:claim|report|story|figure)\s+(?:that|about|of)\s+)?(.{8,})$/i;

/** A description that makes its subject the one one: "the only one to…", "the sole country that…". */
const soleOne =
	/\b(?:the\s+)?(?:only|sole|one and only)\s+(?:one|country|group|body|organi[sz]ation|nation|person|outlet|source)\b/i;

/**
 * The one a statement is credited to, where the clause makes a name the report gives elsewhere in
 * it (as its target, say) the one who said it: by a verb of saying right after the name, or a
 * cleft ("it was Henry who announced…"). Undefined where the name is the speaker, part of it or
 * it of the name, or where the clause does not credit the saying to the name.
 */
function speakerOtherThan(
	fact: Fact,
	group: EntityMention[],
	text: string,
	span: Span,
	base: FactBase,
): Entity | undefined {
	if (fact.kind !== 'statement') return undefined;
	const speaker = agentOf(fact, base);
	if (!speaker) return undefined;
	const after = text.slice(group.at(-1)?.end ?? span.end);
	const cleft =
		/^\s*(?:who|that|qui|ki)\s/iu.test(after) && /(?:it|that)\s*(?:is|was|'s|’s)\s+$/iu.test(text.slice(0, span.start));
	const saying = saidBy.test(cleft ? after.replace(/^\s*(?:who|that|qui|ki)/iu, '') : after);
	if (!saying) return undefined;
	const related = (id: string) => base.within(id).includes(speaker.id) || base.within(speaker.id).includes(id);
	const named = group.flatMap((m) => m.entity ?? []);
	if (named.length < group.length || named.some((entity) => related(entity.id))) return undefined;
	// Only one the report names in the fact, as its target or subject: a stranger is judged as such elsewhere.
	return named.every((entity) => base.entitiesOf(fact).includes(entity.id)) ? speaker : undefined;
}

/** Adjacent mentions joined by "and" or a comma are one claim: "the UN and the US". */
function groupAdjacent(clause: string, mentions: EntityMention[]): EntityMention[][] {
	const groups: EntityMention[][] = [];
	for (const mention of mentions) {
		const last = groups.at(-1);
		const previous = last?.at(-1);
		// "the UN and the US", "de UN an de US", "UN + US", "l'ONU et les États-Unis", "Nasyonzini ak Etazini": one group.
		const between = clause.slice(previous?.end ?? 0, mention.start);
		if (
			last &&
			previous &&
			/^\s*(?:,|and|an|n|nd|&|\+|\/|et|pis|ak|epi)?\s*(?:(?:the|da|de|di|tha)\s+|les\s+|le\s+|la\s+|l['’])?$/iu.test(
				between,
			)
		)
			last.push(mention);
		else groups.push([mention]);
	}
	return groups;
}

/** Does the fact involve the entity, or a body it is part of or that is part of it? */
function involvedIn(fact: Fact, entity: Entity, base: FactBase): boolean {
	const involved = base.entitiesOf(fact);
	return (
		involved.flatMap((id) => base.within(id)).includes(entity.id) ||
		base.within(entity.id).some((id) => involved.includes(id))
	);
}

/**
 * Is the entity one who acts in the fact: one of its actors (speaker, source, subject, leader), or,
 * in an event or a detail, one its quote names other than as where it happened ("in Haiti")? An
 * organisation that one named is part of counts (the UN, for its Security Council).
 */
function namedAsActor(fact: Fact, entity: Entity, base: FactBase): boolean {
	if (fact.kind !== 'event' && fact.kind !== 'detail') return true;
	// Haiti does not act for its police, as the UN does for its Security Council.
	const partOf = (id: string) =>
		id === entity.id || (!['country', 'place'].includes(entity.kind) && base.within(id).includes(entity.id));
	if (base.actorsOf(fact).some(partOf)) return true;
	const quote = fold(fact.quote);
	return fact.about.some((id) => {
		const about = base.entity(id);
		if (!about || !partOf(id)) return false;
		return [about.name, ...about.aliases].some((name) => {
			const at = quote.indexOf(fold(name));
			return (
				name.length > 1 &&
				at >= 0 &&
				!/\b(?:in|at|into|across|throughout|to|from)\s+(?:the\s+)?$/.test(quote.slice(0, at))
			);
		});
	});
}

/** A derived figure's first input, where the inputs share one source: whom the figure is credited to. */
function creditedInput(found: Ranked, base: FactBase): Ranked {
	const { fact } = found;
	if (fact.kind !== 'figure' || !fact.derivation) return found;
	const inputs = fact.derivation.of.map((id) => base.fact(id));
	const sources = new Set(inputs.map((input) => (input?.kind === 'figure' ? input.reportedBy : undefined)));
	const [input] = inputs;
	return input && sources.size === 1 && !sources.has(undefined) && !sources.has(null)
		? { ...found, fact: input }
		: found;
}

/** Words that put something in a place: "is in", "located in", "à", "nan". */
const locative = /(?<!\p{L})(?:in|at|near|inside|à|au|en|dans|nan|lan)\s+$/iu;

/** The last thing the data places somewhere (a prison in its city) that the text names before `end`, in any case. */
function locatedBefore(text: string, end: number, base: FactBase): EntityMention | undefined {
	const before = text.slice(0, end);
	const found = base.entities
		// Things that stand somewhere (a prison, a city), not bodies that act across a country.
		.filter((entity) => entity.partOf && (entity.kind === 'prison' || entity.kind === 'place'))
		.flatMap((entity) =>
			[entity.name, ...entity.aliases].flatMap((name) => {
				const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'giu');
				return [...before.matchAll(pattern)].map((m) => ({ entity, start: m.index, end: m.index + m[0].length }));
			}),
		);
	const [last] = found.sort((a, b) => b.end - a.end || a.start - b.start);
	// "…moved to a prison in Jacmel": a prison, not the one the data names by that word.
	return last && /(?<![\p{L}])(?:a|an|another|some|other|one)\s+$/iu.test(before.slice(0, last.start))
		? undefined
		: last;
}

/**
 * "The Pénitencier National is in Cap-Haïtien": a place, held against where the data puts the one
 * named (by what it is part of). Only for one the data places.
 */
function placedElsewhere(
	text: string,
	span: Span,
	group: EntityMention[],
	mentions: EntityMention[],
	base: FactBase,
	at: (span: Span) => string,
): Claim | undefined {
	const [named, ...more] = group;
	if (!named || more.length > 0 || !locative.test(text.slice(0, named.start))) return undefined;
	// A place the data knows is judged only if it is a place ("in Port-au-Prince", not "in the UN").
	if (named.entity && !['place', 'country'].includes(named.entity.kind)) return undefined;
	// What is placed: a name before it, or a thing the data places typed in lowercase ("haiti's largest prison is in…").
	const placed =
		locatedBefore(text, named.start, base) ?? mentions.find((m) => m.entity && m !== named && m.end <= named.start);
	const chain = placed?.entity ? base.within(placed.entity.id) : [];
	const where = chain[1] ? base.entity(chain[1]) : undefined;
	// "…at his residence in Pétion-Ville": a place the data does not know, of something it does not place.
	if (!named.entity && (!placed?.entity || !where))
		return claim(at(span), 'not_in_report', [], `The report does not name ${at(named)}.`);
	if (!placed?.entity || !where) return undefined;
	// "The prison is not in Port-au-Prince": a place denied is held against the report the other way round.
	const denied = placeDenied.test(text.slice(placed.end, named.start));
	return placeClaim(at(span), placed.entity, where, named.entity, denied, base);
}

/** Where something is said to be, held against where the data puts it: matches only inside that place. */
function placeClaim(
	text: string,
	placed: Entity,
	where: Entity,
	said: Entity | undefined,
	denied: boolean,
	base: FactBase,
): Claim {
	const within = said !== undefined && base.within(placed.id).includes(said.id);
	return claim(text, within !== denied ? 'matches' : 'differs', [], `The report puts ${placed.name} in ${where.name}.`);
}

/**
 * A clause that opens on its verb and a place ("is in Cap-Haïtien", "se nan Okap li ye"), about the subject carried from
 * before: held against where the data puts that subject, where it places it.
 */
export function subjectPlaced(
	text: string,
	mentions: EntityMention[],
	subject: Entity | undefined,
	base: FactBase,
	at: (span: Span) => string,
): Claim | undefined {
	const opening =
		/^\s*(?:is|was|are|were|lies|sits|est|était|se|te)\s+(?:(?:not|pas|pa)\s+)?(?:in|at|à|a|dans|nan|lan)\s+$/iu;
	const [place, ...more] = mentions;
	if (!subject || !place || more.length > 0 || !opening.test(text.slice(0, place.start))) return undefined;
	if (place.entity && !['place', 'country'].includes(place.entity.kind)) return undefined;
	const [, within] = base.within(subject.id);
	const where = within ? base.entity(within) : undefined;
	if (!where) return undefined;
	return placeClaim(at(place), subject, where, place.entity, placeDenied.test(text.slice(0, place.start)), base);
}

/** A denial between what is placed and where: "is not in", "isn't in", "n'est pas à", "pa nan". */
const placeDenied = /(?<!\p{L})(?:not|isn['’]?t|aren['’]?t|wasn['’]?t|never|pas|pa|no longer)(?!\p{L})/iu;

/** Does a credit open the name's span ("according to the UN", "per RNDDH")? What follows it is no deed of the name's. */
function creditOpens(text: string, span: Span): boolean {
	return creditOpener.test(/^\s*([\p{L}'’]+)/u.exec(text.slice(span.start, span.end))?.[1] ?? '');
}

/** A plan's words right after a name, before the deed planned: "(is) supposed to", "meant to", "due to". */
const planOpening = /^\s+(?:(?:is|was|are|were|'s|’s)\s+)?(?:supposed|suppose|sposed|meant|expected|due|set)\s+to\s+/iu;

/** A deed the report does not say was done by the one named, with what it does say. */
function notSaidDone(text: string, fact: Fact): Claim {
	return claim(text, 'not_in_report', [fact], `The report does not say they did this; it says: ${fact.answer}`);
}

/** Does the clause give a figure, as a value or by a verb of giving right after its source ("RNDDH counted…")? */
function givesFigure(text: string, source: Span): boolean {
	return /\d/.test(text) || givingVerb.test(text.slice(source.end));
}

/** Auxiliaries and adverbs that may stand between a name and its verb: "PNH is still holding…". */
const beforeVerb = String.raw`^\s+(?:(?:is|are|was|were|has|have|had|did|does|do|also|still|then|just|already|\p{L}+ly)\s+)*`;

/** A verb right after a name, perhaps after an auxiliary or "still": "PNH still holding…", "RNDDH counted…". */
const verbAfterName = new RegExp(
	String.raw`${beforeVerb}(?!(?:is|was|has|does|are|were|this|its|his|hers)(?!\p{L}))\p{L}+(?:ed|ing|s)(?!\p{L})`,
	'iu',
);

/** A verb of giving a figure right after its source: "RNDDH counted…", "the UN reported…". */
const givingVerb = new RegExp(
	String.raw`${beforeVerb}(?:${speechVerbs}|called|calls|calling|described|describes|reporting|saying|claiming|counting|estimating|putting|giving|noting|warning|counted|counts|count|tallied|tallies|found|finds|recorded|records|estimated|estimates|put|puts|gave|gives|published|publishes|documented|documents|noted|notes|registered|registers|warned|warns|numbered)(?!\p{L})`,
	'iu',
);

/** A passive right after a name: "…was elected", "…has been sanctioned", "…got arrested". */
const passiveAfter =
	/^\s*(?:was|were|is|are|has been|have been|had been|got|gets|get|is being|was being)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b/iu;
