import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startServer, type Server } from '../fixtures/server';
import { openGoldenStore } from '../fixtures/golden';

let server: Server;
beforeAll(async () => {
	const store = await openGoldenStore();
	const file = store.file;
	await store.close();
	server = await startServer(file);
});
afterAll(async () => {
	await server.stop();
});

const get = async (path: string) => {
	const r = await fetch(`${server.url}${path}`);
	return { status: r.status, body: await r.json() };
};

describe('index API', () => {
	it('GET /api/v1/scores: province ranking rows with groups, rank and change', async () => {
		const { status, body } = await get('/api/v1/scores?level=province&period=2026-07');
		expect(status).toBe(200);
		expect(body.period).toMatchObject({ key: '2026-07', first_day: '2026-07-01', last_day: '2026-07-31' });
		expect(body.provisional).toBe(false);
		expect(body.rows.map((r: { unit: { code: string }; rank: number }) => [r.unit.code, r.rank])).toEqual([
			['T42', 1],
			['T40', 1],
			['T31', 3],
			['T01', 4]
		]);
		const hn = body.rows.find((r: { unit: { code: string } }) => r.unit.code === 'T01');
		expect(hn).toMatchObject({
			total: 48.32,
			groups: { CKMB: 9.83, TDGQ: 11.67, CLGQ: 8, TTTT: 5.66, MDHL: 7.78, MDSH: 5.38 },
			received: 12
		});
		expect(hn.previous.total).toBeTypeOf('number');
		expect(hn.change).toBeCloseTo(48.32 - hn.previous.total, 2);
	});

	it('GET /api/v1/scores?level=children: siblings of one kind', async () => {
		const { body } = await get('/api/v1/scores?level=children&parent=T01&kind=commune&period=2026-07');
		expect(body.rows.map((r: { unit: { code: string }; total: number }) => [r.unit.code, r.total])).toEqual([
			['T01.X001', 48.66],
			['T01.X002', 42.33]
		]);
	});

	it('GET /api/v1/units/{code}/scores: every metric with its numbers', async () => {
		const { status, body } = await get('/api/v1/units/T01/scores?period=2026-07');
		expect(status).toBe(200);
		expect(body.total).toBe(48.32);
		expect(body.path.map((u: { code: string }) => u.code)).toEqual(['T01']);
		const onTime = body.groups
			.find((g: { code: string }) => g.code === 'TDGQ')
			.metrics.find((m: { code: string }) => m.code === 'ON_TIME');
		expect(onTime).toMatchObject({ numerator: 7, denominator: 12, score: 11.67, max: 20, percent: 58.33, zero_rule: 'full' });
		expect(onTime.name.vi).toBe('Hồ sơ giải quyết đúng hạn, còn hạn');
		const commune = await get('/api/v1/units/T01.X001/scores?period=2026-07&asOf=2026-07-20T12:00:00%2B07:00');
		expect(commune.body.provisional).toBe(true);
		expect(commune.body.path.map((u: { code: string }) => u.code)).toEqual(['T01', 'T01.X001']);
	});

	it.each([
		['/api/v1/scores?level=district', 400, 'level'],
		['/api/v1/scores?level=children', 400, 'parent'],
		['/api/v1/scores?level=children&parent=T01&kind=ward', 400, 'kind'],
		['/api/v1/scores?level=province&period=2026-13', 400, 'period'],
		['/api/v1/scores?level=province&asOf=yesterday', 400, 'asOf'],
		['/api/v1/scores?level=children&parent=NOPE', 404, 'parent'],
		['/api/v1/units/NOPE/scores', 404, 'code'],
		['/api/v1/units/H30/scores?period=2025', 404, 'code'],
		['/api/v1/units/T01/scores?period=2026-01-01..2025-01-01', 400, 'period']
	])('%s → %i naming %s', async (path, status, param) => {
		const r = await get(path);
		expect(r.status).toBe(status);
		expect(r.body.param).toBe(param);
		expect(r.body.error).toMatch(param === 'code' ? /unit|merged/ : new RegExp(`^${param}: `));
	});
});
