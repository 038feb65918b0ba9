import { describe, expect, it } from 'vitest';
import {
	describeSchedule,
	formatInZone,
	latestSlot,
	nextSlot,
	parseTime,
	resolveTimezone,
	type Schedule,
	slotsBetween,
	suggestTimezones,
} from '../src/digest/schedule.js';

const daily = (time: string, timezone: string): Schedule => ({ frequency: 'daily', time, weekday: null, timezone });
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
const runs = (schedule: Schedule, from: string, count: number) => {
	const out: string[] = [];
	let at = Date.parse(from);
	for (let i = 0; i < count; i++) {
		at = nextSlot(schedule, at) ?? Number.NaN;
		out.push(iso(at) ?? '');
	}
	return out;
};

describe('digest times', () => {
	it('read the ways people write a time of day', () => {
		expect(['9', '9:00', '09:00', '9am', '9 AM', '9.30 pm', '21h30', '12am', '12pm', '23:59'].map(parseTime)).toEqual([
			'09:00',
			'09:00',
			'09:00',
			'09:00',
			'09:00',
			'21:30',
			'21:30',
			'00:00',
			'12:00',
			'23:59',
		]);
		for (const bad of ['24:00', '9:60', '13pm', 'noon', '', '9:5']) expect(parseTime(bad), bad).toBeUndefined();
	});

	it('take IANA timezones as typed and refuse the rest', () => {
		expect(resolveTimezone('america/port-au-prince')).toBe('America/Port-au-Prince');
		expect(resolveTimezone('America/New York')).toBe('America/New_York');
		expect(resolveTimezone('UTC')).toBe('UTC');
		for (const bad of ['Haiti/Port-au-Prince', '+02:00', 'GMT+2 ', '', 'Europe/']) {
			expect(resolveTimezone(bad), bad).toBeUndefined();
		}
	});

	it('offer Haiti’s timezone first, then any IANA name matching what was typed', () => {
		expect(suggestTimezones('', 3)).toEqual(['America/Port-au-Prince', 'America/New_York', 'America/Toronto']);
		expect(suggestTimezones('tokyo', 5)).toEqual(['Asia/Tokyo']);
	});
});

describe('digest slots', () => {
	it('keep the local time across spring-forward and fall-back in Port-au-Prince', () => {
		const nine = daily('09:00', 'America/Port-au-Prince');
		expect(runs(nine, '2026-03-06T20:00:00Z', 3)).toEqual([
			'2026-03-07T14:00:00.000Z', // EST, UTC−5
			'2026-03-08T13:00:00.000Z', // EDT from this morning, UTC−4
			'2026-03-09T13:00:00.000Z',
		]);
		expect(runs(nine, '2026-10-31T20:00:00Z', 2)).toEqual(['2026-11-01T14:00:00.000Z', '2026-11-02T14:00:00.000Z']);
	});

	it('post a time that does not exist on the spring-forward day at the first minute that does, and a repeated one once', () => {
		const gap = daily('02:30', 'America/New_York');
		expect(runs(gap, '2026-03-07T12:00:00Z', 2)).toEqual(['2026-03-08T07:00:00.000Z', '2026-03-09T06:30:00.000Z']);
		const twice = daily('01:30', 'America/New_York');
		expect(runs(twice, '2026-10-31T12:00:00Z', 2)).toEqual(['2026-11-01T05:30:00.000Z', '2026-11-02T06:30:00.000Z']);
	});

	it('run weekly on the chosen weekday, in Europe’s own daylight-saving calendar', () => {
		const monday: Schedule = { frequency: 'weekly', time: '18:30', weekday: 1, timezone: 'Europe/Paris' };
		expect(runs(monday, '2026-03-25T12:00:00Z', 2)).toEqual(['2026-03-30T16:30:00.000Z', '2026-04-06T16:30:00.000Z']);
		expect(describeSchedule(monday)).toBe('every Monday at 18:30 (Europe/Paris)');
	});

	it('find the latest slot at or before a moment, and the slots between two', () => {
		const nine = daily('09:00', 'UTC');
		expect(iso(latestSlot(nine, Date.parse('2026-03-07T09:00:00Z')))).toBe('2026-03-07T09:00:00.000Z');
		expect(iso(latestSlot(nine, Date.parse('2026-03-07T08:59:59Z')))).toBe('2026-03-06T09:00:00.000Z');
		expect(slotsBetween(nine, Date.parse('2026-03-05T10:00:00Z'), Date.parse('2026-03-08T09:00:00Z')).map(iso)).toEqual(
			['2026-03-06T09:00:00.000Z', '2026-03-07T09:00:00.000Z', '2026-03-08T09:00:00.000Z'],
		);
	});

	it('are shown in the guild’s own time', () => {
		expect(formatInZone(Date.parse('2026-03-07T14:00:00Z'), 'America/Port-au-Prince')).toBe(
			'Sat, 7 Mar 2026, 09:00 GMT-5',
		);
		expect(formatInZone(Date.parse('2026-03-30T16:30:00Z'), 'Europe/Paris')).toBe('Mon, 30 Mar 2026, 18:30 CEST');
	});
});
