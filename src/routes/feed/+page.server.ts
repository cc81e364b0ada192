import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '$lib/server/app';
import { rootActivity, recentBatches, recentRejections } from '$lib/server/feed/status';
import { signinUrl } from '$lib/server/auth/guard';

/**
 * Feed status, for signed-in accounts: national accounts see every root, the batches and the rejections; others
 * the activity of their own roots only (rejected records are not attributed to units, and may hold personal data).
 */
export const load: PageServerLoad = async (event) => {
	if (!event.locals.user) redirect(303, signinUrl(event.url));
	const viewer = event.locals.viewer;
	const { store } = await getApp();
	const units = viewer.units;
	const national = units === 'all';
	const roots =
		units === 'all'
			? null
			: new Set(
					units.length
						? (
								await store.all<{ root: string }>(
									`SELECT DISTINCT root FROM units WHERE code IN (SELECT unnest(CAST($1::JSON AS VARCHAR[])))`,
									[JSON.stringify(units)]
								)
							).map((r) => r.root)
						: []
				);
	const [activity, batches, rejections] = await Promise.all([
		rootActivity(store),
		national ? recentBatches(store) : [],
		national ? recentRejections(store) : []
	]);
	return {
		roots: roots ? activity.filter((r) => roots.has(r.code)) : activity,
		batches,
		rejections,
		national,
		feedSource: viewer.role === 'feed_source',
		at: new Date()
	};
};
