import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../src/core/engine.js';
import { readText } from '../src/core/language/read.js';
import { readFrame } from '../src/core/understand/frame.js';
import { buildQuery } from '../src/core/understand/query.js';
import { answerText, renderPlain } from '../src/render/plain.js';
import { realEngine } from './support/data.js';

const engine = await realEngine();

describe('leaders', () => {
	it('lists every coalition with its leader, saying plainly which leader is inferred', () => {
		const answer = engine.leaders();
		expect(answer.found).toBe(true);
		expect(answer.items.map((item) => item.label)).toEqual([
			'Alliance of criminal organizations',
			'Government of Haiti',
			'International armed force',
		]);
		const [gangs, government, force] = answer.items;
		expect(gangs?.source.basis).toBe('inferred');
		expect(answerText(answer)).toMatch(/does not name the head of the gang alliance outright.*\(inferred\)/);
		expect(answerText(answer)).toMatch(/Inferred, not stated: /);
		expect(government?.text).toMatch(/Prime Minister Ariel Henry/);
		expect(force?.text).toMatch(/Kenya offered to lead/);
	});

	it('backs an inferred leader with the stated facts it rests on', () => {
		const [item] = engine.leaders('gang alliance').items;
		expect(item?.support.map((source) => source.quote).join(' ')).toMatch(/gangland leader Jimmy Sergier/);
		expect(renderPlain(engine.leaders('gangs'))).toMatch(/\[1a\] alliance-vows-to-topple-government/);
	});

	it('resolves a coalition by alias, misspelling or French name', () => {
		for (const name of ['gangs', 'gang coalition', 'international force', 'force internationale', 'goverment']) {
			expect(engine.leaders(name).items).toHaveLength(1);
		}
		expect(engine.leaders('force internationale').items[0]?.text).toMatch(/Kenya/);
	});

	it('says so when no coalition matches, and lists the ones it knows', () => {
		const answer = engine.leaders('the rebels of Mars');
		expect(answer.found).toBe(false);
		expect(answer.heading).toBe('The report names no coalition like “the rebels of Mars”.');
		expect(answer.suggestions.map((s) => s.label)).toEqual([
			'Alliance of criminal organizations',
			'Government of Haiti',
			'International armed force',
		]);
	});
});

describe('prison figures', () => {
	const answer = engine.prisonFigures();
	const text = answerText(answer);

	it('gives capacity, population with its date and source, derived occupancy with its arithmetic, and the unknowns', () => {
		expect(answer.heading).toBe('Pénitencier National: the figures in the report');
		expect(answer.items.map((item) => item.label)).toEqual([
			'Nominal capacity',
			'Inmates',
			'Occupancy',
			'Inmates above capacity',
			'Inmates released by gang members',
		]);
		expect(text).toMatch(/700 places/);
		expect(text).toMatch(/As of February 2023 .* 3,687 inmates, according to .* RNDDH/);
		expect(text).toMatch(/527% .*\(derived\)\n {2}Arithmetic: 3,687 ÷ 700 × 100 = 526\.7/);
		expect(text).toMatch(/2,987 more inmates .*\(derived\)\n {2}Arithmetic: 3,687 − 700 = 2,987/);
		expect(text).toMatch(/not clear how many .* Gazette Haiti .* “large” number/);
	});

	it('sources a derived figure to both figures it is computed from', () => {
		const occupancy = answer.items.find((item) => item.label === 'Occupancy');
		expect(occupancy?.support.map((source) => source.factId)).toEqual(['prison-population', 'prison-capacity']);
	});
});

describe('timeline', () => {
	it('puts every event on one calendar, coarser dates after finer ones in the same period', () => {
		const labels = engine.timeline().items.map((item) => item.label);
		expect(labels).toEqual([
			'2017',
			'July 7, 2021',
			'2021',
			'2021',
			'December 2022',
			'February 2023',
			'Last October (2023, the October before the report’s date)',
			'2023',
			'February 7 (2024, the year from the report’s date)',
			'The day before Friday (Thursday, February 29, 2024, from the report’s date)',
			'Saturday night (March 2, 2024, from the report’s date)',
			'This week (February 26 – March 3, 2024, the week up to the report’s date)',
			'In recent days (February 26 – March 3, 2024, the days up to the report’s date, taken as a week)',
			'This week (February 26 – March 3, 2024, the week up to the report’s date)',
		]);
	});

	it('resolves the report’s relative dates from its publication date, keeping its words and saying how', () => {
		const answer = engine.timeline();
		const text = answerText(answer);
		expect(text).toMatch(/• Saturday night \(March 2, 2024, from the report’s date\) — Armed groups laid siege/);
		expect(text).toMatch(/February 7 \(2024, the year from the report’s date\) — .*hand over power on February 7/);
		expect(answer.notes).toEqual([]);
		// Asked on its own, the resolved date comes with the answer.
		expect(answerText(engine.lookup('prison-siege'))).toMatch(
			/When: Saturday night \(March 2, 2024, from the report’s date\)/,
		);
	});

	it('filters by date range on the same calendar, resolved dates included', () => {
		const answer = engine.timeline({ from: '2021-07', to: '2022' });
		expect(answer.items.map((item) => item.label)).toEqual(['July 7, 2021', '2021', '2021', 'December 2022']);
		expect(answer.notes).toEqual([]);
		expect(engine.timeline({ from: '2024-03-02' }).items.map((item) => item.fact.id)).toEqual([
			'prison-siege',
			'alliance-vows-to-topple-government',
			'capital-violence-worsens',
			'sergier-school-warning',
		]);
	});

	it('filters by topic', () => {
		const answer = engine.timeline({ topic: 'Henry' });
		expect(answer.found).toBe(true);
		expect(answer.items.every((item) => /Henry|Henri/.test(item.text))).toBe(true);
		expect(answer.items.map((item) => item.fact.id)).toContain('handover-deadline');
	});

	it('explains bad dates and empty results instead of guessing', () => {
		expect(engine.timeline({ from: '2021-13' }).heading).toMatch(/^“2021-13” is not a date for “from”: use YYYY/);
		expect(engine.timeline({ from: '2023', to: '2021' }).heading).toBe('“from” (2023) is after “to” (2021).');
		const empty = engine.timeline({ from: '1990', to: '1999' });
		expect(empty.found).toBe(false);
		expect(empty.heading).toBe('The report has no events between 1990 and 1999.');
		expect(engine.timeline({ topic: 'volcano' }).heading).toBe('The report has no events about “volcano”.');
	});

	it('is what a free-text "timeline" question gets', () => {
		expect(engine.ask('timeline').kind).toBe('timeline');
		expect(engine.ask('chronologie de la prison').items.length).toBeGreaterThan(0);
	});
});

describe('lookup and entity cards', () => {
	it('looks up a fact or an entity by id', () => {
		expect(engine.lookup('prison-capacity').items.map((item) => item.source.factId)).toEqual(['prison-capacity']);
		const card = engine.lookup('jimmy-sergier');
		expect(card.kind).toBe('entity');
		expect(card.heading).toBe('Jimmy Sergier');
		expect(card.items[0]?.text).toMatch(/former policeman/);
	});

	it('answers a bare name with what the report says the entity is, then what it leads', () => {
		const card = engine.ask('Barbecue');
		expect(card.items.map((item) => item.source.factId)).toEqual(['sergier-profile', 'gang-alliance-leader']);
	});
});

describe('checking a message against the report', () => {
	const figure = (id: string) => {
		const fact = engine.base.fact(id);
		if (fact?.kind !== 'figure' || fact.value === null) throw new Error(`${id} is not a stated figure`);
		return fact;
	};

	it('shows the facts a message touches and gives each claim a verdict, sentence by sentence', () => {
		const population = figure('prison-population');
		const answer = engine.check(
			'BREAKING: the National Penitentiary held 5000 inmates. Gangs freed 4000 prisoners overnight',
		);
		expect(answer.kind).toBe('check');
		expect(answer.items.map((item) => item.fact.id)).toContain(population.id);
		expect(answer.notes).toEqual([
			`“5000 inmates” differs from the report. The report gives ${population.value?.toLocaleString('en-US')} inmates, as of February 2023, according to RNDDH. (${population.id})`,
			expect.stringMatching(/^“4000 prisoners” is not in the report\./),
		]);
	});

	it('compares a date with the date of the event it is about, in a date or in the report’s words', () => {
		expect(engine.check('President Moïse was assassinated on July 8, 2021').notes).toContain(
			'“assassinated on July 8, 2021” differs from the report. The report dates this to July 7, 2021: President Jovenel Moïse was assassinated on July 7, 2021. (moise-assassinated)',
		);
		expect(engine.check('Henry had to hand over power on February 9').notes[0]).toMatch(
			/^“hand over power on February 9” differs from the report\. The report dates this to February 7: .*\(handover-deadline\)$/,
		);
	});

	it('confirms numbers the report states for the same measure, in the way people write them', () => {
		const capacity = figure('prison-capacity');
		const claims = engine.claims(`The prison holds 3,687 inmates in ${capacity.value} places`);
		expect(claims.map((claim) => [claim.text, claim.verdict, claim.facts.map((fact) => fact.id)])).toEqual([
			['3,687 inmates', 'matches', ['prison-population']],
			[`${capacity.value} places`, 'matches', [capacity.id]],
		]);
	});

	it('never confirms a number that belongs to another measure', () => {
		expect(engine.claims('the prison held 700 inmates')).toEqual([
			expect.objectContaining({ text: '700 inmates', verdict: 'differs' }),
		]);
	});

	it('reads what a number measures from before it too, and never confirms it for another measure', () => {
		const population = figure('prison-population');
		const capacity = figure('prison-capacity');
		expect(engine.claims(`the prison population is ${capacity.value}`)).toEqual([
			expect.objectContaining({ text: `population is ${capacity.value}`, verdict: 'differs' }),
		]);
		expect(engine.claims(`the population of the prison was ${population.value}`)).toEqual([
			expect.objectContaining({ verdict: 'matches', facts: [population] }),
		]);
		expect(engine.claims(`the capacity of the prison is ${capacity.value}`)).toEqual([
			expect.objectContaining({ verdict: 'matches', facts: [capacity] }),
		]);
	});

	it('never confirms a description or a credit that adds a name the report does not give there', () => {
		const verdictOf = (message: string, span: RegExp) =>
			engine.claims(message).find((claim) => span.test(claim.text))?.verdict;
		expect(verdictOf('Barbecue is a former policeman sanctioned by the UN and the US', /policeman/)).toBe('matches');
		// The description is judged on its own, and the name the report does not give there on its own.
		expect(verdictOf('Barbecue is a former policeman sanctioned by the UN and the EU', /policeman/)).toBe('matches');
		expect(verdictOf('Barbecue is a former policeman sanctioned by the UN and the EU', /EU/)).toBe('differs');
		expect(verdictOf('Henry is the prime minister of Haiti', /prime minister/)).toBe('matches');
		expect(verdictOf('Henry is the prime minister of Kenya', /prime minister/)).toBe('differs');
		expect(verdictOf('Barbecue was sanctioned by the UN and Canada', /Canada/)).toBe('differs');
	});

	it('does not confirm a description with a rank the report does not give', () => {
		const rank = (message: string) => engine.claims(message).find((claim) => /poorest/.test(claim.text))?.verdict;
		expect(rank('Haiti is the poorest country in the Western Hemisphere')).toBe('matches');
		expect(rank('Haiti is the 2nd poorest country in the Western Hemisphere')).toBe('differs');
		expect(rank('Haiti is the third poorest country in the Western Hemisphere')).toBe('differs');
	});

	it('says what the report does not date, and who it credits instead', () => {
		const claims = engine.claims('Barbecue became prime minister in 2024');
		expect(claims.find((claim) => claim.text === 'Barbecue')).toMatchObject({ verdict: 'differs' });
		expect(claims.find((claim) => claim.text === 'Barbecue')?.report).toMatch(/credits this to Ariel Henry/);
	});

	it('says so when a message touches nothing in the report', () => {
		const answer = engine.check('lol nice weather today');
		expect(answer.found).toBe(false);
		expect(answer.heading).toBe('The report says nothing about what this message says.');
	});
});

describe('autocomplete suggestions', () => {
	it('offers facts and names matching what is typed, each an id the engine answers directly', () => {
		const suggestions = engine.complete('prison cap');
		expect(suggestions.length).toBeGreaterThan(0);
		expect(suggestions.map((s) => s.query)).toContain('prison-capacity');
		for (const { query } of suggestions) expect(engine.lookup(query).found).toBe(true);
		expect(engine.complete('barbeque').map((s) => s.label)).toContain('Jimmy Sergier');
	});

	it('offers the people and groups of the report before anything is typed, at most as many as asked', () => {
		const names = engine.complete('', 5);
		expect(names).toHaveLength(5);
		for (const { query } of names) expect(engine.base.entity(query)).toBeDefined();
	});

	it('offers coalitions by name or alias for /leader', () => {
		const all = engine.base.entities.filter((entity) => entity.kind === 'coalition').map((e) => e.id);
		expect(engine.coalitions('').map((s) => s.query)).toEqual(all);
		expect(engine.coalitions('gov').map((s) => s.query)).toEqual(['government-of-haiti']);
		expect(engine.coalitions('kenya').map((s) => s.query)).toEqual(['international-force']);
		expect(engine.coalitions('zzz')).toEqual([]);
	});
});

describe('reading a question', () => {
	const text = (question: string) => {
		const answer = engine.ask(question);
		return { found: answer.found, text: [answer.heading ?? '', ...answer.items.map((item) => item.text)].join(' ') };
	};

	it('answers "how many" from a statement that counts the noun asked about in its own words', () => {
		expect(text('how many police unions called for help?')).toMatchObject({
			found: true,
			text: /\bTwo of .* police unions/,
		});
	});

	it('answers no to a yes/no question whose statement the report contradicts, in any of the three languages', () => {
		expect(text('is Barbecue a former soldier?').text).toMatch(/^No: .*former policeman/);
		expect(text('Sergier est-il un ancien militaire ?').text).toMatch(/^No: .*former policeman/);
		expect(text('was it Reuters that called the number of freed inmates “large”?').text).toMatch(/Gazette/);
		expect(text('est-il vrai que la prison peut accueillir 3 687 détenus ?').text).toMatch(/^No: .*700 places/);
	});

	it('reads a denial after a verb of saying as what was said, not as silence', () => {
		expect(text("whos sayin no elections till security's fixed").text).toMatch(/Ariel Henry stayed on/);
		expect(text('who hasn’t said anything about the attack?').text).toMatch(/not commented/);
	});

	it("answers the name of a group's leader from the group whose leadership the report tells", () => {
		expect(text('what is the name of the gang leader').text).toMatch(/Jimmy Sergier/);
		// The coalition's own name, asked with its leader in a clause, is the coalition's.
		expect(
			text(
				'Quel est le nom exact de la coalition de gangs à la tête de laquelle se trouverait l’ancien policier surnommé « Barbecue » ?',
			).text,
		).toMatch(/doesn’t name them/);
	});

	it('reads the Creole words for a part of the country and taking control', () => {
		expect(text('Dapre atik la, ki pati nan peyi a gang yo plis rive pran kontwòl li?').text).toMatch(/large part/);
	});

	it('reads "kindly confirm" and "please" as asking, and a preposition before the question word', () => {
		expect(
			text('@here :warning: kindly confirm by what nickname the ex-officer Jimmy Sergier is more commonly known').text,
		).toMatch(/Barbecue/);
		expect(text('could you tell me in which city the prison is?').text).toMatch(/Port-au-Prince/);
	});

	it('reads a polite request that names what it wants ("the exact date on which…", "la date à laquelle…")', () => {
		expect(
			text(
				'I would be grateful to be reminded of the exact date on which the late head of state was assassinated; my memory is not what it was.',
			).text,
		).toMatch(/July 7, 2021/);
		expect(
			text(
				'I would be most obliged if it could be clarified, for the benefit of the channel, whose sources described inmates as hesitant to flee en masse 🙏',
			).text,
		).toMatch(/Reuters/);
		expect(
			text(
				"J'aimerais connaître la date à laquelle fut conclu l'accord prévoyant que le Premier ministre cède le pouvoir.",
			).text,
		).toMatch(/December 2022/);
	});

	it('answers a request to be told more of a story with what the report says of it', () => {
		expect(
			text(
				"On me rapporte que les bandes armées auraient proféré de nouvelles menaces à l'encontre des forces de l'ordre. Sauriez-vous me dire en quoi elles consistent ?",
			).text,
		).toMatch(/police stations/);
		expect(
			text(
				"Le chef d'une coalition d'organisations criminelles aurait fait une annonce au cours de cette semaine. Pourriez-vous m'en résumer la teneur ?",
			).text,
		).toMatch(/coordinated actions/);
	});

	it('asks a question of the story told before it, without who it was heard from', () => {
		expect(
			text(
				'I read somewhere that the men charged with guarding the penitentiary simply walked off. Could someone tell me which news outlet reported this?',
			).text,
		).toMatch(/AyiboPost/);
		expect(
			text(
				"A relative forwarded me a claim that a 'large' number of detainees had been freed by the gangs. Which publication is behind that characterisation?",
			).text,
		).toMatch(/Gazette Haiti/);
		// Told the wrong way round, and asked whether it is so: the figures say no.
		expect(
			text(
				"A reader wrote to us claiming that the penitentiary's nominal capacity exceeded the number of inmates it held. Is that claim correct?",
			).text,
		).toMatch(/^No: 3,687 inmates against 700 places/);
		// A question that points at nothing told is asked as it stands.
		expect(text('Good evening everyone. How many inmates were in the prison?').text).toMatch(/3,687/);
		// "Can you confirm the day?": whether what was told is so, not what happened on some day.
		const day = text('My friend says the Security Council voted on October 2nd exactly. Can you confirm the day?').text;
		expect(day).not.toMatch(/^Yes/);
		expect(day).toMatch(/last October/);
	});

	it('reads "is X doing Y" as the statement "X is doing Y": leading what the report says was only offered is a no', () => {
		expect(text('is kenya leading the force?').text).toMatch(/^No: the report says only: Kenya offered to lead/);
		expect(text('is kenya running the force?').text).not.toMatch(/^Yes/);
	});

	it('reads a participle before a name as a clause said of it, and resumes the question after what is set aside', () => {
		expect(text('In which city does the besieged penitentiary sit?').text).toMatch(/Port-au-Prince/);
		// "which" after the set-aside phrase opens the question, not a relative clause of "the jail".
		const query = buildQuery(
			readFrame(readText('Apart from the jail, which port did gunmen try to grab?')).rest,
			'en',
			engine.index,
			engine.base,
		);
		expect(query.terms.filter((_, i) => !query.secondary.has(i))).toContain('port');
	});

	it('reads "would I be correct in understanding that…" and "can you confirm that…" as asking whether it is so', () => {
		expect(
			text(
				'Would I be correct in understanding that Mr Henry duly relinquished power on 7 February, as the December 2022 agreement required?',
			).text,
		).toMatch(/^No: the report says this was only planned/);
		expect(text('Am I right in thinking that Kenya leads the force?').text).toMatch(/^No: the report says only/);
		expect(text('Can you confirm that homicides tripled in 2023?').text).toMatch(/^No/);
	});

	it('reads the words that ask for the events, and "developments" in a year, as the timeline', () => {
		const all = text(
			'Would you be so kind as to set out, in chronological order, the dated events to which the report refers?',
		).text;
		expect(all).toMatch(/2017[\s\S]*2021[\s\S]*December 2022[\s\S]*February 2023/);
		const year = text('Which developments does the report situate in the year 2023?').text;
		expect(year).toMatch(/3,687 inmates/);
		expect(year).toMatch(/more than doubled in 2023/);
		expect(year).not.toMatch(/2021/);
	});

	it('reads Creole "lè" as when, what a prison was built for as its capacity, and where one ranks as no place', () => {
		expect(text('Kisa polisye ki t ap veye prizon an te fè lè gang yo atake?').text).toMatch(/abandoned it/);
		expect(text('Pou konbyen prizonye yo te konstwi Penitansye Nasyonal la?').text).toMatch(/capacity of 700 places/);
		expect(text('For how many inmates was the prison built?').text).toMatch(/capacity of 700 places/);
		expect(text('Where does Haiti rank economically among the countries in its half of the world?').text).toMatch(
			/poorest country in the Western Hemisphere/,
		);
	});

	it('counts prisoners released as the inmates released, and reads "which facts" of a year as its events', () => {
		expect(text('how many prisoners escaped?').text).toMatch(/It is not clear how many inmates/);
		const year = text('Which facts in the report are pinned to the year 2023?').text;
		expect(year).toMatch(/3,687 inmates/);
		expect(year).toMatch(/more than doubled/);
		expect(text('which facts does the report give about Kenya?').text).toMatch(/Kenya offered to lead/);
	});

	it('reads "ok" after an auxiliary as approving, "UN" in English as the UN, and a list with a figure in it whole', () => {
		expect(text('did the UN ok the force?').text).toMatch(/green light/);
		const order = text(
			'Put these in date order: the December deal, Moise’s killing, RNDDH’s warning about overcrowding, and the 3,687 headcount.',
		).text;
		expect(order).toMatch(/2017[\s\S]*July 7, 2021[\s\S]*December 2022[\s\S]*February 2023/);
	});

	it('works out how many would still be over a limit changed as supposed, and reads Creole "kisa" as what', () => {
		expect(
			text(
				'If the Pénitencier National’s capacity were doubled, how many of the February 2023 inmates would still be left without a place?',
			).text,
		).toMatch(/^Still over: 3,687 inmates against 700 × 2 = 1,400 places, 2,287 too many/);
		expect(text('Kisa gouvènman an di sou atak la?').text).toMatch(/has not commented/);
	});

	it('answers whether a deed was done by the time of another as the order of the two', () => {
		expect(
			text('Had the UN Security Council already green-lit the international force by the time of the prison siege?')
				.text,
		).toMatch(/^Yes/);
		expect(text('had the prison been besieged already when the port was attacked?').text).toMatch(/^No/);
	});

	it('says what the report does say of the one named beside what it says is not yet known', () => {
		const answer = text('Does the report say Kenya is already leading the international force in Haiti?').text;
		expect(answer).toMatch(/^No: the report says only/);
		expect(answer).toMatch(/Kenya offered to lead/);
	});

	it('gives no reason found through a loosely related word, and no time since a start for how long something will last', () => {
		// "port" reaches "government" through WordNet; the alliance's aim to topple it is no reason for the port attack.
		expect(text('why did gangs attack the port?').text).toMatch(/^The report doesn’t say why/);
		expect(text('why did the prisoners not escape?').text).toMatch(/for fear of being caught in the crossfire/);
		expect(engine.ask('how long will Henry stay in power?').found).toBe(false);
		expect(text('how long has Henry been in power?').text).toMatch(/^About 3 years/);
	});

	it('reads no proper name WordNet files under a word as a common word its stem makes ("Porte" is no port)', () => {
		expect(engine.index.matchTerm('port').map((match) => match.term)).not.toContain('govern');
		expect(text('who reported the port attack?').text).toMatch(/^The report doesn’t say who/);
	});

	it('reads penalties as the sanctions readers mean, which WordNet has only as an approval', () => {
		expect(text('Who has slapped penalties on the ex-officer turned gang boss?').text).toMatch(
			/sanctioned by the U\.N\./,
		);
	});

	it('does not read the "won" of a keyword’s "won’t" as a word of the data', () => {
		expect(engine.ask('Who won the election after Moise’s death?').found).toBe(false);
	});

	it('answers how far a quality goes with the figure that measures it', () => {
		expect(text('how overcrowded was the prison?').text).toMatch(/about 527% of its nominal capacity/);
		expect(text('how full was the jail?').text).toMatch(/about 527% of its nominal capacity/);
	});

	it('says no only of what a denial denies: "not to send their children to school" is no no to keeping them home', () => {
		expect(text('did Barbecue warn residents to keep children home?').text).not.toMatch(/^No/);
		expect(text('did Barbecue tell parents to send kids to school?').text).toMatch(/^No/);
		expect(text('did the government comment on the siege?').text).toMatch(/^No, not as far as the report says/);
		// French "condamner" is to condemn as well as to convict: a government that condemned has spoken.
		expect(text('Le gouvernement a-t-il condamné l’attaque ?').text).toMatch(/^No, not as far as the report says/);
	});

	it('reads reluctance as a denial: no yes to wanting what was resisted, no no to the reluctance itself', () => {
		expect(text('did Reuters say the prisoners wanted to escape?').text).not.toMatch(/^Yes/);
		expect(text('were the prisoners reluctant to escape?').text).not.toMatch(/^No/);
	});

	it('does not answer what someone will do with all the report says of another named', () => {
		expect(engine.ask('which countries will join Kenya?').found).toBe(false);
		expect(text('who will lead the force?').text).toMatch(/Kenya offered to lead/);
	});

	it('does not answer which one of a group with a fact that names the group only as such', () => {
		const answer = engine.ask('Which gang was behind the attempt to take over the main port?');
		expect(answer.found).toBe(false);
		expect(text('Which gang was behind the attempt to take over the main port?').text).toMatch(
			/^The report doesn’t say which gang/,
		);
		// Named in the fact, the one asked for is the answer; a plural asks for them as the report counts them.
		expect(text('which NGO did the inmate count?').text).toMatch(/RNDDH/);
		expect(text('which police unions asked for help?').text).toMatch(/Two of Haiti’s main police unions/);
	});

	it('reads "could it be confirmed which…" as the question it wraps, and no plural it lacks as the silent one', () => {
		const answer = text(
			'Could it be confirmed which international bodies or national governments have seen fit to impose punitive measures upon that same gang chieftain?',
		).text;
		expect(answer).not.toMatch(/not commented/);
		expect(
			text('Could it be confirmed, with respect, what Mr Sergier’s occupation was prior to his present notoriety?')
				.text,
		).toMatch(/former policeman/);
	});

	it('answers by what percentage a figure exceeded its limit, asked in a part that only says how', () => {
		expect(text('by what percentage did the inmates exceed capacity?').text).toMatch(/426\.7% over it/);
		expect(
			text(
				'By how much, in percentage terms, did the February 2023 inmate population exceed the prison’s nominal capacity?',
			).text,
		).toMatch(/426\.7% over it/);
	});

	it('reads the side of a stated order that only names what was hit with the other side’s verb', () => {
		// "the jail" alone was the inmate count of February 2023, which came "first".
		expect(text('did the port get hit before the jail?').text).toMatch(/^Yes/);
		expect(text('did the port get hit after the jail?').text).toMatch(/^No/);
		// An event named in a word ("the deal") is one of its own, not the other side's verb done to it.
		expect(text('was Moise killed before the deal?').text).toMatch(/^Yes/);
		expect(
			text('my nephew was telling me the harbour got hit as well before the jail did — is there anything to that?')
				.text,
		).toMatch(/^Yes: “the harbour got hit” came first/);
	});

	it('reads French "petits" as small and a verb of saying in its chat form as the asker’s word for what was said', () => {
		// French "petits" is "small", not WordNet's legal "petit" (a petition, a size).
		expect(text('Les détenus du Pénitencier National sont-ils surtout des petits délinquants ?').text).toMatch(
			/alleged perpetrators/,
		);
		// A verb of saying in its -ing form is as much the asker's word for what was said.
		expect(text('wat kind of crisis r we talkin').text).toMatch(/security, humanitarian/);
	});

	it('does not read a verb as the participle of a name: "approve the force" is not "the UN-approved force"', () => {
		expect(text('why did the UN approve the force?').text).toMatch(/to help the Haitian police/);
		expect(text('for what purpose did the Security Council approve the force?').text).toMatch(
			/to help the Haitian police/,
		);
		expect(text('when was the UN-approved force approved?').text).toMatch(/Last October/);
	});

	it('does not answer whether one spoke with the silence of one it was said against', () => {
		expect(
			text('did the alliance announce isolated attacks or coordinated actions against the government?').text,
		).toMatch(/coordinated actions/);
		expect(text('any statement from the government?').text).toMatch(/^No, not as far as the report says/);
	});

	it('reads a guess asked as a question of its own after the question ("…? was it the UN?", "…? its the usa right??")', () => {
		expect(text('who said security must be restored first? was it the UN?').text).toMatch(/^No, not United Nations/);
		expect(text('who said security must be restored first? was it Henry?').text).toMatch(/^Yes, Ariel Henry/);
		expect(text('which country gonna lead the foreign force? its the usa right??').text).toMatch(
			/^No, not United States\.[\s\S]*Kenya offered to lead/,
		);
	});

	it('does not confirm a yes/no question whose deed facts about the one named have only through a related word', () => {
		expect(text('did barbecue get arrested yet??')).toMatchObject({
			found: false,
			text: expect.stringMatching(/^The report doesn’t say\./),
		});
	});

	it('reads a percentage asked "by how much percent" as a rate, and the report named as an aside', () => {
		expect(text('by how much percent was the number of inmates exceeding the nominal capacity?').text).toMatch(
			/426\.7% over it/,
		);
		expect(text("which things happened 'this week' according to the text? list em").text).toMatch(
			/coordinated actions[\s\S]*collateral damage/,
		);
	});

	it('answers a day asked exactly with the weekday the report gives, and drops the date words a when-question adds', () => {
		expect(text('C’était quel jour exactement, l’attaque contre la prison ?').text).toMatch(/Saturday night/);
		expect(text('wat date exactly did moise get assasinated, day + month pls').text).toMatch(/July 7, 2021/);
		// The date itself, asked exactly, is still not the weekday.
		expect(text('what was the exact date of the prison siege?').found).toBe(false);
	});

	it('answers where something will happen with the kind of place a threat names, and names the prison besieged', () => {
		expect(text('where will the gangs attack next?').text).toMatch(/^ Gangs threatened to attack more police stations/);
		// What has happened is still answered by a place the report names.
		expect(text('where did the gangs attack?').text).toMatch(/Pénitencier National/);
		expect(text('Ki pi gwo prizon Ayiti gang yo te atake samdi swa a?').text).toMatch(/Pénitencier National/);
	});

	it('lists and counts what the report itself names, however it is asked', () => {
		expect(text('which sources does the report cite?').text).toMatch(/^The report cites 5 sources/);
		expect(text('How many sources does the report cite?').text).toMatch(/^The report cites 5 sources/);
		expect(text('which countries does the article mention?').text).toMatch(/^The report names 3 countries/);
	});

	it('sets what is compared against aside, and asks the name of the one person a role names', () => {
		expect(text('How poor is Haiti compared to its neighbours?').text).toMatch(
			/poorest country in the Western Hemisphere/,
		);
		expect(text('What’s the name of the ex-cop who runs the gangs?').text).toMatch(/^Jimmy Sergier/);
	});

	it('reads what a detail says someone is as a role that names them ("the former policeman")', () => {
		expect(text('who is the former policeman?').text).toMatch(/Jimmy Sergier/);
		expect(text('What nickname does the ex-cop heading the gang coalition go by?').text).toMatch(/Barbecue/);
		// Named outright, the person is not the one asked for: the alliance's own name is.
		expect(text('What is the name of the gang alliance that Barbecue heads?').found).toBe(false);
		// A policeman alone is no role of his: the officers who left the prison are not him.
		expect(text('which policeman abandoned the prison?').text).not.toMatch(/Sergier/);
	});

	it('reads a French question opened by "comment" with its inverted verb as asking how, not yes or no', () => {
		expect(text('Comment le rapport qualifie-t-il la crise que traverse Haïti ?').text).toMatch(/multidimensional/);
		expect(text('Comment la police a-t-elle réagi ?').text).not.toMatch(/^(?:Yes|No)\b/);
	});

	it('reads "how many times did it exceed" as the rate, in English and French', () => {
		expect(text('how many times did the prison exceed its capacity?').text).toMatch(/5\.27 times.*426\.7% over it/);
		expect(text('Combien de fois la prison dépassait-elle sa capacité ?').text).toMatch(/5\.27 times/);
	});

	it('answers what was planned for a date with the plan the report dates, in English and French', () => {
		expect(text('what was planned for February 7?').text).toMatch(/supposed to hand over power on February 7/);
		expect(text('Qu’est-ce qui était prévu pour le 7 février ?').text).toMatch(/supposed to hand over power/);
		// "Prévue pour" a number is still what a prison was designed for.
		expect(text('la prison est prévue pour combien de détenus ?').text).toMatch(/700 places/);
	});

	it('asks whose, not who did it, of a "whose" question', () => {
		expect(text('Whose killing are many of the penitentiary’s inmates accused of having carried out?').text).toMatch(
			/Jovenel Moïse/,
		);
	});

	it('keeps a fact about the country when only a place in it is set aside', () => {
		expect(text('Apart from the capital, how much of Haiti have the gangs gradually taken over?').text).toMatch(
			/a large part of the country/,
		);
	});

	it('leaves out what a question sets aside, and gives more than one answer to "what else"', () => {
		const answer = engine.ask('besides the prison, what else did the gangs attack?');
		const ids = answer.items.map((item) => item.fact.id);
		expect(ids).not.toContain('prison-siege');
		expect(ids).toContain('gangs-threaten-police-stations');
		expect(ids.length).toBeGreaterThan(1);
	});

	it('reads an English "who" after a noun, before the question word, as a relative clause', () => {
		expect(text('those gunmen who tried to grab the main harbour — what did they mess up over there?').text).toMatch(
			/disrupting traffic/,
		);
	});

	it('says the report gives no rate per head of population where no fact gives one', () => {
		expect(text('What was Haiti’s homicide rate per 100,000 people in 2023?')).toMatchObject({
			found: false,
			text: expect.stringMatching(/^The report gives no rate per head of population/),
		});
		// A rate of one figure to another is still worked out.
		expect(text('how many inmates per place?').text).toMatch(/5\.27 times/);
	});

	it('reads a French or English "when" after the question word as a clause, and who led the coalition named first', () => {
		expect(text('Qui était à la tête du gouvernement quand les gangs ont assiégé la prison ?').text).toMatch(
			/Ariel Henry/,
		);
		expect(text('who headed the government when the gangs besieged the prison?').text).toMatch(/Ariel Henry/);
	});

	it('reads a relative clause after a name as saying which one, not as what is asked of it', () => {
		expect(text('What sort of organisation is the RNDDH that tallied the inmates?').text).toMatch(/human rights group/);
	});

	it('answers whether someone did anything about another with what the report tells them doing, not telling', () => {
		expect(text('did the un n the us do anything abt barbecue').text).toMatch(
			/sanctioned by the U\.N\. and the U\.S\./,
		);
		// The UN is the homicide figure's source; what it did is approve the force (through its Security Council).
		const un = text('did the UN even do anything abt haiti or nah 🤷').text;
		expect(un).toMatch(/green light/);
		expect(un).not.toMatch(/homicides/);
		// The government is what the alliance would topple, not one who did something.
		expect(text('did the government do anything about the attack?').text).not.toMatch(/^The report says:/);
	});

	it('reads whom a named body will act on as asked of the fact that tells it, not as what the body is', () => {
		expect(text('Who is the foreign armed mission supposed to be helping out?').text).toMatch(/Haitian police/);
		expect(text('who will the international force help?').text).toMatch(/Haitian police/);
	});

	it('reads a Creole question by the word that opens it, and its verb after the name and the tense marker', () => {
		// The chat tail is English; the question is Creole, and the sanctions are told without a date.
		expect(text('kilè UN te sanksyone Barbecue? like wat year')).toMatchObject({
			found: false,
			text: expect.stringMatching(/^The report doesn’t say when/),
		});
	});

	it('puts those a fact counts among a prison’s inmates in that prison, not where an event took place', () => {
		expect(text('where are the alleged killers of Moise?').text).toMatch(/^ Among the Pénitencier National’s inmates/);
		expect(text('moun yo akize k touye Jovenel yo, kote yo ye?').text).toMatch(
			/^ Among the Pénitencier National’s inmates/,
		);
		expect(text('where was Moise killed?').text).toMatch(/^The report doesn’t say where/);
	});

	it('reads past the words of asking set in a question, adverbs the data lacks, and Creole function words', () => {
		expect(text('which prison, if memory serves, did the gangs besiege?').text).toMatch(/Pénitencier National/);
		const read = readText('who broadly leads the government, to the best of your knowledge?');
		expect(buildQuery(readFrame(read).rest, read.language, engine.index, engine.base).unknown).toEqual([]);
		expect(text('penitansye nasyonal la, konbyen plas li genyen vre?').text).toMatch(/capacity of 700 places/);
		expect(text('what happened in mid-2021?').text).toMatch(/Moïse was assassinated/);
	});

	it('reads a hyphenated phrase of vague words as the phrase WordNet has, and no prison guard as its warden', () => {
		expect(text('Which body gave the go-ahead for the international armed force?').text).toMatch(
			/UN Security Council gave the green light/,
		);
		expect(engine.ask('who is the warden of the Pénitencier National?').found).toBe(false);
	});

	it('reads a name misspelt further from the data by stemming than as typed', () => {
		expect(text("yo wats jimmy sergie's nickname again").text).toMatch(/Barbecue/);
	});

	it('reads the word that asks for a name as the kind of answer wanted, not a word a fact must have', () => {
		expect(text('@everyone 🚨🚨 haiti pm name?? need it 4 my essay').text).toMatch(/Ariel Henry/);
	});

	it('reads chat spellings in a statement asked about as the words they stand for', () => {
		expect(text('r all the prisoners tryna bust out or nah').text).not.toMatch(/says nothing of/);
	});

	it('reads calling someone as asking what they are called, in English and French', () => {
		expect(text('Jimmy Sergier, how do they call him?').text).toMatch(/Barbecue/);
		expect(text("Et Jimmy Sergier, on l'appelle comment déjà ?").text).toMatch(/Barbecue/);
		// Calling for something is no name asked.
		expect(text("qui a appelé à l'aide ?").text).toMatch(/police unions/);
	});

	it('reads French "en vrai" as "really", never as asking whether something is true', () => {
		expect(
			text('Le Pénitencier, il est censé accueillir combien de gens, et y en avait combien en vrai ?').text,
		).toMatch(/capacity of 700/);
	});

	it('answers where the one thing named is, whatever clause says which it is', () => {
		expect(text('in which city is the penitentiary that the armed groups besieged?').text).toMatch(/Port-au-Prince/);
		expect(
			text("<@1> Good evening everyone. Forgive an old man's question 🙏 in which city is the penitentiary?").text,
		).toMatch(/Port-au-Prince/);
	});

	it('reads past whose word it is, a hearsay "said to", an adverb of manner and a polite French request', () => {
		expect(
			text(
				'@everyone 🧵 in which year, according to the piece, is the number of killings said to have more than doubled',
			).text,
		).toMatch(/2023/);
		expect(text('by what nickname the ex-officer Jimmy Sergier is more commonly known').text).toMatch(/Barbecue/);
		expect(
			text("Pourrait-on rappeler, s'il vous plaît, dans quelle ville se trouve le Pénitencier National ?").text,
		).toMatch(/Port-au-Prince/);
		expect(text('Would it be accurate to state that Henry handed over power on February 7?').text).toMatch(/^No\b/);
	});

	it("answers nothing where what is asked is the data's nowhere, however near the rest comes", () => {
		expect(text('Quelles peines ont été prononcées contre les assassins présumés de Jovenel Moïse ?')).toMatchObject({
			found: false,
			text: /doesn’t mention “peines”/,
		});
		// When it happened only qualifies what is asked: the port attack tells of no deaths.
		expect(text("did anyone lose their life during the gunmen's attempt to take over the main port?").found).toBe(
			false,
		);
		expect(text('what did gunmen disrupt during their attempt on the port?').text).toMatch(/disrupting traffic/);
	});

	it("reads a compound WordNet gives as a broader term of the data's word as that word", () => {
		expect(text('which correctional institution did the armed groups besiege?').text).toMatch(/largest prison/);
	});

	it('says no where the whole of something is asked and the report says only a part of it', () => {
		expect(text('did the gangs take control of the whole country?').text).toMatch(/^No\b.*large part/);
		expect(text('did the gangs take control of a large part of the country?').text).toMatch(/^Yes\b/);
		expect(text('did all the inmates escape?').text).not.toMatch(/^\s*Yes\b/);
	});

	it('says yes to a statement only where the facts it confirms tell all it says', () => {
		// The deal's date is the report's; that he relinquished power on the date it set is not.
		const asked = text(
			'Would it be accurate to state that the prime minister relinquished power on the date foreseen by the agreement of December 2022?',
		).text;
		expect(asked).not.toMatch(/^\s*Yes\b/);
		expect(text('is it true that RNDDH counted 3,687 inmates in February 2023?').text).toMatch(/^Yes\b/);
	});

	it('reads "state" as a word, never as the United States', () => {
		expect(text('which head of state got killed in july 2021?').text).not.toMatch(/United States/);
	});

	it('reads French ways of describing a person and what officers did', () => {
		expect(
			text(
				"Quelle profession l'homme connu sous le nom de « Barbecue » exerçait-il autrefois, avant de devenir chef de gang ?",
			).text,
		).toMatch(/former policeman/);
		expect(
			text(
				"De quelle manière les agents chargés de surveiller le pénitencier se seraient-ils comportés face à l'assaut, d'après un site d'information ?",
			).text,
		).toMatch(/abandoned it/);
	});

	it('reads French indirect questions and adverbs as the question they wrap', () => {
		expect(text('Est-il précisé à quel moment la force internationale sera effectivement déployée ?').text).toMatch(
			/remains unclear when/,
		);
		expect(
			text(
				'Il serait utile de savoir quel nombre de personnes se trouvaient incarcérées dans cet établissement au mois de février 2023',
			).text,
		).toMatch(/3,687/);
	});

	it('asks each side of "vs" even where one side is only a noun', () => {
		const both = text('ok so capacity of the Pénitencier National vs how many were actually in there??').text;
		expect(both).toMatch(/700 places/);
		expect(both).toMatch(/3,687 inmates/);
	});

	it('asks for a capacity however a place being meant to hold people is put', () => {
		expect(text('For how many detainees was the Pénitencier National officially designed?').text).toMatch(
			/^\s*The Pénitencier National has a nominal capacity of 700/,
		);
		expect(text('prizon an ka pran konbyen moun?').text).toMatch(/capacity of 700/);
	});

	it('answers yes where whether someone kept silent is asked, and no where whether they spoke', () => {
		expect(text('has the government said nothing?').text).toMatch(/^Yes\b.*not commented/);
		expect(text('èske gouvènman an poko di anyen?').text).toMatch(/^Yes\b/);
		expect(text("le gouvernement n'a rien dit ?").text).toMatch(/^Yes\b/);
		expect(text('did the government say anything?').text).toMatch(/^No\b/);
	});

	it('says the report does not tell which one, or on what day, where its fact does not', () => {
		expect(text('Which UN Security Council resolution authorised the international force?')).toMatchObject({
			found: false,
			text: /^The report doesn’t say which resolution\./,
		});
		expect(text('which deal set the handover date?').text).toMatch(/December 2022/);
		expect(text('wich contry is sposed 2 lead the foriegn armd force').text).toMatch(/^\s*Kenya offered/);
		expect(text('Which detention facility did the armed groups besiege?').text).not.toMatch(/doesn’t say which/);
		expect(text('On which day in October did the Security Council approve the force?')).toMatchObject({
			found: false,
			text: /^The report doesn’t say on what day\./,
		});
		expect(text('what day was Moise killed?').text).toMatch(/July 7, 2021/);
	});

	it('asks the names of people described by what they did, or of everyone the report names', () => {
		expect(text('What are the names of the people held for killing Jovenel Moise?')).toMatchObject({
			found: false,
			text: /^The report doesn’t name the people\./,
		});
		expect(text('names of the people in the report').text).toMatch(/^The report names 3 people: Jimmy Sergier/);
	});

	it('answers what someone is with what the report says of them, whatever vague words come with it', () => {
		for (const question of [
			'who even is rnddh',
			'What sort of organisation is RNDDH described as in the article?',
			'How is RNDDH described in the piece — what kind of organisation is it?',
		])
			expect(text(question).text, question).toMatch(/^RNDDH .*human rights group/);
	});

	it('reads whether a time is set or known as asking when', () => {
		const unclear = /unclear when the international force/;
		expect(text('Has a date been set for the foreign armed mission to actually get going?').text).toMatch(unclear);
		expect(text('Is there any word on when the foreign armed force will actually be on the ground?').text).toMatch(
			unclear,
		);
		expect(text('is there a date for the handover?').text).toMatch(/February 7/);
		// A name with a participle after its hyphen is the name: "Kenyan-led" is no stranger.
		expect(text('Is it true that a deployment date has been set for the Kenya-led force?').text).toMatch(unclear);
	});

	it('reads the name asked for as the head of its phrase, which may be one the report never gives', () => {
		expect(text('What’s the name of Barbecue’s gang alliance?')).toMatchObject({
			found: false,
			text: /doesn’t name them: it says only “alliance of criminal organizations”/,
		});
		expect(text('what is the name of the rights group with the prison numbers?').text).toMatch(/^RNDDH/);
		expect(text('What is the name of the gang alliance Barbecue leads?').found).toBe(false);
	});

	it('answers nothing where what is asked for is a thing the data has no word for', () => {
		expect(text('What is Haiti’s official currency?')).toMatchObject({ found: false, text: /“currency”/ });
		expect(text('what currency does haiti use?').found).toBe(false);
		// Words only related to a fact's, with the one word asked for unknown, are no sign it is about that fact.
		expect(text('What is the tallest mountain in the world?').found).toBe(false);
		expect(text('what’s the capital of Haiti?').text).toMatch(/Port-au-Prince/);
	});

	it('holds what is held against its limit, either way round, with both figures', () => {
		const no = /^No: 3,687 inmates against 700 places/;
		expect(text('Is it true the prison held fewer people than it was designed for in early 2023?').text).toMatch(no);
		expect(text('was the prison under capacity?').text).toMatch(no);
		expect(text('was the capacity bigger than the number of inmates?').text).toMatch(no);
		expect(text('la prison avait-elle moins de détenus que de places ?').text).toMatch(no);
		expect(text('did the prison hold more people than it was built for?').text).toMatch(/^Yes: 3,687 inmates/);
		// Something else held against the limit is not what the figures answer.
		expect(text('did more inmates escape than the prison could hold?').text).not.toMatch(/^Yes: 3,687/);
	});

	it('answers who is held somewhere with what the report says of the group, but not who did a deed', () => {
		expect(text('who is locked up in there that is tied to the Moïse killing?').text).toMatch(/alleged perpetrators/);
		expect(text('who ordered the assassination of Jovenel Moise?')).toMatchObject({
			found: false,
			text: /^The report doesn’t say who\./,
		});
	});

	it('says whether a line quoted in a question is in the report', () => {
		expect(text('is the “poorest country in the Western Hemisphere” line in the article?').text).toMatch(
			/^Yes, the report says “poorest country in the Western Hemisphere”: Haiti is the poorest/,
		);
		expect(text("Barbecue's 'collateral damage' warning, is that in the report?").text).toMatch(
			/^Yes, .*Sergier warned/,
		);
		expect(text('does the report say "richest country in the world"?')).toMatchObject({
			found: false,
			text: /^No: the report doesn’t say “richest country in the world”\./,
		});
	});

	it('takes a year the report never speaks of as something it does not mention', () => {
		expect(text('which country led the UN force in Haiti in 2004?')).toMatchObject({
			found: false,
			text: /^The report doesn’t mention 2004\./,
		});
		expect(text('how many inmates were there in 2023?').text).toMatch(/3,687/);
	});

	it('sets one count against another when asked "vs"', () => {
		expect(text('how many prisoners versus places in that prison?').text).toMatch(
			/2,987 more inmates than it has places/,
		);
	});

	it('lists the people the report names, however the list is asked', () => {
		expect(text('which people does the article name?').text).toMatch(/^The report names 3 people: /);
	});

	it('finds the speaker asked about after "statement from", past "the report" asking', () => {
		expect(text('does the report quote any statement from the government about the attack?').text).toMatch(
			/has not commented/,
		);
	});

	it('answers with a fact far ahead of every other on many of the question’s words, though it names no one', () => {
		expect(text('who has been telling families to keep their kids out of class?').text).toMatch(/Sergier warned/);
	});

	it('reads "which party" or "which side" as asking who, and "comment" as the English word', () => {
		expect(text('which party has made no comment on the prison developments?').text).toMatch(
			/government has not commented/,
		);
	});

	it('ends what "how many" counts at a verb, also one that shows only in English', () => {
		expect(text("combien d'agents compte la police nationale d'Haïti ?").found).toBe(false);
	});

	it('asks for a nickname in Creole', () => {
		expect(text('Jimmy Sergier, ki non jwèt yo ba li?').text).toMatch(/Barbecue/);
	});

	it('answers two questions asked one after the other, in English and Creole', () => {
		const answer = text('who leads the UN-backed force 🙏 also when did they approve it');
		expect(answer.text).toMatch(/Kenya offered to lead/);
		expect(answer.text).toMatch(/Last October the UN Security Council/);
		expect(text('Ki lè gang yo te atake Penitansye a, e ak kiyès yo t ap goumen?').text).toMatch(/Saturday night/);
	});

	it('counts the parts one sentence of the report lists', () => {
		expect(text('how many facets of the crisis does the report list?').text).toMatch(
			/^4: security, humanitarian, public health, political\./,
		);
		expect(text('how many problems did RNDDH warn about in 2017?').text).toMatch(/^2: overcrowding, understaffing\./);
	});

	it('takes "does the article say" as the report saying, not someone it names', () => {
		expect(text('which facets of Haiti’s crisis does the article say have deepened?').text).toMatch(
			/security, humanitarian/,
		);
	});

	it('works out how far over and the share the other way round in French too', () => {
		expect(text('by what percentage did the prison’s population overshoot its capacity in 2023?').text).toMatch(
			/426\.7% over it/,
		);
		expect(text("si la prison n'a que 700 places, quel pourcentage des détenus a une place ?").text).toMatch(
			/^About 19%/,
		);
	});

	it('holds a state the report dates from a start against the date of an event', () => {
		expect(text('was Henry already in power when the Security Council approved the force?').text).toMatch(
			/^Yes: from 2021, before October 2023\./,
		);
		expect(text('When they struck the deal in December 2022, was Henry already in power?').text).toMatch(
			/^Yes: from 2021, before December 2022\./,
		);
		// The same year told at two precisions cannot be ordered.
		expect(text('was Henry already in power when Moïse was killed?').text).not.toMatch(/^(Yes|No)\b/);
	});

	it('gives the name of what a question describes, whatever kind of thing it calls it', () => {
		expect(text('what is the formal name of the facility described as Haiti’s biggest jail?').text).toMatch(
			/^Pénitencier National/,
		);
		expect(text('how does the article characterise RNDDH?').text).toMatch(/human rights group/);
		expect(text('when was Moïse killed and what month+year was the handover deal struck?').text).toMatch(
			/December 2022/,
		);
	});

	it('finds the one a saying is credited to after "attribute to"', () => {
		expect(text('what does the report attribute to AyiboPost?').text).toMatch(/abandoned it/);
	});

	it('tells whether two descriptions are of one doer', () => {
		expect(
			text('is the gang boss who told parents to keep kids home the same person who vowed attacks would escalate?')
				.text,
		).toMatch(/^Yes: both are Jimmy Sergier\./);
		expect(text('is Henry the same person who warned parents about school?').text).toMatch(
			/^No: Ariel Henry and Jimmy Sergier\./,
		);
	});

	it('tells whether two names are one person, and puts a hedged guess or hearsay to the report', () => {
		expect(text('is jimmy sergier n barbecue the same dude or nah').text).toMatch(/^Yes: both are Jimmy Sergier\./);
		expect(text('are Henry and Moise the same person?').text).toMatch(/^No: Ariel Henry and Jovenel Moïse\./);
		expect(text('the cops bailed on the pen. but whos sayin that, gazette or sum1 else??').text).toMatch(
			/^No, not Gazette Haiti\. .*AyiboPost/,
		);
		expect(text('some1 told me the pen was built for like 1000 ppl max. tru??').text).toMatch(/^No: .*700 places/);
	});

	it('reads "one of several" as no count, and a rumour with only a date it cannot place as nothing the report says', () => {
		expect(text('is the Pénitencier National just one of several big jails?').text).not.toMatch(/^No:/);
		expect(
			text('saw on twitter that Barbecue got killed in the clashes on Saturday, is that in the report?').text,
		).not.toMatch(/^No:/);
	});

	it('reads "that year" after a story as the one year the story gives', () => {
		expect(text('RNDDH warned about the prison in 2017 — how many inmates did they count that year?').found).toBe(
			false,
		);
	});

	it('reads "since what year" as asking when a state began, and "said they would" as an offer', () => {
		expect(text('henry been pm since wat yr').text).toMatch(/in power since 2021/);
		expect(text('kenya said theyd lead the intl force or nah?').text).toMatch(/^Yes: /);
		expect(text('which head of state was assassinated in 2021?').text).not.toMatch(/what Haiti said/);
	});

	it('reads "the name of the head of X" as asking for its leader, not for X', () => {
		expect(text('what is the name of the head of the Haitian National Police?').found).toBe(false);
	});

	it('reads "on paper" and "in principle" as asking for the capacity', () => {
		expect(text('how many people is the pen supposed to hold on paper?').text).toMatch(/700 places/);
		expect(text('how many inmates does the prison hold in principle?').text).not.toMatch(/3,687/);
	});

	it('confirms nothing on names alone, and reads a country after "to" as where, not who', () => {
		expect(
			text('is it true that Henry has been in power for longer than RNDDH has been warning about the prison?').text,
		).not.toMatch(/^Yes/);
		expect(text("is it true that Kenya's parliament approved sending police officers to Haiti?")).toMatchObject({
			found: false,
			text: /^The report doesn’t say so\./,
		});
		expect(text('what is the name of the Gazette Haiti journalist who reported the released inmates?').found).toBe(
			false,
		);
	});

	it('gives a date only of something that involves the one a when-question is about', () => {
		expect(text('when did barbecue quit the police force').found).toBe(false);
		expect(text('when was moise assassinated').text).toMatch(/July 7, 2021/);
	});

	it('counts what is over a limit as a difference, in English and French', () => {
		expect(text('how many excess inmates were there in 2023?').text).toMatch(/2,987 more inmates/);
		expect(text('combien de détenus en trop la prison comptait-elle par rapport à ses places ?').text).toMatch(
			/2,987 more inmates/,
		);
	});

	it('answers where the one thing named is, however it is described, but not where else is asked of it', () => {
		expect(text('In which city does the country’s biggest penitentiary stand?').text).toMatch(/Port-au-Prince/);
		expect(text('where were the inmates of the penitentiary taken?').found).toBe(false);
	});

	it('asks "the date of" as when, and the exact date as one the report must state', () => {
		expect(text('what was the exact date of Moise’s assassination?').text).toMatch(/July 7, 2021/);
		expect(text('what is the date of the siege?').text).toMatch(/Saturday night/);
		// "Saturday night" is when; the date worked out from the report's own is not what the report says.
		const exact = text('what was the exact date of the saturday prison siege');
		expect(exact).toMatchObject({ found: false, text: /^The report doesn’t say the date\./ });
		expect(exact.text).not.toMatch(/March/);
	});

	it('says the report names none where it speaks only of “neighborhoods”, however the question is framed', () => {
		expect(text('Which Port-au-Prince neighborhoods saw the heavy gunfire?')).toMatchObject({
			found: false,
			text: /^The report doesn’t name them: it says only “neighborhoods”/,
		});
	});

	it('lists the news media the report cites, a plural without an s', () => {
		expect(
			text('Which news media — not NGOs or UN bodies — does the report cite about the prison attack?').text,
		).toMatch(/^The report names 3 news outlets: AyiboPost, Gazette Haiti, Reuters/);
	});

	it('says no to a wrong figure without repeating it', () => {
		const answer = text('Est-il vrai que le Pénitencier National peut accueillir 1 000 détenus ?').text;
		expect(answer).toMatch(/^No: the report gives 700 places/);
		expect(answer).not.toMatch(/1 000/);
	});

	it('reads how many share each place as a rate', () => {
		expect(text('roughly how many inmates would share each spot in February 2023?').text).toMatch(/^About 5\.27 times/);
		expect(text('how many inmates in each cell?').found).toBe(false);
	});

	it('answers which is more recent with the later one', () => {
		expect(
			text('Which is more recent: the December 2022 deal on Henry’s handover, or RNDDH’s February 2023 inmate count?')
				.text,
		).toMatch(/^“rnddh february 2023 inmate count” \(February 2023\) came later, after “the december 2022 deal/);
	});

	it('leaves a question of its own after two events out of the second one', () => {
		expect(text('which came first, the handover deal or the 3,687 count? and when was each').text).toMatch(
			/then “the 3687 count” \(February 2023\)\./,
		);
	});

	it('answers which of two alternatives the report gives', () => {
		expect(text('was moise the prez or the pm').text).toMatch(/^The prez: The report calls Jovenel Moïse president/);
		expect(text('was Henry the president or the prime minister?').text).toMatch(/^The prime minister:/);
		expect(text('is RNDDH a UN agency or an NGO?').text).not.toMatch(/Sergier/);
	});

	it('says what the report does say of one a yes/no question describes in words it neither confirms nor denies', () => {
		expect(text('is RNDDH an agency of the UN?')).toMatchObject({
			found: true,
			text: /^The report doesn’t say RNDDH is .*human rights group/,
		});
	});

	it('works out a share the other way round, or what is over the limit against it, however the share is asked', () => {
		expect(text('what % of the prisoners had a place?').text).toMatch(/^About 19%: 700 ÷ 3,687/);
		expect(
			text('What share of the Pénitencier’s inmates had an official place in February 2023, as a percentage?').text,
		).toMatch(/^About 19%/);
		expect(
			text('What share of its February 2023 inmate population could the Pénitencier National officially accommodate?')
				.text,
		).toMatch(/^About 19%/);
		expect(text('if the inmates had been 700, what share of the 2023 inmates would have had a bed?').text).toMatch(
			/^About 19%/,
		);
		expect(text('the excess of inmates over the places was how many times the capacity?').text).toMatch(
			/^About 4\.27 times: 2,987 over the limit ÷ 700/,
		);
	});

	it('gives a stated change only for what the question says changed', () => {
		expect(text('by how much did abductions in Haiti rise in 2023, per UN data?').found).toBe(false);
		expect(text('how much did killings in haiti rise in 2023').text).toMatch(/homicides .* more than doubled/);
		expect(text("d'après l'ONU, comment a évolué le nombre de meurtres en 2023 ?").text).toMatch(/more than doubled/);
	});

	it('gives a name in full only where the report’s own words do', () => {
		expect(text('what does RNDDH stand for?')).toMatchObject({
			found: false,
			text: /^The report doesn’t spell out RNDDH\./,
		});
		expect(text('que veut dire le sigle RNDDH ?').found).toBe(false);
		expect(text('what is Barbecue’s full name?').text).toMatch(/^Jimmy Sergier\./);
		// Among other names asked, the acronym; and a name is its full form only if its initials spell it.
		expect(
			text('What does the acronym RNDDH, the human rights group cited for the prison figures, stand for in full?'),
		).toMatchObject({ found: false, text: /^The report doesn’t spell out RNDDH\./ });
		expect(text('the UN is short for what')).toMatchObject({
			found: false,
			text: /^The report doesn’t spell out UN\./,
		});
	});

	it('answers what someone is known as, in English or French', () => {
		expect(text('sous quel surnom Sergier est-il connu ?').text).toMatch(/Barbecue/);
		expect(text('what nickname does Jimmy Sergier go by?').text).toMatch(/Barbecue/);
	});

	it('reads "what month and year" as one question of when', () => {
		expect(text('what month and year is the 3,687 inmates figure from?').text).toMatch(/February 2023/);
	});

	it('counts years between two events dated only to the year by their numbers', () => {
		expect(text('how many years between the RNDDH warning and the year homicides doubled?').text).toMatch(
			/^6 years, counted by year \(from 2017 to 2023; the report dates 2017 and 2023 only to the year\)/,
		);
	});

	it('counts what follows a partitive "how many of the…"', () => {
		expect(text('how many of the main police unions put out the SOS?').text).toMatch(/\bTwo of .* police unions/);
	});

	it('reads a hedged guess after a question as a guess: "…, henri or sumthin?"', () => {
		expect(text('whos the pm rn, henri or sumthin?').text).toMatch(/^Yes, Ariel Henry\./);
	});

	it('asks for a source with "where is that quote from?", not a place', () => {
		expect(text('where’s the “abandoned it” quote about the prison guards from?').text).toMatch(/AyiboPost/);
	});

	it('takes the noun after "which" or "what kind of" as the kind of answer wanted, not a word the fact must have', () => {
		expect(text('which facility does the article describe as the biggest lockup in the country?').text).toMatch(
			/Pénitencier National/,
		);
		expect(text('what sort of outfit is RNDDH?').text).toMatch(/human rights group/);
	});

	it('does not give a figure as of another year than the one asked about', () => {
		expect(text('how many inmates were in the prison in 2017?').found).toBe(false);
		expect(text('how many inmates were in the prison in 2023?').text).toMatch(/3,687/);
	});

	it('answers a yes/no question that states a figure by checking it: no when the report gives another', () => {
		expect(text('is it true homicides tripled in 2023?').text).toMatch(/^No: .*more than doubled/);
		expect(text('did homicides triple in 2023?').text).toMatch(/^No: /);
		expect(text('did the prison hold 3,687 inmates?').text).toMatch(/^Yes: “3,687 inmates”/);
		// A date in passing, or what could be, is not a figure to confirm.
		expect(text('could all the inmates counted in February 2023 fit in five prisons that size?').text).not.toMatch(
			/^Yes/,
		);
		expect(text('could 3,687 inmates fit in a prison built for 700?').text).not.toMatch(/^Yes/);
	});

	it('puts listed events in order, a year one of them names not taken for a range', () => {
		const listed = text('put these in order: the 2023 inmate count, the assassination of Moise, the December deal');
		expect(listed.text).toMatch(/2021[\s\S]*2022[\s\S]*2023/);
	});

	it('orders two events by the calendar when the report dates them relative to itself', () => {
		expect(text('which came first: the security council green light or barbecue warning about schools?').text).toMatch(
			/^“.*security council.*” came first, then/i,
		);
	});

	it('does not date what a relative clause tells by the date of the main clause', () => {
		expect(text('when exactly was Barbecue sanctioned by the UN?')).toMatchObject({
			found: false,
			text: /doesn’t say when/,
		});
		expect(text('when did Barbecue warn residents about schools?').text).toMatch(/This week/);
	});

	it('answers "who is" a role with its holder only, and not with the holder the question names', () => {
		expect(text('who is the premier?').text).toMatch(/Ariel Henry/);
		expect(text('who was haiti’s prime minister before henry?')).toMatchObject({ found: false });
	});

	it('answers "compare what A and B said" with what each source says, and nothing else as that', () => {
		const compared = text('compare what Gazette Haiti and Reuters said about the inmates');
		expect(compared.text).toMatch(/^What each source says: .*Gazette Haiti.*Reuters/);
		expect(text('what part of the country do the gangs control?').text).not.toMatch(/What each source says/);
	});

	it('answers each question of a message that asks several, and says which the report does not answer', () => {
		const both = text('who offered to lead the international force, and which body approved it?');
		expect(both).toMatchObject({ found: true, text: /Kenya.*Security Council/ });
		// A part that names nothing is asked about what the first part names.
		expect(text('which country offered to lead the force and is it deployed yet?').text).toMatch(
			/Kenya.*remains unclear when/,
		);
		const answer = engine.ask('who offered to lead the international force, and what does it cost?');
		expect(answer.notes).toContain('The report doesn’t say: “what does it cost?”');
	});

	it('reads a condition and the question asked of it as one question', () => {
		expect(text('if the prison was built for 700, how many more inmates than places were there in 2023?').text).toMatch(
			/2,987 more inmates than it has places/,
		);
	});

	it('finds what a role’s holder said or did by the role, where the fact calls him by name', () => {
		expect(text('why did the prime minister stay on?').text).toMatch(/security must be restored/);
	});

	it('reads "which two parties…" as asking for the doers, whatever the question calls them', () => {
		expect(text('which two parties sanctioned Barbecue?').text).toMatch(/U\.N\. and the U\.S\./);
	});

	it('does not give a month, a year or a weekday for "what exact day"', () => {
		expect(text('on what exact day did the security council approve the force?')).toMatchObject({
			found: false,
			text: /doesn’t say on what day/,
		});
		expect(text('what exact day was Moise assassinated?').text).toMatch(/July 7, 2021/);
	});

	it('says the report does not mention a name it does not know, with what it does say', () => {
		const answer = engine.ask('Did Canada also sanction Barbecue?');
		expect(answer.found).toBe(false);
		expect(answer.heading).toBe('The report doesn’t mention Canada.');
		expect(answer.notes.join(' ')).toMatch(/sanctioned by the U\.N\. and the U\.S\./);
	});

	it('asks "how old" for an age and "what is X called" for a name, which the report does not give', () => {
		expect(text('how old is Ariel Henry?')).toMatchObject({ found: false, text: /doesn’t say how old/ });
		expect(text('what is the alliance of criminal organizations actually called?')).toMatchObject({
			found: false,
			text: /doesn’t name them/,
		});
		expect(text('what did the police unions call for?').text).toMatch(/called for help/);
	});

	it('answers "who is the current X" only with who holds it as of the report', () => {
		expect(text('who is the current prime minister?').text).toMatch(/Ariel Henry/);
		expect(text('who is Haiti’s current president?')).toMatchObject({ found: false, text: /doesn’t say who/ });
	});

	it('reads "how many X per Y" and "for every Y" as a ratio, and "per the rights group" as a source', () => {
		expect(text('how many inmates were there per place in February 2023?').text).toMatch(/^About 5\.27 times/);
		expect(text('roughly how many inmates for every available place?').text).toMatch(/^About 5\.27 times/);
		expect(text('how many inmates were there per the rights group?').text).toMatch(/3,687 inmates/);
	});

	it('gives a duration from a date known only to the year as a range to the half year', () => {
		expect(text('how many years between the RNDDH warning and the assassination of Moise?').text).toMatch(
			/^About 4 years \(between 3½ and 4½ years\)/,
		);
	});

	it('needs a fact to tell what the main clause asks, not only what its subordinate clause says', () => {
		expect(text('which schools closed after barbecue warned about collateral damage?').found).toBe(false);
		expect(text('what did barbecue tell residents after the siege?').text).toMatch(/school/);
	});

	it('hears a named speaker before a verb of saying, in Creole too', () => {
		expect(text('Èske gouvènman an di kichòy sou atak la?').text).toMatch(/has not commented/);
	});

	it('answers a count of what a place is built to hold with its capacity', () => {
		expect(text('how many detainees is the penitentiary designed to house?').text).toMatch(/700 places/);
		expect(text('Le Pénitencier a été conçu pour combien de prisonniers ?').text).toMatch(/700 places/);
		expect(text('how many inmates were in the prison in 2023?').text).toMatch(/3,687 inmates/);
	});

	it('does not answer "what kind of" with a figure', () => {
		expect(text('what kind of people are locked up in the Pénitencier?').text).not.toMatch(/^As of February 2023/);
	});

	it('asks a bare later question of the first: "…, and why?"', () => {
		expect(text('did Henry leave office on February 7 as agreed, and why?').text).toMatch(/security must be restored/);
	});

	it('counts in words even where no fact clears the usual bar, and hears "who insisted that…" as who said it', () => {
		expect(text('how many police unions r beggin for help').text).toMatch(/Two of Haiti’s main police unions/);
		expect(text('who insisted that free and fair elections need security restored first?').text).toMatch(
			/Ariel Henry stayed on, arguing/,
		);
	});

	it('answers "how much of" with a part told in words', () => {
		expect(text('how much of Haiti do the gangs control?').text).toMatch(/a large part of the country/);
	});

	it('reads a "when" after another question word as a clause, not as what is asked', () => {
		expect(text('what did the guards at the prison do when things kicked off?').text).toMatch(/abandoned/);
	});

	it('reads "which news outlet…" and "what political party…" as the kind of answer wanted', () => {
		expect(text('which news site reported that the guards walked away?').text).toMatch(/AyiboPost/);
		expect(text('which news outlet covered the attack on the port?')).toMatchObject({
			found: false,
			text: /doesn’t say who said it/,
		});
		expect(text('what political party is Jimmy Sergier in?').found).toBe(false);
		expect(text('what religion is Ariel Henry?').found).toBe(false);
	});

	it('asks for a person where a title is asked about, and for who holds it as of the report', () => {
		expect(text('who was president of haiti after moise?').found).toBe(false);
		expect(text('who is the president of haiti?').found).toBe(false);
		expect(text('who is haiti’s premier?').text).toMatch(/Ariel Henry/);
	});

	it('asks "what was the X count" for a number, and "what time" for a time of day', () => {
		expect(text('what was the casualty count in the port attack?')).toMatchObject({
			found: false,
			text: /doesn’t say how many/,
		});
		expect(text('what time did gunmen try to seize the port?')).toMatchObject({
			found: false,
			text: /doesn’t say when/,
		});
		expect(text('when did gunmen try to seize the port?').text).toMatch(/day before Friday/);
	});

	it('does not give a count from a year before the report for how many there are now', () => {
		expect(text('how many inmates remain in the Pénitencier today?').text).not.toMatch(/3,687 inmates/);
	});

	it('answers yes or no where the fact says so plainly, and leaves a plan or an offer without a verdict', () => {
		expect(text('did the guards abandon the prison?').text).toMatch(/^Yes, the report says so: .*AyiboPost/);
		expect(text('did Barbecue tell residents to send their children to school?').text).toMatch(/^No: /);
		expect(text('did Henry hand over power on February 7?').text).toMatch(/^No: .*stayed on/);
		expect(text('did Kenya lead the international force?').text).not.toMatch(/^(Yes|No)\b/);
		expect(text('yes or no: is Jimmy Sergier a former policeman?').text).toMatch(/^Yes/);
	});

	it('asked who said something, holds a named source as the doubt, and reads a Creole word in English', () => {
		expect(text('who said some prizonye were scared to run bc of the crossfire, was it AyiboPost?').text).toMatch(
			/^No, not AyiboPost\..*Reuters sources said/s,
		);
		expect(
			text(
				'Someone says AyiboPost reported the prisoners were scared of the crossfire. Whose sources actually said that?',
			).text,
		).toMatch(/^\s*Reuters sources said/);
	});

	it('names the leader of a group only where the report tells one, and reads a subject’s own verb as its verb', () => {
		expect(text('Ki non chèf RNDDH la?')).toMatchObject({
			found: false,
			text: /^The report doesn’t name the leader of RNDDH\./,
		});
		expect(text('what is the name of the alliance’s leader').text).toMatch(/Jimmy Sergier/);
		// "Which organ of the United Nations authorised…": no verb before it, so "authorised" is the question's own.
		expect(
			text('Which organ of the United Nations authorised an armed international mission to back Haiti’s police?').text,
		).toMatch(/UN Security Council/);
	});

	it('reads who says so ("according to…") as qualifying what is asked, and a joiner left after chat', () => {
		expect(text('how much did killings go up in 2023 according to the big international org’s numbers?').text).toMatch(
			/more than doubled/,
		);
		expect(
			text('heyy, hope this isnt a bother but which african country said theyd lead the foreign armed force thingy?')
				.text,
		).toMatch(/^\s*Kenya offered/);
	});

	it('reads asking for something ("sought", "requested", "proclaimed") as saying it', () => {
		expect(
			text('I would like to know who sought assistance to keep the notorious criminals from escaping the penitentiary.')
				.text,
		).toMatch(/police unions called for help/);
	});

	it('answers who did something with a fact whose own answer tells it, not one that tells it in passing', () => {
		expect(text('who put sanctions on that barbecue fellow').text).toMatch(/sanctioned by the U\.N\. and the U\.S\./);
		expect(text('hmm who put sanctions on that barbecue fellow, was it just the americans?').text).toMatch(
			/^Not only United States/,
		);
	});

	it('checks a statement put up with "is it correct to say that" or "whether it is true that"', () => {
		expect(text('Is it correct to say that the prison was built to hold 3,687 prisoners?').text).toMatch(
			/^No: the report gives 700 places/,
		);
		expect(text('Could you check for me whether it is true that the number of homicides fell in 2023?').text).toMatch(
			/^No: .*more than doubled/,
		);
	});

	it('reads a question wrapped in polite words, and "whether" as asking yes or no', () => {
		expect(text('I would like to know whether the prison was operating above its intended capacity.').text).toMatch(
			/^Yes: 3,687 inmates against 700 places/,
		);
		expect(text('Might I ask which organisation documented the number of detainees?').text).toMatch(/RNDDH/);
		expect(text('Could you please tell me who heads the government?').text).toMatch(/Ariel Henry/);
	});

	it('reads the longer kind noun past the frame’s words ("which gang figure" asks for a person)', () => {
		expect(text('Which gang figure has been blacklisted by both the UN and Washington?').text).toMatch(/Jimmy Sergier/);
		expect(text('Par qui Jimmy Chérizier, dit Barbecue, a-t-il été sanctionné ?').text).toMatch(
			/sanctioned by the U\.N\./,
		);
	});

	it('counts with a qualified measure only where the question asks its qualifier, and "now" only in its own clause', () => {
		expect(text('how many inmates are there now').text).not.toMatch(/released/);
		expect(text('how many inmates escaped').text).toMatch(/released by gang members/);
		expect(text('how many inmates above capacity').text).toMatch(/2,987/);
		expect(
			text('Which NGO had already flagged understaffing at the penitentiary years before the current crisis?').text,
		).toMatch(/RNDDH warned/);
	});

	it('reads Creole yes/no with its tag, French "est-il exact que", and French chat abbreviations', () => {
		expect(text('Eske kantite omisid yo te diminye an 2023? Wi oswa non?').text).toMatch(/^No: .*more than doubled/);
		expect(text('Est-il exact que le Pénitencier National pouvait accueillir 3 687 détenus ?').text).toMatch(
			/^No: the report gives 700 places/,
		);
		expect(text('jpp, ya cb de places ds ce pénitencier ??').text).toMatch(/700 places/);
	});

	it('reads since which year, silence asked in its own word or with a question mark alone, and a threat to come', () => {
		expect(text('Depi ki ane Ariel Henry ap dirije?').text).toMatch(/since 2021/);
		expect(text('Who has so far stayed silent about the prison attack?').text).toMatch(/government has not commented/);
		expect(text('Gouvènman an di kichòy sou atak kont prizon an?').text).toMatch(/^No, not as far as the report says/);
		expect(text('Barbecue te konn polisye anvan?').text).toMatch(/former policeman/);
		// Where they said they would attack is a threat, not the siege that was.
		expect(text('where else did the gangs say they would attack?').text).not.toMatch(/laid siege/);
	});

	it('gives no date for what the report tells only as planned, and the plan’s date where the plan is asked', () => {
		expect(text('When did Ariel Henry finally resign?')).toMatchObject({
			found: false,
			text: /^The report doesn’t say that happened: it tells of it only as planned\./,
		});
		expect(text('when was henry supposed to step down').text).toMatch(/February 7/);
		// What else the fact tells is asked about as such: the deal, not the handover planned under it.
		expect(text("Quand a été conclu l'accord qui prévoyait le départ d'Ariel Henry ?").text).toMatch(/December 2022/);
	});

	it('reads "it" in a later part as what a which-question’s first part asked to be named', () => {
		expect(text('Which lockup did the armed groups surround over the weekend, and which city is it in?').text).toMatch(
			/Pénitencier National is in Haiti’s capital, Port-au-Prince/,
		);
	});

	it('asks a later part as typed where what the first part names does not fit it', () => {
		const answer = text(
			"Quand le Conseil de sécurité de l'ONU a-t-il donné son feu vert au déploiement d'une force armée internationale, et quel pays a proposé d'en prendre la tête ?",
		).text;
		expect(answer).toMatch(/Last October/);
		expect(answer).toMatch(/Kenya offered to lead/);
	});

	it('reads a name only from its words said together, and a kind of answer past an adverb', () => {
		// "UN … approved … force" is not "the UN-approved force"; "which UN body actually approved" asks for a body.
		expect(text('which un body actually ok’d the foreign force fr').text).toMatch(/UN Security Council/);
		expect(text('which UN body approved the force?').text).toMatch(/UN Security Council/);
	});

	it('says the report names no thing it has no name for, and still names a person asked by role', () => {
		expect(text('what’s the port called that the gunmen tried to take over?')).toMatchObject({
			found: false,
			text: /^The report doesn’t name the port\./,
		});
		expect(text('what was the name of the president who was killed').text).toMatch(/Jovenel Moïse/);
	});

	it('reads chat around a timeline, a percentage, a time of day and a name asked about', () => {
		expect(text('timeline pls, put all the dated stuff in order oldest first').text).toMatch(
			/2017 RNDDH warned.*July 7, 2021/,
		);
		expect(text('by how many percent was the pen over capacity in feb 2023, do the math pls').text).toMatch(
			/426\.7% over it/,
		);
		expect(text('wat time did the gangs roll up on the prison').text).toMatch(/Saturday night/);
		expect(text('rnddh is who exactly, never heard of em').text).toMatch(/human rights group RNDDH/);
	});

	it('never says yes to "only" where the report names others too, however the question is put', () => {
		for (const question of [
			'yes or no: barbecue is only sanctioned by the us?',
			'is barbecue only sanctioned by the US?',
			'did only the US sanction Barbecue?',
		])
			expect(text(question).text).toMatch(/^No: the report credits United Nations too/);
		expect(text('did RNDDH count 700 inmates?').text).toMatch(/^No: the report gives 3,687 inmates/);
	});

	it('holds a rate against a threshold in a yes/no question', () => {
		expect(text('were there over four inmates for every place in 2023?').text).toMatch(/^Yes: about 5\.27 times/);
		expect(text('was the prison holding more than 6 times its capacity?').text).toMatch(/^No: about 5\.27 times/);
	});

	it('reads a dropped g as the word: "tellin", "warnin"', () => {
		expect(text('who was warnin parents about school').text).toMatch(/Jimmy Sergier/);
	});

	it('lists the countries the report names, leaving out the one the question sets aside', () => {
		expect(text('besides Haiti, which countries does the report mention?').text).toMatch(
			/^Besides Haiti, the report names 2 countries: Kenya, United States\./,
		);
	});

	it('gives as many facts as a question asks for, where that many fit', () => {
		const two = engine.ask('what two warnings did Jimmy Sergier give this week?');
		expect(two.items.map((item) => item.fact.id).sort()).toEqual([
			'sergier-school-warning',
			'sergier-warns-of-escalation',
		]);
	});

	it('counts what the report names of a kind when asked how many it cites', () => {
		expect(text('how many newspapers and agencies does the article cite?').text).toMatch(
			/^The report names 3 news outlets: AyiboPost, Gazette Haiti, Reuters\./,
		);
		// "How many people were held" asks for a figure, not for the people the report names.
		expect(text('how many people were held in the penitentiary?').text).toMatch(/3,687 inmates/);
	});

	it('answers a guess after a who-question, and says whether it was right', () => {
		expect(text('who called for urgent reinforcements, the UN?').text).toMatch(
			/^No, not United Nations\. .*Police unions/,
		);
		expect(text('which outlet said the guards walked off — AyiboPost?').text).toMatch(/^Yes, AyiboPost\./);
		// The report only points to Sergier as the alliance's head: a guess of him is not confirmed outright.
		expect(text('who heads the alliance of criminal organizations - Barbecue?').text).toMatch(
			/^The report does not say outright that it was Jimmy Sergier/,
		);
	});

	it('says when what a source is asked about is another source’s word', () => {
		expect(text('did Gazette Haiti say prisoners were reluctant to escape for fear of the crossfire?').text).toMatch(
			/^No: the report credits that to Reuters\./,
		);
	});

	it('does not answer a message whose main question the report does not answer', () => {
		const answer = engine.ask('how many troops will Kenya send, and when will the force be deployed?');
		expect(answer.found).toBe(false);
		expect(answer.notes.join(' ')).toMatch(/What it does say: It remains unclear when the international force/);
	});

	it('takes who runs a country as who leads its government, and not what a country leads as who leads it', () => {
		expect(text('who is running haiti?').text).toMatch(/Ariel Henry/);
		expect(text('who leads Kenya?').found).toBe(false);
	});

	it('answers where only with a fact that puts it in a place, and how long only with a length of time', () => {
		expect(text('where was President Moise assassinated?').found).toBe(false);
		expect(text('where is the Pénitencier National?').text).toMatch(/Port-au-Prince/);
		const lasted = engine.ask('how long did the gun battle at the prison go on?');
		expect(lasted).toMatchObject({ found: false, heading: 'The report doesn’t say how long.' });
	});

	it('checks a statement put up to be checked, and says no where the report differs', () => {
		expect(text('someone said AyiboPost counted 3,687 inmates, is that true?').text).toMatch(
			/^No: the report credits this to RNDDH/,
		);
		expect(text("on dit que le RNDDH a compté 3 687 détenus, c'est vrai ?").text).toMatch(/^Yes: .*as the report says/);
		expect(text('I read the prison was built for 3,687, right?').text).toMatch(/^No: .*700 places/);
	});

	it('checks a statement however it is put up: someone in a channel, a rumour check, quoted, choices as emoji', () => {
		expect(
			text('@everyone someone in <#223344556677889900> says Moise was killed July 7th 2020 lol is that right').text,
		).toMatch(/^No: .*July 7, 2021/);
		expect(text("Rumour check: 'Henry handed over power on Feb 7 like the deal said.' Yes or no?").text).toMatch(
			/^No: .*only planned/,
		);
		expect(
			text("mods pls verify: 'the prison was built for 700 but had 3,687 inmates in Feb 2023' ✅ or ❌??").text,
		).toMatch(/^Yes: /);
		expect(
			text(
				"Someone posted that the Pénitencier has 'three thousand six hundred eighty-seven places'. Is that accurate?",
			).text,
		).toMatch(/^No: .*700 places/);
		// A date that differs says no only where the event it dates is the one the statement tells.
		expect(text('I heard Barbecue got killed in the clashes on Saturday, true?').text).not.toMatch(/^No\b/);
	});

	it('answers the question among chat sentences, keeping one the question points back to', () => {
		expect(text('ok everyone calm down. bot: who leads the gang alliance?').text).toMatch(/Jimmy Sergier/);
		expect(text('when was Moise killed?? asking for a school project lol').text).toMatch(/July 7, 2021/);
		expect(text('Henry was supposed to leave on February 7. why did he stay on?').text).toMatch(
			/security must be restored/,
		);
	});

	it('prefers the fact that calls its source by the noun asked, and reads a yes/no question after a scene', () => {
		expect(text('which news agency said inmates feared the crossfire?').text).toMatch(/^ Reuters sources said/);
		expect(text('As of February 2023, was the prison over four times its capacity?').text).toMatch(/^Yes: about 5\.27/);
	});

	it('answers since when from a date given as a start, names the prison asked for, and reads up or down as a change', () => {
		expect(text('since when has Henry held office?').text).toMatch(/in power since 2021/);
		expect(text('which prison did armed groups besiege?').text).toMatch(
			/Haiti’s largest prison, the Pénitencier National/,
		);
		expect(text('are homicides going up or down?').text).toMatch(/more than doubled/);
		expect(text('what diffrent kinds of crisis does it list?').text).toMatch(/security, humanitarian/);
	});

	it('asks why of what was said, past a noun after the name, and reads a verb of saying the data lacks as its own', () => {
		// "chief" is no verb: the verb asked is "say", and the reason asked is for what was said.
		expect(text('Why did the gang chief say families should keep their kids out of class?').text).toMatch(
			/to avoid “collateral damage”/,
		);
		expect(text('what did barbecue advise parents?').text).toMatch(/warned residents not to send their children/);
	});

	it('reads a word of its own one letter from a vague word as what is asked, not as a misspelling', () => {
		// "funds" is one edit from "finds": read as that, the question was only "who … the gangs".
		const answer = engine.ask('who funds the gangs?');
		expect(answer.found).toBe(false);
		expect(text('who funds the gangs?').text).toMatch(/doesn’t say/);
	});

	it('answers who a description is by what the clause after it says, and when something will happen only from what is to come', () => {
		expect(text('who is the rights group that warned of overcrowding?').text).toMatch(/^RNDDH\./);
		expect(text('when is the international force going to arrive?').text).toMatch(/remains unclear when/);
	});

	it('lists what the report says of a group a list question names, in the report’s order', () => {
		const answer = engine.ask('list every attack the armed gangs carried out');
		expect(answer.heading).toMatch(/^What the report says of Armed gangs/);
		const ids = answer.items.map((item) => item.fact.id);
		expect(ids).toEqual(expect.arrayContaining(['prison-siege', 'port-attack', 'gangs-threaten-police-stations']));
	});

	it('answers what a named speaker said from another fact only where that fact tells far more of it', () => {
		expect(text('what did the gang boss tell parents about sending kids to school this week?').text).toMatch(
			/warned residents not to send their children to school/,
		);
		expect(text('did the government say anything about the jailbreak?').text).toMatch(/has not commented/);
	});

	it('works a rate out the other way round, and reads a population asked for as a count', () => {
		expect(text('what percentage of the inmates had a place to sleep?').text).toMatch(
			/^About 19%: 700 ÷ 3,687 × 100 = 18\.99/,
		);
		expect(text('what was the inmate population in 2017?').found).toBe(false);
		expect(text('what is the population of haiti?').found).toBe(false);
	});

	it('lists the years the report names', () => {
		expect(text('give me every year the article mentions').text).toMatch(
			/^The years the report names \(4\): 2017, 2021, 2022, 2023\./,
		);
	});

	it('answers who the one named acted on', () => {
		expect(text('who did Sergier warn about school?').text).toMatch(/warned residents/);
	});

	it('answers which of two a question offers, more or less', () => {
		expect(text('was the prison holding more or less than four times its capacity?').text).toMatch(
			/^More: about 5\.27 times\./,
		);
	});

	it('answers whether something has happened yet from what the report says is still unclear', () => {
		expect(text('has the international force been deployed yet?').text).toMatch(
			/^Not as far as the report says: .*remains unclear/,
		);
	});

	it('lists the news outlets, not every source, when asked for outlets', () => {
		expect(text('which newspapers and news sites (not NGOs) does the article quote?').text).toMatch(
			/^The report names 3 news outlets: AyiboPost, Gazette Haiti, Reuters\./,
		);
		expect(text('list every source the report cites').text).toMatch(/^The report cites 5 sources/);
	});

	it('names the one asked for among others the question names, and lists the people named', () => {
		expect(text('name of the rights grp pls, the one with the prison figures').text).toMatch(/^RNDDH/);
		expect(text('who are all the people mentioned in the article?').text).toMatch(/^The report names 3 people/);
	});

	it('does not answer about the smallest prison with the largest', () => {
		expect(text('what is the smallest prison in haiti called?').found).toBe(false);
		expect(text('what is the biggest jail in Haiti called?').text).toMatch(/^Pénitencier National/);
	});

	it('reads "what part of the country" and "how much territory" as asking how large a part', () => {
		expect(text('what part of the country is under gang control?').text).toMatch(/a large part of the country/);
		expect(text('how much land do the gangs hold?').text).toMatch(/a large part of the country/);
	});

	it('asks "before or after" as which came first', () => {
		expect(text('did the port attack come before or after the siege of the prison?').text).toMatch(
			/^Before\. “.*port.*” came first/,
		);
	});

	it('counts days between weekdays the report dates from itself, and months between months', () => {
		expect(text('how many days between the port attack and the prison siege?').text).toMatch(/^2 days/);
		expect(text('how long between the December 2022 deal and the February 2023 inmate count?').text).toMatch(
			/^About 2 months/,
		);
	});

	it('answers "how long has X been…" with the time since the date the report gives', () => {
		expect(text('how long has Ariel Henry been in charge?').text).toMatch(/^About 3 years .*by the report’s date/);
	});

	it('asks a later part that names nothing about what the first part’s answer is about', () => {
		expect(text('which president was assassinated in 2021, and what happened after?').text).toMatch(/deepened/);
	});

	it('does not answer what a leader said with who leads', () => {
		expect(text('what did the gang alliance boss announce?').text).toMatch(/coordinated actions/);
	});

	it('keeps French words a report on Haiti gives meaning to, such as "force"', () => {
		expect(text('sait-on quand la force internationale sera déployée ?').text).toMatch(/remains unclear when/);
	});

	it('answers where a figure comes from when the question gives its number', () => {
		expect(text('who came up with the 3,687 number?').text).toMatch(
			/according to the Haitian human rights group RNDDH/,
		);
		expect(text('did Gazette Haiti provide the 700 places figure?').text).toMatch(
			/^No: the report credits it to RNDDH/,
		);
		expect(text('did RNDDH provide the 700 places figure?').text).toMatch(/^Yes/);
	});

	it('gives the person for "what is X’s real name" where X is another of their names, and a place its name', () => {
		expect(text('what is Barbecue’s real name?').text).toMatch(/^Jimmy Sergier/);
		expect(text('the prison that got attacked, what is it called?').text).toMatch(/^Pénitencier National/);
		expect(text('what is the name of the third-largest prison?').text).not.toMatch(/^Pénitencier National/);
	});

	it('does not give a one-word question matched only through a related word an answer', () => {
		expect(text('and what did that mess up?').found).toBe(false);
	});

	it('gives no yes where a name covers the question’s verb and the quote tells an offer', () => {
		expect(text('did Kenya lead the international force?').text).not.toMatch(/^Yes/);
		// Naming no one, a word a fact shares is no yes, nor any answer.
		expect(text('was he out of the country?').found).toBe(false);
	});

	it('answers where a person was only with a fact about that person', () => {
		expect(text('where was Ariel Henry when the prison was attacked?').found).toBe(false);
	});

	it('splits "…, and does the report name them?" into a question of its own', () => {
		const answer = engine.ask('how many police unions asked for help, and does the report name them?');
		expect(answerText(answer)).toMatch(/Two of Haiti’s main police unions/);
		expect(answer.notes).toContain('The report doesn’t say: “does the report name them?”');
	});

	it('lists the people the report names, by name', () => {
		expect(text('list every person named in the report').text).toMatch(
			/^The report names 3 people: Jimmy Sergier, Ariel Henry, Jovenel Moïse\./,
		);
	});

	it('does not give a country for a name asked for', () => {
		expect(text('who is the kenyan commander in charge of the force? need a name')).toMatchObject({
			found: false,
			text: /doesn’t (?:name them|say who)/,
		});
	});

	it('does not answer for a rank the report does not give, and prefers a cause to a time for "why"', () => {
		expect(text('what is the nominal capacity of Haiti’s second-biggest prison?').found).toBe(false);
		expect(text('Poukisa Henry pa t remèt pouvwa a 7 fevriye a?').text).toMatch(/^ ?Ariel Henry stayed on, arguing/);
	});

	it('reads a question after a story: the pronoun as the one name the story gives, the story itself left out', () => {
		const story =
			'My grandson says the fellow they call Barbecue was on the right side of the law before he became a gang boss. ';
		expect(text(`${story}What was his old line of work, if the article mentions it?`).text).toMatch(/former policeman/);
		expect(
			text(
				'Good evening. I was reading that the big jail in the capital was attacked by those gangs. I wonder, how many people is that jail built to hold?',
			).text,
		).toMatch(/\b700 places/);
		// A "que" of a clause does not make a sentence of the story a question.
		expect(
			text(
				'Mon frère vit à Port-au-Prince et me dit que les écoles sont vides. Qu’est-ce que le chef de gang a dit aux habitants ?',
			).text,
		).toMatch(/Jimmy Sergier warned residents/);
		// A pronoun no name in the story stands for: the question alone, where the two together find nothing.
		expect(
			text(
				'I read that the leader was meant to give up the reins under some agreement, but he hasn’t. On what date was he supposed to step aside?',
			).text,
		).toMatch(/February 7/);
	});

	it('leaves out emoji-separated chat and chat sentences after a question', () => {
		expect(
			text('<#1> which news agency had sources saying the inmates were scared of the crossfire 😭😭 sounds fake ngl')
				.text,
		).toMatch(/^ ?Reuters sources/);
		expect(text('@here :wave: new here, what’s the ‘Pénitencier National’ exactly?').text).toMatch(
			/^Pénitencier National/,
		);
	});

	it('reads "5x" as five times, and a bound in a yes/no question as a bound', () => {
		expect(text('was the pen over 5x capacity in feb 2023? yes or no').text).toMatch(/^Yes: about 5\.27 times/);
		expect(text('Is it true the Pénitencier had fewer than 3,000 inmates in February 2023?').text).toMatch(
			/^No: .*3,687 inmates/,
		);
		expect(text('did the prison have more than 3,000 inmates?').text).toMatch(/^Yes/);
	});

	it('never confirms what a question states with a date or measure the report does not give it', () => {
		expect(text('According to UN data, did homicides more than double in 2022?').text).toMatch(/^No: .*2023/);
		expect(text('Is the 3,687 figure in the report the number of inmates who escaped?').text).not.toMatch(/^Yes/);
		expect(text('ok homicides doubled in 2023 but what was the actual number in 2022').found).toBe(false);
	});

	it('says which name the report does not mention, and answers the other of two', () => {
		expect(text('did the EU sanction barbecue too or was it just the UN n the US?').text).toMatch(
			/^The report doesn’t mention EU\./,
		);
		expect(text('btw was it Kenya or Rwanda that offered to lead the force?').text).toMatch(
			/^Not Rwanda: the report doesn’t mention Rwanda\. It says: Kenya offered/,
		);
		expect(text('what did the US govt say about the prison attack').text).toMatch(
			/^The report doesn’t say what United States said/,
		);
	});

	it('needs another of the kind for "which other", and the dates given to the day for "which full dates"', () => {
		expect(text('After the big prison, which other prison did the gangs go after next?')).toMatchObject({
			found: false,
			text: /^The report doesn’t name another prison\./,
		});
		expect(text('Which two specific calendar dates (day and month) appear in the report?').text).toMatch(
			/^The dates the report gives to the day \(2\): July 7, 2021; February 7\./,
		);
	});

	it('answers "before or after" with which, and counts from the year an event happened in', () => {
		expect(
			text('Was RNDDH’s inmate count taken before or after the deal that set Henry’s handover date?').text,
		).toMatch(/^After\. /);
		expect(
			text('How many years separate Moise’s assassination from the year in which homicides more than doubled?').text,
		).toMatch(/^About 2 years/);
	});

	it('checks "is it true that…" claim by claim, and never confirms one only related words support', () => {
		expect(text('Is it true the gangs set the Pénitencier National on fire?').text).not.toMatch(/^Yes/);
		expect(text('is it true that Kenya offered to lead the force?').text).toMatch(/^Yes: /);
	});

	it('says a rumour put up to be checked is not in the report when the report makes none of its claims', () => {
		expect(text('saw on tiktok that cholera broke out in the prison too, is that in the report??')).toMatchObject({
			found: false,
			text: /^The report doesn’t say so\./,
		});
		expect(
			text(
				'Word on the street is the officers posted at the penitentiary just walked off the job. Does the report back that up?',
			).text,
		).toMatch(/^Yes: .*AyiboPost/);
	});

	it('reads "since wen", French statements put up to be checked and a verb the data does not know', () => {
		expect(text('since wen is henry pm').text).toMatch(/in power since 2021/);
		expect(
			text(
				'Je crois avoir lu que c’est Reuters qui a dit que les policiers avaient abandonné la prison. C’est bien ça, ou je confonds ?',
			).text,
		).toMatch(/^No: the report credits this to AyiboPost/);
		expect(text('Qui a conseillé aux habitants de ne pas envoyer leurs enfants à l’école ?').text).toMatch(
			/Jimmy Sergier warned residents/,
		);
	});

	it('reads stretched letters, short month names and a light verb before the noun that says what was done', () => {
		expect(text('lmaooo whos the PM again').text).toMatch(/Ariel Henry/);
		expect(text('sooo who leads the gangsss').text).toMatch(/Sergier/);
		// "Feb" is February, not a name the report never mentions.
		expect(text('How many inmates over capacity was it in Feb 2023?').text).toMatch(/2,987/);
		expect(text('who slapped sanctions on barbecue').text).toMatch(/U\.N\. and the U\.S\./);
		// A light verb with a noun the report does not credit to anyone still asks that of it.
		expect(text('who gave the order to assassinate Moise?').found).toBe(false);
	});

	it('says "not only" to a guess offered as the only one where the report names another beside it', () => {
		expect(text('who sanctioned barbecue, just the UN?').text).toMatch(/^Not only United Nations:/);
		expect(text('barbecue il a été sanctionné par qui, juste l’onu ?').text).toMatch(/^Not only United Nations:/);
		expect(text('who sanctioned barbecue, the UN?').text).toMatch(/^Yes, United Nations\./);
		expect(text('who offered to lead the force, just Kenya?').text).toMatch(/^Yes, Kenya\./);
	});

	it('answers a checked statement that names what the report never does with the one fact it is about', () => {
		expect(text('C’est le Nigeria qui va diriger la force internationale, non ?')).toMatchObject({
			found: true,
			text: /^The report doesn’t mention Nigeria\. It says: Kenya offered to lead/,
		});
		expect(text('henrys been pm since like 2019 no?').text).toMatch(
			/2019\. It says: Ariel Henry has been in power since 2021/,
		);
		expect(text('heard the gangs tried to take the AIRPORT the day before, real??').text).toMatch(
			/AIRPORT\. It says: .*main port/,
		);
		expect(text('Which human rights group counted the inmates, Amnesty?').text).toMatch(
			/^Not Amnesty: the report doesn’t mention Amnesty\. It says: .*RNDDH/,
		);
		expect(text('rumour going round that the pen was built for 7000 ppl?? confirm pls').text).toMatch(
			/^No: .*700 places/,
		);
		// Something asked about besides what the report names, or a place that names another prison: nothing.
		expect(text('Did the Croix-des-Bouquets prison get hit too?').found).toBe(false);
		expect(text('How many inmates are in the Cap-Haïtien prison?').found).toBe(false);
		expect(text('did Canada sanction Barbecue too?').found).toBe(false);
	});

	it('answers who has not spoken with what the report says of those who have not, whatever it was about', () => {
		expect(text('Who hasn’t said a word publicly about the jail attack?').text).toMatch(/government has not commented/);
		expect(text('who has not commented on the prison attack').text).toMatch(/government has not commented/);
		// A who-question about speaking is answered only by what someone said.
		expect(text('who has spoken about the weather in the capital?').found).toBe(false);
	});

	it('answers who gave figures on something with the figure and its source, and who a described one is', () => {
		expect(text('bruh who even put out the numbers on how packed that prison is').text).toMatch(/according to .*RNDDH/);
		expect(text('who put out the numbers on the weather').found).toBe(false);
		expect(text('whos the haitian rights group that counted the inmates').text).toMatch(/^RNDDH\./);
	});

	it('splits a second question after ", and" with any auxiliary or a preposition, and asks "him" of the person answered', () => {
		const both = text(
			'did Henry stay in power past February 7, and did Kenya offer to lead the UN-approved force?',
		).text;
		expect(both).toMatch(/stayed on/);
		expect(both).toMatch(/Kenya offered to lead/);
		expect(
			text('Who is the gang leader that warned the attacks would escalate, and who has sanctioned him?').text,
		).toMatch(/sanctioned by the U\.N\. and the U\.S\./);
		expect(
			text('How many police unions asked for help, and how many inmates did the prison hold at the last count?').text,
		).toMatch(/Two of .*3,687 inmates/);
	});

	it('reads "did it hold" as what a place held, "can it hold" as what it could', () => {
		expect(text('how many inmates did the prison hold?').text).toMatch(/3,687 inmates/);
		expect(text('how many can the prison hold?').text).toMatch(/700 places/);
	});

	it('does not take a verb in the name of what a fact is about for the fact’s own', () => {
		// "UN-approved" names the force; the fact about its deployment approves nothing.
		expect(text('Which world body okayed sending outside armed help?').text).not.toMatch(/remains unclear/);
	});

	it('says yes to a description the report gives, names typed in lowercase included', () => {
		expect(text('was barbecue ever a cop or nah').text).toMatch(/^Yes: “was ever a cop”/);
		expect(text('is barbecue a former soldier?').text).toMatch(/^No: .*former policeman/);
		expect(text('whats the deal w kenya in all this').text).toMatch(/Kenya offered to lead/);
		expect(text('Qu’est-ce que les syndicats de police réclament ?').text).toMatch(/reinforcements/);
	});

	it('says whether two events fell in the same year, month or day, from their dates', () => {
		expect(
			text('Did Moise’s assassination and Henry’s arrival in power happen in the same year? which year?').text,
		).toMatch(/^Yes: both in 2021\./);
		expect(text('was the deal struck the same year Moise was killed?').text).toMatch(/^No: 2022 and 2021\./);
		expect(text('did the port attack and the prison siege happen on the same day?').text).toMatch(/^No: /);
		// A date the report gives only in words has no day to compare.
		expect(text('did the UN approve the force the same day Kenya offered to lead it?').found).toBe(false);
	});

	it('lists the parts a sentence names when asked for "the dimensions it names"', () => {
		expect(text('The report calls it a multidimensional crisis — list the dimensions it names.').text).toMatch(
			/^4: security, humanitarian, public health, political\./,
		);
	});

	it('holds a stated order of two events against the order the report gives them', () => {
		expect(text('People are saying the port attack happened AFTER the prison siege. True?').text).toMatch(
			/^No: “the port attack” came first, before “the prison siege”\./,
		);
		expect(text('is it true the port attack came before the prison siege?').text).toMatch(/^Yes: /);
	});

	it('works out what a supposition would make of the figures, with the arithmetic', () => {
		expect(
			text(
				'Even if the Pénitencier National could hold double its nominal capacity, would it still have been overcrowded?',
			).text,
		).toMatch(/^Yes: still over, 3,687 inmates against 700 × 2 = 1,400 places, 2,287 too many\./);
		expect(text('if the prison had 4000 places would it be overcrowded?').text).toMatch(/^No: .*within the limit/);
		expect(text('if the capacity tripled, would the inmates fit?').text).toMatch(/^No: still over/);
	});

	it('gives the share of those without, where the question asks for it', () => {
		expect(text('Roughly what share of the inmates in Feb 2023 had no official place in the prison?').text).toMatch(
			/^About 81%: \(3,687 − 700\) ÷ 3,687 × 100 = 81\.01/,
		);
		expect(text('what share of the inmates had a place?').text).toMatch(/^About 19%/);
	});

	it('says nothing of what the report never names: a doer it does not give, a thing it has no word for, places it only speaks of as such', () => {
		expect(text('who negotiated the deal?')).toMatchObject({ found: false, text: /^The report doesn’t say who\./ });
		expect(text('is the airport in pap still running')).toMatchObject({
			found: false,
			text: /^The report doesn’t mention “airport”\./,
		});
		expect(text('which neighborhoods had the heavy gunfire')).toMatchObject({
			found: false,
			text: /it says only “neighborhoods”/,
		});
		expect(text('which city is the prison in').text).toMatch(/Port-au-Prince/);
		expect(text('who sanctioned barbecue').text).toMatch(/U\.N\. and the U\.S\./);
	});

	it('answers when something still to come will happen with what the report says of it, not another date', () => {
		expect(text('when is the force arriving').text).toMatch(/^ ?It remains unclear when the international force/);
		expect(text('the un-approved foreign force... do we kno when it’s actually showing up').text).toMatch(
			/remains unclear when/,
		);
		expect(text('when did the UN approve the force').text).toMatch(/^ ?Last October/);
	});

	it('reads the questions a message joins with "+" or "et il y avait", and the day of the week asked for', () => {
		const both = text('who’s the PM the gangs r tryna topple + since when').text;
		expect(both).toMatch(/Ariel Henry/);
		expect(both).toMatch(/in power since 2021/);
		const french = text(
			'Le penitencier c’est combien de places normalement et il y avait combien de detenus dedans?',
		).text;
		expect(french).toMatch(/700 places/);
		expect(french).toMatch(/3,687 inmates/);
		expect(text('what day of the week was the prison attacked').text).toMatch(/Saturday night/);
	});

	it('does not name people the report only describes, nor list years for "every year"', () => {
		expect(text('names of the suspects jailed for the president’s killing')).toMatchObject({
			found: false,
			text: /^The report doesn’t name the suspects\./,
		});
		expect(text('Ki non prizonye ki te sove yo?').found).toBe(false);
		expect(text('what’s barbecue’s real name').text).toMatch(/Jimmy Sergier/);
		expect(text('how much aid does the US give haiti every year').found).toBe(false);
	});

	it('weighs little a light verb before its noun and the word that introduces a name', () => {
		expect(text('Which two bodies have slapped sanctions on the man nicknamed Barbecue?').text).toMatch(
			/U\.N\. and the U\.S\./,
		);
		expect(text('Konbyen plas Penitansye Nasyonal la genyen an prensip?').text).toMatch(/700 places/);
	});

	it('answers no to whether someone has spoken where the report says they have not', () => {
		expect(text('Has anyone in the administration said a word publicly about the jailbreak yet?').text).toMatch(
			/^No, not as far as the report says: .*government has not commented/,
		);
		// What the report says is not whether anyone spoke; nor is a country the one who did not.
		expect(
			text('is the report saying haiti is the poorest country in the whole world or just the hemisphere').text,
		).not.toMatch(/not commented/);
		expect(text('Which US official announced the sanctions against Sergier?').found).toBe(false);
	});

	it('reads a title typed without its article as the title in yes/no and either-or questions', () => {
		expect(text('is ariel henry pm or president?').text).toMatch(
			/^The pm: The report calls Ariel Henry prime minister/,
		);
		expect(text('was moise president or pm').text).toMatch(/^The president: The report calls Jovenel Moïse president/);
		expect(text('is henry president?').text).toMatch(/^No: the report calls Ariel Henry prime minister/);
	});

	it('lets one unknown word through when every other word of the question is in one fact', () => {
		expect(text('whats the max capacity of the pen').text).toMatch(/\b700 places/);
		expect(text('what is the weather in port-au-prince').found).toBe(false);
	});

	it('answers no where a plan did not happen, whatever the question adds about what was expected', () => {
		expect(text('Did Henry hand over power on February 7 as the December 2022 deal required?').text).toMatch(
			/^No: .*stayed on/,
		);
		expect(text('Le gouvernement haïtien a-tu fait un statement sur l’attaque de la prison?').text).toMatch(
			/^No\b.*not commented/,
		);
	});

	it('answers whether something is known with the report’s word that it is not', () => {
		expect(text('is it confirmed how many inmates got out? yes or no').text).toMatch(/^No: .*not clear how many/);
		expect(text('Is it clear when the Kenyan force will arrive?').text).toMatch(/^No: .*unclear when/);
		expect(text('is it known how many prisoners escaped?').text).not.toMatch(/^Yes/);
	});

	it('gives a reason only for what is asked, never a reason for something else', () => {
		for (const question of ['why did the guards leave?', 'why did the guards run?']) {
			expect(text(question)).toMatchObject({ found: false, text: /^The report doesn’t say why\./ });
		}
		expect(text('why is henry still in power').text).toMatch(/arguing that security must be restored/);
		expect(text('what argument did Henry give for staying on past February 7?').text).toMatch(
			/^\s*Ariel Henry stayed on, arguing/,
		);
	});

	it('holds a description asked about against the report, with the title or role it gives', () => {
		expect(text('Is Jimmy Sergier a former soldier, according to the report?').text).toMatch(/^No: .*former policeman/);
		expect(text('Was Moise the president?').text).toMatch(/^Yes\b/);
		expect(text('Is Kenya the leader of the force?').text).toMatch(/^No: the report says only: Kenya offered to lead/);
		expect(text('Quel métier Jimmy Sergier exerçait-il avant de devenir chef de gang ?').text).toMatch(
			/former policeman/,
		);
	});

	it('answers a yes/no question of the order of two events from their dates or the order the report states', () => {
		expect(text('Was the deal setting Henry’s handover date struck after Moise’s assassination?').text).toMatch(
			/^Yes: “Moise’s assassination” came first/,
		);
		expect(text('Did the prison siege come before the port attack?').text).toMatch(/^No: “the port attack” came first/);
		// An event the report does not date is not stood in for by one it dates.
		expect(text('Did the guards leave after the gangs attacked?').text).not.toMatch(/came first|2017/);
		expect(text('was Henry in power before 2021?').text).not.toMatch(/^Yes/);
	});

	it('answers no where the report says someone has not spoken, asked in Creole', () => {
		expect(text('Èske gouvènman ayisyen an fè yon deklarasyon sou atak prizon an?').text).toMatch(
			/^No\b.*not commented/,
		);
	});

	it('reads "didn’t want to" as the report’s "reluctant to", and "how much over" as a difference', () => {
		for (const question of [
			'whose sources said some inmates didnt wanna bounce',
			'who said some inmates didn’t want to run',
		]) {
			expect(text(question).text).toMatch(/^\s*Reuters sources said/);
		}
		expect(text('how much over capacity is the prison?').text).toMatch(/2,987 more inmates than it has places/);
	});

	it('reads who passed a question on, and a thing "called" so, as no one speaking', () => {
		expect(
			text(
				'My cousin says the gang boss gave families some advice about their kids’ schooling. What exactly did he tell them?',
			).text,
		).toMatch(/not to send their children to school/);
		expect(text('Haiti’s crisis is called ‘multidimensional’ — which areas does it cover?').text).toMatch(
			/security, humanitarian, public health, political/,
		);
	});

	it('reads "that" after a preposition as pointing at a thing, not opening a clause', () => {
		expect(
			text('who are the people in that jail that had something to do with the president getting killed').text,
		).toMatch(/alleged perpetrators of the assassination/);
	});

	it('answers a terse statement put up with "y/n" as the yes/no question it is', () => {
		expect(text('barbecue ex cop? y/n').text).toMatch(/^Yes\b/);
		expect(text('kenya leading force? y/n').text).toMatch(/^No: the report says only: Kenya offered to lead/);
		expect(text('escapees number known? y/n').text).toMatch(/^No: .*not clear/);
		expect(text('700 inmates? y/n').text).toMatch(/^No: the report gives 3,687 inmates/);
	});

	it('says the report names no other one where a question sets one aside', () => {
		expect(text('Which countries besides Kenya will send personnel to the international force?')).toMatchObject({
			found: false,
			text: /^The report doesn’t name another country\./,
		});
		expect(text('other prisons hit?')).toMatchObject({
			found: false,
			text: /^The report doesn’t name another prison\./,
		});
		expect(text('Besides the prison, what other site did gunmen try to seize?').text).toMatch(/main port/);
	});

	it('answers who did a deed with the one who did it, not with the leader of what it was done to', () => {
		for (const question of ['who approved the force?', 'who ok’d the force?']) {
			expect(text(question).text).toMatch(/UN Security Council gave the green light/);
		}
		expect(text('who leads the force?').text).toMatch(/Kenya offered to lead/);
	});

	it('reads the hedges of a careful question about the report as no part of what it asks', () => {
		expect(
			text('By whom, to the best of the report’s knowledge, has the gang leader known as ‘Barbecue’ been sanctioned?')
				.text,
		).toMatch(/sanctioned by the U\.N\. and the U\.S\./);
		expect(text('Since when has Ariel Henry held power, if the report says so at all?').text).toMatch(/2021/);
	});

	it('says the report gives no day where the event asked is dated less precisely, never another event’s day', () => {
		expect(text('on what exact date was the deal struck?')).toMatchObject({
			found: false,
			text: /^The report doesn’t say the date\./,
		});
		expect(text('when was Moïse assassinated again, exact date pls 🙏').text).toMatch(/July 7, 2021/);
	});

	it('checks a statement put up with "is it right that", its date too, and a hedge before a description', () => {
		expect(text('Is it right that Haiti’s biggest jail was designed to hold 1,000 people?').text).toMatch(
			/^No: the report gives 700 places/,
		);
		expect(text('is it true that Moise was killed in 2022?').text).toMatch(
			/^No: the report dates this to July 7, 2021/,
		);
		expect(text('is it true Henry took power in 2021?').text).toMatch(/^Yes\b/);
		expect(text('is rnddh like a newspaper or wat').text).toMatch(
			/^No: the report describes RNDDH as “human rights group”/,
		);
		expect(text('Has the Haitian government itself confirmed any of this?').text).toMatch(/^No\b.*not commented/);
	});

	it('reads the kind a who-question asks for, misspelt verbs and planned deeds', () => {
		expect(text('which country is the poorest?').text).toMatch(/^\s*Haiti is the poorest country/);
		expect(text('ki peyi pi pòv').text).toMatch(/^\s*Haiti is the poorest country/);
		expect(text('who sanctiond barbecue lol').text).toMatch(/sanctioned by the U\.N\. and the U\.S\./);
		expect(text('which country’s supposed to be leading the intl force, if anyone').text).toMatch(
			/Kenya offered to lead/,
		);
	});

	it('answers who of the ones a question offers, and which came first asked in Creole', () => {
		expect(text('who sanctioned barbecue, un or us or both??').text).toMatch(/sanctioned by the U\.N\. and the U\.S\./);
		expect(text('Kilès ki vini anvan: avètisman RNDDH sou twòp moun nan prizon an oswa asasina Moïse?').text).toMatch(
			/came first, then/,
		);
	});

	it('answers whether a time is set with what the report says is not known, before any dated fact', () => {
		expect(text('Has a date been set for the force?').text).toMatch(/unclear when the international force/);
		expect(
			text(
				'Does the report establish when the international armed force, which Kenya offered to lead, will actually be deployed?',
			).text,
		).toMatch(/^No: .*unclear when/);
		expect(
			text(
				'Did the government of Haiti issue a statement condemning the attack on the prison, as far as the report tells us?',
			).text,
		).toMatch(/^No\b.*not commented/);
		expect(
			text('Which organ of the United Nations approved, last October, the deployment of an international armed force?')
				.text,
		).toMatch(/UN Security Council/);
	});

	it('gives a reason told beside the fact asked about only if it is about the same ones', () => {
		const answer = text('why are the police unions calling for reinforcements?').text;
		expect(answer).toMatch(/after repeated gang attacks/);
		expect(answer).not.toMatch(/alliance/);
	});

	it('reads a participle after an object as a clause that only describes it ("the force intended to help…")', () => {
		expect(
			text('Which country offered to lead the international armed force intended to help the Haitian police?').text,
		).toMatch(/^\s*Kenya offered/);
		expect(
			text(
				'To which news agency’s sources does the report attribute the observation that some prisoners hesitated to flee?',
			).text,
		).toMatch(/^\s*Reuters sources/);
		expect(text('was the prison attacked on Saturday night?').text).toMatch(/Saturday night/);
	});

	it('reads French "qui" straight after a noun as a relative pronoun, not as asking who', () => {
		expect(text("Selon AyiboPost, qu'ont fait les policiers qui gardaient la prison ?").text).toMatch(/abandoned it/);
		expect(text('Le groupe de droits humains qui a compte les detenus, il avait averti de quoi en 2017?').text).toMatch(
			/overcrowding and understaffing/,
		);
		expect(text("c'est qui le chef du gang ?").text).toMatch(/Sergier/);
	});

	it('prefers the fact that involves everything the question names, and reads "go after" as one verb', () => {
		expect(text('what day did the gangs go after the pen').text).toMatch(/laid siege .* Saturday night/);
	});

	it('answers who holds a role described by a clause, its "that" or "que" said or left out', () => {
		for (const question of [
			'who is the PM the gangs wanna topple',
			'who is the PM that the gangs want to topple',
			"Comment s'appelle le Premier ministre que l'alliance des gangs veut renverser ?",
		])
			expect(text(question).text).toMatch(/^\s*Ariel Henry/);
	});

	it('reads common words a fact about the ones named says together as what is asked ("call for help")', () => {
		expect(text('why did the police unions call for help?').text).toMatch(/to stop inmates/);
		expect(text('why do they call Sergier "Barbecue"?')).toMatchObject({ found: false });
	});

	it('reads a French trade said without its article as a description ("était-il policier ?")', () => {
		expect(text('Jimmy Sergier a-t-il été policier par le passé ?').text).toMatch(/^Yes\b/);
		expect(text('Jimmy Sergier était-il policier ?').text).toMatch(/^Yes\b/);
	});

	it('answers how far over capacity from the difference of the two figures', () => {
		expect(text('was the prison over capacity by more than 2,000?').text).toMatch(/^Yes\b.*\n?.*2,987 more inmates/s);
		expect(text('Was the prison’s February 2023 population more than 3,000 above its nominal capacity?').text).toMatch(
			/^No\b.*2,987/s,
		);
	});

	it('reads "last year" as the year before the report’s', () => {
		expect(text('what happened to the murders last year?').text).toMatch(/homicides .*more than doubled in 2023/);
	});

	it('reads a request to be told as no part of the question, and chat’s spelling of ordinals and question words', () => {
		expect(text('Peux-tu me dire combien de détenus il y avait?').text).toMatch(/3,687 inmates/);
		const creole = text('Eske ou ka di m konbyen prizonye ki te genyen?').text;
		expect(creole).toMatch(/3,687 inmates/);
		expect(creole).not.toMatch(/700/);
		expect(text('Kisa ki te pase nan pò prensipal la?').text).toMatch(/main port/);
		expect(text('wats the name of the gang alliance fr')).toMatchObject({ found: false });
		expect(text('which came 1st: rnddh’s overcrowding warning or moise gettin killed?').text).toMatch(
			/^“rnddh overcrowding warning” \(2017\) came first/,
		);
	});

	describe('reading what is asked of a name', () => {
		it('asks whose leader only of a group named outside a clause that says what the one asked about did', () => {
			const answer = text("who's the gangland leader warning that attacks on the Henri govt will escalate");
			expect(answer.text).toMatch(/^\s*Jimmy Sergier\b/);
			expect(answer.text).not.toMatch(/led by Prime Minister/);
			expect(text('who leads the Henri government').text).toMatch(/Prime Minister Ariel Henry/);
		});

		it('reads a bare "who" before a verb of saying as who said it', () => {
			expect(text('Who insisted security had to come back before elections could happen?').text).toMatch(
				/^\s*Ariel Henry stayed on, arguing/,
			);
			expect(text('who stressed that security comes before elections').text).toMatch(/Ariel Henry/);
		});

		it('answers the question and says whether a guess tagged after it was right', () => {
			const answer = text("Who's behind the figure that homicides more than doubled — RNDDH, wasn't it?");
			expect(answer.text).toMatch(/No, not RNDDH/);
			expect(answer.text).toMatch(/according to UN data/);
			expect(text('who said the guards left, AyiboPost right?').text).toMatch(/^\s*Yes, AyiboPost/);
		});

		it('reads a question that opens with chat and ends with "fr" as asked, not as a statement to check', () => {
			const answer = text('sup @here 😤 how many gang members got arrested after the prison siege?? fr');
			expect(answer.found).toBe(false);
			expect(answer.text).not.toMatch(/came first/);
		});

		it('reads a clause with no "that" after a noun as saying which one it is: "the deal henry was supposed to leave under"', () => {
			const answer = text("wat came first, the deal henry was supposed to leave under or rnddh's inmate count");
			expect(answer.text).toMatch(/^\s*“the deal henry was supposed to leave under” \(December 2022\) came first/);
			expect(answer.text).toMatch(/December 2022/);
		});

		it('drops chat that, spelled out, is an aside about the report: "acc to the article who…"', () => {
			expect(text('acc to the article who hasnt said a word about whats going on at the prison').text).toMatch(
				/government has not commented/,
			);
		});

		it('reads a denial inside what was said as no silence: "talking about inmates not wanting to escape"', () => {
			expect(text('whose sources were talkin about inmates not wanting to escape all at once').text).not.toMatch(
				/not commented/,
			);
		});

		it('reads "so … or nah" as a question asked, not a statement to check', () => {
			expect(text('so is the kenya force in haiti yet or nah').text).toMatch(/^\s*Not as far as the report says/);
		});

		it('lists what was done, not who did it: "the threats made by gang leaders" lists no leaders', () => {
			const answer = text('List the threats or warnings made by gang leaders and gangs in the report.');
			expect(answer.text).not.toMatch(/Who leads what/);
			expect(answer.text).toMatch(/warned residents not to send their children/);
		});

		it('dates nothing by a sentence that names it in passing, and dates it by the fact told beside it', () => {
			const sanctions = text('When did the U.S. and the U.N. impose sanctions on Barbecue?');
			expect(sanctions.found).toBe(false);
			expect(sanctions.text).not.toMatch(/recent days/);
			expect(text("L'accord prévoyant le départ d'Henry, il a été conclu quand déjà ?").text).toMatch(
				/^\s*A deal struck in December 2022/,
			);
		});

		it('reads "expected to", "supposed to" as a plan, which the report may tell in other words', () => {
			expect(text('was the incumbent premier expected to relinquish office').text).toMatch(
				/supposed to hand over power/,
			);
		});

		it('reads "whose sourcing…" as who said it, and "a number of" as some, not a figure asked', () => {
			const answer = text(
				'Whose sourcing underpins the claim that a number of detainees held back from a mass breakout for fear of being caught between armed groups and police?',
			);
			expect(answer.text).not.toMatch(/3,687/);
			expect(text('whose account says the guards left').text).toMatch(/AyiboPost/);
		});

		it('holds a French cleft against the report: "C’est bien trois syndicats qui…" is a no, with the two', () => {
			const answer = text('C’est bien trois syndicats de police qui ont réclamé des renforts ?');
			expect(answer.text).toMatch(/^\s*No/);
			expect(answer.text).toMatch(/Two of Haiti’s main police unions/);
		});

		it('reads a name after "c’est qui," as what is asked about, not a guess', () => {
			expect(text('C’est qui, Jimmy Sergier ?').text).toMatch(/former policeman/);
		});

		it('answers what something is for, and what the report says, asked as "does it say…"', () => {
			for (const question of [
				'what is kenya’s force supposed to do',
				'what’s the mission of the foreign force',
				'hii <@!223344556677889900> :wave: does it say what kenya’s force is supposed to do lol',
			])
				expect(text(question).text).toMatch(/^\s*Last October the UN Security Council gave the green light/);
			expect(text('does the report say who leads the gangs').text).toMatch(/head of the gang alliance/);
		});

		it('reads "all this" as what is going on, not as all of something', () => {
			expect(text('was the jail already packed b4 all this').text).not.toMatch(/^\s*Not as far as the report says/);
		});

		it('answers where the data places something, asked yes or no or of two places', () => {
			expect(text('was the prison in the capital?').text).toMatch(/^\s*Yes, in Port-au-Prince/);
			expect(text('wait is the big prison in cap haitien or port au prince').text).toMatch(/^\s*In Port-au-Prince/);
			expect(text('is the Pénitencier in Cap-Haïtien?').text).toMatch(/^\s*No/);
		});

		it('reads a tag question ("…, didn’t they?", "still Henri??") as a statement or a guess to check', () => {
			expect(text('The armed groups besieged the big prison on a Sunday night, didn’t they?').text).toMatch(
				/^\s*No: the report dates this to Saturday night/,
			);
			expect(text('hey <@&887766554433221100> who runs the haitian govt rn, still Henri??').text).toMatch(
				/^\s*Yes, Ariel Henry/,
			);
		});

		it('says what the report says of someone asked whether they belonged somewhere it does not say', () => {
			expect(text('was Barbecue in the army?').text).toMatch(/doesn’t say[\s\S]*former policeman/);
		});

		it('reads "what kind of people…" as which people, and "sort the sources" as a list', () => {
			expect(text('wat kinda ppl r locked up in that prison anyway').text).toMatch(/alleged perpetrators/);
			const sorted = text('Sort the sources the report relies on into news outlets and other organisations.');
			for (const source of [/Gazette/, /Reuters/, /AyiboPost/, /RNDDH/, /United Nations/])
				expect(sorted.text).toMatch(source);
			expect(text('what sort of group is RNDDH').text).toMatch(/human rights group/);
		});

		it('reads a scene set with "following…" as a clause, and a kind named with three qualifiers', () => {
			expect(
				text(
					'Following the reported attempt to take over the main port, who threatened to target additional police stations?',
				).text,
			).toMatch(/^\s*Gangs threatened to attack more police stations/);
			expect(
				text('Which Haitian human rights organisation flagged a serious problem at the prison due to overcrowding?')
					.text,
			).toMatch(/RNDDH/);
		});

		it('reads "have since been" as an adverb, not a clause: what was done since is what is asked', () => {
			const answer = text(
				'How many of the detainees who escaped from the Pénitencier National have since been recaptured by the police?',
			);
			expect(answer.found).toBe(false);
		});

		it('reads a wish denied ("not wanting to", "weren’t keen on") as the reluctance the report tells', () => {
			for (const question of [
				'whose sources were talkin about inmates not wanting to escape all at once',
				'did the prisoners not want to escape?',
			])
				expect(text(question).text).toMatch(/reluctant to try to escape/);
			expect(text('what did the gangs want').text).not.toMatch(/reluctant/);
		});

		it('reads "justify" in a why-question as asking why, and one role asked "who" as who holds it', () => {
			expect(text('how did Henry justify staying on').text).toMatch(/arguing that security must be restored/);
			expect(text('who is the gang leader').text).toMatch(/^\s*Jimmy Sergier/);
		});

		it('drops a label before the question it asks ("quick fact check: did…")', () => {
			expect(
				text('@everyone <@223344556677889900> quick fact check: did the UN sanction Barbecue?? 🤔🤔').text,
			).toMatch(/^\s*Yes/);
		});

		it('reads French "s’est-il exprimé" as speaking, which the report says the government has not done', () => {
			expect(text('Le gouvernement haïtien s’est-il exprimé sur l’attaque contre la prison ?').text).toMatch(
				/^\s*No, not as far as the report says:[\s\S]*not commented/,
			);
		});

		it('asks a group’s name where its leader is only in the clause that says which group', () => {
			const answer = text(
				'What is the name of the alliance of criminal organisations whose leader announced the coordinated actions?',
			);
			expect(answer.found).toBe(false);
			expect(answer.text).toMatch(/doesn’t name/);
			expect(text('what’s the name of the head of the alliance').text).toMatch(/does not name the head[\s\S]*outright/);
			expect(text('who leads the gangs').text).toMatch(/does not name the head[\s\S]*outright/);
		});

		it('asks "is it true (that)…" of the statement itself, a yes only where the report says it of those named', () => {
			expect(text('is it tru the us sanctioned barbecue').text).toMatch(/^\s*Yes/);
			expect(text('is it true that the UN sanctioned Kenya').found).toBe(false);
			expect(text('is it true Barbecue was arrested').text).not.toMatch(/^\s*Yes/);
			expect(text('is it true that Moïse was killed in 2022?').text).toMatch(/^\s*No/);
			expect(text('is it true that all the inmates escaped?').text).not.toMatch(/Everything the report says/);
		});

		it('reads "…people keep talking about" after a name as a clause that only says which one', () => {
			expect(text('whos this jimmy sergier dude ppl keep talkin abt').text).toMatch(/former policeman/);
		});

		it('confirms a title asked with no article ("is Henri still PM"), and denies what someone only was', () => {
			expect(text('is Henri still PM').text).toMatch(/^\s*Yes/);
			expect(text('is Barbecue still a cop').text).not.toMatch(/^\s*Yes/);
			expect(text('Barbecue toujou polis jodi a, wi oswa non?').text).toMatch(/^\s*No/);
		});

		it('reads a greeting as chat whatever its capital, and French "sait-on quand…" as a question of its own', () => {
			expect(
				text('Bonjou. Anvan yo te atake prizon an, kisa mesye ame yo te eseye fè nan pò prensipal la?').text,
			).toMatch(/take over the main port/);
			const answer = text(
				'Bonjour, à quel moment le Conseil de sécurité de l’ONU a-t-il autorisé le déploiement d’une force armée internationale, et sait-on quand celle-ci sera effectivement déployée ?',
			);
			expect(answer.text).toMatch(/Last October/);
			expect(answer.text).toMatch(/remains unclear when/);
		});

		it('asks each question word that shares one predicate with it: "on what day, and at what time of day, did…"', () => {
			expect(text('On what day, and at what time of day, did the siege happen?').text).toMatch(/Saturday night/);
			expect(text('En quel mois et en quelle année l’accord a-t-il été conclu ?').text).toMatch(/December 2022/);
		});

		it('answers a question that doubts what it was told from what the report says, not from the values told', () => {
			const day = text(
				'A buddy told me the armed groups rolled up to the prison on a Monday morning. On what day does the report say the siege actually happened?',
			);
			expect(day.found).toBe(true);
			expect(day.text).toMatch(/Saturday night/);
			expect(
				text('J’ai lu que Barbecue n’avait été sanctionné que par la France. Qui l’a réellement sanctionné ?').text,
			).toMatch(/U\.N\. and the U\.S\./);
			expect(text('I heard Kenya has 5000 troops there already. How many does it actually have?').found).toBe(false);
		});

		it('asks for a part of the body or state named ("which UN body", "which part of the UN", "ki kò Nasyonzini")', () => {
			for (const question of [
				'which part of the UN greenlit the force',
				'Quelle instance des Nations unies a autorisé le déploiement de la force ?',
				'Ki kò Nasyonzini ki te bay limyè vèt pou fòs entènasyonal la?',
			])
				expect(text(question).text).toMatch(/Security Council/);
			// The report names only the U.S. as a whole: which of its agencies, it does not say.
			const agency = text('Which US agency sanctioned Barbecue?');
			expect(agency.found).toBe(false);
			expect(agency.text).toMatch(/which agency/);
		});

		it('asks whose something is of what a role’s holder did: "whose government did the head of the alliance vow to topple?"', () => {
			expect(text('Whose government did the head of the criminal alliance vow to topple?').text).toMatch(/Ariel Henry/);
		});

		it('takes laughter with its last letter doubled for chat: "lmaoo which part of the UN…"', () => {
			expect(text('lmaoo which part of the UN greenlit the force').text).toMatch(/Security Council/);
		});

		it('answers "when exactly" with the report’s own date, said to give no day; "what exact date" it does not say', () => {
			const exactly = text('when exactly was the deal struck?');
			expect(exactly.found).toBe(true);
			expect(exactly.text).toMatch(/no exact day[\s\S]*December 2022/);
			expect(text('what exact date was the deal struck').found).toBe(false);
		});

		it('answers "what kind of people…" with what the report says the group is, through a clause with no "that"', () => {
			expect(text('What kind of people are among the inmates the unions were afraid would break out?').text).toMatch(
				/notorious criminals/,
			);
		});

		it('answers no yes/no question whose subject the fact has only through a related word ("flights" for fleeing)', () => {
			expect(text('Are flights into Port-au-Prince still running?').found).toBe(false);
			expect(text('is the jail overflowing?').text).toMatch(/^\s*Yes/);
		});

		it('asks of the one said "too" in "X too, or just Y?", not which of the two', () => {
			expect(text('did the gangs hit the port 2 or jus the jail').text).toMatch(/take over the main port/);
		});

		it('reads "which state" as which country, and "the Haitian executive" as its government', () => {
			expect(text('which state offered to command the force?').text).toMatch(/Kenya/);
			expect(text('what has l’exécutif said about the siege?').text).toMatch(/not commented/);
		});

		it('asks no fact to name a noun any fact can be one of ("what outcome…"), but does "which step did they take"', () => {
			expect(text('What outcome were the police unions trying to avert?').text).toMatch(/escaping/);
			expect(text('which step did the UN take?').found).toBe(false);
		});

		it('counts no verb that only says the report relates two things ("tie to") and no "or whatever" tail', () => {
			expect(text('whose killing does the report tie to the deepening of the crisis?').text).toMatch(/Moïse/);
			expect(text('wat went down at the port or w/e').text).toMatch(/take over the main port/);
		});

		it('answers "does the report give a number/date for…" yes with the value, or no with what it says instead', () => {
			const escaped = text('Yes or no: does the report give an exact number of inmates who escaped?');
			expect(escaped.found).toBe(true);
			expect(escaped.text).toMatch(/^\s*No\b[\s\S]*not clear how many/);
			expect(text('does the report give a date for the deployment of the force?').text).toMatch(/^\s*No\b/);
			expect(text('does the report give a number for the inmates?').text).toMatch(/^\s*Yes\b[\s\S]*3,687/);
			const homicides = engine.ask('does the report give a number of homicides for 2023?');
			expect(answerText(homicides)).toMatch(/^\s*No\b/);
			expect(homicides.suggestions.map((suggestion) => suggestion.label).join(' ')).toMatch(/doubled/);
		});

		it('asks "did the guards stay or leave?" of each verb, answering with the one the report tells', () => {
			expect(text('||did the guards at the pen stay or leave??||').text).toMatch(/abandoned it/);
		});

		it('reads two events told in order, then "how many months separate the two?", as the two; never one count and its ratio', () => {
			const apart = text(
				'Moise is killed; later the RNDDH counts 3,687 inmates. About how many months separate the two?',
			);
			expect(apart.text).toMatch(/19 months/);
			expect(apart.text).not.toMatch(/February 2023 to February 2023/);
		});

		it('answers "what happened in 2023?" with that year’s timeline, and "who has so far said nothing" with the silence', () => {
			const year = text('What does the report say happened in 2023?').text;
			expect(year).toMatch(/3,687/);
			expect(year).toMatch(/doubled/);
			expect(text('events in 2021').text).toMatch(/assassinated/);
			expect(text('who has so far said nothing about the prison attack?').text).toMatch(/not commented/);
		});

		it('answers yes or no only from a fact that involves everyone named, and reads "oswa non" as "or not"', () => {
			const done = text('did the government do something about the prison attack?');
			expect(done.found).toBe(false);
			expect(text('gouvènman an di kichòy sou atak prizon an oswa non?').text).toMatch(/^\s*No\b[\s\S]*not commented/);
		});

		it('says the report names none of a group it tells of only as "many of" them, and joins no two words as a misspelt one', () => {
			expect(text('What are the names of the alleged Moise assassins held in the Pénitencier National?')).toMatchObject(
				{
					found: false,
					text: /doesn’t name/,
				},
			);
			expect(text('who are the alleged assassins held in the prison? names pls').found).toBe(false);
			expect(text('was anybody tied to the prez assassination sittin in that jail').text).toMatch(
				/alleged perpetrators/,
			);
		});

		it('answers "what is the government’s response / official line / position…" with its silence, not someone else’s words', () => {
			for (const question of [
				'what is the government’s response to the attack?',
				'What’s the official line from Haiti’s government on the assault on the prison?',
				'What’s the government’s position on the prison attack?',
				'any official word from haiti’s leadership abt the jail gettin hit or nah',
			])
				expect(text(question).text, question).toMatch(/not commented/);
			expect(text('what is Kenya’s position on the force').text).toMatch(/offered to lead/);
			expect(
				text(
					'The ex-cop who heads the alliance warned about attacks to bring down the government. What did he say would happen?',
				).text,
			).toMatch(/escalate/);
		});

		it('asks a later part’s "them" of whom the first part found, and "what did the PM do…" of deeds, not who the PM is', () => {
			expect(text('Who asked for urgent reinforcements, and how many of them were there?').text).toMatch(/Two of/);
			expect(engine.ask('what did the prime minister do when the date came?').kind).not.toBe('entity');
			expect(engine.ask('what does RNDDH do?').kind).toBe('entity');
		});

		it('says no to a yes/no question that says the opposite of the report: "is haiti a wealthy country?"', () => {
			expect(text('is haiti a wealthy country?').text).toMatch(/^\s*No\b[\s\S]*poorest/);
		});

		it('reads indirect questions in the three languages ("was wondering…", "tu pourrais m’expliquer…", "eske w ka di m…")', () => {
			expect(text('@everyone was wondering who the PM even is rn').text).toMatch(/Ariel Henry/);
			expect(
				text('Tu pourrais m’expliquer pourquoi y a des détenus qui voulaient pas se sauver tous ensemble ?').text,
			).toMatch(/crossfire/);
			expect(text('Eske w ka di m kisa alyans gang yo vle fè ak gouvènman Henry a?').text).toMatch(/topple/);
			// "When Henry is going to leave": the verb of an indirect question is after its auxiliary, and nothing else is.
			expect(text('Could you tell me when Henry is finally going to leave office?').found).toBe(false);
		});

		it('reads "the head of government" as whoever the report says leads it, and two names joined only where both name one', () => {
			expect(text('What excuse did the head of government give for clinging on past his exit date?').text).toMatch(
				/security must be restored/,
			);
			expect(text('so the pm n the president that got killed, same guy or nah?').text).not.toMatch(/^\s*Yes\b/);
			expect(text('Sergier n barbecue same guy?').text).toMatch(/^\s*Yes: both are Jimmy Sergier/);
		});

		it('holds two dates offered with their preposition each against the report, never a month of another fact', () => {
			expect(text('Did the prison siege take place in February or in March 2024?').text).not.toMatch(/2,987/);
			expect(text('was the prison attacked on Friday or on Saturday?').text).toMatch(/^\s*On Saturday/);
		});

		it('takes British, Caribbean and West African chat around a question for chat: "innit", "abeg … sef", "wah gwaan"', () => {
			expect(text('innit mad, how many times over capacity was the pen').text).toMatch(/5\.27 times/);
			expect(text('abeg who be this barbecue guy sef').text).toMatch(/gangland leader/);
		});

		it('splits "how many years after A B" where a past participle is followed by the other event’s subject', () => {
			expect(text('how many years after Moise got killed the UN says homicides more than doubled?').text).toMatch(
				/2 years/,
			);
			expect(
				text('how many years before Moise was killed that rights group was already warning about overcrowding?').text,
			).toMatch(/4 years/);
		});

		it('takes "need a number" for chat after a count, and names asked of "the guys locked up…" as of people described', () => {
			expect(text('how many gang members stormed the prison?? need a number').found).toBe(false);
			expect(
				text('Could you tell me the names of the guys locked up there who are accused of killing Moise?'),
			).toMatchObject({
				found: false,
				text: /doesn’t name/,
			});
		});

		it('corrects a year offered as "the year" something happened, "rite" as a tag, and a French denunciation dated wrong', () => {
			expect(text('Was 2020 the year the Haitian rights group first flagged overcrowding at the prison?').text).toMatch(
				/doesn’t mention 2020[\s\S]*2017/,
			);
			expect(text('henry been in charge since 2019 rite').text).toMatch(/2021/);
			expect(
				text('Le RNDDH a-t-il dénoncé la surpopulation de la prison pour la première fois en 2023 ?').text,
			).toMatch(/^\s*No\b[\s\S]*2017/);
		});

		it('answers "what did each news outlet report?" and "who said what?" with every outlet’s or source’s words', () => {
			const outlets = text('Could you tell me what each news outlet reported, like who said what?').text;
			for (const said of [/abandoned it/, /“large” number/, /crossfire/]) expect(outlets).toMatch(said);
			const sources = text('Match each source to what it reported: Gazette Haiti, Reuters, AyiboPost.').text;
			for (const said of [/abandoned it/, /“large” number/, /crossfire/, /doubled/]) expect(sources).toMatch(said);
		});

		it('reads a list in brackets as the items asked, and "which things… \'this week\'" as asking for things, not the words', () => {
			const times = text(
				'List every time reference the report ties to the prison itself (the attack, the inmate count, the earlier warning).',
			).text;
			for (const time of [/Saturday night/, /February 2023/, /2017/]) expect(times).toMatch(time);
			expect(text("Which things in the report are described as having happened 'this week'?").text).not.toMatch(
				/^\s*Yes/,
			);
		});

		it('counts for little the words that describe or compare ("describing… in terms of", "where it stands compared with")', () => {
			expect(text('How the article is describing Haiti in term of richness?').text).toMatch(/poorest/);
			expect(
				text('How does the article sum up where Haiti stands economically compared with its neighbours?').text,
			).toMatch(/poorest/);
		});

		it('reads French "onusien" as of the UN', () => {
			expect(
				text('Quelle instance onusienne a autorisé l’envoi d’une force armée internationale, et à quel moment ?').text,
			).toMatch(/October the UN Security Council/);
		});

		it('reads "which part of the country" as a place, and "the UN approved the force" as a deed, not the force’s alias', () => {
			expect(text('Which part of the country have the gangs got the firmest grip on?').text).toMatch(/capital/);
			expect(text('which part of the UN approved the force?').text).toMatch(/Security Council/);
		});

		it('does not answer a yes/no question that ends on its verb with a fact that has all but the verb', () => {
			expect(text('did the guys accused of killin moise escape or nah??').found).toBe(false);
			expect(text('did the guards flee?').text).toMatch(/abandoned it/);
		});

		it('never says yes to "the only one": the report tells what happened, not that nothing else did', () => {
			expect(text('was the UN the only one to sanction Barbecue?').text).not.toMatch(/^\s*Yes/);
			expect(text('Was the big jail in the capital the only prison the gangs hit?')).toMatchObject({
				found: false,
				text: /only one/,
			});
		});

		it('reads a French cleft put up as a question as asking whether it is so', () => {
			expect(text('C’est Reuters qui a rapporté que les policiers avaient abandonné la prison ?').text).toMatch(
				/^\s*No\b[\s\S]*AyiboPost/,
			);
			expect(text('C’est qui, Jimmy Sergier ?').text).toMatch(/gangland leader/);
		});

		it('reads "how bad is…" as asking how much, the word that judges counting for little', () => {
			expect(text('how bad is da overcrowding').text).toMatch(/527%/);
		});

		it('dates a death asked as dying by the killing the report tells: "wen did moise die"', () => {
			expect(text('wen did moise die').text).toMatch(/July 7, 2021/);
		});

		it('reads two letters swapped as the word they spell, never as a stranger’s name nor as another measure', () => {
			expect(text('what did segrier tell ppl abt sending their kids to school').text).toMatch(/collateral/);
			expect(text('when did the UN Secruity Council green-light the armed force??').text).toMatch(/October/);
			expect(text('How many prsions are there in Haiti?').found).toBe(false);
			expect(text('How many prusons are there in Haiti?').found).toBe(false);
			expect(text('How many prisons are there in Haiti?').found).toBe(false);
		});

		it('answers what a source said about a thing only with its word on that thing, not with the same year', () => {
			expect(text('What did UN figures say about robberies in 2023?').found).toBe(false);
			expect(text('what did the UN data say about murders in 2023').text).toMatch(/more than doubled/);
		});

		it('reads a label before the questions it opens, and "does anybody know" as asking', () => {
			expect(text('Two questions: who does Kenya want to lead, and who counted the inmates?').text).toMatch(/RNDDH/);
			expect(text('A couple things: who counted the inmates?').text).toMatch(/RNDDH/);
			expect(text('does anybody know how many prisoners made it out?').text).toMatch(/not clear how many/);
		});

		it('reads "that place" as pointing at what was named, not as the prison’s places', () => {
			expect(text('how many inmates got out of that place?').text).not.toMatch(/2,987|more inmates than/);
		});

		it('holds a warning asked about a thing to that thing, not to the clause after it', () => {
			expect(text('did anyone sound the alarm about the jail before the siege?').text).toMatch(/RNDDH/);
		});

		it('reads chat phrases with a filler inside them whole, and idioms the report words plainly', () => {
			expect(text('when did the UN say okay to sending troops').text).toMatch(/October/);
			expect(text('when was Henry supposed to pass the torch').text).toMatch(/February 7/);
			expect(text('who do the gangs want gone').text).toMatch(/Henr[iy]/);
		});

		it('reads words for a trend as vague, "these days" as chat, and the world body as the UN', () => {
			expect(text('what was the trend in homicides').text).toMatch(/more than doubled/);
			expect(text('are ppl getting killed more these days').text).toMatch(/more than doubled/);
			expect(text('what do the world body’s figures say about murders').text).toMatch(/more than doubled/);
		});

		it('reads what a claim says, after "the claim that", as what is asked, and answers who it is credited to', () => {
			expect(text('Is the claim that the guards walked away credited to Reuters? If not, who?').text).toMatch(
				/^\W*No\b[^•]*AyiboPost/,
			);
		});

		it('answers how many more than it was built for with the difference, however the crowding is put', () => {
			expect(text('how many more people were in the pen than it was built for').text).toMatch(/2,987/);
			expect(text('how many more ppl were packed into the jail than it was meant for').text).toMatch(/2,987/);
		});

		it('reads what the head of a coalition said as the coalition’s word too', () => {
			expect(text('what did the head of the gang alliance announce').text).toMatch(/coordinated actions/);
		});

		it('asks the name of a group only described, even with a person in the clause after it', () => {
			expect(text('what’s the real name of the gang alliance barbecue is tied to?').found).toBe(false);
			expect(text('What’s the name of the ex-cop who runs the gangs?').text).toMatch(/Jimmy Sergier/);
		});

		it('says no to "did all of them…" where the report says only some did, an attempt told of both', () => {
			expect(text('did all the prisoners try to escape at once?').text).toMatch(/^\W*No\b[\s\S]*reluctant/);
			expect(text('did the gunmen try to take over the port').text).toMatch(/attempted to take over/);
		});

		it('answers whether the group behind one fact is the one behind another', () => {
			expect(text('is the group that counted the inmates the same one that warned in 2017?').text).toMatch(
				/^\W*Yes\b[^•]*RNDDH/,
			);
		});

		it('asks the date of another fact of the sentence where the question gives the date of the first', () => {
			expect(text('Henry had to hand over power on February 7 under a deal made when?').text).toMatch(/December 2022/);
		});

		it('reads a French elision typed without its apostrophe', () => {
			expect(text('lattaque contre la prison a eu lieu quand').text).toMatch(/Saturday night/);
		});

		it('reads "two questions in one:" as a label and "specific" as saying nothing of the timeline asked', () => {
			expect(text('Two questions in one: who counted the inmates, and who offered to lead the force?').text).toMatch(
				/RNDDH[\s\S]*Kenya/,
			);
			expect(text('a timeline of each event the report gives a specific year for').text).toMatch(/2017[\s\S]*2021/);
		});

		it('reads French "quoi" before "quand" as asking what, the "quand" opening a clause', () => {
			expect(
				text('les policiers qui gardaient la prison, ils ont fait quoi quand les gangs sont arrivés ?').text,
			).toMatch(/abandoned it/);
		});

		it('reads "what’s the deal with…", "or somewhere else", "even" and "I forgot the name" as asking plainly', () => {
			expect(text('whats the deal w the homicides').text).toMatch(/more than doubled/);
			expect(text('c’est quoi l’affaire avec les homicides ?').text).toMatch(/more than doubled/);
			expect(text('is the prison even in the capital or somewhere else').text).toMatch(
				/^\W*(?:Yes\b|In Port-au-Prince:)/,
			);
			expect(text('who counted the inmates, i forgot the group name').text).toMatch(/RNDDH/);
		});

		it('says the report names none of the places it speaks of only together, however the noun is spelt or counted', () => {
			expect(text('which neighbourhoods saw the gunfire?').text).toMatch(/doesn’t name them/);
			expect(text('which neighborhood is the gang boss’s base?').found).toBe(false);
			expect(text('did robberies double in 2023 according to the UN?').found).toBe(false);
		});

		it('says the report names no commander in person of a force a country leads', () => {
			expect(text('who is going to be the commander of the force on the ground?').found).toBe(false);
			expect(text('who leads the force').text).toMatch(/Kenya/);
		});

		it('splits a French question whose first part asks "quoi" late', () => {
			expect(text('L’ONU a approuvé quoi en octobre dernier, et quel pays a proposé de la diriger ?').text).toMatch(
				/green light[\s\S]*Kenya/,
			);
		});

		it('asks a "who" question without the choices it offers after a colon', () => {
			expect(text('who said the guards abandoned the prison: Reuters, the Gazette, or AyiboPost?').text).toMatch(
				/AyiboPost/,
			);
			expect(text('who threatened to bring down the government: a politician, a cop or a gang figure?').text).toMatch(
				/alliance|Sergier/,
			);
		});

		it('reads Caribbean English and "gunman" as one of the gunmen', () => {
			expect(text('wah day di gunman dem try tek over di port?').text).toMatch(/day before Friday/);
		});

		it('reads "is that cap", "or is that just a rumor" and "is there an actual date" as asking plainly', () => {
			expect(text('people sayin moise was killed in 2022, is that cap').text).toMatch(/^\W*No\b[^•]*2021/);
			expect(text('did the guards bail or is that just a rumour').text).toMatch(/abandoned it/);
			expect(text('is there an actual date for the force').text).toMatch(/unclear/);
		});

		it('says no to a fall the report tells as a rise, however the fall is worded', () => {
			for (const question of ['did murders go down in 2023?', 'r killings going down', 'were homicides decreasing?']) {
				const answer = text(question).text;
				expect(answer).toMatch(/^No/);
				expect(answer).toMatch(/doubled/);
			}
		});

		it('leaves out what an opening "beyond" sets aside, however many things it names', () => {
			const answer = text('Beyond the jail and the harbour, what else did the gangs say they would hit?').text;
			expect(answer).toMatch(/police stations/);
			expect(answer).not.toMatch(/main port/);
			// "Beyond capacity" sets nothing aside.
			expect(text('how far beyond capacity was the pen?').text).toMatch(/2,987/);
		});

		it('reads chat’s dropped "g" before the phrase it is part of: "soundin the alarm", "bein"', () => {
			expect(text('who was soundin the alarm bout overcrowding back in 2017').text).toMatch(/RNDDH/);
		});

		it('reads "lately" as recently, not as the late president', () => {
			const answer = text('how bad has it gotten in the capital lately').text;
			expect(answer).toMatch(/worsened/);
			expect(answer).not.toMatch(/assassination/);
		});

		it('lists everything asked for, whatever noun the question goes on to name', () => {
			const answer = text('list everything the gang boss warned people about').text;
			expect(answer).toMatch(/escalate/);
			expect(answer).toMatch(/school/);
			expect(answer).not.toMatch(/names \d+ people/);
		});

		it('reads "run for it" as escaping, and the asker’s "i heard different" as chat', () => {
			expect(text('did the prisoners all run for it? i heard different').text).toMatch(/reluctant/);
		});

		it('leaves out a clause that says only whose word the question takes, in French too', () => {
			const answer = text("Par quelles autorités Barbecue a-t-il été sanctionné, si l'on en croit l'article ?").text;
			expect(answer).toMatch(/U\.N\./);
			expect(answer).toMatch(/U\.S\./);
		});

		it('reads a phrase set off after the question word where it would stand at the end', () => {
			const answer = text('On which day, under the December 2022 agreement, was the prime minister to step down?').text;
			expect(answer).toMatch(/February 7/);
			expect(answer).not.toMatch(/since 2021/);
			expect(text("À quelle date, selon l'accord conclu en décembre 2022, Henry devait-il partir ?").text).toMatch(
				/February 7/,
			);
		});

		it('leaves out an aside that only gives another name for the one named', () => {
			expect(text('Ki travay Jimmy Sergier, nèg yo rele Barbecue a, te fè anvan?').text).toMatch(/policeman/);
			expect(text('what was Sergier, the guy they call Barbecue, before he ran a gang?').text).toMatch(/policeman/);
		});

		it('gives no force for a person the question describes by a clause about the force', () => {
			const answer = text('who is the Kenyan general who will command the international force?');
			expect(answer.found).toBe(false);
		});

		it('answers "more or less than" with the larger of two figures, a part of one taken as asked', () => {
			expect(text('is the capacity more or less than the number of inmates?').text).toMatch(/^Less: 700 places/);
			expect(text('were the inmates more or less than the capacity?').text).toMatch(/^More: 3,687 inmates/);
			expect(text('is the capacity more or less than a tenth of the inmates?').text).toMatch(/^More: 700 places/);
			expect(text('is the capacity more or less than half the inmates?').text).toMatch(/^Less: 700 places/);
		});

		it('takes any fraction in words of a figure, and shows it as the fraction it is', () => {
			expect(text('is the capacity more or less than a sixth of the inmates?').text).toMatch(
				/^More: 700 places against 1\/6 of 3,687 inmates = 614\.5/,
			);
		});

		it('reads "real name", "official name" and chat’s "govt name" as the name asked', () => {
			expect(text('yo wats the prison official name').text).toMatch(/Pénitencier National/);
			expect(text('barbecue real name??').text).toMatch(/Jimmy Sergier/);
			expect(text('ki non ofisyel prizon an?').text).toMatch(/Pénitencier National/);
		});

		it('reads Creole "non" followed by what it names as "the name of"', () => {
			expect(text('ki non prizon gang yo te atake a?').text).toMatch(/Pénitencier National/);
		});

		it('gives the name of the kind asked, not of another thing the question names', () => {
			const answer = text('what is the name of the outlet that reported the guards abandoned the prison?').text;
			expect(answer).toMatch(/AyiboPost/);
			expect(text('what is the name of the group that counted the inmates?').text).toMatch(/RNDDH/);
		});

		it('reads a scene set before the question with an adverb before it: "right before…", "just after…"', () => {
			const answer = text('Right before the prison was attacked, what other site did gunmen go after?').text;
			expect(answer).toMatch(/main port/);
		});

		it('reads a French participle’s agreement without its accent: "perturbees"', () => {
			expect(text('quelles activites ont ete perturbees au port ?').text).toMatch(/loading/);
		});

		it('takes "how many moved out to fit the spots" as the number over capacity', () => {
			expect(text('how many inmates would need to be moved to fit the 700 spots?').text).toMatch(/2,987/);
		});

		it('answers "since when" with what the report says followed an event', () => {
			expect(text('since when has the crisis been deepening?').text).toMatch(/assassination/);
		});

		it('reads a question put in the negative as the positive one', () => {
			expect(text('wasnt it the police unions who told parents to keep kids home?').text).toMatch(/^No\b.*Sergier/);
			expect(text("didn't the government say anything?").text).toMatch(/^No\b/);
			expect(text("Isn't the prison in the capital?").text).toMatch(/^Yes, in Port-au-Prince/);
		});

		it('checks a time between two events stated in a yes/no question', () => {
			expect(text('was it about 4 years between the RNDDH warning and the assassination?').text).toMatch(
				/^Yes: (about )?4 years/,
			);
			expect(text('is it 6 years between Moise being killed and the homicides doubling?').text).toMatch(
				/^No: about 2 years/,
			);
		});

		it('says where the report puts a thing asked of a place it never names, in a statement too', () => {
			expect(text('the jail they attacked is in Jacmel, right?').text).toMatch(
				/Port-au-Prince; it doesn’t mention jacmel/,
			);
			expect(text('is the lockup in haiti?').text).toMatch(/^Yes, in Haiti/);
		});

		it('reads French and Creole questions put in the negative as the positive ones', () => {
			expect(text("N'est-il pas vrai que la prison a une capacité de 900 places ?").text).toMatch(
				/^No: the report gives 700/,
			);
			expect(text('Sergier n’était-il pas soldat ?').text).toMatch(/^No\b.*policeman/);
			expect(text('Èske Barbecue pa t yon ansyen jeneral?').text).toMatch(/^No\b.*policeman/);
			expect(text('Èske gouvènman an pa t di anyen?').text).toMatch(/^No\b/);
		});

		it('reads French "est-ce en 2019 que…" as a yes/no question about that date', () => {
			const answer = text('Est-ce en 2020 que le RNDDH a alerté sur la surpopulation ?');
			expect(answer.found).toBe(true);
			expect(answer.text).toMatch(/2017/);
		});

		it('reads a statement opened by "surely" or tagged "right?" as a yes/no question, idioms and all', () => {
			expect(text('surely the prison held 5,000 inmates?').text).toMatch(/^No: the report gives 3,687/);
			expect(text('so you’re saying the pen was built for 700?').text).toMatch(/^Yes/);
			expect(text('each and every inmate escaped the moment the gangs arrived, right?').found).toBe(true);
			expect(text('kiyès Barbecue la vre?').text).toMatch(/Jimmy Sergier/);
		});

		it('gives no one for whom a plan of the one named was meant, where the report names no one', () => {
			expect(text('who was Henry meant to hand power to?').found).toBe(false);
		});

		it('reads "help" as a word the answer must have, not a filler', () => {
			expect(text('what is the international force supposed to help with?').text).toMatch(/Haitian police/);
		});

		it('reads French "c’est qui qui…" as who, and "le nom du journal" as the name of a newspaper', () => {
			expect(text('c’est qui qui a compté les prisonniers ?').text).toMatch(/RNDDH/);
			expect(text('quel est le nom du journal qui parle d’un grand nombre de libérés ?').text).toMatch(/Gazette Haiti/);
		});

		it('asks for the whole timeline in Creole, whatever the purpose said after it', () => {
			const answer = text('fè yon kronoloji ak tout dat yo, pou leson an').text;
			expect(answer).toMatch(/2017/);
			expect(answer).toMatch(/2022/);
			const english = text('put all the dates in order for my history class').text;
			expect(english).toMatch(/2017/);
			expect(english).toMatch(/2023/);
		});

		it('reads the one told of before a semicolon as whom the question’s pronoun takes up', () => {
			const answer = text(
				'The rights group that tracks prison conditions had warned years earlier; what two problems did it point to?',
			);
			expect(answer.text).toMatch(/overcrowding and understaffing/);
		});

		it('asks a question without the choices offered after a dash, however long they are', () => {
			const answer = text(
				'What kind of people are the inmates the unions feared would escape — small-time thieves, or something worse?',
			);
			expect(answer.text).toMatch(/notorious criminals/);
			expect(text('who announced the plan: a politician, the police, or a gang figure?').text).toMatch(/alliance/);
		});

		it('reads "who is claiming…" as who said it, and "what advice did he give" as what he said', () => {
			expect(text("who's arguing security must come back before any elections?").text).toMatch(/Ariel Henry/);
			expect(text('what advice did the gang leader give parents?').text).toMatch(/not to send their children/);
		});

		it('answers "in what part of the world" with the region the report names', () => {
			expect(text('in which region of the world is haiti the poorest country?').text).toMatch(/Western Hemisphere/);
		});

		it('reads "yes or no" and a source said first as no part of what is checked', () => {
			expect(text('yes or no: per UN data, did homicides go up by over 100% in 2023?').text).toMatch(/^Yes/);
			expect(text('according to Reuters, did homicides double in 2023?').text).toMatch(
				/^No: the report credits this to United Nations/,
			);
		});

		it('answers "more or fewer than" a number with the side the report’s figure falls on', () => {
			expect(text('were there more or fewer than 4,000 inmates in feb 2023?').text).toMatch(/^Fewer: 3,687 inmates/);
			expect(text('was the capacity higher or lower than 500 places?').text).toMatch(/^More: 700 places/);
		});

		it('works out two of the report’s figures put to the operation it works them out by', () => {
			expect(text('3687 - 700 = ?').text).toMatch(/2,987/);
			expect(text('what do you get if you take 700 away from 3687').text).toMatch(/2,987/);
			expect(text('3,687 divided by 700, what is that').text).toMatch(/527%/);
		});

		it('reads "how many would have to be moved out" after a supposing "if" as the number over capacity', () => {
			expect(
				text('if the pen went down to its nominal capacity, how many inmates would need moving out?').text,
			).toMatch(/2,987/);
		});

		it('asks what follows the last words that ask after a long story of the asker’s own', () => {
			const answer = text(
				'my cousin lives in delmas since 1998 and she called me at 2 in the morning she could not sleep so tell me how many places the big prison was built for',
			);
			expect(answer.text).toMatch(/700 places/);
		});

		it('takes the asker’s lost track and poor memory for chat', () => {
			expect(text('who is the pm now i lost track').text).toMatch(/Ariel Henry/);
			expect(text('who is barbecue again my memory is not so good anymore').text).toMatch(/Jimmy Sergier/);
		});

		it('takes a greeting to friends in any of the three languages for chat: "mezanmi", "my friends"', () => {
			expect(text('mezanmi which country offered to lead the force').text).toMatch(/Kenya/);
			expect(text('my friends, who leads the gang alliance?').text).toMatch(/Sergier/);
		});

		it('asks an order of the events offered after a colon, and what a force is to help with of its purpose', () => {
			const order = text('Which came first: the siege of the prison, or the attempt on the port?').text;
			expect(order).toMatch(/port/);
			expect(text('what is the international force supposed to help with?').text).toMatch(/Haitian police/);
		});

		it('answers no where most of a group is asked of and the report tells of some', () => {
			expect(text('were most of the prisoners reluctant to escape?').text).toMatch(/^No\b/);
			expect(text('were some of the prisoners reluctant to escape?').text).not.toMatch(/^No\b/);
		});

		it('answers a cleft on a source’s data as the source telling it', () => {
			const answer = text("Is it RNDDH's data that shows homicides more than doubled in 2023?").text;
			expect(answer).toMatch(/^No\b/);
			expect(answer).toMatch(/UN data/);
		});

		it('reads a short noun ending like a participle as part of the subject, and “cap or nah” as asking yes or no', () => {
			expect(text('is the pen in port au prince?').text).toMatch(/^Yes\b/);
			expect(text('moise was killed in july 2020, cap or nah?').text).toMatch(/^No\b.*2021/);
		});

		it('answers who with the part of a group a source says did it, the source being named', () => {
			const answer = text('According to Reuters sources, who was reluctant to escape en masse?');
			expect(answer.found).toBe(true);
			expect(answer.text).toMatch(/some of the prisoners/);
		});

		it('does not give the report’s own date for a new one asked', () => {
			const asked = text('What is Henry’s new deadline to leave office now that February 7 has passed?');
			expect(asked.found).toBe(false);
			expect(asked.text).toMatch(/doesn’t give a new deadline/);
			expect(text('what was Henry’s deadline to leave office?').text).toMatch(/February 7/);
			// French "nouvelle" is new; "les nouvelles" are the news.
			expect(text('Quelle est la nouvelle date de départ d’Ariel Henry ?').text).toMatch(/doesn’t give a new date/);
		});

		it('answers the question after “is that right?” of what the message told', () => {
			const answer = text(
				'I read somewhere that armed groups surrounded the big jail over the weekend. Is that right? Which part of the week was it, exactly?',
			);
			expect(answer.found).toBe(true);
			expect(answer.text).toMatch(/Saturday night/);
		});

		it('names two bodies whose names share a word written for each', () => {
			expect(text('was Jimmy Sergier sanctioned by both the United Nations and the United States?').text).toMatch(
				/^Yes\b/,
			);
		});

		it('reads “what night of the week” as asking when and “which occurred first” as asking the order', () => {
			expect(text('On what night of the week did armed groups lay siege to the prison?').text).toMatch(
				/Saturday night/,
			);
			expect(text('which took place first, the port attack or the prison siege?').text).toMatch(
				/port attack.*came first/,
			);
		});

		it('answers a question asked before “do we know…” as well as the one after', () => {
			const answer = text(
				'what month did the UNSC green-light the kenya-led force, and do we know when it deploys?',
			).text;
			expect(answer).toMatch(/October/);
			expect(answer).toMatch(/unclear/);
		});

		it('reads “they” in a later part as what the first part names', () => {
			const answer = text('did the gangs go after the port too?? and did they threaten anything else').text;
			expect(answer).toMatch(/police stations/);
		});

		it('asks how long of the one a story named, said in place of the pronoun', () => {
			expect(text('the prime minister is Ariel Henry. How long has he been in power?').text).toMatch(/since 2021/);
		});

		it('checks what an asker remembers, subject and all, when asked “am I remembering that correctly?”', () => {
			const answer = text(
				"I think Le Nouvelliste was the paper that said a 'large' number of inmates had been released. Am I remembering that correctly?",
			).text;
			expect(answer).toMatch(/^No\b/);
			expect(answer).toMatch(/Gazette Haiti/);
			expect(
				text('I have a vague memory that it was the BBC that reported the guards had deserted. Is that right?').text,
			).toMatch(/^No\b.*AyiboPost/);
		});

		it('reads the order asked after “yes or no:”', () => {
			expect(
				text('Yes or no: had the UN Security Council authorised the international force before the prison siege?').text,
			).toMatch(/^Yes\b/);
		});

		it('reads a subject set before the question in the place of the pronoun that takes it up', () => {
			expect(text('the guy assassinated in 2021, moise, was he president or pm?').text).toMatch(/president/i);
			expect(text('moise, was he president or pm?').found).toBe(true);
		});

		it('asks a count of a “population” named after three words, and gives none of another year', () => {
			expect(text("What was the Pénitencier National's detainee population in February 2023?").text).toMatch(/3,687/);
			expect(
				text("What was the Pénitencier National's detainee population at the time of RNDDH's 2017 warning?").found,
			).toBe(false);
		});

		it('does not hold a figure of a year against a time asked before or after it', () => {
			// (Before 2023 it is the 2017 warning that tells, not the February 2023 count.)
			const before = text('was the prison overcrowded before 2023?').text;
			expect(before).toMatch(/2017/);
			expect(before).not.toMatch(/3,687/);
			expect(text('was the prison overcrowded in 2023?').text).toMatch(/^Yes/);
			expect(text('was the pen already overcrowded b4 2023 or is that new').text).toMatch(/2017/);
		});

		it('reads a share of a land asked as how large a part', () => {
			expect(
				text('What proportion of the national territory have the armed factions brought under their control?').text,
			).toMatch(/large part/);
		});

		it('answers how a group is described with the fact that says what some of them are', () => {
			expect(text('how does the report describe the inmates?').text).toMatch(/notorious criminals/);
			expect(text("comment l'article décrit-il les détenus ?").text).toMatch(/notorious criminals/);
		});

		it('reads the order asked with an uninflected verb, the words that ask left out of the events', () => {
			expect(
				text('Wich one happen first: RNDDH warning about overcrowding, or the assassination of Moise?').text,
			).toMatch(/^“rnddh warning about overcrowding” \(2017\) came first/);
			expect(
				text('The deal for Henry to hand over power, and the killing of president Moise: which one come first?').text,
			).toMatch(/^“the killing of president moise” \(July 7, 2021\) came first/);
		});

		it('reads “how many month between” as a time between, and “since what year” of a saying as when it was said', () => {
			expect(
				text('How many month between the December 2022 deal and the February 2023 RNDDH inmate count?').text,
			).toMatch(/2 months/);
			expect(text('rnddh been sayin dat prison got problem since wat year').text).toMatch(/2017/);
		});

		it('names no one by a verb that shares a stem with their name, and guesses nothing with a question', () => {
			expect(text('who authorized the force?').text).toMatch(/Security Council/);
			const both = text('Who offered to lead the armed force in Haiti, and who authorize it?').text;
			expect(both).toMatch(/Kenya/);
			expect(both).toMatch(/Security Council/);
			expect(both).not.toMatch(/not Government/);
		});

		it('gives how far apart two events are when asked “by roughly how much”', () => {
			expect(
				text(
					"Which came first, the deal that set Henry's exit date or RNDDH's 3,687 headcount, and by roughly how much?",
				).text,
			).toMatch(/came first, then “rnddh 3687 headcount” \(February 2023\), about 2 months later/);
		});

		it('reads chat’s “didn”, “wasn” as the negative questions they open', () => {
			expect(text('didn rnddh count da inmates in 2024??').text).toMatch(/^No\b.*February 2023/);
			expect(text('wasn barbecue a cop?').text).toMatch(/^Yes\b/);
		});

		it('checks a rumour tagged “cap or nah”', () => {
			expect(text('@here rumor going round that moise was killed in july 2020, cap or nah? :thinking:').text).toMatch(
				/^No\b.*2021/,
			);
		});

		it('splits a French question asked by inversion, and a Creole “ki kalite” one, from the question after it', () => {
			const french = text(
				"Le gouvernement haïtien a-t-il réagi publiquement à l'attaque contre la prison, et comment l'article situe-t-il Haïti sur le plan économique ?",
			).text;
			expect(french).toMatch(/^No\b/);
			const creole = text(
				'Ki kalite òganizasyon RNDDH ye, e ki kantite prizonye li te konte nan Penitansye Nasyonal la an fevriye 2023?',
			).text;
			expect(creole).toMatch(/human rights group/);
			expect(creole).toMatch(/3,687/);
		});

		it('moves a scene set first to the end of its own question, not past what is asked after it', () => {
			expect(
				text(
					"when the alliance boss talked about 'coordinated actions', whose government was he targeting? need the PM's full name for my caption",
				).text,
			).toMatch(/Ariel Henry/);
		});

		it('works out a difference with one side taken so many times', () => {
			expect(
				text('By how many inmates did the February 2023 population exceed double the nominal capacity?').text,
			).toMatch(/^2,287 inmates, worked out: 3,687 − 2 × 700 = 2,287/);
		});

		it('reads Creole “pral rive” as what will happen', () => {
			expect(text('Kisa Jimmy Sergier te di ki pral rive ak atak pou ranvèse gouvènman Henry a?').text).toMatch(
				/will escalate/,
			);
		});

		it('asks alone what follows a story that names what the report never mentions, unless it points back to that', () => {
			const asked = text(
				'When I lived in Jérémie in the 80s we walked at night without fear. But how many inmates did the Pénitencier National hold in February 2023?',
			);
			expect(asked.text).toMatch(/3,687 inmates/);
			for (const pointing of ['How many inmates are held there?', 'How many inmates are held in that prison?']) {
				const answer = text(`My cousin in Gonaïves says the prison there was attacked too. ${pointing}`);
				expect(answer.found).toBe(false);
				expect(answer.text).toMatch(/doesn’t mention Gonaïves/);
			}
		});

		it('reads an English participle as its word, not as a misspelt name (“watching” is no “Washington”)', () => {
			expect(text('what did the officers watching the prison do?').text).toMatch(/abandoned it/);
		});

		it('reads a population as the people of the place it is of, and asks the figure to be about that place', () => {
			expect(text('how big was the prison population?').text).toMatch(/3,687 inmates/);
			expect(text('what was the jail population in February 2023?').text).toMatch(/3,687 inmates/);
			for (const elsewhere of ['what’s the population of the country?', 'what is the country’s population?']) {
				expect(text(elsewhere).found).toBe(false);
			}
		});

		it('reads a hedge of several words WordNet has as an adverb, and a question word fronted before its clause', () => {
			expect(
				text('for how many detainees, in principle, was the main penitentiary in Port-au-Prince designed?').text,
			).toMatch(/700 places/);
			expect(text('in theory, how many inmates can the prison hold?').text).toMatch(/700 places/);
			// "us" after "for" is the pronoun, not the United States.
			expect(text('settle it for us').found).toBe(false);
		});

		it('reads “the day X happened” as X, and a “when” clause that sets the time as part of the question after it', () => {
			const between = text('How many years between the RNDDH warning about overcrowding and the day Moise was killed?');
			expect(between.text).toMatch(/from 2017 to July 7, 2021/);
			const then = text('Back in 2017 when RNDDH complained, how many prisoners were inside the penitentiary?');
			expect(then.found).toBe(false);
			expect(then.text).not.toMatch(/3,687/);
		});

		it('asks a fact to have the attribute of a name a “what” question asks, not a word loosely related to it', () => {
			expect(text('What was Ariel Henry’s profession before he became prime minister?').found).toBe(false);
			expect(text('what was barbecue’s day job before he went full capo').text).toMatch(/former policeman/);
		});

		it('reads “what fraction” as a share, and French “va être” as what will be', () => {
			expect(
				text('What fraction of its February 2023 population could the Pénitencier nominally accommodate?').text,
			).toMatch(/^About 19%/);
			expect(text('Est-ce qu’on sait quand la force internationale va être déployée en Haïti ?').text).toMatch(
				/remains unclear/,
			);
		});

		it('answers who from two facts about one actor that between them tell all the question says', () => {
			const answer = text('Who put out the plea for urgent reinforcements?');
			expect(answer.text).toMatch(/Police unions called for urgent reinforcements/);
			expect(answer.text).toMatch(/called for help/);
		});

		it('reads “since what year”, “ki lane”, “chronologically” in the three languages', () => {
			expect(text('Depi ki lane Ariel Henry sou pouvwa a?').text).toMatch(/since 2021/);
			expect(text('depuis quelle année Ariel Henry est-il au pouvoir ?').text).toMatch(/since 2021/);
			const order = text(
				'Arrange chronologically: the December deal fixing Henry’s exit, RNDDH’s overcrowding warning, and Moïse’s assassination.',
			).text;
			expect(order).toMatch(/2017[\s\S]*July 7, 2021[\s\S]*December 2022/);
		});

		it('answers a when-question without the time guessed after it, saying whether that is the report’s', () => {
			const wrong = text('wat day did they hit the prison, friday?');
			expect(wrong.text).toMatch(/^No, not friday:[\s\S]*Saturday night/);
			expect(text('when was moise killed, 2021?').text).toMatch(/^Yes, 2021:[\s\S]*July 7, 2021/);
		});

		it('asks an unknown verb of “who is …ing” of the fact: no one’s funding is told by a profile', () => {
			expect(text('who is funding Barbecue’s gangs?').found).toBe(false);
		});

		it('reads French “où est”, “c’est où” and a relative “qui” as English “where is the one that…”', () => {
			for (const question of [
				'où est la prison qui a été attaquée ?',
				'elle est où exactement la prison qui s’est fait attaquer ?',
				'c’est où la prison ?',
			])
				expect(text(question).text, question).toMatch(/Port-au-Prince/);
		});

		it('does not answer for another country’s government with the silence of Haiti’s', () => {
			expect(text('Which member of the Kenyan government commented on the prison attack?').found).toBe(false);
			expect(text('has the Haitian government said anything?').text).toMatch(/^No/);
		});

		it('asks the head of two nouns of the fact: no vote breakdown is told by the vote itself', () => {
			expect(text('What was the vote breakdown when the Security Council okayed the foreign force?').found).toBe(false);
			expect(text('what is the prison capacity?').text).toMatch(/700 places/);
		});

		it('reads “UN-sanctioned” as sanctioned by the UN, never as not sanctioned', () => {
			expect(text('barbecue: ex-cop AND UN-sanctioned — both true?').text).toMatch(/^Yes/);
		});

		it('reads words either side of a slash as one or the other, and “predate” as came before', () => {
			expect(text('list the outlets/sources that reported on what happened at the prison').text).toMatch(
				/Gazette Haiti[\s\S]*Reuters[\s\S]*AyiboPost/,
			);
			expect(text('did the rnddh warning predate the moise killing?').text).toMatch(
				/^Yes: “the rnddh warning” came first/,
			);
			expect(text('did the prison siege precede the port attack?').text).toMatch(/^No: “the port attack” came first/);
		});

		it('matches an English word spelt right only as itself or a related word, not one it looks like', () => {
			// "print" is no misspelt "point".
			expect(text('the ‘large’ number of freed inmates — which outlet, print or online?').text).toMatch(
				/Gazette Haiti newspaper reported in its digital edition/,
			);
		});

		it('reads French “côté”, “démuni” as English “side”, “poor”', () => {
			expect(text('Qui, côté police, a réclamé des renforts ?').text).toMatch(/Police unions called for urgent/);
			expect(text('Haïti, c’est vraiment le pays le plus démuni de ce côté-ci du globe ?').text).toMatch(/poorest/);
		});

		it('reads “come down” as a fall', () => {
			expect(text('Did the murder rate come down in 2023?').text).toMatch(/^No: the report says: .*more than doubled/);
		});

		it('asks “is there a date yet” of what the first part names, and a question after a dash and “and” apart', () => {
			const force = text('which country said theyd lead the intl force n is there a date yet').text;
			expect(force).toMatch(/Kenya offered to lead/);
			expect(force).toMatch(/remains unclear/);
			const both = text('Who argued that elections need security first — and what deadline did he stay past?').text;
			expect(both).toMatch(/arguing that security must be restored/);
			expect(both).toMatch(/February 7/);
		});

		it('drops what everyone says tacked on at the end: no one is asked to have said it', () => {
			expect(
				text('is Haiti really the poorest country in the western hemisphere, as they say on the radio?').text,
			).toMatch(/^Yes/);
			expect(
				text('Haïti, c’est vraiment le pays le plus pauvre de l’hémisphère occidental comme on le dit à l’antenne ?')
					.text,
			).toMatch(/poorest country/);
		});

		it('reads Creole “ap rive” after a subject as will arrive', () => {
			expect(text('Eske nou konnen kilè fòs entènasyonal la ap rive Ayiti?').text).toMatch(/remains unclear/);
		});

		it('gives no rate per a unit no figure counts, and works out one per place', () => {
			const guard = text('How many inmates for each guard were there at the Pénitencier National?');
			expect(guard.found).toBe(false);
			expect(guard.text).toMatch(/no figure per guard/);
			expect(text('how many prisoners per bed?').text).toMatch(/5\.27 times/);
		});

		it('matches a word spelt right only as itself or a related word, never one it looks like', () => {
			// "chair" only looks like "charge" and the French "chavire" of the alliance's vow.
			expect(text('who is in the chair').found).toBe(false);
			expect(text('Why’s Henry still in the chair?').text).not.toMatch(/alliance|topple/);
		});

		it('gives the cause told in the sentence of the event asked why of, when the event has every word the data knows', () => {
			expect(text('Why’s Henry still in the chair after Feb 7?').text).toMatch(/security must be restored/);
		});

		it('reads a verb and its particle as one verb where the data has only the bare verb, in another sense', () => {
			// "step in" is no "step down"; "lined up" no "line of work" (Barbecue's profile).
			const lined = text('Who’s lined up to step in if Henry throws in the towel?');
			expect(lined.text).not.toMatch(/Sergier|Barbecue/);
			// The data's own sense stays: "locked up" is held, "hand over" hands power over.
			expect(text('are the ppl who killed moise locked up in that prison?').text).toMatch(/alleged perpetrators/);
			expect(text('when was Henry supposed to hand over power?').text).toMatch(/February 7/);
		});

		it('answers no fact to a "what X" whose X the data never speaks of, though chat dropped the "does"', () => {
			expect(text('wat currency haiti use again').found).toBe(false);
			expect(text('what language they speak in haiti').found).toBe(false);
		});

		it('says the report names no one before or after the holder it names', () => {
			const before = text('who was pm before henry?');
			expect(before.found).toBe(false);
			expect(before.text).not.toMatch(/^Ariel Henry/);
			expect(text('who was prime minister when the gangs laid siege to the prison?').text).toMatch(/Ariel Henry/);
		});

		it('reads one event done "at the same time" as done together, and two events "at the same time" to the day', () => {
			expect(text('were the inmates all trying to escape at the same time?').text).toMatch(
				/^Not as far as the report says/,
			);
			expect(text('did the port attack and the prison attack happen at the same time?').text).toMatch(/^\W*No\b/);
		});

		it('keeps a Creole question’s language in the statement after "eske se vre"', () => {
			expect(text('eske se vre tout prizonye yo te vle sove?').text).toMatch(/reluctant/);
		});

		it('dates a plan asked of by the fact that tells the plan, after a scene set off by a comma', () => {
			// The deal "set a date"; the handover on February 7 is what was meant to happen.
			expect(text('under the deal henry agreed to, what date was he meant to hand over power?').text).toMatch(
				/February 7/,
			);
			expect(text('In which country was Ariel Henry travelling when the prison was attacked?').found).toBe(false);
		});

		it('carries a number the question supposes through a change the report gives in words', () => {
			expect(text('If there were 1,000 homicides in 2022, how many would there have been in 2023?').text).toMatch(
				/^More than 2,000: 1,000 × 2/,
			);
			// A change over 2023 is from 2022, not from another year supposed.
			expect(text('If there were 1,000 homicides in 2020, how many would there have been in 2023?').text).not.toMatch(
				/2,000/,
			);
		});

		it('says who leads an organisation no fact says anyone leads is not in the report, in the three languages', () => {
			for (const question of [
				'who is the head of the national police',
				'kiyès ki chèf polis nasyonal ayiti a?',
				'qui est le chef de la police nationale d’Haïti ?',
			])
				expect(text(question).text).toMatch(/^The report doesn’t say who leads the Haitian police/);
			expect(text('who leads the gangs').text).toMatch(/Barbecue/);
		});

		it('reads French "le dénommé X" as X, and "pk" as a question of its own', () => {
			expect(text('Par quelles instances le dénommé « Barbecue » a-t-il été sanctionné ?').text).toMatch(
				/U\.N\. and the U\.S\./,
			);
			expect(text('Henry il devait lâcher le pouvoir quand exactement ? et pk il est resté mdr').text).toMatch(
				/February 7[\s\S]*security must be restored/,
			);
		});

		it('reads a noun counted loosely ("more than one authority") as any of its kind, not the one so called', () => {
			expect(text('Is Barbecue sanctioned by more than one authority?').text).toMatch(/U\.N\. and the U\.S\./);
		});

		it('takes a rate supposed before the question word ("with one inmate per place, how many…") as no rate asked', () => {
			expect(
				text('With one inmate per place, how many more places would the Pénitencier need to hold all 3,687 prisoners?')
					.text,
			).toMatch(/2,987/);
		});

		it('answers each question after a yes/no question about a "when"', () => {
			const both = text(
				'Is it already known when the force will be deployed, yes or no, and how long ago was it authorised?',
			);
			expect(both.text).toMatch(/unclear[\s\S]*October/);
		});

		it('asks a yes/no question’s deed of its main clause, not of a clause that says when', () => {
			expect(text('did things in haiti get worse after moise was killed?').text).toMatch(/deepened/);
			// "Better" is asked, not a stopword: the assassination says nothing of it.
			expect(text('did things get better after moise was killed?').text).not.toMatch(/^President Jovenel Moïse was/);
		});

		it('reads "for which reason" as why, and gives no one’s reason where nothing says whose', () => {
			expect(text('for which reason exactly?').found).toBe(false);
			expect(text('For which reason did Henry stay on?').text).toMatch(/security must be restored/);
		});

		it('reads "how many would have to leave" to respect the capacity as how many over it', () => {
			expect(
				text('If they wanted to respect the prison’s capacity, how many prisoners would have to leave?').text,
			).toMatch(/2,987/);
		});

		it('takes a kind of something named ("what aspects of the crisis") for the kind asked, though the data lacks it', () => {
			expect(text('What different aspects of the crisis does the article cite?').text).toMatch(/humanitarian/);
		});

		it('reads chat’s "shook", "clapped", "yeet" as scared, killed, flee', () => {
			expect(text('whose sources said some inmates was too shook to run bc of the crossfire').text).toMatch(
				/^\s*Reuters/,
			);
			expect(text('@here 🚨🚨 when did moise get clapped, year pls').text).toMatch(/2021/);
		});

		it('answers a question that opens after a full stop on its question word and auxiliary, after another question', () => {
			expect(text('who tf is jimmy sergier anyway 🍖 why’d the UN sanction him').text).toMatch(
				/Jimmy Sergier[\s\S]*sanctioned by the U\.N\./,
			);
		});

		it('takes chat’s word for an event ("the port drama") for a vague one', () => {
			expect(text('the port drama before the jailbreak — what did it actually mess up?').text).toMatch(
				/disrupting traffic/,
			);
		});

		it('reads "and" typed in capitals between names as "and", in the three languages, not as a name', () => {
			const both = text('Barbecue, li sanksyone pa ONU AK Etazini toulede? wi ou non').text;
			expect(both).not.toMatch(/does not name AK|^\W*No\b/);
			expect(both).toMatch(/U\.N\. and the U\.S\./);
		});

		it('takes a government or police of a people the report never has for another than the report’s', () => {
			for (const question of [
				'What does the Canadian government say about the situation?',
				'What did the government of Canada say about the situation?',
				'Kisa gouvènman Kanada di sou sitiyasyon an?',
			])
				expect(text(question).found, question).toBe(false);
			expect(text('what did the haitian government say about the attack').text).toMatch(/not commented/);
		});

		it('names no neighbourhood where the report names none, however the prison matches', () => {
			expect(text('which neighborhoods in port-au-prince are the most dangerous right now?').found).toBe(false);
			expect(text('Ki katye nan Pòtoprens ki pi danjere kounye a?').found).toBe(false);
		});

		it('reads French "vont" as will, and which came last in French and Creole as an order', () => {
			expect(text('Est-ce qu’on sait quand les soldats de cette force vont arriver en Haïti ?').text).not.toMatch(
				/alliance/,
			);
			expect(text('Ki sa ki rive an dènye: atak pò a oswa atak prizon an?').text).toMatch(/came first/);
		});

		it('reads a present participle after an object as a clause that describes it', () => {
			expect(text('Which nation offered to command the foreign soldiers coming to help?').text).toMatch(/Kenya/);
		});

		it('reads chat’s short forms in capitals ("ETA") as what they stand for, never as a name', () => {
			const eta = text('is there an ETA on the foreign armed squad actually showing up or nah');
			expect(eta.text).not.toMatch(/credits this to/);
			expect(eta.text).toMatch(/unclear when/);
		});

		it('holds a rate against a threshold asked in French or Creole', () => {
			expect(text('Èske prizon an te gen plis pase 5 fwa kantite moun li te ka kenbe?').text).toMatch(
				/^Yes: about 5\.27 times/,
			);
			expect(text('La prison avait-elle plus de 5 fois plus de détenus que de places ?').text).toMatch(
				/^Yes: about 5\.27 times/,
			);
		});

		it('reads Creole "ant … ak …" as between two events', () => {
			expect(
				text('Konbyen ane ki pase ant premye avètisman RNDDH sou prizon an ak konte fevriye 2023 la?').text,
			).toMatch(/from 2017 to February 2023/);
		});

		it('reads French slang "blaze" as a name', () => {
			expect(text('wsh c koi le vrai blaze de Barbecue ?? 🍖').text).toMatch(/Jimmy Sergier/);
		});

		it('answers whether a body is a gang with what the report calls it', () => {
			expect(text('is rnddh a gang?').text).toMatch(/^No: the report describes RNDDH as “human rights group”/);
		});

		it('reads "it" in a later question as the last thing the first one names, and asks who "it" is where nothing is', () => {
			expect(text('when did the security council say ok for the armed force?? and who will lead it').text).toMatch(
				/green light[\s\S]*Kenya offered to lead/,
			);
			expect(text('who will lead it').found).toBe(false);
		});

		it('confirms no deed in French that the report tells only as attempted', () => {
			const taken = text('les gangs ont pris le port, c’est vrai ?').text;
			expect(taken).not.toMatch(/^\W*Yes/);
			expect(taken).toMatch(/attempted to take over the main port/);
		});

		it('reads a French statement of what was done, with only its question mark, as yes or no', () => {
			expect(text('Barbecue a été arrêté ?').found).toBe(false);
			expect(text('Barbecue a été sanctionné ?').text).toMatch(/^Yes/);
			expect(text('la capacité de la prison ?').text).toMatch(/700 places/);
		});

		it('holds a figure the asker offers against the report’s, not as a word to find: "3700 inmates, the real number?"', () => {
			expect(text('there are 3700 inmates, what is the exact number of inmates').text).toMatch(/3,687 inmates/);
			expect(text('whats the prison capacity, 700 or 7k?').text).toMatch(/700 places/);
			// A year is still a time asked of.
			expect(text('what happened in 2019?').found).toBe(false);
		});

		it('takes what the asker heard, after the question, for no question of its own: "someone wrote 7/7/21"', () => {
			expect(text('whats the date moise got assassinated, someone wrote 7/7/21 lol').text).toMatch(/July 7, 2021/);
			expect(
				text('combien de détenus au Pénitencier National en février 2023 ? J’ai vu passer « 3 687 » et « 3.687 »…')
					.text,
			).toMatch(/3,687 inmates/);
			// Asked only for the figure: of what was heard.
			expect(text('whats the real number? ppl are saying 5000 inmates escaped').text).toMatch(/not clear how many/);
		});

		it('says what the report does call one asked of a title it gives another: "was Moïse prime minister?"', () => {
			expect(text('was Moise the prime minister?').text).toMatch(
				/^\s*No: the report calls Jovenel Moïse president, and gives the title prime minister to Ariel Henry/,
			);
			expect(text('is barbecue the prime minister now??').text).toMatch(
				/calls Jimmy Sergier a gangland leader and former policeman/,
			);
			expect(text('Jovenel Moïse, c’était le Premier ministre ?').text).toMatch(
				/^\s*No: the report calls Jovenel Moïse president/,
			);
		});

		it('reads French “est-ce que” as Kreyòl “èske”: the statement after it, held against the report', () => {
			expect(text('Est-ce que Kenya dirige la force ?').text).toMatch(
				/^\s*No: the report says only: Kenya offered to lead/,
			);
			expect(text('Est-ce que Barbecue est un ancien policier ?').text).toMatch(/^\s*Yes/);
		});

		it('holds a deed asked of a title against the one the report gives the title to', () => {
			expect(text('Was it the prime minister who told people to keep their kids home from school?').text).toMatch(
				/^\s*No: the report credits this to Jimmy Sergier/,
			);
			expect(text('Èske Kenya se yon gang?').text).toMatch(
				/^\s*No: the report speaks of it as a country: Kenya offered/,
			);
		});

		it('takes "the facility", as reporters write it, for the prison', () => {
			expect(text('did the guards abandon the facility?').text).toMatch(/^\s*Yes/);
			expect(text('what was rnddh’s 2017 warning about the facility').text).toMatch(/overcrowding and understaffing/);
		});

		it('names no holder of a post whose qualifier the report has only through a related word: "the justice minister"', () => {
			expect(text('Who is Haiti’s justice minister?').text).toMatch(/^\s*The report doesn’t name a justice minister/);
			expect(text('qui est le ministre de la Justice ?').found).toBe(false);
			expect(text('who is the vice president of haiti').found).toBe(false);
			expect(text('who is the prime minister of haiti').text).toMatch(/Ariel Henry/);
		});

		it('weighs how the asker says it was said: "who called for help" is not told by a fact told with "said"', () => {
			expect(text('who called for help to stop a mass breakout?').text).not.toMatch(/Reuters/);
			expect(text('who called for help to stop a breakout?').text).toMatch(/police unions/);
			expect(text('who warned that attacks would escalate').text).toMatch(/Jimmy Sergier/);
		});

		it('reads a French participle after its noun as a qualifier, as in English: "la force autorisée par le Conseil"', () => {
			expect(text('Quel pays s’est proposé pour diriger la force autorisée par le Conseil de sécurité ?').text).toMatch(
				/^\s*Kenya offered/,
			);
			expect(
				text('Quel État s’est proposé pour commander la force multinationale autorisée par le Conseil de sécurité ?')
					.text,
			).toMatch(/^\s*Kenya offered/);
		});

		it('asks whose word it is with "credited with" and "attribué à": the source, not who did it', () => {
			expect(text('Who is credited with the 2017 warning about overcrowding?').text).toMatch(/RNDDH/);
			expect(text('À qui est attribué l’avertissement de 2017 sur la surpopulation ?').text).toMatch(/RNDDH/);
		});

		it('asks why with a reason, an excuse or a goal qualified: "the stated reason", "his excuse", "the goal of"', () => {
			expect(text('what’s the stated reason henry didn’t step down on feb 7').text).toMatch(
				/^\s*\W*\s*Ariel Henry stayed on, arguing/,
			);
			expect(text('why’d the pm stick around past his exit date, whats his excuse').text).toMatch(
				/security must be restored/,
			);
			expect(text('what is the goal of the international force?').text).toMatch(/to help the Haitian police/);
		});

		it('reads French as members write it: "lâché le pouvoir", "un nombre important", "par place", "le nom de"', () => {
			expect(text('pk henry a pas lâché le pouvoir??').text).toMatch(/security must be restored/);
			expect(text('Qui a rapporté qu’un nombre « important » de prisonniers avaient été relâchés ?').text).toMatch(
				/Gazette Haiti/,
			);
			expect(text('ça fait cmb de prisonniers par place au pénitencier en fev 2023?').text).toMatch(/5\.27 times/);
			expect(text('konbyen prizonye pa plas?').text).toMatch(/5\.27 times/);
			expect(text('Quel est le nom de la coalition de gangs dirigée par Barbecue ?').found).toBe(false);
		});

		it('says which of two times offered after a when-question the report gives: "…, sat or sun"', () => {
			expect(text('wat day was the prison siege, sat or sun').text).toMatch(/^\s*Saturday:/);
			expect(text('when was moise killed, 2020 or 2021?').text).toMatch(/^\s*2021:/);
			expect(text('ok quick fact check, whats the pen’s capacity').text).toMatch(/700 places/);
		});

		it('takes what the asker says of themself or of how to answer, after the question, for chat', () => {
			expect(text('whats barbecue’s actual name again, my memory’s not what it used to be lol').text).toMatch(
				/Jimmy Sergier/,
			);
			expect(
				text(
					'Were there more than five times as many detainees as places in February 2023? A simple yes or no, together with the figures, would suffice.',
				).text,
			).toMatch(/^\s*Yes: about 5\.27 times/);
			expect(
				text(
					'In which neighbourhoods of the capital was all that heavy shooting heard? Please name them, as my friends in Delmas are worried.',
				).found,
			).toBe(false);
		});

		it('reads "divides … by" as a ratio, and "include" and "the weekend" as no words the report must have', () => {
			expect(
				text(
					'If one divides the number of detainees recorded in February 2023 by the number of places the penitentiary was built for, roughly what figure does one arrive at?',
				).text,
			).toMatch(/5\.27 times/);
			expect(
				text(
					'is it true that those locked up in that penitentiary include many of the people accused of killing President Moïse?',
				).text,
			).toMatch(/^\s*Yes/);
			expect(
				text(
					'Has the Haitian executive offered any public reaction whatsoever to what has been unfolding at the penitentiary since the weekend?',
				).text,
			).toMatch(/not commented/);
		});

		it('counts the doers of a passive asked "by how many", and names them once for "which are they"', () => {
			const counted = text('By how many different authorities has Barbecue been sanctioned, and which are they?').text;
			expect(counted).toMatch(/^\s*2: United Nations and United States\./);
			expect(counted).not.toMatch(/Government of Haiti|Ariel Henry/);
			expect(text('how many authorities sanctioned Barbecue?').text).toMatch(/^\s*2: United Nations and United States/);
			expect(text('by how many inmates did the population exceed capacity?').text).toMatch(/2,987/);
		});

		it('asks the name of the one a noun before the first name says: "the warden in charge of the penitentiary"', () => {
			expect(
				text('What was the name of the warden in charge of the penitentiary at the time of the assault?').found,
			).toBe(false);
			expect(text('what is the name of the biggest prison?').text).toMatch(/Pénitencier National/);
		});

		it('holds "will" and a plan met "like he was supposed to" against what the report says was done', () => {
			expect(text('will Kenya lead the international force?').text).toMatch(
				/^\s*No: the report says only: Kenya offered/,
			);
			expect(text('did henry actually leave on feb 7 like he was sposed to, y/n').text).toMatch(/^\s*No/);
			expect(text('C’est le Kenya ou le Nigeria qui va diriger la force internationale ?').text).toMatch(
				/^\s*Not Nigeria[\s\S]*Kenya offered/,
			);
		});

		it('takes "the executive", as reporters write it, for the government', () => {
			expect(
				text('What official line has the executive put out so far on the events at the penitentiary?').text,
			).toMatch(/not commented/);
		});

		it('reads "÷" and French "le rapport entre" as a ratio asked', () => {
			expect(text('quick sanity check: inmates ÷ nominal capacity at the Pénitencier, feb 2023??').text).toMatch(
				/5\.27 times/,
			);
			expect(
				text(
					'Quel est le rapport entre le nombre de détenus recensés en février 2023 et la capacité nominale du Pénitencier National ?',
				).text,
			).toMatch(/5\.27 times/);
			expect(text('selon le rapport, combien de détenus ?').text).toMatch(/3,687 inmates/);
		});

		it('takes who told the asker, opening the message, for no part of what is asked: "I keep hearing…"', () => {
			expect(
				text('I keep hearing the prime minister was meant to step aside on a certain day — which day was that?').text,
			).toMatch(/February 7/);
			// A figure put up to be checked is the claim itself, not a figure offered beside the question.
			expect(text('people are saying 5000 inmates escaped, is that true?').text).not.toMatch(/police unions/);
		});

		it('asks which came first in Kreyòl however "kisa" and "ki" are spelt', () => {
			expect(
				text('Kisa k te vini anvan: asasina Jovenel la oswa akò desanm 2022 pou Henry kite pouvwa a?').text,
			).toMatch(/^\s*“assassination jovenel” \(July 7, 2021\) came first/);
		});

		it('answers why something was not done with the fact that tells it was not, and "all the" after "why" lists nothing', () => {
			for (const question of [
				'why didn’t all the inmates escape?',
				'pourquoi les détenus ne se sont pas tous évadés ?',
				'poukisa prizonye yo pa t sove?',
			])
				expect(text(question).text, question).toMatch(/^\s*Reuters sources said some of the prisoners were reluctant/);
			expect(text('when did all the attacks happen?').text).toMatch(/day before Friday[\s\S]*Saturday night/);
		});

		it('reads Kreyòl timelines and differences: "mete evènman yo an lòd", "ki evènman ki pase an 2023", "anplis"', () => {
			expect(text('Mete evènman yo an lòd').text).toMatch(/2017[\s\S]*2021[\s\S]*2022[\s\S]*2023/);
			expect(text('ki evènman ki pase an 2023?').text).toMatch(/February 2023[\s\S]*Last October[\s\S]*homicides/);
			expect(text('Konbyen prizonye anplis ke kapasite a?').text).toMatch(/2,987/);
		});

		it('says which gang it was is not told where the fact names only gunmen, whatever else it names', () => {
			expect(text('which gang attacked the port?').text).toMatch(/^\s*The report doesn’t say which gang/);
			expect(text('which gang attacked the prison?').text).toMatch(/^\s*The report doesn’t say which gang/);
			// Who did it, though: the fact that tells the deed, not one that names it only as a noun ("the attack on…").
			expect(text('who attacked the prison?').text).toMatch(/^\s*Armed groups laid siege/);
		});

		it('answers "which of these" offered as names with who did it, not with a timeline', () => {
			expect(text('which of these sanctioned barbecue: the un, the us, the eu?').text).toMatch(
				/^\s*Jimmy Sergier, or “Barbecue”, is a gangland leader and former policeman who has been sanctioned by the U\.N\. and the U\.S\./,
			);
			expect(text('c ki le chef des gangs').text).toMatch(/Jimmy Sergier/);
		});

		it('asks when of a date named without a question word, and takes what the answer is for as chat', () => {
			expect(text('moise assassination date pls, for the backgrounder').text).toMatch(/July 7, 2021/);
			expect(text('siege date?').text).toMatch(/Saturday night/);
			expect(text('when did moise die, for my essay').text).toMatch(
				/^\s*President Jovenel Moïse was assassinated on July 7, 2021/,
			);
		});

		it('reads a statement asked only by its question mark, or by "or what", as yes or no', () => {
			expect(text('rnddh is like a govt agency?').text).toMatch(/^\s*No\b.*human rights group/);
			expect(text('rnddh is a govt agency or what').text).toMatch(/^\s*No\b.*human rights group/);
			expect(text('barbecue is an ex cop?').text).toMatch(/^\s*Yes\b/);
		});

		it('reads a subject taken up by its pronoun as the subject: "moise he was…", "Moïse il était…"', () => {
			expect(text('moise he was president or pm??').text).toMatch(
				/^\s*The president: The report calls Jovenel Moïse president/,
			);
			expect(text('Moïse il était président ou premier ministre ?').text).toMatch(
				/^\s*Président: The report calls Jovenel Moïse president/,
			);
			expect(text('Henry il devait lâcher le pouvoir quand exactement ?').text).toMatch(/February 7/);
		});

		it('reads French verbs in any tense by their infinitive: "prévoyait", "aurait-il dû"', () => {
			expect(text("L'accord de décembre 2022 prévoyait quoi pour Ariel Henry ?").text).toMatch(/February 7/);
			expect(text('à quelle date Henry aurait-il dû céder le pouvoir ?').text).toMatch(/February 7/);
		});

		it('takes why the asker asks, said of the article, for chat, and a vocative for a filler', () => {
			const named = text(
				'Could you tell me what the alliance of criminal organisations led by Barbecue is called, since the article does not seem to name it directly?',
			);
			expect(named.found).toBe(false);
			expect(named.text).toMatch(/doesn’t name/);
			expect(
				text(
					'I should be most grateful if you could explain what sort of organisation the RNDDH is, since the article relies on it for the figures concerning the prison population.',
				).text,
			).toMatch(/human rights group/);
			expect(text('Ki pi gwo prizon ann Ayiti frè?').text).toMatch(/Pénitencier National/);
		});

		it('asks how many of a count named after four words of what it counts', () => {
			const tally = text("What was the UN Security Council's vote tally on the international force?");
			expect(tally.found).toBe(false);
			expect(tally.text).toMatch(/doesn’t say how many/);
		});

		it('asks whom the one named acted on: "barbecue warn who…", "to whom did Sergier address…"', () => {
			expect(text('barbecue warn who to keep kids out school?').text).toMatch(
				/^\s*This week Jimmy Sergier warned residents/,
			);
			expect(text("To whom did Jimmy Sergier address his 'collateral damage' warning?").text).toMatch(
				/warned residents/,
			);
			// A copula or "by" before "who" asks who the one named is, or who did it.
			expect(text('rnddh is who exactly').text).toMatch(/human rights group RNDDH/);
		});

		it('reads a subject set before a question in its pronoun’s place, and "which X’s Y" as whose', () => {
			expect(text('and this barbecue character, whose government is he trying to bring down, exactly?').text).toMatch(
				/Ariel Henry/,
			);
			expect(text("which prime minister's government does the alliance intend to topple?").text).toMatch(/Ariel Henry/);
			expect(text('list the coalitions and who leads them').text).toMatch(/^\s*Who leads what/);
		});

		it('answers with the one of two words offered that the fact says', () => {
			expect(text('capital gettin better or worse lately??').text).toMatch(/^\s*Worse:[\s\S]*has worsened/);
			expect(text('was the attack by day or by night?').text).toMatch(/^\s*By night:[\s\S]*Saturday night/);
			expect(text('gang attack the prison — day time or night time?').text).toMatch(/Saturday night/);
			// Figures offered are held against the report's own, not chosen as words.
			expect(text('whats the prison capacity, 700 or 7k?').text).toMatch(/700 places/);
		});

		it('answers who else did it with a country the fact names as the one who did it', () => {
			expect(text('besides the un who else sanctioned barbecue').text).toMatch(/^\s*Jimmy Sergier[\s\S]*the U\.S\./);
		});

		it('says the report gives no figure for the second side of a ratio, and reads "the ratio of X to Y" as X over Y', () => {
			const guards = text('What is the inmate-to-guard ratio at the Pénitencier National?');
			expect(guards.found).toBe(false);
			expect(guards.text).toMatch(/no figure per guard/);
			expect(text('what is the ratio of inmates to places').text).toMatch(/^\s*About 5\.27 times/);
			expect(text('what is the ratio of places to inmates').text).toMatch(/^\s*About 19%/);
			expect(text('whats the inmates-per-place ratio at the pen lol like 5 to 1?').text).toMatch(/5\.27 times/);
		});

		it('holds what a prison held against a multiple of its capacity, with the arithmetic', () => {
			expect(
				text("In February 2023, was the inmate count above or below five times the prison's capacity?").text,
			).toMatch(/^\s*More: 3,687 inmates is more than 5 times the 700 places \(5 × 700 = 3,500\)/);
			expect(text("which is bigger: the feb 2023 inmate count or five times the pen's capacity?").text).toMatch(
				/3,500/,
			);
			expect(text('was the inmate count above or below six times the capacity?').text).toMatch(/^\s*Fewer:.*4,200/);
			expect(text('was the inmate count more or less than six times the capacity?').text).toMatch(
				/^\s*Less: about 5\.27 times/,
			);
		});

		it('reads a role asked of a country as what the report says it does, and a kind of people as what some of them are', () => {
			expect(text("<@112233445566778899> kenya's role in all this, one line pls 🇰🇪").text).toMatch(/offered to lead/);
			expect(text('quel est le rôle du Kenya ?').text).toMatch(/offered to lead/);
			expect(text('many prisoner inside there, wat kind of ppl dey are?').text).toMatch(
				/alleged perpetrators[\s\S]*notorious criminals/,
			);
		});

		it('reads "do it", "fè sa", "l’a fait" in a later part as the deed the first part tells was meant', () => {
			for (const question of [
				'when was Henry supposed to hand over power, and why didn’t he do it?',
				'Ki dat Ariel Henry te sipoze remèt pouvwa a, e poukisa li pa t fè sa?',
				'Quand Henry devait-il céder le pouvoir, et pourquoi ne l’a-t-il pas fait ?',
			])
				expect(text(question).text, question).toMatch(/February 7[\s\S]*security must be restored/);
		});

		it('splits a French question after "et on sait quand…"', () => {
			expect(
				text('Quel pays a proposé de diriger la force internationale, et on sait quand elle sera déployée ?').text,
			).toMatch(/Kenya offered to lead[\s\S]*remains unclear when/);
		});

		it('asks who is doing something now of what the report tells this week, and names them with their nickname', () => {
			expect(text("@everyone who's threatening Henri's gov rn 😤 real name + nickname pls").text).toMatch(
				/^\s*Jimmy Sergier, known as “Barbecue”\.[\s\S]*warned that attacks/,
			);
			expect(text('what is the first name of the president killed in 2021').text).toMatch(/Jovenel Moïse/);
		});

		it('takes chat before "is" for chat, not for the subject of a statement asked', () => {
			expect(text('ngl is the un-approved armed force n the kenya thing the same mission??').text).toMatch(
				/^\s*Kenya offered to lead/,
			);
		});

		it('reads a time named after each event as the event’s, and French counts, month abbreviations and aims', () => {
			expect(text('rnddh warning year and moise killing year — how many year between?').text).toMatch(
				/^\s*About 4 years/,
			);
			expect(
				text("Combien de mois entre l'assassinat de Moise et le comptage du RNDDH de fev 2023, a peu pres?").text,
			).toMatch(/19 months/);
			expect(
				text("Quel est l'objectif de la force armée internationale approuvée par le Conseil de sécurité ?").text,
			).toMatch(/to help the Haitian police/);
		});

		it('takes "quick one for the mods:" for chat, splits "…or did they just offer??", and reads "a-t-il précisé combien" as yes or no', () => {
			expect(text('Quick one for the mods: which prison in the capital came under siege?').text).toMatch(
				/Pénitencier National/,
			);
			expect(text('is kenya confirmed leadin the force or did they just offer??').text).toMatch(
				/^\s*No: the report says only: Kenya offered to lead/,
			);
			expect(text('Le gouvernement haïtien a-t-il précisé combien de détenus se sont évadés ?').text).toMatch(
				/^\s*No, not as far as the report says:[\s\S]*has not commented/,
			);
		});

		it('says no to a description asked of someone the report describes otherwise, in French too', () => {
			expect(text("Ariel Henry est-il l'ancien policier sanctionné par l'ONU et les États-Unis ?").text).toMatch(
				/^\s*No: the report says: Jimmy Sergier/,
			);
		});

		it('asks how many wherever it stands, before a "fr" that would put it up to be checked; French "donne moi", "précises", "le report"', () => {
			expect(engine.ask('@here ya eu combien de prisonniers evadés exactement?? 🏃‍♂️🏃‍♂️ fr fr').notes.join(' ')).toMatch(
				/It is not clear how many inmates/,
			);
			expect(text('Donne moi toutes les dates precises (jour + mois) qui sont dans le report').text).toMatch(
				/July 7, 2021[\s\S]*February 7/,
			);
		});

		it('reads a statement asked with only its question mark as one to check, unless it offers a choice', () => {
			expect(text('kenya leads the force?').text).toMatch(/^\s*No: the report says only: Kenya offered to lead/);
			expect(text('the un sanctioned barbecue?').text).toMatch(/^\s*Yes, the report says so/);
			expect(text('so 700 inmates escaped?').found).toBe(false);
			expect(text('the guards were police or soldiers?').text).toMatch(/^\s*Police:/);
			// A question word, an inverted auxiliary or a French sentence keeps it a question of its own.
			expect(text('if the prison had 4000 places would it be overcrowded?').text).toMatch(/^No: .*within the limit/);
			// So does a noun that names what is asked for: "(the) exact date (that) Moise was assassinated?".
			expect(text('exact date Moise was assassinated?').text).toMatch(/July 7, 2021/);
		});

		it('answers what a story’s doubted value asks, and dates an inferred fact by the one it rests on', () => {
			expect(text('someone said moise was killed in 2019. what’s the real date?').text).toMatch(/July 7, 2021/);
			expect(text('when did the gang leader announce the plan?').text).toMatch(/^\s*This week the head of an alliance/);
		});

		it('reads what is asked about set before the question, taken up by its object pronoun', () => {
			for (const question of [
				'the figure that says homicides more than doubled in 2023, did RNDDH give it?',
				'Chif ki di omisid yo plis pase double an 2023 la, se RNDDH ki bay li?',
			])
				expect(text(question).text).toMatch(/^\s*No: the report credits this to United Nations/);
		});

		it('asks of the deed after a verb that only leads into it: "stepped forward to lead"', () => {
			expect(text('which country stepped forward to lead the force?').text).toMatch(/^\s*Kenya offered to lead/);
		});

		it('asks of the deed joined to a verb that only leads into it: "stepped up and offered"', () => {
			expect(text('which nation stepped forward and offered to lead the mission?').text).toMatch(
				/^\s*Kenya offered to lead/,
			);
			expect(text('who stepped up and killed Moise').found).toBe(false);
		});

		it('splits "since what year…, and what…" into its two questions', () => {
			const answer = text(
				'Since what year has Mr Henry been in power, and what justification did he offer for remaining there?',
			).text;
			expect(answer).toMatch(/since 2021/);
			expect(answer).toMatch(/security must be restored/);
		});

		it('reads British spelling and "which particular" as the question they are', () => {
			const answer = text('In which particular neighbourhoods of Port-au-Prince was the heavy gunfire heard?');
			expect(answer.found).toBe(false);
			expect(answer.text).toMatch(/doesn’t say where/);
		});

		it('says the report gives no weekday for a date without one, and no length for a stay', () => {
			const weekday = engine.ask('What day of the week was Moise assassinated?');
			expect(weekday.heading).toBe('The report doesn’t give the day of the week.');
			expect(answerText(weekday)).toMatch(/July 7, 2021/);
			expect(text('How long will the Kenyan-led force stay in Haiti?').text).toMatch(/doesn’t say how long/);
			expect(text('how long until the force deploys?').text).toMatch(/remains unclear when/);
		});

		it('sets aside only what "apart from" names, not the clause the question ends on', () => {
			expect(
				text(
					'Apart from security, which other dimensions of the crisis does the piece say deepened after the 2021 assassination?',
				).text,
			).toMatch(/security, humanitarian, public health, political/);
		});

		it('reads everyday Creole words for a siege, help, a moment and calling for', () => {
			expect(text('Ki jou ak ki moman gwoup ame yo te fe syej sou pi gwo prizon peyi a?').text).toMatch(
				/Saturday night/,
			);
			expect(text('fos entenasyonal la vin pou ede kiyes?').text).toMatch(/help the Haitian police/);
			expect(text('Kiyès ki rele pou yo voye ranfò ijan bay lapolis?').text).toMatch(/police unions/i);
			expect(text('Bay tout aspe kriz miltidimansyonel la.').text).toMatch(/humanitarian/);
		});

		it('asks whether one named is what a guess after "what is X" calls it', () => {
			expect(text('what is rnddh, a government agency?').text).toMatch(
				/^\s*No: the report describes RNDDH as “human rights group”/,
			);
			expect(text('what is barbecue, a gang leader?').text).toMatch(/^\s*Yes\b/);
			expect(text('Yes/no: is Barbecue sanctioned by the UN and the US?').text).toMatch(/^\s*Yes, the report says so/);
		});

		it('reads a story whose people the report never names, then the question it ends on', () => {
			// A relative clause after a name opens no question; "c'est" points back to the one thing named.
			expect(
				text(
					'Ma commère Gisèle, qui a un fils avocat à Pétion-Ville, me parle toujours du RNDDH, mais moi je ne sais même pas ce que c’est, wi. C’est quel genre d’organisation, d’après le rapport ?',
				).text,
			).toMatch(/human rights group RNDDH/);
			// "that" after "the argument" opens what was argued; it points back to nothing told.
			expect(
				text(
					'My son-in-law Reginald says security first all the time at dinner. In the report, who made the argument that security has to come back before elections?',
				).text,
			).toMatch(/Ariel Henry/);
		});

		it('answers the question after a story of the asker’s own, whatever the story says', () => {
			expect(text('grandma says she forgets names now, shes 84 lol. who is the prime minister again').text).toMatch(
				/Ariel Henry/,
			);
			expect(text('tell grandma which president was assassinated and on what day?').text).toMatch(/July 7, 2021/);
			// A tag after the question is the question's, not a statement's.
			expect(
				text('granma heard on the radio barbecue got in big trouble w some big countries. who sanctioned him fr').text,
			).toMatch(/U\.N\. and the U\.S\./);
			// One named, an aside on them, and the question that takes them up.
			expect(text('Jimmy Sergier, the gang boss, what nickname do people call him??').text).toMatch(/Barbecue/);
		});

		it('holds a story’s stranger against the question only where the story puts something there', () => {
			expect(
				text(
					'Your Tonton Fritz used to visit a friend locked up there, and now Radio Pa Nou is saying the bandits surrounded the biggest jail in the whole country. What is the name of that biggest prison they went after?',
				).text,
			).toMatch(/Pénitencier National/);
			expect(
				text('My cousin in Gonaïves says the prison there was attacked. How many are held in that prison?').found,
			).toBe(false);
			// "ses", "its": a possessive points back to what the sentence before named.
			expect(
				text('Le rapport parle d’une crise multidimensionnelle : quelles sont ses dimensions, une par une ?').text,
			).toMatch(/humanitarian/);
		});

		it('reads "what is known about the timetable for…" as whether a time is set', () => {
			expect(
				text(
					'What is known about the timetable for deploying the multinational armed contingent authorised by the Security Council?',
				).text,
			).toMatch(/^\s*It remains unclear when the international force/);
			expect(text('what is the timeline?').text).toMatch(/2017/);
		});

		it('asks what someone was said to say as the question, held against whom the report credits', () => {
			expect(text('did RNDDH say how many inmates there were?').text).toMatch(/^\s*Yes, RNDDH\.[\s\S]*3,687/);
			expect(text('did Reuters say how many inmates there were?').text).toMatch(/^\s*No, not Reuters\./);
			expect(text('did the police unions say how many extra officers they need?').found).toBe(false);
			// "Per" before a source is "according to", no unit of a rate.
			expect(text('per AyiboPost, who walked away from the prison?').text).toMatch(/Police officers/);
			// A guess at who one named was, held against what the report says of them.
			expect(text('ngl who even was moise, like a former pm or smth?').text).toMatch(/^\s*No\b[\s\S]*President/);
		});

		it('orders two events by the sentence that tells one after the other, each found by all its words', () => {
			expect(
				text(
					'which came first: Barbecue’s warning that attacks would escalate, or the heavy gunfire in the neighborhoods?',
				).text,
			).toMatch(/^\s*“barbecue warning that attacks would escalate” came first/);
		});

		it('counts the sources the report quotes, of every kind', () => {
			expect(text('how many sources does the report quote?').text).toMatch(/^\s*The report cites 5 sources/);
		});

		it('reads "every January" as how often, not as a list of months: no figure for a question the report cannot answer', () => {
			const answer = text('how many people died in the big earthquake in 2010, we still pray for them every january');
			expect(answer.found).toBe(false);
			expect(answer.text).not.toMatch(/names 3 people/);
		});

		it('asks "do we have a hard number on…" and "is there an official count of…" as whether the report gives one', () => {
			const expected = /^\s*No: the report gives no (?:number|count)[\s\S]*not clear how many inmates/;
			expect(
				text('Do we have any hard number on how many detainees the gang members have already freed?').text,
			).toMatch(expected);
			expect(text('is there an official count of inmates who escaped?').text).toMatch(expected);
			expect(text('Yes/no: does the report give an exact number of escaped prisoners?').text).toMatch(expected);
			// A date for a thing, not a deed, is asked as it stands.
			expect(text('is there an actual date for the force').text).toMatch(/unclear/);
		});

		it('asks what one named is without the clause that says which one: "what kind of group is RNDDH that counted…"', () => {
			expect(text('what kind of organisation is this RNDDH that counted up the prisoners?').text).toMatch(
				/human rights group/,
			);
			expect(
				text(
					'Good evening, what kind of organisation is RNDDH that counted the prisoners? my friend thinks it is a charity',
				).text,
			).toMatch(/human rights group/);
			// A clause that is what is asked stays: no neighbourhood is named.
			expect(text('which neighbourhoods in port-au-prince that are the most dangerous?').found).toBe(false);
		});

		it('reads Creole words for media: "Gazette Haiti se ki kalite medya?"', () => {
			expect(text('Gazette Haiti se ki kalite medya menm?').text).toMatch(/newspaper/);
		});

		it('asks for either kind offered: "which bodies/governments sanctioned Barbecue?"', () => {
			expect(text('Which bodies/governments have sanctioned Barbecue?').text).toMatch(
				/sanctioned by the U\.N\. and the U\.S\./,
			);
		});

		it('names no warden where the report has no word for one, and still names the prime minister', () => {
			const warden = text('what’s the name of the Pénitencier’s warden?? need it for the mod log');
			expect(warden.found).toBe(false);
			expect(warden.text).toMatch(/doesn’t name the warden/);
			expect(text('what’s the name of Haiti’s prime minister?').text).toMatch(/Ariel Henry/);
		});

		it('reads a source said first as said after the question: "Dapre AyiboPost, kisa…", "according to X, what…"', () => {
			expect(text('Dapre AyiboPost, kisa polisye ki t ap veye Penitansye a te fè lè gang yo rive?').text).toMatch(
				/abandoned it/,
			);
			expect(
				text('according to ayibopost, what did police officers guarding the penitentiary do when the gangs arrived?')
					.text,
			).toMatch(/abandoned it/);
		});

		it('reads Creole "kb" as "konbyen": a count the report does not give is no answer', () => {
			expect(text('kenya ap voye kb polisye ann ayiti?').found).toBe(false);
			expect(text('kb moun ki te nan prizon an?').text).toMatch(/3,687/);
		});

		it('orders two events and says how far apart, asked in chat: "n how many yrs apart"', () => {
			expect(
				text('wat came first, rnddh’s overcrowding warning or moise’s assassination? n how many yrs apart').text,
			).toMatch(/came first[\s\S]*about 4 years/);
		});

		it('orders events listed with chat’s "n" before the last', () => {
			const answer = text(
				'put these in order: the prison siege, the deal for henry to step down, n moise gettin assassinated',
			);
			expect(answer.text).toMatch(/Moïse was assassinated[\s\S]*December 2022[\s\S]*laid siege/);
		});

		it('reads "the country" as the country the report is about: the Pénitencier is its largest prison', () => {
			const answer = text('is the Pénitencier National the largest prison in the country?');
			expect(answer.text).toMatch(/^\s*Yes\b[\s\S]*Haiti’s largest prison/);
		});

		it('asks without the choices offered after "like": "what kind of ppl…, like small time thieves or dangerous ppl?"', () => {
			expect(
				text('wat kind of ppl r being held in that penitentiary, like small time thieves or seriously dangerous ppl?')
					.text,
			).toMatch(/alleged perpetrators|notorious criminals/);
		});

		it('reads French chat: "il faisait koi comme taf", "quoi comme"', () => {
			expect(text('barbecue il faisait koi comme taf avant d’etre chef de gang?').text).toMatch(/former policeman/);
		});

		it('asks a cleft as its question word alone: "who was it that told…"', () => {
			expect(
				text('who was it that told the prisoners were scared to run becuz of bullets flying everywhere').text,
			).toMatch(/^\s*Reuters/);
		});

		it('answers nothing from a word that only a rare sense relates: "when did Haiti get its independence?"', () => {
			const answer = text('When did Haiti get its independence? ez history question, don’t choke');
			expect(answer.found).toBe(false);
			expect(answer.text).not.toMatch(/main port/);
			expect(text('when was moise killed?').text).toMatch(/July 7, 2021/);
			// What the one named said, however its verb is matched.
			expect(text('wat did reuters pick up from inside the pen').text).toMatch(/^\s*Reuters sources said/);
		});

		it('asks what the story named with "what kind of organization is it?", and who reported what it told', () => {
			expect(text('RNDDH sounds like a speedrun category lmao. What kind of organization is it really?').text).toMatch(
				/human rights group/,
			);
			expect(
				text('Bet u think the cops themselves admitted they ’abandoned’ the prison. Who actually reported that?').text,
			).toMatch(/AyiboPost/);
			// "It" of what was told stays what was told.
			expect(
				text('Concerning the desertion of the guards at the penitentiary: whose account is it, exactly?').text,
			).toMatch(/AyiboPost/);
		});

		it('holds a description in French word order against the report’s: "une ONG américaine"', () => {
			expect(text('Le RNDDH c’est une ONG américaine non ?').text).toMatch(/^\s*No\b[\s\S]*human rights group/);
		});

		it('chooses neither of two offered where no fact answers the rest: never "better" through "help"', () => {
			const answer = text('grann say after moise got killed did things get better or worse in haiti');
			expect(answer.text).not.toMatch(/better:/i);
			expect(text('gang attack the prison — day time or night time?').text).toMatch(/Saturday night/);
		});

		it('asks a question relayed for someone as the question: "my grandma asks who…", "grann ask did…"', () => {
			expect(text('my grandma asks who leads the gangs').text).toMatch(/Sergier/);
			expect(text('grann ask did every single prisoner run out wen the gangs came').text).toMatch(/not clear/);
			// Someone named in the report says what follows.
			expect(text('Barbecue says who will pay?').found).toBe(false);
		});

		it('dates nothing by a fact that shares only its date’s words: "when was the last big earthquake?"', () => {
			const answer = text('When was the last big earthquake in Haiti? Grann house crack in that one.');
			expect(answer.found).toBe(false);
			expect(answer.text).not.toMatch(/Security Council/);
			expect(text('wat nite did the gangs run up on the prison').text).toMatch(/Saturday night/);
			expect(text('who said way back in 2017 the prison was too full?').text).toMatch(/RNDDH/);
		});

		it('checks what was told before "Yes or no?", without its teller: "Grann say the big prison can hold…"', () => {
			expect(text('Grann say the big prison can hold more than one thousand people. Yes or no?').text).toMatch(
				/^\s*No\b[\s\S]*700 places/,
			);
		});

		it('asks who reported what a story says someone was credited with reporting', () => {
			expect(
				text(
					'One student credited Reuters with reporting that the guards abandoned the prison. Which outlet actually reported that?',
				).text,
			).toMatch(/AyiboPost/);
		});

		it('reads French "X, dit « Y »" as a name given, not a saying', () => {
			expect(text('Quel métier exerçait Jimmy Sergier, dit « Barbecue », avant de diriger des gangs ?').text).toMatch(
				/former policeman/,
			);
		});

		it('works out how long between two events the report dates to the month and to the day', () => {
			expect(
				text(
					'how many months from the un security council green light (last oct) to henry’s feb 7 handover date he skipped?',
				).text,
			).toMatch(/^\s*About 4 months/);
		});

		it('asks what someone’s class wants to know: "my 10th graders want to know: how long…"', () => {
			expect(text('my 10th graders want to know: how long has Ariel Henry been in power? 🤔').text).toMatch(
				/About 3 years/,
			);
		});

		it('orders events asked "oldest → newest" with "rank these"', () => {
			expect(
				text(
					'rank these oldest → newest pls: rnddh’s inmate count, moise assassination, un force greenlight, henry’s dec deal',
				).text,
			).toMatch(/Moïse was assassinated[\s\S]*December 2022[\s\S]*3,687 inmates[\s\S]*Security Council/);
		});

		it('reads a reaction to something shared ("u seein this??") or a self-introduction ("fact-check desk here,") as chat before the question', () => {
			expect(text('did u see this? who leads the gang alliance').text).toMatch(/Barbecue/);
			expect(
				text('u seein this?? which ngo warned bout the prison being overcrowded n understaffed back in 2017').found,
			).toBe(true);
			expect(text('fact-check desk here, what’s the as-of date on the 3,687 inmate figure?').text).toMatch(
				/February 2023/,
			);
			expect(text('mod here: is barbecue a cop').text).toMatch(/^\s*No/);
		});

		it('does not answer when something the report speaks of elsewhere happened with a fact that lacks it ("last hold a national election")', () => {
			const answer = text('When did Haiti last hold a national election?');
			expect(answer.found).toBe(false);
			expect(answer.text).toMatch(/doesn’t say when/);
			expect(text('when did the gangs attack the prison').text).toMatch(/Saturday night/);
		});

		it('says no where the report gives no value of the kind asked for, and shows no fact that only shares its words', () => {
			const answer = text('does the report give a number for police officers killed in these attacks?');
			expect(answer.found).toBe(false);
			expect(answer.text).toMatch(/^No: the report gives no number/);
		});

		it('asks "it" of what the first part found where it asks what someone did ("what did the UNSC authorize…, and who offered to lead it?")', () => {
			expect(text('what did the UNSC authorize last October and who offered to lead it?').text).toMatch(/Kenya/);
		});

		it('reads "by what factor" in French ("par combien … multipliait-elle") and "imply" as saying nothing of what is asked', () => {
			expect(
				text(
					'Par combien la population carcérale de février 2023 multipliait-elle la capacité nominale du Pénitencier National ?',
				).text,
			).toMatch(/5\.27 times/);
			expect(
				text(
					'By how many inmates did the February 2023 population exceed nominal capacity, and what does that imply as an occupancy rate?',
				).text,
			).toMatch(/526\.7%/);
		});

		it('reads a greeting set off before the question ("Good day —", "good morning,") and chat around it ("ez question", "map mande w serye") as chat', () => {
			expect(
				text(
					'@everyone Good day — is it true that the alleged assassins of President Moïse are among those held in the Pénitencier?',
				).text,
			).toMatch(/^Yes: “the alleged assassins/);
			expect(text('good morning, is it true that Moïse was killed in 2022?').text).toMatch(/^\s*No/);
			expect(text('Kisa Barbecue te ye anvan li te tounen chèf gang, map mande w serye').text).toMatch(
				/former policeman/,
			);
		});

		it('names no thing the report never speaks of ("what assets were frozen…"), nor a body of the one named it never mentions', () => {
			const assets = text('What assets were frozen under the U.S. sanctions against Barbecue?');
			expect(assets.found).toBe(false);
			expect(assets.text).toMatch(/doesn’t name any assets/);
			expect(text('What’s the name of the UN political office currently operating in Haiti?').found).toBe(false);
			expect(text('What outcome were the police unions trying to avert?').found).toBe(true);
			expect(text('what’s the name of the RNDDH group').text).toMatch(/RNDDH/);
		});

		it('takes a kind of answer after a word of size ("what other big facility did armed men try to grab") for the kind asked', () => {
			expect(text('besides the prison, what other big facility did armed men try to grab?').text).toMatch(/main port/);
			expect(text('how many people is the main prison in PAP actually designed to hold, on paper?').text).toMatch(
				/700 places/,
			);
		});

		it('reads an adjective of two words WordNet has ("small time") as one the data lacks, not as a size and a date', () => {
			const answer = text('r da inmates in there like small time or nah');
			expect(answer.text).not.toMatch(/527%/);
			expect(answer.found).toBe(false);
		});

		it('asks who said it where "who" comes before "the one saying", and reads "on record" and "counselled" as chat and saying', () => {
			expect(text('who be the one sayin there was 3687 inmates in a 700-spot prison').text).toMatch(/RNDDH/);
			expect(text('Who’s on record offering to lead the international armed force?').text).toMatch(/Kenya/);
			expect(text('Who counselled the residents of the capital to keep their children away from school?').text).toMatch(
				/Jimmy Sergier/,
			);
			expect(text('who snitched that the guards dipped from the prison').text).toMatch(/AyiboPost/);
			expect(text('Which actor framed restoring security as a precondition for free and fair elections?').text).toMatch(
				/Ariel Henry/,
			);
		});

		it('reads Creole "ki te pase anvan", "vin anvan" as which came first, and "sonnen klòch", "twò chaje", "gwo bandi"', () => {
			expect(text('Feu vert ONU pou fos la ak atak prizon samdi a, kiles ki te pase anvan?').text).toMatch(
				/came first/,
			);
			expect(text('Kiles ki vin anvan: avetisman RNDDH sou prizon twò chaje a oswa asasina Jovenel?').text).toMatch(
				/2017[\s\S]*2021/,
			);
			expect(text('Gwoup dwa moun nan, ki ane li te deja sonnen klòch sou prizon an ki twò chaje a?').text).toMatch(
				/In 2017 RNDDH warned/,
			);
			expect(text('Moun ki fèmen nan penitansye a, se ti vòlè oswa gwo bandi konni?').text).toMatch(/notorious/);
		});

		it('does not give the day the asker already named as the time of day asked ("what time on saturday…")', () => {
			const answer = text('what time on saturday did the siege start, like 10pm or smth');
			expect(answer.found).toBe(false);
			expect(answer.text).toMatch(/doesn’t give the time of day/);
			expect(text('what time did the gangs roll up on the prison?').text).toMatch(/Saturday night/);
		});

		it('reads what the asker says of themself after the question, a name set aside ("not just the UN") and an outlet’s unnamed sources', () => {
			expect(
				text(
					'Which U.N. organ actually signed off on the foreign armed mission? I need the precise body, not just ‘the UN’.',
				).text,
			).toMatch(/Security Council/);
			const sources = text('Does the report name any of the Reuters sources? I need names for attribution.');
			expect(sources.found).toBe(false);
			expect(sources.text).toMatch(/doesn’t name the sources/);
			expect(text('what are the names of the report’s sources').text).toMatch(/cites 5 sources/);
		});

		it('does not answer no about "it" with no one named before it ("is it the largest prison in the country?")', () => {
			expect(text('is it the largest prison in the country?').text).not.toMatch(/^\s*No/);
			expect(text('is the Pénitencier National the largest prison in the country?').text).toMatch(/^\s*Yes/);
		});

		it('judges a place guessed after a where-question, reads "hit list" as no list and "spose to" as supposed to', () => {
			expect(text('where’s this pen at anyway, PAP?').text).toMatch(/^Yes, Port-au-Prince/);
			expect(text('where is the prison, Jacmel?').text).toMatch(/^Not Jacmel/);
			expect(text('After the prison, what’s next on the gangs’ hit list according to their own threats?').text).toMatch(
				/police stations/,
			);
			expect(text('henry was spose to hand it over wat date exactly').text).toMatch(/February 7/);
		});

		it('reads a topic set before a dash or colon as what "that" takes up in the question after it', () => {
			expect(
				text('The detail about inmates fearing the crossfire - which news agency’s sources is that attributed to?')
					.text,
			).toMatch(/Reuters/);
			expect(text('rnddh - what even is that, like what kind of group').text).toMatch(/^RNDDH/);
		});

		it('reads a tally or a source named last, with no question word, as how many or who said it ("kenya troop count")', () => {
			const troops = text('kenya troop count');
			expect(troops.found).toBe(false);
			expect(troops.text).toMatch(/doesn’t say how many/);
			expect(text('inmate count').text).toMatch(/3,687/);
			expect(text('crossfire claim src').text).toMatch(/Reuters/);
		});

		it('reads Creole "ranvèse" as overthrow and "k ap rive" as will happen, so a warning is credited to who made it', () => {
			expect(text('Kisa Barbecue te di k ap rive ak atak pou ranvèse gouvènman Henri a?').text).toMatch(
				/^\s*Jimmy Sergier warned/,
			);
		});

		it('reads chat’s slang for what the report tells: "ban hammer", "called dibs on", "hollered for", "boots on the ground"', () => {
			expect(text('who dropped the ban hammer on barbecue').text).toMatch(/U\.N\. and the U\.S\./);
			expect(text('which country called dibs on leading the outside armed force').text).toMatch(/Kenya/);
			expect(text('Which outfits hollered for urgent reinforcements after the repeated gang attacks?').text).toMatch(
				/Police unions/,
			);
			expect(text('are there boots on the ground yet').text).toMatch(/remains unclear/);
		});

		it('asks whether a time is known in "do we know yet when…", answered by what the report says is unclear', () => {
			expect(text('Do we know yet when the foreign armed force will actually be sent to Haiti?').text).toMatch(
				/remains unclear when/,
			);
		});

		it('reads "does the report say" inside a question as asking the clause it reports', () => {
			expect(text('How many entities does the report say have sanctioned Barbecue, and which are they?').text).toMatch(
				/2: United Nations and United States/,
			);
			expect(text('which outlet does the report say reported the large number').text).toMatch(/Gazette Haiti/);
			expect(text('what does the report say about the port').text).toMatch(/main port/);
		});

		it('reads "sitting" and "advance" a justification as saying nothing of what is asked', () => {
			expect(
				text('What justification did the sitting prime minister advance for staying in office past his scheduled exit?')
					.text,
			).toMatch(/security must be restored/);
			expect(text('who is the sitting prime minister').text).toMatch(/Ariel Henry/);
		});

		it('reads a name typed as it sounds as the name: "Ahn-ree", "Port-o-Prince", "Sher-ee-zee-ay"', () => {
			expect(text('when was Ahn-ree supposed to leave').text).toMatch(/February 7/);
			expect(text('Ki dat Ariel Anri te sipoze remèt pouvwa a?').text).toMatch(/February 7/);
			expect(text('how many folks was the big jail down in Port-o-Prince built to hold?').text).toMatch(/700 places/);
			expect(text('what did Jimmy Sher-ee-zee-ay say about school').text).toMatch(/children to school/);
			expect(text('when was Jovenel Mo-eez killed').text).toMatch(/July 7, 2021/);
			// A name the data lacks that sounds like none of its names is still a stranger; initials are not sounded.
			expect(text('btw was it Kenya or Rwanda that offered to lead the force?').text).toMatch(/^Not Rwanda/);
		});

		it('drops an aside of asking with the commas that set it off, and doubt tacked on after "or is that"', () => {
			expect(text('in which year, if I may ask, were the 3,687 detainees counted?').text).toMatch(/February 2023/);
			expect(
				text('Are any of the suspects in the president’s killing actually in that penitentiary, or is that a myth?')
					.text,
			).toMatch(/alleged perpetrators/);
			// An alternative of time is asked: "or is that new" asks whether it was so before. So is one that names
			// something, however typed.
			expect(text('was the pen already overcrowded b4 2023 or is that new').text).toMatch(/2017/);
			expect(text('did the UN green-light the force or was it just kenya’s idea lol').text).not.toMatch(/^\s*Yes\b/);
		});

		it('reads a function word with two letters swapped as the word: "agian"', () => {
			expect(text('wats barbecues real name agian').text).toMatch(/Jimmy Sergier/);
		});

		it('answers "two different people?" the other way round from "the same person?"', () => {
			expect(text('henri vs henry lol is that 2 diff guys or wat').text).toMatch(/^\s*No: both are Ariel Henry/);
			expect(text('are Barbecue and Henry different people?').text).toMatch(/^\s*Yes: Jimmy Sergier and Ariel Henry/);
		});

		it('does not read a French keyword as an English word: "pays" is no pay, and a wage no poverty', () => {
			const answer = text('what’s the minimum wage in haiti');
			expect(answer.found).toBe(false);
			expect(text('how poor is haiti').text).toMatch(/poorest country/);
		});

		it('reads a story of the asker’s own around the question: where a neighbour is from, where they heard it', () => {
			expect(
				text(
					'Good morning! My neighbour, she’s from Jacmel, told me the big jail is bursting at the seams. How many was that place built to hold? Thanks!',
				).text,
			).toMatch(/700 places/);
			expect(
				text('I heard on WBUR that some prisoners stayed put because of all the shooting. Who was the source for that?')
					.text,
			).toMatch(/Reuters/);
			// A place the story puts what is asked about in is still one the report does not mention, and only the place.
			expect(text('My cousin told me the gangs took a prison in Jacmel. How many inmates were in it?').text).toMatch(
				/^The report doesn’t mention Jacmel\./,
			);
		});

		it('leaves out what the asker says of themselves, where another sentence asks: the names in it are theirs', () => {
			const answer = text(
				'Shalom. I want to speak with care on Sunday and not spread fear. When the gang chief they call Barbecue talked about bringing down the Henri administration, did he say the violence would calm down, or that it would grow?',
			);
			expect(answer.text).not.toMatch(/Sunday/);
			// What the asker heard is told, and stays.
			expect(text('I read that Canada sanctioned Barbecue. Is that right?').text).toMatch(/^\s*No\b/);
		});

		it('reads "has anyone pinned down when…" as asking when, and a mission’s start as its deployment', () => {
			expect(text('Has anyone pinned down when the foreign security mission will actually show up?').text).toMatch(
				/remains unclear/,
			);
			expect(text('has anybody established, with any precision, how many detainees the gangs freed?').text).toMatch(
				/not clear how many/,
			);
			expect(text('when does the foreign armed mission start').text).toMatch(/remains unclear/);
		});

		it('reads a name set off by a comma before a question that takes it up ("rnddh, …, what kind of org is that")', () => {
			expect(text('rnddh, the folks with the prison numbers, wat kind of organization is that actually').text).toMatch(
				/human rights group/,
			);
			expect(text('that gang boss who used to be a cop, wat do ppl call him').text).toMatch(/Barbecue/);
			// A clause that tells, or asks, before the comma is no name: "Canada sanctioned Barbecue, is that right?".
			expect(text('hmm who put sanctions on that barbecue fellow, was it just the americans?').text).toMatch(
				/^Not only United States/,
			);
		});

		it('reads initials spelt out with hyphens as the name: "R-N-D-D-H"', () => {
			expect(text('what kind of group is that R-N-D-D-H anyway?').text).toMatch(/human rights group RNDDH/);
		});

		it('holds a French description against the report in English words, and reads no tag inside a word', () => {
			// "pauvre" does not end in Creole "vre" ("true?"), and "un pays pauvre" is the poorest country, said less.
			expect(text('Haïti est-il un pays pauvre ?').text).toMatch(/^\s*Yes\b/);
			expect(text('Haïti est-il un pays riche ?').text).toMatch(/^\s*No\b/);
			expect(text('Haïti est-il le pays le plus pauvre du monde ?').text).toMatch(/^\s*No\b[\s\S]*Western Hemisphere/);
		});

		it('neither confirms nor denies "most" against "a large part", and answers with the fact that tells of all asked', () => {
			const answer = text('are the gangs running most of the capital now').text;
			expect(answer).toMatch(/large part of the country/);
			expect(answer).not.toMatch(/^\s*No\b|inmates/);
			expect(text('were most of the prisoners reluctant to escape?').text).toMatch(/^No\b/);
		});

		it('reads "in broad daylight" as a time, not a place the report does not name', () => {
			const answer = text('the prison siege was in broad daylight right??').text;
			expect(answer).not.toMatch(/doesn’t mention broad daylight/);
			expect(answer).toMatch(/Saturday night/);
		});

		it('takes an apology for chat only where its words run straight to the question word', () => {
			expect(text('excuse me, Jimmy Sergier is under sanctions from whom exactly?').text).toMatch(
				/U\.N\. and the U\.S\./,
			);
			expect(text('Forgive an old man’s question, in which city is the prison?').text).toMatch(/Port-au-Prince/);
		});

		it('leaves out what the asker needs after the question mark: "? need exact spelling"', () => {
			expect(text('barbecue real name? need exact spelling').text).toMatch(/Jimmy Sergier/);
		});

		it('reads "big-name" before a noun for people as what kind they are, not as asking their names', () => {
			expect(text('are the inmates small-time thieves or big-name crooks?').text).toMatch(/notorious criminals/);
			expect(text('Ki non prizonye ki te sove yo?').found).toBe(false);
		});

		it('answers who someone is through the words that only point to them, chat, an adverb and a misspelt name', () => {
			expect(text('bro who even is this Barbecue guy fr, some ex-marine or wat 💀').text).toMatch(
				/^No: .*former policeman/,
			);
			expect(text('C’est qui exactement, Jimmy Sergier ?').text).toMatch(/former policeman/);
			expect(text('who tf is jimmy sergeir').text).toMatch(
				/^Jimmy Sergier\s+Jimmy Sergier, or “Barbecue”, is a gangland/,
			);
		});

		it('leaves out a few words before a colon that name nothing of the report, not those that do', () => {
			expect(
				text('quick check before class: in which month did the UN Security Council approve the international force?')
					.text,
			).toMatch(/October/);
			expect(text('The prison: how many inmates?').text).toMatch(/3,687/);
		});

		it('asks a later part’s "there" of what the first part named', () => {
			const answer = text(
				'What is the official capacity of Haiti’s largest prison, and how many persons were confined there by the latest count?',
			);
			expect(answer.text).toMatch(/700 places[\s\S]*3,687 inmates/);
		});

		it('reads "the count the report cites" as which count, not as asking what the report cites', () => {
			expect(
				text('how many people were held in the prison according to the latest count the report cites?').text,
			).toMatch(/3,687 inmates/);
			expect(text('how many news outlets does the report cite?').text).toMatch(/names 3 news outlets/);
		});

		it('does not name as the place asked for one the question itself names after it', () => {
			expect(text('Which facility did gunmen try to seize shortly before the assault on the prison?').text).not.toMatch(
				/^Pénitencier National\./,
			);
			expect(text('which prison did the gangs hit?').text).toMatch(/Pénitencier National/);
		});

		it('reads "the officers who were supposed to be guarding the prison" as who they are, not as a deadline', () => {
			expect(
				text(
					'When the gangs showed up, did the officers who were supposed to be guarding the penitentiary stay at their posts?',
				).text,
			).toMatch(/abandoned it/);
		});

		it('reads "what kept them from…" as asking why, not what held them', () => {
			expect(text('what kept some prisoners from trying to escape en masse?').text).toMatch(/crossfire/);
			expect(text('What’s keeping some detainees from bolting all at once?').text).not.toMatch(/^As of February/);
		});

		it('offers no fact in the place of a thing the report never mentions, named by a name before its noun', () => {
			expect(text('Is Toussaint Louverture airport (PAP) operational right now?').found).toBe(false);
			expect(text('is Nigeria leading the force?').text).toMatch(/doesn’t mention Nigeria[\s\S]*Kenya offered/);
		});

		it('says the report does not mention a thing a name qualifies ("the US embassy") rather than answer about the name', () => {
			const answer = text('wat is the US embassy telling american citizens in haiti to do');
			expect(answer.found).toBe(false);
			expect(answer.text).toMatch(/embassy/);
			expect(text('what did the UN approve').found).toBe(true);
		});

		it('answers no to a plan said done with what the report’s sentence goes on to say: why he stayed on', () => {
			expect(text('Henry stepped down in February, didn’t he?').text).toMatch(/^No:[\s\S]*security must be restored/);
			expect(text('Did Henry hand over power on February 7, as the deal required?').text).toMatch(
				/^No:[\s\S]*security must be restored/,
			);
		});

		it('ends a description at a clause of time: "an ex-soldier before he turned to crime"', () => {
			expect(text('Wasn’t the gang boss they call Barbecue an ex-soldier before he turned to crime?').text).toMatch(
				/^No: .*former policeman/,
			);
		});

		it('reads "conceived for" as built for, and WordNet’s words for a nickname as asking it', () => {
			expect(text('for how many detainees was the penitentiary conceived?').text).toMatch(/700 places/);
			expect(text('what sobriquet does the former policeman go by?').text).toMatch(/Barbecue/);
			expect(text('what is Sergier’s nickname').text).toMatch(/^Jimmy Sergier, known as “Barbecue”/);
			expect(text('who is Sergier').text).not.toMatch(/also called “Sergier”/);
		});

		it('asks for others besides the one named, however "other" is put, and reads French "c’est qui qui"', () => {
			expect(text('Apart from Barbecue, which other gang leaders are named?').found).toBe(false);
			expect(text('what are the names of the other gang leaders in the alliance, besides Barbecue?').found).toBe(false);
			expect(text('ki non lot chef gang yo nan alyans lan, apa Barbecue?').found).toBe(false);
			expect(text('C’est qui qui dirige le gouvernement que les gangs veulent renverser ?').text).toMatch(
				/Ariel Henry/,
			);
		});

		it('asks nothing of a clause that sets the scene, and never says yes to an order with a wrong year in it', () => {
			expect(text('since they killed Jovenel, did the murders in the country go up a lot in 2023?').text).toMatch(
				/^Yes[\s\S]*more than doubled/,
			);
			expect(text('was Moise killed in 2022 before they attacked the prison?').text).toMatch(/^No: .*2021/);
			expect(text('was Moise killed in 2021 before they attacked the prison?').text).toMatch(/^Yes/);
		});

		it('does not count people who left a city with a figure of something in it', () => {
			expect(text('how many people fled Port-au-Prince because of the gangs?').found).toBe(false);
			expect(text('konbyen moun ki kouri kite Potoprens akoz gang yo?').found).toBe(false);
			expect(text('how many ppl locked up in PAP').text).toMatch(/3,687 inmates/);
		});

		it('answers the gangs’ next target with the threat the report tells, and with nothing else', () => {
			expect(text('gangs next target?? police stations or what').text).toMatch(/police stations/);
			expect(text('What’s the announced next target set for the gangs?').text).not.toMatch(/^Armed groups laid siege/);
		});

		it('reads "as a multiple of", an instruction on decimals and an opening "per …," as no part of what is asked', () => {
			expect(
				text("Express the PN's Feb 2023 population as a multiple of its nominal capacity. One decimal.").text,
			).toMatch(/5\.27 times/);
			expect(
				text('Per open-source reporting, what did the guard force at the PN do when the gangs rolled up?').text,
			).not.toMatch(/no figure per/);
		});

		it('reads a topic before a dash taken up by "they"', () => {
			expect(text('rnddh 2017 - wat were they griping abt re the pen').text).toMatch(/overcrowding/);
		});

		it('reads "time elapsed from … to …" as how long between', () => {
			expect(text('Time elapsed, in months, from the Moise hit to RNDDH’s February 2023 headcount?').text).toMatch(
				/19 months/,
			);
		});

		it('reads an apology that runs on with "but" into the question', () => {
			expect(text("Pardon an old reader's nosiness, but in which city, exactly, is the besieged jail?").text).toMatch(
				/Port-au-Prince/,
			);
		});

		it('reads "quel genre de" as a kind asked, and to be found in a place as to be in it', () => {
			expect(text('Quel genre de prisonniers trouve-t-on dans cette prison ?').text).toMatch(/notorious|perpetrators/);
			expect(text('What kind of inmates are found in that prison?').text).toMatch(/notorious|perpetrators/);
		});

		it('counts the outlets a report relies on, past an aside that sets others apart', () => {
			for (const question of [
				'How many separate news organisations, leaving aside rights groups, does the article rely upon?',
				"Combien de journaux (sans compter l'ONU) le texte cite-t-il ?",
			])
				expect(text(question).text).toMatch(/3 news outlets: AyiboPost, Gazette Haiti, Reuters/);
		});

		it('reads what a warning was about in French and Creole, and Creole "tire alam" as sounding the alarm', () => {
			for (const question of [
				'Quand est-ce que le RNDDH a alerté sur la situation de la prison ?',
				'ki ane RNDDH te tire alam sou prizon an?',
			])
				expect(text(question).text).toMatch(/2017/);
		});

		it('reads whoever is behind a claim as who said what the claim says', () => {
			expect(text('Which outlet was behind the contention that police deserted the prison?').text).toMatch(/AyiboPost/);
			expect(
				text('On whose authority does the piece rest the view that some inmates feared the crossfire?').text,
			).toMatch(/Reuters/);
			expect(text('Who opposed the idea that elections be held?').found).toBe(false);
		});

		it('reads Creole as it is typed: "konbe", "rele anmwey", "ki pi ansyen", and what the asker needs it for', () => {
			expect(text('konbe sendika polis ki te rele anmwey?').text).toMatch(/Two/);
			expect(text('ki pi ansyen: atak pò a oswa asasina Moise la?').text).toMatch(/assassination.*came first/i);
			expect(text('ki dat egzak yo te touye Moise? m bezwen l pou kou istwa m').text).toMatch(/July 7, 2021/);
		});

		it('reads a polite opening that opens another, with an aside before what it asks', () => {
			expect(
				text('Good evening. I wonder whether you could confirm, for the record, the official capacity of the jail?')
					.text,
			).toMatch(/700/);
		});

		it('gives no fact for a number that names something the report gives no figure for', () => {
			const answer = text('Under which resolution number did the UN approve the force?');
			expect(answer.found).toBe(false);
			expect(answer.text).toMatch(/resolution number/);
			// ("which number" after the noun it numbers, or before it as Creole orders them; "#" before a preposition.)
			expect(text('The UN Security Council resolution for the Kenya mission, which number it has?').text).toMatch(
				/doesn’t give the resolution number/,
			);
			expect(text('Ki nimewo rezolisyon Konsèy Sekirite a ki otorize fòs la?').found).toBe(false);
			expect(text('UNSC resolution # for the intl force?').found).toBe(false);
		});

		it('answers who offered with the readers\' words for offering ("raised its hand", "volunteered")', () => {
			expect(text('which nation raise it hand to be the leader of the foreign arm force for haiti').text).toMatch(
				/Kenya/,
			);
		});

		it('reads Spanish words mixed into an English question as the English they mean', () => {
			expect(text('the carcel was built for cuantos presos?').text).toMatch(/700/);
			expect(text('quien advirtió in 2017 about the overcrowding?').text).toMatch(/RNDDH/);
			expect(text('cuanta gente cabe en el Pénitencier National segun the report?').text).toMatch(/700 places/);
			expect(text('what did barbecue warn about the attacks contra the government?').text).toMatch(/escalate/);
		});

		it('reads "the report say which…" without its auxiliary as the question it wraps', () => {
			expect(text('The report say which types of crisis Haiti has?').text).toMatch(/security, humanitarian/);
		});

		it('reads a count named first, with no question word, as how many', () => {
			expect(text('Number of distinct authorities that have sanctioned Sergier?').text).toMatch(/^2: United Nations/);
		});

		it('reads "all" after a preposition of time as no list, and a Spanish word the French lexicon shares', () => {
			expect(text('Who asked for reinforcements after all the attacks in the capital?').text).toMatch(/unions/);
			const president = text('Who is the presidente of Haiti today?');
			expect(president.found).toBe(false);
			expect(text('what did las Naciones Unidas say about homicides?').text).toMatch(/more than doubled/);
		});

		it('reads a word for a person before the words that name him as who he is, "styled" among them', () => {
			expect(text('The chap styled Barbecue: his actual name?').text).toMatch(/Jimmy Sergier/);
		});

		it('reads "v." as versus, and a hit on someone as their killing', () => {
			expect(text('The 2017 overcrowding warning v. the Moise hit: which came first?').text).toMatch(/came first/);
			expect(text('When was the hit on Moise?').text).toMatch(/July 7, 2021/);
		});

		it('reads "since?" named last as since when, and how the answer is to be put as no question', () => {
			expect(text('Henry in office since? year only').text).toMatch(/^\W*Ariel Henry has been in power since 2021/);
		});

		it('reads "what was the date…" before a clause as when, not as the fact that has the word "date"', () => {
			expect(text('What was the date Henry was meant to leave office?').text).toMatch(/February 7/);
		});

		it('reads the Creole for a director, whose name the report does not give', () => {
			expect(text('ki non direktè prizon an?').found).toBe(false);
		});

		it('knows the day a time is asked of is given, whatever language names it', () => {
			const answer = text('what time samdi swa did the attack on the prison begin?');
			expect(answer.found).toBe(false);
			expect(answer.text).toMatch(/time of day/);
		});

		it('reads "right now" as the time of the question, no word of what is asked', () => {
			expect(text('who is running haiti right now').text).toMatch(
				/^\s*Haiti’s government is led by Prime Minister Ariel Henry/,
			);
			expect(text('who is running haiti right now, is it still Henry?').text).not.toMatch(/No, not/);
		});

		it('asks of the one a described role names what the question after it asks of him', () => {
			expect(text('the gang boss who warned parents about schools, what was his job before?').text).toMatch(
				/former policeman/,
			);
			expect(text('le chef de gang qui menace le gouvernement, il faisait quoi comme métier avant ?').text).toMatch(
				/former policeman/,
			);
		});

		it('reads "previous" as the report\'s "former"', () => {
			expect(text("what was Barbecue's previous line of work?").text).toMatch(/former policeman/);
		});

		it('reads a name abbreviated with a dot as one question, not two', () => {
			const answer = text('how many alleged Moise assassins are held at the Pén. National?');
			expect(answer.found).toBe(false);
			expect(answer.text).not.toMatch(/Kenya/);
		});

		it('asks the rate where a count is asked per unit of room, in chat French or with no question word', () => {
			for (const question of [
				'la prison était pleine à cb de fois sa capacité ?',
				'Detainees per rated bed, Feb 2023?',
				'combien de détenus y avait-il dans chaque place en 2023 ?',
			])
				expect(text(question).text, question).toMatch(/^About 5\.27 times/);
		});

		it('answers what is asked and whose it is with a fact that names its source, and neither where the report has nothing', () => {
			expect(text('inmate count at the penitentiary in Feb 2023, and reported by whom?').text).toMatch(
				/3,687 inmates.*RNDDH/,
			);
			expect(text('Évolution des homicides en 2023, et selon quelle source ?').text).toMatch(
				/more than doubled.*UN data/,
			);
			const missing = text('guards killed during the siege - numbers, attributed to whom?');
			expect(missing.found).toBe(false);
			expect(missing.text).not.toMatch(/homicides/);
		});

		it('asks of the deed a verb and its particle lead into, in its -ing form', () => {
			expect(text('Who stepped in offering to lead the mission?').text).toMatch(/Kenya offered/);
		});

		it('reads a title after a preposition as whom a deed was done to, not a title asked', () => {
			expect(text('who is locked up in the prison that is linked to the killing of our president?').text).toMatch(
				/^\s*Among the Pénitencier National’s inmates are many of the alleged perpetrators/,
			);
		});

		it('reads the verb of a relative clause that says which one is meant as no deed asked', () => {
			const answer = text('are people accused of killing Moise held in the prison that was attacked?');
			expect(answer.found).toBe(true);
			expect(answer.text).toMatch(/alleged perpetrators/);
		});

		it('reads a French kind of answer with its adjective after it, and "un" as the article it is', () => {
			expect(text('Quel État africain a proposé de diriger la force ?').text).toMatch(/Kenya offered/);
			expect(text('Selon quel titre de presse un nombre important de détenus a-t-il été libéré ?').text).toMatch(
				/Gazette Haiti/,
			);
			expect(text('la capa du Pénitencier c’est combien ?').text).toMatch(/capacity of 700 places/);
		});

		it('asks which of a kind did something where the asker says to name them', () => {
			expect(text('Name the entities that sanctioned Barbecue').text).toMatch(
				/sanctioned by the U\.N\. and the U\.S\./,
			);
		});

		it('reads a conjunction of time after a late "what" as a clause, in Creole and French chat', () => {
			expect(text('Polisye ki t ap veye prizon an, kisa yo te fè lè gang yo te rive?').text).toMatch(/abandoned it/);
			expect(
				text('les policiers qui gardaient la prison, ils ont fait quoi qd les bandits sont arrivés ?').text,
			).toMatch(/^\s*Police officers guarding the prison “abandoned it”/);
		});

		it('answers with the fact that has the main clause in its own words, not one that has it only through a related word', () => {
			expect(text('what did the guards do when the gangs showed up').text).toMatch(/abandoned it/);
		});

		it('counts WordNet’s words for a person as people, whatever the place holds them as', () => {
			expect(text('how many souls were inside the prison in feb 2023').text).toMatch(/3,687 inmates/);
		});

		it('asks who runs a place of one "in charge" of it, which no fact of who is held there answers', () => {
			const answer = text("what's the name of the man in charge of the prison?");
			expect(answer.found).toBe(false);
			expect(answer.text).toMatch(/doesn’t say who/);
		});

		it('reads what a message answers to ("re: …") and an aside in brackets about the asker as no part of the question', () => {
			expect(text('re: the thread above, which country offered to lead the force?').text).toMatch(/Kenya offered/);
			expect(text('when exactly was moise killed again (need it for my history essay lol)').text).toMatch(
				/^\s*President Jovenel Moïse was assassinated on July 7, 2021/,
			);
		});

		it('asks each of two things set against each other after one "what was", with what the second is of', () => {
			const answer = text('what was the official capacity vs. the real population of the Pénitencier National?').text;
			expect(answer).toMatch(/700 places/);
			expect(answer).toMatch(/3,687 inmates/);
		});

		it('reads French "dont il est question" as pointing at what is named, no word of what is asked', () => {
			expect(text('Dans quelle ville se trouve la prison dont il est question ?').text).toMatch(/Port-au-Prince/);
		});

		it('reads what the asker needs the answer for before a colon, and a sentence of their own after the question, as theirs', () => {
			for (const question of [
				'Friends, help me with the numbers for my newsletter: how many years passed between the RNDDH warning and the killing of Moise?',
				'how long between RNDDH’s overcrowding warning and the murder of President Moise? Lord grant me wisdom 🙏',
			])
				expect(text(question).text, question).toMatch(/^About 4 years/);
		});

		it('reads Creole "pa rapò ak" as a comparison, not the report', () => {
			expect(text('Kijan atik la prezante Ayiti pa rapò ak lòt peyi nan rejyon an?').text).toMatch(/poorest country/);
		});

		it('does not answer which part of a place with the city the report names', () => {
			const answer = text('in what neighbourhood does the prison stand?');
			expect(answer.found).toBe(false);
			expect(answer.text).not.toMatch(/^\s*The Pénitencier National is in/);
		});

		it('reads French "le combien" as the day asked, and Creole "Lonu" as the UN', () => {
			expect(text('il devait quitter le pouvoir le combien, Henry ?').text).toMatch(/February 7/);
			expect(text('ki sa Lonu te apwouve an oktòb?').text).toMatch(/Security Council gave the green light/);
		});

		it('says the report names no gang where French or Creole asks which one, as in English', () => {
			for (const question of ['quel gang a attaqué la prison ?', 'se ki gang ki te anvayi prizon an?']) {
				const answer = text(question);
				expect(answer.found, question).toBe(false);
				expect(answer.text, question).toMatch(/doesn’t say which gang/);
			}
		});

		it('reads chat\'s "sed" as "said"', () => {
			expect(text('who sed the guards abandoned the prison').text).toMatch(/AyiboPost/);
		});

		it('asks how many of what is described first, then counted', () => {
			expect(text('the police unions that asked for help, how many are there?').text).toMatch(
				/^\s*Two of Haiti’s main police unions/,
			);
		});

		it('reads a chat sentence of the asker after a question as theirs, and names the events ordered as asked', () => {
			expect(
				text('was the port attack before or after the prison attack? the timeline here is murky imo').text,
			).toMatch(/^Before\. “the port attack” came first, then “the prison attack”/);
		});

		it('never confirms a description of someone that the report gives only to another it names beside them', () => {
			expect(text('is Henry a criminal?').text).toMatch(/^No\b/);
			expect(text('is PM Henry a gang guy??').text).toMatch(/^No\b/);
			expect(text('is Barbecue a gang leader?').text).toMatch(/^Yes\b/);
		});

		it('takes those offered after "or" as answers the question may get, not as who it asks about', () => {
			expect(text('who attempted to seize the port, the gangs or the cops?').text).toMatch(/gunmen/);
		});

		it('asks whom a deed was done to past an adverb, and answers with the people the report names by what they are', () => {
			expect(text('who precisely did Sergier warn about sending kids to school?').text).toMatch(/residents/);
		});

		it('reads a French adjective after the noun a question word asks with as part of it', () => {
			expect(text('Quel média en ligne a affirmé que les policiers avaient déserté la prison ?').text).toMatch(
				/AyiboPost/,
			);
		});

		it('lists what the report itself cites or names, however the report is said to use it', () => {
			const sources = text('what sources does the article lean on?').text;
			expect(sources).toMatch(/^The report cites \d+ sources:/);
			expect(sources).toMatch(/RNDDH/);
			expect(text('which country does the article name?').text).toMatch(/^The report names \d+ countries: .*Kenya/);
			const outlets = text('give me a list of the medias that covered the siege').text;
			expect(outlets).toMatch(/^The report names \d+ news outlets: .*Reuters/);
			expect(outlets.split('.')[0]).not.toMatch(/RNDDH/);
		});

		it('reads "evolve" as asking how a figure changed', () => {
			expect(text('how did homicides evolve during 2023?').text).toMatch(/more than doubled/);
		});

		it('reads an exclamation to the Lord, in English or French, as no part of the question', () => {
			expect(text('lord the big jail in the capital, how many ppl it is meant to hold?').text).toMatch(/700 places/);
			expect(text('les gardiens ont fait quoi, Seigneur').text).toMatch(/^\s*Police officers guarding the prison/);
		});

		it('reads a preamble before a colon past a short phrase and a comma after it', () => {
			expect(text('note for the newsletter: in short, when was Moïse killed?').text).toMatch(/July 7, 2021/);
		});

		it('reads "is true that…" as asking whether it is so', () => {
			expect(text('is true that the guards abandoned the prison?').text).toMatch(/^Yes\b/);
		});

		it('counts what the report cites with what is set aside in brackets between the kind and the verb', () => {
			expect(text('how many news outlets (not the UN) does the report cite?').text).toMatch(
				/^The report names 3 news outlets/,
			);
		});

		it('says so where what a why-question takes for granted is not what the report says', () => {
			expect(text('why did Reuters report that the guards fled?').text).toMatch(
				/^No: the report credits this to AyiboPost/,
			);
			expect(text('why did the guards abandon the prison?').found).toBe(false);
		});

		it('reads a caret after a quoted line as the question about it', () => {
			const answer = text('> the gangs vowed to topple the PM ^ which PM is that?').text;
			expect(answer).toMatch(/Ariel Henry/);
			expect(answer).not.toMatch(/^No\b/);
		});

		it('confirms a deed asked in another form of the verb than the report’s ("leave" for "left")', () => {
			expect(text('is it true the cops leave the jail?').text).toMatch(/^\s*Police officers guarding the prison/);
		});

		it('reads a French follow-up whose "elle" stands for the force named before it', () => {
			const answer = text('Qui a donné le feu vert à la force ? Et elle sera là quand, en fin de compte ?').text;
			expect(answer).toMatch(/Security Council gave the green light/);
			expect(answer).toMatch(/remains unclear when/);
		});

		it('reads a French question whether a date or schedule is set as asking when', () => {
			expect(text('la date du déploiement de la force est-elle arrêtée ?').text).toMatch(/^\s*It remains unclear when/);
		});

		it('works out the time between two events however tersely it is asked', () => {
			expect(text('Yrs between the 2017 warning and Moïse’s killing?').text).toMatch(/^About 4 years/);
			expect(text('killing of Moïse -> the December 2022 deal = how many months?').text).toMatch(/\(17 months\)/);
			expect(text('months from the assassination to the Feb 2023 count?').text).toMatch(/\(19 months\)/);
			expect(text('Combien d’années séparent l’alerte de 2017 de l’assassinat du président ?').text).toMatch(
				/^About 4 years/,
			);
		});

		it('reads Kreyòl "kon byen" typed in two words as "konbyen"', () => {
			expect(text('kon byen plas prizon an genyen?').text).toMatch(/700 places/);
		});

		it('works out a rate per unit in the order asked, and per so many of the unit', () => {
			expect(text('how many beds per prisoner?').text).toMatch(/^About 0\.19 beds per prisoner: 700 ÷ 3,687 = 0\.19\./);
			expect(text('inmates for every 100 places?').text).toMatch(/^About 526\.71 inmates per 100 places/);
			expect(text('places per 100 inmates?').text).toMatch(/^About 18\.99 places per 100 inmates/);
			expect(text('700 ÷ 3687?').text).toMatch(/^About 0\.19: 700 ÷ 3,687/);
			expect(text('how many inmates per place?').text).toMatch(/^About 5\.27 times/);
		});

		it('asks who a quoted statement is attributed to', () => {
			expect(text('‘the cops bailed on the jail’ — attributed to which outlet?').text).toMatch(/AyiboPost/);
		});

		it('asks when of the participle that ends the question, not of one that describes the noun before it', () => {
			expect(text('when was the agreement fixing the handover date reached?').text).toMatch(/December 2022/);
		});

		it('says who each of several people named is, and what role one plays', () => {
			const answer = text('who are Ariel Henry and Jimmy Sergier?').text;
			expect(answer).toMatch(/Prime Minister Ariel Henry/);
			expect(answer).toMatch(/gangland leader/);
			expect(text('what role does Henry play?').text).toMatch(/Prime Minister/);
		});

		it('reads whether the press or anyone gave a number as whether the report gives one', () => {
			expect(text('did the media give a number of prisoners who broke out?').text).toMatch(
				/^No: the report gives no number/,
			);
		});

		it('reads a sentence opening on "or" after the question as asking nothing of its own', () => {
			expect(
				text('how many days between the port attack and the siege? or did they both happen together').text,
			).toMatch(/^2 days/);
		});

		it('reads a subject taken up by a pronoun in a statement with a question mark as the yes/no question', () => {
			expect(text('RNDDH, they’re a UN agency?').text).toMatch(/^No: the report describes RNDDH/);
			expect(text('Barbecue, let me guess, he’s still a cop?').text).toMatch(/^No\b.*former policeman/);
		});

		it('says the report does not give what a question opens on, where the closest fact has no word of it', () => {
			const answer = text('salary of the kenya-led mission’s commander?');
			expect(answer.found).toBe(false);
			expect(text('capacity of the prison?').text).toMatch(/700 places/);
		});

		it('lists the media the report cites, asked with "which media" or in French', () => {
			expect(text('which media does the article quote?').text).toMatch(/^The report names 3 news outlets/);
			expect(text('Quels médias sont mentionnés dans le texte ?').text).toMatch(/^The report names 3 news outlets/);
		});

		it('reads French "un" as the article in the words after a question phrase', () => {
			expect(text('c’est quel média qui parle d’un nombre « large » d’évadés ?').text).toMatch(/Gazette Haiti/);
		});

		it('asks whether a bare adjective is so of the one named', () => {
			expect(text('is Haiti rich?').text).toMatch(/^No: the report says: Haiti is the poorest/);
			expect(text('was Moïse rich?').found).toBe(false);
		});

		it('splits a French question whose second part opens on a pronoun and its verb, the pronoun standing for the name', () => {
			const answer = text('Henri c’est qui au juste, il occupe quel poste ?').text;
			expect(answer).toMatch(/Prime Minister Ariel Henry/);
			expect(answer).not.toMatch(/Sergier/);
		});

		it('gives the date a fact says was set, from the same sentence, when asked what was set', () => {
			const answer = text('what did the December 2022 agreement lay down for the PM?').text;
			expect(answer).toMatch(/set a date for Ariel Henry to hand over power/);
			expect(answer).toMatch(/February 7/);
			expect(text('when was the deal struck?').text).not.toMatch(/February 7/);
		});

		it('reads French "monsieur" before a name as the name', () => {
			expect(text('L’accord sur le départ de monsieur Henry a été signé quand ?').text).toMatch(
				/^\s*A deal struck in December 2022/,
			);
		});

		it('reads Kreyòl "asasina yo" and "konbyen asasina" as homicides, and who one called by a name is', () => {
			expect(text('konbyen asasina te monte an 2023?').text).toMatch(/homicides in Haiti more than doubled/);
			expect(text('asasina yo te desann an 2023?').text).toMatch(/more than doubled/);
			expect(text('Kiyès ki chèf bandi yo rele Babekyou a?').text).toMatch(/^\s*Jimmy Sergier/);
		});

		it('orders the events a list names, past the instruction after a dash and in French words', () => {
			const english = text('the Security Council go-ahead, the Moïse killing, the December deal — in order pls').text;
			expect(english).toMatch(/July 7, 2021[\s\S]*December 2022[\s\S]*Last October/);
			const french = text('Mets dans l’ordre : le comptage du RNDDH, l’assassinat de Moïse.').text;
			expect(french).toMatch(/July 7, 2021[\s\S]*February 2023/);
		});

		it('works out what a size supposed bigger would hold, with a factor in figures or words', () => {
			const expected = /^No: still over, 3,687 inmates against 700 × 4 = 2,800 places, 887 too many/;
			expect(text('if the jail was 4x bigger could it take the 3687?').text).toMatch(expected);
			expect(text('if the prison were four times larger, would all 3,687 fit?').text).toMatch(expected);
			expect(text('if its capacity were 4 times larger would the 3,687 fit?').text).toMatch(expected);
			expect(text('if half the prisoners got out, would the jail be below capacity?').text).toMatch(/^No: still over/);
		});

		it('works out the share of the inmates over the capacity as those beyond it, however the share is asked', () => {
			const beyond = /^About 81%: \(3,687 − 700\) ÷ 3,687 × 100 = 81\.01/;
			expect(text('what percentage of the prisoners were over capacity?').text).toMatch(beyond);
			expect(text('of all the detainees, which share was above the 700 places?').text).toMatch(beyond);
			expect(text('what share of the inmates had a place?').text).toMatch(/^About 19%/);
		});

		it('reads "change", "percent change" and "YoY" as asking how a figure changed', () => {
			expect(text('YoY change in homicides?').text).toMatch(/more than doubled in 2023/);
			expect(text('pct change in homicides, 2023?').text).toMatch(/more than doubled in 2023/);
		});

		it('answers what a place was made for with its capacity, never with a figure worked out against it', () => {
			expect(text('how many prisoners was the pen made for?').text).toMatch(
				/^\s*The Pénitencier National has a nominal capacity of 700/,
			);
			expect(text('la prison a été faite pour combien de prisonniers ?').text).toMatch(/nominal capacity of 700/);
			expect(text('how many ppl over capacity was the jail?').text).not.toMatch(
				/^\s*The Pénitencier National has a nominal capacity/,
			);
		});

		it('reads past what others claim beside the question, and past blessings, naming nothing asked', () => {
			const sanctioned = text('who sanctioned Sergier, given that a viral post claims Canada did?');
			expect(sanctioned.found).toBe(true);
			expect(sanctioned.text).toMatch(/U\.N\. and the U\.S\./);
			expect(text('was the pen built for 700, as some tiktok account keeps saying?').text).toMatch(/^\s*Yes/);
			expect(text('qui a sanctionné Barbecue, comme je l’ai lu sur un blog ?').text).toMatch(/U\.N\./);
			expect(text('who leads the gangs, may God forgive him?').found).toBe(true);
			expect(text('Que Dieu nous protège… combien de détenus au Pénitencier National ?').text).toMatch(/3,687/);
		});

		it('asks what the report gives "any indication" of as the question it opens', () => {
			expect(text('is there any indication of when the Kenyan-led force lands?').text).toMatch(/remains unclear when/);
			expect(text('does the article give any hint as to who sanctioned Barbecue?').text).toMatch(/U\.N\./);
		});

		it('answers "at what hour" as a question of the time of day', () => {
			const hour = text('at what hour did the siege start?');
			expect(hour.found).toBe(false);
			expect(hour.text).toMatch(/time of day/);
			// Of what has happened, that the report leaves unclear when the force will deploy is no answer.
			for (const question of [
				'at what hour exactly the attack start that night?',
				'what time exactly did the attack start?',
			])
				expect(text(question).found).toBe(false);
		});

		it('reads two events past the words that only close a question of how long between them', () => {
			expect(text('between Moïse’s assassination and the RNDDH count, how many months went by?').text).toMatch(
				/19 months/,
			);
			expect(text('rnddh warned in 2017, moise was killed in 2021 — how many years apart is that?').text).toMatch(
				/^\s*About 4 years/,
			);
		});

		it('asks whether two events share a year, when the question is put up for a yes or no', () => {
			expect(text('the deal was struck the same year Moise died, right?').text).toMatch(/^\s*No: 2022 and 2021/);
		});

		it('asks the verb that ends a do-question, past a clause about its subject', () => {
			expect(text('what did the gunmen that went after the main port disrupt?').text).toMatch(
				/^\s*The day before Friday/,
			);
		});

		it('divides the figures as typed only where the question divides them', () => {
			expect(text('with 700 places and 3,687 inmates, what percent of the inmates have a bed?').text).toMatch(
				/^\s*About 19%/,
			);
		});

		it('asks of the deed after a modal or in a phrasal verb, which no one the report names has done', () => {
			for (const question of [
				'who will replace Henry as head of government?',
				'who takes over from Henry if he goes?',
				'who will replace Mr Ariel Henry at the head of the government?',
			])
				expect(text(question).found).toBe(false);
			expect(text('who will lead the force?').text).toMatch(/^\s*Kenya offered to lead/);
			// Under a supposition set before the question, "what if" or "if".
			for (const question of ['what if Henry steps down, who replaces him?', 'if Henry quits, who takes over?'])
				expect(text(question).found).toBe(false);
		});

		it('works out a ratio asked after other questions only from the figures they ask for', () => {
			expect(text('how many inmates fled vs how many stayed, whats the ratio?').text).not.toMatch(/5\.27|527/);
		});

		it('reads "one authority or several" as a count of the kind, naming no one called so', () => {
			expect(text('was Barbecue sanctioned by one single authority or by several?').text).toMatch(
				/U\.N\. and the U\.S\./,
			);
		});

		it('holds how far over a limit against a number offered "by more or less than"', () => {
			expect(text('was the jail over capacity by more or less than 3000 people?').text).toMatch(
				/^\s*Less: by 2,987 inmates, against the 3,000/,
			);
		});

		it('reads a percentage spelled out as one, in a change asked about', () => {
			expect(text('did murders go up by roughly 60 percent in 2023?').text).toMatch(/^\s*No/);
		});

		it('asks "did X use to be…" as what X used to be', () => {
			expect(text('did Sergier use to be a policeman?').text).toMatch(/^\s*Yes/);
			expect(text('didn’t Barbecue use to be a soldier?').text).toMatch(/^\s*No/);
		});

		it('reads "dans cette affaire" as chat, and any noun for a person before a name as a title', () => {
			expect(text('et Henry il fait quoi dans cette affaire ?').text).toMatch(/Prime Minister Ariel Henry/);
			expect(text('what’s the nickname of the policeman Jimmy Sergier?').text).toMatch(/known as “Barbecue”/);
		});

		it('answers no where a deed asked of one is credited after "by" only to others', () => {
			expect(text('did the cops sanction Sergier?').text).toMatch(/^\s*No: the report credits this to United Nations/);
			expect(text('did the U.N. sanction Sergier?').text).toMatch(/^\s*Yes/);
			// (Not of a deed done to another than the fact's: no one is said to have sanctioned Henry.)
			expect(text('did the cops sanction Henry?').text).not.toMatch(/credits this to United Nations/);
		});

		it('reads past a label set off by Discord’s marks before the question', () => {
			expect(text('<@123> **fact check** 🔎 capacity of the pen? number only pls').text).toMatch(/700 places/);
			expect(text('||sorry if asked already|| exact day Moïse was killed?').text).toMatch(/July 7, 2021/);
		});

		it('reads "invoke", "affirm" and "contend" as verbs of saying', () => {
			expect(text('who invoked security to stay on?').text).toMatch(/^\s*Ariel Henry stayed on/);
			expect(text('who affirms that homicides more than doubled?').text).toMatch(/UN data/);
		});

		it('holds a figure said to be of an event’s time against both dates', () => {
			expect(text('were there 3,687 inmates at the time of the siege?').text).toMatch(/^\s*No/);
		});

		it('dates an event named by its noun, not by the date of what the clause after it names', () => {
			expect(text('which came first: the deal setting the Feb 7 handover, or the RNDDH count?').text).toMatch(
				/^\s*“the deal setting[^”]*” \(December 2022\) came first/,
			);
		});

		it('reads chat’s plural in "z" and a closing "X wants to know"', () => {
			expect(text('the killingz in 2023, up by how much?').text).toMatch(/more than doubled/);
			expect(text('wich contry leads the force, pastè Jean wan know').text).toMatch(/Kenya offered/);
		});

		it('reads a reason asked for as why, and a time asked "which" of as told by a date', () => {
			expect(text('what’s Henry’s justification for staying on past February 7?').text).toMatch(
				/^\s*•?\s*Ariel Henry stayed on, arguing/,
			);
			expect(text('which deadline did Henry ignore?').text).toMatch(/February 7/);
		});

		it('reads past a courtesy before the question, whatever its noun ("would you have the amability to…")', () => {
			expect(
				text('Would you have the amability to recall me on which day the armed bands besieged the big prison?').text,
			).toMatch(/Saturday night/);
		});

		it('reads a statement with a figure, then the count asked after "and", as told then asked', () => {
			expect(text('the jail was made for 700 and held how many in early 2023?').text).toMatch(/3,687 inmates/);
		});

		it('reads a French scene opened by the elided "d\'après" as qualifying what is asked', () => {
			expect(text("D'après l'accord conclu en décembre 2022, à quelle date Henry devait-il partir ?").text).toMatch(
				/February 7/,
			);
		});

		it('reads "au sujet du gouvernement" as what was spoken of, not who spoke', () => {
			const answer = text("Qu'a déclaré le chef de l'alliance au sujet du gouvernement d'Ariel Henry ?");
			expect(answer.text).toMatch(/coordinated actions to topple/);
			expect(answer.text).not.toMatch(/has not commented/);
		});

		it('answers what someone said with no yes or no, in French with the subject after the verb too', () => {
			for (const question of ['Qu’a dit le gouvernement ?', 'Que dit le gouvernement ?']) {
				const answer = text(question);
				expect(answer.text).toMatch(/^\s*•?\s*Haiti’s government has not commented/);
			}
		});

		it('answers when an event started with when it happened, where the report dates the event only', () => {
			for (const question of ['when did the siege kick off?', 'quand le siège a-t-il commencé ?'])
				expect(text(question).text).toMatch(/Saturday night/);
			// Not a person's start, which is no one event.
			expect(text('when did Henry start?').found).toBe(false);
		});

		it('gives no date of another event where the one that tells what is asked is undated', () => {
			const answer = text('when did the gangs attack police stations?');
			expect(answer.found).toBe(false);
			expect(answer.text).toMatch(/doesn’t say when/);
		});

		it('reads a French word the lexicons lack as its English cognate ("directeur" is "director")', () => {
			const answer = text('Comment s’appelle le directeur de la prison ?');
			expect(answer.found).toBe(false);
			expect(answer.text).not.toMatch(/Pénitencier National ⏎|^Pénitencier National$/m);
			expect(answer.text).toMatch(/doesn’t name/);
		});

		it('holds a population asked "above or below" a number against the count', () => {
			expect(text('in February 2023 was the penitentiary’s population above or below 3,000?').text).toMatch(
				/^More: 3,687 inmates/,
			);
		});

		it('reads "pour combien… conçue" as what a place was built to hold', () => {
			expect(text('Pour combien de prisonniers le pénitencier a-t-il été conçu ?').text).toMatch(/700 places/);
		});

		it('reads a weekday short form with its capital as the day, not a name the report lacks', () => {
			expect(text('What got besieged Sat night?').text).toMatch(/Pénitencier National/);
		});

		it('reads a month run into its year ("feb23") as the two', () => {
			expect(text('how many inmates at the pen Feb23?').text).toMatch(/3,687 inmates/);
		});

		it('reads the initials of a name of several words as the name ("GoH")', () => {
			expect(text('any statement from the GoH so far?').text).toMatch(/has not commented/);
		});

		it('says yes to a question hedged as the fact is ("alleged"), and not to one that drops the hedge', () => {
			expect(text('are alleged killers of Moise held at the pen?').text).toMatch(/^Yes, the report says so/);
			expect(text('are the killers of Moise held at the pen?').text).not.toMatch(/^Yes/);
		});

		it('holds a date in words in a did-question against the report’s, where the one named did it', () => {
			expect(text('did the Security Council approve the force in march?').text).toMatch(
				/^No: the report dates this to last October/,
			);
			// Not where the one named only appears in the fact: Haiti is where the force goes, not who approved it.
			expect(text('did Haiti approve the force in March?').text).not.toMatch(/^No: the report dates/);
		});

		it('does not answer where someone went with where the place they left is', () => {
			for (const question of ['where did the inmates who broke out go?', 'the escaped inmates went where?']) {
				const answer = text(question);
				expect(answer.found).toBe(false);
				expect(answer.text).toMatch(/doesn’t say where/);
			}
			expect(text('where is the penitentiary?').text).toMatch(/Port-au-Prince/);
		});

		it('answers two names put up as one: yes where the report gives both to one, no where to two people', () => {
			expect(text('is Chérizier the one they call Barbecue?').text).toMatch(/^Yes: both are Jimmy Sergier\./);
			expect(text('barbecue = jimmy cherizier? true or false').text).toMatch(/^Yes\b/);
			expect(text('is Barbecue Jovenel Moise?').text).toMatch(/^No: Jimmy Sergier and Jovenel Moïse\./);
		});

		it('reads an auxiliary that ends a second question as standing for the deed the first told ("why didnt he")', () => {
			const answer = text('what date was Henry due to leave office, and why hasnt he?');
			expect(answer.text).toMatch(/February 7/);
			expect(answer.text).toMatch(/security must be restored/);
		});

		it('reads Creole "oubyen" as "or", in a yes or no asked for too ("wi oubyen non")', () => {
			expect(text('Babekyou te yon polisye anvan, wi oubyen non?').text).toMatch(/former policeman/);
		});

		it('answers who a title described by a past clause is, and reads a closing "name pls" as asking nothing more', () => {
			expect(text('who is the president that was murdered?').text).toMatch(/Jovenel Moïse/);
			expect(text('which president got assassinated? full name please').text).toMatch(/Jovenel Moïse/);
		});

		it('reads a Creole word spelt otherwise than the frame phrases spell it ("avan" for "anvan")', () => {
			expect(text('kiyes ki te vini avan, asasina Moise oswa kontaj RNDDH la an 2023?').text).toMatch(/came first/);
		});

		it('does not give facts as an answer to a statement whose number none of them gives', () => {
			for (const question of [
				'<@12345678901234> the police force has 12,000 officers, true?',
				'a friend says the national police has 15,000 officers. can you verify?',
			]) {
				const answer = text(question);
				expect(answer.found).toBe(false);
				expect(answer.text).toMatch(/gives no number/);
			}
		});

		it('reads a "when" between a deed told and a clause of its own as when it was done, not as asking when', () => {
			for (const question of [
				'the cops guarding the prison ran off when the shooting started?',
				'the police at the pen walked away when the gangs showed up?',
			]) {
				const answer = text(question);
				expect(answer.found).toBe(true);
				expect(answer.text).toMatch(/abandoned/);
			}
			// A "when" that ends the question, or comes before an adverb, still asks when.
			expect(text('the prison was attacked when exactly?').text).toMatch(/Saturday night/);
		});

		it('asks a verbless question set after a dash or colon of the topic before it', () => {
			expect(text('the 700 figure - whose count?').text).toMatch(/RNDDH/);
			expect(text('Pénitencier capacity figure: whose number?').text).toMatch(/RNDDH/);
			expect(text('AyiboPost — what kind of outlet?').text).toMatch(/news website/);
		});

		it('answers the day an event began with the day the report dates it', () => {
			for (const question of ['what day did the siege begin?', 'what day and time did the prison siege start?']) {
				const answer = text(question);
				expect(answer.found).toBe(true);
				expect(answer.text).toMatch(/Saturday night/);
			}
		});

		it('answers who pleaded for what the report says someone called for', () => {
			expect(text('who begged for urgent reinforcements after the gang attacks?').text).toMatch(/police unions/i);
		});

		it('reads what a place can receive, or is rated for, as its capacity', () => {
			for (const question of [
				'how many persons can the prison receive?',
				'what is the quantity of people the jail can receive?',
				'how many inmates is the pen rated for?',
			])
				expect(text(question).text).toMatch(/\b700 places/);
		});

		it('reads "law enforcement" as the police, and Spanish words mixed into English as the English they mean', () => {
			expect(text('which gang leader is former law enforcement?').text).toMatch(/former policeman/);
			expect(text('the guys cuidando the prison, what did they do?').text).toMatch(/abandoned/);
		});

		it('works out a difference asked with "minus" and a rate asked "into each single place"', () => {
			expect(text('inmates minus beds, feb 2023?').text).toMatch(/2,987/);
			expect(text('how many inmates were packed into each single place?').text).toMatch(/5\.27 times/);
		});

		it('reads past the asker’s own remark in brackets, and adds a number supposed "more"', () => {
			const rate = text('how many times its capacity did the prison hold (I might quote 400% somewhere)?').text;
			expect(rate).toMatch(/5\.27 times/);
			expect(rate).not.toMatch(/400 places/);
			expect(text('if the prison could hold 1,000 more, would it still be over?').text).toMatch(
				/700 \+ 1,000 = 1,700 places, 1,987 too many/,
			);
		});

		it('orders two events offered either side of "ou" after the French words that ask', () => {
			expect(text('qu’est-ce qui s’est produit en premier, l’attaque du port ou le siège de la prison ?').text).toMatch(
				/^\s*“attack port” came first, then “prison siege”/,
			);
		});

		it('reads French "peut prendre combien de monde" as a capacity', () => {
			expect(text('la prison peut prendre combien de monde ?').text).toMatch(/\b700 places/);
		});

		it('reads a month cut short in French and Creole ("fev 2023")', () => {
			expect(text('eske prizon an te depase kapasite l an fev 2023?').text).toMatch(/3,687/);
		});

		it('separates two French events where the second opens with a possessive ("de son décompte")', () => {
			expect(text('Combien d’années séparent l’avertissement du RNDDH de son décompte de février 2023 ?').text).toMatch(
				/About 6 years/,
			);
		});

		it('reads past how the asker wants the answer put', () => {
			const answer = text('did Henry stay in power? Answer yes or no.').text;
			expect(answer).toMatch(/stayed on/);
			expect(answer).not.toMatch(/is a stay/);
		});

		it('asks a French "quel est le bilan" as a count, which no fact gives', () => {
			const answer = text('Quel a été le bilan humain du siège de la prison ?');
			expect(answer.found).toBe(false);
			expect(answer.text).toMatch(/doesn’t say how many/);
		});

		it('reads Kreyòl as typed on a phone: "lajol", "jandam", "anvi", "kil"', () => {
			expect(text('lajol la fet pou kenbe konbyen moun?').text).toMatch(/\b700 places/);
			expect(text('ki bos gang ki te konn jandam?').text).toMatch(/former policeman/);
			expect(text('poukisa kek prizonye pa t anvi sove?').text).toMatch(/crossfire/);
		});

		it('reads French "selon laquelle" as "that", "à l’origine de" as the source, and "prendre la fuite" as fleeing', () => {
			expect(
				text('Qui est à l’origine de l’affirmation selon laquelle les gardiens ont quitté la prison ?').text,
			).toMatch(/AyiboPost/);
			expect(text('Pourquoi des détenus hésitaient-ils à prendre la fuite ensemble ?').text).toMatch(/crossfire/);
			expect(text('Quelle tendance pour les homicides en 2023 ?').text).toMatch(/more than doubled/);
		});

		it('hears every word of a French phrase the lexicon gives whole ("tiré la sonnette d’alarme")', () => {
			const answer = text('le RNDDH a tiré la sonnette d’alarme, pas vrai ? quelle année ?');
			expect(answer.found).toBe(true);
			expect(answer.text).toMatch(/In 2017 RNDDH warned/);
		});

		it('asks a name with "s’appellent", "comment s’appellent" or "called what", which the report may not give', () => {
			for (const question of [
				'comment s’appellent les syndicats de police ?',
				'les syndicats de police s’appellent comment ?',
				'the police unions are called what?',
			]) {
				const answer = text(question);
				expect(answer.found).toBe(false);
				expect(answer.text).toMatch(/doesn’t name them/);
			}
		});

		it('answers "X stats" of a thing no fact counts with what the report does not give', () => {
			const answer = text('cholera stats 2023?');
			expect(answer.found).toBe(false);
			expect(answer.text).toMatch(/doesn’t give the cholera statistics/);
			expect(text('homicide stats 2023?').text).toMatch(/more than doubled/);
		});

		it('asks who said it with "where does the story come from that…"', () => {
			expect(text('where does the story come from that the guards ran off?').text).toMatch(/AyiboPost/);
			expect(text('where does the report come from that some inmates feared the crossfire?').text).toMatch(/Reuters/);
		});

		it('counts the doers asked after "by how many", and no actor for a deed told only of another ("UN-approved")', () => {
			expect(text('Barbecue has been sanctioned by how many bodies?').text).toMatch(
				/^\s*2: United Nations and United States/,
			);
			const approved = text('how many countries approved the force?');
			expect(approved.found).toBe(false);
			expect(approved.text).not.toMatch(/1: Kenya/);
		});

		it('asks of the deed a fact tells with a noun for a kind of deed the data never names ("what misdeed")', () => {
			const answer = text('What misdeed did the gunmen attempt at the harbour?');
			expect(answer.found).toBe(true);
			expect(answer.text).toMatch(/take over the main port/);
		});

		it('answers "which gang" only with one the report calls a gang, not a government that runs something', () => {
			const answer = text('what gang runs haiti');
			expect(answer.found).toBe(false);
			expect(answer.text).toMatch(/doesn’t say which gang/);
		});

		it('checks a statement after "true or nah", and after "is it true" run straight into a name that starts "ke…"', () => {
			expect(text('true or nah kenya offered to lead the force').text).toMatch(/^\s*Yes/);
			expect(text('is it true kenya leads the force?').text).toMatch(/^\s*No: the report says only: Kenya offered/);
		});

		it('reads past a Kreyòl request to confirm ("eske ou ka konfime") to the question it wraps', () => {
			expect(text('eske ou ka konfime konbyen plas prizon an genyen?').text).toMatch(/\b700 places/);
		});

		it('says where people are now from a fact that holds them in a prison, not from the deed they are held for', () => {
			for (const question of [
				'where are the people who killed Moïse now?',
				'where are the people who killed the president now?',
			])
				expect(text(question).text).toMatch(/Among the Pénitencier National’s inmates/);
		});

		it('does not place prisoners by where their prison is: "prisoners" shares its stem but names people', () => {
			const answer = text('where are the escaped prisoners now?');
			expect(answer.found).toBe(false);
			expect(answer.text).not.toMatch(/is in Haiti’s capital/);
			expect(text('where is the prison the prisoners escaped from?').text).toMatch(/is in Haiti’s capital/);
		});

		it('reads past a label before a colon ("quick verification:", "for attribution:")', () => {
			expect(text('quick verification: the prison is in which city?').text).toMatch(/Port-au-Prince/);
			expect(text('for attribution: who warned about understaffing in 2017?').text).toMatch(/RNDDH/);
		});

		it('asks a verbless question after a dash of a claim named by what it says ("the affirmation that…")', () => {
			expect(text('the affirmation that a large number of prisoners got out — from which publication?').text).toMatch(
				/^\s*It is not clear how many inmates have already been released/,
			);
		});

		it('reads Kreyòl for volunteering, leading, being meant to and counting heads', () => {
			expect(text('Ki peyi ki pote kò l pou mache devan fòs la?').text).toMatch(/Kenya offered to lead/);
			expect(text('kilè Henry te sanse kite pouvwa a?').text).toMatch(/February 7/);
			expect(text('konbyen tèt ki te nan prizon an an fevriye 2023?').text).toMatch(/3,687 inmates/);
		});

		it('asks who is "at the origin of" something as who is its source', () => {
			expect(text('who is at the origin of the warning about understaffing?').text).toMatch(/In 2017 RNDDH warned/);
		});

		it('reads one described by what people call them, opening the question, as the one named', () => {
			expect(text('that guy people call Barbecue, is he sanctioned?').text).toMatch(/^\s*Yes/);
			expect(text('This gentleman they call Barbecue, what was his job?').text).toMatch(/former policeman/);
		});

		it('reads "the reins of power" as power', () => {
			expect(text('when was Henry meant to give up the reins of power?').text).toMatch(/on February 7/);
		});

		it('reads a second French question put as a cleft after a joiner ("pis c’est quand que…")', () => {
			const answer = text(
				'Qui a offert de diriger la force, pis c’est quand que le Conseil de sécurité a donné son feu vert ?',
			).text;
			expect(answer).toMatch(/Kenya offered to lead/);
			expect(answer).toMatch(/Last October/);
		});

		it('keeps a topic set off before "do we know…" and takes it up in the "they" that follows', () => {
			const answer = text('the international force — do we know when they’re arriving?').text;
			expect(answer).toMatch(/^\s*It remains unclear when the international force/);
			expect(answer).not.toMatch(/in power since 2021/);
		});

		it('answers when of one named and nothing else only from facts that involve them', () => {
			const answer = text('when is the force showing up').text;
			expect(answer).toMatch(/remains unclear when the international force/);
			expect(answer).not.toMatch(/coordinated actions/);
		});

		it('reads "back in 2017" as in 2017', () => {
			expect(text('what did rnddh warn about back in 2017').text).toMatch(/In 2017 RNDDH warned/);
		});

		it('asks a count per place in Kreyòl ("pou chak plas") as the rate', () => {
			expect(text('konbyen prizonye ki te genyen pou chak plas nan prizon an?').text).toMatch(/5\.27 times/);
		});

		it('reads a country’s adjective before a group the report describes so ("the Haitian human rights group") as describing it', () => {
			const answer = text('what is the name of the Haitian human rights group?');
			expect(answer.found).toBe(true);
			expect(answer.text).toMatch(/RNDDH/);
		});

		it('answers a rate asked with its source named with the rate worked out from its figures, not a count', () => {
			expect(text('how many inmates were there for each place, according to RNDDH?').text).toMatch(
				/^\s*About 5\.27 times/,
			);
			expect(text('Occupancy rate, per RNDDH figures?').text).toMatch(/^\s*About 5\.27 times/);
		});

		it('answers "when" with another date than the one the question gives, where a fact fits nearly as well', () => {
			expect(text('under the december 2022 deal, when must Henry go?').text).toMatch(
				/^\s*Under the December 2022 deal.*February 7/,
			);
		});

		it('puts up a statement after "please tell me" to be checked, and answers none with a fact of other words', () => {
			const answer = text('Please tell me they held the line');
			expect(answer.found).toBe(false);
			expect(text('tell me about Barbecue').found).toBe(true);
		});

		it('answers no to a post the report never names, asked of one it describes otherwise', () => {
			expect(text('was Barbecue a soldier before he became a gang leader?').text).toMatch(/^\s*No:.*former policeman/);
		});

		it('reads past a French request to confirm or give ("pourriez-vous confirmer la date de…")', () => {
			expect(text('Pourriez-vous confirmer la date de l’assassinat de Moïse ?').text).toMatch(/July 7, 2021/);
		});

		it('reads French "était-il supposé", "à combien s’élevait" and "la population carcérale"', () => {
			expect(text('Quand Henry était-il supposé partir ?').text).toMatch(/February 7/);
			expect(text('À combien s’élevait la population carcérale en février 2023 ?').text).toMatch(/3,687 inmates/);
		});

		it('asks whose it is with "on whose reporting does… rest", and a government’s "line on" as its position', () => {
			expect(text('On whose reporting does the claim that the officers deserted the jail rest?').text).toMatch(
				/AyiboPost/,
			);
			expect(text('the government’s line on the prison siege?').text).toMatch(/has not commented/);
		});

		it('asks a few nouns after a topic and a colon as what they are of it ("Jail siege: day and time?")', () => {
			expect(text('Jail siege: day and time?').text).toMatch(/Saturday night/);
			expect(text('Sergier: sanction regime(s)?').text).toMatch(/sanctioned by the U\.N\. and the U\.S\./);
		});

		it('asks which one with a kind of party and a clause that says which ("Outlet that broke the story?")', () => {
			expect(text('Outlet that broke the guards-abandoned-post story?').text).toMatch(/AyiboPost/);
		});

		it('answers a French question word before an inversion ("dans quel hémisphère … est-il") as that question', () => {
			const answer = text('Dans quel hémisphère Haïti est-il le pays le plus pauvre ?').text;
			expect(answer).toMatch(/Western Hemisphere/);
			expect(answer).not.toMatch(/^\s*Yes/);
		});

		it('reads Kreyòl "konbyen fwa" as how many times', () => {
			expect(text('Kòmbyen fwa prizon an te depase kapasite li?').text).toMatch(/5\.27 times/);
		});

		it('counts what follows "cases of", which no figure of the report may measure ("cases of cholera")', () => {
			const answer = text('How many cases of cholera were there in Haiti in 2023?');
			expect(answer.found).toBe(false);
			// (A count of homicides the report does not give: how their number changed is what it does say.)
			const homicides = engine.ask('how many cases of homicide were there in 2023?');
			expect(homicides.found).toBe(false);
			expect(homicides.suggestions.map((suggestion) => suggestion.label).join(' ')).toMatch(/more than doubled/);
		});

		it('asks the name of one whose name only holds a kind noun, not which of that kind the report names', () => {
			const answer = text(
				'What is the official name of the alliance of criminal organisations mentioned in the report?',
			);
			expect(answer.found).toBe(false);
			expect(answer.text).not.toMatch(/cites \d+ sources/);
		});

		it('lists the sources of a kind with "which of the report’s sources are …", an exclusion in brackets aside', () => {
			const answer = text('which of the report’s sources are newspapers (not the UN)?').text;
			expect(answer).toMatch(/names 3 news outlets: AyiboPost, Gazette Haiti, Reuters/);
		});

		it('answers a deed asked of "before this one" with the report telling of no other', () => {
			const answer = text('was there a jailbreak at the prison before this one?');
			expect(answer.found).toBe(false);
			expect(answer.text).toMatch(/doesn’t tell of another jailbreak/);
			expect(text('was there an attack before the siege?').found).toBe(true);
		});

		it('asks how many with "any figure on", and says so where no fact counts it', () => {
			const answer = text('any figure on police officers killed during the siege?');
			expect(answer.found).toBe(false);
			expect(answer.text).toMatch(/doesn’t say how many/);
		});

		it('reads past someone asking the asker, before a colon or a dash, in English and French', () => {
			expect(
				text('Ma tante me demande : pour combien de prisonniers la prison a-t-elle été construite à l’origine ?').text,
			).toMatch(/nominal capacity of 700/);
			expect(text('my uncle asked me - what outlet says the officers walked off from the prison?').text).toMatch(
				/AyiboPost/,
			);
			// A topic before a dash is no one asking.
			expect(text('the prison count — do we know who made it?').text).toMatch(/RNDDH/);
		});

		it('reads the form the asker wants the answer in as asking nothing more', () => {
			expect(text('what is the nominal capacity of the penitentiary, exact figure only please').text).toMatch(
				/700 places/,
			);
			expect(text('combien de détenus en février 2023, le chiffre seulement svp').text).toMatch(/3,687/);
		});

		it('reads "normalement" and a participle typed as its verb', () => {
			expect(text('la prison est faite pour combien de détenus normalement ?').text).toMatch(/700 places/);
			expect(text('how many inmates it was design to hold').text).toMatch(/700 places/);
			expect(text('jovenel moise he was kill on what date').text).toMatch(/July 7, 2021/);
		});

		it('counts the noun before a verb in the present, not the verb’s object', () => {
			expect(text('how many police unions sound the alarm?').text).toMatch(/Two of Haiti’s main police unions/);
		});

		it('asks when with "at which moment" and "day and time", and shares one predicate between "which day" and "what hour of the day"', () => {
			expect(text('at which moment did the gangs besiege the penitentiary?').text).toMatch(/Saturday night/);
			expect(text('when exactly did the prison siege begin, day and time?').text).toMatch(/Saturday night/);
			expect(text('On which day, and at what hour of the day, was the penitentiary besieged?').text).toMatch(
				/Saturday night/,
			);
		});

		it('asks a thing by its noun: "armed groups" names no weapon', () => {
			const answer = text('what weapons were the gunmen carrying when they besieged the penitentiary?');
			expect(answer.found).toBe(false);
			expect(answer.text).toMatch(/doesn’t name any weapons/);
			// A deed may be told by a verb: "what warnings" are what was warned.
			expect(text('what warnings did Sergier give?').found).toBe(true);
		});

		it('answers what was done just before or after an event with the one the report places there', () => {
			expect(text('what happened just before the siege of the penitentiary?').text).toMatch(/main port/);
			expect(text('les hommes armés ont fait quoi avant d’attaquer la prison ?').text).toMatch(/main port/);
			expect(text('what did the Security Council do after Moïse was assassinated?').text).toMatch(/green light/);
		});

		it('asks for either kind offered with French "ou": "quels pays ou organisations"', () => {
			expect(text('Quels pays ou organisations ont imposé des sanctions au chef de gang Sergier ?').text).toMatch(
				/sanctioned by the U\.N\. and the U\.S\./,
			);
		});

		it('reads "hanging on" as staying on, and "hang on," before a question as asking the others to wait', () => {
			expect(text('what did Henry say about hanging on past the deadline?').text).toMatch(
				/^\s*Ariel Henry stayed on, arguing/,
			);
			expect(text('hang on, who heads the gang alliance?').text).toMatch(/Sergier/);
		});

		it('takes the country every fact happens in as named by any fact: "…debake Ayiti" asks of the force alone', () => {
			expect(text('Èske yo fikse yon dat pou fòs la debake Ayiti?').text).toMatch(/remains unclear when/);
			// Another country named is still one the fact must involve.
			expect(text('did Kenya send troops to Haiti?').found).toBe(false);
		});

		it('supposes copies of the prison, each as large, where more prisons "the same size" are built', () => {
			expect(
				text('if they built three more prisons the same size as the Pénitencier, would the inmates fit?').text,
			).toMatch(/^\s*No: still over, 3,687 inmates against 700 × 4 = 2,800 places/);
			expect(text('si on construisait 5 autres prisons de la même taille, les détenus tiendraient-ils ?').text).toMatch(
				/^\s*Yes: 3,687 inmates against 700 × 6 = 4,200 places, within the limit/,
			);
		});

		it('adds the places of another block built, and reads a supposition after a label', () => {
			expect(
				text('for my article: if they open another 1,000-place wing, would it hold all the inmates?').text,
			).toMatch(/^\s*No: still over, 3,687 inmates against 700 \+ 1,000 = 1,700 places/);
		});

		it('counts the news outlets quoted "as sources", not every source', () => {
			expect(text('how many media outlets does the article quote as sources?').text).toMatch(/names 3 news outlets/);
			expect(text('how many sources does the article quote?').text).toMatch(/cites 5 sources/);
		});

		it('asks of the whole sentence before it where that sentence leaves a blank: "tried something at the harbour"', () => {
			expect(text('The gunmen tried something at the harbour. What were they trying to do?').text).toMatch(
				/take over the main port/,
			);
		});

		it('reads the asker’s own hearing after a question as no part of it, with or without a comma', () => {
			expect(text('when the gangs attack the prison m tande se te dimanch').text).toMatch(/Saturday night/);
		});

		it('reads "y/n" opening a question as asking yes or no, and a word in capitals as said louder', () => {
			expect(text('y/n did the U.S. sanction Barbecue').text).toMatch(/^\s*Yes, the report says so/);
			expect(text('was Barbecue sanctioned by BOTH the UN and the US?').text).toMatch(/^\s*Yes, the report says so/);
		});

		it('gives no figure for a rate of something the report never measures, in English or French', () => {
			for (const question of [
				'whats the kidnapping rate these days',
				'c’est quoi le taux de scolarisation au pays ?',
			]) {
				const answer = text(question);
				expect(answer.found, question).toBe(false);
				expect(answer.text).toMatch(/doesn’t give the (?:kidnapping rate|rate of scolarisation)/);
			}
			expect(text('what is the homicide rate').text).toMatch(/more than doubled in 2023/);
		});

		it('reads a name typed in lowercase as one the report never mentions, and tells nothing it did', () => {
			const answer = text('is jamaica doing anything for the haitian police? like sending officers');
			expect(answer.found).toBe(false);
			expect(answer.text).toMatch(/doesn’t mention jamaica/);
		});

		it('confirms no "no" for a leader said to be still in office past the date he was meant to leave', () => {
			expect(text('was Henry still in office after February 7?').text).not.toMatch(/^\s*No\b/);
			expect(text('did Henry step down on February 7?').text).toMatch(/^\s*No\b/);
		});

		it('reads "who is running" as asking who leads', () => {
			expect(text('who’s running the government these days').text).toMatch(/^\s*Haiti’s government is led by/);
		});

		it('splits a French "séparent A et B" at "et", whatever "des" the second event has', () => {
			const frame = readFrame(
				readText('combien de mois séparent la signature de l’accord et le comptage des détenus ?'),
			);
			expect(frame.parts.map((part) => part.join(' '))).toEqual([
				expect.stringMatching(/deal/),
				expect.stringMatching(/count.*inmates/),
			]);
		});

		it('reads a clause with a past tense after its subject as saying which one: "the jail the gangs laid siege to"', () => {
			expect(text('in what city is the jail the armed groups laid siege to?').text).toMatch(/Port-au-Prince/);
		});

		it('gives the card of the one a described person is called by name', () => {
			expect(text('what is the actual name of the gangster folks call Barbecue?').text).toMatch(/Jimmy Sergier/);
		});

		it('gives the card of a name asked of with a clause about who talks of it', () => {
			expect(text('who is this Sergier guy that all my cousins keep posting about on facebook').text).toMatch(
				/Jimmy Sergier/,
			);
		});

		it('answers a second question that puts its question word last: "…, and the deal was struck when?"', () => {
			const answer = text(
				'Since when has the prime minister held power, and the pact for him to leave was struck when?',
			);
			expect(answer.text).toMatch(/since 2021/);
			expect(answer.text).toMatch(/December 2022/);
		});

		it('asks a second yes or no of what the first part names: "…, and is it…", "…, et s’agit-il de…"', () => {
			expect(text('which town is the Pénitencier in, and is it the largest prison in haiti?').text).toMatch(
				/Port-au-Prince[\s\S]*largest/,
			);
			expect(text('Où se situe le Pénitencier National, et s’agit-il de la plus grande prison du pays ?').text).toMatch(
				/^\s*Yes[\s\S]*Port-au-Prince/,
			);
		});

		it('splits at "n" before "do we…": "who leads the force n do we know when it deploys"', () => {
			const answer = text('who heads the mission n do we know when it deploys');
			expect(answer.text).toMatch(/Kenya/);
			expect(answer.text).toMatch(/unclear when/);
		});

		it('reads Kreyòl spellings of the data’s names: "Anri", "Jovnèl"', () => {
			const ordered = text('kilès ki te bay lòd pou yo touye Jovnèl?');
			expect(ordered.found).toBe(false);
			expect(ordered.text).toMatch(/doesn’t say who/);
			expect(text('ki lè Anri te sipoze kite pouvwa a?').text).toMatch(/February 7/);
		});

		it('reads a French verb with its subject after it as no name, and "à l’encontre de" as "against"', () => {
			expect(
				text('Je voulais savoir ce que les gangs ont annoncé à l’encontre du gouvernement. Pouvez-vous m’aider ?').text,
			).toMatch(/coordinated actions to topple/);
		});

		it('gives no fact for a thing the data has only loosely related words for: "what budget…"', () => {
			const answer = text('what budget has been approved for the Kenya-led force?');
			expect(answer.found).toBe(false);
		});

		it('reads "what role did X play" as asking what X does, not through words spelt like "play"', () => {
			expect(text('what role did Kenya play?').text).toMatch(/^\s*•?\s*Kenya offered to lead/);
		});

		it('places no event after another where the deed asked is not the one it tells', () => {
			expect(text('after the harbour attack, what did the gangs threaten to do next?').text).toMatch(/police stations/);
		});

		it('sets aside the fact that says the words in its own, not one whose readers’ words only point to them', () => {
			expect(text('other than "notorious criminals", what sort of inmates does the Pénitencier hold?').text).toMatch(
				/alleged perpetrators/,
			);
		});

		it('answers from the one fact that tells what came after an event, before placing others after it', () => {
			expect(text('after Moïse’s assassination, which crisis got worse?').text).toMatch(/multidimensional crisis/);
		});

		it('asks a time of a phrase set before it: "the 700 figure from rnddh, what year was that?"', () => {
			expect(text('the 3,687 count from rnddh, which month and year was that??').text).toMatch(/February 2023/);
		});

		it('asks of a label set before a dash: "govt - any reaction on the siege"', () => {
			expect(text('govt - any comment at all on the siege').text).toMatch(/has not commented/);
		});

		it('reads the French "écart entre A et B" and English "the gap between" as a difference', () => {
			expect(text('quel est l’écart entre les places prévues et le nombre de prisonniers ?').text).toMatch(/2,987/);
			expect(text('what is the gap between the places and the prisoners?').text).toMatch(/2,987/);
		});

		it('reads an aside in brackets that only rules out another kind as asking nothing', () => {
			expect(text('which news outlets (not the rights group) reported on the prison?').text).toMatch(
				/AyiboPost[\s\S]*Gazette Haiti|Gazette Haiti[\s\S]*AyiboPost/,
			);
		});

		it('reads no number in a Discord mention after the question', () => {
			expect(
				text('which human rights organisation supplied the February 2023 prisoner count? <@998877665544332211>').text,
			).toMatch(/RNDDH/);
		});

		it('reads "the last time" and "last" before a verb as the latest the report tells', () => {
			expect(text('when was the last time rnddh counted the prisoners?').text).toMatch(/February 2023/);
		});

		it('takes a share of "the people" as of the figure that counts people, whatever words come between', () => {
			expect(text('what percent of the folks locked up there had a place of their own?').text).toMatch(/^\s*About 19%/);
			expect(text('quel pourcentage environ des prisonniers étaient de trop ?').text).toMatch(/^\s*About 81%/);
		});

		it('supposes nothing where an "if" only restates the report’s own figures', () => {
			expect(text('if the lockup is for 700 and had 3,687, how many prisoners were there too many?').text).toMatch(
				/2,987/,
			);
		});

		it('reads a word of chat before the bot addressed as no part of the question', () => {
			expect(text('diache bot who sanctioned Barbecue??').text).toMatch(/U\.N\. and the U\.S\./);
		});

		it('splits "separate A from B" at "from", whatever "and" the first event has', () => {
			expect(
				text(
					'how many years separate the RNDDH warning about overcrowding and understaffing from the year homicides more than doubled?',
				).text,
			).toMatch(/^\s*6 years/);
		});

		it('reads "name both things…" as asking which things', () => {
			expect(text('name both things the gunmen disrupted at the harbour').text).toMatch(/traffic/);
		});

		it('names none of the people a report only describes, whatever word for them is asked, after "can you give me"', () => {
			const answer = text('could you give me the names of the hardened convicts held in the Pénitencier?');
			expect(answer.found).toBe(false);
			expect(answer.text).toMatch(/doesn’t name the convicts/);
		});

		it('reads "gave the go for" as the go-ahead', () => {
			expect(text('who gave the go for the foreign force?').text).toMatch(/Security Council/);
		});

		it('lists the figures each source named gives, in the order asked', () => {
			const answer = text('what numbers come from the UN, and which from RNDDH?');
			expect(answer.text).toMatch(/^\s*United Nations: 1 figure; RNDDH: 2 figures/);
			expect(answer.text).toMatch(/homicides[\s\S]*700 places[\s\S]*3,687/);
			expect(text('what data did RNDDH supply?').text).toMatch(/^\s*RNDDH: 2 figures/);
		});

		it('splits a Kreyòl question that opens on "ki" and a noun from the one after ", e"', () => {
			const answer = text('Ki kapasite penitansye a, e konbyen moun ki te ladan l?');
			expect(answer.text).toMatch(/700 places/);
			expect(answer.text).toMatch(/3,687/);
		});

		it('reads a tenure asked from its start, and "since when" after "how long", as one span', () => {
			expect(text('how long’s the PM been in charge then, since when roughly').text).toMatch(/since 2021/);
			expect(
				text('how many years between the beginning of Henry’s time in office and the doubling of murders?').text,
			).toMatch(/^\s*2 years/);
		});

		it('reads a British "ta" after the question mark as thanks, not as part of what is asked', () => {
			const answer = text("what's the prison's nominal capacity vs the actual inmate count RNDDH gave? ta");
			expect(answer.text).toMatch(/700 places/);
			expect(answer.text).toMatch(/3,687/);
		});

		it('answers a second question opening on a preposition and its question word: "…, and against what capacity?"', () => {
			const answer = text('what was the inmate count in feb 2023, and against what nominal capacity?');
			expect(answer.text).toMatch(/3,687/);
			expect(answer.text).toMatch(/700 places/);
		});

		it('reads "any clarity as to when" as whether it is known, said with the part it answers', () => {
			const answer = text('did the UN approve the force, and is there any clarity as to when it will deploy?');
			expect(answer.text).toMatch(/^\s*Is there any clarity as to when it will deploy\? No\./);
			expect(answer.text).toMatch(/green light[\s\S]*remains unclear/);
		});

		it('reads a name asked of "them" after people only described as asking their names, which the report never gives', () => {
			const answer = text('Who were the people that murdered the president, the names of those?');
			expect(answer.found).toBe(false);
			expect(answer.text).not.toMatch(/Sergier|Ariel Henry/);
		});

		it('finds no one who did a deed to the one a title names: "who murdered the president?"', () => {
			expect(text('who killed the president?').found).toBe(false);
			expect(text('who was the president that got killed?').text).toMatch(/Jovenel Moïse was assassinated/);
		});

		it('reads a body named before a part of it as saying whose part it is: "the HNP unions"', () => {
			expect(text('how many HNP unions called for help?').text).toMatch(/\bTwo of .* police unions/);
		});

		it('reads a body a fact ties to the one after it as saying which one: "the kenya force"', () => {
			expect(text('did the UN okay the kenya force?').text).toMatch(/gave the green light/);
		});

		it('counts the topic a "how many" with nothing after it is asked of: "police unions - how many?"', () => {
			expect(text('police unions - how many?').text).toMatch(/\bTwo of .* police unions/);
			expect(text('hnp unions, how many of em').text).toMatch(/\bTwo of .* police unions/);
		});

		it('asks each of two questions after a label of what they ask about: "X - how many + which?"', () => {
			expect(text('Sergier sanctions - how many authorities + which?').text).toMatch(
				/2: United Nations and United States/,
			);
			expect(text('crisis dimensions - how many, which ones?').text).toMatch(/4: security, humanitarian/);
		});

		it('reads "for which reason" as asking why, not as one of two events said to happen at the same time', () => {
			expect(text('For which reason were some inmates reluctant to break out all at the same time?').text).toMatch(
				/crossfire/,
			);
		});

		it('reads a question word chat spells its own way as asking, not as a statement put up to check: "wetin"', () => {
			const answer = text('wetin the gangs threaten to do next?');
			expect(answer.text).not.toMatch(/^Yes/);
			expect(answer.text).toMatch(/Gangs threatened to attack more police stations/);
			expect(text('which country wan lead the force?').text).toMatch(/Kenya offered to lead/);
		});

		it('reads a reaction "about what happened" somewhere as a reaction to the events, whatever their place', () => {
			expect(text('Did the authorities put out any official reaction about what happened at the prison?').text).toMatch(
				/has not commented/,
			);
		});

		it('reads an adverb the data has as its adjective ("formerly": "former"), and serving in a body as being in it', () => {
			expect(text('who formerly served in the police?').text).toMatch(/former policeman/);
		});

		it('answers yes or no to a noun for someone said with no article, as Kreyòl and chat say what one was', () => {
			expect(text('was Sergier police before?').text).toMatch(/^Yes\b[\s\S]*former policeman/);
			expect(text('Eske Sergier te polis anvan?').text).toMatch(/^Yes\b[\s\S]*former policeman/);
		});

		it('reads a French noun with its adjective after it as the noun asked for: "le parcours professionnel"', () => {
			expect(text('Quel est le parcours professionnel de Sergier ?').text).toMatch(/former policeman/);
		});

		it('reads an intent before a deed ("proposed to", "disposed to") as saying only that it was one', () => {
			expect(text('Which nation proposed to head the mission?').text).toMatch(/Kenya offered to lead/);
		});

		it('reads "c’est bien la date du rapport ?", "is that the right date?" as putting a statement up to be checked', () => {
			expect(text('Moïse tué le 7 juillet 2021 — c’est bien la date du rapport ?').text).toMatch(/^Yes\b/);
			expect(text('Moise killed July 7 2022, is that the right date?').text).toMatch(/^No\b[\s\S]*July 7, 2021/);
		});

		it('reads a number asked for after a label as asked, not as a statement of the label’s year to deny', () => {
			const answer = text('homicides in 2022 — raw number before they doubled?');
			expect(answer.found).toBe(false);
			expect(answer.text).not.toMatch(/^No\b/);
		});

		it('answers who is held with who the report says they are, not with a count of them and who counted', () => {
			const answer = text('who is held in the prison besides regular inmates?');
			expect(answer.text).toMatch(/alleged perpetrators/);
			expect(answer.text).not.toMatch(/3,687/);
		});

		it('reads a verb the data lacks before "that" and what was said, related to a verb of saying, as saying it', () => {
			expect(text('who defended that security must be restored before elections?').text).toMatch(/Ariel Henry/);
			expect(text('who keeps saying security has to get fixed before any vote?').text).toMatch(/Ariel Henry/);
		});

		it('reads what the asker says of themself after a comma in Kreyòl or French as no part of the question', () => {
			expect(text('who warned that the attacks would escalate, mwen bezwen konnen').text).toMatch(/Jimmy Sergier/);
		});

		it('reads "angle" as saying nothing of what is asked: "crossfire angle, whose sources?"', () => {
			expect(text('Crossfire angle, whose sources?').text).toMatch(/^\s*Reuters sources/);
		});

		it('reads "where does the number of … come from?" as asking whose figure it is', () => {
			expect(text('where does the number of 700 places come from?').text).toMatch(/according to .* RNDDH/);
		});

		it('reads an attribution before a colon as no part of what is asked: "which came first, per the report: A or B?"', () => {
			expect(
				text(
					"Which came first, according to the article: the gunmen's try at seizing the port, or the siege of the prison?",
				).text,
			).toMatch(/^\s*“the gunmen try at seizing the port” came first/);
		});

		it('reads examples of a kind in brackets as the kind asked: "journaux (quotidiens, hebdos, sites)"', () => {
			expect(text('Combien de journaux (quotidiens, hebdos, sites) le rapport cite-t-il ?').text).toMatch(
				/3 news outlets: AyiboPost, Gazette Haiti, Reuters/,
			);
		});

		it('lists every source where groups are asked for with the outlets, and the outlets where they are set aside', () => {
			expect(text('every news outlet n group the article quotes?').text).toMatch(/5 sources: .*RNDDH/);
			expect(text('Media outlets only: which ones does the report cite?').text).toMatch(
				/^The report names 3 news outlets/,
			);
		});

		it('asks a second question chat opens on "r" or "y didnt", or on "any" and a noun after a question mark', () => {
			const killed = text('when was moise killed + r the suspects held in the pen rn?').text;
			expect(killed).toMatch(/July 7, 2021/);
			expect(killed).toMatch(/alleged perpetrators/);
			const stayed = text('henry in power since wen, and y didnt he step down in feb').text;
			expect(stayed).toMatch(/since 2021/);
			expect(stayed).toMatch(/security must be restored/);
			const force = text("unsc ok'd the force wen? any deploy timeline").text;
			expect(force).toMatch(/Last October/);
			expect(force).toMatch(/remains unclear/);
		});

		it('reads the timeline of one deed as when it is to happen: "any deploy timeline for the force?"', () => {
			expect(text('any deploy timeline for the intl force?').text).toMatch(/remains unclear/);
		});

		it('reads a participle before a preposition as the verb, not as part of a name: "the UN okayed for the force when?"', () => {
			expect(text('the UN okayed for the foreign force when exactly?').text).toMatch(/Last October/);
		});

		it('reads talking as speaking: "govt talk anything about the attack?" asks whether it said anything', () => {
			expect(text('govt talk anything about the attack?').text).toMatch(/^No, not as far as the report says/);
		});

		it('says the report names no group it only describes, whatever clause says which one', () => {
			expect(text('what is the name of the gang alliance whose head announced the attacks?')).toMatchObject({
				found: false,
				text: /doesn’t name them: it says only “alliance of criminal organizations”/,
			});
		});

		it('answers what is asked of the report as a text from its metadata, never from its facts', () => {
			expect(text('who is the author of the report?')).toMatchObject({ found: false, text: /no byline/ });
			expect(text('when was the article published?')).toMatchObject({ found: false, text: /carries no date/ });
		});

		it('reads chat’s excuse for asking and whom a message is addressed to as no part of the question', () => {
			expect(text('which country leads the intl force, asking for a friend at NORTHCOM').text).toMatch(/Kenya offered/);
			expect(text('Sister, how many inmates were in the prison?').text).toMatch(/3,687 inmates/);
		});

		it('asks each of two measures set against each other with no question word, of the label before them', () => {
			const sides = text('the pen: rated capacity vs actual population?').text;
			expect(sides).toMatch(/700 places/);
			expect(sides).toMatch(/3,687 inmates/);
			const counted = text('design cap vs actual pax at the prison?').text;
			expect(counted).toMatch(/700 places/);
			expect(counted).toMatch(/3,687 inmates/);
		});

		it('reads "#" standing alone as "number", and "the prob" as the problem', () => {
			expect(text('exact # of inmates in the prison in feb 23?').text).toMatch(/3,687 inmates/);
			expect(text('rnddh 2017 warning - wat was the prob').text).toMatch(/overcrowding and understaffing/);
		});

		it('reads "oui ou non", "yes or no" with whose word it is after them as asking yes or no of all before', () => {
			expect(
				text('Henry took power the same year Moïse was killed — oui ou non, according to the report?').text,
			).toMatch(/^Yes: both in 2021/);
		});

		it('reads a question word alone after a dash as asking it of what comes before', () => {
			expect(text('Henry est resté au pouvoir après février - pourquoi ?').text).toMatch(
				/^\s*Ariel Henry stayed on, arguing/,
			);
		});

		it('names who said something by every name the report gives them, where a sentence after asks for them', () => {
			expect(
				text('Who warned parents to keep kids home from school? Please give me the real name and the nickname.').text,
			).toMatch(/^Jimmy Sergier, known as “Barbecue”/);
		});

		it('reads "according the" as "according to the"', () => {
			expect(text('the homicides in 2023 rose how much, according the UN?').text).toMatch(/more than doubled/);
		});

		it('reads a question asked before a statement tagged "no" as asked, not the statement as put up to check', () => {
			expect(text('henry stayed on why?? he was meant to go in feb no').text).toMatch(
				/^\s*Ariel Henry stayed on, arguing/,
			);
		});

		it('reads the part one plays as one’s role, and "all this business" as chat', () => {
			expect(text('what part does Kenya play?').text).toMatch(/Kenya offered to lead/);
			expect(text('the UN, what is their part in all this business?').found).toBe(true);
		});

		it('reads whom a message is addressed to at its end as no part of it, and chat’s "bak in 2017" as "in 2017"', () => {
			expect(text('how many inmates were in the prison, sister?').text).toMatch(/3,687 inmates/);
			expect(text('Brethren, what did RNDDH warn abt bak in 2017').text).toMatch(/overcrowding and understaffing/);
		});

		it('keeps a subject taken up by its pronoun before its verb where a question word asks: "the prison, it was built for how many?"', () => {
			const built = text('The main jail in the capital, it was designed to hold how many people?');
			expect(built.text).toMatch(/700 places/);
			expect(built.text).not.toMatch(/^\s*Yes/);
		});

		it('takes no French support verb for the fact a keyword phrase of it names: "a mis des sanctions" is no "mis en garde"', () => {
			expect(text('Qui a mis des sanctions contre Sergier ?').text).toMatch(/sanctioned by the U\.N\. and the U\.S\./);
		});

		it('answers when someone spoke with their silence, where the report says they have not: "when did the authorities comment…"', () => {
			const when = text('When did the Haitian authorities put out a statement on the jailbreak?');
			expect(when.found).toBe(true);
			expect(when.text).toMatch(/has not commented/);
			expect(text('Kilè otorite yo te pale sou sa ki pase nan prizon an?').text).toMatch(/has not commented/);
		});

		it('asks for another holder of a title where the one named no longer holds it: "…now that Moïse is dead"', () => {
			const now = text('who runs the country as president now that Moïse is dead?');
			expect(now.found).toBe(false);
			expect(now.text).toMatch(/^\s*The report doesn’t say who/);
		});

		it('names no one for a kind of person the data has no word for, only related ones: "which prosecutor…"', () => {
			const asked = text('Which prosecutor is handling the case of Moïse’s killing?');
			expect(asked.found).toBe(false);
			expect(asked.text).toMatch(/names no prosecutor/);
			expect(text('which gang leader used to be a cop?').text).toMatch(/Jimmy Sergier/);
			// (A kind of person the data has nothing like may be anyone's: "stakeholder".)
			expect(text('Which stakeholder has so far declined to comment on the prison?').text).not.toMatch(/names no/);
			// (A person's noun before another noun only qualifies it.)
			expect(text('what professional background did Barbecue have?').text).toMatch(/former policeman/);
		});

		it('works out no share of a part of the inmates told in words the data has nothing like', () => {
			const remand = text('what percent of inmates are still in pretrial custody');
			expect(remand.found).toBe(false);
			expect(remand.text).not.toMatch(/\d+%/);
			expect(text('what percentage of the inmates had a place to sleep?').text).toMatch(/^\s*About 19%/);
		});

		it('answers no whole asked of a land with a count the report says is unclear: "most of haiti" is no number of inmates', () => {
			const land = text('do gangs run most of haiti these days');
			expect(land.text).not.toMatch(/^\s*Not as far as the report says/);
			expect(text('did most of the prisoners get out?').text).toMatch(
				/^\s*Not as far as the report says[\s\S]*not clear how many/,
			);
		});

		it('takes whom the asker addresses after a mention for no one asked of: "<@…> boss, which year…"', () => {
			expect(text('<@445566> boss, what year RNDDH first raise the alarm?').text).toMatch(/^\s*In 2017 RNDDH/);
		});

		it('reads on past an emoji before a conjunction, and takes no mention’s digits for a figure told', () => {
			const both = text(
				'<@998877665544332211> so RNDDH tallied how many prisoners in feb 2023 🤔 and for how many places?',
			);
			expect(both.text).toMatch(/3,687 inmates/);
			expect(both.text).toMatch(/700 places/);
		});

		it('splits a French question whose second part puts its question word after the verbs: "…, et il devait partir quand"', () => {
			const answer = text('Depuis quelle année Henry gouverne, et il devait partir quand selon l’accord ?').text;
			expect(answer).toMatch(/since 2021/);
			expect(answer).toMatch(/February 7/);
		});

		it('asks a question after a condition’s question apart: "If it was built for 700…, how many over? And how many times…?"', () => {
			const answer = text(
				'If the jail was built for 700 and held 3,687 in Feb 2023, how many inmates were over capacity? And that is how many times the capacity?',
			).text;
			expect(answer).toMatch(/2,987/);
			expect(answer).toMatch(/5\.27 times/);
		});

		it('counts those without a place as those beyond it: "how many people have no place in there?"', () => {
			expect(text('so how many people have no place in there at all?').text).toMatch(/2,987 more inmates/);
		});

		it('asks a later part alone where asked of what the first part names it finds only the first part’s fact again', () => {
			const answer = text('le conseil de sécurité a approuvé quoi en octobre ? et c pour quand le déploiement').text;
			expect(answer).toMatch(/green light/);
			expect(answer).toMatch(/remains unclear when/);
		});

		it('checks no figure a question offers as one of two it asks between: "the 700 figure — is that X or how many Y?"', () => {
			const which = text(
				'ok wait, the 700 number — is that how many ppl are IN the jail or how many it was built for?? m pa konprann',
			);
			expect(which.text).not.toMatch(/^\s*Yes/);
			expect(which.text).toMatch(/700 (?:places|is its count of places)/);
		});

		it('gives a number the report does give, of something else, as what it is', () => {
			const which = text('the 3,687 number, is that how many escaped or how many were in there?');
			expect(which.text).not.toMatch(/gives no number/);
			expect(which.text).toMatch(/held 3,687 inmates/);
		});

		it('reads no apology for a ping as told, past the ping itself: "@everyone Apologies for the ping. Which…?"', () => {
			expect(
				text(
					'@everyone Apologies for the mass ping. Does the report specify which authorities have sanctioned Sergier?',
				).text,
			).toMatch(/sanctioned by the U\.N\. and the U\.S\./);
		});

		it('reads a thing that is no saying, attributed to someone, as what the report says they had', () => {
			const job = text('What earlier profession does the article attribute to Sergier?').text;
			expect(job).toMatch(/former policeman/);
			expect(job).not.toMatch(/^\s*Jimmy Sergier warned/);
		});

		it('asks a full name of whoever "who" asks for, not of a name the question says', () => {
			const who = text('Vowed that attacks to bring down the Henri government would escalate: who, full name?').text;
			expect(who).not.toMatch(/spell out/);
			expect(text('who is RNDDH, full name?').text).not.toMatch(/^\s*Jimmy/);
		});

		it('reads a count or date noun heading a question with no question word as what it asks: "troop number Kenya put forward?"', () => {
			const troops = text('Troop number Kenya put forward for the force?');
			expect(troops.found).toBe(false);
			expect(troops.text).toMatch(/doesn’t say how many/);
		});

		it('takes what the asker will put the answer in, or its shape, for no part of the question', () => {
			expect(text('exact date of the Moïse killing for our timeline graphic, dd/mm/yyyy').text).toMatch(/July 7, 2021/);
			expect(text('what did RNDDH count in feb 2023? one line please').text).toMatch(/3,687 inmates/);
		});

		it('reads a reason’s noun opening a question as why: "rationale the PM gave for…"', () => {
			expect(text('Rationale the prime minister gave for staying past his exit date?').text).toMatch(
				/security must be restored/,
			);
		});

		it('reads "attribution" asked of a statement as who said it', () => {
			expect(text('Guards walking off from the prison: what attribution?').text).toMatch(/AyiboPost/);
		});

		it('takes a body named before a count for whose count it is: "RNDDH headcount?"', () => {
			expect(text('the RNDDH headcount?').text).toMatch(/3,687 inmates/);
			expect(text('how many prisons in haiti?').found).toBe(false);
		});

		it('gives the planned date of a deed named with no verb that tells it done: "Henry’s hand-over date?"', () => {
			expect(text('Ariel Henry’s hand-over date?').text).toMatch(/February 7/);
			expect(text('when did Henry finally step down?').found).toBe(false);
		});

		it('checks a statement tagged "accurate per the report?", past its quote marks', () => {
			const answer = text("Fact check: 'The US sanctioned Barbecue but the UN didn't.' Accurate per the report?").text;
			expect(answer).toMatch(/^\s*No\b/);
			expect(answer).not.toMatch(/doesn’t mention/);
		});

		it('reads a noun’s "’s" before where it stands as "is": "the jail’s in PAP right?"', () => {
			expect(text('the jail’s in PAP right?').text).toMatch(/^\s*Yes, in Port-au-Prince/);
		});

		it('reads no English word through a French or Creole keyword it only looks like: "paying" is not "pays"', () => {
			expect(text('who is paying for the Kenyan-led force?').found).toBe(false);
			expect(text('pays le plus pauvre?').text).toMatch(/poorest country/);
		});

		it('answers "how long has X been doing…" with when the report dates its start, saying no more is told', () => {
			const answer = text('how long has RNDDH been sounding the alarm over overcrowding?');
			expect(answer.found).toBe(true);
			expect(answer.text).toMatch(/not whether it went on[\s\S]*In 2017 RNDDH warned/);
		});

		it('reads "what have…" with its auxiliary as no kind of person asked for', () => {
			expect(text('what have the gangs threatened to do to police stations').text).toMatch(
				/^\s*Gangs threatened to attack/,
			);
		});

		it('answers "how long has X been doing…, and what else…" as two questions', () => {
			const answer = text('how long has RNDDH been flagging the overcrowding, and what other problem did they raise?');
			expect(answer.found).toBe(true);
			expect(answer.text).toMatch(/In 2017 RNDDH warned/);
		});

		it('shows whose figures a derived one is worked out from, beside its arithmetic', () => {
			expect(answerText(engine.ask('how many more inmates than places were there?'))).toMatch(
				/Arithmetic: 3,687 − 700 = 2,987 \(both figures per RNDDH\)/,
			);
			// (Asked whose they are after the sum: the sum, with whose figures it rests on.)
			expect(
				answerText(engine.ask('by how much did the inmates outnumber the places, and according to which group?')),
			).toMatch(/2,987[\s\S]*per RNDDH/);
		});

		it('reads a topic set before a question as what "it" stands for in a clause the question opens', () => {
			const answer = text('the UN-approved mission — has anybody said when it will actually land?');
			expect(answer.text).toMatch(/^\s*It remains unclear when the international force/);
		});

		it('dates a deed told in a participle after its noun ("a deal struck in…") by its own date, not the fact’s', () => {
			expect(text('when was the deal under which Henry was to leave office struck?').text).toMatch(
				/^\s*A deal struck in December 2022/,
			);
			expect(text("quand a été conclu l'accord en vertu duquel Henry devait quitter le pouvoir ?").text).toMatch(
				/^\s*A deal struck in December 2022/,
			);
		});

		it('reads politeness around a question: "kindly", "sir." after a greeting, "je vous prie"', () => {
			expect(text('Good evening sir 🙏 kindly, what is the capacity of the said prison?').text).toMatch(/700 places/);
			expect(text('Quel est le surnom de Jimmy Sergier, je vous prie ?').text).toMatch(/Barbecue/);
		});

		it('reads "is it true or not that…" as a statement put up to be checked', () => {
			expect(text('is it true or not that Moise was killed in 2022?').text).toMatch(
				/^\s*No: the report dates this to July 7, 2021/,
			);
			expect(text('Is it true or not that Kenya offered to lead the force?').text).toMatch(/^\s*Yes\b/);
		});

		it('reads "a small one" as a kind of thing, no count of one', () => {
			expect(text('was the jail they besieged a small one or the largest in the country?').text).not.toMatch(
				/^\s*No\b/,
			);
			expect(text('was the jail they hit a small one?').text).not.toMatch(/^\s*No: the report gives 700/);
		});

		it('reads "on the authority of which…", "on whose authority" as asking who said it', () => {
			expect(text('on the authority of which news outlet was it said that guards left the prison?').text).toMatch(
				/AyiboPost/,
			);
		});

		it('answers "since when" of a country only from a fact that tells what is asked in its own words', () => {
			expect(text('since when has haiti been a republic?').found).toBe(false);
			expect(text('since when has haiti been in crisis?').text).toMatch(/assassination/);
		});

		it('answers both counts set side by side: "how many inmates for how many places", "combien de… pour combien de…"', () => {
			for (const question of [
				'the national penitentiary: how many inmates for how many places?',
				'Chers auditeurs, le pénitencier, c’est combien de détenus pour combien de places ?',
			]) {
				const answer = text(question).text;
				expect(answer).toMatch(/3,687 inmates/);
				expect(answer).toMatch(/700 places/);
			}
		});

		it('reads Kreyòl "konbyen lane" as how many years between two events', () => {
			expect(text('konbyen lane separe lanmò Jovenel ak ane omisid yo double a?').text).toMatch(/^\s*About 2 years/);
		});

		it('keeps a timeline to the years a message lists, and reads what kind of timeline is wanted as no topic', () => {
			for (const question of [
				'what happened in 2021, 2022 and 2023?',
				'fe yon ti tanlign: sa k te pase an 2021, 2022, 2023',
			]) {
				const answer = text(question).text;
				expect(answer).toMatch(/Moïse was assassinated/);
				expect(answer).toMatch(/homicides/);
			}
		});

		it('reads Kreyòl words for a command, a nation and being locked up', () => {
			expect(text('Ki nasyon ki te pwopoze pran komandman fòs etranje a?').text).toMatch(/^\s*Kenya offered to lead/);
		});

		it('answers who has made no comment, however the comment is made ("made any comment", "fè okenn kòmantè")', () => {
			for (const question of [
				'who has not yet made any comment about the prison?',
				'Kiyes ki poko fè okenn kòmantè sou sa k pase nan prizon an?',
			])
				expect(text(question).text).toMatch(/government has not commented/);
		});

		it('answers a capacity asked with a vague verb ("how many people was it made for") with the capacity', () => {
			expect(text('how many people was that prison made for').text).toMatch(
				/^\s*The Pénitencier National has a nominal capacity of 700/,
			);
		});

		it('reads "does the report furnish us with a figure…" as whether it gives one', () => {
			expect(text('Does the report furnish us with a precise number of inmates released?').text).toMatch(
				/^\s*No: the report gives no number for it/,
			);
		});

		it('answers an attribute the fact has inside a longer word ("the dimensions" of a "multidimensional" crisis)', () => {
			for (const question of [
				'what are the dimensions of the crisis',
				'quelles dimensions de la crise sont mentionnées ?',
				'Crise multidimensionnelle - quelles dimensions citées ?',
			])
				expect(text(question).text).toMatch(/multidimensional crisis — security, humanitarian/);
			expect(text('what are the coordinates of the prison').found).toBe(false);
		});

		it('reads "even" that only stresses as asking nothing, and keeps "even more"', () => {
			expect(text('wat city is the pen even in').text).toMatch(/^\s*The Pénitencier National is in Haiti’s capital/);
			expect(text('did the crisis deepen even more after the assassination?').text).toMatch(/multidimensional crisis/);
		});

		it('divides a count per unit the right way round, whatever adverbs and adjectives stand between', () => {
			expect(
				answerText(
					engine.ask(
						'How many inmates were there, roughly, for each available place in the Pénitencier National in February 2023?',
					),
				),
			).toMatch(/5\.27 times/);
		});

		it('reads "if you would be so kind as to work it out" as courtesy that asks nothing', () => {
			expect(
				answerText(
					engine.ask(
						'By what percentage, if you would be so kind as to work it out, did the inmate population exceed the prison’s nominal capacity in February 2023?',
					),
				),
			).toMatch(/426\.7% over it/);
		});

		it('reads "the man called Barbecue" as Barbecue', () => {
			expect(text('Was the man called Barbecue ever a policeman himself, yes or no?').text).toMatch(
				/^\s*Yes\b[\s\S]*former policeman/,
			);
		});

		it('reads "how much" before a plural that counts as "how many", and a closing "tho" as chat', () => {
			expect(text('how much years between rnddh warning about overcrowding and moise getting killed?').text).toMatch(
				/^\s*About 4 years/,
			);
			expect(text('how much ppl the pen was build for tho').text).toMatch(/nominal capacity of 700/);
		});

		it('answers a capacity asked with the built verb before what was built ("did they build the prison for")', () => {
			expect(text('how many inmates did they build the prison for').text).toMatch(
				/^\s*The Pénitencier National has a nominal capacity of 700/,
			);
		});

		it('says the report names no thing it gives no name, however the name is asked ("officially called", "how is called")', () => {
			for (const question of [
				'what was the December 2022 deal officially called?',
				'what is the name of the December 2022 deal?',
				'how was the deal called?',
			]) {
				const reply = text(question);
				expect(reply.found).toBe(false);
				expect(reply.text).toMatch(/^\s*The report doesn’t name the deal/);
			}
			expect(text('How is called the gang alliance of Barbecue?').text).toMatch(/^\s*The report doesn’t name them/);
			expect(text('how is the prison called?').text).toMatch(/Pénitencier National/);
		});

		it('reads Kreyòl "vin" as "became" before what one became, and as coming to do it before a verb', () => {
			expect(text('ki lane Jovenel Moise te vin prezidan?').found).toBe(false);
			expect(text('ki jou gang yo te vin atake prizon an').text).toMatch(/Saturday night/);
		});

		it('says the report names no other prison, however the others are asked ("were other prisons attacked?", "other detention facilities")', () => {
			for (const question of [
				'were other prisons attacked?',
				'any other detention facilities hit besides the Pénitencier?',
			]) {
				const reply = text(question);
				expect(reply.found).toBe(false);
				expect(reply.text).toMatch(/^\s*The report doesn’t name another prison/);
			}
		});

		it('reads a cleft ("what day was it them hoodlums went after…") as the question its clause asks', () => {
			expect(text('what day was it them hoodlums went after the big prison, was it on the weekend').text).toMatch(
				/^\s*Armed groups laid siege[\s\S]*Saturday night/,
			);
			expect(text('who was it that said the guards abandoned the prison?').text).toMatch(/AyiboPost/);
		});

		it('reads a Kreyòl vocative ("frè m") as no part of the question, chat’s "killins" and "smack in"', () => {
			expect(text('Bonswa frè m, souple, pou konbyen prizonye yo te bati Penitansye Nasyonal la?').text).toMatch(
				/nominal capacity of 700/,
			);
			expect(text('whats the UN say bout killins down there in 2023, gone up much?').text).toMatch(/more than doubled/);
			expect(text('whereabouts is that big penitentiary anyhow, smack in the capital?').text).toMatch(
				/^\s*The Pénitencier National is in Haiti’s capital/,
			);
		});

		it('reads publishing, printing and posting as saying ("which website publish that…")', () => {
			expect(text('Which website publish that the policemen leave the prison alone?').text).toMatch(/AyiboPost/);
			expect(text('Which media publish that a large quantity of prisoners were liberated?').text).toMatch(
				/Gazette Haiti/,
			);
		});

		it('puts events in order when asked with chat’s "chrono order" or "their proper order"', () => {
			for (const question of [
				'chrono order pls: RNDDH overcrowding warning, Moise hit, handover deal, RNDDH headcount',
				'Kindly set these three in their proper order: the deal, the assassination of President Moïse, and the Security Council’s green light.',
			])
				expect(engine.ask(question).kind).toBe('timeline');
			expect(text('in what order did the port attack and the prison siege happen?').text).toMatch(
				/^\s*“the port attack” came first, then “the prison siege”\./,
			);
		});

		it('answers what a source published with the fact it is credited with, whatever its verb of saying', () => {
			expect(
				text('Dans quelle édition la Gazette Haïti a-t-elle publié son information sur les détenus libérés ?').text,
			).toMatch(/digital edition/);
		});

		it('leaves a question put after two events out of the second ("…? how many years of difference?")', () => {
			expect(
				text(
					'The warning of RNDDH about the overcrowd was before or after the assassination of Moïse? how many years of difference?',
				).text,
			).toMatch(/^\s*Before\. “the warning of rnddh about the overcrowd” \(2017\) came first[\s\S]*about 4 years/);
		});

		it('reads "never heard of it" as no part of the question', () => {
			expect(engine.ask('wat is rnddh anyway lol, never hear of it').kind).toBe('entity');
		});

		it('reads "years from X to the year Y happened?" as how long between, not a statement to check', () => {
			expect(text('yrs from Moise hit to the yr homicides doubled?').text).toMatch(/^\s*About 2 years/);
		});

		it('counts a plural set before a colon, then asked "how many" with a verb ("police unions: how many called…")', () => {
			for (const question of [
				'police unions: how many called for help?',
				'syndicats de police : combien ont lancé l’appel à l’aide ?',
			])
				expect(text(question).text).toMatch(/^\s*Two of Haiti’s main police unions/);
		});

		it('reads a verb of going beyond before a figure as a bound ("did the rate exceed 500%", "top 500%")', () => {
			for (const question of ['Did the occupancy rate exceed 500% in February 2023?', 'did occupancy top 500%?'])
				expect(text(question).text).toMatch(/^\s*Yes\b/);
			expect(text('Did the occupancy rate exceed 600% in February 2023?').text).toMatch(/^\s*No\b/);
		});

		it('reads the kinds an asker offers as guesses after "what sort of…" as asking nothing more', () => {
			expect(engine.ask('What sort of outfit is this RNDDH — a government office, a newspaper, or what?').kind).toBe(
				'entity',
			);
		});

		it('answers what a source said "about how many" with what it said, and reads Caribbean "who keep", "steups"', () => {
			expect(text('wha’ Gazette Haiti say bout how many prisoners get free?').text).toMatch(/“large” number/);
			expect(text('who keep arguing security gotta come first before free and fair elections?').text).toMatch(
				/^\s*Ariel Henry stayed on, arguing/,
			);
			expect(text('@everyone steups wha happen wit de police dat was guarding de jail').text).toMatch(/abandoned it/);
		});

		it('answers one source of a kind asked of the report itself ("which newspaper does the article cite?") with those it cites', () => {
			for (const question of ['which newspaper does the article cite?', 'what news agency is quoted?'])
				expect(text(question).text).toMatch(/^\s*The report names 3 news outlets/);
		});

		it('lists the dimensions of the crisis asked in Kreyòl ("bay tout dimansyon kriz la, fè yon lis")', () => {
			expect(text('bay tout dimansyon kriz la atik la site, fe yon lis').text).toMatch(
				/security, humanitarian, public health, political/,
			);
		});

		it('reads a "y/n" tag with more asked after it ("? y/n + margin") as asking yes or no', () => {
			expect(text('pen over rated cap as of Feb 23? y/n + margin').text).toMatch(
				/^\s*Yes: it was over capacity[\s\S]*527%/,
			);
		});

		it('answers the aspects or facets of the crisis as its kinds', () => {
			for (const question of ['what aspects does the crisis cover?', 'Quels aspects couvre la crise en Haïti ?'])
				expect(text(question).text).toMatch(/security, humanitarian, public health, political/);
		});

		it('asks the question after a supposition that is only what the report tells ("If the siege was Saturday night, what day…")', () => {
			expect(text('If the prison siege was Saturday night, what day was the port attack?').text).toMatch(
				/^\s*The day before Friday, gunmen/,
			);
			// A supposition the report does not bear out is no ground to answer from.
			expect(text('if the siege was on a Monday, what day was the port attack?').found).toBe(false);
		});

		it('reads Kreyòl "ki" after a noun as opening a relative clause ("akò ki te di…", the deal that said…)', () => {
			expect(text('Kilè yo te fè akò ki te di Henry dwe remèt pouvwa a?').text).toMatch(
				/^\s*A deal struck in December 2022/,
			);
			expect(text('Ki kapasite ofisyèl Penitansye Nasyonal la?').text).toMatch(/nominal capacity of 700 places/);
			// And after the noun a message opens on, with its question asked later.
			expect(text('prizon ki atake a se nan ki vil li ye egzakteman??').text).toMatch(/Port-au-Prince/);
		});

		it('confirms a trade said without its article after "used to be" or Kreyòl "te konn"', () => {
			for (const question of ['is it true Barbecue used to be police?', 'Eske Barbecue te konn polisye?'])
				expect(text(question).text).toMatch(/^\s*Yes: .*former policeman/);
		});

		it('reads past an apology before a yes-or-no question ("apologies if this is naive, but is…")', () => {
			expect(
				text('apologies if this is naive, but is the Pénitencier National the biggest prison in Haiti?').text,
			).toMatch(/Haiti’s largest/);
		});

		it('asks "whose" of the thing before it, where it ends the message after a comma ("murders doubling stat, whose numbers?")', () => {
			for (const question of ['murders doubling stat, whose numbers?', 'whose numbers are the murders doubling stat?'])
				expect(text(question).text).toMatch(/^\s*The number of homicides .* according to UN data/);
		});

		it('reads refraining from a deed as not doing it ("which party has refrained from commenting?")', () => {
			expect(text('which party has so far refrained from commenting on the developments?').text).toMatch(
				/^\s*Haiti’s government has not commented/,
			);
		});

		it('reads Kreyòl SMS "kmb" as konbyen, in counts and in how long', () => {
			expect(text('kmb antite ki te sanksyone bbq e kiyes yo ye?').text).toMatch(
				/^\s*2: United Nations and United States/,
			);
			expect(text('kmb tan ki pase ant asasina jovnel la ak ane omisid yo double a?').text).toMatch(
				/^\s*(?:About )?2 years/,
			);
			expect(text('kmb kontene ki te bloke nan po a??').found).toBe(false);
		});

		it('counts the doers asked after "by how many" with no noun ("sanctioned by how many, and which ones?")', () => {
			expect(text('Barbecue is sanctioned by how many, and which ones?').text).toMatch(
				/^\s*2: United Nations and United States/,
			);
		});

		it('reads past "ce fameux" and "the infamous" before a name', () => {
			expect(text('par quelles instances ce fameux « Barbecue » a été frappé de sanctions ?').text).toMatch(
				/sanctioned by the U\.N\. and the U\.S\./,
			);
		});

		it('asks the noun right after Kreyòl "ki", not the subject after it ("ki prizon gang yo te atake?")', () => {
			expect(text('ki prizon gang yo te atake?').text).toMatch(/^\s*Armed groups laid siege to Haiti’s largest prison/);
		});

		it('reads Kreyòl SMS words: "kk" detainees who "prefere" to stay "andan" "olye" escape, what the port attack "deranje"', () => {
			expect(text('sa k fe kk detni te prefere rete andan an olye yo sove??').text).toMatch(/crossfire/);
			expect(text('kisa atak nan gwo po a te deranje?').text).toMatch(/disrupting traffic/);
		});

		it('reads French chat\'s "cb" as combien, in how long as in counts', () => {
			expect(text("cb d'années entre l'alerte de la rnddh sur la surpop et l'assassinat de moise").text).toMatch(
				/^\s*About 4 years/,
			);
			expect(text("henry était au pouvoir depuis cb de temps qd l'accord de dec 2022 a été conclu").text).toMatch(
				/^\s*About 1 year and 5 months/,
			);
		});

		it('reads French "s\'en prendre à" as attacking', () => {
			expect(text("pq les gangs s'en prennent au gouv de henri").text).toMatch(/topple the government/);
		});

		it('answers whether a source reported something by whom the report credits it to', () => {
			expect(text('did ayibopost report the crossfire?').text).toMatch(/^\s*No: the report credits that to Reuters/);
			expect(text('did the UN say homicides doubled?').text).toMatch(/^\s*Yes/);
		});

		it('gives no span between two events for a prison term asked ("how many years of prison did they get?")', () => {
			for (const question of [
				"how many years of prison did Moise's killers get?",
				"Les assassins de Moïse ils ont pris combien d'années de prison?",
			])
				expect(text(question).found).toBe(false);
		});

		it('reads a French verb read in English as no name sharing its stem ("a autorisé" is not the authorities)', () => {
			expect(text('pourquoi le Conseil de sécurité a autorisé la force ?').text).toMatch(/to help the Haitian police/);
		});

		it('asks the noun after an adjective in Kreyòl, not the owner after it ("ki pi gwo prizon peyi a?")', () => {
			expect(text('Ki pi gwo prizon peyi a?').text).toMatch(/Pénitencier National/);
		});

		it('reads a "head count" as a number asked', () => {
			expect(text('what head count did RNDDH give for the pen in feb 2023?').text).toMatch(/3,687 inmates/);
		});

		it('reads past a guess after a question of what something is called or is', () => {
			expect(text('wats the alliance called, viv ansanm?').text).toMatch(/^\s*The report doesn’t name them/);
			for (const question of [
				'what is Gazette Haiti, a newspaper, a radio?',
				'Gazette Haiti se kisa, yon jounal, yon radyo?',
			])
				expect(text(question).text).toMatch(/Gazette Haiti newspaper/);
		});

		it('gives no start for a person from a fact that does not involve them ("since when has Barbecue led the gangs?")', () => {
			expect(text('since when has Barbecue led the gangs?').found).toBe(false);
			expect(text('since when has Henry been in power?').text).toMatch(/since 2021/);
		});

		it('answers where one thing ranks among others with the superlative the report says of it', () => {
			for (const question of [
				"where does the Pénitencier rank among Haiti's prisons?",
				'le pénitencier national occupe quelle place parmi les prisons haïtiennes',
			])
				expect(text(question).text).toMatch(/Haiti’s largest prison/);
			expect(text('where does RNDDH rank among NGOs?').text).toMatch(/^\s*The report gives no rank for it/);
		});

		it('reads "is it the truth, yes or no, that…" as putting a statement up to be checked, and "the Americans" as the U.S.', () => {
			expect(
				text(
					'Is it the truth, yes or no, that Jimmy Sergier was sanctioned by both the United Nations and the Americans?',
				).text,
			).toMatch(/^\s*Yes/);
			expect(text('is it the truth that Moise was killed in 2022?').text).toMatch(
				/^\s*No: the report dates this to July 7, 2021/,
			);
		});

		it('reads a slip in typing an English word ("afair") as that word, not as something the report never speaks of', () => {
			expect(text('did the goverment comment on the prison afair?').text).toMatch(
				/^\s*No, not as far as the report says/,
			);
			const answer = engine.ask('the goverment made any coment on the prison afair or not ??');
			expect([answer.heading, ...answer.notes].join(' ')).not.toMatch(/afair/);
		});

		it('holds a plan said of what the report tells only as offered, then answers the question after it', () => {
			expect(text('kenya suppose to lead dat force rite? wen dey actually coming tho').text).toMatch(
				/^\s*No: the report says only: Kenya offered to lead[\s\S]*unclear when/,
			);
		});

		it('reads "made for how many" as the capacity, and asks it with the count after it', () => {
			const answer = text('the pénitencier was made for how many ppl and how many were there in feb 2023??').text;
			expect(answer).toMatch(/nominal capacity of 700 places/);
			expect(answer).toMatch(/3,687 inmates/);
		});

		it('reads a "callsign" as a nickname, and "quick" before the bot\'s name as chat', () => {
			expect(text('wat callsign does jimmy sergier go by lol').text).toMatch(/Barbecue/);
			expect(text('yo quick sitrep, what city is the pen in?').text).toMatch(/Port-au-Prince/);
		});

		it('splits a French chat question on its short forms of how many ("faite pr combien et ya cb de mecs")', () => {
			const answer = text('la prison elle est faite pr combien et ya cb de mecs dedans en vrai').text;
			expect(answer).toMatch(/nominal capacity of 700 places/);
			expect(answer).toMatch(/3,687 inmates/);
		});

		it('answers with the one fact that tells the order itself, where it has nearly all the question ("ki kalite kriz… apre asasina")', () => {
			expect(text('Ki kalite kriz Ayiti ap travèse apre asasina prezidan an?').text).toMatch(
				/security, humanitarian, public health, political/,
			);
		});

		it('splits a Kreyòl chat question on its short forms ("fet pu kmb moun e kmb ki te ladan l", "A osw B")', () => {
			const answer = text('bro prizon an fet pu kmb moun e kmb ki te ladan l vre??').text;
			expect(answer).toMatch(/nominal capacity of 700 places/);
			expect(answer).toMatch(/3,687 inmates/);
			expect(text('ki sa k te vini an premye: RNDDH te aveti sou prizon an osw yo te touye Jovenel?').text).toMatch(
				/\(2017\) came first/,
			);
		});

		it('answers yes where every party asked is one the report credits with the deed ("sanctioned by both the UN and the US")', () => {
			expect(text('yes or no was barbecue sanctioned by both the un and the us').text).toMatch(/^\s*Yes/);
		});

		it('reads an ampersand or an arrow between two events as "and" ("Moise assassination & the Dec 2022 deal")', () => {
			expect(text('time btw Moise assassination & the Dec 2022 deal - approx how many months?').text).toMatch(
				/17 months/,
			);
			expect(text('moise killing -> the deal: which came first?').text).toMatch(/July 7, 2021\) came first/);
		});

		it('reads a gap "in years" or two events "months apart" as how long between them', () => {
			expect(text('RNDDH 2017 warning to its Feb 2023 count - gap in yrs?').text).toMatch(/About 6 years/);
		});

		it('hears a name typed in lowercase with a slip of its letters ("moyes")', () => {
			expect(text('when was moyes killed').text).toMatch(/July 7, 2021/);
			// (A name of four sounds or more may be a few letters further off: "barbekyou", as Creole spells it.)
			expect(text('who is barbekyou?').text).toMatch(/Jimmy Sergier/);
			// (A word of English that sounds like a name stays a word.)
			expect(text('is the mess getting worse').text).not.toMatch(/Moïse/);
		});

		it('gives no exact number where the report says it is not clear how many, and says what it does say', () => {
			const exact = engine.ask('how many inmates got out exactly');
			expect(exact.found).toBe(false);
			expect(exact.heading).toBe('The report gives no exact number.');
			expect(exact.notes.join(' ')).toMatch(/not clear how many inmates/);
			expect(text('combien de détenus se sont évadés exactement ?').found).toBe(false);
			// (Asked without "exactly", the report's word that it is not clear is the answer.)
			expect(text('how many inmates escaped').found).toBe(true);
			// (Nor does a change with no number give one: "more than doubled in 2023".)
			expect(text("Cb d'homicides exactement en 2023 selon l'ONU?").found).toBe(false);
			expect(text('exactly how many inmates were there in feb 2023?').text).toMatch(/3,687/);
		});

		it("answers who with a verb WordNet links to the fact's, where the fact has every other word asked as its own", () => {
			expect(text('who is pushing for urgent reinforcements in the capital?').text).toMatch(/Police unions called/);
			// (A verb the fact's words do not link to is something else done.)
			expect(text('who blocked the reinforcements?').text).not.toMatch(/Police unions called/);
		});

		it('reads a reason\'s noun before "for" as why, whatever noun ends the question ("pm\'s reason for … exit date")', () => {
			expect(text("pm's reason for overstaying his exit date?").text).toMatch(/security must be restored/);
		});

		it('dates an event asked with a word that only describes it, which the fact words otherwise ("gwo po a")', () => {
			expect(text('ki jou gang yo te eseye pran gwo po a?').text).toMatch(/day before Friday/);
		});

		it('reads Quebec French\'s "-tu" after a verb as yes or no, and its everyday words ("le monde", "du coin", "icitte")', () => {
			expect(text("Barbecue a-tu été sanctionné par l'Union européenne? oui ou non").text).toMatch(
				/^\s*No: the report credits this to United Nations and United States/,
			);
			expect(text("Haïti c'est-tu vraiment le pays le plus pauvre du coin?").text).toMatch(/^\s*Yes/);
			expect(text("le monde en dedans, y'a-tu des suspects de l'assassinat de Moïse?").text).toMatch(
				/alleged perpetrators/,
			);
			expect(text('le monde dans les quartiers icitte entendaient koi la, des tirs?').text).toMatch(/heavy gunfire/);
			// (The second person's "tu" is its subject: "sais-tu qui…" asks who. Beside a question word, it asks that.)
			expect(text('sais-tu qui dirige les gangs?').text).toMatch(/Sergier/);
			expect(text("Henry était où pendant l'attaque, y'était-tu au pays?").found).toBe(false);
		});

		it('reads "est-ce vraiment…" as yes or no, not as "est-ce vrai" and what is left of the word', () => {
			expect(text('est-ce vraiment le pays le plus pauvre?').text).toMatch(/poorest country in the Western Hemisphere/);
		});

		it("orders the events a question lists after a dash or between slashes, past the request's own clauses", () => {
			expect(text('timeline pls: moise killed / henry deal / rnddh headcount — chrono order w/ dates').text).toMatch(
				/July 7, 2021[\s\S]*December 2022[\s\S]*February 2023/,
			);
			expect(
				text(
					"Pou devwa m: mete evènman sa yo an lòd kwonolojik — RNDDH's overcrowding warning, Moise assassination, the deal that set Henry's departure, the RNDDH inmate count. From first to last, avec les dates stp.",
				).text,
			).toMatch(/2017[\s\S]*2021[\s\S]*December 2022[\s\S]*February 2023/);
			expect(
				text(
					"Could the bot set out, in chronological order, the RNDDH's overcrowding warning, the assassination of President Moïse, the agreement on Mr Henry's departure, and the RNDDH inmate count?",
				).text,
			).toMatch(/2017[\s\S]*2021[\s\S]*December 2022[\s\S]*February 2023/);
		});

		it('reads Creole words in a French question, and "entre les deux" as the two events told before it', () => {
			expect(
				text("RNDDH te avèti an 2017, epi yo bay chif 3,687 la an fevriye 2023 — combien d'années entre les deux?")
					.text,
			).toMatch(/About 6 years/);
			expect(
				text(
					"Moïse assassiné en juillet 2021, deal pour le départ d'Henry conclu en décembre 2022 — ça fait combien de mois entre les deux environ?",
				).text,
			).toMatch(/17 months/);
		});

		it('reads a word of French or Creole in an English question where the two languages agree on it', () => {
			expect(
				text('Sa k te pase an premye: the gunmen trying to take the main port, or the siege of the prison samdi swa a?')
					.text,
			).toMatch(/main port” came first/);
		});

		it('answers no where one the report never mentions is asked as the one by whom a deed was done', () => {
			expect(text('was barbecue sanctioned by the EU?').text).toMatch(
				/^\s*No: the report credits this to United Nations and United States/,
			);
			// (A stranger in another place keeps the careful answer: the report does not mention it.)
			expect(text('is Nigeria leading the force?').text).toMatch(/doesn’t mention Nigeria/);
		});

		it('answers what counsel or advice was given with the fact that tells what was said, in whatever words', () => {
			expect(
				text('What counsel did the gang leader give to families concerning their little ones and school?').text,
			).toMatch(/not to send their children to school/);
			// (A thing that is not something said keeps its test: the fact must name it.)
			expect(text('Which resolution did the UN pass?').found).toBe(false);
		});

		it('reads which sources are of a kind "rather than" another as asking for that kind', () => {
			expect(text('Which of the sources cited in the report are news media rather than organisations?').text).toMatch(
				/3 news outlets: AyiboPost, Gazette Haiti, Reuters/,
			);
		});

		it('reads "the second prison" as another one, which the report does not name', () => {
			expect(text("La deuxième prison qui s'est fait attaquer la même fin de semaine, c'était laquelle?").text).toMatch(
				/doesn’t name another prison/,
			);
		});

		it('reads Creole question words in a message taken as French, as Haitians write the two together', () => {
			expect(text('ou konn konbyen detenu ki te nan Pénitencier National en février 2023?').text).toMatch(/3,687/);
			expect(text('Bonjou, je voulais savoir ki moun ki dirige la coalition des gangs').text).toMatch(/Sergier/);
		});

		it('reads past an opening blessing that names nothing the report knows, however it is worded', () => {
			expect(
				text("Gloire à Dieu, selon quelles données le nombre d'homicides a plus que doublé en 2023 dans notre pays")
					.text,
			).toMatch(/UN data/);
			expect(
				text('Lapè Kris la avè nou, kiyès ki te di fòk sekirite a retabli anvan yo ka fè eleksyon lib e onèt').text,
			).toMatch(/Ariel Henry/);
			// (An opening that sets a time or names what the report knows is the question's own.)
			expect(text('In February 2023, how many inmates were there?').text).toMatch(/3,687/);
		});

		it('reads French "les noms de…" as asking names, which the report may not give', () => {
			expect(text('quels sont les noms des deux syndicats de police qui ont demandé du secours').found).toBe(false);
		});

		it('reads a compound name written apart ("Port au Prince") as the name, not as a stranger called "Prince"', () => {
			expect(text('is the prison in Port au Prince?').text).toMatch(/^\s*Yes, in Port-au-Prince/);
		});

		it('reads "true or false:" before a statement as asking yes or no of it', () => {
			const counted = text(
				'True or false: RNDDH counted more than 4,000 inmates in the penitentiary in February 2023.',
			);
			expect(counted.text).toMatch(/^No\b/);
			expect(counted.text).toMatch(/3,687/);
			expect(text('true or false: barbecue is sanctioned by the EU').text).toMatch(/^No\b[\s\S]*U\.N\./);
		});

		it("answers whether a government spoke, in readers' words for speaking, and only of the government the report has", () => {
			for (const question of [
				'Has Haiti’s government put out anything on the prison situation yet?',
				'Has anyone in the Haitian government gone on record about the jail attack yet?',
				'Govt haiti say anything about the prison attack or nah',
			])
				expect(text(question).text).toMatch(/^No\b[\s\S]*has not commented/);
			// Another country's government is one the report says nothing of.
			expect(text('Has the US government commented on the prison attack?').found).toBe(false);
		});

		it('does not deny a death the report never speaks of', () => {
			const answer = text('Was anyone killed in the attack on the port?');
			expect(answer.found).toBe(false);
			expect(answer.text).not.toMatch(/^No\b/);
		});

		it('reads "correct" before what is asked as asking for the report\'s own value', () => {
			expect(text('correct date of the moise assassination?').text).toMatch(/July 7, 2021/);
		});

		it('asks after the figures and dates others are said to give, not from them', () => {
			expect(text('people keep saying 2022 for the moise assassination. when?').text).toMatch(/July 7, 2021/);
			expect(text('ppl keep posting 2022 for the moise assassination. when was it?').text).toMatch(/July 7, 2021/);
		});

		it('reads "per the report" closing a question as where to look, not as asking who reported', () => {
			expect(
				text('someone claims the EU sanctioned Barbecue — who actually sanctioned him per the report?').text,
			).toMatch(/U\.N\.[\s\S]*U\.S\./);
		});

		it('reads a verb\'s base form after "which" and its noun as the deed asked of it', () => {
			expect(text('Which group give the number of 3 687 prisoner?').text).toMatch(/RNDDH/);
		});

		it('reads what Kreyòl asks was made "pou konbyen" as what it was built for', () => {
			expect(text('Pou konbyen moun Penitansye Nasyonal la te fèt?').text).toMatch(/\b700\b/);
		});

		it('reads a topic set before the question and taken up by a pronoun at its end', () => {
			expect(text('the guys accused of killing jovenel, where they at rn?? 🤔').text).toMatch(/Pénitencier National/);
		});

		it('answers no where a yes/no question dates a state from a year the report does not give it', () => {
			for (const question of ['Yes/no: has Henry been in power since 2019?', 'has Henry been in power since 2019?'])
				expect(text(question).text).toMatch(/^No\b[\s\S]*2021/);
		});

		it('reads "spose to" in chat as "supposed to"', () => {
			expect(text('wait so wen was henry spose to dip').text).toMatch(/February 7/);
		});

		it('asks the name of one the report only describes, however far "called" stands from it', () => {
			const answer = text('What is the gang alliance that Barbecue heads actually called?');
			expect(answer.found).toBe(false);
			expect(answer.text).toMatch(/doesn’t name them/);
		});

		it('reads "his name" after "who is the killer of…" as the name "who" asks for, not the victim\'s', () => {
			expect(engine.ask('Who is the killer of Jovenel Moise, what is his name?').heading ?? '').not.toMatch(/^Jovenel/);
		});

		it('reads what a screenshot or a post is said to say as hearsay, checked like any other', () => {
			const answer = text('@here screenshot going round says 50 guards killed at the pen. legit?? 💀');
			expect(answer.found).toBe(false);
			expect(answer.text).not.toMatch(/credits this to AyiboPost/);
		});

		it('answers why something was not done from a fact readers say it of in their own words', () => {
			expect(text('@everyone why aren’t all the prisoners just running out?? what are they scared of').text).toMatch(
				/crossfire/,
			);
		});

		it('answers why a deed asked about was done from the cause its own sentence states', () => {
			expect(text('why didn’t the PM leave on schedule?').text).toMatch(/security must be restored/);
		});

		it('reads "check for me:" before a statement as asking whether it is so, adding nothing to check', () => {
			expect(text('Check for me: Henry came to power the same year Moïse was assassinated, yes or no?').text).toMatch(
				/^Yes: both in 2021/,
			);
		});

		it('reads "who the president of…" as chat\'s "who is the president of…", a title asked of now', () => {
			const answer = text('who the president of haiti rn');
			expect(answer.found).toBe(false);
			expect(answer.text).not.toMatch(/^President Jovenel Moïse was assassinated/);
		});

		it('reads Kreyòl "ki pati mond lan" as where in the world, not how large a part', () => {
			expect(text('Ayiti se peyi ki pi pòv nan ki pati mond lan?').text).toMatch(/Western Hemisphere/);
		});

		it('reads French "c\'est ça ?" and Quebec "c\'tu ça ?" after a statement as asking whether it is so', () => {
			expect(text('C’est le Kenya qui voulait mener la force internationale, c’tu ça?').text).toMatch(/^Yes\b/);
		});

		it('reads what must happen "first before" something as what comes before it, no order of two', () => {
			expect(text('wat henry sayin gotta happen first b4 they can even do elections').text).toMatch(
				/security must be restored/,
			);
		});

		it('reads "where do matters stand with…" as how things stand, not a place', () => {
			expect(text('where do things stand with the kenyan force?').text).toMatch(/unclear when/);
		});

		it('leaves out the "(edited)" Discord shows beside a changed message', () => {
			expect(text('(edited) @bot which notorious case are many of the Pénitencier’s inmates tied to?').text).toMatch(
				/assassination/,
			);
		});

		it('reads "who is the president they kill…" as asking who the one it was done to is', () => {
			expect(text('who is the president they kill in 2021 again 😔🕯️').text).toMatch(/Jovenel Moïse/);
			// (Not a name they are called by: that is who is named.)
			expect(text('who is the man they call barbecue?').text).toMatch(/Jimmy Sergier/);
		});

		it('reads how long one thing "predates" another as how long passed between them', () => {
			expect(text('By how many years does RNDDH’s 2017 warning predate Moise’s assassination?').text).toMatch(
				/About 4 years/,
			);
		});

		it('reads what the article "calls" a name as what it says the name is', () => {
			expect(text('The article calls Haiti the poorest country in which part of the world?').text).toMatch(
				/Western Hemisphere/,
			);
		});

		it('orders two events by the "after" between them, not by a verb\'s own ("went after the port")', () => {
			const answer = text(
				'Someone in our prayer group said the gangs only went after the port after they had already attacked the prison. Is that the right order?',
			);
			expect(answer.text).toMatch(/^No\b/);
		});

		it('reads what a statement was held to, "as the deal required", as no part of what it says was done', () => {
			expect(
				text('Is it correct that Prime Minister Henry stepped down on February 7 as the December 2022 deal required?')
					.text,
			).toMatch(/^No\b[\s\S]*stayed on/);
		});

		it('reads "the official headcount" and "an escape count" as counts of what they count', () => {
			expect(text('what was the official headcount of inmates in that prison as of February 2023?').text).toMatch(
				/3,687/,
			);
			expect(text('Does the report give an escape count?').text).toMatch(/^No\b[\s\S]*not clear how many/);
		});

		it('never says yes to a statement that something was so of one thing alone, where the report tells more', () => {
			for (const question of [
				'True or false: RNDDH’s 2017 warning was about overcrowding alone.',
				'Is it true that RNDDH’s 2017 warning was about overcrowding alone?',
			])
				expect(text(question).text).not.toMatch(/^Yes\b/);
		});

		it('reads Kreyòl "sèlman" as only, and "salè" as pay the report says nothing of', () => {
			expect(text('Eske se vre Barbecue sanksyone pa ONU sèlman, pa USA?').text).toMatch(/U\.N\.[\s\S]*U\.S\./);
			expect(text('Ki salè yon gad prizon touche an Ayiti?').found).toBe(false);
		});

		it('reads "yo te fè" after "pou konbyen" as what the prison was built for', () => {
			expect(text('Pou konbyen moun yo te fè Penitansye Nasyonal la?').text).toMatch(/\b700\b/);
		});

		it('reads "put on the sanctions list" as sanctioned, no list asked for', () => {
			for (const question of [
				'ki chèf gang ke Nasyonzini ak Washington mete sou lis sanksyon yo?',
				'which gang boss did the UN and Washington put on the sanctions list?',
			])
				expect(text(question).text).toMatch(/^\s*Jimmy Sergier/);
		});

		it('reads "what was X\'s advice" as what X said, in whatever words the report tells it', () => {
			expect(text('What was Barbecue’s advice to parents this week?').text).toMatch(/collateral damage/);
		});

		it('reads who is talking about someone as nothing asked of who they are', () => {
			expect(text('who is this barbecue everybody at church keeps talking about').text).toMatch(/Jimmy Sergier/);
		});

		it('reads "any word on…" as chat before the question, no word said', () => {
			expect(
				text('Any word on when that foreign armed force is actually showing up, or is it vibes only?').text,
			).toMatch(/unclear when/);
		});

		it('names none of a kind the report never speaks of, asked for as what a deed was done to', () => {
			expect(text('Which churches have the gangs attacked?')).toEqual({
				found: false,
				text: expect.stringMatching(/doesn’t name any churches/),
			});
			expect(text('which prison did gangs attack').text).toMatch(/Pénitencier National/);
		});

		it('reads "does the report say (that)…" as whether what follows is so, checked as a statement put up', () => {
			expect(text('Does the report say that the European Union has sanctioned Jimmy Sergier?').text).toMatch(
				/^No: the report credits this to United Nations and United States/,
			);
			expect(text('does the article say the gangs control all of Haiti?').text).toMatch(
				/^No: the report says only part/,
			);
			expect(text('Does the report say the prison was built for 700?').text).toMatch(/^Yes/);
		});

		it('reads chat\'s "r" as "are" and a verb\'s dropped "g", so two alternatives are still offered', () => {
			expect(text('r the gangs basically running the whole country now or just bits of it??').text).toMatch(
				/large part of the country/,
			);
			expect(text('r the gangs runnin like alot of haiti or just a couple spots').text).toMatch(
				/^\s*Alot of haiti: .*large part of the country/,
			);
		});

		it('reads "does anyone know" before a question as no yes/no of its own', () => {
			expect(text('any1 know wen da kenya led force is actually showin up or nah').text).toMatch(/unclear when/);
		});

		it('reads French "porte" as a verb (bearing a name), not the port', () => {
			expect(text('Quel surnom porte Jimmy Sergier ?').text).toMatch(/Barbecue/);
		});

		it('reads what someone was before a change as what they formerly were', () => {
			expect(text('what was barbecue before he started running gangs').text).toMatch(/former policeman/);
			expect(text('barbecue was wat b4 he started runnin gangs lol').text).toMatch(/former policeman/);
		});

		it('reads a statement with a figure, then "mais" and a count asked, as the count asked', () => {
			expect(
				text('Selon le RNDDH la capacité c’est 700, mais y avait combien de détenus en février 2023?').text,
			).toMatch(/3,687 inmates/);
		});

		it('reads "money-wise" as money, and money as a word for how rich or poor', () => {
			expect(
				text('how does the report describe haiti money-wise compared to the rest of the hemisphere??').text,
			).toMatch(/poorest country/);
		});

		it('reads "the PMs first name" as the PM\'s, and a weekday as no name the report lacks', () => {
			expect(text('wait whats the PMs first name, ariel?').text).toMatch(/Ariel Henry/);
			expect(text('was the port attack on Thursday?')).toEqual({
				found: true,
				text: expect.stringMatching(/day before Friday/),
			});
			expect(text('if the siege was on a Monday, what day was the port attack?').found).toBe(false);
		});

		it('reads "is X described as Y" as whether X is Y', () => {
			expect(text('Yes or no: is Jimmy Sergier described as a serving police officer?').text).toMatch(
				/^No: .*former policeman/,
			);
		});

		it('reads speaking "for" the government as the government speaking', () => {
			expect(text('Has anyone spoken on the record for the Haitian government about the prison attack?').text).toMatch(
				/^No, not as far as the report says/,
			);
		});

		it('reads who a question is for, and what they do not know, as its topic', () => {
			expect(text('For the folks here who’ve never heard of RNDDH, what kind of organisation is it?').text).toMatch(
				/human rights group RNDDH/,
			);
		});

		it('keeps "free" as the word it is, not chat stretched', () => {
			expect(text('did the gangs actually free ppl or nah?? how many got out').text).toMatch(/not clear how many/);
		});

		it('says nothing of a deed asked of a subject where no fact tells that deed', () => {
			expect(text('Have any of the escaped prisoners been recaptured yet?').found).toBe(false);
			expect(text('did things in haiti get worse after moise was killed?').text).toMatch(/deepened/);
		});

		it('reads who "issued" a warning as who gave it, and a coordinated subject as the subject', () => {
			expect(
				text('The warning that gang attacks would intensify — who issued it, and what do we know about him?').text,
			).toMatch(/Jimmy Sergier/);
			expect(text('Are WFP and the other UN agencies still running operations in Haiti?')).toEqual({
				found: false,
				text: expect.stringMatching(/doesn’t mention WFP/),
			});
		});

		it('asks who someone was without the change "before he…" tells, and reads Kreyòl "anndan" as inside', () => {
			expect(text('what office did Jovenel Moise hold before he was killed?').text).toMatch(/President Jovenel Moïse/);
			expect(text('konbyen prizonye ki te anndan Penitansye a an fevriye 2023??').text).toMatch(/3,687 inmates/);
		});

		it('says no to the force being deployed, which the report says is not yet known', () => {
			expect(text('Did the report say the international force is already deployed in Haiti? Yes or no.').text).toMatch(
				/^No: the report says this is not yet known/,
			);
		});

		it('reads a request that opens on its verb and ends in a question mark as the request, not a statement put up', () => {
			expect(text('can u list every news outlet the report cites? like all of them').text).toMatch(
				/AyiboPost, Gazette Haiti, Reuters/,
			);
		});

		it('reads "the thing about…" as a claim about it, and a guess at who someone is as no part of who', () => {
			expect(text('where did the thing about prisoners being scared of the crossfire come from?').text).toMatch(
				/Reuters/,
			);
			expect(text('Qui est Jimmy Sergier, genre c’est un politicien ?').text).toMatch(/gangland leader/);
		});

		it('reads what someone was ever, or used to be, in chat and French', () => {
			expect(text('Jimmy Sergier a-t-il déjà été policier ?').text).toMatch(/^Yes/);
			expect(text('barbecue used 2 be a cop or nah?').text).toMatch(/^Yes/);
		});

		it('reads what something is called or described as "in this report" as what it is', () => {
			expect(text('yes or no, haiti is called the richest country in the caribbean in this report?').text).toMatch(
				/^No: .*poorest country/,
			);
			expect(text('Is Jimmy Sergier described in the report as a former soldier?').text).toMatch(
				/^No: .*former policeman/,
			);
		});

		it('names nothing a deed was done to where the report tells the deed only as threatened', () => {
			expect(text('Which police stations did the gangs attack this week?')).toEqual({
				found: false,
				text: expect.stringMatching(/^The report says only: Gangs threatened to attack more police stations/),
			});
			expect(text('What knock-on effect did the gunmen’s bid to seize the main port have?').text).toMatch(/traffic/);
		});

		it('reads "over the last few days" as the report\'s "in recent days", and a security situation as the capital\'s', () => {
			expect(text('How has life in the capital’s neighbourhoods changed over the last few days?').text).toMatch(
				/worsened in recent days/,
			);
			expect(
				text('Has the security situation in Port-au-Prince been improving or deteriorating over the past few days?')
					.text,
			).toMatch(/^Deteriorating .*worsened/);
		});

		it('reads French "à peu près" as no part of what is asked', () => {
			expect(
				text('À peu près combien de temps s’est écoulé entre l’assassinat de Moïse et l’accord de décembre 2022 ?')
					.text,
			).toMatch(/17 months/);
		});

		it('names none of a kind of thing asked for as a kind ("what kind of weapons…")', () => {
			expect(text('what kind of weapons did the gangs use in the siege')).toEqual({
				found: false,
				text: expect.stringMatching(/doesn’t name any weapons/),
			});
		});

		it("reads what an outlet the report cites published as that outlet's report, not the report itself", () => {
			expect(text('In what form did Gazette Haiti publish its report on the released inmates?').text).toMatch(
				/digital edition/,
			);
		});

		it('reads marks with no words before a question as no question of their own', () => {
			expect(
				text('<#112233445566778899> ??? ⚠️ ok so wat did the gangs threaten next after the prison 👀').text,
			).toMatch(/police stations/);
		});

		it('gives everything the report says of one when everything is asked, and a body within another as its own', () => {
			const all = text('give me everything the report says about Barbecue').text;
			expect(all).toMatch(/former policeman/);
			expect(all).toMatch(/not to send their children to school/);
			expect(all).toMatch(/will escalate/);
			expect(text('list everything the UN did or said according to the report — like all of it').text).toMatch(
				/UN Security Council gave the green light/,
			);
		});

		it('gives a surplus against the limit in percent where a percent is asked, whatever words asked it', () => {
			expect(text('by what percent was the pen OVER its capacity in feb 2023 (extra inmates vs places)?').text).toMatch(
				/^About 427% above the limit/,
			);
		});

		it("answers a count of inmates asked in the occupancy's words with the count the occupancy is worked out from", () => {
			expect(text('how many inmates was packed in the Pénitencier National??').text).toMatch(/3,687 inmates/);
		});

		it('reads who forgot, after the question, as no part of it', () => {
			expect(text('wen did they kill jovenel moise again grandma forgot da date').text).toMatch(/July 7, 2021/);
		});

		it('reads Kreyòl "gwo kout zam", "dènye jou sa yo" and "dwe fèt", and who wants to know before a colon', () => {
			expect(text('Nan ki zòn moun yo tande gwo kout zam yo dènye jou sa yo?').text).toMatch(/heavy gunfire/);
			expect(text('Dapre Ariel Henry, kisa ki dwe fèt anvan peyi a ka òganize eleksyon lib e onèt?').text).toMatch(
				/security must be restored/,
			);
			expect(
				text('Yon oditè nan Tòbèk vle konnen: ki jou e ki lè nan jounen an bandi yo te vin sènen pi gwo prizon peyi a?')
					.text,
			).toMatch(/Saturday night/);
		});

		it('reads a hedge before what a statement put up says something is', () => {
			expect(text('rnddh is like a govt agency or wat').text).toMatch(/human rights group/);
		});

		it('reads how "we heard" or "learn" something as who reported it', () => {
			expect(
				text('Through which outlet did we hear that the police guarding the prison left their posts?').text,
			).toMatch(/AyiboPost/);
			expect(
				text('Through whose sources do we learn that some detainees preferred not to flee en masse?').text,
			).toMatch(/Reuters/);
		});

		it('reads what French says something "est présenté comme" as what it is said to be', () => {
			expect(text('Haïti est-il présenté comme le pays le plus pauvre d’Afrique ?').text).toMatch(
				/^No: .*Western Hemisphere/,
			);
		});

		it('says no yes from dates to whether someone was still meant to hold a post, which a plan tells', () => {
			const answer = text('when the prison got hit, was henry even still supposed to be PM under the deal?').text;
			expect(answer).not.toMatch(/^\s*Yes/);
			expect(answer).toMatch(/supposed to hand over power on February 7/);
		});

		it('answers yes to a figure worked out from the named source’s own figures, at the date asked', async () => {
			const { found, text: said } = await text('According to RNDDH, was the prison overcrowded in Feb 2023?');
			expect(found).toBe(true);
			expect(said).toMatch(/^\s*Yes/);
			expect(said).toMatch(/527%/);
		});

		it('takes up a topic set off by a comma whole, a number written with a comma in it too', async () => {
			const { found, text: said } = await text('the 3,687 inmates number, what month is that from?');
			expect(found).toBe(true);
			expect(said).toMatch(/February 2023/);
		});

		it('asks a guess of what one named is, bare or one of two, whether the report calls them that', async () => {
			const bare = await text('rnddh is what exactly, govt agency or');
			expect(bare.found).toBe(true);
			expect(bare.text).toMatch(/human rights group/);
			const two = await text('what is rnddh, a govt agency or a rights group?');
			expect(two.found).toBe(true);
			expect(two.text).toMatch(/^\s*Yes/);
		});

		it('gives no date the report tells as a new one asked for, unless the report tells it as new', async () => {
			const fresh = await text('is there a new date for henry to step down?');
			expect(fresh.found).toBe(false);
			expect(fresh.text).toMatch(/doesn’t give a new date/);
			expect((await text('is there a new prime minister?')).found).toBe(false);
			expect((await text('when was Henry supposed to step down?')).text).toMatch(/February 7/);
		});

		it('gives no trend as the exact count asked for, however the count is named', async () => {
			for (const asked of [
				'Exact number of homicides in 2023? Not the trend, the actual count.',
				'what was the exact number of homicides in 2023',
			]) {
				const answer = await text(asked);
				expect(answer.found).toBe(false);
				expect(answer.text).toMatch(/no exact number/);
			}
			expect((await text('what is the exact figure for inmates in feb 2023')).text).toMatch(/3,687/);
		});

		it('reads chat’s "gon" as "going to", no word of its own, before what someone said will happen', async () => {
			const { found, text: said } = await text('who said the attacks to take down henry gov gon get worse');
			expect(found).toBe(true);
			expect(said).toMatch(/^\s*Jimmy Sergier warned/);
		});

		it('names no one through a synonym of a name’s word where another is named by the words themselves', async () => {
			expect((await text('did the united states approve the force?')).found).toBe(false);
			expect((await text('Èske Etazini pral voye sòlda ann Ayiti?')).found).toBe(false);
			expect((await text('did the united nations approve the force')).text).toMatch(/Security Council/);
		});

		it('divides two events at the auxiliary a "before" left, not at an "and" within the second', async () => {
			const { found, text: said } = await text(
				'How many years before Moïse’s assassination did RNDDH warn about overcrowding and understaffing?',
			);
			expect(found).toBe(true);
			expect(said).toMatch(/About 4 years/);
		});

		it('asks what preceded or followed an event as what happened before or after it', async () => {
			expect((await text('what event preceded the siege?')).text).toMatch(/main port/);
			expect((await text('What disruption to port operations preceded the assault on the penitentiary?')).text).toMatch(
				/^\s*The day before Friday, gunmen attempted to take over the main port/,
			);
		});

		it('asks each of two measures named after "both numbers", and drops a request to pin the message', async () => {
			const both = await text('give me BOTH numbers: nominal capacity and the feb 2023 head count');
			expect(both.text).toMatch(/700 places/);
			expect(both.text).toMatch(/3,687 inmates/);
			expect(
				(await text('mods can we pin this?? also bot who gave the go-ahead for the international force')).text,
			).toMatch(/UN Security Council/);
		});

		it('reads a count told in words as an exact number, and Kreyòl "tinon" as a nickname', async () => {
			expect((await text('Precisely how many of Haiti’s main police unions issued the call for help?')).text).toMatch(
				/^\s*Two of Haiti’s main police unions/,
			);
			expect((await text('Ki tinon yo bay Jimmy Sergier?')).text).toMatch(/Barbecue/);
		});

		it('checks a number told and then asked "real??", never a yes without it', async () => {
			const answer = await text('WhatsApp says 4000 escaped from the pen?? 😭😭 real??');
			expect(answer.found).toBe(false);
			expect(answer.text).not.toMatch(/^\s*Yes/);
			expect((await text('someone said moise was killed in 2019. what’s the real date?')).text).toMatch(/July 7, 2021/);
		});

		it('asks a capacity where what a place was made for comes before the noun counted, as Kreyòl puts it', async () => {
			expect((await text('gwo prizon potoprens lan yo te fel pou konbyen moun selman')).text).toMatch(/700 places/);
			expect((await text('how many inmates were there in feb 2023')).text).toMatch(/3,687/);
		});

		it('says the report does not name what is asked the name of, with or without guesses after, in Kreyòl too', async () => {
			const guessed = await text('What’s Barbecue’s gang coalition actually called? G9? Viv Ansanm? 🤷');
			expect(guessed.found).toBe(false);
			expect(guessed.text).toMatch(/doesn’t name them/);
			const kreyol = await text('ki non de sendika polis yo');
			expect(kreyol.found).toBe(false);
			expect(kreyol.text).toMatch(/doesn’t name them/);
		});

		it('says no yes to a deed done to someone that the fact has only as a noun, and reads when one took over', async () => {
			const elected = await text('was henry elected?');
			expect(elected.found).toBe(false);
			expect(elected.text).not.toMatch(/^\s*Yes/);
			expect((await text('was barbecue sanctioned?')).text).toMatch(/^\s*Yes/);
			expect((await text('when did henry take over?')).text).toMatch(/since 2021/);
		});

		it('reads "which people" as asking for any who did it, and chat’s "mad" before a plural as "many"', async () => {
			expect(
				(await text('Which people was fighting with the police at the big prison on saturday night?')).text,
			).toMatch(/Armed groups/);
			expect((await text('wich paper say mad inmates got let out')).text).toMatch(/Gazette Haiti/);
		});

		it('asks whether a claim came from a source as whether that source reported it', async () => {
			for (const asked of [
				'Did the claim that the guards abandoned the prison come from Reuters?',
				'did the guards abandoning the prison come from Reuters?',
			]) {
				const answer = await text(asked);
				expect(answer.text).toMatch(/^\s*No: the report credits that to AyiboPost/);
			}
		});

		it('asks each of two measures set against each other after chat’s "ok so"', async () => {
			const both = await text('ok so what’s the capacity vs the actual headcount at the penitencier again');
			expect(both.text).toMatch(/700 places/);
			expect(both.text).toMatch(/3,687 inmates/);
		});

		it('answers whether one was a member of a body as whether they were one of it: a former policeman was in the police', async () => {
			const { found, text: said } = await text('Was Barbecue ever a member of the police?');
			expect(found).toBe(true);
			expect(said).toMatch(/^\s*Yes/);
			expect(said).toMatch(/former policeman/);
		});
		it('gives no event for a when-question whose doer the report never names, whatever verb it shares with one', async () => {
			const { found, text: said } = await text('when did the earthquake hit haiti');
			expect(found).toBe(false);
			expect(said).toMatch(/earthquake/);
			expect(said).not.toMatch(/assassinated|siege/);
		});
		it('reads a verb’s base form after “which group” as the verb, its tense dropped: “which group count the prisoners”', async () => {
			const { found, text: said } = await text('wich human rights group count the prisoners??');
			expect(found).toBe(true);
			expect(said).toMatch(/RNDDH/);
			expect(said).not.toMatch(/doesn’t say/);
		});

		it('reads one who “insists” something as one telling it, and answers the question of what they told', async () => {
			const { text: said } = await text(
				'Someone insists the officers guarding the lockup held their positions. Is that how the report describes it?',
			);
			expect(said).not.toMatch(/mention Someone/);
			expect(said).toMatch(/abandoned/);
		});
		it('asks a rate where a unit opens the question: “for every one place, how many prisoners”', async () => {
			const { found, text: said } = await text(
				'for every one place in de prison, how many prisoner dey had in feb 2023?',
			);
			expect(found).toBe(true);
			expect(said).toMatch(/5\.27|527%/);
		});
		it('orders every event a “which came first” question offers, three or more, and a misspelt vague word names no topic', async () => {
			const three = await text(
				'which came first: the RNDDH warning, the Moise assassination, or the December 2022 deal?',
			);
			expect(three.found).toBe(true);
			expect(three.text).toMatch(/2017[\s\S]*2021[\s\S]*December 2022/);
			const dates = await text('List all the dates that apear in the report with what happen in each one');
			expect(dates.found).toBe(true);
			expect(dates.text).toMatch(/2017[\s\S]*2021/);
		});
		it('reads “vous confirmez ?” and a bare “can you confirm?” as asking whether what was told is so', async () => {
			const { text: said } = await text(
				'Il paraît que le Premier ministre devait quitter le pouvoir le 7 mars. Vous confirmez ?',
			);
			expect(said).toMatch(/^\s*No/);
			expect(said).toMatch(/February 7/);
		});
		it('reads a quoted line as told, and who one named is, asked after it, of them alone', async () => {
			const quoted = await text('> Barbecue warns attacks will escalate who is this Barbecue man, ex-police?');
			expect(quoted.text).toMatch(/former policeman/);
			const lined = await text('> Barbecue warns attacks will escalate\nwho is this Barbecue man, ex-police?');
			expect(lined.text).toMatch(/former policeman/);
			const told = await text('Barbecue warns attacks will escalate. who is Barbecue?');
			expect(told.text).toMatch(/gangland leader and former policeman/);
		});
		it('asks a question on its own where what someone else said follows it after a comma', async () => {
			const inside = await text('how many ppl were actualy inside tho, someone on twitter said 10k');
			expect(inside.found).toBe(true);
			expect(inside.text).toMatch(/3,687/);
			const murders = await text('what did the UN say happened to murders in 2023, heard they tripled');
			expect(murders.found).toBe(true);
			expect(murders.text).toMatch(/more than doubled/);
		});

		it('checks the statement after a request to check that opens the message', async () => {
			const { text: said } = await text('fact check pls 🧐 guy in #general says the prison had 5,000 ppl in feb 2023');
			expect(said).toMatch(/^\s*No/);
			expect(said).toMatch(/3,687/);
		});
		it('asks why of what was told, where the question after it asks only for the reason someone gave', async () => {
			const { found, text: said } = await text(
				'Barbecue told parents to keep their children away from school. What reason did he give?',
			);
			expect(found).toBe(true);
			expect(said).toMatch(/collateral damage/);
		});
		it('reads a verb of saying asked why of as told by the fact’s own, not as asking nothing of the one named', async () => {
			const { found, text: said } = await text('why did RNDDH say the prison had a problem?');
			expect(found).toBe(true);
			expect(said).toMatch(/due to overcrowding/);
			expect((await text('Why do they call Sergier Barbecue?')).found).toBe(false);
		});
		it('reads a plain word shouted in capitals as the word, not as a name the report lacks', async () => {
			const { found, text: said } = await text('Y a combien de détenus qui se sont évadés AU FINAL ?? 😩');
			expect(found).toBe(true);
			expect(said).not.toMatch(/FINAL/);
			expect(said).toMatch(/not clear how many/);
		});
		it('leaves out a guess waved off in Kreyòl and what the asker would take for an answer', async () => {
			const line = await text(
				"Whose line is it that elections can't happen til security's back? pa di m se gang yo lol",
			);
			expect(line.text).toMatch(/Ariel Henry stayed on/);
			const named = await text(
				'who announced the "coordinated actions" to bring down Henri\'s govt?? name or title, anything',
			);
			expect(named.text).toMatch(/head of an alliance/);
		});
		it('reads the inmates who would have to leave to bring the prison down to capacity as those beyond it', async () => {
			const { text: said } = await text(
				'If the pen went back down to its official capacity, roughly what share of the Feb 2023 inmates would have to leave?',
			);
			expect(said).toMatch(/About 81%/);
		});
		it('says the report doesn’t say where the bare verb a did-question asks is in no fact that has the rest', async () => {
			const { found, text: said } = await text('did any cops die in the prison fight??');
			expect(found).toBe(false);
			expect(said).toMatch(/doesn’t say/);
			expect((await text('did barbecue warn residents?')).found).toBe(true);
		});
		it('leaves out what the asker is doing after the question, and that an event started, of day or night', async () => {
			const timeline = await text("when'd the UN ok the kenya-led force? building a timeline for class");
			expect(timeline.text).toMatch(/Last October/);
			const night = await text('did the siege start during the day or at night');
			expect(night.text).toMatch(/^\s*At night/);
		});
		it('reads chat’s “pk” as why and “kbyen” as how many, after a story told in Kreyòl', async () => {
			const why = await text('pk barbecue di pa voye timoun lekòl?');
			expect(why.text).toMatch(/collateral damage/);
			const many = await text('m tande penitansye a te chaje anpil, kbyen moun k te ladan l vre?');
			expect(many.text).toMatch(/3,687/);
		});
		it('reads Kreyòl “kbyen ane ant” as how long between, and “anvan oswa apre” as before or after', async () => {
			const years = await text('kbyen ane ant asasina Moise la ak ane omisid yo double a?');
			expect(years.text).toMatch(/About 2 years/);
			const order = await text('akò desanm 2022 la, li vini anvan oswa apre yo touye Moise?');
			expect(order.text).toMatch(/^\s*After/);
		});
		it('reads hoping or wishing as what one asked for, like wanting', async () => {
			const { found, text: said } = await text('what were the police unions hoping to stop?');
			expect(found).toBe(true);
			expect(said).toMatch(/escaping/);
		});
		it('reads spoken French’s “y” before a verb as “il”, and “dans la vie” as for a living', async () => {
			const { found, text: said } = await text("Barbecue, y faisait quoi dans la vie avant d'être chef de gang ?");
			expect(found).toBe(true);
			expect(said).toMatch(/former policeman/);
		});
		it('reads a year said as spoken, and leaves out the asker’s own reason after the question', async () => {
			const year = await text('Which head of state was assassinated in twenty twenty-one, on the seventh of July?');
			expect(year.text).toMatch(/Moïse/);
			const reason = await text(
				'on what date was President Jovenel Moïse murdered, for I have heard a dozen versions from the television people.',
			);
			expect(reason.text).toMatch(/July 7, 2021/);
		});
		it('leaves out a name typed after “@” that Discord did not turn into a mention, and a complaint at the bot', async () => {
			const typed = await text('@HaitiBot 🤔 was Barbecue sanctioned by Canada too or only US??');
			expect(typed.text).toMatch(/U\.S\./);
			expect(typed.text).not.toMatch(/HaitiBot/);
			const wrong = await text('@Bot ur wrong again 😤 the UN sanctioned barbecue, did anyone ELSE sanction him or no');
			expect(wrong.text).toMatch(/U\.S\./);
		});
		it('reads chat’s “furst” as first and “nom de guerre” as a nickname', async () => {
			const order = await text('wich happen furst di rnddh overcrowding warning or moise assassination');
			expect(order.text).toMatch(/came first/);
			const name = await text('By what nom de guerre is the gang boss Jimmy Sergier known?');
			expect(name.text).toMatch(/Barbecue/);
		});
		it('leaves out “vs before” after a change asked, which any change is set against', async () => {
			const { text: said } = await text('homicides in 2023 - up or down vs before?');
			expect(said).toMatch(/more than doubled/);
		});
		it('reads “they” in a second part as the one a which-question first asked for and its answer credits', async () => {
			const { text: said } = await text('which group counted the inmates n what yr did they first warn abt the prison');
			expect(said).toMatch(/RNDDH/);
			expect(said).toMatch(/In 2017 RNDDH warned/);
		});
		it('reads "true or false" after a dash as asking yes or no, not as what is asked of the claim', () => {
			expect(text('barbecue used to be a cop - true or false?').text).toMatch(/^Yes[\s\S]*former policeman/);
		});

		it('takes a term of endearment that opens the question for chat: "honey who is…"', () => {
			expect(text('honey who is this Barbecue man really?').text).toMatch(/Jimmy Sergier/);
		});

		it('reads "tell me" after a tense that puts it in the past as the asker’s story, not as the question', () => {
			const answer = text(
				'Kiyès yo rele Barbecue a, e èske se te yon ansyen polisye? Manman m te konn di m sa lè m te piti.',
			).text;
			expect(answer).toMatch(/Jimmy Sergier/);
			expect(answer).toMatch(/former policeman/);
		});

		it('takes chat’s "thingy" after a noun for the noun', () => {
			expect(text('yo which country said theyd lead the foreign army thingy').text).toMatch(/Kenya/);
		});

		it('takes a sentence of the asker’s own after the question for why they ask, even where it asks of “it”', () => {
			const answer = text(
				'Who announced that there would be coordinated actions to bring down the government of Ariel Henry? I want to know who is behind this.',
			).text;
			expect(answer).toMatch(/head of an alliance/);
			expect(answer).not.toMatch(/Reuters/);
			expect(
				text(
					"Who said the number of prisoners let out was 'large'? A friend from my church forwarded me a message and I want to know where it comes from before I share it.",
				).text,
			).not.toMatch(/doesn’t say/);
		});

		it('reads English written as it sounds, its little words spelt "de", "dat", "wat"', () => {
			expect(text('Who was de one dat say a lot of prisoner got let go, wat newspaper?').text).toMatch(/Gazette/);
		});

		it('asks who said it with "where does it come from that…"', () => {
			expect(text('where does it come from that the police left the jail?').text).toMatch(/AyiboPost/);
			expect(text('the police left the jail, where does that come from?').text).toMatch(/AyiboPost/);
		});

		it('reads "which newspaper cited in the article" as the outlets the report cites, the passive left short', () => {
			expect(text('which newspaper cited in the article').text).toMatch(/AyiboPost, Gazette Haiti, Reuters/);
		});

		it('reads Creole’s past marker as telling a deed done, which a plan the report tells does not date', () => {
			expect(text('kile henri te bay demisyon l finalman').found).toBe(false);
		});

		it('asks what was done before an event named by a thing, not before a figure of that thing', () => {
			const answer = text('the gunmen try do what by the wharf before the jail thing').text;
			expect(answer).toMatch(/take over the main port/);
			expect(answer).not.toMatch(/assassination/);
		});

		it('asks what someone was before a thing named, not what happened before it', () => {
			expect(
				text(
					'> Barbecue is ex-military, everyone knows that what line of work was he actually in before the gang stuff?',
				).text,
			).toMatch(/former policeman/);
		});

		it('leaves out what the asker sets in parentheses about themself, in chat, or as choices', () => {
			expect(
				text(
					'ok real talk, how many inmates were actually in that prison as of feb 2023 (ballpark is fine lol, but exact is better)',
				).text,
			).toMatch(/3,687/);
			expect(
				text("wait who's the PM they're trying to topple again, I always mix up the spelling (Henry? Henri? both??)")
					.text,
			).toMatch(/Ariel Henry/);
		});

		it('asks more that a parenthesis opened by "and" asks, after the question', () => {
			expect(
				text(
					"Which came first (and by roughly how many years): RNDDH's warning about overcrowding, or the assassination of President Moise?",
				).text,
			).toMatch(/2017[\s\S]*came first[\s\S]*about 4 years/);
		});

		it('answers a question put after a request to verify, where a question word asks within it', () => {
			expect(text('pls verify 🙏 the police unions were tryna stop WHAT exactly at the pen??').text).toMatch(
				/escaping/,
			);
		});

		it('reads "what do you say?" after a statement as asking whether it is so, not who said it', () => {
			expect(text('pls verify: barbecue was a cop, what do you say?').text).not.toMatch(/AyiboPost/);
		});

		it('takes hearsay after the question for hearsay, where the teller was comes between', () => {
			expect(text('wait wat yr was moise taken out again, sum1 in vc said 2019').text).toMatch(/July 7, 2021/);
		});

		it('asks of the noun before the kind noun, as it says which ones: "which police groups…"', () => {
			const answer = text('Which police groups asked for reinforcements at the penitentiary?').text;
			expect(answer).toMatch(/[Pp]olice unions/);
			expect(answer).not.toMatch(/RNDDH/);
		});

		it('answers yes where a year is given as a bound the report’s date meets, and no where it does not', () => {
			expect(text('yes or no: did RNDDH warn about overcrowding before 2020?').text).toMatch(/^Yes/);
			expect(text('was moise killed before 2022?').text).not.toMatch(/^No/);
			expect(text('did RNDDH warn after 2020?').text).toMatch(/^No/);
		});

		it('reads officers posted at a place as stationed there, and what they did when something happened as what they did', () => {
			expect(
				text('What did the PNH officers posted at the penitentiary reportedly do when the armed groups attacked?').text,
			).toMatch(/abandoned it/);
		});

		it('leaves out a guess or hope of the asker’s after a comma: "not us i hope lol"', () => {
			expect(text('whos volunteered to lead this intl force then, not us i hope lol').text).toMatch(/Kenya/);
		});

		it('takes a body’s name in capitals that the data does not know for a stranger: "the Foreign Office"', () => {
			expect(text('What did our lot at the Foreign Office have to say about all this?').found).toBe(false);
			expect(text('when did the Security Council approve the force?').text).toMatch(/Last October/);
		});

		it('asks without three choices offered after a dash, with no "or" before the last', () => {
			expect(
				text('Who exactly was pleading for urgent reinforcements — the army, the police, the neighbourhood watch?')
					.text,
			).toMatch(/[Pp]olice unions/);
		});

		it('reads a count over a limit as how far beyond it: "how many inmates over the nominal capacity"', () => {
			expect(text('And how many inmates over that nominal capacity is that, exactly?').text).toMatch(/2,987/);
		});

		it('leaves out a likeness to a named thing that closes the question', () => {
			expect(
				text("Is the Kenyan-led force actually in Haiti yet, or is it still 'coming soon', like a Southern Rail train?")
					.text,
			).toMatch(/unclear/);
		});

		it('leaves out the units the asker wants the answer in, closing the question: ", in number of places?"', () => {
			expect(text('What is the nominal capacity of the Pénitencier National, in number of places?').text).toMatch(
				/700 places/,
			);
		});

		it('reads "the trouble at the port" as the event at the port, "trouble" saying little of which', () => {
			expect(text('Which came first, the trouble at the port or the siege of the prison?').text).toMatch(
				/“the trouble at the port” came first/,
			);
		});

		it('leaves out "asking for a friend" after the question, whatever the friend is called', () => {
			expect(
				text(
					"How many years between RNDDH's overcrowding warning and its February 2023 headcount? Asking for a chronically understaffed friend.",
				).text,
			).toMatch(/About 6 years/);
		});

		it('reads "a portion of" as "some of", and "the absolute number" as asking for an exact count', () => {
			expect(
				text(
					'Whose sources said a portion of the prisoners held back from a mass breakout because of the crossfire risk?',
				).text,
			).toMatch(/Reuters/);
			const absolute = text('What was the absolute number of homicides in Haiti in 2023?');
			expect(absolute.found).toBe(false);
			expect(absolute.text).toMatch(/no exact number/);
		});

		it('asks what happened to someone described at length, without the time it happened in', () => {
			expect(
				text(
					'What does the article say happened to the officers who were supposed to be guarding the penitentiary when the gangs showed up?',
				).text,
			).toMatch(/abandoned it/);
		});

		it('leaves out a likeness the asker draws before the question ("Even as Paul and Silas…, why…")', () => {
			expect(
				text(
					'Even as Paul and Silas did not flee when the doors opened, why did some prisoners not want to run out all together?',
				).text,
			).toMatch(/crossfire/);
		});

		it('reads "say yes to" as approving', () => {
			expect(text('De international force for Haiti, who say yes to send it?').text).toMatch(/Security Council/);
		});

		it('reads chat’s idioms for volunteering and for prisoners: "put up they hand", "jailbirds"', () => {
			expect(text('wich nation put up they hand to head the outside army').text).toMatch(/Kenya/);
			expect(text('and the jailbirds didnt all just leg it because...?').text).toMatch(/crossfire/);
		});

		it('reads a participle after "of the …" as describing that noun: "the head of the gang alliance tryna topple the gov"', () => {
			const answer = text('ok ok so ummm who the head of the gang alliance tryna topple the gov??').text;
			expect(answer).toMatch(/Sergier/);
			expect(answer).not.toMatch(/led by Prime Minister/);
		});

		it('takes the asker’s own reason after the question for why they ask, in French and Kreyòl too: "car ma mémoire…"', () => {
			expect(
				text(
					'Je vous serais reconnaissant de me rappeler à quelle date le président Jovenel Moïse a été assassiné, car ma mémoire, à mon âge, me joue parfois des tours.',
				).text,
			).toMatch(/July 7, 2021/);
			expect(text('Èske w ka raple m ki dat, egzakteman, yo te asasinen Prezidan Jovenel Moïse?').text).toMatch(
				/July 7, 2021/,
			);
		});

		it('reads the asker’s memory or belief set off by commas inside the question as no part of it', () => {
			expect(
				text(
					'I should be grateful to learn which foreign government, as I dimly recall, volunteered to take charge of the multinational armed force.',
				).text,
			).toMatch(/Kenya/);
			expect(text('which foreign government, I believe, volunteered to take charge of the force').text).toMatch(
				/Kenya/,
			);
		});

		it('reads a party that "proposed itself" to do a thing as offering to do it', () => {
			expect(
				text('Which nation has proposed itself to take the command of the international armed force?').text,
			).toMatch(/Kenya/);
		});

		it('reads "some time before…" and "a few days before…" as setting the scene', () => {
			expect(
				text(
					'Some time before the assault on the prison, what did the gunmen try to do at the main port of the capital?',
				).text,
			).toMatch(/take over the main port/);
		});

		it('reads a topic opened by "zafè", "quant à" or "as for" before a comma as what the question takes up', () => {
			expect(text('Zafe po prensipal la, kisa nonm ak zam yo te eseye fe la a?').text).toMatch(
				/take over the main port/,
			);
			expect(text('Quant à la prison, combien de détenus y avait-il en février 2023 ?').text).toMatch(/3,687/);
		});

		it('leaves out what the asker says of how precise the answer may be, and of the form it should take', () => {
			expect(
				text(
					'could you summarize, with whatever precision the report permits, what the gunmen were attempting at the port?',
				).text,
			).toMatch(/take over the main port/);
			expect(
				text(
					'Roughly how long after the assassination of President Moïse was the December 2022 agreement concluded, by your reckoning? An approximate figure in months would do nicely.',
				).text,
			).toMatch(/17 months/);
		});

		it('answers whether a state had begun "at the moment of" or "before" an event, however the question puts it', () => {
			expect(text('Was Ariel Henry already in power at the moment of the agreement of December 2022?').text).toMatch(
				/^Yes: from 2021/,
			);
			expect(
				text(
					'Is it the case that Mr Henry was already in office before the deal under which he was to step down was struck? A yes or no will suffice.',
				).text,
			).toMatch(/^Yes: from 2021/);
		});

		it('closes up the dashes that set off a mention, so what follows is read as one question', () => {
			expect(
				text(
					'Right, well — <@665544332211> — I am told, though I cannot vouch for it, that the UN and one other party have sanctioned Barbecue. Which party would that be?',
				).text,
			).toMatch(/U\.S\./);
		});

		it('asks the date set for a deed as when the deed was to be done: "ki dat yo te fikse pou Henry remèt pouvwa a?"', () => {
			expect(text('Ki dat yo te fikse pou Henry remèt pouvwa a?').text).toMatch(/February 7/);
			expect(text('which date was fixed for Henry to hand over power?').text).toMatch(/February 7/);
		});

		it('reads "take place" as happening, which names no place', () => {
			expect(text('on what date was the hand-over of power supposed to take place?').text).toMatch(/February 7/);
		});

		it('asks where a superlative holds as its region: "the poorest country in where"', () => {
			expect(text('the article calls haiti the poorest country in where').text).toMatch(/Western Hemisphere/);
			expect(text('ayiti se peyi ki pi pov nan ki zon la').text).toMatch(/Western Hemisphere/);
		});

		it('answers whether the report gives a name with what it calls the thing instead', () => {
			const answer = text(
				'does the report give the name of the gang alliance whose leader vowed to topple the government?',
			);
			expect(answer.found).toBe(false);
			expect(answer.text).toMatch(/^No: .*alliance of criminal organizations/);
			expect(text('does the article give the names of the police unions?').text).not.toMatch(/international force/);
		});

		it('leaves out what the asker grants after the question: "alors même que…", "even though…"', () => {
			expect(
				text(
					'combien de détenus se trouvaient au Pénitencier national en février 2023, alors même que sa capacité nominale était bien moindre ?',
				).text,
			).toMatch(/3,687 inmates/);
			expect(
				text('how many inmates were in the prison in February 2023, even though its capacity was much lower?').text,
			).toMatch(/3,687 inmates/);
		});

		it('reads a word chat uses as a verb as the noun it is after a determiner: "several fronts" leads nothing', () => {
			expect(
				text(
					'After the president was killed, the crisis got worse on several fronts — which fronts does the piece name?',
				).text,
			).not.toMatch(/head of the gang alliance/);
		});

		it('counts before it lists: "how many…, and was it every union in the country?" asks no list of countries', () => {
			const answer = text(
				'How many police unions called for help, and was it every union in the country or just some?',
			).text;
			expect(answer).toMatch(/Two of Haiti/);
			expect(answer).not.toMatch(/names 3 countries/);
		});

		it('reads Kreyòl written with French spelling in the standard one: "Qui moun qui rélé anmoué…", "konbien", "ès qué"', () => {
			expect(text('Qui moun qui rélé anmoué pou yo voyé ranfò bay la police?').text).toMatch(/police unions/i);
			expect(text('Ès qué Henri té quitté pouvoua a jan accord la té di a? oui ou non').text).toMatch(/stayed on/);
		});

		it('asks, for whom a question is asked, what they ask: "granpa ask if…", "Grand-papa voudrait savoir si…"', () => {
			expect(text('my mom asks if the gangs want to topple the government').text).toMatch(/^Yes\b/);
			expect(
				text(
					'My grandfather asks me to type this: that big jail in Port-au-Prince, how many people was it made to hold when they built it?',
				).text,
			).toMatch(/700 places/);
			expect(
				text("Grand-papa voudrait savoir si c'est bien l'ONU qui a dit que les assassinats ont doublé en 2023 ?").text,
			).toMatch(/^Yes\b/);
		});

		it('reads a duty told with its verb bare as what those people were doing: "who was supposed to watch over"', () => {
			expect(
				text('the policemen who were supposed to watch over the penitentiary, what did they do when the bandits came?')
					.text,
			).toMatch(/abandoned it/);
		});

		it('respells French spellings of Kreyòl sounds: "fois" is "fwa", "prison" is "prizon", "gin" is "gen"', () => {
			expect(
				text('Ès qué prison an té gin plis pasé 4 fois kantité moun li té fèt pou li a? oui ou non?').text,
			).toMatch(/^Yes: about 5\.27 times/);
			// (French stays French: "Qui a dit que…" has no Kreyòl word in it.)
			expect(text('Qui a dit que les gardiens avaient abandonné la prison ?').text).toMatch(/AyiboPost/);
		});

		it('gives the earliest or the latest the report dates, asked of everything it dates, in any of the three languages', () => {
			expect(text('what is the oldest date in the report?').text).toMatch(/^The earliest the report dates: .*2017/);
			expect(text('Qui dat ki pi ansyen nan tout nouvèl la?').text).toMatch(/2017/);
			expect(text('quelle est la date la plus ancienne du rapport ?').text).toMatch(/2017/);
			expect(text('what’s the most recent event in the report?').text).toMatch(/^The latest the report dates:/);
			// (Not of someone in particular: "who was first to sanction Barbecue?" asks who.)
			expect(text('who was first to sanction Barbecue?').text).not.toMatch(/earliest the report dates/);
		});

		it('hears a word of English right after another of a person’s names as that name: "jovenel moose"', () => {
			expect(text('wen was jovenel moose killed again i forgot').text).toMatch(/July 7, 2021/);
		});

		it('reads a figure told first, then "but how many", as told then asked: "700 beds but how many ppl…"', () => {
			expect(text('700 beds but how many ppl was actualy in there lol').text).toMatch(/3,687 inmates/);
		});

		it('answers why a deed was not done with a deed held back from, not another’s purpose: "y did some… not even try to run"', () => {
			expect(text('@everyone 😭😭😭 y did some of the prisoners not even try to run').text).toMatch(/crossfire/);
			expect(text('why didnt all the prisoners just run, what were they scared of').text).toMatch(/crossfire/);
			expect(text('why did the unions call for help').text).toMatch(/police unions/);
			// (To run something is no escape.)
			expect(text('who tried to run the country').text).not.toMatch(/crossfire/);
		});

		it('leaves out a sentence after the question on the units the asker will take: "months is fine"', () => {
			expect(
				text('about how long after Moïse was killed did they strike the december deal? months is fine').text,
			).toMatch(/17 months/);
		});

		it('reads "yeet" with someone yeeted as chat’s word for ousting', () => {
			expect(text('lol so whos the prime minister these gangs wanna yeet').text).toMatch(/Ariel Henry/);
		});

		it('reads a gap asked between two events as how long passed, and between two figures as their difference', () => {
			expect(text('how big a gap between the assassination and the deal?').text).toMatch(/17 months/);
			expect(text('what is the gap between capacity and inmates?').text).toMatch(/2,987 more inmates/);
		});

		it('asks "name everyone who…, full list" as who did it', () => {
			const answer = text('name everyone who sanctioned barbecue, full list').text;
			expect(answer).toMatch(/sanctioned by the U\.N\. and the U\.S\./);
			expect(answer).not.toMatch(/names 2 people/);
		});

		it('judges names guessed together, each: "who sanctioned barbecue, the UN n the US??"', () => {
			expect(text('barbecue got sanctioned by who, the UN n the US??').text).toMatch(
				/^Yes, United Nations and United States\./,
			);
			expect(text('who sanctioned barbecue, the UN and Kenya?').text).toMatch(/^Not Kenya:/);
		});

		it('answers no where what is asked went on was only who they were before they left: "still guarding"', () => {
			expect(text('were police still guarding the facility?').text).toMatch(/^No\b/);
			expect(text('Y/N: per AyiboPost, were police still guarding the facility?').text).toMatch(/^No\b/);
			expect(text('did police abandon the prison?').text).toMatch(/^Yes\b/);
		});

		it('leaves out the asker blanking on it: "what city is the pen even in, blanking"', () => {
			expect(text('lol what city is the pen even in, blanking').text).toMatch(/Port-au-Prince/);
		});

		it('reads two choices after a comma as choices where a kind is asked: "what kind of org is RNDDH, gov or NGO?"', () => {
			expect(text('what kind of org is RNDDH, gov or NGO?').text).toMatch(/human rights group/);
			// (A hedge is no choice: "…, henri or sumthin?" guesses one.)
			expect(text('whos the pm rn, henri or sumthin?').text).toMatch(/^Yes, Ariel Henry\./);
		});

		it('asks "X wat its name" as the name of X, and leaves out a name asked again after a question that asks it', () => {
			expect(text('the human rights grp that counted the prisoners wat its name').text).toMatch(/RNDDH/);
			expect(text('whats the prison called that got sieged, forgot the name').text).toMatch(/Pénitencier National/);
			expect(text('ngl confused, who’s PM per the article, first + last name pls').text).toMatch(/Ariel Henry/);
		});

		it('reads a subject taken up by "it was" before chat’s question word as asked of: "moise assassinat it was wat day n yr"', () => {
			expect(text('moise assassinat it was wat day n yr again, i forget lol').text).toMatch(/July 7, 2021/);
		});

		it('asks a question of its own after a remark that tells, where its answer is about what the remark names', () => {
			expect(
				text(
					'my neighbor says that prison was packed tighter than a tap-tap on market day, how many were really inside in early 2023?',
				).text,
			).toMatch(/3,687 inmates/);
			// (Not after words that tell nothing: "Apart from Barbecue, which other gang leaders are named?")
			expect(text('Apart from Barbecue, which other gang leaders are named?').found).toBe(false);
		});

		it('leaves out a check’s label before the colon, whatever follows it: "Sequencing check:", "Quick math since nobody else will:"', () => {
			expect(
				text('Quick math since nobody else will: how many times over capacity was that prison in Feb 2023?').text,
			).toMatch(/5\.27 times/);
			expect(
				text('Sequencing check: Moïse assassination vs. the deal setting Henry’s Feb 7 exit — which came first?').text,
			).toMatch(/moise assassination.*came first/i);
		});

		it('asks which of two kinds a name is, offered after a dash: "RNDDH — govt body or NGO?"', () => {
			expect(text('RNDDH — govt body or NGO?').text).toMatch(/^An NGO/);
			expect(text('gang attack the prison — day time or night time?').text).toMatch(/Saturday night/);
		});

		it('reads a member of the police as a police officer, in English and French: "ancien membre des forces de l’ordre"', () => {
			expect(text('Sergier est-il un ancien membre des forces de l’ordre ?').text).toMatch(/^Yes\b/);
			expect(text('is Barbecue a former member of the police?').text).toMatch(/^Yes\b/);
		});

		it('asks whether one described by what they did is what follows: "is the gang leader who threatened… a former police officer?"', () => {
			expect(
				text('Yes or no: is the gang leader who threatened to escalate attacks a former police officer?').text,
			).toMatch(/^Yes\b[\s\S]*former policeman/);
		});

		it('reads those who killed someone as their killers: "the ppl who kill moise", "moun ki te touye Jovenel"', () => {
			expect(text('r the ppl who kill moise in that same prison too??').text).toMatch(/alleged perpetrators/);
			expect(text('Eske moun ki te touye Jovenel yo te nan prizon sa a tou?').text).toMatch(/alleged perpetrators/);
		});

		it('asks what held someone back as why they were reluctant', () => {
			expect(
				text('Some of the prisoners stayed inside even with the gangs there, what was holding them back?').text,
			).toMatch(/crossfire/);
		});

		it('reads chat’s "who" and an "-ing" verb without the auxiliary between: "who warning…"', () => {
			expect(text('who warning the attacks to overthrow henri gonna escalate').text).toMatch(/Jimmy Sergier warned/);
		});

		it('reads stepping forward as volunteering', () => {
			expect(text('Which country stepped forward to command the international armed force?').text).toMatch(/Kenya/);
		});

		it('answers other places, or where else, with the kind of place the report names', () => {
			expect(text('where else did the gangs threaten to attack?').text).toMatch(/more police stations/);
			expect(text('Ki lòt kote gang yo menase atake?').text).toMatch(/more police stations/);
		});

		it('leaves out "exact fig pls" after a figure named', () => {
			expect(text('rnddh number feb 23, exact fig pls').text).toMatch(/3,687/);
			// (Not after "how many": asked exactly, the escapes have no number.)
			expect(text('how many escaped, exact number pls').text).toMatch(/no exact number/);
		});

		it('answers no to a deed of staying asked of ones the report says left: "did the cops actually defend the prison or nah"', () => {
			expect(text('<@123123123123> 🙄🙄 did the cops actually defend the prison or nah').text).toMatch(
				/^No:[\s\S]*abandoned it/,
			);
			expect(text('Net-net, did police manage to hold their posts at the facility when it got hit?').text).toMatch(
				/^No:/,
			);
			// (They were guarding it when they left: that is no no.)
			expect(text('did the police guard the prison?').text).not.toMatch(/^No\b/);
		});

		it('finds the crisis by readers’ words for its many sides: "a multi layered crisis, what areas does that cover"', () => {
			expect(text('they keep saying its a multi layered crisis, what areas does that cover').text).toMatch(
				/security, humanitarian, public health, political/,
			);
		});

		it('reads "ou tjr rien", "or still nothing" as the other answer offered, not a denial asked', () => {
			expect(text('@everyone 🚨🚨 le gvt il a fait une déclaration sur la prison ou tjr rien??').text).toMatch(
				/^No, not as far as the report says/,
			);
		});

		it('reads French "effectif carcéral" as the inmates, and "prénom" as a first name', () => {
			expect(
				text('D’après le dernier décompte mentionné, quel était l’effectif carcéral réel du Pénitencier National ?')
					.text,
			).toMatch(/3,687 inmates/);
			expect(text('Quel était le prénom du président haïtien assassiné en juillet 2021 ?').text).toMatch(/Jovenel/);
		});

		it('reads sounding a trumpet, ringing a bell or raising a red flag as warning', () => {
			expect(
				text('Which group first sounded the trumpet back in 2017 about overcrowding and understaffing?').text,
			).toMatch(/RNDDH warned/);
			expect(text('who raised a red flag about the prison in 2017?').text).toMatch(/RNDDH warned/);
		});

		it('leaves out what the thing named last is meant for, after a verb of the question’s own', () => {
			expect(
				text('which nation offered to lead that foreign armed force meant to help the Haitian police?').text,
			).toMatch(/Kenya/);
			// (Not where it is what is asked: "what was the prison meant to hold?")
			expect(text('what was the prison meant to hold?').text).toMatch(/700 places/);
		});

		it('orders two events where the second is named by one bare noun: "attack port before or after prison"', () => {
			expect(text('did gangs attack port before or after prison?').text).toMatch(/^Before\./);
			expect(text('eske gang yo te atake pò a anvan oswa apre prizon an?').text).toMatch(/^Before\./);
		});

		it('takes a child or dear one addressed for no word of the question: "pitit mwen", "my child"', () => {
			expect(text('Ki non Premye Minis la, pitit mwen?').text).toMatch(/Ariel Henry/);
			expect(text('Pitit, ki non Premye Minis la?').text).toMatch(/Ariel Henry/);
			expect(text('what is the prime minister’s name, my child?').text).toMatch(/Ariel Henry/);
		});

		it('answers where a deed done to a place happened with where the place is: "where was the prison attacked?"', () => {
			expect(text('where was the prison attacked?').text).toMatch(/Port-au-Prince/);
			expect(text('Nan ki vil prizon yo te atake a ye?').text).toMatch(/Port-au-Prince/);
		});

		it('reads those who lost their lives as those killed: "lost their lives", "pèdi lavi yo"', () => {
			expect(
				text('according to UN figures, what happened to the number of people who lost their lives to violence in 2023?')
					.text,
			).toMatch(/more than doubled/);
			expect(
				text('kantite moun ki pèdi lavi yo nan vyolans, dapre chif Nasyonzini, sa k te rive ak li an 2023?').text,
			).toMatch(/more than doubled/);
		});

		it('asks when a named party agreed, not the date it set: "ki mwa Konsèy Sekirite a te dakò pou fòs la vini?"', () => {
			expect(text('Ki mwa Konsèy Sekirite Nasyonzini an te dakò pou fòs entènasyonal la vini?').text).toMatch(
				/October/,
			);
			expect(text('ki dat yo te fikse pou Henry remèt pouvwa a?').text).toMatch(/February 7/);
		});

		it('takes a grandparent asking, with a remark in brackets, for no word of the question', () => {
			expect(
				text(
					'Granmè mande (se li k ap pale, se mwen k ap tape): Konsèy Sekirite ONU a, ki mwa li te bay feu vè pou fòs la?',
				).text,
			).toMatch(/October/);
		});

		it('reads a role played "in the matter" as what one does in it: "ki wòl Kenya ap jwe nan zafè a?"', () => {
			expect(text('Ki wòl Kenya ap jwe nan zafè a?').text).toMatch(/Kenya offered to lead/);
			expect(text('what role is Kenya playing in the matter?').text).toMatch(/Kenya offered to lead/);
		});

		it('reads Creole "pase" after "plis" as "than": "plis moun pase kantite plas li genyen"', () => {
			expect(text('Èske prizon an te gen plis moun pase kantite plas li genyen?').text).toMatch(/^Yes: 3,687/);
		});

		it('reads "how many prisoners more" and "konbyen moun an plis" as how many more', () => {
			expect(text('how many prisoners more were there than the capacity?').text).toMatch(/2,987 more/);
			expect(text('konbyen prizonye an plis k te genyen pase kapasite a?').text).toMatch(/2,987 more/);
		});

		it('gives as many different facts as asked for, not one fact told twice: "what two warnings…"', () => {
			for (const question of ['what two warnings did Barbecue give?', 'Ki de avètisman Barbecue te bay?']) {
				const answer = text(question).text;
				expect(answer).toMatch(/escalate/);
				expect(answer).toMatch(/school/);
			}
		});

		it('takes "like the exact #" after a count asked for no word of it', () => {
			expect(text('wait so how many ppl escaped?? like the exact #').text).toMatch(/not clear how many/);
		});

		it('reads French words of extent, change and holding ground: "l’étendue", "comment a évolué", "tenu leur position"', () => {
			expect(text('Quelle est l’étendue du contrôle territorial exercé par les gangs ?').text).toMatch(/large part/);
			expect(
				text('D’après les chiffres onusiens, comment a évolué le nombre de meurtres sur l’année 2023 ?').text,
			).toMatch(/more than doubled/);
			expect(text('les gardiens ont tenu leur position ?').text).toMatch(/abandoned/);
			expect(
				text(
					'Qu’est-ce qui s’est passé au niveau du terminal maritime principal juste avant l’assaut sur le pénitencier ?',
				).text,
			).toMatch(/main port/);
		});

		it('reads chat\'s "ovr" as "over": "wat date was henry sposed to hand ovr power"', () => {
			expect(text('wat date was henry sposed to hand ovr power').text).toMatch(/February 7/);
		});
		it('reads a message typed all in capitals as written in small letters, keeping the data’s initialisms', () => {
			expect(text('CEST QUI LE PREMIE MINISTRE DHAITI SELON LE RAPPORT').text).toMatch(/Ariel Henry/);
			expect(text('KI LE YO TE TIYE PREZIDAN JOVENEL MOIZ').text).toMatch(/July 7, 2021/);
			expect(text('WHO SANCTIONED BARBECUE, THE UN?').text).toMatch(/U\.N\./);
			expect(text('PRIZON AN GEN KONBYEN FWA PLIS MOUN PASE KAPASITE L?').text).toMatch(/5\.27 times/);
		});

		it('asks who said a thing in the question’s own words as it stands, after a remark of something else', () => {
			expect(
				text('they let out like a handful, nothing serious. which paper said the number released was "large"?').text,
			).toMatch(/Gazette Haiti/);
			expect(text('I read somewhere that the guards simply walked off. Which outlet reported this?').text).toMatch(
				/AyiboPost/,
			);
		});

		it('ends a quoted line joined to the reply at the reply’s opening: "> …doubled in 2023 ok but says who?"', () => {
			const answer = text('> murders more than doubled in 2023 ok but says who? whose data is that?').text;
			expect(answer).toMatch(/UN data/);
			expect(answer).not.toMatch(/RNDDH/);
		});

		it('takes "nope", "yep" and "good q" opening a reply for no word of the question', () => {
			expect(text('the US said it would lead the force. nope, who actually offered to lead it?').text).toMatch(
				/^\s*Kenya offered/,
			);
		});

		it('reads the asker’s doubt of their memory as asking whether it is so: "…or am i misremembering"', () => {
			const both = text(
				'when was moise killed? and are ppl accused of it actually in that prison or am i misremembering',
			).text;
			expect(both).toMatch(/July 7, 2021/);
			expect(both).toMatch(/alleged perpetrators/);
			expect(text('the prison held 700 inmates or am i wrong?').text).toMatch(/^No\b/);
		});

		it('reads chat’s "roll up on" as attacking', () => {
			expect(text('yo wen exactly did they roll up on the prison?? like wat day n time').text).toMatch(
				/Saturday night/,
			);
		});

		it('drops what hands a question over before a colon: "you asked in #kesyon so here:"', () => {
			expect(
				text(
					'you asked in #kesyon so here: how many years were there between RNDDH’s overcrowding warning and their Feb 2023 headcount?',
				).text,
			).toMatch(/About 6 years/);
		});

		it('reads a French preamble before a question that opens on "selon l’article,"', () => {
			const answer = text(
				'Bonjour — question peut-être naïve (pardon pour mon français) : selon l’article, quelle est la capacité nominale du Pénitencier National, et combien de détenus y avait-il en février 2023 ?',
			).text;
			expect(answer).toMatch(/700 places/);
			expect(answer).toMatch(/3,687 inmates/);
		});
		it('reads "one" before its verb as the pronoun, no count: "if one divides the one figure by the other"', () => {
			expect(
				text(
					'By approximately what multiple did the inmate population exceed the capacity, if one divides the one figure by the other?',
				).text,
			).toMatch(/5\.27 times/);
		});

		it('drops the answers guessed between after a question that asks it: "…, was it 2 or 3?"', () => {
			expect(text('hw many police unions asked for reinforcements, was it 2 or 3?').text).toMatch(/^\s*Two of Haiti/);
		});

		it('says no yes or no against a noun whose verb has an opposite: "is it haiti’s biggest jail?"', () => {
			expect(text('is it haiti’s biggest jail?').text).not.toMatch(/^\s*No\b/);
			expect(text('is it haiti’s biggest jail?').text).toMatch(/largest/);
		});
		it('reads who recorded a figure as who counted it', () => {
			expect(text('Which organisation recorded 3,687 inmates in the Pénitencier National?').text).toMatch(/RNDDH/);
		});

		it('asks what a topic did, set first and asked in chat’s order: "the police … what they did when…"', () => {
			expect(text('the police that was guarding the penitentiary what they did when the gangs came').text).toMatch(
				/abandoned/,
			);
		});

		it('asks the source of what is told after "where that come from about…"', () => {
			expect(text('where that come from about the prisoners being to scared of the crossfire to run').text).toMatch(
				/^\s*Reuters/,
			);
		});

		it('says the report gives no budget, asked in French: "Quel est le budget de la force…"', () => {
			expect(text('Quel est le budget de la force internationale dirigée par le Kenya ?')).toMatchObject({
				found: false,
				text: /doesn’t give the budget/,
			});
		});

		it('reads the areas or domains a crisis touches as its dimensions', () => {
			expect(text('La crise multidimensionnelle, elle touche quels domaines exactement?').text).toMatch(
				/public health/,
			);
			expect(text('what sectors does the crisis affect?').text).toMatch(/public health/);
		});

		it('reads a run-on message’s "what the real number" as a question of its own', () => {
			expect(
				text('my cousin saying it was like 5000 people in that penitentiary in february 2023 what the real number')
					.text,
			).toMatch(/3,687/);
		});

		it('compares two figures asked as "which figure is higher: A or B"', () => {
			expect(
				text(
					'Which figure is higher: the number of inmates recorded in February 2023, or five times the nominal capacity?',
				).text,
			).toMatch(/^\s*More: 3,687/);
		});

		it('answers "what time of day" with a part of the day, where "at what hour" finds none', () => {
			expect(text('what time of day did the siege start?').text).toMatch(/Saturday night/);
			expect(text('at what hour did the siege start?').found).toBe(false);
		});
		it('takes a courtesy or exclamation set off in the question for no word of it: "si je puis me permettre", "mon Dieu"', () => {
			expect(
				text('Ce Barbecue dont tout le monde parle, par qui a-t-il été sanctionné, si je puis me permettre ?').text,
			).toMatch(/U\.N\./);
			expect(text('Et au port principal, qu’est-ce que ces hommes armés ont essayé de faire, mon Dieu ?').text).toMatch(
				/take over the main port/,
			);
		});

		it('reads a French polite opening before "ce qu’a fait…"', () => {
			expect(
				text('Auriez-vous la bonté de me dire ce qu’a fait le nombre d’homicides en 2023, selon les Nations unies ?')
					.text,
			).toMatch(/more than doubled/);
		});

		it('credits no one else with a deed only a noun of the fact is related to: "MSF a fermé ses structures"', () => {
			expect(text('Est-ce que MSF a fermé ses structures à Port-au-Prince ?').found).toBe(false);
		});
		it('takes the asker’s bidding to whoever types for no word of the question: "mande l pou mwen souple:"', () => {
			expect(
				text(
					'Pitit mwen, mande l pou mwen souple: gwo prizon ki Pòtoprens lan, lè yo te bati l, pou konbyen moun yo te prevwa l?',
				).text,
			).toMatch(/700 places/);
		});

		it('reads those whose task it was to guard a place as its guards', () => {
			expect(text('what did the people who were there to guard the prison do when the shooting began?').text).toMatch(
				/abandoned/,
			);
			expect(
				text(
					'M tande moun ki te la pou veye prizon an pa t rete kanpe. Di m non, sa yo te fè lè zam yo te kòmanse pale?',
				).text,
			).toMatch(/abandoned/);
		});
		it('reads Creole chat’s "kb" as "konbyen", and "tchwe", "antoure", "sipoz", "flik", "sindika"', () => {
			expect(text('kb moun an plis nan prizon an pase plas li genyen').text).toMatch(/2,987 more/);
			expect(text('kb tan ki pase ant asasina moiz ak akod desanm 2022 la').text).toMatch(/17 months/);
			expect(text('ki le yo te tchwe moiz').text).toMatch(/July 7, 2021/);
			expect(text('ki jou gang yo te antoure prizon an').text).toMatch(/Saturday night/);
			expect(text('flik ki t ap veye prizon an yo te rete kanpe la?').text).toMatch(/abandoned/);
		});

		it('reads one whose "time was up" as due to leave', () => {
			expect(text('henry’s time was supposed to be up right? so why is he still hanging on?').text).toMatch(
				/security must be restored/,
			);
		});

		it('takes a remark closed by chat’s laugh, before the question word, for no part of the question', () => {
			expect(
				text('ok the old folks at church fighting about it again lol, what day exactly did they kill president moise?')
					.text,
			).toMatch(/July 7, 2021/);
		});
		it('asks for a person when asked who is the one of a person’s kind: "who is the journalist at Gazette Haiti…"', () => {
			for (const question of [
				'who is the journalist at Gazette Haiti who broke the news about the released inmates?',
				'C’est qui le journaliste de la Gazette Haïti qui a sorti l’info sur les détenus libérés?',
			])
				expect(text(question).found).toBe(false);
			expect(text('c’est qui le premier ministre ?').text).toMatch(/Ariel Henry/);
		});
		it('answers why someone was worried about something with what they sought to stop of it', () => {
			expect(text('Why were the police unions so worried about the inmates at the Penitencier?').text).toMatch(
				/to stop inmates/,
			);
			expect(text('why were the police unions worried about the port?').found).toBe(false);
		});
		it('reads "former" opening what is asked of someone: "is barbecue former police?", "ex-military?"', () => {
			expect(text('is barbecue former police?').text).toMatch(/^\s*Yes\b/);
			expect(text('is barbecue ex police?').text).toMatch(/^\s*Yes\b/);
			expect(text('is barbecue ex-military?').text).toMatch(/^\s*No\b/);
		});

		it('reads the age of a figure as when it is from, and pushing a line as arguing it', () => {
			expect(text('that 3687 number how old is it').text).toMatch(/February 2023/);
			expect(text('Who is pushing the line that security must be restored before elections?').text).toMatch(
				/Ariel Henry/,
			);
		});
		it('answers a number offered as a threshold on one side with yes or no and the figure', () => {
			expect(text('did the number of inmates in feb 2023 exceed 3000?').text).toMatch(
				/^\s*Yes: 3,687 inmates, more than/,
			);
			expect(text('did the prison hold fewer than 3000 inmates?').text).toMatch(/^\s*No: 3,687 inmates/);
			expect(text('did the prison hold more than 4,000 inmates?').text).toMatch(/^\s*No: 3,687 inmates/);
			// A figure of something else is no answer to a count of what the question asks.
			expect(text('did more than 3000 inmates escape?').text).not.toMatch(/3,687/);
		});
		it('takes a sentence of blessing or thanks around the question for no part of it', () => {
			expect(
				text(
					'Une sœur de l’église m’a demandé pourquoi certains prisonniers n’osaient pas s’évader tous ensemble. Merci et Bondye beni ou.',
				).text,
			).toMatch(/crossfire/);
			expect(text('Grace and peace. Who leads the gang alliance? Mèsi, frè m.').text).toMatch(/Jimmy Sergier/);
		});

		it('puts up no fact for one word said of a name the report lacks: "Is Cap-Haïtien safe right now?"', () => {
			expect(text('Is Cap-Haïtien safe right now?').found).toBe(false);
			expect(text('Was Moise killed in 2020?').text).toMatch(/^No\b/);
		});
		it('asks the names of people someone named had, not theirs: "the names of Jovenel’s killers"', () => {
			expect(text('what are the names of Jovenel’s killers, one by one?')).toMatchObject({
				found: false,
				text: /doesn’t name them/,
			});
			expect(text('what is Barbecue’s real name?').text).toMatch(/^Jimmy Sergier/);
		});

		it('counts no other fact for homicides recorded: "the absolute number of homicides recorded in 2023"', () => {
			expect(text('What was the absolute number of homicides recorded in 2023?').text).not.toMatch(/2,987|3,687/);
		});
		it('holds a count against a threshold asked in French, and no count of something else against one', () => {
			expect(text('le nombre de détenus dépasse 3000 ?').text).toMatch(/^\s*Yes: 3,687 inmates/);
			expect(text('was the number of escapees more or less than 500?').text).not.toMatch(/3,687 inmates, against/);
		});
		it('reads "more or less than 500" as two sides of one threshold, not "more" alone', () => {
			const answer = text('was the number of escapees more or less than 500?');
			expect(answer.text).not.toMatch(/^Of\b/);
			expect(answer.text).toMatch(/not clear how many/);
		});
		it('takes a hyphened or lowercase place name the report lacks for a place it does not mention', () => {
			expect(text('how many inmates in the cap-haitien prison?')).toMatchObject({ found: false, text: /cap-haitien/ });
			expect(text('how many inmates in the jacmel prison?')).toMatchObject({ found: false, text: /jacmel/ });
			expect(text('eske prizon okap la te atake tou?').found).toBe(false);
			expect(text('how many inmates in the prison?').text).toMatch(/3,687/);
		});
		it('reads what one had to do as what one was to do: "when did Henry have to leave power?"', () => {
			expect(text('henry had to leave the power when exactly?? day and month pls').text).toMatch(/February 7/);
		});
		it('asks who did what one is quoted doing, and who told a story given as a clause', () => {
			expect(text('Who is quoted warning of ‘collateral damage’?').text).toMatch(/Sergier/);
			expect(text('The story that the guards left the prison abandoned, who published it?').text).toMatch(/AyiboPost/);
			expect(text('who wrote the report?').text).toMatch(/no byline/);
		});
		it('leaves out a memory that fails the asker, without its "I"', () => {
			expect(text('was the prison hit sat night or sun night, can’t remember').text).toMatch(/Saturday night/);
		});
		it('works out how long passed between two events set first, or told with Creole’s subject and "te"', () => {
			const years = /About 6 years/;
			expect(text('Ant avetisman RNDDH an 2017 la ak kont fevriye 2023 la, konbyen ane ki pase?').text).toMatch(years);
			expect(
				text('Entre l’avertissement du RNDDH et le décompte de février 2023, combien d’années se sont écoulées?').text,
			).toMatch(years);
			expect(text('Konbyen tan apre asasina Jovnel yo te siyen akò desanm 2022 la?').text).toMatch(
				/17 months.*July 7, 2021/,
			);
			expect(text('konbyen tan ki pase depi yo touye Jovnel rive nan kont RNDDH fevriye 2023 la?').text).toMatch(
				/19 months/,
			);
		});
		it('reads French’s "devait céder sa place" as a plan to step down, and "true that…" as asking whether it is so', () => {
			expect(
				text(
					'Dites, savez-vous me dire à quelle date le Premier ministre devait céder sa place, et en vertu de quel accord ?',
				).text,
			).toMatch(/February 7.*December 2022|December 2022.*February 7/);
			expect(text('true that the guys accused of killing Moise are locked up in that pen??').text).toMatch(
				/alleged perpetrators/,
			);
		});
		it('tells no killing through an attack: "did any policemen get killed in the attacks on the stations?"', () => {
			expect(text('Did any policemen get killed in the gang attacks on the stations?').found).toBe(false);
			expect(text('did barbecue get sanctioned?').text).toMatch(/^Yes/);
		});
		it('takes no alternative for told where the words before the two are what match: "…or just one among others?"', () => {
			const answer = text(
				'This penitentiary that was besieged, is it the biggest detention establishment of the country or just one among others?',
			);
			expect(answer.text).not.toMatch(/3,687|^Just one/);
			expect(answer.text).toMatch(/largest/);
		});
		it('reads Quebec’s "tu" typed apart after a verb as asking, and offered two after it as asking which', () => {
			expect(text('les policiers ont tu abandonné la prison?').text).toMatch(/^Yes/);
			expect(text('c tu les states ou le canada qui vont mener la force internationale?').text).toMatch(
				/Kenya offered/,
			);
			expect(text('les gangs contrôlent tu juste la capitale ou bin plus que ça').text).toMatch(
				/large part of the country/,
			);
			expect(text('est-ce que tu sais qui dirige les gangs?').text).toMatch(/Sergier/);
		});
		it('reads Quebec French’s words for help, approval, leaving and one guy', () => {
			expect(
				text(
					'L’ONU a greenlighté quoi exactement pour donner un coup de main à la police haïtienne, pis c’était quand?',
				).text,
			).toMatch(/green light.*October|October.*green light/);
			expect(text('D’après qui les policiers auraient sacré leur camp de la prison?').text).toMatch(/AyiboPost/);
			expect(text('c’est quoi le surnom du gars Jimmy Sergier??').text).toMatch(/Barbecue/);
			expect(text('Le Kenya dans toute cette histoire-là, y joue quel rôle?').text).toMatch(/Kenya offered to lead/);
		});
		it('holds a people’s adjective against how the report describes one: "is RNDDH haitian?"', () => {
			expect(text('is RNDDH haitian?').text).toMatch(/^Yes/);
			expect(text('is RNDDH kenyan?').text).toMatch(/^No/);
		});
		it('reads "e.g." as offering an example, whose dots end no sentence', () => {
			expect(
				text('Was any other Haitian prison attacked the same weekend, e.g. the one outside the capital?').text,
			).toMatch(/doesn’t name another prison/);
			expect(text('eske gen lòt prizon gang yo te atake nan wikenn nan?').text).toMatch(/doesn’t name another prison/);
		});
		it('gives every date when asked for them with what happened each time, in Creole too', () => {
			const all = text('Ban m tout dat ki nan atik la ak sa k te pase chak fwa, an lis').text;
			expect(all).toMatch(/2017/);
			expect(all).toMatch(/July 7, 2021/);
		});
		it('reads French "à part" as besides and "davantage" as more', () => {
			expect(text('à part Reuters, c quels médias qui sont cités dans l’article sur la prison?').text).toMatch(
				/Besides Reuters.*AyiboPost, Gazette Haiti/,
			);
			expect(text('Qui a menacé de s’en prendre à davantage de commissariats de police ?').text).toMatch(/Gangs/);
		});
		it('reads the asker’s own deadline as no part of the question, and "in 20" after it as no year', () => {
			const answer = text('@here need inmate count + as-of date + source for the PN, going to print in 20 🚨').text;
			expect(answer).toMatch(/February 2023.*3,687.*RNDDH/);
			expect(text('what happened in 21?').text).toMatch(/2021/);
		});
		it('reads an initialism said letter by letter: "that r n d d h group"', () => {
			expect(text('that r n d d h group wat kind of group it is exactly').text).toMatch(/^RNDDH/);
		});
		it('counts doers of either kind asked: "how many organization or country sanction Barbecue"', () => {
			expect(text('How many organization or country sanction Barbecue and which ones?').text).toMatch(
				/^2: United Nations and United States/,
			);
			expect(text('how many countries sanctioned Barbecue?').text).toMatch(/^1: United States/);
		});
		it('gives no share of a part no figure counts: "what share of the 3,687 inmates escaped?"', () => {
			expect(text('What share of the 3,687 inmates escaped?')).toMatchObject({
				found: false,
				text: /no such share/,
			});
			expect(text('what share of the inmates had a place?').text).toMatch(/About 19%/);
		});
		it('denies nothing with one of two offered: "is RNDDH Haitian or international?"', () => {
			expect(text('is RNDDH Haitian or international?').text).not.toMatch(/^No/);
			expect(text('is the PN Haiti’s biggest prison or just a big one?').text).not.toMatch(/^No/);
			expect(text('Di m ki sit entènèt ki di polis yo abandone prizon an?').text).toMatch(/AyiboPost/);
		});
		it('reads idioms of warning, pressing, coming to blows and descending on, and an English vocative last', () => {
			expect(
				text('Which Haitian NGO sounded the warning, some years ago, about understaffing at the prison?').text,
			).toMatch(/RNDDH/);
			expect(text('Who, if anyone, has been pressing for urgent reinforcements to prevent a breakout?').text).toMatch(
				/police unions/,
			);
			expect(text('When the armed groups descended upon the prison, with whom did they come to blows?').text).toMatch(
				/police/,
			);
			expect(text('Barbecue’s actual name pls, old chap').text).toMatch(/^Jimmy Sergier/);
		});
		it('reads "named" after its auxiliary as mentioning, not as asking a name', () => {
			expect(text('what further targets have the gangs named beyond the prison itself?').text).not.toMatch(
				/doesn’t name them/,
			);
		});
		it('reads what something is supposed to do where it acts as what it is for, in French too', () => {
			expect(text('what is the international force supposed to do in Haiti?').text).toMatch(
				/to help the Haitian police/,
			);
			expect(text('La force armée internationale, elle est censée faire quoi exactement en Haïti?!').text).toMatch(
				/to help the Haitian police/,
			);
		});
		it('reads French fighting, chat’s going after, and Quebec’s ordering with "pis" between the last two', () => {
			expect(text('Les gangs se sont battus contre qui à la prison samedi soir?!').text).toMatch(/police/);
			expect(text('After the prison, did the gangs say what they’d go after next?!').text).toMatch(/police stations/);
			const ordered = text(
				'Mezanmi, mets-moi ça en ordre svp: l’avertissement de RNDDH, l’assassinat de Jovenel, l’accord de décembre pis le décompte des détenus!!',
			).text;
			expect(ordered).toMatch(/2017[\s\S]*2021[\s\S]*December 2022[\s\S]*February 2023/);
		});
		it('names no prison where it is asked of a place the report never mentions, in Creole SMS too', () => {
			expect(text('what is the name of the prison in Gonaives?')).toMatchObject({ found: false, text: /Gonaives/ });
			expect(text('ki non prizon ki nn gonaives la').found).toBe(false);
			expect(text('what is Barbecue’s real name?').text).toMatch(/^Jimmy Sergier/);
		});
		it('reads Creole’s "k" before a marker of tense as "ki"', () => {
			expect(text('eske moun k te touye jovenel yo nn prizon sa a tou').text).toMatch(/alleged perpetrators/);
		});
		it('reads formal and chat French: disposed to lead, what constitutes, who is it again, linked to, or is it fake news', () => {
			expect(
				text(
					'Quel pays s’est déclaré disposé, selon l’article, à conduire la force armée internationale autorisée l’automne dernier ?',
				).text,
			).toMatch(/Kenya offered to lead/);
			expect(
				text(
					'Selon l’article, quel établissement constitue la plus grande prison d’Haïti, celle-là même qui a été assiégée ?',
				).text,
			).toMatch(/Pénitencier National/);
			expect(text('c’est qui deja le PM en Haiti, jsuis plus sûre si ça s’écrit Henry ou Henri lol').text).toMatch(
				/Ariel Henry/,
			);
			expect(
				text(
					'c’est vrai qu’il y a des gens liés à l’assassinat du président enfermés là-dedans ou c’est de la fake news ?',
				).text,
			).toMatch(/alleged perpetrators/);
		});
		it('reads a number grouped by apostrophes, as Swiss French writes it: "4’000"', () => {
			expect(text('Le Pénitencier National comptait-il plus ou moins de 4’000 détenus en février 2023 ?').text).toMatch(
				/3,687/,
			);
			expect(text('les gang ils ont attaque le port avan ou apres la prison?').text).toMatch(/came first.*Friday/);
		});
		it('counts, in a later part that names nothing counted, what the first part counted', () => {
			const answer = text(
				'le Pénitencier il a été construit pour combien de détenus et y en avait combien en vrai?',
			).text;
			expect(answer).toMatch(/700 places/);
			expect(answer).toMatch(/3,687 inmates/);
		});
		it('splits a Creole question whose second part puts its question word after a pronoun and its verb', () => {
			const answer = text('ki peyi k ap mennen fòs entènasyonal la e l ap rive kilè?').text;
			expect(answer).toMatch(/Kenya offered to lead/);
			expect(answer).toMatch(/remains unclear when/);
		});
		it('asks why without the verb of giving the reason: "what justification has Henry offered for staying…"', () => {
			expect(text('What justification has Henry offered for staying in office past the agreed handover?').text).toMatch(
				/security must be restored/,
			);
		});
		it('reads chat’s toe to toe, how much ground, and an opening "petite question de contexte"', () => {
			expect(text('did the gangs go toe to toe with the police?').text).toMatch(/clashing with police/);
			expect(text('How much ground do the gangs hold, per the piece?').text).toMatch(/large part of the country/);
			expect(text('Petite question de contexte : Ariel Henry occupe quel poste exactement ?').text).toMatch(
				/Prime Minister/,
			);
		});
		it('leaves out who asks, set off by a colon, and a prayer after the question', () => {
			const answer = text(
				'Les sœurs de l’Église demandent : la force internationale armée, elle a été approuvée quand, et on sait quand elle va être déployée ? Nous prions pour qu’elle arrive vite.',
			).text;
			expect(answer).toMatch(/Last October/);
			expect(answer).toMatch(/remains unclear/);
			expect(
				text(
					'Sister question for the Bible study group: which came first, RNDDH’s warning about the prison or the killing of President Moïse, and how many years were between them?',
				).text,
			).toMatch(/2017.*came first.*about 4 years/);
		});
		it('splits a French second question whose question word comes three words after its pronoun', () => {
			const answer = text(
				'Par la grâce de Dieu, je voudrais comprendre : l’accord pour le départ de Henry, il a été conclu quand, et il devait partir à quelle date ?',
			).text;
			expect(answer).toMatch(/December 2022/);
			expect(answer).toMatch(/February 7/);
		});
		it('reads what comes up in the report as mentioned, and a spoiler beside a question as the asker’s aside', () => {
			expect(text('which countries come up in the report?').text).toMatch(/3 countries: Haiti, Kenya, United States/);
			expect(text('which countries other than haiti come up in the report? ||should be 2||').text).toMatch(
				/Besides Haiti.*Kenya, United States/,
			);
			expect(text('what kind of organisation is RNDDH exactly ||a govt agency??||').text).toMatch(/human rights group/);
		});
		it('gives the share a limit keeps of those who could stay, not of those beyond it', () => {
			expect(
				text('if the pen got cut down to its nominal capacity, what % of the feb 2023 inmates could stay? round it')
					.text,
			).toMatch(/About 19%/);
			expect(text('who was meant to be keeping watch over the penitentiary before it all kicked off?').text).toMatch(
				/Police officers guarding/,
			);
		});
		it('reads French "est où" as where, and "de quelle" before a noun as which one', () => {
			expect(text('Ariel Henry est où en ce moment?! Il est même pas au pays paraît-il!!')).toMatchObject({
				found: false,
				text: /doesn’t say where/,
			});
			expect(
				text(
					'De quelle nationalité sont les auteurs présumés de l’assassinat de Jovenel Moïse qui étaient détenus au Pénitencier National ?',
				),
			).toMatchObject({ found: false, text: /doesn’t say which nationality/ });
		});
		it('works out what a capacity changed as supposed leaves: doubled, quintupled, so many to a place', () => {
			expect(
				text('If they doubled the Pénitencier’s capacity, how many of the Feb 2023 inmates would still have no place?')
					.text,
			).toMatch(/700 × 2 = 1,400 places, 2,287 too many/);
			expect(
				text(
					'Stress test: if you quintupled the Pénitencier’s nominal capacity, would it have held the February 2023 population?',
				).text,
			).toMatch(/^No: still over.*700 × 5 = 3,500 places, 187 too many/);
			expect(
				text(
					'Si chaque place du pénitencier avait été occupée par 5 détenus, ça aurait-tu été assez pour les détenus de février 2023?',
				).text,
			).toMatch(/^No: still over.*3,500 places/);
		});
		it('lists the sources of a kind asked, with the sources set first, in English and French', () => {
			for (const question of [
				'Of the sources the article relies on, which are media outlets, as opposed to organisations?',
				'Parmi les sources sur lesquelles s’appuie l’article, lesquelles sont des médias (journaux, agences, sites d’information), par opposition aux organisations ?',
			])
				expect(text(question).text).toMatch(/3 news outlets: AyiboPost, Gazette Haiti, Reuters/);
		});
		it('asks the name of one a clause picks out as which one did it: "the gang boss who led the prison attack"', () => {
			expect(text('what’s the name of the gang leader who led the attack on the prison?').found).toBe(false);
			expect(text('ki non chef bandi ki te dirije atak prizon an').found).toBe(false);
			expect(text('what’s the name of the gang leader who warned that attacks will escalate?').text).toMatch(/Sergier/);
		});
		it('reads two offered with the verb said again before the second: "is Kenya or is Canada that offer…"', () => {
			expect(text('is Kenya or is Canada that offer to lead the force?? my grandson say canada').text).toMatch(
				/^Not Canada.*Kenya offered/,
			);
		});
		it('reads Creole and French for having no place, the oldest year, and a second question opened by "kbyen"', () => {
			expect(text('kbyen prizonye pa t gen plas pou yo').text).toMatch(/2,987 more inmates/);
			expect(text('combien de détenus n’avaient pas de place ?').text).toMatch(/2,987 more inmates/);
			expect(text('ki ane ki pi ansyen nn atik la').text).toMatch(/^The earliest the report dates:.*2017/);
			expect(text('nan ki mwa ak ane rnddh te konte prizonye yo e kbyen li te konte').text).toMatch(
				/February 2023.*3,687/,
			);
		});
		it('lists every outlet of either kind asked: "which newspaper or agency does the article cite?"', () => {
			expect(text('Which newspaper or agency does the article cite about the prison?').text).toMatch(
				/3 news outlets: AyiboPost, Gazette Haiti, Reuters/,
			);
		});
		it('reads a channel typed as text as naming no one, "take" after an attempt as grabbing, and the units offered last', () => {
			expect(
				text(
					'🔁 from #desk-caraibes <@204918273645109876> the gang boss who announced ‘coordinated actions’ wants to topple whose govt ?',
				).text,
			).toMatch(/Henri government/);
			expect(text('what did the gangs try to take?').text).toMatch(/main port/);
			expect(text('la veille, les gangs ont essayé de prendre quoi?').text).toMatch(/main port/);
			expect(text('how long after moise got killed was the RNDDH count? like months or years').text).toMatch(
				/19 months/,
			);
		});
		it('lists what is asked of "each thing" someone did or said', () => {
			const answer = text('What did the UN do or say, each thing please').text;
			expect(answer).toMatch(/United Nations \(3\)/);
			expect(answer).toMatch(/Security Council/);
		});
		it('asks no name, and finds no reason, where one asks why someone is called so, in the three languages', () => {
			for (const question of [
				'poukisa yo rele Jimmy Sergier ‘Barbecue’ menm?',
				'pourquoi on appelle Jimmy Sergier ‘Barbecue’ ?',
				'why is Sergier called Barbecue?',
			])
				expect(text(question)).toMatchObject({ found: false, text: /doesn’t say why/ });
		});
		it('reads a French question word asked late: "les homicides ont évolué comment en 2023 ?"', () => {
			const answer = text("D'après les chiffres de l'ONU, les homicides ont évolué comment en 2023 ?");
			expect(answer.text).toMatch(/more than doubled/);
			expect(answer.text).not.toMatch(/^No/);
		});
		it('asks for both of two measures set against each other, whatever the label and the request after them', () => {
			for (const question of [
				'sorry to ping, for a graphic: RNDDH places vs headcount at the Pénitencier?',
				'quick one: inmates vs places at the penitentiary, need both numbers pls',
				'capacity vs actual headcount at the Pénitencier National, both figures pls',
			]) {
				const answer = text(question).text;
				expect(answer).toMatch(/\b700\b/);
				expect(answer).toMatch(/3,687/);
			}
		});
		it('leaves out who asks and what they say around the question, in the three languages', () => {
			expect(
				text(
					'The old lady wants to know why the prime minister is still sitting in his chair. What excuse does he give? She says in her day when your time was finished you packed your suitcase and you went home.',
				),
			).toMatchObject({ found: true, text: /security must be restored/ });
			expect(
				text(
					'grann di bondye bon wi, li vle konn kisa barbecue la di moun fe ak timoun yo pou lekol la paske ti jonas ak ti sara ap al lekol lendi a',
				).text,
			).toMatch(/collateral damage/);
			expect(
				text(
					'grann ap mande si se prizon ki pi gwo nan tout ayiti a yo atake a oswa se yon ti prizon konsa, li di mezanmi jezi mari jozef',
				).text,
			).toMatch(/largest prison/);
			expect(
				text(
					'She says, and she makes the sign of the cross when she says it, are the men they accuse of killing our president Jovenel locked up in that very same prison?',
				).text,
			).toMatch(/alleged perpetrators/);
			expect(text('my aunt asks if the guards left the prison').text).toMatch(/abandoned it/);
		});
		it('names no place where someone of the asker’s own lives, and wishes the dead peace for nothing', () => {
			for (const question of [
				'My cousin who lives in Miami says a country wanted to lead the force. Which one?',
				"Mon neveu qui vit à Montréal m'a dit qu'un pays d'Afrique voulait prendre la tête de la force étrangère. Lequel, s'il vous plaît ?",
			])
				expect(text(question).text).toMatch(/^\s*Kenya offered to lead/);
			expect(text('quel jour a-t-on assassiné notre président Jovenel Moïse, paix à son âme ?').text).toMatch(
				/July 7, 2021/,
			);
		});
		it('reads a year offered in Creole, "se te 2021 oswa 2022", as a guess at the date asked', () => {
			expect(text('ki dat yo touye prezidan moise la, grann bliye, se te 2021 oswa 2022??').text).toMatch(
				/July 7, 2021/,
			);
		});
		it('reads the Pope and the Catholic Church in Kreyòl as the strangers to the report they are', () => {
			expect(text('Eske Legliz Katolik oswa Pap la di yon bagay sou atak prizon an?')).toMatchObject({
				found: false,
			});
			expect(text('Kiyès ki te rele anmwe pou yo voye ranfò byen vit pou prizonye yo pa chape?').text).toMatch(
				/police unions/i,
			);
		});

		it('answers no one a name the report lacks, typed in capitals that spell a French word: "under EU sanctions"', () => {
			for (const question of ['is Sergier under EU sanctions?', 'Is Barbecue subject to EU sanctions?'])
				expect(text(question)).toMatchObject({ found: false, text: /doesn’t mention EU/ });
		});

		it('reads past a listener’s name and town before the question, as a radio host reads it', () => {
			expect(text('Madan Guerline Noël, Thiotte, ekri nou: Kiyès ki te rele anmwe pou yo voye ranfò?').text).toMatch(
				/police unions/i,
			);
			expect(
				text(
					'Question de M. Rodrigue Vilsaint, de Jacmel : qui a signalé que les gardiens avaient abandonné la prison ?',
				).text,
			).toMatch(/AyiboPost/);
			expect(text('@here 🎙️ Radyo Jakmèl ap tande: ki gwoup ki te konte prizonye yo an fevriye 2023?').text).toMatch(
				/RNDDH/,
			);
		});
		it('reads a custom emoji’s id and a channel typed as text as no part of the question', () => {
			expect(text("@here <:pepe:123456789012345678> dites, le RNDDH c'est quoi comme organisation ? 🧐").text).toMatch(
				/human rights group/,
			);
			expect(
				text('copy-pasting from #news-haiti: what kind of organisation is this RNDDH that keeps getting quoted?').text,
			).toMatch(/human rights group/);
		});
		it('lists the kind a French question asks for as named in the report: "Quels médias haïtiens l’article cite-t-il ?"', () => {
			expect(text('Quels médias haïtiens l’article cite-t-il ?').text).toMatch(
				/news outlets: AyiboPost, Gazette Haiti/,
			);
			expect(text('Quels pays sont cités ?').text).toMatch(/3 countries/);
			expect(text('Which countries are cited?').text).toMatch(/3 countries/);
		});
		it('finds no successor or spouse the report never names, in French', () => {
			expect(text('Qui a succédé à Ariel Henry à la tête du gouvernement ?').found).toBe(false);
			expect(text('Comment s’appelait l’épouse de Jovenel Moïse ?').found).toBe(false);
		});
		it('reads a Kreyòl warning sounded as a warning, held to the year asked', () => {
			expect(text('Kiyès ki te sonnen klòch alam an 2017?').text).toMatch(/^\s*In 2017 RNDDH warned/);
		});

		it('leaves out the asker’s doubt of where they heard it, their remarks in brackets and their weariness', () => {
			expect(
				text(
					"Is there any actual link between this prison and the president's murder, or is that just Twitter making stuff up again (it usually is)?",
				).text,
			).toMatch(/alleged perpetrators/);
			expect(
				text(
					"put these in order pls: the December deal, Moise's assassination, RNDDH's Feb 2023 count (genuinely asking, my timeline is cooked)",
				).text,
			).toMatch(/July 7, 2021[\s\S]*December 2022[\s\S]*February 2023/);
			expect(
				text('Le gouvernement haïtien a-t-il au moins daigné réagir, ou c’est silence radio comme d’hab ?').text,
			).toMatch(/has not commented/);
		});
		it('asks when, where anyone is asked to have said when', () => {
			expect(text('tbh did any1 actually say when the kenya force shows up').text).toMatch(/remains unclear when/);
		});

		it('reads a stretched greeting in capitals as chat, and whether one has been what a noun names as whether they were', () => {
			expect(text('<@!448812093361029130> YOOO who was the prez that got assassinated in 2021?? :skull:').text).toMatch(
				/Jovenel Moïse was assassinated/,
			);
			expect(text('has Sergier ever been a cop?').text).toMatch(/^\s*Yes\b/);
		});
		it('names no whole of a body where a verb follows the noun: "Quelle instance a autorisé…"', () => {
			expect(
				text('Quelle instance a autorisé le déploiement de la force armée internationale, et en quel mois ?').text,
			).toMatch(/October the UN Security Council/);
		});
		it('reads French chat’s letters "é c t" as no initialism', () => {
			expect(text('ki ki a donné le feu vert pr la force internationale é c t kan ?').text).not.toMatch(/ÉCT/);
		});

		it('asks who offered to lead the mission, not who leads the country the mission is in', () => {
			expect(text('who is the one that offered to lead the mission in Haiti?').text).toMatch(
				/^\s*Kenya offered to lead/,
			);
			expect(text('who leads Haiti?').text).toMatch(/Ariel Henry/);
		});
		it('reads "what was first" as which came first, and a Kreyòl digital edition as the report’s', () => {
			expect(text('what was first, the RNDDH warning or the assassination of moise?').text).toMatch(
				/rnddh warning.*\(2017\) came first/i,
			);
			expect(text('Ki jounal ki te pibliye nan edisyon dijital li ke yon gwo kantite prizonye soti?').text).toMatch(
				/Gazette Haiti/,
			);
		});

		it('asks a bare reason after the first part of it, however the reason is named: "…, and on what stated grounds?"', () => {
			expect(
				text('Which official remained in office beyond the 7 February deadline, and on what stated grounds?').text,
			).toMatch(/security must be restored/);
		});
		it('asks when it happened, with the days offered, where a start is asked: "when did the siege start, sat or sun?"', () => {
			expect(text('siege started which day again, sat or sun?').text).toMatch(/Saturday night/);
		});

		it('reads past a teller named with a title, and a semicolon that ends what they told, to what is asked', () => {
			expect(
				text(
					"Sister Marie-Ange tells me it was the prison guards' own union that declared the police had run off; which outlet truly reported that the officers abandoned the prison?",
				).text,
			).toMatch(/AyiboPost/);
			expect(
				text(
					'@everyone :pray: Sister Yvrose heard the guards fled the prison — which outlet reported that the police abandoned it?',
				).text,
			).toMatch(/AyiboPost/);
			expect(
				text(
					"Deaconess Clotilde says the BBC's sources spoke of prisoners fearing to flee amid the crossfire; whose sources were they in truth?",
				).text,
			).toMatch(/^\s*Reuters sources said/);
		});

		it('asks who did a deed asked after its passive: "the December 2022 deal was signed by whom?", "…signé par qui ?"', () => {
			for (const question of [
				'the December 2022 deal was signed by whom exactly?',
				"l'accord de décembre 2022 il a été signé par qui exactement ?",
			])
				expect(text(question)).toMatchObject({ found: false, text: /doesn’t say who/ });
			expect(text('Barbecue was sanctioned by who?').text).toMatch(/U\.N\. and the U\.S\./);
		});
		it('reads French "ça a" as the subject set before it, and a guess hedged without "or": "ariel qqch"', () => {
			expect(text('les homicides en 2023 ça a baissé ou pas ?').text).toMatch(/^No\b[\s\S]*more than doubled/);
			expect(text('c qui le premier ministre deja, ariel qqch ?').text).toMatch(/Yes, Ariel Henry/);
		});

		it('reads Kreyòl "di m" after its subject as what someone tells the asker, not as "tell me"', () => {
			expect(
				text(
					'Kisa sendika polis yo mande a? Yo bezwen moun vin ede yo? M ap di sa paske nevè m nan ki nan polis la di m yo pa ase.',
				).text,
			).toMatch(/reinforcements/);
		});
		it('asks how long between two events without what the asker says after it, and who wants to count it', () => {
			expect(
				text(
					'Grandma wants to count: from the day they killed President Moïse to the month the human rights group counted the prisoners in 2023, how many months is that more or less? She counts on her rosary beads.',
				).text,
			).toMatch(/19 months/);
		});

		it('reads French "comment" as how, never as a comment asked of the silent government', () => {
			expect(
				text('Selon Jimmy Sergier, comment vont évoluer les attaques visant à renverser le gouvernement ?').text,
			).toMatch(/will escalate/);
		});
		it('checks what is said of one, leaving out the contrast that ends it: "moise was the prez not the pm right?"', () => {
			expect(text('moise was the prez not the pm right? just double checking b4 i put it on the board').text).toMatch(
				/^\s*Yes\b/,
			);
		});
		it('answers no one of a year the report never speaks of: "who led the UN force sent in 2004?"', () => {
			expect(text('who led the UN force sent in 2004?')).toMatchObject({ found: false, text: /doesn’t mention 2004/ });
			expect(text('was moise killed in 2019?').text).toMatch(/^No\b/);
		});

		it('reads Kreyòl "lage" of a place as leaving it, and the kind a news site is said to be after its noun', () => {
			expect(text('Ki sit nouvèl sou entènèt ki rapòte polisye yo te lage prizon an bay bandi yo?').text).toMatch(
				/AyiboPost/,
			);
			expect(text('konbyen prizonye yo te lage?').text).toMatch(/released by gang members/);
		});
		it('reads "kiles ki pi vye" as which came first', () => {
			expect(text('kiles ki pi vye, ako desanm 2022 a pou Anri kite oswa chif RNDDH fevriye 2023 la').text).toMatch(
				/\(December 2022\) came first/,
			);
		});

		it('lists countries and organisations together, where both are asked as involved in the story', () => {
			for (const question of [
				'Which countries or international organisations are involved in this story?',
				'Quels pays ou organisations internationales interviennent dans cette histoire ?',
			]) {
				const answer = text(question).text;
				expect(answer).toMatch(/3 countries: Haiti, Kenya, United States/);
				expect(answer).toMatch(/organisations: [^.]*United Nations/);
			}
		});

		it('finds the name asked of one the question calls by a common noun: "the name of the prison the gangs besieged"', () => {
			expect(text('what is the name of the prison the gangs besieged?').text).toMatch(/Pénitencier National/);
			expect(text('What is the name of the human rights group that counted the prisoners?').text).toMatch(/RNDDH/);
			expect(text('ki non gwoup dwa moun ki te konte prizonye yo').text).toMatch(/RNDDH/);
			expect(text('What is the name of the Kenyan commander?').found).toBe(false);
		});

		it('reads a duration asked with its unit after a dash, or in a sentence of its own: "— in months?", "Give it in months."', () => {
			for (const question of [
				'Gap between Moïse assassination and the RNDDH headcount — in months?',
				'How long had President Moise been dead when RNDDH made its February 2023 count? Give it in months.',
			])
				expect(text(question).text).toMatch(/19 months/);
		});

		it('reads an "or" inside the first of two spans joined by "and" as one of its words: "overcrowding/understaffing warning and…"', () => {
			expect(text('Yrs between RNDDH’s overcrowding/understaffing warning and its Feb 2023 count?').text).toMatch(
				/^\s*About 6 years/,
			);
		});

		it('asks why of a deed done to someone, then "for" and who did it: "What was Barbecue sanctioned for by the UN?"', () => {
			for (const question of [
				'What was Barbecue sanctioned for?',
				'What exactly was Barbecue sanctioned for by the UN and the US?',
			]) {
				const answer = text(question);
				expect(answer.found).toBe(false);
				expect(answer.text).toMatch(/doesn’t say why/);
			}
			expect(text('what did the unions call for?').text).toMatch(/called for help/);
		});

		it('says a count is not given where the report gives only how the number changed: "how many people were killed in 2023?"', () => {
			for (const question of ['how many people were killed in 2023?', 'konbyen moun ki mouri nan peyi a an 2023']) {
				const answer = engine.ask(question);
				expect(answer.found).toBe(false);
				expect(answerText(answer)).toMatch(/doesn’t say how many/);
				expect(answer.suggestions.map((suggestion) => suggestion.label).join(' ')).toMatch(/more than doubled/);
			}
			expect(text('homicides in 2023 went up by how much?').text).toMatch(/^\s*The number of homicides[^.]*doubled/);
		});

		it('reads the asker’s own guess after the question ("…?? kenya right?"), and an apology in brackets before it', () => {
			expect(
				text('@here quick one b4 my break ⏰ which country said it’ll lead the armed force?? kenya right? 🇰🇪').text,
			).toMatch(/^Yes, Kenya[\s\S]*Kenya offered to lead/);
			expect(text('(sorry typo earlier 🤦🏾‍♀️) homicides in 2023 went up by how much? 📈').text).toMatch(/doubled/);
		});

		it('reads a year said in words as its figures: "en deux mille dix-sept", "février deux mille vingt-trois"', () => {
			expect(
				text(
					'Que reprochait-on au juste, en deux mille dix-sept, aux conditions de détention du Pénitencier National ?',
				).text,
			).toMatch(/2017 RNDDH warned[^.]*overcrowding and understaffing/);
			expect(
				text(
					'Quelle organisation non gouvernementale avait, dès deux mille dix-sept, mis en garde contre le manque de personnel ?',
				).text,
			).toMatch(/RNDDH/);
		});

		it('places a thing in the capital named by its country’s adjective or possessive, or asked with "se trouve-t-il"', () => {
			for (const question of [
				'is the prison in the Haitian capital?',
				'is the prison in Haiti’s capital?',
				'Le Pénitencier National se trouve-t-il bien dans la capitale haïtienne ?',
			])
				expect(text(question).text).toMatch(/^Yes, in Port-au-Prince/);
			expect(text('Le Pénitencier National se trouve-t-il au Cap-Haïtien ?').text).toMatch(/^No\b/);
		});

		it('reads a formal French yes/no question that opens on whom it addresses or says what one "became"', () => {
			expect(
				text('@everyone Messieurs, n’est-il pas vrai que l’attaque du Pénitencier a eu lieu un samedi soir ? 🇫🇷').text,
			).toMatch(/^Yes\b[\s\S]*Saturday night/);
			expect(
				text('N’est-il pas vrai que l’ancien policier devenu chef de bande fait l’objet de sanctions internationales ?')
					.text,
			).toMatch(/^Yes\b[\s\S]*sanctioned by the U\.N\. and the U\.S\./);
			expect(text('Qui invoque la nécessité de rétablir la sécurité avant la tenue d’élections libres ?').text).toMatch(
				/Ariel Henry/,
			);
		});

		it('asks how much of "le montant de…", which no figure of the report gives', () => {
			expect(text('Quel est le montant du budget alloué à la mission internationale ?').found).toBe(false);
		});

		it('counts what a Kreyòl clause after anyone at all says: "konbyen moun ki rete ann Ayiti" asks no prison’s count', () => {
			expect(text('konbyen moun ki rete ann ayiti antou').found).toBe(false);
			expect(text('konbyen moun ki te nan prizon an').text).toMatch(/3,687/);
		});

		it('lists with Kreyòl "site mwen…" and French "citez…", and outlets asked with groups as "outlet/org"', () => {
			expect(text('site mwen tout jounal ak sit nouvèl yo site nan atik la').text).toMatch(
				/AyiboPost, Gazette Haiti, Reuters/,
			);
			expect(text('list every outlet/org the piece cites').text).toMatch(/5 sources[^.]*RNDDH[^.]*United Nations/);
		});

		it('reads a short name with a doubled letter typed once ("RNDH"), and a nickname asked "on the street"', () => {
			expect(text('who is RNDH?').text).toMatch(/RNDDH/);
			expect(text('ki ti non jimi sèjye a genyen nan lari a').text).toMatch(/Barbecue/);
			expect(text('what nickname does Jimmy Sergier have on the street?').text).toMatch(/Barbecue/);
		});

		it('names a coalition’s leader of the kind asked: "which country is meant to lead that haiti force? is it us kenyans?"', () => {
			expect(text('which country is meant to lead the haiti force?').text).toMatch(/Kenya offered to lead/);
			expect(text('sasa, which country is meant to lead that haiti force? is it us kenyans?').text).toMatch(
				/^Yes, Kenya/,
			);
			expect(text('manze who is this barbecue guy, whats his real name').text).toMatch(/Jimmy Sergier/);
		});

		it('asks who a figure is attributed to with "Attribution for…?", and what a source says of a number it gives only as a change', () => {
			expect(text('Attribution for the 3,687 figure?').text).toMatch(/RNDDH/);
			expect(text('sa done onu yo di sou kantite moun yo touye an 2023 la? 📈').text).toMatch(/more than doubled/);
		});

		it('leaves out a hedge set off by commas, a tag of what the asker gathers, and a joiner that opens the message', () => {
			expect(
				text('Setting aside the Prime Minister himself, which individuals, if any, does the report mention by name?')
					.text,
			).toMatch(/Besides Ariel Henry, the report names 2 people: Jimmy Sergier, Jovenel Moïse/);
			expect(
				text(
					'Pray tell, what became of the police officers who were, one must presume, charged with guarding the prison when the armed groups arrived?',
				).text,
			).toMatch(/abandoned it/);
			expect(text('And the murder rate – gone up a fair bit, I gather?').text).toMatch(/more than doubled/);
			expect(text('When’s this Kenyan-led force actually turning up, d’you know?').text).toMatch(/remains unclear/);
		});

		it('reads "on what authority" as asking who says so, and "known by the sobriquet of" as "known as"', () => {
			expect(
				text('On what authority, pray, does the report assert that homicides more than doubled in 2023?').text,
			).toMatch(/UN data/);
			expect(text('who is the man known by the sobriquet of Barbecue?').text).toMatch(/Jimmy Sergier/);
		});

		it('reads a word one slip from a word of the data as that word, before a title is read: "who was the presiden befor moiz"', () => {
			const answer = text('who was the presiden befor moiz');
			expect(answer.found).toBe(false);
			expect(answer.text).toMatch(/doesn’t say who/);
		});

		it('gives a fact that only sets one event after another with the event it tells of: "what happened at the port before…"', () => {
			for (const question of [
				'Qu’est-ce qui s’est passé au port principal avant l’attaque de la prison ?',
				'What the gunmen try to do at the big port before they go for the prison?',
			])
				expect(text(question).text).toMatch(/followed reports[\s\S]*disrupting traffic/);
		});

		it('reads "who did the headcount" as who counted, and confirms a guess only through the answer’s first fact', () => {
			expect(text('who did the inmate headcount?').text).toMatch(/RNDDH/);
			expect(text('who did the headcount, was that the UN?').text).toMatch(/^No, not United Nations/);
		});

		it('leaves out what someone else said after a dash, and a family member’s remark after a chat question word', () => {
			expect(text('How bad did homicides get in 2023 — I swear I read somewhere they tripled?').text).toMatch(
				/more than doubled/,
			);
			expect(text('wats the prison called, grandma say she know the name but cant remember').text).toMatch(
				/Pénitencier National/,
			);
		});

		it('reads a phrase with whichever determiner the asker chose: "sounded that alarm" is "sounded the alarm"', () => {
			expect(text('Who was it that sounded that alarm back in 2017?').text).toMatch(/RNDDH/);
		});

		it('takes the asker’s memory and a greeting to everyone for chat: "i keep forgetting", "bonswa tout moun"', () => {
			expect(text('what’s Barbecue’s actual name, i keep forgetting lol').text).toMatch(/Jimmy Sergier/);
			expect(text('bonswa tout moun, what’s barbecue’s real name?').text).toMatch(/Jimmy Sergier/);
			expect(text('how many inmates, i can’t remember').text).toMatch(/3,687/);
		});

		it('counts no word that can only qualify: "the actual headcount" counts people, not "actual"', () => {
			expect(text('whats the actual headcount at the penitencier').text).toMatch(/3,687 inmates/);
		});

		it('reads "the force" as the international force, and "police forces" as the police', () => {
			expect(text('who is in charge of the force fighting the gangs?').text).toMatch(/^\s*Kenya offered/);
			expect(text('who runs the force against the gangs').text).not.toMatch(/Sergier/);
			expect(text('did police forces clash with the armed groups?').text).toMatch(/clashing with police forces/);
		});

		it('answers what post a person holds from what the report says they are', () => {
			for (const question of [
				'what job does Henry have?',
				'what position does Ariel Henri hold',
				'quel poste occupe Henry ?',
			])
				expect(text(question).text).toMatch(/Prime Minister Ariel Henry/);
			expect(text('what is ariel henry’s job').text).not.toMatch(/Sergier|AyiboPost/);
		});

		it('says the report does not mention what a French "c’est quoi" or "quelle est" asks for, when the data has no word for it', () => {
			for (const question of ['c’est quoi la langue officielle d’Haïti ?', 'Quelle est la monnaie nationale d’Haïti ?'])
				expect(text(question)).toMatchObject({ found: false });
			expect(text('c’est quoi la capacité du Pénitencier ?').text).toMatch(/700 places/);
		});

		it('reads a role said in other words as the one who holds it, and its words as no other name', () => {
			expect(text('what nickname does the ex-cop gang boss go by').text).toMatch(/Barbecue/);
			expect(text('what nickname does the ex-cop gang boss go by').text).not.toMatch(/abandoned it|police stations/);
			expect(text('what did the sanctioned gang chief tell parents to do').text).toMatch(/not to send their children/);
			// Words of a role far apart are none: "the gang coalition Barbecue leads" is the coalition, not him.
			expect(text('what is the gang coalition Barbecue heads called?').text).toMatch(
				/alliance of criminal organizations/,
			);
		});

		it('takes a verb of saying for the fact’s own when a reason is asked ("why is he telling people…")', () => {
			expect(text('why is barbecue telling parents to keep the kids home').text).toMatch(/collateral damage/);
		});

		it('gives each one’s word only for those named as saying it, not for whom it is said of', () => {
			const answer = text('what did the gang leader say would happen to the govt');
			expect(answer.text).toMatch(/will escalate/);
			expect(answer.text).not.toMatch(/has not commented/);
		});

		it('reads a clause that sets the scene before the question as the question’s own clause', () => {
			expect(text('When the gunmen stormed the harbour, what got disrupted?').text).toMatch(/loading and unloading/);
			expect(text('When the UN gave its approval, which country offered to lead the mission?').text).toMatch(
				/^\s*Kenya offered/,
			);
			expect(text('Once the count was made, how many inmates were there?').text).toMatch(/3,687 inmates/);
			// Not a question of its own, nor one that asks the clause's date.
			expect(text('When Henry was supposed to hand over power, what date was set?').text).toMatch(/February 7/);
		});

		it('answers who held a role when something the report tells of happened, only within the report’s present', () => {
			expect(text('When the gangs laid siege to the prison, who was prime minister?').text).toMatch(/Ariel Henry/);
			expect(text('who was the PM when moise was killed')).toMatchObject({ found: false });
		});

		it('asks who said it where a kind of source’s people or pages said something ("which agency’s contacts said…")', () => {
			expect(text('Which news agency’s people said some inmates were afraid to break out together?').text).toMatch(
				/^\s*Reuters sources/,
			);
			expect(text("Which Haitian newspaper's website said many inmates had been freed?").text).toMatch(/Gazette Haiti/);
			expect(text('Who is the source for the claim that guards on duty deserted the prison?').text).toMatch(
				/AyiboPost/,
			);
		});

		it('counts the ones a fact tells acting, of the kind counted, besides those named', () => {
			expect(text('how many bodies have put sanctions on barbecue').text).toMatch(
				/^2: United Nations and United States/,
			);
			expect(text('how many countries sanctioned the gang leader?').text).toMatch(/^1: United States/);
		});

		it('takes a noun English does not know for part of who is named, not the verb asked ("the ex-cop warlord tell…")', () => {
			expect(text("why'd the ex-cop warlord tell parents to keep their kids home").text).toMatch(/collateral damage/);
		});

		it('reads hearsay that ends in a question mark as what a bare "what happened" asks about', () => {
			expect(text('heard something went down at the port?? what happened').text).toMatch(/take over the main port/);
		});

		it('leaves out what a clause sets aside, a deed as well as a place', () => {
			expect(text('Apart from toppling the government, what else did the gangs vow to target?').text).not.toMatch(
				/topple the government/,
			);
			const listed = text('Besides besieging the prison, list the other things the gangs did');
			expect(listed.text).not.toMatch(/laid siege/);
			// One word names a kind, no deed: "besides regular criminals" sets no fact aside.
			expect(text('whos locked up in there besides regular criminals').text).toMatch(/Moïse/);
		});

		it('lists what the one a role names did, the role’s words asking for no list of leaders', () => {
			const answer = text('list everything the gang leader warned about');
			expect(answer.text).toMatch(/will escalate/);
			expect(answer.text).toMatch(/collateral damage/);
			expect(answer.text).not.toMatch(/^Who leads what/);
		});

		it('reads how many must be moved out to bring the prison down to capacity as how many more it holds', () => {
			expect(
				text('how many prisoners would need to be transferred to get the jail down to its capacity?').text,
			).toMatch(/2,987 more inmates/);
		});

		it('reads chat’s dropped "g" of "-ing" as the word ("goin", "sayin")', () => {
			expect(text('wat was goin on at the port').text).toMatch(/take over the main port/);
			expect(text('ppl keep sayin haiti got a multidimensional crisis, wat kinda crisis tho').text).toMatch(
				/security, humanitarian, public health, political/,
			);
		});

		it('reads "up or down" as asking which way, not as another deed to date', () => {
			const answer = text('did killings go up or down in haiti in 2023');
			expect(answer.text).toMatch(/more than doubled in 2023/);
			expect(answer.text).not.toMatch(/Moïse/);
		});

		it('lists what a group did, not the parts of a list that only shares the group’s name', () => {
			const answer = text('list all the things the gangs did');
			expect(answer.text).toMatch(/take over the main port/);
			expect(answer.text).toMatch(/police stations/);
			expect(answer.text).not.toMatch(/^4: security/);
			// Nor the crisis's parts where the question names no part of the crisis.
			expect(text('how many facets of the crisis does the report list').text).toMatch(/^4: security/);
		});

		it('asks "that one" of what the sentence before names, even where the report never mentions it', () => {
			const answer = text(
				'I keep hearing about the other big lockup out in Croix-des-Bouquets - did that one get hit too, and how many got out there?',
			);
			expect(answer.text).toMatch(/doesn’t mention Croix-des-Bouquets/);
			expect(answer.text).not.toMatch(/laid siege/);
			expect(text('They hit the big prison in Port-au-Prince - did that one have 700 places?').text).toMatch(/^Yes/);
		});

		it('answers "was it X or Y who…" with the one the report says did it, or both', () => {
			expect(text('was it the UN or the US who sanctioned barbecue').text).toMatch(/^Both: the UN and the US/);
			const one = text('was it Reuters or AyiboPost that said the guards abandoned the prison?');
			expect(one.text).toMatch(/^AyiboPost/);
			expect(one.text).not.toMatch(/^Yes/);
		});

		it('reads more ways of asking whether a claim holds, and the asker’s own aside after the question', () => {
			expect(text('rumour: the kenyan-led force is already deployed in haiti. true or fake?').text).toMatch(
				/^Not as far as the report says/,
			);
			expect(text('barbecue used to be a cop, fact or cap?').text).toMatch(/^Yes/);
			expect(text('yo wat went down at the port the day b4, mwen pa t konprann').text).toMatch(
				/take over the main port/,
			);
		});

		it('gives how far above its limit a prison was as a percentage when a percentage is asked', () => {
			expect(text('by how many percent was the prison above capacity?').text).toMatch(/^About 427% above the limit/);
			expect(text('the surplus of inmates was how many times the capacity?').text).toMatch(/^About 4\.27 times/);
		});

		it('names the one source of several figures a question gives', () => {
			const answer = text('who’s behind the 700 places / 3,687 inmates numbers?');
			expect(answer.text).toMatch(/^All from RNDDH/);
			expect(answer.text).toMatch(/3,687 inmates/);
		});

		it('reads "who’s the NGO that…" as "which NGO…", not as the NGO named', () => {
			expect(text('who’s the ngo that warned about the jail').text).toMatch(/In 2017 RNDDH warned/);
			expect(text('who is the agency that said prisoners were scared?').text).not.toMatch(/^Pénitencier/);
		});

		it('does not answer a question that points back to a story with a fact about something else', () => {
			const answer = text(
				'So the kingpin told families to keep the little ones home from class - what was he saying they might get caught up in?',
			);
			expect(answer.text).not.toMatch(/crossfire/);
			expect(
				text('Henry was supposed to leave in February but he hasn’t. On what date was he supposed to step aside?').text,
			).toMatch(/February 7/);
		});

		it('reads a light verb before its article and noun in French ("a imposé des sanctions")', () => {
			expect(text('Qui a imposé des sanctions à Barbecue ?').text).toMatch(/sanctioned by the U\.N\. and the U\.S\./);
		});

		it('counts what chat’s past tense ends ("askd"), and only in a fact about what the question names', () => {
			expect(text('how many police unions askd for backup').text).toMatch(/^\s*Two of Haiti’s main police unions/);
			const kenyan = text('How many Kenyan police or troops are being sent to Haiti?');
			expect(kenyan.text).toMatch(/^The report doesn’t say how many/);
			expect(kenyan.text).not.toMatch(/^\s*Two/);
			expect(text('how many of Haiti’s police unions called for help?').text).toMatch(/^\s*Two/);
		});

		it('reads stretched chat and "wtf is" as chat writes them', () => {
			expect(text('lmaooo <@223344556677889900> is barbecue his real name or nah 💀💀').text).not.toMatch(/lmaooo/);
			expect(text('<@223344556677889900> yo wtf is RNDDH?? 🤔🤔').text).toMatch(/^RNDDH/);
		});

		it('takes an agency for any who may act or speak, a news agency too', () => {
			expect(text('which agency said the prisoners feared the crossfire').text).toMatch(/^\s*Reuters sources said/);
		});

		it('answers "when exactly" as precisely as the report says, and says when the calendar date is not given', () => {
			expect(text('when exactly did the gangs besiege the prison?').text).toMatch(/Saturday night/);
			expect(text('when exactly did the gangs besiege the prison?').text).not.toMatch(/doesn’t say/);
			expect(text('what date was the siege, like day + month?').text).toMatch(/^The report doesn’t say the date/);
		});

		it('says the report tells only of an attempt when asked whether it succeeded', () => {
			expect(text('did the gunmen take over the port?').text).toMatch(
				/^Not as far as the report says: it tells only of an attempt/,
			);
			expect(text('did the gunmen try to take over the port?').text).not.toMatch(/^Not as far/);
		});

		it('reads who has not spoken, asked as speaking denied', () => {
			expect(text('Who hasn’t said anything publicly yet about what’s going on at the prison?').text).toMatch(
				/government has not commented/,
			);
		});

		it('lists what a group did when asked to name everything it did', () => {
			expect(text('Name everything the gangs attacked, tried to take or threatened in the report.').text).toMatch(
				/police stations/,
			);
		});

		it('answers whether a date was set with the date the plan set', () => {
			expect(text('was a date set for henry to leave?').text).toMatch(/February 7/);
			expect(text('was a date set for henry to leave?').text).not.toMatch(/only as planned/);
		});

		it('says the report tells only of an attempt when asked whether someone managed it, in French too', () => {
			expect(text('Did the gunmen actually manage to take control of the port?').text).toMatch(
				/tells only of an attempt/,
			);
			expect(text('Est-ce que les hommes armés ont réussi à prendre le port ?').text).toMatch(
				/tells only of an attempt/,
			);
		});

		it('reads "which dimensions does it spell out" as asking for what is listed, not a name in full', () => {
			expect(
				text("The report calls Haiti's crisis multidimensional. Which dimensions does it spell out?").text,
			).toMatch(/security, humanitarian, public health, political/);
			expect(text('what does RNDDH stand for').text).toMatch(/doesn’t spell out RNDDH/);
		});

		it('takes a name in a clause about someone as saying who, not as the name asked for', () => {
			const answer = text('Which two bodies sanctioned the gang boss who goes by a nickname?');
			expect(answer.text).toMatch(/sanctioned by the U\.N\. and the U\.S\./);
			expect(answer.text).not.toMatch(/^Jimmy Sergier\n/);
		});

		it('finds the verb asked after a name where the lexicon has it only in its other forms ("did the US sanction…")', () => {
			const answer = text('When did the U.S. sanction Jimmy Sergier?');
			expect(answer.text).toMatch(/^The report doesn’t say when/);
			expect(answer.text).not.toMatch(/^The situation in the capital/);
		});

		it('reads chat’s "2" after a word that takes "to", and a phrase of function words WordNet has ("give up")', () => {
			expect(text('when was henry meant 2 give up power').text).toMatch(/February 7/);
		});

		it('answers whether someone is involved with what the report says of them', () => {
			expect(text('wait is kenya part of this somehow??').text).toMatch(/Kenya offered to lead/);
			expect(text('is canada involved?').text).not.toMatch(/Kenya/);
		});

		it('reads Kreyòl for the western hemisphere', () => {
			expect(text('Ki peyi ki pi pòv nan emisfè oksidantal la dapre atik la?').text).toMatch(/poorest country/);
		});

		it('counts the noun French and Kreyòl put first, and a count told of the one named at a looser share', () => {
			expect(text('Combien de syndicats de policiers ont réclamé des renforts ?').text).toMatch(
				/^\s*Two of Haiti’s main police unions/,
			);
			expect(text('Konbyen sendika polis ki te rele anmwe pou yo jwenn ranfò?').text).toMatch(/^\s*Two/);
			expect(text('how many police officers guarded the prison?').text).toMatch(/^The report doesn’t say how many/);
		});

		it('reads "where did the word that… come from" as asking the source', () => {
			expect(text('Where did the word that the jail’s guards deserted their posts come from?').text).toMatch(
				/AyiboPost/,
			);
		});

		it('answers what something is for with the purpose the report gives it, only where the clause is its purpose', () => {
			expect(text('what is the purpose of the international force?').text).toMatch(/to help the Haitian police/);
			expect(text('why is there an international force?').text).toMatch(/to help the Haitian police/);
		});

		it('reads "called" before a name as naming, and "say which" as the asker’s, not as someone speaking', () => {
			expect(
				text(
					'Yes or no: did the gang leader called Barbecue once belong to the same kind of force the unions represent?',
				).text,
			).not.toMatch(/will escalate/);
			expect(
				text(
					'Name both parties that sanctioned the gang leader, and say which of them also approved the international force.',
				).text,
			).not.toMatch(/will escalate/);
			expect(text('did the gang leader called Barbecue say attacks would escalate?').text).toMatch(/will escalate/);
		});

		it('takes what to list from the main clause, and a role only from its words side by side', () => {
			expect(
				text('List everyone the report says sanctioned Sergier, and the body that approved the foreign force.').text,
			).not.toMatch(/^Who leads what/);
			expect(text('list the coalitions and who leads them').text).toMatch(/^Who leads what/);
		});

		it('answers where things stand before checking a name used as a description ("the kenya led force… yet")', () => {
			expect(text('is the kenya led force actually there yet or nah').text).toMatch(/^Not as far as the report says/);
			expect(text('r the kenyans there yet or nah').text).toMatch(/remains unclear when/);
		});

		it('reads "are you sure…" as a claim to check', () => {
			expect(text('r u sure barbecue was a cop').text).toMatch(/^Yes/);
			expect(text('are you sure the prison held 5000 inmates').text).toMatch(/^No: the report gives 3,687 inmates/);
		});

		it('answers whether all of something happened with what the report says is not clear', () => {
			const answer = text('did all the inmates escape?');
			expect(answer.text).toMatch(/^Not as far as the report says/);
			expect(answer.text).toMatch(/not clear how many/);
		});

		it('answers what someone did about something with what they did that the report tells in its words', () => {
			expect(text('did the UN do anything abt all the gang violence').text).toMatch(/green light/);
		});

		it('answers "is it X or Y" of two names of one with what the report says of it', () => {
			expect(text('is it henry or henri?? the article spells the pm both ways lol').text).toMatch(/spelled both/);
		});

		it('reads a title before a person’s name as saying who, when the name is what is asked', () => {
			expect(text('What nickname does gang boss Jimmy Sergier go by?').text).toMatch(/Barbecue/);
			expect(text('What is the name of the gang alliance Barbecue leads?').found).toBe(false);
		});

		it('reads a place’s name of several hyphened words as a name, however it is typed', () => {
			expect(text('whats the capacity of the croix-des-bouquets prison').text).toMatch(
				/doesn’t mention croix-des-bouquets/,
			);
			// French hyphens a verb to its pronoun: no name.
			expect(text('Quelles dimensions de la crise haïtienne le texte énumère-t-il ?').text).toMatch(
				/security, humanitarian/,
			);
		});

		it('reads "is that prison" as pointing at the prison, and chat’s "4" after what something is made for', () => {
			expect(text('yo how many ppl is that prison even meant 4').text).toMatch(/700 places/);
		});

		it('gives a share of all, not a multiple of the limit, when a share of those beyond it is asked', () => {
			expect(text('what share of the inmates were beyond capacity?').text).toMatch(/^About 81%/);
			expect(text('the surplus of inmates was how many times the capacity?').text).toMatch(/^About 4\.27 times/);
		});

		it('gives the share of those beyond the limit when the question asks what share exceeded it', () => {
			expect(text('What share of the February 2023 inmates exceeded the prison’s nominal capacity?').text).toMatch(
				/^About 81%/,
			);
		});

		it('reads "which gang leader" as asking for a person, whom a fact naming none does not give', () => {
			expect(text('Which gang leader ordered the attack on the Pénitencier National?').found).toBe(false);
			expect(text('which gang leader was a cop?').text).toMatch(/Jimmy Sergier/);
		});

		it('reads a place after "in" as where those asked about are, which the fact need not involve', () => {
			expect(text('Who told people in the capital to keep their children out of school?').text).toMatch(
				/Jimmy Sergier warned residents/,
			);
		});

		it('takes no kind to list from a possessive or from what something is compared with', () => {
			expect(text('Rattle off every front the country’s crisis is described as covering.').text).not.toMatch(
				/countries/,
			);
			const compared = text(
				'Money-wise, where does Haiti sit compared with every other country on this side of the globe?',
			);
			expect(compared.text).not.toMatch(/Who leads what/);
		});
	});
});

describe('about', () => {
	it('counts what the bot knows from the data, by basis, and names the report', () => {
		const answer = engine.about();
		const stated = engine.base.facts.filter((fact) => fact.basis === 'stated').length;
		expect(answer.notes.join('\n')).toContain(`${engine.base.facts.length} facts (${stated} stated, `);
		expect(answer.notes.join('\n')).toContain(engine.base.reports[0]?.label);
	});

	it('says when the newest facts entered the data, and how many', () => {
		const [first, ...rest] = engine.base.facts;
		if (!first) throw new Error('no facts');
		const data = { reports: [...engine.base.reports], entities: [...engine.base.entities] };
		const oneNewer = new AnswerEngine({ ...data, facts: [{ ...first, added: '2099-01-01' }, ...rest] });
		expect(oneNewer.about().notes.join('\n')).toContain('; the latest one was added 2099-01-01.');
		const twoNewer = new AnswerEngine({
			...data,
			facts: [
				{ ...first, added: '2099-01-01' },
				...rest.map((fact, i) => (i === 0 ? { ...fact, added: '2099-01-01' } : fact)),
			],
		});
		expect(twoNewer.about().notes.join('\n')).toContain('; the latest 2 were added 2099-01-01.');
		// When every fact came in on the same day, none is "the latest".
		const days = new Set(engine.base.facts.map((fact) => fact.added));
		expect(days.size).toBe(1);
		expect(engine.about().notes.join('\n')).toContain(`facts (`);
		expect(engine.about().notes.join('\n')).toContain(`; all added ${[...days][0]}.`);
	});
});

describe('the statement a yes/no question asks about', () => {
	it('puts the verb back after the subject, in English, French and Creole', async () => {
		const { statementAsked } = await import('../src/core/understand/answers/asked.js');
		expect(statementAsked('is RNDDH a UN agency?')).toBe('RNDDH is a UN agency');
		expect(statementAsked('was the force approved by the General Assembly?')).toBe(
			'the force was approved by the General Assembly',
		);
		expect(statementAsked('was it Reuters that said so?')).toBe('Reuters said so');
		expect(statementAsked('Sergier est-il un ancien militaire ?')).toBe('Sergier est un ancien militaire');
		expect(statementAsked('èske Kenya ap dirije fòs la?')).toBe('Kenya ap dirije fòs la');
		expect(statementAsked('who leads the force?')).toBeUndefined();
		// Chat before it and an open tail after it are no part of it.
		expect(statementAsked('yo was it 3 unions asking for help or wat')).toBe('it was 3 unions asking for help');
		expect(statementAsked('is RNDDH a UN agency or something?')).toBe('RNDDH is a UN agency');
	});
});
