/**
 * What something is for, as the report says it: the purpose clause of the one fact about it that
 * has one ("To help Haitian police deal with the wave of violence, the UN Security Council…").
 */
import type { Fact } from '../../../data/schema.js';
import { stem, terms as termsOf, words as wordsOf } from '../../text.js';
import { isFunctionWord } from '../fits.js';
import type { Frame } from '../frame.js';
import { nameWords } from '../name-words.js';
import type { Mention, Query } from '../query.js';
import type { Answering } from './context.js';

/** What a purpose clause opens: "to help the Haitian police deal with…", "in order to", "so that". */
const purposeClause = /\b(?:to help|to restore|to stop|to prevent|to protect|to support|in order to|so that)\b/i;

/** Words that ask what something is for: "its mission", "what is it supposed to do", "what is it for". */
const purposeWords =
	/\b(?:purpose|mission|mandate|aim|goal|task|(?:supposed|meant|intended|expected|there) to do)\b|^what\b.*\bfor$/;

/** Does a what-question (or "does it say what…") ask what something is for? */
export function asksPurpose(frame: Frame): boolean {
	return (frame.kind === 'what' || frame.kind === 'yesNo') && purposeWords.test(frame.rest.join(' '));
}

/** The words of asking what something is for, as terms: none of them is asked of the fact. */
const purposeTerms = new Set(termsOf('purpose mission mandate aim goal task supposed meant intended expected do help'));

/** Words of fear or worry: "why were the unions so worried about the inmates?" asks what they sought to prevent. */
const worryTerms = new Set(termsOf('worried worry concerned afraid scared alarmed anxious fearful nervous frightened'));

/**
 * For a why-question that names one thing and asks nothing else of it ("why is there an
 * international force?"), or a question what it is for: the one fact about it that tells what it
 * is for, in a purpose clause.
 */
export function purposeOf(ctx: Answering, query: Query): Fact | undefined {
	const { base } = ctx.tools;
	// "Kenya's force": the one who leads it names it too.
	const led = new Set(
		base.facts.flatMap((fact) =>
			fact.kind === 'leadership' && fact.leader ? [`${fact.leader} ${fact.coalition}`] : [],
		),
	);
	const leads = (leader: Mention, group: Mention) =>
		leader.entities.some((one) => group.entities.some((other) => led.has(`${one.id} ${other.id}`)));
	const worried = query.terms.some((term) => worryTerms.has(term));
	// (Worried, the first named is the one worried; whatever else is named, they sought to stop.)
	const [mention, ...others] = worried
		? query.mentions
		: [...query.mentions].sort(
				(a, b) => Number(query.mentions.some((m) => leads(a, m))) - Number(query.mentions.some((m) => leads(b, m))),
			);
	// ("What is the force supposed to do in Haiti?": where it acts says nothing of what it is for.)
	const where = (other: Mention) =>
		other.entities.every((entity) => entity.kind === 'country' || entity.kind === 'place');
	if (!mention || (!worried && others.some((other) => !leads(other, mention) && !where(other)))) return undefined;
	const named = new Set(query.mentions.flatMap((m) => m.terms));
	const asked = query.terms.filter(
		(term, i) => !named.has(i) && !query.vague.has(i) && !purposeTerms.has(term) && !worryTerms.has(term),
	);
	// (Worried about something: what the purpose clause says they sought to stop must be it.)
	if (asked.length > 0 && !worried) return undefined;
	const ids = new Set(mention.entities.map((entity) => entity.id));
	// What the clause is the purpose of is named before it: "…an international armed force in Haiti to help…", not
	// "…called for help to stop inmates… escaping from the Pénitencier National".
	const namedBefore = (candidate: Fact) => {
		const at = purposeClause.exec(candidate.quote)?.index;
		if (at === undefined) return false;
		// "To help Haitian police deal with the wave of violence, the UN Security Council…": opening the sentence, it
		// is the purpose of all of it.
		if (candidate.quote.slice(0, at).trim() === '') return true;
		const before = new Set(wordsOf(candidate.quote.slice(0, at)).map(stem));
		return mention.entities.some((entity) =>
			[...nameWords(base, entity)].some((word) => !isFunctionWord(word) && before.has(stem(word))),
		);
	};
	const [fact, ...more] = base.facts.filter(
		(candidate) => base.entitiesOf(candidate).some((id) => ids.has(id)) && namedBefore(candidate),
	);
	if (!fact || more.length > 0) return undefined;
	const at = purposeClause.exec(fact.quote)?.index ?? 0;
	const purpose = new Set(termsOf(fact.quote.slice(at)));
	const inPurpose = (other: Mention) =>
		other.entities.some((entity) => [...nameWords(base, entity)].some((word) => purpose.has(stem(word))));
	return asked.every((term) => purpose.has(term)) &&
		others.every((other) => !worried || inPurpose(other)) &&
		(!worried || /\b(?:to stop|to prevent)\b/i.test(fact.quote))
		? fact
		: undefined;
}
