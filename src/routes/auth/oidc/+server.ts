import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { oidcConfigured, authorizationUrl, sealState, STATE_COOKIE } from '$lib/server/auth/oidc';
import { safeNext } from '$lib/server/auth/signin';

/** GET /auth/oidc?next=… — off to the identity provider, with state, nonce and the PKCE verifier in a signed cookie. */
export const GET: RequestHandler = async ({ url, cookies }) => {
	if (!oidcConfigured()) error(404, { message: 'single sign-on is not configured' });
	let target: URL;
	try {
		const { url: to, state } = await authorizationUrl(url.origin, safeNext(url.searchParams.get('next')));
		cookies.set(STATE_COOKIE, sealState(state), {
			path: '/auth/oidc',
			httpOnly: true,
			secure: true,
			sameSite: 'lax',
			maxAge: 600
		});
		target = to;
	} catch (e) {
		console.error('OIDC discovery failed:', (e as Error).message);
		redirect(303, '/signin?error=oidc_unavailable');
	}
	redirect(303, target.href);
};
