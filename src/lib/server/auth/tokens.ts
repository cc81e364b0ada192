import { json } from '@sveltejs/kit';
import type { Store } from '../store/db';
import { getApp } from '../app';
import { randomToken, sha256 } from './crypto';
import { limiterFromEnv } from './ratelimit';

/** A token's units: root or unit codes whose subtrees it may send for; '*' alone: any unit and national reference data. */
export const ALL_UNITS = '*';

export interface FeedToken {
	id: string;
	source: string;
	units: string[];
	created_by: string | null;
	created_at: Date;
	revoked_at: Date | null;
	last_used_at: Date | null;
}

export class TokenError extends Error {
	constructor(
		readonly field: string,
		message: string
	) {
		super(message);
	}
}

/** Creates a token for a source; the secret is returned once and only its SHA-256 is kept. */
export async function createFeedToken(
	store: Store,
	opts: { source: string; units: string[]; createdBy?: string | null; token?: string }
): Promise<{ id: string; token: string }> {
	const source = opts.source.trim();
	if (!/^[\p{L}\p{N} ._:-]{2,64}$/u.test(source))
		throw new TokenError('source', 'source: 2 to 64 letters, digits, spaces, dots, dashes');
	const units = [...new Set(opts.units.map((u) => u.trim()).filter(Boolean))];
	if (!units.length) throw new TokenError('units', 'name at least one unit (or * for a national source)');
	if (units.includes(ALL_UNITS) && units.length > 1)
		throw new TokenError('units', '* stands alone: it already covers every unit');
	if (!units.includes(ALL_UNITS)) {
		const known = await store.all<{ code: string }>(
			`SELECT code FROM units WHERE code IN (SELECT unnest(CAST($1::JSON AS VARCHAR[])))`,
			[JSON.stringify(units)]
		);
		const missing = units.filter((u) => !known.some((k) => k.code === u));
		if (missing.length) throw new TokenError('units', `unknown unit code: ${missing.join(', ')}`);
	}
	const token = opts.token ?? `c766_${randomToken(32)}`;
	const id = `t_${randomToken(9)}`;
	await store.write((c) =>
		c.run(
			`INSERT INTO feed_tokens (id, source, token_hash, units, created_by) VALUES ($1, $2, $3, CAST($4::JSON AS VARCHAR[]), $5)`,
			[id, source, sha256(token), JSON.stringify(units), opts.createdBy ?? null]
		)
	);
	return { id, token };
}

export async function listFeedTokens(store: Store): Promise<FeedToken[]> {
	return store.all<FeedToken>(
		`SELECT id, source, units, created_by, created_at, revoked_at, last_used_at FROM feed_tokens ORDER BY revoked_at NULLS FIRST, created_at DESC`
	);
}

export async function revokeFeedToken(store: Store, id: string): Promise<FeedToken | undefined> {
	await store.write((c) => c.run(`UPDATE feed_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [id]));
	return store.one<FeedToken>(
		`SELECT id, source, units, created_by, created_at, revoked_at, last_used_at FROM feed_tokens WHERE id = $1`,
		[id]
	);
}

/** The live token behind a secret, or nothing. */
export async function findFeedToken(store: Store, token: string): Promise<FeedToken | undefined> {
	if (!/^[\x21-\x7e]{16,200}$/.test(token)) return undefined;
	return store.one<FeedToken>(
		`SELECT id, source, units, created_by, created_at, revoked_at, last_used_at FROM feed_tokens WHERE token_hash = $1 AND revoked_at IS NULL`,
		[sha256(token)]
	);
}

const feedLimiter = limiterFromEnv(process.env.CHISO_FEED_RATE, [120, 60]);
const lastUse = new Map<string, number>();

export interface FeedAuth {
	token: FeedToken;
	/** For ingest: the token's source names the records, its units bound them (undefined: any unit). */
	source: string;
	allowedUnits: string[] | undefined;
}

const unauthorized = (error: string) =>
	json({ error }, { status: 401, headers: { 'www-authenticate': 'Bearer realm="chiso766-feeds"', 'cache-control': 'no-store' } });

/** The bearer token of a request, if it carries one. */
export function bearerOf(request: Request): string | null {
	const h = request.headers.get('authorization');
	const m = h?.match(/^Bearer\s+(\S+)\s*$/i);
	return m ? m[1] : null;
}

/**
 * Authenticates a feed request (`Authorization: Bearer <token>`) and applies the per-token rate limit. Returns the
 * token's scope, or the Response to send instead (401 without a live token, 429 over the limit). Every feed
 * endpoint calls it first:
 *
 *   const auth = await authenticateFeed(request);
 *   if (auth instanceof Response) return auth;
 *   … ingest(store, kind, lines, { source: auth.source, allowedUnits: auth.allowedUnits })
 */
export async function authenticateFeed(request: Request): Promise<FeedAuth | Response> {
	const secret = bearerOf(request);
	if (!secret)
		return unauthorized('a feed token is required: send "Authorization: Bearer <token>" (ask an administrator for one)');
	const { store } = await getApp();
	const token = await findFeedToken(store, secret);
	if (!token) return unauthorized('this feed token is not valid or has been revoked');
	const wait = feedLimiter.take(token.id);
	if (wait)
		return json(
			{ error: `too many requests for this token: retry in ${wait} s` },
			{ status: 429, headers: { 'retry-after': String(wait) } }
		);
	const now = Date.now();
	if (now - (lastUse.get(token.id) ?? 0) > 60_000) {
		lastUse.set(token.id, now);
		store.write((c) => c.run(`UPDATE feed_tokens SET last_used_at = now() WHERE id = $1`, [token.id])).catch(() => undefined);
	}
	return { token, source: token.source, allowedUnits: token.units.includes(ALL_UNITS) ? undefined : token.units };
}
