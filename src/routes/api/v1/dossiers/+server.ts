import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '$lib/server/app';
import { listDossiers, parseDossierQuery } from '$lib/server/read/dossiers';
import { windowJson, errorJson } from '$lib/server/index/json';
import { dossierApiViewer, actorOf } from '$lib/server/auth/guard';
import { audit } from '$lib/server/auth/audit';

/**
 * GET /api/v1/dossiers?unit=&procedure=&status=&channel=&period=&asOf=&rescheduled=1&apology=1&reuse=&officer=
 * &department=&q=&sort=&dir=&page=&size= — one page of the viewer's dossiers, judged at the evaluation time.
 */
export const GET: RequestHandler = async (event) => {
	const viewer = dossierApiViewer(event);
	if (viewer instanceof Response) return viewer;
	const { store } = await getApp();
	try {
		const { filter, sort, page, size } = parseDossierQuery(event.url.searchParams);
		const r = await listDossiers(store, viewer, filter, sort, page, size);
		if (viewer.personal && r.rows.some((x) => x.applicant_name))
			await audit(store, actorOf(event), {
				action: 'view_personal',
				target: 'dossiers',
				filters: Object.fromEntries(event.url.searchParams)
			});
		return json({ ...windowJson(r.window), page, size, sort: sort.by, dir: sort.dir, total: r.total, rows: r.rows });
	} catch (e) {
		return errorJson(e);
	}
};
