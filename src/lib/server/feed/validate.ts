import { fieldsOf, tableOf, COMPONENT_SOURCES, TIME_UNITS, type FeedKind, type FieldSpec } from './spec';
import { quote as q } from '../store/sql';

/**
 * Generates the SQL that checks a staged batch (temp table `stage(line_no, raw)`) against the contract, in one
 * vectorised pass: each line becomes a row with typed columns, a content hash, and `problems`, a list of
 * {code, msg} that is empty when the record is valid.
 */

/**
 * The content hash of a record: of its minified JSON text, so spacing does not matter. Hashes are only compared
 * between records with the same id, so 64 bits are plenty. Whoever stores events directly must use the same.
 */
export const recordHash = (jsonText: string) => `hash(json(${jsonText}))`;
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
const inList = (vals: readonly string[]) => `(${vals.map(q).join(', ')})`;

const TS_RE = String.raw`^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?$`;
const DATE_RE = String.raw`^\d{4}-\d{2}-\d{2}$`;
const EXAMPLE_TS = '2026-07-01T08:15:00+07:00';

/**
 * A field of the parsed record `j`. json_transform reads every scalar as text (numbers and booleans as their JSON
 * text, objects as JSON) and lists into their typed shape, never failing: a value of the wrong shape becomes NULL.
 */
const J = (f: FieldSpec) => `j.${ident(f.name)}`;
const isList = (f: FieldSpec) => ['components', 'catalog_components', 'codes'].includes(f.type);
/** Present and not null. A list of the wrong shape reads as NULL, so its presence is asked of the raw record. */
const present = (f: FieldSpec) =>
	isList(f)
		? `(${J(f)} IS NOT NULL OR CASE WHEN list_contains(keys, ${q(f.name)}) THEN json_type(raw, ${q(`$."${f.name}"`)}) <> 'NULL' ELSE false END)`
		: `(${J(f)} IS NOT NULL)`;

function shapeOf(f: FieldSpec): string {
	switch (f.type) {
		case 'components':
			return '[{"code":"VARCHAR","source":"VARCHAR","database":"VARCHAR"}]';
		case 'catalog_components':
			return '[{"code":"VARCHAR","name":"VARCHAR","replaceable_by":"VARCHAR"}]';
		case 'codes':
			return '["VARCHAR"]';
		case 'time_limit':
			return '{"value":"VARCHAR","unit":"VARCHAR"}';
		default:
			return '"VARCHAR"';
	}
}

interface Check {
	when: string;
	code: string;
	msg: string; // SQL expression giving the message
}

function msg(parts: (string | { sql: string })[]): string {
	return `concat(${parts.map((p) => (typeof p === 'string' ? q(p) : `coalesce(CAST(${p.sql} AS VARCHAR), 'null')`)).join(', ')})`;
}

const shown = (f: FieldSpec) =>
	isList(f)
		? { sql: `left(json_extract(raw, ${q(`$."${f.name}"`)})::VARCHAR, 80)` }
		: { sql: `concat('"', left(${J(f)}, 80), '"')` };

/** Typed value of a field, or NULL when absent or malformed (its problem is reported separately). */
function valueExpr(f: FieldSpec): string {
	const x = J(f);
	switch (f.type) {
		case 'id':
		case 'code':
			return `nullif(trim(${x}), '')`;
		case 'string':
		case 'enum':
			return x;
		case 'timestamp':
			return `CASE WHEN regexp_full_match(${x}, ${q(TS_RE)}) THEN try_cast(${x} AS TIMESTAMPTZ) END`;
		case 'date':
			return `CASE WHEN regexp_full_match(${x}, ${q(DATE_RE)}) THEN try_cast(${x} AS DATE) END`;
		case 'int':
			return `CASE WHEN regexp_full_match(${x}, '-?\\d+(\\.0+)?') THEN try_cast(try_cast(${x} AS DOUBLE) AS BIGINT) END`;
		case 'number':
			return `try_cast(${x} AS DOUBLE)`;
		case 'bool':
			return `CASE ${x} WHEN 'true' THEN true WHEN 'false' THEN false END`;
		case 'components':
		case 'catalog_components':
		case 'codes':
			return x;
		case 'time_limit':
			return `CASE WHEN ${x} IS NOT NULL THEN {'value': try_cast(${x}.value AS DOUBLE), 'unit': ${x}.unit} END`;
	}
}

function typeChecks(f: FieldSpec, v: string): Check[] {
	const p = present(f);
	const name = f.name;
	switch (f.type) {
		case 'id':
		case 'code':
			return [
				{
					when: `${p} AND ${v} IS NULL AND trim(${J(f)}) <> ''`,
					code: 'bad_value',
					msg: msg([`"${name}" must be a non-empty code, got `, shown(f)])
				}
			];
		case 'string':
			return [];
		case 'enum': {
			const allowed = f.values!.join(', ');
			return [
				{
					when: `${p} AND ${v} NOT IN ${inList(f.values!)}`,
					code: name === 'type' ? 'unknown_type' : 'bad_value',
					msg: msg([
						name === 'type' ? 'unknown type ' : `"${name}" must be one of ${allowed}; got `,
						shown(f),
						name === 'type' ? ` (expected one of ${allowed})` : ''
					])
				}
			];
		}
		case 'timestamp':
			return [
				{
					when: `${p} AND ${v} IS NULL`,
					code: 'bad_timestamp',
					msg: msg([`bad timestamp in "${name}": `, shown(f), ` (expected ISO 8601 with an offset, e.g. ${EXAMPLE_TS})`])
				}
			];
		case 'date':
			return [
				{
					when: `${p} AND ${v} IS NULL`,
					code: 'bad_date',
					msg: msg([`bad date in "${name}": `, shown(f), ' (expected YYYY-MM-DD)'])
				}
			];
		case 'int':
			return [
				{ when: `${p} AND ${v} IS NULL`, code: 'bad_value', msg: msg([`"${name}" must be a whole number, got `, shown(f)]) },
				{ when: `${v} < 0`, code: 'bad_value', msg: msg([`"${name}" must not be negative, got `, shown(f)]) }
			];
		case 'number':
			return [{ when: `${p} AND ${v} IS NULL`, code: 'bad_value', msg: msg([`"${name}" must be a number, got `, shown(f)]) }];
		case 'bool':
			return [
				{ when: `${p} AND ${v} IS NULL`, code: 'bad_value', msg: msg([`"${name}" must be true or false, got `, shown(f)]) }
			];
		case 'components': {
			const sources = COMPONENT_SOURCES.join(', ');
			const badSource = `list_filter(${v}, x -> x.source IS NULL OR x.source NOT IN ${inList(COMPONENT_SOURCES)})`;
			return [
				{
					when: `${p} AND ${v} IS NULL`,
					code: 'bad_value',
					msg: msg([`"${name}" must be a list of {code, source, database}, got `, shown(f)])
				},
				{
					when: `list_bool_or(list_transform(${v}, x -> x IS NULL OR x.code IS NULL OR trim(x.code) = ''))`,
					code: 'missing_field',
					msg: q(`every item of "${name}" needs a "code"`)
				},
				{
					when: `len(${badSource}) > 0`,
					code: 'bad_value',
					msg: `concat('component ', coalesce(${badSource}[1].code, '?'), ' has source ', coalesce(${badSource}[1].source, 'missing'), ' (expected one of ${sources})')`
				},
				{
					when: `list_bool_or(list_transform(${v}, x -> x.source = 'database' AND x."database" IS NULL))`,
					code: 'missing_field',
					msg: `concat('component ', list_filter(${v}, x -> x.source = 'database' AND x."database" IS NULL)[1].code, ' comes from a database but does not say which ("database": "population", "land", …)')`
				}
			];
		}
		case 'catalog_components':
			return [
				{
					when: `${p} AND ${v} IS NULL`,
					code: 'bad_value',
					msg: msg([`"${name}" must be a list of {code, name, replaceable_by}, got `, shown(f)])
				},
				{
					when: `list_bool_or(list_transform(${v}, x -> x IS NULL OR x.code IS NULL OR trim(x.code) = ''))`,
					code: 'missing_field',
					msg: q(`every item of "${name}" needs a "code"`)
				}
			];
		case 'codes':
			return [
				{ when: `${p} AND ${v} IS NULL`, code: 'bad_value', msg: msg([`"${name}" must be a list of codes, got `, shown(f)]) }
			];
		case 'time_limit':
			return [
				{
					when: `${p} AND (${v}.value IS NULL OR ${v}.value <= 0 OR ${v}.unit NOT IN ${inList(TIME_UNITS)})`,
					code: 'bad_value',
					msg: msg([
						`"${name}" must look like {"value": 5, "unit": "working_days"} with unit one of ${TIME_UNITS.join(', ')}; got `,
						{ sql: `json_extract(raw, '$.time_limit')` }
					])
				}
			];
	}
}

function requiredCheck(f: FieldSpec, kind: FeedKind): Check | undefined {
	if (!f.required) return undefined;
	const missing = f.type === 'id' || f.type === 'code' ? `(NOT ${present(f)} OR trim(${J(f)}) = '')` : `NOT ${present(f)}`;
	if (f.required === true) return { when: missing, code: 'missing_field', msg: q(`missing field "${f.name}"`) };
	if (kind !== 'events') return undefined;
	return {
		when: `${missing} AND type IN ${inList(f.required)}`,
		code: 'missing_field',
		msg: `concat('missing field "${f.name}" (required for type ', type, ')')`
	};
}

function refCheck(f: FieldSpec, v: string): Check | undefined {
	if (!f.ref) return undefined;
	const applies = f.types ? `type IN ${inList(f.types)} AND ` : '';
	if (f.type === 'codes') {
		const unknown = `(SELECT list(x ORDER BY x) FROM unnest(${v}) u(x) WHERE x NOT IN (SELECT code FROM ref_procedures))`;
		return {
			when: `${v} IS NOT NULL AND len(${unknown}) > 0`,
			code: 'unknown_procedure',
			msg: `concat('unknown procedure code(s) in "${f.name}": ', array_to_string(${unknown}, ', '), ' (send them in the procedures reference first)')`
		};
	}
	if (f.ref === 'procedure') {
		return {
			when: `${applies}${v} IS NOT NULL AND ${v} NOT IN (SELECT code FROM ref_procedures)`,
			code: 'unknown_procedure',
			msg: msg([`unknown procedure code "`, { sql: v }, `" in "${f.name}" (send it in the procedures reference first)`])
		};
	}
	const known =
		f.ref === 'agency_or_batch'
			? `(${v} IN (SELECT code FROM units) OR ${v} IN (SELECT CASE WHEN json_valid(raw) THEN json_extract_string(raw, '$.code') END FROM stage))`
			: `${v} IN (SELECT code FROM units)`;
	return {
		when: `${applies}${v} IS NOT NULL AND NOT ${known}`,
		code: 'unknown_agency',
		msg: msg([`unknown agency code "`, { sql: v }, `" in "${f.name}" (send it in the agencies reference first)`])
	};
}

export interface ValidationOptions {
	/** Feed token scope: units whose subtrees this source may send for (events: `agency`; references: `agency`). */
	allowedUnits?: string[];
	source?: string;
}

/** SQL creating temp table `checked` from `stage`. */
export function validationSql(kind: FeedKind, opts: ValidationOptions = {}): string {
	const fields = fieldsOf(kind);
	const shape = `{${fields.map((f) => `"${f.name}":${shapeOf(f)}`).join(',')}}`;
	const cols: string[] = [];
	const checks: Check[] = [];
	for (const f of fields) {
		const v = `v_${f.name}`;
		cols.push(`${valueExpr(f)} AS ${v}`);
		const r = requiredCheck(f, kind);
		if (r) checks.push(r);
		checks.push(...typeChecks(f, v));
		const ref = refCheck(f, v);
		if (ref) checks.push(ref);
	}
	if (kind === 'events') {
		checks.push({
			when: `v_at > now() + INTERVAL 1 DAY`,
			code: 'bad_timestamp',
			msg: `concat('"at" is in the future: ', v_at, ' (check the source system''s clock or time zone)')`
		});
		checks.push({
			when: `v_at < TIMESTAMPTZ '2000-01-01 00:00:00+07'`,
			code: 'bad_timestamp',
			msg: `concat('"at" is before 2000: ', v_at)`
		});
	}
	if (kind === 'agencies') {
		checks.push({
			when: `v_valid_from IS NOT NULL AND v_valid_to IS NOT NULL AND v_valid_to < v_valid_from`,
			code: 'bad_date',
			msg: q('"valid_to" is before "valid_from"')
		});
	}
	if (opts.allowedUnits) {
		const scope = `(SELECT unit FROM unit_tree WHERE ancestor IN (${opts.allowedUnits.map(q).join(', ') || 'NULL'}))`;
		const who = (opts.source ?? '').replace(/'/g, "''");
		if (kind === 'procedures') {
			// The procedure catalogue is national: only a source bound to no units ('*') sends it.
			checks.push({
				when: 'true',
				code: 'out_of_scope',
				msg: q(`the procedure catalogue is national reference data; this feed source (${opts.source ?? ''}) is bound to units`)
			});
		} else {
			const col = kind === 'agencies' ? 'v_code' : 'v_agency';
			// A new agency is in scope when its parent is: a province may add its own communes.
			const unit =
				kind === 'agencies'
					? `coalesce((SELECT eff_unit FROM units WHERE code = v_code), (SELECT eff_unit FROM units WHERE code = v_parent), v_code)`
					: `coalesce((SELECT eff_unit FROM units WHERE code = ${col}), ${col})`;
			checks.push({
				when: `${col} IS NOT NULL AND ${unit} NOT IN ${scope}`,
				code: 'out_of_scope',
				msg: `concat('unit "', ${col}, '" is outside the units this feed source (${who}) may send for')`
			});
		}
	}

	// `type` must be visible to later checks by name.
	const typeAlias = kind === 'events' ? `, v_type AS type` : '';
	// The list is only built for rows where some check fails: most rows pay for the boolean test alone.
	const anyProblem = checks.map((c) => `coalesce(${c.when}, false)`).join('\n\t\tOR ');
	const problemList = `CASE WHEN ${anyProblem} THEN list_filter([${checks
		.map((c) => `CASE WHEN coalesce(${c.when}, false) THEN {'code': ${q(c.code)}, 'msg': ${c.msg}} END`)
		.join(',\n')}], x -> x IS NOT NULL) ELSE [] END`;

	return `
CREATE OR REPLACE TEMP TABLE checked AS
WITH parsed AS (
	SELECT line_no, raw, json_valid(raw) AS is_json FROM stage
), objects AS (
	SELECT line_no, raw, is_json,
		-- Valid JSON that starts with a brace is an object: no need to parse it once more to ask.
		is_json AND starts_with(ltrim(raw), '{') AS is_object,
		CASE WHEN is_json AND starts_with(ltrim(raw), '{') THEN json_transform(raw, ${q(shape)}) END AS j,
		CASE WHEN is_json AND starts_with(ltrim(raw), '{') THEN json_keys(raw) END AS keys,
		CASE WHEN is_json THEN ${recordHash('raw')} END AS hash
	FROM parsed
), typed AS (
	SELECT line_no, raw, is_object, hash, keys, j,
		${cols.join(',\n\t\t')}
	FROM objects
), typed2 AS (SELECT *${typeAlias} FROM typed)
SELECT line_no, raw, hash,
	-- More keys than known fields present: keep the record as sent (cheap test; explicit nulls also trip it).
	CASE WHEN len(keys) > ${fields.map((f) => `(${J(f)} IS NOT NULL)::INTEGER`).join(' + ')} THEN json(raw) END AS extra,
	${fields
		.filter((f) => f.column !== '')
		.map((f) => `v_${f.name} AS ${ident(f.column ?? f.name)}`)
		.join(
			', '
		)}${fields.some((f) => f.type === 'time_limit') ? `, v_time_limit.value AS time_limit_value, v_time_limit.unit AS time_limit_unit` : ''},
	CASE
		WHEN hash IS NULL THEN [{'code': 'bad_json', 'msg': 'not valid JSON' || CASE WHEN length(raw) > 0 THEN ': ' || left(raw, 60) ELSE '' END}]
		WHEN NOT is_object THEN [{'code': 'bad_json', 'msg': 'a record must be a JSON object {…}'}]
		ELSE ${problemList}
	END AS problems
FROM typed2`;
}

export { tableOf };
