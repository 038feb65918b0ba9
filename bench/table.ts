/** The benchmark's one table: its rows, the targets they are held to, and how it is printed and saved. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Latency } from './stats.js';

export interface Target {
	/** What is held, e.g. "p99 ≤ 1 ms". */
	text: string;
	pass: boolean;
}

export interface Row {
	section: string;
	measure: string;
	/** Latency rows: the percentiles, in milliseconds. */
	latency?: Latency;
	/** Other rows: the figure, as shown. */
	value?: string;
	/** What else the figure needs to be read: sample sizes, thresholds, ratios. */
	note?: string;
	target?: Target;
}

export interface Machine {
	cpu: string;
	cores: number;
	ramGiB: number;
	node: string;
	platform: string;
	/** The 1-minute load average when the run started: other work on the machine skews the figures. */
	loadAverage: number;
}

export interface Results {
	ranAt: string;
	commit: string;
	machine: Machine;
	/** Wall-clock seconds the whole run took. */
	seconds: number;
	rows: Row[];
}

export function machine(): Machine {
	const cpus = os.cpus();
	return {
		cpu: cpus[0]?.model.trim() ?? 'unknown',
		cores: cpus.length,
		ramGiB: Math.round(os.totalmem() / 2 ** 30),
		node: process.version,
		platform: `${os.platform()} ${os.arch()}`,
		loadAverage: Number(os.loadavg()[0]?.toFixed(2)),
	};
}

export function commit(): string {
	try {
		const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
		const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
		return dirty ? `${head}+changes` : head;
	} catch {
		return 'unknown';
	}
}

const twoDecimals = (value: number) => (Number.isFinite(value) ? value.toFixed(value >= 100 ? 0 : 2) : '–');

function cells(row: Row): string[] {
	const target = row.target ? `${row.target.pass ? 'pass' : 'FAIL'}: ${row.target.text}` : '';
	const figure = row.latency
		? `${twoDecimals(row.latency.p50)} / ${twoDecimals(row.latency.p99)} ms`
		: (row.value ?? '');
	const note = row.latency ? [`n=${row.latency.n}`, row.note].filter(Boolean).join(', ') : (row.note ?? '');
	return [row.section, row.measure, figure, note, target];
}

const header = ['section', 'measure', 'p50 / p99, or value', 'notes', 'target'];

/** The table as aligned plain text, for the terminal. */
export function formatTable(rows: readonly Row[]): string {
	const lines = [header, ...rows.map(cells)];
	const widths = header.map((_, column) => Math.max(...lines.map((line) => line[column]?.length ?? 0)));
	const format = (line: string[]) =>
		line
			.map((cell, column) => cell.padEnd(widths[column] ?? 0))
			.join('  ')
			.trimEnd();
	return [
		format(lines[0] ?? []),
		widths.map((width) => '-'.repeat(width)).join('  '),
		...lines.slice(1).map(format),
	].join('\n');
}

/** The table as Markdown, for the README. */
export function markdownTable(rows: readonly Row[]): string {
	const line = (values: string[]) => `| ${values.map((value) => value.replaceAll('|', '\\|')).join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map((row) => line(cells(row)))].join('\n');
}

export function describeMachine({ cpu, cores, ramGiB, node, platform, loadAverage }: Machine): string {
	return `${cpu}, ${cores} cores, ${ramGiB} GiB RAM, Node ${node}, ${platform}; load average ${loadAverage} at the start`;
}

export const resultsDir = path.resolve(import.meta.dirname, 'results');

/** Writes a timestamped file and, for a full run, latest.json; returns the timestamped file's path. */
export function saveResults(results: Results, { latest }: { latest: boolean }): string {
	mkdirSync(resultsDir, { recursive: true });
	const json = `${JSON.stringify(results, null, '\t')}\n`;
	const stamped = path.join(resultsDir, `${results.ranAt.replaceAll(':', '-').replace(/\.\d+Z$/, 'Z')}.json`);
	writeFileSync(stamped, json);
	if (latest) writeFileSync(path.join(resultsDir, 'latest.json'), json);
	return stamped;
}
