import type { DuckDBConnection } from '@duckdb/node-api';
import { timeliness } from './timeliness';
import { dossierFlags, type DossierFlag } from './predicates';
import { quote as q } from '../store/sql';

/**
 * Pre-aggregated counts, so that an index over millions of dossiers sums a few hundred thousand rows instead of
 * judging every dossier again.
 *
 * A dossier is settled from the moment nothing about it can change any more: it has ended, and its last event has
 * happened (`settled_at`, the later of the two). Every flag of predicates.ts evaluated at any T ≥ settled_at is
 * the flag evaluated at settled_at, so a settled dossier's contribution is fixed and can be summed ahead of time.
 * Dossiers named by a petition are left out (a later petition would change their satisfaction), as are open ones.
 *
 * Cells are (unit, reception month, day of settling) in Vietnam time, the same per root (`rollup_roots`), and the
 * same per procedure for the procedure-level metrics (any online dossier of a procedure, …). A window [start, end)
 * evaluated at T takes from the rollup every cell whose month starts at or after `start` (and before `end`) and
 * whose day ended by the start of T's day: all its dossiers were received and settled before T, so they are in the
 * window and judged as settled. Every other dossier of the window is judged row by row (counts.ts), with exactly the
 * complementary condition (`rolledUp`), so nothing is counted twice or missed: what is open, what settled on T's
 * own day, and what a petition names.
 *
 * Finding those others must not scan the whole window: most settle within days of reception, so a dossier of the
 * window that is not rolled up was either received within LONG_DAYS before T's day, or is "long" (still open,
 * settled more than LONG_DAYS after reception, or named by a petition). Long dossiers are copied to
 * `long_dossiers`; the row-by-row side reads the recent days from `dossiers` and the older part from that table.
 *
 * A second rollup evaluates every dossier at the end of its reception month (cells: unit, month), for the windows
 * that are one whole month evaluated at its end: the months of a trend, a finished month's ranking. A dossier's
 * flags at that instant depend only on its own events up to it, so the derivation keeps these cells exact too.
 */

/** Days between reception and settling beyond which a dossier is kept in `long_dossiers`. */
export const LONG_DAYS = 28;

export const ROLLUP_COUNTS = [
	'received',
	'synced',
	'on_time',
	'finished',
	'overdue',
	'busy_us',
	'days_n',
	'online',
	'online_on_time',
	'fee_dossiers',
	'fee_paid_online',
	'fee_paid_portal',
	'satisfied',
	'e_result',
	'digitised',
	'reused',
	'personal_storage',
	'population',
	'from_data'
] as const;

/** What the procedure-level metrics need (any online dossier, any paid online, …), per root and procedure. */
export const ROLLUP_PROCEDURE_COUNTS = ['received', 'online', 'fee_paid_online', 'fee_paid_portal', 'population'] as const;

/**
 * When the dossier row `d` settled, or NULL while it is open: the derivation stores it in `dossiers.settled_at`,
 * which everything else reads.
 */
export const settledAt = (d = 'd') => `CASE WHEN ${d}.end_at IS NOT NULL THEN greatest(${d}.last_event_at, ${d}.end_at) END`;

/** A petition names the dossier row `d` (`petitioned_at`: the first one's reception, kept by the derivation). */
export const petitioned = (d: string) => `${d}.petitioned_at IS NOT NULL`;

/** Each dossier named by a petition, with the first one's reception (`dossiers.petitioned_at`). */
export const firstPetitions =
	'SELECT dossier, min(received_at) AS at FROM ref_petitions WHERE dossier IS NOT NULL GROUP BY dossier';

/** Sets `dossiers.petitioned_at` after petitions arrive (the derivation sets it for the dossiers it derives). */
const markPetitioned = `UPDATE dossiers SET petitioned_at = p.at
	FROM (${firstPetitions}) p
	WHERE dossiers.dossier = p.dossier AND dossiers.petitioned_at IS DISTINCT FROM p.at;`;

/** The dossier row `d` belongs in `long_dossiers`. */
const isLong = (d: string) =>
	`coalesce(${d}.settled_at IS NULL OR ${d}.settled_at > ${d}.received_at + INTERVAL ${LONG_DAYS} DAY OR ${petitioned(d)}, false)`;

/** The end of the Vietnam month in which the dossier row `d` was received, as an instant. */
const monthEnd = (d: string) => `vn_day_start((date_trunc('month', vn_date(${d}.received_at)) + INTERVAL 1 MONTH)::DATE)`;

/**
 * True when the dossier row `d`, in the window whose rollup bounds are `monthFrom` (the first month start at or
 * after the window's start) and `before` (the start of T's day), both TIMESTAMPTZ SQL, is counted from the rollup
 * rather than judged row by row.
 */
export function rolledUp(d: string, monthFrom: string, before: string): string {
	return `coalesce(${d}.received_at >= ${monthFrom} AND ${d}.settled_at < ${before} AND NOT ${petitioned(d)}, false)`;
}

/**
 * The count columns, over rows holding the flags of predicates.ts and `busy_us`: the rollup's cells and the
 * dossiers judged row by row are summed by the same expressions. `sign` -1 takes a contribution away.
 */
export function aggregates(names: readonly string[], sign: 1 | -1 = 1): string {
	const s = sign === 1 ? '' : '-';
	const special: Record<string, string> = {
		received: `${s}count(*)`,
		busy_us: `${s}coalesce(sum(busy_us), 0)::BIGINT`,
		days_n: `${s}count(busy_us)`,
		fee_dossiers: `${s}count_if(fee)`
	};
	// count_if rather than count(*) FILTER: one pass over the rows instead of one per flag.
	return names.map((n) => `${special[n] ?? `${s}count_if(${n})`} AS ${n}`).join(', ');
}

interface RollupTable {
	table: string;
	key: string[];
	counts: readonly string[];
	/** When each dossier is judged: at its settling (settled ones only), or at the end of its reception month. */
	at: 'settled' | 'month_end';
	/** A coarser table: the sums of this table's cells over its own key, rather than dossiers judged again. */
	from?: string;
}

const TABLES: RollupTable[] = [
	{ table: 'rollup_units', key: ['unit', 'root', 'month', 'day'], counts: ROLLUP_COUNTS, at: 'settled' },
	// Per unit and procedure: the procedure-level metrics of an agency or commune (its children rankings, its trend).
	{
		table: 'rollup_unit_procedures',
		key: ['unit', 'root', 'procedure', 'month', 'day'],
		counts: ROLLUP_PROCEDURE_COUNTS,
		at: 'settled'
	},
	{ table: 'rollup_month_end_units', key: ['unit', 'root', 'month'], counts: ROLLUP_COUNTS, at: 'month_end' },
	{
		table: 'rollup_month_end_unit_procedures',
		key: ['unit', 'root', 'procedure', 'month'],
		counts: ROLLUP_PROCEDURE_COUNTS,
		at: 'month_end'
	},
	// The same per root: a ranking of roots sums far fewer cells.
	{ table: 'rollup_roots', key: ['root', 'month', 'day'], counts: ROLLUP_COUNTS, at: 'settled' },
	{ table: 'rollup_procedures', key: ['root', 'procedure', 'month', 'day'], counts: ROLLUP_PROCEDURE_COUNTS, at: 'settled' },
	{
		table: 'rollup_month_end_roots',
		key: ['root', 'month'],
		counts: ROLLUP_COUNTS,
		at: 'month_end',
		from: 'rollup_month_end_units'
	},
	{
		table: 'rollup_month_end_procedures',
		key: ['root', 'procedure', 'month'],
		counts: ROLLUP_PROCEDURE_COUNTS,
		at: 'month_end',
		from: 'rollup_month_end_unit_procedures'
	}
];
const BASE = TABLES.filter((t) => !t.from);
const DERIVED = TABLES.filter((t) => t.from);

/** The procedure-level flags: what matters is whether any dossier of a procedure has them, not how many. */
export const PROCEDURE_FLAGS = ROLLUP_PROCEDURE_COUNTS.filter((c) => c !== 'received');

/**
 * Per (root or unit, procedure, reception month), the first day of settling in which each flag of PROCEDURE_FLAGS
 * has a dossier: "any online dossier among those settled before T's day" is then one comparison per month instead
 * of a sum over every day's cell. Recomputed from the cells of the keys a change touched: a minimum cannot be
 * maintained by subtracting.
 */
const FIRSTS: { table: string; key: string[]; from: string }[] = [
	{ table: 'procedure_firsts', key: ['root', 'procedure', 'month'], from: 'rollup_procedures' },
	{ table: 'unit_procedure_firsts', key: ['unit', 'root', 'procedure', 'month'], from: 'rollup_unit_procedures' }
];
const firsts = (t: (typeof FIRSTS)[number], where: string) =>
	`SELECT ${t.key.join(', ')}, ${PROCEDURE_FLAGS.map((f) => `min(day) FILTER (WHERE ${f} > 0) AS ${f}`).join(', ')}
	FROM ${t.from} WHERE ${where} GROUP BY ${t.key.join(', ')}
	HAVING ${PROCEDURE_FLAGS.map((f) => `bool_or(${f} > 0)`).join(' OR ')}`;

/** The cells of `t` summed from rows of `source` (a table with at least t's key and counts). */
const summed = (t: RollupTable, source: string) =>
	`SELECT ${t.key.join(', ')}, ${t.counts.map((x) => `sum(${x})::BIGINT AS ${x}`).join(', ')} FROM ${source} GROUP BY ${t.key.join(', ')}`;

/**
 * Contributions of the dossier rows of `source` (the dossiers table, or a copy of some of its rows), per cell of
 * each table of BASE (in that order), times `sign`: settled dossiers at their settling, and every dossier at the end
 * of its reception month.
 */
function contributions(source: string, sign: 1 | -1): string[] {
	const judged = (at: string, only: string) => {
		const T = { ts: 'd.t', us: 'epoch_us(d.t)' };
		const tl = timeliness(T, undefined, 'd');
		const f = dossierFlags(T, 'd', 'd.st');
		const base = `
		SELECT d.*, ${tl.status} AS st,
			CASE WHEN ${tl.end} IS NOT NULL AND ${tl.status} IN ('on_time', 'late')
				THEN epoch_us(${tl.end}) - epoch_us(d.received_at) - ${tl.pauseUs} END AS busy_us
		FROM (SELECT x.*, ${at} AS t FROM ${source} x) d
		WHERE d.received_at IS NOT NULL AND d.root IS NOT NULL AND NOT ${petitioned('d')} AND (${only})`;
		return `
		SELECT unit, root, procedure, date_trunc('month', vn_date(received_at)) AS month,
			vn_date(t) AS day, busy_us,
			${(Object.keys(f) as DossierFlag[]).map((k) => `${f[k]} AS ${k}`).join(', ')}
		FROM (${base}) d`;
	};
	const settled = judged('x.settled_at', 'd.t IS NOT NULL');
	const atMonthEnd = judged(monthEnd('x'), 'true');
	return BASE.map(
		(t) =>
			`SELECT ${t.key.join(', ')}, ${aggregates(t.counts, sign)} FROM (${t.at === 'settled' ? settled : atMonthEnd}) GROUP BY ALL`
	);
}

/** The best online level of each offering (full 2, partial 1, else 0): a procedure-level metric asks for the best. */
export const offeringLevel = (o: string) => `CASE ${o}.online_level WHEN 'full' THEN 2 WHEN 'partial' THEN 1 ELSE 0 END`;

/**
 * Offerings summed up per root (every agency of a province or ministry offers much the same procedures): what a
 * ranking of roots reads instead of every agency's offerings. The same per unit they count for (after mergers),
 * in unit order, for the units below the roots. Rebuilt with the rollups and when offerings arrive.
 */
export const rebuildOfferingsSql = `DELETE FROM offerings_by_root;
INSERT INTO offerings_by_root SELECT u.root, o.procedure, o.valid_from, o.valid_to, max(${offeringLevel('o')})
	FROM ref_offerings o JOIN units u ON u.code = o.agency WHERE u.root IS NOT NULL GROUP BY ALL;
DELETE FROM offerings_by_unit;
INSERT INTO offerings_by_unit SELECT u.eff_unit, o.procedure, o.valid_from, o.valid_to, max(${offeringLevel('o')})
	FROM ref_offerings o JOIN units u ON u.code = o.agency GROUP BY ALL ORDER BY ALL;`;

const copyLong = (source: string) =>
	`INSERT INTO long_dossiers BY NAME SELECT * FROM ${source} d WHERE ${isLong('d')} ORDER BY received_at;`;

/**
 * Rows of `select` into `t` in the order of its key, the unit (or root) first: the query of a province's agencies
 * or communes then reads only the row groups of their units (DuckDB's zone maps). Cells changed later are appended,
 * so only the cells of recent months drift out of that order.
 */
const insertSorted = (t: { table: string; key: string[] }, select: string) =>
	`INSERT INTO ${t.table} BY NAME SELECT * FROM (${select}) ORDER BY ${t.key.join(', ')};`;

function rebuildSql(): string {
	const all = contributions('dossiers', 1);
	return `${markPetitioned}
${BASE.map((t, i) => `DELETE FROM ${t.table}; ${insertSorted(t, all[i])}`).join('\n')}
${DERIVED.map((t) => `DELETE FROM ${t.table}; ${insertSorted(t, summed(t, t.from!))}`).join('\n')}
${FIRSTS.map((t) => `DELETE FROM ${t.table}; ${insertSorted(t, firsts(t, 'true'))}`).join('\n')}
DELETE FROM long_dossiers; ${copyLong('dossiers')}
${rebuildOfferingsSql}`;
}

/** Rebuilds the rollups and long_dossiers from every dossier (after a bulk derivation, or reference data that changes them). */
export async function rebuildRollup(c: DuckDBConnection): Promise<void> {
	await c.run(`${rebuildSql()}
INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES ('rollup', to_json(${q(definition())}), now());`);
}

/** A fingerprint of how the rollups are built: a rollup built by other rules is rebuilt. */
function definition(): string {
	let h = 0;
	for (const ch of rebuildSql()) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
	return `v3-${(h >>> 0).toString(16)}`;
}

/** Builds the rollups when they are missing or were built by other rules (on start, after migrations). */
export async function ensureRollup(c: DuckDBConnection): Promise<boolean> {
	const r = await c.runAndReadAll(`SELECT value::VARCHAR FROM settings WHERE key = 'rollup'`);
	const stored = r.getRows()[0]?.[0];
	if (stored === JSON.stringify(definition())) return false;
	await c.run('BEGIN TRANSACTION');
	try {
		await rebuildRollup(c);
		await c.run('COMMIT');
	} catch (e) {
		await c.run('ROLLBACK').catch(() => undefined);
		throw e;
	}
	return true;
}

/**
 * Takes the contributions of the dossiers in temp table `affected` out of the rollups; `addAffected` puts their
 * new ones back after they are derived again (their new rows in temp table `derived`), folds the difference into
 * the cells it touched, and refreshes their copies in long_dossiers.
 *
 * Both read a copy of the few rows concerned: finding them in `dossiers` reads every row's columns before the
 * semi-join on `affected` drops them (≈0.5 s at 10M dossiers), once rather than once per table.
 */
export async function subtractAffected(c: DuckDBConnection): Promise<void> {
	const old = contributions('affected_old', -1);
	await c.run(`CREATE OR REPLACE TEMP TABLE affected_old AS SELECT * FROM dossiers WHERE dossier IN (SELECT dossier FROM affected);
${BASE.map((t, i) => `CREATE OR REPLACE TEMP TABLE ${t.table}_delta AS ${old[i]};`).join('\n')}
DROP TABLE affected_old;`);
}

export async function addAffected(c: DuckDBConnection): Promise<void> {
	const now = contributions('derived', 1);
	// Each table's delta (old contributions taken away, new ones added), then the coarser tables' deltas from them.
	const deltas = [
		...BASE.map((t, i) => `INSERT INTO ${t.table}_delta ${now[i]};`),
		...DERIVED.map((t) => `CREATE OR REPLACE TEMP TABLE ${t.table}_delta AS ${summed(t, `${t.from}_delta`)};`)
	];
	const key = (t: { key: string[] }) => `(${t.key.join(', ')})`;
	const merge = (t: RollupTable) => `
CREATE OR REPLACE TEMP TABLE ${t.table}_merged AS ${summed(
		t,
		`(SELECT * FROM ${t.table} WHERE ${key(t)} IN (SELECT ${key(t)} FROM ${t.table}_delta)
		UNION ALL BY NAME SELECT * FROM ${t.table}_delta)`
	)};
DELETE FROM ${t.table} WHERE ${key(t)} IN (SELECT ${key(t)} FROM ${t.table}_delta);
${insertSorted(t, `SELECT * FROM ${t.table}_merged WHERE received <> 0`)}`;
	const refresh = (t: (typeof FIRSTS)[number]) => {
		const touched = `${key(t)} IN (SELECT ${key(t)} FROM ${t.from}_delta)`;
		return `DELETE FROM ${t.table} WHERE ${touched}; ${insertSorted(t, firsts(t, touched))}`;
	};
	await c.run(`${deltas.join('\n')}
${TABLES.map(merge).join('\n')}
${FIRSTS.map(refresh).join('\n')}
${TABLES.map((t) => `DROP TABLE ${t.table}_delta; DROP TABLE ${t.table}_merged;`).join('\n')}
DELETE FROM long_dossiers WHERE dossier IN (SELECT dossier FROM affected);
${copyLong('derived')}`);
}
