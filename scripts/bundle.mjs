// The engine thread's entry point as a bundle, written over what tsc emitted for it:
// dist/src/threads/engine-worker.js. The thread spent a sixth of its start finding, reading and
// compiling some eighty small modules on its own, while the main thread connects; one file (and
// a chunk for each module loaded only when needed, such as the full data check with zod) does it
// at once, and costs the main thread less competition for the two cores. tsc still type-checks and
// emits every module: the rest of dist/ is used as before, by the main thread, the CLIs, the read
// worker, and the check that hashes the data-checking modules' own files.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');

/** Where tsc puts a source file's output: the path the module's own `import.meta.url` names. */
function compiledUrl(source) {
	const relative = path.relative(root, source).replace(/\.ts$/, '.js');
	return pathToFileURL(path.join(root, 'dist', relative)).href;
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
			let text = await readFile(file, 'utf8');
			const url = compiledUrl(file);
			text = text
				.replaceAll('import.meta.url', JSON.stringify(url))
				.replaceAll('import.meta.dirname', JSON.stringify(path.dirname(fileURLToPath(url))));
			return { contents: text, loader: 'ts' };
		});
	},
};

export async function bundle() {
	await build({
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		// Modules imported only when needed stay out of the thread's start: each is a chunk of its own.
		splitting: true,
		outbase: path.join(root, 'src'),
		outdir: path.join(root, 'dist', 'src'),
		entryPoints: [path.join(root, 'src', 'threads', 'engine-worker.ts')],
		chunkNames: 'threads/chunks/[name]-[hash]',
		// Packages load from node_modules as before: some find their files by path at run time.
		packages: 'external',
		plugins: [ownLocation],
		sourcemap: true,
		legalComments: 'none',
		logLevel: 'warning',
		absWorkingDir: root,
	});
}
