import type { Store } from '../store/db';
import type { Query, Window } from '../index/service';
import { memo } from '../index/cache';
import { reuseRanking, unitReuse, nationalReuse, reuseTrend } from './service';

/** What the reuse page shows, computed once per few seconds for everyone who asks the same thing. */

const TTL = 5_000;
const key = (q: Query) => `${q.period ?? 'ytd'}|${q.asOf ?? 'now'}`;

export function cachedReuseRanking(
	store: Store,
	level: 'province' | 'ministry' | 'children',
	parent: string | null,
	q: Query & { kind?: string | null }
) {
	return memo(store, `reuse-ranking|${level}|${parent}|${q.kind ?? ''}|${key(q)}`, TTL, () =>
		reuseRanking(store, level, parent, q)
	);
}

export function cachedUnitReuse(store: Store, code: string, q: Query) {
	return memo(store, `reuse-unit|${code}|${key(q)}`, TTL, () => unitReuse(store, code, q));
}

export function cachedNationalReuse(store: Store, q: Query) {
	return memo(store, `reuse-national|${key(q)}`, TTL, () => nationalReuse(store, q));
}

/** `w` must be the window of `q`. */
export function cachedReuseTrend(store: Store, code: string, q: Query, w: Window) {
	return memo(store, `reuse-trend|${code}|${key(q)}`, TTL, () => reuseTrend(store, code, w));
}
