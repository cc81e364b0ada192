import { json, error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '$lib/server/app';
import { feedReader } from '$lib/server/auth/feedreader';

/** One ingest call's result; a feed token sees its own source's batches only (another's answers 404). */
export const GET: RequestHandler = async (event) => {
	const reader = await feedReader(event);
	if (reader instanceof Response) return reader;
	const { params } = event;
	if (!/^\d+$/.test(params.id)) error(400, 'batch id must be a number');
	const { store } = await getApp();
	const b = await store.one<{ source: string }>('SELECT * FROM ingest_batches WHERE id = $1', [Number(params.id)]);
	if (!b || (reader.source !== null && b.source !== reader.source)) error(404, `no batch ${params.id}`);
	return json(b);
};
