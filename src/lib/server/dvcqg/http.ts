import { json } from '@sveltejs/kit';
import type { FeedAuth } from '../auth/tokens';
import { getApp } from '../app';
import { readBody, CHUNK } from './body';
import { ingestDvcqg, type DvcqgReport } from './ingest';

/**
 * POST of portal sync records. Answers as the national portal does — HTTP 200 with `error_code` "0" when every
 * record was taken, "-1" and a message otherwise — plus the report of each record. HTTP 400 only for a body that is
 * not JSON or NDJSON at all. The answer comes after every accepted record is committed.
 */
export async function ingestDvcqgRequest(request: Request, auth: FeedAuth): Promise<Response> {
	if (!request.body) return json({ error_code: '-1', message: 'Không có dữ liệu', error: 'empty body' }, { status: 400 });
	const { store, deriver } = await getApp();
	let body;
	try {
		body = await readBody(request.body as unknown as AsyncIterable<Uint8Array>);
	} catch (e) {
		body = { error: `the body could not be read: ${(e as Error).message}` };
	}
	if ('error' in body)
		return json({ error_code: '-1', message: 'Dữ liệu không đúng định dạng', error: body.error }, { status: 400 });
	let report: DvcqgReport;
	try {
		report = await ingestDvcqg(
			store,
			(async function* () {
				for (let i = 0; i < body.records.length; i += CHUNK) yield body.records.slice(i, i + CHUNK);
			})(),
			{ source: auth.source, allowedUnits: auth.allowedUnits, origin: 'http', deriveEvery: 0 }
		);
	} catch (e) {
		return json(
			{
				error_code: '-1',
				message: 'Lỗi hệ thống, gửi lại sau',
				error: `ingest failed: ${(e as Error).message}. Resending the same records is safe.`
			},
			{ status: 500 }
		);
	} finally {
		deriver.poke();
	}
	return json(report);
}
