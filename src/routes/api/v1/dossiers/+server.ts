import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '$lib/server/app';
import { listDossiers, parseDossierQuery } from '$lib/server/read/dossiers';
import { windowJson, errorJson } from '$lib/server/index/json';

/**
 * GET /api/v1/dossiers?unit=&procedure=&status=&channel=&period=&asOf=&rescheduled=1&apology=1&reuse=&officer=
 * &department=&q=&sort=&dir=&page=&size= — one page of the viewer's dossiers, judged at the evaluation time.
 */
export const GET: RequestHandler = async ({ url, locals }) => {
	const { store } = await getApp();
	try {
		const { filter, sort, page, size } = parseDossierQuery(url.searchParams);
		const r = await listDossiers(store, locals.viewer, filter, sort, page, size);
		return json({ ...windowJson(r.window), page, size, sort: sort.by, dir: sort.dir, total: r.total, rows: r.rows });
	} catch (e) {
		return errorJson(e);
	}
};
