import type { RequestHandler } from './$types';
import { getApp } from '$lib/server/app';
import { changeStream } from '$lib/server/live';

export const GET: RequestHandler = async () => {
	const { store, warmer } = await getApp();
	return changeStream(store, 1000, warmer);
};
