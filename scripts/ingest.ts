/**
 * npm run ingest -- <file|dir> [...]   Imports feed files: NDJSON (.ndjson/.jsonl/.json, optionally .gz), CSV,
 * Parquet (events), and the national portal's sync records (HoSoDongBoDVC: a JSON array or NDJSON). The kind comes
 * from the file name (agencies*, procedures*, offerings*, publications*, petitions*; hoso* and dvcqg* are portal
 * records; anything else is events) or --kind. In a directory, reference files go first.
 *
 *   --db PATH       database file (default $CHISO_DB or data/chiso766.duckdb)
 *   --server URL    send through a running dashboard instead (used automatically when the database is in use)
 *   --source NAME   recorded as the records' source when writing the file directly (default: file); through a
 *                   server the feed token names the source ($CHISO_FEED_TOKEN, or the demo's token)
 *   --kind KIND     force the kind of every file
 *   --json          print the full report as JSON
 *
 * Exit code: 0 all accepted or duplicates, 2 some records rejected (listed, and kept in the quarantine), 1 failure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Store } from '../src/lib/server/store/db';
import { ingest, type IngestReport, type Progress } from '../src/lib/server/feed/ingest';
import { formatOf, kindOf, readCsv, readNdjson, readParquet, type FileKind } from '../src/lib/server/feed/files';
import { REFERENCE_KINDS, type FeedKind } from '../src/lib/server/feed/spec';
import type { Line } from '../src/lib/server/feed/lines';
import { ingestDvcqg, type DvcqgReport } from '../src/lib/server/dvcqg/ingest';
import { readDvcqgFile } from '../src/lib/server/dvcqg/body';

const { values: args, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		db: { type: 'string', default: process.env.CHISO_DB ?? 'data/chiso766.duckdb' },
		server: { type: 'string' },
		source: { type: 'string', default: 'file' },
		kind: { type: 'string' },
		json: { type: 'boolean', default: false }
	}
});

if (!positionals.length) {
	console.error('usage: npm run ingest -- <file|dir> [...] [--db PATH] [--server URL] [--kind KIND] [--source NAME]');
	process.exit(1);
}
const kinds: FileKind[] = ['events', ...REFERENCE_KINDS, 'dvcqg'];
if (args.kind && !kinds.includes(args.kind as FileKind)) {
	console.error(`--kind must be one of ${kinds.join(', ')}`);
	process.exit(1);
}

const order: FileKind[] = [...REFERENCE_KINDS, 'events', 'dvcqg'];
const files = positionals
	.flatMap((p) =>
		fs.statSync(p).isDirectory()
			? fs
					.readdirSync(p)
					.map((f) => path.join(p, f))
					.filter((f) => formatOf(f))
			: [p]
	)
	.map((file) => ({ file, kind: (args.kind as FileKind) ?? kindOf(file), format: formatOf(file) }))
	.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.file.localeCompare(b.file));

for (const f of files) {
	if (!f.format) {
		console.error(`✗ ${f.file}: unknown format (use .ndjson, .jsonl, .json, .csv, .parquet, optionally .gz)`);
		process.exit(1);
	}
	if (f.format === 'parquet' && f.kind !== 'events') console.error(`! ${f.file}: Parquet is meant for events; reading it anyway`);
	if (f.kind === 'dvcqg' && f.format !== 'ndjson') {
		console.error(`✗ ${f.file}: portal sync records come as a JSON array or NDJSON (.json, .ndjson, optionally .gz)`);
		process.exit(1);
	}
}

type Job = (typeof files)[number];
type FeedJob = Job & { kind: FeedKind };

/** A one-line progress bar on stderr (only on a terminal). */
function bar(label: string, total: number) {
	const t0 = Date.now();
	let last = 0;
	return {
		update(done: number, p?: Progress) {
			if (!process.stderr.isTTY || Date.now() - last < 200) return;
			last = Date.now();
			const frac = total ? Math.min(1, done / total) : 0;
			const w = 30;
			const rate = p ? Math.round(p.lines / ((Date.now() - t0) / 1000)) : 0;
			const counts = p ? ` ${p.lines.toLocaleString('vi-VN')} dòng · ${rate.toLocaleString('vi-VN')}/s · ✗ ${p.rejected}` : '';
			process.stderr.write(
				`\r${label} [${'█'.repeat(Math.round(frac * w)).padEnd(w, '░')}] ${(frac * 100).toFixed(0).padStart(3)}%${counts}   `
			);
		},
		done() {
			if (process.stderr.isTTY) process.stderr.write('\n');
		}
	};
}

/** The file's records as line batches; `onDone` gets the bytes read so far (rows, for Parquet, scaled to bytes). */
function linesOf(f: FeedJob, onDone: (bytes: number) => void): AsyncIterable<Line[]> {
	let read = 0;
	const onBytes = (n: number) => onDone((read += n));
	if (f.format === 'csv') return readCsv(f.file, f.kind, onBytes);
	if (f.format === 'parquet') {
		const size = fs.statSync(f.file).size;
		return readParquet(f.file, (n, total) => onDone(total ? (n / total) * size : 0));
	}
	return readNdjson(f.file, onBytes);
}

/** The feed token for sending through a server: $CHISO_FEED_TOKEN, else the demo's token beside the database. */
function feedToken(): string {
	if (process.env.CHISO_FEED_TOKEN) return process.env.CHISO_FEED_TOKEN;
	const file = path.join(path.dirname(path.resolve(args.db!)), 'demo-feed-token');
	if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
	console.error(
		'✗ Sending through the server needs a feed token: set CHISO_FEED_TOKEN (an administrator creates one at /admin/tokens).'
	);
	process.exit(1);
}

async function viaServer(server: string, f: FeedJob): Promise<IngestReport> {
	const endpoint = f.kind === 'events' ? `${server}/api/v1/events` : `${server}/api/v1/reference/${f.kind}`;
	const lines = linesOf(f, () => {});
	// Parquet and CSV become NDJSON on the way; NDJSON is sent as it is.
	const body = new ReadableStream<Uint8Array>({
		async start(controller) {
			const enc = new TextEncoder();
			for await (const batch of lines) controller.enqueue(enc.encode(batch.map((l) => l.text).join('\n') + '\n'));
			controller.close();
		}
	});
	const r = await fetch(endpoint, {
		method: 'POST',
		headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${feedToken()}` },
		body,
		duplex: 'half'
	} as RequestInit);
	const answer = await r.json();
	if (!r.ok && !('accepted' in answer)) throw new Error(`${r.status}: ${answer.error ?? JSON.stringify(answer)}`);
	return answer as IngestReport;
}

/** Portal records through a running dashboard: the file as it is (the endpoint takes arrays, NDJSON and gzip). */
async function dvcqgViaServer(server: string, f: Job): Promise<DvcqgReport> {
	const r = await fetch(`${server}/api/v1/dvcqg/hoso`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', authorization: `Bearer ${feedToken()}` },
		body: fs.readFileSync(f.file)
	});
	const answer = await r.json();
	if (!('records' in answer)) throw new Error(`${r.status}: ${answer.error ?? JSON.stringify(answer)}`);
	return answer as DvcqgReport;
}

/** The portal's answer, in the same form as the native report: accepted includes snapshots older than one known. */
function asReport(d: DvcqgReport): IngestReport {
	return {
		batch: d.batch,
		kind: 'events',
		received: d.received,
		accepted: d.accepted + d.older,
		duplicates: d.duplicates,
		rejected: d.rejected + d.conflicts,
		errors: d.errors.map((e) => ({ line: e.line, id: e.id, code: e.code, reason: e.reason }))
	};
}

let store: Store | undefined;
let server = args.server;
if (!server) {
	try {
		store = await Store.open(path.resolve(args.db!));
	} catch (e) {
		if (/in use/.test((e as Error).message)) {
			server = `http://localhost:${process.env.PORT ?? 3766}`;
			console.error(`! ${args.db} is held by the running dashboard: sending through ${server} instead.`);
		} else throw e;
	}
}

let rejectedAny = false;
const reports: ((IngestReport | DvcqgReport) & { file: string })[] = [];
try {
	for (const f of files) {
		const size = fs.statSync(f.file).size;
		const progress = bar(`${path.basename(f.file)} (${f.kind})`, size);
		let read = 0;
		let report: IngestReport;
		let full: IngestReport | DvcqgReport;
		const t0 = Date.now();
		if (f.kind === 'dvcqg') {
			const d = store
				? await ingestDvcqg(store, readDvcqgFile(f.file), {
						source: args.source!,
						origin: path.basename(f.file),
						onProgress: (p) => progress.update(0, { lines: p.records, accepted: 0, duplicates: 0, rejected: p.rejected })
					})
				: await dvcqgViaServer(server!, f);
			full = d;
			report = asReport(d);
		} else if (store) {
			let last: Progress | undefined;
			report = await ingest(
				store,
				f.kind,
				linesOf(f as FeedJob, (bytes) => progress.update((read = bytes), last)),
				{
					source: args.source!,
					origin: path.basename(f.file),
					deriveEvery: 8,
					onProgress: (p) => {
						last = p;
						progress.update(read, p);
					}
				}
			);
			full = report;
		} else {
			report = await viaServer(server!, f as FeedJob);
			full = report;
		}
		progress.done();
		const s = ((Date.now() - t0) / 1000).toFixed(1);
		reports.push({ ...full, file: f.file });
		if (!args.json) {
			const d = 'records' in full ? full : null;
			const counts = d
				? `${d.accepted} nhận · ${d.duplicates} trùng · ${d.older} cũ hơn bản mới nhất · ${d.conflicts} mâu thuẫn · ${d.rejected} bị từ chối`
				: `${report.accepted} nhận · ${report.duplicates} trùng · ${report.rejected} bị từ chối`;
			console.log(
				`${report.rejected ? '!' : '✓'} ${f.file}: ${report.received} bản ghi · ${counts} (${s} s, lô ${report.batch})`
			);
			for (const e of report.errors.slice(0, 100)) console.log(`    dòng ${e.line}${e.id ? ` (${e.id})` : ''}: ${e.reason}`);
			if (report.rejected > Math.min(100, report.errors.length))
				console.log(
					`    … ${report.rejected - Math.min(100, report.errors.length)} more: GET /api/v1/quarantine?batch=${report.batch}`
				);
		}
		if (report.rejected) rejectedAny = true;
	}
} finally {
	await store?.close();
}
if (args.json) console.log(JSON.stringify(reports, null, 2));
process.exit(rejectedAny ? 2 : 0);
