import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEntry } from './support/cli.js';
import { realEngine } from './support/data.js';

/**
 * The public set of messages to check, each with the verdict every claim in it must get,
 * through one run of `npm run check -- --json` with the messages on standard input.
 */
interface MessageCase {
	message: string;
	expect: { span: string; verdict: 'matches' | 'differs' | 'not_in_report' }[];
}

interface JsonCheck {
	message: string;
	claims: { text: string; verdict: string; factIds: string[]; report: string }[];
}

const cases = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures/claims.json'), 'utf8')) as MessageCase[];
const run = runEntry('src/cli/check.ts', ['--json'], { input: `${cases.map((c) => c.message).join('\n')}\n` });
const checks = run.stdout
	.trim()
	.split('\n')
	.map((line) => JSON.parse(line) as JsonCheck);

describe('the public message-check set, through `check --json`', () => {
	it('prints one JSON line per message and exits 0', () => {
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(checks.map((c) => c.message)).toEqual(cases.map((c) => c.message));
	});

	it('quotes each claim as the exact words of its message, with one sentence of what the report says', () => {
		for (const check of checks) {
			for (const claim of check.claims) {
				expect(check.message).toContain(claim.text);
				expect(claim.report.length).toBeGreaterThan(0);
				expect(['matches', 'differs', 'not_in_report']).toContain(claim.verdict);
			}
		}
	});

	describe.each(cases.map((c, i) => ({ ...c, i })))('$message', ({ expect: expected, i }) => {
		it.each(expected)('“$span” $verdict', ({ span, verdict }) => {
			const claims = checks[i]?.claims ?? [];
			const claim = claims.find((c) => new RegExp(span, 'i').test(c.text));
			expect(claim, JSON.stringify(claims)).toBeDefined();
			expect(claim?.verdict, JSON.stringify(claim)).toBe(verdict);
		});
	});

	it('never confirms a claim the set says is false or missing from the report', () => {
		const falseMatches = cases.flatMap((c, i) =>
			c.expect.filter(({ span, verdict }) => {
				const claim = checks[i]?.claims.find((found) => new RegExp(span, 'i').test(found.text));
				return verdict !== 'matches' && claim?.verdict === 'matches';
			}),
		);
		expect(falseMatches).toEqual([]);
	});
});

describe('changes as people state them', () => {
	it('reads a change as the factors it allows, and compares two by them', async () => {
		const { changeRange, compareChanges } = await import('../src/core/claims/changes.js');
		const reported = changeRange('more than doubled');
		expect(reported).toEqual({ low: 2, high: 3 });
		const verdict = (said: string) => {
			const claimed = changeRange(said);
			if (!claimed || !reported) throw new Error(`no change in “${said}”`);
			return compareChanges(claimed, reported);
		};
		for (const said of [
			'rose',
			'went up',
			'increased',
			'doubled',
			'more than doubled',
			'jumped',
			'went up more than 100%',
			'went over 2x',
		])
			expect(verdict(said), said).toBe('matches');
		for (const said of ['tripled', 'more than tripled', 'fell', 'halved', 'nearly doubled', 'rose 50%'])
			expect(verdict(said), said).toBe('differs');
	});
});

/** Messages of our own, each with what a user must see for the claims it makes. */
const ownCases: MessageCase[] = [
	// A rank the report does not give, however the description is said.
	{
		message: "Haiti's the second poorest country in the western hemisphere",
		expect: [{ span: 'second poorest', verdict: 'differs' }],
	},
	// A rounding stays close to what it rounds: "about 4,000" is 3,687, "about 1,000" is not 700.
	{ message: 'the prison holds about 4,000 inmates', expect: [{ span: '4,000', verdict: 'matches' }] },
	// The right speaker credited with the opposite of what the report says they said.
	{
		message: 'Barbecue warned parents to send their kids to school',
		expect: [{ span: 'send their kids to school', verdict: 'differs' }],
	},
	{ message: 'Reuters said the prisoners wanted to escape', expect: [{ span: 'Reuters', verdict: 'differs' }] },
	{
		message: 'Reuters sources say some inmates held back from escaping en masse for fear of the crossfire',
		expect: [{ span: 'Reuters', verdict: 'matches' }],
	},
	// A deed the report puts in the passive ("sanctioned by the U.N. and the U.S.") credited to another doer.
	{ message: 'Kenya sanctioned Barbecue', expect: [{ span: 'Kenya', verdict: 'differs' }] },
	{ message: 'the US sanctioned Barbecue', expect: [{ span: 'US', verdict: 'matches' }] },
	// "Only" or "alone" after the name, or between the deed and "by", says no one else did it.
	{
		message: 'Barbecue was sanctioned by the United States alone',
		expect: [{ span: 'United States', verdict: 'differs' }],
	},
	{
		message: 'Barbecue was sanctioned by the United States only.',
		expect: [{ span: 'United States', verdict: 'differs' }],
	},
	{
		message: 'Barbecue is a former police officer sanctioned only by the United States.',
		expect: [{ span: 'United States', verdict: 'differs' }],
	},
	// How far apart two events were, said with their order: a wrong order differs, a right one is not confirmed.
	{
		message: 'the port attack happened the day after the prison attack',
		expect: [{ span: 'the day after', verdict: 'differs' }],
	},
	{
		message: 'the prison attack happened the day after the port attack',
		expect: [{ span: 'the day after', verdict: 'not_in_report' }],
	},
	// Chat's "n" before a verb that drops its g ("puttin") starts another claim; a misspelt "offerd" still only offers.
	{
		message: 'Kenya offerd to lead the force n Canada puttin up da money',
		expect: [
			{ span: 'Kenya', verdict: 'matches' },
			{ span: 'Canada', verdict: 'not_in_report' },
		],
	},
	// Kreyòl's "di" (say) of someone the report says has not spoken: it differs, never a match on other words.
	{
		message: 'gouvènman an di kichòy sou atak prizon an',
		expect: [{ span: 'gouvènman', verdict: 'differs' }],
	},
	// "Went after" is the verb's (attacked), not an order; an order said over two clauses is one claim.
	{
		message: 'the gunmen went after the main port after the prison siege',
		expect: [{ span: 'after the prison siege', verdict: 'differs' }],
	},
	{
		message: 'first the gangs attacked the prison, and only after that they tried to take the main port',
		expect: [{ span: 'first the gangs attacked the prison', verdict: 'differs' }],
	},
	{
		message: 'first gunmen tried to take the port, then the gangs attacked the prison',
		expect: [{ span: 'first gunmen tried to take the port', verdict: 'matches' }],
	},
	// The opposite of the fact's own word (WordNet's antonyms) differs, however many other words it shares.
	{ message: 'Haiti is the wealthiest country in the region', expect: [{ span: 'wealthiest', verdict: 'differs' }] },
	{ message: 'Haiti is a poor country', expect: [{ span: 'poor country', verdict: 'matches' }] },
	{
		message: 'Reuters sources said the prisoners were willing to escape en masse',
		expect: [{ span: 'willing', verdict: 'differs' }],
	},
	// Whoever is said to have said something, of any kind and named in lowercase, against the speaker the report gives.
	{
		message: 'the police unions told residents to keep their children out of school',
		expect: [{ span: 'police unions', verdict: 'differs' }],
	},
	{
		message: 'RNDDH warned residents not to send their children to school',
		expect: [{ span: 'RNDDH', verdict: 'differs' }],
	},
	{ message: 'the police unions called for reinforcements', expect: [{ span: 'reinforcements', verdict: 'matches' }] },
	// "Take place" is happening: its "place" is no prison's place, and February is not confirmed by the February count.
	{
		message: 'the prison siege take place in February',
		expect: [{ span: 'February', verdict: 'not_in_report' }],
	},
	// A year said with the French verb of denouncing is judged against the warning, never against that year's count.
	{
		message: 'Le RNDDH a dénoncé la surpopulation de la prison pour la première fois en 2023',
		expect: [{ span: '2023', verdict: 'differs' }],
	},
	// "The only one" is never confirmed: the report tells who did, not that no one else did.
	{
		// The report credits the U.S. too: the UN was not the only one.
		message: 'the UN was the only one to sanction Barbecue',
		expect: [{ span: 'only one', verdict: 'differs' }],
	},
	{
		message: 'Kenya is the only country that offered to lead',
		expect: [{ span: 'only country', verdict: 'not_in_report' }],
	},
	// "X is the source for Y": who the report credits with Y.
	{
		message: 'AyiboPost is the source for prisoners fearing the crossfire',
		expect: [{ span: 'source for', verdict: 'differs' }],
	},
	{
		message: 'Reuters is the source for prisoners fearing the crossfire',
		expect: [{ span: 'source for', verdict: 'matches' }],
	},
	{
		message: 'I heard it was Amnesty International that came up with the 3,687 figure',
		expect: [{ span: 'Amnesty', verdict: 'differs' }],
	},
	{
		message: 'gunmen tried to take over the airport the day before the prison siege',
		expect: [{ span: 'airport', verdict: 'differs' }],
	},
	{ message: 'Henry only came to power in 2022', expect: [{ span: '2022', verdict: 'differs' }] },
	{
		message: 'Henry was elected president in 2021',
		expect: [
			{ span: '^president', verdict: 'differs' },
			{ span: 'elected', verdict: 'not_in_report' },
		],
	},
	{ message: 'Ariel Henry is president of Haiti', expect: [{ span: 'president', verdict: 'differs' }] },
	// A change of a measure the report gives no change of, whoever is credited: no confirmation.
	{ message: 'robberies doubled in 2023', expect: [{ span: 'doubled', verdict: 'not_in_report' }] },
	{
		message: 'kidnappings more than doubled in 2023 according to UN data',
		expect: [
			{ span: 'doubled', verdict: 'not_in_report' },
			{ span: 'according', verdict: 'not_in_report' },
		],
	},
	// Denied outright where the report tells it plainly: differs, whatever words matched.
	{ message: 'the alleged assassins were never jailed', expect: [{ span: 'never', verdict: 'differs' }] },
	{ message: 'none of the alleged killers are in the pen', expect: [{ span: 'none', verdict: 'differs' }] },
	{ message: 'the government never commented', expect: [{ span: 'never', verdict: 'matches' }] },
	// A number of those who did something the count is not of: no confirmation.
	{ message: 'about 3,700 inmates strolled out', expect: [{ span: '3,700', verdict: 'not_in_report' }] },
	{ message: '3,687 inmates crammed into a prison built for 700', expect: [{ span: '3,687', verdict: 'matches' }] },
	// Nor where the number differs: those who escaped are not those held.
	{
		message: 'the jail is in the capital and 2,000 prisoners escaped on Sunday',
		expect: [{ span: '2,000', verdict: 'not_in_report' }],
	},
	// A measure said before its number is part of the claim: "designed for 900".
	{ message: 'that pen was designed for 900 people lol', expect: [{ span: 'designed for 900', verdict: 'differs' }] },
	// A sign-off after the claim is chat: the date is still held against the siege.
	{
		message: 'gangs hit the prison on sunday night, stay safe everyone',
		expect: [{ span: 'sunday night', verdict: 'differs' }],
	},
	// The right one credited with a deed the fact does not tell: no confirmation.
	{ message: 'the UN counted the troops', expect: [{ span: 'the UN', verdict: 'not_in_report' }] },
	{ message: 'the UN approved the force', expect: [{ span: 'the UN', verdict: 'matches' }] },
	// A source "is saying" is a source said.
	{
		message: 'AyiboPost is reporting that a large number got out',
		expect: [{ span: 'AyiboPost', verdict: 'differs' }],
	},
	// The agents of a passive, and a Creole cleft, are credited as before.
	{
		message: 'Barbecue is an ex-cop sanctioned by the U.N. and the U.S.',
		expect: [{ span: 'the U\\.N\\. and the U\\.S\\.', verdict: 'matches' }],
	},
	{ message: 'se Kenya ki te ofri dirije fòs la', expect: [{ span: 'Kenya', verdict: 'matches' }] },
	// A subject in the data's lowercase words is the one described, not a name later in the clause.
	{ message: 'the pen is the biggest prison in Haiti', expect: [{ span: 'biggest prison', verdict: 'not_in_report' }] },
	{ message: 'the pen is the smallest prison in Haiti', expect: [{ span: 'smallest prison', verdict: 'differs' }] },
	// A deed done to something the fact leaves out is another deed: no one else is credited with it.
	{
		message: 'The UN Security Council set a troop number for the Kenya-led force',
		expect: [{ span: 'UN Security Council', verdict: 'not_in_report' }],
	},
	// Most of them is more than the some the report tells of.
	{
		message: 'Reuters sources say most prisoners did not want to break out because of the crossfire',
		expect: [{ span: 'most prisoners', verdict: 'differs' }],
	},
	{ message: 'pifò prizonye pa t vle sove', expect: [{ span: 'pifò', verdict: 'differs' }] },
	// A source's data, figures or report is the source telling it.
	{
		message: "the UN's figures say the prison held 3,687 inmates",
		expect: [{ span: 'the UN', verdict: 'differs' }],
	},
	// A count "back when" the clause before was is a count of that time.
	{
		message: 'RNDDH warned of overcrowding at the pen in 2017, back when it had 2,500 inmates',
		expect: [{ span: '2,500', verdict: 'not_in_report' }],
	},
	// "Has been" describes as "is" does; a title before a date is judged with the name, not with the date.
	{
		message: "Ariel Henry has been Haiti's president since 2021",
		expect: [
			{ span: 'president', verdict: 'differs' },
			{ span: 'since 2021', verdict: 'matches' },
		],
	},
	{ message: 'Barbecue has been a cop', expect: [{ span: 'a cop', verdict: 'matches' }] },
	// A rise by a fraction in words is that share of what it was; "a third" is no rank.
	{
		message: 'according to UN data, homicides rose by about a third in 2023',
		expect: [
			{ span: 'a third', verdict: 'differs' },
			{ span: 'in 2023', verdict: 'matches' },
		],
	},
	// One named before the one credited is no object of the deed: the credit is judged as ever.
	{
		message: 'the UN Security Council approved the force last October with Rwanda taking the lead',
		expect: [{ span: 'Rwanda', verdict: 'differs' }],
	},
	// A name the report never gives, of several capitalised words, credited with another's deed.
	{
		message: 'Amnesty International flagged overcrowding and understaffing at the Pénitencier in 2017',
		expect: [{ span: 'Amnesty International', verdict: 'differs' }],
	},
	// Another of what the report gives a source ("print" where it says "digital edition").
	{
		message: "Gazette Haiti's print edition said a large number of inmates got out",
		expect: [{ span: 'print edition', verdict: 'differs' }],
	},
	// "It's holding" says held, as "it is holding" does.
	{
		message: "the Pénitencier only has room for 1,700 people but it's holding 3,687",
		expect: [
			{ span: '1,700', verdict: 'differs' },
			{ span: '3,687', verdict: 'matches' },
		],
	},
	{ message: 'homicides came down in 2023', expect: [{ span: 'came down', verdict: 'differs' }] },
	// A body called a kind the report never calls it: what it does call it, not a fact about the other kind.
	{ message: 'RNDDH is a gang', expect: [{ span: 'a gang', verdict: 'differs' }] },
	// A deed the report tells only as attempted, said done, whoever the message says did it.
	{ message: 'the gangs took the port', expect: [{ span: 'took the port', verdict: 'differs' }] },
	{ message: 'les gangs ont pris le port', expect: [{ span: 'pris le port', verdict: 'differs' }] },
	{ message: 'Barbecue seized the port', expect: [{ span: 'seized the port', verdict: 'differs' }] },
	// A title for the subject is the one the report gives it to.
	{
		message: 'the prime minister told people to keep their kids home from school',
		expect: [{ span: 'prime minister', verdict: 'differs' }],
	},
	// A country called a body of some kind.
	{ message: 'Kenya is a gang', expect: [{ span: 'a gang', verdict: 'differs' }] },
	// An amount in words against the report's: "a handful" is not its "large" number.
	{ message: 'only a few inmates were released', expect: [{ span: 'a few', verdict: 'differs' }] },
	{ message: 'a handful of inmates got out', expect: [{ span: 'handful', verdict: 'differs' }] },
	{ message: 'gazette haiti said only a few inmates got out', expect: [{ span: 'a few', verdict: 'differs' }] },
	{ message: 'a large number of inmates were released', expect: [{ span: 'large number', verdict: 'matches' }] },
	// Kreyòl content after a speaker, in the words of chat's reposts.
	{
		message: 'Barbecue di moun pa voye pitit yo lekòl pou evite « dega kolateral »',
		expect: [{ span: 'dega kolateral', verdict: 'matches' }],
	},
	{
		message: 'Henry di fòk sekirite retabli avan yo ka fè eleksyon lib e onèt',
		expect: [{ span: 'sekirite retabli', verdict: 'matches' }],
	},
	{
		message: 'repost: Ayiti se peyi ki pi pòv nan emisfè oksidantal la',
		expect: [{ span: 'pi pòv', verdict: 'matches' }],
	},
	// French sets the subject out before "c'est": what follows is said of it.
	{
		message: "Le RNDDH, c'est un syndicat de police non?",
		expect: [{ span: 'syndicat de police', verdict: 'differs' }],
	},
	{ message: "Barbecue, c'est un ancien policier", expect: [{ span: 'ancien policier', verdict: 'matches' }] },
	// A count of a group in French, against the report's count of the same group.
	{
		message: "Trois des principaux syndicats de police ont demandé de l'aide pour empêcher les évasions",
		expect: [{ span: 'Trois', verdict: 'differs' }],
	},
	{
		message: "Deux des principaux syndicats de police ont demandé de l'aide",
		expect: [{ span: 'Deux', verdict: 'matches' }],
	},
	// What the report tells only as offered, said as what will be.
	{ message: 'Kenya will lead the international force', expect: [{ span: 'will lead', verdict: 'differs' }] },
	// Halved in other words; hesitating to escape as being reluctant to; "all together" says how, not how many.
	{
		message: 'the number of murders in Haiti was cut in half in 2023',
		expect: [{ span: 'cut in half', verdict: 'differs' }],
	},
	{
		message:
			'Reuters sources are saying that some of the detainees hesitated to escape all together for fear of being caught in the crossfire.',
		expect: [
			{ span: 'Reuters', verdict: 'matches' },
			{ span: 'hesitated', verdict: 'matches' },
		],
	},
	// A count "at the time" of a date given before; a number that only points back counts what the clause before is of.
	{
		message:
			"Le RNDDH avait déjà tiré la sonnette d'alarme en 2017 (surpopulation, manque de personnel) : à l'époque, 2 800 détenus pour 700 places",
		expect: [{ span: '2 800', verdict: 'not_in_report' }],
	},
	{
		message: 'homicides more than doubled in 2022 according to the UN, thats like 5000 ppl',
		expect: [{ span: '5000 ppl', verdict: 'not_in_report' }],
	},
	// A plan the report says was not carried out, said done; and said not done, which no credit denies.
	{ message: 'Henry stepped down', expect: [{ span: 'stepped down', verdict: 'differs' }] },
	{ message: 'Henry left office', expect: [{ span: 'left office', verdict: 'differs' }] },
	{ message: "Henry didn't step down", expect: [{ span: 'Henry', verdict: 'not_in_report' }] },
	{ message: 'the UN did not sanction Barbecue', expect: [{ span: 'the UN', verdict: 'differs' }] },
	// A short Kreyòl message read as Kreyòl by the words only its lexicon has.
	{ message: 'tout prizonye yo te sove', expect: [{ span: 'sove', verdict: 'differs' }] },
	// Kreyòl "bay nouvèl" (gave the news) credits what is told to whoever the cleft names.
	{
		message: 'lapolis ki t ap veye prizon an abandone l frè, se Reuters ki bay nouvèl la',
		expect: [{ span: 'Reuters', verdict: 'differs' }],
	},
	// A name the report does not have, typed in lowercase, as who did it: credited otherwise, never confirmed.
	{ message: 'canada sanctioned barbecue', expect: [{ span: 'canada', verdict: 'differs' }] },
	{ message: 'nigeria offered to lead the international force', expect: [{ span: 'nigeria', verdict: 'differs' }] },
	{ message: 'the pen is in cap-haïtien', expect: [{ span: 'cap-haïtien', verdict: 'differs' }] },
	{ message: "Barbecue a été sanctionné par l'Union européenne", expect: [{ span: 'Union', verdict: 'differs' }] },
	{ message: 'Barbecue was sanctioned by Canada', expect: [{ span: 'Canada', verdict: 'differs' }] },
	// A description after a French elided article, held against whom the report describes so.
	{
		message: "Ariel Henry est l'ancien policier sanctionné par l'ONU et les États-Unis",
		expect: [{ span: "l'ancien policier", verdict: 'differs' }],
	},
	{
		message: 'the prison held five times what it was designed for',
		expect: [{ span: 'five times', verdict: 'matches' }],
	},
	// Whose figure it is, said after it: held against the figure's source.
	{
		message: "homicides more than doubled in 2023, that's RNDDH's number",
		expect: [
			{ span: 'more than doubled', verdict: 'matches' },
			{ span: 'RNDDH', verdict: 'differs' },
		],
	},
	// Whose figure it is, said as a cleft after it.
	{
		message: 'omisid yo plis pase double an 2023, se RNDDH ki bay chif la',
		expect: [{ span: 'RNDDH', verdict: 'differs' }],
	},
	{
		message: 'homicides more than doubled in 2023, it’s RNDDH who gave that figure',
		expect: [{ span: 'RNDDH', verdict: 'differs' }],
	},
	// Who has not spoken, named without its accent.
	{ message: 'gouvenman an fe yon deklarasyon sou atak la', expect: [{ span: 'deklarasyon', verdict: 'differs' }] },
	{ message: 'gouvènman an poko fè okenn deklarasyon', expect: [{ span: 'deklarasyon', verdict: 'matches' }] },
	// A ratio worked out from figures whose source the message names.
	{ message: 'rnddh said the pen was at 5x capacity', expect: [{ span: '5x capacity', verdict: 'matches' }] },
	// A country typed in lowercase, though WordNet has a tree spelt alike; the UN by its Creole acronym.
	{ message: 'brazil will lead the force', expect: [{ span: 'brazil', verdict: 'differs' }] },
	{
		message: 'Barbecue se yon ansyen polisye, Etazini ak ONI sanksyone l',
		expect: [{ span: 'Etazini ak ONI', verdict: 'matches' }],
	},
	// A number of police held only against a count whose noun is police: "Two of … police unions" counts unions.
	{ message: 'Kenya ap voye 1000 polisye vin ede nou', expect: [{ span: '1000', verdict: 'not_in_report' }] },
	{ message: 'four of the main police union called for help', expect: [{ span: 'four', verdict: 'differs' }] },
	// What the report states of someone before what it only points to; who leads a coalition, only pointed to.
	{ message: 'barbecue is a gang leader', expect: [{ span: 'gang leader', verdict: 'matches' }] },
	{ message: 'Barbecue leads the alliance', expect: [{ span: 'Barbecue', verdict: 'not_in_report' }] },
	// A clause that goes on about the subject before, left out or a pronoun, has what that clause is about.
	{
		message: 'the prison was built for 700 ppl but had 3,687 in there in Feb 2023',
		expect: [
			{ span: '700', verdict: 'matches' },
			{ span: '3,687', verdict: 'matches' },
		],
	},
	{
		message: 'prison capacity is 700 but it had like 5000 in feb 2023',
		expect: [{ span: '5000', verdict: 'differs' }],
	},
	{
		message: 'The Pénitencier National, conceived for 700 places, held 3,687 inmates in February 2023.',
		expect: [{ span: '3,687', verdict: 'matches' }],
	},
	// A joiner and a span of time before an order word open the clause it heads: the order is the report's.
	{
		message:
			'Gangs threatened to hit more police stations, and the day before the siege they tried to seize the main port.',
		expect: [{ span: 'the day before the siege', verdict: 'not_in_report' }],
	},
	{
		message: 'and the day after the siege they tried to seize the main port',
		expect: [{ span: 'the day after the siege', verdict: 'differs' }],
	},
	// A thing put in the place of the report's, outside the date's words: the date is the port attack's, not the airport's.
	{
		message: 'the gunmen tried to take over the airport the day before Friday, traffic all messed up',
		expect: [{ span: 'the day before Friday', verdict: 'differs' }],
	},
	{
		message: 'Mr Henry was supposed to transmit the power on 7 February',
		expect: [{ span: '7 February', verdict: 'matches' }],
	},
	// A multiple in its Latin form, as learners carry it over from Portuguese or Spanish.
	{ message: 'The homicides triplicated in 2023', expect: [{ span: 'triplicated', verdict: 'differs' }] },
	// A pasted rumour: only what is quoted, or what follows a lead that names nothing of the report, is claimed.
	{
		message: "'Homicides in Haiti more than doubled in 2021' — somebody double-check the year pls",
		expect: [{ span: '2021', verdict: 'differs' }],
	},
	{
		message: '"Murders in Haiti more than doubled during 2021" is what my feed says, can someone check',
		expect: [{ span: '2021', verdict: 'differs' }],
	},
	{
		message: "Thread claims: 'Henry stayed past his Feb 7 handover date'",
		expect: [{ span: 'Feb 7', verdict: 'matches' }],
	},
	// Whose figures they are, after "according to" or "per", is a credit, never a deed of the one named.
	{
		message: 'According to UN statistics, homicides more than doubled in 2023',
		expect: [{ span: 'UN', verdict: 'matches' }],
	},
	{
		message: 'Per Amnesty figures, homicides more than doubled in 2023',
		expect: [{ span: 'Amnesty', verdict: 'differs' }],
	},
	// A multiple of "the number it was built for" is a multiple of its capacity.
	{
		message: 'the jail holds about five times the number of people it was meant for',
		expect: [{ span: 'five times', verdict: 'matches' }],
	},
	{
		message: 'the jail holds twice the number it was built for',
		expect: [{ span: 'twice', verdict: 'differs' }],
	},
	// A date that names a thing ("the deal of December 2022") is that thing's, as the report names it with the date.
	{
		message: "L'accord de décembre 2022 prévoyait le départ de Henry le 7 février",
		expect: [
			{ span: 'décembre 2022', verdict: 'matches' },
			{ span: '7 février', verdict: 'matches' },
		],
	},
	{
		message: "L'accord de décembre 2021 prévoyait le départ de Henry le 7 février",
		expect: [{ span: 'décembre 2021', verdict: 'differs' }],
	},
	// A departure said done on the date of the deal that only set a date for it.
	{ message: 'Henry handed over power in December 2022', expect: [{ span: 'December 2022', verdict: 'differs' }] },
	{
		message: 'a deal in December 2022 set the date for Henry to hand over power',
		expect: [{ span: 'December 2022', verdict: 'matches' }],
	},
	// "Would" of a plan told in the past is the plan.
	{
		message: 'The December 2022 agreement said Henry would go on Feb 7',
		expect: [{ span: 'Feb 7', verdict: 'matches' }],
	},
	// A hedge the writer sets off, and an idiom of doing, say nothing of the claim.
	{
		message: 'The UN and the US have, as I understand it, seen fit to sanction Barbecue.',
		expect: [{ span: 'The UN and the US', verdict: 'matches' }],
	},
	// French's "serait" describes as "est" does; what someone "was" is what the report calls former.
	{ message: 'Sergier serait un ancien militaire', expect: [{ span: 'ancien militaire', verdict: 'differs' }] },
	{ message: 'Barbecue was a soldier lol', expect: [{ span: 'soldier', verdict: 'differs' }] },
	// A date right after an event's noun, in a clause of time, is that event's.
	{
		message: 'de sendika mande èd apre atak samdi swa a',
		expect: [{ span: 'samdi swa', verdict: 'matches' }],
	},
	{
		message: 'the unions begged for help after the attack on Friday',
		expect: [{ span: 'Friday', verdict: 'differs' }],
	},
	// A day the report does not give, in the month it gives, is neither confirmed nor contradicted; a date after "was"
	// is a date, not a description.
	{ message: 'the UNSC vote was October 2', expect: [{ span: 'October 2', verdict: 'not_in_report' }] },
	// A date held against a fact that shares no word with the claim is no date the report gives for it.
	{
		message: 'next elections are set for February 2026',
		expect: [{ span: 'February 2026', verdict: 'not_in_report' }],
	},
	// Those who died are no count of those held, in Creole as in English; those a statement counts are its own, whatever
	// verb they are said to have done it with.
	{ message: 'Omwen 5 polisye ak 12 prizonye mouri nan atak la', expect: [{ span: '12', verdict: 'not_in_report' }] },
	{ message: 'three police unions demanded reinforcements', expect: [{ span: 'three', verdict: 'differs' }] },
	// What another named one did to the thing named is a clause of its own: each name is held to its own deed.
	{
		message: 'Kenya offered to lead the force the Security Council approved last December',
		expect: [
			{ span: 'Kenya', verdict: 'matches' },
			{ span: 'December', verdict: 'differs' },
		],
	},
	// "X is the one that did it" credits X with the deed, as "X did it" does.
	{ message: 'RNDDH is the one that tallied the inmates', expect: [{ span: 'RNDDH', verdict: 'matches' }] },
	// "Remains" and "reste" describe as "is" does.
	{
		message: 'Haiti remains the richest nation in the Western Hemisphere',
		expect: [{ span: 'richest', verdict: 'differs' }],
	},
	// Chat's "b4" in a date.
	{
		message: 'gunmen tried to take over the port the day b4 friday',
		expect: [{ span: 'the day b4 friday', verdict: 'matches' }],
	},
	// Whose figure a number is, after it, is not what it counts: "holding 700 per RNDDH" counts those held.
	{ message: 'the jail is currently holding 700 per RNDDH', expect: [{ span: '700', verdict: 'differs' }] },
	// Spanish dates, as Spanish speakers write them into English: "el 7 de julio de 2020", "el sábado en la noche".
	{ message: 'Moise was shot el 8 de julio de 2021', expect: [{ span: '8 de julio de 2021', verdict: 'differs' }] },
	{
		message: 'the gangs hit the prison el sábado por la noche',
		expect: [{ span: 'sábado por la noche', verdict: 'matches' }],
	},
	{ message: 'RNDDH counted 3,687 presos en febrero 2023', expect: [{ span: 'febrero 2023', verdict: 'matches' }] },
	// A Spanish count before a Spanish noun is a count ("très grande" is French, and no count).
	{ message: 'tres sindicatos de policía pidieron ayuda', expect: [{ span: 'tres', verdict: 'differs' }] },
	// A weekday as chat shortens it, with a part of the day ("Sat night") or after "on"; "sat tight" is no date.
	{ message: 'gangs attacked the prison Sat night', expect: [{ span: 'Sat night', verdict: 'matches' }] },
	{ message: 'the prison assault went in Sun night', expect: [{ span: 'Sun night', verdict: 'differs' }] },
	// What someone was, set beside their name without an article, is a description of them.
	{ message: 'Barbecue, ex-cop, was sanctioned by the US', expect: [{ span: 'ex-cop', verdict: 'matches' }] },
	{ message: 'Barbecue, ex-soldier, runs the gangs', expect: [{ span: 'ex-soldier', verdict: 'differs' }] },
	// An abbreviation's dot ends no sentence: the capacity and the date stay with the count they go with.
	{
		message: 'RNDDH counted 3,687 inmates (nominal cap. 700) in Feb 2023',
		expect: [
			{ span: '700', verdict: 'matches' },
			{ span: 'Feb 2023', verdict: 'matches' },
		],
	},
	// An adverb before a date says how early, not what is dated.
	{
		message: 'RNDDH warned about overcrowding at the Pén. National already in 2017',
		expect: [{ span: '2017', verdict: 'matches' }],
	},
	// A thing that is dated "from" a month was made then; the month is no start.
	{
		message: 'Henry was supposed to hand over power February 7 under the deal from December 2022',
		expect: [{ span: 'December 2022', verdict: 'matches' }],
	},
	// A Creole noun right before the date is what it dates.
	{
		message: 'Henry te sipoze kite 7 fevriye selon ako desanm 2022 a',
		expect: [{ span: 'desanm 2022', verdict: 'matches' }],
	},
	// A role the report gives another (or points to another for) is theirs, however many words the description shares.
	{
		message: 'Ariel Henry is the head of the gang alliance',
		expect: [{ span: 'head of the gang alliance', verdict: 'differs' }],
	},
	// A French description is held against the report's in English words: "ONG haïtienne" is its Haitian group.
	{ message: 'Le RNDDH est une ONG haïtienne', expect: [{ span: 'ONG haïtienne', verdict: 'matches' }] },
	// A word for a person counts people, as the report counts them: "souls" are its inmates.
	{
		message: 'RNDDH counted 3,900 souls inside as of February 2023',
		expect: [{ span: '3,900 souls', verdict: 'differs' }],
	},
	// A hedge or the writer's own comment in brackets states nothing of its own.
	{
		message: 'Barbecue, a former cop (ostensibly), was sanctioned by the US',
		expect: [{ span: 'former cop', verdict: 'matches' }],
	},
	// The one a cleft puts in focus is a name, however chat types it.
	{ message: 'se kanada ki ofri dirije fos la', expect: [{ span: 'kanada', verdict: 'differs' }] },
	// A reaction after what is stated, in French or Creole chat, says nothing of it.
	{
		message: 'Haïti c le pays le plus pauvre des Amériques pa bliye sa',
		expect: [{ span: 'plus pauvre', verdict: 'matches' }],
	},
	// Chat's "c" opens a cleft as "c'est" does: the name in focus is credited with the rest, the clause before stays.
	{
		message: 'le Conseil de sécurité a validé la force et c le Kenya qui dirige',
		expect: [
			{ span: 'Conseil de sécurité', verdict: 'matches' },
			{ span: 'Kenya', verdict: 'differs' },
		],
	},
	// A description the report gives only to another it names beside someone ("an alliance of criminal organizations
	// … the government of Prime Minister Ariel Henri") is not the report's of them.
	{ message: 'Ariel Henry is a criminal', expect: [{ span: 'criminal', verdict: 'differs' }] },
	// Discord's formatting marks say how a word looks, not what it says.
	{
		message: "the Security Council OK'd the force in **March**, `RNDDH` counted ||3,687|| inmates",
		expect: [
			{ span: 'March', verdict: 'differs' },
			{ span: '3,687', verdict: 'matches' },
		],
	},
	// French "ne … que" says no one else did, as "only" does.
	{
		message: "Sergier n'a été sanctionné que par les États-Unis",
		expect: [{ span: 'que par les États-Unis', verdict: 'differs' }],
	},
	// A clause of its own sentence, with too few words to go by, is read with its sentence only, not the one before.
	{
		message: "Reuters says the cops bailed. AyiboPost says a 'large' # got out",
		expect: [
			{ span: 'Reuters', verdict: 'differs' },
			{ span: 'AyiboPost', verdict: 'differs' },
		],
	},
	// Numbers in Creole words, with "sèt" and French-spelt "vent" after another number word; a year in words after
	// "in" or a month is a date.
	{
		message: 'rnddh konte twa mil sis san katreven sèt prizonye an fevriye de mil vent twa',
		expect: [
			{ span: 'twa mil sis san katreven sèt', verdict: 'matches' },
			{ span: 'fevriye de mil vent twa', verdict: 'matches' },
		],
	},
	{ message: 'homicides doubled in two thousand twenty-three', expect: [{ span: 'twenty-three', verdict: 'matches' }] },
	// A count of what one fact alone counts is held against it, though the clause is closer to another.
	{
		message: "quatre syndicats de police demandent des renforts d'urgence",
		expect: [{ span: 'quatre syndicats', verdict: 'differs' }],
	},
	// What should have happened on a date is the plan, in French as in English.
	{ message: 'Henry aurait dû céder le pouvoir le 7 février', expect: [{ span: '7 février', verdict: 'matches' }] },
	{
		message: 'Henry should have handed over power on February 7',
		expect: [{ span: 'February 7', verdict: 'matches' }],
	},
	// French "et" before a clause with a verb of its own splits it, so each date is held against its own deed.
	{
		message: "Le siège a eu lieu jeudi soir et les gangs menacent d'attaquer d'autres commissariats",
		expect: [
			{ span: 'jeudi soir', verdict: 'differs' },
			{ span: 'commissariats', verdict: 'matches' },
		],
	},
	// A country's adjective before a noun says whose they are: "Kenyan police officers" credits Kenya with nothing,
	// least of all with what AyiboPost reported of the Haitian police.
	{
		message: 'Kenyan police officers have already landed in Haiti',
		expect: [{ span: 'Kenyan', verdict: 'not_in_report' }],
	},
	// A bare adjective after the verb describes, held only against what the report says of the one described.
	{ message: 'Haiti is rich', expect: [{ span: 'rich', verdict: 'differs' }] },
	{ message: 'the government is silent', expect: [{ span: 'silent', verdict: 'matches' }] },
	{ message: 'Moïse was rich', expect: [{ span: 'rich', verdict: 'not_in_report' }] },
	// "he's": a pronoun's contracted verb describes as "he is" does.
	{
		message: 'Barbecue is no soldier, he’s a former policeman',
		expect: [{ span: 'former policeman', verdict: 'matches' }],
	},
	// A caret points up at the quoted line; what follows is a sentence of its own.
	{
		message: '> the pen was built for 700 and holds 3,687 inmates ^ yep, that is the RNDDH count',
		expect: [{ span: '3,687', verdict: 'matches' }],
	},
	// A name between "a" and a noun says what kind of thing, not who did something: no one's deed is credited to the UN.
	{ message: 'RNDDH? It is a UN agency', expect: [{ span: 'UN', verdict: 'not_in_report' }] },
	// French "faite pour" is what a place was made for: its capacity.
	{ message: 'la prison était faite pour 700 détenus', expect: [{ span: '700', verdict: 'matches' }] },
	// A word only loosely akin to one the report has (broader, or merely similar) does not confirm a description.
	{ message: 'Jimmy Sergier? ex-militar', expect: [{ span: 'militar', verdict: 'differs' }] },
	{ message: 'Jimmy Sergier is an ex-cop', expect: [{ span: 'ex-cop', verdict: 'matches' }] },
	// What those counted did, in a common verb of going, is no word of the count's: the report gives no number of them.
	{ message: 'about 4,000 inmates took off', expect: [{ span: '4,000', verdict: 'not_in_report' }] },
	// Where the one spoken of most is undated, the deed's own fact may say it remains unclear when.
	{ message: 'the Kenyan force lands in Haiti in April', expect: [{ span: 'April', verdict: 'not_in_report' }] },
	// A percentage spelled out is a percentage: a rise of 60 per cent is short of "more than doubled".
	{
		message: 'homicides climbed by about 60 per cent last year',
		expect: [{ span: '60 per cent', verdict: 'differs' }],
	},
	// A year told only from when the message was written is no year the report can confirm or contradict.
	{ message: 'killings more than doubled last year', expect: [{ span: 'last year', verdict: 'not_in_report' }] },
	// The report's own words, quoted, are what it says; words it does not have, quoted, are left alone.
	{
		message: 'this week Barbecue told residents to keep children home from school to avoid “collateral damage”.',
		expect: [{ span: 'collateral damage', verdict: 'matches' }],
	},
	// A day written "the 7 of July of 2021" is a date; a start dated more finely than the report's is not confirmed
	// by it, and differs where its year does.
	{ message: 'Moise they killed him the 7 of July of 2020', expect: [{ span: '2020', verdict: 'differs' }] },
	{ message: 'Henry became prime minister on July 20, 2021', expect: [{ span: 'July 20', verdict: 'not_in_report' }] },
	{ message: 'Henry became prime minister on July 20, 2022', expect: [{ span: 'July 20', verdict: 'differs' }] },
	// A deed the report tells in the passive ("sanctioned by the U.N. and the U.S.") is credited to no one else,
	// named in capitals or in the data's lowercase words, whatever else the fact involves.
	{ message: 'the cops sanctioned Sergier', expect: [{ span: 'cops', verdict: 'differs' }] },
	{ message: 'Haiti’s government sanctioned Sergier', expect: [{ span: 'government', verdict: 'differs' }] },
	// One named in lowercase words and credited with a count is held against the count's source.
	{ message: 'the cops tallied 3,687 inmates', expect: [{ span: 'cops', verdict: 'differs' }] },
	// A description ends where a participle dates something of its own: "…a rights group founded in 1995".
	{
		message: 'RNDDH is a Haitian human rights group founded in 1990',
		expect: [
			{ span: 'human rights group', verdict: 'matches' },
			{ span: '1990', verdict: 'not_in_report' },
		],
	},
	// A figure said to be of an event's time is held against both dates: the count is of February 2023.
	{ message: 'RNDDH counted 3,687 inmates on the night of the siege', expect: [{ span: '3,687', verdict: 'differs' }] },
	// The report's deed with one noun swapped for another where the fact has its own says otherwise; a noun the fact
	// has nothing in place of ("with rockets") is only not in the report.
	{ message: 'gangs have threatened to attack more hotels', expect: [{ span: 'hotels', verdict: 'differs' }] },
	{ message: 'the gangs attacked the prison with rockets', expect: [{ span: 'rockets', verdict: 'not_in_report' }] },
	// A date is held against what the clause speaks of, not against another fact its verb alone points to.
	{ message: 'the harbour was attacked on Saturday', expect: [{ span: 'Saturday', verdict: 'differs' }] },
	// "The one they call…" says two names are one; "the one" alone describes nothing.
	{
		message: 'Sergier is the guy people call Barbecue',
		expect: [{ span: 'guy people call Barbecue', verdict: 'matches' }],
	},
	{ message: 'Henry is the man they call Barbecue', expect: [{ span: 'man they call Barbecue', verdict: 'differs' }] },
	// The silent one named with its owner ("the government of Henry", "Henry's government") is still who spoke.
	{
		message: 'the government of Henry already responded to the assault',
		expect: [{ span: 'already responded', verdict: 'differs' }],
	},
	{ message: "Henry's government has spoken about the assault", expect: [{ span: 'has spoken', verdict: 'differs' }] },
	// An emoji between words ends the sentence before it; the writer's remark on what they said is no part of it.
	{
		message: 'haiti is the poorest country in the western hemisphere thats so sad 😭 and like 80% are poor',
		expect: [
			{ span: 'poorest country in the western hemisphere', verdict: 'matches' },
			{ span: '80%', verdict: 'not_in_report' },
		],
	},
	// A place denied is held against the report the other way round.
	{ message: 'the penitentiary is not in Port-au-Prince', expect: [{ span: 'Port-au-Prince', verdict: 'differs' }] },
	// "…and he's…": a contraction's verb opens a clause of its own.
	{
		message: "Barbecue's real name is Jimmy Sergier and he's barely 40",
		expect: [
			{ span: 'Jimmy Sergier', verdict: 'matches' },
			{ span: '40', verdict: 'not_in_report' },
		],
	},
	// A thing the report never speaks of is not confirmed by the fact that has the claim's other words.
	{
		message: 'the gangs wanted to take the airport before they attacked the prison',
		expect: [{ span: 'airport', verdict: 'not_in_report' }],
	},
	// What frames a rumour ("there's a rumour going around that…") is no part of it; a spaced dash ends a clause.
	{
		message: "there's a rumour going around that Canada offered to lead the force",
		expect: [{ span: 'Canada', verdict: 'differs' }],
	},
	{
		message: 'Canada offered to lead the intl force — the security council approved it in March',
		expect: [
			{ span: 'Canada', verdict: 'differs' },
			{ span: 'March', verdict: 'differs' },
		],
	},
	// A source credited with chat's gerund of saying is held to the fact's source as "says" is.
	{
		message: 'Reuters reporting that the guards abandoned the prison',
		expect: [{ span: 'Reuters', verdict: 'differs' }],
	},
	// By what channel a source had it, in brackets, leaves the source credited.
	{
		message: 'AyiboPost (through its own reporters) said some prisoners feared the crossfire',
		expect: [{ span: 'AyiboPost', verdict: 'differs' }],
	},
	// A French verb the report gives no date for is not the count's date misdated.
	{
		message: 'La prison, construite en 1920, comptait 3 687 détenus en février 2023.',
		expect: [
			{ span: '1920', verdict: 'not_in_report' },
			{ span: '3 687', verdict: 'matches' },
		],
	},
	// Creole "depi" is a start, said with its year; "e" before another verb's marker opens a clause of its own.
	{
		message: 'asasina moise la te fet an 2021 e henry sou pouvwa depi 2018',
		expect: [
			{ span: 'an 2021', verdict: 'matches' },
			{ span: 'depi 2018', verdict: 'differs' },
		],
	},
	// A date after a short clause of time is that clause's event's, not the main clause's.
	{
		message: 'the police unions begged for help after gangs stormed the prison on Friday night',
		expect: [{ span: 'Friday night', verdict: 'differs' }],
	},
	{
		message: 'sendika yo mande ed apre bandi yo atake prizon an samdi swa',
		expect: [{ span: 'samdi swa', verdict: 'matches' }],
	},
	// French frames and stresses: who passes it on ("un lecteur affirme que"), "si j'ai bien compris", "bien".
	{
		message:
			'Un lecteur affirme que c’est le gouvernement qui a dit aux habitants de garder leurs enfants à la maison.',
		expect: [{ span: 'gouvernement', verdict: 'differs' }],
	},
	{
		message: "Si je comprends bien, c'est Gazette Haiti qui rapporte que les gardiens ont abandonné la prison ?",
		expect: [{ span: 'Gazette Haiti', verdict: 'differs' }],
	},
	{
		message: 'C’est bien en octobre dernier que le Conseil de sécurité a approuvé la force.',
		expect: [{ span: 'octobre dernier', verdict: 'matches' }],
	},
	{
		message: 'Jimmy Sergier est bien surnommé « Barbecue ».',
		expect: [{ span: 'Barbecue', verdict: 'matches' }],
	},
	// Whose figures they are, told after "and" ("e se … ki bay chif yo"), is the clause before's source: never the
	// source of another figure the report gives.
	{
		message: 'prizon an te gen 3 687 prizonye, e se ONU ki te bay chif sa yo',
		expect: [{ span: 'ONU', verdict: 'differs' }],
	},
	// A round count ("une cinquantaine", "a dozen") is a number: one the report never gives is not confirmed.
	{
		message: 'D’après AyiboPost, une cinquantaine de policiers ont abandonné la prison.',
		expect: [{ span: 'une cinquantaine', verdict: 'not_in_report' }],
	},
	{
		message: 'a dozen guards walked off the job at the prison',
		expect: [{ span: 'a dozen', verdict: 'not_in_report' }],
	},
	{ message: 'RNDDH a compté un millier de détenus', expect: [{ span: 'un millier', verdict: 'differs' }] },
	// Who did it, after "par" with "est" before the participle, is held to whom the report credits.
	{ message: 'Barbecue est sanctionné par le Canada', expect: [{ span: 'Canada', verdict: 'differs' }] },
	// One thing put in the place of the fact's, after the same words ("the main airport" for "the main port"), even
	// where the fact's word can be an adjective too.
	{
		message: 'the gunmen tried to take over the main airport',
		expect: [{ span: 'main airport', verdict: 'differs' }],
	},
	// "N times over capacity" is a multiple of the capacity, as "N times its capacity" is.
	{ message: 'the prison was 5 times over capacity', expect: [{ span: '5 times over capacity', verdict: 'matches' }] },
	{ message: 'the jail was at eight times capacity', expect: [{ span: 'eight times capacity', verdict: 'differs' }] },
	// A colon after a name opens what is said of it, as a comma does; a label before a colon names no one.
	{ message: 'Barbecue: former soldier, per the paper.', expect: [{ span: 'former soldier', verdict: 'differs' }] },
	{ message: 'Note: a large number escaped', expect: [{ span: 'a large number escaped', verdict: 'matches' }] },
	// "GoH", as policy writers shorten the Government of Haiti.
	{ message: 'GoH has not commented so far', expect: [{ span: 'GoH', verdict: 'matches' }] },
	// A French phrase the lexicon gives whole is heard of, dated or not ("la lumière verte" is the green light).
	{
		message: 'Le Conseil de sécurité a donné la lumière verte en octobre dernier',
		expect: [{ span: 'octobre dernier', verdict: 'matches' }],
	},
	// A percentage typed with a space before its sign is one number.
	{ message: 'gangs control 90 % of the capital', expect: [{ span: '90 %', verdict: 'not_in_report' }] },
	// "Multiplied by three" is a change as "tripled" is.
	{
		message: 'UN data: homicides were multiplied by three in 2023',
		expect: [{ span: 'multiplied by three', verdict: 'differs' }],
	},
	{
		message: 'les homicides ont été multipliés par deux en 2023',
		expect: [{ span: 'multipliés par deux', verdict: 'matches' }],
	},
	// The tag that asks to be told so, however typed, says nothing of its own.
	{ message: 'RNDDH is a human rights group rigth?', expect: [{ span: 'human rights group', verdict: 'matches' }] },
	// A body named before the noun for a person is the one they served: the fact must say it in its own words
	// ("former policeman" for the police), not merely involve it ("sanctioned by the U.N.").
	{ message: 'Jimmy Sergier is a former UN officer', expect: [{ span: 'former UN officer', verdict: 'differs' }] },
	{
		message: 'Jimmy Sergier is a former HNP officer under UN and U.S. sanctions.',
		expect: [{ span: 'former HNP officer', verdict: 'matches' }],
	},
	// Kreyòl "te fèt" is "took place" ("te fèt pou" is "was built for"); French "alertait" is "warned".
	{ message: 'Yo di atak prizon an te fèt dimanch swa', expect: [{ span: 'dimanch swa', verdict: 'differs' }] },
	{
		message: 'Le RNDDH alertait en 2017 sur la surpopulation carcérale',
		expect: [{ span: '2017', verdict: 'matches' }],
	},
	// A planned date is held against the plan the report dates, not against when the plan was made.
	{ message: 'Henry handover was set for Feb 7', expect: [{ span: 'Feb 7', verdict: 'matches' }] },
	{ message: 'Henry handover was set for Feb 17', expect: [{ span: 'Feb 17', verdict: 'differs' }] },
	{ message: 'the deal set Feb 7 as the handover date', expect: [{ span: 'Feb 7', verdict: 'matches' }] },
	{ message: 'the deal was struck on Feb 7', expect: [{ span: 'Feb 7', verdict: 'differs' }] },
	// A number's measure is its own: "with capacity of 700" is the other number's, not what "holds 3,687" counts.
	{
		message: 'the jail holds 3,687 with capacity of 700',
		expect: [
			{ span: '3,687', verdict: 'matches' },
			{ span: '700', verdict: 'matches' },
		],
	},
	// A verb that only says it happened dates the event its subject names.
	{
		message: 'The assassination of President Moïse took place in 2021',
		expect: [
			{ span: 'took place in 2021', verdict: 'matches' },
			{ span: 'President Moïse', verdict: 'matches' },
		],
	},
	{ message: 'the killing of Moise happened on July 7 2022', expect: [{ span: 'July 7 2022', verdict: 'differs' }] },
	// A figure's source, or another, with the measure's own verb and no value gives no figure.
	{ message: 'RNDDH holds the prison', expect: [{ span: 'RNDDH', verdict: 'not_in_report' }] },
	{ message: 'PNH still holding the Pénitencier', expect: [{ span: 'PNH', verdict: 'not_in_report' }] },
	{ message: 'RNDDH counted 3,687 inmates', expect: [{ span: 'RNDDH', verdict: 'matches' }] },
	// A coalition the report never names is not the one it points him to, however it is written.
	{ message: 'Barbecue leads G9', expect: [{ span: 'Barbecue', verdict: 'not_in_report' }] },
	{ message: 'the G-9 alliance is led by Barbecue', expect: [{ span: 'Barbecue', verdict: 'not_in_report' }] },
	// A source typed in lowercase before "said", held as a source; what it is said to have said, judged all the same.
	{
		message: 'le nouvelliste said the cops guarding the pen abandoned it',
		expect: [
			{ span: 'le nouvelliste', verdict: 'differs' },
			{ span: 'abandoned', verdict: 'matches' },
		],
	},
	{ message: 'cnn said the cops guarding the pen abandoned it', expect: [{ span: 'cnn', verdict: 'differs' }] },
	// Whoever the writer heard it from, set aside: what they told is the claim.
	{
		message: 'My grandson read me the news last night: the big prison was made for 1,700 people',
		expect: [{ span: '1,700', verdict: 'differs' }],
	},
	{
		message: 'Ma commère Gisèle dit que le Pénitencier National a une capacité de 800 places',
		expect: [{ span: '800', verdict: 'differs' }],
	},
	// Told as done, what the report says is not yet known to happen.
	{
		message: 'the international force has already deployed',
		expect: [{ span: 'already deployed', verdict: 'differs' }],
	},
	{ message: 'fos entenasyonal la deja rive depi lontan lol', expect: [{ span: 'deja rive', verdict: 'differs' }] },
	// Told as proven, what the report only alleges.
	{
		message: 'Among the prisoners are many of the convicted assassins of President Moïse.',
		expect: [
			{ span: 'convicted assassins', verdict: 'differs' },
			{ span: '^President Moïse$', verdict: 'matches' },
		],
	},
	{
		message: 'Among the prisoners are many alleged killers of Moise',
		expect: [{ span: 'alleged killers', verdict: 'matches' }],
	},
	// Denied in Creole, which the report tells: "p ap" (will not), "pa te" (did not).
	{ message: 'gang yo di yo p ap atake komisarya polis yo anko', expect: [{ span: 'p ap atake', verdict: 'differs' }] },
	{ message: 'gang yo pa te atake prizon an', expect: [{ span: 'pa te atake', verdict: 'differs' }] },
	// Blocking what the report says was disrupted denies nothing of it.
	{
		message: 'bandi yo te eseye pran po prensipal la, sa bloke trafik ak chajman konteyne yo',
		expect: [{ span: 'bloke trafik', verdict: 'matches' }],
	},
	// A description is confirmed by the fact whose own words say it, not one that has it only in a name.
	{
		message: 'the Pénitencier National is the largest prison in Haiti',
		expect: [{ span: 'largest prison', verdict: 'matches' }],
	},
	// What a place can hold, more or less, is its capacity.
	{
		message: 'the big prison can hold more than one thousand people',
		expect: [{ span: 'more than one thousand', verdict: 'differs' }],
	},
	// A speaker is credited only by a fact that tells what was said as well as the one that tells it best.
	{ message: 'rnddh said the guards left the prison', expect: [{ span: 'rnddh', verdict: 'differs' }] },
	{ message: 'rnddh said the guards ghosted the prison fr fr', expect: [{ span: 'rnddh', verdict: 'differs' }] },
	{ message: 'RNDDH said the prison was overcrowded', expect: [{ span: 'RNDDH', verdict: 'matches' }] },
	// A date is held against the event the clause tells, not one that only shares the date's words.
	{ message: 'the port attack was saturday', expect: [{ span: 'saturday', verdict: 'differs' }] },
	{ message: 'the port attack was thursday', expect: [{ span: 'thursday', verdict: 'matches' }] },
	// An order the report gives as a purpose ("security … so that elections can be held"), told the other way round.
	{
		message: 'Henry says elections first then security',
		expect: [{ span: 'elections first then security', verdict: 'differs' }],
	},
	{
		message: 'Henry says security first then elections',
		expect: [{ span: 'security first then elections', verdict: 'matches' }],
	},
	// The same order told with "first … would follow", among other claims; its order words name no other event.
	{
		message: 'Henry stayed on past Feb 7, arguing elections had to be held first and security would follow.',
		expect: [
			{ span: 'Feb 7', verdict: 'matches' },
			{ span: 'elections had to be held first', verdict: 'differs' },
		],
	},
	// A plan named only to say it was kept: the clause still says it was done, which the report says it was not.
	{
		message: 'Henry stepped down on Feb 7 as the deal required',
		expect: [{ span: 'stepped down on Feb 7', verdict: 'differs' }],
	},
	{
		message: 'Henry left office on Feb 7 as planned',
		expect: [{ span: 'left office on Feb 7', verdict: 'differs' }],
	},
	{
		message: 'Henry was supposed to step down on Feb 7',
		expect: [{ span: 'step down on Feb 7', verdict: 'matches' }],
	},
	// What he was, said as what he is in a word the former one is built on, or in Creole.
	{ message: 'Barbecue is a police', expect: [{ span: 'is a police', verdict: 'differs' }] },
	{ message: 'Barbecue se yon polis', expect: [{ span: 'se yon polis', verdict: 'differs' }] },
	{ message: 'Barbecue te yon polis', expect: [{ span: 'te yon polis', verdict: 'matches' }] },
	// What a place is holding, without an auxiliary, is its inmates; what it is capable of holding, its places.
	{
		message: 'prison built for 3,687, currently holding 700',
		expect: [
			{ span: '3,687', verdict: 'differs' },
			{ span: '700', verdict: 'differs' },
		],
	},
	{ message: 'the prison is capable of holding 700 inmates', expect: [{ span: '700', verdict: 'matches' }] },
	// "Only" before a passive with its auxiliary: the report credits another too.
	{
		message: 'ayo barbecue is jimmy sergier, ex-cop, only got sanctioned by the US tho lol',
		expect: [{ span: 'only got sanctioned by the US', verdict: 'differs' }],
	},
	// A name in a clause of its own time is credited with that clause's deed only.
	{
		message: 'Ghana offered to lead the international force after the UN approved it in october',
		expect: [{ span: 'the UN', verdict: 'matches' }],
	},
	// "The country" is the one the report is about; a pronoun stands for no one named only after it.
	{
		message: 'the Pénitencier is the largest prison in the country',
		expect: [{ span: 'the largest prison in the country', verdict: 'matches' }],
	},
	// A measure denied after the one a number is given as; one denied beside an "only" is not credited too.
	{ message: '@everyone 3687 is the capacity not inmates', expect: [{ span: '3687', verdict: 'differs' }] },
	{
		message: 'Jimmy Sergier, former cop, sanctioned only by the US — not the UN',
		expect: [
			{ span: 'only by the US', verdict: 'differs' },
			{ span: 'not the UN', verdict: 'differs' },
		],
	},
	// Who of the writer's world told it is no part of the claim; a name the report has still is.
	{
		message: 'A student’s essay says the Pénitencier National was built for 700 inmates but held 3,687 in January 2023',
		expect: [
			{ span: 'built for 700 inmates', verdict: 'matches' },
			{ span: '3,687', verdict: 'matches' },
			{ span: 'January 2023', verdict: 'differs' },
		],
	},
	{
		message: 'Rumour going round: Kenya offered to lead the international force',
		expect: [{ span: 'Kenya', verdict: 'matches' }],
	},
	// What a place is packed with is what it holds.
	{
		message: 'Rated for 700, packed with 3,687 as of Feb 2023 — RNDDH numbers, not mine.',
		expect: [
			{ span: '3,687', verdict: 'matches' },
			{ span: 'RNDDH', verdict: 'matches' },
		],
	},
	// Stepping up to lead is offering to.
	{
		message: 'Kenya stepped up to lead the force after the Security Council green-lit it last October',
		expect: [
			{ span: 'Kenya', verdict: 'matches' },
			{ span: 'the Security Council', verdict: 'matches' },
		],
	},
	// A name given to one the report names: theirs in the report, another's, or one it never gives.
	{ message: 'the gang alliance is called viv ansanm', expect: [{ span: 'viv ansanm', verdict: 'not_in_report' }] },
	{ message: 'Barbecue’s alliance goes by G9, look it up', expect: [{ span: 'G9', verdict: 'not_in_report' }] },
	{
		message: 'the prison is called Pénitencier National',
		expect: [{ span: 'Pénitencier National', verdict: 'matches' }],
	},
	{ message: 'Barbecue is called Jimmy Sergier', expect: [{ span: 'Jimmy Sergier', verdict: 'matches' }] },
	// Chat's "b4" orders events as "before" does.
	{
		message: 'the gangs tried to take over the airport b4 they hit the prison',
		expect: [{ span: 'airport', verdict: 'differs' }],
	},
	{ message: 'gangs hit the prison b4 the port', expect: [{ span: 'b4', verdict: 'differs' }] },
	// A French description, in English words.
	{ message: 'Haïti est un pays pauvre', expect: [{ span: 'pays pauvre', verdict: 'matches' }] },
	{ message: 'Haïti est un pays riche', expect: [{ span: 'pays riche', verdict: 'differs' }] },
	// Where the report does not place someone.
	{ message: 'henry is stuck in kenya rn lol', expect: [{ span: 'in kenya', verdict: 'not_in_report' }] },
	// A prefix or a participle joined by a hyphen makes no name.
	{ message: 'Barbecue is an ex-cop', expect: [{ span: 'ex-cop', verdict: 'matches' }] },
	// Who did it, right; to whom, someone else: no confirmation.
	{ message: 'the UN sanctioned Henry', expect: [{ span: 'the UN', verdict: 'not_in_report' }] },
	{ message: 'Henry was sanctioned by the UN', expect: [{ span: 'the UN', verdict: 'not_in_report' }] },
	{ message: 'the UN sanctioned Barbecue', expect: [{ span: 'the UN', verdict: 'matches' }] },
	// What is, said as what was.
	{ message: 'Henry is a former prime minister', expect: [{ span: 'former prime minister', verdict: 'differs' }] },
	// What someone was ("a former policeman") is not what they are.
	{ message: 'Barbecue is still a cop', expect: [{ span: 'still a cop', verdict: 'differs' }] },
	{ message: 'Barbecue is a cop lol', expect: [{ span: 'a cop', verdict: 'differs' }] },
	{ message: 'Barbecue used to be a policeman', expect: [{ span: 'policeman', verdict: 'matches' }] },
	// A hedge between what a place is built for and the number keeps it a capacity.
	{
		message: 'the National Penitentiary is designed to house roughly 3,700 prisoners',
		expect: [{ span: '3,700', verdict: 'differs' }],
	},
	// "a prison in Jacmel" is another prison, not the one the data places in Port-au-Prince.
	{
		message: 'the escaped inmates got moved to a prison in Jacmel',
		expect: [{ span: 'Jacmel', verdict: 'not_in_report' }],
	},
	// What a deal required is a plan, as the report tells it.
	{
		message: 'The deal required Henry to hand over power on February 7.',
		expect: [{ span: 'February 7', verdict: 'matches' }],
	},
	// A description judged by the fact that has its own words, not by one that has them only through related words.
	{
		message: 'the Pénitencier National is the biggest detention facility in Haiti',
		expect: [{ span: 'biggest detention facility', verdict: 'not_in_report' }],
	},
	{ message: 'the pen was built for like 1000 ppl max', expect: [{ span: '1000', verdict: 'differs' }] },
	// Creole numbers that are other words alone, before a scale; Creole weekdays; Creole and "by half" changes.
	{ message: 'Penitansye a fèt pou sèt san prizonye', expect: [{ span: 'sèt san', verdict: 'matches' }] },
	{ message: 'Gang yo te atake gwo prizon an vandredi swa', expect: [{ span: 'vandredi swa', verdict: 'differs' }] },
	{
		message: 'dapre ONU omisid yo plis pase double an 2023',
		expect: [{ span: 'plis pase double', verdict: 'matches' }],
	},
	{ message: 'UN numbers say killings went up by half in 2023', expect: [{ span: 'by half', verdict: 'differs' }] },
	// Done, where the report says only offered or attempted: not the report's claim.
	{ message: 'Kenya is leading the force', expect: [{ span: 'Kenya', verdict: 'differs' }] },
	{ message: 'Kenya offered to lead the force', expect: [{ span: 'Kenya', verdict: 'matches' }] },
	{ message: 'Kenya is the leader of the force', expect: [{ span: 'leader', verdict: 'differs' }] },
	// A reader's word for the inmates, a quantity said without a size, a word that only stresses: none is a claim.
	{
		message: 'Many of the detainees are notorious criminals',
		expect: [{ span: 'notorious criminals', verdict: 'matches' }],
	},
	{
		message: 'a number of the alleged perpetrators are held in the Pénitencier National',
		expect: [{ span: 'alleged perpetrators', verdict: 'matches' }],
	},
	{ message: 'Barbecue is literally the president of Haiti lol', expect: [{ span: 'president', verdict: 'differs' }] },
	// Taken, where the report says only attempted, in any verb close to it; chat before the claim is no part of it.
	{ message: 'nah the gunmen captured the main port', expect: [{ span: 'captured', verdict: 'differs' }] },
	// The UN acts through its Security Council; a country the event happened in did not do it.
	{ message: 'the UN approved the force', expect: [{ span: 'the UN', verdict: 'matches' }] },
	{ message: 'Haiti approved the force', expect: [{ span: 'Haiti', verdict: 'not_in_report' }] },
	// The name with the deed it is said to have done, where the report says only offered; and no deed confirmed by
	// what the report says is not yet known.
	{ message: 'Kenya is already leading the force', expect: [{ span: 'already leading', verdict: 'differs' }] },
	{
		message: 'Kenyan troops are already leading the force on the ground',
		expect: [{ span: 'Kenyan troops', verdict: 'not_in_report' }],
	},
	// A date is held only against a fact whose own date dates what is said: sanctions the report mentions in passing
	// in a sentence dated "in recent days" are not dated by it.
	{
		message: "Barbecue's been under sanctions since 2020 btw",
		expect: [{ span: 'since 2020', verdict: 'not_in_report' }],
	},
	{ message: 'RNDDH warned about overcrowding in 2019', expect: [{ span: '2019', verdict: 'differs' }] },
	// A ratio's date is the ratio's; a part of a year is held against the month.
	{
		message: 'so the pen was at over 5 times its nominal capacity as of February 2023',
		expect: [{ span: 'February 2023', verdict: 'matches' }],
	},
	{ message: 'Moise was killed in early 2021', expect: [{ span: 'early 2021', verdict: 'differs' }] },
	{ message: 'Moise was killed in mid-2021', expect: [{ span: 'mid-2021', verdict: 'matches' }] },
	// What kind of body an outlet or group is, against the report's own description of it.
	{ message: 'RNDDH is basically a UN agency right?', expect: [{ span: 'UN agency', verdict: 'differs' }] },
	{ message: 'Gazette Haiti is a news agency', expect: [{ span: 'news agency', verdict: 'differs' }] },
	{ message: 'Reuters is a news agency', expect: [{ span: 'news agency', verdict: 'matches' }] },
	// Names joined by "+" or "/" are one group; a year of two digits after an apostrophe is this century's.
	{
		message: "jimmy sergier used to be a cop and he's under UN + US sanctions",
		expect: [{ span: 'UN \\+ US', verdict: 'matches' }],
	},
	{ message: "Moise was killed in '22", expect: [{ span: "'22", verdict: 'differs' }] },
	{ message: "Ariel Henry's been PM since '21", expect: [{ span: "since '21", verdict: 'matches' }] },
	// Reluctant to do what the report says they were reluctant to try: the same, not a deed done.
	{ message: 'some prisoners were reluctant to escape', expect: [{ span: 'reluctant', verdict: 'matches' }] },
	// How long something lasted, where the report says only when: a detail it does not give.
	{
		message: 'Barbecue told residents to keep their kids out of school for a week to avoid collateral damage',
		expect: [{ span: 'for a week', verdict: 'not_in_report' }],
	},
	// Any word for leading says it is done: heading, running, being in charge.
	{ message: 'Kenya heads the international force', expect: [{ span: 'heads', verdict: 'differs' }] },
	{ message: 'Kenya is in charge of the force', expect: [{ span: 'Kenya', verdict: 'differs' }] },
	{ message: 'kenya is already running the UN force in haiti', expect: [{ span: 'kenya', verdict: 'differs' }] },
	// The measure named before its number is part of the claim.
	{
		message: 'the Pénitencier got 700 inmates n capacity of 3,687',
		expect: [
			{ span: '700 inmates', verdict: 'differs' },
			{ span: 'capacity of 3,687', verdict: 'differs' },
		],
	},
	{ message: 'RNDDH: capacity 700, 3687 inmates in Feb 2023', expect: [{ span: 'capacity 700', verdict: 'matches' }] },
	{
		message: 'J’ai lu que la capacité c’est 3 687 pis qu’y’a 700 détenus',
		expect: [
			{ span: 'capacité c’est 3 687', verdict: 'differs' },
			{ span: '700 détenus', verdict: 'differs' },
		],
	},
	// Bodies joined as chat joins them, and two-letter acronyms typed in lowercase after "the".
	{
		message: 'Jimmy Sergier aka Barbecue, ex-cop, sanctioned by UN n US',
		expect: [{ span: 'UN n US', verdict: 'matches' }],
	},
	{ message: 'barbecue is sanctioned by the us not the un', expect: [{ span: 'not the un', verdict: 'differs' }] },
	// A name is confirmed as someone's only if the report calls them so, whatever else the data knows.
	{
		message: 'RNDDH stands for Réseau National de Défense des Droits Humains',
		expect: [{ span: 'Réseau', verdict: 'not_in_report' }],
	},
	{ message: 'Sergier, alias Barbecue, is a former cop', expect: [{ span: 'alias', verdict: 'matches' }] },
	{
		message: 'RNDDH = Réseau National de Défense des Droits Humains',
		expect: [{ span: 'Réseau', verdict: 'not_in_report' }],
	},
	// The order is the report's, an event in it is not.
	{
		message: 'the armed men tried to seize the international airport before the prison was attacked',
		expect: [{ span: 'airport', verdict: 'not_in_report' }],
	},
	// What a place is built to hold is its capacity, whatever noun follows the number.
	{ message: 'the prison was built to hold 3,687 prisoners', expect: [{ span: '3,687', verdict: 'differs' }] },
	{ message: 'the prison was designed to house 700 inmates', expect: [{ span: '700', verdict: 'matches' }] },
	{ message: 'barbecue is only sanctioned by the us', expect: [{ span: 'only sanctioned', verdict: 'differs' }] },
	// Names of several words, and countries, typed in lowercase as Discord is.
	{
		message: 'gazette haiti said the cops guarding the pen straight up abandoned it lmao',
		expect: [{ span: 'gazette haiti', verdict: 'differs' }],
	},
	{ message: 'kenya wants to lead the force', expect: [{ span: 'kenya', verdict: 'matches' }] },
	{
		message: 'Gazette Haiti says the cops guarding the prison abandoned it',
		expect: [{ span: 'Gazette', verdict: 'differs' }],
	},
	{
		message: 'the 3,687 inmate figure for February 2023 comes from UN data',
		expect: [{ span: 'UN data', verdict: 'differs' }],
	},
	{ message: 'they sent us the report', expect: [] },
	// A change's amount read past the words that hedge it, and an upper bound as one.
	{
		message: 'homicides in Haiti increased by only about half in 2023 according to UN data',
		expect: [{ span: 'half', verdict: 'differs' }],
	},
	{
		message: 'homicides increased by less than half in 2023',
		expect: [{ span: 'less than half', verdict: 'differs' }],
	},
	// A prison named by its country and its kind is the prison; chat's "2" before a verb is "to".
	{
		message: 'Haiti’s biggest jail was designed to hold 1,000 people',
		expect: [{ span: '1,000', verdict: 'differs' }],
	},
	{ message: 'Haiti’s population is 3,687', expect: [{ span: '3,687', verdict: 'not_in_report' }] },
	{ message: 'henry was sposed 2 hand over power feb 7', expect: [{ span: 'feb 7', verdict: 'matches' }] },
	// How far over its capacity the prison was is the difference of the two figures, never the capacity.
	{ message: 'the prison was over capacity by 2,987', expect: [{ span: '2,987', verdict: 'matches' }] },
	{ message: 'the prison was over capacity by 700', expect: [{ span: '700', verdict: 'differs' }] },
	{ message: 'the prison was over capacity by more than 2,000', expect: [{ span: '2,000', verdict: 'matches' }] },
	{
		message: 'the population was more than 3,000 above its nominal capacity',
		expect: [{ span: '3,000', verdict: 'differs' }],
	},
	// A rank the report does not give makes the clause about another one, whatever of it matches.
	{
		message: 'gangs besieged Haiti’s second-largest prison on Saturday night',
		expect: [{ span: 'second-largest', verdict: 'differs' }],
	},
	{
		message: 'Haiti’s second-largest prison holds 3,687 inmates',
		expect: [{ span: '3,687', verdict: 'not_in_report' }],
	},
	{
		message: 'the second poorest country in the Western Hemisphere is Haiti',
		expect: [{ span: 'second poorest', verdict: 'differs' }],
	},
	{
		message: 'Haiti is only the second-poorest country in the Western Hemisphere tbh',
		expect: [{ span: 'second-poorest', verdict: 'differs' }],
	},
	// Named in what was said is not saying it: the speaker is the one credited.
	{
		message: 'it was Ariel Henry who announced coordinated actions to topple the government',
		expect: [{ span: 'Ariel Henry', verdict: 'differs' }],
	},
	{
		message: 'Ariel Henry announced coordinated actions to topple the government',
		expect: [{ span: 'Henry', verdict: 'differs' }],
	},
	{ message: 'Barbecue warned attacks will escalate', expect: [{ span: 'Barbecue', verdict: 'matches' }] },
	// The order of two events, held against the order the report gives them; never confirmed unread.
	{
		message: 'the gangs went for the prison first, and the port attack came after',
		expect: [
			{ span: 'prison first', verdict: 'differs' },
			{ span: 'port attack came after', verdict: 'differs' },
		],
	},
	{
		message: 'the port attack only happened after the prison siege btw',
		expect: [{ span: 'after', verdict: 'differs' }],
	},
	{ message: 'the prison attack came after the port attack', expect: [{ span: 'after', verdict: 'matches' }] },
	{ message: 'the port attack came first, then the prison siege', expect: [{ span: 'first', verdict: 'matches' }] },
	// A time without a date ("the day before") is no word of what was done, and orders nothing by itself.
	{
		message: 'gunmen tried to take over the main port the day before, so containers aint loading',
		expect: [{ span: 'take over the main port', verdict: 'matches' }],
	},
	{ message: 'gunmen seized the main port the day before', expect: [{ span: 'seized', verdict: 'differs' }] },
	{ message: 'gunmen seized the port, then attacked the prison', expect: [{ span: 'seized', verdict: 'differs' }] },
	// An offer, a threat or a plan however it is conjugated or spelled.
	{ message: 'gangs threatenin to attack more police stations', expect: [{ span: 'threatenin', verdict: 'matches' }] },
	{
		message: 'gangs are threatening to attack more police stations',
		expect: [{ span: 'threatening', verdict: 'matches' }],
	},
	{ message: 'Henry was spose to leave Feb 7 but he still there', expect: [{ span: 'Feb 7', verdict: 'matches' }] },
	// A denial typed without its apostrophe.
	{ message: 'Barbecue tellin ppl dont send ur kids to skool', expect: [{ span: 'dont send', verdict: 'matches' }] },
	{ message: 'Barbecue told people to send their kids to school', expect: [{ span: 'to send', verdict: 'differs' }] },
	{ message: 'gangs took over the main port', expect: [{ span: 'took over', verdict: 'differs' }] },
	{ message: 'gunmen tried to take over the main port', expect: [{ span: 'tried', verdict: 'matches' }] },
	{ message: 'gang yo pran pò a', expect: [{ span: 'pran', verdict: 'differs' }] },
	// What a place is built for or can hold is its capacity, whatever noun follows the number.
	{ message: 'the prison was built for 700 inmates', expect: [{ span: '700', verdict: 'matches' }] },
	{ message: 'the prison can hold 3,687 inmates', expect: [{ span: '3,687', verdict: 'differs' }] },
	{ message: 'le Pénitencier peut accueillir 3 687 détenus', expect: [{ span: '3 687', verdict: 'differs' }] },
	// A deed the report tells, credited in a cleft to a title whose holder did not do it.
	{
		message: 'it was the prime minister who announced coordinated actions to topple the government',
		expect: [{ span: 'announced', verdict: 'differs' }],
	},
	// A change by a factor is that factor, whichever way it is written.
	{ message: 'homicides went up five-fold in 2023 per the UN', expect: [{ span: 'five-fold', verdict: 'differs' }] },
	{ message: 'murders rose 2x in 2023', expect: [{ span: '2x', verdict: 'matches' }] },
	// A description ends where a relative clause or a participle and its agent begin, in Creole as in English.
	{
		message: 'Barbecue se yon ansyen sòlda ki sanksyone pa ONU ak Etazini',
		expect: [{ span: 'ansyen sòlda', verdict: 'differs' }],
	},
	// French says "samedi soir" for Saturday night; "happened" is no word the report could lack.
	{
		message: "l'attaque contre la prison a eu lieu samedi soir",
		expect: [{ span: 'samedi soir', verdict: 'matches' }],
	},
	{
		message: 'the attack on the prison happened saturday night',
		expect: [{ span: 'saturday night', verdict: 'matches' }],
	},
	{
		message: 'the attack on the prison happened saturday morning',
		expect: [{ span: 'saturday morning', verdict: 'differs' }],
	},
	// What RNDDH counted in the one prison the message speaks of, a month after it being when.
	{ message: 'RNDDH counted 3687 in February', expect: [{ span: '3687', verdict: 'matches' }] },
	// A description that gives one of the data's names for the same one; a name that only qualifies a noun.
	{ message: 'RNDDH se yon gwoup dwa moun ayisyen', expect: [{ span: 'gwoup dwa moun', verdict: 'matches' }] },
	{ message: 'RNDDH is a UN body that counts inmates', expect: [{ span: 'UN body', verdict: 'differs' }] },
	// A place the report does not name; a description the report only points to.
	{
		message: 'Moise was killed at his home in Pétion-Ville',
		expect: [{ span: 'Pétion-Ville', verdict: 'not_in_report' }],
	},
	{
		message: 'Barbecue is the boss of the gang alliance',
		expect: [{ span: 'gang alliance', verdict: 'not_in_report' }],
	},
	// Descriptions in French and Creole.
	{ message: 'Barbecue est un ancien soldat', expect: [{ span: 'ancien soldat', verdict: 'differs' }] },
	{ message: 'Barbecue se yon ansyen polis', expect: [{ span: 'ansyen polis', verdict: 'matches' }] },
	// A prefix that reverses the report's word; a date that opens the sentence.
	{ message: 'Sergier warned that attacks will de-escalate', expect: [{ span: 'de-escalate', verdict: 'differs' }] },
	// The report's "loading and unloading" has both: "unloading" reverses nothing in a message that says "loading".
	{
		message: 'gunmen tried to take over the main port and disrupted container loading',
		expect: [{ span: 'disrupted container loading', verdict: 'matches' }],
	},
	// Volunteering to lead is offering to lead, not leading.
	{
		message: 'Kenya volunteered to head the international force',
		expect: [{ span: 'volunteered to head', verdict: 'matches' }],
	},
	// A count after a comma counts what the clause before it tells: the released, not the population.
	{
		message: 'Gazette Haiti reported a large number were released, around 3,700 people',
		expect: [{ span: '3,700', verdict: 'not_in_report' }],
	},
	// A multiple said the long way: "N times as many people as it was designed for".
	{
		message: 'that jail was holding over five times as many people as it was designed for',
		expect: [{ span: 'over five times', verdict: 'matches' }],
	},
	{
		message: 'the prison held three times as many inmates as it was built for',
		expect: [{ span: 'three times', verdict: 'differs' }],
	},
	// A calendar date against words that give none ("the day before Friday") is neither confirmed nor contradicted.
	{ message: 'the port attack happened on February 29', expect: [{ span: 'February 29', verdict: 'not_in_report' }] },
	{ message: 'Henry was supposed to leave on February 8', expect: [{ span: 'February 8', verdict: 'differs' }] },
	{ message: 'In 2017, RNDDH warned of overcrowding', expect: [{ span: 'In 2017', verdict: 'matches' }] },
	// A count is not how many more there were than places, and a date next to a count is the count's.
	{ message: 'RNDDH says 2,987 prisoners were held there', expect: [{ span: '2,987', verdict: 'differs' }] },
	{
		message: 'the prison held 3,687 inmates in Feb 2023',
		expect: [{ span: 'Feb 2023', verdict: 'matches' }],
	},
	// "Room for", "people inside": the measure said around the number.
	{
		message: 'the Pénitencier National has room for 700 and RNDDH counted 3,687 people inside',
		expect: [
			{ span: '700', verdict: 'matches' },
			{ span: '3,687', verdict: 'matches' },
		],
	},
	// Two names said to be one; a description and what it goes on to say, each judged.
	{
		message: 'Barbecue, aka Jimmy Sergier, warned residents',
		expect: [{ span: 'Barbecue, aka Jimmy Sergier', verdict: 'matches' }],
	},
	{
		message: 'Sergier is a former policeman sanctioned by the U.N. and Canada',
		expect: [
			{ span: 'is a former policeman', verdict: 'matches' },
			{ span: 'Canada', verdict: 'differs' },
		],
	},
	// Where the report puts what it names.
	{ message: 'the Pénitencier National is located in Jacmel', expect: [{ span: 'Jacmel', verdict: 'differs' }] },
	{
		message: 'the Pénitencier National is in Port-au-Prince',
		expect: [{ span: 'Port-au-Prince', verdict: 'matches' }],
	},
	// A plan the message says was not carried out agrees with the report.
	{ message: 'Henry remained in office past February 7', expect: [{ span: 'February 7', verdict: 'matches' }] },
	// A date given as a start is held against the date the report gives as one.
	{ message: 'Ariel Henry has held power since 2023', expect: [{ span: 'since 2023', verdict: 'differs' }] },
	{ message: 'Henry is in power since 2021', expect: [{ span: 'since 2021', verdict: 'matches' }] },
	// What a place holds is not its capacity, whatever number the capacity is.
	{
		message: 'the prison was meant for 3,687 people but it holds 700',
		expect: [{ span: '700', verdict: 'differs' }],
	},
	// A rounded number matches the report's rounded the same way, and only then.
	{ message: 'RNDDH counted around 3,700 inmates', expect: [{ span: '3,700', verdict: 'matches' }] },
	{ message: 'RNDDH counted around 3,600 inmates', expect: [{ span: '3,600', verdict: 'differs' }] },
	{ message: 'the pen held roughly 3.7k prisoners', expect: [{ span: '3.7k', verdict: 'matches' }] },
	// A wrong source does not make the figure wrong, and a right one is credited in French and Creole too.
	{
		message: 'per Reuters, 3,687 inmates were in the prison',
		expect: [
			{ span: 'Reuters', verdict: 'differs' },
			{ span: '3,687', verdict: 'matches' },
		],
	},
	{ message: 'Prizon an te gen 3687 prizonye, dapre RNDDH', expect: [{ span: 'RNDDH', verdict: 'matches' }] },
	{ message: "3 687 détenus pour 700 places, d'après le RNDDH", expect: [{ span: 'RNDDH', verdict: 'matches' }] },
	// A date the report gives to a plan that did not happen confirms no claim that it happened.
	{
		message: 'Ariel Henry left office on February 7 as agreed',
		expect: [{ span: 'February 7', verdict: 'differs' }],
	},
	{
		message: 'Henry devait quitter le pouvoir le 7 février',
		expect: [{ span: '7 février', verdict: 'matches' }],
	},
	// A part of the day is part of the date.
	{
		message: 'the armed groups hit the penitentiary on Saturday afternoon',
		expect: [{ span: 'Saturday afternoon', verdict: 'differs' }],
	},
	// Exclusivity and denial around a credited name.
	{
		message: 'only the United States put sanctions on Barbecue',
		expect: [{ span: 'only the United States', verdict: 'differs' }],
	},
	{
		message: 'Jimmy Sergier was sanctioned by the US and not by the UN',
		expect: [{ span: 'not by the UN', verdict: 'differs' }],
	},
	{
		message: 'Barbecue got sanctioned by the US, but the U.N. did not sanction him',
		expect: [{ span: 'U\\.N\\. did not', verdict: 'differs' }],
	},
	// Clefts credit the name in focus with the rest.
	{
		message: 'it was Reuters that said the guards abandoned the prison',
		expect: [{ span: 'Reuters', verdict: 'differs' }],
	},
	{
		message: 'Gazette Haiti is the one who said guards walked away',
		expect: [{ span: 'Gazette', verdict: 'differs' }],
	},
	{
		message: 'it was Jimmy Sergier who warned families not to send children to school',
		expect: [{ span: 'Jimmy Sergier', verdict: 'matches' }],
	},
	// Titles, before a name or in a description.
	{ message: 'President Henry still has not left office', expect: [{ span: 'President Henry', verdict: 'differs' }] },
	{
		message: 'Prime Minister Moise was killed in 2021',
		expect: [{ span: 'Prime Minister Moise', verdict: 'differs' }],
	},
	{ message: 'Ariel Henry is Haiti’s president', expect: [{ span: 'president', verdict: 'differs' }] },
	{
		message: 'Henry is the prime minister of Kenya',
		expect: [{ span: 'prime minister of Kenya', verdict: 'differs' }],
	},
	// "used to be" describes, as "is" does.
	{ message: 'Sergier used to be a cop', expect: [{ span: 'a cop', verdict: 'matches' }] },
	{ message: 'Ariel Henry used to be the president', expect: [{ span: 'the president', verdict: 'differs' }] },
	// A possessed part the report never speaks of.
	{
		message: "America's senate voted to fund the mission",
		expect: [{ span: "America's senate", verdict: 'not_in_report' }],
	},
	// A date judged by the words that date it.
	{
		message: 'Henry came to power in 2023 after the December 2022 deal',
		expect: [
			{ span: 'power in 2023', verdict: 'differs' },
			{ span: 'December 2022', verdict: 'matches' },
		],
	},
	// The whole where the report says a part.
	{
		message: 'gangs have taken the entire country of Haiti',
		expect: [{ span: 'entire country of Haiti', verdict: 'differs' }],
	},
	{ message: 'gangs now control the whole of Haiti', expect: [{ span: 'whole of Haiti', verdict: 'differs' }] },
	// What a clause says was done or said: every content word accounted for, same polarity and quantity.
	{
		message: 'Sergier warned residents to keep their children out of school to avoid collateral damage',
		expect: [{ span: 'collateral damage', verdict: 'matches' }],
	},
	{
		message: 'the police unions called for urgent reinforcements after gang attacks',
		expect: [{ span: 'urgent reinforcements', verdict: 'matches' }],
	},
	{
		message: 'Reuters says every prisoner tried to escape en masse',
		expect: [{ span: 'escape en masse', verdict: 'differs' }],
	},
	{ message: 'the government commented on the developments', expect: [{ span: 'commented', verdict: 'differs' }] },
	{
		message: 'Henry stayed on but held free and fair elections',
		expect: [{ span: 'elections', verdict: 'not_in_report' }],
	},
	// A name the report lacks beside the one it credits is a detail it does not give.
	{
		message: 'Kenyan leader Samuel Mwangi offered to lead the force',
		expect: [{ span: 'Samuel Mwangi', verdict: 'not_in_report' }],
	},
	// Changes in French, Creole and percent; ratios; durations between dated events.
	{ message: 'selon l’ONU les homicides ont quadruplé en 2023', expect: [{ span: 'quadruplé', verdict: 'differs' }] },
	{ message: 'homicides went up by 30% in 2023', expect: [{ span: 'up by 30%', verdict: 'differs' }] },
	// A bound holds against the figure; a count of what was done is not a count of the same noun held.
	{ message: 'the prison had more than 3,000 inmates', expect: [{ span: 'more than 3,000', verdict: 'matches' }] },
	{ message: 'the prison had under 3,000 inmates', expect: [{ span: 'under 3,000', verdict: 'differs' }] },
	{ message: 'prison nan gen plis pase 3 000 prizonye', expect: [{ span: 'plis pase 3 000', verdict: 'matches' }] },
	{ message: 'like 4,000 inmates escaped from the pen', expect: [{ span: '4,000', verdict: 'not_in_report' }] },
	{ message: 'the pen was over 5x capacity', expect: [{ span: '5x capacity', verdict: 'matches' }] },
	// A compound noun counts its head; a date for what the report says remains unclear.
	{
		message: 'two police unions asked for reinforcements',
		expect: [{ span: 'two police unions', verdict: 'matches' }],
	},
	{ message: 'the deployment starts in April', expect: [{ span: 'in April', verdict: 'not_in_report' }] },
	// What is said besides the names must be the fact's in a word of its own, not only through related words.
	{
		message: 'the gangs set the Pénitencier National on fire',
		expect: [{ span: 'on fire', verdict: 'not_in_report' }],
	},
	// Multiples in French and Creole.
	{
		message: 'la prison était remplie à plus de cinq fois sa capacité',
		expect: [{ span: 'cinq fois sa capacité', verdict: 'matches' }],
	},
	{ message: 'prizon an te plen plis pase senk fwa kapasite li', expect: [{ span: 'senk fwa', verdict: 'matches' }] },
	// No name inside a hyphenated one.
	{ message: 'the Pénitencier National is in Cap-Haïtien', expect: [{ span: 'Cap-Haïtien', verdict: 'differs' }] },
	// A precise rise the report's "more than doubled" allows but does not give is not confirmed.
	{ message: 'homicides rose 150% in 2023', expect: [{ span: 'rose 150%', verdict: 'not_in_report' }] },
	{ message: 'homicides more than doubled in 2023', expect: [{ span: 'more than doubled', verdict: 'matches' }] },
	{ message: 'the prison held nearly six times its capacity', expect: [{ span: 'six times', verdict: 'matches' }] },
	{ message: 'the prison held three times its capacity', expect: [{ span: 'three times', verdict: 'differs' }] },
	// Chat's "n" for "and" ends a clause; names typed in lowercase are names.
	{
		message: 'yo the pen was built for 700 ppl n rnddh said 3687 were inside in feb 2023',
		expect: [
			{ span: '700 ppl', verdict: 'matches' },
			{ span: '3687', verdict: 'matches' },
		],
	},
	{
		message: 'barbecue used to be a cop fr fr',
		expect: [{ span: 'used to be a cop', verdict: 'matches' }],
	},
	{ message: 'we had a barbecue last night', expect: [] },
	// A description is held against what the report says of the one described, not against another fact
	// it shares only a related word with.
	{
		message: 'Jimmy Sergier is a former soldier',
		expect: [{ span: 'is a former soldier', verdict: 'differs' }],
	},
	{
		message: 'the deal was signed some 17 months after Moise was assassinated',
		expect: [{ span: '17 months after', verdict: 'matches' }],
	},
	{
		message: 'the deal was signed a year after Moise was assassinated',
		expect: [{ span: 'a year after', verdict: 'differs' }],
	},
	{
		message: 'RNDDH raised the alarm about overcrowding two years before the February 2023 count',
		expect: [{ span: 'two years before', verdict: 'differs' }],
	},
	// Numbers: what they count, in any language; another year's count is not the report's.
	{
		message: 'capacity was 900 places, yet 3,687 inmates were inside',
		expect: [
			{ span: '900', verdict: 'differs' },
			{ span: '3,687', verdict: 'matches' },
		],
	},
	{
		message: 'there were 2,900 inmates in the prison back in 2019',
		expect: [{ span: '2,900', verdict: 'not_in_report' }],
	},
	// French and Creole dates: "last" after the month, Creole months, and the words a date goes with past "le", "a".
	{
		message: 'feu vert du Conseil de sécurité en octobre dernier',
		expect: [{ span: 'octobre dernier', verdict: 'matches' }],
	},
	{ message: 'Henry te sipoze remèt pouvwa a 7 mas', expect: [{ span: '7 mas', verdict: 'differs' }] },
	{
		message: 'Henry te dwe kite pouvwa a 7 fevriye dapre yon akò ki te siyen an desanm 2022',
		expect: [
			{ span: '7 fevriye', verdict: 'matches' },
			{ span: 'desanm 2022', verdict: 'matches' },
		],
	},
	{
		message: 'Henry devait remettre le pouvoir le 7 février selon un accord signé en décembre 2022',
		expect: [
			{ span: '7 février', verdict: 'matches' },
			{ span: 'décembre 2022', verdict: 'matches' },
		],
	},
	// A count of one thing is no count of another the quote names nearby; a date of a deed the data has no word for
	// contradicts nothing.
	{ message: 'there were over 2,000 murders in Haiti in 2023', expect: [{ span: '2,000', verdict: 'not_in_report' }] },
	{
		message: 'fun fact the Pénitencier National opened in 1911 lol',
		expect: [{ span: '1911', verdict: 'not_in_report' }],
	},
	// Dates as chat writes them: day first with slashes, a year of two digits, "on the 7th of Feb".
	{ message: 'Moise was killed on 3/12/2021', expect: [{ span: '3/12/2021', verdict: 'differs' }] },
	{
		message: "Henri was meant to leave on the 7th of Feb per a Dec '22 agreement but he's still there lol",
		expect: [
			{ span: '7th of Feb', verdict: 'matches' },
			{ span: "Dec '22", verdict: 'matches' },
		],
	},
	// A prison typed in lowercase put in another city; a city's people are no prison's count.
	{ message: "haiti's largest prison is in Cap-Haitien btw", expect: [{ span: 'Cap-Haitien', verdict: 'differs' }] },
	{
		message: 'Port-au-Prince has 3 million people living in it',
		expect: [{ span: '3 million', verdict: 'not_in_report' }],
	},
	// Done, in a verb close to one the report tells only as attempted.
	{ message: 'gunmen seized the main port', expect: [{ span: 'seized the main port', verdict: 'differs' }] },
	// Never confirmed through a word the report has as it is elsewhere, nor as a fight among themselves.
	{ message: 'there was a gun battle at the port', expect: [{ span: 'gun battle', verdict: 'not_in_report' }] },
	{
		message: 'the gangs were fighting each other at the prison',
		expect: [{ span: 'fighting each other', verdict: 'not_in_report' }],
	},
	{ message: 'gangs fought the police at the prison', expect: [{ span: 'fought the police', verdict: 'matches' }] },
	// A description set beside a name, up to what was done to the one described.
	{
		message: 'Barbecue is Jimmy Sergier, an ex-cop sanctioned by the UN and the EU',
		expect: [
			{ span: 'ex-cop', verdict: 'matches' },
			{ span: 'the EU', verdict: 'differs' },
		],
	},
	{
		message: "Barbecue, un ancien militaire sanctionné par l'ONU et les États-Unis",
		expect: [{ span: 'ancien militaire', verdict: 'differs' }],
	},
	// A name next to a date says whose deed it may be, not which; becoming something dates its start.
	{ message: 'gangs attacked the Pénitencier on Friday night', expect: [{ span: 'Friday night', verdict: 'differs' }] },
	{ message: 'Henry became prime minister in 2024', expect: [{ span: '2024', verdict: 'differs' }] },
	// One the report says has not spoken, however named: denied too, it matches; said to have spoken, it differs.
	{
		message: 'Haiti is the poorest country in the western hemisphere and the govt hasn’t commented on the prison yet',
		expect: [{ span: 'hasn’t commented', verdict: 'matches' }],
	},
	{ message: 'gouvènman an poko pale', expect: [{ span: 'poko pale', verdict: 'matches' }] },
	{
		message: 'the govt issued a statement condemning the prison attack',
		expect: [{ span: 'issued a statement', verdict: 'differs' }],
	},
	// A change said after the clause that names what changed, compared with the year before: no ratio.
	{
		message: 'UN says Haiti had 4.8k homicides in 2023, more than double the year before',
		expect: [{ span: 'more than double', verdict: 'matches' }],
	},
	// French counts in twenties; a noun hyphened to its number is that number's.
	{
		message: 'RNDDH : trois mille six cent quatre-vingt-sept détenus en février 2023',
		expect: [{ span: 'quatre-vingt-sept', verdict: 'matches' }],
	},
	{
		message: 'three thousand six hundred eighty-seven inmates in a 900-place prison',
		expect: [
			{ span: 'eighty-seven', verdict: 'matches' },
			{ span: '900-place', verdict: 'differs' },
		],
	},
	// Names joined by "and" in any of the three languages are one group, in a cleft too; a stranger in it differs.
	{
		message: 'Barbecue se yon ansyen polisye, Nasyonzini ak Etazini sanksyone l',
		expect: [{ span: 'Nasyonzini ak Etazini', verdict: 'matches' }],
	},
	{
		message: "c'est l'ONU et les États-Unis qui ont sanctionné Barbecue",
		expect: [{ span: "l'ONU et les États-Unis", verdict: 'matches' }],
	},
	{
		message: 'Nasyonzini ak Kanada sanksyone Barbecue',
		expect: [{ span: 'Nasyonzini ak Kanada', verdict: 'differs' }],
	},
	// A source credited with what another said: the name that ranks with it is not the deed's.
	{
		message: "AyiboPost says some inmates didn't wanna run bc of the crossfire",
		expect: [{ span: 'AyiboPost', verdict: 'differs' }],
	},
	// A description ends where "that" (Creole "ke") opens what was done to the one described.
	{
		message: "the penitentiary's nominal capacity exceeded the number of inmates it held",
		expect: [{ span: 'capacity exceeded', verdict: 'differs' }],
	},
	{
		// "Defended" reaches the fact only through the guards' "guarding"; what they did is the report's "abandoned".
		message: 'AyiboPost said the guards defended the prison',
		expect: [
			{ span: 'AyiboPost', verdict: 'not_in_report' },
			{ span: 'defended', verdict: 'not_in_report' },
		],
	},
	{
		message: 'les gardiens ont défendu la prison selon AyiboPost',
		expect: [{ span: 'AyiboPost', verdict: 'not_in_report' }],
	},
	{
		message: 'AyiboPost said the guards abandoned the prison',
		expect: [
			{ span: 'AyiboPost', verdict: 'matches' },
			{ span: 'abandoned', verdict: 'matches' },
		],
	},
	{
		message: 'almost 3000 more inmates than places at the pen in feb 2023',
		expect: [
			{ span: '3000 more inmates', verdict: 'matches' },
			{ span: 'feb 2023', verdict: 'matches' },
		],
	},
	{
		// The count's date is not the siege's.
		message: 'the prison held 3,687 inmates when it was besieged in Feb 2023',
		expect: [
			{ span: '3,687 inmates', verdict: 'matches' },
			{ span: 'besieged in Feb 2023', verdict: 'not_in_report' },
		],
	},
	{
		message: 'Jimmy Sergier is an ex-army officer turned gang boss',
		expect: [{ span: 'ex-army officer', verdict: 'differs' }],
	},
	{
		message: 'Jimmy Sergier is a former cop turned gang boss',
		expect: [{ span: 'former cop', verdict: 'matches' }],
	},
	{
		message: 'The claim that the guards had abandoned their posts was, I believe, first put forward by Gazette Haiti.',
		expect: [{ span: 'Gazette Haiti', verdict: 'differs' }],
	},
	{
		message: "lowkey wild that Haiti's biggest prison only has 700 places",
		expect: [{ span: '700 places', verdict: 'matches' }],
	},
	{
		message: 'the number of inmates exceeded the capacity',
		expect: [{ span: 'inmates exceeded', verdict: 'matches' }],
	},
	{
		message: 'Barbecue se yon ansyen sòlda ke Etazini ak ONU sanksyone',
		expect: [
			{ span: 'ansyen sòlda', verdict: 'differs' },
			{ span: 'Etazini', verdict: 'matches' },
		],
	},
];
const ownRun = runEntry('src/cli/check.ts', ['--json'], { input: `${ownCases.map((c) => c.message).join('\n')}\n` });
const ownChecks = ownRun.stdout
	.trim()
	.split('\n')
	.map((line) => JSON.parse(line) as JsonCheck);

describe('what a message says, judged claim by claim', () => {
	describe.each(ownCases.filter((c) => c.expect.length > 0).map((c) => ({ ...c, i: ownCases.indexOf(c) })))(
		'$message',
		({ expect: expected, i }) => {
			it.each(expected)('“$span” $verdict', ({ span, verdict }) => {
				const claims = ownChecks[i]?.claims ?? [];
				const claim = claims.find((c) => new RegExp(span, 'i').test(c.text));
				// No claim at all tells the user the report does not say.
				expect(claim?.verdict ?? 'not_in_report', JSON.stringify(claims)).toBe(verdict);
			});
		},
	);

	it('never confirms a name that a qualifier, a title or a possessive turns false', () => {
		const confirmed = ownChecks.flatMap((check, i) =>
			check.claims.filter(
				(claim) =>
					claim.verdict === 'matches' &&
					!ownCases[i]?.expect.some((e) => e.verdict === 'matches' && new RegExp(e.span, 'i').test(claim.text)) &&
					/only|not|never|President|Prime|’s|'s|whole|entire/.test(claim.text),
			),
		);
		expect(confirmed).toEqual([]);
	});
});

describe('who a deed is credited to', () => {
	it('judges a deed once when the name’s claim already holds it', async () => {
		const claims = (await realEngine()).claims('Kenya leads');
		expect(claims.map((claim) => [claim.text, claim.verdict])).toEqual([['Kenya leads', 'differs']]);
	});

	it('takes a word for one the fact names, through a synonym of both, as no noun swapped: "the alliance boss"', async () => {
		const engine = await realEngine();
		const said = engine.claims('the alliance boss says they will launch coordinated actions to bring down Henry');
		expect(said.filter((claim) => claim.verdict === 'differs')).toEqual([]);
		expect(engine.claims('gangs threatened to attack more hospitals').map((claim) => claim.verdict)).toContain(
			'differs',
		);
	});

	it('says another is credited only for a deed the fact tells, not one near it in words', async () => {
		const engine = await realEngine();
		// The unions called for reinforcements; nobody in the report sent any.
		expect(engine.claims('the UN is sending people').filter((claim) => claim.verdict === 'differs')).toEqual([]);
		expect(engine.claims('the UN called for reinforcements')[0]?.report).toMatch(
			/credits this to Haitian police unions/,
		);
	});
});

/** The verdict of the claim whose words include `span`, as `/check` gives it. */
const verdictOf = async (message: string, span: string) =>
	(await realEngine()).claims(message).find((claim) => claim.text.includes(span))?.verdict;

describe('a thing the report never speaks of, in French or Kreyòl', () => {
	it('confirms no deed done to a thing named in the English it means, which the report lacks', async () => {
		expect(await verdictOf('des hommes armés ont tenté de prendre l’aéroport', 'aéroport')).toBe('not_in_report');
	});
});

describe('what one party asked for, said to be given by another', () => {
	it('confirms no help given where the report says only that help was asked for', async () => {
		expect(await verdictOf('Mexico is doing a lot to help Haiti', 'help')).not.toBe('matches');
		expect(await verdictOf('Mexico is helping the police', 'helping')).not.toBe('matches');
		expect(await verdictOf('the police unions asked for help', 'asked')).toBe('matches');
	});
});

describe('a date of something the report gives no date for', () => {
	it('holds no date against a dated fact that only shares a word, where the clause speaks most of an undated one', async () => {
		expect(await verdictOf('elections will be held in March 2026', 'March 2026')).toBe('not_in_report');
		// A start the report dates otherwise still differs, whatever else the clause says.
		expect(await verdictOf('a reporter says Henry has been in power since 2020', '2020')).toBe('differs');
	});
});

describe('a date called a date', () => {
	it('holds "the date of February 7" against the date the deal set, not the deal’s own', async () => {
		expect(await verdictOf('Henry hung on past the date of February 7 that the pact had fixed', 'February 7')).toBe(
			'matches',
		);
	});
});

describe('one said to report what another named did', () => {
	it('is held to the source the report credits, whoever did the deed', async () => {
		expect(await verdictOf('Reuters says the HNP walked off and abandoned the prison', 'Reuters')).toBe('differs');
		expect(await verdictOf('AyiboPost reported that the HNP abandoned the prison', 'AyiboPost')).toBe('matches');
	});

	it('is no one’s source where the report tells it in its own voice', async () => {
		expect(await verdictOf('RNDDH says Barbecue was sanctioned by the UN', 'RNDDH')).toBeUndefined();
	});
});

describe('what one was, said with no article', () => {
	it('is held against what the report calls them, in English chat and in Kreyòl', async () => {
		expect(await verdictOf('Sergier was police before', 'police')).toBe('matches');
		expect(await verdictOf('Sergier te polis', 'polis')).toBe('matches');
		expect(await verdictOf('Sergier was soldier before', 'soldier')).toBe('differs');
	});
});

describe('a name given to the group one named leads, by "’s"', () => {
	it('is a name the report never gives it', async () => {
		expect(await verdictOf('Barbecue’s coalition is called Viv Ansanm.', 'Viv Ansanm')).toBe('not_in_report');
	});
});

describe('who is said to have said something, however the sentence puts them', () => {
	it('is the one in focus of a cleft, in English and French', async () => {
		expect(await verdictOf('It was RNDDH who told parents not to send kids to school.', 'RNDDH')).toBe('differs');
		expect(
			await verdictOf(
				'Ce sont les syndicats de police qui ont dit aux parents de garder les enfants à la maison.',
				'syndicats',
			),
		).toBe('differs');
	});

	it('is the one called the outlet that reported it', async () => {
		expect(await verdictOf('AyiboPost is the outlet that reported the guards abandoned the prison', 'AyiboPost')).toBe(
			'matches',
		);
		expect(await verdictOf('Reuters is the outlet reporting that the guards abandoned the prison', 'Reuters')).toBe(
			'differs',
		);
	});

	it('is judged past when the writer read it: "I read this morning that…", "je lis ce matin que…"', async () => {
		expect(await verdictOf('I read this morning that Rwanda offered to lead the force.', 'Rwanda')).toBe('differs');
		expect(await verdictOf('Je lis ce matin que le Rwanda a proposé de diriger la force.', 'Rwanda')).toBe('differs');
	});
});

describe('a date after a verb that only dates what the subject names ("dates back to")', () => {
	it('dates that, not a fact that happens to speak of a date', async () => {
		expect(await verdictOf('RNDDH’s warning about overcrowding and understaffing dates to 2017.', '2017')).toBe(
			'matches',
		);
	});
});

describe('a credit denied in chat’s spelling ("the UN didnt")', () => {
	it('differs where the report credits the one denied', async () => {
		expect(await verdictOf('the US put sanctions on Sergier and the UN didnt', 'the UN didnt')).toBe('differs');
	});
});

describe('a body said to be someone’s, with their title ("the government of President Moïse")', () => {
	it('is held against who the report says leads it, not against the title alone', async () => {
		expect(
			await verdictOf('the gang alliance vowed to bring down the government of President Moïse', 'President Moïse'),
		).toBe('differs');
		expect(
			await verdictOf(
				'the gang alliance vowed to bring down the government of Prime Minister Ariel Henry',
				'Ariel Henry',
			),
		).toBe('matches');
	});
});

describe('a source set aside with "rather than", "instead of", "plutôt que"', () => {
	it('differs where the report credits the one set aside', async () => {
		expect(
			await verdictOf('the 2023 homicide data came from RNDDH rather than from the UN', 'rather than from the UN'),
		).toBe('differs');
		expect(await verdictOf('les données sur les homicides viennent du RNDDH plutôt que de l’ONU', 'ONU')).toBe(
			'differs',
		);
	});
});

describe('a name after "for", "against", "on" (what a deed is for or done to)', () => {
	it('is no one credited with the deed', async () => {
		expect(await verdictOf('the European Union announced funding for the Kenyan-led mission', 'mission')).not.toBe(
			'differs',
		);
	});
});

describe('a light verb before what was done ("slapped sanctions on", "imposed sanctions on")', () => {
	it('credits the deed its object names', async () => {
		expect(await verdictOf('the UN slapped sanctions on Barbecue', 'the UN')).toBe('matches');
		expect(await verdictOf('the UN slapped sanctions on Henry', 'the UN')).not.toBe('matches');
	});
});

describe('whose figure it is, said after a dash ("— it was RNDDH that gave that figure")', () => {
	it('is held against the figure the clause before gives', async () => {
		expect(await verdictOf('homicides more than doubled in 2023 — it was RNDDH who gave that number', 'RNDDH')).toBe(
			'differs',
		);
		expect(await verdictOf('Omisid yo double an 2023 — se RNDDH ki bay chif sa a', 'RNDDH')).toBe('differs');
	});
});

describe('a title before the name of the one who does lead the body named ("the government of President Ariel Henry")', () => {
	it('is still judged as a title', async () => {
		expect(
			await verdictOf('gangs vow to bring down the government of President Ariel Henry', 'President Ariel Henry'),
		).toBe('differs');
	});
});

describe('a clause for what another named one did to the thing named ("…the armed force that the UN approved")', () => {
	it('holds each name to its own deed, whatever words come before the noun', async () => {
		expect(await verdictOf('Ghana offered to lead the international armed force that the UN approved', 'Ghana')).toBe(
			'differs',
		);
	});
});

describe('a passive deed credited to another with an adverb or a contraction ("sanctioned only by", "\'s been sanctioned by")', () => {
	it('is held against those the report credits', async () => {
		expect(await verdictOf('barbecue is sanctioned only by the EU lol', 'EU')).toBe('differs');
		expect(await verdictOf("Barbecue's been sanctioned by Canada", 'Canada')).toBe('differs');
	});
});

describe('an amount in French words after its noun ("un nombre « limité »", "un nombre faible")', () => {
	it('is held against the amount the report gives', async () => {
		expect(await verdictOf('la Gazette Haïti parle d’un nombre « limité » de détenus libérés.', 'limité')).toBe(
			'differs',
		);
		expect(await verdictOf('la Gazette Haïti parle d’un nombre faible de détenus libérés.', 'faible')).toBe('differs');
	});
});

describe('doers joined with chat’s "de" or "di" for "the" ("de UN and de EU")', () => {
	it('are held together against those the report credits', async () => {
		expect(await verdictOf('de UN and de EU both sanction Barbecue fyi', 'EU')).toBe('differs');
	});
});

describe('a deed told of others of a kind ("other prisons were hit"), where the report tells of the one', () => {
	it('is not in the report, in English and French', async () => {
		expect(await verdictOf('other prisons were hit besides the Pénitencier', 'other prisons')).toBe('not_in_report');
		expect(await verdictOf('les gangs ont attaqué d’autres prisons', 'autres prisons')).toBe('not_in_report');
	});

	it('is the report’s where it tells of more of them ("more police stations")', async () => {
		expect(await verdictOf('the gangs threatened to attack other police stations', 'other police stations')).toBe(
			'matches',
		);
	});
});

describe('a bare count in a prison ("3,687 in the pen"), set against another figure with "vs"', () => {
	it('is held against those the prison holds', async () => {
		expect(await verdictOf('RNDDH: 3,687 in the pen vs cap of 700 -> ~5x over', '3,687')).toBe('matches');
		expect(await verdictOf('5,000 in the prison', '5,000')).toBe('differs');
	});
});

describe('a capacity given as "cap", with chat’s "obv" after it', () => {
	it('is held against the capacity', async () => {
		expect(await verdictOf('pen cap 1,200 - way over obv', '1,200')).toBe('differs');
	});
});

describe('a figure bounded by a verb of going beyond ("exceeded 500%")', () => {
	it('is held as a bound, not as the figure itself', async () => {
		expect(await verdictOf('the occupancy rate exceeded 500% in Feb 2023', 'exceeded 500%')).toBe('matches');
		expect(await verdictOf('the prison population exceeded 5,000', '5,000')).toBe('differs');
	});
});

describe('an order between what someone did and an event the report orders', () => {
	it('confirms no order whose other side tells something of its own that names neither event', async () => {
		expect(await verdictOf('Barbecue used to be in the army before he started the gang stuff', 'army')).not.toBe(
			'matches',
		);
		// A side left unsaid is the other event still.
		expect(await verdictOf('the gangs hit the prison, and the port attack came after', 'came after')).toBe('differs');
	});
});

describe('a departure told in the present, where the report says he stayed on', () => {
	it.each([
		['Henry quits', 'quits'],
		['Henry leaves office', 'leaves'],
		['Henry left for Kenya', 'left'],
	])('holds "%s" as what did not happen', async (message, span) => {
		expect(await verdictOf(message, span)).toBe('differs');
	});
});

describe('a passive asked in question order', () => {
	it('holds the deed as done to the one named, not by them ("was Barbecue sanctioned by both the UN and the US")', async () => {
		expect(await verdictOf('was Barbecue sanctioned by both the UN and the US', 'Barbecue sanctioned')).not.toBe(
			'differs',
		);
		expect(await verdictOf('was Barbecue sanctioned by both the UN and the US', 'both the UN and the US')).toBe(
			'matches',
		);
	});
});

describe("a change said to fall short of the report's, or denied", () => {
	it('holds "less than double" and "did not double" against "more than doubled"', async () => {
		expect(await verdictOf('homicides in 2023 rose by less than double', 'less than double')).toBe('differs');
		expect(await verdictOf('homicides less than doubled in 2023', 'less than doubled')).toBe('differs');
		expect(await verdictOf('homicides did not double in 2023', 'double')).toBe('differs');
		expect(await verdictOf("les homicides n'ont pas doublé en 2023", 'doublé')).toBe('differs');
		// (Said as the report says it, or more loosely, it matches still.)
		expect(await verdictOf('homicides in 2023 rose by more than double', 'more than double')).toBe('matches');
		expect(await verdictOf('homicides rose in 2023', 'rose')).toBe('matches');
	});
});

describe('a claim of all of a group where the report says many of it', () => {
	it('holds "all of the alleged perpetrators" against "many of the alleged perpetrators"', async () => {
		expect(
			await verdictOf('all of the alleged perpetrators are held in the Pénitencier National', 'all of the alleged'),
		).toBe('differs');
		expect(
			await verdictOf('many of the alleged perpetrators are held in the Pénitencier National', 'many of the alleged'),
		).toBe('matches');
	});
});

describe('a government the report says has not spoken', () => {
	it("is not another country's government", async () => {
		expect(await verdictOf('Canada’s government has said nothing about the attack', 'said')).not.toBe('matches');
		expect(await verdictOf('the US government commented on the attack', 'commented')).not.toBe('differs');
	});

	it("is said to have spoken in readers' words for it", async () => {
		expect(
			await verdictOf('The Haitian government put out a statement on the prison attack', 'put out a statement'),
		).toBe('differs');
	});
});

describe('a deed the report tells of another fact', () => {
	it('is not matched through a related word of this one', async () => {
		expect(await verdictOf('someone was killed in the port attack', 'killed')).not.toBe('matches');
	});
});

describe('a start of power said in other words', () => {
	it('holds "came into power in 2022" against the year the report says the PM has been in power since', async () => {
		expect(await verdictOf('Henry only came into power in 2022 with that deal', '2022')).toBe('differs');
		expect(await verdictOf('Henry came into power in 2021', '2021')).toBe('matches');
	});
});

describe('a verb the report has only inside an idiom of another deed', () => {
	it('judges the gangs running much of Haiti against their control, not the inmates who "made a break for it"', async () => {
		const [claim] = (await realEngine()).claims('gangs run a lot of Haiti');
		expect(claim?.facts.map((fact) => fact.id)).toEqual(['gangs-control-capital']);
	});
});

describe('a thing the report never speaks of, in the place of another after only an article', () => {
	it('judges no airport running as the capital the gangs run', async () => {
		expect(await verdictOf('the airport in pap is running', 'airport')).toBeUndefined();
		expect(await verdictOf('gunmen tried to take over the main airport', 'airport')).toBe('differs');
	});
});

describe('a deed told as done that a fact told nearly as well says is not yet known', () => {
	it('judges the force already deployed against its unclear deployment, not against its approval', async () => {
		expect(await verdictOf('the international force is already deployed in Haiti', 'deployed')).toBe('differs');
		expect(await verdictOf('the UN approved the force last October', 'October')).toBe('matches');
	});
});

describe('a name that opens a noun before its verb', () => {
	it('credits no deed to "UN agencies" through the news agency a fact names', async () => {
		expect(await verdictOf('UN agencies are still running operations in Haiti', 'UN')).toBeUndefined();
	});
});

describe('a clause that opens on its verb, after a name given another', () => {
	it('describes the one named before, not a body named in what is said of them', async () => {
		const message = 'Jimmy Sergier, aka Barbecue, is a former army officer sanctioned by the U.N. and the U.S.';
		expect(await verdictOf(message, 'former army officer')).toBe('differs');
		expect(await verdictOf(message, 'the U.N. and the U.S.')).toBe('matches');
	});
});

describe('a deed said the other way in a related word', () => {
	it('judges prisoners "eager to break out" against those "reluctant to try to escape"', async () => {
		expect(await verdictOf('Reuters sources said the prisoners were eager to break out en masse', 'eager')).toBe(
			'differs',
		);
		expect(await verdictOf('some prisoners were reluctant to flee', 'reluctant')).toBe('matches');
	});
});

describe('what a message asks its readers to do, and a label before a colon', () => {
	it('judges the warning passed on without the request to share it', async () => {
		expect(
			await verdictOf(
				"Sergier told residents not to send their kids to school to avoid 'collateral damage' 😬 pls share with families",
				'not to send',
			),
		).toBe('matches');
	});

	it('judges what follows a label and its colon as a clause of its own', async () => {
		expect(
			await verdictOf('port update from our freight agent: gunmen tried to take over the main port', 'main port'),
		).toBe('matches');
	});
});

describe('a figure worked out from one source’s figures', () => {
	it('is that source’s too, so its date is not held against the source’s older warning', async () => {
		expect(await verdictOf('the prison was overcrowded in Feb 2023 according to RNDDH', 'Feb 2023')).toBe('matches');
		expect(await verdictOf('the prison was overcrowded in 2017 according to RNDDH', '2017')).toBe('matches');
		expect(await verdictOf('the prison was overcrowded in 2019 according to RNDDH', '2019')).not.toBe('matches');
	});
});

describe('a deed credited to one who did something else', () => {
	it('says the report credits the deed to whoever it says did it, with or without its date', async () => {
		for (const message of [
			'Kenya approved the international force',
			'Kenya approved the international force last October',
		]) {
			const kenya = (await realEngine()).claims(message).find((claim) => claim.text.includes('Kenya'));
			expect(kenya?.verdict).toBe('differs');
			expect(kenya?.report).toMatch(/credits this to UN Security Council/);
		}
		expect(await verdictOf('The UN approved the force last October', 'The UN')).toBe('matches');
	});
});

describe('a name the report lacks, before a noun', () => {
	it('names the thing, crediting it with no deed of another', async () => {
		const claims = (await realEngine()).claims('Toussaint Louverture airport is closed');
		expect(claims.filter((claim) => claim.verdict !== 'not_in_report')).toEqual([]);
	});
});

describe('a word only loosely related to the fact’s own', () => {
	it('confirms nothing: "arrested" is WordNet’s verb "cop", which the fact has only as police officers', async () => {
		const engine = await realEngine();
		expect(
			engine
				.claims('the prison guards were arrested for abandoning their posts')
				.filter((c) => c.verdict === 'matches'),
		).toEqual([]);
		expect(await verdictOf('AyiboPost says the prison guards were arrested', 'AyiboPost')).toBe('not_in_report');
		expect(await verdictOf('the guards deserted the prison', 'deserted')).toBe('matches');
	});
});

describe('"that figure is per …" after a dash', () => {
	it('credits the figure before it, not whatever else the source named gives', async () => {
		const message = '3,687 inmates in February 2023 at the Pénitencier — that figure is per the UN';
		expect(await verdictOf(message, 'per the UN')).toBe('differs');
		expect(await verdictOf(message.replace('the UN', 'RNDDH'), 'per RNDDH')).toBe('matches');
	});
});

describe('one said to be a member of a body', () => {
	it('reads "a member of the police" as what "a policeman" says, and a body the report does not give them as not theirs', async () => {
		expect(await verdictOf('Barbecue was a member of the police', 'member')).toBe('matches');
		expect(await verdictOf('Barbecue is a member of the UN', 'member')).not.toBe('matches');
	});
});
describe('one quoted as saying something', () => {
	it('reads “is being quoted as saying” as “said”, and judges who said it', async () => {
		expect(
			await verdictOf(
				'Gazette Haiti is being quoted as saying inmates were scared to run because of the crossfire',
				'Gazette',
			),
		).toBe('differs');
		expect(await verdictOf('Reuters was cited as saying inmates feared the crossfire', 'Reuters')).toBe('matches');
	});
});
describe('a deed told joined to its doer’s name', () => {
	it('credits “the UN-approved force” to the UN, not to the one the fact is about, nor to one named with it', async () => {
		expect(await verdictOf('the force was approved by Kenya', 'Kenya')).toBe('differs');
		expect(await verdictOf('the US approved the force', 'US')).toBe('differs');
		const [, kenyaLed] = (await realEngine()).claims('the UN approved the Kenya-led force');
		expect(kenyaLed?.verdict).not.toBe('differs');
	});
});
describe('a body the report never names, speaking through its people', () => {
	it('credits what “AP sources said” to AP, and says the report credits it to another', async () => {
		expect(await verdictOf('AP sources said the prisoners were afraid of the crossfire', 'AP')).toBe('differs');
	});
});
describe('a thing put in the place of the one the report names after the same words', () => {
	it('differs where “take over the airport” stands where the report has “take over the main port”', async () => {
		expect(await verdictOf('gunmen tried to take over the airport', 'airport')).toBe('differs');
	});

	it('reads “back in 2020” as a time, not as backing anything', async () => {
		const claims = (await realEngine()).claims('Chérizier was sanctioned by the UN back in 2020');
		expect(claims.find((claim) => claim.text.includes('UN'))?.verdict).toBe('matches');
	});
});
describe('an exclusive claim joined by chat’s “n”', () => {
	it('judges “only di US sanction him” on its own, not as part of the description before it', async () => {
		expect(await verdictOf('jimmy sergier aka barbecue used to be police n only di US sanction him', 'only')).toBe(
			'differs',
		);
	});
});
describe('one said to be the source of two things', () => {
	it('differs where the report credits either thing to another', async () => {
		expect(await verdictOf('the UN is the source for both the homicide trend and the inmate figure', 'source')).toBe(
			'differs',
		);
		expect(await verdictOf('RNDDH is the source for the inmate figure and the capacity', 'source')).toBe('matches');
	});
});
describe('a title given in a cleft', () => {
	it('judges the title said of the name in focus: "se Ariel Henry ki prezidan"', async () => {
		expect(await verdictOf('Se Ariel Henry ki Prezidan peyi a', 'Prezidan')).toBe('differs');
		expect(await verdictOf('Se Ariel Henry ki premye minis la', 'premye minis')).toBe('matches');
	});
});
describe('fear of a deed', () => {
	it('reads "scared to escape" as not escaping, as the report’s "reluctant to try to escape" is', async () => {
		expect(await verdictOf('Reuters sources said some prisoners scared to escape bc of crossfire', 'Reuters')).toBe(
			'matches',
		);
		expect(await verdictOf('Reuters said the prisoners were eager to escape', 'Reuters')).toBe('differs');
	});
});
describe('a plan typed without its ending', () => {
	it('reads "suppose to" as "supposed to", a plan for the date', async () => {
		expect(await verdictOf('Henry suppose to leave Feb 7 under the deal', 'Feb 7')).toBe('matches');
	});
	it('holds a plan said of one the report says only offered against the offer', async () => {
		expect(await verdictOf('kenya suppose to lead dat force', 'kenya')).toBe('differs');
	});
});
describe('wanting a deed against not wanting it', () => {
	it('differs where the message says eager and the report reluctant, however each words the deed', async () => {
		expect(await verdictOf('Reuters sources said the prisoners were eager to flee en masse.', 'eager')).toBe('differs');
		expect(await verdictOf('Reuters said some prisoners were reluctant to escape', 'reluctant')).toBe('matches');
	});
});
describe('a date given as a bound', () => {
	it('holds where the report’s date is on its side of it, and differs where it is not', async () => {
		expect(await verdictOf('RNDDH warned about overcrowding before 2020', 'before 2020')).toBe('matches');
		expect(await verdictOf('RNDDH warned about overcrowding after 2020', 'after 2020')).toBe('differs');
		expect(await verdictOf('Moise was killed before 2021', 'before 2021')).toBe('differs');
		expect(await verdictOf('Moise was killed before the end of 2021', 'end of 2021')).toBe('matches');
	});
});
describe('a clause’s hedges, a date a count was made, and a name set in the place of the report’s', () => {
	it('dates a count "made in" or "dating from" a month as the count, whatever the hedge between', async () => {
		expect(await verdictOf('The RNDDH count of 3,687 inmates was made in February 2022.', 'February 2022')).toBe(
			'differs',
		);
		expect(await verdictOf('The RNDDH count of 3,687 inmates dates from February 2023.', 'February 2023')).toBe(
			'matches',
		);
		expect(await verdictOf('the siege apparently began on Sunday night', 'Sunday night')).toBe('differs');
	});
	it('reads "so far as I can tell" between commas as the writer’s hedge', async () => {
		expect(
			await verdictOf(
				'The government, so far as I can tell, issued a lengthy statement condemning the attack.',
				'lengthy statement',
			),
		).toBe('differs');
	});
	it('holds a name set right after the words the report names a group by against the group’s own name', async () => {
		expect(
			await verdictOf('It was the Haitian human rights group CARDH that reported the 3,687 figure.', 'CARDH'),
		).toBe('differs');
		// (Not where the report leaves the group unnamed: the name is a detail it does not give.)
		expect(await verdictOf('the police unions SPNH and UNPOH called for help', 'SPNH')).toBe('not_in_report');
	});
	it('differs where what is said to have gone on was, in the report, who they were before they left', async () => {
		expect(await verdictOf('police were still guarding the prison', 'still guarding')).toBe('differs');
		expect(await verdictOf('police officers guarding the prison abandoned it', 'abandoned')).toBe('matches');
	});
});
describe('a member of a body as one of its officers', () => {
	it('matches "a former member of the police" against "former policeman", and not the army', async () => {
		expect(await verdictOf('Barbecue is a former member of the police', 'member of the police')).toBe('matches');
		expect(await verdictOf('Barbecue is a former member of the army', 'member of the army')).toBe('differs');
	});
});
describe('a deed dated by the verb after its subject, and the writer’s own telling', () => {
	it('dates "the siege of the prison began on…" as the siege', async () => {
		expect(await verdictOf('The siege of the prison started on Saturday night.', 'Saturday night')).toBe('matches');
		expect(await verdictOf('The siege of the prison began on Sunday night.', 'Sunday night')).toBe('differs');
		// (What only deepened after a year did not begin then.)
		expect(await verdictOf('the crisis began in 2021', '2021')).not.toBe('matches');
	});
	it('checks what the writer told others, after "I explained to my pupils that…"', async () => {
		expect(
			await verdictOf(
				'I explained to my pupils that the Pénitencier National was conceived for 700 places only.',
				'700',
			),
		).toBe('matches');
	});
});
describe('chat’s spellings of "according to"', () => {
	it('credits a source after "accordin to" as after "according to"', async () => {
		expect(await verdictOf('homicides tripled in 2023 accordin to the UN', 'accordin to the UN')).toBe('matches');
	});
});
describe('a message typed all in capitals', () => {
	it('is checked as written in small letters, each claim still the span as typed', async () => {
		expect(await verdictOf('THE PRISON HELD 700 INMATES', '700')).toBe('differs');
		expect(await verdictOf('KENYA OFFERED TO LEAD THE FORCE AND THE UN APPROVED IT', 'KENYA')).toBe('matches');
	});
});

describe('one named as the doer in the fact’s own compound ("the UN-approved force")', () => {
	it('is not credited with another’s deed', async () => {
		expect(await verdictOf('Kenya offered to lead the force and the UN approved it', 'the UN')).not.toBe('differs');
		expect(await verdictOf('the force was approved by Kenya', 'Kenya')).toBe('differs');
	});
});

describe('a sentence of chat begun in small letters after a full stop', () => {
	it('is a sentence of its own, its names judged by its own words', async () => {
		expect(await verdictOf('Kenya offered to lead the force. the UN approved it.', 'Kenya')).toBe('matches');
		expect(
			await verdictOf(
				'homicides doubled in 2023 according to RNDDH. the 3,687 number comes from the UN right?',
				'according to RNDDH',
			),
		).toBe('differs');
	});
});

describe('a name and the deed right after it, confirmed by one fact', () => {
	it('are one claim, as the writer made it', async () => {
		const [first] = (await realEngine()).claims(
			'Kenya offered to lead the intl force and the US is paying $200 million for it',
		);
		expect(first).toMatchObject({ text: 'Kenya offered to lead the intl force', verdict: 'matches' });
	});
});

describe('the government in Creole spelt without its accent', () => {
	it('is the government, whose silence the report tells', async () => {
		expect(await verdictOf('gouvnman an fè yon deklarasyon sou atak la deja', 'deklarasyon')).toBe('differs');
	});
});

describe('a noun whose verb has an opposite in the fact ("jail" and "escaping")', () => {
	it('is not read as saying the opposite, while adjectives still are', async () => {
		expect(await verdictOf('it is haiti’s biggest jail', 'jail')).not.toBe('differs');
		expect(await verdictOf('Haiti is a wealthy country', 'wealthy')).toBe('differs');
	});
});

describe('a deed only a noun of the fact is related to ("closed" and "union")', () => {
	it('credits the fact to no rival', async () => {
		expect(await verdictOf('MSF closed its facilities in Port-au-Prince', 'MSF')).not.toBe('differs');
		expect(await verdictOf('the US approved the force', 'the US')).toBe('differs');
	});
});

describe('a clause every word of which one fact tells', () => {
	it('is one claim, its numbers and names with it', async () => {
		const [first] = (await realEngine()).claims(
			'Dès 2017, le RNDDH alertait déjà sur la surpopulation carcérale et l’insuffisance de personnel au Pénitencier.',
		);
		expect(first).toMatchObject({ verdict: 'matches' });
		expect(first?.text).toMatch(/^Dès 2017, le RNDDH alertait.*au Pénitencier$/);
	});

	it('is not one claim where it says more than the fact', async () => {
		expect(
			await verdictOf(
				'En 2017, le RNDDH avertissait déjà pour la surpopulation pis les épidémies de choléra',
				'choléra',
			),
		).toBeUndefined();
	});
});

describe('a line of a message', () => {
	it('ends its sentence, and a quoted line ends where the reply joined to it begins', async () => {
		const lines = '> homicides doubled in 2023 according to RNDDH\nand the 3,687 number comes from the UN right?';
		expect(await verdictOf(lines, 'according to RNDDH')).toBe('differs');
		const joined =
			'> <@7384920165> homicides doubled in 2023 according to RNDDH <@7384920165> and the 3,687 number comes from the UN right?';
		expect(await verdictOf(joined, 'according to RNDDH')).toBe('differs');
	});
});

describe('a people’s adjective said of someone', () => {
	it('is where they are from, held against how the report describes them, not a name of the country', async () => {
		expect(await verdictOf('RNDDH is haitian', 'haitian')).toBe('matches');
		expect(await verdictOf('RNDDH is kenyan', 'kenyan')).toBe('differs');
		expect(await verdictOf('Sergier is haitian', 'haitian')).toBe('not_in_report');
	});
});

describe('only one, said after the name in a cleft', () => {
	it('differs where the report names others too: "se ONU sèlman ki sanksyone l"', async () => {
		expect(await verdictOf('se ONU sèlman ki sanksyone l', 'ONU')).toBe('differs');
		expect(await verdictOf('Barbecue se ansyen polisye men ONU sèlman ki te sanksyone l', 'ONU')).toBe('differs');
		expect(await verdictOf('Barbecue se ansyen polisye men se ONU sèlman ki sanksyone l', 'ONU')).not.toBe('matches');
	});
	it('ends a sentence at a dot after a short word of English: "an ex cop. it’s only the UN…"', async () => {
		const message = 'Barbecue is an ex cop. it’s only the UN that sanctioned him';
		expect(await verdictOf(message, 'only the UN')).toBe('differs');
		expect(await verdictOf('the prison held approx. 3,700 inmates', '3,700')).toBe('differs');
	});
});

describe('a prison named by a place the report never mentions', () => {
	it('is another prison: nothing the report says of its own is confirmed of it', async () => {
		expect(await verdictOf('Epi prizon Okay la tou te atake yè swa, mezanmi!', 'prizon Okay')).toBe('not_in_report');
		expect(await verdictOf('Penitansye Nasyonal la te atake samdi swa', 'samdi swa')).toBe('matches');
	});
});

describe('a writer’s hedge around what they state', () => {
	it('states nothing of its own, and a clause that goes on with where the thing named is, places it', async () => {
		expect(
			await verdictOf(
				'Mr Henry was, so I understand, to have handed over on 7 February, under an accord concluded in November 2022.',
				'7 February',
			),
		).toBe('matches');
		expect(
			await verdictOf('The prison under siege, the Pénitencier National, is in Cap-Haïtien, I believe.', 'Cap-Ha'),
		).toBe('differs');
		expect(
			await verdictOf(
				'The UN figures, if I read them aright, show homicides having risen by roughly half in 2023.',
				'half',
			),
		).toBe('differs');
	});
});

describe('a message opened by a label, and a title before a name the report never mentions', () => {
	it('reads the date after the label as the deed’s, and holds the title against the one the report gives it to', async () => {
		expect(
			await verdictOf(
				'Bon, je résume pour les collègues : vendredi soir, des bandes armées ont assiégé le Pénitencier National à Port-au-Prince.',
				'vendredi soir',
			),
		).toBe('differs');
		const message = 'Prime Minister Claude Joseph refused to give up power on February 7.';
		expect(await verdictOf(message, 'Claude Joseph')).toBe('differs');
		expect(await verdictOf(message, 'February 7')).toBe('differs');
	});
});

describe('only a few of a group, said against a fact that gives no amount', () => {
	it('is not confirmed: the report does not say how many', async () => {
		expect(
			await verdictOf('Relax, les gangs contrôlent juste quelques quartiers de la capitale, rien de plus', 'quartiers'),
		).not.toBe('matches');
	});
});

describe('a name the report lacks, beside the deed of one it knows', () => {
	it('confirms no deed credited as well to a body the report never names', async () => {
		expect(
			await verdictOf('Mr Sergier is also subject to EU sanctions.', 'Mr Sergier is also subject to EU sanctions'),
		).toBe('not_in_report');
		expect(await verdictOf('Barbecue, an ex-cop, was sanctioned by the EU', 'Barbecue')).toBeUndefined();
	});
});

describe('an adjective the report gives another noun', () => {
	it('confirms no description whose adjective the report says of something else', async () => {
		expect(await verdictOf('The pen is the main prison in Haiti', 'main prison')).toBe('not_in_report');
		expect(await verdictOf('Jimmy Sergier is a former cop turned gang boss', 'former cop')).toBe('matches');
	});
});

describe('a date given "d’après" an agreement', () => {
	it('reads French "d’après" as according to, and holds the date to the deal’s own', async () => {
		expect(
			await verdictOf(
				"Henry devait rendre le pouvoir le 7 février, d'après un accord conclu en novembre 2022",
				'novembre 2022',
			),
		).toBe('differs');
		expect(await verdictOf('Pami prizonye yo gen anpil nan moun yo akize kòm asasen Moïse', 'asasen')).toBe('matches');
	});
});

describe('a deed credited as well to a name the report lacks', () => {
	it('holds "sanctioned by the EU" to the report’s own doers, and "financée par le Canada" to nothing', async () => {
		expect(await verdictOf('Barbecue was also sanctioned by the EU', 'EU')).toBe('differs');
		expect(await verdictOf('UN data: homicides in Haiti rose about 20% in 2023', 'UN data')).toBe('matches');
	});
});

describe('Creole’s May', () => {
	it('reads "an me pase" as last May, which is not the approval’s month', async () => {
		expect(await verdictOf('UN te apwouve fòs la an me pase sa k pase depi lè a??', 'me pase')).toBe('differs');
	});
});

describe('a name alone between commas', () => {
	it('holds the name to what its sentence tells, unless the sentence credits one the report lacks', async () => {
		expect(
			await verdictOf(
				"AyiboPost, un site d'info haïtien, raconte que les policiers de garde ont laissé tomber la prison",
				'AyiboPost',
			),
		).toBe('matches');
	});
});

describe('a description dated where the report gives no date', () => {
	it('confirms nothing of a time the report does not speak of: "Haiti was the poorest country in 1995"', async () => {
		expect(await verdictOf('Haiti was the poorest country in the Western Hemisphere in 1995', 'poorest')).toBe(
			'not_in_report',
		);
		expect(await verdictOf('Haiti was the poorest country in the Western Hemisphere', 'poorest')).toBe('matches');
	});
});

describe('what the writer has seen said, and what a source is said to have said', () => {
	it('reads past "I have seen it said that", "it is said that", "I have read that" to the deed they tell', async () => {
		for (const message of [
			'I have seen it said that the gunmen successfully seized the main port and now control it entirely.',
			'it is said that the gunmen seized the main port.',
			'I have read that the gunmen seized the main port.',
		])
			expect(await verdictOf(message, 'seized')).toBe('differs');
	});

	it('confirms no source said what holds a figure the report does not give: "reuters say 5000 prisoner run out…"', async () => {
		expect(await verdictOf('reuters say 5000 prisoner run out of the penitensie', 'reuters')).toBe('differs');
		expect(
			await verdictOf('Reuters says some prisoners were reluctant to escape for fear of the crossfire', 'Reuters'),
		).toBe('matches');
	});

	it('reads a factor said by ear or in Kreyòl: "go up tree time", "ogmante twa fwa"', async () => {
		expect(await verdictOf('the omisid go up tree time in 2023 dat is from the UN', 'tree time')).toBe('differs');
		expect(await verdictOf('omisid yo ogmante twa fwa an 2023', 'twa fwa')).toBe('differs');
	});
});

describe('a description through a word the fact has only among its keywords', () => {
	it('confirms no other trade than the report gives: "Barbecue is a former nurse" against "former policeman"', async () => {
		expect(await verdictOf('Barbecue is a former nurse', 'nurse')).toBe('differs');
		expect(await verdictOf('For context: Barbecue (Jimmy Sergier) is a former nurse turned gang leader', 'nurse')).toBe(
			'differs',
		);
		expect(await verdictOf('Barbecue is an ex-cop', 'ex-cop')).toBe('matches');
	});

	it('holds a French source to what it is said to have said, in the report’s English words', async () => {
		expect(await verdictOf('AyiboPost rapporte que les 40 gardiens du Pénitencier l’ont abandonné', 'AyiboPost')).toBe(
			'matches',
		);
	});
});

describe('a deed the report says its one agent did not do', () => {
	it('credits to no one else what the report says was not done: "The CPT reacted to the attack"', async () => {
		expect(await verdictOf('The CPT has reacted to the attack', 'CPT')).toBe('not_in_report');
		expect(await verdictOf('The government commented on the attack', 'commented')).toBe('differs');
	});
});

describe('a date held only against the deed it dates', () => {
	it('holds no other fact’s year against a clause that ends in a blessing', async () => {
		expect(await verdictOf('omisid yo plis pase double an 2023 bondye gade nou', '2023')).not.toBe('differs');
	});

	it('confirms no date said after "was" as if it described who was named', async () => {
		const claims = (await realEngine()).claims('the UNSC vote was October 2');
		expect(claims.filter((claim) => claim.verdict === 'matches' && claim.text.includes('October'))).toEqual([]);
	});

	it('does not say a date differs where the report dates another deed of the one named', async () => {
		// Barbecue's past in the police and his sanctions are told without a date; the gunfire and the clash are dated.
		expect(await verdictOf('Barbecue got kicked out of the police in 2018', '2018')).toBe('not_in_report');
		expect(await verdictOf('the US sanctioned Barbecue back in 2020', '2020')).toBe('not_in_report');
		// A homicide is not Moïse's assassination: the year is the homicide figure's, whoever is credited.
		expect(await verdictOf('homicides doubled in 2023 according to RNDDH', '2023')).toBe('matches');
		// The body named for the one of it the report names still dates its deed.
		expect(await verdictOf('the UN approved the force last October', 'October')).toBe('matches');
	});

	it('holds a date against what the clause speaks of most, not a dated fact it speaks of less', async () => {
		// The escape and the force's lead are told without a date; the warning "this week" and the vow are not them.
		expect(await verdictOf('about 3,000 inmates escaped on saturday night', 'saturday')).toBe('not_in_report');
		expect(await verdictOf('heard the Kenyan force is landing in Haiti in March', 'March')).toBe('not_in_report');
		expect(
			await verdictOf(
				'Barbecue this week told residents not to send kids to school to avoid collateral damage',
				'this week',
			),
		).toBe('matches');
		expect(
			await verdictOf('the Henry handover deal was struck in November 2022 and he’d been in power from 2021', '2021'),
		).toBe('matches');
	});

	it('reads an order word that opens a message as heading the clause of one event', async () => {
		expect(await verdictOf('before the prison attack gunmen tried to take over the main port', 'before')).toBe(
			'matches',
		);
		expect(await verdictOf('after the prison siege gunmen tried to take the port', 'after')).toBe('differs');
		expect(await verdictOf('after the port attack the gangs besieged the prison', 'after')).toBe('matches');
	});

	it('reads "had to" as the plan, which the report dates', async () => {
		expect(await verdictOf('under the deal he had to leave feb 7', 'feb 7')).toBe('matches');
		expect(await verdictOf('Henry stepped down on Feb 7', 'Feb 7')).toBe('differs');
	});
});

describe('a number given as a bound', () => {
	it('confirms a bound near the figure and nothing from a bound far below it', async () => {
		expect(await verdictOf('the prison held more than 3,000 inmates', '3,000')).toBe('matches');
		expect(await verdictOf('the prison held fewer than 3000 inmates', '3000')).toBe('differs');
		// Said of the release the report gives no number for: 3,687 inmates held does not confirm it.
		expect(
			await verdictOf(
				"Gazette Haiti put the 'large number' thing in its digital edition, said it was over 400 inmates",
				'400',
			),
		).toBe('not_in_report');
	});
});

describe('what kind of body an organisation is', () => {
	it('holds every word before the noun against the words the report describes it with', async () => {
		expect(await verdictOf('RNDDH is a Dominican NGO right?', 'Dominican')).toBe('differs');
		expect(await verdictOf('RNDDH is a UN agency', 'agency')).toBe('differs');
		// The report's own "Haitian human rights group RNDDH": a demonym before the noun is no other name.
		expect(await verdictOf('RNDDH is a Haitian NGO', 'NGO')).toBe('matches');
		expect(await verdictOf('RNDDH is a human rights group', 'group')).toBe('matches');
	});
});

describe('a figure given as another measure', () => {
	it('says what the number is the report’s count of, for a moderator to correct', async () => {
		const engine = await realEngine();
		const [places] = engine.claims('the Pénitencier has 3,687 places');
		expect(places).toMatchObject({
			verdict: 'differs',
			report: expect.stringMatching(/3,687 is its count of inmates\.$/),
		});
		const [inmates] = engine.claims('the prison held 1,000 inmates');
		expect(inmates?.report).not.toMatch(/is its count of/);
	});
});

describe('numbers in words', () => {
	it('reads no count in a pronoun "one" or in a word that is a number only before a scale', async () => {
		const { valuesIn } = await import('../src/core/claims/values.js');
		const numbers = (text: string) => valuesIn(text).filter((value) => value.kind === 'number');
		expect(numbers('the jail the gangs hit is the biggest one in Haiti')).toEqual([]);
		expect(numbers('one of several big jails')).toEqual([]);
		expect(numbers('the deal set a date for the handover')).toEqual([]);
		expect(numbers('Penitansye a fèt pou sèt san prizonye').map((value) => value.value)).toEqual([700]);
		expect(numbers('one inmate escaped').map((value) => value.value)).toEqual([1]);
	});
});
