import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '$lib/server/app';
import { adminApi } from '$lib/server/auth/guard';
import { listAudit } from '$lib/server/auth/audit';

/** GET /api/v1/admin/audit?action=&user=&from=&to=&limit=&offset= — administrators only. */
export const GET: RequestHandler = async (event) => {
	const refused = adminApi(event);
	if (refused) return refused;
	const p = event.url.searchParams;
	const { store } = await getApp();
	const r = await listAudit(
		store,
		{ action: p.get('action'), user: p.get('user'), from: p.get('from'), to: p.get('to') },
		Number(p.get('limit') ?? 100) || 100,
		Number(p.get('offset') ?? 0) || 0
	);
	return json({ total: r.total, rows: r.rows.map((x) => ({ ...x, filters: x.filters ? JSON.parse(x.filters) : null })) });
};
