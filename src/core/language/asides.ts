/**
 * Asides around a question that ask nothing and name nothing it is asked about: what someone else
 * claims beside it ("…, given that a widely shared post claims Canada did?"), a likeness to the
 * asker's own world ("like my uncle keeps saying"), a guess waved off, who wants to know, a
 * blessing, and a label Discord's marks set off before it ("**quick audit**").
 */
import { fold } from './lexicon.js';
import { askingWord } from './read.js';

/** A verb with which someone other than the report passes a claim on, in the three languages. */
const claimVerb = String.raw`(?:(?:is|are|was|were|has|have|had)\s+(?:(?:now|been|also|just)\s+)*)?(?:claim(?:s|ed|ing)?|say(?:s|ing)?|said|wr(?:ote|ites|itten)|suggest(?:s|ed|ing)?|alleg(?:e|es|ed|ing)|assert(?:s|ed|ing)?|attribut(?:e|es|ed|ing)|stat(?:e|es|ed|ing)|insist(?:s|ed|ing)?|report(?:s|ed|ing)?|put\s+it|tell(?:s|ing)?\s+me|told\s+me|offer(?:s|ed)?\s+me|call(?:s|ed)?|l['’]ai\s+lu|l['’](?:a|ont)\s+(?:dit|[ée]crit|affirm[ée])|le\s+(?:dit|pr[ée]tend|affirme)|(?:a|ont)\s+(?:dit|[ée]crit|affirm[ée]|pr[ée]tendu|avanc[ée])|affirme|pr[ée]tend|avance|di(?:\s+a)?|ekri)`;

/**
 * Who passes it on, other than the report: a post, a thread, an outlet, a colleague's draft, my notes. (Never "the
 * report" or "the article", which is the report.)
 */
const teller =
	'(?:post|posts|thread|clip|video|tweet|account|outlet|source|sources|notes|draft|colleague|summary|copy|wire|blog|rumou?r|rumou?rs|story|message|caption|channel|page|publication|site|website|influencer|user|commenter|fil|vid[ée]o|rumeur|piblikasyon|mesaj|moun|people|ppl|they|dey|folks|some)';

/**
 * ", as a pro-government account is now claiming,", ", as one Toronto outlet wrote", ", comme je l'ai lu dans un fil
 * d'actualité", "like dey say": whose claim the question repeats, said beside it. The question is the same without it.
 */
const attributed = new RegExp(
	String.raw`(?:[,—–(]\s*(?:as|like|comme|jan)\s+(?:[\p{L}\d'’-]+\s+){0,7}?${claimVerb}(?:\s+[\p{L}\d'’-]+){0,5}?|\s+like\s+(?:they|dey|people|ppl|everyone|folks|some)\s+(?:say|said|claim))\s*(?=[,;?!.)—–]|$)`,
	'giu',
);

/**
 * ", given that a widely shared post claims Canada was the first to do so", ", because a source in Nairobi has
 * offered me a firm date": why the asker asks, told by another. What it claims is what the question doubts; the
 * question asks it on its own.
 */
const rumourReason = new RegExp(
	String.raw`[,—–]\s*(?:given\s+that|seeing\s+(?:that|as)|since|because|considering\s+that|now\s+that|[ée]tant\s+donn[ée]\s+qu(?:e\s+|['’])|puisqu(?:e\s+|['’])|vu\s+qu(?:e\s+|['’])|alors\s+qu(?:e\s+|['’])|paske|piske|kòm)\s*((?:[\p{L}\d'’-]+\s+){0,8}?)${claimVerb}\b[^?;]*`,
	'giu',
);

/** The report itself, as askers call it: what it claims is what the question asks about. */
const theReport = /\b(?:the|this|le|ce|cet)\s+(?:report|article|rapport|story|piece)\b|\brap[oò]\s+a\b/iu;

/**
 * "may God touch his heart", "que Dieu nous garde", "se pou Bondye beni nou": a blessing, which asks nothing and
 * names no one the report speaks of.
 */
const blessing =
	/(?:^|[,;]|(?<=[.!?]))\s*(?:may|que|ke|se\s+pou|pou)\s+(?:god|the\s+lord|lord|jesus|dieu|le\s+seigneur|bondye|jezi|granm[eè]t)\b[^,;.!?…]*(?:[,;.!]|(?=\?))?/giu;

/** "Bondye bon.", "Merci et Bondye beni ou.", "Good morning and God bless.": a sentence of blessing, asking nothing. */
const blessedSentence =
	/(?:^|(?<=[.!?]))\s*(?:[\p{L}]+\s+){0,3}?(?:god|dieu|bondye|the\s+lord|le\s+seigneur|jezi)\s+(?:bless(?:es)?|beni|b[eé]nisse|garde|gad|pwoteje|protect|protects|keep|keeps|bon|is\s+good)\b[^.!?]{0,30}(?:[.!]+|$)/giu;

/**
 * "Nous prions pour qu'elle arrive vite.", "Que la volonté de Dieu soit faite.", "Seigneur, protège nos policiers.": a
 * prayer after the question, asking nothing of the report.
 */
const prayerSentence =
	/(?<=[.!?])\s*(?:(?:nous\s+prions|je\s+prie|we\s+pray|i\s+pray|n\s*ap\s+priye|m\s*ap\s+priye|priye)\b|que\s+la\s+volont[ée]\s+de\s+dieu\b|(?:seigneur|lord|jezi|j[ée]sus|bondye|granmet)\s*,?\s+(?:prot[eè]ge|garde|b[ée]nis|protect|keep|bless|have\s+mercy|pwoteje|gade|beni)\b|(?:amen|amèn|ameen)\b)[^?]*$/iu;

/** "Mèsi, frè m.", "Grace and peace.", "Blessings, my friend.": a sentence of thanks or greeting, asking nothing. */
const thanksSentence =
	/(?:^|(?<=[.!?]))\s*(?:grace\s+and\s+peace|blessings(?:\s+upon\s+you)?|m[eè]si|merci|thanks|thank\s+you)(?:\s*,?\s*(?:my\s+|mon\s+|ma\s+)?\p{L}+(?:\s+(?:m|mwen))?)?\s*(?:[.!]+|$)/giu;

/**
 * "…or is it TBD like my tax refund?", "…like my uncle keeps saying on WhatsApp": a likeness to the asker's own world,
 * ending the question, which names nothing asked.
 */
const likeMine =
	/,?\s+(?:just\s+)?like\s+(?:my|his|her|our|your|their|mi|mon|ma|mes)\s+[^,;?!.]{1,50}(?=\s*[,?!.]|$)/giu;

/** "…in that prison or am i misremembering", "…, or am I wrong?": the asker's doubt of their memory asks whether it is so. */
const ownDoubt =
	/,?\s+or\s+am\s+i\s+(?:misremembering|mis-remembering|remembering\s+(?:it\s+)?wrong|wrong|mistaken|confusing\s+(?:it|that|this|things|them)|making\s+(?:it|that|this)\s+up|imagining\s+(?:it|that|this|things)|tripping|crazy)(?=\s*(?:[?!.]|$))/giu;

/**
 * "the police that was guarding the penitentiary what they did when the gangs came": the topic first, then what it did
 * asked in chat's order, asks what the topic did.
 */
const topicThenDeed =
	/^(\W*)((?:the|that|those|these|dem|da|them)\s+[^?,]{3,80}?)\s+what\s+(?:they|he|she|it|dem)\s+(did|do|does|done|said|say|says)\b/iu;

/** "Mande l pou mwen souple:", "ask it for me please:": the asker's bidding to whoever types, before the question. */
const askItForMe =
	/^\W*(?:mande\s+(?:l|li|bot\s+la)\s+(?:pou\s+(?:mwen|m)\s*)?(?:souple|silvouple|tanpri)?|ask\s+(?:it|him|the\s+bot)\s+(?:this\s+)?for\s+me(?:\s+(?:please|pls))?|demande[- ](?:lui|le)\s+pour\s+moi(?:\s+s['’]il\s+te\s+pla[iî]t)?)\s*[:,—–-]\s*/iu;

/**
 * "…, si je puis me permettre ?", "…, mon Dieu ?", "si Bondye vle:", "if I may", "…, paix à son âme ?": a courtesy, an
 * exclamation or a wish for the dead set off in the question, in the three languages, asking nothing.
 */
const courtesy =
	/,?\s*(?<![\p{L}])(?:si je (?:puis|peux) me permettre|si vous (?:le )?permettez|if i may|if you don['’]t mind|si (?:bon)?dye vle|si dieu (?:le )?veut|god willing|mon dieu|bon dieu|my god|oh my god|good heavens|mezanmi|bondye|paix [àa] son [âa]me|(?:may (?:he|she) )?rest in peace|r\.?i\.?p|repoze an p[eè]|(?:(?:mezanmi|o)\s+)?(?:j[ée]sus|jezi)[,\s]+(?:marie|mary|mari)[,\s]+(?:and\s+|et\s+|ak\s+)?(?:joseph|jozef))(?=\s*(?:[,?!.:]|$))/giu;

/**
 * "My cousin who lives in Miami says…", "mon neveu qui vit à Montréal", "kouzen m ki rete Miami": where someone of the
 * asker's own lives or works, which names no place the question is about.
 */
const whereTheyLive =
	/(?<=(?:\b(?:[Mm]y|[Mm]on|[Mm]a|[Mm]es|[Nn]otre|[Nn]os|[Oo]ur|[Hh]er|[Hh]is|[Ss]a|[Ss]on)\s+\p{L}+(?:\s+\p{L}+)?|\s(?:m|mwen|li|nou))\s*),?\s*(?:who|that|qui|ki)\s+(?:lives?|living|works?|vit|habite|travaille|rete|travay|viv)\s+(?:(?:in|at|à|a|au|aux|en|nan|lan|o|down\s+in|up\s+in|over\s+in)\s+)?(?:l['’])?\p{Lu}[\p{L}'’-]*(?:[\s-]+\p{Lu}[\p{L}'’-]*)*,?/gu;

/** "…, asking for a buddy at SOUTHCOM": chat's excuse for asking, whoever it names. */
const askingForSomeone =
	/,?\s*(?:just\s+)?asking\s+for\s+(?:a|my|our)\s+(?:friend|buddy|pal|mate|colleague|cousin|friend's)\b[^?!.]*/giu;

/** A child or a dear one addressed, in the three languages: "pitit mwen", "mon enfant", "my child", "chérie". */
const kin = String.raw`(?:pitit|ti\s+pitit|pitit\s+(?:mwen|m|gason\s+mwen|fi\s+mwen)|ti\s+cheri|ch[eé]ri[e]?|my\s+child|child|my\s+dear|dear|honey|darling|sweetie|mon\s+enfant|mon\s+fils|ma\s+fille|mon\s+ch[eé]ri|ma\s+ch[eé]rie)`;

/** "Brother, the big jailhouse…", "boss, what year…", "Chers auditeurs, …", "…, brother?": whom the asker addresses, opening or ending the message. */
const vocative = new RegExp(
	String.raw`^\W*(?:(?:my|dear|mon|ma|mes|chers?|ch[eè]res?|chè)\s+)?(?:brothers?(?:\s+and\s+sisters)?|brethren|beloved|sisters?|friends?|folks|fam|sir|madam|ma['’]am|pastor|deacon|boss|bossman|bro|bruh|bredda|bredren|dawg|homie|fr[èe]res?|s[œo]eurs?|fr[eè]|s[eè]|zanmi|mes\s+amis|amis|messieurs|mesdames(?:\s+et\s+messieurs)?|monsieur|madame|msye|madanm|gentlemen|ladies(?:\s+and\s+gentlemen)?|listeners|viewers|auditeurs|auditrices|oditè(?:\s+yo)?|odit[eè](?:\s+yo)?|${kin})\s*[,.!]\s*|,\s*(?:my\s+)?(?:brother|sister|brethren|bro|sis|fam|folks|friends?|pastor|old\s+(?:chap|boy|bean|man|friend|fellow|sport)|mate|buddy|pal|sir|madam|ma['’]am|${kin})(?=\s*[?!.]*\s*$)`,
	'iu',
);

/** "…, pastè wan know", "…, my mom wants to know": who wants the answer, ending the question. */
const wantsToKnow = /,\s*(?:[\p{L}'’]+\s+){0,2}(?:wan|want|wants|wanna|wanted)\s+(?:to\s+|2\s+)?know\W*$/iu;

/**
 * "(I'd rather not write 'over 500%' if that's wrong)", "(asking for my class)": the asker's own remark in
 * brackets, said of themselves, asks nothing of the report and gives none of its figures.
 */
const ownRemark =
	/\s*\((?:(?:i|i['’](?:d|m|ll|ve)|im|ive|we|we['’](?:d|re|ll)|my|our|asking|just asking|for my|pour mon|pour ma|je|mwen|m)\s|j['’])[^()]*\)/giu;

/** "— don't tell me it was Canada again", "? pa di m se gang yo": a guess the asker waves off, which asks nothing. */
const wavedOff =
	/(?:\s*[—–-]+\s*|(?<=[?!.,])\s*)(?:(?:don['’]?t|do not|please don['’]?t)\s+(?:tell me|say)|pa\s+di\s+m(?:wen)?|(?:ne\s+)?me\s+dis\s+pas|dis[ -]moi\s+pas)\b[^?!.]*/giu;

/** ", name or title, anything": what the asker would take for an answer, after the question. */
const anyAnswerWill =
	/(?:,|(?<=[?!.]))\s*(?:(?:a\s+)?name\s+or\s+(?:a\s+)?title|(?:a\s+)?title\s+or\s+(?:a\s+)?name)?\s*,?\s*(?:anything|whatever|smth|something)\s*[.!?]*$/iu;

/**
 * "how many were inside tho, someone on twitter said 10k", "what happened to murders in 2023, heard they tripled", "…in
 * 2023 — I swear I read somewhere they tripled?": what someone else said, ending a question after a comma or a dash. It is what the question doubts; the question asks it on its own.
 */
const hearsayAfter =
	/(?:[,;]|\s[—–-]+)\s*(?:(?:but|and|cuz|bc|cause|coz|since)\s+)?(?:i\s+(?:swear|think|thought)\s+)?(?:(?:some(?:one|body)|some\s+guy|a\s+guy|guy|ppl|people|they|dey|folks|everyone|my\s+\p{L}+|grand(?:ma|pa|mother|father)|granma|granny|grann|mom|mum|mama|dad|papa|auntie|tonton|matant|i|i['’]ve|u|you)\s+)?(?:(?:on|in|from|at)\s+[#\p{L}\d]+\s+)?(?:heard|hear|read|said|says|say|saying|claims?|claimed|told\s+me|keep\s+saying)\b[^?]*\??\s*$/iu;

/**
 * ", for I have heard a dozen versions from the television people", ", car ma mémoire me joue des tours", ", paske m
 * bliye": why the asker asks, of their own, after the question, in any of the three languages. It names nothing asked.
 * (An "as I…" set off by a second comma is the asker's memory, inside the question: ", as I recall, volunteered…".)
 */
const ownReason =
	/,\s*(?:(?:for|since|because|cause|cuz|bc|car|parce\s+qu(?:e\s+|['’])|puisqu(?:e\s+|['’])|paske|piske)\s*(?:(?:i|i['’]ve|i['’]m|i['’]d|we|we['’]ve|my|our|je|ma|mon|mes|me|nous|notre|nos|mwen|m|nou)\s|[jm]['’])[^?]*|as\s+(?:i|i['’]ve|i['’]m|i['’]d|we|we['’]ve|my|our)\s[^?,]*)$/iu;

/**
 * "…? A yes or no will suffice, though a brief explanation would be welcome.", "…? An approximate figure in months would
 * do nicely.", "…? months is fine": a sentence after the question on the form of the answer wanted, which asks nothing more.
 */
const answerWanted =
	/(?<=[?!.])\s*(?:(?:an?|the|just|only|even)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:figure|number|estimate|answer|reply|response|yes\s+or\s+no|explanation|date|name|year|month|week|day|ballpark|approximation)s?\b[^?!.]{0,40}?\b(?:(?:will|would|should|['’]d|is|are)\s+(?:\p{L}+\s+)?(?:suffice|do|be\s+(?:fine|welcome|enough|appreciated|helpful|great|perfect|ideal|ok|okay|plenty))|(?:is|are)\s+(?:fine|ok|okay|good|enough|plenty|perfect))\b[^?!.]*[.!]*\s*$/iu;

/**
 * "…en février 2023, alors même que sa capacité nominale était bien moindre ?", "…, even though it was built for 700?":
 * what the asker grants, after the question, which asks nothing of its own.
 */
const granted =
	/,\s*(?:even\s+though|although|though|whereas|alors\s+(?:m[eê]me\s+)?qu(?:e\s+|['’])|bien\s+qu(?:e\s+|['’])|tandis\s+qu(?:e\s+|['’])|m[eê]me\s+si|menm\s+si)\s*\p{L}[^?.!]*(?=[?.!]*\s*$)/iu;

/** What the asker grants, gone, only where the sentence before it asks something. */
const withoutGranted = (text: string) =>
	text.replace(granted, (aside, at: number) =>
		askingWord.test(fold(text.slice(0, at).split(/[.!?]/u).at(-1) ?? '')) ? '' : aside,
	);

/**
 * "My grandfather asks me to type this:", "Granmè mande (se li k ap pale, se mwen k ap tape):", "granpa ask if…", "Grand-papa voudrait savoir si…", "manman m vle konnen
 * si…": whom the question is asked for, opening it. What they ask follows; asked "if", it is whether it is so.
 */
const askedFor =
	/^\W*(?:(?:my|our|mon|ma|mes)\s+)?(?<who>grand[\s-]?(?:pa|ma|father|mother|papa|p[eè]re|m[eè]re|son|daughter)|granpa|granma|granm[eè]|granp[eè]|grann|gran\s?papa|gran\s?manman|papa|manman|mom|mum|dad|mother|father|uncle|aunt|auntie|tonton|matant|cousin|pastor|wife|husband|son|daughter|neighbou?r)(?:\s+(?:m|mwen|mw))?\s+(?<verb>asks?|asked|is\s+asking|wants?|wanted|would\s+like|voudrait|veut|aimerait|demande|vle|ta\s+renmen|mande)(?:\s+(?:me|us|moi|m))?(?:\s+(?:to|de))?(?:\s+(?:know|ask|type|write|find\s+out|savoir|konnen))?(?:\s+(?:this|that|ceci|cela|sa))?(?:\s+(?<whether>if|whether|si))?(?:\s*\([^()]{0,80}\))?\s*[:,—–-]?\s*(?=\p{L})/iu;

/** The question without whom it is asked for, asked as whether it is so where they ask "if". */
function withoutAskedFor(text: string): string {
	const found = askedFor.exec(text);
	if (!found?.groups) return text;
	const rest = text.slice(found[0].length);
	if (!found.groups.whether) return rest;
	const { verb = '' } = found.groups;
	const whether = /^(?:vle|ta|mande)/iu.test(verb)
		? 'èske se vre'
		: /^(?:voudrait|veut|aimerait|demande)/iu.test(verb)
			? 'est-il vrai que'
			: 'is it true that';
	return `${whether} ${rest}`;
}

/**
 * "…? need to characterize it right in the memo lol", "…? gotta get it right for my class": what the asker needs the
 * answer for, after the question, which asks nothing more.
 */
const neededFor =
	/(?<=[?!.])\s*(?:i\s+|we\s+)?(?:need|needs|gotta|have\s+to|has\s+to|must|want)\s+(?:to\s+)?(?:[\p{L}'’]+\s+){0,8}?(?:memo|report|class|segment|post|essay|paper|homework|thread|show|brief|briefing|notes?|slides?|deck|presentation|newsletter|broadcast)\b[^?]*$/iu;

/** "…, going to print in 20", "…, we go live at 6": when the asker's own work goes out, after what they ask. */
const ownDeadline =
	/,\s*(?:(?:i|we)(?:['’]m|['’]re|\s+am|\s+are)?\s+)?(?:going\s+to|gonna|about\s+to|due\s+to|have\s+to|need\s+to|will)?\s*(?:print|publish|post|air|file|go\s+(?:live|to\s+print|to\s+press|on\s+air)|going\s+(?:live|to\s+print))\s+(?:in|at|by|tonight|today|soon|shortly)\b[^?]*$/iu;

/** "…, ou c'est de la fake news ?", "…or is it just a rumour?": the other answer offered, which asks only whether it is so. */
const orFake =
	/\s*,?\s+(?:ou|or|oswa|oubyen)\s+(?:c['’]est|is\s+it|it['’]s|is\s+that|se|sa\s+se)\s+(?:(?:de\s+la|des|une|un|a|just|juste|only|yon)\s+)?(?:fake(?:\s+news)?|intox|rumeur|rumou?r|faux|fo|manti|bs|cap|propagand[ae])(?=\s*[?!.]*\s*$)/iu;

/**
 * "…, or is that just Twitter making stuff up again", "…ou c'est silence radio comme d'hab": doubt of where one heard
 * it, tacked on at the end; it offers no other answer.
 */
const orMadeUp =
	/\s*,?\s+(?:or|ou)\s+(?:is|was)\s+(?:that|it|this)\s+(?:just\s+|only\s+)?(?:[\p{L}'’]+\s+){1,3}?(?:making\s+(?:stuff|things|it|this|that|shit)\s+up|lying|exaggerating|spreading\s+(?:rumou?rs|lies))(?:\s+again)?(?=\s*(?:\([^()]*\))?\s*[?!.]*\s*$)/iu;

/**
 * "(it usually is)", "(asking for a friend who thinks…)", "(sorry typo earlier)": the asker's own
 * remark in brackets, which names nothing asked about.
 */
const ownBracketed =
	/\s*\((?=[^()]*(?<![\p{L}'’])(?:i|i['’]m|im|my|me|we|us|our|asking|friend|lol|lmao|tbh|ngl|honestly|genuinely|usually|always|sorry|typo|oops|edit|edited|je|j['’]ai|moi|mon|ma|désolée?|pardon|mwen|eskize)(?![\p{L}'’]))[^()]{3,160}\)/giu;

/** "comme d'hab", "as usual", "like always": the asker's weariness after the question. */
const asUsual =
	/\s*,?\s+(?:comme\s+d['’]\s*hab(?:itude)?|comme\s+toujours|as\s+usual|like\s+always|kom\s+dabitid)(?=\s*[?!.]*\s*$)/iu;

/** The units of time a duration may be asked in, in English, French and Kreyòl. */
const timeUnits = '(?:days|weeks|months|years|jours|semaines|mois|ann[ée]es|ans|jou|semèn|mwa|ane|lane)';

/** "…? like months or years", "en mois ou en années ?": the units the asker would have the answer in. */
const unitsOffered = new RegExp(
	String.raw`(?<=[?!.,]|\s)\s*(?:like|in|either|en|an)?\s*${timeUnits}\s+(?:or|ou|oswa)\s+(?:in\s+|en\s+|an\s+)?${timeUnits}\s*[?!.]*\s*$`,
	'iu',
);

/**
 * "…and the RNDDH headcount — in months?", "…count? Give it in months.": the one unit the asker would have a duration
 * in, which every duration the bot works out already states.
 */
const unitAsked = new RegExp(
	String.raw`(?:\s*[,(:—–-]\s*|(?<=[?!.])\s*(?:(?:please|pls|kindly)\s+)?(?:give|answer|express|put|state)\s+(?:it|that|the answer|them\s+)?\s*)(?:in|en|an)\s+${timeUnits}\s*(?:pls|please|plz|svp|souple)?\s*\)?\s*[?!.]*\s*$`,
	'iu',
);

/**
 * "…turning up, d'you know?", "…gone up a fair bit, I gather?": whether the one asked knows, or what the asker has
 * gathered, tagged on after the question's own words.
 */
const knowingTag =
	/\s*,\s*(?:(?:do|d['’]?)\s*(?:you|ya|u)\s+know|(?:does\s+)?any(?:one|body)\s+know|i\s+(?:gather|take\s+it|presume|suppose|imagine|believe|reckon))(?=\s*[?!.]*\s*$)/iu;

/** Words of a hedge set off by commas, which say how the asker asks, not what: "pray", "one must presume", "if any". */
const hedgeWords = new Set(
	(
		'pray please precisely exactly perhaps presumably one must presume may might i if any as it were so to speak say ' +
		'frankly honestly indeed then now really actually again too also in fact truth short brief general particular ' +
		'sum essence effect principle theory practice of course mind you think believe suppose gather imagine reckon ' +
		'guess hope dare the way by all means ose le demander je vous prie au juste en fait ailleurs donc si'
	).split(' '),
);

/**
 * "who, precisely, is…", "…the officers who were, one must presume, charged with…", "which individuals, if any,…":
 * a hedge of a few words set off by commas, each a word of hedging or an adverb in -ly. (A comma may close one aside
 * and open the next: "…himself, which individuals, if any, does…".)
 */
function withoutHedges(text: string): string {
	const between = /,\s*((?:[\p{L}'’]+\s+){0,4}[\p{L}'’]+)\s*,/u;
	let rest = text;
	let from = 0;
	for (let found = between.exec(rest); found; found = between.exec(rest.slice(from))) {
		const at = from + found.index;
		const words = (found[1] ?? '').toLowerCase().split(/[\s'’]+/u);
		if (words.every((word) => hedgeWords.has(word) || /^\p{L}{3,}ly$/u.test(word))) {
			rest = `${rest.slice(0, at)} ${rest.slice(at + found[0].length)}`;
			from = at;
		} else from = at + found[0].length - 1;
	}
	return rest;
}

/** An aside that ends a question, which closes it: only where what comes before asks something. */
const afterAQuestion = (aside: string, at: number, whole: string) =>
	askingWord.test(fold(whole.slice(0, at))) || chatAsking.test(whole.slice(0, at)) ? '?' : aside;

/** Question words as chat spells them: "wats the prison called", "wen did…", "hw many". */
const chatAsking = /(?<!\p{L})(?:wat|wats|watz|wut|whats|wen|wer|whr|hw|hu|whos)(?!\p{L})/iu;

/** "…up or down vs before?": set against what came before, which any change already is. */
const againstBefore =
	/\s+(?:vs\.?|versus|compared\s+(?:to|with))\s+(?:before|earlier|then|previously|prior\s+years?|the\s+year\s+before)(?=\s*[?!.]*\s*$)/iu;

/** "…RNDDH gave? ta": British chat's "thanks", alone after the question mark that ends the message. */
const signedOff = /(?<=\?)\s*ta\s*[.!]*\s*$/iu;

/**
 * "**quick audit** 🧮 nominal capacity…?", "||no rounding pls|| exact date…?": a label set off by Discord's marks
 * before the question (after any mentions), which asks nothing.
 */
const markedLabel = /^((?:\s*<[@#][!&]?\d+>)*\s*)(?:\*\*|__|\|\||\[)([^*_|\]\n]{1,40})(?:\*\*|__|\|\||\])(?=\s*\S)/u;

/** Does a text ask, by a question word, an auxiliary or a question mark? A label that does is part of the question. */
const asks = (text: string) =>
	askingWord.test(fold(text)) || /(?<!\p{L})(?:is|are|was|were|did|does|do)(?!\p{L})|\?/iu.test(text);

/**
 * "Sister question for the Bible study group:", "Les sœurs de l'Église demandent :", "Granmoun yo mande:": who asks, or
 * for whom, set off by a colon before the question.
 */
const askersLabel =
	/^(\s*)((?:[^:?\n]{0,60}?\s)?(?:questions?|q|demandent|demande|demandons|mande|asks?|asking|wants?\s+to\s+(?:know|count|check|understand|find\s+out|work\s+out)|wonders?)(?:\s[^:?\n]{0,40})?)\s*:\s+(?=\S)/iu;

/** Titles of address before a name, in the three languages: "Mesye", "Madan", "Sè", "M.", "Mme", "Sister". */
const honorifics = [
	'mesye',
	'msye',
	'madan',
	'manmzèl',
	'sè',
	'frè',
	'pastè',
	'bòs',
	'mèt',
	'doktè',
	'm.',
	'mme',
	'mlle',
	'mr',
	'mrs',
	'ms',
	'dr',
	'monsieur',
	'madame',
	'mademoiselle',
	'père',
	'sœur',
	'soeur',
	'pasteur',
	'sister',
	'brother',
	'father',
	'pastor',
];
/** Each title with its capital or without: a name that follows keeps its capital. */
const honorific = honorifics
	.map((title) => `[${title[0]?.toUpperCase()}${title[0]}]${title.slice(1).replace('.', '\\.')}\\.?`)
	.join('|');
/** A name as written: capitalised words, hyphenated or not ("Jean-Claude Blanc", "Ti-Jean Altidor"). */
const personName = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}`;
/** A town after a name: ", Jacmel", ", de Bainet", ", isit Jacmel menm". */
const town = String.raw`\s*,\s*(?:(?:de|d['’]|from|of|in|isit|nan|lavil)\s+)?\p{Lu}[\p{L}'’-]*(?:[\s-]+(?:de\s+|la\s+|du\s+)?\p{Lu}[\p{L}'’-]*){0,3}(?:\s+menm)?`;

/** The verb with which a listener's question is introduced: "ekri nou", "mande", "ap tande". */
const listenerAsks = String.raw`(?:ekri\s+nou|ekri|mande|asks|writes|[ée]crit|demande|ap\s+tande)`;

/**
 * "Sè Nadège Pierre-Louis, Bainet:", "Question de M. Rodrigue Vilsaint, de Jacmel :", "Djo, Jakmèl:", "Mesye Claudy,
 * Marigot mande": a listener's name, titled or from a town, as a radio host reads it before the question.
 * (A name alone is no such label: "Pénitencier National: …" says what is asked about.)
 */
const listenerLabel = new RegExp(
	String.raw`^((?:\s*<[@#][!&]?\d+>|\s*@(?:here|everyone)|\s*[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+)*\s*)((?:(?:[Mm]en\s+)?(?:[Kk]esyon|[Qq]uestion)\s+(?:de\s+|d['’]|from\s+|of\s+|pou\s+)?)?(?:(?:(?:${honorific})\s+${personName}(?:${town})?)|(?:${personName}${town}))(?:\s*,?\s*${listenerAsks})?|${personName}\s+${listenerAsks})\s*(?::\s+|\s+(?=(?:kisa|ki|kiyès|kilè|kote|konbyen|poukisa|èske|eske)\s))(?=\S)`,
	'u',
);

/** Text hidden as a spoiler: "||a govt agency??||", "||should be 2||". */
const spoiler = /\|\|([^|]{1,80})\|\|/gu;

/**
 * "what kind of organisation is RNDDH exactly ||a govt agency??||": what the asker hides as a spoiler, after or beside a
 * question that asks without it, is their own guess or aside.
 */
function withoutSpoilers(text: string): string {
	const without = text.replace(spoiler, ' ');
	return without !== text && asks(without) && /\p{L}{2,}(?:\s+\p{L}+){2,}/u.test(without) ? without : text;
}

/** The question without a label set off before it. */
function withoutMarkedLabel(text: string): string {
	const found = markedLabel.exec(text) ?? askersLabel.exec(text) ?? listenerLabel.exec(text);
	if (!found?.[2] || asks(found[2]) || !asks(text.slice(found[0].length))) return text;
	return `${found[1] ?? ''} ${text.slice(found[0].length)}`;
}

/**
 * The question without its asides: what others claim beside it, likenesses, guesses waved off, who
 * wants to know and for whom it is asked, blessings, whom it is addressed to and a label before it.
 *
 * @example
 * withoutAsides('Who sanctioned Sergier, given that a post claims Canada did?'); // 'Who sanctioned Sergier?'
 * withoutAsides('Did he say attacks would ease off, as a pro-government account is now claiming?'); // 'Did he say attacks would ease off?'
 */
export function withoutAsides(text: string): string {
	const without = withoutHedges(withoutGranted(withoutAskedFor(withoutMarkedLabel(withoutSpoilers(text)))))
		.replace(blessing, ' ')
		.replace(blessedSentence, ' ')
		.replace(thanksSentence, ' ')
		.replace(prayerSentence, ' ')
		.replace(rumourReason, (aside, who: string) => (tellerNoun.test(who) && !theReport.test(who) ? '' : aside))
		.replace(attributed, (aside) => (theReport.test(aside) ? aside : ''))
		.replace(likeMine, '')
		.replace(wantsToKnow, '?')
		.replace(wavedOff, '')
		.replace(anyAnswerWill, '')
		.replace(answerWanted, '')
		.replace(neededFor, '')
		.replace(ownDeadline, '')
		.replace(orFake, '')
		.replace(orMadeUp, '')
		.replace(ownBracketed, ' ')
		.replace(asUsual, '')
		.replace(knowingTag, '')
		.replace(unitsOffered, (_units, at: number, whole: string) => (/\?/.test(whole.slice(0, at)) ? '' : '?'))
		.replace(unitAsked, (_unit, at: number, whole: string) => (/\?/.test(whole.slice(0, at)) ? '' : '?'))
		.replace(signedOff, '')
		.replace(hearsayAfter, afterAQuestion)
		.replace(againstBefore, '')
		.replace(ownReason, afterAQuestion)
		.replace(
			topicThenDeed,
			(_, opening: string, topic: string, verb: string) =>
				`${opening}what did ${topic} ${/^(?:said|say|says)$/iu.test(verb) ? 'say' : 'do'}`,
		)
		.replace(whereTheyLive, '')
		.replace(courtesy, '')
		.replace(askingForSomeone, '')
		.replace(ownDoubt, ', right')
		.replace(vocative, '')
		.replace(askItForMe, '')
		.replace(ownRemark, ' ');
	// (Only where an aside went is the space it leaves closed up: the rest of the text is as typed.)
	return without === text
		? text
		: without
				.replace(/\s+([?!.,;])/g, '$1')
				.replace(/\s{2,}/g, ' ')
				.trim();
}

const tellerNoun = new RegExp(String.raw`\b${teller}\b`, 'iu');
