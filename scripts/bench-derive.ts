/**
 * Live derivation on a populated store: batches of events that finish open dossiers picked at random, each
 * ingested, derived and folded into the rollups in one transaction, as the feed does. Works on a copy of each
 * store (the copy is deleted). Writes docs/BENCHMARKS.md.
 *
 *   npx tsx scripts/bench-derive.ts --db /tmp/demo-1m.duckdb --db /tmp/demo-10m.duckdb [--batches 5] [--size 200 --size 2000]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Store } from '../src/lib/server/store/db';
import { ingestRecords } from '../src/lib/server/feed/ingest';
import { recordBenchmark, machine } from './bench-report';

const { values: args } = parseArgs({
	options: {
		db: { type: 'string', multiple: true },
		batches: { type: 'string', default: '5' },
		size: { type: 'string', multiple: true, default: ['200', '2000'] }
	}
});
const batches = Number(args.batches);
const sizes = args.size.map(Number);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

const rows: string[] = [];
for (const db of args.db ?? []) {
	const copy = path.join(os.tmpdir(), `bench-derive-${process.pid}.duckdb`);
	fs.copyFileSync(db, copy);
	try {
		// Opening builds the rollups if this version builds them differently; that is not what is measured.
		const store = await Store.open(copy, { readers: 1 });
		const size0 = await store.one<{ dossiers: number; events: number }>(
			`SELECT (SELECT count(*) FROM dossiers)::BIGINT AS dossiers, (SELECT count(*) FROM events)::BIGINT AS events`
		);
		const open = await store.all<{ dossier: string; agency: string }>(
			`SELECT dossier, holder_agency AS agency FROM dossiers WHERE end_at IS NULL AND received_at IS NOT NULL
			 ORDER BY hash(dossier) LIMIT ${batches * sizes.reduce((a, x) => a + x, 0)}`
		);
		const label = `${(Number(size0!.dossiers) / 1e6).toFixed(1)}M dossiers, ${(Number(size0!.events) / 1e6).toFixed(1)}M events`;
		let next = 0;
		for (const size of sizes) {
			const xs: number[] = [];
			for (let b = 0; b < batches; b++) {
				const at = new Date().toISOString();
				const events = open.slice(next, next + size).map((d, i) => ({
					id: `bench-derive-${next + i}`,
					dossier: d.dossier,
					type: 'completed',
					at,
					agency: d.agency,
					outcome: 'approved'
				}));
				next += size;
				const t = performance.now();
				const r = await ingestRecords(store, 'events', events, { source: 'bench-derive', deriveEvery: 1 });
				xs.push(performance.now() - t);
				if (r.errors.length) throw new Error(`rejected: ${JSON.stringify(r.errors.slice(0, 3))}`);
			}
			console.log(`▸ ${label}, ${size} per batch: ${xs.map(fmt).join(', ')}`);
			rows.push(`| ${label} | ${size} | ${fmt(median(xs))} | ${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))} |`);
		}
		await store.close();
	} finally {
		for (const f of [copy, `${copy}.wal`]) fs.rmSync(f, { force: true });
	}
}

recordBenchmark(
	'derive',
	`npx tsx scripts/bench-derive.ts ${(args.db ?? []).map((d) => `--db ${d}`).join(' ')} --batches ${batches} ${sizes.map((x) => `--size ${x}`).join(' ')}`,
	[
		`Machine: ${machine()}`,
		`Each batch finishes open dossiers picked at random; the time covers validating and committing the events,`,
		`deriving the dossiers from all their events and updating the rollups: how long after arriving the events show on`,
		`the dashboard when the deriver is idle (the feed acknowledges at the commit, before). Median of ${batches}.`,
		'',
		'| store | dossiers per batch | median | min–max |',
		'|---|---:|---:|---:|',
		...rows,
		''
	]
);
