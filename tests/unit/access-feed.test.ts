import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startServer, postNdjson, signedIn, type Server, type Client } from '../fixtures/server';
import { accessWorld, personalEvent, type AccessWorld } from '../fixtures/access';
import { ev } from '../fixtures/world';

/** Feed tokens: bound to their units, named by their source, revocable; the ingest refuses everything else. */
let server: Server;
let w: AccessWorld;
let admin: Client;
const events = () => `${server.url}/api/v1/events`;

beforeAll(async () => {
	w = await accessWorld();
	server = await startServer(w.file);
	admin = await signedIn(server.url, 'quantri');
});
afterAll(async () => {
	await server?.stop();
});

describe('feed tokens', () => {
	it('no token, an unknown token or a malformed header: 401, nothing stored', async () => {
		const records = [ev({ id: 'f-none', dossier: 'F-NONE' })];
		for (const token of [null, 'c766_not-a-real-token-at-all', '']) {
			const r = await postNdjson(events(), records, token);
			expect(r.status).toBe(401);
			expect(r.headers.get('www-authenticate')).toMatch(/^Bearer/);
		}
		const basic = await postNdjson(events(), records, null, { authorization: 'Basic aGFub2k6aGFub2k=' });
		expect(basic.status).toBe(401);
		expect((await postNdjson(`${server.url}/api/v1/reference/agencies`, [], null)).status).toBe(401);
	});

	it("a record for a unit outside the token's units is rejected as out_of_scope and quarantined; the good ones are kept", async () => {
		const r = await postNdjson(
			events(),
			[
				ev({ id: 'f-hn-1', dossier: 'F-HN-1', agency: 'T01.X001' }),
				personalEvent('HP1', { id: 'f-hp-1', dossier: 'F-HP-1' }),
				ev({ id: 'f-hn-2', dossier: 'F-HN-2', agency: 'T01.A01' })
			],
			w.tokens.hanoi
		);
		expect(r.status).toBe(200);
		expect(r.body).toMatchObject({ received: 3, accepted: 2, rejected: 1 });
		expect(r.body.errors).toEqual([
			expect.objectContaining({ line: 2, id: 'f-hp-1', code: 'out_of_scope', reason: expect.stringContaining('hanoi-feed') })
		]);
		// The source sees its own batch and its own rejected record, as sent.
		const mine = await (
			await fetch(`${server.url}/api/v1/quarantine?batch=${r.body.batch}`, {
				headers: { authorization: `Bearer ${w.tokens.hanoi}` }
			})
		).json();
		expect(mine.records).toHaveLength(1);
		expect(mine.records[0]).toMatchObject({ code: 'out_of_scope', source: 'hanoi-feed' });
		expect(mine.records[0].raw).toContain('Phạm Văn Hùng');
		const batch = await fetch(`${server.url}/api/v1/batches/${r.body.batch}`, {
			headers: { authorization: `Bearer ${w.tokens.hanoi}` }
		});
		expect((await batch.json()).source).toBe('hanoi-feed');
		// Another source's token sees neither.
		const other = { authorization: `Bearer ${w.tokens.haiphong}` };
		expect(
			(await (await fetch(`${server.url}/api/v1/quarantine?batch=${r.body.batch}`, { headers: other })).json()).records
		).toEqual([]);
		expect((await fetch(`${server.url}/api/v1/batches/${r.body.batch}`, { headers: other })).status).toBe(404);
		// A national account sees it, with the personal data masked.
		const q = await admin.json(`/api/v1/quarantine?batch=${r.body.batch}`);
		expect(q.body.records[0].raw).toContain('Phạm V. H.');
		expect(q.body.records[0].raw).not.toContain('Phạm Văn Hùng');
		expect(q.body.records[0].raw).not.toContain('031090001234');
	});

	it("another source's token cannot send for Hà Nội", async () => {
		const r = await postNdjson(events(), [ev({ id: 'f-hp-hn', dossier: 'F-HP-HN', agency: 'T01.X001' })], w.tokens.haiphong);
		expect(r.body).toMatchObject({ accepted: 0, rejected: 1, errors: [expect.objectContaining({ code: 'out_of_scope' })] });
		const ok = await postNdjson(events(), [ev({ id: 'f-hp-hp', dossier: 'F-HP-HP', agency: 'T31.X001' })], w.tokens.haiphong);
		expect(ok.body).toMatchObject({ accepted: 1, rejected: 0 });
	});

	it('reference data: a province adds its own communes, not others; the national catalogue needs a national token', async () => {
		const agencies = await postNdjson(
			`${server.url}/api/v1/reference/agencies`,
			[
				{ id: 'ag-T01.X003', code: 'T01.X003', name: 'Xã Mới', kind: 'commune', parent: 'T01' },
				{ id: 'ag-T31.X009', code: 'T31.X009', name: 'Xã Khác', kind: 'commune', parent: 'T31' }
			],
			w.tokens.hanoi
		);
		expect(agencies.body).toMatchObject({
			accepted: 1,
			rejected: 1,
			errors: [expect.objectContaining({ line: 2, code: 'out_of_scope' })]
		});
		const proc = {
			id: 'pr-x',
			code: '9.999',
			name: 'Thủ tục thử',
			field: 'x',
			target: 'citizen',
			fee: false,
			full_online_eligible: false,
			time_limit: { value: 1, unit: 'days' }
		};
		const local = await postNdjson(`${server.url}/api/v1/reference/procedures`, [proc], w.tokens.hanoi);
		expect(local.body).toMatchObject({ accepted: 0, rejected: 1, errors: [expect.objectContaining({ code: 'out_of_scope' })] });
		const national = await postNdjson(`${server.url}/api/v1/reference/procedures`, [proc], w.tokens.national);
		expect(national.body).toMatchObject({ accepted: 1, rejected: 0 });
	});

	it('an administrator creates a token (shown once), lists it and revokes it: the revoked token gets 401', async () => {
		const created = await admin.post('/admin/tokens?/create', { source: 'sogd-hanoi', units: 'T01.A01, T01.X002' });
		expect(created.status).toBe(200);
		const html = await created.text();
		const token = html.match(/data-testid="new-token">([^<]+)</)?.[1];
		expect(token).toMatch(/^c766_/);
		const list = await admin.json('/api/v1/admin/tokens');
		const row = list.body.tokens.find((t: { source: string }) => t.source === 'sogd-hanoi');
		expect(row).toMatchObject({ units: ['T01.A01', 'T01.X002'], revoked_at: null });
		expect(JSON.stringify(list.body)).not.toContain(token);
		// Listing again never shows the secret.
		expect(await (await admin.fetch('/admin/tokens')).text()).not.toContain(token);

		const ok = await postNdjson(events(), [ev({ id: 'f-new-1', dossier: 'F-NEW-1', agency: 'T01.X002' })], token!);
		expect(ok.body).toMatchObject({ accepted: 1 });
		const out = await postNdjson(events(), [ev({ id: 'f-new-2', dossier: 'F-NEW-2', agency: 'T01.X001' })], token!);
		expect(out.body).toMatchObject({ accepted: 0, rejected: 1 });

		const revoked = await admin.post('/admin/tokens?/revoke', { id: row.id });
		expect(revoked.status).toBe(200);
		const refused = await postNdjson(events(), [ev({ id: 'f-new-3', dossier: 'F-NEW-3', agency: 'T01.X002' })], token!);
		expect(refused.status).toBe(401);
		const audit = await admin.json('/api/v1/admin/audit?limit=20');
		const actions = audit.body.rows.map((r: { action: string; target: string }) => `${r.action}:${r.target}`);
		expect(actions).toEqual(expect.arrayContaining([`token_created:${row.id}`, `token_revoked:${row.id}`]));
	});

	it('only administrators manage tokens, and only with the CSRF token', async () => {
		const manager = await signedIn(server.url, 'hanoi');
		expect((await manager.post('/admin/tokens?/create', { source: 'x-feed', units: 'T01' })).status).toBe(403);
		expect((await admin.post('/admin/tokens?/create', { source: 'y-feed', units: 'T01' }, null)).status).toBe(403);
		expect((await admin.post('/admin/tokens?/create', { source: 'y-feed', units: 'T01' }, 'wrong')).status).toBe(403);
		const list = await admin.json('/api/v1/admin/tokens');
		expect(list.body.tokens.map((t: { source: string }) => t.source)).not.toContain('y-feed');
		expect(list.body.tokens.map((t: { source: string }) => t.source)).not.toContain('x-feed');
	});
});

describe('rate limits', () => {
	let limited: Server;
	beforeAll(async () => {
		await server.stop();
		limited = await startServer(w.file, { CHISO_FEED_RATE: '3/60', CHISO_SIGNIN_RATE: '3/600' });
	});
	afterAll(async () => {
		await limited?.stop();
	});

	it('a feed token over its limit gets 429 with Retry-After; another token is not held back', async () => {
		const statuses: number[] = [];
		for (let i = 0; i < 4; i++) {
			const r = await postNdjson(`${limited.url}/api/v1/events`, [ev({ id: `rl-${i}`, dossier: `RL-${i}` })], w.tokens.national);
			statuses.push(r.status);
			if (r.status === 429) expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
		}
		expect(statuses).toEqual([200, 200, 200, 429]);
		const other = await postNdjson(`${limited.url}/api/v1/events`, [ev({ id: 'rl-hn', dossier: 'RL-HN' })], w.tokens.hanoi);
		expect(other.status).toBe(200);
	});

	it('sign-in attempts from one address over the limit get 429, even with the right password', async () => {
		const { Client } = await import('../fixtures/server');
		const c = new Client(limited.url);
		const statuses: number[] = [];
		for (let i = 0; i < 3; i++) statuses.push((await c.signIn('phantich', 'wrong-password-1')).status);
		const last = await c.signIn('phantich');
		expect(statuses).toEqual([400, 400, 400]);
		expect(last.status).toBe(429);
		expect(await last.text()).toContain('Có quá nhiều lần đăng nhập từ địa chỉ này');
	});
});
