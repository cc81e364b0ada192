import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Store } from '../../src/lib/server/store/db';
import { ranking, scorecard, type Scorecard } from '../../src/lib/server/index/service';
import { openGoldenStore, NOW } from '../fixtures/golden';

/**
 * The hand-worked feed is in tests/fixtures/golden.ts: every expected number below was computed by hand from those
 * records, as the comments show, before the code was run. Times are Vietnam time (+07:00).
 */
let store: Store;
beforeAll(async () => {
	store = await openGoldenStore();
});
afterAll(async () => {
	await store.close();
});

const metric = (s: Scorecard, code: string) => s.groups.flatMap((g) => g.metrics).find((m) => m.code === code)!;
const group = (s: Scorecard, code: string) => s.groups.find((g) => g.code === code)!.score;
const line = (s: Scorecard, code: string) => {
	const m = metric(s, code);
	return [m.num, m.den, m.score];
};

describe('golden: Hà Nội, July 2026', () => {
	let s: Scorecard;
	beforeAll(async () => {
		s = await scorecard(store, 'T01', { period: '2026-07', now: NOW });
	});

	it('evaluates at the end of the period (not now), and the period is final', () => {
		expect(s.window.T.toISOString()).toBe('2026-07-31T17:00:00.000Z');
		expect(s.window.provisional).toBe(false);
	});

	it('transparency (CKMB): publication decisions and sync', () => {
		// Procedures in decisions of July: 1.001193, 2.001417, 2.000815 = 3. Late in any decision: 2.001417 and
		// 2.000815 (pub-2). On time: 1/3 → 6 × 1/3 = 2.00.
		expect(line(s, 'PUBLISH_ON_TIME')).toEqual([1, 3, 2]);
		// Made public on time in every decision: only 1.001193 → 1/3 → 4 × 1/3 = 1.333 → 1.33.
		expect(line(s, 'PUBLIC_UPDATE_ON_TIME')).toEqual([1, 3, 1.33]);
		// Published as of T: 1.001193 (complete), 2.001417 and 2.000815 (latest decision incomplete), 1.004227
		// (June, complete) → 2/4 → 2 × 0.5 = 1.00.
		expect(line(s, 'PUBLIC_CONTENT_FULL')).toEqual([2, 4, 1]);
		// Received in July: G1 G2 G3 G4 G4b G5 G6 G7 G8 G8b G9 G10 = 12 (G0 is June, G11 August).
		// Synced by T: all but G10 (synced 1 August 01:00) → 11/12 → 6 × 11/12 = 5.50.
		expect(line(s, 'DOSSIER_SYNC')).toEqual([11, 12, 5.5]);
		// 2.00 + 1.33 + 1.00 + 5.50
		expect(group(s, 'CKMB')).toBe(9.83);
	});

	it('timeliness (TDGQ): every on-time rule', () => {
		// on time: G1 (E ≤ due), G3 (pause), G4 (unanswered request before due), G8 (legal limit), G9 (rescheduled);
		// in time: G6, G10; late: G2, G4b (request after due), G5 (two requests), G8b (legal limit); overdue: G7.
		// 7/12 → 20 × 7/12 = 11.666… → 11.67.
		expect(line(s, 'ON_TIME')).toEqual([7, 12, 11.67]);
		expect(metric(s, 'RECEIVED').num).toBe(12);
		// Finished (on time or late): G1 G2 G3 G4 G4b G5 G8 G8b G9 = 9; late or overdue: G2 G4b G5 G7 G8b = 5.
		expect(metric(s, 'COMPLETED').num).toBe(9);
		expect(metric(s, 'OVERDUE').num).toBe(5);
		// Days (E − reception − pause): G1 26h = 1.0833, G2 5d1h = 5.0417, G3 4d4h − 2d = 2.1667, G4 1, G4b 3,
		// G5 4 − 1 (first pause) = 3, G8 3d8h = 3.3333, G8b 4d1h = 4.0417, G9 6d1h = 6.0417 → 28.7083 / 9 = 3.1898.
		expect(metric(s, 'AVG_DAYS').den).toBe(9);
		expect(metric(s, 'AVG_DAYS').num).toBeCloseTo(28.708333, 5);
		expect(metric(s, 'AVG_DAYS').ratio).toBeCloseTo(3.189815, 5);
		expect(metric(s, 'AVG_DAYS').score).toBeNull();
		expect(group(s, 'TDGQ')).toBe(11.67);
	});

	it('online service (CLGQ)', () => {
		// Eligible procedures offered in the subtree: 1.001193, 2.001417, 2.000815 (1.004227 is not eligible);
		// offered at full level: 1.001193, 2.000815 → 2/3 = 0.667; target 0.8 → 2 × 0.667 / 0.8 = 1.666… → 1.67.
		expect(line(s, 'FULL')).toEqual([2, 3, 1.67]);
		// Offered online (partial or full): the same 3; with an online dossier in July: only 1.001193 → 4 × 1/3 = 1.33.
		expect(line(s, 'HAS_ONLINE')).toEqual([1, 3, 1.33]);
		// Online: G1 G3 G6 G9 G10 = 5/12 = 0.4167; target 0.5 → 6 × 0.8333 = 5.00.
		expect(line(s, 'ONLINE_DOSSIERS')).toEqual([5, 12, 5]);
		// Online and on time or in time: all 5. Shown, not scored.
		expect(line(s, 'ONLINE_ON_TIME')).toEqual([5, 5, null]);
		expect(group(s, 'CLGQ')).toBe(8);
	});

	it('online payment (TTTT)', () => {
		// Fee-bearing dossiers: G2 G5 G7; paid online: G2 (gateway), G5 (portal) → 2/3 → 6 × 2/3 = 4.00.
		expect(line(s, 'PAY_DOSSIERS')).toEqual([2, 3, 4]);
		// Fee-bearing procedures offered: 2.001417, 2.000815, 1.004227 = 3; with an online payment: 2.001417 →
		// 1/3 = 0.333 / 0.8 → 2 × 0.4167 = 0.833 → 0.83.
		expect(line(s, 'PAY_FORMALITIES')).toEqual([1, 3, 0.83]);
		// Paid on the national portal itself: 2.001417 (G5) → 0.83.
		expect(line(s, 'PAY_PROVISION')).toEqual([1, 3, 0.83]);
		expect(group(s, 'TTTT')).toBe(5.66);
	});

	it('satisfaction (MDHL)', () => {
		// Not late or overdue: G1 G3 G4 G6 G8 G9 G10; minus G3 (petition pe-2) and G9 (dissatisfied) → 5/12 =
		// 0.4167; target 0.9 → 6 × 0.463 = 2.777… → 2.78.
		expect(line(s, 'DOSSIER_RECEIVING_SATISFACTION')).toEqual([5, 12, 2.78]);
		// Received or handled in July: pe-1 pe-2 pe-3 pe-4 = 4; on time or in time: pe-1, pe-2 → 6 × 2/4 = 3.00.
		expect(line(s, 'PETITION_PROCESSING_ON_TIME')).toEqual([2, 4, 3]);
		// Received in July: pe-1 pe-2 pe-4; minus pe-2 (more dislikes) and pe-4 (handled late) → 6 × 1/3 = 2.00.
		expect(line(s, 'PETITION_HANDLING_SATISFACTION')).toEqual([1, 3, 2]);
		expect(line(s, 'PETITION_CLASSIFICATION_TTHC')).toEqual([2, 3, null]);
		expect(line(s, 'PETITION_CLASSIFICATION_STAFF')).toEqual([1, 3, null]);
		expect(group(s, 'MDHL')).toBe(7.78);
	});

	it('digitisation and data reuse (MDSH)', () => {
		// E-result: G1 G3 G9 → 6 × 3/12 = 1.50.
		expect(line(s, 'ORIGINAL_RESULT_AVAILABLE')).toEqual([3, 12, 1.5]);
		// Every component digitised and the result too once issued: G1 (3/3, result), G3 (1, e-result), G6 (2/2,
		// open); not G2 (result neither digitised nor electronic) → 4 × 3/12 = 1.00.
		expect(line(s, 'SO_HOA_GIAY_TO_GIAI_QUYET')).toEqual([3, 12, 1]);
		// A component reused from digitised data: G6 → 1/12 = 0.0833 / 0.8 → 2 × 0.1042 = 0.208 → 0.21.
		expect(line(s, 'REUSED_DIGITIZED_DATA')).toEqual([1, 12, 0.21]);
		// Personal store: G1 (result delivered there), G6 (component) → 4 × 2/12 = 0.666… → 0.67.
		expect(line(s, 'SYNCED_WITH_DVCQG_PERSONAL_STORAGE')).toEqual([2, 12, 0.67]);
		// Population data: G1 (VNeID), G6 (personal store), G8 (population database) → 2 × 3/12 = 0.50.
		expect(line(s, 'CITIZEN_DATA_CONNECTED_DOSSIER')).toEqual([3, 12, 0.5]);
		// Procedures offered for individuals: 1.001193, 2.001417, 2.000815, 1.004227 = 4; with such a dossier:
		// 1.001193 → 2 × 1/4 = 0.50.
		expect(line(s, 'CITIZEN_DATA_CONNECTED_FORMALITY')).toEqual([1, 4, 0.5]);
		// Communes of Hà Nội: X001 offers electronic certified copies, X002 does not → 2 × 1/2 = 1.00.
		expect(line(s, 'ELECTRONIC_CERTIFIED_COPY')).toEqual([1, 2, 1]);
		// 1.50 + 1.00 + 0.21 + 0.67 + 0.50 + 0.50 + 1.00
		expect(group(s, 'MDSH')).toBe(5.38);
	});

	it('total = sum of the six groups; five-group view folds payment into online service', () => {
		// 9.83 + 11.67 + 8.00 + 5.66 + 7.78 + 5.38 = 48.32
		expect(s.total).toBe(48.32);
		expect(s.max).toBe(100);
		expect(s.fiveGroups.find((g) => g.code === 'CLGQ')).toEqual({ code: 'CLGQ', score: 13.66, max: 22 });
		expect(s.fiveGroups.map((g) => g.code)).toEqual(['CKMB', 'TDGQ', 'CLGQ', 'MDHL', 'MDSH']);
	});

	it('points on the table, largest first (ties by code)', () => {
		// ON_TIME 20 − 11.67 = 8.33; ORIGINAL_RESULT_AVAILABLE 6 − 1.50 = 4.50; PETITION_HANDLING_SATISFACTION
		// 6 − 2 = 4 and PUBLISH_ON_TIME 6 − 2 = 4; SYNCED_WITH_DVCQG_PERSONAL_STORAGE 4 − 0.67 = 3.33;
		// DOSSIER_RECEIVING_SATISFACTION 6 − 2.78 = 3.22.
		expect(s.pointsOnTheTable.slice(0, 6)).toEqual([
			{ code: 'ON_TIME', gain: 8.33 },
			{ code: 'ORIGINAL_RESULT_AVAILABLE', gain: 4.5 },
			{ code: 'PETITION_HANDLING_SATISFACTION', gain: 4 },
			{ code: 'PUBLISH_ON_TIME', gain: 4 },
			{ code: 'SYNCED_WITH_DVCQG_PERSONAL_STORAGE', gain: 3.33 },
			{ code: 'DOSSIER_RECEIVING_SATISFACTION', gain: 3.22 }
		]);
		expect(s.pointsOnTheTable.every((p) => p.gain > 0)).toBe(true);
	});

	it('previous period is June 2026: only G0, in time at 1 July 00:00', async () => {
		expect(s.window.prevPeriod.key).toBe('2026-06');
		const june = await scorecard(store, 'T01', { period: '2026-06', now: NOW });
		expect(metric(june, 'RECEIVED').num).toBe(1);
		expect(line(june, 'ON_TIME')).toEqual([1, 1, 20]);
		// G0 was synced on 1 July 11:00, after June's evaluation time.
		expect(line(june, 'DOSSIER_SYNC')).toEqual([0, 1, 0]);
		expect(s.prev?.total).toBe(june.total);
		expect(s.change).toBe(Math.round((48.32 - june.total) * 100) / 100);
	});
});

describe('golden: the same unit at other times', () => {
	it('August holds only G11 (received 00:30 on 1 August, which is 31 July in UTC)', async () => {
		const aug = await scorecard(store, 'T01', { period: '2026-08', now: NOW });
		expect(metric(aug, 'RECEIVED').num).toBe(1);
	});

	it('as of 20 July 12:00: only dossiers received by then, each judged at that time', async () => {
		const s = await scorecard(store, 'T01', { period: '2026-07', asOf: '2026-07-20T12:00:00+07:00', now: NOW });
		expect(s.window.provisional).toBe(true);
		// Received by then: G1 G2 G3 G4 G4b G5 G7 G8 G8b G9 = 10. On time: G1 G3 G4 G9; in time: G7 (due 22 July),
		// G8 and G8b (legal due 23 July, not finished yet); late: G2, G4b, G5 → 7/10 → 20 × 0.7 = 14.00.
		expect(line(s, 'ON_TIME')).toEqual([7, 10, 14]);
	});

	it('as of 4 July 12:00 the rescheduled due already applies to G9', async () => {
		const s = await scorecard(store, 'T01.X001', { period: '2026-07', asOf: '2026-07-04T12:00:00+07:00', now: NOW });
		// Received: G1, G2, G9. G1 on time; G2 open past its due 3 July 17:00: overdue; G9's due moved on 3 July
		// 10:00 to 8 July: in time → 2/3 → 13.33 (13.33 would be 6.67 if the old due were kept).
		expect(line(s, 'ON_TIME')).toEqual([2, 3, 13.33]);
	});

	it('as of 3 July 09:00 G9 is still judged against its first due (3 July 17:00): in time either way', async () => {
		const s = await scorecard(store, 'T01.X001', { period: '2026-07', asOf: '2026-07-03T09:00:00+07:00', now: NOW });
		// G1 on time; G2 and G9 open and not yet due → 3/3.
		expect(line(s, 'ON_TIME')).toEqual([3, 3, 20]);
	});

	it("a period straddling 2025-07-01 counts the merged unit's dossiers for its successor", async () => {
		const s = await scorecard(store, 'T31', { period: '2025-06-15..2025-07-15', now: NOW });
		// M1 (Hải Dương's commune, 20 June, on time) and M2 (Hải Phòng, 2 July, finished 8 July after its due 7 July).
		expect(metric(s, 'RECEIVED').num).toBe(2);
		expect(line(s, 'ON_TIME')).toEqual([1, 2, 10]);
		// M2 online: 1/2 = target 0.5 → full 6.
		expect(line(s, 'ONLINE_DOSSIERS')).toEqual([1, 2, 6]);
		const commune = await scorecard(store, 'T31.X001', { period: '2025-06-15..2025-07-15', now: NOW });
		expect(metric(commune, 'RECEIVED').num).toBe(2);
	});

	it('a merged unit has no scorecard of its own: it points to its successor', async () => {
		await expect(scorecard(store, 'H30', { period: '2025', now: NOW })).rejects.toThrow(/merged into Hải Phòng \(T31\)/);
	});
});

describe('golden: children, zero denominators and ties', () => {
	it('a commune: FULL is measured for roots only (0/0, 0 points); transparency inherited from the province', async () => {
		const s = await scorecard(store, 'T01.X001', { period: '2026-07', now: NOW });
		expect(line(s, 'FULL')).toEqual([0, 0, 0]);
		expect(line(s, 'PUBLISH_ON_TIME')).toEqual([1, 3, 2]);
		// Fee-bearing procedures offered by X001: 2.001417, 2.000815; paid online: 2.001417 → 1/2 / 0.8 → 1.25.
		expect(line(s, 'PAY_FORMALITIES')).toEqual([1, 2, 1.25]);
		expect(line(s, 'PAY_PROVISION')).toEqual([1, 2, 1.25]);
		// For individuals: 1.001193, 2.001417, 2.000815 → 1/3 → 0.67.
		expect(line(s, 'CITIZEN_DATA_CONNECTED_FORMALITY')).toEqual([1, 3, 0.67]);
		// A commune that offers it: 1/1.
		expect(line(s, 'ELECTRONIC_CERTIFIED_COPY')).toEqual([1, 1, 2]);
		// Metrics at full marks are not on the table.
		expect(s.pointsOnTheTable.map((p) => p.code)).not.toContain('ELECTRONIC_CERTIFIED_COPY');
		// CKMB 9.83, TDGQ 11.67, CLGQ 0 + 1.33 + 5.00 = 6.33, TTTT 4.00 + 1.25 + 1.25 = 6.50, MDHL 7.78,
		// MDSH 1.50 + 1.00 + 0.21 + 0.67 + 0.50 + 0.67 + 2.00 = 6.55 → 48.66
		expect(s.total).toBe(48.66);
		expect(s.rank).toBe(1);
		expect(s.peers).toBe(2);
	});

	it('zero-denominator rules: a ministry with no activity', async () => {
		const s = await scorecard(store, 'B05', { period: '2026-07', now: NOW });
		const byRule = s.groups.flatMap((g) => g.metrics).map((m) => [m.code, m.den, m.zero, m.score]);
		// full: the CKMB four, ON_TIME, both petition metrics, ELECTRONIC_CERTIFIED_COPY (a ministry has no communes)
		expect(byRule.filter(([, , z]) => z === 'full').map(([c, , , sc]) => [c, sc])).toEqual([
			['PUBLISH_ON_TIME', 6],
			['PUBLIC_UPDATE_ON_TIME', 4],
			['PUBLIC_CONTENT_FULL', 2],
			['DOSSIER_SYNC', 6],
			['ON_TIME', 20],
			['PETITION_PROCESSING_ON_TIME', 6],
			['PETITION_HANDLING_SATISFACTION', 6],
			['ELECTRONIC_CERTIFIED_COPY', 2]
		]);
		// zero: every other scored metric; na ("không phát sinh"): the shown-only ones.
		expect(byRule.filter(([, , z]) => z === 'zero').every(([, , , sc]) => sc === 0)).toBe(true);
		expect(byRule.filter(([, , z]) => z === 'na').map(([c]) => c)).toEqual([
			'AVG_DAYS',
			'ONLINE_ON_TIME',
			'PETITION_CLASSIFICATION_TTHC',
			'PETITION_CLASSIFICATION_STAFF'
		]);
		// 18 + 20 + 12 + 2 = 52.00
		expect(s.total).toBe(52);
	});

	it('province ranking: equal totals share a rank, the next rank skips', async () => {
		const r = await ranking(store, 'province', null, { period: '2026-07', now: NOW });
		// Nghệ An and Hà Tĩnh: no activity, no communes → 52.00 each; Hải Phòng: 52 − 2 (its commune offers no
		// electronic copies: 0/1) = 50.00; Hà Nội 48.32.
		expect(r.rows.map((x) => [x.code, x.total, x.rank])).toEqual([
			['T42', 52, 1],
			['T40', 52, 1],
			['T31', 50, 3],
			['T01', 48.32, 4]
		]);
	});

	it('children ranking: agencies apart from communes, ties among agencies', async () => {
		const r = await ranking(store, 'children', 'T01', { period: '2026-07', now: NOW });
		// Agencies A01, A02: inherited transparency 4.33 + sync (full) 6 = 10.33, on time 20, petitions 12,
		// no communes → copies full 2; A02 offers 1.004227 (fee, not online): payment and population procedure
		// metrics 0/1 = 0 → both 44.33. Communes: X001 48.66; X002 10.33 + 20 + 12 + 0 (0/1 copies) = 42.33.
		expect(r.rows.map((x) => [x.code, x.kind, x.total, x.rank])).toEqual([
			['T01.A01', 'agency', 44.33, 1],
			['T01.A02', 'agency', 44.33, 1],
			['T01.X001', 'commune', 48.66, 1],
			['T01.X002', 'commune', 42.33, 2]
		]);
	});
});
