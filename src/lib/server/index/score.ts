import type { GroupDef, MetricDef, Method } from './catalogue';

/**
 * Scoring, table-driven and pure. All arithmetic that decides a shown figure is exact: scores are computed as
 * rationals in hundredths of a point and rounded half up once, so a leader can redo every number by hand.
 *
 *   score = points × min(1, (num / den) / target), rounded to 2 decimals
 *   group = sum of its rounded metric scores; total = sum of the six groups
 */

export interface Count {
	num: number;
	den: number;
}

export interface MetricScore {
	code: string;
	num: number;
	den: number;
	/** num / den, or null when den = 0. */
	ratio: number | null;
	/** Percentage with 2 decimals, exactly rounded, or null. */
	pct: number | null;
	/** Rounded to 2 decimals; null when the metric is not scored or its zero rule is "na". */
	score: number | null;
	max: number;
	/** How a zero denominator was scored: 'full', 'zero', 'na' ("không phát sinh"); null when den > 0. */
	zero: 'full' | 'zero' | 'na' | null;
}

const hundredths = (x: number) => BigInt(Math.round(x * 100));
/** Targets in 1/10,000 (0.8 → 8000), so configured targets such as 0.875 stay exact. */
const bp = (x: number) => BigInt(Math.round(x * 10_000));

/** round_half_up(a / b) for non-negative bigints. */
function divRound(a: bigint, b: bigint): bigint {
	return (2n * a + b) / (2n * b);
}

/** Exactly rounded percentage with 2 decimals: 52/81 → 64.2. */
export function percent(num: number, den: number): number | null {
	if (den <= 0) return null;
	return Number(divRound(BigInt(num) * 10_000n, BigInt(den))) / 100;
}

export function scoreMetric(def: MetricDef, c: Count): MetricScore {
	// Written out rather than spread from a common part: a ranking builds thousands, and a spread costs ten times more.
	const line = (ratio: number | null, pct: number | null, score: number | null, zero: MetricScore['zero']) => ({
		code: def.code,
		num: c.num,
		den: c.den,
		ratio,
		pct,
		score,
		max: def.points,
		zero
	});
	if (c.den <= 0) {
		const score = def.points === 0 || def.zero === 'na' ? null : def.zero === 'full' ? def.points : 0;
		return line(null, null, score, def.zero);
	}
	const ratio = c.num / c.den;
	const pct = def.kind === 'ratio' ? percent(c.num, c.den) : null;
	if (def.points === 0) return line(ratio, pct, null, null);
	const P = hundredths(def.points);
	const T = bp(def.target);
	const num = BigInt(c.num);
	const den = BigInt(c.den);
	// R ≥ target ⇔ num × 10,000 ≥ den × T: full points, no rounding needed.
	const cents = num * 10_000n >= den * T ? P : divRound(P * num * 10_000n, den * T);
	return line(ratio, pct, Number(cents) / 100, null);
}

export interface GroupScore {
	code: string;
	score: number;
	max: number;
}

/** Group sums of rounded metric scores, in the given grouping (six columns, or five groups). */
export function groupScores(
	groups: GroupDef[],
	metrics: MetricDef[],
	scores: Map<string, MetricScore>,
	five = false
): GroupScore[] {
	const codes = five ? [...new Set(groups.map((g) => g.five))] : groups.map((g) => g.code);
	return codes.map((code) => {
		const members = metrics.filter((m) => (five ? groups.find((g) => g.code === m.group)!.five : m.group) === code);
		let cents = 0n;
		let max = 0n;
		for (const m of members) {
			const s = scores.get(m.code);
			if (s?.score != null) cents += hundredths(s.score);
			max += hundredths(m.points);
		}
		return { code, score: Number(cents) / 100, max: Number(max) / 100 };
	});
}

export function total(groups: GroupScore[]): number {
	return Number(groups.reduce((a, g) => a + hundredths(g.score), 0n)) / 100;
}

/** Competition ranking on totals, higher first: equal totals share a rank (1, 2, 2, 4). */
export function ranks<T extends { total: number }>(rows: T[]): Map<T, number> {
	const cents = rows.map((r) => Math.round(r.total * 100));
	const out = new Map<T, number>();
	rows.forEach((r, i) => out.set(r, 1 + cents.filter((c) => c > cents[i]).length));
	return out;
}

/** Points a unit could still gain per metric (max − score), largest first; metrics at full marks left out. */
export function pointsOnTheTable(method: Method, scores: Map<string, MetricScore>): { code: string; gain: number }[] {
	return method.metrics
		.filter((m) => m.points > 0)
		.map((m) => {
			const s = scores.get(m.code);
			return { code: m.code, gain: s?.score == null ? 0 : Number(hundredths(m.points) - hundredths(s.score)) / 100 };
		})
		.filter((x) => x.gain > 0)
		.sort((a, b) => b.gain - a.gain || a.code.localeCompare(b.code));
}

export type Band = 'red' | 'amber' | 'green' | 'none';

export function band(score: number | null, max: number, bands: { red: number; amber: number }): Band {
	if (score == null || max <= 0) return 'none';
	const f = score / max;
	return f < bands.red ? 'red' : f < bands.amber ? 'amber' : 'green';
}
