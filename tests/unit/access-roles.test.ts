import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startServer, Client, signedIn, type Server } from '../fixtures/server';
import { accessWorld, PEOPLE } from '../fixtures/access';

/**
 * What each role can and cannot reach through the API, the CSV exports and the pages, on the real server.
 * Scores are public; dossiers only within the account's scope, and outside it they do not exist (404).
 */
let server: Server;
const clients: Record<string, Client> = {};
const P = 'period=2026-07&asOf=2026-07-31';

beforeAll(async () => {
	const w = await accessWorld();
	server = await startServer(w.file);
	clients.anonymous = new Client(server.url);
	for (const u of ['lanhdao', 'hanoi', 'haiphong', 'botuphap', 'canbo', 'phantich', 'phantich-hp', 'nguon', 'quantri'])
		clients[u] = await signedIn(server.url, u);
});
afterAll(async () => {
	await server?.stop();
});

const status = async (who: string, path: string) => (await clients[who].fetch(path)).status;
const codes = async (who: string, qs = '') => {
	const r = await clients[who].json(`/api/v1/dossiers?${P}&size=100${qs}`);
	expect(r.status, `${who} ${qs}`).toBe(200);
	return (r.body.rows as { dossier: string }[]).map((x) => x.dossier);
};
const csv = async (who: string, path: string) => {
	const r = await clients[who].fetch(path);
	return { status: r.status, lines: r.status === 200 ? (await r.text()).trim().split(/\r?\n/) : [] };
};

/** Public score endpoints: every visitor, signed in or not, sees every unit's scores. */
const PUBLIC = [
	`/api/v1/scores?level=province&${P}`,
	`/api/v1/scores?level=children&parent=T31&kind=commune&${P}`,
	`/api/v1/units/T31/scores?${P}`,
	`/api/v1/units/T01/scores?${P}`,
	`/api/v1/reuse?level=province&${P}`,
	`/api/v1/units/T31/reuse?${P}`,
	`/api/v1/export/ranking.csv?${P}`,
	`/api/v1/export/scorecard.csv?unit=T31&${P}`,
	`/api/v1/export/procedures.csv?unit=T31&${P}`,
	`/api/v1/export/trend.csv?unit=T31`,
	`/api/v1/export/reuse.csv?${P}`,
	`/api/v1/export/reuse-procedures.csv?unit=T31&${P}`,
	`/`,
	`/units/T31?${P}`,
	`/reuse?unit=T31&${P}`
];

describe('scores are public', () => {
	it.each(['anonymous', 'lanhdao', 'hanoi', 'canbo', 'phantich-hp', 'nguon', 'quantri'])('%s sees every score', async (who) => {
		for (const path of PUBLIC) expect(await status(who, path), `${who} ${path}`).toBe(200);
	});
});

describe('anonymous visitors', () => {
	it('get 401 from every dossier-level API and CSV, and the sign-in page for dossier pages', async () => {
		for (const path of [
			`/api/v1/dossiers?${P}`,
			'/api/v1/dossiers/HP1',
			`/api/v1/export/dossiers.csv?${P}`,
			`/api/v1/export/violations.csv?unit=T01&${P}`,
			'/api/v1/quarantine',
			'/api/v1/batches/1',
			'/api/v1/admin/audit',
			'/api/v1/admin/audit.csv',
			'/api/v1/admin/users',
			'/api/v1/admin/tokens'
		])
			expect(await status('anonymous', path), path).toBe(401);
		for (const path of [`/dossiers?unit=T01&${P}`, '/feed', '/admin/users', '/admin/audit', '/admin/tokens', '/admin/settings']) {
			const r = await clients.anonymous.fetch(path);
			expect(r.status, path).toBe(303);
			expect(r.headers.get('location'), path).toBe(`/signin?next=${encodeURIComponent(path)}`);
		}
	});

	it('see reuse rates but no violating dossier', async () => {
		const html = await (await clients.anonymous.fetch(`/reuse?unit=T01&${P}`)).text();
		expect(html).not.toContain('/dossiers?open=');
		expect(html).toContain('Đăng nhập để xem các hồ sơ vi phạm');
	});
});

describe('national leader', () => {
	it('sees every dossier, with personal data masked', async () => {
		expect(await codes('lanhdao')).toEqual(expect.arrayContaining(['BD1', 'SS1', 'HP1', 'BTP1']));
		const d = await clients.lanhdao.json('/api/v1/dossiers/HP1');
		expect(d.status).toBe(200);
		expect(d.body.dossier).toMatchObject({
			applicant_name: 'Phạm V. H.',
			applicant_id_number: '031…234',
			applicant_phone: '091…678',
			summary: 'Đăng ký khai sinh cho Phạm V. H.'
		});
		const c = await csv('lanhdao', `/api/v1/export/dossiers.csv?${P}&q=HP1`);
		expect(c.status).toBe(200);
		expect(c.lines[1]).toContain('Phạm V. H.');
		expect(c.lines.join()).not.toContain('Phạm Văn Hùng');
	});

	it('is not an administrator', async () => {
		expect(await status('lanhdao', '/api/v1/admin/audit')).toBe(403);
		expect(await status('lanhdao', '/admin/users')).toBe(403);
	});
});

describe('manager of Hà Nội', () => {
	it("sees Hà Nội's dossiers with personal data in full, and nothing of Hải Phòng or the ministry", async () => {
		const all = await codes('hanoi');
		expect(all).toEqual(expect.arrayContaining(['BD1', 'SS1']));
		expect(all).not.toContain('HP1');
		expect(all).not.toContain('BTP1');
		const d = await clients.hanoi.json('/api/v1/dossiers/BD1');
		expect(d.body.dossier).toMatchObject({ applicant_name: PEOPLE.BD1.name, applicant_id_number: PEOPLE.BD1.id });
		expect(await codes('hanoi', '&unit=T01.X002')).toEqual(['SS1']);
	});

	it('gets 404 for another province, whatever the URL, filter or export parameter', async () => {
		for (const path of [
			'/api/v1/dossiers/HP1',
			'/api/v1/dossiers/BTP1',
			`/api/v1/dossiers/HP1?asOf=2026-07-31`,
			`/api/v1/dossiers?${P}&unit=T31`,
			`/api/v1/dossiers?${P}&unit=T31.X001`,
			// the old province merged into Hải Phòng, and its old commune
			`/api/v1/dossiers?${P}&unit=H30`,
			`/api/v1/dossiers?${P}&unit=H30.X0001`,
			`/api/v1/dossiers?${P}&unit=B05`,
			`/api/v1/dossiers?${P}&unit=${encodeURIComponent("T01' OR 1=1 --")}`,
			`/api/v1/export/dossiers.csv?${P}&unit=T31`,
			`/api/v1/export/dossiers.csv?${P}&unit=T31.X001&lang=en`,
			`/api/v1/export/violations.csv?${P}&unit=T31`,
			`/dossiers?${P}&unit=T31`,
			`/dossiers?${P}&unit=T31.X001`
		])
			expect(await status('hanoi', path), path).toBe(404);
	});

	it('no filter or parameter widens the scope', async () => {
		expect(await codes('hanoi', '&q=HP')).toEqual([]);
		expect(await codes('hanoi', '&q=BTP')).toEqual([]);
		expect(await codes('hanoi', '&parent=T31&root=T31&units=T31&viewer=national')).not.toContain('HP1');
		const c = await csv('hanoi', `/api/v1/export/dossiers.csv?${P}&parent=T31`);
		expect(c.status).toBe(200);
		const rows = c.lines.slice(1).map((l) => l.split(',')[0]);
		expect(rows).toEqual(expect.arrayContaining(['BD1', 'SS1']));
		expect(rows).not.toContain('HP1');
		// The page opens Hà Nội's list; the drawer's API refuses another province's dossier named in ?open=.
		expect(await status('hanoi', `/dossiers?${P}&unit=T01&open=HP1`)).toBe(200);
		expect(await status('hanoi', '/api/v1/dossiers/HP1')).toBe(404);
	});

	it("still sees Hải Phòng's scores and rates, never its dossiers", async () => {
		const children = await clients.hanoi.json(`/api/v1/scores?level=children&parent=T31&kind=commune&${P}`);
		expect(children.status).toBe(200);
		expect(children.body.rows.map((r: { unit: { code: string } }) => r.unit.code)).toContain('T31.X001');
		const reuse = await (await clients.hanoi.fetch(`/reuse?unit=T31&${P}`)).text();
		expect(reuse).not.toContain('/dossiers?open=HP1');
	});

	it('sees the feed page for its own province only, and no quarantined records', async () => {
		const html = await (await clients.hanoi.fetch('/feed')).text();
		expect(html).toContain('data-code="T01"');
		expect(html).not.toContain('data-code="T31"');
		expect(await status('hanoi', '/api/v1/quarantine')).toBe(403);
		expect(await status('hanoi', '/api/v1/admin/users')).toBe(403);
	});
});

describe('manager of a ministry', () => {
	it("sees the ministry's dossiers only", async () => {
		expect(await codes('botuphap')).toEqual(['BTP1']);
		expect(await status('botuphap', '/api/v1/dossiers/BD1')).toBe(404);
		expect(await status('botuphap', `/api/v1/dossiers?${P}&unit=T01`)).toBe(404);
	});
});

describe('unit officer', () => {
	it('sees its own unit, not its neighbours nor its province as a whole', async () => {
		const mine = await codes('canbo');
		expect(mine).toContain('BD1');
		expect(mine).not.toContain('SS1');
		expect((await clients.canbo.json('/api/v1/dossiers/BD1')).body.dossier.applicant_phone).toBe(PEOPLE.BD1.phone);
		for (const path of [
			'/api/v1/dossiers/SS1',
			`/api/v1/dossiers?${P}&unit=T01`,
			`/api/v1/dossiers?${P}&unit=T01.X002`,
			`/api/v1/export/dossiers.csv?${P}&unit=T01`,
			`/dossiers?${P}&unit=T01`
		])
			expect(await status('canbo', path), path).toBe(404);
	});
});

describe('analysts', () => {
	it('a national analyst reads and exports everything, masked', async () => {
		expect(await codes('phantich')).toEqual(expect.arrayContaining(['BD1', 'HP1', 'BTP1']));
		expect((await clients.phantich.json('/api/v1/dossiers/BD1')).body.dossier.applicant_name).toBe('Nguyễn V. A.');
		expect((await csv('phantich', `/api/v1/export/dossiers.csv?${P}`)).status).toBe(200);
		expect((await csv('phantich', `/api/v1/export/violations.csv?${P}&unit=T01`)).status).toBe(200);
	});

	it('an analyst of Hải Phòng stays within it', async () => {
		expect(await codes('phantich-hp')).toEqual(['HP1']);
		expect(await status('phantich-hp', '/api/v1/dossiers/BD1')).toBe(404);
		expect((await clients['phantich-hp'].json('/api/v1/dossiers/HP1')).body.dossier.applicant_id_number).toBe('031…234');
	});
});

describe('feed source account', () => {
	it('sees public scores and no dossier at all', async () => {
		for (const path of [
			'/api/v1/dossiers',
			'/api/v1/dossiers/BD1',
			`/api/v1/export/dossiers.csv?${P}`,
			`/api/v1/export/violations.csv?${P}`
		])
			expect(await status('nguon', path), path).toBe(403);
		expect(await status('nguon', '/dossiers')).toBe(403);
		expect(await status('nguon', '/api/v1/quarantine')).toBe(403);
		expect(await status('nguon', '/admin/tokens')).toBe(403);
	});
});

describe('administrator', () => {
	it('reaches the administration pages and APIs, and dossiers masked', async () => {
		for (const path of [
			'/admin/users',
			'/admin/tokens',
			'/admin/audit',
			'/admin/settings',
			'/api/v1/admin/users',
			'/api/v1/admin/tokens',
			'/api/v1/admin/audit'
		])
			expect(await status('quantri', path), path).toBe(200);
		const users = await clients.quantri.json('/api/v1/admin/users');
		expect(JSON.stringify(users.body)).not.toContain('argon2');
		expect((await clients.quantri.json('/api/v1/dossiers/HP1')).body.dossier.applicant_name).toBe('Phạm V. H.');
		const q = await clients.quantri.json('/api/v1/quarantine');
		expect(q.status).toBe(200);
	});
});

describe('pages', () => {
	it('the header names who is signed in and the role, with a sign-out form', async () => {
		const html = await (await clients.hanoi.fetch('/')).text();
		expect(html).toContain('Quản lý Hà Nội');
		expect(html).toContain('Quản lý bộ, tỉnh');
		expect(html).toMatch(/action="\/signout"/);
	});

	it('masked personal data carries the "đã ẩn" hint in the list', async () => {
		const html = await (await clients.lanhdao.fetch(`/dossiers?${P}&q=HP1`)).text();
		expect(html).toContain('Phạm V. H.');
		expect(html).toContain('đã ẩn');
		expect(html).not.toContain('Phạm Văn Hùng');
		const full = await (await clients.hanoi.fetch(`/dossiers?${P}&q=BD1`)).text();
		expect(full).toContain(PEOPLE.BD1.name);
	});
});
