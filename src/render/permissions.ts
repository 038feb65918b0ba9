import { PermissionFlagsBits } from 'discord-api-types/v10';

// One name per bit: a few bits also carry an older alias.
const seen = new Set<bigint>();
const flags = (Object.entries(PermissionFlagsBits) as [string, bigint][]).filter(
	([, bit]) => !seen.has(bit) && Boolean(seen.add(bit)),
);

/** Permission bits as Discord's settings name them: "Send Messages, Embed Links". */
export function permissionNames(bits: bigint): string {
	return flags
		.filter(([, bit]) => (bits & bit) === bit)
		.map(([name]) => name.replace(/(?<=[a-z])(?=[A-Z])/g, ' '))
		.join(', ');
}

/**
 * The bits of `needed` that `granted` lacks. Administrator grants everything, as Discord computes
 * it, so an administrator is never refused.
 */
export function missingPermissions(granted: bigint, needed: bigint): bigint {
	if ((granted & PermissionFlagsBits.Administrator) !== 0n) return 0n;
	return needed & ~granted;
}

/** Bits from the decimal string Discord sends (`"8192"`), or 0 when absent or malformed. */
export function permissionBits(value: string | null | undefined): bigint {
	if (!value || !/^\d{1,40}$/.test(value)) return 0n;
	return BigInt(value);
}
