import type { Store } from '../store/db';

/**
 * A small memo for computed views. A result is reused while the data has not changed (the store's version is part
 * of the key) and for at most `ttlMs` (views evaluated "now" move with the clock), so a page opened by many leaders
 * at once costs one computation; concurrent callers of the same key share the one in flight.
 *
 * Pages may also take the last result computed for the same view, whatever the version, if it is at most
 * `staleMs` old (`recentOk`): with events arriving every second the version always moves, and a leader should not
 * wait for a computation the background warmer (warm.ts) is already doing. The result says when it was computed.
 */
const entries = new Map<string, { at: number; value: Promise<unknown>; done: boolean }>();
const latest = new Map<string, { at: number; value: unknown }>();
const MAX = 500;

export interface MemoOptions {
	/** Accept the last result of this view computed within this many milliseconds, while a fresh one is computed. */
	staleMs?: number;
}

export function memo<T>(store: Store, name: string, ttlMs: number, fn: () => Promise<T>, opts: MemoOptions = {}): Promise<T> {
	const key = `${store.file}|${store.version}|${name}`;
	const now = Date.now();
	let entry = entries.get(key);
	if (entry && now - entry.at < ttlMs) {
		if (entry.done || !opts.staleMs) return entry.value as Promise<T>;
	} else {
		const e = { at: now, value: fn() as Promise<unknown>, done: false };
		entry = e;
		entries.set(key, e);
		e.value.then(
			(v) => {
				e.done = true;
				latest.set(`${store.file}|${name}`, { at: e.at, value: v });
			},
			() => entries.delete(key)
		);
		if (entries.size > MAX) {
			const oldest = [...entries.entries()].sort((a, b) => a[1].at - b[1].at).slice(0, entries.size - MAX);
			for (const [k] of oldest) entries.delete(k);
		}
		if (latest.size > MAX) latest.delete(latest.keys().next().value!);
	}
	const recent = opts.staleMs ? latest.get(`${store.file}|${name}`) : undefined;
	if (recent && now - recent.at < opts.staleMs!) {
		// The fresh computation goes on in the background and serves the next reader.
		entry.value.catch(() => undefined);
		return Promise.resolve(recent.value as T);
	}
	return entry.value as Promise<T>;
}

export function clearMemo(): void {
	entries.clear();
	latest.clear();
}
