import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '$lib/server/app';
import { unitReuse } from '$lib/server/reuse/service';
import { unitReuseJson } from '$lib/server/reuse/json';
import { errorJson } from '$lib/server/index/json';

/** GET /api/v1/units/{code}/reuse?period=…&asOf=… — one unit's reuse and re-request rates, by database and by procedure. */
export const GET: RequestHandler = async ({ url, params }) => {
	const { store } = await getApp();
	try {
		const u = await unitReuse(store, params.code, { period: url.searchParams.get('period'), asOf: url.searchParams.get('asOf') });
		return json(unitReuseJson(u));
	} catch (e) {
		return errorJson(e);
	}
};
