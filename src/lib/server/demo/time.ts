/** Vietnam keeps UTC+7 all year: local times by arithmetic. */
const OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86400_000;

/** '2026-01-05T08:15:00+07:00' */
export function vnIso(t: number | Date): string {
	const ms = typeof t === 'number' ? t : t.getTime();
	return new Date(Math.floor(ms / 1000) * 1000 + OFFSET_MS).toISOString().slice(0, 19) + '+07:00';
}

/** Local date 'YYYY-MM-DD'. */
export function vnDay(t: number | Date): string {
	const ms = typeof t === 'number' ? t : t.getTime();
	return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant of local wall-clock `hours` on `day`. */
export function vnAt(day: string, hours = 0): number {
	return Date.parse(`${day}T00:00:00Z`) - OFFSET_MS + Math.round(hours * 3600_000);
}

export function addDays(day: string, n: number): string {
	return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** First day of each month from `from` up to the month of `until` ('YYYY-MM-01'). */
export function months(from: string, until: string): string[] {
	const out: string[] = [];
	let [y, m] = from.split('-').map(Number);
	const [uy, um] = until.split('-').map(Number);
	while (y < uy || (y === uy && m <= um)) {
		out.push(`${y}-${String(m).padStart(2, '0')}-01`);
		if (++m > 12) {
			m = 1;
			y++;
		}
	}
	return out;
}

export function daysInMonth(month: string): number {
	const [y, m] = month.split('-').map(Number);
	return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
