import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { escapeRegExp, joinCompoundNames, phraseAlternatives } from '../text.js';
import { cleanMarkup, withoutChatOpening } from './clean.js';
import { frenchCognate } from './cognates.js';
import { inCreoleSpelling } from './creole-spelling.js';
import { englishTags, isEnglishWord, pastParticiple, verbNoNoun } from './english-words.js';
import { lemmatizer } from './lemmas.js';
import kinds from './lexicon/kinds.json' with { type: 'json' };
import parts from './lexicon/parts.json' with { type: 'json' };
import speech from './lexicon/speech.json' with { type: 'json' };
import textSpeak from './lexicon/textspeak.json' with { type: 'json' };
import {
	fillerTable,
	fold,
	frenchByStem,
	frenchByVerbForm,
	type Language,
	type PhraseTable,
	spanishLoans,
	stopwords,
	textSpeakTable,
	translations,
} from './lexicon.js';
import { questionWordMisspelt } from './misspelt.js';
import { TrigramModels } from './trigrams.js';
import { personNouns, properNames } from './wordnet.js';
import { onlyYesNo } from './yes-no.js';

/** "What if" opening a supposition that a question follows after a comma ("…, who takes over?"). */
const whatIfOpening = /^\W*(?:(?:and|so|but)\s+)?what\s+(?:if|about\s+if)\s+(?=[^,?]{3,80},\s*[^?]*\?)/iu;

/** Verbs of keeping from a deed, before the deed: "refrained from", "abstained from", "held back from". */
const keptFrom =
	/\b(?:refrain(?:s|ed|ing)?|abstain(?:s|ed|ing)?|(?:held|holds|holding|hold) back)\s+from\s+(?=\p{L}+ing\b)/giu;

/** A thing, a comma, then "whose" and up to two words ending the message: "murders doubling stat, whose numbers?". */
const whoseAfterThing = /^(?<thing>[^,?]{3,80}?),\s*whose\s+(?<owned>[\p{L}'’]+(?:\s+[\p{L}'’]+)?)\s*(?=\?*\W*$)/iu;

/** A question of what something is called, then a comma and a short guess at it, ending the message. */
const guessedName =
	/^(\W*(?:what|whats|wats|wat|what['’]s)\b[^,?]*?\b(?:called|named|name)\b)\s*,\s*[^,?]{1,40}?\?*\s*$/iu;
/**
 * A question of what something is, then two or three kinds guessed with their article, set off by commas. (One guess,
 * or two joined by "or", asks which: "what is rnddh, a government agency?".)
 */
const guessedKinds =
	/^(\W*(?:(?:what|whats|wats|wat|what['’]s)\s+(?:is|was|are|were)?\s*[^,?]+?|[^,?]+?\s+se\s+kisa))\s*,\s*(?:an?|yon|un|une)\s+[^,?]+?(?:\s*,\s*(?:an?|yon|un|une)\s+[^,?]+?){1,2}\s*\?*\s*$/iu;

/** "Did X use to…", "didn't X use 2…": what X used to be or do, asked with "did". */
const didUseTo = /\bdid(?:n['’]?t)?\s+((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+use(?:d)?\s+(?:to|2)\s+/giu;

/**
 * "What was Barbecue before he started running gangs?", "what office did Moïse hold before he was killed?": what
 * someone was before a change of theirs is asked of who they are; the change itself says nothing of which fact answers.
 */
const beforeTheChange =
	/^(\W*(?:(?:what|wat|wut|wht|who|whos|which)(?:\s+\p{L}+){0,2}\s+(?:was|were|did)\s+[^?,'’]{2,40}?|[^?,'’]{2,40}?\s+(?:was|were)\s+(?:what|wat|wut|who)))\s+(?:before|b4|bfore|prior to)\s+(?:he|she|they|him|her|them)\s+[^?,.!]+/iu;

/** Chat's spellings of "used to be", from the text-speak lexicon: "used 2 be", "use ta be", "useta be". */
const usedToBe = new RegExp(
	String.raw`\b(?:${phraseAlternatives(
		Object.entries(textSpeak).flatMap(([typed, spelled]) => (spelled === 'used to be' ? [typed] : [])),
	)})\b`,
	'giu',
);

/** Those a question is asked for, who do not know something yet, and the thing they do not know. */
const forNewcomers =
	/^\W*(?:for|to|pou)\s+(?:the\s+|all\s+the\s+|any\s+)?(?:folks|people|ppl|those|anyone|anybody|everyone|newcomers|new\s+folks|peeps|members|ones|lurkers)(?:\s+(?:here|in\s+here|out\s+there|reading))?\s+(?:who|that|who['’]ve|that['’]ve)\s+(?:have\s+|has\s+|do\s+|does\s+)?(?:never\s+heard\s+(?:of|about)|not\s+heard\s+(?:of|about)|don['’]?t\s+know(?:\s+about)?|do\s+not\s+know(?:\s+about)?|aren['’]?t\s+familiar\s+with|are\s+not\s+familiar\s+with|are\s+new\s+to)\s+(?<topic>[^,?]{2,60}?)\s*,\s*/iu;

/** Someone who wants to know, then a colon and what they ask. */
const wantsToKnow =
	/^[^:?]{3,200}?\b(?:wants?\s+to\s+know|would\s+like\s+to\s+know|asks|is\s+asking|wonders|vle\s+konnen|ta\s+renmen\s+konnen|ap\s+mande|voudrait\s+savoir|veut\s+savoir|demande)\s*:\s*(?=\S)/iu;

/**
 * Someone who asks whether something is so: "grann ap mande si", "my aunt wants to know if", "mamie demande si". Whoever
 * it is must be a person, as for `relayedBy`.
 */
const asksWhether =
	/^\W*(?:(?:my|mi|ma|mon|m|the|our|her|his)\s+)?(\p{L}+)\s+((?:ap\s+)?mande|vle\s+konn(?:en)?|asks|asked|is\s+asking|wants\s+to\s+know|wonders|demande)\s+(?:si|if|whether)\s+/iu;

/** A question as the engine reads it. */
export interface ReadText {
	/** What was typed, without Discord markup: what a reply echoes. */
	cleaned: string;
	language: Language;
	/** The words as typed, folded (lowercase, no accents), fillers removed. */
	original: string[];
	/** The same words in English: text-speak spelled out, French and Creole translated where known. */
	words: string[];
}

/** franc's codes for the three languages, and how short a text may be before only its words decide. */
const francCodes = { eng: 'en', fra: 'fr', hat: 'ht' } as const;
const francMinLength = 12;
const trigramModels = new TrigramModels(Object.keys(francCodes));

/** A month's name or short form run into a year of two or four figures. */
const monthGlued =
	/\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|janv|fev|fevr|avr|juil|juin)(\d{2}|\d{4})\b/giu;

/**
 * "What's the name of the gang boss who led the prison attack?", "ki non chef bandi ki te dirije atak la": the name of
 * one a clause picks out, asked as which one did it; undefined where the question asks no such name.
 *
 * @example
 * nameAskedAsWhich('what is the name of the gang boss who led the attack?'); // 'which gang boss led the attack?'
 */
export function nameAskedAsWhich(text: string): string | undefined {
	const english =
		/^(\W*)(?:what(?:['’]s|\s+is|\s+was)?|give\s+me|tell\s+me)\s+the\s+name\s+of\s+the\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:who|that)\s+(?=\p{L})/iu;
	const creole = /^(\W*)ki\s+non\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+ki\s+(?=\p{L})/iu;
	if (english.test(text)) return text.replace(english, '$1which $2 ');
	if (creole.test(text)) return text.replace(creole, '$1ki $2 ki ');
	return undefined;
}

/**
 * "…, e.g. the one outside the capital?": "e.g." and "i.e." spelt out, so their dots end no sentence.
 *
 * @example
 * withExamplesSpelt('any other prison, e.g. the one in Cap?'); // 'any other prison, for example the one in Cap?'
 */
export function withExamplesSpelt(text: string): string {
	return text
		.replace(/(?<!\p{L})e\.\s?g\.?(?=\s)/giu, 'for example')
		.replace(/(?<!\p{L})i\.\s?e\.?(?=\s)/giu, 'that is');
}

/** Quebec French's "-tu" that asks yes or no, after a verb not of the second person: "a-tu", "c'est-tu", "y'a-tu". */
const quebecTu = /(?<=\p{L})(?<![sx])-tu(?!\p{L})/iu;
/**
 * The same "tu" typed apart, after a verb of the third person: "les gangs contrôlent tu…", "c tu les states…", "y'é tu
 * sanctionné". (Not "tu" as the subject of the verb after it: "est-ce que tu sais".)
 */
const quebecTuApart =
	/(?<=(?<![\p{L}'’])(?:c|c['’]est|cest|est|a|ont|ya|y['’]a|y['’]é|y['’]e|sont|va|vont|peut|fait|font)|\p{L}{2,}(?:ent|ait|aient))\s+tu(?!\p{L})/iu;
/**
 * The question without Quebec's "tu" typed apart, asked as yes or no where it asks nothing else. ("c tu les states ou le
 * canada qui…": offered two, it asks which; "c" before it is "c'est".)
 */
function withoutQuebecTu(text: string): string {
	const without = text
		.replace(/(?<![\p{L}'’])c\s+tu(?!\p{L})/giu, 'c’est')
		.replace(new RegExp(quebecTuApart, 'gu'), '');
	if (/\sou\s/iu.test(text) || frenchAskingWords.test(fold(text))) return without;
	return `${without.replace(/[\s?!.]*$/u, '')}, oui ou non ?`;
}

/** French question words but "ou", which is "or" as often as "où" in chat. */
const frenchAskingWords = /\b(?:qui|quoi|koi|quand|pourquoi|comment|combien|cb|quel|quelle|quels|quelles|kel|kelle)\b/;
/** French question words (folded): a question with one asks it, not yes or no. */
const frenchQuestionWords =
	/\b(?:qui|quoi|koi|quand|ou|pourquoi|comment|combien|cb|quel|quelle|quels|quelles|kel|kelle)\b/;

/** "even" or "evn" as a word of stress, not before a comparison or a conjunction it is part of. */
const stressingEven =
	/(?<!\p{L})(?:even|evn)(?!\p{L})(?!\s+(?:more|less|further|farther|worse|better|fewer|greater|higher|lower|larger|bigger|smaller|deeper|longer|if|though|tho|when|as|so|than|numbers?)\b)/giu;

/**
 * How a question's text is rewritten before its words are read, in order: Discord's markup and the
 * chat around the question go, then what is put out of place comes back to where a question has it.
 */
const readingSteps: readonly ((text: string) => string)[] = [
	cleanMarkup,
	withoutAsidesInParentheses,
	withExamplesSpelt,
	// "The December deal was signed by whom?", "l'accord, il a été signé par qui ?": the doer asked after a passive is
	// asked as who did it.
	(text) =>
		text
			.replace(
				/^\W*(\p{L}[^?]{2,80}?)\s+(?:was|were|is|are|has been|have been|had been)\s+(\p{L}+)\s+by\s+(?:whom|who)\b\s*(?:exactly\s*|precisely\s*)?(\?*)\s*$/iu,
				'who $2 $1$3',
			)
			.replace(
				/^\W*(\p{L}[^?]{2,80}?)(?:,?\s+(?:il|elle|ils|elles))?\s+(?:a|ont|avait|avaient)\s+[ée]t[ée]\s+(\p{L}+)\s+par\s+qui\b\s*(?:exactement\s*|pr[ée]cis[ée]ment\s*)?(\?*)\s*$/iu,
				'qui a $2 $1$3',
			),
	// "les homicides en 2023, ça a baissé ?": what French sets before "ça" is the subject "ça" takes up.
	// (Said as "ont", which no reader takes for the English article.)
	(text) => text.replace(/(?<=\p{L}{2}|\d)\s*,?\s+[çc]a\s+a\s+(?=\p{L}+[ée]s?(?!\p{L}))/giu, ' ont '),
	// "Has Sergier ever been a cop?": whether one has been what a noun names asks whether they were.
	(text) =>
		text.replace(
			/^(\W*)(?:has|have)\s+((?:[\p{L}'’.-]+\s+){1,3}?)(?:ever\s+|once\s+)?been\s+(?=(?:a|an)\s)/iu,
			'$1was $2',
		),
	// "jsuis plus sûre si…": French chat's "je suis" run together, spelt out so what the asker says of themself is read.
	(text) => text.replace(/(?<![\p{L}'’])(?:jsuis|jsui|chuis|chui|j'suis)(?![\p{L}'’])/giu, 'je suis'),
	// "lapolis te lage prizon an": Creole's "lage" (let go) of a place is leaving it, not releasing it.
	(text) =>
		text.replace(
			/(?<![\p{L}'’])lage(?=\s+(?:(?:tout\s+)?(?:prizon|penitansye|komisarya|pòs|pos|biwo|pò|po)(?![\p{L}'’])))/giu,
			'kite',
		),
	// "moun k te touye Jovenel": Creole's "k" before a marker of tense is "ki", as the lexicon spells it.
	(text) => text.replace(/(?<![\p{L}'’])k(?=\s+(?:te|t|ap|pral|pa|va)\s)/giu, 'ki'),
	// "that r n d d h group": an initialism said letter by letter, as voice typing writes it, is the initialism.
	// (Letters of the Latin alphabet only: "é c t kan" is French chat's "et c'était quand".)
	(text) =>
		text.replace(/(?<![\p{L}'’])[a-z](?:[ .][a-z]){2,}(?![\p{L}'’])/giu, (letters) =>
			letters.replace(/[ .]/g, '').toUpperCase(),
		),
	withLittleWordsSpelt,
	// "feb23", "Dec2022": a month and its year typed as one word are two.
	(text) => text.replace(monthGlued, '$1 $2'),
	// "What did RNDDH warn about back in 2017?": "back" before a year only says it was long ago. (Not "go back in…".)
	(text) =>
		text.replace(
			/(?<!\b(?:go|goes|going|went|gone|come|comes|coming|came|get|got|be|was|were|is|are|been|put|bring|brought)\s+)\bba(?:c?k)\s+(?=in\s+(?:\d{4}|'\d\d)\b)/giu,
			'',
		),
	// "On whose reporting does the claim that… rest?": the verb that says what it rests on asks only whose it is.
	(text) => text.replace(/^(\W*(?:on|upon)\s+whose\s.+?)\s+rest(?:s|ed)?(?=\s*[?!.]*\s*$)/iu, '$1'),
	// "Outlet that broke the guards story?": a kind of party and a clause that says which, asked, asks which one.
	(text) =>
		/\?\s*$/.test(text)
			? text.replace(kindThenClause, (...found) => `which ${String(found.at(-1)?.kind ?? '').toLowerCase()} `)
			: text,
	// "Who is quoted warning of…", "who was cited as saying…": the one quoted doing it is the one doing it.
	(text) => text.replace(/\b((?:is|was|are|were|gets?|got)\s+)(?:quoted|cited)\s+(?:as\s+)?(?=\p{L}+ing\b)/giu, '$1'),
	// "Name both things the gunmen disrupted at the port": which things, asked of what was done to them.
	(text) => text.replace(thingsDoneAsked, '$1what $2'),
	// "Which newspaper does the article cite?", "what news agency is quoted?": one of a kind, asked of the report itself,
	// is any it cites of that kind, as the plural asks.
	(text) =>
		text.replace(
			/^(\W*(?:which|what)\s+)((?:news\s+|media\s+)?(?:newspaper|outlet|website|site|agency|organi[sz]ation|ngo|source|paper))(?:\s+(?:or|and|\/)\s+(?:news\s+)?(?:newspaper|outlet|website|site|agency|paper))?(?=\s+(?:(?:does|did)\s+(?:the\s+)?(?:report|article|piece|story|text)\s+(?:cite|quote|mention|name)|(?:is|was)\s+(?:cited|quoted|mentioned|named)|(?:(?:that|which)\s+)?(?:(?:is|was)\s+)?(?:cited|quoted|mentioned|named)\s+(?:in|by)\b))/iu,
			// ("Which newspaper or agency does the article cite?": either kind of outlet, all of them.)
			(_, opening: string, noun: string) => `${opening}${noun.replace(/y$/iu, 'ie')}s`,
		),
	// "Which of the report's sources are media outlets (not NGOs)?": which of that kind the report cites.
	// ("Of the sources the article relies on, which are media outlets?", "Parmi les sources…, lesquelles sont des
	// médias ?": the sources set first.)
	(text) =>
		text
			.replace(sourcesOfKind, 'which $<kind> does the report cite?')
			.replace(sourcesFirst, 'which $<kind> does the report cite?'),
	// "y/n was Barbecue sanctioned…": the letters that ask for yes or no are those words, not "why" and a name.
	// (Opening the question, they label it as "yes or no:" does; after it, they are read as its tag.)
	(text) => text.replace(/^(\W*)(?:y\/n|yes\/no|o\/n|oui\/non|wi\/non)(?![\p{L}/])\s*:?/iu, '$1yes or no:'),
	// ("…as of Feb 23? y/n + margin": what is asked besides the tag is what the answer's figures give.)
	(text) =>
		text.replace(/(?<=\?\s*(?:y\/n|yes\/no|o\/n|oui\/non|wi\/non))\s*(?:\+|&|and|et|ak)\s*[^?]{1,30}\??\s*$/iu, ''),
	// "sanction regime(s)", "outlet(s)": a plural left open is the plural.
	(text) => text.replace(/(?<=\p{L})\(s\)/gu, 's'),
	// "What part does Kenya play?", "Kenya's part in all this": the part one plays is one's role.
	(text) =>
		text.replace(
			/(?<=\b(?:what|which|whose|their|his|her|its)\s+|['’]s\s+)part(?=\s+(?:in|does|did|do|has|have|had|is|was|will|would)\b)/giu,
			'role',
		),
	// "wat city is the pen even in", "was it even made for 700?": "even" that only stresses asks nothing. (Not "even more",
	// "even worse", the comparison the report itself makes, nor "even if", "even though".)
	(text) => text.replace(stressingEven, ' '),
	// "how much years between…", "how much ppl was it built for": "much" before a plural that counts asks how many.
	(text) =>
		text.replace(
			/\bhow\s+much(?=\s+(?:years|yrs|months|weeks|days|hours|people|ppl|persons|inmates|prisoners|detainees|places|spots|beds|times|guards|officers|unions|sources|outlets|countries)\b)/giu,
			'how many',
		),
	// "wats the alliance called, viv ansanm?", "what is Gazette Haiti, a newspaper, a radio?", "Gazette Haiti se kisa, yon
	// jounal?": a guess after the question asks nothing it does not; the report's word answers either way.
	(text) => text.replace(guessedName, '$1?').replace(guessedKinds, '$1?'),
	// "Is it the truth, yes or no, that…": the words that ask yes or no, set off inside the question, ask nothing else.
	(text) => text.replace(/\s*,\s*(?:yes or no|y\/n|oui ou non|wi oswa non|wi ou non)\s*,\s*/giu, ' '),
	// "faite pr cb", "ya cb de mecs": French and Kreyòl chat's short forms of the words that ask how many, spelt out where the
	// question is split and its cues read, as typed words are.
	(text) =>
		text
			.replace(/(?<!\p{L})cb(?=\s+(?:de|d['’])|\s*[?!]|\s*$)/giu, 'combien')
			.replace(/(?<!\p{L})pr(?=\s+combien\b)/giu, 'pour')
			.replace(/(?<!\p{L})ya(?=\s+(?:combien|eu|des|du|un|une|plus|encore)\b)/giu, 'il y a')
			// (Kreyòl's too: "fet pu kmb moun e kmb ki te ladan l", "A osw B".)
			.replace(/(?<!\p{L})kmb(?!\p{L})/giu, 'konbyen')
			.replace(/(?<!\p{L})pu(?=\s+(?:konbyen|kmb|kenbe|moun)\b)/giu, 'pou')
			.replace(/(?<!\p{L})osw(?!\p{L})/giu, 'oswa'),
	// "Where do matters stand with respect to the force…?": how things stand asks the state of it, not a place.
	(text) =>
		text.replace(
			/^(\W*)where\s+(?:do|does|did)\s+(?:things|matters|we|it)\s+stand\s+(?:with\s+respect\s+to|with\s+regard\s+to|regarding|on|with|in)\s+/iu,
			'$1what is the latest on ',
		),
	// "what does Henry say has to happen first before elections?": what must come before one thing asks no order of two.
	(text) =>
		text.replace(
			/\b(happen|happens|happened|come|comes|came|be done|go|goes|get done|gotta happen)\s+first\s+(?=(?:before|b4|bfore)\b)/giu,
			'$1 ',
		),
	// "who is this barbecue everybody at church keeps talking about": who talks of someone says nothing of who they are.
	(text) =>
		text.replace(
			/^(\W*who\s+(?:is|was|'s|’s)\s+(?:this|that|the)\s+[^,?]+?)\s+(?:(?:that|who|whom)\s+)?(?:everybody|everyone|people|ppl|folks|they|y'all|yall|all my|my)\b[^?]*?\b(?:talk|talks|talking|talkin|saying|sayin|mention|mentions|mentioning|posting|posts|going on)\b[^?]*(\?*)\s*$/iu,
			'$1$2',
		),
	// "Which gang boss did the UN put on the sanctions list?", "…mete sou lis sanksyon yo": put on a sanctions list is
	// sanctioned, no list asked for.
	(text) =>
		text
			.replace(
				/\b(?:put|puts|placed|places|place|added|adds|add)\s+(?:(.{1,40}?)\s+)?(?:on|onto|to)\s+(?:the|a|their|its)\s+sanctions?\s+lists?\b/giu,
				(_, who?: string) => `sanctioned${who ? ` ${who}` : ''}`,
			)
			.replace(
				/(?<!\p{L})mete\s+(?:(.{1,40}?)\s+)?sou\s+lis\s+sanksyon(?:\s+(?:yo|la|an))?(?!\p{L})/giu,
				(_, who?: string) => `sanksyone${who ? ` ${who}` : ''}`,
			),
	// "By how many years does RNDDH's 2017 warning predate Moïse's assassination?": how long one thing came before another
	// is how long passed between them.
	(text) =>
		text.replace(
			/^(\W*)(?:by\s+)?how\s+(many\s+\p{L}+|much\s+time|long)\s+(?:does|did|do)\s+(.+?)\s+(?:predate|precede|antedate|come\s+before|postdate|follow|come\s+after)\s+(.+?)([?!.]*)\s*$/iu,
			'$1how $2 between $3 and $4$5',
		),
	// "The article calls Haiti the poorest country in which part of the world?": what the report calls a name is what it
	// says the name is.
	(text) =>
		text.replace(
			/^(\W*)(?:[Tt]he\s+)?(?:[Aa]rticle|[Rr]eport|[Pp]iece|[Ss]tory|[Tt]ext|[Ii]t)\s+(?:calls|called|describes|described|labels|labelled|labeled|terms|dubs)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)\s+(?:as\s+)?(?=(?:the|a|an)\s)/u,
			'$1$2 is ',
		),
	// "who is the president they kill in 2021", "…that the gangs killed": someone a deed was done to, asked who they are,
	// is asked of the deed in the passive.
	(text) =>
		text.replace(
			/^(\W*who\s+(?:is|was)\s+the\s+\p{L}+)\s+(?:that\s+|whom\s+)?(?:they|people|someone|somebody|the gangs|gangs|gunmen)\s+(?!(?:call|calls|called|name|names|named|dub|dubbed|nickname|nicknamed)\b)(\p{L}+)\b/iu,
			(found: string, asked: string, verb: string) => {
				const done = englishTags(verb.toLowerCase()).includes('VBN') ? verb : pastParticiple(verb.toLowerCase());
				return done ? `${asked} who was ${done}` : found;
			},
		),
	// "who the president of haiti rn", "who president of haiti": chat leaves out the "is" of a title asked of now.
	(text) => text.replace(/^(\W*)(?:who|whos|who's)\s+(?:the\s+|da\s+|tha\s+)?(?=\p{L}+\s+of\s)/iu, '$1who is the '),
	// "the guys accused of killing jovenel, where they at rn?", "Barbecue, who is he?": a topic set before the question,
	// taken up by a pronoun that ends it, is what it asks of.
	(text) =>
		text.replace(
			/^(\W*)([^,?]{3,80}?),\s*(where|who|what)\s+(?:(is|are|was|were)\s+(they|he|she|it)|(they|he|she|it)\s+at)(\s+(?:now|rn|today))?\s*([?!.]*)\s*$/iu,
			(...found: string[]) => {
				const [, opening, topic, asking, verb, , bare, when, end] = found;
				const be = verb ?? (bare?.toLowerCase() === 'they' ? 'are' : 'is');
				return `${opening}${asking} ${be} ${topic}${when ?? ''}${end}`;
			},
		),
	// "Pou konbyen moun prizon an te fèt?", "…yo te fè prizon an?": what was made for how many was built for them (not
	// "fèt", a feast or what took place).
	(text) =>
		/(?<!\p{L})pou\s+(?:konbyen|kombyen)(?!\p{L})/iu.test(text)
			? text.replace(/(?<!\p{L})f[eè]t(?=[\s?!.]*$)|(?<=(?<!\p{L})te\s+)f[eè](?!\p{L})/iu, 'bati')
			: text,
	// "the pen was made for how many ppl?": made, designed or meant for a number is what it was built for.
	(text) =>
		text.replace(
			/\b(?:made|designed|meant|intended|constructed)(?=\s+(?:to\s+hold\s+|for\s+)how\s+many\b)/giu,
			'built',
		),
	// "…was it built for tho": "though" closing a question only marks it as chat.
	(text) => text.replace(/[,\s]+(?:tho|though)(?=[\s?!.]*$)/iu, ''),
	// "What sort of outfit is this RNDDH — a government office, a newspaper, or what?": the kinds the asker offers as
	// guesses ask nothing the kind asked does not; the report's word for it answers either way.
	(text) =>
		text.replace(
			/^(\W*(?:what|which)\s+(?:sort|kind|type)\s+of\s+[^—–,:;?]+?)\s*[—–,:;-]\s*(?:an?|the)\s+[^?]*\bor\b[^?]*\?*\s*$/iu,
			'$1?',
		),
	// "exact # of inmates": the sign standing alone is the word "number".
	// ("# escapees so far?": the number of them, the "of" left out.)
	(text) =>
		text
			.replace(/(?<=^|\s)#\s+(?!(?:of|for|in|on|to|from|at|by|with)\b)(?=\p{L})/gu, 'number of ')
			.replace(/(?<=^|\s)#(?=\s|$)/gu, 'number'),
	// "Could the bot set out, in order, …", "can you list…": a request put as a question asks what its verb asks.
	(text) =>
		text.replace(
			/^(\W*)(?:could|can|would|will)\s+(?:you|u|ya|the bot|bot|sitrep)\s+(?:please\s+|pls\s+|kindly\s+)?(?=(?:list|give|put|set|arrange|sort|tell|show|name|lay|order|rank|summari[sz]e|outline|provide|walk|break)\b)/iu,
			'$1',
		),
	// "Barbecue a-tu été sanctionné…?", "c'est-tu vraiment le pays le plus pauvre?": Quebec French asks yes or no with "-tu"
	// after a verb of the third person; without it, and asked as yes or no, the question is French's own. (Not "sais-tu",
	// "peux-tu": the second person's "tu" is its subject. Nor beside a question word: "Henry était où…, y'était-tu au
	// pays?" asks where.)
	// ("c tu les states ou le canada qui…": offered two, it asks which, as French asks it without "tu".)
	(text) =>
		quebecTu.test(text) && !frenchQuestionWords.test(fold(text))
			? // ("Si chaque place…, ça aurait-tu été assez…?": what is supposed is asked as it stands.)
				/^\W*si\s/iu.test(text)
				? text.replace(new RegExp(quebecTu, 'gu'), '')
				: `${text.replace(new RegExp(quebecTu, 'gu'), '').replace(/[\s?!.]*$/u, '')}, oui ou non ?`
			: quebecTuApart.test(text)
				? withoutQuebecTu(text)
				: text,
	// "Barbecue, y faisait quoi avant…": spoken French's "y" for "il" before the verb it is the subject of.
	(text) =>
		text.replace(
			/(?<![\p{L}'’])(?<!\bil\s+)y(?=\s+(?:faisait|fait|était|etait|est|avait|allait|va|disait|dit|voulait|veut|pouvait|peut)\b)/giu,
			'il',
		),
	// "time btw Moise assassination & the Dec 2022 deal", "moise killing → henry exit deal: how many months apart?": an
	// ampersand or an arrow between two things joins them as "and" does.
	(text) => text.replace(/(?<=\p{L}[.)]?\s*)(?:&|→|⟶|->|=>)(?=\s*\p{L})/gu, ' and '),
	// "The warning v. the Moïse killing": the abbreviation's dot ends no sentence.
	(text) => text.replace(/(?<=\s)v\.(?=\s+\p{L})/giu, 'vs'),
	withInitialsJoined,
	withSpokenYears,
	withParticipleEnding,
	withoutChatOpening,
	// "What day was it the hoodlums went after the prison?", "who was it that said…": the cleft asks what its clause asks.
	(text) =>
		text.replace(
			/^(\W*(?:(?:what|which)\s+\p{L}+(?:\s+of\s+the\s+week)?|when|where|who|why))\s+(?:was|is)\s+it\s+(?:that\s+)?(?=(?:the|them|they|he|she|those|these|\p{Lu})\b)/u,
			'$1 ',
		),
	// "How is called the gang alliance?", "how is the alliance called?": a calque of French and Spanish ("comment
	// s'appelle", "cómo se llama") that asks a name, not a manner.
	(text) =>
		text
			.replace(/^(\W*)how\s+(is|are|was|were)\s+called\s+/iu, '$1what $2 the name of ')
			.replace(/^(\W*)how\s+(is|are|was|were)\s+([^?]{1,60}?)\s+called(?=\s*[?!.]*\s*$)/iu, '$1what $2 $3 called'),
	personNameAsked,
	countOfDescribed,
	// "…was moise killed again (need it for my seminar paper lol)": an aside in brackets about the asker asks nothing.
	(text) => text.replace(askersAside, ' '),
	// "which news outlets (not the NGO) reported…": an aside in brackets that only rules out another kind asks nothing.
	(text) => text.replace(rulingOutAside, ' '),
	// "Combien de médias (journaux, agences, sites) l'article cite-t-il ?": examples of the kind asked add no other.
	(text) => text.replace(examplesAside, ''),
	withoutSayingTail,
	withoutNameRequest,
	withoutDoubtingTail,
	withoutAnswerInstruction,
	// "How many days between the two? Or did it all happen at once like they imply": the other way the asker offers,
	// after the question is asked, asks nothing of its own.
	(text) => text.replace(orAfterQuestion, ''),
	afterLongTelling,
	withoutPoliteOpening,
	(text) => text.replace(calledOpening, '$<name>'),
	// "Was the man called Barbecue ever a policeman?": one described by the name they go by is the one named.
	(text) => text.replace(describedByName, ''),
	// "what if Henry resigns, who takes over?": a supposition, then the question asked under it.
	(text) => text.replace(whatIfOpening, 'if '),
	// "pen's in PAP right?", "Henry's still in power?": before where or how things stand, "'s" is "is", no owner's.
	(text) => text.replace(isContracted, '$1 is '),
	// "the PMs first name", "the UNs sanctions": capitals with an "s" between "the" and a noun or its adjective are
	// chat's owner, its apostrophe left out ("the NGOs cited" stays a plural).
	(text) =>
		text.replace(/(?<=\bthe\s+)(\p{Lu}{2,})s(?=\s+(\p{Ll}+))/gu, (typed, capitals: string, next: string) =>
			/^(?:NN|JJ)/.test(englishTags(next)[0] ?? '') ? `${capitals}’s` : typed,
		),
	// "where did the thing about the crossfire come from?": chat's "thing about" is a claim about it.
	(text) => text.replace(/\bthe\s+(?:thing|stuff|bit)\s+(?=about\b)/giu, 'the claim '),
	// "Qui est Jimmy Sergier, genre c'est un politicien ?": a guess at what someone is, after who they are is asked.
	(text) =>
		text.replace(
			/^(\W*(?:qui|who)\s+(?:est|is|was|etait|était)\s+[^,?]{2,60}?)\s*,\s*(?:genre\s+|comme\s+)?(?:c['’]est|il est|elle est)\s+(?:un|une)\s+[^?,]{2,40}?\s*(\?*)\s*$/iu,
			'$1$2',
		),
	// "Through which outlet did we hear that…", "from what source do we learn…": how we know it is who reported it.
	(text) =>
		text.replace(
			/(?<=\b(?:which|what|whose)\s+(?:\p{L}+\s+){0,2})(?:did|do|have|had)\s+we\s+(?:hear|heard|learn|learned|learnt|find\s+out|found\s+out|get|got)\b/giu,
			'reported',
		),
	// "Yon oditè nan Tòbèk vle konnen: ki jou…", "a listener in Jacmel asks: …": who wants to know, before a colon, is
	// no part of what they ask.
	(text) => text.replace(wantsToKnow, ''),
	// "grann ap mande si se prizon ki pi gwo a…", "my aunt asks if the guards left": whether, asked for someone, is asked.
	(text) =>
		text.replace(asksWhether, (found, who: string, verb: string) =>
			// (Creole's "li" too, before "mande si"; before "di" it may be the one asked about: "li di kisa?".)
			!relayer(who.toLowerCase()) && who.toLowerCase() !== 'li'
				? found
				: /^(?:ap\s+)?(?:mande|vle)/iu.test(verb)
					? 'eske '
					: /^demande/iu.test(verb)
						? 'est-ce que '
						: 'is it true that ',
		),
	// "over the last few days", "in the past couple of days": the report's "in recent days".
	(text) =>
		text.replace(
			/\b(?:over|in|during|for)\s+the\s+(?:last|past)\s+(?:few|couple(?:\s+of)?|several)\s+days\b/giu,
			'in recent days',
		),
	// "What preceded the siege?", "what followed it?": what happened before or after it.
	(text) =>
		text
			.replace(/\b((?:what|which)(?:\s+events?)?)\s+(?:preceded|precedes|came\s+before)\b/giu, '$1 happened before')
			.replace(/\b((?:what|which)(?:\s+events?)?)\s+(?:followed|follows|came\s+after)\b/giu, '$1 happened after'),
	// "…still 'coming soon', like a Southern Rail train?": a likeness to a named thing, closing the question, asks
	// nothing. (Not a guess at what is asked: "like a former pm or smth?".)
	(text) =>
		text.replace(/,\s*(?:just\s+)?like\s+(?:a|an)\s+(?![^,?]*\bor\b)[^,?]{0,20}\p{Lu}[^,?]{0,30}?(?=\s*\?*\s*$)/u, ''),
	// "Even as Paul and Silas did not flee when the doors opened, why did…": a likeness the asker draws first asks nothing.
	// ("Like Isaiah answering 'Here am I, send me,' which nation…": one drawn with a person doing something, quoted
	// words and all.)
	(text) =>
		text.replace(
			/^\W*(?:(?:even|just)\s+as\s+|like\s+(?=\p{Lu}\p{L}+\s+\p{L}+ing\b))(?:'[^']*'|"[^"]*"|‘[^’]*’|“[^”]*”|[^,?'"‘“]){3,120}?(?:,|(?<=,['"’”]))\s*(?=\p{L})/iu,
			'',
		),
	// "a portion of the prisoners", "a fraction of the inmates": some of them, however many.
	(text) => text.replace(/\ba\s+(?:portion|fraction|section|segment|subset)\s+of\b/giu, 'some of'),
	// "…headcount? Asking for a chronically understaffed friend.": chat's joke after the question asks nothing.
	(text) => text.replace(/(?<=\?)\s*(?:just\s+)?asking\s+for\s+(?:a|my)\s+(?:[\p{L}-]+\s+){0,3}friend\b[^?]*$/iu, ''),
	// "What did the officers do when the gangs attacked?": what they did is asked; when is the scene it was done in.
	(text) => text.replace(sceneOfDeed, '$1$2'),
	// "the officers posted at the penitentiary": posted at a place is being there, not publishing anything.
	(text) => text.replace(/\s(?:posted|stationed)(?=\s+(?:at|outside|near|inside|around)\b)/giu, ''),
	// "the port thing", "that sanctions stuff": chat's word for whatever it was is only the noun before it.
	// ("the homicides doublin thing": a word or two more before it, too.)
	(text) =>
		text.replace(/(?<=\b(?:the|that|this)(?:\s+\p{L}{3,}){1,3})\s+(?:thing|stuff|thingy|thingie|thingamajig)\b/giu, ''),
	// "Did the claim that the guards abandoned the prison come from Reuters?": whether that one reported it.
	(text) =>
		text.replace(
			/^(\W*)(?:did|does|do)\s+(?:the\s+(?:claim|story|report|news|info|word|idea)\s+(?:that|about)\s+)?(.{8,}?)\s+(?:come|originate)\s+from\s+([^?]{2,40}?)\s*(\?*)\s*$/iu,
			'$1did $3 report that $2$4',
		),
	// "mad inmates got let out": chat's "mad" before a plural is "many".
	(text) => text.replace(/\bmad\s+(?=\p{L}{3,}s\b)/giu, 'many '),
	// "Est-ce bien l'ONU qui a dit…", "c'est bien lui qui…": "bien" only insists that it is so.
	// (Only before what it puts in focus: "c'est bien ça ?" asks whether it is so.)
	(text) => text.replace(/\b(est-ce|c['’]est|c['’]était)\s+bien\s+(?=[^,?]{1,40}?\bqu(?:i|e|['’]))/giu, '$1 '),
	// "When was the hand-over supposed to take place?": to take place is to happen, and names no place.
	(text) =>
		text.replace(/\b(take|takes|took|taken|taking)\s+place\b/giu, (_, verb: string) =>
			/^(?:took|taken)$/iu.test(verb)
				? 'happened'
				: /^takes$/iu.test(verb)
					? 'happens'
					: /^taking$/iu.test(verb)
						? 'happening'
						: 'happen',
		),
	// "…in power at the moment of the agreement": the time of an event, not the filler "at the moment" (now).
	(text) => text.replace(/\bat\s+the\s+moment\s+(?=of\b)/giu, 'at the time '),
	// "Why did some of the prisoners not even try to run?", "why didnt they just run": to run, with nothing run, is to
	// get away.
	(text) =>
		text
			.replace(
				/\b(try|tried|trying|tryna)\s+(?:to\s+|and\s+)?run\b(?!\s+(?:the|a|an|his|her|their|its|this|that|things|it|them|for|as)\b)/giu,
				(_, tried: string) => (/^tryna$/iu.test(tried) ? 'trying to escape' : `${tried} to escape`),
			)
			.replace(
				/(?<=\b(?:just|even|not|didnt|didn['’]t|all)\s+)run(?:\s+(?:away|off|out))?(?=\s*(?:[,.?!;]|$))/giu,
				'escape',
			),
	// "Name everyone who sanctioned Barbecue, full list", "list every actor that's sanctioned him": who did it, all of
	// them, as "who sanctioned him" answers.
	(text) =>
		text
			.replace(
				/^(\W*)(?:(?:pls|please|plz)\s+)?(?:name|list|tell\s+me|give\s+me)\s+(?:every(?:one|body)|all\s+(?:those|the\s+ones|of\s+those)|every\s+(?:actor|party|body|entity|one|group|organi[sz]ation))\s+(?:who|that)(?:['’]s|\s+has|\s+have)?\s+(?=\p{L})/iu,
				'$1who ',
			)
			.replace(
				/[,;:—–-]\s*(?:(?:a|the|in\s+a)\s+)?(?:full|complete|whole|entire)\s+list(?:\s+(?:pls|please|plz))?\s*([?!.]*)\s*$/iu,
				'$1',
			),
	// "…the PM these gangs wanna yeet", "yeet the government": chat's "yeet" with someone yeeted is to oust them
	// (alone, "the inmates yeeted", it is to flee, as the text-speak lexicon has it).
	(text) =>
		text
			.replace(
				/\byeet(ed|ing)?\b(?=\s+(?:the|him|her|them|that|this|their|these|those|his|\p{Lu}))/gu,
				(_, ending = '') => (ending === 'ed' ? 'ousted' : ending === 'ing' ? 'ousting' : 'oust'),
			)
			.replace(
				/(?<=\b(?:wanna|want\s+to|wants\s+to|tryna|trying\s+to|gonna|going\s+to)\s+)yeet(?=\s*(?:[?.!,]|$))/giu,
				'oust',
			),
	// "the human rights grp that counted the prisoners wat its name": the name of what is named first.
	(text) =>
		text.replace(
			/^(\W*)(?!(?:who|whos|what|whats|which|when|where|why|how)\b)(\p{L}[^?]{2,80}?)[\s,—–-]+(?:wat|what|whats|what['’]s|wats)\s+(?:is\s+)?(?:its|it['’]s|their|his|her)\s+name\s*(\?*)\s*$/iu,
			'$1what is the name of $2?',
		),
	// "rnddh number feb 23, exact fig pls": a figure named, then asked for exactly, asks the figure.
	(text) =>
		/(?<!\p{L})(?:number|figure|count|tally|stat|total)(?!\p{L})/iu.test(text) &&
		!/\bhow\s+(?:many|much)\b/iu.test(text)
			? text.replace(
					/[,;—–-]\s*(?:the\s+|an?\s+)?(?:exact|precise|hard|actual|specific)\s+(?:fig|figure|number|#|count|no\.?|nb)s?(?:\s+(?:pls|please|plz))?\s*([?!.]*)\s*$/iu,
					'$1',
				)
			: text,
	// "how many ppl escaped?? like the exact #": asked for exactly after a count is asked, it asks nothing more.
	(text) =>
		/\bhow\s+(?:many|much)\b/iu.test(text)
			? text.replace(
					/([?!.]*)[?,;—–-]\s*(?:like\s+)?(?:the\s+|an?\s+)?(?:exact|precise|actual|specific)\s+(?:fig|figure|number|#|count|no\.?|nb)s?(?:\s+(?:pls|please|plz))?\s*[?!.]*\s*$/iu,
					'$1?',
				)
			: text,
	// "who's PM per the article, first + last name pls", "whats the prison called…, forgot the name": the name asked
	// again after a question that asks it already.
	(text) =>
		/(?<!\p{L})(?:who|whos|who['’]s|what|whats|what['’]s|wat|wats)(?!\p{L})/iu.test(text)
			? text.replace(
					/[,;—–-]\s*(?:(?:i\s+)?forgot\s+(?:the|his|her|its|their)\s+name|(?:his\s+|her\s+|the\s+)?(?:(?:first|full|real)\s*(?:(?:\+|and|&|n)?\s*last\s*)?names?|first\s*(?:\+|and|&|n)?\s*last)(?:\s+(?:pls|please|plz))?)\s*([?!.]*)\s*$/iu,
					'$1',
				)
			: text,
	// "r the ppl who kill moise in that same prison too??", "moun ki te touye Jovenel yo": those who killed someone are
	// their killers, as the report's "perpetrators" have it.
	(text) =>
		text
			.replace(
				/\b(?:the\s+)?(?:ppl|people|ones|men|guys|persons|folks|individuals|those)\s+(?:who|that)\s+(?:(?:has|have|had)\s+)?(?:kill(?:ed)?|murder(?:ed)?|assassinated?|shot)\s+(?=\p{L})/giu,
				'the killers of ',
			)
			.replace(/\bmoun\s+ki\s+(?:te\s+)?(?:touye|asasinen|asasine|tiye)\s+(?=\p{L})/giu, 'asasen '),
	// "What was holding them back?", "what held the prisoners back?": what kept someone from a deed asks why they were
	// reluctant.
	(text) =>
		text.replace(
			/\bwhat\s+(?:was\s+|is\s+|has\s+been\s+)?(?:held|holding|holds|kept|keeping|keeps)\s+(them|him|her|the\s+[\p{L}\s]{2,30}?)\s+back\b/giu,
			(_, who: string) =>
				`why ${/^them$/iu.test(who) ? 'were they' : /^him$/iu.test(who) ? 'was he' : /^her$/iu.test(who) ? 'was she' : `were ${who}`} reluctant`,
		),
	// "who warning the attacks… gonna escalate": chat's "who" and a verb's "-ing" form without the auxiliary between.
	(text) =>
		text.replace(/^(\W*(?:who|what))\s+(?=(\p{L}+ing)\b)/iu, (found, asking: string, verb: string) =>
			englishTags(verb.toLowerCase()).includes('VBG') ? `${asking} is ` : found,
		),
	// "Which group first sounded the trumpet back in 2017?", "rang the bell", "raised a red flag": a warning given.
	(text) =>
		text.replace(
			/\b(sound|sounded|sounds|sounding|ring|rang|rings|ringing|raise|raised|raises|raising|blow|blew|blows|blowing)\s+(?:the|a|an)\s+(?:alarm|trumpet|bell|siren|horn|red\s+flag|whistle|klaxon)s?\b/giu,
			(_, verb: string) =>
				/ing$/iu.test(verb)
					? 'warning'
					: /(?:ed|rang|blew)$/iu.test(verb)
						? 'warned'
						: /s$/iu.test(verb)
							? 'warns'
							: 'warn',
		),
	// "Which nation offered to lead that foreign armed force meant to help the Haitian police?": what the thing named
	// last is meant for, closing the question, only says which thing it is.
	// (Only after a verb of the question's own: "what was the prison meant to hold?" asks what it is meant for.)
	(text) =>
		text.replace(
			/^(\W*(?:which|what|who|whom)\b[^?]*?\b(?!(?:is|was|are|were|be|been|being|it|they)\b)\p{L}{3,})\s+(?:meant|intended|designed|supposed)\s+to\s+[^?,]{3,60}?(\?*)\s*$/iu,
			(found, asked: string, mark: string) =>
				asked
					.split(/\s+/)
					.slice(1, -1)
					.some((word) => !copulas.test(word) && /^VB[DPZ]?$/.test(englishTags(word.toLowerCase())[0] ?? ''))
					? `${asked}${mark}`
					: found,
		),
	// "Zafè pò prensipal la, kisa…", "quant à la prison, combien…", "as for the port, what…": the word that opens a topic
	// before a comma only says it is the topic, which the question takes up.
	(text) =>
		text.replace(
			/^(\W*)(?:zaf[eè]|kons[eè]nan|kanta(?:\s+pou)?|quant\s+(?:à|a)u?x?|pour\s+ce\s+qui\s+est\s+d(?:e|u|es)|as\s+for|as\s+regards|regarding|concerning)\s+(?=[^,?]{2,60},\s*\p{L})/iu,
			'$1',
		),
	// "hw many police unions asked for reinforcements, was it 2 or 3?": the answers the asker guesses between, after the
	// question that asks it, are no question of their own.
	(text) =>
		/^\W*(?:how|hw|who|whos|which|wich|when|wen|where|what|wat)\b/iu.test(text)
			? text.replace(
					/[,;—–-]\s*(?:(?:so|or)\s+)?(?:was|is|were|are)\s+(?:it|that|they|he|she)\s+[^,?]{1,30}?\s+or\s+[^,?]{1,30}?\s*(\?*)\s*$/iu,
					'?',
				)
			: text,
	// "the people who were there to guard the prison", "moun ki te la pou veye prizon an": those whose task it was to
	// guard a place are its guards, as the report's "officers guarding the prison" are.
	(text) =>
		text
			.replace(
				/\b(?:the\s+)?(?:people|ones|men|persons|folks|those)\s+(?:who|that)\s+(?:were|was)\s+(?:there\s+|on\s+duty\s+)?(?:to|supposed\s+to|meant\s+to|tasked\s+to|assigned\s+to)\s+(?:guard|protect|watch\s+over|secure)\b/giu,
				'the officers guarding',
			)
			.replace(/\bmoun\s+ki\s+te\s+la\s+pou\s+(?:veye|gade|pwoteje)\b/giu, 'ajan ki t ap veye'),
	// "ok the old folks at church fighting about it again lol, what day…": a remark closed by chat's laugh, before the
	// question word, sets the scene and asks nothing.
	(text) =>
		text.replace(
			/^(?!\W*(?:who|what|when|where|why|which|how|did|does|do|is|are|was|were)\b)[^?]{3,120}?\b(?:lol|lmao|lmfao|haha+|smh|ngl)\s*[,.!:—–-]+\s*(?=(?:so\s+|but\s+)?(?:who|what|when|where|why|which|how)\b)/iu,
			'',
		),
	// "henry's time was supposed to be up", "his time is up": one whose time is up is due to leave.
	(text) =>
		text.replace(
			/\b([\p{L}]+)(?:['’]s)?\s+time\s+(?:was|is|were)\s+(?:supposed\s+to\s+be\s+|meant\s+to\s+be\s+|already\s+)?up\b/giu,
			(_, whose: string) =>
				`${/^(?:his|her)$/iu.test(whose) ? (whose.toLowerCase() === 'her' ? 'she' : 'he') : /^their$/iu.test(whose) ? 'they' : whose} was supposed to leave`,
		),
	// "ex-military", "ex cop": what someone was before, as "former" says it.
	(text) => text.replace(/\bex[- ](?=\p{L}{3,})/giu, 'former '),
	// "who is pushing the line that…", "pushed the narrative that…": arguing that it is so.
	(text) =>
		text.replace(
			/\b(push|pushes|pushed|pushing)\s+(?:the\s+)?(?:line|narrative|idea|argument|claim|story)\s+that\b/giu,
			(_, verb: string) =>
				`${/ing$/iu.test(verb) ? 'arguing' : /ed$/iu.test(verb) ? 'argued' : /es$/iu.test(verb) ? 'argues' : 'argue'} that`,
		),
	// "how old is that number", "that 3687 number how old is it": the age of a figure asks when it is from.
	(text) =>
		text
			.replace(
				/^(\W*)((?:the|that|this)\s+[^?]{0,30}?\b(?:number|figure|count|data|stats?|estimate|headcount|tally))\s+how\s+old\s+is\s+(?:it|that|this)\b/iu,
				'$1when is $2 from',
			)
			.replace(
				/\bhow\s+old\s+is\s+((?:the|that|this)\s+[^?]{0,30}?\b(?:number|figure|count|data|stats?|estimate|headcount|tally))\b/giu,
				'when is $1 from',
			),
	// "how many prisoners more than places", "konbyen prizonye an plis": the "more" said after what is counted asks
	// how many more of it, as it does before.
	(text) =>
		text
			.replace(/\b(how\s+many)\s+(?!times\b)(\p{L}{3,})\s+more\b/giu, '$1 more $2')
			.replace(/\b(konbyen|konbe|kb)\s+(?!fwa\b)(\p{L}{3,})\s+(?:an\s+)?plis\b/giu, '$1 plis $2'),
	// "people who lost their lives to violence", "moun ki pèdi lavi yo": those whose lives were taken were killed, as
	// the report's homicides are.
	(text) =>
		text
			.replace(/\b(?:lost|lose|loses|losing)\s+(?:their|his|her|its)\s+(?:lives|life)\b/giu, 'were killed')
			.replace(/\bp[eè]di\s+lavi\s*(?:yo|li|l)?\b/giu, 'were killed'),
	// "Which nation proposed itself to take the command…": a party that offers itself to do a thing offers to do it.
	(text) => text.replace(/(?<=\b\p{L}{3,}(?:ed|es)\s+)(?:itself|himself|herself|themselves)\s+(?=to\s+\p{L})/giu, ''),
	// "money-wise", "security-wise": "-wise" only says "as for" what it follows.
	(text) => text.replace(/(?<=\p{L}{3})-wise\b/giu, ''),
	// "which party has refrained from commenting?": keeping from doing it is not doing it.
	(text) => text.replace(keptFrom, 'not '),
	// "murders doubling stat, whose numbers?": a "whose" after a comma that ends the message asks it of what comes before.
	(text) => text.replace(whoseAfterThing, 'whose $<owned> is $<thing>'),
	// "did Barbecue use to be a cop?": asked of what someone used to be, as "Barbecue used to be a cop?" is.
	(text) => text.replace(didUseTo, '$1 used to '),
	// ("barbecue used 2 be a cop or nah?": chat's spellings of what someone used to be, as the text-speak lexicon has them.)
	(text) => text.replace(usedToBe, 'used to be'),
	(text) => text.replace(beforeTheChange, '$1'),
	subjectTakenUp,
	subjectInPlace,
	objectInPlace,
	agentCountInPlace,
	pronounOfSubject,
	ownerAsked,
	copulaInFront,
	positiveOpening,
	// "For the folks who've never heard of RNDDH, what kind of group is it?": who the question is for names its topic.
	(text) => text.replace(forNewcomers, '$<topic>, '),
	topicTakenUp,
	withoutReportSaying,
	questionFirst,
	withoutOnlyAlternative,
	withoutAskingAside,
	withoutExclusionAside,
	claimAskedOfWhom,
	numberOfOpening,
];

/**
 * "What's the name of the guy in charge of the pen?": the name of a person described asks who they are, as "who is the
 * guy in charge of the pen?" does.
 *
 * @example
 * personNameAsked("what's the name of the guy in charge of the pen"); // 'who is the guy in charge of the pen'
 */
function personNameAsked(text: string): string {
	const found = nameOfPerson.exec(text);
	const noun = found?.groups?.noun;
	if (!found || !noun || !personNouns().has(fold(noun))) return text;
	// (In the tense asked: "what was the name of the president who was killed" asks who was.)
	const copula = /^(?:was|were)$/i.test(found.groups?.copula ?? '') ? 'was' : 'is';
	return `who ${copula} the ${text.slice(found[0].length - noun.length)}`;
}

const nameOfPerson =
	/^\W*(?:what|wat|whats|wats|what['’]s)\s+(?:(?<copula>is|was|s)\s+)?(?:the|da)\s+(?:(?:full|real|actual|exact)\s+)?name\s+of\s+(?:the|this|that|da|dat)\s+(?<noun>\p{L}+)/iu;

/**
 * "The police unions that asked for help, how many are there?", "les syndicats qui ont demandé de l'aide, ils sont
 * combien ?": what is counted, described first, then asked how many of; read as "how many police unions asked for
 * help?".
 *
 * @example
 * countOfDescribed('the prisoners who escaped, how many were they?'); // 'how many prisoners escaped?'
 */
function countOfDescribed(text: string): string {
	// "Police unions: how many called for help?", "Syndicats PNH : combien ont lancé l'appel ?": a plural set before a
	// colon or dash, then "how many" and a verb, is what is counted.
	const topic = pluralThenCounted.exec(text);
	if (topic?.groups?.noun && topic.groups.asking && /\p{L}{2}[sx](?!\p{L})/u.test(topic.groups.noun)) {
		const { lead = '', noun, asking } = topic.groups;
		const of = /^combien$/iu.test(asking) ? ' de' : '';
		return `${lead}${asking}${of} ${noun} ${text.slice(topic[0].length)}`;
	}
	const found = describedThenCounted.exec(text);
	const { noun, clause, asking } = found?.groups ?? {};
	// (A plural counted: "the prisoners", "les syndicats de police".)
	if (!found || !noun || !clause || !asking || !/\p{L}{2}[sx](?:\s|$)/u.test(noun)) return text;
	return `${asking} ${noun} ${clause}?`;
}

/** A plural set before a colon or dash, then "how many" and a verb: "police unions: how many called…". */
const pluralThenCounted =
	/^(?<lead>\W*)(?<noun>(?!(?:how|what|which|who|combien|konbyen|quel)\b)(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)\s*[:—–-]\s*(?<asking>how many|combien|konbyen)\s+(?=(?:of them\s+)?(?:have|has|had|did|were|was|are|is|ont|avaient|sont|te|ki)\b|\p{L}+ed\b)/iu;

const describedThenCounted =
	/^\W*(?:the|les|le|la|l['’]|des)?\s*(?<noun>(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:who|that|which|qui|ki)\s+(?<clause>[^,?]{3,80}?)(?:\s*[,:;—–-]\s*|\s+(?=(?:ils|elles|yo)\s))(?:(?:et|and|ak|so)\s+)?(?:(?:ils|elles|yo)\s+(?:sont|étaient|etaient|ete)\s+)?(?<asking>how many|combien|konbyen|kombyen)(?:\s+(?:are there|were there|are they|were they|of them|sont-ils|étaient-ils|yo ye|yo te ye|te genyen))?\s*\??\s*$/iu;

/** Words for the asker, in the three languages, folded: "my", "mwen", "je"… */
export const askerWords: ReadonlySet<string> = new Set(
	'i im me my mine we us our mwen m nou je j moi mon ma mes nous'.split(' '),
);

/** One of `askerWords` as a word of a text (before an apostrophe too: "j'ai", "i'm"). */
export const askerWordPattern = String.raw`(?<![\p{L}'’])(?:${[...askerWords].join('|')})(?!\p{L})`;

/** "Name both things…", "list the two things…": an order to name the few things something was done to, "what things…". */
const thingsDoneAsked =
	/^(\W*)(?:name|list|give(?:\s+me)?|tell\s+me)\s+(?:the\s+)?(?:both|two|three|2|3)\s+(?:of\s+the\s+)?(things|items|targets)\b(?=\s+(?:that\s+|which\s+)?(?:the\s+)?\p{L}+\s+\p{L}+ed\b)/iu;

/**
 * Brackets after a noun that list a few kinds of it, as examples, with no article: "médias (journaux, agences, sites
 * web)". (Not "(the attack, the inmate count…)", the things asked.)
 */
const examplesAside =
	/(?<=\p{L})\s*\((?:(?!(?:the|a|an|le|la|les|l['’])\b)[\p{L}'’-]+(?:\s[\p{L}'’-]+)?,\s*)+(?:(?:and|or|et|ou|ak)\s+)?(?!(?:the|a|an|le|la|les|l['’])\b)[\p{L}'’-]+(?:\s[\p{L}'’-]+)?\)/giu;

/** Brackets that only rule out another kind: "(not the NGO)", "(as opposed to UN bodies)", "(sauf l'ONU)". */
const rulingOutAside =
	/\s*\((?:not|as opposed to|rather than|excluding|except|other than|apart from|besides|pas|sauf|hors|non|pa)\s[^()]{1,60}\)/giu;

/** Brackets around words of the asker's own ("my", "I", "mwen", "je"…). */
const askersAside = new RegExp(String.raw`\s*\((?=[^()]*${askerWordPattern})[^()]{1,80}\)`, 'giu');

/**
 * "The officers who were supposed to be guarding the prison": who they are, by what they were doing;
 * read as "the officers guarding the prison", not as something that was due.
 */
const dutyOngoing =
	/(?<=\p{L})\s+(?:who|that)\s+(?:were|was|are|is)\s+(?:supposed|meant|expected)\s+to\s+be(?=\s+\p{L}+ing\b)/giu;

/**
 * "The policemen who was supposed to watch over the penitentiary": the same duty with its verb bare, read as
 * "the policemen watching over the penitentiary".
 */
const dutyToDo =
	/(?<=\p{L})\s+(?:who|that)\s+(?:were|was|are|is)\s+(?:supposed|meant|expected)\s+to\s+(?!be\b)(\p{L}+)/giu;

/** A verb's "-ing" form, by English's spelling rules: "watch" → "watching", "guide" → "guiding", "tie" → "tying". */
function gerund(verb: string): string {
	if (/ie$/iu.test(verb)) return `${verb.slice(0, -2)}ying`;
	if (/[^e]e$/iu.test(verb)) return `${verb.slice(0, -1)}ing`;
	return `${verb}ing`;
}

/**
 * Reads a question or message: removes Discord markup and chat fillers, splits contractions,
 * detects the language (unless `known`: part of a question already read keeps its language), and
 * gives its words in English.
 *
 * @example
 * readText('<@1> konbyen prizonye ki te nan prizon an?').words; // ['konbyen', 'prisoners', 'ki', 'te', 'nan', 'prison']
 */
export function readText(text: string, known?: Language): ReadText {
	if (!readings) return readAfresh(text, known);
	const key = `${known ?? ''}\u0000${text}`;
	const read = readings.get(key) ?? frozen(readAfresh(text, known));
	readings.set(key, read);
	return read;
}

/**
 * The texts read while `work` runs, by language and text. One question reads the same words many
 * times over (each of its parts, each claim a premise is checked by); they are read once a question,
 * not kept from one question to the next.
 */
let readings: Map<string, ReadText> | undefined;

/**
 * Runs `work` reading each text once: a text read again while it runs gets the first reading.
 *
 * @example
 * readingOnce(() => [readText('who leads'), readText('who leads')]); // the same reading twice
 */
export function readingOnce<T>(work: () => T): T {
	if (readings) return work();
	readings = new Map();
	try {
		return work();
	} finally {
		readings = undefined;
	}
}

/** A reading shared between its readers, so none can change what the others see. */
function frozen(read: ReadText): ReadText {
	Object.freeze(read.original);
	Object.freeze(read.words);
	return Object.freeze(read);
}

function readAfresh(text: string, known?: Language): ReadText {
	const cleaned = readingSteps.reduce((rewritten, step) => step(rewritten), text);
	// "Jimmy Chérizier, dit Barbecue": French "dit" before a name is "known as", not "said".
	const tokens = tokenize(
		cleaned
			.replace(/(?<=\p{Lu}\p{L}*),?\s+dite?\s+(?=\p{Lu})/gu, ' alias ')
			.replace(namingAside, ' ')
			.replace(dutyOngoing, ' ')
			.replace(dutyToDo, (_, verb: string) => ` ${gerund(verb)}`)
			// "What kind of inmates are found in the prison": to be found in a place is to be in it.
			.replace(/(?<=\b(?:are|is|were|was|be)\s+)found(?=\s+(?:in|at|among|inside|within)\b)/giu, ' ')
			.replace(askingAside, ' ')
			// "the outlets/sources that…": words either side of a slash are one or the other.
			.replace(/(?<=\p{L}{2})\/(?=\p{L}{2})/gu, ' or '),
	);
	// "bon, is there…", "alors, qui…": a word that only opens what is said, set off by a comma.
	// ("kmbyen prizonye…": a question word typed with a slip is the question word.)
	const opened = (openingWord.test(fold(cleaned)) ? tokens.slice(1) : tokens).map(
		(word) => questionWordMisspelt(word) ?? word,
	);
	// (Who told the asker opens only a question of one sentence: a story is read as a story.)
	const oneQuestion = cleaned.includes('?') && !/\p{L}[.!]\s+\S/u.test(cleaned);
	const original = withoutLeadingJoiner(withoutHearsay(withoutFillers(opened), oneQuestion));
	// (Part of a question already read keeps its language: "…se vre tout prizonye yo te vle sove" is Creole throughout.)
	const detected = known ?? detectLanguage(cleaned, original);
	// "Qui moun qui rélé anmoué…?": Kreyòl in French spelling is read in the standard one, where that makes it Kreyòl.
	const { language, words: asWritten } = inOwnSpelling(cleaned, original, detected, known);
	// "acc to the article who…": chat spelled out may be a filler too ("according to the article").
	const translated = inEnglish(asWritten, language);
	// ("…un nombre « large » de détenus": French "un" is the article; the UN is "ONU" there, or "UN" in capitals.)
	const articled = language === 'fr' && !/\bU\.?N\b/.test(cleaned) ? withArticleUn(translated) : translated;
	// (Only where something is asked of it: a claim's "tenté de prendre l'aéroport" is judged as written.)
	const english = /\?|\b(?:what|which|quoi|kisa)\b/iu.test(fold(cleaned)) ? grabbing(articled) : articled;
	return { cleaned, language, original: asWritten, words: language === 'en' ? withoutFillers(english) : english };
}

/**
 * "What did the gangs try to take?", "les gangs ont essayé de prendre quoi?": "take" after an attempt, with no word
 * after it that makes a phrase of it ("take over", "take part"), is to grab. (Alone, "take" is a function word.)
 */
function grabbing(words: string[]): string[] {
	return words.map((word, i) =>
		word === 'take' &&
		/^(?:to|the|de)$/.test(words[i - 1] ?? '') &&
		/^(?:try|tried|tries|trying|attempt|attempted|attempting|wanted|want|wants)$/.test(words[i - 2] ?? '') &&
		!/^(?:over|part|place|control|power|office|charge|action|hold|back|down|up|out|off)$/.test(words[i + 1] ?? '')
			? 'grab'
			: word,
	);
}

/** Words of Kreyòl spelt the French way that change, at least, before a question so spelt is read as Kreyòl. */
const respeltToSwitch = 2;

/**
 * The question's words in Kreyòl's own spelling, where it is Kreyòl: read so already, or read so once two or more
 * of its words are spelt the standard way ("Qui lè fòs Kenya a pral rivé?" has French "qui" but Kreyòl throughout).
 */
function inOwnSpelling(
	cleaned: string,
	original: string[],
	detected: Language,
	known: Language | undefined,
): { language: Language; words: string[] } {
	if (detected === 'en' || (known !== undefined && known !== 'ht')) return { language: detected, words: original };
	const respelt = inCreoleSpelling(original);
	if (detected === 'ht') return { language: detected, words: respelt };
	const changed = respelt.filter((word, i) => word !== original[i]).length + original.length - respelt.length;
	// (Only a question with Kreyòl's own little words in it: "Qui a dit que les gardiens…" is French.)
	const creoleOnly = fold(cleaned)
		.split(/[^\p{L}]+/u)
		.filter((word) => stopwords.ht.has(word) && !stopwords.fr.has(word) && !stopwords.en.has(word)).length;
	return changed >= respeltToSwitch && creoleOnly >= 1 && detectLanguage(cleaned, respelt) === 'ht'
		? { language: 'ht', words: respelt }
		: { language: detected, words: original };
}

/** French words read in English with "un" as the article it is, not the UN: "un nombre « large »". */
export function withArticleUn(words: readonly string[]): string[] {
	return words.map((word) => (word === 'un' ? 'a' : word));
}

/**
 * "…my grandson showed me the news about the big prison they attacked so tell me the official number of
 * places": after a long story of the asker's own, what they ask follows the last words that ask.
 *
 * @example
 * afterLongTelling('i lived in miami since 1981 and my sister called me last night so tell me what happened'); // 'what happened'
 */
export function afterLongTelling(text: string): string {
	let last: RegExpExecArray | undefined;
	for (const found of text.matchAll(askingWords)) {
		// ("Manman m te konn di m sa", "my mom would tell me that": told to the asker once, not asked of the bot.)
		if (!toldOnce.test(text.slice(0, found.index))) last = found;
	}
	if (!last || last.index < longTelling) return text;
	const rest = text.slice(last.index + last[0].length).replace(/^[\s,:;-]+/u, '');
	// ("Who said it was large? … I want to know where it comes from": after a question already asked, what points back
	// at it is why the asker asks, not another question.)
	if (text.slice(0, last.index).includes('?') && pointsBack.test(rest)) return text;
	return rest.split(/\s+/).length >= 3 ? rest : text;
}

/** A tense or habit before "tell me" that makes it a telling of the past: "te konn", "would", "used to". */
const toldOnce = /(?<!\p{L})(?:te|t|konn|te\s+konn|would|used\s+to|always|kept|use\s+to)\s+$/iu;

/** A word that points back at what was said before it: "where it comes from", "who is behind this". */
const pointsBack = /(?<!\p{L})(?:it|this|that|these|those|ça|cela|sa)(?!\p{L})/iu;

/** How long a story before the words that ask makes them open the question. */
const longTelling = 60;
/**
 * The words that ask, after a story. (Kreyòl "di m" asks only as a request of its own, opening a clause or after
 * "souple", "ou ka": "nevè m nan di m…" is what the nephew tells.)
 */
const askingWords =
	/\b(?:so\s+)?(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:pls\s+|please\s+|plz\s+)?(?:tell me|i (?:want|wanna|need|would like|d like)(?: to)? know|let me know|je (?:veux|voudrais|aimerais) savoir|dites[- ]moi|(?<=(?:^|[.!?,;:]\s*|\b(?:souple|tanpri|silvouple|ka|kapab|kab|pito)\s+))di m|m vle konnen|mwen vle konnen|mwen ta renmen konnen)\b/giu;

/**
 * "…as of feb 2023 (ballpark is fine lol)", "…the PM (Henry? Henri? both??)": what the asker sets in
 * parentheses about themself, in chat, or as choices the question already asks for, is no part of it.
 * One that asks more after "and" ("(and by roughly how many years)") is asked after the question;
 * any other ("(not NGOs)", "(the PM)") stays as written.
 *
 * @example
 * withoutAsidesInParentheses('how many inmates (exact is better lol)?'); // 'how many inmates?'
 */
function withoutAsidesInParentheses(text: string): string {
	const more: string[] = [];
	const rest = text.replace(/\s*\(([^()]{1,240})\)/gu, (whole, inner: string) => {
		// (Asked after the question, where it is read as asking more of it: "which came first? and by how many years".)
		if (/^\W*(?:and|or|et|ou|ak|oswa)\b/iu.test(inner) && askingWord.test(inner)) {
			more.push(inner.trim());
			return '';
		}
		const words = inner.split(/[^\p{L}'’]+/u).filter(Boolean);
		const aside =
			asker.test(inner) ||
			/\?/.test(inner) ||
			words.some((word) => fillerTable.has(fold(word))) ||
			/^\W*(?:which|who|nominally|apparently|allegedly|supposedly|reportedly|anyway|obviously|of course|for the record)\b/iu.test(
				inner,
			);
		return aside ? '' : whole;
	});
	if (more.length === 0) return rest;
	const asked = rest.trimEnd();
	return `${asked}${/[?!.]$/u.test(asked) ? '' : '?'} ${more.join(' ')}`;
}
/** One of the asker's own words, anywhere in a text. */
const asker = new RegExp(askerWordPattern, 'iu');

/** "What did X do when …", "what happened to X when …": a what-question of a deed, then its time, to the end. */
const sceneOfDeed =
	/^(\W*(?:what|wat)\b[^?]{3,80}?\b(?:do|doing|happened\s+to\s+[^?]{3,100}?))\s+(?:when|while|as|once)\s+[^?]{3,80}?(\?*)\s*$/iu;

/** The little words of English that the text-speak lexicon has eye-dialect spellings for: "de", "dat", "wat". */
const littleWords = new Set(['the', 'that', 'they', 'them', 'this', 'there', 'what', 'with']);
/** Those spellings, each with the word it spells, as whole words of two letters or more. */
const littleSpellings = new Map(
	Object.entries(textSpeak as Record<string, string>).filter(
		([typed, spelled]) => /^\p{L}{2,}$/u.test(typed) && littleWords.has(spelled),
	),
);
const littleSpelling = new RegExp(`(?<!\\p{L})(?:${[...littleSpellings.keys()].join('|')})(?!\\p{L})`, 'iu');
/** The same, for every one of them in a text. (Kept apart: a global pattern's `test` carries on where it stopped.) */
const everyLittleSpelling = new RegExp(littleSpelling.source, 'giu');
/** The lexicon's phrases with one of those spellings in them, read as the phrase: "nom de guerre", "wah gwan". */
const phrasesWithLittle = new RegExp(
	`(?<!\\p{L})(?:${Object.keys(textSpeak)
		.filter((typed) => typed.includes(' ') && typed.split(' ').some((word) => littleSpellings.has(word)))
		.map(escapeRegExp)
		.join('|')})(?!\\p{L})`,
	'giu',
);
/** Words only French or Kreyòl has, which make "de" and "di" theirs, not eye-dialect English. */
const notEnglish =
	/(?<!\p{L})(?:le|la|les|des|du|une?|est|qui|que|quoi|ki|kisa|yo|nan|pou|se|li|mwen|ou|sa|ak|te|pa|èske|eske|kiyès|kiyes|kilè|kile|kote|konbyen|dans|pour|avec|sont|était|ont|il|elle|ils)(?!\p{L})/iu;
/** English's own little words, two of which make a text English enough to read "de" as "the". */
const englishLittle =
	/(?<!\p{L})(?:who|what|when|where|why|how|is|was|were|are|did|does|do|got|get|and|of|to|in|on|a)(?!\p{L})/giu;

/**
 * "Who was de one dat say…": English written as it sounds, its little words spelt as the
 * text-speak lexicon has them, read as those words. Only in a text that is English: "de" is French
 * and Kreyòl too.
 *
 * @example
 * withLittleWordsSpelt('who was de one dat say it'); // 'who was the one that say it'
 */
function withLittleWordsSpelt(text: string): string {
	if (!littleSpelling.test(text) || notEnglish.test(text) || (text.match(englishLittle) ?? []).length < 2) return text;
	// ("By what nom de guerre…": a phrase of the lexicon's keeps its words, to be read as the phrase.)
	const kept = [...text.matchAll(phrasesWithLittle)].map((found) => [found.index, found.index + found[0].length]);
	return text.replace(everyLittleSpelling, (typed, at: number) => {
		if (kept.some(([start = 0, end = 0]) => at >= start && at < end)) return typed;
		const spelled = littleSpellings.get(typed.toLowerCase()) ?? typed;
		return /^\p{Lu}/u.test(typed) ? `${spelled[0]?.toUpperCase()}${spelled.slice(1)}` : spelled;
	});
}

/**
 * "R-N-D-D-H", "U-S": initials spelt out letter by letter are the name they spell.
 *
 * @example
 * withInitialsJoined('what kind of group is R-N-D-D-H?'); // 'what kind of group is RNDDH?'
 */
function withInitialsJoined(text: string): string {
	return text.replace(/(?<![\p{L}-])\p{Lu}(?:-\p{Lu})+(?![\p{L}-])/gu, (spelt) => spelt.replaceAll('-', ''));
}

/**
 * "…, as they say on the radio?", "…comme on le dit à l'antenne ?", "…jan yo di a?": what everyone
 * says, tacked on at the end, is no one asked about; the question is what comes before it.
 *
 * @example
 * withoutSayingTail('is Haiti really the poorest country, as they say on the radio?'); // 'is Haiti really the poorest country?'
 */
function withoutSayingTail(text: string): string {
	return text.replace(sayingTail, '');
}

/**
 * "which prez got killed? name pls": a request for the name, after a question that already asks who, asks
 * nothing more.
 *
 * @example
 * withoutNameRequest('which president got killed? name pls'); // 'which president got killed?'
 */
function withoutNameRequest(text: string): string {
	const found = nameRequest.exec(text);
	if (!found) return text;
	const before = text.slice(0, found.index);
	return /\b(?:who|whom|whose|which|qui|quel|quelle|ki moun|kiles)\b/iu.test(before) ? `${before.trimEnd()}?` : text;
}

/** "…, name pls", "… *name* please": the request for a name that ends a message. */
const nameRequest =
	/[\s?!.,]+(?:the\s+|his\s+|her\s+|their\s+)?(?:full\s+)?names?\s+(?:pls|plz|please|plss|plox)\s*[?!.]*$/iu;

/**
 * How the asker wants the answer put, after the question: "? Answer yes or no.", "? Répondez par oui ou par non,
 * puis justifiez.", "? reponn wi oswa non". It asks nothing more.
 */
const answerInstruction =
	/\?\s*(?:please\s+|pls\s+|merci\s+de\s+|svp\s+)?(?:answer|reply|respond|r[ée]pondez|r[ée]ponds|r[ée]pondre|reponn)\b[^?]*$/iu;

/**
 * "…, exact figure only", "? need full name only", "…, le chiffre exact seulement": the form the asker wants the
 * answer in, after the question, asks nothing of its own.
 */
const formOnly =
	/[\s?!.,;:—–-]+(?:(?:i\s+)?(?:need|want)\s+(?:the\s+)?|give\s+(?:me\s+)?(?:the\s+)?|just\s+(?:the\s+)?|juste\s+(?:le\s+|la\s+)?)?(?:(?:exact|precise|full|correct|final)\s+)?(?:figure|number|digit|count|name|date|year|answer|chiffre|nombre|nom|date|ann[ée]e|r[ée]ponse)s?(?:\s+(?:exacte?|pr[ée]cise?|complet))?\s+(?:only|seulement|uniquement|selman)(?:\s+(?:pls|plz|please|svp|merci))?\s*[?!.]*$/iu;

/**
 * "how many people it was build to hold", "he was kill by who": a verb's base form after "was", typed without
 * the ending of its participle, is the participle. Only after a pronoun and before what ends a passive
 * ("to", "by", the end), where the base form could be nothing else: "what was cause of…" stays.
 */
const bareParticiple =
	/(?<=\b(?:it|he|she|they|we|i|who|which|that|this|prison|jail)\s+(?:was|were|is|are|got|get|been)\s+)(\p{L}+)(?=\s+(?:to|by|in|on|at|for|during|before|after|when|yet|already)\b|\s*[?!.]*\s*$)/giu;

/**
 * The text with a participle typed as its verb's base form spelled out.
 *
 * @example
 * withParticipleEnding('how many people it was build to hold'); // 'how many people it was built to hold'
 */
function withParticipleEnding(text: string): string {
	// (Not a word that is an adjective or adverb as it stands: "it was close to the port", "it is fine".)
	return text.replace(bareParticiple, (word) => {
		const lower = word.toLowerCase();
		const describes = englishTags(lower).some((tag) => tag.startsWith('JJ') || tag.startsWith('RB'));
		return describes ? word : (pastParticiple(lower) ?? word);
	});
}

/** A noun's "'s" before a preposition of place or an adverb of how things stand: "is", not an owner's. */
const isContracted =
	/(?<=^|\s)(\p{L}{2,})['’]s\s+(?=(?:in|at|inside|near|located|based|still|already|now|really|actually)\s)/giu;

/** The question without how the asker wants the answer put, nor what they want it for. */
function withoutAnswerInstruction(text: string): string {
	const found = answerInstruction.exec(text);
	if (found) return `${text.slice(0, found.index)}?`;
	const form = formOnly.exec(text) ?? answerShape.exec(text);
	if (form) return withoutAnswerInstruction(`${text.slice(0, form.index)}?`);
	const use = askersUse.exec(text);
	return use ? `${text.slice(0, use.index)}?` : text;
}

/**
 * "…, d/m/y", "…? one line pls", "…, en une phrase", "…, in brief?", "…, in number of places?": the shape the asker
 * wants the answer in, ending the question.
 */
const answerShape =
	/[\s?!.,;:—–-]+(?:(?:(?:in|en|an)\s+)?(?:d\/m\/y|dd\/mm\/yyyy|m\/d\/y|yyyy-mm-dd|(?:one|1|a single|une|yon)\s+(?:line|sentence|phrase|ligne|fraz))|in\s+(?:brief|short|a\s+nutshell|a\s+word|a\s+few\s+words)|in\s+(?:(?:the\s+)?number\s+of\s+)?(?:places|digits|figures|numbers|absolute\s+terms|round\s+numbers|percent(?:age)?s?)|briefly|en\s+bref|en\s+r[ée]sum[ée]|en\s+deux\s+mots|an\s+brèf|an\s+bref|rapidement|quickly)(?:\s+(?:pls|plz|please|svp|max))?\s*[?!.]*$/iu;

/**
 * "…for the timeline box", "…? need both for the infobox": what the asker will put the answer in, ending the
 * question, asks nothing of its own. (Before a colon it labels what follows: "sorry to ping, for a graphic: …".)
 */
const askersUse =
	/[\s?!.,;:—–-]+(?:(?:i\s+)?need\s+(?:it|both|them|this|that)\s+)?(?:for|pour|pou)\s+(?:the|my|our|a|an|le|la|mon|ma|notre|un|une)\s+(?:timeline(?:\s+box)?|info\s?box|fact\s?box|sidebar|graphic|chart|caption|flyer|slide|slides|thread|newsletter|explainer|infographic|encadr[ée]|chronologie)\b[^?:]*[?!.]*\s*$/iu;

/**
 * "…actually in that prison, or is that a myth?", "…a date for the force, or is that still up in the
 * air?": doubt tacked on at the end offers no other answer, only the question again. (An alternative
 * that names something, "or is it the airport?", "or was it Moïse?", or a time, "or is that new?",
 * is asked and stays.)
 *
 * @example
 * withoutDoubtingTail('are the suspects in that prison, or is that a myth?'); // 'are the suspects in that prison?'
 */
function withoutDoubtingTail(text: string): string {
	const tail = doubtingTail.exec(text);
	if (!tail) return text;
	// (A proper name names something, however typed: "or was it just kenya's idea".)
	const names = properNames();
	const words = tail[0].match(/\p{L}+/gu) ?? [];
	return words.some((word) => names.has(word.toLowerCase()))
		? text
		: text.slice(0, tail.index) + text.slice(tail.index + tail[0].length);
}

/** A sentence opening on "or" after a question mark, to the end. */
const orAfterQuestion = /(?<=\?)\s*(?:or|ou|oswa)\s+[^?]*\?*\s*$/iu;

const doubtingTail =
	/,?\s+or\s+(?:is|was|are|were)\s+(?:that|this|it|they)\s+(?!(?:the|those|these|his|her|their)\b)(?!(?:[\p{Ll}'’-]+\s+)*(?:new|newer|recent|old|older|earlier|later|before|after|since|now)\b)(?:[\p{Ll}'’-]+\s*){1,6}(?=[?.!]*\s*$)/u;

const sayingTail =
	/[,;]?\s+(?:(?:just\s+)?(?:as|like)\s+(?:they|people|everyone|everybody|folks|some|many|others|the\s+(?:news|radio|media|tv|papers))\s+(?:say|said|says|claim|claimed|claims|report|reported|keep\s+saying)|comme\s+(?:on\s+(?:le\s+|l['’])?(?:dit|entend|raconte|r[ée]p[èe]te)|(?:ils|elles|les\s+gens|tout\s+le\s+monde)\s+(?:le\s+)?(?:disent|racontent|r[ée]p[èe]tent))|(?:jan|kòm|kom)\s+(?:yo|moun)\s+(?:di|konn\s+di|ap\s+di))(?![\p{L}])[^?.!]*(?=[?.!]*\s*$)/iu;

/**
 * "Moise, was he president or PM?", "the prisoners inside, were they all eager to bolt?": a subject
 * set before the question and taken up by its pronoun, read in the pronoun's place.
 *
 * @example
 * subjectInPlace('moise, was he president or pm?'); // 'was moise president or pm?'
 */
export function subjectInPlace(text: string): string {
	const found = dislocated.exec(text) ?? statedOfSubject(text);
	if (!found?.[1] || !found[2]) return text;
	const subject = found[1].trim();
	// ("who sanctioned him, was it just the US?": a question before the comma is asked already.)
	if (subject.split(/\s+/).length > 10 || sceneWords.test(subject) || askingWord.test(subject)) return text;
	return inPronounsPlace(subject, found[2], text.slice(found[0].length));
}

/**
 * The subject in its pronoun's place: before its auxiliary where the rest asks by a question word ("the prison, it
 * was built for how many?" → "the prison was built for how many?"), else after it, as a yes/no question has it.
 */
function inPronounsPlace(subject: string, auxiliary: string, rest: string): string {
	// (Chat's spellings ask too: "moise assassinat it was wat day n yr".)
	const asks = askingWord.test(rest) || /(?<!\p{L})(?:wat|wut|wen|whut|hw)(?!\p{L})/iu.test(rest);
	return asks ? `${subject} ${auxiliary}${rest}` : `${auxiliary} ${subject}${rest}`;
}

/**
 * "Barbecue was sanctioned by how many entities, and which?": how many asked of the doers, in their place after
 * "by", read at the front as a question has it.
 *
 * @example
 * agentCountInPlace('barbecue was sanctioned by how many bodies?'); // 'by how many bodies was barbecue sanctioned?'
 */
function agentCountInPlace(text: string): string {
	const found = agentCountAsked.exec(text);
	const { subject, aux, verb, asked, rest } = found?.groups ?? {};
	if (!subject || !aux || !verb || !asked || askingWord.test(subject)) return text;
	// ("…sanctioned by how many, and which ones?": the doers counted without a noun are parties all the same.)
	const counted = /\s\p{L}+$/u.test(asked.replace(/^how many/iu, '')) ? asked : `${asked} parties`;
	return `by ${counted} ${aux} ${subject} ${verb}${rest ?? ''}`;
}

const agentCountAsked =
	/^\W*(?<subject>[^?,;]{2,60}?)\s+(?<aux>was|were|is|are|has been|have been|had been)\s+(?<verb>\p{L}+(?:ed|en))\s+by\s+(?<asked>how many(?:\s+(?!(?:and|or|but)\b)\p{L}+)?)(?<rest>.*)$/iu;

/**
 * "The figure on homicides, did RNDDH give it?", "Chif omisid yo, se RNDDH ki bay li?": what is
 * asked about set before the question and taken up by its object pronoun at the end, read in the
 * pronoun's place.
 *
 * @example
 * objectInPlace('the homicide figure, did rnddh give it?'); // 'did rnddh give the homicide figure?'
 */
export function objectInPlace(text: string): string {
	const found = objectTopic.exec(text) ?? timeOfNamed(text);
	if (!found?.[1] || !found[2]) return text;
	// ("Jimmy Sergier, the gang boss, …": the aside describes the one named, who is what is asked about.)
	const topic = (found[1].split(/,(?!\d)/)[0] ?? found[1]).trim();
	// (Creole "ki" opens a relative clause inside the topic, "chif ki di…": only a topic that opens by asking asks.)
	const [first = ''] = topic.split(/\s+/);
	if (topic.split(/\s+/).length > 16 || sceneWords.test(topic) || askingWord.test(first)) return text;
	return `${found[2].trim()} ${topic}${found[3] ?? ''}`;
}

/**
 * "That 3,687 number from RNDDH, what month and year was that?": a question of what time or kind, ending on a
 * copula and "that", asked of the phrase before it.
 */
const timeOfTopic =
	/^\W*((?:[^?,]|(?<=\d),(?=\d)){3,100}?),\s+((?:what|wat|which)\s+\p{L}+(?:\s+(?:and|n|&|or)\s+\p{L}+)?\s+(?:was|is|were|are))\s+(?:that|this|it)(\s*\?+)\s*$/iu;

/** The time-of question asked of a phrase before it, where that phrase only names something (no clause of its own). */
function timeOfNamed(text: string): RegExpExecArray | null {
	const found = timeOfTopic.exec(text);
	const topic = found?.[1] ?? '';
	return topic.split(/\s+/).length <= 8 && !/\b(?:was|were|is|are|has|have|had|did|does|do)\b/iu.test(topic)
		? found
		: null;
}

/**
 * A phrase (with one aside: "Jimmy Sergier, the gang boss"), a comma, a question that opens with an
 * auxiliary or a question word and ends on its object pronoun and a question mark (the parts of a
 * longer message are joined with commas too).
 */
const objectTopic =
	/^\W*([^?,]{3,100}?(?:,\s*[^?,]{2,40}?)?),\s+((?:did|does|do|was|were|is|are|has|have|had|will|would|can|could|who|which|what|se|eske|èske|kiyes|kilès|kiles)(?!\p{L})[^,?]*?)\s+(?:it|them|him|her|li|l)(\s*\?+)\s*$/iu;

/**
 * "rnddh is like a govt agency?", "barbecue was a cop?": a statement of what something is, asked only
 * by its question mark, read with its verb in front as the question it is.
 *
 * @example
 * copulaInFront('rnddh is a govt agency?'); // 'is rnddh a govt agency?'
 */
export function copulaInFront(text: string): string {
	const found = copulaStatement.exec(text);
	// ("it was the BBC that reported…?" is a cleft, which puts its name in focus: it stays as it is.)
	if (!found?.[1] || !found[2] || askingWord.test(text) || /^\W*(?:it|that|this|there)\s/iu.test(found[1])) return text;
	// ("ngl is the force the same mission??": chat before the question is no subject.)
	if (
		found[1]
			.trim()
			.split(/\s+/)
			.some((word) => fillerTable.has(fold(word)))
	)
		return text;
	return `${found[2]} ${found[1].trim()} ${text.slice(found[0].length)}`;
}

/** A subject of a few words, "is", then a description and the question mark that alone asks. */
const copulaStatement =
	/^\W*((?:[\p{L}\p{N}'’.-]+\s+){1,4}?)(is|was|are|were)\s+(?=(?:(?:like|kinda|sorta|really|actually|just|still|not)\s+)?(?:a|an|the)\s[^?.!]*\?\W*$)/iu;

/**
 * "moise he was president or pm??", "Moïse il était président ou premier ministre ?", "Le Kenya, il
 * va faire quoi ?": a subject, then the pronoun that takes it up before its verb, read as the
 * question without the pronoun: English puts the auxiliary first, French inverts a copula or an
 * auxiliary with no question word ("Moïse était-il…") and otherwise drops the pronoun.
 *
 * @example
 * subjectTakenUp('moise he was president or pm??'); // 'was moise president or pm??'
 */
export function subjectTakenUp(text: string): string {
	const english = englishTakenUp.exec(text);
	if (english?.[1] && english[2] && nounPhrase(english[1])) {
		return inPronounsPlace(english[1].trim(), english[2], text.slice(english[0].length));
	}
	const french = frenchTakenUp.exec(text);
	if (!french?.[1] || !french[2] || !french[3] || frenchScene.test(french[1]) || askingWord.test(french[1]))
		return text;
	const rest = text.slice(french[0].length);
	const inverted = frenchAuxiliary.test(french[3]) && !askingWord.test(rest);
	const verb = inverted ? `${french[3]}-${/^a$/i.test(french[3]) ? 't-' : ''}${french[2]}` : french[3];
	return `${french[1].trim()} ${verb}${rest}`;
}

/** The topic, without chat before it, where it is a name of a few words ("RNDDH", "Jimmy Sergier"); else undefined. */
function namedTopic(topic: string): string | undefined {
	const named = withoutChatOpening(topic.trim()).replace(/^(?:(?:so|ok|okay|well|and|but)\s+)+/iu, '');
	return /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(named) ? named : undefined;
}

/** The copula and auxiliaries, which are no verb of what is asked. */
const copulas = /^(?:is|was|are|were|be|been|being|am|do|does|did|has|have|had|will|would|can|could)$/iu;

/** A word said with a vowel first: "an NGO", "an agency" (initials whose letter's name starts with a vowel sound). */
const anBefore = /^(?:[aeiou]|[AEFHILMNORSX][A-Z])/u;

/** "govt body or NGO" → "a govt body or an NGO": English choices, each with its article, as a statement has them. */
function withArticles(choices: string): string {
	return choices
		.split(/\s+or\s+/iu)
		.map((choice) =>
			/^(?:a|an|the|some)\s/iu.test(choice) ? choice : `${anBefore.test(choice) ? 'an' : 'a'} ${choice}`,
		)
		.join(' or ');
}

/** A few words of a subject, a comma or not, an English subject pronoun and an auxiliary. */
const englishTakenUp =
	/^\W*((?:[\p{L}\p{N}'’.-]+\s+){0,2}[\p{L}\p{N}'’.-]+),?\s+(?:he|she|it|they)\s+(is|was|are|were|did|does|do|has|have|had|will|would|can|could)(?!\p{L})/iu;
/** A subject, a comma or not, a French subject pronoun and the verb after it (not "il y a"). */
const frenchTakenUp = /^\W*([^,?]{2,60}?),?\s+(il|elle|ils|elles)\s+(?!y\s)(\p{L}+)(?!\p{L}|['’-])/iu;
/** French auxiliaries and copulas, which invert to ask: "était-il", "a-t-il". */
const frenchAuxiliary = /^(?:est|était|etait|sont|étaient|etaient|a|avait|ont|avaient|sera|seront)$/iu;
/** What opens a French phrase that sets a scene rather than names a subject: "selon l'article, il…", "quand il…". */
const frenchScene =
	/^\W*(?:selon|d['’]apr[eè]s|en|dans|à|a|pour|depuis|après|apres|avant|quand|lorsque|si|comme|et|mais|donc|alors|parce|puisque|qu['’]|que|ce|c['’]|est|il|elle|on|je|tu|nous|vous)\b/iu;

/**
 * Whether the words before an English pronoun are a subject it can take up: a name or a noun
 * phrase, not a clause ("Barbecue said he was…") or a scene ("when he was…").
 */
function nounPhrase(words: string): boolean {
	if (sceneWords.test(words) || askingWord.test(words)) return false;
	return words
		.trim()
		.split(/\s+/)
		.every(
			(word) =>
				!/^(?:i|you|we|he|she|it|they|so|and|but|or|if|did|does|do|is|was|are|were)$/i.test(word) &&
				!verbNoNoun(word.toLowerCase()) &&
				!fillerTable.has(fold(word)),
		);
}

/**
 * "and this barbecue character, whose government is he trying to bring down?": a subject set before a
 * question that takes it up by a pronoun further on, read in the pronoun's place.
 */
function pronounOfSubject(text: string): string {
	const found = setBefore.exec(text);
	if (!found?.[1] || !found[2]) return text;
	// Only a noun phrase with its determiner ("this barbecue character", "the guards"): "list the coalitions, who
	// leads them" asks who leads what is listed. ("This" and "that" only point; "the" stays.)
	const determined = /^(?:(?:and|so|but|ok|okay|now|also)\s+)*(?:(the)|this|that|these|those)\s+/iu.exec(found[1]);
	if (!determined) return text;
	const subject = `${determined[1] ? 'the ' : ''}${found[1].slice(determined[0].length)}`;
	const rest = found[2];
	const opener = rest.split(/\s+/)[0] ?? '';
	if (!nounPhrase(subject) || !(/^(?:whose|whom)$/iu.test(opener) || askingWord.test(opener))) return text;
	const taken = /\b(?:he|she|they|him|her|them)\b/iu.exec(rest);
	if (!taken) return text;
	return `${rest.slice(0, taken.index)}${subject}${rest.slice(taken.index + taken[0].length)}`;
}

/** A phrase of a few words, a comma, then a question. */
const setBefore = /^\W*((?:[\p{L}\p{N}'’.-]+\s+){0,5}[\p{L}\p{N}'’.-]+),\s+(.+)$/u;

/**
 * "Which prime minister's government does the alliance intend to topple?": whose something is, asked
 * with the kind of its owner, read as "whose government…". Not where what is owned said something
 * ("which wire agency's contacts said…" asks who said it).
 *
 * @example
 * ownerAsked("which prime minister's government is under threat?"); // 'whose government is under threat?'
 */
export function ownerAsked(text: string): string {
	const found = ownerKind.exec(text);
	if (!found || telling.test(text.slice(found[0].length))) return text;
	return `${found[1]}whose ${text.slice(found[0].length)}`;
}

/** "which", up to three words of a kind, and the possessive: "which prime minister's ". */
const ownerKind =
	/^(\W*)which\s+(?:(?!(?:is|was|are|were|did|does|do|has|have|had|the|a|an)\s)[\p{L}-]+\s+){0,2}(?!(?:is|was|are|were|the)['’])[\p{L}-]+['’]s\s+/iu;
/** Verbs of telling, after which "which X's…" asks who told. */
const telling =
	/\b(?:said|says|say|told|tell|reported|reports|report|claimed|claims|stated|wrote|announced|warned|according)\b/iu;

/** A phrase, a comma, then an auxiliary and the subject pronoun that takes it up. */
const dislocated =
	/^\W*([^?]{2,80}?),\s+(is|was|are|were|did|does|do|has|have|had|will|would|can|could)\s+(?:he|she|it|they)(?!\p{L})/iu;

/**
 * "The gang boss…, he's some ex-army guy?": the same said as a statement with a question mark, read as the question
 * with its verb first ("is the gang boss… some ex-army guy?"), past an aside ("…, let me guess, he's…"). In the
 * shape of `dislocated`'s match.
 */
function statedOfSubject(text: string): RegExpExecArray | null {
	const found = statedTakenUp.exec(text);
	if (!found?.[1] || !found[2]) return null;
	const copula = /^(?:['’]s|is)$/i.test(found[2].trim()) ? 'is' : /^was$/i.test(found[2].trim()) ? 'was' : 'are';
	const match = [found[0], found[1], copula] as unknown as RegExpExecArray;
	match.index = found.index;
	return match;
}

const statedTakenUp =
	/^\W*([^?]{2,80}?),\s+(?:(?:[\p{L}'’]+\s+){0,3}[\p{L}'’]+,\s+)?(?:he|she|it|they)(['’]s|\s+is|\s+was|['’]re|\s+are)(?=\s+[^?]+\?\s*$)/iu;
/** A question word anywhere in a phrase, in the three languages. */
export const askingWord =
	/(?<!\p{L})(?:who|whom|whose|what|when|where|why|which|how|qui|quoi|quand|pourquoi|comment|combien|quels?|quelles?|lequel|laquelle|lesquel(?:le)?s|ki|kisa|kiyes|kile|kote|poukisa|konbyen)(?!\p{L})/iu;
/** What opens a clause that sets a scene, or a question, rather than naming a subject: "when Henry left, did he…". */
const sceneWords =
	/^(?:when|after|before|if|since|while|because|although|though|as|once|until|during|in|on|at|by|for|from|with|so|and|but|ok|okay|well|also|who|what|where|why|which|how)\b/iu;

/**
 * "Wasn't it the unions who…?", "isnt the prison in the capital", "didn't Kenya offer…": a question
 * put in the negative asks what the positive one asks, and is read as that.
 *
 * @example
 * positiveOpening("Wasn't it the unions who asked for help?"); // "Was it the unions who asked for help?"
 */
export function positiveOpening(text: string): string {
	return (
		text
			.replace(
				negativeOpening,
				(_, before: string, verb: string) => `${before}${positiveOf[verb.toLowerCase()] ?? verb}`,
			)
			.replace(frenchNegative, '$1$2')
			// ("Èske RNDDH pa yon òganizasyon leta?": "pa" before a noun denies "se", which comes back.)
			.replace(
				creoleNegative,
				(_, opening: string, past?: string, noun?: string) => `${opening}${past ? 'te ' : noun ? 'se ' : ''}`,
			)
	);
}

/** French asks in the negative with "ne … pas" around an inverted verb: "N'est-il pas vrai que…", "X n'était-il pas…". */
const frenchNegative =
	/(?<=^\W*|\s)n['’]\s*((?:est|était|etait|a|avait|ont|sont|étaient|etaient)-(?:t-)?(?:il|elle|ils|elles|ce|on))\s+pas(\s)/iu;
/** Creole with "pa" after what "èske" asks about: "Èske Barbecue pa t yon sòlda?", "èske se pa…". */
const creoleNegative = /^(\W*(?:èske|eske)\s+(?:\S+\s+){0,4}?)pa\s+(t\s+|te\s+)?(?=((?:yon|on)\s)?)/iu;

/** "Isn't…", "didnt…", "was not…", and chat's "didn", "wasn" without the t. */
const negativeOpening =
	/^(\W*(?:(?:so|but|and|ok|okay|wait|hold on|surely|like)\s*,?\s+)?)(is|are|was|were|do|does|did|has|have|had|could|would|should|ca|can|wo)(?:n['’]?t|\s+not|(?<=^\W*(?:is|was|did|does|has|had|were|are))n)(?=\s)/iu;
/** The auxiliary a negative one is the denial of: "can't" is "ca" + "n't", "won't" "wo" + "n't". */
const positiveOf: Readonly<Record<string, string>> = { ca: 'can', wo: 'will' };

/**
 * "Did the gangs hit the port too, or just the jail?": whether the one said "too" of happened as
 * well; the alternative after "or just" is what the asker already knows, no option to choose.
 * Chat's "2" is "too" there.
 *
 * @example
 * withoutOnlyAlternative('did they hit the port 2 or jus the jail'); // 'did they hit the port too'
 */
export function withoutOnlyAlternative(text: string): string {
	return text.replace(onlyAlternative, (_, too: string) => (too === '2' ? 'too' : too));
}

const onlyAlternative =
	/(?<=\p{L}\s+)(too|also|as well|2)\s*,?\s*(?:or|o)\s+(?:just|jus|juss|only|simply|merely)\b[^?]*/giu;

/**
 * The words of asking that wrap a question, up to the question they wrap: "Would you be so kind as
 * to tell me who…", "I should be much obliged if you could explain what…", "J'aimerais savoir si…",
 * "Eske ou ta ka di m kisa…". Only an opening that speaks of the asker or the one asked (I, you,
 * me, the bot) and asks (tell, explain, know, wonder…): "what did Barbecue tell residents about
 * why…" is a question of its own.
 */
export function withoutPoliteOpening(text: string): string {
	const whole = fold(text);
	// "hii, does it say what…": chat before the opening opens nothing.
	const chat = chatBefore(whole);
	// ("Pardon my nosiness, but…": a word of chat may open the opening itself.)
	for (const from of new Set([chat, 0])) {
		const after = whole.slice(from);
		for (const opening of politeOpenings) {
			const found = opening.exec(after);
			if (found && found[0].length < after.length && /\p{L}{2}/u.test(after.slice(found[0].length))) {
				// ("I wonder whether you might clarify…": an opening may open another.)
				// ("The Kenya force thing — do we know when they're showing up?": a topic set off before the opening stays.)
				// (Or a few words with no verb, ended by a full stop: "the un-approved foreign force... do we kno when…".)
				const opening = text.slice(from, from + found[0].length);
				const dashed = /^[^?!.]{3,80}?(?:\s+[-–—]+\s*|\s*[—–:]\s*)(?=\p{L})/u.exec(opening)?.[0];
				const stopped = /^([^?!.]{3,60}?)\s*(?:\.+|…)\s*(?=\p{L})/u.exec(opening);
				const topic = dashed ?? (stopped?.[1] && verbless(stopped[1]) ? `${stopped[1]} — ` : undefined);
				const rest = (topic ?? '') + text.slice(from + found[0].length);
				return /^\s*(?:whether|if)\s+(?:you|u|anyone|someone)\b/iu.test(rest) ? withoutPoliteOpening(rest) : rest;
			}
		}
	}
	const folded = whole.slice(chat);
	// "grann say after moise got killed did things get better…": a question asked on someone's behalf.
	const relayed = relayedBy.exec(folded);
	if (relayed?.[1] && relayer(relayed[1])) return text.slice(chat + relayed[0].length);
	// "Good day — is it true that…": the question without the chat set off before it. (Chat run into the question,
	// "yo wtf is RNDDH", may be read with it.)
	const greeting = chatBefore(whole, chatReach);
	// ("True or false: RNDDH counted…": the words that ask yes or no are chat to the query, not to the question.)
	const setOff =
		greeting > 0 && /^\s*[,.;:!—–-]/u.test(text.slice(greeting)) && !onlyYesNo.test(whole.slice(0, greeting + 1));
	const rest = setOff ? text.slice(greeting).replace(/^[\s\p{P}]+/u, '') : text;
	return /\p{L}{2}/u.test(rest) ? rest : text;
}

/**
 * What someone is said to say, without who says it, where that is a person of the asker's own
 * (WordNet's nouns for people, or a word for family): "grann say the prison holds 1000" tells "the
 * prison holds 1000". Unchanged where no such teller opens it.
 *
 * @example
 * withoutTeller('my cousin says the guards left'); // 'the guards left'
 */
export function withoutTeller(text: string): string {
	const told = teller.exec(fold(text));
	return told?.[1] && namesPerson(told[1]) ? text.slice(told[0].length) : text;
}

/** Is the word one for a person (WordNet's nouns for people) or for family ("grann", "tonton")? */
const namesPerson = (word: string): boolean => personNouns().has(word) || kin.has(word);

/** Someone and their verb of saying, opening what they say: "my cousin says", "grann di", "Sister Yvrose heard". */
const teller =
	/^\W*(?:(?:my|mi|ma|mon|m|a|an|the)\s+)?(\p{L}+)(?:\s+[\p{L}-]+)?\s+(?:says?|said|swears|thinks|insists|insisted|claims|claimed|heard|hears|tells me|told me|di|dit|te di)\s*[,:]?\s+(?:(?:that|que|ke)\s+)?/u;

/**
 * Someone the question is asked for, and their verb of asking or saying, before the question:
 * "my grandma asks did…", "grann say after…", "she says, and she crosses herself as she says it, are…". Whoever it is must be a person (WordNet's nouns for
 * people, or a word for family): "Barbecue says…" tells what he says.
 */
const relayedBy =
	/^\W*(?:(?:my|mi|ma|mon|m|the|our|her|his)\s+(?:\p{L}+\s+)?)?(\p{L}+)\s+(?:says?|said|asks?|asked|(?:is|was|keeps?)\s+asking|wants? to know|would like to know|wonders?|wondering|wanna know|mande|di)\s*[,:]?\s+(?:(?:and|while|as)\s+[^,?]{3,100},\s*)?(?:(?:if|whether)\s+)?(?=(?:after|before|when|since|who|whom|whose|what|when|where|why|which|how|did|does|do|is|are|was|were|has|have|had|can|could|will|would|wat|wen|whos|wats)\b)/u;

/** The asker's words for the one they ask for, already named: "she is asking what day…". */
const relayers = new Set(['she', 'he']);

/** Is the word someone the asker may ask or speak for: a person, a word for family, or their pronoun? */
export const relayer = (word: string): boolean => namesPerson(word) || relayers.has(word);

/** Words for family in Creole and French that chat uses as names: "grann", "tonton", "manman". */
const kin = new Set([
	'grann',
	'granmoun',
	'manman',
	'papa',
	'tonton',
	'matant',
	'kouzen',
	'kouzin',
	'mamie',
	'papi',
	'tata',
]);

/**
 * How many characters of chat (greetings, fillers) the folded text opens with: one word at a time,
 * or phrases of up to `reach` words ("good day").
 */
export function chatBefore(folded: string, reach = 1): number {
	let at = 0;
	for (;;) {
		// (Only the first `reach` words are read: the iterator stops there.)
		const words: RegExpMatchArray[] = [];
		for (const word of folded.slice(at).matchAll(/\p{L}+/gu)) if (words.push(word) >= reach) break;
		const found = fillerTable.match(
			words.map((word) => word[0]),
			0,
		);
		const last = found && words[found.length - 1];
		// (Chat opens the text only with nothing but spaces and marks before it: "3 hey…" opens with a number.)
		if (!last || /[\p{N}_]/u.test(folded.slice(at, at + (words[0]?.index ?? 0)))) return at;
		at += (last.index ?? 0) + last[0].length;
	}
}

/** The most words one phrase of chat has. */
const chatReach = 6;

/**
 * "When armed men went after the harbour, what was thrown into chaos?": a clause that sets the
 * scene before a comma, then the question; read as the question with its clause after it ("what
 * was thrown into chaos when armed men went after the harbour?"), so its question word asks. A
 * source said first is read so too: "According to AyiboPost, what did the guards do when…?".
 * Not a question of its own before the comma ("when was the deal struck, what month?"), nor one
 * that asks the clause's date ("when Henry was to hand over power, what date was set?").
 *
 * @example
 * questionFirst('After the siege, who asked for help?'); // 'who asked for help after the siege?'
 */
export function questionFirst(text: string): string {
	const told = toldThenAsked.exec(text);
	if (told?.groups?.named && told.groups.question) {
		const { named, question } = told.groups;
		// The pronoun that takes up what was told, or the question as it is.
		return question.replace(/\b(?:it|he|she|they|him|them)\b/iu, named);
	}
	const aside = asideAfterAsking.exec(text);
	if (aside?.groups) {
		const { asking, phrase, rest } = aside.groups;
		return `${asking} ${rest?.replace(/[\s?!.]+$/u, '')} ${phrase}?`;
	}
	const found = sceneFirst.exec(text);
	if (!found?.groups) return text;
	// (What follows the question's mark is asked after it: "…, whose government? need the PM's name".)
	const { scene, question, after } = found.groups;
	const rest = after?.replace(/^\?+\s*/u, '') ?? '';
	const asked = `${question?.replace(/[\s?!.]+$/u, '')} ${scene?.charAt(0).toLowerCase()}${scene?.slice(1)}?`;
	return rest ? `${asked} ${rest}` : asked;
}

/**
 * "Does the report say", inside a question, before the clause it reports: "How many entities does
 * the report say have sanctioned Barbecue?" asks how many have. (Not before what it is said about:
 * "what does the report say about…" asks what it says.)
 */
const reportSayingInside =
	/(?<=\b(?:who|whom|what|which|how many|how much|when|where|why)(?:\s+[\p{L}'’]+){0,3}\s+)(?:does|did|do)\s+(?:the\s+(?:report|article|piece|story|text|author|writer|source)|it|they)\s+(?:say|claim|state|report|think|suggest|mention)\s+(?:that\s+)?(?=(?:has|have|had|is|are|was|were|will|would|did|could|can)\b|\p{L}+(?:ed|s)\b)/iu;

/**
 * The question without "does the report say" inside it, where a clause it reports follows.
 *
 * @example
 * withoutReportSaying('How many entities does the report say have sanctioned him?'); // 'How many entities have sanctioned him?'
 */
export function withoutReportSaying(text: string): string {
	return text
		.replace(reportSayingInside, '')
		.replace(indicationOf, '')
		.replace(reportDescribing, (_, described: string, end: string) => `how are ${described} described${end}`);
}

/**
 * "Does the report give any indication of when…", "is there any word on who…": asked whether the report gives what a
 * question asks, the question itself. (Where the report says it is unclear, that is the answer.)
 */
const indicationOf =
	/^\W*(?:(?:does|did|do)\s+(?:the\s+(?:report|article|piece|story|text)|it)\s+(?:give|offer|provide|contain|have|include)|is\s+there|are\s+there|(?:do|does)\s+(?:we|you|anyone)\s+(?:have|get))\s+(?:any|an|a|some)?\s*(?:indication|word|hint|information|info|idea|sense|clue|details?|mention|news)\s+(?:of|on|about|as\s+to|regarding)\s+(?=(?:when|who|whom|what|which|where|why|how)\b)/iu;

/**
 * "How does the piece characterize the inmates?": how the report describes something asks what it
 * says they are, as "how are the inmates described?" does.
 */
const reportDescribing =
	/\bhow\s+(?:does|did|do)\s+(?:the\s+(?:report|article|piece|story|text|author|writer)|it)\s+(?:characteri[sz]e|describe|portray|depict|present|paint|qualify|label)\s+(\p{L}[^?.!]*?)(\s*[?.!]|$)/iu;

/**
 * A topic set before a dash or colon, then a question that points back to it with "that", "this"
 * or "it": "The crossfire detail: is that attributed to a named official?", "rnddh - what even is
 * that". The pronoun stands where the question would have the topic.
 */
const topicThenAsked =
	/^\W*(?<topic>[^?!.;:—–]{3,80}?)(?<mark>\s+[-–—]+\s*|\s*[—–:,]\s*)(?<question>(?:what|which|who|whom|whose|how|when|where|why|is|was|are|did|does|has|have|wat|wut|wats|whats|whos|hw|wen|wher)\b.*)$/iu;
/**
 * Does what a comma sets off ask or tell, rather than name: a question word in its first words
 * ("hmm who put sanctions on him"), or a verb in the past or third person before any relative
 * pronoun ("Canada sanctioned Barbecue", not "that gang boss who used to be a cop").
 */
function askedOrTold(topic: string): boolean {
	const words = topic.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
	if (words.slice(0, 3).some((word) => askingWord.test(word))) return true;
	const relative = words.findIndex((word, i) => i > 0 && (word === 'who' || word === 'which' || word === 'that'));
	// (wink-lexicon lacks many past forms, "sanctioned": one WordNet reads as a verb's, in -ed, is one too.)
	const told = (word: string) => {
		const tags = englishTags(word);
		return (
			(tags.some((tag) => tag === 'VBD' || tag === 'VBZ') && !tags.some((tag) => tag.startsWith('NN'))) ||
			(word.endsWith('ed') && lemmatizer().verb(word) !== word)
		);
	};
	return words.slice(0, relative < 0 ? undefined : relative).some(told);
}

/** What opens a clause that sets a scene or asks, not a topic: "In 2017, what did RNDDH warn of, and who said it?". */
const notATopic =
	/^\W*(?:(?:in|on|at|by|since|after|before|during|from|for|with|under|as|when|while|if|so|ok|okay|and|but|also|then|now|wait|hey|yo|btw)\b|(?:who|whom|what|when|where|why|which|how|qui|quoi|quand|pourquoi|comment|combien|quel|quelle|ki|kisa|kiyes|kile|kote|poukisa|konbyen)(?!\p{L}))/iu;
/** Words that make what precedes a question a story told, not a topic named. */
const toldVerb =
	/\b(?:i|i'm|im|we|you|u|he|she|they|was|were|is|are|has|had|have|did|do|does|said|says|hear|heard|hearing|keep|read|saw)\b/iu;
/** "The claim that a large number were freed — from which paper?": a claim named by what it says, verb and all. */
const claimNamed = new RegExp(String.raw`^\W*(?:the|this|that)\s+(?:${speech.claims.join('|')})\s+that\b`, 'iu');
/** The pronoun that takes the topic up: after a verb of being, ending its clause, or the subject of one a question word opens ("…when it's gonna show up"). */
const topicPronoun =
	/(?<=\b(?:is|was|'s|’s)\s+)(?:that|this|it)\b|\b(?:that|this|it)(?=\s*(?:[?,.!]|$))|\b(?:him|her)(?=\s*[?!.]*\s*$)|(?<=\b(?:were|are|did|do|have|had)\s+)they\b|(?<=^\W*(?:which|what)\s+)ones\b|(?<=\b(?:when|whether|if|where|why|how)\s+)it(?=\s+(?:is|was|will|would|gets|got|gonna|going)\b)/iu;
/** A second question word after a joiner: "how many + which", "when, and who". */
const asksAnother = new RegExp(String.raw`(?:\+|&|,|\band\b|\bet\b)\s*${askingWord.source}`, 'iu');

/** "The Kenya force — do we know when they are showing up?": after a dash or colon, "they" as a subject takes it up too. */
const subjectThey = /\bthey(?=\s+(?:are|were|will|would|have|had)\b)/iu;

/**
 * The question with the topic said in place of the pronoun that takes it up, where a topic opens it.
 *
 * @example
 * topicTakenUp('The crossfire detail: who is that attributed to?'); // 'who is The crossfire detail attributed to?'
 */
export function topicTakenUp(text: string): string {
	// ("Jail siege: day and time?": a few nouns after a dash or colon ask what they are, of the topic.)
	const nouns = topicThenNouns.exec(text);
	if (
		nouns?.groups?.topic &&
		nouns.groups.nouns &&
		verbless(nouns.groups.nouns) &&
		!askingWord.test(nouns.groups.nouns) &&
		!askingWord.test(nouns.groups.topic) &&
		// ("…used to be a cop - true or false?": the words that ask yes or no name nothing to ask of it.)
		!onlyYesNo.test(nouns.groups.nouns)
	)
		// ("RNDDH — govt body or NGO?": two kinds offered ask which of them it is.)
		return /\s(?:or|ou|oswa)\s/iu.test(nouns.groups.nouns) && namedTopic(nouns.groups.topic)
			? `is ${namedTopic(nouns.groups.topic)} ${withArticles(nouns.groups.nouns.trim())}?`
			: `what ${nouns.groups.nouns.trim()} is ${nouns.groups.topic.trim()}?`;
	// ("…— do we know when they're showing up?": the pronoun and its verb, as two words.)
	const found = topicThenAsked.exec(text.replace(/\bthey['’]re\b/giu, 'they are').replace(/\bit['’]s\b/giu, 'it is'));
	const topic = found?.groups?.topic?.trim();
	const question = found?.groups?.question;
	// (A topic is named, not told: "I keep hearing he was meant to step aside — which day was that?" tells a story.)
	// (A comma sets off less than a dash or colon: what it sets off must name something, not set a scene.)
	const byComma = found?.groups?.mark?.trim() === ',';
	if (
		!topic ||
		!question ||
		(byComma ? notATopic.test(topic) || askedOrTold(topic) : askingWord.test(topic)) ||
		(toldVerb.test(topic) && !claimNamed.test(topic))
	)
		return text;
	// "RNDDH — what kind of outfit?", "3,687 figure: whose number?": a question with no verb of its own, set after a
	// dash or colon, asks it of the topic.
	// ("…: whose number? vetting sources": what follows the question mark stays after it.)
	const pronoun = byComma || topicPronoun.test(question) ? topicPronoun : subjectThey;
	if (!pronoun.test(question)) {
		const [, asked = '', after = ''] = /^([^?!]*)[?!]*(.*)$/su.exec(question) ?? [];
		// ("Barbecue sanctions - how many entities + which?": two things asked of it are asked apart, each of the topic.)
		if (byComma || !verbless(asked) || asksAnother.test(asked)) return text;
		// ("Barbecue di moun pa voye timoun lekòl - poukisa?": a question word alone asks it of the topic.)
		if (/^\W*\p{L}+\W*$/u.test(asked) && askingWord.test(asked)) return `${asked.trim()} ${topic}?${after}`;
		// ("Jail siege: day and time?": a noun alone asks what it is, of the topic.)
		const asking = /^\W*(?:what|which|who|whom|whose|when|where|why|how)\b/iu.test(asked)
			? asked.trim()
			: `what ${asked.trim()}`;
		return `${asking} is ${topic}?${after}`;
	}
	// ("rnddh, the ppl w the prison numbers, wat kind of org is that": the name, not what is said of it after.)
	// ("Media outlets only: which ones…": the kind, without its article or "only", in the place of "ones".)
	const kind = topic.replace(/^(?:the|les|le|la)\s+/iu, '').replace(/\s+(?:only|alone|seulement|uniquement)$/iu, '');
	return question.replace(pronoun, (found) =>
		// (Not at a comma inside a number: "the 3,687 inmates number, what month is that from".)
		/^ones$/iu.test(found) ? kind : byComma ? (topic.split(/(?<!\d),|,(?!\d)/u)[0] ?? topic) : topic,
	);
}

/** "Which of the report's sources are newspapers?", "which sources are media outlets (not the UN)?". */
const sourcesOfKind =
	/^\W*(?:which|what)\s+(?:of\s+)?(?:the\s+)?(?:(?:report|article|piece)['’]?s\s+)?sources\s+(?:(?:in|cited in|named in|of)\s+the\s+(?:report|article|piece)\s+)?(?:are|were)\s+(?:the\s+)?(?<kind>[^?()]+?)\s*(?:\([^()]*\))?(?:,?\s+(?:rather than|not|instead of|and not|as opposed to)\s+[^?()]+)?\s*\?*\s*$/iu;

/** The same with the sources set first: "Of the sources the article relies on, which are media outlets…?". */
const sourcesFirst =
	/^\W*(?:of|among|parmi|pami)\s+(?:(?:all|toutes?)\s+)?(?:the|les|sous)\s+sources\b[^,?]*,\s*(?:which|lesquelles|lesquels|kiles|kiyes)\s+(?:ones\s+)?(?:are|were|sont|etaient|étaient|se)\s+(?:des\s+|the\s+)?(?<kind>[^?(),]+?)\s*(?:\([^()]*\))?(?:,?\s+(?:rather than|not|instead of|and not|as opposed to|par opposition (?:aux?|à)|plut[oô]t que|pas)\s+[^?()]+)?\s*\?*\s*$/iu;

/** A noun for a kind of party opening the text, then "that", "which" or "who": "outlet that reported…". */
const kindThenClause = new RegExp(
	String.raw`^\W*(?:the\s+)?(?<kind>${[...kinds.media, ...kinds.organisation, ...kinds.country, ...kinds.actors]
		.filter((noun) => noun !== 'one')
		.join('|')})s?\s+(?:that|which|who)\s+(?=\p{L})`,
	'iu',
);

/** A topic, a dash or colon, then a few words and the question mark: "Jail siege: day and time?". */
const topicThenNouns =
	/^\W*(?<topic>[^?!.;:—–]{3,60}?)(?:\s+[-–—]+\s*|\s*[—–:]\s*)(?!(?:what|which|who|whom|whose|how|when|where|why|is|was|are|did|does)\b)(?<nouns>\p{L}[\p{L}\s'’-]{1,30}?)\s*\?[\s?!]*$/iu;

/** A question of a few words, none of them a verb by its commonest use: "whose number?", "what kind of outfit?". */
function verbless(question: string): boolean {
	const words = question.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
	return words.length <= verblessReach && words.every((word) => !/^(?:VB|MD)/.test(englishTags(word)[0] ?? ''));
}
const verblessReach = 5;

/**
 * "The rights group that monitors prisons had already sounded the alarm; what did it denounce?": what is told
 * first, up to a semicolon, names the one a pronoun in the question after it takes up. (A sentence told before
 * the question is a part of its own, whose context the parts keep.)
 */
const toldThenAsked =
	/^\W*(?:(?:when|while|after|before|once|since|as)\s[^;,?]{3,100},\s*)?(?<named>(?:the|a|an|this|that)\s+[^;,?]{3,60}?)\s+(?:that|who|which|had|has|have|was|were|is|are|did|does|issued|made|gave|said|warned|announced)\b[^;?.]*;\s*(?<question>(?:what|which|who|whom|how|when|where|why)\b[^;]*\b(?:it|he|she|they|him|them)\b.*)$/iu;

/**
 * "On what date, under the deal struck in December 2022, was Henry to leave?": a phrase set off by commas
 * between the question word and the rest says which, as it would at the end; read there, its verb is not
 * the one asked.
 */
const asideAfterAsking =
	/^\W*(?<asking>(?:(?:on|in|at|by|from|for|à|a|en|par|pour|depuis|de|nan|pou)\s+)?(?:what|which|who|whom|when|where|why|how|quel|quelle|quels|quelles|qui|quand|où|ou|pourquoi|comment|combien|ki|kilè|kile|kisa|kote|poukisa|konbyen)(?:\s+\p{L}+){0,2}?)\s*,\s*(?<phrase>(?:under|according to|in line with|as part of|in keeping with|pursuant to|following|per|en vertu d['’]?e?|selon|conformément à|conformement a|d['’]apr[eè]s|dans le cadre d['’]?e?|suivant|dapre|selon)\b[^,?:]{3,100}?)\s*,\s*(?<rest>\p{L}.*)$/iu;

const sceneFirst =
	/^\W*(?<scene>(?:(?:right|just|shortly|immediately|soon|not long|long|only|even|some ?time|a (?:little |short )?while|(?:a few|some|several|two|three|a couple of) (?:days|hours|weeks)|(?:a|one|the) day|juste|peu|tout juste|peu de temps|quelque temps|quelques jours|(?:yon )?ti tan)\s+)?(?:when|while|after|before|once|since|following|during|amid|prior to|ahead of|in the wake of|quand|lorsqu['’]?|lorsque|apr[eè]s|avant|lè|apre|avan|according to|as per|per|selon|d['’]apr[eè]s|dapre)\s+(?!(?:did|does|do|was|were|is|are|has|have|had|will|would|could|can|exactly|precisely|est|a|ont|sont|etait|était|te)\b)[^,?]{3,120}?),\s*(?!(?:what|which|quel|quelle|ki)\s+(?:exact\s+)?(?:date|day|year|month|time|jour|annee|année|mois|dat|jou|ane|mwa)\b)(?<question>(?:what|who|whom|whose|which|how|why|where|when|did|does|do|was|were|is|are|has|have|had|qui|que|qu['’]|quoi|quel|quelle|quels|quelles|combien|pourquoi|comment|où|ki|kisa|kiyes|konbyen|poukisa|kote|kil[eè]|[eè]ske)\b[^?]*)(?<after>\?.*)?$/iu;

/**
 * Words of asking set in the question itself, which say nothing of what is asked: "to the best of
 * your knowledge", "if memory serves", "I wonder", "broadly speaking", "if I may ask", and the
 * asker's memory ("I keep forgetting", "j'ai oublié", "m bliye").
 */
const askingAside =
	/\b(?:to the best of (?:your|my|our) knowledge|if (?:my )?memory serves(?: me)?(?: (?:right|correctly|well))?|as (?:i|we|far as i) (?:(?:dimly|vaguely|faintly|seem to) )?(?:recall|remember|recollect|understand|gather|believe|know)|(?:with |in )?(?:whatever|as much|such) (?:precision|detail|accuracy|certainty|exactness) (?:as )?(?:the|this) (?:report|article|text|piece|reporting) (?:permits|allows|gives|offers|affords)|(?:so|as|in so) far as (?:the|this) (?:report|article|text|piece|reporting) (?:indicates|allows(?: (?:one|us|me) to say)?|permits(?: (?:one|us|me) to say)?|goes|says|tells(?: (?:us|me|one))?|shows|lets (?:one|us|me) (?:say|tell))|if (?:i|i['’]?m|i am|i['’]?ve|i have) (?:recall|remember|read|understand|recollect|follow)(?:ing|ed)? (?:(?:the|this|that) (?:piece|article|report|story|text|news) |it |this |that |things )?(?:correctly|right|rightly|properly)|(?:if|unless) (?:i['’]?m|i am) (?:not )?(?:mistaken|wrong)|i wonder|broadly speaking|generally speaking|so to speak|as it were|if i (?:may|might|can) (?:ask|say|enquire|inquire)|if you (?:don['’]t|do not) mind (?:me |my )?asking|if (?:you|u) (?:would|could|will|['’]d) be so (?:kind|good)(?: as to \p{L}+(?: (?:it|that|this|them))?(?: (?:out|up|for me|for us))?)?|pray tell|(?:just )?out of curiosity|for the record|(?:according to|as per|per) the (?:report|text|article|piece|story)|(?:if (?:one|we|you|i) (?:is to |are to |am to )?(?:believes?|trusts?|goes by|go by|takes? (?:it|them) at (?:its|their) word)|going by|judging by|to judge by|si l['’]on (?:s['’]en tient|se fie|en croit)(?: à)?(?: ce (?:que|qu['’]))?(?: (?:rapporte|dit|affirme|indique))?|à en croire|a en croire|à s['’]en tenir à) (?:what )?(?:the|this|l['’]|le|ce|cet|cette)\s*(?:report|text|article|piece|story|account|rapport|texte|récit|recit)(?: (?:says|tells|reports|claims))?|(?:selon|d['’]apr[eè]s) (?:le rapport|le texte|l['’]article)|dapre (?:rapò|rapo|tèks|teks|atik) (?:a|la)|i (?:keep |always |totally |completely )?(?:forget|forgot|forgetting)(?: (?:the|his|her|their|its|that) (?:\w+ )?(?:name|names|word|date|number|figure))?|(?:i )?(?:can['’]?t|cannot|don['’]?t|do not|never) (?:remember|recall)|(?:i['’]?m |i am )?(?:blanking|drawing a blank)(?: on (?:it|this|that|the name))?|brain ?fart|j['’]ai oubli[ée]|je (?:ne )?(?:me )?(?:souviens|rappelle) (?:plus|pas)|(?:m|mwen) (?:te )?bliye|i (?:loose|lose|lost|losing|kinda lost|kind of lost) track(?: of (?:things|time|it|the news))?(?: since \w+)?|my memory(?: is| s)?(?: not| isn['’]?t| aint| ain['’]t)? (?:so |too |that |very )?(?:good|great|what it used to be)(?: no more| anymore| any more)?|(?:i['’]?m|i am) (?:getting )?(?:old|confused)(?: now)?|when (?:they|he|she|it)(?:['’]re|['’]s| are| is) at home)\b/giu;

/**
 * "This gentleman they call Barbecue, what was his job?": one described by what others call them, opening the
 * question, is the one named.
 */
const calledOpening =
	/^\W*(?:[Tt]his|[Tt]hat|[Tt]he)\s+(?:\p{L}+\s+){1,2}?(?:(?:that|who|whom)\s+)?(?:they|people|folks|everyone|everybody|ppl)\s+(?:call|calls|called|nickname|nicknamed)\s+(?<name>\p{Lu}[^,?]{0,40}?)(?=\s*,)/u;

/** "the man called", "this guy they call", "the gang boss known as": a description before the name it goes by. */
const describedByName =
	/\b(?:the|this|that|da|dat)\s+(?:(?:so-called|notorious|infamous|gang|gangland)\s+)?(?:man|guy|fellow|feller|person|bloke|chap|dude|gentleman|individual|character|gangster|leader|boss|thug)\s+(?:(?:that|who|whom)\s+)?(?:(?:is|they|people|folks|everyone|everybody|ppl)\s+)?(?:called|call|calls|named|nicknamed|known\s+as|dubbed|aka)\s+(?=["“«]?\p{L})/giu;

/**
 * "Jimmy Sergier, the man they call Barbecue, …", "Sergier, moun yo rele Barbecue a, …": an aside after a
 * name that gives another name for the same one says nothing of what is asked.
 */
const namingAside =
	/(?<=\p{Lu}[\p{L}.]*)\s*,\s*(?:(?:the|a|le|la|l['’]|moun|nèg|neg|nonm)\s+)?(?:(?:man|guy|one|person|gang leader|homme|type|chef)\s+)?(?:(?:that|who|whom|they|people|everyone|yo|ke yo|ki|que l['’]on|qu['’]on|que)\s+)?(?:call(?:ed|s)?|named|nicknamed|known as|aka|a\.k\.a\.|rele|appelle(?:nt)?|surnomm(?:e|ent|é|ée)|appel[ée]e?|alias)\s+[^,?]{1,40}?\s*,(?=\s*\p{L})/giu;

/**
 * "In which year, if I may ask, were the 3,687 counted?": an aside of asking set off by commas
 * goes with its commas, which would otherwise cut the question in two.
 *
 * @example
 * withoutAskingAside('in which year, if I may ask, were they counted?'); // 'in which year were they counted?'
 */
function withoutAskingAside(text: string): string {
	return text.replace(askingAsideSetOff, ' ').replace(beliefSetOff, ' ');
}

/**
 * ", I believe,", ", je crois,", ", m kwè,": the asker's own belief set off by commas inside the question, which says
 * nothing of what is asked. (Only set off: "why do they think…" asks what is thought.)
 */
const beliefSetOff =
	/\s*,\s*(?:(?:i|we)\s+(?:believe|think|gather|suppose|reckon|imagine|assume|guess)|je\s+(?:crois|pense|suppose)|il\s+me\s+semble|(?:m|mwen)\s+(?:kw[eè]|panse))\s*,\s*/giu;

/**
 * "How many news outlets (not counting NGOs or the UN) does it cite?", "…, setting aside NGOs and
 * international bodies, …": what an aside sets apart is not what is asked, and the kind asked for
 * already leaves it out. Only an aside set off on both sides, by brackets or commas.
 *
 * @example
 * withoutExclusionAside('How many outlets (not counting NGOs) are cited?'); // 'How many outlets are cited?'
 */
function withoutExclusionAside(text: string): string {
	return text.replace(exclusionAside, ' ');
}

const exclusionOpening =
	"(?:not counting|not including|excluding|setting aside|leaving aside|leaving out|putting aside|aside from|apart from|other than|except(?: for)?|pas d['’]|pas de|pas les?|sans compter|hors|sauf|en dehors d(?:e|u|es)|à part|a part|san konte|apa)(?:(?<=['’])|(?!\\p{L}))";
const exclusionAside = new RegExp(
	`\\s*(?:\\(\\s*${exclusionOpening}[^()]*\\)|,\\s*${exclusionOpening}[^,?;]*,)\\s*`,
	'giu',
);

/**
 * "Which website was responsible for the contention that the guards deserted?", "to whom does the
 * article attribute the reasoning that…", "whose stated reason is it that…": whoever is asked for
 * behind a claim asks who said what the claim's clause says. A kind of speaker asked for ("which
 * website") is kept.
 *
 * @example
 * claimAskedOfWhom('Whose argument is it that elections must wait?'); // 'who said that elections must wait?'
 */
function claimAskedOfWhom(text: string): string {
	const found = claimThat.exec(text);
	if (!found?.groups) return text;
	const { asker = '', said = '', whose } = found.groups;
	const kind =
		/^\W*(?:which|what)\s+((?:[\p{L}-]+\s+){0,3}?)(?=(?:was|is|were|are|did|does|do|has|had|made|first|originally|actually)\b)/iu.exec(
			asker,
		);
	if (!kind && !whose && !askerOfWhom.test(asker)) return text;
	// ("Who opposed the idea that…" asks who opposed it, not who said it.)
	const rest = kind ? asker.slice(kind[0].length) : asker;
	if (!(rest.toLowerCase().match(/\p{L}+/gu) ?? []).every((word) => behindClaim.has(word))) return text;
	return `${kind ? `which ${kind[1]}` : 'who '}said that ${said}`;
}

const claimThat = new RegExp(
	`^(?<asker>[^?]*?)\\b(?:the|a|an|this|that|its|their|(?<whose>whose))\\s+(?:(?:stated|main|central|underlying|original|official)\\s+)?(?:${speech.claims.join('|')})\\s+(?:(?:is|was)\\s+it\\s+)?that\\s+(?<said>.+)$`,
	'iu',
);

/** The words that may ask who is behind a claim, besides the kind of speaker asked for. */
const behindClaim = new Set(
	(
		'which what who whom whose to by from on of in for is was were are did does do has had it s the this that article ' +
		'report piece story text author writer writers telling responsible behind made make makes put puts forward advanced ' +
		'advance advances attribute attributes attributed rest rests credit credits credited source origin authority first ' +
		'originally actually according'
	).split(' '),
);

/** Words asking for whoever is behind a claim: "who", "whose", "to whom…", "on whose authority…". */
const askerOfWhom = /^\W*(?:(?:to|by|from|on)\s+)?(?:who|whom|whose)\b/iu;

/**
 * "Number of separate authorities that have sanctioned Barbecue?": a count named first, with no question word,
 * asks how many.
 *
 * @example
 * numberOfOpening('Number of unions that asked for help?'); // 'how many unions that asked for help?'
 */
function numberOfOpening(text: string): string {
	const found = /^\W*(?:the\s+)?(?:total\s+|(exact|precise)\s+)?(?:number|no\.|nb)\s+of\s+(?=\p{L})/iu.exec(text);
	if (!found || /\b(?:what|which|how|who|when|where|why)\b/i.test(text)) return text;
	// ("Exact number of homicides in 2023?" still asks it exactly.)
	return `how many ${found[1] ? 'exactly ' : ''}${text.slice(found[0].length)}`;
}

/** An aside of asking between two commas. */
const askingAsideSetOff = new RegExp(`\\s*,\\s*(?:${askingAside.source})\\s*,\\s*`, 'giu');

/** Each language's polite opening, up to the question word after it (folded text). */
const politeOpenings = [
	// "Would you have the amiability to recall me which day…", "would you be so kind as to tell me who…": a courtesy
	// before the question, whatever its noun.
	/^\W*(?:would|could|will|can)\s+(?:you|u)\s+(?:(?:have|do me)\s+the\s+\p{L}+\s+(?:of|to)|be\s+so\s+\p{L}+\s+as\s+to)\s+(?:\p{L}+\s+){1,3}?(?=(?:who|whom|whose|what|when|where|why|which|how|whether|if)\b)/u,
	// "tell grandma which president…", "pls tell my uncle who…": whoever the answer is to be told.
	/^\W*(?:(?:pls|please|plz|can you|could you|can u|cn u)\s+)*tell\s+(?:\p{L}+\s+){1,2}(?=(?:who|whom|whose|what|when|where|why|which|how|whether|if)\b)/u,
	// "Could it be confirmed which bodies…", "could it be established approximately how many…": whether it can be told.
	/^\W*(?:(?:could|can|would|might) it (?:please )?be (?:confirmed|established|clarified|specified|explained|said|stated|determined|ascertained|indicated)|(?:would|is) it (?:be )?possible to (?:learn|know|find out|establish|confirm|say|tell))\s*(?:,[^,?]{1,40},\s*)?(?:\w+ly\s+)?(?=(?:who|whom|whose|what|when|where|why|which|how|whether|if)\b)/,
	// "Has anyone pinned down when the mission will show up?", "has anybody established, with any precision, how
	// many…": whether someone knows, asking what they would know.
	/^\W*(?:has|have|did|does|do)\s+(?:any ?(?:one|body)|some(?:one|body)|they|the (?:report|article|authorities|government))\s+(?:(?:actually|already|yet|ever|even|really|officially)\s+)?(?:pinned down|nailed down|established|figured out|worked out|found out|confirmed|determined|decided|announced|specified|revealed|said|know|knows|set)\s*(?:,[^,?]{1,40},\s*)?(?:\w+ly\s+)?(?:(?:a|an|the|any) (?:firm |exact |precise |specific )?(?:date|day|time|timeline|timetable|figure|number|count|name) (?:for|of|on)\s+)?(?=(?:who|whom|whose|what|when|where|why|which|how|whether|if)\b)/,
	// "Quick fact check: did the UN sanction Barbecue?", "question: who…": a label before the question it asks.
	// "Two questions: who…", "a couple things -".
	/^\W*(?:(?:quick|small|little|real|honest|serious|one more|another|two|three|2|3|a few|a couple(?: of)?|couple(?: of)?|some)\s+)?(?:(?:fact|rumou?r|claim|reality|sanity|count|sequencing|math|date|source|timeline)\s*-?\s*check|math|questions?|qs?|qq|quer(?:y|ies)|things|mods?|bot|(?<=quick\s)one)(?:\s+in\s+one)?(?:\s+(?:since|because|cause|cuz|as|before|b4|till|until)\s+[^:?.]{1,40})?\s*[:,.-]\s*(?=(?:who|whom|whose|what|when|where|why|which|how|did|does|do|is|are|was|were|has|have|had|can|could|will|would|whats|wats|wat|wut|wen|whos|wheres|hows|hw)\b)/,
	// "Sequencing check: Moïse assassination vs. the deal — which came first?": a check's label before a colon, whatever
	// follows it that asks.
	/^\W*(?:(?:quick|small|little|one more|another)\s+)?(?:fact|rumou?r|claim|reality|sanity|count|sequencing|math|date|source|timeline)\s*-?\s*check\s*:\s*(?=[^?]*\?)/,
	// "Small verification please: the Pénitencier is in which city?": a label for what follows the colon, whatever it is.
	/^\W*(?:(?:a|one|quick|small|little|simple|short|another)\s+)?(?:verification|confirmation|clarification|check|request|query|for\s+(?:attribution|the\s+record|reference|context))(?:\s+(?:request|needed))?(?:\s+(?:please|pls|plz))?\s*:\s*(?=\S)/,
	// "Does the report say who leads the gangs?", "does it mention when…": whether it says, asking what it says.
	/^\W*(?:does|did|do|can|could|would|will)\s+(?:it|this|they|the (?:report|article|piece|story|text|news|source))\s+(?:(?:actually|even|really|ever)\s+)?(?:say|mention|tell(?: us| me)?|specify|state|explain|indicate|note|show|reveal|clarify)\s+(?=(?:who|whom|whose|what|when|where|why|which|how)\b)/,
	// ("The report say which types of crisis…?", "report mentions who…": the same asked without its auxiliary.)
	/^\W*(?:the\s+)?(?:report|article)\s+(?:(?:actually|even|really|ever)\s+)?(?:says?|mentions?|tells?(?: us| me)?|specif(?:y|ies)|states?|explains?|indicates?|shows?|reveals?)\s+(?=(?:who|whom|whose|what|when|where|why|which|how)\b)/,
	// "Est-il précisé à quel moment…", "sait-on quand…": whether the report says, asking what it says.
	/^\W*(?:est[ -]il|est[ -]ce qu['’ ]?on a|sait[ -]on|a[ -]t[ -]on)\s+(?:precise|indique|dit|connu|su|explique|mentionne|specifie)?\s*(?=(?:(?:a|dans|en|de|pour|par)\s+)?(?:qui|quoi|quand|ou|pourquoi|comment|combien|quel|quelle|quels|quelles)\b)/,
	// "Forgive an old man's question, in which city…", "sorry for the dumb q but who…": an apology before the question.
	// (Its words run to the question word unbroken: "excuse me, Jimmy Sergier is under sanctions from whom?" asks of Sergier.)
	// ("Apologies if this is naive, but is the prison…?": after "but", a question that asks yes or no.)
	/^[^?]{0,80}?\b(?:forgive|excuse|pardon|sorry (?:for|if)|apologies (?:for|if))\b(?:[^\S\n]+[\w'’]+){0,6}?[\s,:.!-]+(?:(?:but|and|so)\s+)?(?=(?:(?:in|on|at|for|from|by)\s+)?(?:who|whom|whose|what|when|where|why|which|how|whether)\b|(?<=\bbut\s+)(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would)\b)/,
	// "Excuse me for the disturbance. This gang chief…, what was his job?": an apology that is a sentence of its own.
	/^[^?.!]{0,40}?\b(?:forgive|excuse|pardon|sorry|apologies|apologize|apologise|desole|excusez|padon)\b[^?.!]{0,60}[.!]+\s+(?=\S)/,
	// (Not past a question asked first: "what month did…, and do we know when…" asks both.)
	/^(?!\W*(?:who|whom|whose|what|when|where|why|which|how)\b)(?=[^?]*\b(?:i|me|my|our|you|u|we|us|bot|kindly|please|pls|plz|anyone|anybody|someone|somebody|y['’]?all|ya['’]?ll|people|ppl|folks)\b)[^?]{0,400}\b(?:tell|told|give (?:me|us)|provide|let (?:me|us) know|clarify|clarified|explain|explained|describe|indicate|indicated|remind|reminded|enlighten|enlightened|set out|spell out|outline|advise|inform|know|kno|knowing|learn|ask|enquire|inquire|wonder|wondering|curious|calculate|check|confirm|confirmed|specified)\b(?:\s+\w+ly)?(?:\s+(?:me|us|for me|for us))?(?:\s+(?:on|about|as to|regarding|of))?(?:\s*,[^,?]{1,60},)?[\s,:-]*(?=(?:(?:by|in|at|from|for|with|to|under)\s+)?(?:who|whom|whose|what|when|where|why|which|how|whether|if)\b|the (?:exact |precise |full )?(?:date|day|year|month|name|names|number|place|reason|time)\b|(?<=\b(?:clarify|confirm|specify|remind (?:me|us) of|tell (?:me|us))(?:\s*,[^,?]{1,60},)?\s+)the\s+[a-z])/,
	/^(?!\W*(?:qui|quoi|quand|ou|pourquoi|comment|combien|quel|quelle|quels|quelles)\b)(?=[^?]*\b(?:je|j|vous|me|m|moi|tu|on|serait|aimerais|voudrais|souhaiterais)\b)[^?]{0,400}\b(?:dire|expliquer|indiquer|savoir|demander|rappeler|preciser|connaitre|confirmer|verifier|donner)\b[\s,:-]*(?:s['’ ]il vous plait[\s,:-]*)?(?=(?:(?:dans|a|en|de|pour|par|sur|avec|depuis|selon)\s+)?(?:qui|quoi|quand|ou|pourquoi|comment|combien|quel|quelle|quels|quelles|si|ce que|ce qui|ce qu|ki moun|kimoun|kiyes|kiles|kisa|kile|kote|poukisa|konbyen)\b|(?:la date|le jour|l['’ ]annee|le nom|le nombre|la raison)\b)/,
	/^(?!\W*(?:kiyes|kiles|kisa|ki|kile|kote|poukisa|konbyen)\b)(?=[^?]*\b(?:m|mwen|ou|w)\b)[^?]{0,400}\b(?:di m|di mwen|eksplike m|eksplike mwen|raple m|raple mwen|fe m konnen|fe m sonje|konnen|mande|konfime|verifye|tcheke|presize)\b[\s,:-]*(?=(?:(?:nan|pou|ak|sou|a|de)\s+)?(?:kiyes|kiles|kisa|ki|kile|kote|poukisa|konbyen|si)\b)/,
];

/** A joiner that can open what is said: "so is…", "but who…". */
export const leadingJoiner = /^(?:but|and|so|mais|et|donc|men|epi)$/;

/** "…hope this isn't a bother, but which country…": a joiner left opening the question once the chat before it is gone. */
function withoutLeadingJoiner(words: string[]): string[] {
	return leadingJoiner.test(words[0] ?? '') && leadingQuestionWord.test(words[1] ?? '') ? words.slice(1) : words;
}

/** Words that open a question, in the three languages, as a message's words have them. */
const leadingQuestionWord =
	/^(?:who|what|which|when|where|why|how|is|was|are|were|did|does|do|qui|que|quoi|quel|quelle|quand|ou|pourquoi|comment|combien|ki|kisa|kile|kote|poukisa|konbyen|eske)$/;

/** A word that opens a message before a comma and says nothing: "bon,", "alors,", "well,". */
const openingWord = /^\W*(?:bon|ben|alors|donc|well|so|anyway|bref|enfin|ok|okay|wait|hmm|ah|eh|oke|ebyen|enben)\s*,/;

/** Verbs before which chat's lone "2" is "to" ("used 2 be", "sposed 2 hand over"): not a count of anything. */
export const chatToVerbs =
	'do|be|go|get|see|know|say|have|make|leave|stay|lead|hand|take|escape|run|attack|step|send|keep|hold|fit|house';
/** A lone 2 or 4 before a determiner, a pronoun or one of those verbs: built once, used on every question. */
const chatToOrFor = new RegExp(
	String.raw`\b([24]) (?=(?:the|a|an|my|your|ur|u|me|him|her|them|us|it|his|their|this|that|help|real|sure|now|ever|free|${chatToVerbs})\b)`,
	'g',
);

/** A lone "2" after words that take "to" and a verb ("meant 2 give up", "trying 2 seize"): "to", whatever the verb. */
const chatToAfter =
	/\b(meant|supposed|sposed|going|want|wants|wanted|need|needs|needed|has|have|had|used|able|trying|tried|try|plans?|planned|due|expected|ready|about|how|where|what|offered|vowed|threatened|refused|reluctant|afraid|scared) 2 (?=[a-z])/g;

/** Folded words, with contractions split the way each language writes them. */
export function tokenize(text: string): string[] {
	return (
		joinCompoundNames(fold(text))
			// English: didn't → did not; they're → they are; Haiti's → Haiti
			.replace(/\bcan't\b/g, 'can not')
			.replace(/\bwon't\b/g, 'will not')
			.replace(/\b(\w+)n't\b/g, '$1 not')
			.replace(/\b(can)not\b/g, '$1 not')
			// "the council ok'd it": an approval, before "'d" is read as "would" and "ok" as chat filler.
			.replace(/\bok(?:ay)?(?:'d|'ed|ed|d)\b/g, 'approved')
			// "did the un ok sending troops": "ok" as the verb after a subject, an approval too.
			.replace(
				/\b((?:did|does|do|will|would|could|to)(?: (?!ok\b)[a-z.]+){0,2} (?!(?:say|said|says|give|gave|get|got|an?|the|is|was)\b)[a-z.]+) ok(?:ay)? (?=[a-z])/g,
				'$1 approve ',
			)
			// "did the UN ok sending troops": "ok" after an auxiliary is the verb.
			// (Not after a verb that takes it as its object: "did the UN say ok to…" is the phrase chat spells as one.)
			.replace(
				/(?<=\b(?:did|does|do|to|will|would|could|can|should|not)(?:\s+\w+){0,3})(?<!\b(?:say|said|says|saying|give|gave|gives|giving|get|got|the|an?))\s+ok(?:ay)?\b(?=\s+\w)/g,
				' approve',
			)
			.replace(
				/'(re|ve|ll|d|m)\b/g,
				(_, tail: string) => ` ${{ re: 'are', ve: 'have', ll: 'will', d: 'would', m: 'am' }[tail]}`,
			)
			// "Who's claiming…" is who is: no possessive after a question word.
			.replace(/\bwho's\b/g, 'who is')
			// "Jimmy Sergier, dit « Barbecue »": French "dit" before a quoted name gives the name, not a saying.
			.replace(/,\s*dite?s?\s+(?=[«"“])/g, ', ')
			// "Who dropped the intel that…", "who broke the news that…": who reported it, in chat's words for news.
			.replace(
				/\bwho\s+(?:\w+\s+){1,2}?(?:the\s+)?(?:news|intel|info|information|story|scoop|tea|word)\s+that\b/g,
				'who reported that',
			)
			// "Who was it that told…", "what is it that they want": a cleft asks as the question word alone does.
			.replace(/\b(who|what|when|where|which one)\s+(?:is|was)\s+it\s+(?:that|who)\b/g, '$1')
			// "Who's the one claiming…", "who was the one that said…": the same, with the one asked for named "the one".
			.replace(
				/\bwho\s+(?:is|was|are|were)\s+the\s+(?:one|ones|person|people|guy|guys|group|outlet|source)\s+(?:(?:that|who)\s+|(?=\w+ing\b))/g,
				'who ',
			)
			.replace(/'s\b/g, '')
			// French and Creole elision: l'école, d'après, qu'est-ce, m'ap → l école, d après…
			.replace(/\b([ldjmnstc]|qu|jusqu|lorsqu|puisqu)'/g, '$1 ')
			// A year in two digits: "'23", "in 23?" → 2023 (a count after "in" has its noun after it).
			.replace(/'(\d\d)\b/g, (_, year: string) => ` ${fullYear(year)}`)
			// ("going to print in 20", "back in 10": what the asker will do in so many minutes is no year.)
			.replace(
				/(?<!\b(?:going to|gonna|will|ll|be back|back|print|printing|publish|air|airing|live|out|done|ready|leave|leaving)(?:\s+\S+){0,2}\s+)\b(in|since|from|by|en|depuis|an)\s+(\d\d)(?=\s*(?:[?!.,;]|$))/g,
				(_, word: string, year: string) => `${word} ${fullYear(year)}`,
			)
			// "what happened 2 the rate", "4 the record", "sposed 2 hand over": a lone 2 or 4 before a determiner, a
			// pronoun or a verb is "to" or "for".
			.replace(chatToOrFor, (_, digit: string) => (digit === '2' ? 'to ' : 'for '))
			.replace(chatToAfter, '$1 to ')
			// "how many ppl is that prison even meant 4": "for", after what something is made for.
			.replace(/\b(meant|built|designed|made|intended|room) 4\b/g, '$1 for')
			// "5x its capacity" is five times it.
			.replace(timesSign, '$1 times')
			// "What % of the inmates…": a percent sign with no number before it is the word.
			.replace(/(^|[^\d\s%])(\s*)%/g, '$1$2 percent ')
			// Numbers keep their digit groups: 3,687, 3 687 and 3.687 → 3687
			.replace(/(\d)[,.\s\u00a0\u202f](?=\d{3}\b)/g, '$1')
			.replace(/\b((?:[a-z]\.){2,})/g, (acronym) => acronym.replaceAll('.', ''))
			.match(/[a-z0-9]+(?:\/[a-z0-9]*)?|\d+(?:[.,]\d+)?%?/g)
			?.map((word) => chatPlural(unstretched(word))) ?? []
	);
}

/** "killingz", "copz": chat's plural in "z", where the word in "s" is English and the word as typed is not. */
function chatPlural(word: string): string {
	if (!/^\p{L}{4,}z$/u.test(word) || isEnglishWord(word)) return word;
	const plural = `${word.slice(0, -1)}s`;
	return isEnglishWord(plural) || isEnglishWord(plural.slice(0, -1)) ? plural : word;
}

/** A letter typed three times or more: "lmaooo", "whyyy", "pleaseee". */
const stretch = /([a-z])\1{2,}/g;

/**
 * A word with its letters stretched for emphasis, as it is spelled: "lmaooo" → "lmao", "sooo"
 * → "so"; "hahahaa" is laughter whatever its length. No word of the three languages has a
 * letter three times in a row, so the doubled form is kept only where it is a known word ("cool");
 * a last letter only doubled ("lmaoo", "heyy") is chat where the single form is.
 */
export function unstretched(word: string): string {
	if (/^(?:ha){2,}h?a?$|^(?:ja){2,}$|^(?:he){2,}$/.test(word)) return 'haha';
	const known = (form: string) =>
		fillerTable.has(form) ||
		textSpeakTable.has(form) ||
		stopwords.en.has(form) ||
		stopwords.fr.has(form) ||
		stopwords.ht.has(form);
	// "lmaoo", "heyy": chat whose last letter is only doubled, where the word is no other.
	if (!/([a-z])\1\1/.test(word)) {
		const single = word.replace(/([a-z])\1$/, '$1');
		// ("free" is no stretched "fre": an English word as typed is that word.)
		return single !== word && !known(word) && !isEnglishWord(word) && fillerTable.has(single) ? single : word;
	}
	const doubled = word.replace(stretch, '$1$1');
	return known(doubled) ? doubled : word.replace(stretch, '$1');
}

/** A number written with "x" for "times" (folded text): "5x", "5 x", "5.3x". */
export const timesSign = /\b(\d+(?:[.,]\d+)?) ?x\b/g;

/** A two-digit year as this century's: "23" → 2023. */
function fullYear(year: string): string {
	return `20${year}`;
}

/** Verbs with which a member passes on what someone they know said. */
const passedOn = new Set(['says', 'said', 'say', 'told', 'tells', 'claims', 'claimed', 'swears', 'thinks', 'reckons']);
/**
 * Someone who told the asker, a helper verb or not, then the telling, as the hearsay lexicon has
 * them (folded): "people are saying", "i keep hearing", "moun ap di". A pattern's source.
 */
// ("sum1 in vc said…", "someone on twitter posted…": where the teller was may come between.)
export const toldBy = `(?:${phraseAlternatives(parts.hearsay.tellers)})\\s+(?:(?:in|on|at|from)\\s+(?:the\\s+)?[a-z0-9#-]+\\s+)?(?:(?:${phraseAlternatives(parts.hearsay.helpers)})\\s+)?(?:${phraseAlternatives(parts.hearsay.told)})`;
/** Who told the asker, opening the words, with "me" or "that" after. */
const toldOpening = new RegExp(`^${toldBy}(?:\\s+(?:me|that|que|ke))*\\s`, 'u');
/** How many words must follow what the asker heard for it to say something. */
const minHeard = 3;

/** How many words may name who said it: "my cousin", "my cuz in Delmas". */
const hearsayReach = 4;

/**
 * Without "my cousin says", "my auntie told me that" opening a message: who passed it on is no
 * part of what is asked or claimed ("my cousin says the gang boss gave families advice…").
 * Only after "my": "a Reuters source said" credits the report's own source.
 */
function withoutHearsay(words: string[], oneQuestion = true): string[] {
	// "I keep hearing the PM was meant to…", "people are saying…", "yo di…": who told it, and how, opening the message.
	const told = oneQuestion ? toldOpening.exec(`${words.join(' ')} `) : null;
	const toldWords = told ? told[0].trim().split(' ').length : 0;
	if (told && words.length - toldWords >= minHeard) return words.slice(toldWords);
	if (words[0] !== 'my') return words;
	const verb = words.findIndex((word, i) => i > 1 && i <= hearsayReach && passedOn.has(word));
	if (verb < 0) return words;
	let end = verb + 1;
	while (words[end] === 'me' || words[end] === 'that') end++;
	return words.length > end ? words.slice(end) : words;
}

function withoutFillers(words: readonly string[]): string[] {
	const kept: string[] = [];
	for (let at = 0; at < words.length; ) {
		// "did the UN say ok to…": a phrase chat spells, with a filler inside it, is kept whole for what it spells.
		const phrase = textSpeakTable.match(words, at);
		if (phrase && phrase.length > 1) {
			kept.push(...words.slice(at, at + phrase.length));
			at += phrase.length;
			continue;
		}
		// ("designed to hold on paper": after "to", a verb of the question, not "hold on" as chat.)
		const filler = words[at - 1] === 'to' && at + 1 < words.length ? undefined : fillerTable.match(words, at);
		// "wtf is RNDDH": chat that is part of a longer phrase chat spells ("what is") is kept for that.
		const spelled = filler ? textSpeakTable.match(words, at) : undefined;
		// ("quel genre de détenus": "genre" is chat's "like" only outside the French phrase "quel genre de".)
		if (filler && inTranslatedPhrase(words, at)) kept.push(words[at++] as string);
		else if (filler && !(spelled && spelled.length > filler.length)) at += filler.length;
		else kept.push(words[at++] as string);
	}
	return kept;
}

/** Is the word inside a French or Creole phrase that the word before it opens ("quel genre de")? */
function inTranslatedPhrase(words: readonly string[], at: number): boolean {
	if (at === 0) return false;
	return Object.values(translations).some((table) => (table.match(words, at - 1)?.length ?? 0) > 1);
}

/**
 * Question words that open a question in each language (folded, one word): the question parts'
 * own lists. A word several languages share votes for none.
 */
const questionOpeners: Record<Language, ReadonlySet<string>> = (() => {
	const oneWord = (openers: readonly string[]) => openers.filter((opener) => !opener.includes(' '));
	const all = { en: oneWord(parts.openers.en), fr: oneWord(parts.openers.fr), ht: oneWord(parts.openers.ht) };
	const shared = (word: string, language: Language) =>
		(Object.keys(all) as Language[]).some((other) => other !== language && all[other].includes(word));
	return {
		en: new Set(all.en.filter((word) => !shared(word, 'en'))),
		fr: new Set(all.fr.filter((word) => !shared(word, 'fr'))),
		ht: new Set(all.ht.filter((word) => !shared(word, 'ht'))),
	};
})();
/** An opening question word weighs as much as this many function words. */
const openerVote = 1.5;

/** What a word only one language's lexicon has counts for that language, against a stopword's one. */
const lexiconVote = 0.5;

/**
 * The language of a question. Function words vote (a word of one language's list counts 1,
 * shared words split their vote), and franc's trigram model adds its say on longer texts;
 * short questions ("ki kote prizon an ye?") are decided by their words.
 */
export function detectLanguage(text: string, words: readonly string[]): Language {
	const votes: Record<Language, number> = { en: 0, fr: 0, ht: 0 };
	for (const word of words) {
		const languages = (Object.keys(votes) as Language[]).filter(
			(language) => stopwords[language].has(word) || (language === 'en' && textSpeakTable.has(word)),
		);
		for (const language of languages) votes[language] += 1 / languages.length;
		// "tout prizonye yo te sove": a word only one language's lexicon has, and no English word, says that language.
		if (languages.length === 0) {
			const [only, ...more] = (['fr', 'ht'] as const).filter((language) => translations[language].match([word], 0));
			if (only && more.length === 0 && !isEnglishWord(word)) votes[only] += lexiconVote;
		}
	}
	if (text.length >= francMinLength) {
		const ranked = trigramModels.scores(text, francMinLength);
		for (const [code, score] of ranked) {
			const language = francCodes[code as keyof typeof francCodes];
			if (language) votes[language] += score * 1.5;
		}
	}
	// "kilè UN te sanksyone Barbecue? like wat year": the word that opens the question is the language it is asked in,
	// whatever chat words follow.
	for (const language of Object.keys(votes) as Language[]) {
		if (questionOpeners[language].has(words[0] ?? '')) votes[language] += openerVote;
	}
	const [best] = (Object.entries(votes) as [Language, number][]).sort((a, b) => b[1] - a[1]);
	return best && best[1] > 0 ? best[0] : 'en';
}

/**
 * A French word's lexicon entry as a form of a verb the lexicon has (from Lefff's conjugation
 * tables), or else by its stem; the verb ending is taken off first when the
 * stemmer reads it as another suffix ("réclament" is a verb, not an adverb in "-ment"). An
 * adverb in "-ement" ("effectivement") is no form of its adjective's noun ("effectif", staff),
 * and a stem of three letters ("mom" of "moment") is too short to tell one word from another.
 */
function frenchEntry(word: string): string | undefined {
	// Short words are left alone: "Moïse" is no form of "mois", "part" (a share) none of "partir".
	if (/ement$/.test(word) || word.length < 6) return undefined;
	const conjugated = frenchByVerbForm().get(word);
	if (conjugated) return conjugated;
	const entry = (stemmed: string) => (stemmed.length >= 4 ? frenchByStem().get(stemmed) : undefined);
	// ("perturbees": a participle's agreement, typed or folded without its accent, which the stemmer reads only with it.)
	return (
		entry(frenchStemmer(word)) ??
		entry(frenchStemmer(word.replace(/(?:aient|ent|ons|ez|ait|ais)$/, ''))) ??
		entry(frenchStemmer(word.replace(/(?:ees|ee|es)$/, 'e')))
	);
}

/** Is Creole "vin" at `at` followed by a verb, which it marks as come to be done, rather than by what one became? */
function comesToDo(words: readonly string[], at: number, table: typeof translations.ht): boolean {
	const next = table.match(words, at + 1);
	// (A phrase of its own, "vin pi grav", is read as the phrase.)
	if (!next || table.match(words, at)?.length !== 1) return false;
	const [verb] = next.value.split(' ');
	return englishTags(verb ?? '').some((tag) => tag.startsWith('VB'));
}

/**
 * The words in English. English gets its text-speak spelled out; French and Creole are
 * translated phrase by phrase where the lexicon knows them, and kept as they are otherwise
 * (names, and words the data may have in that language).
 */
export function inEnglish(typed: readonly string[], language: Language): string[] {
	// "soundin the alarm": the dropped "g" is put back first, so the phrase it is part of is found.
	const words =
		language === 'en'
			? typed.map((word) => (textSpeakTable.has(word) ? word : americanSpelling(withDroppedG(word))))
			: typed;
	const english: string[] = [];
	const table = language === 'en' ? textSpeakTable : translations[language];
	for (let at = 0; at < words.length; ) {
		// French "n'" is a negation's elision, not text-speak for "and".
		const speak =
			language === 'en' || (language === 'fr' && words[at] === 'n') ? undefined : textSpeakTable.match(words, at);
		const word = words[at] as string;
		// ("…the carcel was made for cuantos ppl": a Spanish word in another language's sentence, where it is no word of it.)
		const loan = () =>
			stopwords[language].has(word) || (language === 'en' && isEnglishWord(word))
				? undefined
				: spanishLoans.match(words, at);
		// ("…is for 700 y tenía 3,687": a lone "y" between other words is Spanish "and"; chat's "why" opens a question
		// or comes before its auxiliary: "y did he stay", "but y tho".)
		if (language === 'en' && word === 'y' && !whyAt(words, at)) {
			english.push('and');
			at++;
			continue;
		}
		// ("prizon an te gen plis moun pase kantite plas li genyen": Creole "pase" after a "more" or "less" a few words back
		// compares, "than", rather than saying something happened.)
		if (language === 'ht' && word === 'pase' && words.slice(Math.max(0, at - 4), at).some((w) => comparing.has(w))) {
			english.push('than');
			at++;
			continue;
		}
		// ("gang yo te vin atake prizon an": Creole "vin" before a verb says they came and did it, not that they became.)
		if (language === 'ht' && word === 'vin' && comesToDo(words, at, table)) {
			at++;
			continue;
		}
		const own = nounKept(words, at, language) ? undefined : (table.match(words, at) ?? speak);
		// ("…were there de más?": a Spanish phrase longer than chat's word at its start, "de" for "the", is the phrase.)
		const borrowed = own && own.length > 1 ? undefined : loan();
		const found = borrowed && borrowed.length > (own?.length ?? 0) ? borrowed : (own ?? borrowed);
		const byStem = language === 'fr' && !found ? frenchEntry(word) : undefined;
		// "lacord", "dapres": an elision typed without its apostrophe, where the rest is a word the lexicon has.
		const elided = language === 'fr' && !found && !byStem ? withoutElision(word, table) : undefined;
		// "RNDDH te avèti an 2017 … combien d'années entre les deux?": a word of the other language Haitians write in,
		// which the question's own language lacks, is read as that language's.
		const switched = found || byStem || elided ? undefined : switchedTo(words, at, language);
		if (elided) {
			english.push(...elided);
			at++;
		} else if (found) {
			english.push(...found.value.split(' '));
			at += found.length;
		} else if (switched) {
			english.push(...switched.value.split(' '));
			at += switched.length;
		} else {
			// ("directeur": a word the lexicons lack may be English's own under a French ending.)
			const cognate = language === 'fr' && !byStem ? frenchCognate(word) : undefined;
			// ("en théorie" is "in theory": "en" before a noun is a preposition.)
			if (cognate && english.at(-1) === 'en') english[english.length - 1] = 'in';
			english.push(...(byStem ?? cognate ?? word).split(' '));
			at++;
		}
	}
	return english;
}

/** Creole's words of more and less, which make a "pase" after them "than". */
const comparing = new Set(['plis', 'mwens', 'pi', 'piti', 'gwo', 'anpil']);

/** Words that open a noun phrase: after one, a word is read as a noun. */
const nounOpeners = new Set(
	'the a an which what several many all some these those both multiple various other few two three four on'.split(' '),
);

/**
 * "…worse on several fronts — which fronts…": a word chat uses as a verb ("who fronts the gang" for "leads"), read
 * as the noun it also is after a word that opens a noun phrase, where the lexicon's verb is no noun of the kind.
 */
function nounKept(words: readonly string[], at: number, language: Language): boolean {
	if (language !== 'en' || !nounOpeners.has(words[at - 1] ?? '')) return false;
	const found = textSpeakTable.match(words, at);
	if (found?.length !== 1 || found.value.includes(' ')) return false;
	return (
		englishTags(words[at] ?? '').some((tag) => tag.startsWith('NN')) &&
		englishTags(found.value).some((tag) => /^VB[ZDGN]$/.test(tag))
	);
}

/**
 * The entry of the other language of Haiti (Creole in a French question, French in a Creole one) for the word at
 * `at`, where it is a word of that language only: not a function word of any language, nor English, nor the
 * question's own language's.
 */
function switchedTo(
	words: readonly string[],
	at: number,
	language: Language,
): { value: string; length: number } | undefined {
	const word = words[at] ?? '';
	if (word.length < 3 || isEnglishWord(word) || (['en', 'fr', 'ht'] as const).some((one) => stopwords[one].has(word)))
		return undefined;
	if (language !== 'en') return translations[language === 'fr' ? 'ht' : 'fr'].match(words, at);
	if (textSpeakTable.has(word)) return undefined;
	// ("Sou kesyon fòs entènasyonal la: what did…": in English, a word of either, where they agree on what it means.)
	const [french, creole] = [translations.fr.match(words, at), translations.ht.match(words, at)];
	const found = french && creole && french.value !== creole.value ? undefined : (french ?? creole);
	// (Not a short word that stands for a phrase, as function words do: "pap" in English chat is Port-au-Prince.)
	return found && (word.length > 3 || !found.value.includes(' ')) ? found : undefined;
}

/** Is the lone "y" at `at` chat's "why": first, at the end, after a joiner, or before an auxiliary or "tho"? */
function whyAt(words: readonly string[], at: number): boolean {
	const next = words[at + 1];
	return (
		at === 0 ||
		next === undefined ||
		/^(?:but|and|so|ok|okay|lol|like)$/.test(words[at - 1] ?? '') ||
		/^(?:is|are|was|were|did|does|do|didnt|doesnt|dont|would|wouldnt|will|wont|can|cant|could|has|have|had|hasnt|havent|tho|though|not|u|you|they|he|she|the|this|that)$/.test(
			next,
		)
	);
}

/** A French word that is an elided article or pronoun run into the word after it, read as the two. */
function withoutElision(word: string, table: PhraseTable<string>): string[] | undefined {
	const found = /^([ldjmnst])([aeiouyh]\p{L}{3,})$/u.exec(word);
	if (!found?.[1] || !found[2] || table.has(word) || stopwords.fr.has(word)) return undefined;
	const rest =
		table.match([found[2]], 0) ?? table.match([found[2].replace(/^([aeiou])([bcdfgmnpt])(?!\2)/, '$1$2$2')], 0);
	return rest ? [found[1], ...rest.value.split(' ')] : undefined;
}

/**
 * British spelling, as the lexicon has it in American: "neighbourhoods", "organised", "centre",
 * "defence". A word English has only in its American form is read in that form.
 *
 * @example
 * americanSpelling('neighbourhoods'); // 'neighborhoods'
 */
export function americanSpelling(word: string): string {
	if (word.length < 5 || isEnglishWord(word)) return word;
	for (const [british, american] of britishEndings) {
		const spelt = word.replace(british, american);
		if (spelt !== word && isEnglishWord(spelt)) return spelt;
	}
	return word;
}

/** The ways British spelling differs, as patterns and their American forms. */
const britishEndings: readonly (readonly [RegExp, string])[] = [
	[/our(?=s?$|hoods?$|ed$|ing$|ite$|ites$|able$|ful$|less$|er$|ers$)/, 'or'],
	[/is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
	[/ys(e|es|ed|ing)$/, 'yz$1'],
	[/tre(s?)$/, 'ter$1'],
	[/ence(s?)$/, 'ense$1'],
	[/ogue(s?)$/, 'og$1'],
	[/mme(s?)$/, 'm$1'],
	[/ll(ed|ing|er|ers)$/, 'l$1'],
];

/**
 * Chat drops the "g" of "-ing": "sayin", "goin", "nothin". A word English does not have, whose
 * "-ing" form it does, is that form.
 *
 * @example
 * withDroppedG('sayin'); // 'saying'
 * withDroppedG('killins'); // 'killings'
 * withDroppedG('prison'); // 'prison'
 */
function withDroppedG(word: string): string {
	// ("killins": the plural of a noun in "-ing", its "g" dropped.)
	const plural = /\p{L}{2}ins$/u.test(word) && !isEnglishWord(word) && isEnglishWord(`${word.slice(0, -1)}g`);
	if (plural) return `${word.slice(0, -1)}gs`;
	if (!/\p{L}{2}in$/u.test(word) || isEnglishWord(word)) return word;
	return isEnglishWord(`${word}g`) ? `${word}g` : word;
}

/** The words a spoken year's second half opens with, and their numbers: "ten" to "thirty". */
const yearHalves: Readonly<Record<string, number>> = {
	...Object.fromEntries(
		['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map(
			(word, i) => [word, 10 + i],
		),
	),
	twenty: 20,
	thirty: 30,
};
const unitWords = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const spokenYear = new RegExp(
	String.raw`\b(?:twenty|two thousand(?: and)?)[\s-]+((?:twenty|thirty)(?:[\s-]+(?:${unitWords.join('|')}))?|${Object.keys(yearHalves).join('|')}|${unitWords.join('|')})\b`,
	'giu',
);

/**
 * "Assassinated in twenty twenty-one", "in two thousand and twenty-one": a year said as it is spoken, written as the
 * number the data dates by.
 */
function withSpokenYears(text: string): string {
	return text.replace(spokenYear, (whole, half: string) => {
		const [first = '', unit] = half.toLowerCase().split(/[\s-]+/);
		const value = (yearHalves[first] ?? unitWords.indexOf(first) + 1) + (unit ? unitWords.indexOf(unit) + 1 : 0);
		// ("Twenty five inmates" is a count; "two thousand and five" a year.)
		const twoThousand = /^two/i.test(whole);
		return value > 0 && (twoThousand || value >= 10) ? String(2000 + value) : whole;
	});
}
