import type { RequestHandler } from './$types';
import { ingestDvcqgRequest } from '$lib/server/dvcqg/http';
import { authenticateFeed } from '$lib/server/auth/tokens';

/**
 * The national portal's own sync records (HoSoDongBoDVC): a JSON array, one record, or NDJSON; gzip accepted.
 * Needs a feed token; records for units outside the token's are rejected and quarantined.
 */
export const POST: RequestHandler = async ({ request }) => {
	const auth = await authenticateFeed(request);
	if (auth instanceof Response) return auth;
	return ingestDvcqgRequest(request, auth);
};
