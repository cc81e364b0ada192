import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Versioned schema. A migration runs once, inside a transaction, and is recorded in schema_migrations; never edit
 * one that has shipped: add the next version instead.
 */
export const migrations: { version: number; name: string; sql: string }[] = [
	{
		version: 1,
		name: 'feeds, reference data, quarantine, dossier state',
		sql: `
CREATE SEQUENCE IF NOT EXISTS batch_seq START 1;

-- Vietnam keeps UTC+7 all year: local days by arithmetic, without the (slow) time-zone library.
CREATE MACRO vn_date(ts) AS DATE '1970-01-01' + CAST(floor((epoch_us(ts) + 25200000000) / 86400000000) AS INTEGER);
CREATE MACRO vn_day_start(d) AS to_timestamp((d - DATE '1970-01-01') * 86400 - 25200);
CREATE MACRO vn_day_end(d) AS to_timestamp((d - DATE '1970-01-01') * 86400 + 86400 - 25200 - 1);
CREATE SEQUENCE IF NOT EXISTS quarantine_seq START 1;

-- One row per ingest call (an HTTP request or a file): what came in and what became of it.
CREATE TABLE ingest_batches (
  id BIGINT PRIMARY KEY,
  kind VARCHAR NOT NULL,            -- events | agencies | procedures | offerings | publications | petitions | dvcqg
  source VARCHAR NOT NULL,          -- who sent it (feed token's source, 'file', 'demo', …)
  origin VARCHAR,                   -- file name or 'http'
  started_at TIMESTAMPTZ NOT NULL,
  finished_at TIMESTAMPTZ,
  received INTEGER, accepted INTEGER, duplicates INTEGER, rejected INTEGER
);

-- Native dossier events, append-only. Typed columns for every field of the contract, unknown fields kept in extra.
CREATE TABLE events (
  id VARCHAR NOT NULL,
  dossier VARCHAR NOT NULL,
  type VARCHAR NOT NULL,
  occurred_at TIMESTAMPTZ NOT NULL, -- the record's "at"

  agency VARCHAR NOT NULL,
  officer VARCHAR,
  department VARCHAR,
  procedure VARCHAR,
  channel VARCHAR,
  due TIMESTAMPTZ,
  submitted TIMESTAMPTZ,
  applicant VARCHAR,
  fee BIGINT,
  vneid BOOLEAN,
  population_data BOOLEAN,
  components STRUCT(code VARCHAR, source VARCHAR, "database" VARCHAR)[],
  reason VARCHAR,
  components_digitised INTEGER,
  result_digitised BOOLEAN,
  apology BOOLEAN,
  amount BIGINT,
  method VARCHAR,
  outcome VARCHAR,
  e_result BOOLEAN,
  result_file BOOLEAN,
  to_personal_storage BOOLEAN,
  to_agency VARCHAR,               -- transferred.to
  rating VARCHAR,                  -- rated.value
  comment VARCHAR,
  applicant_name VARCHAR,
  applicant_id_number VARCHAR,
  applicant_phone VARCHAR,
  applicant_email VARCHAR,
  summary VARCHAR,
  extra JSON,                      -- fields the contract does not know, kept as sent
  hash UHUGEINT NOT NULL,          -- of the canonical record: same id + same hash = duplicate, else conflict
  source VARCHAR NOT NULL,
  batch BIGINT NOT NULL,
  arrived_at TIMESTAMPTZ NOT NULL
);

-- Every rejected record, whole, with why.
CREATE TABLE quarantine (
  seq BIGINT PRIMARY KEY DEFAULT nextval('quarantine_seq'),
  batch BIGINT NOT NULL,
  kind VARCHAR NOT NULL,
  source VARCHAR NOT NULL,
  origin VARCHAR,
  line_no BIGINT,
  record_id VARCHAR,
  code VARCHAR NOT NULL,           -- machine-readable reason: missing_field, bad_timestamp, unknown_type, …
  reason VARCHAR NOT NULL,         -- the sentence a person reads
  raw VARCHAR NOT NULL,
  raw_hash UHUGEINT NOT NULL,      -- so that importing the same bad file twice keeps one copy
  received_at TIMESTAMPTZ NOT NULL,
  reviewed_at TIMESTAMPTZ
);

-- Reference feeds: every version ever sent, keyed by record id.
CREATE TABLE ref_agencies (
  id VARCHAR NOT NULL, code VARCHAR NOT NULL, name VARCHAR NOT NULL, kind VARCHAR NOT NULL, parent VARCHAR,
  e_certified_copy BOOLEAN, valid_from DATE, valid_to DATE, merged_into VARCHAR,
  extra JSON, hash UHUGEINT NOT NULL, source VARCHAR NOT NULL, batch BIGINT NOT NULL, arrived_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE ref_procedures (
  id VARCHAR NOT NULL, code VARCHAR NOT NULL, name VARCHAR NOT NULL, field VARCHAR, target VARCHAR,
  fee BOOLEAN, full_online_eligible BOOLEAN, time_limit_value DOUBLE, time_limit_unit VARCHAR, paper_result BOOLEAN,
  components STRUCT(code VARCHAR, name VARCHAR, replaceable_by VARCHAR)[],
  valid_from DATE,                 -- optional: a new version of the catalogue entry from this date
  extra JSON, hash UHUGEINT NOT NULL, source VARCHAR NOT NULL, batch BIGINT NOT NULL, arrived_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE ref_offerings (
  id VARCHAR NOT NULL, agency VARCHAR NOT NULL, procedure VARCHAR NOT NULL, online_level VARCHAR NOT NULL,
  valid_from DATE, valid_to DATE,
  extra JSON, hash UHUGEINT NOT NULL, source VARCHAR NOT NULL, batch BIGINT NOT NULL, arrived_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE ref_publications (
  id VARCHAR NOT NULL, agency VARCHAR NOT NULL, decision_date DATE NOT NULL, effective_date DATE,
  public_at TIMESTAMPTZ, procedures VARCHAR[] NOT NULL, content_complete BOOLEAN,
  extra JSON, hash UHUGEINT NOT NULL, source VARCHAR NOT NULL, batch BIGINT NOT NULL, arrived_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE ref_petitions (
  id VARCHAR NOT NULL, agency VARCHAR NOT NULL, received_at TIMESTAMPTZ NOT NULL, category VARCHAR,
  handled_at TIMESTAMPTZ, likes INTEGER, dislikes INTEGER, repeated BOOLEAN, dossier VARCHAR,
  extra JSON, hash UHUGEINT NOT NULL, source VARCHAR NOT NULL, batch BIGINT NOT NULL, arrived_at TIMESTAMPTZ NOT NULL
);

-- Catalogue versions: per code and valid_from the record with the greatest id; each version runs until the next.
CREATE VIEW procedure_versions AS
SELECT * EXCLUDE (rn), lead(valid_from_eff) OVER (PARTITION BY code ORDER BY valid_from_eff) AS valid_until
FROM (
  SELECT *, coalesce(valid_from, DATE '1900-01-01') AS valid_from_eff,
    row_number() OVER (PARTITION BY code, coalesce(valid_from, DATE '1900-01-01') ORDER BY id DESC) AS rn
  FROM ref_procedures
) WHERE rn = 1;
-- The latest version of each procedure.
CREATE VIEW procedures AS SELECT * FROM procedure_versions WHERE valid_until IS NULL;

-- Public holidays and compensatory working days (data, not code). Weekends are rest days unless listed as work.
CREATE TABLE calendar_exceptions (
  day DATE PRIMARY KEY,
  working BOOLEAN NOT NULL,
  name VARCHAR NOT NULL
);
-- Expanded calendar: one row per day, with a running count of working days (for "N working days later").
CREATE TABLE calendar_days (
  day DATE PRIMARY KEY,
  working BOOLEAN NOT NULL,
  wd_index INTEGER NOT NULL        -- working days up to and including this day
);

-- Resolved units (rebuilt whenever agencies change): one row per code, with the unit it counts for.
CREATE TABLE units (
  code VARCHAR PRIMARY KEY,
  name VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  parent VARCHAR,
  valid_from DATE, valid_to DATE,
  merged_into VARCHAR,
  e_certified_copy BOOLEAN,
  eff_unit VARCHAR NOT NULL,       -- itself, or the last successor along merged_into
  root VARCHAR,                    -- ministry or province of eff_unit in today's tree
  depth INTEGER,                   -- 0 for a root
  current BOOLEAN NOT NULL         -- not merged away
);
-- Closure of today's tree: (ancestor, descendant) including each unit with itself.
CREATE TABLE unit_tree (
  ancestor VARCHAR NOT NULL,
  unit VARCHAR NOT NULL,
  depth INTEGER NOT NULL
);

-- Dossier state, a pure function of the set of its events (see state/derive.ts).
CREATE TABLE dossiers (
  dossier VARCHAR NOT NULL,
  agency VARCHAR,                  -- unit that received it, as sent (kept for display after mergers)
  unit VARCHAR,                    -- unit it counts for (agency, or its successor)
  root VARCHAR,                    -- ministry or province it counts for
  procedure VARCHAR,
  channel VARCHAR,
  applicant VARCHAR,
  fee BIGINT,
  fee_bearing BOOLEAN,             -- the procedure has a fee (catalogue) or the dossier carries one
  received_at TIMESTAMPTZ,
  submitted_at TIMESTAMPTZ,
  not_accepted_at TIMESTAMPTZ,
  due_initial TIMESTAMPTZ,
  due TIMESTAMPTZ,                 -- as last set by the source
  due_set_at TIMESTAMPTZ,          -- when that last due was set
  due_history STRUCT(set_at TIMESTAMPTZ, due TIMESTAMPTZ)[], -- every due set, in fold order (kept only when it changed)
  legal_due TIMESTAMPTZ,           -- reception + the procedure's legal time limit (used when no due is given)
  rescheduled INTEGER,
  rescheduled_apology BOOLEAN,
  rescheduled_at TIMESTAMPTZ,
  supp_count INTEGER,
  supp_req1_at TIMESTAMPTZ,
  supp_recv1_at TIMESTAMPTZ,
  supp_req2_at TIMESTAMPTZ,
  completed_at TIMESTAMPTZ,
  outcome VARCHAR,
  e_result BOOLEAN,
  result_file BOOLEAN,
  to_personal_storage BOOLEAN,
  returned_at TIMESTAMPTZ,
  stopped_at TIMESTAMPTZ,
  withdrawn_at TIMESTAMPTZ,
  end_at TIMESTAMPTZ,              -- first of completed, returned, stopped, withdrawn (after reception)
  paid_at TIMESTAMPTZ,
  paid_online_at TIMESTAMPTZ,      -- first payment through the national portal or a ministry/province gateway
  paid_portal_at TIMESTAMPTZ,      -- first payment through the national portal itself
  paid_amount BIGINT,
  digitised_at TIMESTAMPTZ,
  components_digitised INTEGER,
  result_digitised BOOLEAN,
  synced_at TIMESTAMPTZ,
  rating VARCHAR,
  rated_at TIMESTAMPTZ,
  vneid BOOLEAN,
  population_data BOOLEAN,
  n_components INTEGER,
  n_from_data INTEGER,             -- components satisfied from data (vneid, database, personal_storage, reused)
  n_reused INTEGER,                -- … from earlier digitised dossiers or results
  n_personal_storage INTEGER,
  n_population INTEGER,            -- … from the population database (directly or through VNeID)
  n_replaceable INTEGER,           -- components the catalogue marks as replaceable by a database
  n_rerequested INTEGER,           -- … that the applicant still had to upload or bring on paper
  officer VARCHAR,                 -- who holds it now
  department VARCHAR,
  holder_agency VARCHAR,           -- unit holding it now (after transfers)
  status VARCHAR NOT NULL,
  n_events INTEGER NOT NULL,
  last_event_at TIMESTAMPTZ,
  applicant_name VARCHAR,
  applicant_id_number VARCHAR,
  applicant_phone VARCHAR,
  applicant_email VARCHAR,
  summary VARCHAR
);

-- Dossiers whose events changed and whose state has not been derived again yet. Written in the same
-- transaction as the events, so a crash between the two is caught up on the next start.
CREATE TABLE dirty_dossiers (dossier VARCHAR NOT NULL);

-- Components of each received dossier and how each was satisfied.
CREATE TABLE dossier_components (
  dossier VARCHAR NOT NULL,
  code VARCHAR NOT NULL,
  source VARCHAR,
  "database" VARCHAR,
  replaceable_by VARCHAR,          -- from the catalogue version in force at reception
  from_data BOOLEAN NOT NULL,
  rerequested BOOLEAN NOT NULL     -- replaceable, yet uploaded or brought on paper
);
`
	},
	{
		version: 2,
		name: 'run-time settings (metric overrides, method parameters)',
		sql: `
CREATE TABLE settings (
  key VARCHAR PRIMARY KEY,
  value JSON NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_by VARCHAR
);
`
	},
	{
		version: 3,
		name: 'who received each dossier',
		sql: `ALTER TABLE dossiers ADD COLUMN received_by VARCHAR;`
	},
	{
		version: 4,
		name: 'portal sync records (HoSoDongBoDVC) and processing steps',
		sql: `
-- Every accepted HoSoDongBoDVC snapshot, as sent. The same snapshot twice (same hash) is kept once.
CREATE TABLE dvcqg_snapshots (
  ma_ho_so VARCHAR NOT NULL,
  hash VARCHAR NOT NULL,           -- md5 of the record with its keys sorted
  progress BIGINT NOT NULL,        -- latest date in the record (yyyyMMddHHmmss) × 100 + status rank: a later snapshot is greater
  status INTEGER NOT NULL,         -- TrangThaiHoSo
  older BOOLEAN NOT NULL,          -- a later snapshot was already known when it arrived: it implied no dossier events
  source VARCHAR NOT NULL,
  batch BIGINT NOT NULL,
  line_no BIGINT,
  arrived_at TIMESTAMPTZ NOT NULL,
  record JSON NOT NULL
);

-- Who held each dossier, step by step (QuaTrinhXuLy of the latest snapshot), so time per step can be summed.
CREATE TABLE dossier_steps (
  dossier VARCHAR NOT NULL,
  seq INTEGER NOT NULL,            -- 1, 2, … by start time
  officer VARCHAR,
  title VARCHAR,                   -- ChucDanh
  department VARCHAR,
  agency VARCHAR,                  -- unit handling the dossier (DonViXuLy)
  action VARCHAR,                  -- NoiDungXuLy
  status VARCHAR,                  -- the step's own TrangThai, as sent
  started_at TIMESTAMPTZ NOT NULL,
  ended_at TIMESTAMPTZ,            -- NULL: still holding it
  due_at TIMESTAMPTZ,              -- the step's own time limit (NgayKetThucTheoQuyDinh)
  snapshot_hash VARCHAR NOT NULL,
  source VARCHAR NOT NULL
);
`
	},
	{
		version: 5,
		name: 'accounts, sessions, feed tokens, audit log',
		sql: `
CREATE SEQUENCE IF NOT EXISTS audit_seq START 1;

CREATE TABLE users (
  id VARCHAR PRIMARY KEY,
  username VARCHAR NOT NULL UNIQUE,
  display_name VARCHAR NOT NULL,
  password_hash VARCHAR,            -- argon2id; NULL for accounts that only sign in through OpenID Connect
  role VARCHAR NOT NULL,            -- national_leader | manager | unit_officer | analyst | feed_source | administrator
  units VARCHAR[] NOT NULL,         -- root or unit codes; empty for national roles
  personal BOOLEAN NOT NULL,        -- may see personal data unmasked
  can_export BOOLEAN NOT NULL,
  oidc_issuer VARCHAR,
  oidc_sub VARCHAR,
  disabled BOOLEAN NOT NULL DEFAULT false,
  failed_count INTEGER NOT NULL DEFAULT 0,
  locked_until TIMESTAMPTZ,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- id is the SHA-256 of the cookie's token: a copy of the database opens no session.
CREATE TABLE sessions (
  id VARCHAR PRIMARY KEY,
  user_id VARCHAR NOT NULL,
  csrf_token VARCHAR NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  last_seen_at TIMESTAMPTZ NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL,  -- absolute end; idle end is last_seen_at + the idle limit
  revoked_at TIMESTAMPTZ,
  ip VARCHAR,
  user_agent VARCHAR
);

CREATE TABLE feed_tokens (
  id VARCHAR PRIMARY KEY,
  source VARCHAR NOT NULL,
  token_hash VARCHAR NOT NULL UNIQUE, -- SHA-256 of the token, shown once at creation
  units VARCHAR[] NOT NULL,
  created_by VARCHAR,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  revoked_at TIMESTAMPTZ,
  last_used_at TIMESTAMPTZ
);

CREATE TABLE audit_log (
  id BIGINT PRIMARY KEY DEFAULT nextval('audit_seq'),
  "at" TIMESTAMPTZ NOT NULL DEFAULT now(), -- quoted: AT is a keyword
  user_id VARCHAR,
  username VARCHAR,
  role VARCHAR,
  action VARCHAR NOT NULL,          -- view_personal | export | sign_in | sign_in_failed | sign_out | token_created | token_revoked | user_changed | settings_changed
  target VARCHAR,
  filters JSON,
  ip VARCHAR
);
CREATE INDEX audit_at ON audit_log ("at");
`
	},
	{
		version: 6,
		name: 'rollups of settled dossiers (filled by ensureRollup)',
		sql: `
CREATE TABLE rollup_units (
  unit VARCHAR, root VARCHAR, month DATE, week DATE,
  received BIGINT, synced BIGINT, on_time BIGINT, finished BIGINT, overdue BIGINT, busy_us BIGINT, days_n BIGINT,
  online BIGINT, online_on_time BIGINT, fee_dossiers BIGINT, fee_paid_online BIGINT, fee_paid_portal BIGINT,
  satisfied BIGINT, e_result BIGINT, digitised BIGINT, reused BIGINT, personal_storage BIGINT, population BIGINT
);
CREATE TABLE rollup_procedures (
  root VARCHAR, procedure VARCHAR, month DATE, week DATE,
  received BIGINT, online BIGINT, fee_paid_online BIGINT, fee_paid_portal BIGINT, population BIGINT
);
`
	},
	{
		version: 7,
		name: 'dossiers evaluated at the end of their reception month; long-running dossiers kept apart (filled by ensureRollup)',
		sql: `
ALTER TABLE rollup_units ADD COLUMN from_data BIGINT;
CREATE TABLE rollup_month_end_units (
  unit VARCHAR, root VARCHAR, month DATE,
  received BIGINT, synced BIGINT, on_time BIGINT, finished BIGINT, overdue BIGINT, busy_us BIGINT, days_n BIGINT,
  online BIGINT, online_on_time BIGINT, fee_dossiers BIGINT, fee_paid_online BIGINT, fee_paid_portal BIGINT,
  satisfied BIGINT, e_result BIGINT, digitised BIGINT, reused BIGINT, personal_storage BIGINT, population BIGINT,
  from_data BIGINT
);
CREATE TABLE rollup_month_end_procedures (
  root VARCHAR, procedure VARCHAR, month DATE,
  received BIGINT, online BIGINT, fee_paid_online BIGINT, fee_paid_portal BIGINT, population BIGINT
);
-- The same columns as dossiers: a migration that adds one to dossiers adds it here too.
CREATE TABLE long_dossiers AS SELECT * FROM dossiers LIMIT 0;
`
	},
	{
		version: 8,
		name: 'when each dossier settled and was first named by a petition, as columns; rollups per root (filled by ensureRollup)',
		sql: `
-- settled_at: when nothing about the dossier can change any more (rollup.ts settledAt), NULL while open; a column,
-- so that "not settled by T" is a filter DuckDB pushes into the scan.
-- petitioned_at: when the first petition naming it was received (set by the derivation and when petitions arrive).
-- Every ALTER before any UPDATE: DuckDB cannot commit a table altered after it was updated in the same transaction.
ALTER TABLE dossiers ADD COLUMN settled_at TIMESTAMPTZ;
ALTER TABLE dossiers ADD COLUMN petitioned_at TIMESTAMPTZ;
ALTER TABLE long_dossiers ADD COLUMN settled_at TIMESTAMPTZ;
ALTER TABLE long_dossiers ADD COLUMN petitioned_at TIMESTAMPTZ;
UPDATE dossiers SET settled_at = CASE WHEN end_at IS NOT NULL THEN greatest(last_event_at, end_at) END;
UPDATE long_dossiers SET settled_at = CASE WHEN end_at IS NOT NULL THEN greatest(last_event_at, end_at) END;
-- Per root and day of settling: a ranking of provinces or ministries sums a small table, and judges row by row
-- only the dossiers settled on the day of T.
CREATE TABLE rollup_roots AS SELECT * EXCLUDE (unit, week), NULL::DATE AS day FROM rollup_units LIMIT 0;
CREATE TABLE rollup_month_end_roots AS SELECT * EXCLUDE (unit) FROM rollup_month_end_units LIMIT 0;
-- Offerings per root, procedure and validity, with the best online level among its agencies (rollup.ts).
CREATE TABLE offerings_by_root (root VARCHAR, procedure VARCHAR, valid_from DATE, valid_to DATE, level INTEGER);
`
	},
	{
		version: 9,
		name: 'procedure rollups per unit (filled by ensureRollup)',
		sql: `
-- The procedure-level metrics of agencies and communes sum these instead of reading every dossier of the period;
-- the per-root procedure tables are sums of them.
CREATE TABLE rollup_unit_procedures (
  unit VARCHAR, root VARCHAR, procedure VARCHAR, month DATE, week DATE,
  received BIGINT, online BIGINT, fee_paid_online BIGINT, fee_paid_portal BIGINT, population BIGINT
);
CREATE TABLE rollup_month_end_unit_procedures AS SELECT * EXCLUDE (week) FROM rollup_unit_procedures LIMIT 0;
`
	},
	{
		version: 10,
		name: 'first week of each procedure-level flag, per procedure and month (filled by ensureRollup)',
		sql: `
-- Per procedure and reception month, the first week of settling with a dossier online, paid online, … (rollup.ts).
CREATE TABLE procedure_firsts (
  root VARCHAR, procedure VARCHAR, month DATE, online DATE, fee_paid_online DATE, fee_paid_portal DATE, population DATE
);
CREATE TABLE unit_procedure_firsts AS SELECT NULL::VARCHAR AS unit, * FROM procedure_firsts LIMIT 0;
`
	},
	{
		version: 11,
		name: 'procedure rollup per root by day of settling (filled by ensureRollup)',
		sql: `
-- Per root, procedure, reception month and day of settling, like rollup_roots: procedure_firsts then holds the
-- first day of each flag, and a ranking of roots judges nothing settled before T's day again.
DROP TABLE rollup_procedures;
CREATE TABLE rollup_procedures AS SELECT * EXCLUDE (unit, week), NULL::DATE AS day FROM rollup_unit_procedures LIMIT 0;
`
	},
	{
		version: 12,
		name: 'offerings per unit (filled by ensureRollup)',
		sql: `
-- Offerings per unit they count for, procedure and validity, with the best online level, in unit order: what the
-- query of a province's agencies or communes reads instead of every offering (rollup.ts).
CREATE TABLE offerings_by_unit AS SELECT NULL::VARCHAR AS unit, * EXCLUDE (root) FROM offerings_by_root LIMIT 0;
`
	},
	{
		version: 13,
		name: 'unit rollups by day of settling (filled by ensureRollup)',
		sql: `
-- Cells by day of settling below the roots too, as per root: the children of a unit judge row by row only what
-- settled on T's day, not what settled since T's Monday.
ALTER TABLE rollup_units RENAME COLUMN week TO day;
ALTER TABLE rollup_unit_procedures RENAME COLUMN week TO day;
`
	}
];

export async function migrate(c: DuckDBConnection): Promise<number[]> {
	await c.run(`CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
	const done = new Set((await c.runAndReadAll('SELECT version FROM schema_migrations')).getColumns()[0]?.map(Number) ?? []);
	const applied: number[] = [];
	for (const m of migrations) {
		if (done.has(m.version)) continue;
		await c.run('BEGIN TRANSACTION');
		try {
			await c.run(m.sql);
			await c.run('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
			await c.run('COMMIT');
		} catch (e) {
			await c.run('ROLLBACK');
			throw new Error(`Migration ${m.version} (${m.name}) failed: ${(e as Error).message}`);
		}
		applied.push(m.version);
	}
	return applied;
}
