/**
 * A deed the report tells in the passive, with who did it after "by": "sanctioned by the U.N. and
 * the U.S.". A message that gives the deed to another it names ("the government sanctioned
 * Barbecue", "the police sanctioned him") credits it otherwise, whatever else the fact involves.
 */
import type { Entity, Fact } from '../../data/schema.js';
import type { FactBase } from '../fact-base.js';
import { stem } from '../text.js';
import { type Claim, claim } from './claim.js';
import { namedIn } from './credit.js';
import { type EntityMention, namedInLowercase } from './names.js';
import type { Span } from './values.js';

/** The verb right after a name, past an auxiliary or an adverb: "the police [sanctioned]", "the UN has [sanctioned]". */
const verbAfterName =
	/^\s+(?:(?:has|have|had|did|also|then|just|already|actually|reportedly)\s+)*(\p{L}{4,}(?:ed|é|ée|és|ées))\b/u;
/** The same, as a did-question has it, in its bare form: "did the police [sanction] him". */
const bareVerbAfterName = /^\s+(?:(?:also|then|just|already|actually|ever)\s+)*(\p{L}{4,})\b/u;

/** The agent of a passive right after its participle: "[by] the U.N.", "[only by] the US", "[par] l'ONU". */
const byAfter = /^\s+(?:(?:only|just|also|even|both|seulement)\s+)?(?:by|par)(?!\p{L})/u;

/** A verb and its "by" phrase, up to the end of the phrase: "sanctioned by the U.N. and the U.S.". */
// (Case matters: a capital after a full stop starts another sentence, while "the U.N. and the U.S." goes on.)
const passiveBy = /(?<![\p{L}])(\p{L}{4,})\s+(?:by|par)\s+((?:[^,;:.]|\.(?!\s+\p{Lu}|\s*$))+\.?)/gu;

/**
 * The claim that a name's deed is one the report credits to others only, or undefined.
 *
 * @example
 * // 'the government sanctioned Barbecue' → differs: "The report credits this to United Nations and United States: …"
 */
export function doneByOthers(
	text: string,
	mentions: readonly EntityMention[],
	base: FactBase,
	at: (span: Span) => string,
	bare = false,
): Claim | undefined {
	// ("the government sanctioned…": the data's lowercase names for one are names too.)
	const lowercase = subjectInLowercase(text, mentions, base);
	for (const mention of lowercase ? [lowercase, ...mentions] : mentions) {
		const { entity } = mention;
		const verb = entity ? (bare ? bareVerbAfterName : verbAfterName).exec(text.slice(mention.end)) : null;
		if (!entity || !verb?.[1]) continue;
		// ("Was Barbecue sanctioned by both the UN and the US?": the participle of a passive, as a question orders it, is
		// done to the one named.)
		if (byAfter.test(text.slice(mention.end + verb[0].length))) continue;
		const deed = stem(verb[1]);
		// ("The gangs sanctioned Henry": the one it was done to, where named, must be the fact's too.)
		const after = mention.end + verb[0].length;
		const objects = mentions.filter((m) => m.start >= after && m.entity).flatMap((m) => m.entity ?? []);
		for (const { fact, credited } of passivesOf(base).get(deed) ?? []) {
			if (credited.some((other) => sameOrPart(other, entity, base))) continue;
			if (objects.some((object) => !base.entitiesOf(fact).includes(object.id))) continue;
			const names = credited.map((other) => other.name).join(' and ');
			const span = { start: mention.start, end: mention.end + verb[0].length };
			return claim(at(span), 'differs', [fact], `The report credits this to ${names}: ${fact.answer}`);
		}
	}
	return undefined;
}

interface Passive {
	fact: Fact;
	/** Those the fact's quote names after "by". */
	credited: Entity[];
}

/** Every deed the facts tell in the passive, by the deed's stem, read once per fact base. */
const passivesByBase = new WeakMap<FactBase, Map<string, Passive[]>>();
function passivesOf(base: FactBase): Map<string, Passive[]> {
	let byDeed = passivesByBase.get(base);
	if (byDeed) return byDeed;
	byDeed = new Map();
	for (const fact of base.facts) {
		for (const found of fact.quote.matchAll(passiveBy)) {
			const phrase = found[2] ?? '';
			const credited = base
				.entitiesOf(fact)
				.flatMap((id) => base.entity(id) ?? [])
				.filter((entity) => namedIn(phrase, entity));
			const deed = stem(found[1] ?? '');
			if (credited.length > 0) byDeed.set(deed, [...(byDeed.get(deed) ?? []), { fact, credited }]);
		}
	}
	passivesByBase.set(base, byDeed);
	return byDeed;
}

/** One and the same, or one part of the other: the Security Council acts for the UN. */
export function sameOrPart(one: Entity, other: Entity, base: FactBase): boolean {
	return base.within(one.id).includes(other.id) || base.within(other.id).includes(one.id);
}

/**
 * The one a clause opens on by a lowercase name the data has for it ("the government…", "the cops…"), as a mention,
 * where no capitalised name already stands there.
 */
export function subjectInLowercase(
	text: string,
	mentions: readonly EntityMention[],
	base: FactBase,
): EntityMention | undefined {
	const opening = /^\s*((?:the\s+)?\p{Ll}[\p{L}'’-]*)(?=\s)/u.exec(text);
	const entity = opening?.[1] ? namedInLowercase(opening[1], base) : undefined;
	if (!opening?.[1] || !entity) return undefined;
	const start = opening.index + opening[0].length - opening[1].length;
	const end = opening.index + opening[0].length;
	return mentions.some((m) => m.start < end && m.end > start) ? undefined : { entity, start, end };
}
