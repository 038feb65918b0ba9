/**
 * Characters that start or end Discord markdown inside a line: emphasis (`*`, `_`), strikethrough
 * (`~`), code (`` ` ``), spoilers (`|`), masked links (`[`, `]`: a link needs both) and angle-bracket
 * syntax (`<@id>` mentions, `<#id>` channels, `<t:…>` timestamps, `<:emoji:id>`, `<url>`), and
 * the backslash that escapes them.
 */
const inline = /[\\*_~`|[\]<]/g;
/** Block syntax that only counts at the start of a line: headings and `-#` subtext, lists, quotes. */
const lineStart = /^([ \t]*)(?:([#>+-])|(\d+)\.)/gm;

/**
 * Escapes text so that Discord shows it exactly as written: every markdown character is preceded
 * by a backslash, so no masked link, mention, emoji, timestamp or formatting from the text can
 * survive. Discord drops a backslash before punctuation, so what a reader sees is the text itself.
 *
 * discord.js's `escapeMarkdown` escapes only the first `[` of a line and leaves the inside of
 * code spans alone, so a second link on the same line stays live; hence this one.
 *
 * @example
 * escapeDiscord('[a](https://x.example) [free nitro](https://evil.example)')
 * // → '\[a\](https://x.example) \[free nitro\](https://evil.example)'
 */
export function escapeDiscord(text: string): string {
	return text
		.replace(inline, '\\$&')
		.replace(lineStart, (_, indent: string, mark?: string, digits?: string) =>
			mark ? `${indent}\\${mark}` : `${indent}${digits}\\.`,
		);
}
