import { timeliness, sqlTime, type SqlTime } from './timeliness';

/**
 * What each dossier-based metric counts, per dossier, evaluated at T: one definition used both to count
 * (counts.ts) and to list the dossiers behind a count (read/dossiers.ts), so the two can never disagree.
 */

export type DossierFlag =
	| 'received'
	| 'synced'
	| 'on_time'
	| 'finished'
	| 'overdue'
	| 'online'
	| 'online_on_time'
	| 'fee'
	| 'fee_paid_online'
	| 'fee_paid_portal'
	| 'satisfied'
	| 'e_result'
	| 'digitised'
	| 'reused'
	| 'personal_storage'
	| 'population'
	| 'from_data';

/**
 * SQL boolean expressions over a dossiers row (alias `d`). `status` names a column that already holds the
 * timeliness status at T, when the caller computed it once for many flags.
 */
export function dossierFlags(T: Date | SqlTime, d = 'd', status?: string): Record<DossierFlag, string> {
	const t = sqlTime(T).ts;
	const st = status ?? `(${timeliness(T, undefined, d).status})`;
	// A petition about the dossier received by T (the row holds the first one's reception).
	const complained = `coalesce(${d}.petitioned_at <= ${t}, false)`;
	return {
		received: 'true',
		synced: `coalesce(${d}.synced_at <= ${t}, false)`,
		on_time: `${st} IN ('on_time', 'in_time')`,
		finished: `${st} IN ('on_time', 'late')`,
		overdue: `${st} IN ('late', 'overdue')`,
		online: `coalesce(${d}.channel = 'online', false)`,
		online_on_time: `coalesce(${d}.channel = 'online', false) AND ${st} IN ('on_time', 'in_time')`,
		fee: `coalesce(${d}.fee_bearing, false)`,
		fee_paid_online: `coalesce(${d}.fee_bearing AND ${d}.paid_online_at <= ${t}, false)`,
		fee_paid_portal: `coalesce(${d}.fee_bearing AND ${d}.paid_portal_at <= ${t}, false)`,
		satisfied: `${st} IN ('on_time', 'in_time') AND NOT ${complained} AND NOT coalesce(${d}.rating = 'dissatisfied' AND ${d}.rated_at <= ${t}, false)`,
		e_result: `coalesce(${d}.e_result AND ${d}.completed_at <= ${t}, false)`,
		digitised: `coalesce(${d}.digitised_at <= ${t} AND ${d}.components_digitised >= greatest(${d}.n_components, 1)
			AND (${d}.completed_at IS NULL OR ${d}.completed_at > ${t} OR ${d}.result_digitised OR ${d}.e_result), false)`,
		reused: `${d}.n_reused > 0`,
		personal_storage: `(${d}.n_personal_storage > 0 OR coalesce(${d}.to_personal_storage AND ${d}.completed_at <= ${t}, false))`,
		population: `(coalesce(${d}.vneid, false) OR coalesce(${d}.population_data, false) OR ${d}.n_personal_storage > 0 OR ${d}.n_population > 0)`,
		// At least one component taken from data rather than asked of the applicant (the overview's reuse share).
		from_data: `${d}.n_from_data > 0`
	};
}

/** Numerator and denominator of every metric whose counts are dossiers. */
export const DOSSIER_METRICS: Record<string, { num: DossierFlag; den: DossierFlag }> = {
	DOSSIER_SYNC: { num: 'synced', den: 'received' },
	ON_TIME: { num: 'on_time', den: 'received' },
	RECEIVED: { num: 'received', den: 'received' },
	COMPLETED: { num: 'finished', den: 'received' },
	OVERDUE: { num: 'overdue', den: 'received' },
	AVG_DAYS: { num: 'finished', den: 'finished' },
	ONLINE_DOSSIERS: { num: 'online', den: 'received' },
	ONLINE_ON_TIME: { num: 'online_on_time', den: 'online' },
	PAY_DOSSIERS: { num: 'fee_paid_online', den: 'fee' },
	DOSSIER_RECEIVING_SATISFACTION: { num: 'satisfied', den: 'received' },
	ORIGINAL_RESULT_AVAILABLE: { num: 'e_result', den: 'received' },
	SO_HOA_GIAY_TO_GIAI_QUYET: { num: 'digitised', den: 'received' },
	REUSED_DIGITIZED_DATA: { num: 'reused', den: 'received' },
	SYNCED_WITH_DVCQG_PERSONAL_STORAGE: { num: 'personal_storage', den: 'received' },
	CITIZEN_DATA_CONNECTED_DOSSIER: { num: 'population', den: 'received' }
};

/** The dossiers on one side of a metric: num, den, or miss (in the denominator but not the numerator: they cost points). */
export function metricCondition(code: string, side: 'num' | 'den' | 'miss', T: Date | SqlTime, d = 'd'): string | undefined {
	const m = DOSSIER_METRICS[code];
	if (!m) return undefined;
	const f = dossierFlags(T, d);
	if (side === 'num') return `(${f[m.num]}) AND (${f[m.den]})`;
	if (side === 'den') return `(${f[m.den]})`;
	return `(${f[m.den]}) AND NOT (${f[m.num]})`;
}
