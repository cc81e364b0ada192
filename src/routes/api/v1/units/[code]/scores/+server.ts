import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '$lib/server/app';
import { scorecard } from '$lib/server/index/service';
import { scorecardJson, errorJson } from '$lib/server/index/json';

/** GET /api/v1/units/{code}/scores?period=…&asOf=… — every metric with its numbers. */
export const GET: RequestHandler = async ({ url, params }) => {
	const { store } = await getApp();
	try {
		const s = await scorecard(store, params.code, { period: url.searchParams.get('period'), asOf: url.searchParams.get('asOf') });
		return json(scorecardJson(s));
	} catch (e) {
		return errorJson(e);
	}
};
