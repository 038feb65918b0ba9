import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../src/core/engine.js';
import { normalize, terms } from '../src/core/text.js';
import { loadDataSet } from '../src/data/load.js';
import { answerText } from '../src/render/plain.js';
import { dataDir, realEngine } from './support/data.js';

async function ask(question: string) {
	const answer = (await realEngine()).ask(question);
	return { answer, text: answerText(answer), first: answer.items[0]?.source.factId };
}

describe('query normalisation', () => {
	it('folds case, accents, curly quotes, punctuation and spacing', () => {
		expect(normalize('  Pénitencier   NATIONAL!! ')).toBe('penitencier national');
		expect(normalize('Haiti’s U.N.-approved force')).toBe('haiti un approved force');
		expect(normalize('3,687 or 3 687 inmates')).toBe('3687 or 3687 inmates');
	});

	it('stems so that singular and plural, and the report’s two spellings of Henry, meet', () => {
		expect(terms('inmates')).toEqual(terms('inmate'));
		expect(terms('Henry')).toEqual(terms('Henri'));
		expect(terms('who is the')).toEqual([]);
		expect(terms('organisations')).toEqual(terms('organizations'));
	});
});

describe('search', () => {
	it.each([
		['a misspelling', 'barbeque', /Jimmy Sergier, or “Barbecue”/],
		['a misspelling', 'Cherizier', /Jimmy Sergier/],
		['a misspelling', 'Kenia', /Kenya offered to lead/],
		['a misspelling', 'penitentary capacity', /700 places/],
		['a misspelling', 'how many inmats', /3,687 inmates/],
		['a misspelling', 'prisson population', /3,687/],
		['a misspelling', 'the goverment', /Prime Minister Ariel Henry/],
		['an alias', 'Jimmy Chérizier', /gangland leader/],
		['an alias', 'Ariel Henri', /Prime Minister Ariel Henry/],
		['an alias', 'Mr Henry', /Prime Minister Ariel Henry/],
		['an alias', 'Jovenel Moïse', /alleged perpetrators/],
		['an alias', 'National Penitentiary capacity', /700 places/],
		['an alias', 'what did Gazette Haiti report', /“large” number/],
		['an alias', 'RNDDH', /RNDDH/],
		['an alias', 'UN Security Council', /green light/],
		['French', 'qui dirige la force internationale ?', /Kenya offered to lead/],
		['French', 'combien de détenus au pénitencier', /3,687 inmates/],
		['French', 'capacité de la prison', /700 places/],
		['French', 'le premier ministre', /Prime Minister Ariel Henry/],
		['French', 'quand a eu lieu l’assassinat de Moïse', /July 7, 2021/],
		['French', 'chef des gangs', /Jimmy Sergier/],
	])('finds the right facts through %s: %s', async (_, question, expected) => {
		const { answer, text } = await ask(question);
		expect(answer.found).toBe(true);
		expect(text).toMatch(expected);
	});

	it.each([
		'what is the capital of Australia',
		'who is the president of Kenya',
		'what is the weather in Port-au-Prince tomorrow',
		'bitcoin price',
		'who won the world cup',
		'?!',
	])('says the report does not answer what it does not cover: %s', async (question) => {
		const { answer, text } = await ask(question);
		expect(answer.found).toBe(false);
		expect(answer.items).toEqual([]);
		expect(text).toMatch(/doesn’t (say|mention)|Ask a question/);
	});

	it('offers close facts as suggestions when nothing answers, never as the answer', async () => {
		const { answer } = await ask('what is the capital of Australia');
		expect(answer.found).toBe(false);
		expect(answer.suggestions.map((s) => s.label)).toContain('Port-au-Prince is Haiti’s capital.');
		const followed = (await realEngine()).lookup(answer.suggestions[0]?.query ?? '');
		expect(followed.found).toBe(true);
	});

	it('answers with the one fact asked about, not loosely related ones', async () => {
		const { answer } = await ask('prison capacity');
		expect(answer.items.map((item) => item.text)).toEqual([
			'The Pénitencier National has a nominal capacity of 700 places, according to the Haitian human rights group RNDDH.',
		]);
	});

	it('prefers the kind of fact the question’s form asks for', async () => {
		expect((await ask('how many inmates escaped')).text).toMatch(/not clear how many/);
		expect((await ask('when was the prison attacked')).text).toMatch(/Saturday night/);
		expect((await ask('who reported the prison population figures')).text).toMatch(/RNDDH/);
	});
});

describe('two letters typed the wrong way round', () => {
	it('match the data word they spell, a little less surely, and never a word only WordNet relates to it; a misspelt word is respelled as the data writes it', async () => {
		const { index } = await realEngine();
		expect(index.matchTerm('segrier')).toEqual([{ term: 'sergier', similarity: 0.9 }]);
		expect(index.matchTerm('evnet')[0]?.term).toBe('event');
		// "petti" would be WordNet's legal "petit" by a swap: not a word of the data.
		expect(index.matchTerm('petti')).toEqual([]);
		expect(index.respelled('prsions')).toBe('prisons');
		expect(index.respelled('prusons')).toBe('prisons');
		expect(index.respelled('prisons')).toBeUndefined();
		expect(index.respelled('prison')).toBeUndefined();
	});
});

describe('misspellings', () => {
	it('match a data word within as many edits as the word’s length allows, never one fuse.js only scores close', async () => {
		const { index } = await realEngine();
		// One edit for a word of up to seven letters: "sanctiond" is "sanction", "kingpn" is "kingpin".
		expect(index.matchTerm('kingpn')[0]?.term).toBe('kingpin');
		// "pwofes" (Kreyòl "pwofesè", a teacher) is two edits from "profess" of "profession".
		expect(index.matchTerm('pwofes')).toEqual([]);
	});
});

describe('opposite words', () => {
	it('are WordNet’s antonyms of the data’s adjectives, with their similar words, in search form', async () => {
		const { index } = await realEngine();
		expect(index.oppositesOf('wealthi')).toContain('poorest');
		expect(index.oppositesOf('rich')).toContain('poorest');
		expect(index.oppositesOf('will')).toContain('reluct');
		// Nouns and verbs have none: "lead" the role is no opposite of what the force's leader does.
		expect(index.oppositesOf('follow')).toEqual([]);
	});
});

describe('the index at any size', () => {
	it('narrows fuzzy matching without changing what it matches', async () => {
		const data = await loadDataSet(dataDir);
		const narrowed = new AnswerEngine(data);
		const everyTerm = new AnswerEngine(data, { narrow: false });
		const texts = data.facts.flatMap((fact) => [fact.answer, fact.quote, ...fact.keywords]);
		const longWords = [...new Set(texts.flatMap((text) => normalize(text).split(' ')))].filter((w) => w.length > 5);
		// Typos of every longer word of the data: a letter dropped, two swapped, one changed, one added.
		const typos = longWords.flatMap((word) => [
			word.slice(0, 2) + word.slice(3),
			word.slice(0, 3) + word.charAt(4) + word.charAt(3) + word.slice(5),
			`${word.slice(0, -2)}e${word.slice(-1)}`,
			`${word}x`,
		]);
		const matches = (engine: AnswerEngine) => typos.map((typo) => engine.index.matchTerm(typo));
		expect(matches(narrowed)).toEqual(matches(everyTerm));
		// Many find something, so the comparison is not between two empty lists.
		expect(matches(narrowed).filter((found) => found.length > 0).length).toBeGreaterThan(typos.length / 4);
	});

	it('does not name an entity through the participle of a French alias when the word is typed as a verb', async () => {
		const engine = await realEngine();
		const named = (words: string[], verbs: string[]) =>
			engine.index.matchEntities(words, new Set(verbs)).find((match) => match.entity.id === 'gangs')?.covered;
		// "armed gangs", "gangs armés": "who arms the gangs" names the gangs by "gangs" alone.
		expect(named(['arm', 'gang'], [])).toEqual(new Set(['arm', 'gang']));
		expect(named(['arm', 'gang'], ['arm'])).toEqual(new Set(['gang']));
	});

	it('picks a page of hits in the order of the full ranking', async () => {
		const engine = await realEngine();
		for (const text of ['prison', 'gang attacks police', 'the government', 'Haiti', 'report']) {
			const all = engine.index.search(text).hits;
			expect(all.length).toBeGreaterThan(3);
			expect(engine.index.search(text, undefined, 3).hits).toEqual(all.slice(0, 3));
		}
	});
});
