import type { DuckDBConnection } from '@duckdb/node-api';
import type { CalendarException } from './calendar';

/** First and last day the expanded calendar covers. */
export const CALENDAR_RANGE = ['2015-01-01', '2040-12-31'] as const;

/** Replaces the calendar exceptions and re-expands `calendar_days` (weekends rest unless listed as working). */
export async function loadCalendar(c: DuckDBConnection, exceptions: CalendarException[]): Promise<void> {
	await c.run('DELETE FROM calendar_exceptions');
	if (exceptions.length) {
		const values = exceptions.map((_, i) => `($${i * 3 + 1}::DATE, $${i * 3 + 2}, $${i * 3 + 3})`).join(', ');
		await c.run(
			`INSERT INTO calendar_exceptions VALUES ${values}`,
			exceptions.flatMap((e) => [e.day, e.working, e.name])
		);
	}
	await c.run('DELETE FROM calendar_days');
	await c.run(`
		INSERT INTO calendar_days
		SELECT day, working, sum(working::INTEGER) OVER (ORDER BY day) AS wd_index
		FROM (
			SELECT d.day::DATE AS day, coalesce(x.working, isodow(d.day) < 6) AS working
			FROM range(DATE '${CALENDAR_RANGE[0]}', DATE '${CALENDAR_RANGE[1]}' + INTERVAL 1 DAY, INTERVAL 1 DAY) d(day)
			LEFT JOIN calendar_exceptions x ON x.day = d.day::DATE
		)`);
}

/**
 * SQL for the legal deadline of a dossier: reception + the procedure's time limit. Hours are counted on the clock;
 * days, working days and months end at 23:59:59 local time of the last day. For working days the caller finds
 * the target day in `calendar_days` (reception day's wd_index + N) and passes it.
 */
export function legalDueSql(received: string, value: string, unit: string, workingDay: string): string {
	return `CASE ${unit}
		WHEN 'hours' THEN ${received} + to_microseconds(CAST(${value} * 3600000000 AS BIGINT))
		WHEN 'days' THEN vn_day_end(vn_date(${received}) + CAST(ceil(${value}) AS INTEGER))
		WHEN 'working_days' THEN vn_day_end(${workingDay})
		WHEN 'months' THEN vn_day_end(CAST(vn_date(${received}) + to_months(CAST(ceil(${value}) AS INTEGER)) AS DATE))
	END`;
}
