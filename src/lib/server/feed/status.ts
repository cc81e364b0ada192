import type { Store } from '../store/db';

export interface RootActivity {
	code: string;
	name: string;
	kind: 'province' | 'ministry';
	dossiers: number;
	open: number;
	today: number;
	events: number;
	events_today: number;
	last_event_at: Date | null;
}

/** Today's start in Vietnam time, as an instant. */
export function todayStart(now = new Date()): Date {
	const day = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
	return new Date(`${day}T00:00:00+07:00`);
}

/** Dossiers and events per root unit (current provinces and ministries), for the feed page. */
export async function rootActivity(store: Store): Promise<RootActivity[]> {
	const today = todayStart().toISOString();
	return store.all<RootActivity>(
		`WITH d AS (
			SELECT root,
				count(*) FILTER (WHERE received_at IS NOT NULL) AS dossiers,
				count(*) FILTER (WHERE received_at IS NOT NULL AND end_at IS NULL) AS open,
				count(*) FILTER (WHERE received_at >= $1::TIMESTAMPTZ) AS today,
				sum(n_events) AS events,
				max(last_event_at) AS last_event_at
			FROM dossiers GROUP BY root
		), e AS (
			SELECT u.root, count(*) AS events_today
			FROM events ev JOIN units u ON u.code = ev.agency
			WHERE ev.arrived_at >= $1::TIMESTAMPTZ GROUP BY u.root
		)
		SELECT u.code, u.name, u.kind, coalesce(d.dossiers, 0) AS dossiers, coalesce(d.open, 0) AS open,
			coalesce(d.today, 0) AS today, coalesce(d.events, 0) AS events, coalesce(e.events_today, 0) AS events_today,
			d.last_event_at
		FROM units u LEFT JOIN d ON d.root = u.code LEFT JOIN e ON e.root = u.code
		WHERE u.current AND u.kind IN ('province', 'ministry')
		ORDER BY u.kind DESC, u.code`,
		[today]
	);
}

export async function recentBatches(store: Store, limit = 15) {
	return store.all(
		`SELECT id, kind, source, origin, started_at, finished_at, received, accepted, duplicates, rejected
		 FROM ingest_batches ORDER BY id DESC LIMIT ${limit}`
	);
}

/** Without the raw records: they can carry personal data, and the page does not show them. */
export async function recentRejections(store: Store, limit = 15) {
	return store.all(
		`SELECT seq, batch, kind, source, line_no, record_id, code, reason, received_at
		 FROM quarantine ORDER BY seq DESC LIMIT ${limit}`
	);
}
