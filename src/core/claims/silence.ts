/**
 * Statements that someone has not spoken ("the government has not commented so far"), and what a
 * message says of them: "the govt hasn't commented" is what the report says; "the govt issued a
 * statement condemning the attack" is what it says did not happen.
 */
import type { Entity, Fact } from '../../data/schema.js';
import type { FactBase } from '../fact-base.js';
import { keptPer } from '../kept.js';
import { fold } from '../language/lexicon.js';
import { type Claim, claim } from './claim.js';
import { type EntityMention, escapeRegExp } from './names.js';
import type { Span } from './values.js';

/** A statement that its speaker has not spoken: "has not commented", "declined to comment". */
const unspoken =
	/\b(?:(?:has|have|had|did) not (?:yet )?(?:commented|said|spoken|responded|reacted|made)|declined to (?:comment|respond)|(?:remained|stayed|kept) (?:silent|quiet)|no comment)\b/i;

/** Words that say someone spoke, in the three languages (folded text). */
export const spokenWords =
	/\b(?:said|say|says|saying|comment\w*|statement|spoken|spoke|speak|talk\w*|respond\w*|react\w*|response|reaction|word|declar\w*|announc\w*|confirm\w*|condemn\w*|condamn\w*|denounc\w*|position|stance|official line|put out|on (?:the )?record|weigh\w* in|(?:its|their|his) silence|parle|dit|reagi|pale|di|reyaji|deklar\w*|komant\w*|anons\w*|kominike|kondane)\b/;

/** Words that deny it: "hasn't", "not", "never", "nothing", "yet to", "pas", "rien", "poko", "pa". */
const denied =
	/\b(?:not|never|no|nothing|hasn\W?t|haven\W?t|hadn\W?t|didn\W?t|doesn\W?t|yet to|silent|quiet|pas|jamais|rien|poko|pa|pat|janm|anyen)\b/;

const kept = keptPer<FactBase, 'silent', readonly Fact[]>();
const keptNames = keptPer<FactBase, 'names', readonly { entity: Entity; pattern: RegExp }[]>();

/** The statements that someone has not spoken: found once per fact base. */
export function silentStatements(base: FactBase): readonly Fact[] {
	return kept(base, 'silent', () =>
		base.facts.filter((fact) => fact.kind === 'statement' && unspoken.test(fact.quote)),
	);
}

/** Who has not spoken, each with a pattern of all their names: built once per fact base, not for every clause. */
function silentSpeakers(base: FactBase): readonly { entity: Entity; pattern: RegExp }[] {
	return keptNames(base, 'names', () =>
		silentStatements(base).flatMap((fact) => {
			const entity = fact.kind === 'statement' ? base.entity(fact.speaker) : undefined;
			if (!entity) return [];
			// Folded, as the text is read: "gouvenman" typed without its accent is "gouvènman".
			const names = [entity.name, ...entity.aliases]
				.map(fold)
				.sort((a, b) => b.length - a.length)
				.map(escapeRegExp)
				// ("Henry's government": typed with either apostrophe.)
				.map((name) => name.replace(/['’]/g, "['’]"));
			return [{ entity, pattern: new RegExp(`(?<![\\p{L}])(?:${names.join('|')})(?![\\p{L}])`, 'iu') }];
		}),
	);
}

/** The one statement that this entity, or one within it, has not spoken, if the report has one. */
export function silenceOf(entity: Entity, base: FactBase): Fact | undefined {
	const silent = silentStatements(base).filter(
		(fact) =>
			fact.kind === 'statement' &&
			// The one who did not speak, or one of them ("anyone in the administration"), not the country it is of.
			(fact.speaker === entity.id || base.within(entity.id).includes(fact.speaker)),
	);
	return silent.length === 1 ? silent[0] : undefined;
}

/**
 * "The govt hasn't commented", "the government issued a statement": a name the report says has
 * not spoken, said to have spoken or not. Matches where the message denies it too, differs where
 * it says they spoke.
 */
export function silenceClaims(
	text: string,
	mentions: EntityMention[],
	base: FactBase,
	at: (span: Span) => string,
): Claim[] {
	const claims: Claim[] = [];
	// Named as a message types it, capital or not: "the govt", "le gouvernement".
	// ("Henry's government": the silent one's longer name over the person it opens on.)
	const silent = silentNamedIn(text, base);
	const named = [
		...mentions.filter(
			(n) => !silent.some((m) => m.start <= n.start && n.end <= m.end && m.end - m.start > n.end - n.start),
		),
		// ("the US government": a silent one inside another's name is no one of its own.)
		...silent.filter((m) => !mentions.some((n) => n.start <= m.start && n.end >= m.end)),
	].sort((a, b) => a.start - b.start);
	// ("Canada's government", "the Canadian government": named as another country's, the silent one is not the report's.)
	const another = (n: EntityMention) =>
		!n.entity || (n.entity.kind === 'country' && n.entity.id !== base.topicCountry()?.id);
	const ownedByAnother = (m: EntityMention) =>
		named.some((n) => n !== m && another(n) && /^(?:['’]s)?\s+$/u.test(text.slice(n.end, m.start)));
	for (const mention of named) {
		const fact = mention.entity && silenceOf(mention.entity, base);
		if (!fact || ownedByAnother(mention)) continue;
		// What is said of the name: up to the next name, or the clause's end. (Not a name that only says whose it is:
		// "the government of Henry already commented".)
		const owner = (other: EntityMention) =>
			/^\s*(?:of|de|du|d['’]|of the)\s*$/iu.test(text.slice(mention.end, other.start));
		const next = named.find((other) => other.start > mention.end && !owner(other))?.start ?? text.length;
		const said = fold(text.slice(mention.end, next));
		const spoke = spokenWords.exec(said);
		if (!spoke) continue;
		// ("…put out a statement": what was put out is part of the saying.)
		const spokeEnd = spoke.index + spoke[0].length;
		const object =
			/^\s+(?:(?:a|an|any|the|its|their)\s+)?(?:[a-z]+\s+){0,2}?(?:statement|comment|word|response)s?\b/.exec(
				said.slice(spokeEnd),
			);
		const span = { start: mention.start, end: mention.end + spokeEnd + (object?.[0].length ?? 0) };
		// Denied before the word ("hasn't commented") or right after it ("said nothing").
		const around = said.slice(0, spoke.index + spoke[0].length).concat(
			said
				.slice(spoke.index + spoke[0].length)
				.split(/\s+/)
				.slice(0, 3)
				.join(' '),
		);
		const verdict = denied.test(around) ? 'matches' : 'differs';
		claims.push(claim(at(span), verdict, [fact], `The report says: ${fact.answer}`));
	}
	return claims;
}

/** Where a text names someone the report says has not spoken, by any of their names, in any case. */
function silentNamedIn(text: string, base: FactBase): EntityMention[] {
	// (Folding keeps one character for one, so a span found in the folded text is the same in the typed one.)
	const folded = fold(text);
	const read = folded.length === text.length ? folded : text;
	return silentSpeakers(base).flatMap(({ entity, pattern }) => {
		const found = pattern.exec(read);
		return found ? [{ entity, start: found.index, end: found.index + found[0].length }] : [];
	});
}
