import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { Store } from '../../src/lib/server/store/db';
import { tmpDbPath } from '../fixtures/world';
import { buildWorld, loadWorld, buildPetitions, loadPetitions } from '../../src/lib/server/demo/world';
import { generate, dossierSample } from '../../src/lib/server/demo/generate';
import { countMetrics, type CountWindow, type Grouping } from '../../src/lib/server/index/counts';
import { rebuildRollup } from '../../src/lib/server/index/rollup';
import { ingestRecords } from '../../src/lib/server/feed/ingest';
import { loadMethod } from '../../src/lib/server/settings/settings';

/**
 * Counts taken partly from the rollup of settled dossiers must equal counts that judge every dossier row by row,
 * for any window and evaluation time, and the rollup kept up to date event by event must equal one rebuilt from
 * scratch.
 */
const UNTIL = new Date('2026-08-19T15:00:00+07:00'); // a Wednesday afternoon: part of T's day is already settled
const vn = (s: string) => new Date(`${s}+07:00`);
const win = (key: string, start: string, end: string, T?: string): CountWindow => {
	const w = { key, start: vn(`${start}T00:00:00`), end: vn(`${end}T00:00:00`), T: T ? vn(T) : vn(`${end}T00:00:00`) };
	if (w.T > w.end) w.T = w.end;
	return { ...w, soon: new Date(w.T.getTime() + 8 * 3600_000) };
};

let store: Store;

async function both(g: Grouping, ws: CountWindow[], roots: Map<string, string>) {
	const { settings } = await loadMethod(store);
	const fast = await countMetrics(store, g, ws, settings, roots);
	const slow = await countMetrics(store, g, ws, settings, roots, { rollup: false });
	return { fast, slow };
}

/** The counts as plain data, in a fixed order (rows come back from SQL in any order). */
const plain = (m: Map<string, Map<string, unknown>>) =>
	JSON.parse(JSON.stringify([...m].sort().map(([k, v]) => [k, [...v].sort(([a], [b]) => a.localeCompare(b))])));

async function rollupRows(table: string, key: string) {
	return store.all(`SELECT * FROM ${table} ORDER BY ${key}`);
}

describe('the rollups of settled dossiers and of months at their end', () => {
	beforeAll(async () => {
		store = await Store.open(tmpDbPath(), { threads: 2 });
		const world = buildWorld(5, UNTIL);
		await loadWorld(store, world);
		await generate(store, world, { dossiers: 6000, until: UNTIL });
		await loadPetitions(store, buildPetitions(world, await dossierSample(store, 5, 40)));
	}, 120_000);
	afterAll(async () => store?.close());

	it('holds most dossiers, and leaves the open ones out', async () => {
		const r = await store.one<{ rolled: number; open: number; dossiers: number }>(
			`SELECT (SELECT sum(received) FROM rollup_units)::INTEGER AS rolled,
				(SELECT count(*) FROM dossiers WHERE end_at IS NULL AND received_at IS NOT NULL)::INTEGER AS open,
				(SELECT count(*) FROM dossiers WHERE received_at IS NOT NULL)::INTEGER AS dossiers`
		);
		expect(r!.open).toBeGreaterThan(0);
		expect(r!.rolled).toBeGreaterThan(r!.dossiers * 0.8);
		expect(r!.rolled).toBeLessThanOrEqual(r!.dossiers - r!.open);
	});

	const windows: [string, CountWindow[]][] = [
		['a month and the one before', [win('now', '2026-07-01', '2026-08-01'), win('prev', '2026-06-01', '2026-07-01')]],
		[
			'the month of T, as of a Wednesday afternoon, and the previous month as far into it',
			[
				win('now', '2026-08-01', '2026-09-01', '2026-08-19T15:00:00'),
				win('prev', '2026-07-01', '2026-08-01', '2026-07-19T15:00:00')
			]
		],
		['a quarter across the merger', [win('now', '2025-06-01', '2025-09-01')]],
		['a year to date', [win('now', '2026-01-01', '2026-08-19', '2026-08-19T15:00:00'), win('prev', '2025-01-01', '2025-08-19')]],
		['a range that starts and ends mid-month', [win('now', '2025-03-10', '2025-05-21')]],
		[
			'a whole year, and January as of its 20th',
			[win('now', '2025-01-01', '2026-01-01'), win('jan', '2026-01-01', '2026-02-01', '2026-01-20T10:00:00')]
		],
		['as of a Monday midnight (a day boundary)', [win('now', '2026-01-01', '2026-09-01', '2026-08-17T00:00:00')]],
		[
			'twelve months of a trend',
			Array.from({ length: 12 }, (_, i) =>
				win(
					`m${i}`,
					`2025-${String(i + 1).padStart(2, '0')}-01`,
					i === 11 ? '2026-01-01' : `2025-${String(i + 2).padStart(2, '0')}-01`
				)
			)
		]
	];

	it.each(windows)('provinces and ministries: %s', async (_, ws) => {
		const roots = await store.all<{ code: string }>(`SELECT code FROM units WHERE current AND depth = 0`);
		const codes = roots.map((r) => r.code);
		const { fast, slow } = await both({ by: 'root', codes }, ws, new Map(codes.map((c) => [c, c])));
		expect(plain(fast)).toEqual(plain(slow));
		// The comparison is not empty: dossiers were counted.
		const received = [...fast.get(ws[0].key)!.values()].reduce((a, c) => a + c.RECEIVED.num, 0);
		expect(received).toBeGreaterThan(0);
	});

	it.each(windows)('the whole country and the communes of a province: %s', async (_, ws) => {
		const national = await both({ by: 'all', codes: ['VN'] }, ws, new Map([['VN', 'VN']]));
		expect(plain(national.fast)).toEqual(plain(national.slow));
		const children = await store.all<{ code: string; root: string }>(
			`SELECT code, root FROM units WHERE current AND parent = 'T01' ORDER BY code LIMIT 40`
		);
		const sub = await both(
			{ by: 'subtree', codes: children.map((c) => c.code) },
			ws,
			new Map(children.map((c) => [c.code, c.root]))
		);
		expect(plain(sub.fast)).toEqual(plain(sub.slow));
	});

	it('kept up to date event by event, it equals one rebuilt from scratch', async () => {
		// Finish some open dossiers, rate and sync some settled ones (moving them to a later day), and name one in a
		// petition: each changes which cell a dossier counts in, or whether it counts in the rollup at all.
		const open = await store.all<{ dossier: string; agency: string }>(
			`SELECT dossier, agency FROM dossiers WHERE end_at IS NULL AND received_at IS NOT NULL ORDER BY dossier LIMIT 30`
		);
		const settled = await store.all<{ dossier: string; agency: string }>(
			`SELECT dossier, agency FROM dossiers WHERE end_at IS NOT NULL AND received_at IS NOT NULL ORDER BY dossier LIMIT 30`
		);
		expect(open.length).toBeGreaterThan(0);
		const at = '2026-08-19T16:00:00+07:00';
		const rolled = async () => (await store.one<{ n: number }>('SELECT sum(received)::INTEGER AS n FROM rollup_units'))!.n;
		const before = await rolled();
		const events = [
			...open.map((d, i) => ({
				id: `r-c-${i}`,
				dossier: d.dossier,
				type: 'completed',
				at,
				agency: d.agency,
				outcome: 'approved'
			})),
			...settled.map((d, i) => ({
				id: `r-r-${i}`,
				dossier: d.dossier,
				type: 'rated',
				at,
				agency: d.agency,
				value: 'dissatisfied'
			}))
		];
		const r = await ingestRecords(store, 'events', events, { source: 'rollup-test', deriveEvery: 1 });
		expect(r.errors).toEqual([]);
		expect(await rolled()).toBeGreaterThan(before); // the finished ones joined it
		const tables = async () => ({
			settled: [await rollupRows('rollup_units', 'ALL'), await rollupRows('rollup_procedures', 'ALL')],
			monthEnd: [await rollupRows('rollup_month_end_units', 'ALL'), await rollupRows('rollup_month_end_procedures', 'ALL')],
			unitProcedures: [
				await rollupRows('rollup_unit_procedures', 'ALL'),
				await rollupRows('rollup_month_end_unit_procedures', 'ALL')
			],
			firsts: [await rollupRows('procedure_firsts', 'ALL'), await rollupRows('unit_procedure_firsts', 'ALL')],
			roots: [await rollupRows('rollup_roots', 'ALL'), await rollupRows('rollup_month_end_roots', 'ALL')],
			long: await rollupRows('long_dossiers', 'dossier')
		});
		const incremental = await tables();
		// Some dossiers are kept apart as long: the comparison covers that table too.
		expect(incremental.long.length).toBeGreaterThan(0);
		await store.write((c) => rebuildRollup(c));
		expect(incremental).toEqual(await tables());

		// And the counts still agree, for the day that just changed.
		const ws = [win('now', '2026-08-01', '2026-09-01', '2026-08-19T17:00:00')];
		const national = await both({ by: 'all', codes: ['VN'] }, ws, new Map([['VN', 'VN']]));
		expect(plain(national.fast)).toEqual(plain(national.slow));
	});

	it('finds a dossier that settled on the day of T just under LONG_DAYS after its reception', async () => {
		// Received 2026-07-23, finished 2026-08-19 (27 days later): not long, not in the rollup as of that evening, so
		// it is found among the dossiers received in the last LONG_DAYS (28) before T's day.
		const d = await store.one<{ agency: string; procedure: string; root: string }>(
			`SELECT agency, procedure, root FROM dossiers WHERE root = 'T01' AND procedure IS NOT NULL ORDER BY dossier LIMIT 1`
		);
		const events = [
			{
				id: 'near-long-r',
				dossier: 'NEAR-LONG',
				type: 'received',
				at: '2026-07-23T10:00:00+07:00',
				agency: d!.agency,
				procedure: d!.procedure,
				channel: 'online'
			},
			{
				id: 'near-long-c',
				dossier: 'NEAR-LONG',
				type: 'completed',
				at: '2026-08-19T16:00:00+07:00',
				agency: d!.agency,
				outcome: 'approved'
			}
		];
		const ws = [win('now', '2026-01-01', '2026-08-20', '2026-08-19T17:00:00')];
		const g: Grouping = { by: 'root', codes: ['T01'] };
		const roots = new Map([['T01', 'T01']]);
		const prior = await both(g, ws, roots);
		const received = (m: typeof prior.fast) => m.get('now')!.get('T01')!.RECEIVED.num;
		const r = await ingestRecords(store, 'events', events, { source: 'rollup-test', deriveEvery: 1 });
		expect(r.errors).toEqual([]);
		const { fast, slow } = await both(g, ws, roots);
		expect(plain(fast)).toEqual(plain(slow));
		// It is counted, once.
		expect(received(fast)).toBe(received(prior.fast) + 1);
	});

	it('follows new offerings: a province offers one more procedure, fully online', async () => {
		const off = await store.one<{ agency: string; procedure: string }>(
			`SELECT (SELECT min(agency) FROM ref_offerings o JOIN units u ON u.code = o.agency WHERE u.root = 'T01') AS agency,
				min(p.code) AS procedure
			 FROM procedures p WHERE p.code NOT IN (SELECT o.procedure FROM ref_offerings o JOIN units u ON u.code = o.agency WHERE u.root = 'T01')`
		);
		expect(off).toBeDefined();
		const ws = [win('now', '2026-08-01', '2026-09-01', '2026-08-19T17:00:00')];
		const g: Grouping = { by: 'root', codes: ['T01'] };
		const before = await both(g, ws, new Map([['T01', 'T01']]));
		// The unit the agency counts for, as a subtree: read from the offerings per unit.
		const unit = (await store.one<{ u: string }>(`SELECT eff_unit AS u FROM units WHERE code = '${off!.agency}'`))!.u;
		const own: Grouping = { by: 'subtree', codes: [unit] };
		const ownRoots = new Map([[unit, 'T01']]);
		const ownBefore = await both(own, ws, ownRoots);
		const r = await ingestRecords(
			store,
			'offerings',
			[{ id: 'rollup-test-offer', agency: off!.agency, procedure: off!.procedure, online_level: 'full', from: '2026-01-01' }],
			{ source: 'rollup-test' }
		);
		expect(r.errors).toEqual([]);
		const after = await both(g, ws, new Map([['T01', 'T01']]));
		expect(plain(after.fast)).toEqual(plain(after.slow));
		const has = (m: typeof before.fast, code = 'T01') => m.get('now')!.get(code)!.HAS_ONLINE;
		expect(has(after.fast).den).toBeGreaterThanOrEqual(has(before.fast).den);
		expect(has(after.fast)).not.toEqual(has(before.fast));
		const ownAfter = await both(own, ws, ownRoots);
		expect(plain(ownAfter.fast)).toEqual(plain(ownAfter.slow));
		expect(has(ownAfter.fast, unit).den).toBe(has(ownBefore.fast, unit).den + 1);
	});
});
