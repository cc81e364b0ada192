import { TZDate } from '@date-fns/tz';

/**
 * Working-day arithmetic over a holiday calendar kept as data. Days are local dates in Asia/Ho_Chi_Minh
 * ('YYYY-MM-DD'); weekends rest unless the calendar lists them as (compensatory) working days.
 */
export const TZ = 'Asia/Ho_Chi_Minh';

export interface CalendarException {
	day: string;
	working: boolean;
	name: string;
}

/** Office hours used for "due within N working hours": 07:30–11:30 and 13:00–17:00. */
export const OFFICE_HOURS: [number, number][] = [
	[7.5, 11.5],
	[13, 17]
];

export function localDay(t: Date): string {
	const z = new TZDate(t.getTime(), TZ);
	return `${z.getFullYear()}-${String(z.getMonth() + 1).padStart(2, '0')}-${String(z.getDate()).padStart(2, '0')}`;
}

/** The instant of a local wall-clock time in Vietnam (UTC+7, no daylight saving). */
export function localInstant(day: string, hours = 0): Date {
	const [y, m, d] = day.split('-').map(Number);
	const h = Math.floor(hours);
	const min = Math.round((hours - h) * 60);
	return new Date(new TZDate(y, m - 1, d, h, min, 0, TZ).getTime());
}

export function addDays(day: string, n: number): string {
	const [y, m, d] = day.split('-').map(Number);
	const t = new Date(Date.UTC(y, m - 1, d + n));
	return t.toISOString().slice(0, 10);
}

export class Calendar {
	private readonly exceptions: Map<string, CalendarException>;
	constructor(exceptions: CalendarException[]) {
		this.exceptions = new Map(exceptions.map((e) => [e.day, e]));
	}

	isWorking(day: string): boolean {
		const e = this.exceptions.get(day);
		if (e) return e.working;
		const [y, m, d] = day.split('-').map(Number);
		const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
		return dow !== 0 && dow !== 6;
	}

	holidayName(day: string): string | undefined {
		return this.exceptions.get(day)?.name;
	}

	/** The n-th working day after `day` (n ≥ 1), not counting `day` itself. */
	addWorkingDays(day: string, n: number): string {
		let d = day;
		let left = n;
		while (left > 0) {
			d = addDays(d, 1);
			if (this.isWorking(d)) left--;
		}
		return d;
	}

	/** Working days in (from, to], i.e. after `from` up to and including `to`. */
	workingDaysBetween(from: string, to: string): number {
		let n = 0;
		for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (this.isWorking(d)) n++;
		return n;
	}

	/** Office time between two instants, in milliseconds (office hours on working days only). */
	workingMsBetween(from: Date, to: Date): number {
		if (to <= from) return 0;
		let ms = 0;
		const last = localDay(to);
		for (let day = localDay(from), guard = 0; day <= last && guard < 3660; day = addDays(day, 1), guard++) {
			if (!this.isWorking(day)) continue;
			for (const [a, b] of OFFICE_HOURS) {
				const start = Math.max(from.getTime(), localInstant(day, a).getTime());
				const end = Math.min(to.getTime(), localInstant(day, b).getTime());
				if (end > start) ms += end - start;
			}
		}
		return ms;
	}

	/** The instant `hours` office hours after `t` (office hours on working days only). */
	addWorkingHours(t: Date, hours: number): Date {
		let left = hours * 3600_000;
		let day = localDay(t);
		let cursor = t.getTime();
		for (let guard = 0; guard < 3660; guard++) {
			if (this.isWorking(day)) {
				for (const [a, b] of OFFICE_HOURS) {
					const start = Math.max(cursor, localInstant(day, a).getTime());
					const end = localInstant(day, b).getTime();
					if (end <= start) continue;
					if (end - start >= left) return new Date(start + left);
					left -= end - start;
				}
			}
			day = addDays(day, 1);
			cursor = localInstant(day, 0).getTime();
		}
		return new Date(cursor);
	}
}
