import { json, error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '$lib/server/app';

export const GET: RequestHandler = async ({ params }) => {
	if (!/^\d+$/.test(params.id)) error(400, 'batch id must be a number');
	const { store } = await getApp();
	const b = await store.one('SELECT * FROM ingest_batches WHERE id = $1', [Number(params.id)]);
	if (!b) error(404, `no batch ${params.id}`);
	return json(b);
};
