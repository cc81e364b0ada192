import type { PageServerLoad } from './$types';
import { getApp } from '$lib/server/app';
import { rootActivity, recentBatches, recentRejections } from '$lib/server/feed/status';

export const load: PageServerLoad = async () => {
	const { store } = await getApp();
	const [roots, batches, rejections] = await Promise.all([rootActivity(store), recentBatches(store), recentRejections(store)]);
	return { roots, batches, rejections, at: new Date() };
};
