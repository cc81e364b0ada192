import type { Store } from '../store/db';

/**
 * A small memo for computed views. A result is reused while the data has not changed (the store's version is part
 * of the key) and for at most `ttlMs` (views evaluated "now" move with the clock), so a page opened by many leaders
 * at once costs one computation; concurrent callers of the same key share the one in flight.
 */
const entries = new Map<string, { at: number; value: Promise<unknown> }>();
const MAX = 500;

export function memo<T>(store: Store, name: string, ttlMs: number, fn: () => Promise<T>): Promise<T> {
	const key = `${store.file}|${store.version}|${name}`;
	const now = Date.now();
	const hit = entries.get(key);
	if (hit && now - hit.at < ttlMs) return hit.value as Promise<T>;
	const value = fn();
	entries.set(key, { at: now, value });
	value.catch(() => entries.delete(key));
	if (entries.size > MAX) {
		const oldest = [...entries.entries()].sort((a, b) => a[1].at - b[1].at).slice(0, entries.size - MAX);
		for (const [k] of oldest) entries.delete(k);
	}
	return value;
}

export function clearMemo(): void {
	entries.clear();
}
