import type { Store } from '../store/db';
import { ranking, scorecard, resolveWindow, queryKey, type Query } from './service';
import { monthlyTrend, lastMonths } from './trend';
import { loadMethod } from '../settings/settings';
import { memo, type MemoOptions } from './cache';
import { nationalTiles } from '../read/overview';
import { NATIONAL_CODE } from './counts';

/** What the pages show, computed once per few seconds for everyone who asks the same thing. */

const TTL = 5_000;
/** How old a page's view may be while a fresh one is computed (cache.ts). */
export const PAGE_STALE_MS = 15_000;

export function cachedRanking(
	store: Store,
	level: 'province' | 'ministry' | 'children',
	parent: string | null,
	q: Query & { kind?: string | null },
	opts: MemoOptions = {}
) {
	return memo(
		store,
		`ranking|${level}|${parent}|${q.kind ?? ''}|${queryKey(q)}`,
		TTL,
		() => ranking(store, level, parent, q),
		opts
	);
}

export function cachedScorecard(store: Store, code: string, q: Query, opts: MemoOptions = {}) {
	return memo(store, `scorecard|${code}|${queryKey(q)}`, TTL, () => scorecard(store, code, q), opts);
}

/** The meta-data pages need to draw groups, maxima and colour bands. */
export async function methodView(store: Store) {
	const m = await loadMethod(store);
	return {
		version: m.version,
		groups: m.groups.map((g) => ({
			code: g.code,
			vi: g.vi,
			en: g.en,
			short_vi: g.short_vi,
			short_en: g.short_en,
			points: g.points,
			five: g.five
		})),
		bands: m.settings.bands,
		dueSoonHours: m.settings.dueSoonHours
	};
}

/**
 * Everything the overview shows, as one view with the time it was computed. The default view is kept warm in the
 * background (warm.ts); a page takes a result up to PAGE_STALE_MS old rather than wait.
 */
export function overview(store: Store, q: Query, trendUnit: string | null, opts: MemoOptions = {}) {
	const window = resolveWindow(q); // a wrong period or date fails here, before anything is cached
	return memo(store, `overview|${trendUnit}|${queryKey(q)}`, TTL, () => computeOverview(store, q, trendUnit, window), opts);
}

async function computeOverview(store: Store, q: Query, trendUnit: string | null, window: ReturnType<typeof resolveWindow>) {
	const computedAt = new Date();
	const months = lastMonths(window.T, 12);
	const [provinces, ministries, tiles, method, national, unitTrend] = await Promise.all([
		cachedRanking(store, 'province', null, q),
		cachedRanking(store, 'ministry', null, q),
		memo(store, `tiles|${queryKey(q)}`, TTL, () => nationalTiles(store, window)),
		methodView(store),
		monthlyTrend(store, NATIONAL_CODE, months, q.now),
		trendUnit ? monthlyTrend(store, trendUnit, months, q.now) : Promise.resolve(null)
	]);
	return { window, computedAt, provinces, ministries, tiles, method, trend: { national, unit: unitTrend, unitCode: trendUnit } };
}
