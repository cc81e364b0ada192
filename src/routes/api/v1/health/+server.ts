import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '$lib/server/app';

export const GET: RequestHandler = async () => {
	const { store, deriver, startedAt } = await getApp();
	const r = await store.one<{ events: number; dossiers: number; dirty: number }>(
		`SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM dossiers) AS dossiers,
		 (SELECT count(*) FROM dirty_dossiers) AS dirty`
	);
	return json({ ok: true, startedAt, version: store.version, ...r, deriver: deriver.lastRun, deriverError: deriver.lastError });
};
