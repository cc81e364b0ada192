import type { Store } from '../store/db';
import { scopeCondition, canSeeUnit, type Viewer } from '../read/scope';
import { lit } from '../index/timeliness';
import { resolveWindow, unitRef, InputError, type Window } from '../index/service';
import { quote as q } from '../store/sql';

/**
 * Violations down to the dossier: every component that the catalogue (as in force at reception) marks as
 * replaceable by a database, yet the applicant uploaded or brought on paper. Dossier-level data: always through the
 * viewer's scope, and a unit outside it answers exactly like a unit that does not exist.
 */

export const VIOLATION_PAGE_SIZES = [25, 50, 100] as const;

export interface ViolationFilter {
	unit?: string | null;
	procedure?: string | null;
	/** The database that should have served the component (replaceable_by). */
	database?: string | null;
	period?: string | null;
	asOf?: string | null;
}

export interface ViolationRow {
	dossier: string;
	procedure: string;
	procedure_name: string | null;
	component: string;
	component_name: string | null;
	database: string;
	source: 'upload' | 'paper';
	agency: string;
	agency_name: string | null;
	unit: string;
	root: string;
	root_name: string | null;
	received_by: string | null;
	received_at: Date;
}

/** Reads a filter and a page from URL parameters (unit, procedure, database, period, asOf, page, size). */
export function parseViolationQuery(p: URLSearchParams) {
	const size = Number(p.get('size') ?? 25);
	if (!(VIOLATION_PAGE_SIZES as readonly number[]).includes(size))
		throw new InputError('size', `size: use one of ${VIOLATION_PAGE_SIZES.join(', ')}`);
	const page = Number(p.get('page') ?? 1);
	if (!Number.isInteger(page) || page < 1) throw new InputError('page', 'page: a whole number from 1');
	const filter: ViolationFilter = {
		unit: p.get('unit') || null,
		procedure: p.get('procedure') || null,
		database: p.get('database') || null,
		period: p.get('period') || null,
		asOf: p.get('asOf') || null
	};
	return { filter, page, size };
}

async function build(store: Store, viewer: Viewer, f: ViolationFilter): Promise<{ where: string; window: Window }> {
	const window = resolveWindow({ period: f.period, asOf: f.asOf });
	const w = [
		'c.rerequested',
		`d.received_at >= ${lit(window.period.start)}`,
		`d.received_at < ${lit(window.period.end)}`,
		`d.received_at <= ${lit(window.T)}`,
		'd.root IS NOT NULL',
		scopeCondition(viewer, 'd.unit')
	];
	if (f.unit) {
		const u = await unitRef(store, f.unit);
		if (!u || !(await canSeeUnit(store, viewer, f.unit)))
			throw new InputError('unit', `unit: no unit with code "${f.unit}"`, 404);
		w.push(u.depth === 0 ? `d.root = ${q(u.code)}` : `d.unit IN (SELECT unit FROM unit_tree WHERE ancestor = ${q(u.code)})`);
	}
	if (f.procedure) w.push(`d.procedure = ${q(f.procedure)}`);
	if (f.database) w.push(`c.replaceable_by = ${q(f.database)}`);
	return { where: w.join(' AND '), window };
}

// Newest first; the same order inside (to page) and outside (after the joins for names).
const INNER_ORDER = 'd.received_at DESC, d.dossier, c.code';
const OUTER_ORDER = 'x.received_at DESC, x.dossier, x.component';

/** Inner select (violating components with their dossier), then names: the component's from the catalogue version in force at reception. */
function selectSql(where: string, tail = ''): string {
	return `SELECT x.dossier, x.procedure, coalesce(pv.name, p.name) AS procedure_name, x.component,
			list_filter(pv.components, k -> k.code = x.component)[1].name AS component_name, x."database", x.source,
			x.agency, ua.name AS agency_name, x.unit, x.root, ur.name AS root_name, x.received_by, x.received_at
		FROM (
			SELECT d.dossier, d.procedure, c.code AS component, c.replaceable_by AS "database", c.source, d.agency, d.unit, d.root,
				d.received_by, d.received_at
			FROM dossier_components c JOIN dossiers d ON d.dossier = c.dossier
			WHERE ${where} ${tail ? `ORDER BY ${INNER_ORDER} ${tail}` : ''}
		) x
		LEFT JOIN procedure_versions pv ON pv.code = x.procedure AND vn_date(x.received_at) >= pv.valid_from_eff
			AND (pv.valid_until IS NULL OR vn_date(x.received_at) < pv.valid_until)
		LEFT JOIN procedures p ON p.code = x.procedure
		LEFT JOIN units ua ON ua.code = x.agency LEFT JOIN units ur ON ur.code = x.root
		ORDER BY ${OUTER_ORDER}`;
}

export async function listViolations(store: Store, viewer: Viewer, f: ViolationFilter, page = 1, size = 25) {
	const b = await build(store, viewer, f);
	const [rows, count] = await Promise.all([
		store.all<ViolationRow>(selectSql(b.where, `LIMIT ${size} OFFSET ${(page - 1) * size}`)),
		store.one<{ n: number; dossiers: number }>(
			`SELECT count(*) AS n, count(DISTINCT d.dossier) AS dossiers
			 FROM dossier_components c JOIN dossiers d ON d.dossier = c.dossier WHERE ${b.where}`
		)
	]);
	return { rows, total: count?.n ?? 0, dossiers: count?.dossiers ?? 0, window: b.window, page, size };
}

export const VIOLATION_CSV_COLUMNS = [
	'dossier',
	'procedure',
	'procedure_name',
	'component',
	'component_name',
	'database',
	'database_name',
	'source',
	'agency',
	'agency_name',
	'root_name',
	'received_by',
	'received_at'
] as const;

/** Every violation of a filter as CSV rows (no paging), in VIOLATION_CSV_COLUMNS order. */
export async function* violationRows(
	store: Store,
	viewer: Viewer,
	f: ViolationFilter,
	label: { database: (k: string) => string; source: (k: string) => string }
): AsyncGenerator<unknown[][]> {
	const b = await build(store, viewer, f);
	// Columns of selectSql: dossier, procedure, procedure_name, component, component_name, database, source, agency,
	// agency_name, unit, root, root_name, received_by, received_at.
	yield* store.stream(selectSql(b.where), (r) => [
		r[0],
		r[1],
		r[2],
		r[3],
		r[4],
		r[5],
		label.database(r[5] as string),
		label.source(r[6] as string),
		r[7],
		r[8],
		r[11],
		r[12],
		r[13]
	]);
}
