/**
 * Generates the demo world into a new database: the reference data (through the real ingest), about 1.5 million
 * dossiers with their events since 1 January 2025, the derived dossier state, and data/demo-world.json for live mode.
 *
 *   npx tsx scripts/generate.ts [--db data/chiso766.duckdb] [--dossiers 1500000] [--seed 766] [--until ISO] [--force]
 *
 *   --db        database file (default $CHISO_DB, else data/chiso766.duckdb)
 *   --dossiers  number of dossiers (default 1,500,000)
 *   --seed      everything is drawn from it (default 766)
 *   --until     end of the history (default now); later events are not emitted, so recent dossiers are open
 *   --force     delete the database file first if it exists
 *   --memory-limit  DuckDB's memory limit (default 4GB; the process peaks about 1 GB above it)
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Store } from '../src/lib/server/store/db';
import { buildWorld, loadWorld, buildPetitions, loadPetitions } from '../src/lib/server/demo/world';
import { generate, dossierSample, cleanUp } from '../src/lib/server/demo/generate';
import { writeSnapshot } from '../src/lib/server/demo/snapshot';

const { values: args } = parseArgs({
	options: {
		db: { type: 'string', default: process.env.CHISO_DB ?? 'data/chiso766.duckdb' },
		dossiers: { type: 'string', default: '1500000' },
		seed: { type: 'string', default: '766' },
		until: { type: 'string' },
		force: { type: 'boolean', default: false },
		'memory-limit': { type: 'string', default: '4GB' }
	}
});

function fail(message: string): never {
	console.error(`✗ ${message}`);
	process.exit(1);
}

const db = path.resolve(args.db!);
const dossiers = Number(args.dossiers!.replace(/[_,]/g, ''));
const seed = Number(args.seed);
const until = args.until ? new Date(args.until) : new Date();
if (!Number.isInteger(dossiers) || dossiers < 1) fail(`--dossiers must be a positive whole number, got "${args.dossiers}"`);
if (!Number.isInteger(seed)) fail(`--seed must be a whole number, got "${args.seed}"`);
if (Number.isNaN(until.getTime())) fail(`--until must be an ISO 8601 time (e.g. 2026-07-01T12:00:00+07:00), got "${args.until}"`);
if (until.getTime() < Date.parse('2025-02-01T00:00:00+07:00'))
	fail('--until must be after February 2025 (the history starts on 1 January 2025)');
if (until.getTime() > Date.now() + 3600_000)
	fail('--until must not be in the future (the ingest rejects events from the future)');

if (args.force) for (const f of [db, `${db}.wal`]) fs.rmSync(f, { force: true });

const started = Date.now();
const log = (m: string) => console.error(`[generate ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${m}`);
const store = await Store.open(db, { memoryLimit: args['memory-limit'] });
try {
	const existing = await store.one<{ n: number }>('SELECT count(*) AS n FROM events');
	if (existing?.n) {
		await store.close();
		fail(
			`${path.relative(process.cwd(), db) || db} already holds ${existing.n.toLocaleString('en')} events. ` +
				'Generate into a new file (--db), or pass --force to delete this one first.'
		);
	}
	log(`world (seed ${seed}, until ${until.toISOString()})`);
	const world = buildWorld(seed, until);
	await loadWorld(store, world, log);
	log(`generating ${dossiers.toLocaleString('en')} dossiers`);
	const result = await generate(store, world, { dossiers, until, log });
	const petitions = buildPetitions(world, await dossierSample(store, seed));
	await loadPetitions(store, petitions, log);
	await cleanUp(store);
	await store.checkpoint();
	log('checkpoint');
	const snapshot = path.join(path.dirname(db), 'demo-world.json');
	await writeSnapshot(store, world, snapshot);
	log(`live-mode snapshot: ${path.relative(process.cwd(), snapshot) || snapshot}`);
	const units = await store.one<{ n: number; current: number }>(
		'SELECT count(*) AS n, count(*) FILTER (WHERE current) AS current FROM units'
	);
	console.log(
		[
			`✓ ${path.relative(process.cwd(), db) || db}`,
			`  units:     ${units!.n.toLocaleString('en')} (${units!.current.toLocaleString('en')} current)`,
			`  dossiers:  ${result.dossiers.toLocaleString('en')}`,
			`  events:    ${result.events.toLocaleString('en')}`,
			`  petitions: ${petitions.length.toLocaleString('en')}`,
			`  seconds:   ${((Date.now() - started) / 1000).toFixed(1)}`
		].join('\n')
	);
} finally {
	await store.close().catch(() => undefined);
}
