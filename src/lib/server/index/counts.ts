import type { Store } from '../store/db';
import type { Count } from './score';
import type { MethodSettings } from './catalogue';
import { timeliness, lit } from './timeliness';
import { dayStart, localDay } from './period';
import { dossierFlags, type DossierFlag } from './predicates';
import { rolledUp, petitioned, aggregates, offeringLevel, LONG_DAYS, ROLLUP_COUNTS, PROCEDURE_FLAGS } from './rollup';
import { quote as q, inList } from '../store/sql';

/**
 * Numerators and denominators of every metric, counted in SQL from dossiers, offerings, petitions, publications and
 * units, for a set of peer units and one or more time windows at once (a period and its previous one; the months
 * of a trend): one scan of the dossiers serves them all. A dossier counts for the unit that received it (after
 * mergers) and every ancestor: a parent's figures are sums over its dossiers, never averages of its children.
 */

/**
 * Peers grouped by their root (provinces, ministries: the fast path), as subtrees of any units, or the whole
 * country as one unit ('VN').
 */
export type Grouping = { by: 'root'; codes: string[] } | { by: 'subtree'; codes: string[] } | { by: 'all'; codes: ['VN'] };

export const NATIONAL_CODE = 'VN';

export interface CountWindow {
	/** Key of the window in the result. */
	key: string;
	start: Date;
	end: Date;
	/** Evaluation time. */
	T: Date;
	/** T + the "due soon" window in working hours. */
	soon: Date;
}

export type UnitCounts = Record<string, Count>;

/**
 * The peers' codes, from the query's `peers` table: written once rather than as a literal list in every scan, which
 * DuckDB's optimizer would work through each time.
 */
const PEERS = '(SELECT grp FROM peers)';

/** Rows of `table` (alias x, with a unit code in `unitCol`) with their group `grp`. */
function grouped(g: Grouping, table: string, unitCol: string, where = 'true'): string {
	if (g.by === 'all')
		return `SELECT '${NATIONAL_CODE}' AS grp, x.* FROM ${table} x JOIN units u ON u.code = x.${unitCol} WHERE u.root IS NOT NULL AND (${where})`;
	if (g.by === 'root')
		return `SELECT u.root AS grp, x.* FROM ${table} x JOIN units u ON u.code = x.${unitCol}
			WHERE u.root IN ${PEERS} AND (${where})`;
	return `SELECT t.ancestor AS grp, x.* FROM ${table} x JOIN units u ON u.code = x.${unitCol}
		JOIN unit_tree t ON t.unit = u.eff_unit WHERE t.ancestor IN ${PEERS} AND (${where})`;
}

/**
 * The rollup's bounds for a window (rollup.ts): the first Vietnam month start at or after the window's start, and
 * the start of T's Vietnam day. As instants (the row-by-row side) and as dates (the rollup side).
 */
export function rollupBounds(w: CountWindow): { monthFrom: Date; dayBefore: Date } {
	const [y, m] = localDay(w.start).split('-').map(Number);
	const first = dayStart(y, m, 1);
	const monthFrom = first < w.start ? dayStart(y, m + 1, 1) : first;
	const [ty, tm, td] = localDay(w.T).split('-').map(Number);
	return { monthFrom, dayBefore: dayStart(ty, tm, td) };
}

/** One whole Vietnam month evaluated at its end: counted from the month-end rollup (rollup.ts). */
export function isMonthAtEnd(w: CountWindow): boolean {
	const { monthFrom } = rollupBounds(w);
	const [y, m] = localDay(w.start).split('-').map(Number);
	return (
		monthFrom.getTime() === w.start.getTime() &&
		w.end.getTime() === dayStart(y, m + 1, 1).getTime() &&
		w.T.getTime() === w.end.getTime()
	);
}

/**
 * The windows as a small table: key, bounds and evaluation time (also in microseconds), the rollup's bounds, and
 * whether the month-end rollup counts the window (`me`).
 */
function windowsTable(ws: CountWindow[], useRollup: boolean): string {
	return `SELECT * FROM (VALUES ${ws
		.map((w) => {
			const b = rollupBounds(w);
			const lastDay = localDay(new Date(w.end.getTime() - 1));
			return `(${q(w.key)}, ${lit(w.start)}, ${lit(w.end)}, ${lit(w.T)}, ${w.T.getTime() * 1000}::BIGINT, ${w.soon.getTime() * 1000}::BIGINT,
				DATE '${localDay(b.monthFrom)}', DATE '${localDay(b.dayBefore)}', DATE '${lastDay}', ${useRollup && isMonthAtEnd(w)})`;
		})
		.join(', ')}) v(win, w_start, w_end, w_t, w_t_us, w_soon_us, r_month_from, r_day_before, r_last_day, me)`;
}

/**
 * Dossiers of the windows judged row by row (those not in a rollup), with their group and window. Each window is
 * read as plain ranges of reception time, so that DuckDB skips the row groups outside them (the table is kept in
 * reception order): with the rollup, the part of a month before the first whole month, the last LONG_DAYS before
 * T's day, and before that only the long dossiers (rollup.ts); a month at its end needs only the dossiers a
 * petition names.
 */
function groupedDossiers(g: Grouping, ws: CountWindow[], onlyLive: boolean): string {
	const select = (table: string, key: string, where: string) => {
		const cond = `(${where})`;
		return g.by === 'all'
			? `SELECT '${NATIONAL_CODE}' AS grp, ${q(key)} AS win, d.* FROM ${table} d WHERE d.root IS NOT NULL AND ${cond}`
			: g.by === 'root'
				? `SELECT d.root AS grp, ${q(key)} AS win, d.* FROM ${table} d WHERE d.root IN ${PEERS} AND ${cond}`
				: `SELECT t.ancestor AS grp, ${q(key)} AS win, d.* FROM ${table} d JOIN unit_tree t ON t.unit = d.unit WHERE t.ancestor IN ${PEERS} AND ${cond}`;
	};
	const range = (from: Date, to: Date) => `d.received_at >= ${lit(from)} AND d.received_at < ${lit(to)}`;
	const judged: string[] = [];
	for (const w of ws) {
		const inWindow = `${range(w.start, w.end)} AND d.received_at <= ${lit(w.T)}`;
		if (!onlyLive) {
			judged.push(select('dossiers', w.key, inWindow));
			continue;
		}
		if (isMonthAtEnd(w)) {
			judged.push(select('long_dossiers', w.key, `${inWindow} AND ${petitioned('d')}`));
			continue;
		}
		const b = rollupBounds(w);
		// Settled before T's day: in the rollups; from then on, judged row by row.
		const before = lit(b.dayBefore);
		const firstMonth = b.monthFrom < w.end ? b.monthFrom : w.end;
		const cut = new Date(Math.max(b.dayBefore.getTime() - LONG_DAYS * 86400_000, firstMonth.getTime()));
		// Before the first whole month nothing is rolled up.
		if (w.start < firstMonth) judged.push(select('dossiers', w.key, `${range(w.start, firstMonth)} AND ${inWindow}`));
		if (firstMonth < cut) {
			const r = `${range(firstMonth, cut)} AND ${inWindow}`;
			judged.push(select('long_dossiers', w.key, `${r} AND NOT ${rolledUp('d', lit(b.monthFrom), before)}`));
		}
		if (cut < w.end) {
			// From the first whole month on, rolledUp's complement is: settled from `before` on (a condition on one
			// column, which DuckDB pushes into the scan), open, or named by a petition; long_dossiers holds all the
			// open and petitioned ones, and is much smaller.
			const r = `${range(cut, w.end)} AND ${inWindow}`;
			judged.push(select('dossiers', w.key, `${r} AND d.settled_at >= ${before}`));
			judged.push(
				select('long_dossiers', w.key, `${r} AND (d.settled_at IS NULL OR (d.settled_at < ${before} AND ${petitioned('d')}))`)
			);
		}
	}
	return `SELECT x.*, w.w_t, w.w_t_us, w.w_soon_us, w.w_start, w.w_end FROM (${judged.join('\nUNION ALL ')}) x JOIN windows w ON w.win = x.win`;
}

/** A rollup row's group (rollup `r`, unit tree `t`), which rows belong to the peers, and which cells to a window `w`. */
const rollupGroup = (g: Grouping) => (g.by === 'all' ? `'${NATIONAL_CODE}'` : g.by === 'root' ? 'r.root' : 't.ancestor');
const rollupWhere = (g: Grouping) =>
	g.by === 'all' ? 'r.root IS NOT NULL' : g.by === 'root' ? `r.root IN ${PEERS}` : `t.ancestor IN ${PEERS}`;
const monthCells = 'NOT w.me AND r.month >= w.r_month_from AND r.month <= w.r_last_day';
const rollupCells = `${monthCells} AND r.day < w.r_day_before`;
const monthEndCells = 'w.me AND r.month = w.r_month_from';

/**
 * `rollup: false` judges every dossier row by row: the rollup's own tests compare the two, and they must agree to
 * the unit.
 */
export function countsSql(g: Grouping, ws: CountWindow[], settings: MethodSettings, opts: { rollup?: boolean } = {}): string {
	const useRollup = opts.rollup ?? true;
	const rollupOn = useRollup ? 'true' : 'false';
	const T = { ts: 'gd.w_t', us: 'gd.w_t_us' };
	const tl = timeliness(T, { ts: 'NULL', us: 'gd.w_soon_us' }, 'gd');
	const f = dossierFlags(T, 'gd', 'gd.st');
	const live = groupedDossiers(g, ws, useRollup);
	// The rollups of the grouping: per root, or per unit, reaching their groups through the unit tree.
	const rollups =
		g.by === 'subtree'
			? {
					cells: 'rollup_units',
					monthEnd: 'rollup_month_end_units',
					firsts: 'unit_procedure_firsts',
					procedureMonthEnd: 'rollup_month_end_unit_procedures',
					offerings: 'offerings_by_unit',
					unitTree: 'JOIN unit_tree t ON t.unit = r.unit'
				}
			: {
					cells: 'rollup_roots',
					monthEnd: 'rollup_month_end_roots',
					firsts: 'procedure_firsts',
					procedureMonthEnd: 'rollup_month_end_procedures',
					offerings: 'offerings_by_root',
					unitTree: ''
				};
	const offeredInWindow = `(o.valid_from IS NULL OR o.valid_from <= vn_date(w.w_end - INTERVAL 1 MICROSECOND)) AND (o.valid_to IS NULL OR o.valid_to >= vn_date(w.w_start))`;
	return `
WITH peers AS (SELECT unnest([${inList(g.codes)}]) AS grp
), windows AS (${windowsTable(ws, useRollup)}
), gd AS MATERIALIZED (
	-- Materialized: the scans pass a few rows from each vector, and judging many sparse vectors costs more than
	-- copying them once into dense ones (≈35 ms of 200 at 10M dossiers).
	${live}
), st AS (
	SELECT gd.*, ${tl.status} AS st,
		-- processing time in whole microseconds: an integer sum is exact whatever order the threads add in
		CASE WHEN ${tl.end} IS NOT NULL AND ${tl.status} IN ('on_time', 'late')
			THEN epoch_us(${tl.end}) - epoch_us(gd.received_at) - ${tl.pauseUs} END AS busy_us
	FROM gd
), s AS (
	SELECT grp, win, procedure, channel, fee_bearing, st, busy_us,
		${(Object.keys(f) as DossierFlag[]).map((k) => `${f[k]} AS ${k}`).join(',\n\t\t')}
	FROM st gd
), live_by_procedure AS MATERIALIZED (
	-- One pass over the dossiers judged row by row, by unit, window and procedure.
	SELECT grp, win, procedure, ${aggregates(ROLLUP_COUNTS)}
	FROM s GROUP BY grp, win, procedure
), rolled AS (
	-- From the rollups: settled dossiers, and whole months evaluated at their end.
	SELECT ${rollupGroup(g)} AS grp, r.win, ${ROLLUP_COUNTS.map((c) => `sum(r.${c}) AS ${c}`).join(', ')}
	FROM (
		SELECT w.win, r.* FROM ${rollups.cells} r JOIN windows w ON ${rollupCells}
		UNION ALL BY NAME
		SELECT w.win, r.* FROM ${rollups.monthEnd} r JOIN windows w ON ${monthEndCells}
	) r ${rollups.unitTree}
	WHERE ${rollupOn} AND ${rollupWhere(g)}
	GROUP BY ALL
), dossier_counts AS (
	SELECT grp, win, ${ROLLUP_COUNTS.map((c) => `sum(${c}) AS ${c}`).join(', ')}
	FROM (SELECT grp, win, ${ROLLUP_COUNTS.join(', ')} FROM live_by_procedure UNION ALL BY NAME SELECT * FROM rolled)
	GROUP BY grp, win
), by_procedure AS (
	-- Per unit, window and procedure, what the procedure-level metrics ask: any online dossier, any paid online, …
	-- (a number above zero when there is one).
	SELECT grp, win, procedure, ${PROCEDURE_FLAGS.map((c) => `sum(${c}) AS ${c}`).join(', ')}
	FROM (
		SELECT grp, win, procedure, ${PROCEDURE_FLAGS.join(', ')} FROM live_by_procedure
		UNION ALL BY NAME
		SELECT ${rollupGroup(g)} AS grp, w.win, r.procedure,
			${PROCEDURE_FLAGS.map((c) => `coalesce(r.${c} < w.r_day_before, false)::INTEGER AS ${c}`).join(', ')}
		FROM ${rollups.firsts} r JOIN windows w ON ${monthCells} ${rollups.unitTree} WHERE ${rollupOn} AND ${rollupWhere(g)}
		UNION ALL BY NAME
		SELECT ${rollupGroup(g)} AS grp, w.win, r.procedure, ${PROCEDURE_FLAGS.map((c) => `r.${c}`).join(', ')}
		FROM ${rollups.procedureMonthEnd} r JOIN windows w ON ${monthEndCells} ${rollups.unitTree} WHERE ${rollupOn} AND ${rollupWhere(g)}
	) GROUP BY grp, win, procedure
), offered AS (
	SELECT o.grp, w.win, o.procedure, max(o.level) AS level,
		any_value(p.fee) AS fee, any_value(p.full_online_eligible) AS eligible, any_value(p.target) AS target
	FROM (
		-- Offerings of many agencies share their group, procedure and dates: join the windows once per kind.
		${
			useRollup
				? `SELECT ${rollupGroup(g)} AS grp, r.procedure, r.valid_from, r.valid_to, max(r.level) AS level
		FROM ${rollups.offerings} r ${rollups.unitTree} WHERE ${rollupWhere(g)} GROUP BY ALL`
				: `SELECT grp, procedure, valid_from, valid_to, max(${offeringLevel('x')}) AS level
		FROM (${grouped(g, 'ref_offerings', 'agency')}) x GROUP BY ALL`
		}
	) o
	JOIN windows w ON ${offeredInWindow}
	JOIN procedures p ON p.code = o.procedure
	GROUP BY o.grp, w.win, o.procedure
), procedure_counts AS (
	SELECT o.grp, o.win,
		count(*) FILTER (WHERE o.eligible AND o.level = 2) AS full_num,
		count(*) FILTER (WHERE o.eligible) AS full_den,
		count(*) FILTER (WHERE o.level >= 1 AND u.online > 0) AS has_online_num,
		count(*) FILTER (WHERE o.level >= 1) AS has_online_den,
		count(*) FILTER (WHERE o.fee AND u.fee_paid_online > 0) AS pay_formalities_num,
		count(*) FILTER (WHERE o.fee AND u.fee_paid_portal > 0) AS pay_provision_num,
		count(*) FILTER (WHERE o.fee) AS fee_procedures,
		count(*) FILTER (WHERE o.target IN ('citizen', 'both') AND u.population > 0) AS population_num,
		count(*) FILTER (WHERE o.target IN ('citizen', 'both')) AS population_den
	FROM offered o LEFT JOIN by_procedure u ON u.grp = o.grp AND u.win = o.win AND u.procedure = o.procedure
	GROUP BY o.grp, o.win
), petition_windows AS (
	-- A petition can count in two windows: received in one, handled in the next.
	SELECT x.grp, w.win, w.w_t, w.w_start, w.w_end, x.received_at, x.handled_at, x.likes, x.dislikes, x.repeated, x.category,
		lim.day AS limit_day,
		x.received_at >= w.w_start AND x.received_at < w.w_end AS received_in,
		x.handled_at >= w.w_start AND x.handled_at < w.w_end AND x.handled_at <= w.w_t AS handled_in,
		CASE WHEN x.handled_at <= w.w_t THEN vn_date(x.handled_at) ELSE vn_date(w.w_t) END AS judged_day
	FROM (${grouped(g, 'ref_petitions', 'agency')}) x
	JOIN windows w ON x.received_at <= w.w_t AND x.received_at < w.w_end AND (x.received_at >= w.w_start OR x.handled_at >= w.w_start)
	JOIN calendar_days r ON r.day = vn_date(x.received_at)
	JOIN calendar_days lim ON lim.working AND lim.wd_index = r.wd_index + ${Math.round(settings.petitionDays)}
), petitions AS (
	SELECT grp, win,
		count(*) FILTER (WHERE received_in OR coalesce(handled_in, false)) AS handled_den,
		count(*) FILTER (WHERE (received_in OR coalesce(handled_in, false)) AND judged_day <= limit_day) AS handled_num,
		count(*) FILTER (WHERE received_in) AS received,
		count(*) FILTER (WHERE received_in AND NOT (coalesce(dislikes, 0) > coalesce(likes, 0) OR coalesce(repeated, false) OR judged_day > limit_day)) AS satisfied,
		count(*) FILTER (WHERE received_in AND category = 'procedure') AS about_procedures,
		count(*) FILTER (WHERE received_in AND category = 'staff') AS about_staff
	FROM petition_windows GROUP BY grp, win
), communes AS (
	SELECT grp, count(*) AS communes, count(*) FILTER (WHERE coalesce(e_certified_copy, false)) AS e_copy
	FROM (${grouped(g, 'units', 'code', `x.current AND x.kind = 'commune'`)}) GROUP BY grp
), cells AS (
	SELECT g.grp, w.win FROM peers g CROSS JOIN windows w
)
SELECT cells.grp, cells.win, dc.* EXCLUDE (grp, win), pc.* EXCLUDE (grp, win),
	pt.received AS petitions_received, pt.handled_den, pt.handled_num, pt.satisfied AS petitions_satisfied,
	pt.about_procedures, pt.about_staff, cm.communes, cm.e_copy
FROM cells
LEFT JOIN dossier_counts dc ON dc.grp = cells.grp AND dc.win = cells.win
LEFT JOIN procedure_counts pc ON pc.grp = cells.grp AND pc.win = cells.win
LEFT JOIN petitions pt ON pt.grp = cells.grp AND pt.win = cells.win
LEFT JOIN communes cm ON cm.grp = cells.grp`;
}

/**
 * Transparency metrics of root units, from their publication decisions, for each window: a procedure is late when
 * it is late in any decision of the window. Decisions without an effective date are not judged late.
 */
export function publicationsSql(roots: string[], ws: CountWindow[], settings: MethodSettings): string {
	const national = roots.length === 1 && roots[0] === NATIONAL_CODE;
	return `
WITH windows AS (${windowsTable(ws, false)}
), pubs AS (
	SELECT ${national ? `'${NATIONAL_CODE}'` : 'p.agency'} AS grp, p.agency AS root, u.kind, p.decision_date, p.effective_date,
		p.public_at, p.content_complete, unnest(p.procedures) AS procedure
	FROM ref_publications p JOIN units u ON u.code = p.agency
	WHERE ${national ? 'u.depth = 0' : `p.agency IN (${inList(roots)})`}
), judged AS (
	-- In working-day indices (calendar_days.wd_index): signed at least N working days before the basis takes
	-- effect; made public within N working days of the signature.
	SELECT p.*, w.win, w.w_t,
		p.decision_date >= vn_date(w.w_start) AND p.decision_date < vn_date(w.w_end) AND p.decision_date <= vn_date(w.w_t) AS in_period,
		p.effective_date IS NULL OR cd.wd_index + CASE WHEN p.kind = 'ministry' THEN ${settings.publishLeadDays.ministry} ELSE ${settings.publishLeadDays.province} END <= ce.wd_index AS published_on_time,
		p.public_at IS NOT NULL AND p.public_at <= w.w_t
			AND cp.wd_index <= cd.wd_index + CASE WHEN p.kind = 'ministry' THEN ${settings.publicDays.ministry} ELSE ${settings.publicDays.province} END AS public_on_time
	FROM pubs p
	CROSS JOIN windows w
	LEFT JOIN calendar_days cd ON cd.day = p.decision_date
	LEFT JOIN calendar_days ce ON ce.day = p.effective_date
	LEFT JOIN calendar_days cp ON cp.day = vn_date(p.public_at)
), per_procedure AS (
	SELECT grp, win, root, procedure,
		bool_and(published_on_time) FILTER (WHERE in_period) AS published_ok,
		bool_and(public_on_time) FILTER (WHERE in_period) AS public_ok,
		bool_or(in_period) AS in_period,
		bool_or(public_at <= w_t) AS published,
		arg_max(content_complete, decision_date) FILTER (WHERE public_at <= w_t) AS complete
	FROM judged GROUP BY grp, win, root, procedure
)
SELECT grp, win,
	count(*) FILTER (WHERE in_period) AS in_period,
	count(*) FILTER (WHERE in_period AND published_ok) AS published_ok,
	count(*) FILTER (WHERE in_period AND public_ok) AS public_ok,
	count(*) FILTER (WHERE published) AS published,
	count(*) FILTER (WHERE published AND coalesce(complete, false)) AS complete
FROM per_procedure GROUP BY grp, win`;
}

const n = (v: unknown) => Number(v ?? 0);

/** Counts per window key, then per group code, for every metric of the catalogue. */
export async function countMetrics(
	store: Store,
	g: Grouping,
	ws: CountWindow[],
	settings: MethodSettings,
	roots: Map<string, string>,
	opts: { rollup?: boolean } = {}
): Promise<Map<string, Map<string, UnitCounts>>> {
	const rootCodes = [...new Set(roots.values())];
	const [rows, pubs] = await Promise.all([
		store.all<Record<string, unknown>>(countsSql(g, ws, settings, opts)),
		store.all<Record<string, unknown>>(publicationsSql(rootCodes, ws, settings))
	]);
	const pubBy = new Map(pubs.map((p) => [`${p.win}|${p.grp}`, p]));
	const out = new Map<string, Map<string, UnitCounts>>(ws.map((w) => [w.key, new Map()]));
	for (const r of rows) {
		const grp = r.grp as string;
		const win = r.win as string;
		const root = roots.get(grp) ?? grp;
		const isRoot = root === grp;
		const p = pubBy.get(`${win}|${root}`) ?? {};
		const c = (num: unknown, den: unknown): Count => ({ num: n(num), den: n(den) });
		out.get(win)!.set(grp, {
			PUBLISH_ON_TIME: c(p.published_ok, p.in_period),
			PUBLIC_UPDATE_ON_TIME: c(p.public_ok, p.in_period),
			PUBLIC_CONTENT_FULL: c(p.complete, p.published),
			DOSSIER_SYNC: c(r.synced, r.received),
			ON_TIME: c(r.on_time, r.received),
			AVG_DAYS: c(n(r.busy_us) / 86_400_000_000, r.days_n),
			RECEIVED: c(r.received, 1),
			COMPLETED: c(r.finished, 1),
			OVERDUE: c(r.overdue, 1),
			FULL: isRoot ? c(r.full_num, r.full_den) : c(0, 0),
			HAS_ONLINE: c(r.has_online_num, r.has_online_den),
			ONLINE_DOSSIERS: c(r.online, r.received),
			ONLINE_ON_TIME: c(r.online_on_time, r.online),
			PAY_DOSSIERS: c(r.fee_paid_online, r.fee_dossiers),
			PAY_FORMALITIES: c(r.pay_formalities_num, r.fee_procedures),
			PAY_PROVISION: c(r.pay_provision_num, r.fee_procedures),
			DOSSIER_RECEIVING_SATISFACTION: c(r.satisfied, r.received),
			PETITION_PROCESSING_ON_TIME: c(r.handled_num, r.handled_den),
			PETITION_HANDLING_SATISFACTION: c(r.petitions_satisfied, r.petitions_received),
			PETITION_CLASSIFICATION_TTHC: c(r.about_procedures, r.petitions_received),
			PETITION_CLASSIFICATION_STAFF: c(r.about_staff, r.petitions_received),
			ORIGINAL_RESULT_AVAILABLE: c(r.e_result, r.received),
			SO_HOA_GIAY_TO_GIAI_QUYET: c(r.digitised, r.received),
			REUSED_DIGITIZED_DATA: c(r.reused, r.received),
			SYNCED_WITH_DVCQG_PERSONAL_STORAGE: c(r.personal_storage, r.received),
			CITIZEN_DATA_CONNECTED_DOSSIER: c(r.population, r.received),
			CITIZEN_DATA_CONNECTED_FORMALITY: c(r.population_num, r.population_den),
			ELECTRONIC_CERTIFIED_COPY: c(r.e_copy, r.communes),
			// Not a metric: the share of dossiers with a component taken from data, for the overview's tiles.
			FROM_DATA: c(r.from_data, r.received)
		});
	}
	return out;
}
