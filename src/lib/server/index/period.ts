/**
 * Periods of the index, with boundaries at midnight Vietnam time (UTC+7, no daylight saving): 2026, 2026-Q3,
 * 2026-07, ytd, 2026-01-01..2026-03-31 (inclusive). A dossier belongs to a period by its reception time.
 */

export type PeriodKind = 'year' | 'quarter' | 'month' | 'ytd' | 'range';

export interface Period {
	key: string;
	kind: PeriodKind;
	/** First instant (inclusive). */
	start: Date;
	/** Instant after the last one (exclusive). */
	end: Date;
	/** First and last local days, inclusive. */
	firstDay: string;
	lastDay: string;
	vi: string;
	en: string;
}

export class PeriodError extends Error {}

const OFFSET = 7 * 3600_000;
const DAY = 86400_000;

/** Midnight at the start of a local day, as an instant. */
export function dayStart(y: number, m: number, d: number): Date {
	return new Date(Date.UTC(y, m - 1, d) - OFFSET);
}

/** The local day (YYYY-MM-DD) of an instant. */
export function localDay(t: Date): string {
	return new Date(t.getTime() + OFFSET).toISOString().slice(0, 10);
}

function ymd(day: string): [number, number, number] {
	const [y, m, d] = day.split('-').map(Number);
	return [y, m, d];
}

function make(kind: PeriodKind, key: string, start: Date, end: Date, vi: string, en: string): Period {
	return { kind, key, start, end, firstDay: localDay(start), lastDay: localDay(new Date(end.getTime() - 1)), vi, en };
}

const MONTHS_EN = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
const ROMAN = ['I', 'II', 'III', 'IV'];
const fmtVi = (day: string) => day.split('-').reverse().join('/');

export function year(y: number): Period {
	return make('year', String(y), dayStart(y, 1, 1), dayStart(y + 1, 1, 1), `Năm ${y}`, String(y));
}
export function quarter(y: number, q: number): Period {
	return make(
		'quarter',
		`${y}-Q${q}`,
		dayStart(y, 3 * q - 2, 1),
		dayStart(y, 3 * q + 1, 1),
		`Quý ${ROMAN[q - 1]}/${y}`,
		`Q${q} ${y}`
	);
}
export function month(y: number, m: number): Period {
	return make(
		'month',
		`${y}-${String(m).padStart(2, '0')}`,
		dayStart(y, m, 1),
		dayStart(y, m + 1, 1),
		`Tháng ${m}/${y}`,
		`${MONTHS_EN[m - 1]} ${y}`
	);
}
export function range(first: string, last: string): Period {
	const [y1, m1, d1] = ymd(first);
	const [y2, m2, d2] = ymd(last);
	return make(
		'range',
		`${first}..${last}`,
		dayStart(y1, m1, d1),
		dayStart(y2, m2, d2 + 1),
		`${fmtVi(first)}–${fmtVi(last)}`,
		`${first} to ${last}`
	);
}
/** From 1 January to the end of the day of `at`. */
export function ytd(at: Date): Period {
	const [y, m, d] = ymd(localDay(at));
	return make('ytd', 'ytd', dayStart(y, 1, 1), dayStart(y, m, d + 1), `Từ đầu năm ${y}`, `${y} year to date`);
}

function validDay(s: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const [y, m, d] = ymd(s);
	const t = new Date(Date.UTC(y, m - 1, d));
	return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Parses a period; `at` anchors ytd (the as-of time, or now). Throws PeriodError with a usable message. */
export function parsePeriod(s: string, at: Date): Period {
	const v = s.trim();
	let m: RegExpMatchArray | null;
	if ((m = v.match(/^(\d{4})$/))) return year(Number(m[1]));
	if ((m = v.match(/^(\d{4})-Q([1-4])$/i))) return quarter(Number(m[1]), Number(m[2]));
	if ((m = v.match(/^(\d{4})-(\d{2})$/)) && Number(m[2]) >= 1 && Number(m[2]) <= 12) return month(Number(m[1]), Number(m[2]));
	if (v.toLowerCase() === 'ytd') return ytd(at);
	if ((m = v.match(/^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/))) {
		if (!validDay(m[1]) || !validDay(m[2])) throw new PeriodError(`period: ${v} has a date that does not exist`);
		if (m[2] < m[1]) throw new PeriodError(`period: the range ${v} ends before it starts`);
		return range(m[1], m[2]);
	}
	throw new PeriodError(`period: "${v}" is not a period; use 2026, 2026-Q3, 2026-07, ytd or 2026-01-01..2026-03-31`);
}

/** The previous equivalent period: last year, quarter or month; for ytd and ranges the same span just before. */
export function previous(p: Period): Period {
	const [y, mo] = ymd(p.firstDay);
	switch (p.kind) {
		case 'year':
			return year(y - 1);
		case 'quarter': {
			const q = Math.floor((mo - 1) / 3) + 1;
			return q === 1 ? quarter(y - 1, 4) : quarter(y, q - 1);
		}
		case 'month':
			return mo === 1 ? month(y - 1, 12) : month(y, mo - 1);
		case 'ytd': {
			const [, lm, ld] = ymd(p.lastDay);
			const start = dayStart(y - 1, 1, 1);
			const end = dayStart(y - 1, lm, ld + 1);
			return make(
				'ytd',
				`${y - 1}-01-01..${localDay(new Date(end.getTime() - 1))}`,
				start,
				end,
				`Cùng kỳ năm ${y - 1}`,
				`Same span of ${y - 1}`
			);
		}
		case 'range': {
			const days = Math.round((p.end.getTime() - p.start.getTime()) / DAY);
			const last = localDay(new Date(p.start.getTime() - 1));
			const first = localDay(new Date(p.start.getTime() - days * DAY));
			return range(first, last);
		}
	}
}

/** Evaluation time T: the earlier of the period's end and "as of" (default now). */
export function evaluationTime(p: Period, asOf: Date | undefined, now: Date): Date {
	const at = asOf ?? now;
	return at < p.end ? at : p.end;
}

/** Evaluation time of the previous period: its end, or the same distance into it as T is into this one. */
export function previousEvaluationTime(p: Period, prev: Period, t: Date): Date {
	const into = t.getTime() - p.start.getTime();
	const shifted = new Date(prev.start.getTime() + into);
	return shifted < prev.end ? shifted : prev.end;
}

/** Months (YYYY-MM) overlapping [start, end). */
export function monthsBetween(start: Date, end: Date): string[] {
	const out: string[] = [];
	let [y, m] = ymd(localDay(start));
	const last = localDay(new Date(end.getTime() - 1)).slice(0, 7);
	for (;;) {
		const k = `${y}-${String(m).padStart(2, '0')}`;
		out.push(k);
		if (k >= last) break;
		m++;
		if (m > 12) {
			m = 1;
			y++;
		}
	}
	return out;
}
