import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '$lib/server/app';
import { InputError, childrenOf } from '$lib/server/index/service';
import { NATIONAL_CODE } from '$lib/server/index/counts';
import { cachedReuseRanking, cachedUnitReuse, cachedNationalReuse, cachedReuseTrend } from '$lib/server/reuse/views';
import { listViolations, parseViolationQuery } from '$lib/server/reuse/violations';
import { reuseRates } from '$lib/server/reuse/rates';
import type { ProcedureReuse } from '$lib/server/reuse/counts';

/** Procedures shown on the page; the CSV file has all of them. */
const PROCEDURES_SHOWN = 15;

const withRates = (rows: ProcedureReuse[]) => rows.map((p) => ({ ...p, rates: reuseRates(p) }));

export const load: PageServerLoad = async ({ url, locals }) => {
	const { store } = await getApp();
	const p = url.searchParams;
	const q = { period: p.get('period'), asOf: p.get('asOf') };
	const unit = p.get('unit');
	try {
		if (!unit) {
			const [national, provinces, ministries] = await Promise.all([
				cachedNationalReuse(store, q),
				cachedReuseRanking(store, 'province', null, q),
				cachedReuseRanking(store, 'ministry', null, q)
			]);
			const trend = await cachedReuseTrend(store, NATIONAL_CODE, q, national.window);
			const { byProcedure, ...rest } = national;
			return {
				ok: true as const,
				mode: 'national' as const,
				period: national.window.period.key,
				asOf: q.asOf,
				at: new Date(),
				...rest,
				procedures: withRates(byProcedure.filter((x) => x.rerequested > 0).slice(0, PROCEDURES_SHOWN)),
				proceduresWithViolations: byProcedure.filter((x) => x.rerequested > 0).length,
				provinces: provinces.rows,
				ministries: ministries.rows,
				trend
			};
		}
		const u = await cachedUnitReuse(store, unit, q);
		const { filter, page, size } = parseViolationQuery(p);
		const kinds = [...new Set((await childrenOf(store, u.unit.code)).map((c) => c.kind))];
		const [children, trend, violations] = await Promise.all([
			Promise.all(kinds.map((kind) => cachedReuseRanking(store, 'children', u.unit.code, { ...q, kind }))),
			cachedReuseTrend(store, u.unit.code, q, u.window),
			// Dossier-level: through the viewer's scope; a unit outside it shows its rates but not its dossiers.
			listViolations(store, locals.viewer, filter, page, size).catch((e) => {
				if (e instanceof InputError && e.status === 404 && e.param === 'unit') return null;
				throw e;
			})
		]);
		const { byProcedure, ...rest } = u;
		return {
			ok: true as const,
			mode: 'unit' as const,
			period: u.window.period.key,
			asOf: q.asOf,
			at: new Date(),
			...rest,
			procedures: withRates(byProcedure.slice(0, PROCEDURES_SHOWN)),
			proceduresWithViolations: byProcedure.filter((x) => x.rerequested > 0).length,
			// Every procedure with a violation, for the list's filter.
			violationProcedures: byProcedure.filter((x) => x.rerequested > 0).map((x) => ({ code: x.procedure, name: x.name })),
			children: children.map((r, i) => ({ kind: kinds[i], rows: r.rows })),
			trend,
			violations,
			filter
		};
	} catch (e) {
		if (e instanceof InputError) {
			if (e.status === 404) error(404, { message: e.message, param: e.param });
			// A period or date typed wrong: the page with the message and the picker to fix it.
			return { ok: false as const, problem: e.message, param: e.param, period: q.period ?? 'ytd', asOf: q.asOf, unit };
		}
		throw e;
	}
};
