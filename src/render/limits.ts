import { type APIEmbed, embedLength } from 'discord.js';
import { truncate } from '../core/text.js';

/**
 * Discord's size limits, in one place. Anything over them is rejected with a 400, so every
 * string that reaches Discord passes through `truncate` against one of these.
 */
export const limits = {
	content: 2000,
	embedsPerMessage: 10,
	embedTitle: 256,
	embedDescription: 4096,
	embedFields: 25,
	fieldName: 256,
	fieldValue: 1024,
	footer: 2048,
	/** Title, description, field names and values, footer and author of all embeds together. */
	embedTotal: 6000,
	choices: 25,
	choiceName: 100,
	choiceValue: 100,
	selectOptions: 25,
	selectLabel: 100,
	selectValue: 100,
	selectDescription: 100,
	customId: 100,
	buttonLabel: 80,
} as const;

// Cutting text is plain string work, kept with the core's text helpers; re-exported for the renderers.
export { truncate };

/**
 * Holds an embed to every per-part limit and to the per-message total: parts are cut to size,
 * then the longest field values are shortened (and, if that is not enough, the last fields
 * dropped) until the whole fits.
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
	const fitted: APIEmbed = {
		...embed,
		...(embed.title ? { title: truncate(embed.title, limits.embedTitle) } : {}),
		...(embed.description ? { description: truncate(embed.description, limits.embedDescription) } : {}),
		...(embed.footer ? { footer: { ...embed.footer, text: truncate(embed.footer.text, limits.footer) } } : {}),
		fields: (embed.fields ?? []).slice(0, limits.embedFields).map((field) => ({
			...field,
			name: truncate(field.name, limits.fieldName),
			value: truncate(field.value, limits.fieldValue),
		})),
	};
	// Sources matter more than the length of any one of them: shorten the longest quotes first,
	// then the description, and drop sources from the end only when nothing else is left to cut.
	const fields = fitted.fields ?? [];
	const floor = 200;
	let excess = embedLength(fitted) - limits.embedTotal;
	while (excess > 0) {
		const longest = fields.reduce<(typeof fields)[number] | undefined>(
			(a, b) => (!a || b.value.length > a.value.length ? b : a),
			undefined,
		);
		const description = fitted.description ?? '';
		if (longest && longest.value.length > floor) {
			longest.value = truncate(longest.value, Math.max(floor, longest.value.length - excess));
		} else if (description.length > floor * 5) {
			fitted.description = truncate(description, Math.max(floor * 5, description.length - excess));
		} else if (fields.length > 0) {
			fields.pop();
		} else {
			fitted.description = truncate(description, description.length - excess);
			break;
		}
		excess = embedLength(fitted) - limits.embedTotal;
	}
	if (fields.length === 0) delete fitted.fields;
	return fitted;
}
