import { rebuildRollup } from '../index/rollup';
import { recordHash } from '../feed/validate';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Store } from '../store/db';
import { derive } from '../state/derive';
import { EVENT_FIELDS } from '../feed/spec';
import { CALENDAR_EXCEPTIONS } from '../reference/holidays';
import { OLD_PROVINCES, MERGER_DATE } from '../reference/provinces';
import {
	FAMILY_NAMES,
	MIDDLE_NAMES_MALE,
	MIDDLE_NAMES_FEMALE,
	GIVEN_NAMES_MALE,
	GIVEN_NAMES_FEMALE,
	COMMUNE_NAME_PARTS
} from '../reference/names';
import { receives } from './units';
import { departmentFor } from './departments';
import { HISTORY_START, type World, type Log, type DossierSample } from './world';
import {
	MOBILE_PREFIXES,
	COMPANY_FORMS,
	COMPANY_TRADES,
	SUBJECT_ROLE,
	RATING_COMMENTS,
	SUPPLEMENT_REASONS,
	NOT_ACCEPTED_REASONS,
	WITHDRAW_REASONS,
	STOP_REASONS
} from './people';
import { tempTable, strList } from './tables';
import { vnDay } from './time';

/**
 * The dossier history, generated set-based inside DuckDB: one row per dossier with every random choice drawn from
 * h(dossier number, tag), a hash of both and the seed; then the feed events of each dossier (FEED.md) inserted
 * straight into `events` with the hash the ingest would give them; then the dossier state derived from the events.
 */

export interface GenerateOptions {
	dossiers: number;
	until: Date;
	log?: Log;
}

export interface GenerateResult {
	dossiers: number;
	events: number;
	batch: number;
}

/** Dossiers built and inserted together, and dossiers derived together: both bound memory. */
const PART_SIZE = 750_000;
const DERIVE_SIZE = 500_000;
/** Share of dossiers refused at reception (never received). */
const NOT_ACCEPTED_SHARE = 0.015;
/** Share of dossiers handed to another unit (liên thông). */
const TRANSFER_SHARE = 0.006;
const OFFICE_SECONDS = 8 * 3600;

const sec = (t: Date | number) => Math.floor((typeof t === 'number' ? t : t.getTime()) / 1000);

/** Cumulative lower bounds in [0, 1) for weighted sampling with an ASOF join. */
function cumulative<T>(items: T[], weight: (t: T) => number): [T, number][] {
	const total = items.reduce((s, t) => s + weight(t), 0);
	let acc = 0;
	return items.map((t) => {
		const lo = acc / total;
		acc += weight(t);
		return [t, lo];
	});
}

/** Office hours of `until`'s day already elapsed (07:30–11:30, 13:00–17:00), as a share of the day's eight. */
function elapsedOfficeShare(until: Date): number {
	const h = (((until.getTime() / 3600_000 + 7) % 24) + 24) % 24;
	const clampH = (x: number) => Math.min(4, Math.max(0, x));
	return (clampH(h - 7.5) + clampH(h - 13)) / 8;
}

/** Tết holiday spans (first and last day off), from the calendar exceptions. */
function tetSpans(): [string, string][] {
	const byYear = new Map<string, string[]>();
	for (const e of CALENDAR_EXCEPTIONS)
		if (!e.working && /Tết Nguyên đán/.test(e.name))
			(byYear.get(e.day.slice(0, 4)) ?? byYear.set(e.day.slice(0, 4), []).get(e.day.slice(0, 4))!).push(e.day);
	return [...byYear.values()].map((days) => [days.sort()[0], days[days.length - 1]]);
}

export async function prepareInputs(c: DuckDBConnection, world: World, opts: GenerateOptions): Promise<void> {
	const { units, profiles, staff } = world;
	const receiving = units.filter(receives);
	const transferTarget = (u: (typeof units)[number]) => {
		if (u.root.startsWith('B')) return u.code.endsWith('.A01') ? `${u.root}.A02` : `${u.root}.A01`;
		if (u.kind === 'commune') return `${u.root}.A02`;
		return u.code.endsWith('.A05') ? `${u.root}.A02` : `${u.root}.A05`;
	};
	await tempTable(
		c,
		'g_unit',
		[
			['code', 'VARCHAR'],
			['root', 'VARCHAR'],
			['gso', 'VARCHAR'],
			['q', 'DOUBLE'],
			['on_time', 'DOUBLE'],
			['online', 'DOUBLE'],
			['online_late', 'DOUBLE'],
			['reuse', 'DOUBLE'],
			['pay_online', 'DOUBLE'],
			['sync', 'DOUBLE'],
			['e_result', 'DOUBLE'],
			['digitise', 'DOUBLE'],
			['pstore', 'DOUBLE'],
			['vneid', 'DOUBLE'],
			['dissat', 'DOUBLE'],
			['supp', 'DOUBLE'],
			['resched', 'DOUBLE'],
			['apology', 'DOUBLE'],
			['withdraw', 'DOUBLE'],
			['stop', 'DOUBLE'],
			['rated', 'DOUBLE'],
			['due17', 'BOOLEAN'],
			['reception', 'VARCHAR'],
			['xfer', 'VARCHAR']
		],
		receiving.map((u) => {
			const p = profiles.get(u.code)!;
			return [
				u.code,
				u.root,
				u.gso,
				p.q,
				p.onTime,
				p.online,
				p.onlineLate,
				p.reuse,
				p.payOnline,
				p.sync,
				p.eResult,
				p.digitise,
				p.personalStorage,
				p.vneid,
				p.dissatisfied,
				p.supplement,
				p.reschedule,
				p.apology,
				p.withdraw,
				p.stop,
				p.rated,
				p.dueAt17,
				staff.get(u.code)!.reception,
				transferTarget(u)
			];
		})
	);
	await tempTable(
		c,
		'g_officer',
		[
			['unit', 'VARCHAR'],
			['k', 'INTEGER'],
			['name', 'VARCHAR']
		],
		receiving.flatMap((u) => staff.get(u.code)!.officers.map((name, k) => [u.code, k, name]))
	);
	await c.run(`CREATE OR REPLACE TEMP TABLE g_u AS
		SELECT u.*, o.officers FROM g_unit u JOIN (SELECT unit, list(name ORDER BY k) AS officers FROM g_officer GROUP BY unit) o ON o.unit = u.code`);

	const current = receiving.filter((u) => u.current && profiles.get(u.code)!.weight > 0);
	await tempTable(
		c,
		'g_pick',
		[
			['unit', 'VARCHAR'],
			['lo', 'DOUBLE']
		],
		cumulative(current, (u) => profiles.get(u.code)!.weight).map(([u, lo]) => [u.code, lo])
	);
	await tempTable(
		c,
		'g_pred',
		[
			['unit', 'VARCHAR'],
			['code', 'VARCHAR'],
			['lo', 'DOUBLE']
		],
		current.flatMap((u) =>
			u.predecessors.length
				? cumulative(u.predecessors, (p) => profiles.get(p)!.weight).map(([p, lo]) => [u.code, p, lo])
				: [[u.code, u.code, 0]]
		)
	);
	await tempTable(
		c,
		'g_off',
		[
			['unit', 'VARCHAR'],
			['proc', 'VARCHAR'],
			['level', 'VARCHAR'],
			['dept', 'VARCHAR'],
			['lo', 'DOUBLE']
		],
		current.flatMap((u) => {
			const levels = world.levels.get(u.code)!;
			return cumulative(u.procedures, (code) => world.procedures.get(code)!.volume).map(([code, lo]) => [
				u.code,
				code,
				levels.get(code)!,
				departmentFor(u, world.procedures.get(code)!.field),
				lo
			]);
		})
	);
	await tempTable(
		c,
		'g_proc',
		[
			['code', 'VARCHAR'],
			['pname', 'VARCHAR'],
			['target', 'VARCHAR'],
			['fee', 'DOUBLE'],
			['tl_value', 'DOUBLE'],
			['tl_unit', 'VARCHAR'],
			['role', 'VARCHAR']
		],
		[...world.procedures.values()].map((p) => [
			p.code,
			p.name,
			p.target,
			p.fee,
			p.timeLimit.value,
			p.timeLimit.unit,
			SUBJECT_ROLE[p.code] ?? null
		])
	);
	await tempTable(
		c,
		'g_compflat',
		[
			['code', 'VARCHAR'],
			['vfrom', 'VARCHAR'],
			['k', 'INTEGER'],
			['comp', 'VARCHAR'],
			['rb', 'VARCHAR']
		],
		world.catalogue.flatMap((v) =>
			v.components.map((x, k) => [v.def.code, v.validFrom ?? '1900-01-01', k, x.code, x.replaceableBy])
		)
	);
	await c.run(`CREATE OR REPLACE TEMP TABLE g_comp AS
		SELECT code, vfrom::DATE AS vfrom, list({'code': comp, 'rb': rb} ORDER BY k) AS comps FROM g_compflat GROUP BY ALL`);
	await tempTable(
		c,
		'g_family',
		[
			['family', 'VARCHAR'],
			['lo', 'DOUBLE']
		],
		cumulative(FAMILY_NAMES, ([, w]) => w).map(([[name], lo]) => [name, lo])
	);
	// Applicants from elsewhere (and at ministries) come from anywhere, by population.
	await tempTable(
		c,
		'g_gso',
		[
			['gso', 'VARCHAR'],
			['lo', 'DOUBLE']
		],
		cumulative(OLD_PROVINCES, (o) => o.population).map(([o, lo]) => [o.gso, lo])
	);
	await tempTable(
		c,
		'g_tet',
		[
			['first', 'VARCHAR'],
			['last', 'VARCHAR']
		],
		tetSpans()
	);

	const startDay = HISTORY_START.slice(0, 10);
	const untilDay = vnDay(opts.until);
	await c.run(`
CREATE OR REPLACE TEMP TABLE g_days AS
WITH d AS (
	SELECT c.day, c.working, c.wd_index, isodow(c.day) AS dow,
		CASE WHEN c.day = DATE '${untilDay}' THEN ${elapsedOfficeShare(opts.until)} ELSE 1.0 END AS cap
	FROM calendar_days c WHERE c.day BETWEEN DATE '${startDay}' AND DATE '${untilDay}'
), w AS (
	SELECT d.*,
		-- rest days: a trickle; compensatory Saturdays work like weekdays
		CASE WHEN working AND dow = 6 THEN 0.9 WHEN working THEN (CASE dow WHEN 1 THEN 1.1 WHEN 5 THEN 0.95 ELSE 1 END)
			WHEN dow = 6 THEN 0.12 WHEN dow = 7 THEN 0.015 ELSE 0.02 END
		-- the week after Tết is slow, the days before it a little too
		* CASE WHEN EXISTS (SELECT 1 FROM g_tet t WHERE d.day > t.last::DATE AND d.day <= t.last::DATE + 7) THEN 0.55
			WHEN EXISTS (SELECT 1 FROM g_tet t WHERE d.day < t.first::DATE AND d.day >= t.first::DATE - 4) THEN 0.8 ELSE 1 END
		-- volumes grow over time
		* (1 + 0.3 * (d.day - DATE '${startDay}') / (DATE '${untilDay}' - DATE '${startDay}' + 1))
		* cap AS w
	FROM d
)
SELECT day, wd_index, cap, (sum(w) OVER (ORDER BY day) - w) / sum(w) OVER () AS lo FROM w WHERE w > 0;
CREATE OR REPLACE TEMP TABLE g_wd AS SELECT wd_index, day FROM calendar_days WHERE working;`);
}

export async function macros(c: DuckDBConnection, seed: number): Promise<void> {
	await c.run(`
-- hash(a, b, …) combines its arguments' hashes too weakly for independent draws (tags correlate at 0.88):
-- mix each, xor, and hash again
CREATE OR REPLACE TEMP MACRO h(n, tag) AS hash(xor(xor(hash(n), hash(tag)), ${BigInt.asUintN(64, BigInt(seed))}::UBIGINT));
CREATE OR REPLACE TEMP MACRO rnd(n, tag) AS (h(n, tag) >> 11)::DOUBLE / 9007199254740992.0;
CREATE OR REPLACE TEMP MACRO rndk(n, tag, k) AS (hash(xor(h(n, tag), hash(k))) >> 11)::DOUBLE / 9007199254740992.0;
CREATE OR REPLACE TEMP MACRO pick(items, u) AS items[1 + floor(u * len(items))::INTEGER];
-- local midnight of a date, as epoch seconds
CREATE OR REPLACE TEMP MACRO day_s(d) AS (d - DATE '1970-01-01')::BIGINT * 86400 - 25200;
CREATE OR REPLACE TEMP MACRO iso(s) AS strftime(make_timestamp((s + 25200) * 1000000), '%Y-%m-%dT%H:%M:%S') || '+07:00';
-- moves a time outside 07:30–17:30 into office hours of the same day
CREATE OR REPLACE TEMP MACRO snap(s, u) AS CASE
	WHEN (s + 25200) % 86400 < 27000 THEN s - (s + 25200) % 86400 + 27000 + CAST(u * 7200 AS BIGINT)
	WHEN (s + 25200) % 86400 > 63000 THEN s - (s + 25200) % 86400 + 63000 - CAST(u * 10800 AS BIGINT)
	ELSE s END;
CREATE OR REPLACE TEMP MACRO days_s(x) AS CAST(x * 86400 AS BIGINT);
CREATE OR REPLACE TEMP MACRO expo(u) AS -ln(1 - u);`);
}

/** Where and when each dossier is received (g_a: one narrow row per dossier, with its code). */
export async function placeDossiers(c: DuckDBConnection, opts: GenerateOptions): Promise<void> {
	const merger = MERGER_DATE;
	// Where and when: day, unit (weighted), its procedure (weighted by volume), the old unit before the merger.
	await c.run(`
CREATE OR REPLACE TEMP TABLE g_a AS
SELECT *,
	-- mã hồ sơ: receiving unit, reception day, sequence of the day
	agency || '-' || strftime(day, '%y%m%d') || '-' || lpad(row_number() OVER (PARTITION BY agency, day ORDER BY r_s, n)::VARCHAR, 4, '0') AS dossier
FROM (
SELECT b.n, d.day, d.wd_index AS rwd,
	day_s(d.day) + CAST(CASE WHEN b.u_tod * ${OFFICE_SECONDS} * d.cap < 14400 THEN 27000 ELSE 32400 END
		+ b.u_tod * ${OFFICE_SECONDS} * d.cap AS BIGINT) AS r_s,
	p.unit, f.proc, f.level, f.dept,
	CASE WHEN d.day < DATE '${merger}' THEN pr.code ELSE p.unit END AS agency
FROM (SELECT range AS n, rnd(range, 'day') AS u_day, rnd(range, 'unit') AS u_unit, rnd(range, 'proc') AS u_proc,
		rnd(range, 'pred') AS u_pred, rnd(range, 'tod') AS u_tod
	FROM range(${opts.dossiers})) b
ASOF JOIN g_days d ON b.u_day >= d.lo
ASOF JOIN g_pick p ON b.u_unit >= p.lo
ASOF JOIN g_off f ON f.unit = p.unit AND b.u_proc >= f.lo
ASOF JOIN g_pred pr ON pr.unit = p.unit AND b.u_pred >= pr.lo)`);
}

/**
 * One row per dossier numbered in [from, to) (g_c): what, who, and every instant of its life (epoch seconds).
 * Built a slice at a time to bound memory.
 */
export async function buildPart(c: DuckDBConnection, opts: GenerateOptions, from: number, to: number): Promise<void> {
	const startDay = HISTORY_START.slice(0, 10);
	const untilDay = vnDay(opts.until);

	const personName = (male: string, fam: string, u1: string, u2: string) =>
		`${fam} || ' ' || CASE WHEN ${male} THEN pick(${strList(MIDDLE_NAMES_MALE)}, ${u1}) ELSE pick(${strList(MIDDLE_NAMES_FEMALE)}, ${u1}) END
		|| ' ' || CASE WHEN ${male} THEN pick(${strList(GIVEN_NAMES_MALE)}, ${u2}) ELSE pick(${strList(GIVEN_NAMES_FEMALE)}, ${u2}) END`;
	const topFamilies = FAMILY_NAMES.slice(0, 14).map(([n]) => n);

	// What and who: channel, applicant, components and how each was supplied, the legal due day.
	await c.run(`
CREATE OR REPLACE TEMP TABLE g_b AS
WITH x AS (
	SELECT a.*, u.* EXCLUDE (code), pr.* EXCLUDE (code), cv.comps, fam.family,
		coalesce(CASE WHEN rnd(a.n, 'mig') < 0.88 THEN u.gso END, gs.gso) AS app_gso,
		rnd(a.n, 'na') < ${NOT_ACCEPTED_SHARE} AS na,
		-- online submission grows over the history
		CASE WHEN rnd(a.n, 'ch') < CASE a.level WHEN 'full' THEN least(0.97, u.online * 1.3) WHEN 'partial' THEN u.online * 0.75 ELSE 0 END
				* (0.85 + 0.3 * (a.day - DATE '${startDay}') / (DATE '${untilDay}' - DATE '${startDay}' + 1))
			THEN 'online' WHEN rnd(a.n, 'post') < 0.04 THEN 'postal' ELSE 'in_person' END AS channel,
		-- reuse of data picks up after Chỉ thị 24/CT-TTg (13 September 2025)
		least(0.98, u.reuse * CASE WHEN a.day >= DATE '2025-09-13' THEN 1.12 ELSE 0.88 END) AS reuse_eff,
		CASE pr.target
			WHEN 'citizen' THEN CASE WHEN rnd(a.n, 'ap') < 0.99 THEN 'citizen' ELSE 'other' END
			WHEN 'business' THEN CASE WHEN rnd(a.n, 'ap') < 0.96 THEN 'business' ELSE 'other' END
			ELSE CASE WHEN rnd(a.n, 'ap') < 0.55 THEN 'citizen' WHEN rnd(a.n, 'ap') < 0.98 THEN 'business' ELSE 'agency' END
		END AS applicant,
		rnd(a.n, 'sex') < 0.5 AS male,
		1950 + floor(pow(rnd(a.n, 'by'), 0.8) * 56)::INTEGER AS byear,
		CASE WHEN pr.fee > 0 AND rnd(a.n, 'fx') >= 0.03 THEN pr.fee ELSE 0 END::BIGINT AS fee_eff,
		CASE pr.tl_unit WHEN 'days' THEN a.day + CAST(ceil(pr.tl_value) AS INTEGER)
			WHEN 'months' THEN CAST(a.day + to_months(CAST(ceil(pr.tl_value) AS INTEGER)) AS DATE) END AS cal_day
	FROM (SELECT * FROM g_a WHERE n >= ${from} AND n < ${to}) a
	JOIN g_u u ON u.code = a.agency
	JOIN g_proc pr ON pr.code = a.proc
	ASOF JOIN g_comp cv ON cv.code = a.proc AND a.day >= cv.vfrom
	ASOF JOIN g_family fam ON rnd(a.n, 'fam') >= fam.lo
	ASOF JOIN g_gso gs ON rnd(a.n, 'gso') >= gs.lo
), y AS (
	SELECT x.*,
		CASE WHEN channel = 'online' THEN rnd(n, 'vn') < vneid ELSE rnd(n, 'vn') < vneid * 0.3 END AS vneid_ok,
		applicant IN ('citizen', 'other') AS is_person,
		${personName('male', 'family', "rnd(n, 'mid')", "rnd(n, 'giv')")} AS person_name,
		CASE tl_unit
			WHEN 'working_days' THEN rwd + CAST(ceil(tl_value) AS INTEGER)
			WHEN 'hours' THEN rwd + CAST(ceil(tl_value / 8) AS INTEGER)
			ELSE cx.wd_index + (NOT cx.working)::INTEGER
		END AS due_wd
	FROM x LEFT JOIN calendar_days cx ON cx.day = x.cal_day
), z AS (
	SELECT y.*,
		CASE WHEN is_person THEN person_name
			WHEN applicant = 'business' THEN pick(${strList(COMPANY_FORMS)}, rnd(n, 'cf')) || ' ' || pick(${strList(COMPANY_TRADES)}, rnd(n, 'ct'))
				|| ' ' || pick(${strList(COMMUNE_NAME_PARTS)}, rnd(n, 'cp'))
			ELSE 'Ủy ban nhân dân ' || CASE WHEN rnd(n, 'cw') < 0.3 THEN 'phường ' ELSE 'xã ' END || pick(${strList(COMMUNE_NAME_PARTS)}, rnd(n, 'cp'))
		END AS applicant_name,
		-- replaceable components come from data at the unit's reuse rate, else the applicant supplies them again
		list_transform(comps, k -> {'code': k.code, 'rb': k.rb, 'source': CASE
			WHEN k.rb IS NOT NULL THEN CASE
				WHEN rndk(n, 'c', k.code) < reuse_eff * CASE WHEN channel = 'online' THEN 1 ELSE 0.8 END
					THEN CASE WHEN k.rb = 'population' AND vneid_ok AND rndk(n, 'cv', k.code) < 0.5 THEN 'vneid' ELSE 'database' END
				WHEN channel = 'online' THEN 'upload' ELSE 'paper' END
			WHEN rndk(n, 'c', k.code) < 0.03 THEN 'reused'
			WHEN rndk(n, 'c', k.code) < 0.03 + pstore * 0.3 THEN 'personal_storage'
			WHEN channel = 'online' THEN 'upload' ELSE 'paper' END}) AS comp_src
	FROM y
)
SELECT z.* EXCLUDE (comps, comp_src, cal_day, byear, male, person_name),
	list_transform(comp_src, k -> {'code': k.code, 'source': k.source,
		'database': CASE WHEN k.source IN ('database', 'vneid') THEN k.rb END}) AS components,
	len(comp_src) AS n_comp,
	coalesce(list_bool_or(list_transform(comp_src, k -> k.source IN ('database', 'vneid') AND k.rb = 'population')), false)
		OR (vneid_ok AND rnd(n, 'pd') < 0.5) AS population_data,
	CASE WHEN is_person THEN '0' || app_gso || ((CASE WHEN byear >= 2000 THEN 2 ELSE 0 END) + (CASE WHEN male THEN 0 ELSE 1 END))::VARCHAR
			|| lpad((byear % 100)::VARCHAR, 2, '0') || lpad((h(n, 'id') % 1000000)::VARCHAR, 6, '0')
		ELSE app_gso || lpad((h(n, 'id') % 100000000)::VARCHAR, 8, '0') END AS id_number,
	pick(${strList(MOBILE_PREFIXES)}, rnd(n, 'ph')) || lpad((h(n, 'phone') % 10000000)::VARCHAR, 7, '0') AS phone,
	CASE WHEN is_person AND channel = 'online' AND rnd(n, 'em') < 0.3
		THEN replace(lower(replace(replace(strip_accents(person_name), 'Đ', 'D'), 'đ', 'd')), ' ', '') || (10 + h(n, 'em') % 990)::VARCHAR || '@gmail.com'
	END AS email,
	CASE
		WHEN NOT is_person THEN pname || ' – ' || applicant_name
		WHEN role = 'child' THEN pname || ' cho cháu ' || ${personName("rnd(n, 'sx2') < 0.5", 'family', "rnd(n, 'm2')", "rnd(n, 'g2')")}
		WHEN role = 'deceased' THEN pname || ' cho ' || CASE WHEN rnd(n, 'sx2') < 0.5 THEN 'ông ' ELSE 'bà ' END
			|| ${personName("rnd(n, 'sx2') < 0.5", 'family', "rnd(n, 'm2')", "rnd(n, 'g2')")}
		WHEN role = 'spouse' THEN pname || ': ' || applicant_name || ' và '
			|| ${personName('NOT male', `pick(${strList(topFamilies)}, rnd(n, 'f2'))`, "rnd(n, 'm2')", "rnd(n, 'g2')")}
		ELSE pname || ' cho ' || applicant_name
	END AS summary
FROM z`);

	// When: due, lateness, supplements, rescheduling, completion, return, rating (epoch seconds).
	await c.run(`
CREATE OR REPLACE TEMP TABLE g_c AS
WITH x AS (
	SELECT b.*, d0.day AS due_day0,
		day_s(d0.day) + CASE WHEN tl_unit = 'hours' OR due17 THEN 61200 ELSE 86399 END AS due0,
		day_s(d1.day) + CASE WHEN tl_unit = 'hours' OR due17 THEN 61200 ELSE 86399 END AS due1,
		rnd(n, 'late') < CASE WHEN channel = 'online' AND online_late IS NOT NULL THEN online_late ELSE 1 - on_time END AS late0
	FROM g_b b
	JOIN g_wd d0 ON d0.wd_index = b.due_wd
	JOIN g_wd d1 ON d1.wd_index = b.due_wd + 2 + floor(rnd(b.n, 'rsd') * 9)::INTEGER
), y AS (
	SELECT x.*,
		rnd(n, 'rs') < resched * CASE WHEN late0 THEN 3.5 ELSE 0.3 END AS rs
	FROM x
), z AS (
	SELECT y.*,
		CASE WHEN rs THEN late0 AND rnd(n, 'late2') < 0.3 ELSE late0 END AS late,
		CASE WHEN rs THEN due1 ELSE due0 END AS due_f
	FROM y
), e AS (
	SELECT z.*,
		CASE
			WHEN late THEN greatest(snap(due_f + 600 + days_s(expo(rnd(n, 'lt')) * (1.5 + 5 * (1 - q))), rnd(n, 'sn')), due_f + 600)
			WHEN rs AND late0 THEN least(greatest(snap(due0 + CAST((due1 - due0) * (0.05 + 0.9 * rnd(n, 'e')) AS BIGINT), rnd(n, 'sn')), due0 + 60), due_f)
			ELSE least(greatest(snap(r_s + CAST((due_f - r_s) * (0.01 + 0.97 * pow(rnd(n, 'e'), 1.8)) AS BIGINT), rnd(n, 'sn')),
				r_s + 600 + CAST(rnd(n, 'mn') * 3000 AS BIGINT)), due_f)
		END AS e0,
		rnd(n, 'sp') < supp AS supp1,
		rnd(n, 'sp2') < 0.04 AS supp2,
		rnd(n, 'an1') < 0.85 AS ans1,
		rnd(n, 'an2') < 0.9 AS ans2
	FROM z
), s AS (
	SELECT e.*,
		least(greatest(snap(r_s + CAST((e0 - r_s) * (0.15 + 0.5 * rnd(n, 'q1')) AS BIGINT), rnd(n, 'sq1')), r_s + 600), e0 - 60) AS q1
	FROM e
), s1 AS (
	SELECT s.*, greatest(snap(q1 + 1800 + days_s(expo(rnd(n, 'b1')) * 3), rnd(n, 'sb1')), q1 + 1800) AS b1 FROM s
), s2 AS (
	SELECT s1.*, b1 + CAST((e0 - q1) * (0.2 + 0.5 * rnd(n, 'q2')) AS BIGINT) AS q2 FROM s1
), s3 AS (
	SELECT s2.*, greatest(snap(q2 + 1800 + days_s(expo(rnd(n, 'b2')) * 3), rnd(n, 'sb2')), q2 + 1800) AS b2 FROM s2
), t AS (
	SELECT s3.*,
		supp1 AND supp2 AS two,
		CASE WHEN rnd(n, 'wd') < withdraw THEN 'withdrawn'
			WHEN rnd(n, 'st') < stop THEN 'stopped'
			WHEN supp1 AND NOT ans1 THEN 'open1'
			WHEN supp1 AND supp2 AND NOT ans2 THEN 'open2'
			ELSE 'completed' END AS term,
		e0 + CASE WHEN supp1 AND ans1 THEN b1 - q1 ELSE 0 END + CASE WHEN supp1 AND supp2 AND ans1 AND ans2 THEN b2 - q2 ELSE 0 END AS e_s,
		greatest(snap(r_s + CAST((e0 - r_s) * (0.1 + 0.8 * rnd(n, 'w')) AS BIGINT), rnd(n, 'sw')), r_s + 300) AS w_s
	FROM s3
), u AS (
	SELECT t.*,
		CASE term WHEN 'completed' THEN e_s WHEN 'open1' THEN q1 WHEN 'open2' THEN q2 ELSE w_s END AS end_s,
		-- officials act in office hours
		least(greatest(snap(r_s + 300 + CAST((e0 - r_s - 300) * 0.15 * rnd(n, 'a1') AS BIGINT), rnd(n, 'sa1')), r_s + 300), e0 - 60) AS a1_s,
		CASE WHEN rnd(n, 'a2x') < 0.45 THEN greatest(snap(r_s + CAST((e0 - r_s) * (0.3 + 0.3 * rnd(n, 'a2')) AS BIGINT), rnd(n, 'sa2')), r_s + 600) END AS a2_s,
		CASE WHEN rnd(n, 'a3x') < 0.15 THEN greatest(snap(r_s + CAST((e0 - r_s) * (0.7 + 0.25 * rnd(n, 'a3')) AS BIGINT), rnd(n, 'sa3')), r_s + 900) END AS a3_s,
		CASE WHEN late0 THEN greatest(least(snap(due0 - CAST(3600 * (1 + 47 * rnd(n, 'h')) AS BIGINT), rnd(n, 'sh')), due0 - 600), r_s + 1800)
			ELSE r_s + (e0 - r_s) // 2 END AS h_s,
		rnd(n, 'rej') < 0.025 AS rejected
	FROM t
)
SELECT u.*,
	CASE WHEN NOT na AND rnd(n, 'xf') < ${TRANSFER_SHARE} THEN greatest(snap(a1_s + 60 + CAST((e0 - a1_s) * 0.2 * rnd(n, 'f') AS BIGINT), rnd(n, 'sf')), a1_s + 60) END AS f_s,
	CASE WHEN channel = 'online' THEN r_s - 300 - days_s(pow(rnd(n, 'sub'), 2) * 1.7) ELSE r_s END AS sub_s,
	term = 'completed' AND NOT rejected AND rnd(n, 'er') < e_result AS e_res,
	term = 'completed' AND NOT rejected AND e_s + 3600 <= ${sec(opts.until)} AND rnd(n, 'dr') < 0.9 AS res_dg,
	CASE WHEN term = 'completed' AND rnd(n, 'rt') < 0.95 THEN
		CASE WHEN channel = 'online' AND NOT rejected AND rnd(n, 'er') < e_result THEN e_s + 60 + CAST(3600 * rnd(n, 'rt2') AS BIGINT)
			ELSE greatest(snap(e_s + days_s(0.1 + expo(rnd(n, 'rt2')) * 1.5), rnd(n, 'srt')), e_s + 600) END
	END AS ret_s,
	-- the transfer target's officers and reception, for events after a transfer
	tu.t_officers, tu.t_reception
FROM u LEFT JOIN (SELECT code AS t_code, officers AS t_officers, reception AS t_reception FROM g_u) tu ON tu.t_code = u.xfer`);
	await c.run('DROP TABLE g_b');
}

/** A field of an event: its feed name, the SQL giving it, and whether it is a time in epoch seconds. */
type Field = [feed: string, sql: string, kind?: 'ts'];

interface Branch {
	type: string;
	suffix: string;
	where: string;
	at: string;
	/** Who acted: the unit (default: the receiving unit, or the one it was transferred to by then). */
	agency?: string;
	officer?: string;
	department?: string;
	fields?: Field[];
	/** One more field, sent only when not null. */
	optional?: Field;
}

/** Keys of a record follow the contract's field order. */
const FIELD_ORDER = new Map(EVENT_FIELDS.map((f, i) => [f.name, i]));

const COLUMN: Record<string, string> = { to: 'to_agency', value: 'rating' };
/** Type-specific columns of `events`, with their types (times travel as epoch seconds until the end). */
const EVENT_COLUMN_TYPES: [string, string][] = [
	['procedure', 'VARCHAR'],
	['channel', 'VARCHAR'],
	['due', 'BIGINT'],
	['submitted', 'BIGINT'],
	['applicant', 'VARCHAR'],
	['fee', 'BIGINT'],
	['vneid', 'BOOLEAN'],
	['population_data', 'BOOLEAN'],
	['components', 'STRUCT(code VARCHAR, source VARCHAR, "database" VARCHAR)[]'],
	['reason', 'VARCHAR'],
	['components_digitised', 'INTEGER'],
	['result_digitised', 'BOOLEAN'],
	['apology', 'BOOLEAN'],
	['amount', 'BIGINT'],
	['method', 'VARCHAR'],
	['outcome', 'VARCHAR'],
	['e_result', 'BOOLEAN'],
	['result_file', 'BOOLEAN'],
	['to_personal_storage', 'BOOLEAN'],
	['to_agency', 'VARCHAR'],
	['rating', 'VARCHAR'],
	['comment', 'VARCHAR'],
	['applicant_name', 'VARCHAR'],
	['applicant_id_number', 'VARCHAR'],
	['applicant_phone', 'VARCHAR'],
	['applicant_email', 'VARCHAR'],
	['summary', 'VARCHAR']
];
const EVENT_COLUMNS = EVENT_COLUMN_TYPES.map(([c]) => c);
const TS_COLUMNS = new Set(['due', 'submitted']);

/** The unit acting at time `at`: the one the dossier was transferred to, once it was. */
const actingAgency = (at: string) => `CASE WHEN f_s IS NOT NULL AND ${at} > f_s THEN xfer ELSE agency END`;
const actingOfficer = (at: string, tag: string) =>
	`pick(CASE WHEN f_s IS NOT NULL AND ${at} > f_s THEN t_officers ELSE officers END, rnd(n, '${tag}'))`;

function branchSql(b: Branch, until: number): string {
	const fields = [...(b.fields ?? []), ...(b.optional ? [b.optional] : [])];
	const cols = new Map<string, string>();
	for (const [feed, sql] of fields) cols.set(COLUMN[feed] ?? feed, sql);
	const select = [
		`dossier || '-${b.suffix}' AS id`,
		'dossier',
		`'${b.type}' AS type`,
		`CAST(${b.at} AS BIGINT) AS at_s`,
		`${b.agency ?? actingAgency(b.at)} AS agency`,
		`${b.officer ?? 'NULL'}::VARCHAR AS officer`,
		`${b.department ?? 'NULL'}::VARCHAR AS department`,
		...EVENT_COLUMN_TYPES.map(
			([col, type]) => `CAST(${cols.get(col) ?? 'NULL'} AS ${type}) AS ${TS_COLUMNS.has(col) ? `${col}_s` : col}`
		)
	];
	const key = (feed: string, kind?: 'ts') => {
		const col = feed === 'at' ? 'at' : (COLUMN[feed] ?? feed);
		return `'${feed}': ${kind === 'ts' ? `iso(${col}_s)` : `"${col}"`}`;
	};
	const envelope: Field[] = [
		['id', 'id'],
		['dossier', 'dossier'],
		['type', 'type'],
		['at', 'at_s', 'ts'],
		['agency', 'agency']
	];
	if (b.officer) envelope.push(['officer', 'officer']);
	if (b.department) envelope.push(['department', 'department']);
	const record = (withOptional: boolean) => {
		const all = [...envelope, ...(b.fields ?? []), ...(withOptional && b.optional ? [b.optional] : [])];
		all.sort((x, y) => FIELD_ORDER.get(x[0])! - FIELD_ORDER.get(y[0])!);
		const isEnvelope = (f: string) => f !== 'at' && envelope.some(([e]) => e === f);
		return `to_json({${all.map(([f, , k]) => (isEnvelope(f) ? `'${f}': ${f}` : key(f, k))).join(', ')}})`;
	};
	const json = b.optional
		? `CASE WHEN "${COLUMN[b.optional[0]] ?? b.optional[0]}" IS NULL THEN ${record(false)} ELSE ${record(true)} END`
		: record(false);
	return `SELECT * EXCLUDE (due_s, submitted_s), to_timestamp(due_s) AS due, to_timestamp(submitted_s) AS submitted, ${json} AS j
FROM (SELECT ${select.join(', ')}
	FROM g_c WHERE ${b.where}) WHERE at_s <= ${until}`;
}

function branches(): Branch[] {
	const received = 'NOT na';
	const ongoing = (at: string) => `NOT na AND ${at} IS NOT NULL AND ${at} < end_s`;
	const comments = (v: keyof typeof RATING_COMMENTS) => strList(RATING_COMMENTS[v]);
	return [
		{
			type: 'received',
			suffix: 'r',
			where: received,
			at: 'r_s',
			agency: 'agency',
			officer: `pick(officers, rnd(n, 'o0'))`,
			department: 'reception',
			fields: [
				['procedure', 'proc'],
				['channel', 'channel'],
				['due', 'due0', 'ts'],
				['submitted', 'sub_s', 'ts'],
				['applicant', 'applicant'],
				['fee', 'fee_eff'],
				['vneid', 'vneid_ok'],
				['population_data', 'population_data'],
				['components', 'components'],
				['applicant_name', 'applicant_name'],
				['applicant_id_number', 'id_number'],
				['applicant_phone', 'phone'],
				['summary', 'summary']
			],
			optional: ['applicant_email', 'email']
		},
		{
			type: 'not_accepted',
			suffix: 'n',
			where: 'na',
			at: 'r_s',
			agency: 'agency',
			officer: `pick(officers, rnd(n, 'o0'))`,
			department: 'reception',
			fields: [
				['procedure', 'proc'],
				['channel', 'channel'],
				['reason', `pick(${strList(NOT_ACCEPTED_REASONS)}, rnd(n, 'nr'))`]
			]
		},
		{
			type: 'assigned',
			suffix: 'a1',
			where: ongoing('a1_s'),
			at: 'a1_s',
			agency: 'agency',
			officer: `pick(officers, rnd(n, 'o1'))`,
			department: 'dept'
		},
		{
			type: 'transferred',
			suffix: 'f',
			where: ongoing('f_s'),
			at: 'f_s',
			agency: 'agency',
			officer: `pick(officers, rnd(n, 'o1'))`,
			fields: [['to', 'xfer']]
		},
		{
			type: 'assigned',
			suffix: 'a2',
			where: ongoing('a2_s'),
			at: 'a2_s',
			officer: actingOfficer('a2_s', 'o2'),
			department: `CASE WHEN f_s IS NOT NULL AND a2_s > f_s THEN t_reception ELSE dept END`
		},
		{
			type: 'assigned',
			suffix: 'a3',
			where: ongoing('a3_s'),
			at: 'a3_s',
			officer: actingOfficer('a3_s', 'o3'),
			department: `CASE WHEN f_s IS NOT NULL AND a3_s > f_s THEN t_reception ELSE reception END`
		},
		{
			// Components digitised at reception; for a dossier finished in the history, reported once with the result.
			type: 'digitised',
			suffix: 'd',
			where: `NOT na AND rnd(n, 'dg') < digitise`,
			at: `CASE WHEN res_dg THEN e_s + 300 + CAST(rnd(n, 'dgt') * 3300 AS BIGINT) ELSE greatest(snap(r_s + 600 + CAST(rnd(n, 'dgt') * 14000 AS BIGINT), rnd(n, 'sdg')), r_s + 600) END`,
			fields: [
				['components_digitised', `greatest(0, n_comp - (rnd(n, 'dgm') < 0.15)::INTEGER)`],
				['result_digitised', 'res_dg']
			]
		},
		{
			type: 'synced',
			suffix: 's',
			where: `NOT na AND rnd(n, 'sy') < sync`,
			at: `r_s + 60 + CASE WHEN rnd(n, 'syl') < 0.05 THEN days_s(5 * rnd(n, 'syt')) ELSE CAST(7200 * rnd(n, 'syt') AS BIGINT) END`,
			agency: 'agency'
		},
		{
			type: 'supplement_requested',
			suffix: 'q1',
			where: `NOT na AND supp1 AND q1 <= end_s`,
			at: 'q1',
			officer: actingOfficer('q1', 'o1'),
			fields: [['reason', `pick(${strList(SUPPLEMENT_REASONS)}, rnd(n, 'qr1'))`]]
		},
		{ type: 'supplement_received', suffix: 'b1', where: `NOT na AND supp1 AND ans1 AND b1 < end_s`, at: 'b1' },
		{
			type: 'supplement_requested',
			suffix: 'q2',
			where: `NOT na AND supp1 AND supp2 AND ans1 AND q2 <= end_s`,
			at: 'q2',
			officer: actingOfficer('q2', 'o2'),
			fields: [['reason', `pick(${strList(SUPPLEMENT_REASONS)}, rnd(n, 'qr2'))`]]
		},
		{ type: 'supplement_received', suffix: 'b2', where: `NOT na AND supp1 AND supp2 AND ans1 AND ans2 AND b2 < end_s`, at: 'b2' },
		{
			type: 'rescheduled',
			suffix: 'h',
			where: `NOT na AND rs AND h_s < end_s`,
			at: 'h_s',
			officer: actingOfficer('h_s', 'o1'),
			fields: [
				['due', 'due1', 'ts'],
				['apology', `rnd(n, 'apo') < apology`]
			]
		},
		{
			type: 'paid',
			suffix: 'p',
			where: 'NOT na AND fee_eff > 0',
			at: `r_s + 60 + CAST(rnd(n, 'pt') * CASE WHEN channel = 'online' THEN 1800 ELSE 900 END AS BIGINT)`,
			agency: 'agency',
			fields: [
				['amount', 'fee_eff'],
				[
					'method',
					`CASE WHEN rnd(n, 'pm') < least(0.98, pay_online * CASE WHEN channel = 'online' THEN 1.25 ELSE 0.35 END)
						THEN CASE WHEN rnd(n, 'pm2') < 0.55 THEN 'portal' ELSE 'gateway' END
						ELSE CASE WHEN rnd(n, 'pm2') < 0.75 THEN 'cash' ELSE 'transfer' END END`
				]
			]
		},
		{
			type: 'completed',
			suffix: 'c',
			where: `NOT na AND term = 'completed'`,
			at: 'e_s',
			officer: actingOfficer('e_s', 'o2'),
			fields: [
				['outcome', `CASE WHEN rejected THEN 'rejected' ELSE 'approved' END`],
				['e_result', 'e_res'],
				['result_file', `e_res OR rnd(n, 'rf') < 0.5`],
				['to_personal_storage', `e_res AND channel = 'online' AND rnd(n, 'ps') < least(0.9, pstore * 2)`]
			]
		},
		{
			type: 'returned',
			suffix: 't',
			where: `NOT na AND ret_s IS NOT NULL`,
			at: 'ret_s',
			officer: actingOfficer('ret_s', 'o0'),
			fields: [
				[
					'channel',
					`CASE WHEN e_res AND channel = 'online' THEN 'online' WHEN channel = 'postal' OR rnd(n, 'rch') < 0.04 THEN 'postal' ELSE 'in_person' END`
				]
			]
		},
		{
			type: 'rated',
			suffix: 'v',
			where: `NOT na AND term = 'completed' AND rnd(n, 'rd') < rated`,
			at: `coalesce(ret_s, e_s) + 300 + days_s(2 * rnd(n, 'rdt'))`,
			fields: [
				[
					'value',
					`CASE WHEN rnd(n, 'rv') < dissat + late::INTEGER * 0.22 + rs::INTEGER * 0.05 THEN 'dissatisfied'
						WHEN rnd(n, 'rv') < dissat + late::INTEGER * 0.22 + rs::INTEGER * 0.05 + 0.08 THEN 'neutral' ELSE 'satisfied' END`
				]
			],
			optional: [
				'comment',
				`CASE WHEN rnd(n, 'cm') < 0.35 THEN CASE
					WHEN rnd(n, 'rv') < dissat + late::INTEGER * 0.22 + rs::INTEGER * 0.05 THEN pick(${comments('dissatisfied')}, rnd(n, 'cmt'))
					WHEN rnd(n, 'rv') < dissat + late::INTEGER * 0.22 + rs::INTEGER * 0.05 + 0.08 THEN pick(${comments('neutral')}, rnd(n, 'cmt'))
					ELSE pick(${comments('satisfied')}, rnd(n, 'cmt')) END END`
			]
		},
		{
			type: 'withdrawn',
			suffix: 'w',
			where: `NOT na AND term = 'withdrawn'`,
			at: 'w_s',
			fields: [['reason', `pick(${strList(WITHDRAW_REASONS)}, rnd(n, 'wr'))`]]
		},
		{
			type: 'stopped',
			suffix: 'x',
			where: `NOT na AND (term = 'stopped' OR (term = 'open1' AND rnd(n, 'sl') < 0.5))`,
			at: `CASE WHEN term = 'stopped' THEN w_s ELSE snap(q1 + days_s(15 + 15 * rnd(n, 'slt')), rnd(n, 'sls')) END`,
			officer: actingOfficer('end_s', 'o1'),
			fields: [
				[
					'reason',
					`CASE WHEN term = 'stopped' THEN pick(${strList(STOP_REASONS)}, rnd(n, 'sr')) ELSE 'Quá thời hạn bổ sung hồ sơ' END`
				]
			]
		}
	];
}

/** The rows of `events` for every dossier of g_c, in the table's column order. */
export function eventsQuery(until: number, batch: number): string {
	const all = branches()
		.map((b) => branchSql(b, until))
		.join('\nUNION ALL\n');
	return `SELECT id, dossier, type, to_timestamp(at_s), agency, officer, department, ${EVENT_COLUMNS.join(', ')},
	NULL, ${recordHash('j')}, 'demo', ${batch}, to_timestamp(least(at_s + 5 + (h(id, 'arrival') % 600)::BIGINT, ${until}))
FROM (${all})`;
}

async function openBatch(c: DuckDBConnection): Promise<number> {
	const batch = Number((await c.runAndReadAll(`SELECT nextval('batch_seq')::BIGINT`)).getColumns()[0][0]);
	await c.run(
		`INSERT INTO ingest_batches (id, kind, source, origin, started_at, received, accepted, duplicates, rejected)
		 VALUES ($1, 'events', 'demo', 'generate', now(), 0, 0, 0, 0)`,
		[batch]
	);
	return batch;
}

/** Inserts the events of the dossiers in g_c; returns how many. */
export async function emitEvents(c: DuckDBConnection, opts: GenerateOptions, batch: number): Promise<number> {
	const r = await c.runAndReadAll(`
INSERT INTO events (id, dossier, type, occurred_at, agency, officer, department, ${EVENT_COLUMNS.join(', ')}, extra, hash, source, batch, arrived_at)
${eventsQuery(sec(opts.until), batch)}`);
	return Number(r.getColumns()[0][0]);
}

/** Generates the dossier history into `events`, derives the dossier state and checkpoints. */
export async function generate(store: Store, world: World, opts: GenerateOptions): Promise<GenerateResult> {
	const log = opts.log ?? (() => {});
	return store.write(async (c) => {
		let t = Date.now();
		const secs = () => ((Date.now() - t) / 1000).toFixed(1);
		await macros(c, world.seed);
		await prepareInputs(c, world, opts);
		await placeDossiers(c, opts);
		log(`${opts.dossiers.toLocaleString('en')} dossiers placed (${secs()} s)`);
		await c.run('DELETE FROM dossiers; DELETE FROM dossier_components; DELETE FROM dirty_dossiers');
		const batch = await openBatch(c);
		// A slice at a time (bounds memory): its dossiers and their events.
		const parts = Math.max(1, Math.ceil(opts.dossiers / PART_SIZE));
		const size = Math.ceil(opts.dossiers / parts);
		let events = 0;
		for (let i = 0; i < parts; i++) {
			const [from, to] = [i * size, Math.min(opts.dossiers, (i + 1) * size)];
			t = Date.now();
			await buildPart(c, opts, from, to);
			const built = secs();
			t = Date.now();
			const n = await emitEvents(c, opts, batch);
			events += n;
			log(
				`part ${i + 1}/${parts}: ${(to - from).toLocaleString('en')} dossiers (${built} s), ${n.toLocaleString('en')} events (${secs()} s)`
			);
		}
		await c.run('DROP TABLE g_c');
		// The same derivation as deriveAll, a slice of dossiers at a time: deriveAll holds every dossier's fold in one
		// hash table (twice the memory, and more CPU, at 1.5 million).
		t = Date.now();
		const slices = Math.max(1, Math.ceil(opts.dossiers / DERIVE_SIZE));
		for (let i = 0; i < slices; i++) {
			await c.run(`CREATE OR REPLACE TEMP TABLE affected AS SELECT dossier FROM g_a WHERE n % ${slices} = ${i}`);
			await derive(c, { rollup: false });
		}
		await c.run('DROP TABLE affected');
		// In reception order, so that a period's queries read only the row groups of its months (DuckDB's zone
		// maps); live events append, which keeps the order for new dossiers.
		await c.run(`CREATE TEMP TABLE g_sorted AS SELECT * FROM dossiers ORDER BY received_at NULLS FIRST;
			DELETE FROM dossiers; INSERT INTO dossiers SELECT * FROM g_sorted; DROP TABLE g_sorted;`);
		await rebuildRollup(c);
		log(`dossier state derived (${secs()} s)`);
		await c.run(`UPDATE ingest_batches SET received = $2, accepted = $2, finished_at = now() WHERE id = $1`, [batch, events]);
		return { dossiers: opts.dossiers, events, batch };
	});
}

/** A sample of received dossiers (for petitions that name one). */
export async function dossierSample(store: Store, seed: number, every = 150): Promise<DossierSample[]> {
	const rows = await store.all<{ dossier: string; agency: string; received: number }>(
		`SELECT dossier, agency, epoch_ms(occurred_at) AS received FROM events
		 WHERE type = 'received' AND hash(${seed}, dossier) % ${every} = 0`
	);
	return rows;
}

/** Drops the generator's scratch tables. */
export async function cleanUp(store: Store): Promise<void> {
	await store.write(async (c) => {
		for (const t of [
			'g_a',
			'g_b',
			'g_c',
			'g_u',
			'g_unit',
			'g_officer',
			'g_pick',
			'g_pred',
			'g_off',
			'g_proc',
			'g_compflat',
			'g_comp',
			'g_family',
			'g_gso',
			'g_tet',
			'g_days',
			'g_wd'
		])
			await c.run(`DROP TABLE IF EXISTS ${t}`);
	});
}
