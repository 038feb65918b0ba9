import { englishTags, isEnglishWord } from '../language/english-words.js';
import { chatQuestionWords, fold, stopwords } from '../language/lexicon.js';
import { chatBefore, leadingJoiner } from '../language/read.js';
import { yesNoWords } from '../language/yes-no.js';
/**
 * A statement put up to be checked: "I heard Reuters said the guards left, is that right?", "Il
 * paraît que le Pénitencier a 3 687 places, c'est exact ?", "my cousin says gangs run
 * everything, does the article back that up?". The statement is the message check's to judge.
 */

/**
 * A tag at the end that asks whether what comes before is so (English, French, Creole; folded
 * text), a word of its own: "pauvre" does not end in Creole "vre", nor "Montreal" in "real".
 */
export const tag =
	/[\s,.;:—–-]*(?:(?<=\S)\s+or|(?<![a-z0-9'])(?:(?:is|was) (?:that|this|it) (?:right|true|correct|accurate|so|the case|cap|a lie|fake|false|fake news)|is (?:that|this) (?:right|true)|(?:is that|isn[' ]t it|(?:is|was|were|are|did|does|do|has|have|had|will|would|can|could)n[' ]?t (?:it|he|she|they|we|you|there)|right|rite|true|tru|legit|real|for real|no cap|correct|accurate|no|non|hein|oui ou non|yes or no|fr|or nah|or not|or (?:what|wat|wut|smth|something)|or am i (?:misremembering|mis-remembering|remembering (?:it )?wrong|wrong|mistaken|confusing (?:it|that|this|things|them)|making (?:it|that|this) up|imagining (?:it|that|this|things)|tripping|crazy)|what do (?:you|u|ya|yall|y all) (?:say|think)(?: (?:about|of) (?:that|this|it))?|(?:legit|real|true|facts|cap) or (?:no cap|cap|nah|not|fake|no))|(?:does|did|can) (?:the|this) (?:article|report|piece|story) (?:back (?:that|this|it) up|confirm (?:that|this|it)|say (?:that|so)|agree)(?: or (?:nah|not))?|is (?:that|this|it) (?:in|what|wat) the (?:article|report|piece|story)(?: says?)?|(?:can (?:someone |anyone |u |you |a mod )?)?(?:confirm|verify|fact ?check)(?: (?:this|that|it|pls|please|plz))?|c[' ]est (?:vrai|exact|juste|correct|confirme)|c[' ]est(?:[ -]tu)? ca|c[' ]tu ca|est[ -]ce (?:vrai|exact|juste|correct)(?: (?:d[' ]apres|selon) (?:le rapport|l[' ]article|le texte))?|c[' ]est bien (?:ca|vrai|exact),?(?: ou je (?:confonds|me trompe))?|(?:c[' ]est bien|is (?:that|this|it)) (?:la|le|the) (?:bonne |right |correct )?(?:date|chiffre|nombre|number|figure|year|annee)(?: (?:dans|du|de|in|from|of|given in|given by) (?:le |l[' ]|the )?(?:rapport|article|report|texte|piece))?|n[' ]est[ -]ce pas|(?<!\ben )vrai|exact|eske se vre|se vre|pa vre|vre)(?: (?:per|according to|in|going by) (?:the |this )?(?:report|article|piece|story|text))?)[\s?!.]*$/;

/** What a member says they heard, before the statement: "I heard (that)", "il paraît que", "m tande". */
export const hearsay =
	/^(?:(?:so |ok |okay |wait )?(?:(?:i|we) (?:heard|read|saw|was told)|heard|just heard)(?: (?:on|in|from) (?:the )?(?:[\w-]+(?= that\b)|tiktok|twitter|x|facebook|fb|whatsapp|insta|instagram|youtube|yt|telegram|reddit|discord|snapchat|snap|radio|tv|news))?(?: (?:somewhere|online|that))*|(?:my|a) \w+(?: \w+){0,3} (?:says|said|told me|claims|swears)(?: that)?|(?:people|ppl|peeps|they|someone|somebody|some1|sum1|folks|some guy|a guy|this guy|a user|a member|a mod)(?: (?:in|on|at|from|over in|over on|here in)(?: the| this)?(?: \w+){0,2})? (?:are saying|are sayin|keep saying|keeps saying|be saying|is saying|sayin|saying|say|says|said|claim|claims|claimed|posted|posts|keep posting|keeps posting|are posting|posting|wrote|writes|tweeted|shared|reckons|swears|told me|tells me)(?: that)?|(?:rumou?r|(?:rumou?r|fact|claim) ?check|(?:mods? |can (?:someone|anyone|a mod|u|you) )?(?:pls |please |plz )?(?:verify|fact ?check)(?: this| that| pls| please| plz)?)\s*:|(?:a |an |this |that |the )?(?:screenshot|screengrab|post|tweet|video|vid|message|msg|pic|photo|thread|tiktok|clip|voice note|forward)s?(?: (?:going|goin|doing|doin) (?:round|around|the rounds))?(?: (?:on|in) \w+)? (?:says|said|claims|claimed|shows|showed|saying|claiming)(?: that)?|word on the street is(?: that)?|(?:the |a |there s a )?rumou?r(?: (?:going (?:round|around)|out there|online))? (?:is|says|has it|that)(?: that)?|(?:the |a )?rumou?r (?:going (?:round|around)|out there)(?: that)?|(?:i )?saw (?:on|in) \w+(?: that)?|(?:il )?parait que|on (?:dit|raconte|entend|lit)(?: (?:sur|dans) \w+)? que|il se dit que|j[' ]ai (?:entendu|lu|vu)(?: dire)?(?: (?:sur|dans) \w+)? que|je crois avoir (?:lu|entendu)(?: dire)? que|(?:mon|ma|mes|un|une) \w+(?: \w+){0,3} (?:m[' ]a dit|a dit|dit|affirme)(?: que)?|mwen tande(?: ke)?|m tande(?: ke)?|yo di(?: ke)?)\s+/;

/**
 * The statement a message asks to be checked, as typed, or undefined when it asks something
 * else. Works on the folded text to find the tag and the hearsay, and cuts the typed text, which
 * keeps its capitals for names.
 *
 * @param typed the message without Discord markup
 * @param folded the same text folded (lowercase, no accents, apostrophes as spaces), one character for one
 *
 * @example
 * statementToCheck("I heard the UN said it, is that right?", "i heard the un said it, is that right?");
 * // 'the UN said it'
 */
export function statementToCheck(typed: string, folded: string): string | undefined {
	if (typed.length !== folded.length) return undefined;
	const tagged = tag.exec(folded);
	if (!tagged || tagged.index === 0) return undefined;
	const heard = hearsay.exec(folded);
	const start = heard?.[0].length ?? 0;
	// "Rumour check: 'Henry handed over power on Feb 7.'": the statement inside its quotation marks.
	const statement = typed
		.slice(start, tagged.index)
		.trim()
		.replace(/^(['"‘“])(.+)(['"’”])[.!]?$/u, (whole, open: string, inside: string, close: string) =>
			quotePairs[open] === close ? inside : whole,
		);
	// A question already ("who said it, right?", "sup how many were arrested?? fr") is asked, not put up to be checked;
	// so is one that asks how many further on ("ya eu combien de prisonniers evadés?? fr fr").
	// ("granma heard barbecue got in trouble. who sanctioned him fr": the tag is the question's, after its story.)
	const lastSentence =
		folded
			.slice(start, tagged.index)
			.split(/[.!?]+\s+/)
			.at(-1) ?? '';
	// ("henry stay in the power why?? he was supposed go out no": a question word before a question mark asks.)
	const askedBefore = [...folded.slice(start, tagged.index).matchAll(/(\p{L}+)\s*\?/gu)].some(
		([, word = '']) => askingWord.test(word) || chatQuestionWords.has(word),
	);
	return statement &&
		!askedBefore &&
		!questionStart.test(afterFillers(folded.slice(start))) &&
		!questionStart.test(afterFillers(lastSentence)) &&
		!asksHowMany.test(fold(statement))
		? statement
		: undefined;
}

/**
 * The statement a message puts up to be checked, tagged ("…, right?") or asked with only its
 * question mark ("so 700 inmates escaped?"); undefined when it asks something else.
 */
export function statementPutUp(typed: string): string | undefined {
	const folded = fold(typed);
	return statementToCheck(typed, folded) ?? risingStatement(typed, folded);
}

/**
 * A statement asked with only its question mark, as people ask in speech: "so 700 inmates
 * escaped?", "the UN sanctioned Barbecue?". It asks whether it is so, as a tagged statement
 * does; a question word anywhere ("the force lands when?") or no verb ("prison capacity?")
 * leaves it a question of its own.
 *
 * @example
 * risingStatement('so 700 inmates escaped?', 'so 700 inmates escaped?'); // '700 inmates escaped'
 * risingStatement('prison capacity?', 'prison capacity?'); // undefined
 */
export function risingStatement(typed: string, folded: string): string | undefined {
	if (typed.length !== folded.length || !/\?[\s?!]*$/.test(folded)) return undefined;
	const start = chatBefore(folded);
	const words = folded.slice(start).match(/[\p{L}\p{N}]+/gu) ?? [];
	const from = leadingJoiner.test(words[0] ?? '') ? 1 : 0;
	const said = words.slice(from);
	// ("the guards were police or soldiers?" offers two answers to choose from: a question of its own.)
	// ("list every news outlet the report cites?": a request opens on its verb, and asks for what follows.)
	if (
		said.length < 3 ||
		requestVerbs.has(said[0] ?? '') ||
		said.some((word) => askingWord.test(word) || chatQuestionWords.has(word) || word === 'or') ||
		asksInItself(folded.slice(start))
	)
		return undefined;
	// ("exact date Moise was assassinated?" names what it asks for, and the clause says of what; so may the words after
	// a label and its dash or colon: "2022 homicide baseline — raw number before it doubled?")
	// (After a comma too, where no article opens what follows: "…, the number of homicides doubled?" says, not asks.)
	const labelled =
		folded
			.slice(start)
			.split(/\s[—–-]+\s|:\s|,\s(?!the\s)/u)
			.at(-1)
			?.match(/[\p{L}\p{N}]+/gu) ?? [];
	if (askedNoun.test(said.slice(0, 3).join(' ')) || askedNoun.test(labelled.slice(0, 3).join(' '))) return undefined;
	// A verb English has, and no French or Creole word: such a statement is left to its own readings.
	if (!said.slice(1).some(finiteVerb) || said.some(foreignWord)) return undefined;
	const opening = new RegExp(String.raw`^\W*(?:\p{L}+\W+){${from}}`, 'u');
	return typed
		.slice(start)
		.replace(opening, '')
		.replace(/[\s?!.]+$/u, '');
}

/**
 * Does a clause of the text open as a question ("As of 2023, was the prison…") or invert its
 * subject further on ("if it had 4000 places would it be…")?
 */
function asksInItself(folded: string): boolean {
	const clauses = folded.split(/[,;:]/).map((clause) => clause.replace(/^[^\p{L}\p{N}]+/u, ''));
	return clauses.some((clause) => questionStart.test(clause)) || inverted.test(folded);
}

/** An auxiliary before its pronoun subject, as a question puts it: "would it", "did they". */
const inverted =
	/\b(?:is|was|are|were|did|does|do|has|have|had|can|could|will|would|should)\s+(?:it|he|she|they|we|you|i)\b/;

/** A word that asks something wherever it stands, in the three languages (chat's spellings are in `chatQuestionWords`). */
const askingWord =
	/^(?:who|whom|what|when|where|why|how|which|whose|qui|quoi|quand|pourquoi|comment|combien|quel|quelle|quels|quelles|kisa|kile|kote|poukisa|konbyen|kimoun|kijan|kiles|kiyes)$/;

/** A noun that names what is asked for, opening a clause that says of what: "date (that) Moise was killed". */
const askedNoun =
	/^(?:(?:the|exact|actual|real|precise|full|official|raw|total)\s+)*(?:date|day|year|month|time|number|amount|name|names|place|reason|reasons|rationale|justification|motive|explanation|source|attribution)\b/;

/** A French or Creole word English does not have: "c", "est", "pays", "yo". */
const foreignWord = (word: string): boolean =>
	(stopwords.fr.has(word) || stopwords.ht.has(word)) && !stopwords.en.has(word) && !isEnglishWord(word);

/**
 * An English verb as it stands in a statement: said in the past or of one ("escaped", "leads"),
 * or a copula or modal ("was", "will"). French and Creole statements have none of these.
 */
function finiteVerb(word: string): boolean {
	if (/^(?:is|was|are|were|has|had|have|will|would|can|could|did|does|do|used)$/.test(word)) return true;
	const [likeliest] = englishTags(word);
	return likeliest === undefined ? /^\p{L}{4,}ed$/u.test(word) : likeliest === 'VBD' || likeliest === 'VBZ';
}

/** Words that ask how many or how much wherever they stand, in the three languages (folded text). */
const asksHowMany = /\b(?:how many|how much|combien|cb|konbyen|konbe|kombyen|konben|kbyen|kon byen|kantite)\b/;

/** The text after the chat and the joiner it opens with: "sup how many…", "so is…" → "how many…", "is…". */
function afterFillers(folded: string): string {
	const [first = '', ...rest] = folded
		.slice(chatBefore(folded))
		.replace(/^[^\p{L}\p{N}]+/u, '')
		// ("any1 know wen the force is showing up or nah": asked whether anyone knows, the question is what they would know.)
		.replace(askedWhoKnows, '')
		.split(/\s+/);
	return leadingJoiner.test(first) ? rest.join(' ') : [first, ...rest].join(' ');
}

/** Verbs a request opens on: "list…", "name…", "give me…". */
const requestVerbs: ReadonlySet<string> = new Set(
	'list name give tell show explain describe summarise summarize enumerate cite share'.split(' '),
);

/** "Does anyone know", "u know", "any1 kno": asking who knows, before the question they would know the answer to. */
const askedWhoKnows =
	/^(?:(?:does|do|doe)\s+)?(?:any\s?one|any1|anybody|some\s?one|somebody|sum1|u|you|ya|y all|yall)\s+(?:know|knows|kno|knw)\s+/u;

/** Each opening quotation mark and the mark that closes it. */
const quotePairs: Record<string, string> = { "'": "'", '"': '"', '‘': '’', '“': '”' };

/** A question word or auxiliary opening what is left, also as chat spells it ("wats", "wen"): it asks something of its own. */
export const questionStart =
	/^(?:who|whos|what|whats|wat|wats|wut|wht|wen|whn|wher|wheres|hw|hows|when|where|why|how|which|whose|did|does|do|is|are|was|were|can|could|will|would|has|have|qui|que|quoi|quand|ou|pourquoi|comment|combien|quel|quelle|est ce|ki|kisa|kilè|kile|kote|poukisa|konbyen|kiyes|kiles|kimoun|kijan|konbe|eske)\b/;

/**
 * The words that put up a statement to be checked: "is it true (that)…", "can you confirm…", and the
 * words that ask yes or no opening it ("true or nah the UN sanctioned him").
 */
export const askedIfTrue = new RegExp(
	String.raw`^\W*(?:surely|(?:so )?(?:you(?:['’]re| are)|u r|ur) (?:saying|telling me)|(?:is it|it is|it's|would it be|was it|is) (?:true|tru|the truth|right|correct|accurate|fair|the case)(?: or (?:not|false|untrue))?(?: to (?:say|state|claim|suggest))?|(?:would|am|was) i (?:be )?(?:correct|right|wrong|mistaken)(?: (?:in|to) (?:understanding|understand|thinking|think|believing|believe|saying|say|assuming|assume))?|(?:can|could) (?:you|it be) (?:confirm(?:ed)?|verif(?:y|ied))|(?:does|did) (?:the (?:report|article|piece|story|text)|it) (?:say|state|claim|report)(?= that\b| (?!(?:who|whom|whose|what|which|when|where|why|how|anything|something|much|about|if|whether|so)\b))|is that (?:true|right)|(?:true|tru|legit)(?= that\b)|(?:are|r) (?:you|u) (?:sure|certain|positive)|(?:c['’]est (?:vrai|exact)|est-ce (?:vrai|exact)|est-il (?:vrai|exact|juste)|est-ce que c['’]est (?:vrai|exact)|eske se vre|èske se vre|se vre)(?!\p{L})|(?:es|eso es) (?:verdad|cierto)|(?:(?:please|pls|plz) )?(?:tell|assure) me(?! (?:about|more|of|everything|all|something|anything)\b)|(?:${yesNoWords})(?=[\s:,—–-])\s*[:,—–-]?)\s*(?:(?:that|que|ke)\b|qu['’])?\s*`,
	'iu',
);
/** "…? y/n", "yes or no: did…", "oui ou non ?": yes or no asked for, wherever the words stand. */
export const yesNoAsked = new RegExp(String.raw`(?:^|[\s?:,(-])(?:${yesNoWords})(?=$|[\s?!.:,)])`, 'iu');
/** The same words opening a message: "yes or no: did…". */
export const yesNoOpening = new RegExp(String.raw`^\W*(?:${yesNoWords})\s*[:,—–-]\s*`, 'iu');
/**
 * The same words ending a message: "barbecue ex cop? y/n" asks yes or no of what comes before. Whose word it is may
 * follow them: "…— oui ou non, according to the report?".
 */
export const yesNoEnding = new RegExp(
	String.raw`[\s?:,(—–-]+(?:${yesNoWords})(?:,?\s+(?:according to|per|selon|d['’]apr[eè]s|dapre)\s+(?:the|l['’]|le|la)\s*(?:report|article|text|rapport|texte|atik|rapò)(?:\s+(?:a|la))?)?[\s?!.)]*$`,
	'iu',
);

/**
 * "fact check pls 🧐 guy in #general says the prison had 5,000 ppl": a request to check, opening the message, before
 * what it asks to be checked. Undefined where the message asks something of its own after it ("verify: who…").
 */
const checkFirst =
	/^[\s\p{P}]*(?:(?:can|could)\s+(?:someone|anyone|u|you|a\s+mod)\s+)?(?:(?:pls|please|plz|mods?)\s+)?(?:fact[ -]?check|verify)(?:\s+(?:this|that|pls|please|plz|for\s+me))*(?:[\s\p{P}\p{Extended_Pictographic}]|\u{FE0F})+(?!(?:who|what|when|where|why|how|which|whether|if)\b)(\p{L}[\s\S]*?)[\s.!?]*$/iu;

/**
 * The message with a request to check that opens it put at its end, as a tag: what comes after is the statement to
 * check, which `statementToCheck` then finds.
 *
 * @example
 * checkRequestLast('fact check pls: the prison had 5,000 ppl'); // 'the prison had 5,000 ppl, fact check?'
 */
export function checkRequestLast(text: string): string {
	const found = checkFirst.exec(text);
	if (!found?.[1]) return text;
	// ("pls verify the unions were tryna stop WHAT exactly at the pen??": a question word within asks it.)
	const asks = found[1]
		.split(/[^\p{L}]+/u)
		.some((word) => askingWord.test(fold(word)) || chatQuestionWords.has(fold(word)));
	return asks ? found[1] : `${found[1]}, fact check?`;
}
