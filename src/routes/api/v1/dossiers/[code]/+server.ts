import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '$lib/server/app';
import { getDossier } from '$lib/server/read/dossiers';
import { errorJson } from '$lib/server/index/json';
import { dossierApiViewer, actorOf } from '$lib/server/auth/guard';
import { audit } from '$lib/server/auth/audit';

const PERSONAL = ['applicant_name', 'applicant_id_number', 'applicant_phone', 'applicant_email'];

/**
 * GET /api/v1/dossiers/{code}?asOf=… — one dossier with its events, holders, due dates and components, its status
 * judged at asOf (default now). 404 when it does not exist or lies outside the viewer's scope (the same answer).
 */
export const GET: RequestHandler = async (event) => {
	const viewer = dossierApiViewer(event);
	if (viewer instanceof Response) return viewer;
	const { params, url } = event;
	const { store } = await getApp();
	try {
		const d = await getDossier(store, viewer, params.code, url.searchParams.get('asOf'));
		if (!d) return json({ error: `no dossier with code "${params.code}"`, param: 'code' }, { status: 404 });
		if (viewer.personal && PERSONAL.some((k) => d.dossier[k] != null))
			await audit(store, actorOf(event), {
				action: 'view_personal',
				target: params.code,
				filters: Object.fromEntries(url.searchParams)
			});
		return json(d);
	} catch (e) {
		return errorJson(e);
	}
};
