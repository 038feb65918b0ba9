// The part of autocannon's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
	interface Request {
		method?: string;
		path?: string;
		headers?: Record<string, string>;
		body?: string;
	}
	interface Options {
		url: string;
		connections?: number;
		duration?: number;
		requests?: Request[];
	}
	interface Histogram {
		average: number;
		p50: number;
		p99: number;
		total: number;
	}
	interface Result {
		requests: Histogram;
		latency: Histogram;
		non2xx: number;
		errors: number;
		timeouts: number;
	}
	export default function autocannon(options: Options): Promise<Result>;
}
