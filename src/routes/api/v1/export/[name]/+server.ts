import type { RequestHandler } from './$types';
import { getApp } from '$lib/server/app';
import { exportCsv } from '$lib/server/export';
import { errorJson } from '$lib/server/index/json';
import { dossierApiViewer, actorOf } from '$lib/server/auth/guard';
import { audit } from '$lib/server/auth/audit';

/** Exports that list dossiers: signed-in readers only, within their scope. The others are public scores. */
const DOSSIER_EXPORTS = new Set(['dossiers.csv', 'violations.csv']);

/** GET /api/v1/export/{ranking|scorecard|procedures|trend|dossiers|violations|reuse|reuse-procedures}.csv?…&lang=vi|en — UTF-8 with BOM. */
export const GET: RequestHandler = async (event) => {
	const { params, url } = event;
	let viewer = event.locals.viewer;
	if (DOSSIER_EXPORTS.has(params.name)) {
		const v = dossierApiViewer(event);
		if (v instanceof Response) return v;
		viewer = v;
	}
	const { store } = await getApp();
	const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'vi';
	try {
		const response = await exportCsv(store, viewer, params.name, url.searchParams, lang);
		await audit(store, actorOf(event), { action: 'export', target: params.name, filters: Object.fromEntries(url.searchParams) });
		return response;
	} catch (e) {
		return errorJson(e);
	}
};
