import type { Handle, RequestEvent, ServerInit } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { ANONYMOUS, viewerOf } from '$lib/server/auth/roles';
import { readSession, clearSessionCookie, SESSION_COOKIE } from '$lib/server/auth/sessions';
import { bearerOf } from '$lib/server/auth/tokens';
import { sameSecret } from '$lib/server/auth/crypto';
import { seedDemoIfAsked } from '$lib/server/auth/demo';

export const init: ServerInit = async () => {
	const { store } = await getApp();
	await seedDemoIfAsked(store);
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

const refuse = (status: number, error: string) =>
	new Response(JSON.stringify({ error }), { status, headers: { 'content-type': 'application/json' } });

/** The CSRF token a request carries: header x-csrf-token, or the _csrf field of a form. */
async function csrfOf(request: Request): Promise<string | null> {
	const h = request.headers.get('x-csrf-token');
	if (h) return h;
	const type = request.headers.get('content-type') ?? '';
	if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return null;
	try {
		const v = (await request.clone().formData()).get('_csrf');
		return typeof v === 'string' ? v : null;
	} catch {
		return null;
	}
}

const HEADERS: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'same-origin',
	'x-frame-options': 'DENY',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
	'cross-origin-opener-policy': 'same-origin'
};

function secure(response: Response, event: RequestEvent): Response {
	try {
		for (const [k, v] of Object.entries(HEADERS)) if (!response.headers.has(k)) response.headers.set(k, v);
		// Pages and answers for a signed-in person stay out of shared caches.
		if (event.locals.user && !response.headers.has('cache-control')) response.headers.set('cache-control', 'private, no-store');
	} catch {
		/* immutable headers (a proxied fetch): leave them */
	}
	return response;
}

export const handle: Handle = async ({ event, resolve }) => {
	const { request, url, cookies } = event;
	event.locals.viewer = ANONYMOUS;
	event.locals.user = null;
	event.locals.session = null;
	if (crossSite(request, url)) return refuse(403, 'cross-site request refused');
	// Bearer requests (feeds) are authenticated by their token alone: cookies are ignored, so CSRF cannot apply.
	if (!bearerOf(request)) {
		const token = cookies.get(SESSION_COOKIE);
		if (token) {
			const { store } = await getApp();
			const s = await readSession(store, token);
			if (s) {
				event.locals.user = s.user;
				event.locals.session = s.session;
				event.locals.viewer = viewerOf(s.user);
			} else clearSessionCookie(cookies);
		}
		if (!SAFE.has(request.method) && event.locals.session) {
			if (!sameSecret(await csrfOf(request), event.locals.session.csrf_token))
				return secure(refuse(403, 'missing or wrong CSRF token: reload the page and try again'), event);
		}
	}
	return secure(await resolve(event), event);
};
