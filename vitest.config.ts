import { defineConfig } from 'vitest/config';
import { patienceMs } from './tests/support/wait.js';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		globalSetup: ['tests/support/build.ts'],
		// Tests wait for events, never for time: these bounds only end a test that hangs, and are
		// generous because CI's two cores may be busy. Some tests start the entry points as processes.
		testTimeout: 2 * patienceMs,
		hookTimeout: patienceMs,
		expect: { poll: { timeout: patienceMs, interval: 20 } },
	},
});
