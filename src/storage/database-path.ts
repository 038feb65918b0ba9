import { accessSync, constants, mkdirSync, type StatsFs, statfsSync, statSync } from 'node:fs';
import path from 'node:path';

/** Kernel pseudo-filesystems: no database can live there, and Node's recursive mkdir can loop forever in /proc. */
const pseudoRoots = ['/proc', '/sys', '/dev'];
const pseudoFsTypes = new Set([
	0x9fa0, // proc
	0x62656572, // sysfs
	0x27e0eb, // cgroup
	0x63677270, // cgroup2
	0x64626720, // debugfs
	0x73636673, // securityfs
	0x1cd1, // devpts
]);

const advice = 'set DATABASE_PATH to a file in a folder the bot can write, e.g. var/sitrep.db';

const isPseudo = (absolute: string) =>
	pseudoRoots.some((root) => absolute === root || absolute.startsWith(`${root}/`)) && !absolute.startsWith('/dev/shm/');

const fsType = (folder: string): StatsFs['type'] | undefined => {
	try {
		return statfsSync(folder).type;
	} catch {
		return undefined;
	}
};

const writable = (target: string) => {
	try {
		accessSync(target, constants.W_OK);
		return true;
	} catch {
		return false;
	}
};

const statOf = (target: string) => {
	try {
		return statSync(target);
	} catch {
		return undefined;
	}
};

/**
 * What is wrong with DATABASE_PATH, as one line naming the variable, the problem and the fix;
 * undefined when the file can be opened (or created) there. Looks only: opens and creates nothing.
 */
export function checkDatabasePath(file: string): string | undefined {
	if (file === ':memory:') return undefined;
	const absolute = path.resolve(file);
	const shown = file === absolute ? file : `${file} (${absolute})`;
	const existing = statOf(absolute);
	if (existing?.isDirectory()) {
		return `DATABASE_PATH: ${shown} is a folder, not a file; set it to a file inside it, e.g. ${path.join(file, 'sitrep.db')}.`;
	}
	if (existing && !existing.isFile()) return `DATABASE_PATH: ${shown} is not a regular file; ${advice}.`;

	// The nearest folder that exists: the file's own, or the one its missing folders would be made in.
	let folder = path.dirname(absolute);
	let missing = false;
	for (let stats = statOf(folder); !stats; stats = statOf(folder)) {
		missing = true;
		folder = path.dirname(folder);
	}
	if (!statOf(folder)?.isDirectory()) {
		return `DATABASE_PATH: ${shown} cannot be created because ${folder} is a file, not a folder; ${advice}.`;
	}
	if (isPseudo(absolute)) {
		const top = `/${absolute.split('/')[1]}`;
		return `DATABASE_PATH: ${shown} is under ${top}, a system pseudo-filesystem where no database can live; ${advice}.`;
	}
	if (pseudoFsTypes.has(fsType(folder) ?? -1)) {
		return `DATABASE_PATH: ${shown} is on a system pseudo-filesystem (${folder}) where no database can live; ${advice}.`;
	}
	if (existing && !writable(absolute)) {
		return `DATABASE_PATH: ${shown} is read-only; make it writable by the bot's user, or ${advice}.`;
	}
	if (!writable(folder)) {
		return missing
			? `DATABASE_PATH: the folder for ${shown} cannot be created: ${folder} is not writable by the bot's user; create it, or ${advice}.`
			: `DATABASE_PATH: the folder ${folder} is read-only, and SQLite writes its journal next to ${path.basename(absolute)}; make the folder writable, or ${advice}.`;
	}
	return undefined;
}

/**
 * Checks DATABASE_PATH, then creates its missing folders one level at a time (never a recursive
 * mkdir, which can spin forever in a pseudo-filesystem). Returns the problem line, or undefined.
 */
export function prepareDatabasePath(file: string): string | undefined {
	const problem = checkDatabasePath(file);
	if (problem || file === ':memory:') return problem;
	const missing: string[] = [];
	for (let folder = path.dirname(path.resolve(file)); !statOf(folder); folder = path.dirname(folder)) {
		missing.unshift(folder);
	}
	for (const folder of missing) {
		try {
			mkdirSync(folder);
		} catch (error) {
			const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
			return `DATABASE_PATH: the folder ${folder} for ${file} could not be created (${reason}); create it, or ${advice}.`;
		}
	}
	return undefined;
}
