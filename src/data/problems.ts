/** One thing wrong with the data, located precisely enough to fix without searching. */
export interface DataProblem {
	/** The file as the user would type it, e.g. `data/facts.json`. */
	file: string;
	/** Path to the field inside the file, e.g. `facts[12].quote`; empty for the whole file. */
	path: string;
	message: string;
}

export function formatProblem({ file, path, message }: DataProblem): string {
	return path ? `${file}: ${path}: ${message}` : `${file}: ${message}`;
}

/** Thrown when the data cannot be loaded; its message lists every problem, one per line. */
export class DataError extends Error {
	readonly problems: readonly DataProblem[];

	constructor(problems: readonly DataProblem[]) {
		const lines = problems.map(formatProblem);
		super(`The data has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
		this.name = 'DataError';
		this.problems = problems;
	}
}

/** `["facts", 12, "quote"]` → `facts[12].quote`, the form people use to point into JSON. */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out ? `.${String(key)}` : String(key);
	}
	return out;
}
