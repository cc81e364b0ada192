import type { Store } from '../store/db';
import { method, type Method, type MetricOverride, type MethodSettings } from '../index/catalogue';
import { Calendar, type CalendarException } from '../calendar/calendar';

/** Run-time settings kept in the database: metric overrides ('metrics') and method parameters ('method'). */
export async function getSetting<T>(store: Store, key: string): Promise<T | undefined> {
	const r = await store.one<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]);
	return r ? (JSON.parse(r.value) as T) : undefined;
}

export async function setSetting(store: Store, key: string, value: unknown, by: string | null = null): Promise<void> {
	await store.write((c) =>
		c.run(
			`INSERT INTO settings (key, value, updated_at, updated_by) VALUES ($1, $2::JSON, now(), $3)
			 ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
			[key, JSON.stringify(value), by]
		)
	);
	store.changed('settings');
}

/** The catalogue with the administrator's overrides; cached until a setting changes. */
export async function loadMethod(store: Store): Promise<Method> {
	const cached = methodCache.get(store);
	if (cached && cached.version === settingsVersion(store)) return cached.method;
	const rows = await store.all<{ key: string; value: string; updated_at: Date }>(
		`SELECT key, value, updated_at FROM settings WHERE key IN ('metrics', 'method')`
	);
	const get = (k: string) => rows.find((r) => r.key === k);
	const stamp = rows.length
		? rows
				.map((r) => r.updated_at.toISOString().slice(0, 19))
				.sort()
				.at(-1)!
				.replace(/[-:T]/g, '')
		: '';
	const m = method(
		get('metrics') ? (JSON.parse(get('metrics')!.value) as Record<string, MetricOverride>) : {},
		get('method') ? (JSON.parse(get('method')!.value) as Partial<MethodSettings>) : {},
		stamp
	);
	methodCache.set(store, { version: settingsVersion(store), method: m });
	return m;
}

const methodCache = new WeakMap<Store, { version: number; method: Method }>();
const settingsVersions = new WeakMap<Store, number>();
function settingsVersion(store: Store): number {
	if (!settingsVersions.has(store)) {
		settingsVersions.set(store, 0);
		store.onChange((_v, what) => {
			if (what === 'settings' || what === 'calendar') settingsVersions.set(store, (settingsVersions.get(store) ?? 0) + 1);
		});
	}
	return settingsVersions.get(store)!;
}

/** The working-day calendar as loaded in the database. */
export async function loadCalendarObject(store: Store): Promise<Calendar> {
	const cached = calendarCache.get(store);
	if (cached && cached.version === settingsVersion(store)) return cached.calendar;
	const rows = await store.all<{ day: Date; working: boolean; name: string }>(
		'SELECT day, working, name FROM calendar_exceptions'
	);
	const cal = new Calendar(
		rows.map((r) => ({ day: r.day.toISOString().slice(0, 10), working: r.working, name: r.name }) satisfies CalendarException)
	);
	calendarCache.set(store, { version: settingsVersion(store), calendar: cal });
	return cal;
}
const calendarCache = new WeakMap<Store, { version: number; calendar: Calendar }>();
