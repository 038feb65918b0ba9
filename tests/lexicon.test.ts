import { francAll } from 'franc';
import { describe, expect, it } from 'vitest';
import { cleanMarkup } from '../src/core/language/clean.js';
import { frenchCognate } from '../src/core/language/cognates.js';
import amounts from '../src/core/language/lexicon/amounts.json' with { type: 'json' };
import spanish from '../src/core/language/lexicon/es.json' with { type: 'json' };
import fillers from '../src/core/language/lexicon/fillers.json' with { type: 'json' };
import french from '../src/core/language/lexicon/fr.json' with { type: 'json' };
import frames from '../src/core/language/lexicon/frames.json' with { type: 'json' };
import creole from '../src/core/language/lexicon/ht.json' with { type: 'json' };
import textSpeak from '../src/core/language/lexicon/textspeak.json' with { type: 'json' };
import { fold } from '../src/core/language/lexicon.js';
import { questionWordMisspelt } from '../src/core/language/misspelt.js';
import { readText } from '../src/core/language/read.js';
import { TrigramModels } from '../src/core/language/trigrams.js';
import { verbAlternatives } from '../src/core/understand/alternatives.js';
import { readFrame } from '../src/core/understand/frame.js';
import { withoutAskersOwn } from '../src/core/understand/story.js';

describe('the lexicons, as data', () => {
	it.each([
		['textspeak.json', textSpeak],
		['fr.json', french],
		['ht.json', creole],
		['es.json', spanish],
	])('%s: every key is lowercase and accent-folded, every value a word', (_, lexicon) => {
		for (const [key, value] of Object.entries(lexicon).filter(([k]) => !k.startsWith('$'))) {
			expect(fold(key), key).toBe(key.replace(/[’]/g, "'"));
			expect(value, key).toMatch(/^[a-z][a-z /-]*$/);
		}
	});

	it('frames.json lists the question words of every frame in English, French and Creole', () => {
		for (const [frame, byLanguage] of Object.entries(frames).filter(([k]) => !k.startsWith('$'))) {
			expect(Object.keys(byLanguage).sort(), frame).toEqual(['en', 'fr', 'ht']);
		}
	});

	it('amounts.json puts each word at one end of the scale only, folded', () => {
		const small = new Set(amounts.small);
		expect(amounts.large.filter((word) => small.has(word))).toEqual([]);
		for (const word of [...amounts.small, ...amounts.large]) expect(fold(word), word).toBe(word);
	});

	it('no word is both a filler and vague-but-kept', () => {
		const kept = new Set(fillers.notVague);
		expect(fillers.words.filter((word) => kept.has(word))).toEqual([]);
	});
});

describe('reading a question', () => {
	it('removes Discord markup: mentions, channels, roles, emoji, shortcodes, everyone and here', () => {
		expect(
			cleanMarkup('@everyone <@112233> <@!1> <@&2> <#3> how many inmates?? :eyes: 🙏🏽 <:pepe:123> <a:wave:456>'),
		).toBe('how many inmates?');
	});

	it('removes another bot’s prefix command and a slash command’s option name before the question', () => {
		expect(cleanMarkup('`!ask` qui dirige le gang ?')).toBe('qui dirige le gang ?');
		expect(cleanMarkup('/ask question: who leads the gangs?')).toBe('who leads the gangs?');
		expect(cleanMarkup('...who leads the gangs?')).toBe('who leads the gangs?');
	});

	it('reads a plus between words as "and", and leaves one between numbers', () => {
		expect(cleanMarkup("what's the pm's name + who's after him")).toBe("what's the pm's name and who's after him");
		expect(cleanMarkup('is 3 + 4 the count')).toBe('is 3 + 4 the count');
	});

	it.each([
		['ppl wer in the jail b4 the attack', ['people', 'were', 'in', 'the', 'jail', 'before', 'the', 'attack']],
		['whos the prime minister', ['who', 'is', 'the', 'prime', 'minister']],
		["y didn't henry step down", ['why', 'did', 'not', 'henry', 'step', 'down']],
		['hey bot pls wen did moise get killed lol', ['when', 'did', 'moise', 'get', 'killed']],
		['did the cops bail on the prison', ['did', 'the', 'cops', 'abandon', 'the', 'prison']],
		['wen was henry sposed 2 dip', ['when', 'was', 'henry', 'supposed', 'to', 'leave']],
		['c ki le chef des gangs', ['who', 'is', 'le', 'gang', 'leader']],
		['que prévoyait l’accord', ['que', 'plan', 'l', 'deal']],
		['which neighbourhoods saw gunfire', ['which', 'neighborhoods', 'saw', 'gunfire']],
		['who criticised the programme', ['who', 'criticized', 'the', 'program']],
		['how does the article sum up the trend', ['how', 'does', 'the', 'article', 'summarize', 'the', 'trend']],
		['who was it that told them', ['who', 'told', 'them']],
		["who's the one saying they left", ['who', 'saying', 'they', 'left']],
		['who was the one that told them', ['who', 'told', 'them']],
		['gang yo di yo p ap atake', ['gangs', 'said', 'will', 'not', 'attack']],
		['the guards ghosted the prison', ['the', 'guards', 'abandoned', 'the', 'prison']],
		['who dropped the intel that the guards left', ['who', 'reported', 'that', 'the', 'guards', 'left']],
		['designed to hold, on paper', ['designed', 'to', 'hold', 'on', 'paper']],
		['rnddh - what even is that', ['what', 'is', 'rnddh']],
		['the cons got sprung', ['the', 'inmates', 'were', 'released']],
		['who does the report say leads the gangs', ['who', 'leads', 'the', 'gangs']],
		['how many did the gangs set loose', ['how', 'many', 'did', 'the', 'gangs', 'released']],
		['gangs trading fire with cops', ['gangs', 'clashing', 'with', 'cops']],
		['hold on, who leads the gangs', ['who', 'leads', 'the', 'gangs']],
		['Dear bot, who leads the gangs? Please tell me.', ['who', 'leads', 'the', 'gangs']],
		['oye mano, who leads the gangs? gracias', ['who', 'leads', 'the', 'gangs']],
		['pen rated cap?', ['pen', 'rated', 'capacity']],
		['escapee count', ['escaped', 'inmate', 'count']],
		['lethal violence in 2023', ['homicides', 'in', '2023']],
		['who’s fronting the force', ['who', 'is', 'leading', 'the', 'force']],
		[
			'when was the PM meant to clear his desk',
			['when', 'was', 'the', 'prime', 'minister', 'meant', 'to', 'leave', 'office'],
		],
		['which party kept schtum', ['which', 'party', 'not', 'commented']],
		['which night o’ the week', ['which', 'night', 'of', 'the', 'week']],
		['RNDDH, who are they when they’re at home', ['who', 'are', 'rnddh']],
		['what did rnddh warn about back in 2017', ['what', 'did', 'rnddh', 'warn', 'about', 'in', '2017']],
		['was Henry supposed to go back in 2024', ['was', 'henry', 'supposed', 'to', 'go', 'back', 'in', '2024']],
		['ki moun ki dirije koalisyon gang yo', ['who', 'ki', 'lead', 'coalition', 'gangs']],
		['who gave the thumbs up for the force', ['who', 'gave', 'the', 'green', 'light', 'for', 'the', 'force']],
		[
			'which lot begged for help so inmates dont leg it',
			['which', 'group', 'begged', 'for', 'help', 'so', 'inmates', 'do', 'not', 'escape'],
		],
		['did the govt clap back', ['did', 'the', 'government', 'respond']],
		['was he with the feds', ['was', 'he', 'with', 'the', 'police']],
		['why is henry hanging on', ['why', 'is', 'henry', 'staying', 'on']],
		['l’attaque remonte à quand ?', ['l', 'attack', 'happened', 'quand']],
		['who got banged up', ['who', 'got', 'locked', 'up']],
		['according the text, which zone do the gangs control', ['which', 'zone', 'do', 'the', 'gangs', 'control']],
		['they rolled up on the station', ['they', 'attacked', 'the', 'station']],
		[
			'the gangs have the capital under their thumb',
			['the', 'gangs', 'have', 'the', 'capital', 'under', 'their', 'control'],
		],
		[
			'the jail is for 700 y tenía 3687 de más',
			['the', 'jail', 'is', 'for', '700', 'and', 'had', '3687', 'too', 'many'],
		],
		['who gave the luz verde', ['who', 'gave', 'the', 'green', 'light']],
		['comparé au reste du continent', ['compared', 'to', 'the', 'rest', 'of', 'the', 'continent']],
		['prison pop. vs cap.', ['prison', 'population', 'versus', 'capacity']],
		['who rptd a large nbr', ['who', 'reported', 'a', 'large', 'number']],
		['wetin dem wan do', ['what', 'them', 'want', 'do']],
		['is it tru they gon try 2 escape', ['is', 'it', 'true', 'they', 'going', 'to', 'try', 'to', 'escape']],
		['acording to rnddh', ['according', 'to', 'rnddh']],
		['nb de détenus', ['number', 'of', 'inmates']],
		['the jail’s in pap right', ['the', 'jail', 'is', 'in', 'pap', 'right']],
		['anything re the jail', ['anything', 'about', 'the', 'jail']],
		['who was head of state', ['who', 'was', 'president']],
		['how much ppl inna jail', ['how', 'many', 'people', 'in', 'jail']],
		['what became of the guards', ['what', 'happened', 'to', 'the', 'guards']],
		['the capacity of the said prison', ['the', 'capacity', 'of', 'the', 'prison']],
		['kindly, who leads the force', ['who', 'leads', 'the', 'force']],
		['how many times its capacity approximatively', ['how', 'many', 'times', 'its', 'capacity', 'approximately']],
		["what is Kenya's role, in short?", ['what', 'is', 'kenya', 'role']],
		['who is Barbecue, en bref ?', ['who', 'is', 'barbecue']],
		['what was wrong with the jail', ['what', 'was', 'the', 'problem', 'with', 'the', 'jail']],
		['who has kept its mouth shut', ['who', 'has', 'kept', 'quiet']],
		['a who seh di guards dem run weh', ['who', 'say', 'the', 'guards', 'them', 'ran', 'away']],
		['how nuff prisoners did escape', ['how', 'many', 'prisoners', 'did', 'escape']],
		['shey d group wey count d inmates', ['the', 'group', 'that', 'count', 'the', 'inmates']],
		['which kain crisis', ['which', 'kind', 'crisis']],
		['did they shoot it out', ['did', 'they', 'fight']],
		['the guards bugged out', ['the', 'guards', 'fled']],
	])('spells out text-speak and drops fillers: %s', (question, words) => {
		expect(readText(question).words).toEqual(words);
	});

	it.each([
		[
			'who argued, if I’m recalling the piece correctly, that security comes first',
			['who', 'argued', 'that', 'security', 'comes', 'first'],
		],
		['unless I’m mistaken, who leads the force', ['who', 'leads', 'the', 'force']],
		['who, if I read it right, sanctioned Barbecue', ['who', 'sanctioned', 'barbecue']],
	])('drops a hedge on the asker’s own memory or reading: %s', (question, words) => {
		expect(readText(question).words).toEqual(words);
	});

	it.each([
		['how many inmates were in the prison', 'en'],
		['wen did moise get killed', 'en'],
		['Combien de détenus y avait-il au Pénitencier National ?', 'fr'],
		['Qui a dit que les gardiens avaient abandonné la prison ?', 'fr'],
		['ki kote prizon an ye?', 'ht'],
		['Konbyen prizonye ki te nan prizon an?', 'ht'],
	])('detects the language of “%s”', (question, language) => {
		expect(readText(question).language).toBe(language);
	});

	it.each([
		['who leads the gangs', 'who'],
		['qui dirige la force', 'who'],
		['ki moun ki premye minis la', 'who'],
		['how many inmates', 'count'],
		['combien de détenus', 'count'],
		['konbyen prizonye', 'count'],
		['when was the attack', 'when'],
		['quand a eu lieu l’attaque', 'when'],
		['ki lè atak la te fèt', 'when'],
		['where is the prison', 'where'],
		['ki kote prizon an ye', 'where'],
		['in which neighborhoods was gunfire heard', 'where'],
		['nan ki zòn yo te tande tire', 'where'],
		['why did henry stay', 'why'],
		['poukisa li rete', 'why'],
		['according to whom did the guards leave', 'whoSaid'],
		['which came first, the port or the prison', 'first'],
		['how long between the deal and the handover', 'howLong'],
		['list every source', 'list'],
		['what events happened, in order', 'timeline'],
		['was the prison over capacity', 'yesNo'],
	])('reads the frame of “%s”', (question, frame) => {
		expect(readFrame(readText(question)).kind).toBe(frame);
	});

	it('translates French and Creole into the words the facts use, and keeps names', () => {
		expect(readText('Ki peyi ki ofri pou dirije fòs entènasyonal la?').words).toEqual(
			expect.arrayContaining(['country', 'offered', 'lead', 'force', 'international']),
		);
		expect(readText('Pourquoi Ariel Henry est-il resté au pouvoir ?').words).toEqual(
			expect.arrayContaining(['ariel', 'henry', 'stayed', 'on']),
		);
		expect(readText('Que réclament les syndicats de police ?').words).toEqual(
			expect.arrayContaining(['demanded', 'police', 'unions']),
		);
	});
});

describe('French cognates', () => {
	it('reads a French ending as the English one, only where English has the word', () => {
		expect(frenchCognate('ambassadeur')).toBe('ambassador');
		expect(frenchCognate('majorite')).toBe('majority');
		expect(frenchCognate('nerveux')).toBe('nervous');
		// No English word is made of these: they stay as typed.
		expect(frenchCognate('gardiens')).toBeUndefined();
		expect(frenchCognate('humanitaire')).toBeUndefined();
	});
});

describe('question words typed with a slip', () => {
	it('reads an unknown word one slip from a question word as that word, in any of the three languages', () => {
		expect(questionWordMisspelt('kmbyen')).toBe('kombyen');
		expect(questionWordMisspelt('pourqoi')).toBe('pourquoi');
		expect(readFrame(readText('kmbyen prizonye ki te nan prizon an?')).kind).toBe('count');
	});

	it('leaves a word of the lexicons or of English as it is, however near a question word', () => {
		expect(questionWordMisspelt('konnen')).toBeUndefined();
		expect(questionWordMisspelt('combine')).toBeUndefined();
		expect(questionWordMisspelt('kombyen')).toBeUndefined();
	});
});

describe('two verbs offered', () => {
	it('asks each of two verbs a yes/no question ends with, and only verbs', () => {
		expect(verbAlternatives('did the guards at the pen stay or leave??')).toEqual([
			'did the guards at the pen stay?',
			'did the guards at the pen leave?',
		]);
		expect(verbAlternatives('was it Kenya or Rwanda')).toBeUndefined();
	});
});

describe('questions in one message', () => {
	it('reads the question a polite opening wraps, and leaves a question that only tells of telling', async () => {
		const { readText } = await import('../src/core/language/read.js');
		const first = (text: string) => readText(text).original[0];
		expect(first('Would you be so kind as to tell me who advised residents to keep their children at home?')).toBe(
			'who',
		);
		expect(first('I wonder whether you might clarify on which night the armed groups encircled the prison?')).toBe(
			'which',
		);
		expect(first('Eske ou ta ka eksplike m konbyen plas prizon an genyen?')).toBe('konbyen');
		expect(first('what did Barbecue tell residents about why they should stay home?')).toBe('what');
	});

	it('drops a word that only opens a message before a comma ("bon,", "alors,", "well,")', async () => {
		const { readText } = await import('../src/core/language/read.js');
		expect(readText('bon, is there any timetable for the force?').original[0]).toBe('is');
		expect(readText('alors, qui dirige la force ?').original[0]).toBe('qui');
		expect(readText('bon nombre de détenus ?').original[0]).toBe('bon');
	});

	it('leaves out "if not, who?" after a yes-or-no question, whose answer names who it is', async () => {
		const { questionParts } = await import('../src/core/understand/parts.js');
		expect(questionParts('did reuters say the guards left? if not, who did?')).toEqual([
			'did reuters say the guards left?',
		]);
		expect(questionParts('did reuters say the guards left? if so, when?')).toEqual([
			'did reuters say the guards left?',
			'if so, when?',
		]);
	});

	it('splits after a question mark, before a question word after a comma or "and", and never a condition', async () => {
		const { questionParts } = await import('../src/core/understand/parts.js');
		expect(questionParts('who leads the force, which body approved it, and when?')).toEqual([
			'who leads the force',
			'which body approved it',
			'when?',
		]);
		expect(questionParts('which country leads it and is it deployed yet?')).toEqual([
			'which country leads it',
			'is it deployed yet?',
		]);
		expect(questionParts('Qui dirige la force ? Et quand arrive-t-elle ?')).toEqual([
			'Qui dirige la force ?',
			'Et quand arrive-t-elle ?',
		]);
		// A later question that opens on "and" and an auxiliary, with no question mark of its own.
		expect(questionParts('is the prison in Port-au-Prince?? and is it the biggest one')).toEqual([
			'is the prison in Port-au-Prince??',
			'and is it the biggest one',
		]);
		expect(questionParts('if it was built for 700, how many more inmates were there?')).toHaveLength(1);
		// Question words that share one predicate are each asked with it; one that asks its own question shares nothing.
		expect(questionParts('On what day, and at what time of day, did the siege happen?')).toEqual([
			'On what day did the siege happen?',
			'at what time of day did the siege happen?',
		]);
		expect(questionParts('what year, and who signed it?')).toEqual(['what year', 'who signed it?']);
		expect(questionParts('how many inmates and guards were there?')).toHaveLength(1);
		// Chat's spellings of question words open a question too; a lone "y" only before an auxiliary.
		expect(questionParts('wait henry was meant 2 dip in feb?? y is he still there')).toEqual([
			'wait henry was meant 2 dip in feb??',
			'y is he still there',
		]);
		expect(questionParts('who leads the gangs?? wen did they attack')).toHaveLength(2);
		expect(questionParts('x y z, who leads the gangs?')).toHaveLength(1);
		// After "and", an auxiliary and "the" with a clause of their own; French's question word last; Kreyòl's "ki" + noun.
		expect(questionParts('when was the president killed and are the men accused of it still held there?')).toEqual([
			'when was the president killed',
			'are the men accused of it still held there?',
		]);
		expect(questionParts('which prison was attacked and is the largest?')).toHaveLength(1);
		expect(questionParts('Qui dirige la force, et elle arrive quand ?')).toEqual([
			'Qui dirige la force',
			'elle arrive quand ?',
		]);
		// Québécois "pis" joins as "puis" does.
		expect(questionParts('Quel site dit ça, pis quel journal parle des détenus ?')).toEqual([
			'Quel site dit ça',
			'quel journal parle des détenus ?',
		]);
		expect(questionParts('Kilè prizon an te atake, e ki gang ki te fè sa?')).toEqual([
			'Kilè prizon an te atake',
			'ki gang ki te fè sa?',
		]);
	});
});

describe('language scores', () => {
	it('are franc’s own for the three languages, whatever the script or length', () => {
		const codes = ['eng', 'fra', 'hat'];
		const models = new TrigramModels(codes);
		const texts = [
			...Object.keys(french),
			...Object.keys(creole),
			...Object.keys(textSpeak),
			'who leads the gang coalition',
			'combien de détenus se sont évadés du pénitencier national ?',
			'konbyen prizonye ki te nan prizon an?',
			'Привет, как дела? hello there',
			'日本語のテキスト and some English',
			'1234567890123',
			'!!!!!!!!!!!!!!',
		];
		const byCode = (scores: [string, number][]) => scores.sort((a, b) => a[0].localeCompare(b[0]));
		for (const text of texts) {
			const franc = francAll(text, { only: codes, minLength: 12 }).filter(([code]) => codes.includes(code));
			expect(byCode(models.scores(text, 12)), text).toEqual(byCode(franc));
		}
	});
});

describe('lists inside one sentence', () => {
	it('finds the items between dashes or after "due to", and none elsewhere', async () => {
		const { listedIn } = await import('../src/core/understand/enumeration.js');
		expect(listedIn('the crisis — security, humanitarian, public health, political… — deepened')).toEqual([
			'security',
			'humanitarian',
			'public health',
			'political',
		]);
		expect(listedIn('a serious problem due to overcrowding and understaffing')).toEqual([
			'overcrowding',
			'understaffing',
		]);
		expect(listedIn('Kenya offered to lead the force.')).toEqual([]);
	});
});

describe('an apology for asking', () => {
	it('reads a sentence that only apologises as the asker’s own, whatever it names', () => {
		expect(withoutAskersOwn('Excuse me for the disturbance. This gang chief, what was his job before?')).toBe(
			'This gang chief, what was his job before?',
		);
		expect(withoutAskersOwn('Sorry to interrupt the prison thread. Who leads the force?')).toBe('Who leads the force?');
	});
});
