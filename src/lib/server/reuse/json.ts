import { windowJson } from '../index/json';
import { reuseRates, type ReuseCounts, type ReuseRates, type Rate } from './rates';
import type { ReuseRanking, UnitReuse } from './service';
import type { DatabaseReuse, ProcedureReuse } from './counts';

/** JSON shapes of the data-reuse API. */

const rateJson = (r: Rate) => ({ numerator: r.num, denominator: r.den, percent: r.pct });

export function ratesJson(r: ReuseRates) {
	return { reuse: rateJson(r.reuse), component_reuse: rateJson(r.componentReuse), rerequest: rateJson(r.rerequest) };
}

export function countsJson(c: ReuseCounts) {
	return {
		received: c.received,
		reusing: c.reusing,
		reused_digitised: c.reusedDigitised,
		components: c.components,
		components_from_data: c.fromData,
		replaceable: c.replaceable,
		rerequested: c.rerequested,
		violating_dossiers: c.violating
	};
}

export function databaseJson(d: DatabaseReuse) {
	return {
		key: d.key,
		kind: d.kind,
		served: d.served,
		served_via_vneid: d.viaVneid,
		served_dossiers: d.servedDossiers,
		replaceable: d.replaceable,
		rerequested: d.rerequested,
		violating_dossiers: d.violating,
		rerequest: rateJson(d.rerequest)
	};
}

export function procedureJson(p: ProcedureReuse) {
	return { procedure: { code: p.procedure, name: p.name }, ...countsJson(p), rates: ratesJson(reuseRates(p)) };
}

export function reuseRankingJson(r: ReuseRanking) {
	return {
		...windowJson(r.window),
		level: r.level,
		parent: r.parent ? { code: r.parent.code, name: r.parent.name } : null,
		rows: r.rows.map((x) => ({
			unit: { code: x.code, name: x.name, kind: x.kind },
			reuse_rank: x.reuseRank,
			violation_rank: x.violationRank,
			...countsJson(x.counts),
			rates: ratesJson(x.rates)
		}))
	};
}

export function unitReuseJson(u: UnitReuse) {
	return {
		...windowJson(u.window),
		unit: { code: u.unit.code, name: u.unit.name, kind: u.unit.kind, root: u.unit.root },
		path: u.path.map((x) => ({ code: x.code, name: x.name, kind: x.kind })),
		...countsJson(u.counts),
		rates: ratesJson(u.rates),
		previous: u.prev ? { ...countsJson(u.prev.counts), rates: ratesJson(u.prev.rates) } : null,
		by_database: u.byDatabase.map(databaseJson),
		by_procedure: u.byProcedure.map(procedureJson)
	};
}
