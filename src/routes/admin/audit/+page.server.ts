import type { PageServerLoad } from './$types';
import { getApp } from '$lib/server/app';
import { adminPage } from '$lib/server/auth/guard';
import { listAudit, AUDIT_ACTIONS } from '$lib/server/auth/audit';

const PAGE = 100;

export const load: PageServerLoad = async (event) => {
	adminPage(event);
	const p = event.url.searchParams;
	const q = { action: p.get('action'), user: p.get('user'), from: p.get('from'), to: p.get('to') };
	const page = Math.max(1, Number(p.get('page') ?? 1) || 1);
	const { store } = await getApp();
	const r = await listAudit(store, q, PAGE, (page - 1) * PAGE);
	return { ...r, q, page, pageSize: PAGE, actions: AUDIT_ACTIONS };
};
