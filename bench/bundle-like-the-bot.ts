/**
 * The bare discord.js client bundled the way the build bundles the bot's main thread (discord.js
 * and discord-api-types in one file, by the same esbuild plugins, written in ASCII): a second start-up baseline, so
 * the bot's time can also be read against a client that gains what bundling gains.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { root } from '../tests/support/cli.js';

interface BundleScript {
	mainThreadPackages: Set<string>;
	packagesPlugin(bundled: Set<string>): Plugin;
	requireBanner: { js: string };
	asciiOutput: Plugin;
}

/** Writes the bundle to a new temporary folder and returns the file to run and the folder to remove. */
export async function bundledBareClient(): Promise<{ file: string; dir: string }> {
	const script = (await import(path.join(root, 'scripts', 'bundle.mjs'))) as BundleScript;
	const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-bare-'));
	const file = path.join(dir, 'bare-client.mjs');
	await build({
		entryPoints: [path.join(root, 'bench', 'bare-client.mjs')],
		outfile: file,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		banner: script.requireBanner,
		plugins: [script.packagesPlugin(script.mainThreadPackages), script.asciiOutput],
		logLevel: 'warning',
		absWorkingDir: root,
	});
	return { file, dir };
}
