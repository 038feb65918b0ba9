/** The names a message gives: the data's entities written with a capital, and proper names the data does not know. */
import type { Entity } from '../../data/schema.js';
import type { FactBase } from '../fact-base.js';
import { isEnglishWord } from '../language/english-words.js';
import { lemmatizer } from '../language/lemmas.js';
import { fold, isLexiconWord, stopwords, textSpeakTable, translations, vagueWords } from '../language/lexicon.js';
import { properNames } from '../language/wordnet.js';
import { escapeRegExp } from '../text.js';
import { isCalendarWord, type Span, valuesIn } from './values.js';

export interface EntityMention extends Span {
	/** undefined: a proper name the data does not know ("Nigeria"). */
	entity: Entity | undefined;
}

/** An entity's name or alias that starts with a capital, and how it is found in a message. */
interface CapitalName {
	entity: Entity;
	name: string;
	/** The name as a pattern, its dots optional ("U.N." or "UN"); compiled on first use. */
	pattern?: RegExp;
}

/**
 * The names with a capital of a fact base, longest first, and each one's leading run of letters
 * and digits ("U" of "U.N.", "Jimmy" of "Jimmy Chérizier"), worked out once per fact base.
 */
interface CapitalNames {
	names: CapitalName[];
	/** leading run → positions in `names`, ascending */
	byLead: Map<string, number[]>;
	/** The longest leading run, in UTF-16 units: no longer start of a word can be one. */
	longestLead: number;
}

const capitalNamesByBase = new WeakMap<FactBase, CapitalNames>();

export function capitalNames(base: FactBase): CapitalNames {
	let known = capitalNamesByBase.get(base);
	if (!known) {
		const names = base.entities
			.flatMap((entity) =>
				[entity.name, ...entity.aliases, ...capitalised(entity.aliases)].map((name) => ({ entity, name })),
			)
			.filter(({ name }) => /^\p{Lu}/u.test(name))
			.sort((a, b) => b.name.length - a.name.length);
		const byLead = new Map<string, number[]>();
		let longestLead = 0;
		names.forEach(({ name }, i) => {
			const lead = /^[\p{L}\p{N}]+/u.exec(name)?.[0] ?? name;
			const positions = byLead.get(lead) ?? [];
			positions.push(i);
			byLead.set(lead, positions);
			longestLead = Math.max(longestLead, lead.length);
		});
		known = { names, byLead, longestLead };
		capitalNamesByBase.set(base, known);
	}
	return known;
}

/** A verb of saying right after a name, past auxiliaries and adverbs: the name is who said it. */
export const saidBy =
	/^\s*(?:(?:sources?|officials?|reporters?|journalists?|correspondents?|contacts?)\s+)?(?:(?:has|have|had|just|also|publicly|officially|reportedly|then|already|a|ont)\s+)*(?:announc\p{L}*|sa(?:id|ys|y)|warn\p{L}*|declar\p{L}*|claim\p{L}*|stat(?:ed|es)|told|tell\p{L}*|vow\p{L}*|threaten\p{L}*|report\p{L}*|pledg\p{L}*|promis\p{L}*|urg(?:ed|es)|annonc\p{L}*|avert\p{L}*|rapport\p{L}*|affirm\p{L}*|dit|di|te di|anonse)(?!\p{L})/iu;

/** The same after a name in focus, past its relative pronoun: "it was the unions who said…", "c'est X qui a dit…". */
const speaking = new RegExp(String.raw`^\s+(?:(?:who|that|qui|ki)\s+)?${saidBy.source.slice(4)}`, 'iu');

const commonNamesByBase = new WeakMap<FactBase, RegExp | undefined>();

/** Every name the data writes in lowercase ("police unions", "syndicats de police") of more than one word or of five letters or more, as one pattern. */
function commonNames(base: FactBase): RegExp | undefined {
	if (commonNamesByBase.has(base)) return commonNamesByBase.get(base);
	const names = base.entities
		.filter((entity) => entity.kind !== 'place' && entity.kind !== 'prison')
		.flatMap((entity) => entity.aliases.filter((alias) => /^\p{Ll}/u.test(alias)).map((alias) => fold(alias)))
		.filter((alias) => alias.includes(' ') || alias.length >= 5)
		.sort((a, b) => b.length - a.length);
	const pattern =
		names.length > 0
			? new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...new Set(names)].map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
			: undefined;
	commonNamesByBase.set(base, pattern);
	return pattern;
}

/** Names written in lowercase that are followed by a verb of saying: who is said to have spoken. */
function speakersIn(text: string, base: FactBase): EntityMention[] {
	const pattern = commonNames(base);
	const folded = fold(text);
	if (!pattern || folded.length !== text.length) return [];
	const found: EntityMention[] = [];
	for (const m of folded.matchAll(pattern)) {
		const start = m.index ?? 0;
		const end = start + m[0].length;
		if (!speaking.test(folded.slice(end))) continue;
		const entity = byFoldedAlias(base).get(m[0]);
		if (entity) found.push({ entity, start, end });
	}
	return found;
}

/**
 * One-word names the data writes in lowercase, as a member writes them with a capital: "the
 * Pénitencier" for "pénitencier". Short ones are left out: they are more often a word than a name.
 */
function capitalised(aliases: readonly string[]): string[] {
	return aliases
		.filter((alias) => /^\p{Ll}{6,}$/u.test(alias))
		.map((alias) => alias.charAt(0).toUpperCase() + alias.slice(1));
}

/**
 * The positions in `names` of those that may be in a text: a name is found only where a run of
 * letters and digits starts (nothing of the kind may precede it), and its own leading run, which
 * has no dot to leave out, is that run's start. Checking only these finds what checking every
 * name would, without a pattern a name on every message.
 */
function candidateNames(text: string, { byLead, longestLead }: CapitalNames): number[] {
	const candidates = new Set<number>();
	for (const run of text.matchAll(/[\p{L}\p{N}]+/gu)) {
		const word = run[0];
		for (let end = 1; end <= Math.min(word.length, longestLead); end++) {
			for (const i of byLead.get(word.slice(0, end)) ?? []) candidates.add(i);
		}
	}
	return [...candidates].sort((a, b) => a - b);
}

/**
 * "The country", "this country", "du pays", "peyi a": the one the reports are about, where they are all about one.
 * (Not "the country of…", "le pays de…", which names another.)
 */
const theCountry =
	/(?<!\p{L})(?:(?:the|this|our)\s+country(?!\s+(?:of|to|that|which|who)\b)|(?:du|dans\s+le|ce|notre|au)\s+pays(?!\s+(?:de|d['’]|du|des|qui|que|où)(?!\p{L}))|peyi\s+(?:a|an|nou)|peyi\s+sa\s+a)(?!\p{L})/giu;

/**
 * The text with "the country" said as the name of the country every report is about ("Haiti"),
 * for reading what it says (not for its spans, which change length).
 *
 * @example
 * countryNamed('the largest prison in the country', base); // 'the largest prison in Haiti'
 */
export function countryNamed(text: string, base: FactBase): string {
	const country = base.topicCountry();
	return country ? text.replace(theCountry, country.name) : text;
}

/** Entities named with a capital (names, not common nouns like "police"), and unknown proper names. */
export function mentionsIn(text: string, base: FactBase): EntityMention[] {
	const found: EntityMention[] = [];
	const taken = (start: number, end: number) => found.some((m) => start < m.end && end > m.start);
	const known = capitalNames(base);
	for (const i of candidateNames(text, known)) {
		const name = known.names[i] as CapitalName;
		name.pattern ??= new RegExp(
			// Not the end of a hyphenated name: "Haïtien" of "Cap-Haïtien" is no one.
			`(?<![\\p{L}\\p{N}]|\\p{Lu}\\p{Ll}*-)${escapeRegExp(name.name).replace(/\\\./g, '\\.?')}(?![\\p{L}\\p{N}])`,
			'gu',
		);
		for (const m of text.matchAll(name.pattern)) {
			const start = m.index ?? 0;
			if (!taken(start, start + m[0].length)) found.push({ entity: name.entity, start, end: start + m[0].length });
		}
	}
	// "the police unions told residents…": a name written in lowercase, right before a verb of saying, is who spoke.
	for (const m of speakersIn(text, base)) if (!taken(m.start, m.end)) found.push(m);
	// "The largest prison in the country": the country the reports are about.
	const country = base.topicCountry();
	if (country)
		for (const m of text.matchAll(theCountry)) {
			const start = m.index ?? 0;
			if (!taken(start, start + m[0].length)) found.push({ entity: country, start, end: start + m[0].length });
		}
	// Capitalised words that no entity has and that are not ordinary words: "Nigeria", and acronyms: "EU".
	// A hyphenated name is one ("Cap-Haïtien"), whatever its parts are on their own.
	for (const m of text.matchAll(
		/(?<![\p{L}\p{N}])(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+|\p{Lu}\p{Ll}{3,}|\p{Lu}{2,6})(?![\p{L}\p{N}])/gu,
	)) {
		const start = m.index ?? 0;
		const word = m[0].toLowerCase();
		const acronym = m[0] === m[0].toUpperCase();
		const compound = m[0].includes('-');
		// "l'Union européenne", "la Croix-Rouge": a French word capitalised after an article, mid-sentence, is a name.
		const afterArticle = /(?:^|[^.!?]\s)(?:l['’]|la\s|le\s|les\s|du\s|des\s)$/iu.test(text.slice(0, start));
		if (
			taken(start, start + m[0].length) ||
			// ("ETA", "FYI", "IDK": chat's short forms in capitals name no one.)
			(!compound &&
				(acronym
					? titleAcronyms.has(m[0]) ||
						conjunctions.has(word) ||
						textSpeakTable.has(word) ||
						// ("sanctioned by BOTH the UN and the US": a word of English in capitals is said louder, not a name.)
						stopwords.en.has(word)
					: // ("Govt", "Ppl" opening a sentence: chat's short form of an ordinary word is no name either.)
						(ordinary(word) && !(afterArticle && frenchOnly(word))) || textSpeakTable.has(word)))
		)
			continue;
		// "Amnesty International", "Human Rights Watch": the capitalised words after an unknown name are of it.
		let end = start + m[0].length;
		for (let next = nameGoesOn.exec(text.slice(end)); next; next = nameGoesOn.exec(text.slice(end))) {
			if (taken(end, end + next[0].length)) break;
			end += next[0].length;
		}
		found.push({ entity: undefined, start, end });
	}
	// "se kanada ki ofri…": the one a cleft puts in focus is a name, typed in lowercase as chat types it, where it is
	// no word of the languages read.
	for (const m of text.matchAll(lowercaseFocus)) {
		const word = m.groups?.name ?? '';
		const start = m.indices?.groups?.name?.[0] ?? -1;
		if (!word || start < 0 || taken(start, start + word.length) || ordinary(word) || isLexiconWord(fold(word)))
			continue;
		found.push({ entity: undefined, start, end: start + word.length });
	}
	return found.sort((a, b) => a.start - b.start);
}

/** A lowercase word between a cleft's opening and its "who": "se kanada ki", "it's nigeria that", "c'est le canada qui". */
const lowercaseFocus =
	/(?:^|[^\p{L}])(?:se|c['’]\s*est|it['’]s|it\s+(?:is|was))\s+(?:l[ea]\s+|l['’]|the\s+)?(?<name>\p{Ll}[\p{Ll}-]{2,})\s+(?:ki|qui|who|that)\b/dgu;

/** "and", "or" in the three languages, typed in capitals between names: "ONU AK Etazini" names two. */
const conjunctions = new Set(['and', 'or', 'nor', 'et', 'ou', 'ni', 'ak', 'e', 'epi', 'oswa', 'osinon']);

/** A capitalised word right after a name, as part of it: " International", " Rights", " Watch". */
const nameGoesOn = /^\s\p{Lu}\p{Ll}+(?![\p{L}\p{N}])/u;

/** Acronyms of titles and honorifics, which name no one by themselves: "the PM". */
const titleAcronyms = new Set([
	'PM',
	'MP',
	'VP',
	'CEO',
	'MR',
	'MRS',
	'MS',
	'DR',
	'US',
	'UK',
	'OK',
	'LOL',
	'TBH',
	'FYI',
	'BTW',
	'IMO',
	'RN',
]);

/** A word only the French lexicon has, no function word and none of the data's own: "union", "croix". */
function frenchOnly(word: string): boolean {
	const folded = fold(word);
	return (
		translations.fr.has(folded) &&
		!vagueWords.has(word) &&
		!stopwords.en.has(word) &&
		!stopwords.fr.has(folded) &&
		!dataCapitalised.test(word)
	);
}

/** A word any English text may capitalise: a function word, a month or day, a word of the data's own. */
function ordinary(word: string): boolean {
	if (vagueWords.has(word) || stopwords.en.has(word) || isCalendarWord(word)) return true;
	// A French or Creole word the lexicons know, capitalised to open a sentence: "Prizon an gen…", "Le Pénitencier…".
	const folded = fold(word);
	if (
		stopwords.fr.has(folded) ||
		stopwords.ht.has(folded) ||
		translations.fr.has(folded) ||
		translations.ht.has(folded)
	)
		return true;
	return dataCapitalised.test(word);
}

/** Words of the data's own, and of a source's credit, that any text may capitalise: "President", "Security Council". */
const dataCapitalised =
	/^(?:according|president|prime|minister|premier|security|council|national|western|hemisphere|gangs?|police|prisons?|government)$/;

export { escapeRegExp };

/** Names of people, organisations, outlets and countries as typed in lowercase → as the data writes them; once per fact base. */
const lowercaseNamesByBase = new WeakMap<FactBase, { names: ReadonlyMap<string, string>; pattern: RegExp }>();

function lowercaseNames(base: FactBase): { names: ReadonlyMap<string, string>; pattern: RegExp } {
	let found = lowercaseNamesByBase.get(base);
	if (!found) {
		const names = new Map(
			capitalNames(base)
				.names.filter(
					({ entity, name }) =>
						(entity.kind === 'person' ||
							entity.kind === 'organisation' ||
							entity.kind === 'media' ||
							entity.kind === 'country' ||
							entity.kind === 'coalition') &&
						// Words of letters only, four at least: "gazette haiti", "un security council", "kenya".
						/^\p{L}+(?: \p{L}+)*$/u.test(name) &&
						name.length >= 4 &&
						// As the data writes it, not a common noun it gives a capital only to open a sentence.
						(entity.name === name || entity.aliases.includes(name)),
				)
				.map(({ name }) => [name.toLowerCase(), name] as const)
				.filter(([lower, name]) => lower.length === name.length && lower !== name),
		);
		const phrases = [...names.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
		const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'gu');
		found = { names, pattern };
		lowercaseNamesByBase.set(base, found);
	}
	return found;
}

/**
 * A text with the names of people, organisations, outlets and countries it types in lowercase
 * written as the data writes them ("barbecue aka jimmy sergier" → "Barbecue aka Jimmy Sergier",
 * "gazette haiti said…" → "Gazette Haiti said…"), so that they are read as names: Discord is typed
 * in lowercase. The length never changes.
 */
export function withNamesCased(text: string, base: FactBase): string {
	const { names, pattern } = lowercaseNames(base);
	return text
		.replace(pattern, (phrase) => names.get(phrase) ?? phrase)
		.replace(lowercaseWord, (word) =>
			strangeName(word, base) ? word.replace(/(?<![\p{L}])\p{Ll}/gu, (c) => c.toUpperCase()) : word,
		)
		.replace(lowercaseAcronyms, (acronyms) =>
			acronyms.toUpperCase().replace(/\b(THE|AND|N)\b/g, (w) => w.toLowerCase()),
		)
		.replace(lowercaseSpeaker, (whole, article: string | undefined, speaker: string) =>
			speakerName(speaker) ? `${article ?? ''}${speaker.replace(/\p{L}+/gu, casedName)}` : whole,
		);
}

/** Verbs that say a name before them is who said what follows: "cnn said…", "Le Nouvelliste rapporte…". */
export const speechVerbs =
	'said|says|say|saying|reported|reports|reporting|claimed|claims|claiming|stated|states|stating|wrote|writes|tweeted|posted|dit|a dit|rapporte|a rapport[ée]|di|te di';

/**
 * Who is said to have said something, typed in lowercase at the start of a clause: "cnn said…",
 * "le nouvelliste reported…", "the miami herald says…". Its words and the article before them.
 */
const lowercaseSpeaker = new RegExp(
	String.raw`(?<=^|[.!?,;:]\s*)((?:the|le|la|l['’])\s*)?(\p{L}[\p{Ll}'’-]*(?:\s+\p{L}[\p{Ll}'’-]*){0,2})(?=\s+(?:${speechVerbs})\b)`,
	'gu',
);

/** A speaker's words as a name: none a stopword, and one at least no word of English ("cnn", "nouvelliste", "miami"). */
function speakerName(words: string): boolean {
	const each = words.toLowerCase().split(/\s+/);
	if (!/\p{Ll}/u.test(words.charAt(0)) && each.length === 1) return false;
	return (
		each.every((word) => !stopwords.en.has(word) && !stopwords.fr.has(word) && !stopwords.ht.has(word)) &&
		each.some((word) => !isEnglishWord(word) && !textSpeakTable.has(word))
	);
}

/** A word of a name with its capital, an acronym ("cnn", "bbc") in capitals. */
const casedName = (word: string): string =>
	word.length <= 4 && !/[aeiouy]/.test(word.slice(1))
		? word.toUpperCase()
		: word.charAt(0).toUpperCase() + word.slice(1);

/** A word typed in lowercase, or words joined by hyphens: "brazil", "croix-des-bouquets". */
const lowercaseWord = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}-]{3,}(?![\p{L}\p{N}'’-])/gu;

/** A word English has, as typed or as a form of its lemma: "poorest" of "poor". */
function englishForm(word: string): boolean {
	const lemmas = lemmatizer();
	return [word, lemmas.adjective(word), lemmas.noun(word), lemmas.verb(word)].some((form) => isEnglishWord(form));
}

/** Prefixes joined to a word by a hyphen: "ex-cop", "de-escalate", "non-stop". */
const prefixes = new Set([
	'ex',
	'de',
	're',
	'non',
	'pre',
	'post',
	'anti',
	'pro',
	'co',
	'un',
	'self',
	'semi',
	'mid',
	'multi',
	'over',
	'under',
	'well',
	'so',
	'sub',
	'vice',
]);

/** Every name and alias of the data, folded, once per fact base. */
const dataNamesByBase = new WeakMap<FactBase, ReadonlySet<string>>();

function dataNames(base: FactBase): ReadonlySet<string> {
	let known = dataNamesByBase.get(base);
	if (!known) {
		known = new Set(base.entities.flatMap((entity) => [entity.name, ...entity.aliases].map(fold)));
		dataNamesByBase.set(base, known);
	}
	return known;
}

/**
 * What reading a message's names works out once, worked out when an engine is built: the data's names as
 * typed with capitals and in lowercase, and WordNet's proper names (read from disk, or from WordNet the first
 * time), which the first message checked would otherwise wait for.
 */
export function prepareMessageNames(base: FactBase): void {
	capitalNames(base);
	lowercaseNames(base);
	dataNames(base);
	properNames();
}

/**
 * A name the data does not have, typed in lowercase: a word WordNet has only as a proper name ("nigeria",
 * "jamaica"), or words joined by hyphens not all English ("croix-des-bouquets", not "inmate-to-guard").
 */
function strangeName(word: string, base: FactBase): boolean {
	const folded = fold(word);
	if (dataNames(base).has(folded)) return false;
	if (word.includes('-')) {
		const parts = word.split('-');
		// ("ex-cop", "de-escalate", "kenya-led": a prefix, or a participle after a name, makes no name of the whole; nor
		// do a number's words, "twenty-three".)
		return (
			/^\p{L}{2,}(?:-\p{L}{2,})+$/u.test(word) &&
			!valuesIn(word).some((value) => value.kind === 'number' && value.end - value.start === word.length) &&
			!prefixes.has(parts[0] ?? '') &&
			!/(?:ed|ing)$/.test(parts.at(-1) ?? '') &&
			!parts.every(englishForm)
		);
	}
	// (Not a word English has as it is typed: "stations" is no name, though WordNet capitalises only its "Stations".)
	return properNames().has(folded) && !isEnglishWord(folded) && !ordinary(folded);
}

/**
 * Two-letter acronyms typed in lowercase where only a body can stand: after "the" ("the un", "the
 * us": the pronoun takes no article), with any joined to them ("the un and us", "the un n us").
 */
const lowercaseAcronyms =
	/(?<![\p{L}\p{N}])the (?:un|us|eu|uk|usa)(?: (?:and|n) (?:the )?(?:un|us|eu|uk|usa))*(?![\p{L}\p{N}])/gu;

const reportWordsByBase = new WeakMap<FactBase, string>();

/** A name, or a report's text, as one run of folded words: "U.N." and "UN" alike, accents and case aside. */
const nameKey = (text: string) =>
	` ${fold(text)
		.replace(/\./g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()} `;

/**
 * Does a report itself call someone by this name? The data may know more names than the report
 * gives ("Réseau National de Défense des Droits Humains" for RNDDH), to find what is asked, but
 * that a name is someone's is confirmed only in the report's words.
 */
export function namedSoInReport(base: FactBase, name: string): boolean {
	let words = reportWordsByBase.get(base);
	if (words === undefined) {
		words = base.reports.map((report) => nameKey(report.paragraphs.join(' '))).join(' ');
		reportWordsByBase.set(base, words);
	}
	return words.includes(nameKey(name));
}

/**
 * The one a phrase names in the data's lowercase words, article and all or without it: "the pen",
 * "the national pen", "lockup". What a member writes before "is" when the subject is a common noun.
 */
export function namedInLowercase(phrase: string, base: FactBase): Entity | undefined {
	const folded = fold(phrase)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
	const bare = folded.replace(/^(?:the|a|an|le|la|les|l|this|that)\s+/u, '');
	const aliases = byFoldedAlias(base);
	return aliases.get(folded) ?? aliases.get(bare);
}

const byFoldedAliasByBase = new WeakMap<FactBase, ReadonlyMap<string, Entity>>();

/** Each entity by its aliases, folded (the first entity in the data's order for an alias two share); once per fact base. */
function byFoldedAlias(base: FactBase): ReadonlyMap<string, Entity> {
	let found = byFoldedAliasByBase.get(base);
	if (!found) {
		const map = new Map<string, Entity>();
		for (const entity of base.entities)
			for (const alias of entity.aliases) if (!map.has(fold(alias))) map.set(fold(alias), entity);
		found = map;
		byFoldedAliasByBase.set(base, found);
	}
	return found;
}
