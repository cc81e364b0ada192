import { DuckDBDataChunk, INTEGER, VARCHAR, type DuckDBConnection } from '@duckdb/node-api';
import type { Store } from '../store/db';
import { validationSql, type ValidationOptions } from './validate';
import { fieldsOf, tableOf, type FeedKind } from './spec';
import { deriveDirty } from '../state/derive';
import { rebuildRollup, rebuildOfferingsSql } from '../index/rollup';
import { rebuildUnits } from '../units/resolve';
import type { Line } from './lines';

export interface RecordError {
	line: number;
	id: string | null;
	code: string;
	reason: string;
}

export interface IngestReport {
	batch: number;
	kind: FeedKind;
	received: number;
	accepted: number;
	duplicates: number;
	rejected: number;
	errors: RecordError[];
	/** More records were rejected than `errors` lists; all of them are in the quarantine under this batch. */
	errors_truncated?: boolean;
}

export interface Progress {
	lines: number;
	accepted: number;
	duplicates: number;
	rejected: number;
}

export interface IngestOptions extends ValidationOptions {
	source: string;
	origin?: string;
	/** Lines per transaction. */
	chunkLines?: number;
	/** Derive dossier state after every this many chunks and at the end; 0: leave it to the caller (Deriver). */
	deriveEvery?: number;
	/** Errors listed in the report (all are kept in the quarantine). */
	maxErrors?: number;
	onProgress?: (p: Progress) => void;
}

const DEFAULT_CHUNK = 250_000;

function profiler() {
	let t = Date.now();
	return (what: string) => {
		if (process.env.INGEST_PROFILE) console.error(`[ingest] ${what} ${Date.now() - t} ms`);
		t = Date.now();
	};
}

/** Next batch id, and its row in ingest_batches. `kind` is a feed kind, or another shape of input ('dvcqg'). */
export async function openBatch(store: Store, kind: string, opts: { source: string; origin?: string }): Promise<number> {
	return store.write(async (c) => {
		const r = await c.runAndReadAll(`SELECT nextval('batch_seq')::BIGINT`);
		const id = Number(r.getColumns()[0][0]);
		await c.run(
			`INSERT INTO ingest_batches (id, kind, source, origin, started_at, received, accepted, duplicates, rejected)
			 VALUES ($1, $2, $3, $4, now(), 0, 0, 0, 0)`,
			[id, kind, opts.source, opts.origin ?? null]
		);
		return id;
	});
}

/** Adds a chunk's counts to its batch (inside the chunk's transaction). */
export async function countBatch(
	c: DuckDBConnection,
	batch: number,
	n: { received: number; accepted: number; duplicates: number; rejected: number }
): Promise<void> {
	await c.run(
		`UPDATE ingest_batches SET received = received + $2, accepted = accepted + $3, duplicates = duplicates + $4,
		 rejected = rejected + $5, finished_at = now() WHERE id = $1`,
		[batch, n.received, n.accepted, n.duplicates, n.rejected]
	);
}

async function stage(c: DuckDBConnection, lines: Line[]): Promise<void> {
	await c.run('CREATE OR REPLACE TEMP TABLE stage (line_no INTEGER, raw VARCHAR)');
	const app = await c.createAppender('stage', 'main', 'temp');
	const size = 2048;
	for (let i = 0; i < lines.length; i += size) {
		const n = Math.min(size, lines.length - i);
		const nos = new Array<number>(n);
		const texts = new Array<string>(n);
		for (let j = 0; j < n; j++) {
			nos[j] = lines[i + j].no;
			texts[j] = lines[i + j].text;
		}
		const chunk = DuckDBDataChunk.create([INTEGER, VARCHAR], n);
		chunk.setColumns([nos, texts]);
		app.appendDataChunk(chunk);
	}
	app.closeSync();
}

/**
 * Verdict of every valid or invalid line: new, duplicate (same id, same content: here or earlier in this batch),
 * conflict (same id, different content), invalid. `why` holds the reasons of rejected ones.
 */
function verdictSql(table: string): string {
	return `
CREATE OR REPLACE TEMP TABLE verdicts AS
WITH repeated AS (
	-- ids sent more than once in this batch: the first valid one stands for the others
	SELECT id, min(line_no) AS first_line, arg_min(hash, line_no) AS first_hash
	FROM checked WHERE len(problems) = 0 GROUP BY id HAVING count(*) > 1
), existing AS (
	SELECT id, any_value(hash) AS hash, any_value(source) AS source, min(arrived_at) AS arrived_at
	FROM ${table} WHERE id IN (SELECT id FROM checked WHERE len(problems) = 0) GROUP BY id
), w AS (
	SELECT c.line_no, c.id, c.hash, c.problems, len(c.problems) = 0 AS ok, r.first_line, r.first_hash,
		coalesce(len(c.problems) = 0 AND c.line_no > r.first_line, false) AS again
	FROM checked c LEFT JOIN repeated r ON r.id = c.id
)
SELECT w.line_no, w.id,
	CASE
		WHEN NOT ok THEN 'invalid'
		WHEN again AND w.hash = first_hash THEN 'duplicate'
		WHEN again THEN 'conflict'
		WHEN x.hash IS NULL THEN 'new'
		WHEN x.hash = w.hash THEN 'duplicate'
		ELSE 'conflict'
	END AS verdict,
	CASE
		WHEN NOT ok THEN problems
		WHEN again AND w.hash <> first_hash THEN [{'code': 'conflict',
			'msg': 'id "' || w.id || '" is used earlier in this batch (line ' || first_line || ') for a different record; give each record its own id'}]
		WHEN NOT again AND x.hash IS NOT NULL AND x.hash <> w.hash THEN [{'code': 'conflict',
			'msg': 'id "' || w.id || '" was already used for a different record (received ' || strftime(x.arrived_at, '%Y-%m-%d %H:%M') ||
			' from ' || x.source || '); send a new id for a new record, or the same content to repeat one'}]
	END AS why
FROM w LEFT JOIN existing x ON x.id = w.id`;
}

const QUARANTINE_INSERT = `INSERT INTO quarantine (batch, kind, source, origin, line_no, record_id, code, reason, raw, raw_hash, received_at)`;

export interface Rejected {
	line: number;
	id: string | null;
	code: string;
	reason: string;
	raw: string;
}

/**
 * Keeps rejected records whole, one by one (inside the caller's transaction); an identical record already
 * quarantined from the same source for the same reason is not kept twice.
 */
export async function quarantine(
	c: DuckDBConnection,
	at: { batch: number; kind: string; source: string; origin?: string },
	rows: Rejected[]
): Promise<void> {
	for (const r of rows)
		await c.run(
			`${QUARANTINE_INSERT}
			 SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, md5_number($9), now()
			 WHERE NOT EXISTS (SELECT 1 FROM quarantine x WHERE x.raw_hash = md5_number($9) AND x.kind = $2 AND x.source = $3 AND x.code = $7)`,
			[at.batch, at.kind, at.source, at.origin ?? null, r.line, r.id, r.code, r.reason, r.raw]
		);
}

interface ChunkResult {
	accepted: number;
	duplicates: number;
	rejected: number;
	errors: RecordError[];
}

/** Validates, deduplicates and stores one chunk in one transaction. */
async function processChunk(
	c: DuckDBConnection,
	kind: FeedKind,
	batch: number,
	lines: Line[],
	opts: IngestOptions,
	errorRoom: number
): Promise<ChunkResult> {
	const lap = profiler();
	const good = lines.filter((l) => !l.problem);
	const bad = lines.filter((l) => l.problem);
	await stage(c, good);
	lap('stage');
	const table = tableOf(kind);
	const columns = fieldsOf(kind)
		.filter((f) => f.column !== '')
		.map((f) => `"${f.column ?? f.name}"`);
	if (kind === 'procedures') columns.push('time_limit_value', 'time_limit_unit');

	await c.run('BEGIN TRANSACTION');
	try {
		await c.run(validationSql(kind, opts));
		lap('validate');
		await c.run(verdictSql(table));
		lap('classify');
		await c.run(
			`INSERT INTO ${table} (${columns.join(', ')}, extra, hash, source, batch, arrived_at)
			 SELECT ${columns.map((x) => `c.${x}`).join(', ')}, c.extra, c.hash, $1, $2, now()
			 FROM checked c JOIN verdicts v ON v.line_no = c.line_no WHERE v.verdict = 'new'`,
			[opts.source, batch]
		);
		if (kind === 'events')
			await c.run(
				`INSERT INTO dirty_dossiers SELECT DISTINCT c.dossier FROM checked c JOIN verdicts v ON v.line_no = c.line_no WHERE v.verdict = 'new'`
			);
		lap('insert');

		const [accepted, duplicates, invalid] = (
			await c.runAndReadAll(`SELECT
				count(*) FILTER (WHERE verdict = 'new')::INTEGER,
				count(*) FILTER (WHERE verdict = 'duplicate')::INTEGER,
				count(*) FILTER (WHERE verdict IN ('invalid', 'conflict'))::INTEGER
			FROM verdicts`)
		)
			.getRows()[0]
			.map(Number);

		// Rejected records, whole; an identical record already quarantined for the same reason is not kept twice.
		if (invalid > 0)
			await c.run(
				`${QUARANTINE_INSERT}
			 SELECT $1, $2, $3, $4, c.line_no, v.id, v.why[1].code, array_to_string(list_transform(v.why, p -> p.msg), '; '), c.raw, md5_number(c.raw), now()
			 FROM verdicts v JOIN checked c ON c.line_no = v.line_no
			 WHERE v.verdict IN ('invalid', 'conflict')
			   AND NOT EXISTS (SELECT 1 FROM quarantine x WHERE x.raw_hash = md5_number(c.raw) AND x.kind = $2 AND x.source = $3 AND x.code = v.why[1].code)`,
				[batch, kind, opts.source, opts.origin ?? null]
			);
		await quarantine(
			c,
			{ batch, kind, source: opts.source, origin: opts.origin },
			bad.map((l) => ({ line: l.no, id: null, ...l.problem!, raw: l.text }))
		);
		lap('quarantine');

		if (accepted > 0 && kind === 'agencies') await rebuildUnits(c);
		// A petition about a dossier takes it out of the rollup (its satisfaction now depends on when it is judged).
		if (accepted > 0 && (kind === 'agencies' || kind === 'petitions')) await rebuildRollup(c);
		else if (accepted > 0 && kind === 'offerings') await c.run(rebuildOfferingsSql);
		// A new catalogue version can change which components were replaceable at reception: fold those dossiers again.
		if (accepted > 0 && kind === 'procedures')
			await c.run(
				`INSERT INTO dirty_dossiers SELECT d.dossier FROM dossiers d
				 WHERE d.procedure IN (SELECT c.code FROM checked c JOIN verdicts v ON v.line_no = c.line_no WHERE v.verdict = 'new')`
			);

		const errors: RecordError[] = [];
		if (errorRoom > 0) {
			const r = await c.runAndReadAll(
				`SELECT line_no, id, why[1].code, array_to_string(list_transform(why, p -> p.msg), '; ')
				 FROM verdicts WHERE verdict IN ('invalid', 'conflict') ORDER BY line_no LIMIT ${errorRoom}`
			);
			for (const [line, id, code, reason] of r.getRows())
				errors.push({ line: Number(line), id: (id as string) ?? null, code: code as string, reason: reason as string });
		}
		for (const l of bad) errors.push({ line: l.no, id: null, ...l.problem! });
		errors.sort((a, b) => a.line - b.line);

		const rejected = invalid + bad.length;
		await countBatch(c, batch, { received: lines.length, accepted, duplicates, rejected });
		await c.run('COMMIT');
		lap('commit');
		return { accepted, duplicates, rejected, errors };
	} catch (e) {
		await c.run('ROLLBACK').catch(() => undefined);
		throw e;
	}
}

/** Derives the state of every dossier whose events changed since the last derivation (own transaction). */
export async function catchUp(store: Store): Promise<number> {
	const lap = profiler();
	const n = await store.write((c) => deriveDirty(c));
	lap(`derive ${n} dossiers`);
	if (n > 0) store.changed('dossiers');
	return n;
}

/**
 * Ingests batches of NDJSON lines of one kind. Each chunk of lines is its own transaction, committed before the
 * next one starts: when this returns, every accepted record is durable. Reading the next chunk overlaps the
 * database work on the current one. A failure part-way leaves earlier chunks committed; sending the whole input
 * again is harmless (duplicates change nothing).
 */
export async function ingest(
	store: Store,
	kind: FeedKind,
	input: AsyncIterable<Line[]>,
	opts: IngestOptions
): Promise<IngestReport> {
	const batch = await openBatch(store, kind, opts);
	const maxErrors = opts.maxErrors ?? 10_000;
	const chunkLines = opts.chunkLines ?? DEFAULT_CHUNK;
	const deriveEvery = opts.deriveEvery ?? 1;
	const report: IngestReport = { batch, kind, received: 0, accepted: 0, duplicates: 0, rejected: 0, errors: [] };
	let chunks = 0;
	let pending: Promise<void> = Promise.resolve();

	const submit = (part: Line[]) => {
		const previous = pending;
		pending = (async () => {
			await previous;
			const room = maxErrors - report.errors.length;
			const r = await store.write((c) => processChunk(c, kind, batch, part, opts, room));
			store.changed(kind);
			chunks++;
			report.received += part.length;
			report.accepted += r.accepted;
			report.duplicates += r.duplicates;
			report.rejected += r.rejected;
			report.errors.push(...r.errors.slice(0, Math.max(0, room)));
			if (report.rejected > report.errors.length) report.errors_truncated = true;
			if (kind === 'events' && deriveEvery > 0 && chunks % deriveEvery === 0) await catchUp(store);
			opts.onProgress?.({
				lines: report.received,
				accepted: report.accepted,
				duplicates: report.duplicates,
				rejected: report.rejected
			});
		})();
		// Keep an early failure from surfacing as an unhandled rejection before it is awaited.
		pending.catch(() => undefined);
	};

	let buf: Line[] = [];
	let bytes = 0;
	for await (const lines of input) {
		for (const l of lines) {
			buf.push(l);
			bytes += l.text.length;
		}
		if (buf.length >= chunkLines || bytes > 64 * 1024 * 1024) {
			// At most one chunk waits while another is in the database: bounded memory.
			await pending;
			submit(buf);
			buf = [];
			bytes = 0;
		}
	}
	if (buf.length) submit(buf);
	await pending;
	if (kind === 'events' && deriveEvery > 0 && chunks % deriveEvery !== 0) await catchUp(store);
	return report;
}

/** Batches of lines from records given as JS values or JSON strings (tests, seeding, the demo). */
export async function* recordLines(records: Iterable<unknown>, size = 10_000): AsyncGenerator<Line[]> {
	let no = 0;
	let out: Line[] = [];
	for (const r of records) {
		out.push({ no: ++no, text: typeof r === 'string' ? r : JSON.stringify(r) });
		if (out.length >= size) {
			yield out;
			out = [];
		}
	}
	if (out.length) yield out;
}

export async function ingestRecords(
	store: Store,
	kind: FeedKind,
	records: Iterable<unknown>,
	opts: IngestOptions
): Promise<IngestReport> {
	return ingest(store, kind, recordLines(records), opts);
}
