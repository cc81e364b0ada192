import crypto from 'node:crypto';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Store } from '../store/db';
import { ingest, openBatch, countBatch, quarantine, recordLines, type Rejected } from '../feed/ingest';
import { parseRecord, type Known, type Problem, type Snapshot } from './record';
import { impliedEvents, type NativeEvent } from './events';
import { quote as q } from '../store/sql';

/**
 * Portal sync records in: each record is checked on its own (rejected ones are quarantined whole), every accepted
 * snapshot is kept, and the native events it implies go through the native ingest, where the ones already known
 * come back as duplicates. A snapshot older than one already known implies only its sync: the dossier never moves
 * back, and the set of stored events does not depend on the order in which snapshots arrive.
 */

export const KIND = 'dvcqg';

export interface RawRecord {
	/** Position among the records sent, from 0. */
	index: number;
	/** 1-based: the line in NDJSON, the position + 1 in an array. */
	line: number;
	text: string;
	value?: unknown;
	problem?: Problem;
}

export type RecordStatus = 'accepted' | 'duplicate' | 'older' | 'conflict' | 'rejected';

export interface RecordReport {
	index: number;
	line: number;
	MaHoSo: string | null;
	status: RecordStatus;
	events_added: number;
	code?: string;
	reason?: string;
	warnings?: string[];
}

export interface DvcqgReport {
	/** As the national portal answers: "0" when every record was taken (duplicates included). */
	error_code: '0' | '-1';
	message: string;
	batch: number;
	kind: typeof KIND;
	received: number;
	accepted: number;
	duplicates: number;
	older: number;
	conflicts: number;
	rejected: number;
	events_added: number;
	/** Rejected and conflicting records, as the native feed lists its errors. */
	errors: { line: number; index: number; id: string | null; code: string; reason: string }[];
	records: RecordReport[];
}

export interface DvcqgOptions {
	/** Who sent it; events are stored under `dvcqg:<source>`. */
	source: string;
	/** A feed token's units: records for units outside their subtrees are rejected (out_of_scope). */
	allowedUnits?: string[];
	origin?: string;
	/** As for native ingest: derive dossier state after each chunk (1), or leave it to the caller (0). */
	deriveEvery?: number;
	now?: Date;
	onProgress?: (p: { records: number; rejected: number }) => void;
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The record with its keys sorted: the same snapshot sent with other key order or spacing has the same hash. */
function canonical(v: unknown): string {
	if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
	if (isObject(v))
		return `{${Object.keys(v)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
			.join(',')}}`;
	return JSON.stringify(v) ?? 'null';
}

const md5 = (s: string) => crypto.createHash('md5').update(s).digest('hex');

/** Units and procedures named by a chunk's records, looked up once, and which units the sender may send for. */
async function loadKnown(store: Store, values: unknown[], opts: DvcqgOptions): Promise<Known> {
	const str = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
	const objs = values.filter(isObject);
	const units = [...new Set(objs.map((o) => str(o.DonViXuLy)).filter(Boolean))];
	const procs = [...new Set(objs.map((o) => str(o.MaTTHC)).filter(Boolean))];
	const list = (xs: string[]) => xs.map(q).join(', ') || 'NULL';
	const [u, p] = await Promise.all([
		store.all<{ code: string; name: string }>(
			`SELECT code, name FROM units WHERE code IN (${list(units)}) OR name IN (${list(units)})`
		),
		store.all<{ code: string }>(`SELECT DISTINCT code FROM ref_procedures WHERE code IN (${list(procs)})`)
	]);
	const codes = new Set(u.map((x) => x.code));
	const procedures = new Set(p.map((x) => x.code));
	let inScope: Known['inScope'];
	if (opts.allowedUnits) {
		const ok = new Set(
			(
				await store.all<{ code: string }>(
					`SELECT u.code FROM units u WHERE u.code IN (${list([...codes])})
					 AND u.eff_unit IN (SELECT unit FROM unit_tree WHERE ancestor IN (${list(opts.allowedUnits)}))`
				)
			).map((x) => x.code)
		);
		inScope = (code) => ok.has(code);
	}
	return {
		inScope,
		source: opts.source,
		unit(v) {
			if (codes.has(v)) return { code: v };
			const named = u.filter((x) => x.name === v).map((x) => x.code);
			if (named.length === 1) return { code: named[0] };
			return named.length ? { ambiguous: named.sort() } : undefined;
		},
		procedure: (c) => procedures.has(c)
	};
}

const shownTime = (progress: number) =>
	String(Math.floor(progress / 100)).replace(/^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/, '$1-$2-$3 $4:$5:$6');

interface Accepted {
	rec: RawRecord;
	snap: Snapshot;
	hash: string;
	duplicate: boolean;
	older: boolean;
	/** The greatest progress known for the dossier besides this snapshot. */
	ahead: number;
}

/**
 * Stores the chunk's accepted snapshots and the steps of each dossier's latest one, and quarantines its rejected
 * records, in one transaction. Decides which snapshots are duplicates and which are older than one already known.
 */
async function storeSnapshots(
	c: DuckDBConnection,
	batch: number,
	opts: DvcqgOptions,
	accepted: Omit<Accepted, 'duplicate' | 'older' | 'ahead'>[],
	rejected: Rejected[]
): Promise<Accepted[]> {
	await c.run('BEGIN TRANSACTION');
	try {
		await quarantine(c, { batch, kind: KIND, source: opts.source, origin: opts.origin }, rejected);
		const codes = [...new Set(accepted.map((a) => a.snap.code))];
		const stored = codes.length
			? (
					await c.runAndReadAll(
						`SELECT ma_ho_so, hash, progress FROM dvcqg_snapshots WHERE ma_ho_so IN (${codes.map(q).join(', ')})`
					)
				).getRows()
			: [];
		const hashes = new Set(stored.map(([m, h]) => `${m}\u0000${h}`));
		const best = new Map<string, number>();
		for (const [m, , p] of stored) best.set(m as string, Math.max(best.get(m as string) ?? 0, Number(p)));
		const storedBest = new Map(best);
		for (const a of accepted) best.set(a.snap.code, Math.max(best.get(a.snap.code) ?? 0, a.snap.progress));

		const out: Accepted[] = [];
		const fresh: Accepted[] = [];
		for (const a of accepted) {
			const key = `${a.snap.code}\u0000${a.hash}`;
			const x: Accepted = {
				...a,
				duplicate: hashes.has(key),
				older: a.snap.progress < best.get(a.snap.code)!,
				ahead: best.get(a.snap.code)!
			};
			hashes.add(key);
			out.push(x);
			if (!x.duplicate) fresh.push(x);
		}
		if (fresh.length)
			await c.run(
				`INSERT INTO dvcqg_snapshots
				 SELECT r.ma_ho_so, r.hash, r.progress, r.status, r.older, $2, $3, r.line_no, now(), r.record::JSON
				 FROM (SELECT unnest(from_json($1, '[{"ma_ho_so":"VARCHAR","hash":"VARCHAR","progress":"BIGINT","status":"INTEGER","older":"BOOLEAN","line_no":"BIGINT","record":"VARCHAR"}]'), recursive := true)) r`,
				[
					JSON.stringify(
						fresh.map((x) => ({
							ma_ho_so: x.snap.code,
							hash: x.hash,
							progress: x.snap.progress,
							status: x.snap.status,
							older: x.older,
							line_no: x.rec.line,
							record: x.rec.text
						}))
					),
					opts.source,
					batch
				]
			);

		// The steps shown are those of each dossier's latest snapshot (on equal progress, the last one sent).
		const latest = new Map<string, Accepted>();
		for (const x of fresh) if (x.snap.progress >= (storedBest.get(x.snap.code) ?? 0) && !x.older) latest.set(x.snap.code, x);
		if (latest.size) {
			await c.run(`DELETE FROM dossier_steps WHERE dossier IN (${[...latest.keys()].map(q).join(', ')})`);
			const steps = [...latest.values()].flatMap((x) =>
				x.snap.steps.map((s) => ({
					dossier: x.snap.code,
					seq: s.seq,
					officer: s.officer,
					title: s.title,
					department: s.department,
					agency: x.snap.agency,
					action: s.action,
					status: s.status,
					started_at: s.from.iso,
					ended_at: s.to?.iso ?? null,
					due_at: s.due?.iso ?? null,
					snapshot_hash: x.hash
				}))
			);
			if (steps.length)
				await c.run(
					`INSERT INTO dossier_steps
					 SELECT r.dossier, r.seq, r.officer, r.title, r.department, r.agency, r.action, r.status,
						r.started_at::TIMESTAMPTZ, r.ended_at::TIMESTAMPTZ, r.due_at::TIMESTAMPTZ, r.snapshot_hash, $2
					 FROM (SELECT unnest(from_json($1, '[{"dossier":"VARCHAR","seq":"INTEGER","officer":"VARCHAR","title":"VARCHAR","department":"VARCHAR","agency":"VARCHAR","action":"VARCHAR","status":"VARCHAR","started_at":"VARCHAR","ended_at":"VARCHAR","due_at":"VARCHAR","snapshot_hash":"VARCHAR"}]'), recursive := true)) r`,
					[JSON.stringify(steps), opts.source]
				);
		}
		await countBatch(c, batch, {
			received: accepted.length + rejected.length,
			accepted: fresh.length,
			duplicates: out.length - fresh.length,
			rejected: rejected.length
		});
		await c.run('COMMIT');
		return out;
	} catch (e) {
		await c.run('ROLLBACK').catch(() => undefined);
		throw e;
	}
}

async function processChunk(
	store: Store,
	batch: number,
	recs: RawRecord[],
	opts: DvcqgOptions,
	report: DvcqgReport
): Promise<void> {
	for (const r of recs)
		if (!r.problem && r.value === undefined) {
			try {
				r.value = JSON.parse(r.text);
			} catch {
				r.problem = { code: 'bad_json', reason: `not valid JSON: ${r.text.slice(0, 60)}` };
			}
		}
	const known = await loadKnown(
		store,
		recs.filter((r) => !r.problem).map((r) => r.value),
		opts
	);
	const reports = new Map<RawRecord, RecordReport>();
	const rejected: Rejected[] = [];
	const accepted: Omit<Accepted, 'duplicate' | 'older' | 'ahead'>[] = [];
	for (const rec of recs) {
		const v = rec.value;
		const maHoSo = isObject(v) && typeof v.MaHoSo === 'string' && v.MaHoSo.trim() ? v.MaHoSo.trim() : null;
		const base = { index: rec.index, line: rec.line, MaHoSo: maHoSo, events_added: 0 };
		const parsed = rec.problem ? { problems: [rec.problem] } : parseRecord(v, known, opts.now);
		if ('problems' in parsed) {
			const code = parsed.problems[0].code;
			const reason = parsed.problems.map((p) => p.reason).join('; ');
			rejected.push({ line: rec.line, id: maHoSo, code, reason, raw: rec.text });
			reports.set(rec, { ...base, status: 'rejected', code, reason });
		} else accepted.push({ rec, snap: parsed.snapshot, hash: md5(canonical(v)) });
	}

	const stored = await store.write((c) => storeSnapshots(c, batch, opts, accepted, rejected));
	store.changed(KIND);

	// Events of every snapshot, also of duplicates: a snapshot stored before a crash gets its events on resending.
	const lines: NativeEvent[] = [];
	const owner: Accepted[] = [];
	for (const x of stored) {
		const events = impliedEvents(x.snap);
		for (const e of x.older ? events.filter((e) => e.type === 'synced') : events) {
			lines.push(e);
			owner.push(x);
		}
	}
	const problems = new Map<Accepted, { id: string; code: string; reason: string }[]>();
	const added = new Map<Accepted, number>();
	if (lines.length) {
		const r = await ingest(store, 'events', recordLines(lines, lines.length), {
			source: `${KIND}:${opts.source}`,
			allowedUnits: opts.allowedUnits,
			origin: opts.origin,
			deriveEvery: opts.deriveEvery ?? 1,
			chunkLines: lines.length + 1,
			maxErrors: lines.length
		});
		for (const e of r.errors) {
			const x = owner[e.line - 1];
			problems.set(x, [...(problems.get(x) ?? []), { id: lines[e.line - 1].id, code: e.code, reason: e.reason }]);
		}
		const fresh = new Set(
			(await store.all<{ id: string }>(`SELECT id FROM events WHERE batch = $1`, [r.batch])).map((x) => x.id)
		);
		// An event implied by two snapshots of one request counts for the first.
		lines.forEach((e, i) => {
			if (!fresh.delete(e.id)) return;
			added.set(owner[i], (added.get(owner[i]) ?? 0) + 1);
		});
	}

	for (const x of stored) {
		const p = problems.get(x);
		const rep: RecordReport = {
			index: x.rec.index,
			line: x.rec.line,
			MaHoSo: x.snap.code,
			status: p ? 'conflict' : x.duplicate ? 'duplicate' : x.older ? 'older' : 'accepted',
			events_added: added.get(x) ?? 0
		};
		if (p) {
			rep.code = p.every((e) => e.code === 'conflict') ? 'conflict' : p[0].code;
			rep.reason = p.every((e) => e.code === 'conflict')
				? `changes facts already received, not applied (kept for review; the snapshot is stored): ${p.map((e) => e.id).join(', ')}`
				: p.map((e) => `${e.id}: ${e.reason}`).join('; ');
		} else if (x.older)
			rep.reason = `older than a snapshot already received (latest date ${shownTime(x.snap.progress)} < ${shownTime(x.ahead)}): kept; only its sync counts, the dossier keeps its later state`;
		if (x.snap.warnings.length) rep.warnings = x.snap.warnings;
		reports.set(x.rec, rep);
	}

	for (const rec of recs) {
		const rep = reports.get(rec)!;
		report.records.push(rep);
		report.received++;
		report.events_added += rep.events_added;
		if (rep.status === 'accepted') report.accepted++;
		else if (rep.status === 'duplicate') report.duplicates++;
		else if (rep.status === 'older') report.older++;
		else if (rep.status === 'conflict') report.conflicts++;
		else report.rejected++;
		if (rep.status === 'rejected' || rep.status === 'conflict')
			report.errors.push({ line: rep.line, index: rep.index, id: rep.MaHoSo, code: rep.code!, reason: rep.reason! });
	}
}

/** Ingests portal sync records, chunk by chunk (each chunk committed before the next is read). */
export async function ingestDvcqg(store: Store, input: AsyncIterable<RawRecord[]>, opts: DvcqgOptions): Promise<DvcqgReport> {
	const batch = await openBatch(store, KIND, opts);
	const report: DvcqgReport = {
		error_code: '0',
		message: '',
		batch,
		kind: KIND,
		received: 0,
		accepted: 0,
		duplicates: 0,
		older: 0,
		conflicts: 0,
		rejected: 0,
		events_added: 0,
		errors: [],
		records: []
	};
	for await (const chunk of input) {
		if (!chunk.length) continue;
		await processChunk(store, batch, chunk, opts, report);
		opts.onProgress?.({ records: report.received, rejected: report.rejected + report.conflicts });
	}
	const failed: string[] = [];
	if (report.rejected) failed.push(`${report.rejected}/${report.received} hồ sơ bị từ chối`);
	if (report.conflicts) failed.push(`${report.conflicts} hồ sơ có dữ liệu khác với bản đã nhận, chưa được cập nhật`);
	report.error_code = failed.length ? '-1' : '0';
	report.message = failed.length ? `${failed.join('; ')} (xem errors)` : 'Thành công';
	return report;
}

/** Records given as JS values (tests, seeding), in one chunk. */
export function ingestDvcqgRecords(store: Store, records: unknown[], opts: DvcqgOptions): Promise<DvcqgReport> {
	const recs: RawRecord[] = records.map((v, i) =>
		typeof v === 'string' ? { index: i, line: i + 1, text: v } : { index: i, line: i + 1, text: JSON.stringify(v), value: v }
	);
	return ingestDvcqg(
		store,
		(async function* () {
			yield recs;
		})(),
		opts
	);
}
