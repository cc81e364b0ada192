import { createHmac } from 'node:crypto';
import * as client from 'openid-client';
import { randomToken, sameSecret } from './crypto';
import { isRole, ROLES, type Role } from './roles';

/**
 * OpenID Connect sign-in (the path to the government's single sign-on): authorization code with PKCE, state and
 * nonce. Configured by CHISO_OIDC_ISSUER, CHISO_OIDC_CLIENT_ID, CHISO_OIDC_CLIENT_SECRET and CHISO_OIDC_REDIRECT
 * (default ORIGIN + /auth/oidc/callback).
 */
export function oidcConfigured(): boolean {
	return !!(process.env.CHISO_OIDC_ISSUER && process.env.CHISO_OIDC_CLIENT_ID);
}

export function redirectUri(origin: string): string {
	return process.env.CHISO_OIDC_REDIRECT || `${process.env.ORIGIN ?? origin}/auth/oidc/callback`;
}

let discovered: Promise<client.Configuration> | undefined;

/** The provider's configuration, discovered once (and again after a failure). */
export function oidcConfig(): Promise<client.Configuration> {
	if (!discovered) {
		const issuer = new URL(process.env.CHISO_OIDC_ISSUER!);
		// Plain http only for a provider on this machine (development and the tests' local provider).
		const local = issuer.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
		const secret = process.env.CHISO_OIDC_CLIENT_SECRET;
		discovered = client.discovery(
			issuer,
			process.env.CHISO_OIDC_CLIENT_ID!,
			undefined,
			// client_secret_basic: the method OpenID Connect assumes when a client registers none.
			secret ? client.ClientSecretBasic(secret) : client.None(),
			local ? { execute: [client.allowInsecureRequests] } : undefined
		);
		discovered.catch(() => (discovered = undefined));
	}
	return discovered;
}

// The state cookie is signed so that nothing but this server can have written it.
const KEY = process.env.CHISO_SECRET || randomToken(32);
const sign = (s: string) => createHmac('sha256', KEY).update(s).digest('base64url');

export interface OidcState {
	state: string;
	nonce: string;
	verifier: string;
	next: string;
	exp: number;
}

export function sealState(s: OidcState): string {
	const body = Buffer.from(JSON.stringify(s)).toString('base64url');
	return `${body}.${sign(body)}`;
}

export function openState(cookie: string | undefined): OidcState | null {
	if (!cookie) return null;
	const [body, mac] = cookie.split('.');
	if (!body || !sameSecret(mac, sign(body))) return null;
	try {
		const s = JSON.parse(Buffer.from(body, 'base64url').toString()) as OidcState;
		return s.exp > Date.now() ? s : null;
	} catch {
		return null;
	}
}

export const STATE_COOKIE = 'oidc_state';
export const SCOPES = 'openid profile email';

export async function authorizationUrl(origin: string, next: string): Promise<{ url: URL; state: OidcState }> {
	const config = await oidcConfig();
	const verifier = client.randomPKCECodeVerifier();
	const state: OidcState = {
		state: client.randomState(),
		nonce: client.randomNonce(),
		verifier,
		next,
		exp: Date.now() + 10 * 60_000
	};
	const url = client.buildAuthorizationUrl(config, {
		redirect_uri: redirectUri(origin),
		scope: SCOPES,
		code_challenge: await client.calculatePKCECodeChallenge(verifier),
		code_challenge_method: 'S256',
		state: state.state,
		nonce: state.nonce
	});
	return { url, state };
}

/** Exchanges the code (checking state, nonce and PKCE) and returns the ID token's claims merged with userinfo's. */
export async function completeSignIn(current: URL, s: OidcState): Promise<{ issuer: string; claims: Record<string, unknown> }> {
	const config = await oidcConfig();
	const tokens = await client.authorizationCodeGrant(config, current, {
		pkceCodeVerifier: s.verifier,
		expectedState: s.state,
		expectedNonce: s.nonce,
		idTokenExpected: true
	});
	const id = tokens.claims()!;
	let info: Record<string, unknown> = {};
	// Providers put the role and unit claims in the ID token or only in userinfo; read both.
	if (tokens.access_token) info = (await client.fetchUserInfo(config, tokens.access_token, id.sub)) as Record<string, unknown>;
	return { issuer: config.serverMetadata().issuer, claims: { ...info, ...id } };
}

export class ClaimError extends Error {}

/**
 * Claims → role and units. Either `role` (one of the roles) with `unit` (a code) or `units` (codes), or a
 * `groups` claim with entries "766:<role>" or "766:<role>:<unit>" (e.g. "766:manager:T01"). Several groups must
 * name the same role; their units add up. No mapping: no access.
 */
export function mapClaims(c: Record<string, unknown>): { role: Role; units: string[]; username: string; display_name: string } {
	let role: Role | null = null;
	let units: string[] = [];
	if (typeof c.role === 'string' && c.role) {
		if (!isRole(c.role)) throw new ClaimError(`unknown role "${c.role}" (expected one of ${ROLES.join(', ')})`);
		role = c.role;
		if (typeof c.unit === 'string' && c.unit) units = [c.unit];
		else if (Array.isArray(c.units)) units = c.units.filter((u): u is string => typeof u === 'string');
	} else if (Array.isArray(c.groups)) {
		for (const g of c.groups) {
			const m = typeof g === 'string' ? g.match(/^766:([a-z_]+)(?::([A-Za-z0-9.]+))?$/) : null;
			if (!m) continue;
			if (!isRole(m[1])) throw new ClaimError(`unknown role in group "${g}"`);
			if (role && role !== m[1]) throw new ClaimError(`groups name two roles (${role}, ${m[1]}): ask for one`);
			role = m[1];
			if (m[2]) units.push(m[2]);
		}
	}
	if (!role) throw new ClaimError('no role for Chỉ số 766 in the claims (role/unit, or groups "766:<role>:<unit>")');
	const username = String(c.preferred_username ?? c.email ?? c.sub);
	return { role, units, username, display_name: String(c.name ?? username) };
}
