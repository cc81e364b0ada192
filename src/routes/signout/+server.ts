import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '$lib/server/app';
import { revokeSession, clearSessionCookie } from '$lib/server/auth/sessions';
import { audit } from '$lib/server/auth/audit';
import { actorOf } from '$lib/server/auth/guard';

/** POST /signout (form with _csrf, checked in hooks.server.ts): ends the session on the server, not just the cookie. */
export const POST: RequestHandler = async (event) => {
	const { locals, cookies } = event;
	if (locals.session) {
		const { store } = await getApp();
		await revokeSession(store, locals.session.id);
		await audit(store, actorOf(event), { action: 'sign_out' });
	}
	clearSessionCookie(cookies);
	redirect(303, '/');
};
