import { describe, it, expect } from 'vitest';
import {
	parsePeriod,
	previous,
	evaluationTime,
	previousEvaluationTime,
	monthsBetween,
	PeriodError
} from '../../src/lib/server/index/period';
import { resolveWindow, parseAsOf, InputError } from '../../src/lib/server/index/service';
import { Calendar } from '../../src/lib/server/calendar/calendar';
import { lastMonths } from '../../src/lib/server/index/trend';
import { CALENDAR_EXCEPTIONS } from '../../src/lib/server/reference/holidays';

const now = new Date('2026-11-23T10:00:00+07:00');
const iso = (d: Date) => d.toISOString();

describe('periods', () => {
	it('boundaries are midnight in Vietnam (UTC+7)', () => {
		const m = parsePeriod('2026-07', now);
		expect([iso(m.start), iso(m.end)]).toEqual(['2026-06-30T17:00:00.000Z', '2026-07-31T17:00:00.000Z']);
		expect([m.firstDay, m.lastDay, m.vi, m.en]).toEqual(['2026-07-01', '2026-07-31', 'Tháng 7/2026', 'July 2026']);
		const q = parsePeriod('2026-Q3', now);
		expect([q.firstDay, q.lastDay, q.vi]).toEqual(['2026-07-01', '2026-09-30', 'Quý III/2026']);
		const y = parsePeriod('2025', now);
		expect([y.firstDay, y.lastDay]).toEqual(['2025-01-01', '2025-12-31']);
		const r = parsePeriod('2026-01-01..2026-03-31', now);
		expect([iso(r.start), iso(r.end)]).toEqual(['2025-12-31T17:00:00.000Z', '2026-03-31T17:00:00.000Z']);
		const t = parsePeriod('ytd', now);
		expect([t.firstDay, t.lastDay]).toEqual(['2026-01-01', '2026-11-23']);
	});

	it('rejects what is not a period, with a message naming the parameter', () => {
		for (const bad of ['2026-13', '2026-Q5', 'last month', '2026-02-30..2026-03-01', '2026-03-01..2026-02-01'])
			expect(() => parsePeriod(bad, now)).toThrow(PeriodError);
		expect(() => parsePeriod('soon', now)).toThrow(/^period: /);
	});

	it('the previous equivalent period', () => {
		expect(previous(parsePeriod('2026-01', now)).key).toBe('2025-12');
		expect(previous(parsePeriod('2026-Q1', now)).key).toBe('2025-Q4');
		expect(previous(parsePeriod('2026', now)).key).toBe('2025');
		expect(previous(parsePeriod('2026-03-01..2026-03-10', now)).key).toBe('2026-02-19..2026-02-28');
		const p = previous(parsePeriod('ytd', now));
		expect([p.firstDay, p.lastDay]).toEqual(['2025-01-01', '2025-11-23']);
	});

	it('evaluation time is the earlier of the period end and "as of"', () => {
		const jul = parsePeriod('2026-07', now);
		expect(iso(evaluationTime(jul, undefined, now))).toBe('2026-07-31T17:00:00.000Z');
		const asOf = new Date('2026-07-20T12:00:00+07:00');
		expect(evaluationTime(jul, asOf, now)).toEqual(asOf);
		// the previous period is judged as far into it as this one is
		expect(iso(previousEvaluationTime(jul, previous(jul), asOf))).toBe('2026-06-20T05:00:00.000Z');
	});

	it('resolveWindow and asOf report bad input by parameter', () => {
		expect(() => resolveWindow({ period: '2026-13', now })).toThrow(InputError);
		try {
			resolveWindow({ period: '2026', asOf: 'tomorrowish', now });
		} catch (e) {
			expect((e as InputError).param).toBe('asOf');
		}
		expect(() => parseAsOf('2026-02-30')).toThrow(/asOf/);
		expect(iso(parseAsOf('2026-07-31')!)).toBe('2026-07-31T17:00:00.000Z');
		// As of the last day of a period: the period's final figures.
		expect(resolveWindow({ period: '2026-07', asOf: '2026-07-31', now }).provisional).toBe(false);
		expect(resolveWindow({ period: '2026-07', asOf: '2026-07-30', now }).provisional).toBe(true);
		expect(iso(parseAsOf('2026-07-31T08:00')!)).toBe('2026-07-31T01:00:00.000Z');
		expect(() => resolveWindow({ period: '2027', now })).toThrow(/starts after/);
	});

	it('the last months up to an evaluation time: the end of a finished month belongs to that month', () => {
		const jul = parsePeriod('2026-07', now);
		expect(lastMonths(evaluationTime(jul, undefined, now), 3)).toEqual(['2026-05', '2026-06', '2026-07']);
		expect(lastMonths(new Date('2026-01-15T12:00:00+07:00'), 2)).toEqual(['2025-12', '2026-01']);
	});

	it('months of a period', () => {
		const q = parsePeriod('2026-Q3', now);
		expect(monthsBetween(q.start, q.end)).toEqual(['2026-07', '2026-08', '2026-09']);
	});
});

describe('working-day calendar', () => {
	const cal = new Calendar(CALENDAR_EXCEPTIONS);
	it('skips weekends and public holidays', () => {
		// Friday 28 August 2026 + 3 working days: Mon 31 Aug, (1–2 Sept National Day off), Thu 3 Sept, Fri 4 Sept
		expect(cal.isWorking('2026-09-02')).toBe(false);
		expect(cal.addWorkingDays('2026-08-28', 3)).toBe('2026-09-04');
		expect(cal.workingDaysBetween('2026-08-28', '2026-09-04')).toBe(3);
		expect(cal.addWorkingDays('2026-07-20', 3)).toBe('2026-07-23');
		expect(cal.isWorking('2026-07-25')).toBe(false);
	});
	it('adds office hours across lunch, nights and weekends', () => {
		// Friday 31 July 2026 16:00 + 8 office hours: 1 h Friday, then Monday 07:30–11:30 (4 h), 13:00–16:00 (3 h)
		const t = cal.addWorkingHours(new Date('2026-07-31T16:00:00+07:00'), 8);
		expect(iso(t)).toBe('2026-08-03T09:00:00.000Z');
	});
});
