import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Store } from '../../src/lib/server/store/db';
import { ingestRecords, catchUp } from '../../src/lib/server/feed/ingest';
import { scorecard, InputError } from '../../src/lib/server/index/service';
import { countReuse, reuseByDatabase, reuseByProcedure } from '../../src/lib/server/reuse/counts';
import { reuseRanking, unitReuse, nationalReuse, reuseTrend } from '../../src/lib/server/reuse/service';
import { listViolations } from '../../src/lib/server/reuse/violations';
import { rate, rankByRate, addCounts, ZERO } from '../../src/lib/server/reuse/rates';
import { NATIONAL, type Viewer } from '../../src/lib/server/read/scope';
import { procedureTable } from '../../src/lib/server/read/dossiers';
import { openTestStore } from '../fixtures/world';
import { openGoldenStore, NOW as GOLDEN_NOW } from '../fixtures/golden';
import { startServer, createTestAccounts, signedIn, type Server, type Client } from '../fixtures/server';

/**
 * Data reuse and re-requested documents, worked out by hand from the records below before the code was run.
 * Times are Vietnam time (+07:00). The test world (fixtures/world.ts) has the catalogue:
 *
 *   1.001193 khai sinh        TP1 –, TP2 health, TP3 population
 *   1.004227 đất đai           TP1 –, TP2 population
 *   2.001417 lý lịch tư pháp   TP1 –, TP2 population
 *   2.000815 chứng thực        TP1 –
 *
 * and this file adds R.0001 (thường trú): TP1 –, TP2 land, TP3 – ; from 16 March 2026 (a second record, same
 * code, new id) TP3 becomes replaceable by civil_status.
 */

const NOW = new Date('2026-05-01T12:00:00+07:00');
const MARCH = { period: '2026-03', now: NOW };

const THUONG_TRU = {
	id: 'pr-R.0001',
	code: 'R.0001',
	name: 'Đăng ký thường trú',
	field: 'cu_tru',
	target: 'citizen',
	fee: false,
	full_online_eligible: true,
	time_limit: { value: 7, unit: 'working_days' },
	components: [
		{ code: 'TP1', name: 'Tờ khai thay đổi thông tin cư trú', replaceable_by: null },
		{ code: 'TP2', name: 'Giấy tờ chứng minh chỗ ở hợp pháp', replaceable_by: 'land' },
		{ code: 'TP3', name: 'Giấy xác nhận tình trạng hôn nhân', replaceable_by: null }
	]
};
const THUONG_TRU_V2 = {
	...THUONG_TRU,
	id: 'pr-R.0001-2026-03-16',
	valid_from: '2026-03-16',
	components: [
		{ code: 'TP1', name: 'Tờ khai thay đổi thông tin cư trú', replaceable_by: null },
		{ code: 'TP2', name: 'Giấy tờ chứng minh chỗ ở hợp pháp', replaceable_by: 'land' },
		{ code: 'TP3', name: 'Giấy xác nhận tình trạng hôn nhân', replaceable_by: 'civil_status' }
	]
};

const KS = '1.001193';
const rec = (
	dossier: string,
	at: string,
	agency: string,
	procedure: string,
	components: { code: string; source: string; database?: string }[] | undefined,
	officer = 'cb.lan'
) => ({
	id: `${dossier}-r`,
	dossier,
	type: 'received',
	at: `2026-${at}:00+07:00`,
	agency,
	officer,
	procedure,
	channel: 'online',
	...(components ? { components } : {})
});

// Per dossier: components (C), from data (F), replaceable (R), re-requested (Q) under the catalogue in force.
const EVENTS = [
	// D1 X001: TP2 from the health database, TP3 through VNeID (population). C3 F2 R2 Q0.
	rec('D1', '03-02T08:00', 'T01.X001', KS, [
		{ code: 'TP1', source: 'upload' },
		{ code: 'TP2', source: 'database', database: 'health' },
		{ code: 'TP3', source: 'vneid', database: 'population' }
	]),
	// D2 X001: both replaceable components supplied by the applicant. C3 F0 R2 Q2 (TP2 health upload, TP3 population paper).
	rec('D2', '03-03T08:00', 'T01.X001', KS, [
		{ code: 'TP1', source: 'paper' },
		{ code: 'TP2', source: 'upload' },
		{ code: 'TP3', source: 'paper' }
	]),
	// D3 X002, received by cb.minh: TP1 reused from an earlier dossier, TP2 uploaded. C2 F1 R1 Q1 (population).
	rec(
		'D3',
		'03-04T08:00',
		'T01.X002',
		'1.004227',
		[
			{ code: 'TP1', source: 'reused' },
			{ code: 'TP2', source: 'upload' }
		],
		'cb.minh'
	),
	// D4 A01: personal data store, and a VNeID document that names no database. C2 F2 R1 Q0.
	rec('D4', '03-05T08:00', 'T01.A01', '2.001417', [
		{ code: 'TP1', source: 'personal_storage' },
		{ code: 'TP2', source: 'vneid' }
	]),
	// D5 A01: nothing replaceable. C1 F0 R0 Q0.
	rec('D5', '03-06T08:00', 'T01.A01', '2.000815', [{ code: 'TP1', source: 'upload' }]),
	// D6 X001, before 16 March: TP3 not replaceable yet. C3 F1 R1 (TP2 land, served) Q0.
	rec('D6', '03-10T08:00', 'T01.X001', 'R.0001', [
		{ code: 'TP1', source: 'upload' },
		{ code: 'TP2', source: 'database', database: 'land' },
		{ code: 'TP3', source: 'paper' }
	]),
	// D7 X001, after 16 March: C3 F0; version 2: R2 Q2 (TP2 land upload, TP3 civil_status paper); version 1 only: R1 Q1.
	rec('D7', '03-20T08:00', 'T01.X001', 'R.0001', [
		{ code: 'TP1', source: 'upload' },
		{ code: 'TP2', source: 'upload' },
		{ code: 'TP3', source: 'paper' }
	]),
	// D11 X001, the last half hour of March (Vietnam time). C1 F0 R1 Q1 (population).
	rec('D11', '03-31T23:30', 'T01.X001', KS, [{ code: 'TP3', source: 'upload' }]),
	// D13 X002: no components sent. C0.
	rec('D13', '03-15T08:00', 'T01.X002', KS, undefined),
	// D10 X001, February: outside March. C1 F0 R1 Q1 (health).
	rec('D10', '02-27T08:00', 'T01.X001', KS, [{ code: 'TP2', source: 'upload' }]),
	// D12 refused at reception: never received, never counted.
	{
		id: 'D12-n',
		dossier: 'D12',
		type: 'not_accepted',
		at: '2026-03-09T08:00:00+07:00',
		agency: 'T01.X001',
		procedure: KS,
		channel: 'in_person',
		reason: 'thiếu giấy tờ'
	},
	// D8 Hải Phòng commune: C3 F1 R2 Q1 (TP2 health upload).
	rec('D8', '03-11T08:00', 'T31.X001', KS, [
		{ code: 'TP1', source: 'upload' },
		{ code: 'TP2', source: 'upload' },
		{ code: 'TP3', source: 'database', database: 'population' }
	]),
	// D9 Ministry of Justice agency: C2 F0 R1 Q1 (population, paper).
	rec('D9', '03-12T08:00', 'B05.A01', '2.001417', [
		{ code: 'TP1', source: 'upload' },
		{ code: 'TP2', source: 'paper' }
	])
];

const T31_VIEWER: Viewer = {
	id: 'hp',
	name: 'Hải Phòng',
	role: 'province_leader',
	units: ['T31'],
	personal: false,
	export: true
};

let store: Store;
let beforeV2: Awaited<ReturnType<typeof countReuse>>;
let dirtyAfterV2: string[];

beforeAll(async () => {
	store = await openTestStore();
	const p = await ingestRecords(store, 'procedures', [THUONG_TRU], { source: 'test' });
	expect(p.rejected).toBe(0);
	const r = await ingestRecords(store, 'events', EVENTS, { source: 'test', deriveEvery: 1 });
	expect(r.errors).toEqual([]);
	beforeV2 = await countReuse(store, { by: 'root', codes: ['T01'] }, marchWindow());
	// The second catalogue version arrives after the events: the dossiers of R.0001 must be judged again.
	const v2 = await ingestRecords(store, 'procedures', [THUONG_TRU_V2], { source: 'test' });
	expect(v2.accepted).toBe(1);
	dirtyAfterV2 = (await store.all<{ dossier: string }>('SELECT DISTINCT dossier FROM dirty_dossiers ORDER BY 1')).map(
		(x) => x.dossier
	);
	await catchUp(store);
});
afterAll(async () => {
	await store.close();
});

function marchWindow() {
	return {
		start: new Date('2026-03-01T00:00:00+07:00'),
		end: new Date('2026-04-01T00:00:00+07:00'),
		T: new Date('2026-04-01T00:00:00+07:00')
	};
}

describe('reuse: rates', () => {
	it('rate arithmetic is exact and says "none" for an empty denominator', () => {
		expect(rate(4, 9)).toMatchObject({ num: 4, den: 9, pct: 44.44 });
		expect(rate(2, 3).pct).toBe(66.67);
		expect(rate(0, 0)).toEqual({ num: 0, den: 0, ratio: null, pct: null });
		expect(addCounts({ ...ZERO, received: 2, rerequested: 1 }, { ...ZERO, received: 3 })).toMatchObject({
			received: 5,
			rerequested: 1
		});
	});

	it('ranks on the rate as shown: equal percentages share a rank; no rate, no rank', () => {
		const rows = [rate(1, 3), rate(2, 6), rate(1, 2), rate(0, 0), rate(0, 5)];
		const r = rankByRate(rows, (x) => x, 'desc');
		// 50.00 → 1; 33.33 and 33.33 → 2, 2; 0.00 → 4; none → null.
		expect(rows.map((x) => r.get(x))).toEqual([2, 2, 1, null, 4]);
	});
});

describe('reuse: Hà Nội, March 2026', () => {
	it('counts dossiers, components, data and re-requests of the whole province', async () => {
		const u = await unitReuse(store, 'T01', MARCH);
		// Received in March in T01: D1 D2 D3 D4 D5 D6 D7 D11 D13 = 9 (D10 is February, D12 was refused).
		// With a component from data: D1 D3 D4 D6 = 4. From an earlier digitised dossier: D3 = 1.
		// Components: 3+3+2+2+1+3+3+1+0 = 18; from data: 2+0+1+2+0+1+0+0 = 6.
		// Replaceable: 2+2+1+1+0+1+2+1 = 10; re-requested: D2 2 + D3 1 + D7 2 + D11 1 = 6; in D2 D3 D7 D11 = 4 dossiers.
		expect(u.counts).toEqual({
			received: 9,
			reusing: 4,
			reusedDigitised: 1,
			components: 18,
			fromData: 6,
			replaceable: 10,
			rerequested: 6,
			violating: 4
		});
		// 4/9 = 44.44 %; 6/18 = 33.33 %; 6/10 = 60.00 %.
		expect([u.rates.reuse.pct, u.rates.componentReuse.pct, u.rates.rerequest.pct]).toEqual([44.44, 33.33, 60]);
		expect(u.window.T.toISOString()).toBe('2026-03-31T17:00:00.000Z');
		// February: D10 only.
		expect(u.prev?.counts).toMatchObject({ received: 1, replaceable: 1, rerequested: 1, violating: 1 });
	});

	it('breaks data and violations down by database', async () => {
		const u = await unitReuse(store, 'T01', MARCH);
		const by = Object.fromEntries(u.byDatabase.map((d) => [`${d.kind}:${d.key}`, d]));
		// Served from data: D1 TP2 health, D1 TP3 population (through VNeID), D3 TP1 reused, D4 TP1 personal store,
		// D4 TP2 VNeID without a database, D6 TP2 land = 6 = components from data.
		// Replaceable by: health D1 D2 = 2 (re-requested D2); population D1 D2 D3 D4 D11 = 5 (re-requested D2 D3 D11);
		// land D6 D7 = 2 (D7); civil_status D7 = 1 (D7). 2+5+2+1 = 10; 1+3+1+1 = 6.
		expect(by['database:population']).toMatchObject({
			served: 1,
			viaVneid: 1,
			servedDossiers: 1,
			replaceable: 5,
			rerequested: 3,
			violating: 3
		});
		expect(by['database:population'].rerequest.pct).toBe(60);
		expect(by['database:health']).toMatchObject({ served: 1, viaVneid: 0, replaceable: 2, rerequested: 1, violating: 1 });
		expect(by['database:land']).toMatchObject({ served: 1, replaceable: 2, rerequested: 1, violating: 1 });
		expect(by['database:civil_status']).toMatchObject({ served: 0, replaceable: 1, rerequested: 1, violating: 1 });
		expect(by['reused:reused']).toMatchObject({ served: 1, servedDossiers: 1, replaceable: 0 });
		expect(by['personal_storage:personal_storage']).toMatchObject({ served: 1, replaceable: 0 });
		expect(by['vneid:vneid']).toMatchObject({ served: 1, viaVneid: 1, replaceable: 0 });
		expect(u.byDatabase).toHaveLength(7);
		expect(u.byDatabase.reduce((a, d) => a + d.served, 0)).toBe(u.counts.fromData);
		expect(u.byDatabase.reduce((a, d) => a + d.replaceable, 0)).toBe(u.counts.replaceable);
		expect(u.byDatabase.reduce((a, d) => a + d.rerequested, 0)).toBe(u.counts.rerequested);
	});

	it('breaks them down by procedure, most re-requested first', async () => {
		const u = await unitReuse(store, 'T01', MARCH);
		// 1.001193: D1 D2 D11 D13: received 4, reusing 1, C 7, F 2, R 5, Q 3, in 2 dossiers.
		// R.0001: D6 D7: 2, 1, C 6, F 1, R 3, Q 2, 1.   1.004227: D3: 1, 1, 2, 1, 1, 1, 1.
		// 2.001417: D4: 1, 1, 2, 2, 1, 0, 0.   2.000815: D5: 1, 0, 1, 0, 0, 0, 0 (ties: by code).
		expect(
			u.byProcedure.map((p) => [
				p.procedure,
				p.received,
				p.reusing,
				p.components,
				p.fromData,
				p.replaceable,
				p.rerequested,
				p.violating
			])
		).toEqual([
			[KS, 4, 1, 7, 2, 5, 3, 2],
			['R.0001', 2, 1, 6, 1, 3, 2, 1],
			['1.004227', 1, 1, 2, 1, 1, 1, 1],
			['2.000815', 1, 0, 1, 0, 0, 0, 0],
			['2.001417', 1, 1, 2, 2, 1, 0, 0]
		]);
		expect(u.byProcedure[1].name).toBe('Đăng ký thường trú');
		// The unit page's "documents re-requested" column counts the same dossiers.
		const table = await procedureTable(store, 'T01', u.window);
		for (const p of u.byProcedure) expect(table.find((x) => x.procedure === p.procedure)?.rerequested).toBe(p.violating);
	});

	it('sums a parent from its dossiers, not from its children’s rates', async () => {
		const r = await reuseRanking(store, 'children', 'T01', MARCH);
		const c = Object.fromEntries(r.rows.map((x) => [x.code, x]));
		// X001: D1 D2 D6 D7 D11: received 5, reusing 2 (D1 D6), C 13, F 3, R 8, Q 5, in 3 dossiers.
		expect(c['T01.X001'].counts).toMatchObject({
			received: 5,
			reusing: 2,
			components: 13,
			fromData: 3,
			replaceable: 8,
			rerequested: 5
		});
		// X002: D3 D13: 2, 1, C 2, F 1, R 1, Q 1.   A01: D4 D5: 2, 1, C 3, F 2, R 1, Q 0.   A02: nothing.
		expect(c['T01.X002'].counts).toMatchObject({
			received: 2,
			reusing: 1,
			components: 2,
			fromData: 1,
			replaceable: 1,
			rerequested: 1
		});
		expect(c['T01.A01'].counts).toMatchObject({
			received: 2,
			reusing: 1,
			components: 3,
			fromData: 2,
			replaceable: 1,
			rerequested: 0
		});
		expect(c['T01.A02'].counts).toEqual(ZERO);
		const sum = r.rows.reduce((a, x) => addCounts(a, x.counts), { ...ZERO });
		const parent = (await unitReuse(store, 'T01', MARCH)).counts;
		expect(sum).toEqual(parent);
		// The children's rates average (40 + 50 + 50) / 3 = 46.67 % and (62.5 + 100 + 0) / 3 = 54.17 %; the parent's are
		// 4/9 = 44.44 % and 6/10 = 60 %.
		expect((await unitReuse(store, 'T01', MARCH)).rates.reuse.pct).toBe(44.44);
		// Communes apart from agencies: reuse X002 50 % → 1, X001 40 % → 2; re-requests X002 100 % → 1, X001 62.5 % → 2.
		// Agencies: A01 50 % → 1; A02 no dossier → no rank; re-requests A01 0 % → 1.
		expect(r.rows.map((x) => [x.code, x.reuseRank, x.violationRank])).toEqual([
			['T01.A01', 1, 1],
			['T01.A02', null, null],
			['T01.X002', 1, 1],
			['T01.X001', 2, 2]
		]);
		// Only communes when asked.
		const communes = await reuseRanking(store, 'children', 'T01', { ...MARCH, kind: 'commune' });
		expect(communes.rows.map((x) => x.code)).toEqual(['T01.X002', 'T01.X001']);
	});

	it('ranks provinces by reuse and by violations, and counts the whole country', async () => {
		const r = await reuseRanking(store, 'province', null, MARCH);
		// T31 (D8): reuse 1/1 = 100 %, re-requests 1/2 = 50 %. T01: 44.44 %, 60 %. H30 was merged: not a peer.
		expect(r.rows.map((x) => [x.code, x.rates.reuse.pct, x.reuseRank, x.rates.rerequest.pct, x.violationRank])).toEqual([
			['T31', 100, 1, 50, 2],
			['T01', 44.44, 2, 60, 1]
		]);
		const vn = await nationalReuse(store, MARCH);
		// T01 + T31 (D8) + B05 (D9): received 9+1+1 = 11, reusing 4+1+0 = 5, C 18+3+2 = 23, F 6+1+0 = 7, R 10+2+1 = 13,
		// Q 6+1+1 = 8, in 4+1+1 = 6 dossiers.
		expect(vn.counts).toEqual({
			received: 11,
			reusing: 5,
			reusedDigitised: 1,
			components: 23,
			fromData: 7,
			replaceable: 13,
			rerequested: 8,
			violating: 6
		});
		expect(vn.rates.rerequest.pct).toBe(61.54);
	});

	it('trend: month by month up to T', async () => {
		const u = await unitReuse(store, 'T01', MARCH);
		const t = await reuseTrend(store, 'T01', u.window);
		expect(t.map((p) => p.month)).toEqual([
			'2025-04',
			'2025-05',
			'2025-06',
			'2025-07',
			'2025-08',
			'2025-09',
			'2025-10',
			'2025-11',
			'2025-12',
			'2026-01',
			'2026-02',
			'2026-03'
		]);
		// February: D10, re-requested 1/1. March: as above. Earlier months: no dossier, no rate.
		expect(t[10].rates.rerequest.pct).toBe(100);
		expect(t[11].counts).toEqual(u.counts);
		expect(t[0].rates.reuse.pct).toBeNull();
		expect(t.every((p) => !p.provisional)).toBe(true);
	});
});

describe('reuse: a catalogue version that changes mid-period', () => {
	it('judges each dossier by the version in force at reception, even when the version arrives after the events', async () => {
		// Before the second version: D7 had one replaceable component (TP2), re-requested: R 9, Q 5, still 4 dossiers.
		expect(beforeV2.get('T01')).toMatchObject({ replaceable: 9, rerequested: 5, violating: 4 });
		// The new record marked every dossier of R.0001 for derivation again.
		expect(dirtyAfterV2).toEqual(['D6', 'D7']);
		// After: D7 (20 March) gains TP3 (civil_status) as a violation; D6 (10 March), received before, does not.
		const comps = await store.all<{ dossier: string; code: string; replaceable_by: string | null; rerequested: boolean }>(
			`SELECT dossier, code, replaceable_by, rerequested FROM dossier_components WHERE dossier IN ('D6', 'D7') AND code = 'TP3' ORDER BY dossier`
		);
		expect(comps).toEqual([
			{ dossier: 'D6', code: 'TP3', replaceable_by: null, rerequested: false },
			{ dossier: 'D7', code: 'TP3', replaceable_by: 'civil_status', rerequested: true }
		]);
		const after = (await countReuse(store, { by: 'root', codes: ['T01'] }, marchWindow())).get('T01');
		expect(after).toMatchObject({ replaceable: 10, rerequested: 6, violating: 4 });
		const list = await listViolations(store, NATIONAL, { unit: 'T01.X001', procedure: 'R.0001', period: '2026-03' });
		expect(list.rows.map((x) => [x.dossier, x.component, x.database, x.component_name])).toEqual([
			['D7', 'TP2', 'land', 'Giấy tờ chứng minh chỗ ở hợp pháp'],
			['D7', 'TP3', 'civil_status', 'Giấy xác nhận tình trạng hôn nhân']
		]);
	});

	it('gives the same result when the version is known before the events', async () => {
		const s = await openTestStore();
		try {
			await ingestRecords(s, 'procedures', [THUONG_TRU, THUONG_TRU_V2], { source: 'test' });
			await ingestRecords(s, 'events', EVENTS, { source: 'test', deriveEvery: 1 });
			const a = (await countReuse(s, { by: 'root', codes: ['T01'] }, marchWindow())).get('T01');
			const b = (await countReuse(store, { by: 'root', codes: ['T01'] }, marchWindow())).get('T01');
			expect(a).toEqual(b);
		} finally {
			await s.close();
		}
	});
});

describe('reuse: violating dossiers, through the viewer’s scope', () => {
	it('lists every re-requested component with its database, source, receiving unit and officer, newest first', async () => {
		const list = await listViolations(store, NATIONAL, { unit: 'T01', period: '2026-03', asOf: null }, 1, 25);
		// D11 TP3 (31 March), D7 TP2 and TP3 (20 March), D3 TP2 (4 March), D2 TP2 and TP3 (3 March) = 6.
		expect(list.total).toBe(6);
		expect(list.rows.map((x) => [x.dossier, x.component, x.database, x.source])).toEqual([
			['D11', 'TP3', 'population', 'upload'],
			['D7', 'TP2', 'land', 'upload'],
			['D7', 'TP3', 'civil_status', 'paper'],
			['D3', 'TP2', 'population', 'upload'],
			['D2', 'TP2', 'health', 'upload'],
			['D2', 'TP3', 'population', 'paper']
		]);
		const d3 = list.rows[3];
		expect(d3).toMatchObject({
			agency: 'T01.X002',
			agency_name: 'Xã Sóc Sơn',
			received_by: 'cb.minh',
			procedure_name: 'Cấp Giấy chứng nhận quyền sử dụng đất lần đầu',
			component_name: 'Căn cước',
			root_name: 'Hà Nội'
		});
		expect(d3.received_at.toISOString()).toBe('2026-03-04T01:00:00.000Z');
	});

	it('filters by database and pages', async () => {
		const pop = await listViolations(store, NATIONAL, { unit: 'T01', database: 'population', period: '2026-03' });
		expect(pop.rows.map((x) => `${x.dossier}/${x.component}`)).toEqual(['D11/TP3', 'D3/TP2', 'D2/TP3']);
		const page2 = await listViolations(store, NATIONAL, { unit: 'T01', period: '2026-03' }, 2, 4);
		expect(page2.total).toBe(6);
		expect(page2.rows.map((x) => `${x.dossier}/${x.component}`)).toEqual(['D2/TP2', 'D2/TP3']);
	});

	it('a viewer of another province sees none of them, and a unit outside its scope does not exist for it', async () => {
		await expect(listViolations(store, T31_VIEWER, { unit: 'T01', period: '2026-03' })).rejects.toMatchObject({
			status: 404,
			param: 'unit'
		});
		await expect(listViolations(store, T31_VIEWER, { unit: 'T01.X001', period: '2026-03' })).rejects.toBeInstanceOf(InputError);
		// The whole country, as this viewer sees it: only D8 TP2 (health, upload) in Hải Phòng.
		const all = await listViolations(store, T31_VIEWER, { period: '2026-03' });
		expect(all.rows.map((x) => [x.dossier, x.component, x.database])).toEqual([['D8', 'TP2', 'health']]);
		const own = await listViolations(store, T31_VIEWER, { unit: 'T31', period: '2026-03' });
		expect(own.total).toBe(1);
		// A national viewer sees all 8.
		expect((await listViolations(store, NATIONAL, { period: '2026-03' })).total).toBe(8);
	});

	it('rejects what it does not know', async () => {
		await expect(unitReuse(store, 'NOPE', MARCH)).rejects.toMatchObject({ status: 404, param: 'code' });
		await expect(unitReuse(store, 'H30', MARCH)).rejects.toMatchObject({ status: 404, param: 'code' });
		await expect(reuseRanking(store, 'district', null, MARCH)).rejects.toMatchObject({ status: 400, param: 'level' });
		await expect(reuseRanking(store, 'children', null, MARCH)).rejects.toMatchObject({ status: 400, param: 'parent' });
		await expect(reuseRanking(store, 'children', 'NOPE', MARCH)).rejects.toMatchObject({ status: 404, param: 'parent' });
		await expect(unitReuse(store, 'T01', { period: '2026-13', now: NOW })).rejects.toMatchObject({
			status: 400,
			param: 'period'
		});
	});
});

describe('reuse agrees with the index (golden world, Hà Nội, July 2026)', () => {
	let golden: Store;
	beforeAll(async () => {
		golden = await openGoldenStore();
	});
	afterAll(async () => {
		await golden.close();
	});

	it('REUSED_DIGITIZED_DATA and CITIZEN_DATA_CONNECTED_DOSSIER count what these rates count', async () => {
		const q = { period: '2026-07', now: GOLDEN_NOW };
		const s = await scorecard(golden, 'T01', q);
		const m = (code: string) => s.groups.flatMap((g) => g.metrics).find((x) => x.code === code)!;
		const u = await unitReuse(golden, 'T01', q);
		// Received in July: 12 (index-golden.test.ts). Dossiers with a 'reused' component: G6 = 1.
		expect(u.counts.received).toBe(12);
		expect(m('CITIZEN_DATA_CONNECTED_DOSSIER').den).toBe(u.counts.received);
		expect(m('REUSED_DIGITIZED_DATA').den).toBe(u.counts.received);
		expect(m('REUSED_DIGITIZED_DATA').num).toBe(1);
		expect(m('REUSED_DIGITIZED_DATA').num).toBe(u.counts.reusedDigitised);
		// The same count from the components themselves.
		const reused = u.byDatabase.find((d) => d.kind === 'reused');
		expect(reused?.servedDossiers).toBe(m('REUSED_DIGITIZED_DATA').num);
		// Components from data: G1 TP2 (health), TP3 (VNeID, population); G6 TP1 (reused), TP2 (personal store) →
		// dossiers G1 G6 = 2 of 12; every dossier the index counts as reusing digitised data reuses data.
		expect(u.counts.reusing).toBe(2);
		expect(u.counts.reusing).toBeGreaterThanOrEqual(m('REUSED_DIGITIZED_DATA').num);
	});

	it('a replaceable component served from another source of data is not a violation', async () => {
		const byProc = await reuseByProcedure(
			golden,
			{ by: 'root', codes: ['T01'] },
			{
				start: new Date('2026-07-01T00:00:00+07:00'),
				end: new Date('2026-08-01T00:00:00+07:00'),
				T: new Date('2026-08-01T00:00:00+07:00')
			}
		);
		// G1 (khai sinh): TP2 health from a database, TP3 population through VNeID, TP1 not replaceable: no violation.
		expect(byProc.reduce((a, p) => a + p.violating, 0)).toBe(0);
		const byDb = await reuseByDatabase(
			golden,
			{ by: 'root', codes: ['T01'] },
			{
				start: new Date('2026-07-01T00:00:00+07:00'),
				end: new Date('2026-08-01T00:00:00+07:00'),
				T: new Date('2026-08-01T00:00:00+07:00')
			}
		);
		// G6 TP2 came from the personal store although the health database could serve it: served, not a violation.
		expect(byDb.find((d) => d.key === 'health')).toMatchObject({ served: 1, replaceable: 2, rerequested: 0 });
	});
});

describe('reuse API and CSV export', () => {
	let server: Server;
	let client: Client;
	beforeAll(async () => {
		const s = await openTestStore();
		await ingestRecords(s, 'procedures', [THUONG_TRU, THUONG_TRU_V2], { source: 'test' });
		await ingestRecords(s, 'events', EVENTS, { source: 'test', deriveEvery: 1 });
		const file = s.file;
		await s.close();
		await createTestAccounts(file);
		server = await startServer(file);
		client = await signedIn(server.url, 'lanhdao');
	});
	afterAll(async () => {
		await server?.stop();
	});
	const get = async (path: string) => {
		const r = await fetch(`${server.url}${path}`);
		return { status: r.status, body: await r.json() };
	};

	it('GET /api/v1/reuse: provinces with counts, rates and both ranks', async () => {
		const { status, body } = await get('/api/v1/reuse?level=province&period=2026-03&asOf=2026-04-30');
		expect(status).toBe(200);
		expect(body.period.key).toBe('2026-03');
		const hn = body.rows.find((r: { unit: { code: string } }) => r.unit.code === 'T01');
		expect(hn).toMatchObject({
			reuse_rank: 2,
			violation_rank: 1,
			received: 9,
			reusing: 4,
			replaceable: 10,
			rerequested: 6,
			violating_dossiers: 4,
			rates: { reuse: { numerator: 4, denominator: 9, percent: 44.44 }, rerequest: { percent: 60 } }
		});
		const children = await get('/api/v1/reuse?level=children&parent=T01&kind=commune&period=2026-03&asOf=2026-04-30');
		expect(children.body.rows.map((r: { unit: { code: string } }) => r.unit.code)).toEqual(['T01.X002', 'T01.X001']);
	});

	it('GET /api/v1/units/{code}/reuse: rates, by database, by procedure', async () => {
		const { status, body } = await get('/api/v1/units/T01/reuse?period=2026-03&asOf=2026-04-30');
		expect(status).toBe(200);
		expect(body).toMatchObject({
			unit: { code: 'T01' },
			received: 9,
			rerequested: 6,
			rates: { component_reuse: { percent: 33.33 } }
		});
		expect(body.by_database.find((d: { key: string }) => d.key === 'population')).toMatchObject({
			replaceable: 5,
			rerequested: 3,
			served_via_vneid: 1
		});
		expect(body.by_procedure[0]).toMatchObject({ procedure: { code: KS }, rerequested: 3 });
	});

	it.each([
		['/api/v1/reuse?level=district', 400, 'level'],
		['/api/v1/reuse?level=children', 400, 'parent'],
		['/api/v1/reuse?level=children&parent=T01&kind=ward', 400, 'kind'],
		['/api/v1/reuse?level=province&period=2026-13', 400, 'period'],
		['/api/v1/reuse?level=province&asOf=yesterday', 400, 'asOf'],
		['/api/v1/reuse?level=children&parent=NOPE', 404, 'parent'],
		['/api/v1/units/NOPE/reuse', 404, 'code'],
		['/api/v1/units/T01/reuse?period=2026-01-01..2025-01-01', 400, 'period']
	])('%s → %i naming %s', async (path, status, param) => {
		const r = await get(path);
		expect(r.status).toBe(status);
		expect(r.body.param).toBe(param);
	});

	it('violations.csv: BOM, headers in the reader’s language, one line per re-requested component', async () => {
		const r = await client.fetch('/api/v1/export/violations.csv?unit=T01&period=2026-03&asOf=2026-04-30&lang=vi');
		expect(r.status).toBe(200);
		const bytes = new Uint8Array(await r.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = new TextDecoder().decode(bytes).trimEnd().split('\r\n');
		expect(lines[0]).toContain('CSDL lẽ ra phải dùng');
		expect(lines[0]).toContain('Cán bộ tiếp nhận');
		// 6 violations in Hà Nội in March (above).
		expect(lines).toHaveLength(1 + 6);
		expect(lines[1]).toMatch(
			/^D11,1\.001193,Đăng ký khai sinh,TP3,Căn cước của cha hoặc mẹ,population,CSDL quốc gia về dân cư,Tải lên,T01\.X001,/
		);
		const en = await client.fetch('/api/v1/export/violations.csv?unit=T01&database=civil_status&period=2026-03&lang=en');
		const enLines = (await en.text()).trimEnd().split('\r\n');
		expect(enLines[0]).toContain('Database that should have served it');
		expect(enLines.slice(1).map((l) => l.split(',').slice(0, 4).join(','))).toEqual(['D7,R.0001,Đăng ký thường trú,TP3']);
		const page = await client.fetch('/reuse?unit=T01&period=2026-03&asOf=2026-04-30');
		expect(page.status).toBe(200);
		const html = await page.text();
		expect(html).toContain('/dossiers?open=D11');
		expect(html).toContain('/units/T01.X002');
		expect((await fetch(`${server.url}/reuse?unit=NOPE`)).status).toBe(404);
	});
});
