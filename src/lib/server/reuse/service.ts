import type { Store } from '../store/db';
import { NATIONAL_CODE } from '../index/counts';
import { resolveWindow, resolvePeers, unitRef, InputError, type Query, type UnitRef, type Window } from '../index/service';
import { lastMonths } from '../index/trend';
import { month as monthPeriod } from '../index/period';
import {
	countReuse,
	reuseByDatabase,
	reuseByProcedure,
	reuseByMonth,
	groupingOf,
	type ReuseWindow,
	type DatabaseReuse,
	type ProcedureReuse
} from './counts';
import { reuseRates, rankByRate, ZERO, type ReuseCounts, type ReuseRates } from './rates';

/** Rankings, unit views and trends of data reuse: counts (SQL, counts.ts) → rates and ranks (pure, rates.ts). */

const win = (w: Window): ReuseWindow => ({ start: w.period.start, end: w.period.end, T: w.T });
const prevWin = (w: Window): ReuseWindow => ({ start: w.prevPeriod.start, end: w.prevPeriod.end, T: w.prevT });

export interface ReuseRow extends UnitRef {
	counts: ReuseCounts;
	rates: ReuseRates;
	/** 1 = highest reuse rate among peers of the same kind; null without dossiers. */
	reuseRank: number | null;
	/** 1 = highest re-request rate (most violations) among peers of the same kind; null without replaceable components. */
	violationRank: number | null;
}

export interface ReuseRanking {
	window: Window;
	level: string;
	parent: UnitRef | null;
	rows: ReuseRow[];
}

/** Ranks peers within their own kind (agencies apart from communes), counted in one query. */
async function rankPeers(store: Store, peers: UnitRef[], w: Window): Promise<ReuseRow[]> {
	if (!peers.length) return [];
	const g = peers.every((p) => p.depth === 0)
		? { by: 'root' as const, codes: peers.map((p) => p.code) }
		: { by: 'subtree' as const, codes: peers.map((p) => p.code) };
	const counts = await countReuse(store, g, win(w));
	const out: ReuseRow[] = [];
	for (const kind of [...new Set(peers.map((p) => p.kind))]) {
		const rows = peers
			.filter((p) => p.kind === kind)
			.map((p) => {
				const c = counts.get(p.code) ?? { ...ZERO };
				return { ...p, counts: c, rates: reuseRates(c), reuseRank: null, violationRank: null } as ReuseRow;
			});
		const byReuse = rankByRate(rows, (r) => r.rates.reuse, 'desc');
		const byViolation = rankByRate(rows, (r) => r.rates.rerequest, 'desc');
		for (const r of rows) {
			r.reuseRank = byReuse.get(r)!;
			r.violationRank = byViolation.get(r)!;
			out.push(r);
		}
	}
	const last = Number.MAX_SAFE_INTEGER;
	return out.sort(
		(a, b) => a.kind.localeCompare(b.kind) || (a.reuseRank ?? last) - (b.reuseRank ?? last) || a.name.localeCompare(b.name, 'vi')
	);
}

/** Provinces, ministries, or the children of a unit, with their rates and both ranks. */
export async function reuseRanking(
	store: Store,
	level: string,
	parentCode: string | null,
	q: Query & { kind?: string | null }
): Promise<ReuseRanking> {
	const { parent, peers } = await resolvePeers(store, level, parentCode, q.kind);
	const window = resolveWindow(q);
	return { window, level, parent, rows: await rankPeers(store, peers, window) };
}

export interface ReuseSummary {
	counts: ReuseCounts;
	rates: ReuseRates;
	/** The previous equivalent period at the same point (null when it had no dossier). */
	prev: { counts: ReuseCounts; rates: ReuseRates } | null;
	byDatabase: DatabaseReuse[];
	byProcedure: ProcedureReuse[];
}

async function summary(store: Store, unit: UnitRef | typeof NATIONAL_CODE, w: Window): Promise<ReuseSummary> {
	const g = groupingOf(unit);
	const code = g.codes[0];
	const [now, before, byDatabase, byProcedure] = await Promise.all([
		countReuse(store, g, win(w)),
		countReuse(store, g, prevWin(w)),
		reuseByDatabase(store, g, win(w)),
		reuseByProcedure(store, g, win(w))
	]);
	const counts = now.get(code)!;
	const p = before.get(code)!;
	return {
		counts,
		rates: reuseRates(counts),
		prev: p.received > 0 ? { counts: p, rates: reuseRates(p) } : null,
		byDatabase,
		byProcedure
	};
}

export interface UnitReuse extends ReuseSummary {
	window: Window;
	unit: UnitRef;
	path: UnitRef[];
}

/** One unit's rates, by database and by procedure. 404 for an unknown unit or one merged away. */
export async function unitReuse(store: Store, code: string, q: Query): Promise<UnitReuse> {
	const unit = await unitRef(store, code);
	if (!unit) throw new InputError('code', `no unit with code "${code}"`, 404);
	const merged = await store.one<{ eff_unit: string; name: string }>(
		`SELECT u.eff_unit, s.name FROM units u JOIN units s ON s.code = u.eff_unit WHERE u.code = $1 AND NOT u.current`,
		[code]
	);
	if (merged)
		throw new InputError(
			'code',
			`${unit.name} (${code}) was merged into ${merged.name} (${merged.eff_unit}); its dossiers count for ${merged.eff_unit}`,
			404
		);
	const window = resolveWindow(q);
	const [s, path] = await Promise.all([
		summary(store, unit, window),
		store.all<UnitRef>(
			`SELECT u.code, u.name, u.kind, u.parent, u.root, u.depth FROM unit_tree t JOIN units u ON u.code = t.ancestor
			 WHERE t.unit = $1 ORDER BY t.depth DESC`,
			[code]
		)
	]);
	return { window, unit, path, ...s };
}

/** The whole country. */
export async function nationalReuse(store: Store, q: Query): Promise<ReuseSummary & { window: Window }> {
	const window = resolveWindow(q);
	return { window, ...(await summary(store, NATIONAL_CODE, window)) };
}

export interface ReuseTrendPoint {
	month: string;
	vi: string;
	en: string;
	provisional: boolean;
	counts: ReuseCounts;
	rates: ReuseRates;
}

/**
 * The last 12 months up to T, month by month, for a unit or the whole country ('VN'); each month counts the dossiers
 * received in it by T (the month of T is provisional).
 */
export async function reuseTrend(store: Store, code: string, window: Window, count = 12): Promise<ReuseTrendPoint[]> {
	let unit: UnitRef | typeof NATIONAL_CODE = NATIONAL_CODE;
	if (code !== NATIONAL_CODE) {
		const u = await unitRef(store, code);
		if (!u) return [];
		unit = u;
	}
	// T may be the (exclusive) end of the period: the last month is the one of the instant just before.
	const months = lastMonths(window.T, count).map((m) => {
		const [y, mo] = m.split('-').map(Number);
		return monthPeriod(y, mo);
	});
	const byMonth = await reuseByMonth(store, groupingOf(unit), {
		start: months[0].start,
		end: months.at(-1)!.end,
		T: window.T
	});
	return months.map((p) => {
		const c = byMonth.get(p.key) ?? { ...ZERO };
		return { month: p.key, vi: p.vi, en: p.en, provisional: window.T < p.end, counts: c, rates: reuseRates(c) };
	});
}
