import type { Cookies } from '@sveltejs/kit';
import type { Store } from '../store/db';
import { randomToken, sha256 } from './crypto';
import type { User } from './roles';

export const SESSION_COOKIE = 'sid';
/** A session ends after 8 hours without a request, and 24 hours after sign-in whatever happens. */
export const IDLE_HOURS = 8;
export const ABSOLUTE_HOURS = 24;
/** last_seen_at is written at most this often per session: a write per request would queue behind ingests. */
const TOUCH_MS = 60_000;

export interface Session {
	id: string;
	user_id: string;
	csrf_token: string;
	created_at: Date;
	last_seen_at: Date;
	expires_at: Date;
}

export interface SessionInfo {
	ip?: string | null;
	userAgent?: string | null;
}

/** Starts a session: the cookie carries a random token, the database only its SHA-256. */
export async function createSession(
	store: Store,
	userId: string,
	info: SessionInfo = {}
): Promise<{ token: string; session: Session }> {
	const token = randomToken(32);
	const id = sha256(token);
	const csrf = randomToken(32);
	await store.write(async (c) => {
		await c.run(
			`INSERT INTO sessions (id, user_id, csrf_token, created_at, last_seen_at, expires_at, ip, user_agent)
			 VALUES ($1, $2, $3, now(), now(), now() + INTERVAL ${ABSOLUTE_HOURS} HOUR, $4, $5)`,
			[id, userId, csrf, info.ip ?? null, (info.userAgent ?? '').slice(0, 300) || null]
		);
		// Sessions long over are of no use (sign-ins and sign-outs are in the audit log).
		await c.run(`DELETE FROM sessions WHERE expires_at < now() - INTERVAL 7 DAY`);
	});
	const session = (await store.one<Session>(
		`SELECT id, user_id, csrf_token, created_at, last_seen_at, expires_at FROM sessions WHERE id = $1`,
		[id]
	))!;
	return { token, session };
}

/** The live session and its enabled account for a cookie's token, or nothing. */
export async function readSession(store: Store, token: string): Promise<{ session: Session; user: User } | undefined> {
	if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
	const r = await store.one<Session & { u: User }>(
		`SELECT s.id, s.user_id, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at,
			{'id': u.id, 'username': u.username, 'display_name': u.display_name, 'role': u.role, 'units': u.units,
			 'personal': u.personal, 'can_export': u.can_export, 'disabled': u.disabled, 'oidc_issuer': u.oidc_issuer,
			 'oidc_sub': u.oidc_sub, 'failed_count': u.failed_count, 'locked_until': u.locked_until,
			 'created_at': u.created_at, 'updated_at': u.updated_at} AS u
		 FROM sessions s JOIN users u ON u.id = s.user_id
		 WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
		   AND s.last_seen_at > now() - INTERVAL ${IDLE_HOURS} HOUR AND NOT u.disabled`,
		[sha256(token)]
	);
	if (!r) return undefined;
	const { u, ...session } = r;
	if (Date.now() - session.last_seen_at.getTime() > TOUCH_MS)
		store.write((c) => c.run(`UPDATE sessions SET last_seen_at = now() WHERE id = $1`, [session.id])).catch(() => undefined);
	return { session, user: u };
}

export async function revokeSession(store: Store, id: string): Promise<void> {
	await store.write((c) => c.run(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [id]));
}

/** Secure, HttpOnly, SameSite=Lax (Strict would drop the cookie on the identity provider's redirect back). */
export function setSessionCookie(cookies: Cookies, token: string): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		secure: true,
		sameSite: 'lax',
		maxAge: ABSOLUTE_HOURS * 3600
	});
}

export function clearSessionCookie(cookies: Cookies): void {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, secure: true, sameSite: 'lax' });
}
