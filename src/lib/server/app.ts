import path from 'node:path';
import { Store } from './store/db';
import { Deriver } from './state/deriver';
import { Warmer } from './index/warm';
import { loadCalendar } from './calendar/store';
import { CALENDAR_EXCEPTIONS } from './reference/holidays';

/**
 * The server's single instance of everything stateful: the store, the background deriver that folds newly
 * accepted events into dossier state, and the warmer that computes the default overview ahead of readers. Opened
 * once (hooks.server.ts `init`), closed on shutdown.
 */
export interface App {
	store: Store;
	deriver: Deriver;
	warmer: Warmer;
	startedAt: Date;
}

export function dbPath(): string {
	return path.resolve(process.env.CHISO_DB ?? 'data/chiso766.duckdb');
}

let app: Promise<App> | undefined;

export function getApp(): Promise<App> {
	app ??= open();
	return app;
}

async function open(): Promise<App> {
	const store = await Store.open(dbPath(), { readers: Number(process.env.CHISO_READERS ?? 3) });
	// A fresh database still needs the working-day calendar before any due date can be computed.
	const cal = await store.one<{ n: number }>('SELECT count(*) AS n FROM calendar_days');
	if (!cal?.n) await store.write((c) => loadCalendar(c, CALENDAR_EXCEPTIONS));
	const deriver = new Deriver(store);
	// Events acknowledged before a crash may not have been folded yet.
	deriver.poke();
	const warmer = new Warmer(store).start();
	const instance: App = { store, deriver, warmer, startedAt: new Date() };
	const shutdown = async () => {
		warmer.stop();
		await deriver.stop();
		await store.checkpoint().catch(() => undefined);
		await store.close();
	};
	process.once('sveltekit:shutdown', shutdown);
	return instance;
}
