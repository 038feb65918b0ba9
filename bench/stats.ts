/** Timing and memory helpers for the benchmark: milliseconds, percentiles, heap after a full GC. */

export interface Latency {
	/** How many timings the percentiles are taken over. */
	n: number;
	p50: number;
	p99: number;
}

/** The p-th percentile (0–100) of some values, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	if (sorted.length === 0) return Number.NaN;
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
	return percentile(values, 50);
}

export function latency(samples: readonly number[]): Latency {
	return { n: samples.length, p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

/** Runs `run` once and returns what it returned and how long it took, in milliseconds. */
export function timed<T>(run: () => T): { value: T; ms: number } {
	const started = performance.now();
	const value = run();
	return { value, ms: performance.now() - started };
}

export async function timedAsync<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
	const started = performance.now();
	const value = await run();
	return { value, ms: performance.now() - started };
}

/** Times `run` on each input, in order; one sample an input. */
export function sample<T>(inputs: readonly T[], run: (input: T) => unknown): number[] {
	return inputs.map((input) => timed(() => run(input)).ms);
}

/** A full garbage collection now; needs node's --expose-gc (npm run bench sets it). */
export function collectGarbage(): void {
	const gc = (globalThis as { gc?: () => void }).gc;
	if (!gc) throw new Error('run with node --expose-gc (npm run bench does)');
	gc();
}

/** Bytes of live heap after a full garbage collection; needs node's --expose-gc. */
export function heapAfterGc(): number {
	collectGarbage();
	collectGarbage();
	return process.memoryUsage().heapUsed;
}

/** A number of milliseconds as the table shows it: three significant figures. */
export function ms(value: number): string {
	if (!Number.isFinite(value)) return '–';
	return `${value >= 100 ? Math.round(value) : Number(value.toPrecision(3))} ms`;
}

export function megabytes(bytes: number): string {
	return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}
