import { type APIEmbed, embedLength } from 'discord.js';
import { expect } from 'vitest';
import { limits } from '../../src/render/limits.js';

interface MessageBody {
	content?: string;
	embeds?: APIEmbed[];
	components?: {
		components?: { custom_id?: string; label?: string; options?: { label: string; value: string }[] }[];
	}[];
	choices?: { name: string; value: string }[];
}

/** Asserts a message or autocomplete body is one Discord would accept on size. */
export function expectWithinLimits(body: MessageBody): void {
	expect(body.content?.length ?? 0).toBeLessThanOrEqual(limits.content);
	const embeds = body.embeds ?? [];
	expect(embeds.length).toBeLessThanOrEqual(limits.embedsPerMessage);
	expect(embeds.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(limits.embedTotal);
	for (const embed of embeds) {
		expect(embed.title?.length ?? 0).toBeLessThanOrEqual(limits.embedTitle);
		expect(embed.description?.length ?? 0).toBeLessThanOrEqual(limits.embedDescription);
		expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(limits.footer);
		expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(limits.embedFields);
		for (const field of embed.fields ?? []) {
			expect(field.name.length).toBeLessThanOrEqual(limits.fieldName);
			expect(field.value.length).toBeLessThanOrEqual(limits.fieldValue);
		}
	}
	for (const component of (body.components ?? []).flatMap((row) => row.components ?? [])) {
		expect(component.custom_id?.length ?? 0).toBeLessThanOrEqual(limits.customId);
		expect(component.label?.length ?? 0).toBeLessThanOrEqual(limits.buttonLabel);
		expect(component.options?.length ?? 0).toBeLessThanOrEqual(limits.selectOptions);
		for (const option of component.options ?? []) {
			expect(option.label.length).toBeLessThanOrEqual(limits.selectLabel);
			expect(option.value.length).toBeLessThanOrEqual(limits.selectValue);
		}
	}
	expect(body.choices?.length ?? 0).toBeLessThanOrEqual(limits.choices);
	for (const choice of body.choices ?? []) {
		expect(choice.name.length).toBeLessThanOrEqual(limits.choiceName);
		expect(choice.value.length).toBeLessThanOrEqual(limits.choiceValue);
	}
}
