import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '$lib/server/app';
import { officials } from '$lib/server/read/officials';
import { scopeCondition } from '$lib/server/read/scope';
import { InputError, childrenOf } from '$lib/server/index/service';
import { dossierPageViewer } from '$lib/server/auth/guard';

export const load: PageServerLoad = async (event) => {
	const { url } = event;
	const { store } = await getApp();
	// Officials' names and what they hold are dossier-level data: signed-in accounts, within their scope.
	const viewer = dossierPageViewer(event);
	const unit = url.searchParams.get('unit');
	const period = url.searchParams.get('period');
	const asOf = url.searchParams.get('asOf');
	if (!unit) {
		// No unit yet: the top units the viewer may see.
		const choices = await store.all<{ code: string; name: string; kind: string }>(
			viewer.units === 'all'
				? `SELECT code, name, kind FROM units WHERE current AND depth = 0 ORDER BY kind DESC, name`
				: `SELECT code, name, kind FROM units WHERE current AND ${scopeCondition(viewer, 'code')}
				   AND NOT EXISTS (SELECT 1 FROM unit_tree t WHERE t.unit = units.code AND t.depth > 0 AND ${scopeCondition(viewer, 't.ancestor')})
				   ORDER BY name`
		);
		return { ok: false as const, choices, problem: null, period: period ?? 'ytd', asOf };
	}
	try {
		const r = await officials(store, viewer, { unit, period, asOf });
		const [path, children] = await Promise.all([
			store.all<{ code: string; name: string }>(
				`SELECT u.code, u.name FROM unit_tree t JOIN units u ON u.code = t.ancestor WHERE t.unit = $1 ORDER BY t.depth DESC`,
				[unit]
			),
			childrenOf(store, unit)
		]);
		return {
			ok: true as const,
			unit: { code: r.unit.code, name: r.unit.name, kind: r.unit.kind },
			path,
			children: children.map((c) => ({ code: c.code, name: c.name, kind: c.kind })),
			window: {
				period: { key: r.window.period.key, vi: r.window.period.vi, en: r.window.period.en },
				T: r.window.T,
				provisional: r.window.provisional
			},
			officials: r.officials,
			departments: r.departments,
			period: r.window.period.key,
			asOf,
			at: new Date()
		};
	} catch (e) {
		if (e instanceof InputError) {
			if (e.status === 404) error(404, { message: e.message });
			return { ok: false as const, choices: [], problem: e.message, period: period ?? 'ytd', asOf };
		}
		throw e;
	}
};
