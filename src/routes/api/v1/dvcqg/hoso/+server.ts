import type { RequestHandler } from './$types';
import { ingestDvcqgRequest } from '$lib/server/dvcqg/http';

/** The national portal's own sync records (HoSoDongBoDVC): a JSON array, one record, or NDJSON; gzip accepted. */
export const POST: RequestHandler = ({ request }) => ingestDvcqgRequest(request, request.headers.get('x-feed-source') ?? 'http');
