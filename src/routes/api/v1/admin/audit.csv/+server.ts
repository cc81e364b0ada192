import type { RequestHandler } from './$types';
import { getApp } from '$lib/server/app';
import { adminApi, actorOf } from '$lib/server/auth/guard';
import { audit, auditCsvRows, AUDIT_CSV_COLUMNS } from '$lib/server/auth/audit';
import { csvResponse } from '$lib/server/export';

/** GET /api/v1/admin/audit.csv?action=&user=&from=&to= — the audit log as CSV; the export is itself audited. */
export const GET: RequestHandler = async (event) => {
	const refused = adminApi(event);
	if (refused) return refused;
	const p = event.url.searchParams;
	const q = { action: p.get('action'), user: p.get('user'), from: p.get('from'), to: p.get('to') };
	const { store } = await getApp();
	await audit(store, actorOf(event), { action: 'export', target: 'audit.csv', filters: Object.fromEntries(p) });
	return csvResponse('nhat-ky-truy-cap.csv', AUDIT_CSV_COLUMNS, auditCsvRows(store, q));
};
