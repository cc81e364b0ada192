import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '$lib/server/app';
import { officials } from '$lib/server/read/officials';
import { errorJson, windowJson } from '$lib/server/index/json';
import { dossierApiViewer } from '$lib/server/auth/guard';

/** GET /api/v1/officials?unit=CODE&period=…&asOf=… — officials and departments holding the unit's dossiers. */
export const GET: RequestHandler = async (event) => {
	// Officials' names and what they hold are dossier-level data: signed-in accounts, within their scope.
	const viewer = dossierApiViewer(event);
	if (viewer instanceof Response) return viewer;
	const { store } = await getApp();
	const p = event.url.searchParams;
	try {
		const r = await officials(store, viewer, { unit: p.get('unit'), period: p.get('period'), asOf: p.get('asOf') });
		return json({
			unit: { code: r.unit.code, name: r.unit.name, kind: r.unit.kind },
			...windowJson(r.window),
			officials: r.officials,
			departments: r.departments
		});
	} catch (e) {
		return errorJson(e);
	}
};
