import type { Store } from '../store/db';
import { queryKey, type Query, type Window } from '../index/service';
import { memo } from '../index/cache';
import { reuseRanking, unitReuse, nationalReuse, reuseTrend } from './service';

/** What the reuse page shows, computed once per few seconds for everyone who asks the same thing. */

const TTL = 5_000;

export function cachedReuseRanking(
	store: Store,
	level: 'province' | 'ministry' | 'children',
	parent: string | null,
	q: Query & { kind?: string | null }
) {
	return memo(store, `reuse-ranking|${level}|${parent}|${q.kind ?? ''}|${queryKey(q)}`, TTL, () =>
		reuseRanking(store, level, parent, q)
	);
}

export function cachedUnitReuse(store: Store, code: string, q: Query) {
	return memo(store, `reuse-unit|${code}|${queryKey(q)}`, TTL, () => unitReuse(store, code, q));
}

export function cachedNationalReuse(store: Store, q: Query) {
	return memo(store, `reuse-national|${queryKey(q)}`, TTL, () => nationalReuse(store, q));
}

/** `w` must be the window of `q`. */
export function cachedReuseTrend(store: Store, code: string, q: Query, w: Window) {
	return memo(store, `reuse-trend|${code}|${queryKey(q)}`, TTL, () => reuseTrend(store, code, w));
}
