import { json } from '@sveltejs/kit';
import { InputError, type Ranking, type Scorecard, type Window } from './service';

/** JSON shapes of the index API (documented in the README). */

export function windowJson(w: Window) {
	const p = (x: Window['period']) => ({ key: x.key, first_day: x.firstDay, last_day: x.lastDay, vi: x.vi, en: x.en });
	return {
		period: p(w.period),
		evaluated_at: w.T.toISOString(),
		provisional: w.provisional,
		previous: { ...p(w.prevPeriod), evaluated_at: w.prevT.toISOString() }
	};
}

export function rankingJson(r: Ranking) {
	return {
		method_version: r.method.version,
		...windowJson(r.window),
		level: r.level,
		parent: r.parent ? { code: r.parent.code, name: r.parent.name } : null,
		rows: r.rows.map((x) => ({
			unit: { code: x.code, name: x.name, kind: x.kind },
			rank: x.rank,
			total: x.total,
			groups: Object.fromEntries(x.groups.map((g) => [g.code, g.score])),
			received: x.received,
			previous: x.prev,
			change: x.change,
			rank_change: x.rankChange
		}))
	};
}

export function scorecardJson(s: Scorecard) {
	return {
		method_version: s.method.version,
		...windowJson(s.window),
		unit: { code: s.unit.code, name: s.unit.name, kind: s.unit.kind, root: s.unit.root },
		path: s.path.map((u) => ({ code: u.code, name: u.name, kind: u.kind })),
		total: s.total,
		max: s.max,
		rank: s.rank,
		peers: s.peers,
		previous: s.prev,
		change: s.change,
		rank_change: s.rankChange,
		groups: s.groups.map((g) => ({
			code: g.code,
			name: { vi: g.vi, en: g.en },
			score: g.score,
			max: g.max,
			previous: g.prev,
			metrics: g.metrics.map((m) => ({
				code: m.code,
				name: { vi: m.def.vi, en: m.def.en },
				formula: { vi: m.def.formula_vi, en: m.def.formula_en },
				numerator: m.num,
				denominator: m.den,
				ratio: m.ratio,
				percent: m.pct,
				score: m.score,
				max: m.max,
				target: m.def.target,
				zero_rule: m.def.zero,
				zero_applied: m.zero,
				scope: m.def.scope,
				unconfirmed: m.def.unconfirmed ?? false,
				previous: { numerator: m.prev.num, denominator: m.prev.den, score: m.prev.score },
				change: m.change
			}))
		})),
		five_groups: s.fiveGroups,
		points_on_the_table: s.pointsOnTheTable
	};
}

/** An InputError as the JSON answer it stands for (400 naming the parameter, or 404). */
export function errorJson(e: unknown): Response {
	if (e instanceof InputError) return json({ error: e.message, param: e.param }, { status: e.status });
	throw e;
}
