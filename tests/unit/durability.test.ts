import { describe, it, expect } from 'vitest';
import zlib from 'node:zlib';
import { Store } from '../../src/lib/server/store/db';
import { startServer, postNdjson, createTestFeedToken } from '../fixtures/server';
import { tmpDbPath, AGENCIES, PROCEDURES, ev } from '../fixtures/world';

/** The real server, crashed with kill -9 while a client keeps streaming: every acknowledged record survives. */
describe('HTTP ingest durability', () => {
	it('nothing acknowledged is lost by a kill -9', async () => {
		const db = tmpDbPath('crash');
		const token = await createTestFeedToken(db);
		let server = await startServer(db);
		expect((await postNdjson(`${server.url}/api/v1/reference/agencies`, AGENCIES, token)).body.accepted).toBe(AGENCIES.length);
		expect((await postNdjson(`${server.url}/api/v1/reference/procedures`, PROCEDURES, token)).body.accepted).toBe(
			PROCEDURES.length
		);

		const acked = new Set<string>();
		let sent = 0;
		let crashed = false;
		const batchOf = (b: number) =>
			Array.from({ length: 2000 }, (_, i) =>
				ev({ id: `k-${b}-${i}`, dossier: `K-${b}-${i % 500}`, ...(i >= 500 ? { type: 'synced' } : {}) })
			);
		// Stream batches back to back; kill the server once a few have been answered, with more in flight.
		const client = (async () => {
			for (let b = 0; b < 200 && !crashed; b++) {
				const records = batchOf(b);
				sent += records.length;
				try {
					const r = await postNdjson(`${server.url}/api/v1/events`, records, token);
					if (r.status === 200 && r.body.accepted + r.body.duplicates === records.length)
						for (const x of records) acked.add(x.id as string);
				} catch {
					break; // connection reset by the crash: this batch was not acknowledged
				}
			}
		})();
		while (acked.size < 6000) await new Promise((r) => setTimeout(r, 20));
		crashed = true;
		await server.crash();
		await client;
		expect(acked.size).toBeGreaterThanOrEqual(6000);
		expect(sent).toBeGreaterThan(acked.size - 1);

		// Restart on the same file: the WAL is replayed and dossiers not yet derived are caught up.
		server = await startServer(db);
		for (let i = 0; i < 100; i++) {
			const h = await (await fetch(`${server.url}/api/v1/health`)).json();
			if (h.dirty === 0) break;
			await new Promise((r) => setTimeout(r, 100));
		}
		await server.stop();

		const store = await Store.open(db);
		const ids = new Set((await store.all<{ id: string }>(`SELECT id FROM events WHERE id LIKE 'k-%'`)).map((r) => r.id));
		const missing = [...acked].filter((id) => !ids.has(id));
		expect(missing).toEqual([]);
		const derived = await store.one<{ events: number; dossiers: number }>(
			`SELECT (SELECT count(DISTINCT dossier) FROM events WHERE id LIKE 'k-%')::INTEGER AS events,
			        (SELECT count(*) FROM dossiers WHERE dossier LIKE 'K-%')::INTEGER AS dossiers`
		);
		expect(derived!.dossiers).toBe(derived!.events);
		await store.close();
	}, 120_000);

	it('a body far above 512 KB, gzip-compressed, is streamed and accepted', async () => {
		const db = tmpDbPath('big');
		const token = await createTestFeedToken(db);
		const server = await startServer(db);
		try {
			await postNdjson(`${server.url}/api/v1/reference/agencies`, AGENCIES, token);
			await postNdjson(`${server.url}/api/v1/reference/procedures`, PROCEDURES, token);
			const records = Array.from({ length: 30_000 }, (_, i) =>
				JSON.stringify(ev({ id: `big-${i}`, dossier: `BIG-${i}`, summary: 'x'.repeat(120) }))
			);
			const body = records.join('\n');
			expect(body.length).toBeGreaterThan(5 * 1024 * 1024);
			const r = await fetch(`${server.url}/api/v1/events`, {
				method: 'POST',
				headers: { 'content-type': 'application/x-ndjson', 'content-encoding': 'gzip', authorization: `Bearer ${token}` },
				body: zlib.gzipSync(body)
			});
			expect(r.status).toBe(200);
			expect((await r.json()).accepted).toBe(30_000);
		} finally {
			await server.stop();
		}
	}, 120_000);
});
