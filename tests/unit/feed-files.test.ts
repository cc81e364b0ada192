import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Store } from '../../src/lib/server/store/db';
import { ingest } from '../../src/lib/server/feed/ingest';
import { readCsv, readNdjson, readParquet, kindOf, formatOf } from '../../src/lib/server/feed/files';
import { openTestStore, ev, tmpDbPath, AGENCIES, PROCEDURES } from '../fixtures/world';

let store: Store;
let dir: string;
beforeAll(async () => {
	store = await openTestStore();
	dir = path.dirname(tmpDbPath('files'));
});
afterAll(async () => {
	await store.close();
});

const events = (prefix: string, n: number) =>
	Array.from({ length: n }, (_, i) =>
		ev({ id: `${prefix}-${i}`, dossier: `${prefix}-D${Math.floor(i / 2)}`, ...(i % 2 ? { type: 'synced' } : {}) })
	);

describe('file import', () => {
	it("NDJSON with CRLF, a BOM, blank lines and a bad line: line numbers are the file's", async () => {
		const lines = events('nd', 4).map((e) => JSON.stringify(e));
		const text = '\uFEFF' + [lines[0], '', lines[1], '{broken', lines[2], lines[3]].join('\r\n') + '\r\n';
		const file = path.join(dir, 'events-a.ndjson');
		fs.writeFileSync(file, text);
		const r = await ingest(store, 'events', readNdjson(file), { source: 'file', deriveEvery: 8 });
		expect(r).toMatchObject({ received: 5, accepted: 4, rejected: 1 });
		expect(r.errors[0]).toMatchObject({ line: 4, code: 'bad_json' });
		expect(await store.one(`SELECT count(*)::INTEGER AS n FROM dossiers WHERE dossier LIKE 'nd-%'`)).toEqual({ n: 2 });
	});

	it('importing the same file twice changes nothing', async () => {
		const file = path.join(dir, 'events-twice.ndjson.gz');
		fs.writeFileSync(
			file,
			zlib.gzipSync(
				events('tw', 50)
					.map((e) => JSON.stringify(e))
					.join('\n')
			)
		);
		const first = await ingest(store, 'events', readNdjson(file), { source: 'file', deriveEvery: 8 });
		expect(first.accepted).toBe(50);
		const snapshot = async () => ({
			events: await store.one(`SELECT count(*)::INTEGER AS n FROM events`),
			dossiers: await store.all(`SELECT * FROM dossiers ORDER BY dossier`),
			quarantine: await store.one(`SELECT count(*)::INTEGER AS n FROM quarantine`)
		});
		const before = await snapshot();
		const second = await ingest(store, 'events', readNdjson(file), { source: 'file', deriveEvery: 8 });
		expect(second).toMatchObject({ accepted: 0, duplicates: 50, rejected: 0 });
		expect(await snapshot()).toEqual(before);
	});

	it('CSV: quoted cells with commas, quotes and newlines, typed cells, JSON components, a short row', async () => {
		const file = path.join(dir, 'events.csv');
		fs.writeFileSync(
			file,
			[
				'id,dossier,type,at,agency,procedure,channel,fee,vneid,components,summary',
				'csv-1,CSV-1,received,2026-03-02T08:00:00+07:00,T01.X001,1.001193,online,0,true,"[{""code"":""TP1"",""source"":""upload""}]","Khai sinh, cho ""bé"" An"',
				'csv-2,CSV-2,received,2026-03-02T08:00:00+07:00,T01.X001,1.001193,in_person,,false,,"dòng một',
				'dòng hai"',
				'csv-3,CSV-3,received,2026-03-02T08:00:00+07:00,T01.X001',
				'csv-4,CSV-4,received,2026-03-02T08:00:00+07:00,T01.X001,1.001193,online,abc,,,'
			].join('\n')
		);
		const r = await ingest(store, 'events', readCsv(file, 'events'), { source: 'file', deriveEvery: 8 });
		expect(r).toMatchObject({ received: 4, accepted: 2, rejected: 2 });
		expect(r.errors.map((e) => [e.line, e.code])).toEqual([
			[5, 'bad_csv'],
			[6, 'bad_value']
		]);
		const rows = await store.all<{ id: string; summary: string; vneid: boolean; fee: number | null; components: unknown }>(
			`SELECT id, summary, vneid, fee, components FROM events WHERE id IN ('csv-1', 'csv-2') ORDER BY id`
		);
		expect(rows[0]).toMatchObject({
			summary: 'Khai sinh, cho "bé" An',
			vneid: true,
			fee: 0,
			components: [{ code: 'TP1', source: 'upload', database: null }]
		});
		expect(rows[1]).toMatchObject({ summary: 'dòng một\ndòng hai', vneid: false, fee: null });
	});

	it('Parquet events, with nested components', async () => {
		const file = path.join(dir, 'events.parquet');
		const inst = await DuckDBInstance.create(':memory:');
		const c = await inst.connect();
		await c.run(`COPY (
			SELECT 'pq-' || i AS id, 'PQ-' || i AS dossier, 'received' AS type, TIMESTAMPTZ '2026-03-02 08:00:00+07' AS "at",
				'T01.X001' AS agency, '1.001193' AS procedure, CASE WHEN i = 2 THEN 'telepathy' ELSE 'online' END AS channel,
				[{'code': 'TP3', 'source': 'vneid', 'database': 'population'}] AS components
			FROM range(3) t(i)) TO '${file}' (FORMAT parquet)`);
		c.closeSync();
		inst.closeSync();
		const r = await ingest(store, 'events', readParquet(file), { source: 'file', deriveEvery: 8 });
		expect(r).toMatchObject({ received: 3, accepted: 2, rejected: 1 });
		expect(r.errors[0]).toMatchObject({ line: 3, code: 'bad_value' });
		expect(await store.one(`SELECT n_from_data FROM dossiers WHERE dossier = 'PQ-0'`)).toEqual({ n_from_data: 1 });
	});

	it('recognises kinds and formats from file names', () => {
		expect(kindOf('/x/agencies-2026.ndjson')).toBe('agencies');
		expect(kindOf('/x/Procedures.csv')).toBe('procedures');
		expect(kindOf('/x/su-kien-2026-07.ndjson.gz')).toBe('events');
		expect(kindOf('/x/hoso-2026-07.json')).toBe('dvcqg');
		expect(kindOf('/x/DVCQG-T01.ndjson.gz')).toBe('dvcqg');
		expect(formatOf('a.jsonl.gz')).toBe('ndjson');
		expect(formatOf('a.parquet')).toBe('parquet');
		expect(formatOf('a.xlsx')).toBeUndefined();
	});

	it('npm run ingest: reference files first, a report per file, exit code 2 when something was rejected', () => {
		const d = fs.mkdtempSync(path.join(dir, 'cli-'));
		fs.writeFileSync(path.join(d, 'agencies.ndjson'), AGENCIES.map((a) => JSON.stringify(a)).join('\n'));
		fs.writeFileSync(path.join(d, 'procedures.ndjson'), PROCEDURES.map((p) => JSON.stringify(p)).join('\n'));
		fs.writeFileSync(
			path.join(d, 'a-events.ndjson'),
			[...events('cli', 3).map((e) => JSON.stringify(e)), '{"id":"cli-bad"}'].join('\n')
		);
		const db = path.join(d, 'cli.duckdb');
		let out = '';
		let code = 0;
		try {
			out = execFileSync('npx', ['tsx', 'scripts/ingest.ts', d, '--db', db], {
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'pipe']
			});
		} catch (e) {
			const err = e as { status: number; stdout: string };
			code = err.status;
			out = err.stdout;
		}
		expect(code).toBe(2);
		expect(out).toMatch(/agencies\.ndjson: 11 bản ghi · 11 nhận/);
		expect(out).toMatch(/a-events\.ndjson: 4 bản ghi · 3 nhận · 0 trùng · 1 bị từ chối/);
		expect(out).toMatch(/dòng 4 \(cli-bad\): missing field "dossier"/);
		expect(out.indexOf('agencies.ndjson')).toBeLessThan(out.indexOf('a-events.ndjson'));
	}, 60_000);
});
