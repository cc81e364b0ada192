import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '$lib/server/app';
import { signInWithPassword } from '$lib/server/auth/users';
import { createSession, setSessionCookie } from '$lib/server/auth/sessions';
import { audit } from '$lib/server/auth/audit';
import { actorOf } from '$lib/server/auth/guard';
import { randomToken, sameSecret } from '$lib/server/auth/crypto';
import { signinLimiter, safeNext, PRE_CSRF_COOKIE } from '$lib/server/auth/signin';
import { oidcConfigured } from '$lib/server/auth/oidc';

const preCookie = { path: '/signin', httpOnly: true, secure: true, sameSite: 'lax' as const, maxAge: 3600 };

export const load: PageServerLoad = ({ locals, url, cookies }) => {
	const next = safeNext(url.searchParams.get('next'));
	if (locals.user) redirect(303, next);
	// No session yet to carry a CSRF token: the form posts back this one, which must match its cookie.
	let pre = cookies.get(PRE_CSRF_COOKIE);
	if (!pre) {
		pre = randomToken(24);
		cookies.set(PRE_CSRF_COOKIE, pre, preCookie);
	}
	return { pre, next, oidc: oidcConfigured(), oidcError: url.searchParams.get('error') };
};

export const actions: Actions = {
	default: async (event) => {
		const { request, cookies, url } = event;
		const form = await request.formData();
		const username = String(form.get('username') ?? '').slice(0, 100);
		const password = String(form.get('password') ?? '').slice(0, 200);
		const next = safeNext(String(form.get('next') ?? url.searchParams.get('next') ?? '/'));
		if (!sameSecret(String(form.get('_csrf') ?? ''), cookies.get(PRE_CSRF_COOKIE)))
			return fail(403, { reason: 'csrf' as const, username });
		const wait = signinLimiter.take(actorOf(event).ip ?? 'unknown');
		if (wait) return fail(429, { reason: 'rate' as const, wait, username });
		if (!username || !password) return fail(400, { reason: 'missing' as const, username });
		const { store } = await getApp();
		const r = await signInWithPassword(store, username, password);
		const who = actorOf(event);
		if (!r.ok) {
			await audit(store, { ...who, username: username.trim().toLowerCase() }, { action: 'sign_in_failed', target: r.reason });
			if (r.reason === 'locked') return fail(423, { reason: 'locked' as const, until: r.until.toISOString(), username });
			if (r.reason === 'disabled') return fail(403, { reason: 'disabled' as const, username });
			return fail(400, { reason: 'invalid' as const, username });
		}
		const { token } = await createSession(store, r.user.id, { ip: who.ip, userAgent: request.headers.get('user-agent') });
		setSessionCookie(cookies, token);
		cookies.delete(PRE_CSRF_COOKIE, preCookie);
		await audit(
			store,
			{ ...who, user_id: r.user.id, username: r.user.username, role: r.user.role },
			{ action: 'sign_in', target: 'password' }
		);
		redirect(303, next);
	}
};
