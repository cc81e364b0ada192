import type { PageServerLoad } from './$types';
import { getApp } from '$lib/server/app';
import { overview, PAGE_STALE_MS } from '$lib/server/index/views';
import { InputError } from '$lib/server/index/service';

export const load: PageServerLoad = async ({ url }) => {
	const { store } = await getApp();
	const period = url.searchParams.get('period');
	const asOf = url.searchParams.get('asOf');
	const trend = url.searchParams.get('trend');
	try {
		const o = await overview(store, { period, asOf }, trend, { staleMs: PAGE_STALE_MS });
		return { ok: true as const, period: o.window.period.key, asOf, at: o.computedAt, ...o };
	} catch (e) {
		// A period or date the reader typed wrong: show the page with the message and the picker to fix it.
		if (e instanceof InputError) return { ok: false as const, problem: e.message, param: e.param, period: period ?? 'ytd', asOf };
		throw e;
	}
};
