import { describe, expect, it } from 'vitest';
import { seededRandom } from '../bench/synthetic.js';
import { echo, renderDiscord } from '../src/render/discord.js';
import { escapeDiscord } from '../src/render/escape.js';
import { truncate } from '../src/render/limits.js';
import { realEngine } from './support/data.js';

const engine = await realEngine();
const report = (id: string) => engine.base.report(id);

/** Pieces of Discord markdown, links and mentions, and plain words, to be glued together at random. */
const pieces = [
	'[',
	']',
	'(',
	')',
	'<',
	'>',
	'\\',
	'*',
	'**',
	'_',
	'__',
	'~~',
	'`',
	'```',
	'||',
	'#',
	'-#',
	'- ',
	'> ',
	'1. ',
	'@',
	'@everyone',
	'@here',
	'https://evil.example/x',
	'<https://evil.example>',
	'free nitro',
	'prison',
	' ',
	'  ',
	'\n',
	'\t',
	'é',
	'🇭🇹',
	'<@123456789012345678>',
	'<@&123456789012345678>',
	'<#123456789012345678>',
	'</ask:123456789012345678>',
	'<t:1700000000:R>',
	'<:nitro:123456789012345678>',
	'<a:nitro:123456789012345678>',
];

/** A link-shaped string: masked links with optional brackets, titles and nesting, or plain markdown. */
function generate(next: () => number): string {
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
	const shapes: (() => string)[] = [
		() =>
			`[${pick(['free nitro', '', ' ', '[]', 'a]b', '**x**'])}](${pick(['https://evil.example', '<https://evil.example>', 'https://evil.example "title"', ''])})`,
		() => `${pick(['', '[]', '[a](https://x.example)', '\\', '\\\\'])} [free nitro](https://evil.example)`,
		() =>
			`${pick(['*', '_', '~~', '`', '||', '**', '__'])}${pick(pieces)}${pick(['*', '_', '~~', '`', '||', '**', '__'])}`,
		() => Array.from({ length: 1 + Math.floor(next() * 12) }, () => pick(pieces)).join(''),
	];
	return Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(shapes)()).join(pick(['', ' ', '\n']));
}

/** What Discord shows for escaped text: a backslash before punctuation is dropped, the rest is literal. */
const shown = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** The text with each escaped pair blanked out, so only markdown Discord would act on remains. */
const live = (text: string) => text.replace(/\\[\s\S]/g, '\u0000\u0000');

/** What Discord would turn into something other than text, found in the unescaped remainder. */
function liveMarkdown(text: string): string[] {
	const rest = live(text);
	const found: string[] = [];
	if (/\[[^\]]*\]\(/.test(rest)) found.push('masked link');
	if (/<[@#:/at]/.test(rest)) found.push('mention, channel, command, timestamp or emoji');
	if (/[*_~`|]/.test(rest)) found.push('emphasis, code or spoiler');
	if (/^[ \t]*(?:[#>+-]|\d+\.)/m.test(rest)) found.push('heading, quote or list');
	return found;
}

const cases = 3000;

describe('escaping the text users wrote', () => {
	it('leaves no masked link, mention or markdown alive, and shows the text exactly as written', () => {
		for (let seed = 1; seed <= cases; seed++) {
			const text = generate(seededRandom(seed));
			const escaped = escapeDiscord(text);
			expect({ seed, text, live: liveMarkdown(escaped) }).toEqual({ seed, text, live: [] });
			expect(shown(escaped)).toBe(text);
		}
	});

	it('holds for the echo of a question: one line, cut to 300 characters, then escaped', () => {
		for (let seed = 1; seed <= cases; seed++) {
			const next = seededRandom(seed);
			const text = Array.from({ length: 1 + Math.floor(next() * 30) }, () => generate(next)).join(' ');
			const echoed = echo(text);
			expect({ seed, live: liveMarkdown(echoed) }).toEqual({ seed, live: [] });
			expect(shown(echoed)).toBe(truncate(text.replace(/\s+/g, ' ').trim(), 300));
		}
	});

	it('escapes every link on a line, not only the first', () => {
		for (const text of [
			'[] [free nitro](https://evil.example)',
			'[a](https://x.example) [free nitro](https://evil.example)',
		]) {
			expect(liveMarkdown(escapeDiscord(text))).toEqual([]);
		}
		expect(escapeDiscord('[a](https://x.example) [b](https://y.example)')).toBe(
			'\\[a\\](https://x.example) \\[b\\](https://y.example)',
		);
	});

	it('reaches the embeds of a missed question and of “Check against report”', () => {
		for (let seed = 1; seed <= 300; seed++) {
			const text = `${generate(seededRandom(seed))} [free nitro](https://evil.example) <@123456789012345678>`;
			// (Words no fact has, enough of them that whatever the random text says cannot be answered.)
			for (const answer of [engine.ask(`zzqx qqzx xzzq ${text}`), engine.check(text)]) {
				const { description = '' } = renderDiscord(answer, { report }).embed;
				const echoed = /^(?:You asked|The message): “([\s\S]*?)”$/m.exec(description)?.[1];
				expect({ seed, kind: answer.kind, echoed: echoed !== undefined }).toEqual({
					seed,
					kind: answer.kind,
					echoed: true,
				});
				expect({ seed, live: liveMarkdown(echoed ?? '') }).toEqual({ seed, live: [] });
			}
		}
	});
});
