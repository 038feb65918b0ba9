// The bot's two threads' entry points as bundles, written over what tsc emitted for them:
// dist/src/main.js (the main thread, with the plain packages it loads at start-up; discord.js and
// discord-api-types are dist/src/vendor/discord.cjs beside it, run with V8's code cache) and
// dist/src/threads/engine-worker.js (the engine thread, some eighty modules of ours and the plain
// packages they load at start-up). Most of a
// start was Node finding, reading and compiling hundreds of small modules, and the two threads did
// it at once on two cores; one file a thread (and a chunk for each module loaded only when needed:
// a transport, the console, the full data check with zod) does it once. tsc still type-checks and
// emits every module: the rest of dist/ is used as before, by the CLIs, the read worker, and the
// check that hashes the data-checking modules' own files.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');

/** Where tsc puts a source file's output: the path the module's own `import.meta.url` names. */
function compiledUrl(source) {
	const relative = path.relative(root, source).replace(/\.ts$/, '.js');
	return pathToFileURL(path.join(root, 'dist', relative)).href;
}

function ownLocated(file, text) {
	const url = compiledUrl(file);
	return text
		.replaceAll('import.meta.url', JSON.stringify(url))
		.replaceAll('import.meta.dirname', JSON.stringify(path.dirname(fileURLToPath(url))));
}

/**
 * Each of our modules keeps its own `import.meta.url` (and `dirname`): the path tsc compiles it
 * to. They find package.json, the data-checking modules, the read worker and packages resolved at
 * run time (chrono-node's locales, the lexicons) from there, as they do unbundled.
 */
const ownLocation = {
	name: 'own-location',
	setup(build) {
		build.onLoad({ filter: /\.ts$/ }, async ({ path: file }) => {
			if (file.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
			return { contents: ownLocated(file, await readFile(file, 'utf8')), loader: 'ts' };
		});
	},
};

/**
 * The command modules are imported by a computed URL so that src/ never compiles against them;
 * in the bundle they are imported directly, so they share the bundle's modules rather than load
 * a second copy of them from dist/.
 */
const commandsInBundle = {
	name: 'commands-in-bundle',
	setup(build) {
		build.onLoad({ filter: /src[\\/]commands[\\/]load\.ts$/ }, async ({ path: file }) => {
			const text = await readFile(file, 'utf8');
			const computed = "import(new URL('../../commands/index.js', import.meta.url).href)";
			if (!text.includes(computed)) throw new Error(`${file}: the commands' import changed; update scripts/bundle.mjs`);
			return { contents: ownLocated(file, text.replace(computed, "import('../../commands/index.js')")), loader: 'ts' };
		});
	},
};

/**
 * Packages bundled for the main thread's vendor bundle: discord.js, everything it loads, and
 * discord-api-types (which our modules import too: one copy, not a bundled and a loaded one).
 */
export const mainThreadPackages = new Set(['discord.js', 'discord-api-types']);
/**
 * The plain packages the bot's main thread loads before it is ready, bundled into its entry point:
 * loaded from node_modules, each cost start-up Node's resolving, reading and wrapping of its
 * CommonJS files one by one. pino is bundled too: the bot logs through `pino.destination`, in
 * this thread; only a pino transport (which the bot never configures) needs its files on disk.
 * The rest stay in node_modules: native addons (better-sqlite3) and those loaded only when
 * configured (pg, ioredis, prom-client).
 */
const mainThreadStartPackages = new Set(['dotenv', 'pino', '@sapphire/ratelimits', 'croner']);
/**
 * Packages bundled into the engine thread: plain code and tables the engine loads at start-up
 * (fuzzy matching, stemming, stopwords, franc's trigram models). The rest stay in node_modules:
 * WordNet's files are found beside its package, chrono-node loads its locales when a date is
 * read, zod only for a full data check.
 */
export const engineThreadPackages = new Set([
	'fuse.js',
	'trigram-utils',
	'stemmer',
	'@orama/stemmers',
	'stopword',
	'franc',
]);
/** Optional native speed-ups discord.js and ws try to load and do without. */
const optional = new Set(['zlib-sync', 'bufferutil', 'utf-8-validate', '@discordjs/voice']);

/** Bundles `bundled` and what they load; every other package is loaded from node_modules. */
export function packagesPlugin(bundled) {
	return {
		name: 'packages',
		setup(build) {
			build.onResolve({ filter: /^[^./]/ }, ({ path: specifier, importer }) => {
				if (specifier.startsWith('node:')) return { path: specifier, external: true };
				const parts = specifier.split('/');
				const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
				if (optional.has(name)) return { path: specifier, external: true };
				const fromBundled = importer.includes(`${path.sep}node_modules${path.sep}`);
				return bundled.has(name) || fromBundled ? undefined : { path: specifier, external: true };
			});
		},
	};
}

/** discord.js and discord-api-types as one CommonJS bundle, run through V8's code cache (src/compiled-code.ts). */
export const vendorFile = path.join(root, 'dist', 'src', 'vendor', 'discord.cjs');
/** The parameters of the function the vendor bundle is wrapped in, as src/compiled-code.ts passes them. */
const vendorParameters = ['exports', 'require', 'module', '__filename', '__dirname'];
/** The entry of discord-api-types our modules import (one they did not would be bundled apart, a second copy). */
const apiTypesVersion = 'discord-api-types/v10';

/** The bundle of what the main thread imports from discord.js and discord-api-types. */
function bundleVendor() {
	return build({
		stdin: {
			contents: `module.exports = { discord: require('discord.js'), apiTypes: require('${apiTypesVersion}') };`,
			resolveDir: root,
			sourcefile: 'vendor-discord.cjs',
			loader: 'js',
		},
		bundle: true,
		platform: 'node',
		format: 'cjs',
		target: 'node20',
		outfile: vendorFile,
		// Wrapped as Node wraps a CommonJS module: `requireCompiled` runs the file's text as it is.
		banner: { js: `(function (${vendorParameters.join(', ')}) {` },
		footer: { js: '})' },
		legalComments: 'none',
		logLevel: 'warning',
		absWorkingDir: root,
		plugins: [packagesPlugin(mainThreadPackages), asciiOutput],
	});
}

/** The names a package exports, for ES modules re-exporting them one by one. */
function exportedNames(specifier) {
	const exports = createRequire(path.join(root, 'package.json'))(specifier);
	return Object.keys(exports).filter((name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name));
}

/**
 * Our modules import discord.js and discord-api-types as before; in the bundle each import is of
 * a module that takes the names from the compiled vendor bundle, which is run once. Compiling
 * discord.js's three megabytes (in the main bundle, with no code cache in Node 20) was a third of
 * the main thread's start-up; run through `requireCompiled`, a start reuses the bytecode of the
 * last. discord-api-types comes from the same bundle, so there is still one copy of it.
 */
const compiledDiscord = {
	name: 'compiled-discord',
	setup(build) {
		const namespace = 'compiled-discord';
		const packages = { 'discord.js': 'discord', [apiTypesVersion]: 'apiTypes' };
		build.onResolve({ filter: /^(discord\.js|discord-api-types\/v10|compiled-discord)$/ }, ({ path: specifier }) => ({
			path: specifier,
			namespace,
		}));
		build.onLoad({ filter: /.*/, namespace }, ({ path: specifier }) => {
			const contents =
				specifier === 'compiled-discord'
					? `import { requireCompiled } from ${JSON.stringify(path.join(root, 'src', 'compiled-code.ts'))};
export const vendor = requireCompiled(${JSON.stringify(vendorFile)});`
					: `import { vendor } from 'compiled-discord';
export const { ${exportedNames(specifier).join(', ')} } = vendor.${packages[specifier]};`;
			return { contents, resolveDir: root, loader: 'js' };
		});
	},
};

/**
 * Every output file in ASCII, its other characters written as `\uXXXX` escapes. V8 keeps a
 * script's source for as long as the script lives, in one byte a character only if every
 * character fits: one curly apostrophe in a comment (undici's, ours) doubles the memory the whole
 * bundle holds: 3 MB in the main thread (undici's) and 1 MB in the engine thread. The escapes mean
 * the same in strings, regular expressions (also those built from String.raw) and identifiers,
 * and nothing in comments; the source maps' columns shift only on the lines that had one.
 */
export const asciiOutput = {
	name: 'ascii-output',
	setup(build) {
		build.initialOptions.metafile = true;
		build.onEnd(async (result) => {
			const written = Object.keys(result.metafile?.outputs ?? {}).filter((file) => /\.[cm]?js$/.test(file));
			await Promise.all(
				written.map(async (file) => {
					const at = path.resolve(build.initialOptions.absWorkingDir ?? process.cwd(), file);
					const text = await readFile(at, 'utf8');
					// Code units, not code points: a character outside the BMP becomes its two escaped surrogates.
					const ascii = text.replace(/[^\0-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
					if (ascii !== text) await writeFile(at, ascii);
				}),
			);
		});
	},
};

/** Bundled CommonJS calls `require` for Node's own modules: give each output file one. */
export const requireBanner = {
	js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
};

const common = {
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	// Modules imported only when needed stay out of the start: each is a chunk of its own.
	splitting: true,
	outbase: path.join(root, 'src'),
	outdir: path.join(root, 'dist', 'src'),
	sourcemap: true,
	legalComments: 'none',
	logLevel: 'warning',
	absWorkingDir: root,
};

export async function bundle() {
	await Promise.all([
		bundleVendor(),
		build({
			...common,
			entryPoints: [path.join(root, 'src', 'main.ts')],
			chunkNames: 'chunks/[name]-[hash]',
			banner: requireBanner,
			plugins: [
				compiledDiscord,
				commandsInBundle,
				ownLocation,
				packagesPlugin(new Set([...mainThreadPackages, ...mainThreadStartPackages])),
				asciiOutput,
			],
		}),
		build({
			...common,
			entryPoints: [path.join(root, 'src', 'threads', 'engine-worker.ts')],
			chunkNames: 'threads/chunks/[name]-[hash]',
			// Packages that find their files by path at run time load from node_modules.
			plugins: [ownLocation, packagesPlugin(engineThreadPackages), asciiOutput],
		}),
	]);
}
