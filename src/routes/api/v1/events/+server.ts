import type { RequestHandler } from './$types';
import { ingestRequest } from '$lib/server/feed/http';

/** Native dossier events, NDJSON (gzip accepted), any size: the body is read as a stream. */
export const POST: RequestHandler = ({ request }) =>
	ingestRequest(request, 'events', request.headers.get('x-feed-source') ?? 'http');
