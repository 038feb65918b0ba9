import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		globalSetup: ['tests/support/build.ts'],
		// Some tests start the real entry points as child processes.
		testTimeout: 30_000,
		// Some start bot processes before their tests, on a machine that may be busy.
		hookTimeout: 60_000,
	},
});
