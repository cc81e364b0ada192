import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '$lib/server/app';
import { adminApi } from '$lib/server/auth/guard';
import { listUsers } from '$lib/server/auth/users';

/** GET /api/v1/admin/users — accounts without their password hashes; administrators only. */
export const GET: RequestHandler = async (event) => {
	const refused = adminApi(event);
	if (refused) return refused;
	const { store } = await getApp();
	return json({ users: await listUsers(store) });
};
