import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '$lib/server/app';
import { adminPage, actorOf } from '$lib/server/auth/guard';
import { audit } from '$lib/server/auth/audit';
import { getSetting, setSetting, loadMethod } from '$lib/server/settings/settings';
import { METRICS, DEFAULT_SETTINGS, type MetricOverride, type MethodSettings, type ZeroRule } from '$lib/server/index/catalogue';

export const load: PageServerLoad = async (event) => {
	adminPage(event);
	const { store } = await getApp();
	const m = await loadMethod(store);
	return {
		version: m.version,
		metrics: m.metrics.map((x) => {
			const d = METRICS.find((y) => y.code === x.code)!;
			return {
				code: x.code,
				group: x.group,
				vi: x.vi,
				en: x.en,
				points: x.points,
				target: x.target,
				zero: x.zero,
				defaults: { points: d.points, target: d.target, zero: d.zero },
				unconfirmed: !!d.unconfirmed
			};
		}),
		settings: m.settings,
		defaults: DEFAULT_SETTINGS
	};
};

const ZERO: ZeroRule[] = ['full', 'zero', 'na'];

export const actions: Actions = {
	save: async (event) => {
		adminPage(event);
		const f = await event.request.formData();
		const num = (k: string) => {
			const v = String(f.get(k) ?? '').replace(',', '.');
			return v === '' ? NaN : Number(v);
		};
		const overrides: Record<string, MetricOverride> = {};
		const problems: string[] = [];
		for (const d of METRICS) {
			const points = num(`points.${d.code}`);
			const target = num(`target.${d.code}`);
			const zero = String(f.get(`zero.${d.code}`) ?? d.zero) as ZeroRule;
			if (!(points >= 0 && points <= 100)) problems.push(`${d.code}: points 0–100`);
			if (!(target > 0 && target <= 1)) problems.push(`${d.code}: target above 0, at most 1`);
			if (!ZERO.includes(zero)) problems.push(`${d.code}: zero rule full, zero or na`);
			const o: MetricOverride = {};
			if (points !== d.points) o.points = points;
			if (target !== d.target) o.target = target;
			if (zero !== d.zero) o.zero = zero;
			if (Object.keys(o).length) overrides[d.code] = o;
		}
		const settings: MethodSettings = {
			publishLeadDays: { ministry: num('publishLeadDays.ministry'), province: num('publishLeadDays.province') },
			publicDays: { ministry: num('publicDays.ministry'), province: num('publicDays.province') },
			petitionDays: num('petitionDays'),
			dueSoonHours: num('dueSoonHours'),
			bands: { red: num('bands.red'), amber: num('bands.amber') }
		};
		for (const [k, v] of [
			['publishLeadDays.ministry', settings.publishLeadDays.ministry],
			['publishLeadDays.province', settings.publishLeadDays.province],
			['publicDays.ministry', settings.publicDays.ministry],
			['publicDays.province', settings.publicDays.province],
			['petitionDays', settings.petitionDays],
			['dueSoonHours', settings.dueSoonHours]
		] as const)
			if (!(Number.isInteger(v) && v >= 0 && v <= 365)) problems.push(`${k}: a whole number 0–365`);
		if (!(settings.bands.red > 0 && settings.bands.red < settings.bands.amber && settings.bands.amber < 1))
			problems.push('bands: 0 < red < amber < 1');
		if (problems.length) return fail(400, { problems });
		const { store } = await getApp();
		const before = {
			metrics: (await getSetting<Record<string, MetricOverride>>(store, 'metrics')) ?? {},
			method: (await getSetting<Partial<MethodSettings>>(store, 'method')) ?? {}
		};
		const by = event.locals.user!.username;
		await setSetting(store, 'metrics', overrides, by);
		await setSetting(store, 'method', settings, by);
		await audit(store, actorOf(event), {
			action: 'settings_changed',
			target: 'metrics,method',
			filters: { before, after: { metrics: overrides, method: settings } }
		});
		return { saved: true };
	}
};
