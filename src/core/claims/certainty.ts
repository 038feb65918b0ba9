/**
 * How sure a fact is of what it tells, against how sure a message is: "the force has already
 * deployed" against "it remains unclear when the force will be deployed", "the convicted assassins"
 * against "the alleged perpetrators". The message tells as settled what the report leaves open.
 */
import { englishTags } from '../language/english-words.js';
import { inEnglish, readText } from '../language/read.js';

/** A fact that leaves open whether or when something happens: "it remains unclear when…", "not known whether…". */
const unsettled = /\b(?:unclear|not clear|uncertain|unknown|not known|remains to be seen)\s+(?:when|whether|if)\b/i;

/** Words that tell a deed as still to come, or not done: the message leaves it open too. */
const openWords = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'not', 'never', 'yet', 'soon', 'going']);

/** Verbs that carry a tense without telling the deed: "has deployed" tells "deployed". */
const auxiliaries = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'be', 'did', 'said', 'says']);

/**
 * Does the message tell as done ("already", a verb in the past) what the fact says is not yet
 * known to happen ("unclear when the force will be deployed")?
 *
 * @example
 * doneWhileUnsettled('the force already arrived', 'It remains unclear when the force will be deployed'); // true
 * doneWhileUnsettled('the force will deploy soon', 'It remains unclear when the force will be deployed'); // false
 */
export function doneWhileUnsettled(claimed: string, quote: string): boolean {
	if (!unsettled.test(quote)) return false;
	const read = readText(claimed);
	const words = read.language === 'en' ? read.words : inEnglish(read.words, read.language);
	if (words.some((word) => openWords.has(word))) return false;
	return (
		words.includes('already') ||
		words.some((word) => !auxiliaries.has(word) && englishTags(word).some((tag) => tag === 'VBD' || tag === 'VBN'))
	);
}

/** Words that tell a charge as only charged: "the alleged perpetrators", "suspected killers". */
const hedged = /\b(?:alleged|allegedly|suspected|accused|presumed|purported|reputed)\b/i;

/** Words that tell a charge as proven, in English, French and Creole: "the convicted assassins". */
const proven =
	/(?<!\p{L})(?:convicted|proven|confirmed|guilty|sentenced|condemned|condamn[ée]s?|reconnus coupables|kondane|koupab)(?!\p{L})/iu;

/**
 * Does the message tell as proven ("convicted", "found guilty") what the fact tells only as
 * alleged?
 *
 * @example
 * provenWhereAlleged('the convicted assassins of Moïse', 'the alleged perpetrators of the assassination'); // true
 */
export function provenWhereAlleged(claimed: string, quote: string): boolean {
	return hedged.test(quote) && !hedged.test(claimed) && proven.test(claimed);
}
