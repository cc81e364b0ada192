/**
 * Ingest benchmark: 1M realistic events (about 250k dossiers) through the full validation path, from a file and
 * over HTTP from one client; reports throughput and peak memory, and writes them to docs/BENCHMARKS.md.
 *
 *   npx tsx scripts/bench-ingest.ts [--events 1000000] [--batch 10000]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { Store } from '../src/lib/server/store/db';
import { ingest, ingestRecords } from '../src/lib/server/feed/ingest';
import { readNdjson } from '../src/lib/server/feed/files';
import { loadCalendar } from '../src/lib/server/calendar/store';
import { CALENDAR_EXCEPTIONS } from '../src/lib/server/reference/holidays';
import { PROVINCES } from '../src/lib/server/reference/provinces';
import { PROCEDURES } from '../src/lib/server/reference/procedures';
import { recordBenchmark, machine } from './bench-report';
import { createFeedToken } from '../src/lib/server/auth/tokens';

const { values: args } = parseArgs({
	options: { events: { type: 'string', default: '1000000' }, batch: { type: 'string', default: '10000' } }
});
const N = Number(args.events);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ingest-'));
const root = path.resolve(import.meta.dirname, '..');

// A reference world: the 34 provinces with 20 communes each, and the real procedure catalogue.
const agencies = PROVINCES.flatMap((p) => [
	{ id: `a-${p.code}`, code: p.code, name: p.name, kind: 'province' },
	...Array.from({ length: 20 }, (_, i) => ({
		id: `a-${p.code}.X${i}`,
		code: `${p.code}.X${String(i).padStart(3, '0')}`,
		name: `Xã ${i + 1}`,
		kind: 'commune',
		parent: p.code
	}))
]);
const procedures = PROCEDURES.map((p) => ({
	id: `p-${p.code}`,
	code: p.code,
	name: p.name,
	field: p.field,
	target: p.target,
	fee: p.fee > 0,
	full_online_eligible: p.fullOnlineEligible,
	time_limit: p.timeLimit,
	components: p.components.map((c) => ({ code: c.code, name: c.name, replaceable_by: c.replaceableBy }))
}));

/** Deterministic events: each dossier is received, assigned, paid when it has a fee, completed, synced, sometimes more. */
function writeEvents(file: string): number {
	const out = fs.openSync(file, 'w');
	let s = 766;
	const r = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
	const iso = (t: number) => new Date(t + 7 * 3600_000).toISOString().replace('Z', '+07:00');
	let n = 0;
	let buf: string[] = [];
	const start = Date.parse('2026-01-05T01:00:00Z');
	for (let d = 0; n < N; d++) {
		const unit = agencies[1 + Math.floor(r() * (agencies.length - 1))];
		const code = unit.kind === 'commune' ? unit.code : `${unit.code}.X000`;
		const proc = procedures[Math.floor(r() * procedures.length)];
		const dossier = `B-${code}-${d}`;
		const at = start + Math.floor(r() * 300) * 86400_000 + Math.floor(r() * 8 * 3600_000);
		const online = r() < 0.6;
		const ev = (type: string, t: number, extra: Record<string, unknown> = {}) => {
			buf.push(JSON.stringify({ id: `${dossier}-${type}-${n}`, dossier, type, at: iso(t), agency: code, ...extra }));
			n++;
		};
		ev('received', at, {
			procedure: proc.code,
			channel: online ? 'online' : 'in_person',
			due: iso(at + 5 * 86400_000),
			applicant: 'citizen',
			fee: proc.fee ? 50000 : 0,
			vneid: online && r() < 0.5,
			components: proc.components.map((c) => ({
				code: c.code,
				source: c.replaceable_by && r() < 0.5 ? 'database' : online ? 'upload' : 'paper',
				...(c.replaceable_by ? { database: c.replaceable_by } : {})
			})),
			applicant_name: 'Nguyễn Văn An',
			summary: `${proc.name} cho công dân`
		});
		ev('assigned', at + 3600_000, { officer: `Cán bộ ${d % 50}`, department: 'Bộ phận Một cửa' });
		if (proc.fee) ev('paid', at + 7200_000, { amount: 50000, method: online ? 'portal' : 'cash' });
		if (r() < 0.08) ev('supplement_requested', at + 86400_000, { reason: 'Thiếu giấy tờ' });
		if (r() < 0.04) ev('rescheduled', at + 4 * 86400_000, { due: iso(at + 8 * 86400_000), apology: true });
		ev('completed', at + Math.floor(r() * 7) * 86400_000, { outcome: 'approved', e_result: r() < 0.7 });
		ev('synced', at + 8 * 86400_000);
		if (r() < 0.3) ev('rated', at + 9 * 86400_000, { value: r() < 0.9 ? 'satisfied' : 'dissatisfied' });
		if (buf.length > 10_000) {
			fs.writeSync(out, buf.join('\n') + '\n');
			buf = [];
		}
	}
	fs.writeSync(out, buf.join('\n') + '\n');
	fs.closeSync(out);
	return n;
}

/** Peak resident memory of a process in MB (Linux VmHWM). */
function peakMb(pid: number | 'self'): number {
	const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	return Math.round(Number(/VmHWM:\s+(\d+)/.exec(s)![1]) / 1024);
}

async function freshStore(file: string) {
	const store = await Store.open(file);
	await store.write((c) => loadCalendar(c, CALENDAR_EXCEPTIONS));
	await ingestRecords(store, 'agencies', agencies, { source: 'bench' });
	await ingestRecords(store, 'procedures', procedures, { source: 'bench' });
	return store;
}

const eventsFile = path.join(dir, 'events.ndjson');
const written = writeEvents(eventsFile);
const sizeMb = Math.round(fs.statSync(eventsFile).size / 1e6);
console.log(`▸ ${written.toLocaleString('en')} events, ${sizeMb} MB`);

// 1. File ingest, in process: validation, dedupe, quarantine, derivation of every dossier.
const store = await freshStore(path.join(dir, 'file.duckdb'));
let t = Date.now();
let storedAt = 0;
const report = await ingest(store, 'events', readNdjson(eventsFile), {
	source: 'file',
	origin: 'events.ndjson',
	deriveEvery: 8,
	onProgress: (p) => {
		if (p.lines === written) storedAt = Date.now();
	}
});
const fileSeconds = (Date.now() - t) / 1000;
const storedSeconds = (storedAt - t) / 1000;
const dossiers = (await store.one<{ n: number }>('SELECT count(*) AS n FROM dossiers'))!.n;
t = Date.now();
const again = await ingest(store, 'events', readNdjson(eventsFile), { source: 'file', origin: 'events.ndjson', deriveEvery: 8 });
const againSeconds = (Date.now() - t) / 1000;
await store.close();
const filePeak = peakMb('self');
console.log(
	`  file: ${report.accepted} accepted, committed after ${storedSeconds.toFixed(1)} s (${Math.round(written / storedSeconds)} events/s), derived after ${fileSeconds.toFixed(1)} s (${Math.round(written / fileSeconds)} events/s), ${dossiers} dossiers, peak ${filePeak} MB`
);
console.log(`  same file again: ${again.duplicates} duplicates in ${againSeconds.toFixed(1)} s`);

// 2. HTTP ingest from one client against the real server (built), batches of --batch events.
const httpDb = path.join(dir, 'http.duckdb');
const httpStore = await freshStore(httpDb);
const { token } = await createFeedToken(httpStore, { source: 'bench', units: ['*'] });
await httpStore.close();
const port = 3850 + Math.floor(Math.random() * 100);
const server = spawn('node', ['scripts/serve.js'], {
	cwd: root,
	env: { ...process.env, CHISO_DB: httpDb, PORT: String(port) },
	stdio: 'ignore'
});
const url = `http://127.0.0.1:${port}`;
for (let i = 0; i < 300; i++) {
	try {
		if ((await fetch(`${url}/api/v1/health`)).ok) break;
	} catch {
		/* starting */
	}
	await new Promise((r) => setTimeout(r, 100));
}
const lines = fs.readFileSync(eventsFile, 'utf8').split('\n').filter(Boolean);
const batch = Number(args.batch);
let accepted = 0;
t = Date.now();
for (let i = 0; i < lines.length; i += batch) {
	const res = await fetch(`${url}/api/v1/events`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${token}` },
		body: lines.slice(i, i + batch).join('\n')
	});
	if (!res.ok) throw new Error(`ingest answered ${res.status}: ${await res.text()}`);
	accepted += (await res.json()).accepted;
}
const httpSeconds = (Date.now() - t) / 1000;
// The answer comes once events are committed; dossier state follows in the background: wait for it too.
let caughtUp = 0;
for (;;) {
	const h = await (await fetch(`${url}/api/v1/health`)).json();
	if (h.dirty === 0) {
		caughtUp = (Date.now() - t) / 1000;
		break;
	}
	await new Promise((r) => setTimeout(r, 200));
}
const serverPeak = peakMb(server.pid!);
server.kill('SIGTERM');
console.log(
	`  http: ${accepted} accepted in ${httpSeconds.toFixed(1)} s = ${Math.round(written / httpSeconds)} events/s (state derived after ${caughtUp.toFixed(1)} s), server peak ${serverPeak} MB`
);

recordBenchmark('ingest', `npx tsx scripts/bench-ingest.ts --events ${N} --batch ${batch}`, [
	`Machine: ${machine()}`,
	`Input: ${written.toLocaleString('en')} native events for ${dossiers.toLocaleString('en')} dossiers (${sizeMb} MB NDJSON), 34 provinces × 20 communes, the ${procedures.length}-procedure catalogue.`,
	'',
	'| path | events | seconds | events/s | peak memory |',
	'|---|---:|---:|---:|---:|',
	`| file, validated, deduplicated and committed (\`npm run ingest\` path) | ${report.accepted.toLocaleString('en')} | ${storedSeconds.toFixed(1)} | ${Math.round(written / storedSeconds).toLocaleString('en')} | ${filePeak} MB (process) |`,
	`| file, the same and every dossier's state derived | ${report.accepted.toLocaleString('en')} | ${fileSeconds.toFixed(1)} | ${Math.round(written / fileSeconds).toLocaleString('en')} | |`,
	`| same file again (all duplicates) | ${again.duplicates.toLocaleString('en')} | ${againSeconds.toFixed(1)} | ${Math.round(written / againSeconds).toLocaleString('en')} | – |`,
	`| HTTP, one client, ${batch.toLocaleString('en')} events per request (acknowledged = committed) | ${accepted.toLocaleString('en')} | ${httpSeconds.toFixed(1)} | ${Math.round(written / httpSeconds).toLocaleString('en')} | ${serverPeak} MB (server) |`,
	`| HTTP, until every dossier's state is derived | | ${caughtUp.toFixed(1)} | ${Math.round(written / caughtUp).toLocaleString('en')} | |`
]);
fs.rmSync(dir, { recursive: true, force: true });
