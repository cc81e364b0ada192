import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '$lib/server/app';
import { cachedRanking, cachedScorecard, methodView, PAGE_STALE_MS } from '$lib/server/index/views';
import { InputError, childrenOf } from '$lib/server/index/service';
import { monthlyTrend, lastMonths } from '$lib/server/index/trend';
import { procedureTable, statusCounts } from '$lib/server/read/dossiers';
import { memo } from '$lib/server/index/cache';

export const load: PageServerLoad = async ({ params, url }) => {
	const { store } = await getApp();
	const q = { period: url.searchParams.get('period'), asOf: url.searchParams.get('asOf') };
	let card;
	try {
		card = await cachedScorecard(store, params.code, q, { staleMs: PAGE_STALE_MS });
	} catch (e) {
		if (e instanceof InputError) {
			if (e.status === 404) error(404, { message: e.message });
			return { ok: false as const, problem: e.message, period: q.period ?? 'ytd', asOf: q.asOf, code: params.code };
		}
		throw e;
	}
	const kinds = [...new Set((await childrenOf(store, params.code)).map((c) => c.kind))];
	const [children, procedures, trend, method, statuses] = await Promise.all([
		Promise.all(kinds.map((kind) => cachedRanking(store, 'children', params.code, { ...q, kind }, { staleMs: PAGE_STALE_MS }))),
		memo(store, `procedures|${params.code}|${q.period}|${q.asOf}`, 5_000, () => procedureTable(store, params.code, card.window)),
		monthlyTrend(store, params.code, lastMonths(card.window.T, 12)),
		methodView(store),
		memo(store, `statuses|${params.code}|${q.period}|${q.asOf}`, 5_000, () => statusCounts(store, params.code, card.window))
	]);
	return {
		ok: true as const,
		period: card.window.period.key,
		asOf: q.asOf,
		at: new Date(),
		card,
		children: children.map((r, i) => ({ kind: kinds[i], rows: r.rows })),
		procedures,
		trend,
		method,
		statuses
	};
};
