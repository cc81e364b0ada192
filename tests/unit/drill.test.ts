import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Store } from '../../src/lib/server/store/db';
import { scorecard } from '../../src/lib/server/index/service';
import { listDossiers, parseDossierQuery } from '../../src/lib/server/read/dossiers';
import { DOSSIER_METRICS } from '../../src/lib/server/index/predicates';
import { NATIONAL } from '../../src/lib/server/read/scope';
import { openGoldenStore } from '../fixtures/golden';

/** Every count of a scorecard opens exactly the dossiers behind it: the list's total equals the count. */
let store: Store;
beforeAll(async () => {
	store = await openGoldenStore();
});
afterAll(async () => {
	await store.close();
});

describe('drilling from a count to its dossiers', () => {
	for (const [unit, period, asOf] of [
		['T01', '2026-07', null],
		['T01.X001', '2026-07', '2026-07-20T12:00:00+07:00'],
		['T31', '2025-06-15..2025-07-15', null]
	] as const) {
		it(`${unit}, ${period}${asOf ? ` as of ${asOf}` : ''}: numerator, denominator and the dossiers that cost points`, async () => {
			const card = await scorecard(store, unit, { period, asOf });
			const metrics = card.groups.flatMap((g) => g.metrics).filter((m) => DOSSIER_METRICS[m.code]);
			expect(metrics.length).toBe(Object.keys(DOSSIER_METRICS).length);
			for (const m of metrics) {
				const total = async (side: 'num' | 'den' | 'miss') =>
					(
						await listDossiers(
							store,
							NATIONAL,
							{ unit, period, asOf, metric: m.code, side },
							{ by: 'received', dir: 'desc' },
							1,
							25
						)
					).total;
				const num = await total('num');
				const den = await total('den');
				const miss = await total('miss');
				if (m.def.kind === 'ratio') {
					expect([m.code, num, den], m.code).toEqual([m.code, m.num, m.den]);
					expect(miss, m.code).toBe(m.den - m.num);
				} else if (m.def.kind === 'count') {
					expect([m.code, num], m.code).toEqual([m.code, m.num]);
				} else {
					expect([m.code, den], m.code).toEqual([m.code, m.den]);
				}
			}
		});
	}

	it('rejects a metric that is not counted in dossiers, by name', () => {
		expect(() => parseDossierQuery(new URLSearchParams('metric=FULL'))).toThrow(/^metric: /);
		expect(() => parseDossierQuery(new URLSearchParams('metric=ON_TIME&side=some'))).toThrow(/^side: /);
	});
});
