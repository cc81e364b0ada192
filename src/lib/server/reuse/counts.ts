import type { Store } from '../store/db';
import { NATIONAL_CODE, type Grouping } from '../index/counts';
import { lit } from '../index/timeliness';
import { ZERO, rate, type ReuseCounts, type Rate } from './rates';
import { inList } from '../store/sql';

/**
 * Data reuse counted in SQL from dossiers and their components, for a set of peers (by root, subtree, or the whole
 * country) and a window. A dossier counts for the unit that received it (after mergers) and every ancestor, by its
 * reception time, if received by the evaluation time T. Components are judged once, at reception, against the
 * catalogue version then in force (state/derive.ts), so nothing here depends on T beyond that.
 */

export interface ReuseWindow {
	start: Date;
	end: Date;
	T: Date;
}

function inWindow(w: ReuseWindow, d = 'd'): string {
	return `${d}.received_at >= ${lit(w.start)} AND ${d}.received_at < ${lit(w.end)} AND ${d}.received_at <= ${lit(w.T)}`;
}

/** Dossiers of the window with their group `grp`. */
function groupedDossiers(g: Grouping, w: ReuseWindow): string {
	if (g.by === 'all') return `SELECT '${NATIONAL_CODE}' AS grp, d.* FROM dossiers d WHERE d.root IS NOT NULL AND ${inWindow(w)}`;
	if (g.by === 'root') return `SELECT d.root AS grp, d.* FROM dossiers d WHERE d.root IN (${inList(g.codes)}) AND ${inWindow(w)}`;
	return `SELECT t.ancestor AS grp, d.* FROM dossiers d JOIN unit_tree t ON t.unit = d.unit
		WHERE t.ancestor IN (${inList(g.codes)}) AND ${inWindow(w)}`;
}

/** Sums of one set of dossiers (alias gd), as columns named like ReuseCounts. */
const AGGREGATES = `count(*) AS received,
	count(*) FILTER (WHERE gd.n_from_data > 0) AS reusing,
	count(*) FILTER (WHERE gd.n_reused > 0) AS reused_digitised,
	coalesce(sum(gd.n_components), 0)::BIGINT AS components,
	coalesce(sum(gd.n_from_data), 0)::BIGINT AS from_data,
	coalesce(sum(gd.n_replaceable), 0)::BIGINT AS replaceable,
	coalesce(sum(gd.n_rerequested), 0)::BIGINT AS rerequested,
	count(*) FILTER (WHERE gd.n_rerequested > 0) AS violating`;

const n = (v: unknown) => Number(v ?? 0);

function toCounts(r: Record<string, unknown>): ReuseCounts {
	return {
		received: n(r.received),
		reusing: n(r.reusing),
		reusedDigitised: n(r.reused_digitised),
		components: n(r.components),
		fromData: n(r.from_data),
		replaceable: n(r.replaceable),
		rerequested: n(r.rerequested),
		violating: n(r.violating)
	};
}

/** Counts per group code; every code of the grouping is present (zeros when it received nothing). */
export async function countReuse(store: Store, g: Grouping, w: ReuseWindow): Promise<Map<string, ReuseCounts>> {
	const rows = await store.all<Record<string, unknown>>(
		`WITH gd AS (${groupedDossiers(g, w)}) SELECT gd.grp, ${AGGREGATES} FROM gd GROUP BY gd.grp`
	);
	const out = new Map<string, ReuseCounts>(g.codes.map((c) => [c, { ...ZERO }]));
	for (const r of rows) out.set(r.grp as string, toCounts(r));
	return out;
}

export interface ProcedureReuse extends ReuseCounts {
	procedure: string;
	name: string;
}

/** Per procedure within one unit (a grouping of one code), most re-requested components first. */
export async function reuseByProcedure(store: Store, g: Grouping, w: ReuseWindow): Promise<ProcedureReuse[]> {
	const rows = await store.all<Record<string, unknown>>(
		`WITH gd AS (${groupedDossiers(g, w)}),
		x AS (SELECT gd.procedure, ${AGGREGATES} FROM gd GROUP BY gd.procedure)
		SELECT x.*, coalesce(p.name, x.procedure) AS name FROM x LEFT JOIN procedures p ON p.code = x.procedure
		ORDER BY x.rerequested DESC, x.violating DESC, x.received DESC, x.procedure`
	);
	return rows.map((r) => ({ procedure: r.procedure as string, name: r.name as string, ...toCounts(r) }));
}

/** Month (YYYY-MM, Vietnam time) by month within one unit. */
export async function reuseByMonth(store: Store, g: Grouping, w: ReuseWindow): Promise<Map<string, ReuseCounts>> {
	const rows = await store.all<Record<string, unknown>>(
		`WITH gd AS (${groupedDossiers(g, w)})
		SELECT strftime(vn_date(gd.received_at), '%Y-%m') AS month, ${AGGREGATES} FROM gd GROUP BY month`
	);
	return new Map(rows.map((r) => [r.month as string, toCounts(r)]));
}

/**
 * Where data came from: the component's database (directly or through VNeID); earlier digitised dossiers
 * ('reused'), the personal data store, and VNeID documents without a named database are buckets of their own.
 */
export type BucketKind = 'database' | 'reused' | 'personal_storage' | 'vneid';

export interface DatabaseReuse {
	key: string;
	kind: BucketKind;
	/** Components satisfied from this bucket, and of them through VNeID; dossiers with at least one. */
	served: number;
	viaVneid: number;
	servedDossiers: number;
	/** Components the catalogue says this database makes unnecessary; of them re-requested; dossiers concerned. */
	replaceable: number;
	rerequested: number;
	violating: number;
	rerequest: Rate;
}

export async function reuseByDatabase(store: Store, g: Grouping, w: ReuseWindow): Promise<DatabaseReuse[]> {
	const rows = await store.all<Record<string, unknown>>(
		`WITH gd AS (${groupedDossiers(g, w)}),
		c AS (
			-- Only components that were served from data or could have been: plain uploads are most of the table.
			SELECT c.* FROM dossier_components c JOIN gd ON gd.dossier = c.dossier WHERE c.from_data OR c.replaceable_by IS NOT NULL
		), served AS (
			SELECT CASE WHEN c.source IN ('reused', 'personal_storage') OR c."database" IS NULL THEN c.source ELSE 'database' END AS kind,
				CASE WHEN c.source IN ('reused', 'personal_storage') OR c."database" IS NULL THEN c.source ELSE c."database" END AS key,
				count(*) AS served, count(*) FILTER (WHERE c.source = 'vneid') AS via_vneid, count(DISTINCT c.dossier) AS served_dossiers
			FROM c WHERE c.from_data GROUP BY ALL
		), repl AS (
			SELECT 'database' AS kind, c.replaceable_by AS key, count(*) AS replaceable,
				count(*) FILTER (WHERE c.rerequested) AS rerequested,
				count(DISTINCT c.dossier) FILTER (WHERE c.rerequested) AS violating
			FROM c WHERE c.replaceable_by IS NOT NULL GROUP BY ALL
		)
		SELECT coalesce(s.kind, r.kind) AS kind, coalesce(s.key, r.key) AS key, s.served, s.via_vneid, s.served_dossiers,
			r.replaceable, r.rerequested, r.violating
		FROM served s FULL JOIN repl r ON r.kind = s.kind AND r.key = s.key`
	);
	return rows
		.map((r) => ({
			key: r.key as string,
			kind: r.kind as BucketKind,
			served: n(r.served),
			viaVneid: n(r.via_vneid),
			servedDossiers: n(r.served_dossiers),
			replaceable: n(r.replaceable),
			rerequested: n(r.rerequested),
			violating: n(r.violating),
			rerequest: rate(n(r.rerequested), n(r.replaceable))
		}))
		.sort((a, b) => b.served + b.rerequested - (a.served + a.rerequested) || a.key.localeCompare(b.key));
}

/** The grouping that counts one unit: the whole country, a root (fast path), or a subtree. */
export function groupingOf(u: { code: string; depth: number } | typeof NATIONAL_CODE): Grouping {
	if (u === NATIONAL_CODE) return { by: 'all', codes: [NATIONAL_CODE] };
	return u.depth === 0 ? { by: 'root', codes: [u.code] } : { by: 'subtree', codes: [u.code] };
}
