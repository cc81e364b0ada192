import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '$lib/server/app';
import { reuseRanking } from '$lib/server/reuse/service';
import { reuseRankingJson } from '$lib/server/reuse/json';
import { errorJson } from '$lib/server/index/json';

/** GET /api/v1/reuse?level=province|ministry|children&parent=CODE&kind=agency|commune&period=…&asOf=… — reuse and re-request rates, ranked. */
export const GET: RequestHandler = async ({ url }) => {
	const { store } = await getApp();
	const p = url.searchParams;
	try {
		const r = await reuseRanking(store, p.get('level') ?? 'province', p.get('parent'), {
			period: p.get('period'),
			asOf: p.get('asOf'),
			kind: p.get('kind')
		});
		return json(reuseRankingJson(r));
	} catch (e) {
		return errorJson(e);
	}
};
