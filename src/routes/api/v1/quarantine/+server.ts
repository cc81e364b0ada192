import { json, error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '$lib/server/app';
import { feedReader } from '$lib/server/auth/feedreader';
import { maskRaw } from '$lib/server/read/scope';

/**
 * Rejected records kept for review: GET ?batch=&kind=&code=&source=&limit=&offset=. A feed token sees its own
 * source's records as sent; a national account sees every source's, personal data masked.
 */
export const GET: RequestHandler = async (event) => {
	const reader = await feedReader(event);
	if (reader instanceof Response) return reader;
	const { url } = event;
	const { store } = await getApp();
	const where: string[] = [];
	const params: (string | number)[] = [];
	const add = (sql: string, v: string | number) => {
		params.push(v);
		where.push(sql.replace('?', `$${params.length}`));
	};
	const batch = url.searchParams.get('batch');
	if (batch !== null) {
		if (!/^\d+$/.test(batch)) error(400, 'batch must be a number');
		add('batch = ?', Number(batch));
	}
	for (const k of ['kind', 'code', 'source'] as const) {
		const v = url.searchParams.get(k);
		if (v) add(`${k} = ?`, v);
	}
	// A source's own token: its records only, whatever ?source= says.
	if (reader.source !== null) add('source = ?', reader.source);
	const limit = Math.min(1000, Number(url.searchParams.get('limit') ?? 100) || 100);
	const offset = Math.max(0, Number(url.searchParams.get('offset') ?? 0) || 0);
	const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
	const rows = await store.all<{ raw: string }>(
		`SELECT seq, batch, kind, source, origin, line_no AS line, record_id AS id, code, reason, raw, received_at
		 FROM quarantine ${cond} ORDER BY seq DESC LIMIT ${limit} OFFSET ${offset}`,
		params
	);
	if (reader.masked) for (const r of rows) r.raw = maskRaw(r.raw);
	const total = await store.one<{ n: number }>(`SELECT count(*) AS n FROM quarantine ${cond}`, params);
	return json({ total: total?.n ?? 0, limit, offset, records: rows });
};
