import type { Store } from '../store/db';
import type { Method, MetricDef } from './catalogue';
import { countMetrics, type Grouping, type CountWindow, type UnitCounts } from './counts';
import { scoreMetric, groupScores, total, ranks, pointsOnTheTable, type MetricScore, type GroupScore } from './score';
import { parsePeriod, previous, evaluationTime, previousEvaluationTime, localDay, type Period } from './period';
import { loadMethod, loadCalendarObject } from '../settings/settings';
import { memo } from './cache';
import type { Calendar } from '../calendar/calendar';

/** Rankings and scorecards: counts (SQL) → scores (pure) → ranks among peers, now and for the previous period. */

export class InputError extends Error {
	constructor(
		readonly param: string,
		message: string,
		readonly status = 400
	) {
		super(message);
	}
}

export interface UnitRef {
	code: string;
	name: string;
	kind: string;
	parent: string | null;
	root: string;
	depth: number;
}

export interface Evaluation {
	counts: UnitCounts;
	metrics: Map<string, MetricScore>;
	groups: GroupScore[];
	total: number;
}

export interface RankedUnit extends UnitRef {
	total: number;
	groups: GroupScore[];
	rank: number;
	received: number;
	prev: { total: number; rank: number } | null;
	change: number | null;
	rankChange: number | null;
}

export interface Window {
	period: Period;
	T: Date;
	provisional: boolean;
	prevPeriod: Period;
	prevT: Date;
}

export interface Query {
	period?: string | null;
	asOf?: string | null;
	now?: Date;
}

/** "as of": an ISO timestamp, or a day (meaning the end of that day in Vietnam: the next midnight). */
export function parseAsOf(s: string | null | undefined): Date | undefined {
	if (s == null || s === '') return undefined;
	if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
		// The whole day: the instant it ends (so "as of" the last day of a month gives the month's final figures).
		const t = new Date(`${s}T00:00:00+07:00`);
		if (!isNaN(t.getTime()) && localDay(t) === s) return new Date(t.getTime() + 86400_000);
	}
	if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(s)) {
		const withZone = /(Z|[+-]\d{2}:?\d{2})$/.test(s) ? s : `${s}+07:00`;
		const t = new Date(withZone);
		if (!isNaN(t.getTime())) return t;
	}
	throw new InputError('asOf', `asOf: "${s}" is not a date or time; use 2026-07-31 or 2026-07-31T17:00:00+07:00`);
}

export function resolveWindow(q: Query): Window {
	const now = q.now ?? new Date();
	const asOf = parseAsOf(q.asOf);
	if (asOf && asOf > new Date(now.getTime() + 60_000)) throw new InputError('asOf', 'asOf: is in the future');
	let period: Period;
	try {
		period = parsePeriod(q.period || 'ytd', asOf ?? now);
	} catch (e) {
		throw new InputError('period', (e as Error).message);
	}
	const T = evaluationTime(period, asOf, now);
	if (T < period.start)
		throw new InputError('period', `period: ${period.key} starts after the evaluation time ${T.toISOString()}`);
	const prevPeriod = previous(period);
	return { period, T, provisional: T < period.end, prevPeriod, prevT: previousEvaluationTime(period, prevPeriod, T) };
}

export async function unitRef(store: Store, code: string): Promise<UnitRef | undefined> {
	return store.one<UnitRef>(`SELECT code, name, kind, parent, root, depth FROM units WHERE code = $1`, [code]);
}

/** Peers of a unit: provinces, ministries, or its siblings of the same kind in today's tree. */
export async function peersOf(store: Store, u: UnitRef): Promise<UnitRef[]> {
	if (u.depth === 0)
		return store.all<UnitRef>(
			`SELECT code, name, kind, parent, root, depth FROM units WHERE current AND depth = 0 AND kind = $1 ORDER BY code`,
			[u.kind]
		);
	return childrenOf(store, u.parent ?? u.root, u.kind);
}

export async function childrenOf(store: Store, parent: string, kind?: string): Promise<UnitRef[]> {
	return store.all<UnitRef>(
		`SELECT u.code, u.name, u.kind, u.parent, u.root, u.depth FROM unit_tree t JOIN units u ON u.code = t.unit
		 WHERE t.ancestor = $1 AND t.depth = 1 AND u.current ${kind ? 'AND u.kind = $2' : ''} ORDER BY u.kind, u.code`,
		kind ? [parent, kind] : [parent]
	);
}

export function evaluate(method: Method, counts: UnitCounts): Evaluation {
	const metrics = new Map<string, MetricScore>();
	for (const m of method.metrics) metrics.set(m.code, scoreMetric(m, counts[m.code] ?? { num: 0, den: 0 }));
	const groups = groupScores(method.groups, method.metrics, metrics);
	return { counts, metrics, groups, total: total(groups) };
}

/** The count window of a period evaluated at T; "due soon" reaches the method's working hours past T. */
export function countWindow(key: string, period: Period, T: Date, cal: Calendar, method: Method): CountWindow {
	return { key, start: period.start, end: period.end, T, soon: cal.addWorkingHours(T, method.settings.dueSoonHours) };
}

/** The count windows of a period and its predecessor. */
async function countWindows(store: Store, method: Method, w: Window): Promise<CountWindow[]> {
	const cal = await loadCalendarObject(store);
	return [countWindow('now', w.period, w.T, cal, method), countWindow('prev', w.prevPeriod, w.prevT, cal, method)];
}

export function groupingOf(peers: UnitRef[]): Grouping {
	return peers.every((p) => p.depth === 0)
		? { by: 'root', codes: peers.map((p) => p.code) }
		: { by: 'subtree', codes: peers.map((p) => p.code) };
}

/** The memo key of a query: the same period, "as of" and clock give the same window. */
export const queryKey = (q: Query) => `${q.period || 'ytd'}|${q.asOf ?? 'now'}|${q.now?.toISOString() ?? ''}`;

/**
 * Scores and ranks of a set of peers, in the period and its predecessor, from one count. Kept a few seconds: the
 * scorecard of a unit needs its peers' totals for its rank, which the ranking it was opened from just computed.
 */
function scorePeers(store: Store, method: Method, peers: UnitRef[], w: Window, q: Query) {
	const codes = peers.map((p) => p.code).sort();
	return memo(store, `peers|${method.version}|${codes.join(',')}|${queryKey(q)}`, 5_000, () =>
		countPeers(store, method, peers, w)
	);
}

async function countPeers(store: Store, method: Method, peers: UnitRef[], w: Window) {
	const roots = new Map(peers.map((p) => [p.code, p.root]));
	const counts = await countMetrics(store, groupingOf(peers), await countWindows(store, method, w), method.settings, roots);
	const scored = (key: string) => {
		const evals = new Map<string, Evaluation>();
		for (const p of peers) evals.set(p.code, evaluate(method, counts.get(key)?.get(p.code) ?? {}));
		const order = peers.map((p) => ({ code: p.code, total: evals.get(p.code)!.total }));
		const r = ranks(order);
		return { evals, rank: new Map(order.map((o) => [o.code, r.get(o)!])) };
	};
	return { now: scored('now'), before: scored('prev') };
}

export interface Ranking {
	method: { version: string };
	window: Window;
	level: string;
	parent: UnitRef | null;
	rows: RankedUnit[];
}

/**
 * The units a ranking compares: provinces, ministries, or the children of `parentCode` (of one kind, if given).
 * Parameters are checked by name (400), an unknown parent is a 404.
 */
export async function resolvePeers(
	store: Store,
	level: string,
	parentCode: string | null,
	kind: string | null | undefined
): Promise<{ parent: UnitRef | null; peers: UnitRef[] }> {
	if (!['province', 'ministry', 'children'].includes(level))
		throw new InputError('level', `level: "${level}" is not one of province, ministry, children`);
	if (kind && !['agency', 'commune'].includes(kind))
		throw new InputError('kind', `kind: "${kind}" is not one of agency, commune`);
	if (level !== 'children')
		return {
			parent: null,
			peers: await store.all<UnitRef>(
				`SELECT code, name, kind, parent, root, depth FROM units WHERE current AND depth = 0 AND kind = $1 ORDER BY code`,
				[level]
			)
		};
	if (!parentCode) throw new InputError('parent', 'parent: required with level=children (a unit code, e.g. T01)');
	const parent = (await unitRef(store, parentCode)) ?? null;
	if (!parent) throw new InputError('parent', `parent: no unit with code "${parentCode}"`, 404);
	return { parent, peers: await childrenOf(store, parent.code, kind ?? undefined) };
}

/** A ranking table of peers, best first (ties share a rank; then by name). */
export async function ranking(
	store: Store,
	level: string,
	parentCode: string | null,
	q: Query & { kind?: string | null }
): Promise<Ranking> {
	const { parent, peers } = await resolvePeers(store, level, parentCode, q.kind);
	const window = resolveWindow(q);
	const method = await loadMethod(store);
	const rows = await rankPeers(store, method, peers, window, q);
	return { method: { version: method.version }, window, level, parent, rows };
}

/** Ranks peers within their own kind (agencies apart from communes). */
async function rankPeers(store: Store, method: Method, peers: UnitRef[], w: Window, q: Query): Promise<RankedUnit[]> {
	const byKind = new Map<string, UnitRef[]>();
	for (const p of peers) byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), p]);
	const out: RankedUnit[] = [];
	for (const group of byKind.values()) {
		const { now, before } = await scorePeers(store, method, group, w, q);
		for (const p of group) {
			const e = now.evals.get(p.code)!;
			const pe = before.evals.get(p.code)!;
			const hadPrev = (pe.counts.RECEIVED?.num ?? 0) > 0;
			const rank = now.rank.get(p.code)!;
			const prevRank = before.rank.get(p.code)!;
			out.push({
				...p,
				total: e.total,
				groups: e.groups,
				rank,
				received: e.counts.RECEIVED?.num ?? 0,
				prev: hadPrev ? { total: pe.total, rank: prevRank } : null,
				change: hadPrev ? Math.round((e.total - pe.total) * 100) / 100 : null,
				rankChange: hadPrev ? prevRank - rank : null
			});
		}
	}
	return out.sort((a, b) => a.kind.localeCompare(b.kind) || a.rank - b.rank || a.name.localeCompare(b.name, 'vi'));
}

export interface MetricLine extends MetricScore {
	def: MetricDef;
	prev: MetricScore;
	/** Score change against the previous period (null when not scored). */
	change: number | null;
}

export interface Scorecard {
	method: { version: string };
	window: Window;
	unit: UnitRef;
	path: UnitRef[];
	total: number;
	max: number;
	rank: number;
	peers: number;
	prev: { total: number; rank: number } | null;
	change: number | null;
	rankChange: number | null;
	groups: (GroupScore & { vi: string; en: string; prev: number; metrics: MetricLine[] })[];
	fiveGroups: GroupScore[];
	pointsOnTheTable: { code: string; gain: number }[];
}

export async function scorecard(store: Store, code: string, q: Query): Promise<Scorecard> {
	const unit = await unitRef(store, code);
	if (!unit) throw new InputError('code', `no unit with code "${code}"`, 404);
	// Independent look-ups, side by side, before the count (which keeps both cores busy).
	const [merged, method, peers, path] = await Promise.all([
		store.one<{ eff_unit: string; name: string; valid_to: Date | null }>(
			`SELECT u.eff_unit, s.name, u.valid_to FROM units u JOIN units s ON s.code = u.eff_unit WHERE u.code = $1 AND NOT u.current`,
			[code]
		),
		loadMethod(store),
		peersOf(store, unit),
		store.all<UnitRef>(
			`SELECT u.code, u.name, u.kind, u.parent, u.root, u.depth FROM unit_tree t JOIN units u ON u.code = t.ancestor
			 WHERE t.unit = $1 ORDER BY t.depth DESC`,
			[code]
		)
	]);
	if (merged)
		throw new InputError(
			'code',
			`${unit.name} (${code}) was merged into ${merged.name} (${merged.eff_unit})${merged.valid_to ? ` after ${merged.valid_to.toISOString().slice(0, 10)}` : ''}; its dossiers count for ${merged.eff_unit}`,
			404
		);
	const window = resolveWindow(q);
	if (!peers.some((p) => p.code === unit.code)) peers.push(unit);
	const { now, before } = await scorePeers(store, method, peers, window, q);
	const e = now.evals.get(code)!;
	const pe = before.evals.get(code)!;
	const hadPrev = (pe.counts.RECEIVED?.num ?? 0) > 0;
	const groups = method.groups.map((g) => {
		const gs = e.groups.find((x) => x.code === g.code)!;
		const prev = pe.groups.find((x) => x.code === g.code)!;
		const metrics = method.metrics
			.filter((m) => m.group === g.code)
			.map((m) => {
				const s = e.metrics.get(m.code)!;
				const p = pe.metrics.get(m.code)!;
				return {
					...s,
					def: m,
					prev: p,
					change: s.score != null && p.score != null ? Math.round((s.score - p.score) * 100) / 100 : null
				};
			});
		return { ...gs, vi: g.vi, en: g.en, prev: prev.score, metrics };
	});
	return {
		method: { version: method.version },
		window,
		unit,
		path,
		total: e.total,
		max: method.groups.reduce((a, g) => a + g.points, 0),
		rank: now.rank.get(code)!,
		peers: peers.length,
		prev: hadPrev ? { total: pe.total, rank: before.rank.get(code)! } : null,
		change: hadPrev ? Math.round((e.total - pe.total) * 100) / 100 : null,
		rankChange: hadPrev ? before.rank.get(code)! - now.rank.get(code)! : null,
		groups,
		fiveGroups: groupScores(method.groups, method.metrics, e.metrics, true),
		pointsOnTheTable: pointsOnTheTable(method, e.metrics)
	};
}
