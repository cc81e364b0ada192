import { describe, it, expect } from 'vitest';
import { scoreMetric, percent, ranks, band, groupScores, total } from '../../src/lib/server/index/score';
import { METRICS, GROUPS, method, type MetricDef } from '../../src/lib/server/index/catalogue';

const def = (code: string) => METRICS.find((m) => m.code === code)!;
const custom = (points: number, target: number, zero: MetricDef['zero'] = 'zero'): MetricDef => ({
	...def('ONLINE_DOSSIERS'),
	points,
	target,
	zero
});

describe('scoring arithmetic', () => {
	it("reproduces Hà Nội's published online-service figures (2026 year to date)", () => {
		// 52/81 = 0.6420 → 2 × 0.6420 / 0.8 = 1.60
		const full = scoreMetric(def('FULL'), { num: 52, den: 81 });
		expect(full.score).toBe(1.6);
		expect(full.pct).toBe(64.2);
		// 41.33 % → 4 × 0.4133 = 1.65
		expect(scoreMetric(def('HAS_ONLINE'), { num: 4133, den: 10000 }).score).toBe(1.65);
		// 83.41 % ≥ 50 % → 6
		expect(scoreMetric(def('ONLINE_DOSSIERS'), { num: 8341, den: 10000 }).score).toBe(6);
		// group = sum of rounded metric scores: 1.60 + 1.65 + 6 = 9.25
		const scores = new Map([
			['FULL', full],
			['HAS_ONLINE', scoreMetric(def('HAS_ONLINE'), { num: 4133, den: 10000 })],
			['ONLINE_DOSSIERS', scoreMetric(def('ONLINE_DOSSIERS'), { num: 8341, den: 10000 })]
		]);
		const clgq = groupScores(GROUPS, METRICS, scores).find((g) => g.code === 'CLGQ');
		expect(clgq).toEqual({ code: 'CLGQ', score: 9.25, max: 12 });
	});

	it('rounds exactly half up at the hundredth, where floating point would not', () => {
		// 2 × 0.5025 = 1.005 exactly: half up → 1.01 (1.005 * 100 in floating point is 100.49999…)
		expect(scoreMetric(custom(2, 1), { num: 201, den: 400 }).score).toBe(1.01);
		// 1/3 of 6 = 2.000 exactly; 1/8 of 6 = 0.75
		expect(scoreMetric(custom(6, 1), { num: 1, den: 3 }).score).toBe(2);
		expect(scoreMetric(custom(6, 1), { num: 1, den: 8 }).score).toBe(0.75);
		// 2/3 of 20 = 13.333… → 13.33; 5/6 of 20 = 16.666… → 16.67
		expect(scoreMetric(custom(20, 1), { num: 2, den: 3 }).score).toBe(13.33);
		expect(scoreMetric(custom(20, 1), { num: 5, den: 6 }).score).toBe(16.67);
		expect(percent(1, 3)).toBe(33.33);
		expect(percent(2, 3)).toBe(66.67);
		expect(percent(1, 200)).toBe(0.5);
	});

	it('caps at the maximum once the target is reached, and stays linear below it', () => {
		expect(scoreMetric(custom(6, 0.9), { num: 95, den: 100 }).score).toBe(6);
		expect(scoreMetric(custom(6, 0.9), { num: 90, den: 100 }).score).toBe(6);
		// 0.45 / 0.9 = 0.5 → 3.00
		expect(scoreMetric(custom(6, 0.9), { num: 45, den: 100 }).score).toBe(3);
		expect(scoreMetric(custom(6, 0.9), { num: 0, den: 100 }).score).toBe(0);
	});

	it("zero denominators follow each metric's rule", () => {
		expect(scoreMetric(custom(6, 1, 'full'), { num: 0, den: 0 })).toMatchObject({ score: 6, ratio: null, zero: 'full' });
		expect(scoreMetric(custom(6, 1, 'zero'), { num: 0, den: 0 })).toMatchObject({ score: 0, zero: 'zero' });
		expect(scoreMetric(custom(6, 1, 'na'), { num: 0, den: 0 })).toMatchObject({ score: null, zero: 'na' });
		// Shown-only metrics never score.
		expect(scoreMetric(def('ONLINE_ON_TIME'), { num: 3, den: 4 })).toMatchObject({ score: null, pct: 75 });
	});

	it('a total is the sum of group scores; the maximum is 100', () => {
		const scores = new Map(METRICS.map((m) => [m.code, scoreMetric(m, { num: 1, den: 1 })]));
		const groups = groupScores(GROUPS, METRICS, scores);
		expect(groups.map((g) => g.max)).toEqual([18, 20, 12, 10, 18, 22]);
		expect(total(groups)).toBe(100);
	});

	it('competition ranking: 1, 2, 2, 4', () => {
		const rows = [{ total: 90 }, { total: 80.5 }, { total: 80.5 }, { total: 70 }, { total: 90.01 }];
		const r = ranks(rows);
		expect(rows.map((x) => r.get(x))).toEqual([2, 3, 3, 5, 1]);
		const four = [{ total: 9 }, { total: 8 }, { total: 8 }, { total: 7 }];
		const r4 = ranks(four);
		expect(four.map((x) => r4.get(x))).toEqual([1, 2, 2, 4]);
	});

	it('colour bands on score ÷ maximum', () => {
		const b = { red: 0.5, amber: 0.7 };
		expect(band(2.99, 6, b)).toBe('red');
		expect(band(3, 6, b)).toBe('amber');
		expect(band(4.19, 6, b)).toBe('amber');
		expect(band(4.2, 6, b)).toBe('green');
		expect(band(null, 6, b)).toBe('none');
	});

	it('overrides change points, targets and zero rules without a release; bad values are ignored', () => {
		const m = method(
			{ ONLINE_DOSSIERS: { target: 0.6, points: 8 }, ON_TIME: { zero: 'zero' }, FULL: { target: 7 } },
			{ dueSoonHours: 16 },
			'x'
		);
		const online = m.metrics.find((x) => x.code === 'ONLINE_DOSSIERS')!;
		expect([online.points, online.target]).toEqual([8, 0.6]);
		expect(m.metrics.find((x) => x.code === 'ON_TIME')!.zero).toBe('zero');
		expect(m.metrics.find((x) => x.code === 'FULL')!.target).toBe(0.8);
		expect(m.groups.find((g) => g.code === 'CLGQ')!.points).toBe(14);
		expect(m.settings.dueSoonHours).toBe(16);
		expect(m.version).toBe('2026.1+x');
	});
});
