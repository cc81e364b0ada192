import type { Store } from '../store/db';
import { countMetrics, NATIONAL_CODE, type Grouping } from './counts';
import { evaluate, unitRef } from './service';
import { month as monthPeriod, localDay } from './period';
import { loadMethod, loadCalendarObject } from '../settings/settings';
import { memo } from './cache';
import type { GroupScore } from './score';

export interface TrendPoint {
	month: string;
	vi: string;
	en: string;
	total: number;
	groups: GroupScore[];
	received: number;
	provisional: boolean;
}

/** The last `count` months up to the month of `at`, oldest first (YYYY-MM). */
export function lastMonths(at: Date, count: number): string[] {
	const [y, m] = localDay(at).split('-').map(Number);
	const out: string[] = [];
	for (let i = count - 1; i >= 0; i--) {
		const k = y * 12 + (m - 1) - i;
		out.push(`${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`);
	}
	return out;
}

/**
 * The index of one unit (or the whole country, code 'VN') month by month, each month evaluated at its end (or now,
 * for the current month). Past months are kept a minute, the current one a few seconds.
 */
export async function monthlyTrend(store: Store, code: string, months: string[], now = new Date()): Promise<TrendPoint[]> {
	const method = await loadMethod(store);
	const cal = await loadCalendarObject(store);
	let grouping: Grouping;
	let root = code;
	if (code === NATIONAL_CODE) grouping = { by: 'all', codes: [NATIONAL_CODE] };
	else {
		const u = await unitRef(store, code);
		if (!u) return [];
		root = u.root;
		grouping = u.depth === 0 ? { by: 'root', codes: [code] } : { by: 'subtree', codes: [code] };
	}
	const points: TrendPoint[] = [];
	for (const m of months) {
		const [y, mo] = m.split('-').map(Number);
		const p = monthPeriod(y, mo);
		if (p.start > now) continue;
		const T = p.end < now ? p.end : now;
		const current = T === now;
		const point = await memo(
			`trend|${method.version}|${code}|${m}|${current ? Math.floor(now.getTime() / 5000) : 'final'}`,
			current ? 5_000 : 60_000,
			async () => {
				const w = { start: p.start, end: p.end, T, soon: cal.addWorkingHours(T, method.settings.dueSoonHours) };
				const counts = await countMetrics(store, grouping, w, method.settings, new Map([[code, root]]));
				const e = evaluate(method, counts.get(code) ?? {});
				return {
					month: m,
					vi: p.vi,
					en: p.en,
					total: e.total,
					groups: e.groups,
					received: e.counts.RECEIVED?.num ?? 0,
					provisional: current
				};
			}
		);
		points.push(point);
	}
	return points;
}
