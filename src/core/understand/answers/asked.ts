/**
 * Yes/no questions turned back into the statement they ask about ("is RNDDH a UN agency?" →
 * "RNDDH is a UN agency"), and held against the report claim by claim: no where it says
 * otherwise, what it does say where it neither confirms nor denies, the alternative it gives of
 * two offered.
 */

import type { Answer } from '../../answer.js';
import type { Claim } from '../../claims/claim.js';
import { checkClaims } from '../../claims/claims.js';
import { yearAsBound } from '../../claims/dates.js';
import { countryNamed, mentionsIn } from '../../claims/names.js';
import { doneByOthers } from '../../claims/passive.js';
import { titleWords } from '../../claims/titles.js';
import { valuesIn } from '../../claims/values.js';
import type { FactBase } from '../../fact-base.js';
import { adjectiveNoVerb, englishTags } from '../../language/english-words.js';
import { lemmatizer } from '../../language/lemmas.js';
import { fillerTable, fold, textSpeakTable, translations } from '../../language/lexicon.js';
import { type ReadText, unstretched } from '../../language/read.js';
import { personNouns } from '../../language/wordnet.js';
import { capitalise, terms as termsOf } from '../../text.js';
import { openTail } from '../guess.js';
import { askedIfTrue, statementToCheck, yesNoEnding, yesNoOpening } from '../tagged.js';
import type { Answering } from './context.js';
import { belonging, describedAs, placeAsked, placedIn } from './placed.js';
import { datesWhatIsTold, differingDate, plainStatement, saysAlone, verdictOn } from './statements.js';

/** A clause of time that opens a question, up to its comma: "since they killed Jovenel, …", "after the siege, …". */
const sceneFirst =
	/^\s*(?:ever\s+)?(?:since|after|when|once|before|while|depuis que|apr[eè]s que|quand|lorsque|depi|apre|l[eè])\s+[^,?]{3,80},\s*(?=(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|est-ce|eske)\b)/iu;

/** The same clause put after the question, with a subject pronoun of its own: "… since they killed Jovenel?" */
const sceneAfter =
	/\s+(?:ever\s+)?(?:since|after|when|once|before|while|depuis que|apr[eè]s que|quand|lorsque)\s+(?:he|she|they|it|we|il|elle|ils|on|yo|li)\s+[^,?]{3,60}(\?*)\s*$/iu;

/**
 * "Is RNDDH a UN agency?", "was it Reuters that said…", "Sergier est-il un ancien militaire ?":
 * a yes/no question whose statement the report contradicts, answered no with what it says. The
 * question is turned back into the statement it asks about and held against the report claim by
 * claim; only a value the report gives otherwise (a description, a name, a figure, a source) makes
 * the no. A date is left to the question's own reading (which event a date in a question is for
 * is too often unclear to deny it) unless the question puts its statement up to be checked ("is it
 * true that…"), as a message would be.
 */
export function contradicted(ctx: Answering, question: string, read: ReadText): Answer | undefined {
	// ("Since they killed Jovenel, did the murders go up in 2023?": the clause that sets the scene is asked nothing of.)
	// (Reading puts such a clause after the question: "did the murders go up in 2023 since they killed Jovenel?")
	const asking = read.cleaned.replace(sceneFirst, '').replace(sceneAfter, '$1');
	// "Did the police sanction Barbecue?": a deed the report credits, after "by", only to others.
	const deed = /^\W*(?:did|does|do)\s+(.+?)[?!.\s]*$/iu.exec(withoutOpeningChat(asking))?.[1];
	const { base } = ctx.tools;
	const byOthers = deed
		? doneByOthers(deed, mentionsIn(deed, base), base, (span) => deed.slice(span.start, span.end), true)
		: undefined;
	if (byOthers) return verdictOn(ctx, question, [byOthers]);
	const found = plainStatement(statementAsked(asking) ?? didAsked(asking));
	// "…the largest prison in the country?": the country the report is about, by its name.
	const asked = found && countryNamed(found, ctx.tools.base);
	// Only a statement put up with "y/n" is terse enough to lack its "is": a question has its own verb.
	const statement = asked && yesNoEnding.test(read.cleaned) ? withCopula(asked, ctx) : asked;
	const either = statement && eitherOf(ctx, question, statement);
	if (either) return either;
	// ("Is RNDDH Haitian or international?": two offered, of which the report tells neither apart, is no statement to
	// deny.)
	if (statement && /\s(?:or|ou|oswa|oubyen)\s/iu.test(statement) && !/\bor\s+(?:not|nah|no)\b/iu.test(statement))
		return undefined;
	// "Had the inmates been 700, what share…": what would be, not what the report is said to say.
	if (!statement || conditional.test(fold(read.cleaned))) return undefined;
	const { index } = ctx.tools;
	// "Is the prison in Haiti?", "…in Cap-Haïtien?": where the data places a thing named, before any claim is checked.
	const placed = placeAsked(ctx, question, statement);
	if (placed) return placed;
	const claims = checkClaims(base, index, withTitlesNamed(statement));
	// "Is it true that Moïse was killed in 2022?" puts the date up to be checked, as the message check would.
	const putUp = askedIfTrue.test(read.cleaned);
	const differs = claims.find(
		(claim) =>
			claim.verdict === 'differs' && (putUp || !differingDate(claim) || datesWhatIsTold(claim, statement, ctx)),
	);
	if (differs) return verdictOn(ctx, question, [differs]);
	// "Did RNDDH warn before 2020?": a year given as a bound that the fact's date meets, with all else the report's.
	const bounded = claims.some((claim) => claim.verdict === 'matches' && yearAsBound(statement, claim.text));
	if (bounded && claims.every((claim) => claim.verdict === 'matches')) return verdictOn(ctx, question, claims);
	// "Haiti's national police has only 9,000 officers, true?": a number the report gives for nothing said, where
	// nothing else said is confirmed, leaves the statement untold.
	const untold = claims.find((claim) => claim.verdict === 'not_in_report' && /\d/.test(claim.text));
	const checked = putUp || statementToCheck(read.cleaned, fold(read.cleaned)) !== undefined;
	if (checked && untold && !claims.some((claim) => claim.verdict === 'matches'))
		return ctx.tools.notFound(question, {
			heading: `The report doesn’t say so: it gives no number for “${untold.text}”.`,
		});
	// "Was Barbecue ever a cop?": what the question says of someone, which the report says too, is a yes.
	const described = describedAs.exec(withTitlesNamed(statement).replace(onceWords, ' '));
	// "Is Henri still PM?": a title needs no article.
	const predicate = described?.[2] ?? titledAs.exec(withTitlesNamed(statement))?.[1];
	const confirmed = claims.filter(
		(claim) => claim.verdict === 'matches' && predicate?.includes(claim.text.replace(copulaOpening, '')),
	);
	const alone = saysAlone(statement) && !confirmed.some((claim) => claim.facts.some((fact) => saysAlone(fact.quote)));
	if (confirmed.length > 0 && confirmed.length === claims.length && !alone) return verdictOn(ctx, question, confirmed);
	// "Is RNDDH a UN agency?": a description the report neither confirms nor denies, of one it describes otherwise.
	if (!described?.[1] || !described[2] || claims.some((claim) => claim.verdict === 'matches')) return undefined;
	const [match, ...more] = index.matchEntities(described[1]);
	if (!match || more.length > 0 || match.covered.size < termsOf(described[1]).length) return undefined;
	// "Is the prison in the capital?": where the data places it; only a person is described by where they belong.
	if (belonging.test(described[2]) && match.entity.kind !== 'person')
		return placedIn(ctx, question, match.entity, described[2]);
	const card = ctx.tools.entityCard(question, match.entity);
	if (!card.found) return undefined;
	return { ...card, heading: `The report doesn’t say ${match.entity.name} is ${described[2]}. It says:` };
}

/**
 * "According to UN data, did homicides rise…?": whose word it is, said first, is read where a statement has it,
 * after what is said, so the question's verb opens it.
 */
function sourceLast(text: string): string {
	const found = /^(\W*)((?:according to|as per|per|selon|d['’]apr[eè]s|dapre)\s[^,?]{2,40}),\s*(.+?)([?!.\s]*)$/iu.exec(
		text,
	);
	return found ? `${found[1]}${found[3]} ${found[2]}${found[4]}` : text;
}

/**
 * "Did only the US sanction Barbecue?" → "only the US sanction Barbecue", "did RNDDH count 700
 * inmates?": a did-question that states a figure or that no one else did, as the message check
 * reads a statement (it reads a verb in any form). Other did-questions are answered from the fact
 * they are about: "did Kenya lead the force?" is left without a verdict where it only offered to.
 */
function didAsked(text: string): string | undefined {
	const asked = /^\W*(?:did|does|do)\s+(.+?)[?!.\s]*$/iu.exec(sourceLast(withoutOpeningChat(text)))?.[1];
	// ("Did the UN approve the force in March?": a date in words is a value to hold against the report's too.)
	const valued = (text: string) => /\d/.test(text) || valuesIn(text).some((value) => value.kind === 'date');
	return asked && (valued(asked) || /\b(?:only|solely|exclusively|alone)\b/iu.test(asked)) ? asked : undefined;
}

/** Words that open a description as an article does. */
const determiners = new Set(['yon', 'his', 'her', 'their', 'its']);

/** How many words a name opening a terse statement may have: "Jimmy Sergier", "the gang alliance". */
const nameReach = 3;

/**
 * "barbecue ex cop? y/n": a terse statement of a name and a description, with the "is" chat
 * leaves out put back, so that it is read as what it says of the name. Left as it is where a verb
 * follows the name ("henry left feb 7") or no name opens it.
 */
function withCopula(statement: string, ctx: Answering): string {
	const words = statement.split(/\s+/);
	if (words.some((word) => /^(?:is|are|was|were|est|se|te)$/i.test(word))) return statement;
	for (let length = Math.min(nameReach, words.length - 1); length >= 1; length--) {
		const name = words.slice(0, length).join(' ');
		const [match, ...more] = ctx.tools.index.matchEntities(name);
		if (!match || more.length > 0 || match.covered.size < termsOf(name).length) continue;
		const next = (words[length] ?? '').toLowerCase();
		// A verb of its own after the name ("left", "leading" excepted: "kenya leading force" is "is leading").
		const verb = lemmatizer().verb(next) !== next && !next.endsWith('ing');
		if (verb) return statement;
		// "ex cop" is "an ex cop": a description with the article chat leaves out too.
		const article =
			next.endsWith('ing') || articles.has(next) || determiners.has(next) ? [] : [/^[aeiou]/.test(next) ? 'an' : 'a'];
		return [name, 'is', ...article, ...words.slice(length)].join(' ');
	}
	return statement;
}

/**
 * French gives a trade no article after "être" ("il était policier", "a-t-il été policier"): the
 * "un" English and the claims read a description by is put back, where the word is a noun the
 * lexicon knows and not a participle ("a été tué").
 */
function withFrenchArticle(statement: string): string {
	return statement.replace(
		/(?<!\p{L})(est|était|a été|avait été)\s+(\p{L}+)/iu,
		(whole, verb: string, word: string) => {
			const english = translations.fr.match([fold(word)], 0)?.value;
			// "A été" is read as the "était" the claims know a description by.
			const copula = /été$/.test(verb) ? 'était' : verb;
			// A title keeps its own reading: "est-il président ?" is held against the titles the report gives.
			// (A word the lexicon lacks is a noun unless it ends as a participle does: "militaire", not "libéré".)
			const nounLike = english ? !/ed$/.test(english) : !/(?:é|ée|és|ées|is|it|u|ue|us|ues)$/iu.test(word);
			const noun = nounLike && !articles.has(fold(word)) && !title.test(word);
			return noun ? `${copula} un ${word}` : whole;
		},
	);
}

/** A title, as a word alone. */
const title = new RegExp(`^(?:${titleWords})$`, 'iu');

/** "Henri is still PM": up to three words after the copula and any adverb, as a bare title may be. */
// (Not a verb going on: "is France helping Haiti" says what France does, not what it is.)
const titledAs =
	/^.+?\s+(?:is|was|te|se|est|était|etait)\s+(?:(?:still|even|really|actually|already|now)\s+)*(?!(?:in|on|at|from|by|with|when|after|before)\b|\p{L}{2,}ing\b)(\p{L}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0,2})$/iu;

/** Adverbs between a copula and what it says: "was ever a cop". */
const onceWords =
	/\s+(?:ever|once|still|really|actually|already|also|formerly|originally|like|kinda|basically|just)(?=\s+(?:a|an|un|une|yon)\s)|\s+(?:even|really|truly|actually)(?=\s+(?:in|inside)\s+the\s)/giu;
/** The copula (and its adverb) a description claim opens with. */
const copulaOpening =
	/^(?:is|was|used to be|est|était|se|te)\s+(?:(?:ever|once|still|really|actually|already|also|formerly|originally)\s+)?/iu;

/** A question about what would be: "if…", or opening with "would", "could", "si", "ta" (not "…said it would"). */
const conditional = /^\W*(?:would|could|might|si|ta)\b|\bif\b/;

/** The text past the chat it opens with ("yo", "ok so", "hey bot"), as typed. */
function withoutOpeningChat(text: string): string {
	const tokens = text.split(/\s+/).filter(Boolean);
	// "lmaooo is barbecue his real name": chat as stretched as it is typed.
	const words = tokens.map((token) => unstretched(fold(token).replace(/[^a-z0-9]+/g, '')));
	let at = 0;
	for (let chat = fillerTable.match(words, at); chat; chat = fillerTable.match(words, at)) at += chat.length;
	return tokens.slice(at).join(' ');
}

/** Words after which an English subject has ended: what is said of it begins. */
const predicateStart =
	/^(?:a|an|the|really|actually|still|already|just|only|solely|exclusively|merely|truly|ever|once|also|formerly|pm|prez|president|prime|premier|in|at|on|more|less|fewer|over|above|under|below|beyond|by|from|to|of|for|with|not|never|being|been|one|\p{L}{2,}ed|\p{L}{2,}en|(?!(?:some|any|no|every)?thing|king|ring|wing)\p{L}{2,}ing)$/iu;

/**
 * The statement a yes/no question asks about, in the order a statement has, or undefined when
 * it cannot be told: "is X Y" → "X is Y", "was it X who…" → "it was X who…", "X est-il Y" → "X
 * est Y", "èske X…" → "X…".
 *
 * @example
 * statementAsked('is RNDDH a UN agency?'); // 'RNDDH is a UN agency'
 */
export function statementAsked(text: string): string | undefined {
	const question = sourceLast(withoutOpeningChat(text))
		.replace(/[?!.\s]+$/u, '')
		.replace(openTail, '')
		// "is rnddh like a newspaper": the hedge before a description is no part of it.
		.replace(/\s+(?:like|kinda|sorta)(?=\s+(?:a|an|the)\s)/giu, '')
		.trim();
	// "Yes/no: has Henry been in power since 2019?": the question after the words that ask yes or no, read as any other.
	const opened = yesNoOpening.exec(question);
	if (opened && opened[0].length < question.length) {
		const rest = question.slice(opened[0].length);
		const turned = statementAsked(rest);
		if (turned || !/^(?:did|does|do)\s/iu.test(rest)) return turned ?? rest;
	}
	// "barbecue ex cop? y/n": a statement with the words that ask yes or no after it.
	const tagged = yesNoEnding.exec(text);
	if (tagged && tagged.index > 0) {
		const statement = text
			.slice(0, tagged.index)
			.replace(/[?!.\s]+$/u, '')
			.trim();
		// "Eske … te diminye? Wi oswa non?": the statement read as any other once its tag is gone.
		if (statement) return statementAsked(statement) ?? statement;
	}
	// "Is it right that the jail was built for 1,000?": what follows is the statement.
	const ifTrue = askedIfTrue.exec(question);
	if (ifTrue && ifTrue[0].length < question.length) return question.slice(ifTrue[0].length);
	// "I would like to know whether the facility was over capacity": what follows "whether" is the statement.
	const whether = /^(?:whether|if)\s+(.+)$/iu.exec(question);
	if (whether?.[1]) return statementAsked(whether[1]) ?? whether[1];
	// "C'est bien trois syndicats qui ont réclamé des renforts ?", "Se Kenya ki…": a cleft, its focus credited with the rest.
	const cleft = /^(?:c['’]est|se)\s+(?:bien\s+|vraiment\s+|donc\s+|vre\s+)?(.+?\s(?:qui|que|qu['’]|ki)\s.+)$/iu.exec(
		question,
	);
	if (cleft?.[1]) return cleft[1];
	const creole = /^(?:èske|eske)\s+(.+)$/iu.exec(question);
	if (creole?.[1]) return creole[1];
	// "Est-ce que Kenya dirige la force ?": French asks with the statement after "est-ce que", as Kreyòl after "èske".
	const estCeQue = /^est[- ]ce\s+qu(?:e\s+|['’]\s*)(.+)$/iu.exec(question);
	if (estCeQue?.[1]) return estCeQue[1];
	// "Jovenel Moïse, c'était le Premier ministre ?": the one named, then what "ce" says they are.
	const dislocated = /^([^,]+),\s*c['’](était|est)\s+(.+)$/iu.exec(question);
	if (dislocated?.[1] && dislocated[2] && dislocated[3]) return `${dislocated[1]} ${dislocated[2]} ${dislocated[3]}`;
	// ("Le Pénitencier se trouve-t-il dans la capitale ?": where a thing is, inverted as its verb of being is.)
	const french =
		/^(.+?),?\s+(est|était|a|avait|sont|étaient|ont|se\s+trouve|se\s+situe|se\s+trouvait)-(?:t-)?(?:il|elle|ils|elles)\s+(.+)$/iu.exec(
			question,
		);
	// ("Dans quel hémisphère Haïti est-il le pays le plus pauvre ?": with a question word before it, the inversion asks
	// that question, not whether.)
	const asksWhich = /(?:^|\s)(?:quel|quelle|quels|quelles|qui|quand|o[uù]|pourquoi|comment|combien)(?:\s|$)/iu;
	// ("Sergier a-t-il déjà été policier ?": "déjà" after the verb asks whether ever, not whether already.)
	if (french?.[1] && french[3] && !asksWhich.test(french[1]))
		return withFrenchArticle(
			`${french[1]} ${french[2]} ${french[3].replace(/^(?:déjà|deja|jamais)\s+(?=(?:été|ete)(?!\p{L}))/iu, '')}`,
		);
	// "Will Kenya lead the force?": the subject, then "will" before its verb.
	const foretelling = /^(will|shall)\s+(.+)$/iu.exec(question);
	if (foretelling?.[1] && foretelling[2]) {
		const words = foretelling[2].split(/\s+/);
		const verb = words.findIndex((word, i) => i > 0 && englishTags(word.toLowerCase()).includes('VB'));
		if (verb > 0) return [...words.slice(0, verb), foretelling[1].toLowerCase(), ...words.slice(verb)].join(' ');
	}
	// "Wasn't it the unions who…?", "isnt Barbecue a cop?": a question put in the negative asks the same.
	// ("r the gangs running the whole country or just bits of it": chat's "r" is "are".)
	const inverted = /^(is|are|r|was|were|has|have|had)(?:n['’]?t|\s+not)?\s+(.+)$/iu.exec(question);
	// "yes or no: barbecue is only sanctioned by the us": a statement after the words that ask yes or no.
	if (!inverted && yesNoOpening.test(text) && !/^(?:did|does|do)\s/iu.test(question)) return question || undefined;
	if (!inverted?.[1] || !inverted[2]) return undefined;
	const [, spelled, rest] = inverted;
	const verb = /^r$/iu.test(spelled) ? 'are' : spelled;
	// "Was it Reuters that…": a cleft, whose name in focus is credited with the rest, as the plain statement would
	// ("the unions told residents…").
	const focus = /^(?:it|that)\s+(.+?)\s+(?:who|that|which)\s+(.+)$/iu.exec(rest);
	// (Not where two are offered: "was it Reuters or AyiboPost that said…" asks which.)
	if (focus?.[1] && focus[2] && !/\s(?:or|ou|oswa)\s/iu.test(focus[1])) return `${focus[1]} ${focus[2]}`;
	if (/^(?:it|that)\s/iu.test(rest))
		return `${rest.slice(0, rest.indexOf(' '))} ${verb.toLowerCase()}${rest.slice(rest.indexOf(' '))}`;
	const words = rest.split(/\s+/);
	// ("Is Haiti rich?": an adjective last, which English has as no verb, is what is said of the rest.)
	const last = words.at(-1)?.toLowerCase() ?? '';
	const adjective = words.length > 1 && adjectiveNoVerb(last) ? words.length - 1 : -1;
	// ("Was Barbecue police before?": a noun for someone, with no article, lowercase and last but for when, is what is
	// said of the rest.)
	const bareNoun = (word: string, i: number) =>
		/^\p{Ll}+$/u.test(word) &&
		(personNouns().has(word) || word === 'police') &&
		words.slice(i + 1).every((after) => /^(?:before|then|once|ever|again|too|anymore|now)$/iu.test(after));
	// ("r the gangs runnin…": chat drops the "g" of a verb's "-ing".)
	const droppedG = (word: string) =>
		/\p{L}{2,}in$/iu.test(word) && englishTags(`${word.toLowerCase()}g`).includes('VBG');
	// ("Are WFP and the other UN agencies…": an article after "and" is the subject's own, still being named.)
	const end = words.findIndex(
		(word, i) =>
			i > 0 &&
			!/^(?:and|or|&)$/iu.test(words[i - 1] ?? '') &&
			// ("Is Barbecue former police?", "…ex-military?": a word that says what someone was opens what is said of them.)
			(predicateStart.test(word) ||
				droppedG(word) ||
				bareNoun(word, i) ||
				formerly.test(word) ||
				// ("Is the PN Haiti's biggest prison…": a possessive after the subject opens what is said of it; not after an
				// article, where it is the subject's own, "is the UN's force…".)
				(/\p{L}['’]s$/u.test(word) && !/^(?:the|a|an|this|that)$/iu.test(words[i - 1] ?? ''))),
	);
	if (end <= 0 && adjective > 0) return [...words.slice(0, adjective), verb.toLowerCase(), last].join(' ');
	if (end <= 0) return undefined;
	// The verb in a statement's place, in its case there: "Is Sergier a…" → "Sergier is a…".
	return [...words.slice(0, end), verb.toLowerCase(), ...words.slice(end)].join(' ');
}

/** Words that say what someone was: "former", "retired". */
const formerly = /^(?:former|retired|onetime|one-time)$/iu;

/**
 * "Was Moïse the prez or the PM?": a statement that offers two alternatives, each held against
 * the report; the one it gives, where it gives one and denies the other.
 */
function eitherOf(ctx: Answering, question: string, statement: string): Answer | undefined {
	const cleft = whichOfCleft(ctx, question, statement);
	if (cleft) return cleft;
	const offered = /^(.*?)(\S+(?:\s+\S+){0,3})\s+(?:or|ou|oswa)\s+(\S+(?:\s+\S+){0,3})$/u.exec(statement);
	if (!offered?.[2] || !offered[3]) return undefined;
	const [, before = '', first, second] = offered;
	// "…overcrowded before 2023 or is that new?": a question of its own after "or" offers no alternative.
	if (/^(?:is|was|are|were|did|does|do|has|have|had)\s+(?:that|this|it|he|she|they)\b/iu.test(second)) return undefined;
	// The first alternative opens as the second does ("the president or the prime minister"), or has as many words.
	const words = `${before}${first}`.trim().split(/\s+/);
	const lead = second.split(/\s+/)[0] ?? '';
	// ("…take place in February or in March 2024?": a preposition that opens both is where the first one starts too.)
	const opening = articles.has(fold(lead)) || alternativePrepositions.has(fold(lead)) ? words.lastIndexOf(lead) : -1;
	let from = opening > 0 ? opening : Math.max(1, words.length - second.split(/\s+/).length);
	// ("Moïse était-il président ou premier ministre": the verb before the first is the stem's, not the alternative's.)
	while (from < words.length - 1 && copulas.has(fold(words[from] ?? ''))) from++;
	// "…more or less than 500?": a comparative alone before "or" shares what follows the second one.
	const sharedTail = comparativeOpening.exec(second);
	const lone = words.at(-1) ?? '';
	if (sharedTail && words.length > 1 && comparativeOpening.test(`${lone} ${sharedTail[2]}`)) from = words.length - 1;
	const stem = words.slice(0, from).join(' ');
	// ("…runnin like alot of haiti or…": chat's hedge before an alternative is no part of it.)
	const firstOffered = words.slice(from).join(' ');
	const alternatives = [
		sharedTail && from === words.length - 1 ? `${firstOffered} ${sharedTail[2]}` : firstOffered,
		second,
	].map((alternative) => withTitlesNamed(alternative.replace(/^(?:like|kinda|sorta)\s+/iu, '')));
	const { base, index } = ctx.tools;
	// "Is it Henry or Henri?": two names of one, which the report's card for it gives both of.
	const [one, other] = alternatives.map((alternative) => index.matchEntities(alternative));
	const [named] = one ?? [];
	if (
		named &&
		one?.length === 1 &&
		other?.length === 1 &&
		other[0]?.entity.id === named.entity.id &&
		fold(alternatives[0] ?? '') !== fold(alternatives[1] ?? '')
	)
		return ctx.tools.entityCard(question, named.entity);
	// "Is the big prison in cap haitien or port au prince?": where the data places the one named, of the two.
	const located =
		/\s+in$/iu.test(stem.trim()) || /^in\s/iu.test(alternatives[0] ?? '')
			? /^(.+?)\s+(?:is|was|are|were)(?:\s+in)?$/iu.exec(stem.trim())
			: null;
	const [subject, ...besides] = located?.[1] ? index.matchEntities(located[1]) : [];
	if (subject && besides.length === 0 && subject.entity.kind !== 'person') {
		const [placed, ...more] = alternatives.flatMap((alternative) => {
			const answer = placedIn(ctx, question, subject.entity, `in ${alternative.replace(/^in\s+/iu, '')}`);
			return answer?.heading?.startsWith('Yes') ? [{ alternative, answer }] : [];
		});
		if (placed && more.length === 0)
			return { ...placed.answer, heading: placed.answer.heading?.replace(/^Yes, in/, 'In') };
	}
	// ("…is it the biggest, or just one among others?": what the part before the two already matches, neither adds.)
	const stemMatches = new Set(
		checkClaims(base, index, spelledOut(stem, base))
			.filter((claim) => claim.verdict === 'matches')
			.flatMap((claim) => claim.facts),
	);
	const checked = alternatives.map((alternative) => {
		const claims = checkClaims(base, index, spelledOut(`${stem} ${alternative}`, base));
		return {
			alternative,
			matches: claims.filter((claim) => claim.verdict === 'matches' && claim.text !== stem.trim()),
			differs: claims.some((claim) => claim.verdict === 'differs'),
		};
	});
	// (Where the other is denied, "the whole world or just the hemisphere", the one confirmed is told apart by it.)
	const told = (claim: Claim, i: number) =>
		!claim.facts.every((fact) => stemMatches.has(fact)) || checked.some((other, j) => j !== i && other.differs);
	const verdicts = checked.map(({ alternative, matches, differs }, i) => ({
		alternative,
		matched: matches.find((claim) => told(claim, i)),
		differs,
	}));
	const [yes, ...others] = verdicts.filter((verdict) => verdict.matched && !verdict.differs);
	if (!yes?.matched || others.length > 0) return undefined;
	return ctx.tools.facts(question, yes.matched.facts, `${capitalise(yes.alternative)}: ${yes.matched.report}`);
}

/** A comparative and what it is held against: "less than 500", "plus de 3000", "mwens pase 500". */
const comparativeOpening =
	/^(more|less|fewer|greater|higher|lower|bigger|smaller|plus|moins|plis|mwens)\s+((?:than|que|de|pase)\s+.+)$/iu;

/** Verbs that say what something is, in the three languages: no part of an alternative that follows them. */
const copulas = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'est', 'etait', 'sont', 'etaient', 'se', 'te']);

/** Prepositions that may open both alternatives offered: "in February or in March", "by the UN or by the US". */
const alternativePrepositions = new Set([
	'in',
	'on',
	'at',
	'by',
	'from',
	'since',
	'during',
	'before',
	'after',
	'en',
	'nan',
]);

/** "it was the UN or the US who sanctioned him": the two offered, and what is said of the one who is meant. */
const offeredCleft =
	/^(?:it|that)\s+(?:is|was|were)\s+(.+?)\s+(?:or|ou|oswa)\s+(.+?)\s+(?:who|that|which|qui|ki)\s+(.+)$/iu;

/**
 * "Was it the UN or the US who sanctioned Barbecue?": each one offered held against the report with
 * what is said of it. Where the report says it of both, the answer says both; of one, that one;
 * of neither, the question is left to the other readings.
 */
function whichOfCleft(ctx: Answering, question: string, statement: string): Answer | undefined {
	const offered = offeredCleft.exec(statement);
	if (!offered?.[1] || !offered[2] || !offered[3]) return undefined;
	const [, first, second, said] = offered;
	const { base, index } = ctx.tools;
	const held = [first, second].map((name) => {
		const claims = checkClaims(base, index, spelledOut(`${name} ${said}`, base));
		const matched = claims.find((claim) => claim.verdict === 'matches');
		return { name, matched: claims.some((claim) => claim.verdict === 'differs') ? undefined : matched };
	});
	const yes = held.filter((one) => one.matched);
	if (yes.length === 0) return undefined;
	const facts = [...new Set(yes.flatMap((one) => one.matched?.facts ?? []))];
	const heading =
		yes.length === 2
			? `Both: ${first} and ${second}, as the report says.`
			: `${capitalise(yes[0]?.name ?? '')}, as the report says.`;
	return ctx.tools.facts(question, facts, heading);
}

const articles = new Set(['the', 'a', 'an', 'le', 'la', 'les', 'un', 'une', 'l']);

/** A title typed without its article, alone or after a verb that says what someone is: "pm", "is president". */
const bareTitle =
	/(^|\b(?:is|was)\s+)(pm|prime\s+minister|premier|president|prez|prezidan|premye\s+minis)(?=[\s?!.]*$|\s+(?:or|ou|oswa)\b)/iu;

/** "Henry is pm" as a description reads it: "Henry is the pm". */
function withTitlesNamed(text: string): string {
	return text.trim().replace(bareTitle, '$1the $2');
}

/**
 * Text-speak spelled out in a text as typed ("the prez" → "the president"), and the data's
 * one-word names as the data writes them ("moise" → "Moise"), its other words kept as they are:
 * the message check reads names by their capitals.
 */
function spelledOut(text: string, base: FactBase): string {
	const names = oneWordNames(base);
	return text
		.split(/(\s+)/)
		.map((token) => names.get(fold(token)) ?? textSpeakTable.match([fold(token)], 0)?.value ?? token)
		.join('');
}

const namesOf = new WeakMap<FactBase, ReadonlyMap<string, string>>();

/** The data's one-word capitalised names, by their folded form: worked out once for a fact base. */
export function oneWordNames(base: FactBase): ReadonlyMap<string, string> {
	let names = namesOf.get(base);
	if (!names) {
		names = new Map(
			base.entities
				.flatMap((entity) => [entity.name, ...entity.aliases])
				.filter((name) => /^\p{Lu}\p{Ll}+$/u.test(name))
				.map((name) => [fold(name), name]),
		);
		namesOf.set(base, names);
	}
	return names;
}
