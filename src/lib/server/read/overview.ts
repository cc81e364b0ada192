import type { Store } from '../store/db';
import { countWindow, type Window } from '../index/service';
import { countMetrics, NATIONAL_CODE } from '../index/counts';
import { loadMethod, loadCalendarObject } from '../settings/settings';
import { todayStart } from '../feed/status';

export interface NationalTiles {
	received: number;
	online: number;
	onTime: number;
	reuse: number;
	eventsToday: number;
	lastEventAt: Date | null;
}

/**
 * The headline figures of the whole country for a window (counted like the index, so from its rollups), and
 * today's activity. Aggregates only: public.
 */
export async function nationalTiles(store: Store, w: Window): Promise<NationalTiles> {
	const method = await loadMethod(store);
	const cal = await loadCalendarObject(store);
	const [counts, e] = await Promise.all([
		countMetrics(
			store,
			{ by: 'all', codes: [NATIONAL_CODE] },
			[countWindow('now', w.period, w.T, cal, method)],
			method.settings,
			new Map([[NATIONAL_CODE, NATIONAL_CODE]])
		),
		store.one<{ today: number; last: Date | null }>(
			`SELECT count(*) FILTER (WHERE occurred_at >= $1::TIMESTAMPTZ) AS today, max(arrived_at) AS last FROM events WHERE occurred_at >= $1::TIMESTAMPTZ - INTERVAL 1 DAY`,
			[todayStart().toISOString()]
		)
	]);
	const c = counts.get('now')?.get(NATIONAL_CODE);
	return {
		received: c?.RECEIVED.num ?? 0,
		online: c?.ONLINE_DOSSIERS.num ?? 0,
		onTime: c?.ON_TIME.num ?? 0,
		reuse: c?.FROM_DATA.num ?? 0,
		eventsToday: e?.today ?? 0,
		lastEventAt: e?.last ?? null
	};
}
