/**
 * The on-time rules of INDICATORS.md as SQL over a dossiers row `d`, evaluated at time T (an instant, or a per-row
 * SQL expression when one query evaluates several windows):
 *
 * - the due date is the one in force at T (a rescheduled due replaces the earlier one from the moment it was set),
 *   or, when the source gave none, reception + the procedure's legal time limit (legal_due);
 * - end E = first of finished, returned, stopped, withdrawn after acceptance, if it happened by T;
 * - one supplement request, answered by T: the clock pauses between request and answer;
 * - one request not answered by T: E = the request time;
 * - more than one request by T: overdue;
 * - no E: in time if T (less the pause) ≤ due, else overdue.
 *
 * Status: on_time, late (finished), in_time, overdue (open). A dossier with no due date and no legal limit cannot be
 * late. "Due soon" is open, in time and due by `soon` (T + N working hours, computed by the caller).
 */

export const lit = (t: Date) => `TIMESTAMPTZ '${t.toISOString()}'`;

/** An evaluation time in SQL: a TIMESTAMPTZ expression and the same instant in epoch microseconds. */
export interface SqlTime {
	ts: string;
	us: string;
}

/** A fixed instant, or per-row expressions (e.g. a column holding each row's own evaluation time). */
export function sqlTime(t: Date | SqlTime): SqlTime {
	return t instanceof Date ? { ts: lit(t), us: String(t.getTime() * 1000) } : t;
}

export interface TimelinessSql {
	due: string;
	pause: string;
	/** The pause in whole microseconds (BIGINT), for exact sums. */
	pauseUs: string;
	end: string;
	status: string;
	dueSoon: string;
	daysLate: string;
	/**
	 * Cheap conditions that every dossier of a status meets (necessary, not sufficient): put before the status test
	 * they spare most rows the full expression. `late`: two requests, or an end after the earliest due ever set;
	 * `open` (in_time, overdue, due_soon): not finished by T.
	 */
	candidates: { late: string; open: string };
}

export function timeliness(at: Date | SqlTime, soonAt?: Date | SqlTime, d = 'd'): TimelinessSql {
	// Integer microseconds throughout: timestamp − interval arithmetic is ten times slower in DuckDB.
	const { ts: t, us: tUs } = sqlTime(at);
	const soon = soonAt ? sqlTime(soonAt) : undefined;
	const dueAtT = `CASE
		WHEN ${d}.due_set_at <= ${t} THEN ${d}.due
		WHEN ${d}.due_history IS NOT NULL THEN list_filter(${d}.due_history, x -> x.set_at <= ${t})[-1].due END`;
	const due = `coalesce(${dueAtT}, ${d}.legal_due)`;
	const dueUs = `epoch_us(${due})`;
	const req1 = `CASE WHEN ${d}.supp_req1_at <= ${t} THEN ${d}.supp_req1_at END`;
	const recv1 = `CASE WHEN ${d}.supp_recv1_at <= ${t} THEN ${d}.supp_recv1_at END`;
	const twoRequests = `coalesce(${d}.supp_req2_at <= ${t}, false)`;
	const pauseUs = `coalesce(epoch_us(${recv1}) - epoch_us(${req1}), 0)`;
	const pause = `to_microseconds(${pauseUs})`;
	const endAtT = `CASE WHEN ${d}.end_at <= ${t} THEN ${d}.end_at END`;
	// A request left unanswered at T ends the clock at the request.
	const end = `CASE WHEN ${req1} IS NOT NULL AND ${recv1} IS NULL AND NOT ${twoRequests} THEN ${req1} ELSE ${endAtT} END`;
	const status = `CASE
		WHEN ${twoRequests} THEN CASE WHEN ${endAtT} IS NOT NULL THEN 'late' ELSE 'overdue' END
		WHEN ${end} IS NOT NULL THEN CASE WHEN ${due} IS NULL OR epoch_us(${end}) - ${pauseUs} <= ${dueUs} THEN 'on_time' ELSE 'late' END
		WHEN ${due} IS NULL OR ${tUs} - ${pauseUs} <= ${dueUs} THEN 'in_time'
		ELSE 'overdue' END`;
	const dueSoon = soon ? `(${status} = 'in_time' AND ${dueUs} + ${pauseUs} <= ${soon.us})` : 'false';
	// Two supplement requests make a dossier late by rule, not by time: no number of days.
	const daysLate = `CASE WHEN ${twoRequests} THEN NULL ELSE CASE ${status}
		WHEN 'late' THEN (coalesce(epoch_us(${end}), ${tUs}) - ${pauseUs} - ${dueUs}) / 86400000000.0
		WHEN 'overdue' THEN (${tUs} - ${pauseUs} - ${dueUs}) / 86400000000.0 END END`;
	// least() and greatest() skip NULLs; the pause is never negative, so E − pause > due implies E > the earliest due.
	const earliestDue = `least(${d}.due, ${d}.due_initial, ${d}.legal_due, list_min(list_transform(${d}.due_history, x -> x.due)))`;
	const candidates = {
		late: `(${d}.supp_req2_at <= ${t} OR greatest(${d}.end_at, ${d}.supp_req1_at) > ${earliestDue})`,
		open: `(${d}.end_at IS NULL OR ${d}.end_at > ${t})`
	};
	return { due, pause, pauseUs, end, status, dueSoon, daysLate, candidates };
}
