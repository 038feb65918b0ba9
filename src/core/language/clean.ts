/**
 * The text without Discord's mentions of people, roles and channels, `@everyone` and `@here`, and its other tags
 * (`</command:id>`, `<t:unix:style>`, `<id:browse>`): whom a message pings is never part of what it asks.
 *
 * @example
 * withoutMentions('@everyone <@123> sorry for the ping. who leads?'); // '   sorry for the ping. who leads?'
 */
export function withoutMentions(text: string): string {
	// ("@everyone", "@here", and "@HaitiBot was Barbecue…": a name typed after "@" that Discord did not turn into a
	// mention pings all the same.)
	return (
		text
			.replace(/<(?:@[!&]?|#|\/[\w -]+:|t:|id:)[\w:-]*>/g, ' ')
			.replace(/(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_.-]*[\p{L}\p{N}_]/gu, ' ')
			// ("copy-pasting from #news-haiti: …": a channel or a hashtag typed as text names none of what is asked.)
			.replace(/(?<![\p{L}\p{N}_&])#\p{L}[\p{L}\p{N}_-]*/gu, ' ')
			// ("Right, well — <@…> — I am told…": the dashes that set the mention off close up into one.)
			.replace(/([—–])(?:\s*[—–])+/gu, '$1')
	);
}

/**
 * The text without Discord's custom emoji, whose ids are no numbers of the question's.
 *
 * @example
 * withoutCustomEmoji('<:pepe:123456789012345678> what is RNDDH?'); // '  what is RNDDH?'
 */
export function withoutCustomEmoji(text: string): string {
	return text.replace(customEmoji, ' ');
}

/** A custom emoji as Discord sends it: <:name:id>, <a:name:id>. */
const customEmoji = /<a?:\w+:\d+>/g;

/** Where an emoji was, until it is known whether it ends a sentence. */
const emojiMark = ' \u2063 ';

/**
 * Discord's markup and chat decoration, which never change what is asked: mentions, channel
 * links, custom and Unicode emoji, `:shortcodes:`, markdown, links and repeated punctuation.
 *
 * @example
 * cleanMarkup('@everyone <@123> how many inmates?? :eyes: 🙏'); // 'how many inmates?'
 */
export function cleanMarkup(text: string): string {
	return (
		withoutMentions(text)
			.replace(customEmoji, emojiMark)
			.replace(/https?:\/\/\S+/gi, ' ')
			// "Que Dieu nous garde… Qu'est-ce que…": an ellipsis typed as one character ends a sentence as three dots do.
			.replace(/…/g, '...')
			// :shortcodes: as Discord's emoji picker writes them
			.replace(/:[a-z0-9_+-]{2,}:/gi, emojiMark)
			// Unicode emoji, with their joiners, variation selectors, skin tones and flags
			.replace(
				/\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}]|\u200d|\ufe0f|\u20e3/gu,
				emojiMark,
			)
			// Emoji between two sentences end the first: "…of the crossfire 😭😭 sounds fake ngl". (Not before a conjunction,
			// which goes on with the sentence: "…in feb 2023 🤔 and for how many places?")
			.replace(
				/([\p{L}\p{N}])[\s\u2063]*\u2063[\s\u2063]*(?=\p{L})(?!(?:and|or|but|et|ou|mais|epi|ak|men)\b)/giu,
				'$1. ',
			)
			.replace(/\u2063/g, ' ')
			// "`!ask` pourquoi…", "/ask question: why…": another bot's prefix command, typed before the question, and the
			// option name a slash command shows.
			.replace(/^\s*`{0,3}[!?/.$%][a-z][\w-]*`{0,3}(?:\s+[a-z]+:)?\s+(?=\S)/i, ' ')
			// "(edited)": the mark Discord shows beside a changed message, copied with it.
			.replace(/\(edited\)/giu, ' ')
			// Markdown: bold, italics, strike-through, spoilers, code, quotes, headings
			.replace(/(\*{1,3}|_{2,3}|~~|\|\||`{1,3})/g, ' ')
			// "> Barbecue warns attacks will escalate" then "who is this Barbecue man?": a quoted line is told, and ends
			// where the question about it starts (on the next line, or, where lines were joined, at its question word or at the
			// reply's opening before it: "…doubled in 2023 ok but says who?").
			.replace(
				/^(\s*>{1,3}\s+[^\n?]*?[\p{L}\p{N}])[.!]?[ \t]*(?:\n|\s+(?=(?:who|whos|what|wat|when|wen|where|why|how|which|wich|(?:ok|okay|nope|nah|wait|hmm|but|good q)(?=[\s,])[^\n?]*?\b(?:who|whos|what|wat|when|wen|where|why|how|which|wich|whose))\b[^\n]*\?))/gimu,
				'$1. ',
			)
			.replace(/^\s*(?:>{1,3}|#{1,3})\s+/gm, ' ')
			// "> the gangs want to take out the PM ^ which PM tho?": a caret points up at what was quoted, and starts the
			// question about it.
			.replace(/(?<=[\p{L}\p{N}])\s*(?:\n\s*)?\^+\s+(?=\p{L})/gu, '. ')
			.replace(/^\s*\^+\s+/gm, ' ')
			// "moise hit jul 2021 -> dec 2022 deal": an arrow leads from one event to the next.
			.replace(/\s*(?:-+>|=>|→|⟶)\s*/g, ' then ')
			// "barbecue = jimmy sergier??": an equals sign between words says one is the other.
			.replace(/(?<=\p{L})\s*=\s*(?=\p{L})/gu, ' is ')
			// "inmates ÷ capacity": the sign read as the words a question would use.
			.replace(/\s*÷\s*/g, ' divided by ')
			// "what's the pm's name + who's after him": a plus between words joins two questions, as "and" does.
			.replace(/(?<=[\p{L}'’])\s+\+\s+(?=\p{L})/gu, ' and ')
			// "my cousin saying it was like 5000 people in there what the real number": a run-on message's question of the
			// real value begins a sentence of its own.
			.replace(
				/(?<=[\p{L}\p{N}])\s+(?=(?:so\s+|but\s+|ok\s+)?(?:what|wat|whats|what['’]s)\s+(?:is\s+|was\s+|da\s+)?(?:the|da)\s+(?:real|actual|true|correct|right|exact)\s+(?:number|figure|count|date|name|story|one|answer)\b)/giu,
				'. ',
			)
			// "??", "?!?!", "..." → one mark
			.replace(/([?!.,])[?!.,]+/g, '$1')
			// ("<#…> ??? ⚠️ ok so wat…": marks with nothing before them end no sentence.)
			.replace(/^[\s?!.,;:]+(?=\S)/u, '')
			.replace(/\s+/g, ' ')
			.trim()
	);
}

/**
 * A reaction to something shared in the channel ("u seein this??", "did you guys see this?", "check
 * this out:") or a self-introduction ("fact-check desk here,", "mod here:") before the question. It
 * asks nothing the report could answer, so it is not the message's first question.
 */
const chatOpening = new RegExp(
	[
		String.raw`^\s*(?:(?:omg|wow|yo|bro|guys|ok|okay|so|hey|ayo)[\s,!.]+)*`,
		String.raw`(?:(?:did|have|has|are|r|do|yall|y'all|y’all|u|you|ya|anyone|anybody|everyone|every1|any1|ppl|you guys|u guys|we)\s+)*`,
		String.raw`(?:even\s+)?(?:see|seen|saw|seeing|seein|read|hear|heard|watch|watching|check|checking|checkin|look|looking|lookin|peep|peeped|peepin)`,
		String.raw`(?:\s+(?:at|out))?\s+(?:this|that|these|dis|dat)(?:\s+(?:out|rn|yet|lol|lmao|news|thread|post))?\s*[?!.,:;…]+\s*`,
		String.raw`|^\s*(?!(?:who|what|when|where|why|how|which|is|are|was|were|did|does|do|can|could|will|would)\b)(?:[\p{L}'’-]+\s+){1,3}here\s*[,:;.!—–-]+\s*`,
		// "hang on, who…", "wait a sec, …": asking the others to wait, before the question.
		String.raw`|^\s*(?:hang on|hold on|hold up|wait|wait up|one sec|hang on a sec|hold on a sec|wait a sec|wait a minute|hang on a minute|hold on a minute)\s*[,:;.!—–-]+\s*(?=\p{L})`,
		// "diache bot who sanctioned…", "yo bot, …": a word of chat before the bot addressed, where a question follows.
		String.raw`|^\s*(?:[\p{L}'’-]+\s+)?bot\s*[,:;.!—–-]*\s+(?=(?:who|whom|whose|what|when|where|why|which|how|is|are|was|were|did|does|do|can|could|will|would)\b)`,
		// "re: that thread, which country…": what the message answers to, before the question.
		String.raw`|^\W*re\s*:\s*(?:[\p{L}\d'’#-]+\s+){0,4}[\p{L}\d'’#-]+\s*[,:;—–-]+\s*(?=\p{L})`,
	].join(''),
	'iu',
);

/**
 * The message without a chat opening, where a question follows it.
 *
 * @example
 * withoutChatOpening('u seein this?? which ngo warned about the prison?'); // 'which ngo warned about the prison?'
 * withoutChatOpening('fact-check desk here, what is the as-of date?'); // 'what is the as-of date?'
 */
export function withoutChatOpening(text: string): string {
	const rest = text.replace(chatOpening, '');
	return /\p{L}{2,}/u.test(rest) ? rest : text;
}

/** Of a message's letters, the share in capitals above which it is shouted, not written with names in capitals. */
const shoutedShare = 0.8;
/** Fewer letters than this may be one name or initialism alone ("RNDDH?"): not read as shouting. */
const shoutedLetters = 12;

/**
 * A message typed all in capitals, in the small letters it would have been written in, but for the initialisms
 * `kept` (as the data writes them: "UN", "RNDDH", "U.S."): in capitals every word looks like a name. Any other
 * message is returned as it is.
 *
 * @example
 * unshouted('CEST QUI LE PREMIE MINISTRE SELON LE RNDDH', new Set(['RNDDH'])); // 'cest qui le premie ministre selon le RNDDH'
 */
export function unshouted(text: string, kept: ReadonlySet<string>): string {
	const letters = text.match(/\p{L}/gu) ?? [];
	const capitals = letters.filter((letter) => /\p{Lu}/u.test(letter)).length;
	if (letters.length < shoutedLetters || capitals < letters.length * shoutedShare) return text;
	return text.replace(/[\p{L}\p{N}.]+/gu, (word) => {
		const bare = word.replace(/\.+$/u, '');
		return kept.has(word) || kept.has(bare) ? word : word.toLowerCase();
	});
}
