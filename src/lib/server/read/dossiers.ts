import type { Store } from '../store/db';
import { scopeCondition, maskName, maskNumber, maskEmail, maskText, canSeeUnit, type Viewer } from './scope';
import { timeliness, lit } from '../index/timeliness';
import { resolveWindow, InputError, unitRef, type Window } from '../index/service';
import { loadCalendarObject, loadMethod } from '../settings/settings';
import { EVENT_TYPES } from '../feed/spec';
import { DOSSIER_METRICS, metricCondition } from '../index/predicates';
import { dossierSteps, type DossierStep } from './steps';
import { quote as q } from '../store/sql';
import { csvCell, csvCellSql } from '../csv';

/**
 * Dossier lists and single dossiers, always through the viewer's scope. Statuses are judged at the window's
 * evaluation time T, with the same rules as the index (index/timeliness.ts), so a list opened from a count shows
 * exactly the dossiers behind it.
 */

export const STATUSES = ['on_time', 'late', 'in_time', 'overdue', 'due_soon'] as const;
export const SORTS = ['received', 'due', 'days_late', 'end', 'procedure', 'unit'] as const;
export const PAGE_SIZES = [25, 50, 100] as const;

export interface DossierFilter {
	unit?: string | null;
	procedure?: string | null;
	status?: (typeof STATUSES)[number] | null;
	channel?: string | null;
	period?: string | null;
	asOf?: string | null;
	apology?: boolean;
	rescheduled?: boolean;
	reuse?: 'data' | 'none' | 'violation' | null;
	officer?: string | null;
	department?: string | null;
	q?: string | null;
	/** The dossiers behind one side of a metric: its numerator, denominator, or those that cost points (miss). */
	metric?: string | null;
	side?: 'num' | 'den' | 'miss' | null;
}

export interface DossierSort {
	by: (typeof SORTS)[number];
	dir: 'asc' | 'desc';
}

/** Reads a filter, sort and page from URL parameters, rejecting values it does not know by name. */
export function parseDossierQuery(p: URLSearchParams) {
	const pick = <T extends string>(name: string, allowed: readonly T[]): T | null => {
		const v = p.get(name);
		if (v == null || v === '') return null;
		if (!(allowed as readonly string[]).includes(v))
			throw new InputError(name, `${name}: "${v}" is not one of ${allowed.join(', ')}`);
		return v as T;
	};
	const filter: DossierFilter = {
		unit: p.get('unit') || null,
		procedure: p.get('procedure') || null,
		status: pick('status', STATUSES),
		channel: pick('channel', ['online', 'in_person', 'postal'] as const),
		period: p.get('period') || null,
		asOf: p.get('asOf') || null,
		apology: p.get('apology') === '1',
		rescheduled: p.get('rescheduled') === '1',
		reuse: pick('reuse', ['data', 'none', 'violation'] as const),
		metric: pick('metric', Object.keys(DOSSIER_METRICS)),
		side: pick('side', ['num', 'den', 'miss'] as const),
		officer: p.get('officer') || null,
		department: p.get('department') || null,
		q: p.get('q') || null
	};
	const sortBy = pick('sort', SORTS) ?? 'received';
	const dir = pick('dir', ['asc', 'desc'] as const) ?? 'desc';
	const size = Number(p.get('size') ?? 50);
	if (!(PAGE_SIZES as readonly number[]).includes(size))
		throw new InputError('size', `size: use one of ${PAGE_SIZES.join(', ')}`);
	const page = Number(p.get('page') ?? 1);
	if (!Number.isInteger(page) || page < 1) throw new InputError('page', 'page: a whole number from 1');
	return { filter, sort: { by: sortBy, dir } as DossierSort, page, size };
}

interface Built {
	where: string;
	window: Window;
	tl: ReturnType<typeof timeliness>;
}

async function build(store: Store, viewer: Viewer, f: DossierFilter): Promise<Built> {
	const window = resolveWindow({ period: f.period, asOf: f.asOf });
	const method = await loadMethod(store);
	const cal = await loadCalendarObject(store);
	const tl = timeliness(window.T, cal.addWorkingHours(window.T, method.settings.dueSoonHours));
	const w: string[] = [
		`d.received_at >= ${lit(window.period.start)}`,
		`d.received_at < ${lit(window.period.end)}`,
		`d.received_at <= ${lit(window.T)}`,
		scopeCondition(viewer, 'd.unit')
	];
	if (f.unit) {
		const u = await store.one<{ code: string; depth: number; current: boolean }>(
			`SELECT code, depth, current FROM units WHERE code = $1`,
			[f.unit]
		);
		if (!u) throw new InputError('unit', `unit: no unit with code "${f.unit}"`, 404);
		// Out of the viewer's scope looks exactly like a unit that does not exist.
		if (!(await canSeeUnit(store, viewer, f.unit))) throw new InputError('unit', `unit: no unit with code "${f.unit}"`, 404);
		if (!u.current) w.push(`d.agency IN (${formerSubtree(u.code)})`);
		else w.push(u.depth === 0 ? `d.root = ${q(u.code)}` : `d.unit IN (SELECT unit FROM unit_tree WHERE ancestor = ${q(u.code)})`);
	}
	if (f.procedure) w.push(`d.procedure = ${q(f.procedure)}`);
	if (f.channel) w.push(`d.channel = ${q(f.channel)}`);
	if (f.status === 'late') w.push(tl.candidates.late);
	if (f.status === 'in_time' || f.status === 'overdue' || f.status === 'due_soon') w.push(tl.candidates.open);
	if (f.status === 'due_soon') w.push(tl.dueSoon);
	else if (f.status) w.push(`(${tl.status}) = ${q(f.status)}`);
	if (f.apology) w.push('d.rescheduled_apology');
	if (f.rescheduled) w.push('d.rescheduled > 0');
	if (f.reuse === 'data') w.push('d.n_from_data > 0');
	if (f.reuse === 'none') w.push('d.n_from_data = 0');
	if (f.reuse === 'violation') w.push('d.n_rerequested > 0');
	if (f.metric) w.push(metricCondition(f.metric, f.side ?? 'den', window.T)!);
	if (f.officer) w.push(`d.officer = ${q(f.officer)}`);
	if (f.department) w.push(`d.department = ${q(f.department)}`);
	if (f.q) w.push(`d.dossier ILIKE ${q(f.q.replace(/[%_]/g, '') + '%')}`);
	return { where: w.join(' AND '), window, tl };
}

/**
 * A unit merged away is not in today's tree: its dossiers are those it (or a unit under it, by its own parent links)
 * received, whatever they count for now.
 */
const formerSubtree = (code: string) => `WITH RECURSIVE sub(code) AS (
		SELECT ${q(code)} UNION SELECT u.code FROM units u JOIN sub ON u.parent = sub.code
	) SELECT code FROM sub`;

/** The sort key as a column of the inner select (`sort_key`), so the outer query can keep the order. */
function sortKey(s: DossierSort, tl: Built['tl']): string {
	return {
		received: 'd.received_at',
		due: `(${tl.due})`,
		days_late: `(${tl.daysLate})`,
		end: 'd.end_at',
		procedure: 'd.procedure',
		unit: 'd.unit'
	}[s.by];
}

/** Inner query (alias d): the sort key by its output name; outer (alias x): as a column. */
const order = (s: DossierSort, alias: 'd' | 'x') =>
	`${alias === 'x' ? 'x.' : ''}sort_key ${s.dir === 'asc' ? 'ASC' : 'DESC'} NULLS LAST, ${alias}.dossier`;

export interface DossierRow {
	dossier: string;
	agency: string;
	agency_name: string;
	unit: string;
	unit_name: string;
	root: string;
	root_name: string;
	procedure: string;
	procedure_name: string;
	channel: string;
	received_at: Date;
	due: Date | null;
	due_initial: Date | null;
	rescheduled: number;
	rescheduled_apology: boolean;
	end_at: Date | null;
	timeliness: (typeof STATUSES)[number];
	due_soon: boolean;
	days_late: number | null;
	state: string;
	officer: string | null;
	department: string | null;
	n_from_data: number;
	n_rerequested: number;
	applicant_name: string | null;
}

function selectList(b: Built, sort: DossierSort): string {
	return `${sortKey(sort, b.tl)} AS sort_key, d.dossier, d.agency, d.unit, d.root, d.procedure, d.channel, d.received_at, (${b.tl.due}) AS due, d.due_initial,
		d.rescheduled, d.rescheduled_apology, CASE WHEN d.end_at <= ${lit(b.window.T)} THEN d.end_at END AS end_at,
		(${b.tl.status}) AS timeliness, (${b.tl.dueSoon}) AS due_soon, round((${b.tl.daysLate}), 4) AS days_late,
		d.status AS state, d.officer, d.department, d.n_from_data, d.n_rerequested, d.applicant_name`;
}

const names = `LEFT JOIN units ua ON ua.code = x.agency LEFT JOIN units uu ON uu.code = x.unit LEFT JOIN units ur ON ur.code = x.root
	LEFT JOIN procedures p ON p.code = x.procedure`;

export async function listDossiers(
	store: Store,
	viewer: Viewer,
	f: DossierFilter,
	sort: DossierSort,
	page: number,
	size: number
) {
	const b = await build(store, viewer, f);
	const [rows, count] = await Promise.all([
		store.all<DossierRow>(
			`SELECT x.* EXCLUDE (sort_key), ua.name AS agency_name, uu.name AS unit_name, ur.name AS root_name, p.name AS procedure_name
			 FROM (SELECT ${selectList(b, sort)} FROM dossiers d WHERE ${b.where} ORDER BY ${order(sort, 'd')} LIMIT ${size} OFFSET ${(page - 1) * size}) x
			 ${names} ORDER BY ${order(sort, 'x')}`
		),
		store.one<{ n: number }>(`SELECT count(*) AS n FROM dossiers d WHERE ${b.where}`)
	]);
	if (!viewer.personal) for (const r of rows) r.applicant_name = maskName(r.applicant_name);
	return { rows, total: count?.n ?? 0, window: b.window };
}

/**
 * Streams every dossier of a filter as CSV text (no paging), rows in the columns of DOSSIER_CSV_COLUMNS; the header
 * is the caller's, in the reader's language. DuckDB renders each row but the applicant's name, which is masked here
 * for viewers without personal access.
 */
export async function* dossierCsv(store: Store, viewer: Viewer, f: DossierFilter, sort: DossierSort): AsyncGenerator<string> {
	const b = await build(store, viewer, f);
	const cells = CSV_CELLS.map(([col, kind]) => csvCellSql(col, kind)).join(` || ',' || `);
	const sql = `SELECT ${cells} || ',' AS line, x.applicant_name
		FROM (SELECT ${selectList(b, sort)} FROM dossiers d WHERE ${b.where}) x ${names}
		ORDER BY ${order(sort, 'x')}`;
	for await (const chunk of store.stream(sql))
		yield chunk.map(([line, name]) => `${line}${csvCell(viewer.personal ? name : maskName(name as string | null))}\r\n`).join('');
}

/** The SQL behind each CSV column but the last (the applicant's name), over the list row `x` and its names. */
const CSV_CELLS: [string, Parameters<typeof csvCellSql>[1]][] = [
	['x.dossier', 'text'],
	['x.agency', 'text'],
	['ua.name', 'text'],
	['ur.name', 'text'],
	['x.procedure', 'text'],
	['p.name', 'text'],
	['x.channel', 'text'],
	['x.received_at', 'timestamp'],
	['x.due_initial', 'timestamp'],
	['x.due', 'timestamp'],
	['x.rescheduled', 'number'],
	['x.rescheduled_apology', 'boolean'],
	['x.end_at', 'timestamp'],
	['x.timeliness', 'text'],
	['x.days_late', 'number'],
	['x.state', 'text'],
	['x.officer', 'text'],
	['x.department', 'text'],
	['x.n_from_data', 'number'],
	['x.n_rerequested', 'number']
];

export const DOSSIER_CSV_COLUMNS = [
	'dossier',
	'agency',
	'agency_name',
	'root_name',
	'procedure',
	'procedure_name',
	'channel',
	'received_at',
	'due_initial',
	'due',
	'rescheduled',
	'apology',
	'end_at',
	'timeliness',
	'days_late',
	'state',
	'officer',
	'department',
	'components_from_data',
	'components_rerequested',
	'applicant_name'
] as const;

export interface DossierDetail {
	dossier: Record<string, unknown>;
	events: Record<string, unknown>[];
	/** `to` null: still holding it at T; `working_ms`: office time from `from` to `to` (or T). */
	holders: {
		officer: string | null;
		department: string | null;
		agency: string;
		agency_name: string | null;
		from: Date;
		to: Date | null;
		working_ms: number;
	}[];
	/** Every due date set, in fold order; `apology` for a rescheduling with a letter of apology. */
	dues: { set_at: Date; due: Date; kind: string; apology: boolean | null }[];
	components: Record<string, unknown>[];
	timeliness: { status: string; due_soon: boolean; due: Date | null; days_late: number | null; T: Date };
	/** Processing steps from the portal's records (QuaTrinhXuLy), when the dossier came that way. */
	steps: DossierStep[];
}

const typeOrder = `CASE type ${EVENT_TYPES.map((t, i) => `WHEN '${t}' THEN ${i}`).join(' ')} END`;

/** One dossier with its events in fold order, who held it when, how its due date moved. 404 outside the scope. */
export async function getDossier(
	store: Store,
	viewer: Viewer,
	code: string,
	asOf?: string | null
): Promise<DossierDetail | undefined> {
	const d = await store.one<Record<string, unknown>>(
		`SELECT d.*, ua.name AS agency_name, uu.name AS unit_name, ur.name AS root_name, uh.name AS holder_name, p.name AS procedure_name,
			p.time_limit_value, p.time_limit_unit
		 FROM dossiers d LEFT JOIN units ua ON ua.code = d.agency LEFT JOIN units uu ON uu.code = d.unit
		 LEFT JOIN units ur ON ur.code = d.root LEFT JOIN units uh ON uh.code = d.holder_agency LEFT JOIN procedures p ON p.code = d.procedure
		 WHERE d.dossier = $1 AND ${scopeCondition(viewer, 'd.unit')}`,
		[code]
	);
	if (!d) return undefined;
	const T = asOf ? resolveWindow({ period: 'ytd', asOf }).T : new Date();
	const [method, cal] = await Promise.all([loadMethod(store), loadCalendarObject(store)]);
	const tl = timeliness(T, cal.addWorkingHours(T, method.settings.dueSoonHours));
	const [status] = await store.all<{ status: string; due_soon: boolean; due: Date | null; days_late: number | null }>(
		`SELECT (${tl.status}) AS status, (${tl.dueSoon}) AS due_soon, (${tl.due}) AS due, round((${tl.daysLate}), 4) AS days_late
		 FROM dossiers d WHERE d.dossier = $1`,
		[code]
	);
	const events = await store.all<Record<string, unknown>>(
		`SELECT e.id, e.type, e.occurred_at, e.agency, u.name AS agency_name, e.officer, e.department, e.due, e.reason, e.channel,
			e.amount, e.method, e.outcome, e.e_result, e.apology, e.rating, e.comment, e.to_agency, e.components_digitised,
			e.source, e.arrived_at, e.extra
		 FROM events e LEFT JOIN units u ON u.code = e.agency
		 WHERE e.dossier = $1 ORDER BY e.occurred_at, ${typeOrder}, e.id`,
		[code]
	);
	// Who held it: each reception, assignment or transfer opens a stretch that the next one (or the end) closes.
	const holders: DossierDetail['holders'] = [];
	for (const e of events) {
		if (!['received', 'assigned', 'transferred'].includes(e.type as string)) continue;
		const last = holders.at(-1);
		if (last) last.to = e.occurred_at as Date;
		// The officer on a transfer is the sender: at the new unit nobody is known until it assigns the dossier.
		const transfer = e.type === 'transferred';
		holders.push({
			officer: transfer ? null : ((e.officer as string) ?? last?.officer ?? null),
			department: transfer ? null : ((e.department as string) ?? (e.type === 'assigned' ? null : (last?.department ?? null))),
			agency: (e.type === 'transferred' ? (e.to_agency as string) : (e.agency as string)) ?? last?.agency,
			agency_name: null,
			from: e.occurred_at as Date,
			to: null,
			working_ms: 0
		});
	}
	if (holders.length && d.end_at) holders.at(-1)!.to = d.end_at as Date;
	const agencyNames = new Map<string, string>();
	const codes = [...new Set(holders.map((h) => h.agency).filter(Boolean))];
	if (codes.length)
		for (const u of await store.all<{ code: string; name: string }>(
			`SELECT code, name FROM units WHERE code IN (${codes.map(q).join(', ')})`
		))
			agencyNames.set(u.code, u.name);
	for (const h of holders) {
		h.agency_name = agencyNames.get(h.agency) ?? null;
		h.working_ms = cal.workingMsBetween(h.from, h.to ?? (T > h.from ? T : h.from));
	}
	const dues = events
		.filter((e) => e.due && ['received', 'supplement_received', 'rescheduled'].includes(e.type as string))
		.map((e) => ({
			set_at: e.occurred_at as Date,
			due: e.due as Date,
			kind: e.type as string,
			apology: e.type === 'rescheduled' ? ((e.apology as boolean | null) ?? false) : null
		}));
	const components = await store.all(
		`SELECT c.code, c.source, c."database", c.replaceable_by, c.from_data, c.rerequested,
			list_filter(p.components, x -> x.code = c.code)[1].name AS name
		 FROM dossier_components c
		 LEFT JOIN procedure_versions p ON p.code = $2 AND p.valid_from_eff <= vn_date($3::TIMESTAMPTZ)
			AND (p.valid_until IS NULL OR vn_date($3::TIMESTAMPTZ) < p.valid_until)
		 WHERE c.dossier = $1 ORDER BY c.code`,
		[code, d.procedure as string, ((d.received_at ?? d.not_accepted_at ?? new Date()) as Date).toISOString()]
	);
	if (!viewer.personal) {
		d.applicant_name = maskName(d.applicant_name as string | null);
		d.applicant_id_number = maskNumber(d.applicant_id_number as string | null);
		d.applicant_phone = maskNumber(d.applicant_phone as string | null);
		d.applicant_email = maskEmail(d.applicant_email as string | null);
		// The summary names the applicant (and often a spouse or child): the names in it are masked too.
		d.summary = maskText(d.summary as string | null);
		for (const e of events) {
			e.extra = null;
			e.comment = maskText(e.comment as string | null);
		}
	}
	const steps = await dossierSteps(store, code, T);
	return { dossier: d, events, holders, dues, components, timeliness: { ...status, T }, steps };
}

/**
 * How many dossiers of a unit's subtree are in each status at T (the window's evaluation time), with "due soon"
 * among those in time. Counts only: public like the scores; the lists behind them go through the viewer's scope.
 */
export async function statusCounts(store: Store, unitCode: string, window: Window) {
	const u = await unitRef(store, unitCode);
	if (!u) return undefined;
	const method = await loadMethod(store);
	const cal = await loadCalendarObject(store);
	const tl = timeliness(window.T, cal.addWorkingHours(window.T, method.settings.dueSoonHours));
	const where = u.depth === 0 ? `d.root = ${q(u.code)}` : `d.unit IN (SELECT unit FROM unit_tree WHERE ancestor = ${q(u.code)})`;
	const r = await store.one<{ on_time: number; late: number; in_time: number; overdue: number; due_soon: number }>(
		`SELECT count(*) FILTER (WHERE st = 'on_time') AS on_time, count(*) FILTER (WHERE st = 'late') AS late,
			count(*) FILTER (WHERE st = 'in_time') AS in_time, count(*) FILTER (WHERE st = 'overdue') AS overdue,
			count(*) FILTER (WHERE soon) AS due_soon
		 FROM (SELECT (${tl.status}) AS st, (${tl.dueSoon}) AS soon FROM dossiers d
			WHERE ${where} AND d.received_at >= ${lit(window.period.start)} AND d.received_at < ${lit(window.period.end)} AND d.received_at <= ${lit(window.T)})`
	);
	return r;
}

/** Per procedure within a unit's subtree: received, online, on time or in time, late or overdue. */
export async function procedureTable(store: Store, unitCode: string, window: Window) {
	const u = await unitRef(store, unitCode);
	if (!u) return [];
	const tl = timeliness(window.T);
	const where = u.depth === 0 ? `d.root = ${q(u.code)}` : `d.unit IN (SELECT unit FROM unit_tree WHERE ancestor = ${q(u.code)})`;
	return store.all<{
		procedure: string;
		name: string;
		received: number;
		online: number;
		on_time: number;
		late: number;
		rerequested: number;
	}>(
		`SELECT x.*, coalesce(p.name, x.procedure) AS name FROM (
			SELECT d.procedure, count(*) AS received, count(*) FILTER (WHERE d.channel = 'online') AS online,
				count(*) FILTER (WHERE (${tl.status}) IN ('on_time', 'in_time')) AS on_time,
				count(*) FILTER (WHERE (${tl.status}) IN ('late', 'overdue')) AS late,
				count(*) FILTER (WHERE d.n_rerequested > 0) AS rerequested
			FROM dossiers d
			WHERE ${where} AND d.received_at >= ${lit(window.period.start)} AND d.received_at < ${lit(window.period.end)} AND d.received_at <= ${lit(window.T)}
			GROUP BY d.procedure
		) x LEFT JOIN procedures p ON p.code = x.procedure ORDER BY x.received DESC, x.procedure`
	);
}

/** The WHERE clause (over `d`), window and timeliness of a filter: for reads that must count what the list shows. */
export const dossierFilterSql = build;
