import { InteractionContextType, PermissionFlagsBits } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { commands, definitions, messageCommands } from '../commands/index.js';

// Discord's documented rules for chat input commands and their options.
const namePattern = /^[-_\p{Ll}\p{Lo}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

describe('slash command definitions', () => {
	it('have unique names', () => {
		const names = commands.map(({ definition }) => definition.name);
		expect(new Set(names).size).toBe(names.length);
	});

	describe.each(commands.map(({ definition }) => [definition.name, definition] as const))('/%s', (_, definition) => {
		it('follows Discord’s naming and length rules', () => {
			expect(definition.name).toMatch(namePattern);
			expect(definition.description.length).toBeGreaterThanOrEqual(1);
			expect(definition.description.length).toBeLessThanOrEqual(100);
			const options = definition.options ?? [];
			expect(options.length).toBeLessThanOrEqual(25);
			for (const option of options) {
				expect(option.name).toMatch(namePattern);
				expect(option.description.length).toBeGreaterThanOrEqual(1);
				expect(option.description.length).toBeLessThanOrEqual(100);
				if ('max_length' in option && option.max_length !== undefined) {
					expect(option.max_length).toBeGreaterThanOrEqual(1);
					expect(option.max_length).toBeLessThanOrEqual(6000);
					expect(option.min_length ?? 0).toBeLessThanOrEqual(option.max_length);
				}
			}
			// Required options must come before optional ones.
			const firstOptional = options.findIndex((option) => !option.required);
			if (firstOptional >= 0) expect(options.slice(firstOptional).some((option) => option.required)).toBe(false);
			// The combined text of a command may not exceed 4000 characters.
			const text = [definition.name, definition.description, ...options.flatMap((o) => [o.name, o.description])];
			expect(text.join('').length).toBeLessThanOrEqual(4000);
		});
	});

	it('keep moderator commands to members who can manage messages, in servers only', () => {
		const moderator = [...commands, ...messageCommands].filter((command) => command.audience === 'moderators');
		expect(moderator.map(({ definition }) => definition.name)).toEqual(['factcheck', 'Check against report']);
		for (const { definition } of moderator) {
			expect(definition.default_member_permissions).toBe(String(PermissionFlagsBits.ManageMessages));
			expect(definition.contexts).toEqual([InteractionContextType.Guild]);
		}
	});
});

describe('message menu commands', () => {
	it.each(messageCommands.map(({ definition }) => [definition.name, definition] as const))(
		'“%s” has a name Discord accepts',
		(_, definition) => {
			// Context-menu names may have capitals and spaces, 1–32 characters, and no description.
			expect(definition.name.length).toBeGreaterThanOrEqual(1);
			expect(definition.name.length).toBeLessThanOrEqual(32);
			expect(definition).not.toHaveProperty('description');
		},
	);

	it('stay within Discord’s five per application, and deploy with the slash commands', () => {
		expect(messageCommands.length).toBeLessThanOrEqual(5);
		expect(definitions).toHaveLength(commands.length + messageCommands.length);
	});
});
