import { Cron } from 'croner';

export const frequencies = ['daily', 'weekly'] as const;
export type Frequency = (typeof frequencies)[number];

export const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** When a guild's digest posts: a local time in an IANA timezone, every day or on one weekday. */
export interface Schedule {
	frequency: Frequency;
	/** Local time, HH:MM (24-hour). */
	time: string;
	/** 0 = Sunday … 6 = Saturday; weekly schedules only. */
	weekday: number | null;
	/** Canonical IANA name, e.g. America/Port-au-Prince. */
	timezone: string;
}

/**
 * The canonical IANA name for a timezone as people type it ("europe/paris", "US/Eastern"),
 * or undefined when there is none. Offsets such as "+02:00" are refused: they ignore daylight
 * saving, which is what a timezone is for here.
 */
export function resolveTimezone(name: string): string | undefined {
	const trimmed = name.trim().replace(/\s+/g, '_');
	if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(trimmed)) return undefined;
	try {
		return new Intl.DateTimeFormat('en-GB', { timeZone: trimmed }).resolvedOptions().timeZone;
	} catch {
		return undefined;
	}
}

/** Reads "9", "9:30", "09:30", "9am", "9.30 pm", "21h30" as HH:MM, or undefined. */
export function parseTime(text: string): string | undefined {
	const match = /^\s*(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*$/i.exec(text);
	if (!match) return undefined;
	let hour = Number(match[1]);
	const minute = Number(match[2] ?? 0);
	const half = match[3]?.toLowerCase().replace(/\./g, '');
	if (half) {
		if (hour < 1 || hour > 12) return undefined;
		hour = (hour % 12) + (half === 'pm' ? 12 : 0);
	}
	if (hour > 23 || minute > 59) return undefined;
	return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** croner computes the slots: it knows timezones and daylight saving (a skipped hour posts at the next valid minute). */
function cronOf(schedule: Schedule): Cron {
	const [hour, minute] = schedule.time.split(':').map(Number);
	const day = schedule.frequency === 'weekly' ? String(schedule.weekday ?? 1) : '*';
	return new Cron(`${minute} ${hour} * * ${day}`, { timezone: schedule.timezone, paused: true });
}

/** The first slot strictly after `after` (ms since the epoch). */
export function nextSlot(schedule: Schedule, after: number): number | undefined {
	return cronOf(schedule).nextRun(new Date(after))?.getTime();
}

/** The latest slot at or before `at`. */
export function latestSlot(schedule: Schedule, at: number): number | undefined {
	return cronOf(schedule)
		.previousRuns(1, new Date(at + 1))[0]
		?.getTime();
}

/** Slots in [from, to], oldest first, at most `limit` of the latest. */
export function slotsBetween(schedule: Schedule, from: number, to: number, limit = 100): number[] {
	const slots = cronOf(schedule)
		.previousRuns(limit, new Date(to + 1))
		.map((date) => date.getTime())
		.filter((slot) => slot >= from);
	return slots.reverse();
}

/** "daily at 09:00" or "every Monday at 09:00", with the timezone. */
export function describeSchedule(schedule: Schedule): string {
	const when = schedule.frequency === 'weekly' ? `every ${weekdays[schedule.weekday ?? 1]}` : 'every day';
	return `${when} at ${schedule.time} (${schedule.timezone})`;
}

/** A moment as the guild reads it: "Fri, 27 Nov 2026, 09:00 CET". */
export function formatInZone(ms: number, timezone: string): string {
	return new Intl.DateTimeFormat('en-GB', {
		timeZone: timezone,
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZoneName: 'short',
	}).format(ms);
}

/** Timezones to offer first: Haiti's, then where its diaspora and the force's members mostly are. */
const commonZones = [
	'America/Port-au-Prince',
	'America/New_York',
	'America/Toronto',
	'America/Chicago',
	'America/Los_Angeles',
	'America/Santo_Domingo',
	'America/Sao_Paulo',
	'Europe/Paris',
	'Europe/London',
	'Africa/Nairobi',
	'UTC',
];

/** The common zones, then every other IANA name: built once, as autocomplete reads it on each keystroke. */
let zoneList: readonly string[] | undefined;

/** Timezone names for autocomplete: the common ones first, then every IANA name containing what was typed. */
export function suggestTimezones(typed: string, limit: number): string[] {
	const needle = typed.trim().toLowerCase().replace(/\s+/g, '_');
	zoneList ??= [...new Set([...commonZones, ...Intl.supportedValuesOf('timeZone')])];
	const matches: string[] = [];
	for (const zone of zoneList) {
		if (matches.length === limit) break;
		if (zone.toLowerCase().includes(needle)) matches.push(zone);
	}
	return matches;
}
