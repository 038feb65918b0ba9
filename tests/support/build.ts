import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Once before every test file: `npm start` runs dist/, so tests that start it find it built and need not race to. */
export default function setup(): void {
	const root = path.resolve(import.meta.dirname, '../..');
	const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
		cwd: root,
		stdio: 'inherit',
	});
	if (result.status !== 0) throw new Error('The build failed; `npm run typecheck` shows why.');
}
