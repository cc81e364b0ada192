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

/** Sends one record and returns the single error, or undefined when accepted. */
async function verdict(record: unknown) {
	const r = await ingestRecords(store, 'events', [record], { source: 'validation' });
	expect(r.received).toBe(1);
	return r.accepted === 1 ? undefined : r.errors[0];
}

describe('event validation: each rule rejects with an actionable reason', () => {
	it('accepts a complete received event', async () => {
		expect(
			await verdict(
				ev({
					dossier: 'V-ok',
					due: '2026-03-05T17:00:00+07:00',
					fee: 0,
					vneid: true,
					components: [{ code: 'TP3', source: 'vneid', database: 'population' }]
				})
			)
		).toBeUndefined();
	});

	it.each([
		['id', 'missing field "id"'],
		['dossier', 'missing field "dossier"'],
		['type', 'missing field "type"'],
		['at', 'missing field "at"'],
		['agency', 'missing field "agency"']
	])('missing envelope field %s', async (field, reason) => {
		const e = await verdict(ev({ [field]: undefined }));
		expect(e?.code).toBe('missing_field');
		expect(e?.reason).toContain(reason);
	});

	it('missing field required by the type (procedure for received)', async () => {
		const e = await verdict(ev({ procedure: undefined }));
		expect(e?.code).toBe('missing_field');
		expect(e?.reason).toContain('missing field "procedure" (required for type received)');
	});

	it('missing due of a rescheduled event, method of a payment, value of a rating, target of a transfer', async () => {
		expect((await verdict(ev({ type: 'rescheduled', apology: true })))?.reason).toContain(
			'"due" (required for type rescheduled)'
		);
		expect((await verdict(ev({ type: 'paid', amount: 1000 })))?.reason).toContain('"method" (required for type paid)');
		expect((await verdict(ev({ type: 'rated' })))?.reason).toContain('"value" (required for type rated)');
		expect((await verdict(ev({ type: 'transferred' })))?.reason).toContain('"to" (required for type transferred)');
	});

	it.each([['2026-13-01T08:00:00+07:00'], ['2026-02-30T08:00:00+07:00'], ['yesterday'], ['2026-03-02'], ['1709341200']])(
		'bad timestamp %s',
		async (at) => {
			const e = await verdict(ev({ at }));
			expect(e?.code).toBe('bad_timestamp');
			expect(e?.reason).toContain('bad timestamp in "at"');
			expect(e?.reason).toContain('2026-07-01T08:15:00+07:00');
		}
	);

	it('a timestamp without offset is read as Vietnam time', async () => {
		await verdict(ev({ id: 'tz-local', dossier: 'V-tz', at: '2026-03-02T08:00:00' }));
		const r = await store.one<{ t: Date }>(`SELECT occurred_at AS t FROM events WHERE id = 'tz-local'`);
		expect(r?.t.toISOString()).toBe('2026-03-02T01:00:00.000Z');
	});

	it('an event in the future is refused', async () => {
		const e = await verdict(ev({ at: new Date(Date.now() + 3 * 86400_000).toISOString() }));
		expect(e?.code).toBe('bad_timestamp');
		expect(e?.reason).toContain('in the future');
	});

	it('unknown type', async () => {
		const e = await verdict(ev({ type: 'approved' }));
		expect(e?.code).toBe('unknown_type');
		expect(e?.reason).toContain('unknown type "approved"');
		expect(e?.reason).toContain('received');
	});

	it('unknown agency and unknown transfer target', async () => {
		const e = await verdict(ev({ agency: 'T99.X001' }));
		expect(e?.code).toBe('unknown_agency');
		expect(e?.reason).toContain('unknown agency code "T99.X001"');
		const t = await verdict(ev({ type: 'transferred', to: 'NOWHERE' }));
		expect(t?.code).toBe('unknown_agency');
		expect(t?.reason).toContain('"NOWHERE" in "to"');
	});

	it('unknown procedure', async () => {
		const e = await verdict(ev({ procedure: '9.999999' }));
		expect(e?.code).toBe('unknown_procedure');
		expect(e?.reason).toContain('unknown procedure code "9.999999"');
	});

	it('bad enum, number and boolean values', async () => {
		expect((await verdict(ev({ channel: 'fax' })))?.reason).toContain(
			'"channel" must be one of online, in_person, postal; got "fax"'
		);
		expect((await verdict(ev({ fee: 'free' })))?.reason).toContain('"fee" must be a whole number');
		expect((await verdict(ev({ fee: -5 })))?.reason).toContain('"fee" must not be negative');
		expect((await verdict(ev({ vneid: 'yes' })))?.reason).toContain('"vneid" must be true or false');
		expect((await verdict(ev({ type: 'paid', method: 'card' })))?.reason).toContain(
			'"method" must be one of portal, gateway, cash, transfer'
		);
	});

	it('bad components', async () => {
		expect((await verdict(ev({ components: 'TP1' })))?.reason).toContain('"components" must be a list');
		expect((await verdict(ev({ components: [{ source: 'upload' }] })))?.reason).toContain('needs a "code"');
		expect((await verdict(ev({ components: [{ code: 'TP1', source: 'fax' }] })))?.reason).toContain(
			'component TP1 has source fax'
		);
		expect((await verdict(ev({ components: [{ code: 'TP3', source: 'database' }] })))?.reason).toContain('does not say which');
	});

	it('not JSON, not an object, invalid UTF-8', async () => {
		expect((await verdict('{"id": "x",'))?.code).toBe('bad_json');
		expect((await verdict('[1, 2]'))?.reason).toContain('must be a JSON object');
		const r = await ingestRecords(store, 'events', [`{"id":"u","note":"caf\uFFFD"}`], { source: 'validation' });
		expect(r.rejected).toBe(1);
	});

	it('lists every problem of a record, not just the first', async () => {
		const e = await verdict({ id: 'multi', dossier: 'V', type: 'paid', at: 'soon', agency: 'NOPE', method: 'card' });
		expect(e?.reason).toContain('bad timestamp');
		expect(e?.reason).toContain('unknown agency');
		expect(e?.reason).toContain('"method" must be one of');
	});

	it('keeps unknown fields instead of rejecting them', async () => {
		expect(await verdict(ev({ id: 'extra-1', dossier: 'V-extra', ma_tinh: '01', nested: { a: 1 } }))).toBeUndefined();
		const r = await store.one<{ extra: string }>(`SELECT extra FROM events WHERE id = 'extra-1'`);
		expect(JSON.parse(r!.extra)).toMatchObject({ ma_tinh: '01', nested: { a: 1 } });
	});

	it('good records around bad ones are kept, and rejected ones are quarantined whole with line and reason', async () => {
		const records = [
			ev({ id: 'mix-1', dossier: 'MIX-1' }),
			'not json at all',
			ev({ id: 'mix-3', dossier: 'MIX-3', type: 'teleported' }),
			ev({ id: 'mix-4', dossier: 'MIX-4' })
		];
		const r = await ingestRecords(store, 'events', records, { source: 'mixed' });
		expect(r).toMatchObject({ received: 4, accepted: 2, rejected: 2 });
		expect(r.errors.map((e) => e.line)).toEqual([2, 3]);
		const q = await store.all<{ line_no: number; raw: string; reason: string }>(
			`SELECT line_no, raw, reason FROM quarantine WHERE batch = $1 ORDER BY line_no`,
			[r.batch]
		);
		expect(q.map((x) => x.line_no)).toEqual([2, 3]);
		expect(q[0].raw).toBe('not json at all');
		expect(JSON.parse(q[1].raw).type).toBe('teleported');
		expect(await store.one(`SELECT count(*)::INTEGER AS n FROM events WHERE id IN ('mix-1', 'mix-4')`)).toEqual({ n: 2 });
	});
});

describe('reference validation', () => {
	it('rejects bad agencies, procedures and offerings with reasons', async () => {
		const a = await ingestRecords(
			store,
			'agencies',
			[
				{ id: 'x1', code: 'Z1', name: 'Z', kind: 'planet' },
				{ id: 'x2', code: 'Z2', name: 'Z', kind: 'commune', parent: 'NOPE' },
				{ id: 'x3', code: 'Z3', name: 'Z', kind: 'commune', valid_from: '2026-02-01', valid_to: '2025-01-01' }
			],
			{ source: 'validation' }
		);
		expect(a.rejected).toBe(3);
		expect(a.errors[0].reason).toContain('"kind" must be one of');
		expect(a.errors[1].reason).toContain('unknown agency code "NOPE" in "parent"');
		expect(a.errors[2].reason).toContain('"valid_to" is before "valid_from"');

		const p = await ingestRecords(
			store,
			'procedures',
			[{ id: 'y1', code: 'P', name: 'P', time_limit: { value: 5, unit: 'weeks' } }],
			{
				source: 'validation'
			}
		);
		expect(p.errors[0].reason).toContain('"time_limit" must look like');

		const o = await ingestRecords(
			store,
			'offerings',
			[{ id: 'o1', agency: 'T01.X001', procedure: 'NOPE', online_level: 'full' }],
			{
				source: 'validation'
			}
		);
		expect(o.errors[0].code).toBe('unknown_procedure');
	});

	it('accepts a parent sent in the same batch as its child, in either order', async () => {
		const a = await ingestRecords(
			store,
			'agencies',
			[
				{ id: 'c-child', code: 'T77.X001', name: 'Xã Mới', kind: 'commune', parent: 'T77' },
				{ id: 'c-parent', code: 'T77', name: 'Tỉnh Thử', kind: 'province' }
			],
			{ source: 'validation' }
		);
		expect(a.errors).toEqual([]);
		expect(await store.one(`SELECT root FROM units WHERE code = 'T77.X001'`)).toEqual({ root: 'T77' });
	});
});
