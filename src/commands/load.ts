import type { CommandSet } from './define.js';

/**
 * The commands, loaded from the project's commands/ folder when the process starts, the way
 * Sapphire's stores load pieces from a folder. Command modules depend on src/ (the contract, the
 * engine); src/ never compiles against them, and the transports receive the list as a value.
 * The same relative path holds from src/ under tsx and from dist/src/ when compiled.
 */
export async function loadCommandSet(): Promise<CommandSet> {
	const module = (await import(new URL('../../commands/index.js', import.meta.url).href)) as { commandSet?: unknown };
	const set = module.commandSet as Partial<CommandSet> | undefined;
	if (
		!set ||
		!Array.isArray(set.commands) ||
		!Array.isArray(set.messageCommands) ||
		!Array.isArray(set.serverCommands)
	) {
		throw new Error('commands/index must export `commandSet`: { commands, messageCommands, serverCommands }');
	}
	return set as CommandSet;
}
