import type { RequestHandler } from './$types';
import { ingestRequest } from '$lib/server/feed/http';
import { authenticateFeed } from '$lib/server/auth/tokens';

/** Native dossier events, NDJSON (gzip accepted), any size: the body is read as a stream. Needs a feed token. */
export const POST: RequestHandler = async ({ request }) => {
	const auth = await authenticateFeed(request);
	if (auth instanceof Response) return auth;
	return ingestRequest(request, 'events', auth);
};
