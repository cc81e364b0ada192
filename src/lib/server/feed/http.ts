import { json } from '@sveltejs/kit';
import { getApp } from '../app';
import { ingest, type IngestReport } from './ingest';
import { maybeGunzip, splitLines } from './lines';
import type { FeedKind } from './spec';
import type { FeedAuth } from '../auth/tokens';

/** Lines per transaction for HTTP bodies: small enough that a large body commits as it streams. */
const HTTP_CHUNK = 50_000;

/**
 * Ingests an HTTP request body (NDJSON, optionally gzip) as it streams in. The answer comes after every accepted
 * record is committed, so a client may forget whatever it has been answered for. The feed token names the source
 * and bounds the units: a record for a unit outside them is rejected (out_of_scope) and quarantined.
 */
export async function ingestRequest(request: Request, kind: FeedKind, auth: FeedAuth): Promise<Response> {
	if (!request.body) return json({ error: 'empty body: send NDJSON, one record per line' }, { status: 400 });
	const { store, deriver } = await getApp();
	let report: IngestReport;
	try {
		report = await ingest(store, kind, splitLines(maybeGunzip(request.body as unknown as AsyncIterable<Uint8Array>)), {
			source: auth.source,
			allowedUnits: auth.allowedUnits,
			origin: 'http',
			chunkLines: HTTP_CHUNK,
			deriveEvery: 0
		});
	} catch (e) {
		const message = (e as Error).message;
		const status = /gzip|incorrect header|unexpected end/i.test(message) ? 400 : 500;
		return json(
			{
				error:
					status === 400
						? `the body could not be read: ${message}`
						: `ingest failed: ${message}. Records answered for earlier are kept; resending the whole body is safe.`
			},
			{ status }
		);
	} finally {
		if (kind === 'events') deriver.poke();
	}
	if (report.received === 0) return json({ ...report, error: 'no records in the body' }, { status: 400 });
	return json(report);
}
