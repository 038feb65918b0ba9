import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/*
 * Reading a data directory's files, without checking what they hold (./load.ts does, with zod):
 * what both the full check and a start that reuses an earlier check's result need.
 */

/** The files a data directory holds, in the order they are read. */
export const dataFiles = {
	reports: 'reports.json',
	entities: 'entities.json',
	facts: 'facts.json',
} as const;

/**
 * The largest data file (JSON or report text) that is read: about 25,000 facts. Anything bigger
 * is refused before it is read, so a wrong file cannot take the bot's memory or time.
 */
export const maxDataFileBytes = 16 * 1024 * 1024;

/** Raised for a data file that is not one: a FIFO, a device, a directory, or too big to read. */
class NotADataFile extends Error {}

/**
 * Reads a data file as UTF-8, refusing what is not a regular file or is over `maxBytes` before
 * reading it. Opened non-blocking, so a FIFO or device put in a file's place can never hang the
 * read (nor the process's exit, which waits for blocked reads).
 */
export async function readDataFile(file: string, maxBytes: number): Promise<string> {
	const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
	try {
		const stats = await handle.stat();
		if (stats.isDirectory()) throw new NotADataFile('is a directory');
		if (!stats.isFile()) throw new NotADataFile('not a regular file');
		if (stats.size > maxBytes) {
			throw new NotADataFile(`${formatBytes(stats.size)}, over the ${formatBytes(maxBytes)} limit for a data file`);
		}
		const buffer = Buffer.alloc(stats.size);
		const { bytesRead } = await handle.read(buffer, 0, stats.size, 0);
		return buffer.toString('utf8', 0, bytesRead);
	} finally {
		await handle.close();
	}
}

function formatBytes(bytes: number): string {
	return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function splitParagraphs(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((paragraph) => paragraph.trim())
		.filter(Boolean);
}

export function describeIoError(error: unknown): string {
	if (error instanceof NotADataFile) return error.message;
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return 'no such file';
	if (code === 'EISDIR') return 'is a directory';
	if (code === 'EACCES') return 'permission denied';
	return (error as Error).message;
}
