import type { Answer } from '../answer.js';
import { onlyAnAdverb } from '../language/english-words.js';
import { fold, stopwords, vagueWords } from '../language/lexicon.js';
import { type ReadText, readText } from '../language/read.js';
import { capitalise } from '../text.js';
import { type FrameKind, readFrame } from './frame.js';
import { questionParts } from './parts.js';

/** A word that names nothing counted: a function word, or a vague one ("actually", "really"). */
const saysNothing = (word: string) => stopwords.en.has(word) || vagueWords.has(word) || onlyAnAdverb(word);

/** At most this many words, a part asks only its question word of the first part ("why?", "and which?"). */
const bareLength = 2;

/**
 * What a later part is asked as: "why?" asks why of the first part ("why? did Henry leave
 * office…"); a part naming nothing is asked about what the first part names.
 */
function withContext(
	part: string,
	read: ReadText,
	first: string,
	subject: string | undefined,
	named: (part: string) => readonly string[],
	credited = false,
): string {
	if (part === first) return part;
	// Counted without chat and instructions ("answer yes or no and why" asks why).
	if (read.original.length <= bareLength) return `${part} ${first}`;
	// ("…, and on what stated grounds?": a reason asked of nothing named is asked of the first part.)
	const own = readFrame(read);
	if (own.kind === 'why' && own.rest.every((word) => stopwords.en.has(word))) return `${part} ${first}`;
	if (!subject) return part;
	// "…, and is it the biggest in the country?", "…, et s'agit-il bien de la plus grande prison ?": whether it is so,
	// asked of what the first part names, said in the pronoun's place (whatever else the part names).
	const thing = askedOfIt.exec(part);
	if (thing) {
		const said = thing[1] ? `${subject} est-il ` : subject;
		return `${part.slice(0, thing.index)}${said}${part.slice(thing.index + thing[0].length)}`;
	}
	// ("Which group counted the inmates n what yr did they first warn abt the prison": "they" is the group the first
	// part asked for, whatever else the part names.)
	if (credited && plural.test(part)) return part.replace(plural, subject);
	if (named(part).length > 0) return part;
	// "…, and how many of them were there?": "them" is who the first part is about, said in its place.
	if (plural.test(part)) return part.replace(plural, subject);
	// The subject goes inside the question, before its question mark: after it, it would read as a guess.
	return `${part.replace(/[\s?!.]+$/u, '')} ${subject}?`;
}

/** "is it…", "s'agit-il (bien) de…", "est-ce…": a yes or no asked of a thing by its pronoun. */
const askedOfIt =
	/(?<=^\W*(?:(?:and|n|&|et|e)\s+)?(?:is|was)\s+)it\b|^\W*(?:et\s+)?(s['’]agit-il\s+(?:bien\s+)?(?:de\s+|d['’])|est-ce\s+(?:bien\s+)?)/iu;

/** Frames whose answer is worked out from figures asked of. */
const computedFrames: ReadonlySet<FrameKind> = new Set(['ratio', 'difference']);

/** Frames that ask one specific thing of what a part is about: a date, a reason, a place, a number, a person. */
const specificFrames: ReadonlySet<FrameKind> = new Set(['when', 'why', 'where', 'count', 'who', 'whoSaid', 'howLong']);

/** Does the answer give only facts the other already gave? */
function toldAgain(answer: Answer, other: Answer): boolean {
	const given = new Set(other.items.map((item) => item.fact.id));
	return answer.items.length > 0 && answer.items.every((item) => given.has(item.fact.id));
}

/** A plural pronoun a later part counts or asks of: "how many of them", "when did they". */
const plural = /\b(?:of\s+)?(?:them|they)\b/i;

/** A part that asks whether there is something: "is there a date yet", "any word on it". */
const existence = /^\W*(?:(?:and|n|&)\s+)?(?:(?:is|are|was|were)\s+there|any)\b/i;

/** A pronoun that stands for a thing, or for where it is: "confined there"; French "elle" for the force or the prison. */
const neuter = /\b(?:it|its|there|elle)\b/i;

/** A pronoun that stands for a person (French "il", "lui" too). */
const personal = /\b(?:he|him|his|she|her|li|il|lui)\b/i;

/** "…and what is it called?": a part that asks a name asks it of what the first part is about. */
const asksName = /\b(?:called|named|name)\b/i;

/** At most this many words make a part only a guess at what the part before asks: "G9?", "Viv Ansanm?". */
const guessWords = 2;
/** The heading of an answer that says only that the report has nothing. */
const plainNotFound = 'The report doesn’t say.';

/** Frames whose own words join two things ("which came first, A or B", "between A and B"): never split. */
const joinedFrames: ReadonlySet<FrameKind> = new Set(['first', 'howLong', 'sameTime', 'list', 'timeline']);

/** A part that asks which ones, of those counted before: "and which are they?", "who are they", "which ones". */
const whichOnes =
	/^\W*(?:(?:and|et|e|epi)\s+)?(?:(?:which|who|what)\s+(?:are|were)\s+(?:they|those|these|them)|which ones|lesquels|lesquelles|qui sont-ils|kiyes yo|kiles yo)\W*$/u;

/**
 * "Who leads the force, which body approved it, and when?": each question a message asks,
 * answered on its own and put together, so one part the report does not answer does not hide
 * the others. A part that names nothing ("and when?") is asked about what the first part names.
 *
 * Returns undefined when the message asks one question and nothing else, or when the report
 * answers none of its parts: the message is then answered whole.
 *
 * @param answerOne answers a single question
 * @param named what a question names, as words to add to a part that names nothing
 * @param about what an answer is about, where the first part names nothing itself
 * @param resolve a part that points back to a sentence before it, said with the name it points to
 */
/** Is the part the message without what the asker said after it ("…? She counts on her rosary beads.")? */
function tailLeftOut(part: string, cleaned: string): boolean {
	const asked = part.replace(/[\s?!.]+$/u, '');
	return asked.length > 0 && cleaned.trim().startsWith(asked) && cleaned.trim().length > part.length + 1;
}

export function answerSeveral(
	question: string,
	cleaned: string,
	frame: FrameKind,
	answerOne: (part: string) => Answer,
	named: (part: string) => readonly string[],
	about: (answer: Answer, person?: boolean, credited?: boolean) => string | undefined = () => undefined,
	resolve?: (part: string, context: string) => string | undefined,
): Answer | undefined {
	const typedParts = questionParts(cleaned, resolve);
	// "The PM is Ariel Henry. How long has he been in power?": one question, with what the story named said in it.
	const [only] = typedParts;
	// ("…?? m bezwen l pou kou istwa m": what the asker needs it for, left out, may have been all that asked for a
	// timeline.)
	// ("How long has RNDDH been warning about it, and what else did they flag?": how long one thing went on, then
	// another question, is two.)
	const [head] = typedParts;
	const headFrame = head && typedParts.length > 1 ? readFrame(readText(head)) : undefined;
	const oneSpan = headFrame?.kind === 'howLong' && headFrame.parts.length === 0;
	if (joinedFrames.has(frame) && !oneSpan)
		return typedParts.length === 1 &&
			only &&
			only !== cleaned.trim() &&
			(resolved(only, cleaned) || readFrame(readText(only)).kind !== frame || tailLeftOut(only, cleaned))
			? { ...answerOne(only), question }
			: undefined;
	// The message itself as its one part is answered whole, whether or not it asks anything: no need to read it again.
	if (typedParts.length === 1 && typedParts[0] === cleaned.trim()) return undefined;
	// A part that is only chat or an instruction ("Yes or no.", "pls") asks nothing of its own.
	const read = new Map(typedParts.map((part) => [part, readText(part)]));
	const parts = [...read.keys()].filter((part) => (read.get(part)?.original.length ?? 0) > 0);
	const [first] = parts;
	// One question among chat ("stay on topic pls. who gave the go-ahead?"): that question, asked alone.
	if (first && parts.length === 1 && first !== cleaned.trim()) return { ...answerOne(first), question };
	if (!first || parts.length < 2) return undefined;
	const firstAnswer = answerOne(first);
	const subjects = named(first);
	// What the first part names, or else what its answer is about ("who was the president that got killed…, and
	// when…"), only for a part that asks something specific of it: "and what did that mess up?" would be answered by
	// anything about it.
	// ("Which group counted the inmates, and when did they…": who the first part asked for is the one it credits.)
	const askedWho =
		/^\W*(?:who|which|wich)\b/iu.test(first) && readFrame(read.get(first) ?? readText(first)).kind === 'who';
	const answered = firstAnswer.found ? about(firstAnswer, false, askedWho) : undefined;
	// ("What did the UNSC authorize last October, and who offered to lead it?": what someone did asks for a thing too.)
	const asksWhich = /^\W*(?:which|what\s+(?:did|does|do|has|have|had)|quel(?:le)?s?|kil[eè]s|ki)\b/iu.test(first);
	// "…supposed to hand over power, and why didn't he do it?": the deed said in place of the verb that stands for it.
	const deed = deedOf(read.get(first)?.words ?? []);
	const firstFrame = readFrame(read.get(first) ?? readText(first));
	const firstKind = firstFrame.kind;
	const answers = parts.map((part) => {
		if (part === first) return firstAnswer;
		// "How many authorities sanctioned him, and which are they?": the ones counted, whom the count's answer names.
		if (firstAnswer.found && whichOnes.test(fold(part)) && firstKind === 'count') return firstAnswer;
		const partRead = read.get(part) ?? readText(part);
		// "How many escaped vs how many stayed, like what's the ratio?": a ratio or difference asked with nothing of its
		// own is of the figures asked before it, not of whatever rates the report gives.
		const partFrame = readFrame(partRead);
		if (computedFrames.has(partFrame.kind) && partFrame.rest.every((word) => stopwords.en.has(word)))
			return { kind: 'not-found', question: part, found: false, items: [], notes: [], suggestions: [] } as Answer;
		// ("…, and did they threaten anything else": "they" stands for what the first part names, whatever is asked.)
		const specific =
			specificFrames.has(readFrame(partRead).kind) || asksName.test(part) || plural.test(part) || askedOfIt.test(part);
		// "…, and who has sanctioned him?": "him" is the person the first part's answer names, not what it asked about.
		const person = personal.test(part) && firstAnswer.found ? about(firstAnswer, true) : undefined;
		// ("Who is the killer of Jovenel Moïse, what is his name?": the name asked after "who" is the one "who" asks for,
		// not that of the one the first part named.)
		if (person && firstKind === 'who' && asksName.test(part) && subjects.includes(person)) return firstAnswer;
		// "Which lockup did they surround, and which city is it in?": "it" is what the first part asked to be named.
		// "…, n is there a date yet": whether there is one, asked of what the first part names.
		const exists = existence.test(part) && named(part).length === 0;
		// "…approve the armed force? and who will lead it": "it" is the last thing the first part names.
		const pointed = neuter.test(part) && !asksWhich ? subjects.at(-1) : subjects[0];
		// ("unsc ok'd the intl force wen? any deploy timeline": whether there is one, of the last thing named.)
		const subject =
			person ??
			(exists ? subjects.at(-1) : undefined) ??
			(specific ? ((asksWhich ? answered : undefined) ?? pointed ?? answered) : undefined);
		// ("…pour combien de détenus et y en avait combien en vrai?": a count of nothing named counts what the first part
		// counted.)
		const countedBefore =
			partFrame.kind === 'count' && firstKind === 'count' && partFrame.counted.every(saysNothing)
				? firstFrame.counted.filter((word) => !saysNothing(word))
				: [];
		// ("…, n why didnt he?": an auxiliary that ends the part stands for the deed too.)
		const deedSaid = deed ? part.replace(proVerb, deed).replace(auxiliaryLast, `$1 ${deed}`) : part;
		const said =
			countedBefore.length > 0 ? `${deedSaid.replace(/[\s?!.]+$/u, '')} ${countedBefore.join(' ')}?` : deedSaid;
		const asked = withContext(
			said,
			said === part ? partRead : readText(said),
			first,
			subject,
			named,
			askedWho && subject === answered && !person,
		);
		const answer = answerOne(asked);
		// "…, et quel pays a proposé d'en prendre la tête ?": "en" may be another of what the first part names than
		// the one added; the part as asked, where that finds nothing, or finds only what the first part did ("…validé
		// quoi en octobre ? et c pour quand le déploiement": the deployment asked of, not the vote again).
		if (asked === part) return answer;
		if (!answer.found) return answerOne(part);
		// (Not a part whose pronoun stands for a person: "…, il occupe quel poste ?" is asked of him alone.)
		if (!toldAgain(answer, firstAnswer) || personal.test(part)) return answer;
		const alone = answerOne(part);
		return alone.found && !toldAgain(alone, firstAnswer) ? alone : answer;
	});
	const found = answers.filter((answer) => answer.found);
	// ("…actually called? G9? Viv Ansanm?": what the first part says the report lacks stands, where the rest are only
	// a word or two guessed after it.)
	const guessesAfter = parts.slice(1).every((part) => (read.get(part)?.original.length ?? 0) <= guessWords);
	if (found.length === 0 && guessesAfter && firstAnswer.heading !== plainNotFound) return { ...firstAnswer, question };
	if (found.length === 0) return undefined;
	// The first part is what the message mainly asks ("how big is the force, and when does it land?"): when the
	// report does not answer it, the message is not answered, and what the other parts found is only what it says.
	// A bare first part ("what day, and at what time was it hit?") asks only what the next part says of it.
	const bare = (read.get(first)?.original.length ?? 0) <= bareLength;
	if (!firstAnswer.found && !bare) return asideOf(question, firstAnswer, found);

	const items = found
		.flatMap((answer) => answer.items)
		.filter((item, i, all) => all.findIndex((other) => other.fact.id === item.fact.id) === i);
	// ("Has the Council authorised the force and, if so, is there any clarity as to when it will deploy?": a later
	// part's bare yes or no is said with what it answers, not over the first part's facts.)
	const headings = [
		...new Set(
			answers.flatMap((answer, i) => {
				if (!answer.found || !answer.heading) return [];
				const bare = i > 0 && !firstAnswer.heading && /^(?:yes|no)\b[^.]{0,2}$/iu.test(answer.heading.trim());
				return [
					bare
						? `${capitalise(parts[i]?.replace(/[\s?!.]+$/u, '') ?? '')}? ${answer.heading.replace(/:$/, '.')}`
						: answer.heading,
				];
			}),
		),
	];
	// "wait what??" asks nothing the report could say.
	const asksSomething = (part: string) => (read.get(part)?.words ?? []).some((word) => !stopwords.en.has(word));
	const unanswered = parts
		.filter((part, i) => !answers[i]?.found && asksSomething(part))
		.map((part) => `The report doesn’t say: “${part}”`);
	const combined: Answer = {
		kind: 'facts',
		question,
		found: true,
		items,
		notes: [...found.flatMap((answer) => answer.notes), ...unanswered],
		suggestions: [],
	};
	if (headings.length > 0) combined.heading = headings.join(' ');
	return combined;
}

/**
 * A verb that stands for a deed told before: "do it", "did that" (ending the part: "what does it cost" asks with an
 * auxiliary), "fè sa", "l'a fait", "le faire".
 */
const proVerb =
	/\b(?:do|did|does|done|doing)\s+(?:it|that|so|this)(?=\W*$)|\bf[eè]\s+sa\b|\bl['’]\s*(?:a|ont|avait|avaient)(?:-t-(?:il|elle|ils|elles))?\s+(?:pas\s+)?fait\b|\ble\s+faire\b/iu;

/** An auxiliary and its subject pronoun that end a part, the deed left out: "why didn't he", "why hasnt she?". */
const auxiliaryLast =
	/\b((?:did|does|has|had|would|will|could)(?:n['’]?t)?\s+(?:not\s+)?(?:he|she|they|it)(?:\s+not)?|(?:didnt|doesnt|hasnt|hadnt|wouldnt|wont|couldnt)\s+(?:he|she|they|it))(?=[\s?!.]*$)/iu;

/** Words that tell a deed was meant to be done, before its "to": "supposed to", "meant to", "offered to". */
const meantTo = new Set([
	'supposed',
	'meant',
	'due',
	'going',
	'planned',
	'set',
	'expected',
	'promised',
	'vowed',
	'offered',
]);

/** The deed a part tells was meant to be done ("supposed to hand over power"), in English words, if it tells one. */
function deedOf(words: readonly string[]): string | undefined {
	const at = words.findIndex((word, i) => meantTo.has(word) && words[i + 1] === 'to');
	const deed = at < 0 ? [] : words.slice(at + 2).filter((word) => !stopwords.en.has(word) || word === 'over');
	return deed.length > 0 ? deed.join(' ') : undefined;
}

/** Is a part the message's question with a name said in place of a pronoun, not only a shorter message? */
function resolved(part: string, message: string): boolean {
	return !message.includes(part.replace(/[?!.\s]+$/u, ''));
}

/** The first part's "doesn't say", with what the later parts found told as what the report does say. */
function asideOf(question: string, first: Answer, found: readonly Answer[]): Answer {
	const facts = [...new Set(found.flatMap((answer) => answer.items.map((item) => item.fact)))];
	return {
		kind: 'not-found',
		question,
		found: false,
		heading: first.heading ?? plainNotFound,
		items: [],
		notes: [`What it does say: ${facts.map((fact) => fact.answer).join(' ')}`],
		suggestions: facts.map((fact) => ({ label: fact.answer, query: fact.id })),
	};
}
