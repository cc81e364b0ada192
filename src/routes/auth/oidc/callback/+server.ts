import { redirect, isRedirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '$lib/server/app';
import { openState, completeSignIn, mapClaims, ClaimError, STATE_COOKIE } from '$lib/server/auth/oidc';
import { upsertOidcUser, UserError } from '$lib/server/auth/users';
import { createSession, setSessionCookie } from '$lib/server/auth/sessions';
import { audit } from '$lib/server/auth/audit';
import { actorOf } from '$lib/server/auth/guard';

/** GET /auth/oidc/callback — the provider sends the browser back here with a code. */
export const GET: RequestHandler = async (event) => {
	const { url, cookies, request } = event;
	const state = openState(cookies.get(STATE_COOKIE));
	cookies.delete(STATE_COOKIE, { path: '/auth/oidc', httpOnly: true, secure: true, sameSite: 'lax' });
	if (!state) redirect(303, '/signin?error=oidc_state');
	const { store } = await getApp();
	const who = actorOf(event);
	let reason = 'oidc_failed';
	try {
		const { issuer, claims } = await completeSignIn(url, state);
		const mapped = mapClaims(claims);
		const user = await upsertOidcUser(store, issuer, String(claims.sub), mapped);
		if (user.disabled) {
			reason = 'oidc_disabled';
			throw new Error('account disabled');
		}
		const { token } = await createSession(store, user.id, { ip: who.ip, userAgent: request.headers.get('user-agent') });
		setSessionCookie(cookies, token);
		await audit(
			store,
			{ ...who, user_id: user.id, username: user.username, role: user.role },
			{ action: 'sign_in', target: 'oidc' }
		);
		redirect(303, state.next);
	} catch (e) {
		if (isRedirect(e)) throw e;
		if (e instanceof ClaimError || e instanceof UserError) reason = 'oidc_claims';
		console.error('OIDC sign-in failed:', (e as Error).message);
		await audit(store, who, { action: 'sign_in_failed', target: reason, filters: { message: (e as Error).message } });
	}
	redirect(303, `/signin?error=${reason}`);
};
