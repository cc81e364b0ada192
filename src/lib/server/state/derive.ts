import { subtractAffected, addAffected, rebuildRollup, settledAt, firstPetitions } from '../index/rollup';
import type { DuckDBConnection } from '@duckdb/node-api';
import { EVENT_TYPES, DATA_SOURCES } from '../feed/spec';
import { legalDueSql } from '../calendar/store';

/**
 * Dossier state as a pure function of the set of its events: every value is an aggregate ordered by the fold key
 * (at, fixed type order, id), so shuffled or repeated deliveries give the same row.
 *
 * `deriveDirty` recomputes the dossiers whose events changed; `deriveAll` recomputes every one.
 */

const typeOrder = `CASE type ${EVENT_TYPES.map((t, i) => `WHEN '${t}' THEN ${i}`).join(' ')} END`;
const dataSources = `[${DATA_SOURCES.map((s) => `'${s}'`).join(', ')}]`;

/** Fields of the first reception, refusal and completion, each taken whole from the one event. */
const RECEIVED_FIELDS = [
	'agency',
	'procedure',
	'channel',
	'applicant',
	'fee',
	'submitted',
	'due',
	'vneid',
	'population_data',
	'components',
	'officer',
	'applicant_name',
	'applicant_id_number',
	'applicant_phone',
	'applicant_email',
	'summary'
];
const NOT_ACCEPTED_FIELDS = ['agency', 'procedure', 'channel'];
const COMPLETED_FIELDS = ['outcome', 'e_result', 'result_file', 'to_personal_storage'];
const pack = (fields: string[]) => `{${fields.map((f) => `'${f}': ${f}`).join(', ')}}`;

function foldSql(filter: string): string {
	const at = (type: string, extra = '') => `min(occurred_at) FILTER (WHERE type = '${type}'${extra})`;
	return `
CREATE OR REPLACE TEMP TABLE folded AS
WITH e AS (
	-- The fold key (at, fixed type order, id) as a struct, compared field by field: exact, no sort needed. It is
	-- used by few aggregates: each event type's fields are taken whole, in one struct, from its first event.
	SELECT *, {'t': epoch_us(occurred_at) * 16 + ${typeOrder}, 'id': id} AS k FROM events ${filter}
), g AS (
	SELECT dossier,
		arg_min(${pack(RECEIVED_FIELDS)}, k) FILTER (WHERE type = 'received') AS r,
		${at('received')} AS received_at,
		arg_min(${pack(NOT_ACCEPTED_FIELDS)}, k) FILTER (WHERE type = 'not_accepted') AS na,
		${at('not_accepted')} AS not_accepted_at,
		-- Ordered aggregates are slow; lists are sorted afterwards instead (the fold key first, so the order is the same).
		list_transform(list_sort(list({'k': k, 'set_at': occurred_at, 'due': due})
			FILTER (WHERE due IS NOT NULL AND type IN ('received', 'supplement_received', 'rescheduled'))), x -> {'set_at': x.set_at, 'due': x.due}) AS dues,
		count(*) FILTER (WHERE type = 'rescheduled') AS rescheduled,
		coalesce(bool_or(apology) FILTER (WHERE type = 'rescheduled'), false) AS rescheduled_apology,
		${at('rescheduled')} AS rescheduled_at,
		list_sort(list(occurred_at) FILTER (WHERE type = 'supplement_requested')) AS reqs,
		list_sort(list(occurred_at) FILTER (WHERE type = 'supplement_received')) AS recvs,
		${at('completed')} AS completed_at,
		arg_min(${pack(COMPLETED_FIELDS)}, k) FILTER (WHERE type = 'completed') AS c,
		${at('returned')} AS returned_at,
		${at('stopped')} AS stopped_at,
		${at('withdrawn')} AS withdrawn_at,
		${at('paid')} AS paid_at,
		${at('paid', ` AND method IN ('portal', 'gateway')`)} AS paid_online_at,
		${at('paid', ` AND method = 'portal'`)} AS paid_portal_at,
		sum(amount) FILTER (WHERE type = 'paid') AS paid_amount,
		${at('digitised')} AS digitised_at,
		max(components_digitised) FILTER (WHERE type = 'digitised') AS components_digitised,
		bool_or(result_digitised) FILTER (WHERE type = 'digitised') AS result_digitised,
		${at('synced')} AS synced_at,
		arg_max(rating, k) FILTER (WHERE type = 'rated') AS rating,
		max(occurred_at) FILTER (WHERE type = 'rated') AS rated_at,
		-- Who holds it now: the last reception or assignment; after a transfer nobody is known at the new unit until
		-- it assigns the dossier (the officer on a transfer is the one who sent it).
		arg_max({'t': type, 'o': officer, 'd': department}, k) FILTER (WHERE type IN ('received', 'assigned', 'transferred')) AS holder,
		arg_max(to_agency, k) FILTER (WHERE type = 'transferred') AS transferred_to,
		count(*)::INTEGER AS n_events,
		max(occurred_at) AS last_event_at
	FROM e GROUP BY dossier
)
SELECT g.* EXCLUDE (r, na, c),
	${RECEIVED_FIELDS.filter((f) => f !== 'officer' && f !== 'due' && f !== 'submitted')
		.map((f) => `r.${f} AS ${f}`)
		.join(', ')},
	r.officer AS received_by, r.due AS due_initial, r.submitted AS submitted_at,
	na.agency AS na_agency, na.procedure AS na_procedure, na.channel AS na_channel,
	${COMPLETED_FIELDS.map((f) => `c.${f} AS ${f}`).join(', ')}
FROM g;

-- The catalogue version in force on the reception day (a range join on the small version table).
CREATE OR REPLACE TEMP TABLE pv AS SELECT * FROM procedure_versions;
CREATE OR REPLACE TEMP TABLE folded_v AS
SELECT f.dossier, f.proc, p.valid_from_eff AS proc_version, p.fee AS proc_fee, p.time_limit_value, p.time_limit_unit,
	CASE WHEN p.time_limit_unit = 'working_days' THEN rc.wd_index + CAST(ceil(p.time_limit_value) AS INTEGER) END AS due_wd_index
FROM (SELECT dossier, coalesce(procedure, na_procedure) AS proc, received_at,
		vn_date(coalesce(received_at, not_accepted_at, TIMESTAMPTZ '2100-01-01 00:00:00+07')) AS version_day FROM folded) f
LEFT JOIN pv p ON p.code = f.proc AND f.version_day >= p.valid_from_eff AND (p.valid_until IS NULL OR f.version_day < p.valid_until)
LEFT JOIN calendar_days rc ON rc.day = vn_date(f.received_at);

CREATE OR REPLACE TEMP TABLE folded_c AS
WITH c AS (
	SELECT f.dossier, v.proc, v.proc_version, unnest(f.components) AS c
	FROM folded f JOIN folded_v v ON v.dossier = f.dossier WHERE f.components IS NOT NULL
), cat AS (
	SELECT code AS proc, valid_from_eff AS proc_version, unnest(components) AS pc FROM pv
)
SELECT c.dossier, c.c.code AS code, c.c.source AS source, c.c."database" AS "database",
	cat.pc.replaceable_by AS replaceable_by,
	list_contains(${dataSources}, c.c.source) AS from_data,
	cat.pc.replaceable_by IS NOT NULL AND c.c.source IN ('upload', 'paper') AS rerequested
FROM c LEFT JOIN cat ON cat.proc = c.proc AND cat.proc_version = c.proc_version AND cat.pc.code = c.c.code;
`;
}

/** Inserts the folded dossiers into `target` (the dossiers table, or a temp table of the same columns). */
const insertSql = (target: string) => `
INSERT INTO ${target}
WITH comp AS (
	SELECT dossier, count(*)::INTEGER AS n, count(*) FILTER (WHERE from_data)::INTEGER AS n_from_data,
		count(*) FILTER (WHERE source = 'reused')::INTEGER AS n_reused,
		count(*) FILTER (WHERE source = 'personal_storage')::INTEGER AS n_personal_storage,
		count(*) FILTER (WHERE from_data AND "database" = 'population')::INTEGER AS n_population,
		count(*) FILTER (WHERE replaceable_by IS NOT NULL)::INTEGER AS n_replaceable,
		count(*) FILTER (WHERE rerequested)::INTEGER AS n_rerequested
	FROM folded_c GROUP BY dossier
), s AS (
	SELECT f.*, v.proc, v.proc_fee, v.time_limit_value, v.time_limit_unit, v.due_wd_index,
		f.reqs[1] AS supp_req1_at,
		f.reqs[2] AS supp_req2_at,
		list_filter(f.recvs, x -> x >= f.reqs[1])[1] AS supp_recv1_at,
		least(f.completed_at, f.returned_at, f.stopped_at,
			CASE WHEN f.withdrawn_at >= f.received_at THEN f.withdrawn_at END) AS end_at
	FROM folded f JOIN folded_v v ON v.dossier = f.dossier
)
SELECT s.dossier,
	coalesce(s.agency, s.na_agency),
	u.eff_unit, u.root,
	s.proc,
	coalesce(s.channel, s.na_channel),
	s.applicant,
	s.fee,
	coalesce(s.proc_fee, false) OR coalesce(s.fee, 0) > 0,
	s.received_at, s.submitted_at, s.not_accepted_at,
	s.due_initial,
	s.dues[-1].due, s.dues[-1].set_at,
	CASE WHEN len(s.dues) > 1 THEN s.dues END,
	CASE WHEN s.received_at IS NOT NULL THEN ${legalDueSql('s.received_at', 's.time_limit_value', 's.time_limit_unit', 'wd.day')} END,
	s.rescheduled, s.rescheduled_apology, s.rescheduled_at,
	coalesce(len(s.reqs), 0), s.supp_req1_at, s.supp_recv1_at, s.supp_req2_at,
	s.completed_at, s.outcome, s.e_result, s.result_file, s.to_personal_storage,
	s.returned_at, s.stopped_at, s.withdrawn_at, s.end_at,
	s.paid_at, s.paid_online_at, s.paid_portal_at, s.paid_amount,
	s.digitised_at, s.components_digitised, s.result_digitised,
	s.synced_at,
	s.rating, s.rated_at,
	s.vneid, s.population_data,
	coalesce(comp.n, 0), coalesce(comp.n_from_data, 0), coalesce(comp.n_reused, 0), coalesce(comp.n_personal_storage, 0),
	coalesce(comp.n_population, 0),
	coalesce(comp.n_replaceable, 0), coalesce(comp.n_rerequested, 0),
	CASE WHEN s.holder.t <> 'transferred' THEN s.holder.o END, CASE WHEN s.holder.t <> 'transferred' THEN s.holder.d END,
	coalesce(s.transferred_to, s.agency, s.na_agency),
	CASE
		WHEN s.received_at IS NULL AND s.not_accepted_at IS NOT NULL THEN 'not_accepted'
		WHEN s.received_at IS NULL THEN 'pending'
		WHEN s.withdrawn_at IS NOT NULL THEN 'withdrawn'
		WHEN s.stopped_at IS NOT NULL THEN 'stopped'
		WHEN s.returned_at IS NOT NULL THEN 'returned'
		WHEN s.completed_at IS NOT NULL THEN 'completed'
		-- No answer at all leaves recvs NULL, not empty.
		WHEN len(s.reqs) > coalesce(len(list_filter(s.recvs, x -> x >= s.reqs[1])), 0) THEN 'supplement'
		ELSE 'processing'
	END,
	s.n_events, s.last_event_at,
	s.applicant_name, s.applicant_id_number, s.applicant_phone, s.applicant_email, s.summary,
	s.received_by,
	${settledAt('s')},
	fp.at
FROM s
LEFT JOIN (${firstPetitions}) fp ON fp.dossier = s.dossier
LEFT JOIN units u ON u.code = coalesce(s.agency, s.na_agency)
LEFT JOIN comp ON comp.dossier = s.dossier
LEFT JOIN calendar_days wd ON wd.wd_index = s.due_wd_index AND wd.working;

INSERT INTO dossier_components SELECT * FROM folded_c;
DROP TABLE folded; DROP TABLE folded_v; DROP TABLE folded_c; DROP TABLE pv;
`;

/**
 * Recomputes the dossiers named in temp table `affected(dossier)`, and the rollups with them (unless the caller
 * rebuilds those once at the end of a bulk load). The new rows pass through temp table `derived`, from which the
 * rollups take them without searching `dossiers` again.
 */
export async function derive(c: DuckDBConnection, opts: { rollup?: boolean } = {}): Promise<void> {
	const rollup = opts.rollup ?? true;
	if (rollup) await subtractAffected(c);
	await c.run(`
DELETE FROM dossiers WHERE dossier IN (SELECT dossier FROM affected);
DELETE FROM dossier_components WHERE dossier IN (SELECT dossier FROM affected);
${foldSql('WHERE dossier IN (SELECT dossier FROM affected)')}
${rollup ? 'CREATE OR REPLACE TEMP TABLE derived AS SELECT * FROM dossiers LIMIT 0;' : ''}
${insertSql(rollup ? 'derived' : 'dossiers')}
${rollup ? 'INSERT INTO dossiers SELECT * FROM derived;' : ''}`);
	if (rollup) {
		await addAffected(c);
		await c.run('DROP TABLE derived');
	}
}

/**
 * Derives every dossier listed in dirty_dossiers, and empties it, in one transaction. Returns how many. As the one
 * writer runs this, no dossier can turn dirty in between.
 */
export async function deriveDirty(c: DuckDBConnection): Promise<number> {
	await c.run('BEGIN TRANSACTION');
	try {
		await c.run('CREATE OR REPLACE TEMP TABLE affected AS SELECT DISTINCT dossier FROM dirty_dossiers');
		const n = Number((await c.runAndReadAll('SELECT count(*) FROM affected')).getColumns()[0][0]);
		if (n > 0) {
			await derive(c);
			await c.run('DELETE FROM dirty_dossiers');
		}
		await c.run('COMMIT');
		return n;
	} catch (e) {
		await c.run('ROLLBACK').catch(() => undefined);
		throw e;
	}
}

/** Recomputes every dossier from all events (after a bulk load). */
export async function deriveAll(c: DuckDBConnection): Promise<void> {
	await c.run(`
DELETE FROM dossiers;
DELETE FROM dossier_components;
DELETE FROM dirty_dossiers;
${foldSql('')}
${insertSql('dossiers')}`);
	await rebuildRollup(c);
}
