import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '$lib/server/app';
import { getDossier } from '$lib/server/read/dossiers';
import { errorJson } from '$lib/server/index/json';

/**
 * GET /api/v1/dossiers/{code}?asOf=… — one dossier with its events, holders, due dates and components, its status
 * judged at asOf (default now). 404 when it does not exist or lies outside the viewer's scope (the same answer).
 */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const { store } = await getApp();
	try {
		const d = await getDossier(store, locals.viewer, params.code, url.searchParams.get('asOf'));
		if (!d) return json({ error: `no dossier with code "${params.code}"`, param: 'code' }, { status: 404 });
		return json(d);
	} catch (e) {
		return errorJson(e);
	}
};
