import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '$lib/server/app';
import { listDossiers, parseDossierQuery } from '$lib/server/read/dossiers';
import { unitContext, unitChoices, procedureChoices, unitsNamed } from '$lib/server/read/filters';
import { InputError } from '$lib/server/index/service';
import { METRICS } from '$lib/server/index/catalogue';
import { dossierPageViewer, actorOf } from '$lib/server/auth/guard';
import { audit } from '$lib/server/auth/audit';

// Only searchParams.get() here: SvelteKit then reruns this load only when one of those parameters changes, so
// opening the drawer (?open=) does not query the list again.
export const load: PageServerLoad = async (event) => {
	const { url } = event;
	const viewer = dossierPageViewer(event);
	const { store } = await getApp();
	const p = url.searchParams;
	const unitCode = p.get('unit') || null;
	const choices = Promise.all([unitChoices(store, viewer, unitCode), procedureChoices(store)]);
	const base = { personal: viewer.personal, canExport: viewer.export };
	try {
		const { filter, sort, page, size } = parseDossierQuery(p);
		const [list, unit] = await Promise.all([
			listDossiers(store, viewer, filter, sort, page, size),
			unitCode ? unitContext(store, viewer, unitCode) : null
		]);
		const [units, procedures] = await choices;
		if (viewer.personal && list.rows.some((r) => r.applicant_name))
			await audit(store, actorOf(event), {
				action: 'view_personal',
				target: 'dossiers',
				// Untracked: reading every parameter would rerun this load when only ?open= changes.
				filters: event.untrack(() => Object.fromEntries([...url.searchParams].filter(([k]) => k !== 'open')))
			});
		const w = list.window;
		return {
			...base,
			ok: true as const,
			rows: list.rows,
			total: list.total,
			page,
			size,
			sort,
			period: w.period.key,
			window: { vi: w.period.vi, en: w.period.en, T: w.T, provisional: w.provisional },
			unit,
			units,
			procedures,
			metric: filter.metric
				? {
						code: filter.metric,
						vi: METRICS.find((m) => m.code === filter.metric)!.vi,
						en: METRICS.find((m) => m.code === filter.metric)!.en,
						side: filter.side ?? 'den'
					}
				: null
		};
	} catch (e) {
		if (!(e instanceof InputError)) throw e;
		let candidates: Awaited<ReturnType<typeof unitsNamed>> = [];
		if (e.status === 404 && e.param === 'unit' && unitCode) {
			// Not a code: perhaps a unit's name, typed rather than picked.
			candidates = await unitsNamed(store, viewer, unitCode);
			if (candidates.length === 1) {
				const to = new URL(url);
				to.searchParams.set('unit', candidates[0].code);
				to.searchParams.delete('page');
				redirect(303, to.pathname + to.search);
			}
		}
		// A unit that does not exist, or that the viewer may not see: the same 404.
		if (e.status === 404 && !candidates.length) error(404, { message: e.message, param: e.param });
		// Anything else the reader typed wrong: keep the page and its filters, say what to fix.
		const [units, procedures] = await choices;
		return {
			...base,
			ok: false as const,
			problem: e.message,
			param: e.param,
			candidates,
			period: p.get('period') || 'ytd',
			unit: null,
			units,
			procedures
		};
	}
};
