/**
 * A message that tells something, then asks of it: "I read that the guards simply walked off.
 * Which outlet reported this?", "Mwen tande gang yo te antoure prizon an. Ki jou sa te pase?".
 * What was told is what the question points back to; whoever it was heard from is not.
 */

import { withoutHearsay } from '../claims/claims.js';
import { cleanMarkup } from '../language/clean.js';
import telling from '../language/lexicon/telling.json' with { type: 'json' };
import { fold, stopwords } from '../language/lexicon.js';
import { askerWordPattern, chatBefore, withoutPoliteOpening, withoutTeller } from '../language/read.js';
import { onlyYesNo } from '../language/yes-no.js';
import { abbreviatedNameGoesOn, apology, namesWanted, opensAQuestion } from './parts.js';
import { hearsay, tag } from './tagged.js';

/**
 * Sentence ends: not after "Mr.", "U.N." or a lone initial; a semicolon, and a dash between spaces too, as chat
 * ends what it tells before asking ("…before the jail did — is there anything to that?").
 */
const sentenceEnd =
	/(?<![\s.](?:[Mm]rs?|[Mm]s|[Dd]r|[Ss]t|vs|etc|[Nn]o|[Jj]r|[Ss]r|[Gg]en|\p{Lu}))[.!?…;]+["”’)]*\s+(?=\S)|\s+[—–]\s+|\n+/gu;

/** The verbs with which one passes on what one heard or read, in the three languages (folded). */
const tellingVerbs = Object.values(telling.verbs).flat().join('|');
/**
 * Who told it and how, up to what they told: "I gather that", "A relative forwarded me a claim
 * that", "On me rapporte que", "Mwen li gen…". At most a dozen words before the clause opens.
 */
const toldBy = new RegExp(
	`^(?:(?!(?:that|which)[\\s,])[\\p{L}\\d'’-]+[\\s,]+){0,12}?(?:${tellingVerbs})[\\s,]+(?:(?!(?:is|was|are|were|est|etait|se|te)[\\s,])[\\p{L}'’-]+[\\s,]+){0,6}?(?:that|que|qu['’]|ke)\\s+|^(?:[\\p{L}\\d'’-]+[\\s,]+){0,12}?(?<!\\b(?:is|was|are|were|be|been|that|which|who)\\s+)(?:says|said|insists|insisted|swears|swore|tells me|told me|(?:was|keeps|kept)\\s+telling me|di m|di mwen|m['’]a dit)[\\s,]+|^(?:i|we|je|j['’]ai|mwen|m)\\s+(?:just\\s+|juste\\s+)?(?:${tellingVerbs})\\s+(?:somewhere\\s+|online\\s+|quelque part\\s+)?(?:that\\s+|ke\\s+)?`,
	'iu',
);

/**
 * "Is that claim correct?", "Can you confirm the day?", "c'est vrai ?", "èske se vre?": the question
 * asks whether what was told is so.
 */
const asksIfSo =
	/^\W*(?:am|do|did|have)\s+i\s+(?:(?:remember|recall|understand|get|got|have)(?:ing)?\s+)?(?:(?:that|this|it)\s+)?(?:correctly|right|rightly)\b|^\W*(?:is|was|are)\s+(?:(?:that|this|it)(?:\s+\p{L}+)?|(?:the|this|that)\s+\p{L}+)\s+(?:true|right|correct|accurate|so)\b|^\W*(?:(?:can|could|would)\s+(?:you|u|someone|somebody)\s+)?(?:confirm|verify|fact[ -]?check)(?:\s+(?:that|this|it|the\s+\p{L}+))?\s*$|^\W*(?:(?:vous\s+)?confirmez(?:[ -]vous)?|(?:tu\s+)?confirmes(?:[ -]tu)?|(?:pouvez|pourriez)[ -]vous\s+(?:le\s+)?confirmer|(?:ou|w)\s+ka\s+konfime)\s*$|^\W*(?:is|was)\s+there\s+(?:anything|any\s+truth)\s+(?:to|in)\s+(?:that|this|it)\b|^\W*(?:(?:est[ -]ce|c['’]est)\s+(?:vrai|exact|juste)|(?:eske\s+)?se\s+vre)\b/iu;

/**
 * What the question calls what was told: "this", "that claim", "cette attaque", "òganizasyon sa
 * a". In English only after a function word or a verb ("reported this", "behind that
 * characterisation"): after a noun, "that" opens a relative clause ("the prison that…").
 */
const pointer =
	/(?<=(?:^|\b(?:\p{L}+ed|\p{L}+'s|made|said|told|heard|read|saw|did|does|do|got|has|had|have|was|is|are|were|in|on|of|at|about|behind|for|with|by|from|during|after|before|since|than|to|who|what|which|when|how|why|confirm|verify|check|explain|describe|back|support|make|use)\s+))(?:this|that|these|those)\b(?:\s+(?!(?:is|was|are|were|the|a|an|in|on|of)\b)(\p{Ll}[\p{L}'’-]*))?(?=\s*(?:[?!.,;:]|$|\s))|\b(?:cette|cet|ces|ce)\s+(?!(?:qu|que|qui|jour|moment|matin|soir)\b)(\p{L}[\p{L}'’-]*)|\b(\p{L}[\p{L}'’-]*)\s+sa(?:\s+(?:a|yo))?\b/iu;

/**
 * The message asked as one question about what it told, or undefined where it is no such
 * message (one sentence, a question in the story, or several questions after it).
 *
 * @example
 * askedOfStory(readStory('I read somewhere that the guards simply walked off. Which outlet reported this?'));
 * // 'Which outlet reported that the guards simply walked off?'
 */
export function askedOfStory(story: Story): string | undefined {
	// ("Bet u think the cops admitted…. Who reported that?": who reported what was told, not that the asker bet.)
	const question = story.question.replace(/[?!.\s]+$/u, '');
	const plain = withoutTeller(withoutHearsay(story.told));
	// ("…credited Reuters with reporting that X. Which outlet actually reported that?": who reported X.)
	const told = whoReported.test(fold(question)) ? whatWasSaid(plain) : plain;
	// "Grann say the big prison can hold 1000 people. Yes or no?": whether what was told is so.
	if (onlyYesNo.test(fold(question))) return `is it true that ${told}?`;
	// "Does the report back that up?": the question is only the words that ask whether what was told is so.
	if (tag.exec(fold(question))?.index === 0) return `${told}, ${question.trim()}?`;
	// "Is that claim correct?": whether it is so, asked in the words the statement check reads.
	if (asksIfSo.test(fold(question))) {
		const french = /\b(?:vrai|exact|juste)\b/i.test(question);
		return `${/\bvre\b/i.test(question) ? 'èske se vre ke' : french ? 'est-il vrai que' : 'is it true that'} ${told}?`;
	}
	// "Barbecue told parents to keep their children home. What reason did he give?": a reason asked of what was told,
	// with nothing of its own but the one who gave it.
	if (reasonOnly.test(fold(question))) return `${told.replace(/[\s.!?…—–-]+$/u, '')}, why?`;
	// ("…will escalate. who is this Barbecue man?": "this" before a name points at the one named, not at what was told.)
	const found = pointer.exec(question);
	const pointed = found && /^\p{Lu}/u.test(found[1] ?? '') ? null : found;
	// "Pourriez-vous m'en dire davantage ?", "I would like to know precisely what he said": a question that asks
	// for nothing of its own asks for what the report says of what was told.
	// ("'guards walked off their posts' — attributed to which outlet?": who said what was told, pointed to or not.)
	// ("…nothing serious. which paper said the number released was "large"?": what was said, told in the question's own
	// words, is asked as it stands.)
	if (!pointed && whoReported.test(fold(question)) && !saysItsOwn(question)) return `who said that ${told}?`;
	// ("Brother Fritz insists Le Nouvelliste wrote of many prisoners being freed; which paper was it in truth?": who
	// truly said what was told, without the one the story credits.)
	if (sourceDoubted.test(fold(question)) && sourceAsked.test(fold(question)))
		return `who said that ${whatWasSaid(plain)}?`;
	if (!pointed) return asksForMore(question) ? told : undefined;
	// "…nan semèn nan sa te pase": "sa" after a function word stands alone, as "this" does.
	const creoleNoun = pointed[3] && !stopwords.ht.has(fold(pointed[3])) ? pointed[3] : undefined;
	// "back that up": a particle after the pointer is no noun.
	const englishNoun = pointed[1] && !stopwords.en.has(pointed[1].toLowerCase()) ? pointed[1] : undefined;
	const noun = englishNoun ?? pointed[2] ?? creoleNoun;
	const french = pointed[2] !== undefined;
	const creole = creoleNoun !== undefined;
	// "that institution" → "the institution that…"; "cette attaque que…", "òganizasyon ke…": the relative the language opens.
	const said = french
		? `${pointed[0]} que ${told}`
		: creole
			? `${noun} ke ${told}`
			: noun
				? `the ${noun} that ${told}`
				: pointed[3]
					? `${pointed[3]} sa ke ${told}`
					: `that ${told}`;
	return `${question.slice(0, pointed.index)}${said}${question.slice(pointed.index + pointed[0].length)}?`;
}

/** A question that asks only why, or for the reason someone gave (folded). */
const reasonOnly =
	/^\W*(?:why|y|pourquoi|pq|poukisa|pou ki sa|what (?:is |was |s )?(?:the |his |her |their )?(?:reason|justification|rationale|excuse|explanation|motive)(?: (?:did|does|do) (?:he|she|they|it) (?:give|offer|cite|have))?)\W*$/;

/**
 * What a story says someone said, where it tells who said it: "One student credited Reuters with
 * reporting that the guards abandoned the prison" tells "the guards abandoned the prison", which
 * is what a question of who reported it asks about.
 */
function whatWasSaid(told: string): string {
	const said = saidThat.exec(told);
	return said?.[1] && /\p{L}{2}/u.test(said[1]) ? said[1] : told;
}

/** Words of their own a question must say after its verb of saying for what was said to be its own. */
const ownSaying = 2;

/** Whether a question of who said something says in its own words what was said: "which paper said the number was large". */
function saysItsOwn(question: string): boolean {
	const folded = fold(question);
	const verb = reportingWords.exec(folded);
	if (!verb) return false;
	const said = folded.slice(verb.index + verb[0].length).match(/\p{L}+/gu) ?? [];
	return (
		said.filter((word) => !stopwords.en.has(word) && !/^(?:that|this|it|so|first)$/.test(word)).length >= ownSaying
	);
}

/** Words that ask who told or reported something (folded): "who reported it?" asks of what was told. */
export const reportingWords =
	/\b(?:report\w*|sa(?:y|ys|id)|tell|told|claim\w*|wr(?:ote|ite)|post\w*|publish\w*|confirm\w*|account|attribut\w*|credit\w*|ascrib\w*|di|dit)\b/;

/**
 * A question of who said or reported something (folded): "who reported it?", "attributed to which outlet?". (Not the
 * report named as where the answer is to be found: "who actually sanctioned him per the report?".)
 */
const whoReported = new RegExp(
	String.raw`^(?!.*\b(?:per|according to|in|going by|selon|d apres|dapre) (?:the|this|l|le) (?:report|article|text|rapport|atik)\b[\s?!.]*$)(?:.*\b(?:who|which|whose)\b.*${reportingWords.source}|.*${reportingWords.source}.*\b(?:who|whom|which|whose)\b)`,
);

/** A verb of saying or reporting, then "that" and what was said; or what was spoken or written of. */
const saidThat =
	/\b(?:(?:report(?:s|ed|ing)?|sa(?:y|ys|id|ying)|claim(?:s|ed|ing)?|told|tells?|wr(?:ote|ites?|iting)|post(?:s|ed|ing)?|credit(?:s|ed|ing)?\s+\S+(?:\s+\S+)?\s+with\s+\S+)\s+that|(?:spoke|speaks|talked|talks|wrote|writes|told)\s+(?:of|about))\s+(.+)$/iu;

/** Words that ask for a source (folded): "whose sources", "which newspaper", "what outlet". */
const sourceAsked = /\b(?:whose|sources?|outlets?|papers?|newspapers?|media|agency|agencies|journal|site|website)\b/;

/**
 * A question of who or which one said it, doubting the one the story credits (folded): "whose sources were they in
 * truth?", "which newspaper was it, really?".
 */
const sourceDoubted =
	/\b(?:who|whose|which)\b.*\b(?:in truth|truly|really|actually|in fact|en realite|vraiment|an reyalite)\b|\b(?:in truth|truly|really|actually)\b.*\b(?:who|whose|which)\b/;

/** Words with which a question doubts what it was told: "when was it really?", "qui l'a réellement…", "konbyen … vre". */
const doubting =
	/\b(?:really|actually|truly|in fact|in reality|real|actual|true|correct|vraiment|reellement|veritablement|en fait|en realite|vrai|vraie|exacte?|vre|vreman|reyelman|an reyalite)\b/;

/**
 * A story, then one question that doubts it: "A buddy told me it was a Monday. On what day does
 * the report say the siege actually happened?". What was told says what the question is about;
 * its values (a day, a number, a name) are what is doubted.
 *
 * @example
 * doubtedStory(readStory('I heard the siege was on Monday. When was it really?')); // true
 */
export function doubtedStory(story: Story): boolean {
	// (Only a question of its own doubts it: "…4000 escaped from the pen?? real??" asks whether what was told is so.)
	const question = fold(story.question);
	return doubting.test(question) && ownQuestion.test(question);
}

/**
 * A story of what others are said to say, then a question of its own: "Ppl keep saying 2022 for the Moïse killing.
 * When was it?". The figures and dates they are said to give are what the question asks after, not what it assumes.
 */
export function heardThenAsked(story: Story): boolean {
	return story.heard && ownQuestion.test(fold(story.question));
}

/** A question word opening a question, in the three languages (folded). */
const ownQuestion =
	/^\W*(?:when|wen|what|wat|which|who|whom|whose|where|how|why|quand|quel\w*|qui|combien|pourquoi|ki|kile|konbyen|kote|kiyes|poukisa)\b/;

/** A message that tells, then asks: what was told, without who told it, and the one question after it. */
export interface Story {
	told: string;
	question: string;
	/** Whether the message also asked if what it told is so ("Is that right?"), before its question. */
	checked: boolean;
	/** Whether what it told is what others are said to say ("people keep saying…", "I heard…"). */
	heard: boolean;
}

/**
 * The message as a story and its question, read once for every way of asking of it; undefined
 * where it is no such message (one sentence, a question in the story, or several after it).
 */
export function readStory(text: string): Story | undefined {
	const written = sentencesOf(text);
	// "I read that… Is that right? Which day was it?": whether it is so, asked before a question of its own, is
	// answered with that question: what the report says of it shows whether it is so.
	const sentences = written.filter(
		(sentence, i) => !(asksIfSo.test(fold(sentence)) && written.slice(i + 1).some((later) => later.includes('?'))),
	);
	const asking = sentences.map(asks);
	const at = asking.indexOf(true);
	// One question, after at least one sentence that tells, and nothing asked after it.
	if (at < 1 || asking.lastIndexOf(true) !== at) return undefined;
	const telling = sentences.slice(0, at);
	const said = telling.map((sentence) => whatWasTold(sentence));
	const heard = said.some((words, i) => words !== telling[i]?.replace(/[.!…\s]+$/u, ''));
	return { told: said.join(', '), question: sentences[at] ?? '', checked: sentences.length < written.length, heard };
}

/** "If the siege was Saturday night, what day…": a supposition, then a question with its own question word. */
const supposedThenAsked =
	/^\W*(?:so\s+|and\s+|but\s+)?(?:if|since|given that|seeing as|si|puisque|étant donné que|etant donne que|kòm|kom)\s+([^,?]{6,160}?),\s*((?:what|which|when|where|who|whom|whose|how|why|quel\p{L}*|quand|où|ou|qui|combien|pourquoi|comment|ki|kilè|kile|konbyen|kote|poukisa|kijan)\b[^?]*\??)\s*$/iu;

/**
 * A question put after what it supposes, where the supposition may be only what the report tells ("If the prison
 * siege was Saturday night, what day was the port attack?"): what is supposed, and what is asked. Undefined where the
 * question asks before it supposes, or asks yes or no ("if capacity doubled, would they fit?" supposes a change).
 *
 * @example
 * supposedThenAsking('If the siege was Saturday night, what day was the port attack?');
 * // { supposed: 'the siege was Saturday night', asked: 'what day was the port attack?' }
 */
export function supposedThenAsking(text: string): { supposed: string; asked: string } | undefined {
	const found = supposedThenAsked.exec(text);
	return found?.[1] && found[2] ? { supposed: found[1], asked: found[2] } : undefined;
}

/**
 * A long message that tells first, then asks, in one sentence or several: what it asks, and
 * what it told before. Undefined where it opens by asking or asks nothing.
 *
 * @example
 * askedAfterTelling('When I left in 88 you could walk at night in Carrefour. What happened to the murders in 2023?');
 * // { told: 'When I left in 88 you could walk at night in Carrefour.', asked: 'What happened to the murders in 2023?' }
 */
export function askedAfterTelling(text: string): { told: string; asked: string } | undefined {
	const written = sentencesWritten(text).filter((sentence) => /\p{L}{2}/u.test(sentence));
	// (One sentence tells nothing before it asks: most questions end here.)
	if (written.length < 2) return undefined;
	// ("So settle it for us: how many places…?": a question mark asks, whatever opens the sentence; "When I left
	// Haiti in '88 you could walk at night." ends as a statement, whatever opens it.)
	const asking = written.map((sentence) => {
		const bare = sentence.replace(/[\s.!?…"”’)—–]+$/u, '');
		if (tells(bare)) return false;
		return /\?["”’)]*$/u.test(sentence) || (asks(bare) && !/[.!]["”’)]*$/u.test(sentence));
	});
	const at = asking.indexOf(true);
	if (at < 1) return undefined;
	return {
		told: written.slice(0, at).join(' '),
		asked: written.filter((_, i) => i >= at && asking[i]).join(' '),
	};
}

/**
 * The message without the sentences that tell only of the asker, where another sentence asks:
 * "I pastor a small flock in Little Haiti, Miami.", "Good morning and blessings from Miami.". The
 * names in them are the asker's world, not what is asked about. (What the asker heard or read is
 * told, and stays: "I read that Canada sanctioned him. Is that right?")
 *
 * @example
 * withoutAskersOwn('Blessings from Miami. Who leads the gangs?'); // 'Who leads the gangs?'
 */
export function withoutAskersOwn(text: string): string {
	const sentences = sentencesWritten(text);
	// ("<#…> ??? ⚠️ ok so wat did…": marks with no words ask nothing.)
	const asking = sentences.map((sentence) => sentence.includes('?') && /\p{L}{2}/u.test(cleanMarkup(sentence)));
	if (!asking.includes(true) || !asking.includes(false)) return text;
	const firstAsking = asking.indexOf(true);
	// ("…between RNDDH's warning and Moïse's killing? Lord give me understanding": after the question, a sentence
	// of the asker's own is theirs whatever it names.)
	return sentences
		.filter(
			(sentence, i) =>
				asking[i] ||
				// ("Excuse me for the disturbance. …?": an apology for asking is the asker's own, whatever it names.)
				(!apology.test(fold(sentence).replace(/[.!\s]+$/, '')) &&
					(i > firstAsking
						? !ownAfterAsking(fold(sentence))
						: !namesSomething(sentence) || !askersOwn(fold(sentence)))),
		)
		.join(' ');
}

/** After the question, a sentence with the asker in it that passes nothing on: "Je veux citer la bonne source". */
function ownAfterAsking(folded: string): boolean {
	// ("Give me both the real name and the nickname": which names are wanted is part of what is asked.)
	if (namesWanted.test(folded)) return false;
	// (Creole "we", to see, is the asker in English here: "we praying".)
	if (hearsay.test(folded) || toldBy.test(folded) || passesOn.test(folded.replace(/\bwe\b/g, ' '))) return false;
	return askerWord.test(folded) || askersOwn(folded) || doingOwn.test(folded);
}

/** "building a timeline for class", "writing a paper": what the asker is doing, its "I'm" dropped as chat drops it. */
const doingOwn =
	/^\W*(?:just\s+|currently\s+)?(?:building|writing|making|doing|working\s+on|prepping|preparing|putting\s+together|studying|compiling|drafting|researching|planning)\b/;

/** The asker, anywhere in a sentence (folded text); chat's short forms say it too: "imo", "idk", "tbh". */
const askerWord = new RegExp(`${askerWordPattern}|(?<![\\p{L}])(?:imo|imho|idk|tbh|ngl|iirc|afaik)(?![\\p{L}])`, 'u');

/** Does the sentence name anything, with a capital past its first word? Only a name could be taken for what is asked. */
const namesSomething = (sentence: string) => /\s\p{Lu}/u.test(sentence.replace(/\bI\b/g, 'i'));

/** A sentence of the asker's own: a greeting or blessing, or what the asker is or does, not what they heard. */
function askersOwn(folded: string): boolean {
	if (hearsay.test(folded) || toldBy.test(folded) || passesOn.test(folded)) return false;
	return chatBefore(folded, 3) > 0 || askerFirst.test(folded);
}

/**
 * A verb of telling, hearing or knowing anywhere in a sentence, or of talking ("me parle du RNDDH"):
 * "I keep hearing the PM was meant to step aside", "my son-in-law says security first" tell what
 * the question asks of.
 */
const passesOn = new RegExp(
	`\\b(?:${[...tellingVerbs.split('|'), 'hearing', 'talks', 'talking', 'speaks', 'parle', 'parlent', 'sais', 'sait', 'keep saying', 'ask', 'asks', 'asked', 'asking', 'wonder', 'wondering', 'know'].join('|')})\\b`,
	'u',
);

/** The asker as the subject, opening the sentence (folded text). */
const askerFirst =
	/^\W*(?:(?:and|so|but|also|well|oh|ok|okay|now)\s+)?(?:i|i m|im|i ve|ive|i d|we|we re|my|our|mwen|m|nou|je|j|nous|mon|ma|mes|notre|nos)\s/u;

/** Each sentence as written, its closing marks kept: a question asked alone keeps its question mark. */
function sentencesWritten(text: string): string[] {
	const sentences: string[] = [];
	let start = 0;
	for (const end of text.matchAll(sentenceEnd)) {
		sentences.push(text.slice(start, end.index + end[0].trimEnd().length).trim());
		start = end.index + end[0].length;
	}
	sentences.push(text.slice(start).trim());
	return withAbbreviationsJoined(sentences);
}

function sentencesOf(text: string): string[] {
	return withAbbreviationsJoined(
		text
			.split(sentenceEnd)
			.map((sentence) => sentence.trim())
			.filter((sentence) => /\p{L}{2}/u.test(sentence)),
	);
}

/** Sentences split after a name's abbreviation ("…at the Pén." "National?") joined again. */
function withAbbreviationsJoined(sentences: readonly string[]): string[] {
	const joined: string[] = [];
	for (const sentence of sentences) {
		const before = joined.at(-1);
		if (before !== undefined && abbreviatedNameGoesOn(before, sentence))
			joined[joined.length - 1] = `${before} ${sentence}`;
		else joined.push(sentence);
	}
	return joined;
}

/**
 * Does a sentence ask? "I would like to know which…" asks as surely as a question mark does;
 * "On me rapporte que…" tells what was heard, for all its "que": no question mark, and it opens
 * as hearsay. (Hearsay may end in a question mark and still tell: "heard something went down at the port??".)
 */
function asks(sentence: string): boolean {
	return !tells(sentence) && (opensAQuestion(fold(sentence)) || withoutPoliteOpening(sentence) !== sentence);
}

function tells(sentence: string): boolean {
	return hearsay.test(fold(sentence)) || (!sentence.includes('?') && toldBy.test(fold(sentence)));
}

/** Words that only ask to be told, or told more, in the three languages (folded). */
const askingForMore = new Set(
	'tell say said says more details detail detailed explain elaborate know precisely exactly about summarise summarize content could would can kindly please happened happen happening going wat davantage dire resumer teneur consiste consistent expliquer precisement exactement plus savoir pourriez pourrais pourrait sauriez pouvez passe di plis eksplike konnen pase'.split(
		' ',
	),
);

/** Does a question ask for nothing but to be told (more)? */
function asksForMore(question: string): boolean {
	const words = fold(withoutPoliteOpening(question)).match(/\p{L}+/gu) ?? [];
	return words.every(
		(word) => askingForMore.has(word) || stopwords.en.has(word) || stopwords.fr.has(word) || stopwords.ht.has(word),
	);
}

/** A sentence of the story without who told it: "I gather that the gangs…" → "the gangs…". */
function whatWasTold(sentence: string): string {
	const text = sentence.replace(/[.!…\s]+$/u, '');
	const folded = fold(text);
	const heard = hearsay.exec(folded) ?? toldBy.exec(folded);
	return heard ? text.slice(heard[0].length) : text;
}

/**
 * "The prison was built for 700 and held how many in Feb 2023?": a statement with a figure, then, joined to it, the
 * count asked; read as the statement told and the question asked after it.
 *
 * @example
 * toldThenCounted('the pen is built for 700 and held how many?'); // 'the pen is built for 700. held how many?'
 */
export function toldThenCounted(text: string): string {
	const found = toldCount.exec(text);
	// (A figure, not a year, and nothing asked before it: "…in 2017 and 2021, which came first, and by how much?")
	// (Nor a mention's digits, nor a clause that itself asks how many: "<@…> RNDDH counted how many…, and for how many
	// places?")
	const [, told = '', asked = ''] = found ?? [];
	const said = cleanMarkup(told);
	if (
		!found ||
		!/\d{3,}|\d[,.\s]\d{3}/.test(said.replace(/\b(?:19|20)\d\d\b/g, ' ')) ||
		opensAQuestion(fold(said)) ||
		/\b(?:how\s+(?:many|much)|combien|konbyen)\b/iu.test(said)
	)
		return text;
	return `${told}. ${asked}`;
}

/** A statement with a number, "and" ("mais", "men"…), then a count asked within a few words. */
const toldCount =
	/^(\P{Cc}{0,80}?\d[^,?.;]*?)\s*,?\s+(?:and|but|yet|n|&|et|mais|men|epi)\s+((?:[\p{L}'’]+\s+){0,3}(?:how\s+(?:many|much)|combien|konbyen)(?!\p{L}).*)$/iu;
