import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createHash } from 'node:crypto';
import { Store } from '../../src/lib/server/store/db';
import { startServer, Client, signedIn, passwordOf, type Server } from '../fixtures/server';
import { accessWorld, PEOPLE } from '../fixtures/access';

/** Sessions, sign-in and sign-out, lockout, CSRF, the audit log and security headers, on the real server. */
let server: Server;
let file: string;
const P = 'period=2026-07&asOf=2026-07-31';
// These tests sign in more often than the per-address limit allows (tested in access-feed.test.ts).
const env = { CHISO_SIGNIN_RATE: '1000/600' };

beforeAll(async () => {
	file = (await accessWorld()).file;
	server = await startServer(file, env);
});
afterAll(async () => {
	await server?.stop();
});

describe('sign-in', () => {
	it('sets a Secure, HttpOnly, SameSite=Lax session cookie and goes back where the visitor was going', async () => {
		const c = new Client(server.url);
		const page = await c.fetch(`/dossiers?unit=T01&${P}`);
		expect(page.status).toBe(303);
		const to = page.headers.get('location')!;
		expect(to).toBe(`/signin?next=${encodeURIComponent(`/dossiers?unit=T01&${P}`)}`);
		const form = await (await c.fetch(to)).text();
		const pre = form.match(/name="_csrf" value="([^"]+)"/)![1];
		const r = await c.post(to, { username: 'hanoi', password: passwordOf('hanoi'), next: `/dossiers?unit=T01&${P}` }, pre);
		expect(r.status).toBe(303);
		expect(r.headers.get('location')).toBe(`/dossiers?unit=T01&${P}`);
		const cookie = r.headers.getSetCookie().find((x) => x.startsWith('sid='))!;
		expect(cookie).toMatch(/HttpOnly/i);
		expect(cookie).toMatch(/Secure/i);
		expect(cookie).toMatch(/SameSite=Lax/i);
		expect(cookie).toMatch(/Path=\//i);
		expect((await c.fetch(`/dossiers?unit=T01&${P}`)).status).toBe(200);
	});

	it('never sends a visitor to another site after signing in', async () => {
		for (const next of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
			const c = new Client(server.url);
			const form = await (await c.fetch('/signin')).text();
			const pre = form.match(/name="_csrf" value="([^"]+)"/)![1];
			const r = await c.post('/signin', { username: 'phantich', password: passwordOf('phantich'), next }, pre);
			expect(r.status).toBe(303);
			expect(r.headers.get('location')).toBe('/');
		}
	});

	it('the same generic message for an unknown user and a wrong password', async () => {
		const c = new Client(server.url);
		const a = await c.signIn('nobody-here', 'whatever-password');
		const b = await c.signIn('lanhdao', 'wrong-password-x');
		expect(a.status).toBe(400);
		expect(b.status).toBe(400);
		const msg = 'Tên đăng nhập hoặc mật khẩu không đúng.';
		expect(await a.text()).toContain(msg);
		expect(await b.text()).toContain(msg);
	});

	it('a sign-in form posted without its own CSRF token is refused', async () => {
		const c = new Client(server.url);
		await c.fetch('/signin');
		const r = await c.post('/signin', { username: 'lanhdao', password: passwordOf('lanhdao') }, 'forged');
		expect(r.status).toBe(403);
		expect(r.headers.getSetCookie().some((x) => x.startsWith('sid='))).toBe(false);
	});

	it('locks an account for 15 minutes after 5 failures, even for the right password; unknown names behave alike', async () => {
		const c = new Client(server.url);
		const statuses: number[] = [];
		for (let i = 0; i < 5; i++) statuses.push((await c.signIn('canbo2', `wrong-${i}-password`)).status);
		expect(statuses).toEqual([400, 400, 400, 400, 423]);
		const right = await c.signIn('canbo2');
		expect(right.status).toBe(423);
		const html = await right.text();
		const until = html.match(/Tài khoản bị khóa đến (\d\d:\d\d) do nhập sai nhiều lần/)?.[1];
		expect(until).toBeDefined();
		const expected = new Intl.DateTimeFormat('vi-VN', {
			timeZone: 'Asia/Ho_Chi_Minh',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23'
		});
		const inFifteen = [14, 15, 16].map((m) => expected.format(new Date(Date.now() + m * 60_000)));
		expect(inFifteen).toContain(until);
		const ghost: number[] = [];
		for (let i = 0; i < 6; i++) ghost.push((await c.signIn('ghost-user', `wrong-${i}-password`)).status);
		expect(ghost).toEqual([400, 400, 400, 400, 423, 423]);
		// An administrator's password reset unlocks it.
		const admin = await signedIn(server.url, 'quantri');
		const users = await admin.json('/api/v1/admin/users');
		const id = users.body.users.find((u: { username: string }) => u.username === 'canbo2').id;
		expect((await admin.post('/admin/users?/password', { id, password: 'a-new-password-2' })).status).toBe(200);
		expect((await c.signIn('canbo2', 'a-new-password-2')).status).toBe(303);
	});
});

describe('sessions', () => {
	it('sign-out ends the session on the server: the replayed cookie opens nothing', async () => {
		const c = await signedIn(server.url, 'hanoi');
		const sid = c.cookies.get('sid')!;
		expect((await c.fetch(`/api/v1/dossiers?${P}`)).status).toBe(200);
		const out = await c.signOut();
		expect(out.status).toBe(303);
		expect(c.cookies.has('sid')).toBe(false);
		const replay = new Client(server.url);
		replay.cookies.set('sid', sid);
		expect((await replay.fetch(`/api/v1/dossiers?${P}`)).status).toBe(401);
		expect((await replay.fetch('/api/v1/dossiers/BD1')).status).toBe(401);
		const page = await replay.fetch(`/dossiers?${P}`);
		expect(page.status).toBe(303);
		expect(page.headers.get('location')).toMatch(/^\/signin\?next=/);
	});

	it('a sign-out without the CSRF token, with a wrong one or from another site is refused and the session lives on', async () => {
		const c = await signedIn(server.url, 'hanoi');
		expect((await c.post('/signout', {}, null)).status).toBe(403);
		expect((await c.post('/signout', {}, 'not-the-token')).status).toBe(403);
		const cross = await c.fetch('/signout', {
			method: 'POST',
			headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
			body: `_csrf=${c.csrf}`
		});
		expect(cross.status).toBe(403);
		expect((await c.fetch(`/api/v1/dossiers?${P}`)).status).toBe(200);
		// The header form works.
		const h = await c.fetch('/signout', { method: 'POST', headers: { 'x-csrf-token': c.csrf! } });
		expect(h.status).toBe(303);
		expect((await c.fetch(`/api/v1/dossiers?${P}`)).status).toBe(401);
	});

	it('disabling an account or narrowing its role ends its sessions at once', async () => {
		const officer = await signedIn(server.url, 'canbo');
		expect((await officer.fetch('/api/v1/dossiers/BD1')).status).toBe(200);
		const admin = await signedIn(server.url, 'quantri');
		const users = await admin.json('/api/v1/admin/users');
		const id = users.body.users.find((u: { username: string }) => u.username === 'canbo').id;
		const r = await admin.post('/admin/users?/update', {
			id,
			role: 'unit_officer',
			units: 'T01.X001',
			can_export: 'on',
			disabled: 'on'
		});
		expect(r.status).toBe(200);
		expect((await officer.fetch('/api/v1/dossiers/BD1')).status).toBe(401);
		expect((await new Client(server.url).signIn('canbo')).status).toBe(403);
		await admin.post('/admin/users?/update', { id, role: 'unit_officer', units: 'T01.X001', personal: 'on', can_export: 'on' });
		expect((await new Client(server.url).signIn('canbo')).status).toBe(303);
	});
});

describe('audit log', () => {
	it('records full views of personal data and every export, with who, what, when and which filters', async () => {
		const manager = await signedIn(server.url, 'haiphong');
		expect((await manager.json('/api/v1/dossiers/HP1')).body.dossier.applicant_name).toBe(PEOPLE.HP1.name);
		const csv = await manager.fetch(`/api/v1/export/dossiers.csv?${P}&status=in_time&lang=en`);
		expect(csv.status).toBe(200);
		await csv.text();
		// A masked view is not a view of personal data.
		const leader = await signedIn(server.url, 'lanhdao');
		await leader.json('/api/v1/dossiers/HP1');

		const admin = await signedIn(server.url, 'quantri');
		const { body } = await admin.json('/api/v1/admin/audit?user=haiphong&limit=50');
		const rows = body.rows as {
			action: string;
			target: string;
			filters: Record<string, string>;
			role: string;
			at: string;
			ip: string;
		}[];
		const view = rows.find((r) => r.action === 'view_personal' && r.target === 'HP1');
		expect(view).toMatchObject({ role: 'manager' });
		expect(Date.now() - Date.parse(view!.at)).toBeLessThan(60_000);
		const exp = rows.find((r) => r.action === 'export' && r.target === 'dossiers.csv');
		expect(exp?.filters).toMatchObject({ period: '2026-07', status: 'in_time', lang: 'en' });
		expect(rows.some((r) => r.action === 'sign_in')).toBe(true);
		const leaderRows = (await admin.json('/api/v1/admin/audit?user=lanhdao&action=view_personal')).body.rows;
		expect(leaderRows).toEqual([]);

		// Administrators read it as CSV too; that export is audited as well.
		const file = await admin.fetch('/api/v1/admin/audit.csv?user=haiphong');
		expect(file.status).toBe(200);
		const text = await file.text();
		expect(text).toContain('view_personal');
		expect(text).toContain('HP1');
		const again = (await admin.json('/api/v1/admin/audit?user=quantri&action=export')).body.rows;
		expect(again.map((r: { target: string }) => r.target)).toContain('audit.csv');
		expect((await manager.fetch('/api/v1/admin/audit.csv')).status).toBe(403);
	});

	it('records sign-in failures, sign-outs and settings changes', async () => {
		await new Client(server.url).signIn('botuphap', 'not-the-password');
		const admin = await signedIn(server.url, 'quantri');
		const page = await (await admin.fetch('/admin/settings')).text();
		expect(page).toContain('name="points.PUBLISH_ON_TIME"');
		// Post the form back as shown, with one metric's points changed.
		const fields: Record<string, string> = {};
		for (const m of page.matchAll(/<input name="([^"]+)" value="([^"]*)"/g)) fields[m[1]] = m[2];
		for (const m of page.matchAll(/<select name="(zero\.[^"]+)"[^>]*>[\s\S]*?<option value="(\w+)" selected/g))
			fields[m[1]] = m[2];
		fields['points.PUBLISH_ON_TIME'] = '5';
		const saved = await admin.post('/admin/settings?/save', fields);
		expect(saved.status).toBe(200);
		expect(await saved.text()).toContain('Đã lưu');
		const card = await admin.json(`/api/v1/units/T01/scores?${P}`);
		const metric = card.body.groups
			.flatMap((g: { metrics: { code: string; max: number }[] }) => g.metrics)
			.find((m: { code: string }) => m.code === 'PUBLISH_ON_TIME');
		expect(metric.max).toBe(5);
		const rows = (await admin.json('/api/v1/admin/audit?limit=200')).body.rows as { action: string; username: string }[];
		expect(rows.some((r) => r.action === 'sign_in_failed' && r.username === 'botuphap')).toBe(true);
		expect(rows.some((r) => r.action === 'settings_changed' && r.username === 'quantri')).toBe(true);
		const analyst = await signedIn(server.url, 'phantich');
		expect((await analyst.post('/admin/settings?/save', fields)).status).toBe(403);
	});
});

describe('security headers', () => {
	it('pages carry a Content-Security-Policy with a nonce for the inline script, and the other headers', async () => {
		const r = await fetch(`${server.url}/`);
		const csp = r.headers.get('content-security-policy')!;
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toContain("form-action 'self'");
		const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
		expect(nonce).toBeDefined();
		expect(await r.text()).toContain(`nonce="${nonce}"`);
		expect(r.headers.get('x-content-type-options')).toBe('nosniff');
		expect(r.headers.get('x-frame-options')).toBe('DENY');
		expect(r.headers.get('referrer-policy')).toBe('same-origin');
		expect(r.headers.get('cross-origin-opener-policy')).toBe('same-origin');
		expect(r.headers.get('permissions-policy')).toContain('camera=()');
		const api = await fetch(`${server.url}/api/v1/scores?${P}`);
		expect(api.headers.get('x-content-type-options')).toBe('nosniff');
	});
});

describe('storage', () => {
	it('keeps only hashes of session and feed-token secrets', async () => {
		const c = await signedIn(server.url, 'phantich');
		const token = c.cookies.get('sid')!;
		await server.stop();
		const store = await Store.open(file);
		try {
			const ids = (await store.all<{ id: string }>('SELECT id FROM sessions')).map((r) => r.id);
			expect(ids).not.toContain(token);
			expect(ids).toContain(createHash('sha256').update(token).digest('hex'));
			const hashes = await store.all<{ password_hash: string }>(`SELECT password_hash FROM users WHERE username = 'phantich'`);
			expect(hashes[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		} finally {
			await store.close();
			server = await startServer(file, env);
		}
	});
});
