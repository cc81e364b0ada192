import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '$lib/server/app';
import { ranking } from '$lib/server/index/service';
import { rankingJson, errorJson } from '$lib/server/index/json';

/** GET /api/v1/scores?level=province|ministry|children&parent=CODE&kind=agency|commune&period=…&asOf=… */
export const GET: RequestHandler = async ({ url }) => {
	const { store } = await getApp();
	const p = url.searchParams;
	try {
		const r = await ranking(store, p.get('level') ?? 'province', p.get('parent'), {
			period: p.get('period'),
			asOf: p.get('asOf'),
			kind: p.get('kind')
		});
		return json(rankingJson(r));
	} catch (e) {
		return errorJson(e);
	}
};
