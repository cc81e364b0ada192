import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Store } from '../../src/lib/server/store/db';
import { scorecard, ranking } from '../../src/lib/server/index/service';
import { openGoldenStore, EVENTS, NOW } from '../fixtures/golden';

/** The same feed in any order, repeated in part, sent in several batches, gives the same scores. */
function shuffle<T>(xs: T[], seed: number): T[] {
	let s = seed;
	const r = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
	const a = [...xs];
	for (let i = a.length - 1; i > 0; i--) {
		const j = Math.floor(r() * (i + 1));
		[a[i], a[j]] = [a[j], a[i]];
	}
	return a;
}

async function snapshot(store: Store) {
	const out: unknown[] = [];
	for (const period of ['2026-07', '2026-06', '2025-06-15..2025-07-15'])
		for (const unit of ['T01', 'T01.X001', 'T31']) {
			const s = await scorecard(store, unit, { period, now: NOW });
			out.push([unit, period, s.total, s.groups.flatMap((g) => g.metrics.map((m) => [m.code, m.num, m.den, m.score]))]);
		}
	for (const asOf of ['2026-07-04T12:00:00+07:00', '2026-07-20T12:00:00+07:00']) {
		const s = await scorecard(store, 'T01', { period: '2026-07', asOf, now: NOW });
		out.push([asOf, s.total]);
	}
	const r = await ranking(store, 'province', null, { period: '2026-07', now: NOW });
	out.push(r.rows.map((x) => [x.code, x.total, x.rank]));
	return out;
}

describe('scores depend only on the set of events', () => {
	let reference: unknown[];
	beforeAll(async () => {
		const s = await openGoldenStore();
		reference = await snapshot(s);
		await s.close();
	});

	it.each([11, 23, 37])('shuffled, with repeats, in 4 batches (seed %i)', async (seed) => {
		const repeated = [...EVENTS, ...EVENTS.filter((_, i) => (i * seed) % 5 === 0)];
		const s = await openGoldenStore(shuffle(repeated, seed), 4);
		expect(await snapshot(s)).toEqual(reference);
		await s.close();
	});
});
