/**
 * What something is for, as the report says it: the purpose clause of the one fact about it that
 * has one ("To help Haitian police deal with the wave of violence, the UN Security Council…").
 */
import type { Fact } from '../../../data/schema.js';
import { stem, words as wordsOf } from '../../text.js';
import { isFunctionWord } from '../fits.js';
import { nameWords } from '../name-words.js';
import type { Query } from '../query.js';
import type { Answering } from './context.js';

/** What a purpose clause opens: "to help the Haitian police deal with…", "in order to", "so that". */
const purposeClause = /\b(?:to help|to restore|to stop|to prevent|to protect|to support|in order to|so that)\b/i;

/**
 * For a why-question that names one thing and asks nothing else of it ("why is there an
 * international force?"): the one fact about it that tells what it is for, in a purpose clause.
 */
export function purposeOf(ctx: Answering, query: Query): Fact | undefined {
	const [mention, ...others] = query.mentions;
	if (!mention || others.length > 0) return undefined;
	const asked = query.terms.some((_, i) => !mention.terms.includes(i) && !query.vague.has(i));
	if (asked) return undefined;
	const { base } = ctx.tools;
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
	return fact && more.length === 0 ? fact : undefined;
}
