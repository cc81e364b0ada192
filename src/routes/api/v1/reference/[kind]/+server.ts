import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { ingestRequest } from '$lib/server/feed/http';
import { authenticateFeed } from '$lib/server/auth/tokens';
import { REFERENCE_KINDS, type ReferenceKind } from '$lib/server/feed/spec';

export const POST: RequestHandler = async ({ request, params }) => {
	const auth = await authenticateFeed(request);
	if (auth instanceof Response) return auth;
	if (!(REFERENCE_KINDS as readonly string[]).includes(params.kind))
		return json({ error: `unknown reference "${params.kind}": use one of ${REFERENCE_KINDS.join(', ')}` }, { status: 404 });
	return ingestRequest(request, params.kind as ReferenceKind, auth);
};
