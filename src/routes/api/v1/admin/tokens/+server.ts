import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '$lib/server/app';
import { adminApi } from '$lib/server/auth/guard';
import { listFeedTokens } from '$lib/server/auth/tokens';

/** GET /api/v1/admin/tokens — feed tokens (never their secrets); administrators only. */
export const GET: RequestHandler = async (event) => {
	const refused = adminApi(event);
	if (refused) return refused;
	const { store } = await getApp();
	return json({ tokens: await listFeedTokens(store) });
};
