import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Server as HttpServer } from 'node:http';
import Provider from 'oidc-provider';
import { startServer, freePort, Client, type Server } from '../fixtures/server';
import { accessWorld, PEOPLE } from '../fixtures/access';

/**
 * OpenID Connect sign-in end to end: a local provider (oidc-provider) with a test account whose groups claim maps
 * to a manager of Hà Nội, the real server configured for it, and the authorization code flow driven with fetch.
 */
let server: Server;
let idp: HttpServer;
let issuer: string;
const P = 'period=2026-07&asOf=2026-07-31';

/** Claims of the provider's test accounts, by login. */
const ACCOUNTS: Record<string, Record<string, unknown>> = {
	'tran.quanly': { name: 'Trần Quản Lý', preferred_username: 'tran.quanly', groups: ['staff', '766:manager:T01'] },
	'le.canbo': { name: 'Lê Cán Bộ', preferred_username: 'le.canbo', role: 'unit_officer', unit: 'T01.X001' },
	khach: { name: 'Khách', preferred_username: 'khach', groups: ['staff'] }
};

beforeAll(async () => {
	const w = await accessWorld();
	const [idpPort, appPort] = [await freePort(), await freePort()];
	issuer = `http://127.0.0.1:${idpPort}`;
	const app = `http://127.0.0.1:${appPort}`;
	const provider = new Provider(issuer, {
		clients: [
			{
				client_id: 'chiso766',
				client_secret: 'a-test-client-secret',
				redirect_uris: [`${app}/auth/oidc/callback`],
				grant_types: ['authorization_code'],
				response_types: ['code']
			}
		],
		claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'groups', 'role', 'unit'], email: ['email'] },
		async findAccount(_ctx: unknown, id: string) {
			return { accountId: id, claims: async () => ({ sub: id, ...(ACCOUNTS[id] ?? {}) }) };
		},
		pkce: { required: () => true },
		ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
		features: { devInteractions: { enabled: true } },
		cookies: { keys: ['test-cookie-key'] }
	});
	idp = provider.listen(idpPort);
	server = await startServer(
		w.file,
		{ CHISO_OIDC_ISSUER: issuer, CHISO_OIDC_CLIENT_ID: 'chiso766', CHISO_OIDC_CLIENT_SECRET: 'a-test-client-secret' },
		{ port: appPort }
	);
});
afterAll(async () => {
	await server?.stop();
	await new Promise((r) => idp?.close(r));
});

/** Follows redirects on the provider (its own cookie jar) until it sends the browser back to the dashboard. */
async function signInAtProvider(app: Client, login: string, next = '/'): Promise<Response> {
	const start = await app.fetch(`/auth/oidc?next=${encodeURIComponent(next)}`);
	expect(start.status).toBe(303);
	let url = start.headers.get('location')!;
	expect(url.startsWith(`${issuer}/`)).toBe(true);
	expect(url).toContain('code_challenge_method=S256');
	expect(url).toContain('nonce=');
	const browser = new Client(issuer);
	for (let i = 0; i < 20; i++) {
		if (url.startsWith(app.base)) return app.fetch(url);
		const r = await browser.fetch(url);
		if (r.status >= 300 && r.status < 400) {
			url = new URL(r.headers.get('location')!, url).href;
			continue;
		}
		const html = await r.text();
		const action = html.match(/<form[^>]*action="([^"]+)"/)?.[1];
		const prompt = html.match(/name="prompt" value="(\w+)"/)?.[1];
		if (!action || !prompt) throw new Error(`unexpected provider page: ${r.status} ${html.slice(0, 300)}`);
		const fields: Record<string, string> = prompt === 'login' ? { prompt, login, password: 'any-password' } : { prompt };
		const post = await browser.fetch(new URL(action, url).href, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams(fields)
		});
		url = new URL(post.headers.get('location')!, url).href;
	}
	throw new Error('too many redirects');
}

describe('OpenID Connect sign-in', () => {
	it('the sign-in page offers single sign-on when it is configured', async () => {
		const html = await (await fetch(`${server.url}/signin`)).text();
		expect(html).toContain('Đăng nhập bằng VNeID / SSO');
	});

	it('a provider account in group 766:manager:T01 lands signed in as the manager of Hà Nội', async () => {
		const app = new Client(server.url);
		const back = await signInAtProvider(app, 'tran.quanly', `/dossiers?unit=T01&${P}`);
		expect(back.status).toBe(303);
		expect(back.headers.get('location')).toBe(`/dossiers?unit=T01&${P}`);
		expect(app.cookies.has('sid')).toBe(true);
		const page = await app.fetch(`/dossiers?unit=T01&${P}`);
		expect(page.status).toBe(200);
		const html = await page.text();
		expect(html).toContain('Trần Quản Lý');
		expect(html).toContain('Quản lý bộ, tỉnh');
		expect((await app.json('/api/v1/dossiers/BD1')).body.dossier.applicant_name).toBe(PEOPLE.BD1.name);
		expect((await app.fetch('/api/v1/dossiers/HP1')).status).toBe(404);
		expect((await app.fetch(`/api/v1/dossiers?${P}&unit=T31`)).status).toBe(404);
		expect((await app.fetch(`/dossiers?${P}&unit=T31`)).status).toBe(404);
	});

	it('role and unit claims work too; the account is keyed by issuer and subject, and follows the claims', async () => {
		const app = new Client(server.url);
		expect((await signInAtProvider(app, 'le.canbo')).status).toBe(303);
		expect((await app.fetch('/api/v1/dossiers/SS1')).status).toBe(404);
		expect((await app.fetch('/api/v1/dossiers/BD1')).status).toBe(200);
		// The provider moves the officer to Sóc Sơn: the next sign-in follows.
		ACCOUNTS['le.canbo'].unit = 'T01.X002';
		const again = new Client(server.url);
		expect((await signInAtProvider(again, 'le.canbo')).status).toBe(303);
		expect((await again.fetch('/api/v1/dossiers/SS1')).status).toBe(200);
		expect((await again.fetch('/api/v1/dossiers/BD1')).status).toBe(404);
		// …and the session opened under the old claims ended with the change.
		expect((await app.fetch('/api/v1/dossiers/BD1')).status).toBe(401);
	});

	it('an account without a role for the dashboard is turned back with a reason', async () => {
		const app = new Client(server.url);
		const back = await signInAtProvider(app, 'khach');
		expect(back.headers.get('location')).toBe('/signin?error=oidc_claims');
		expect(app.cookies.has('sid')).toBe(false);
		const html = await (await app.fetch('/signin?error=oidc_claims')).text();
		expect(html).toContain('chưa được phân quyền');
	});

	it('a callback without the state cookie, or with a forged state, opens no session', async () => {
		const app = new Client(server.url);
		const r = await app.fetch('/auth/oidc/callback?code=abc&state=forged');
		expect(r.headers.get('location')).toBe('/signin?error=oidc_state');
		const other = new Client(server.url);
		const start = await other.fetch('/auth/oidc');
		expect(start.status).toBe(303);
		const forged = await other.fetch('/auth/oidc/callback?code=abc&state=not-the-state');
		expect(forged.headers.get('location')).toMatch(/^\/signin\?error=oidc_/);
		expect(other.cookies.has('sid')).toBe(false);
	});
});
