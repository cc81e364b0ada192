import type { RequestHandler } from './$types';
import { getApp } from '$lib/server/app';
import { exportCsv } from '$lib/server/export';
import { errorJson } from '$lib/server/index/json';

/** GET /api/v1/export/{ranking|scorecard|procedures|trend|dossiers|violations|reuse|reuse-procedures}.csv?…&lang=vi|en — UTF-8 with BOM. */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const { store } = await getApp();
	const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'vi';
	try {
		return await exportCsv(store, locals.viewer, params.name, url.searchParams, lang);
	} catch (e) {
		return errorJson(e);
	}
};
