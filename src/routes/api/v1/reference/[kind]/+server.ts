import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { ingestRequest } from '$lib/server/feed/http';
import { REFERENCE_KINDS, type ReferenceKind } from '$lib/server/feed/spec';

export const POST: RequestHandler = ({ request, params }) => {
	if (!(REFERENCE_KINDS as readonly string[]).includes(params.kind))
		return json({ error: `unknown reference "${params.kind}": use one of ${REFERENCE_KINDS.join(', ')}` }, { status: 404 });
	return ingestRequest(request, params.kind as ReferenceKind, request.headers.get('x-feed-source') ?? 'http');
};
