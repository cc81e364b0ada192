import { json, redirect, error, type RequestEvent } from '@sveltejs/kit';
import type { Viewer } from '../read/scope';
import { readsDossiers } from './roles';
import type { Actor } from './audit';

type Ev = Pick<RequestEvent, 'locals' | 'url' | 'getClientAddress'>;

/** Who did it, for the audit log. */
export function actorOf(event: Ev): Actor {
	const u = event.locals.user;
	let ip: string | null = null;
	try {
		ip = event.getClientAddress();
	} catch {
		/* no address in some adapters' internal requests */
	}
	return { user_id: u?.id ?? null, username: u?.username ?? null, role: u?.role ?? 'anonymous', ip };
}

export const signinUrl = (url: URL) => `/signin?next=${encodeURIComponent(url.pathname + url.search)}`;

/**
 * The viewer of a dossier-level API call, or the answer to send instead: 401 when nobody is signed in, 403 for an
 * account whose role reads no dossiers (a feed source). Scope beyond that is the read path's job (404 outside it).
 */
export function dossierApiViewer(event: Ev): Viewer | Response {
	if (!event.locals.user)
		return json({ error: 'sign in to see dossiers' }, { status: 401, headers: { 'cache-control': 'no-store' } });
	if (!readsDossiers(event.locals.viewer)) return json({ error: 'this account may not see dossiers' }, { status: 403 });
	return event.locals.viewer;
}

/** The same for pages: anonymous visitors go to the sign-in page and come back. */
export function dossierPageViewer(event: Ev): Viewer {
	if (!event.locals.user) redirect(303, signinUrl(event.url));
	if (!readsDossiers(event.locals.viewer))
		error(403, { message: 'Tài khoản này không được xem hồ sơ (this account may not see dossiers).' });
	return event.locals.viewer;
}

export const isAdmin = (event: Pick<RequestEvent, 'locals'>) => event.locals.user?.role === 'administrator';

export function adminApi(event: Ev): Response | null {
	if (!event.locals.user) return json({ error: 'sign in as an administrator' }, { status: 401 });
	if (!isAdmin(event)) return json({ error: 'administrators only' }, { status: 403 });
	return null;
}

export function adminPage(event: Ev): void {
	if (!event.locals.user) redirect(303, signinUrl(event.url));
	if (!isAdmin(event)) error(403, { message: 'Chỉ dành cho quản trị hệ thống (administrators only).' });
}
