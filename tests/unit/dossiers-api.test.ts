import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startServer, createTestAccounts, signedIn, type Server, type Client } from '../fixtures/server';
import { openGoldenStore } from '../fixtures/golden';

/**
 * The dossier API and page over HTTP, on the golden world (the built server, as a reader's browser sees it),
 * signed in as the national leader.
 */
let server: Server;
let client: Client;
beforeAll(async () => {
	const store = await openGoldenStore();
	const file = store.file;
	await store.close();
	await createTestAccounts(file);
	server = await startServer(file);
	client = await signedIn(server.url, 'lanhdao');
});
afterAll(async () => {
	await server.stop();
});

const get = async (path: string) => {
	const r = await client.fetch(path);
	return { status: r.status, body: await r.json() };
};

describe('dossier API', () => {
	it('GET /api/v1/dossiers: one page with the total and the evaluation time', async () => {
		const { status, body } = await get('/api/v1/dossiers?period=2026-07&status=late&sort=days_late&dir=desc&size=25');
		expect(status).toBe(200);
		expect(body).toMatchObject({ page: 1, size: 25, total: 4, sort: 'days_late', dir: 'desc' });
		expect(body.evaluated_at).toBe('2026-07-31T17:00:00.000Z');
		expect(body.rows.map((r: { dossier: string }) => r.dossier)).toEqual(['G2', 'G4b', 'G8b', 'G5']);
		expect(body.rows[0]).toMatchObject({ timeliness: 'late', days_late: 2.6667, agency_name: 'Phường Ba Đình' });
	});

	it('a bad parameter is a 400 naming it; an unknown unit a 404', async () => {
		for (const [qs, param] of [
			['status=soon', 'status'],
			['size=7', 'size'],
			['period=2026-13', 'period'],
			['asOf=yesterday', 'asOf']
		]) {
			const { status, body } = await get(`/api/v1/dossiers?${qs}`);
			expect(status, qs).toBe(400);
			expect(body.param, qs).toBe(param);
			expect(body.error).toMatch(new RegExp(`^${param}`));
		}
		const unknown = await get('/api/v1/dossiers?unit=T99');
		expect(unknown).toMatchObject({ status: 404, body: { param: 'unit' } });
	});

	it('GET /api/v1/dossiers/{code}: holders, due changes, timeline; 404 when there is none', async () => {
		const { status, body } = await get('/api/v1/dossiers/G9?asOf=2026-07-31');
		expect(status).toBe(200);
		expect(body.timeliness).toMatchObject({ status: 'on_time', due_soon: false });
		expect(body.holders.map((h: { officer: string }) => h.officer)).toEqual(['Lê Thị Hoa', 'Phạm Minh Đức']);
		expect(body.dues.at(-1)).toMatchObject({ kind: 'rescheduled', apology: true, due: '2026-07-08T10:00:00.000Z' });
		expect(body.events).toHaveLength(6);
		const none = await get('/api/v1/dossiers/NOPE');
		expect(none).toMatchObject({ status: 404, body: { param: 'code' } });
	});

	it('the CSV export takes the same filters', async () => {
		const r = await client.fetch('/api/v1/export/dossiers.csv?period=2026-07&status=late&lang=vi');
		expect(r.status).toBe(200);
		const lines = (await r.text()).trim().split(/\r?\n/);
		expect(lines).toHaveLength(5);
		expect(lines[0]).toContain('Mã hồ sơ');
	});
});

describe('dossier page', () => {
	it('renders the filtered list with its count', async () => {
		const r = await client.fetch('/dossiers?period=2026-07&status=late');
		expect(r.status).toBe(200);
		const html = await r.text();
		expect(html).toContain('1–4 / 4 hồ sơ');
		for (const code of ['G2', 'G4b', 'G5', 'G8b']) expect(html).toContain(`data-code="${code}"`);
		expect(html).not.toContain('data-code="G1"');
	});

	it('keeps the page and says what to fix for a bad parameter; a unit outside the scope is a 404 page', async () => {
		const bad = await client.fetch('/dossiers?status=soon');
		expect(bad.status).toBe(200);
		expect(await bad.text()).toContain('Cần sửa ô "Tình trạng hạn"');
		// A unit's name typed instead of its code finds the code.
		const named = await client.fetch(`/dossiers?unit=${encodeURIComponent('ha noi')}&status=late`);
		expect(named.status).toBe(303);
		expect(named.headers.get('location')).toBe('/dossiers?unit=T01&status=late');
		const missing = await client.fetch('/dossiers?unit=T99');
		expect(missing.status).toBe(404);
		expect(await missing.text()).toContain('Không tìm thấy đơn vị');
	});
});
