import {
	type APIApplicationCommandOption,
	ApplicationCommandOptionType,
	InteractionContextType,
	PermissionFlagsBits,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { commands, definitions, messageCommands, serverCommands } from '../commands/index.js';

// Discord's documented rules for chat input commands and their options.
const namePattern = /^[-_\p{Ll}\p{Lo}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

describe('slash command definitions', () => {
	const slashDefinitions = [...commands, ...serverCommands].map(({ definition }) => definition);

	it('have unique names', () => {
		const names = slashDefinitions.map((definition) => definition.name);
		expect(new Set(names).size).toBe(names.length);
	});

	/** Checks a level of options (a subcommand's too) and returns all the text in it. */
	function checkOptions(options: readonly APIApplicationCommandOption[]): string[] {
		expect(options.length).toBeLessThanOrEqual(25);
		const text: string[] = [];
		for (const option of options) {
			expect(option.name).toMatch(namePattern);
			expect(option.description.length).toBeGreaterThanOrEqual(1);
			expect(option.description.length).toBeLessThanOrEqual(100);
			text.push(option.name, option.description);
			if ('max_length' in option && option.max_length !== undefined) {
				expect(option.max_length).toBeGreaterThanOrEqual(1);
				expect(option.max_length).toBeLessThanOrEqual(6000);
				expect(option.min_length ?? 0).toBeLessThanOrEqual(option.max_length);
			}
			if ('choices' in option && option.choices) {
				expect(option.choices.length).toBeLessThanOrEqual(25);
				for (const choice of option.choices) text.push(choice.name, String(choice.value));
			}
			if (option.type === ApplicationCommandOptionType.Subcommand) text.push(...checkOptions(option.options ?? []));
		}
		// Required options must come before optional ones.
		const firstOptional = options.findIndex((option) => !('required' in option && option.required));
		if (firstOptional >= 0) {
			expect(options.slice(firstOptional).some((option) => 'required' in option && option.required)).toBe(false);
		}
		return text;
	}

	describe.each(slashDefinitions.map((definition) => [definition.name, definition] as const))(
		'/%s',
		(_, definition) => {
			it('follows Discord’s naming and length rules', () => {
				expect(definition.name).toMatch(namePattern);
				expect(definition.description.length).toBeGreaterThanOrEqual(1);
				expect(definition.description.length).toBeLessThanOrEqual(100);
				const text = [definition.name, definition.description, ...checkOptions(definition.options ?? [])];
				// The combined text of a command may not exceed 4000 characters.
				expect(text.join('').length).toBeLessThanOrEqual(4000);
			});
		},
	);

	it('keep server management to members who can manage the server (/reload: administrators), in servers only', () => {
		const required = Object.fromEntries(
			serverCommands.map(({ definition }) => [definition.name, definition.default_member_permissions]),
		);
		expect(required).toEqual({
			digest: String(PermissionFlagsBits.ManageGuild),
			reload: String(PermissionFlagsBits.Administrator),
		});
		for (const { definition } of serverCommands) expect(definition.contexts).toEqual([InteractionContextType.Guild]);
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
		expect(definitions).toHaveLength(commands.length + messageCommands.length + serverCommands.length);
	});
});
