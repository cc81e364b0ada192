import type { Store } from '../store/db';
import { countMetrics, NATIONAL_CODE, type Grouping } from './counts';
import { evaluate, unitRef, countWindow } from './service';
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

/**
 * The last `count` months up to the month of `at`, oldest first (YYYY-MM). `at` is an evaluation time, which for a
 * finished period is the first instant after it: that instant belongs to the period before.
 */
export function lastMonths(at: Date, count: number): string[] {
	const [y, m] = localDay(new Date(at.getTime() - 1))
		.split('-')
		.map(Number);
	const out: string[] = [];
	for (let i = count - 1; i >= 0; i--) {
		const k = y * 12 + (m - 1) - i;
		out.push(`${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`);
	}
	return out;
}

/**
 * The index of one unit (or the whole country, code 'VN') month by month, each month evaluated at its end (or now,
 * for the current month), all months counted in one query. Kept a few seconds.
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
	const windows = months
		.map((m) => {
			const [y, mo] = m.split('-').map(Number);
			const p = monthPeriod(y, mo);
			const T = p.end < now ? p.end : now;
			return { ...countWindow(m, p, T, cal, method), period: p };
		})
		.filter((w) => w.start < now);
	if (!windows.length) return [];
	const bucket = Math.floor(now.getTime() / 5000);
	return memo(store, `trend|${method.version}|${code}|${months.join(',')}|${bucket}`, 5_000, async () => {
		const counts = await countMetrics(store, grouping, windows, method.settings, new Map([[code, root]]));
		return windows.map((w) => {
			const e = evaluate(method, counts.get(w.key)?.get(code) ?? {});
			return {
				month: w.key,
				vi: w.period.vi,
				en: w.period.en,
				total: e.total,
				groups: e.groups,
				received: e.counts.RECEIVED?.num ?? 0,
				provisional: w.T < w.end
			};
		});
	});
}
