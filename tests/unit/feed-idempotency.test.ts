import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Store } from '../../src/lib/server/store/db';
import { ingestRecords } from '../../src/lib/server/feed/ingest';
import { openTestStore, ev } from '../fixtures/world';

let store: Store;
beforeAll(async () => {
	store = await openTestStore();
});
afterAll(async () => {
	await store.close();
});

const count = async (sql: string) => (await store.one<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${sql}`))!.n;

describe('idempotency and conflicts', () => {
	it('the same batch twice changes nothing the second time', async () => {
		const batch = [
			ev({ id: 'i-1', dossier: 'I-1' }),
			ev({ id: 'i-2', dossier: 'I-1', type: 'completed', at: '2026-03-03T10:00:00+07:00', outcome: 'approved' })
		];
		const first = await ingestRecords(store, 'events', batch, { source: 's', deriveEvery: 1 });
		expect(first).toMatchObject({ accepted: 2, duplicates: 0, rejected: 0 });
		const before = await store.all(`SELECT * EXCLUDE (n_events) FROM dossiers WHERE dossier = 'I-1'`);
		const second = await ingestRecords(store, 'events', batch, { source: 's', deriveEvery: 1 });
		expect(second).toMatchObject({ accepted: 0, duplicates: 2, rejected: 0 });
		expect(await count(`events WHERE dossier = 'I-1'`)).toBe(2);
		expect(await store.all(`SELECT * EXCLUDE (n_events) FROM dossiers WHERE dossier = 'I-1'`)).toEqual(before);
	});

	it('the same record with keys in another order or other spacing is a duplicate', async () => {
		await ingestRecords(
			store,
			'events',
			['{"id":"sp-1","dossier":"SP","type":"synced","at":"2026-03-02T09:00:00+07:00","agency":"T01.X001"}'],
			{
				source: 's'
			}
		);
		const r = await ingestRecords(
			store,
			'events',
			['{ "id": "sp-1", "dossier": "SP", "type": "synced", "at": "2026-03-02T09:00:00+07:00", "agency": "T01.X001" }'],
			{ source: 's' }
		);
		expect(r.duplicates).toBe(1);
	});

	it('the same id with different content is a conflict: rejected, quarantined, the first record stands', async () => {
		await ingestRecords(store, 'events', [ev({ id: 'c-1', dossier: 'C-1', channel: 'online' })], { source: 'a' });
		const r = await ingestRecords(store, 'events', [ev({ id: 'c-1', dossier: 'C-1', channel: 'in_person' })], { source: 'b' });
		expect(r).toMatchObject({ accepted: 0, rejected: 1 });
		expect(r.errors[0].code).toBe('conflict');
		expect(r.errors[0].reason).toContain('id "c-1" was already used for a different record');
		expect(await store.one(`SELECT channel FROM events WHERE id = 'c-1'`)).toEqual({ channel: 'online' });
		expect(await count(`quarantine WHERE record_id = 'c-1' AND code = 'conflict'`)).toBe(1);
	});

	it('within one batch: a repeat is a duplicate, a different record under the same id a conflict', async () => {
		const a = ev({ id: 'b-1', dossier: 'B-1' });
		const r = await ingestRecords(store, 'events', [a, a, { ...a, channel: 'postal' }], { source: 's' });
		expect(r).toMatchObject({ accepted: 1, duplicates: 1, rejected: 1 });
		expect(r.errors[0]).toMatchObject({ line: 3, code: 'conflict' });
		expect(r.errors[0].reason).toContain('earlier in this batch (line 1)');
	});

	it('re-sending the same bad records keeps one copy in the quarantine', async () => {
		const bad = ['nonsense', ev({ id: 'q-1', type: 'warp' })];
		await ingestRecords(store, 'events', bad, { source: 'q' });
		const again = await ingestRecords(store, 'events', bad, { source: 'q' });
		expect(again.rejected).toBe(2);
		expect(await count(`quarantine WHERE source = 'q'`)).toBe(2);
	});

	it('reference records follow the same rules', async () => {
		const rec = { id: 'ref-x', code: 'T01.X099', name: 'Phường Thử', kind: 'commune', parent: 'T01' };
		expect((await ingestRecords(store, 'agencies', [rec], { source: 's' })).accepted).toBe(1);
		expect((await ingestRecords(store, 'agencies', [rec], { source: 's' })).duplicates).toBe(1);
		const c = await ingestRecords(store, 'agencies', [{ ...rec, name: 'Phường Khác' }], { source: 's' });
		expect(c.errors[0].code).toBe('conflict');
	});
});
