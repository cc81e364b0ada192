/**
 * Index and dashboard benchmark on generated demo worlds: rankings, scorecards, trends, dossier lists, a CSV of
 * 1M dossiers, and the overview page's server response. Every timing is cold (the page cache is cleared) unless
 * its name says what was computed before it, and the median of --runs. Writes docs/BENCHMARKS.md.
 *
 *   npx tsx scripts/bench-index.ts --db /tmp/demo-1m.duckdb --db /tmp/demo-10m.duckdb [--runs 7]
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { Store } from '../src/lib/server/store/db';
import { ranking, scorecard } from '../src/lib/server/index/service';
import { overview } from '../src/lib/server/index/views';
import { monthlyTrend, lastMonths } from '../src/lib/server/index/trend';
import { clearMemo } from '../src/lib/server/index/cache';
import { listDossiers, dossierCsv } from '../src/lib/server/read/dossiers';
import { NATIONAL } from '../src/lib/server/read/scope';
import { recordBenchmark, machine } from './bench-report';

const { values: args } = parseArgs({
	options: { db: { type: 'string', multiple: true }, runs: { type: 'string', default: '7' } }
});
const runs = Number(args.runs);
const root = path.resolve(import.meta.dirname, '..');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function peakMb(pid: number | 'self'): number {
	return Math.round(Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024);
}

async function time(fn: () => Promise<unknown>): Promise<number> {
	clearMemo();
	const t = performance.now();
	await fn();
	return performance.now() - t;
}

async function measure(fn: () => Promise<unknown>): Promise<{ median: number; min: number; max: number }> {
	await time(fn); // warm the database's own caches once; our result cache is cleared on every run
	const xs: number[] = [];
	for (let i = 0; i < runs; i++) xs.push(await time(fn));
	return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}

const rows: string[] = [];
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

for (const db of args.db ?? []) {
	// The overview page over HTTP: server-side rendering with every ranking, tiles and trends.
	const port = 3870 + Math.floor(Math.random() * 50);
	const server = spawn('node', ['scripts/serve.js'], {
		cwd: root,
		env: { ...process.env, CHISO_DB: db, PORT: String(port) },
		stdio: 'ignore'
	});
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 600; i++) {
		try {
			if ((await fetch(`${url}/api/v1/health`)).ok) break;
		} catch {
			/* starting */
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	const page = async () => {
		const r = await fetch(`${url}/`);
		await r.text();
		if (!r.ok) throw new Error(`overview answered ${r.status}`);
	};
	const cold: number[] = [];
	for (let i = 0; i < runs; i++) {
		// A period nobody asked for yet is a cold computation; then the same page again within the cache's life.
		const q = `?period=${2025}-${String((i % 12) + 1).padStart(2, '0')}`;
		const t0 = performance.now();
		const r = await fetch(`${url}/${q}`);
		await r.text();
		cold.push(performance.now() - t0);
	}
	// The warmer computes the default view after start; wait for it once.
	await page();
	await new Promise((r) => setTimeout(r, 3000));
	const warm: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		await page();
		warm.push(performance.now() - t0);
	}
	const serverPeak = peakMb(server.pid!);
	server.kill('SIGTERM');
	// The database file is locked until the server has exited.
	await new Promise((r) => server.once('exit', r));
	console.log(`  overview page: cold ${fmt(median(cold))}, cached ${fmt(median(warm))}, server peak ${serverPeak} MB`);

	const store = await Store.open(db, { readers: 3 });
	const size = await store.one<{ dossiers: number; events: number; first: Date; last: Date }>(
		`SELECT (SELECT count(*) FROM dossiers) AS dossiers, (SELECT count(*) FROM events) AS events,
		 (SELECT min(received_at) FROM dossiers) AS first, (SELECT max(received_at) FROM dossiers) AS last`
	);
	const label = `${(size!.dossiers / 1e6).toFixed(1)}M dossiers`;
	console.log(`▸ ${db}: ${size!.dossiers.toLocaleString('en')} dossiers, ${size!.events.toLocaleString('en')} events`);
	const month = new Date().toISOString().slice(0, 7);
	const vnToday = new Date(Date.now() + 7 * 3600_000);
	const lastSunday = new Date(vnToday.getTime() - (vnToday.getUTCDay() || 7) * 86400_000).toISOString().slice(0, 10);
	const cases: [string, () => Promise<unknown>][] = [
		[
			`province ranking, all metrics, this month (${month}) and the previous one`,
			() => ranking(store, 'province', null, { period: month })
		],
		[
			'province ranking, this quarter',
			() =>
				ranking(store, 'province', null, { period: `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5)) - 1) / 3) + 1}` })
		],
		['province ranking, year to date (vs same span last year)', () => ranking(store, 'province', null, { period: 'ytd' })],
		[
			// As of an instant already past, every dossier still open then and settled since is judged row by row (the
			// rollups hold it as settled).
			`province ranking, year to date as of the last Sunday 15:00 (${lastSunday})`,
			() => ranking(store, 'province', null, { period: 'ytd', asOf: `${lastSunday}T15:00:00+07:00` })
		],
		['ministry ranking, year to date', () => ranking(store, 'ministry', null, { period: 'ytd' })],
		['scorecard of a province (Hà Nội), year to date', () => scorecard(store, 'T01', { period: 'ytd' })],
		['scorecard of a commune, year to date', () => scorecard(store, 'T01.X001', { period: 'ytd' })],
		[
			`scorecard of Hà Nội, year to date as of the last Sunday 15:00 (${lastSunday})`,
			() => scorecard(store, 'T01', { period: 'ytd', asOf: `${lastSunday}T15:00:00+07:00` })
		],
		[
			`scorecard of a commune, year to date as of the last Sunday 15:00 (${lastSunday})`,
			() => scorecard(store, 'T01.X001', { period: 'ytd', asOf: `${lastSunday}T15:00:00+07:00` })
		],
		['communes of Hà Nội ranked, year to date', () => ranking(store, 'children', 'T01', { period: 'ytd', kind: 'commune' })],
		['national total, 12 months trend', () => monthlyTrend(store, 'VN', lastMonths(new Date(), 12))],
		[
			'dossier list, first page: overdue in Hà Nội, year to date, by days late',
			() =>
				listDossiers(store, NATIONAL, { unit: 'T01', status: 'overdue', period: 'ytd' }, { by: 'days_late', dir: 'desc' }, 1, 50)
		],
		[
			'dossier list, first page: the whole country, year to date',
			() => listDossiers(store, NATIONAL, { period: 'ytd' }, { by: 'received', dir: 'desc' }, 1, 50)
		]
	];
	const results: [string, Awaited<ReturnType<typeof measure>>][] = [];
	for (const [name, fn] of cases) {
		const r = await measure(fn);
		results.push([name, r]);
		console.log(`  ${name}: ${fmt(r.median)} (${fmt(r.min)}–${fmt(r.max)})`);
	}
	// A scorecard is opened from a ranking: its peers' scores, which its rank needs, are then kept a few seconds.
	const afterRanking: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
		[
			'scorecard of Hà Nội, year to date, opened from the province ranking',
			() => ranking(store, 'province', null, { period: 'ytd' }),
			() => scorecard(store, 'T01', { period: 'ytd' })
		],
		[
			'scorecard of a commune, year to date, opened from its province page (communes ranked)',
			() => ranking(store, 'children', 'T01', { period: 'ytd', kind: 'commune' }),
			() => scorecard(store, 'T01.X001', { period: 'ytd' })
		]
	];
	for (const [name, before, fn] of afterRanking) {
		const xs: number[] = [];
		for (let i = 0; i <= runs; i++) {
			clearMemo();
			await before();
			const t0 = performance.now();
			await fn();
			if (i > 0) xs.push(performance.now() - t0);
		}
		const r = { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
		results.push([name, r]);
		console.log(`  ${name}: ${fmt(r.median)} (${fmt(r.min)}–${fmt(r.max)})`);
	}
	{
		const name = 'overview, everything computed (year to date: both rankings, tiles, national trend), no cache';
		const r = await measure(() => overview(store, {}, null));
		results.push([name, r]);
		console.log(`  ${name}: ${fmt(r.median)} (${fmt(r.min)}–${fmt(r.max)})`);
	}

	// CSV of at least 1M dossiers: every one received from the first day to the day of the millionth, through the export path: DuckDB renders the rows,
	// which are streamed and never all in memory.
	const nth = await store.one<{ last: Date }>(
		`SELECT max(received_at) AS last FROM (SELECT received_at FROM dossiers WHERE received_at IS NOT NULL ORDER BY received_at LIMIT 1000000)`
	);
	const vnDay = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
	const csvPeriod = `${vnDay(size!.first)}..${vnDay(nth!.last)}`;
	const csvBefore = peakMb('self');
	let n = 0;
	let bytes = 0;
	const t = performance.now();
	let rss = 0;
	for await (const chunk of dossierCsv(store, NATIONAL, { period: csvPeriod }, { by: 'received', dir: 'asc' })) {
		n += chunk.split('\r\n').length - 1;
		bytes += Buffer.byteLength(chunk);
		rss = Math.max(rss, process.memoryUsage().rss);
	}
	const csvMs = performance.now() - t;
	console.log(
		`  CSV ${csvPeriod}: ${n.toLocaleString('en')} rows (${Math.round(bytes / 1e6)} MB) in ${fmt(csvMs)}, RSS peak during ${Math.round(rss / 1e6)} MB (process peak before ${csvBefore} MB)`
	);
	await store.close();

	rows.push(
		`#### ${label} (${size!.events.toLocaleString('en')} events, received ${size!.first.toISOString().slice(0, 10)} to ${size!.last.toISOString().slice(0, 10)})`,
		'',
		'| what | median | min–max |',
		'|---|---:|---:|',
		...results.map(([name, r]) => `| ${name} | ${fmt(r.median)} | ${fmt(r.min)}–${fmt(r.max)} |`),
		`| overview page, server response, a period not computed yet | ${fmt(median(cold))} | ${fmt(Math.min(...cold))}–${fmt(Math.max(...cold))} |`,
		`| overview page, server response, default view (year to date), kept computed by the server's warmer | ${fmt(median(warm))} | ${fmt(Math.min(...warm))}–${fmt(Math.max(...warm))} |`,
		`| CSV export path, every dossier received ${csvPeriod}: ${n.toLocaleString('en')} rows streamed (${Math.round(bytes / 1e6)} MB) | ${fmt(csvMs)} | process RSS ≤ ${Math.round(rss / 1e6)} MB (before: ${csvBefore} MB) |`,
		'',
		`Server peak memory (VmHWM) while serving: ${serverPeak} MB.`,
		''
	);
}

recordBenchmark('index', `npx tsx scripts/bench-index.ts ${(args.db ?? []).map((d) => `--db ${d}`).join(' ')} --runs ${runs}`, [
	`Machine: ${machine()}`,
	`Every timing is a cold computation (the 5-second page cache cleared; DuckDB's own buffers warm) unless its line says what was computed before it, median of ${runs} runs.`,
	'',
	...rows
]);
