import type { Store } from '../store/db';
import type { Window } from '../index/service';
import { timeliness, lit } from '../index/timeliness';
import { todayStart } from '../feed/status';

export interface NationalTiles {
	received: number;
	online: number;
	onTime: number;
	reuse: number;
	eventsToday: number;
	lastEventAt: Date | null;
}

/** The headline figures of the whole country for a window, and today's activity. Aggregates only: public. */
export async function nationalTiles(store: Store, w: Window): Promise<NationalTiles> {
	const tl = timeliness(w.T);
	const [d, e] = await Promise.all([
		store.one<{ received: number; online: number; on_time: number; reuse: number }>(
			`SELECT count(*) AS received, count(*) FILTER (WHERE d.channel = 'online') AS online,
				count(*) FILTER (WHERE (${tl.status}) IN ('on_time', 'in_time')) AS on_time,
				count(*) FILTER (WHERE d.n_from_data > 0) AS reuse
			 FROM dossiers d
			 WHERE d.root IS NOT NULL AND d.received_at >= ${lit(w.period.start)} AND d.received_at < ${lit(w.period.end)} AND d.received_at <= ${lit(w.T)}`
		),
		store.one<{ today: number; last: Date | null }>(
			`SELECT count(*) FILTER (WHERE occurred_at >= $1::TIMESTAMPTZ) AS today, max(arrived_at) AS last FROM events WHERE occurred_at >= $1::TIMESTAMPTZ - INTERVAL 1 DAY`,
			[todayStart().toISOString()]
		)
	]);
	return {
		received: d?.received ?? 0,
		online: d?.online ?? 0,
		onTime: d?.on_time ?? 0,
		reuse: d?.reuse ?? 0,
		eventsToday: e?.today ?? 0,
		lastEventAt: e?.last ?? null
	};
}
