import type { Handle, ServerInit } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { NATIONAL } from '$lib/server/read/scope';

export const init: ServerInit = async () => {
	await getApp();
};

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A state-changing request from a browser must come from our own pages: a browser always sends Origin on such
 * requests, so a foreign Origin is refused. Machine clients (feeds with tokens) send none.
 */
function crossSite(request: Request, url: URL): boolean {
	if (SAFE.has(request.method)) return false;
	const origin = request.headers.get('origin');
	return origin !== null && origin !== url.origin;
}

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.viewer = NATIONAL;
	if (crossSite(event.request, event.url))
		return new Response(JSON.stringify({ error: 'cross-site request refused' }), {
			status: 403,
			headers: { 'content-type': 'application/json' }
		});
	return resolve(event);
};
