import { createPublicKey, type KeyObject, verify } from 'node:crypto';

// The DER header of an Ed25519 public key (SubjectPublicKeyInfo); the raw 32 bytes follow it.
const ed25519Spki = Buffer.from('302a300506032b6570032100', 'hex');

/** The application's public key, from the 64 hex characters the Developer Portal shows. */
export function publicKeyFromHex(hex: string): KeyObject {
	return createPublicKey({ key: Buffer.concat([ed25519Spki, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

/** How far a request's timestamp may be from our clock: older requests could be replays. */
export const maxClockSkewSeconds = 5 * 60;

export type Verdict = { ok: true } | { ok: false; reason: 'missing' | 'malformed' | 'bad signature' | 'stale' };

/**
 * Checks that Discord signed this request: Ed25519 over the timestamp header followed by the raw
 * body, with Node's own crypto. A timestamp outside the allowed skew is refused even when
 * correctly signed, so a captured request cannot be replayed later.
 */
export function verifyRequest(
	key: KeyObject,
	signature: string | undefined,
	timestamp: string | undefined,
	body: Buffer,
	nowSeconds = Date.now() / 1000,
): Verdict {
	if (!signature || !timestamp) return { ok: false, reason: 'missing' };
	if (!/^[0-9a-f]{128}$/i.test(signature) || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed' };
	const signed = verify(null, Buffer.concat([Buffer.from(timestamp), body]), key, Buffer.from(signature, 'hex'));
	if (!signed) return { ok: false, reason: 'bad signature' };
	if (Math.abs(nowSeconds - Number(timestamp)) > maxClockSkewSeconds) return { ok: false, reason: 'stale' };
	return { ok: true };
}
