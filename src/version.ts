import { existsSync, readFileSync } from 'node:fs';

// src/version.ts under tsx, dist/src/version.js when compiled: package.json is one or two folders up.
const packageJson = ['../package.json', '../../package.json']
	.map((relative) => new URL(relative, import.meta.url))
	.find((url) => existsSync(url));

/** The version in package.json, which /about reports. */
export const version: string = packageJson
	? (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version
	: 'unknown';
