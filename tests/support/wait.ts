import { vi } from 'vitest';

/**
 * How long a test waits for something that is bound to happen: long, because a busy machine may be
 * slow, and only so that a hung test ends with a message. Tests wait for events; this is not a timing.
 */
export const patienceMs = 60_000;

/** Retries `check` until it passes (an event has happened), for up to `patienceMs`. */
export function eventually<T>(check: () => T | Promise<T>): Promise<T> {
	return vi.waitFor(check, { timeout: patienceMs, interval: 20 });
}
