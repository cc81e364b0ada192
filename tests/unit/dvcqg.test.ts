import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import type { Store } from '../../src/lib/server/store/db';
import { ingestRecords } from '../../src/lib/server/feed/ingest';
import { ingestDvcqgRecords, type DvcqgReport } from '../../src/lib/server/dvcqg/ingest';
import { scorecard, InputError } from '../../src/lib/server/index/service';
import { getDossier, listDossiers } from '../../src/lib/server/read/dossiers';
import { officials } from '../../src/lib/server/read/officials';
import { NATIONAL, type Viewer } from '../../src/lib/server/read/scope';
import { openTestStore, tmpDbPath, AGENCIES, PROCEDURES } from '../fixtures/world';
import { startServer, createTestFeedToken, createTestAccounts, signedIn, type Server, type Client } from '../fixtures/server';
import { hoSo, khaiSinh, lltpLife, lltpNative, type Record_ } from '../fixtures/dvcqg';

/**
 * Portal sync records (HoSoDongBoDVC). Expected values were worked out by hand from the records, as the comments
 * show; times are Vietnam time.
 */

let store: Store;
beforeAll(async () => {
	store = await openTestStore();
	// A second "Xã An Lão" (there is one in Hải Phòng): a name two units share cannot stand for a code.
	await ingestRecords(
		store,
		'agencies',
		[{ id: 'ag-T01.X003', code: 'T01.X003', name: 'Xã An Lão', kind: 'commune', parent: 'T01' }],
		{
			source: 'test'
		}
	);
});
afterAll(async () => {
	await store.close();
});

const send = (records: unknown[], source = 'T01') => ingestDvcqgRecords(store, records, { source });
const rows = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => store.all<T>(sql, params as never);
const count = async (sql: string) => (await store.one<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${sql}`))!.n;
const dossier = async (code: string) =>
	(await store.one<Record<string, unknown>>(`SELECT * FROM dossiers WHERE dossier = $1`, [code]))!;
const eventIds = async (code: string) =>
	(await rows<{ id: string }>(`SELECT id FROM events WHERE dossier = $1 ORDER BY id`, [code])).map((r) =>
		r.id.slice(code.length)
	);

/** A date that no clock can have reached: a day and more ahead. */
const future = (() => {
	const t = new Date(Date.now() + 3 * 86_400_000 + 7 * 3_600_000).toISOString();
	return t.slice(0, 19).replace(/[-T:]/g, '');
})();

describe('a bad record is rejected with its reason and kept; it never blocks the others', () => {
	const ks = khaiSinh('V-0');
	const cases: [string, Record_ | unknown, string, RegExp][] = [
		['no MaHoSo', hoSo(ks, { MaHoSo: undefined }), 'missing_field', /missing field "MaHoSo"/],
		['an empty MaHoSo', hoSo(ks, { MaHoSo: '  ' }), 'missing_field', /missing field "MaHoSo"/],
		[
			'a date in another format',
			hoSo(ks, { NgayTiepNhan: '2026-07-06 08:15' }),
			'bad_timestamp',
			/bad date in "NgayTiepNhan": "2026-07-06 08:15" \(expected yyyyMMddHHmmss/
		],
		[
			'month 13',
			hoSo(ks, { NgayHenTra: '20261309170000' }),
			'bad_timestamp',
			/"NgayHenTra": "20261309170000" is not a real date \(month 13;/
		],
		['31 February', hoSo(ks, { NgayTiepNhan: '20260231081500' }), 'bad_timestamp', /is not a real date \(day 31 in month 2;/],
		[
			'hour 24',
			hoSo(ks, { NgayNopHoSo: '20260706240000' }),
			'bad_timestamp',
			/"NgayNopHoSo": "20260706240000" is not a real date \(hour 24;/
		],
		['a reception in the future', hoSo(ks, { NgayTiepNhan: future }), 'bad_timestamp', /"NgayTiepNhan" is in the future/],
		[
			'status 11',
			hoSo(ks, { TrangThaiHoSo: '11' }),
			'bad_value',
			/"TrangThaiHoSo" must be a status code from 1 to 10 .*; got "11"/
		],
		['status "Đã tiếp nhận"', hoSo(ks, { TrangThaiHoSo: 'Đã tiếp nhận' }), 'bad_value', /"TrangThaiHoSo" must be a status code/],
		['no status', hoSo(ks, { TrangThaiHoSo: undefined }), 'missing_field', /missing field "TrangThaiHoSo"/],
		[
			'channel 4',
			hoSo(ks, { KenhThucHien: 4 }),
			'bad_value',
			/"KenhThucHien" must be 1 \(in person\), 2 \(online\) or 3 \(postal\); got 4/
		],
		[
			'applicant type 5',
			hoSo(ks, { LoaiDoiTuong: '5' }),
			'bad_value',
			/"LoaiDoiTuong" must be 1 \(citizen\), 2 \(business\), 3 \(state agency\) or 4 \(other\)/
		],
		[
			'a VNeID flag "có"',
			hoSo(ks, { TaiKhoanDuocXacThucVoiVNeID: 'có' }),
			'bad_value',
			/"TaiKhoanDuocXacThucVoiVNeID" must be 1 or 0/
		],
		[
			'an unknown procedure',
			hoSo(ks, { MaTTHC: '9.999999' }),
			'unknown_procedure',
			/unknown procedure code "9.999999" in "MaTTHC"/
		],
		[
			'an unknown unit',
			hoSo(ks, { DonViXuLy: 'UBND phường Hoàn Kiếm' }),
			'unknown_agency',
			/unknown unit "UBND phường Hoàn Kiếm" in "DonViXuLy"/
		],
		[
			'a unit name two units share',
			hoSo(ks, { DonViXuLy: 'Xã An Lão' }),
			'unknown_agency',
			/names several units \(T01\.X003, T31\.X001\): send the unit's code/
		],
		['no unit', hoSo(ks, { DonViXuLy: '' }), 'missing_field', /missing field "DonViXuLy"/],
		[
			'accepted without NgayTiepNhan',
			hoSo(ks, { NgayTiepNhan: '' }),
			'missing_field',
			/TrangThaiHoSo 2 \(accepted\) needs "NgayTiepNhan"/
		],
		['accepted without MaTTHC', hoSo(ks, { MaTTHC: '' }), 'missing_field', /TrangThaiHoSo 2 \(accepted\) needs "MaTTHC"/],
		['accepted without KenhThucHien', hoSo(ks, { KenhThucHien: undefined }), 'missing_field', /needs "KenhThucHien"/],
		[
			'refused without NgayTuChoi',
			hoSo(ks, { TrangThaiHoSo: '3', NgayTiepNhan: '' }),
			'missing_field',
			/TrangThaiHoSo 3 \(not accepted\) needs "NgayTuChoi"/
		],
		[
			'processed without NgayKetThucXuLy',
			hoSo(ks, { TrangThaiHoSo: '9' }),
			'missing_field',
			/TrangThaiHoSo 9 \(processed\) needs "NgayKetThucXuLy"/
		],
		[
			'returned without NgayTra',
			hoSo(ks, { TrangThaiHoSo: '10', NgayKetThucXuLy: '20260708100000' }),
			'missing_field',
			/TrangThaiHoSo 10 \(returned\) needs "NgayTra"/
		],
		['TaiLieuNop not a list', hoSo(ks, { TaiLieuNop: 'to-khai.pdf' }), 'bad_value', /"TaiLieuNop" must be a list of objects/],
		[
			'a document without its component code',
			hoSo(ks, { TaiLieuNop: [{ TenTepDinhKem: 'to-khai.pdf' }] }),
			'missing_field',
			/TaiLieuNop\[0\] has no "MaThanhPhanHoSo"/
		],
		[
			'a fee in words',
			hoSo(ks, { DanhSachLePhi: [{ TenPhiLePhi: 'Lệ phí', Gia: 'tám nghìn' }] }),
			'bad_value',
			/"DanhSachLePhi\[0\]\.Gia" must be an amount in VND/
		],
		[
			'a supplement dated by day only',
			hoSo(ks, { DanhSachHoSoBoSung: [{ NgayBoSung: '20260707' }] }),
			'bad_timestamp',
			/bad date in "DanhSachHoSoBoSung\[0\]\.NgayBoSung": "20260707"/
		],
		[
			'an empty supplement',
			hoSo(ks, { DanhSachHoSoBoSung: [{ NoiDungBoSung: 'Thiếu giấy chứng sinh' }] }),
			'missing_field',
			/DanhSachHoSoBoSung\[0\] needs "NgayBoSung"/
		],
		[
			'a step without an official',
			hoSo(ks, { QuaTrinhXuLy: [{ PhongBanXuLy: 'Bộ phận Một cửa', ThoiDiemXuLy: '20260706081500' }] }),
			'missing_field',
			/QuaTrinhXuLy\[0\] has no official \(NguoiXuLy or TenCanBoXuLy/
		],
		[
			'a step without a time',
			hoSo(ks, { QuaTrinhXuLy: [{ NguoiXuLy: 'Vũ Thị Hằng' }] }),
			'missing_field',
			/QuaTrinhXuLy\[0\] has no time \(NgayBatDau or/
		],
		['not an object', 42, 'bad_json', /a record must be a JSON object/],
		['a list of lists', [[1]], 'bad_json', /a record must be a JSON object/]
	];

	it.each(cases.map((c, i) => [i, ...c] as const))('%i: %s', async (i, _what, bad, code, reason) => {
		const before = await count(`quarantine WHERE kind = 'dvcqg'`);
		const r = await send([khaiSinh(`V-${i}-a`), bad, khaiSinh(`V-${i}-b`)], `bad-${i}`);
		expect(r.records.map((x) => x.status)).toEqual(['accepted', 'rejected', 'accepted']);
		expect(r).toMatchObject({
			error_code: '-1',
			message: expect.stringContaining('1/3 hồ sơ bị từ chối'),
			rejected: 1,
			accepted: 2
		});
		expect(r.records[1]).toMatchObject({ index: 1, line: 2, code, events_added: 0 });
		expect(r.records[1].reason).toMatch(reason);
		expect(r.errors).toEqual([{ line: 2, index: 1, id: r.records[1].MaHoSo, code, reason: r.records[1].reason }]);
		// Kept whole, under the portal kind, with its place in the array.
		const q = await rows<{ line_no: number; code: string; reason: string; raw: string; source: string }>(
			`SELECT line_no, code, reason, raw, source FROM quarantine WHERE kind = 'dvcqg' AND batch = $1`,
			[r.batch]
		);
		expect(q).toEqual([{ line_no: 2, code, reason: r.records[1].reason, raw: JSON.stringify(bad), source: `bad-${i}` }]);
		expect(await count(`quarantine WHERE kind = 'dvcqg'`)).toBe(before + 1);
		expect((await dossier(`V-${i}-b`)).status).toBe('processing');
	});

	it('several problems in one record are all named; the first gives the code', async () => {
		const r = await send([hoSo(khaiSinh('V-many'), { NgayHenTra: '20261301170000', KenhThucHien: '9', MaTTHC: '9.9' })]);
		expect(r.records[0].code).toBe('bad_timestamp');
		expect(r.records[0].reason).toMatch(/month 13.*; "KenhThucHien" must be.*; unknown procedure code "9.9"/);
	});

	it('the same bad record sent again is answered again but kept once', async () => {
		const bad = hoSo(khaiSinh('V-again'), { TrangThaiHoSo: '0' });
		await send([bad], 'again');
		const r = await send([bad], 'again');
		expect(r.rejected).toBe(1);
		expect(await count(`quarantine WHERE kind = 'dvcqg' AND source = 'again'`)).toBe(1);
	});

	it('a unit may be named by the only unit of that name; fields the mapping does not use are kept with the snapshot', async () => {
		const r = await send([
			hoSo(khaiSinh('V-name'), { DonViXuLy: 'Phường Ba Đình', MaDoiTuong: '', ThongTinKhac: 'Nộp qua Zalo' })
		]);
		expect(r.records[0].status).toBe('accepted');
		expect(await dossier('V-name')).toMatchObject({ agency: 'T01.X001', unit: 'T01.X001', root: 'T01' });
		const [s] = await rows<{ record: string }>(`SELECT record FROM dvcqg_snapshots WHERE ma_ho_so = 'V-name'`);
		expect(JSON.parse(s.record).ThongTinKhac).toBe('Nộp qua Zalo');
	});
});

describe('every status transition becomes the native events it implies', () => {
	/**
	 * One dossier of Phiếu lý lịch tư pháp at Sở Tư pháp Hà Nội, fee 200,000, pushed at every change of status:
	 * 1 → 2 → 4 → 5 → 4 → 6 → 9 → 10. Each snapshot adds exactly the events of what changed.
	 */
	const M = 'T-LLTP';
	const base: Record_ = hoSo(lltpLife(M)[0], { DuocThanhToanTrucTuyen: '0' });
	const accepted = { NgayTiepNhan: '20260706081500', NgayHenTra: '20260716170000' };
	const hoa = { NguoiXuLy: 'Nguyễn Thị Hoa', PhongBanXuLy: 'Bộ phận Một cửa', ThoiDiemXuLy: '20260706081500' };
	const minh = { NguoiXuLy: 'Trần Văn Minh', PhongBanXuLy: 'Phòng Hành chính tư pháp', NgayBatDau: '20260706140000' };
	const req = {
		NgayBoSung: '20260708093000',
		NoiDungBoSung: 'Bổ sung bản sao giấy khai sinh',
		NgayHenTraTruoc: '20260716170000'
	};
	const ans = { ...req, NgayTiepNhanBoSung: '20260710100000', NgayHenTraMoi: '20260720170000' };
	const later = { ...accepted, NgayHenTra: '20260720170000', DanhSachHoSoBoSung: [ans], QuaTrinhXuLy: [hoa, minh] };
	const file = [{ TenGiayTo: 'Phiếu lý lịch tư pháp số 1', DuongDanTepTinKetQua: 'https://dichvucong.hanoi.gov.vn/kq/1.pdf' }];
	const steps: [string, Record_, string[], string][] = [
		// Submitted online, not yet accepted: the portal has it (sync), nothing else happened.
		['1 new', { TrangThaiHoSo: '1' }, ['~synced-20260706074000'], 'pending'],
		// Accepted: reception (due 16 July), TP1 and TP2 digitised, the one-stop officer's step.
		[
			'2 accepted',
			{ ...accepted, TrangThaiHoSo: '2', QuaTrinhXuLy: [hoa] },
			['~digitised-2', '~received', '~step-20260706081500', '~synced-20260706081500'],
			'processing'
		],
		[
			'4 processing',
			{ ...accepted, TrangThaiHoSo: '4', QuaTrinhXuLy: [hoa, minh] },
			['~step-20260706140000', '~synced-20260706140000'],
			'processing'
		],
		[
			'5 supplement requested',
			{ ...accepted, TrangThaiHoSo: '5', DanhSachHoSoBoSung: [req], QuaTrinhXuLy: [hoa, minh] },
			['~bs1-req', '~synced-20260708093000'],
			'supplement'
		],
		['4 again, supplement received', { ...later, TrangThaiHoSo: '4' }, ['~bs1-recv', '~synced-20260710100000'], 'processing'],
		// Awaiting payment: same latest date, a later status; nothing the native feed knows happened.
		['6 awaiting payment', { ...later, TrangThaiHoSo: '6' }, [], 'processing'],
		// Processed on 16 July 16:30, paid through the provincial gateway, result file issued.
		[
			'9 processed',
			{
				...later,
				TrangThaiHoSo: '9',
				NgayKetThucXuLy: '20260716163000',
				DuocThanhToanTrucTuyen: '2',
				DanhSachGiayToKetQua: file
			},
			['~completed', '~paid', '~synced-20260716163000'],
			'completed'
		],
		[
			'10 returned',
			{
				...later,
				TrangThaiHoSo: '10',
				NgayKetThucXuLy: '20260716163000',
				NgayTra: '20260717090000',
				DuocThanhToanTrucTuyen: '2',
				DanhSachGiayToKetQua: file
			},
			['~returned', '~synced-20260717090000'],
			'returned'
		]
	];

	it.each(steps)('%s', async (_what, over, added, status) => {
		const before = new Set(await eventIds(M));
		const r = await send([hoSo(base, over)]);
		expect(r).toMatchObject({ error_code: '0', message: 'Thành công' });
		expect(r.records[0]).toMatchObject({ status: 'accepted', events_added: added.length });
		expect((await eventIds(M)).filter((id) => !before.has(id))).toEqual(added);
		expect((await dossier(M)).status).toBe(status);
	});

	it('the dossier ends as the portal says: due moved by the supplement, paid online, e-result', async () => {
		expect(await dossier(M)).toMatchObject({
			status: 'returned',
			received_at: new Date('2026-07-06T08:15:00+07:00'),
			due_initial: new Date('2026-07-16T17:00:00+07:00'),
			due: new Date('2026-07-20T17:00:00+07:00'),
			supp_count: 1,
			completed_at: new Date('2026-07-16T16:30:00+07:00'),
			returned_at: new Date('2026-07-17T09:00:00+07:00'),
			paid_online_at: new Date('2026-07-06T08:15:00+07:00'),
			paid_portal_at: null,
			paid_amount: 200000,
			e_result: true,
			synced_at: new Date('2026-07-06T07:40:00+07:00'),
			officer: 'Trần Văn Minh',
			department: 'Phòng Hành chính tư pháp'
		});
	});

	const other: [string, Record_, string[], string][] = [
		// Refused at reception on 6 July 09:00: not counted as received.
		[
			'3 not accepted',
			{ TrangThaiHoSo: '3', NgayTuChoi: '20260706090000' },
			['~not_accepted', '~synced-20260706090000'],
			'not_accepted'
		],
		// Accepted, then withdrawn by the applicant on 7 July.
		[
			'7 withdrawn',
			{ ...accepted, TrangThaiHoSo: '7', NgayKetThucXuLy: '20260707100000' },
			['~digitised-2', '~received', '~synced-20260707100000', '~withdrawn'],
			'withdrawn'
		],
		// Withdrawn before anyone accepted it: never received.
		[
			'7 withdrawn before acceptance',
			{ TrangThaiHoSo: '7', NgayKetThucXuLy: '20260706080000' },
			['~synced-20260706080000', '~withdrawn'],
			'pending'
		],
		[
			'8 stopped',
			{ ...accepted, TrangThaiHoSo: '8', NgayKetThucXuLy: '20260708150000' },
			['~digitised-2', '~received', '~stopped', '~synced-20260708150000'],
			'stopped'
		],
		// Straight to 10, fee not paid online: it was paid at the counter.
		[
			'10 with the fee paid at the counter',
			{ ...accepted, TrangThaiHoSo: '10', NgayKetThucXuLy: '20260709100000', NgayTra: '20260709140000' },
			['~completed', '~digitised-2', '~paid', '~received', '~returned', '~synced-20260709140000'],
			'returned'
		]
	];

	it.each(other.map((c, i) => [i, ...c] as const))('%i: %s', async (i, _what, over, added, status) => {
		const code = `T-OTHER-${i}`;
		const r = await send([hoSo(base, { MaHoSo: code, ...over })]);
		expect(r.records[0]).toMatchObject({ status: 'accepted', events_added: added.length });
		expect(await eventIds(code)).toEqual(added);
		expect((await dossier(code)).status).toBe(status);
	});

	it('cash at the counter and e-results are what the record says', async () => {
		expect(await dossier('T-OTHER-4')).toMatchObject({ paid_amount: 200000, paid_online_at: null, e_result: false });
		expect(await store.one(`SELECT method FROM events WHERE id = 'T-OTHER-4~paid'`)).toEqual({ method: 'cash' });
	});

	it('a new appointment without a supplement request is a rescheduling', async () => {
		const code = 'T-RESCHEDULE';
		const r = await send([
			hoSo(khaiSinh(code), {
				TrangThaiHoSo: '4',
				NgayHenTra: '20260714170000',
				DanhSachHoSoBoSung: [
					{ NgayTiepNhanBoSung: '20260709100000', NgayHenTraTruoc: '20260709170000', NgayHenTraMoi: '20260714170000' }
				]
			})
		]);
		expect(r.records[0].status).toBe('accepted');
		expect(await dossier(code)).toMatchObject({
			due_initial: new Date('2026-07-09T17:00:00+07:00'),
			due: new Date('2026-07-14T17:00:00+07:00'),
			rescheduled: 1,
			supp_count: 0
		});
	});

	it('status 5 without an open request is accepted with a warning', async () => {
		const r = await send([hoSo(khaiSinh('T-5-NOREQ'), { TrangThaiHoSo: '5' })]);
		expect(r.records[0]).toMatchObject({ status: 'accepted', warnings: [expect.stringMatching(/clock is not paused/)] });
	});
});

describe('snapshots: the same one twice, an older one after a newer one, a correction', () => {
	const snapshotOf = async () => ({
		events: await rows(`SELECT id, hash FROM events ORDER BY id`),
		dossiers: await rows(`SELECT * FROM dossiers ORDER BY dossier`),
		quarantine: await rows(`SELECT seq, raw FROM quarantine ORDER BY seq`),
		snapshots: await rows(`SELECT ma_ho_so, hash FROM dvcqg_snapshots ORDER BY ma_ho_so, hash`),
		steps: await rows(`SELECT * FROM dossier_steps ORDER BY dossier, seq`)
	});

	it('the same snapshot twice changes nothing: events, dossiers, quarantine, snapshots, steps', async () => {
		const life = lltpLife('S-TWICE');
		const bad = hoSo(life[2], { MaHoSo: 'S-TWICE-BAD', NgayTiepNhan: 'hôm qua' });
		await send([life[2], bad]);
		const before = await snapshotOf();
		// The same records, keys in another order: still the same snapshot.
		const reordered = Object.fromEntries(Object.entries(life[2]).reverse());
		const r = await send([reordered, bad]);
		expect(r.records.map((x) => [x.status, x.events_added])).toEqual([
			['duplicate', 0],
			['rejected', 0]
		]);
		expect(r.error_code).toBe('-1');
		expect(await snapshotOf()).toEqual(before);
		const again = await send([life[2]]);
		expect(again).toMatchObject({ error_code: '0', message: 'Thành công', duplicates: 1, events_added: 0 });
	});

	it('an older snapshot after a newer one is kept, adds only its sync, and does not move the dossier back', async () => {
		const life = lltpLife('S-OLD');
		await send([life[4]]); // 9 processed, 16 July 16:30
		const before = await dossier('S-OLD');
		const steps = await rows(`SELECT * FROM dossier_steps WHERE dossier = 'S-OLD' ORDER BY seq`);
		const r = await send([life[3]]); // 5 supplement requested, 8 July 09:30
		expect(r.error_code).toBe('0');
		expect(r.records[0]).toMatchObject({ status: 'older', events_added: 1 });
		expect(r.records[0].reason).toMatch(
			/older than a snapshot already received \(latest date 2026-07-08 09:30:00 < 2026-07-16 16:30:00\)/
		);
		const after = await dossier('S-OLD');
		expect(after).toEqual({
			...before,
			synced_at: new Date('2026-07-08T09:30:00+07:00'),
			n_events: (before.n_events as number) + 1
		});
		expect(after.status).toBe('completed');
		expect(await rows(`SELECT * FROM dossier_steps WHERE dossier = 'S-OLD' ORDER BY seq`)).toEqual(steps);
		expect(await rows(`SELECT status, older FROM dvcqg_snapshots WHERE ma_ho_so = 'S-OLD' ORDER BY progress`)).toEqual([
			{ status: 5, older: true },
			{ status: 9, older: false }
		]);
	});

	it('the events stored depend on the set of snapshots, not on the order they came in', async () => {
		const forward = lltpLife('S-ORDER-F');
		const backward = lltpLife('S-ORDER-B').reverse();
		for (const s of forward) await send([s]);
		for (const s of backward) await send([s]);
		const facts = async (code: string) =>
			await rows<Record<string, unknown>>(
				`SELECT * EXCLUDE (id, dossier, hash, source, batch, arrived_at) , replace(id, $1, '') AS fact FROM events WHERE dossier = $1 ORDER BY fact`,
				[code]
			);
		expect(await facts('S-ORDER-B')).toEqual(await facts('S-ORDER-F'));
		const row = async (code: string) => {
			const { dossier: _, ...rest } = await dossier(code);
			return rest;
		};
		expect(await row('S-ORDER-B')).toEqual(await row('S-ORDER-F'));
		// In one request too: the later snapshot is chosen whatever its place in the array.
		const r = await send(lltpLife('S-ORDER-1').reverse());
		expect(r.records.map((x) => x.status)).toEqual(['accepted', 'older', 'older', 'older', 'older', 'older']);
		expect(await row('S-ORDER-1')).toEqual(await row('S-ORDER-F'));
	});

	it('a correction of a fact already received is a conflict: reported, kept for review, not applied', async () => {
		const s = khaiSinh('S-FIX');
		await send([s]);
		// Same latest date, another appointment: the reception already received said 9 July.
		const r = await send([hoSo(s, { NgayHenTra: '20260710170000' })]);
		expect(r).toMatchObject({
			error_code: '-1',
			conflicts: 1,
			message: expect.stringContaining('1 hồ sơ có dữ liệu khác với bản đã nhận')
		});
		expect(r.records[0]).toMatchObject({ status: 'conflict', code: 'conflict', events_added: 0 });
		expect(r.records[0].reason).toMatch(/changes facts already received, not applied .*: S-FIX~received/);
		expect((await dossier('S-FIX')).due).toEqual(new Date('2026-07-09T17:00:00+07:00'));
		expect(await count(`quarantine WHERE kind = 'events' AND record_id = 'S-FIX~received' AND code = 'conflict'`)).toBe(1);
		expect(await count(`dvcqg_snapshots WHERE ma_ho_so = 'S-FIX'`)).toBe(2);
	});
});

describe("a dossier's whole life as six snapshots equals the same life as native events", () => {
	const NOW = new Date('2026-11-23T12:00:00+07:00');
	let portal: Store;
	let native: Store;
	let reports: DvcqgReport[];
	beforeAll(async () => {
		[portal, native] = await Promise.all([openTestStore(), openTestStore()]);
		reports = [];
		for (const s of lltpLife('000.26.01.T01-260706-0001')) reports.push(await ingestDvcqgRecords(portal, [s], { source: 'T01' }));
		const n = await ingestRecords(native, 'events', lltpNative('000.26.01.T01-260706-0001'), {
			source: 'native',
			deriveEvery: 1
		});
		expect(n.rejected).toBe(0);
	});
	afterAll(async () => {
		await Promise.all([portal.close(), native.close()]);
	});

	it('every snapshot is accepted and adds events', () => {
		expect(reports.map((r) => [r.error_code, r.records[0].status])).toEqual(Array(6).fill(['0', 'accepted']));
		// 1: sync; 2: reception, digitised, step, paid, sync; 3: step, sync; 4: request, sync; 5: answer, step,
		// completed, sync; 6: returned, sync.
		expect(reports.map((r) => r.events_added)).toEqual([1, 5, 2, 2, 4, 2]);
	});

	it('the same dossiers row (all but the number of events: the portal syncs six times)', async () => {
		const sql = `SELECT * EXCLUDE (n_events) FROM dossiers`;
		const [p, n] = [await portal.all(sql), await native.all(sql)];
		expect(p).toHaveLength(1);
		expect(p).toEqual(n);
		expect(p[0]).toMatchObject({ status: 'returned', components_digitised: 2, n_components: 2, n_from_data: 1, vneid: true });
		const comp = `SELECT * FROM dossier_components ORDER BY code`;
		expect(await portal.all(comp)).toEqual(await native.all(comp));
	});

	it('the same scores, metric by metric, for the province and the agency', async () => {
		for (const unit of ['T01', 'T01.A01']) {
			const [p, n] = await Promise.all([
				scorecard(portal, unit, { period: '2026-07', now: NOW }),
				scorecard(native, unit, { period: '2026-07', now: NOW })
			]);
			const metrics = (s: typeof p) =>
				s.groups.flatMap((g) => g.metrics.map((m) => ({ code: m.code, num: m.num, den: m.den, score: m.score })));
			expect(metrics(p)).toEqual(metrics(n));
			expect(p.total).toBe(n.total);
			// Not vacuous: one dossier, synced, on time (E − pause = 16 July 16:30 − 2 d 0 h 30 ≤ 20 July 17:00),
			// online, paid on the portal, e-result, every component digitised, population data (VNeID).
			const m = new Map(metrics(p).map((x) => [x.code, x]));
			for (const code of [
				'DOSSIER_SYNC',
				'ON_TIME',
				'ONLINE_DOSSIERS',
				'PAY_DOSSIERS',
				'ORIGINAL_RESULT_AVAILABLE',
				'SO_HOA_GIAY_TO_GIAI_QUYET',
				'CITIZEN_DATA_CONNECTED_DOSSIER'
			])
				expect(m.get(code), code).toMatchObject({ num: 1, den: 1 });
		}
	});
});

describe('processing steps: kept, shown in the dossier, counted by official', () => {
	const asOf = '2026-07-31';
	const viewer = (units: string[]): Viewer => ({ ...NATIONAL, id: 'v', units });
	const nam = { NguoiXuLy: 'Hoàng Văn Nam', ChucDanh: 'Công chức Tư pháp - Hộ tịch', PhongBanXuLy: 'Bộ phận Tư pháp - Hộ tịch' };
	// A store of its own: the counts below are of these dossiers only.
	let store: Store;
	const rows = <T = Record<string, unknown>>(sql: string) => store.all<T>(sql);

	beforeAll(async () => {
		store = await openTestStore();
		const r = await ingestDvcqgRecords(
			store,
			[
				...lltpLife('P-LLTP').slice(-1),
				// Open since 20 July, due 23 July 17:00: overdue at 31 July. Nam holds it since 09:00 (step due 22 July).
				hoSo(khaiSinh('P-OVERDUE'), {
					TrangThaiHoSo: '4',
					NgayNopHoSo: '20260720074500',
					NgayTiepNhan: '20260720080000',
					NgayHenTra: '20260723170000',
					QuaTrinhXuLy: [
						{ NguoiXuLy: 'Vũ Thị Hằng', PhongBanXuLy: 'Bộ phận Một cửa', ThoiDiemXuLy: '20260720080000' },
						{ ...nam, NgayBatDau: '20260720090000', NgayKetThucTheoQuyDinh: '20260722170000' }
					]
				}),
				// Open, due Monday 3 August 10:00, within 8 office hours of T: due soon.
				hoSo(khaiSinh('P-SOON'), {
					TrangThaiHoSo: '4',
					NgayNopHoSo: '20260730074500',
					NgayTiepNhan: '20260730080000',
					NgayHenTra: '20260803100000',
					QuaTrinhXuLy: [{ ...nam, NgayBatDau: '20260730090000', NgayKetThucTheoQuyDinh: '20260803100000' }]
				}),
				// Finished 17 July 10:00, due 15 July 17:00: late. Nam held it from 13 July 09:00 to the end.
				hoSo(khaiSinh('P-LATE'), {
					TrangThaiHoSo: '9',
					NgayNopHoSo: '20260713074500',
					NgayTiepNhan: '20260713080000',
					NgayHenTra: '20260715170000',
					NgayKetThucXuLy: '20260717100000',
					QuaTrinhXuLy: [{ ...nam, NgayBatDau: '20260713090000', NgayKetThucTheoQuyDinh: '20260715120000' }]
				})
			],
			{ source: 'T01' }
		);
		expect(r.error_code).toBe('0');
	});
	afterAll(async () => {
		await store.close();
	});

	it('the steps of the latest snapshot, each from its start to the next start or the end', async () => {
		expect(
			await rows(
				`SELECT seq, officer, title, department, action, started_at, ended_at, due_at FROM dossier_steps WHERE dossier = 'P-LLTP' ORDER BY seq`
			)
		).toEqual([
			{
				seq: 1,
				officer: 'Nguyễn Thị Hoa',
				title: 'Công chức Bộ phận Một cửa',
				department: 'Bộ phận Một cửa',
				action: 'Tiếp nhận hồ sơ',
				started_at: new Date('2026-07-06T08:15:00+07:00'),
				ended_at: new Date('2026-07-06T14:00:00+07:00'),
				due_at: null
			},
			{
				seq: 2,
				officer: 'Trần Văn Minh',
				title: 'Chuyên viên',
				department: 'Phòng Hành chính tư pháp',
				action: 'Thẩm định hồ sơ',
				started_at: new Date('2026-07-06T14:00:00+07:00'),
				ended_at: new Date('2026-07-15T08:00:00+07:00'),
				due_at: new Date('2026-07-10T17:00:00+07:00')
			},
			// The last step lasts until processing ended (NgayKetThucXuLy).
			{
				seq: 3,
				officer: 'Phạm Thị Lan',
				title: 'Phó Trưởng phòng',
				department: 'Phòng Hành chính tư pháp',
				action: 'Duyệt, trình ký kết quả',
				started_at: new Date('2026-07-15T08:00:00+07:00'),
				ended_at: new Date('2026-07-16T16:30:00+07:00'),
				due_at: new Date('2026-07-16T17:00:00+07:00')
			}
		]);
	});

	it('the dossier shows each official and the step where time was lost', async () => {
		const d = (await getDossier(store, NATIONAL, 'P-LLTP', asOf))!;
		expect(d.holders.map((h) => [h.officer, h.department])).toEqual([
			[null, null],
			['Nguyễn Thị Hoa', 'Bộ phận Một cửa'],
			['Trần Văn Minh', 'Phòng Hành chính tư pháp'],
			['Phạm Thị Lan', 'Phòng Hành chính tư pháp']
		]);
		// Minh: 6 July 14:00 → 15 July 08:00 = 8 d 18 h, past its own limit (10 July 17:00); the longest.
		expect(d.steps.map((s) => [s.officer, s.ms / 3_600_000, s.over_due, s.longest])).toEqual([
			['Nguyễn Thị Hoa', 5.75, false, false],
			['Trần Văn Minh', 8 * 24 + 18, true, true],
			['Phạm Thị Lan', 32.5, false, false]
		]);
		const open = (await getDossier(store, NATIONAL, 'P-OVERDUE', asOf))!;
		expect(open.dossier).toMatchObject({ officer: 'Hoàng Văn Nam', department: 'Bộ phận Tư pháp - Hộ tịch' });
		expect(open.steps.at(-1)).toMatchObject({ officer: 'Hoàng Văn Nam', to: null, over_due: true, longest: true });
		expect(await getDossier(store, viewer(['T31']), 'P-OVERDUE', asOf)).toBeUndefined();
	});

	it('officials: an overdue dossier counts under the official holding it, with the time their steps took', async () => {
		const r = await officials(store, NATIONAL, { unit: 'T01.X001', period: '2026-07', asOf });
		const row = r.officials.find((o) => o.officer === 'Hoàng Văn Nam')!;
		// Steps (T = 31 July 23:59:59.999): P-OVERDUE 20 July 09:00 → T = 11.625 d; P-SOON 30 July 09:00 → T = 1.625 d;
		// P-LATE 13 July 09:00 → 17 July 10:00 = 4.0417 d. Sum 17.29, 5.76 on average; two past their limits.
		expect(row).toEqual({
			officer: 'Hoàng Văn Nam',
			department: 'Bộ phận Tư pháp - Hộ tịch',
			open: 2,
			in_time: 1,
			overdue: 1,
			due_soon: 1,
			late: 1,
			finished: 1,
			steps: 3,
			step_days: 17.29,
			avg_step_days: 5.76,
			steps_over_due: 2
		});
		expect(r.officials[0].officer).toBe('Hoàng Văn Nam');
		expect(r.departments.find((d) => d.department === 'Bộ phận Tư pháp - Hộ tịch')).toMatchObject({
			overdue: 1,
			late: 1,
			steps: 3
		});
		// Each count is the length of the explorer's list behind its link.
		for (const status of ['overdue', 'in_time', 'due_soon', 'late'] as const) {
			const list = await listDossiers(
				store,
				NATIONAL,
				{ unit: 'T01.X001', officer: row.officer, department: row.department, status, period: '2026-07', asOf },
				{ by: 'received', dir: 'desc' },
				1,
				25
			);
			expect(list.total, status).toBe(row[status]);
		}
	});

	it('officials of a province include its agencies; time per step is summed by department too', async () => {
		const r = await officials(store, NATIONAL, { unit: 'T01', period: '2026-07', asOf });
		expect(r.officials.find((o) => o.officer === 'Trần Văn Minh')).toMatchObject({
			open: 0,
			finished: 0,
			steps: 1,
			step_days: 8.75,
			steps_over_due: 1
		});
		// Phòng Hành chính tư pháp: Minh 8.75 d + Lan 1 d 8 h 30 (1.354 d) = 10.10 d; the dossier, finished on time.
		expect(r.departments.find((d) => d.department === 'Phòng Hành chính tư pháp')).toMatchObject({
			finished: 1,
			late: 0,
			steps: 2,
			step_days: 10.1,
			steps_over_due: 1
		});
	});

	it('through the viewer scope: another province is a unit that does not exist', async () => {
		const own = await officials(store, viewer(['T01.X001']), { unit: 'T01.X001', period: '2026-07', asOf });
		expect(own.officials.map((o) => o.officer).sort()).toEqual(['Hoàng Văn Nam', 'Vũ Thị Hằng']);
		for (const [units, unit] of [
			[['T31'], 'T01.X001'],
			[['T01.X001'], 'T01']
		] as const)
			await expect(officials(store, viewer([...units]), { unit, period: '2026-07', asOf })).rejects.toMatchObject({
				status: 404,
				param: 'unit'
			});
		await expect(officials(store, NATIONAL, { unit: null })).rejects.toBeInstanceOf(InputError);
	});
});

describe('over HTTP, through the real server', () => {
	let server: Server;
	let token: string;
	let haiPhongToken: string;
	let leader: Client;
	beforeAll(async () => {
		const s = await openTestStore();
		const file = s.file;
		await s.close();
		token = await createTestFeedToken(file, { source: 'hanoi-igate' });
		haiPhongToken = await createTestFeedToken(file, { source: 'haiphong-igate', units: ['T31'] });
		await createTestAccounts(file);
		server = await startServer(file);
		leader = await signedIn(server.url, 'lanhdao');
	});
	afterAll(async () => {
		await server.stop();
	});

	const post = async (body: string | Buffer, headers: Record<string, string> = {}, bearer = token) => {
		const r = await fetch(`${server.url}/api/v1/dvcqg/hoso`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}`, ...headers },
			body: body as BodyInit
		});
		return { status: r.status, body: await r.json() };
	};

	it('needs a feed token; a token bound to Hải Phòng may not send for Hà Nội (rejected, quarantined, the rest kept)', async () => {
		const none = await fetch(`${server.url}/api/v1/dvcqg/hoso`, { method: 'POST', body: JSON.stringify(khaiSinh('S-0')) });
		expect(none.status).toBe(401);
		const hp = hoSo(khaiSinh('S-HP'), { DonViXuLy: 'T31.X001' });
		const { status, body } = await post(JSON.stringify([khaiSinh('S-HN'), hp]), {}, haiPhongToken);
		expect(status).toBe(200);
		expect(body).toMatchObject({
			error_code: '-1',
			accepted: 1,
			rejected: 1,
			records: [
				{ index: 0, MaHoSo: 'S-HN', status: 'rejected', code: 'out_of_scope' },
				{ index: 1, MaHoSo: 'S-HP', status: 'accepted' }
			]
		});
		expect(body.errors[0].reason).toContain('outside the units this feed source (haiphong-igate) may send for');
		const q = await (await leader.fetch('/api/v1/quarantine?kind=dvcqg&code=out_of_scope')).json();
		expect(q.records).toMatchObject([{ id: 'S-HN', source: 'haiphong-igate', code: 'out_of_scope' }]);
	});

	it('a JSON array with a bad record in the middle: the portal-style answer and a report per record', async () => {
		const life = lltpLife('H-1');
		const bad = hoSo(khaiSinh('H-BAD'), { TrangThaiHoSo: '12' });
		const { status, body } = await post(JSON.stringify([life[1], bad, khaiSinh('H-2')]));
		expect(status).toBe(200);
		expect(body).toMatchObject({
			error_code: '-1',
			message: '1/3 hồ sơ bị từ chối (xem errors)',
			kind: 'dvcqg',
			received: 3,
			accepted: 2,
			rejected: 1,
			records: [
				{ index: 0, MaHoSo: 'H-1', status: 'accepted', events_added: 5 },
				{ index: 1, MaHoSo: 'H-BAD', status: 'rejected', code: 'bad_value' },
				{ index: 2, MaHoSo: 'H-2', status: 'accepted', events_added: 4 }
			],
			errors: [{ line: 2, index: 1, id: 'H-BAD', code: 'bad_value' }]
		});
		const q = await (await leader.fetch('/api/v1/quarantine?kind=dvcqg&code=bad_value')).json();
		expect(q.records).toMatchObject([{ line: 2, id: 'H-BAD', source: 'hanoi-igate', code: 'bad_value' }]);
	});

	it('one record, NDJSON, gzip; the same record again is a success that changes nothing', async () => {
		const life = lltpLife('H-1');
		expect((await post(JSON.stringify(life[2]))).body).toMatchObject({
			error_code: '0',
			message: 'Thành công',
			records: [{ status: 'accepted' }]
		});
		const nd = life
			.slice(3)
			.map((x) => JSON.stringify(x))
			.join('\n');
		const { body } = await post(zlib.gzipSync(nd), { 'content-type': 'application/x-ndjson' });
		// Three snapshots in one request: the latest is taken, the two before it count only as syncs.
		expect(body).toMatchObject({
			error_code: '0',
			accepted: 1,
			older: 2,
			records: [
				{ line: 1, status: 'older' },
				{ line: 2, status: 'older' },
				{ line: 3, status: 'accepted' }
			]
		});
		expect((await post(JSON.stringify(life[2]))).body).toMatchObject({ error_code: '0', duplicates: 1, events_added: 0 });
	});

	it('a body that is not JSON at all is a 400', async () => {
		const r = await post('MaHoSo=H-3&TrangThaiHoSo=2');
		expect(r.status).toBe(400);
		expect(r.body).toMatchObject({ error_code: '-1', error: expect.stringMatching(/neither JSON nor NDJSON/) });
		expect((await post('[{"MaHoSo": "H-4",')).status).toBe(400);
	});

	it('GET /api/v1/officials lists who holds the dossiers', async () => {
		for (let i = 0; i < 100; i++) {
			if ((await (await fetch(`${server.url}/api/v1/health`)).json()).dirty === 0) break;
			await new Promise((r) => setTimeout(r, 50));
		}
		expect((await fetch(`${server.url}/api/v1/officials?unit=T01&period=2026-07`)).status).toBe(401);
		const r = await leader.fetch('/api/v1/officials?unit=T01&period=2026-07&asOf=2026-07-31');
		expect(r.status).toBe(200);
		const body = await r.json();
		expect(body.unit).toEqual({ code: 'T01', name: 'Hà Nội', kind: 'province' });
		expect(body.period.key).toBe('2026-07');
		expect(body.officials.find((o: { officer: string }) => o.officer === 'Phạm Thị Lan')).toMatchObject({ finished: 1, late: 0 });
		expect((await leader.fetch('/api/v1/officials?period=2026-07')).status).toBe(400);
		expect((await leader.fetch('/api/v1/officials?unit=NOPE')).status).toBe(404);
		// A manager of Hải Phòng sees none of Hà Nội's officials.
		const hp = await signedIn(server.url, 'haiphong');
		expect((await hp.fetch('/api/v1/officials?unit=T01&period=2026-07')).status).toBe(404);
	});
});

describe('file import', () => {
	it('npm run ingest -- hoso-….json: a JSON array, a report per record, exit code 2 when one was rejected', () => {
		const d = fs.mkdtempSync(path.join(path.dirname(tmpDbPath('cli')), 'dvcqg-'));
		fs.writeFileSync(path.join(d, 'agencies.ndjson'), AGENCIES.map((a) => JSON.stringify(a)).join('\n'));
		fs.writeFileSync(path.join(d, 'procedures.ndjson'), PROCEDURES.map((p) => JSON.stringify(p)).join('\n'));
		const records = [...lltpLife('F-1'), hoSo(khaiSinh('F-2'), { NgayTiepNhan: '20260706 081500' })];
		fs.writeFileSync(path.join(d, 'hoso-2026-07.json'), JSON.stringify(records, null, 2));
		fs.writeFileSync(path.join(d, 'tu-igate.ndjson'), JSON.stringify(khaiSinh('F-3')));
		let out = '';
		let code = 0;
		try {
			out = execFileSync('npx', ['tsx', 'scripts/ingest.ts', d, '--db', path.join(d, 'cli.duckdb')], {
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'pipe']
			});
		} catch (e) {
			const err = e as { status: number; stdout: string };
			code = err.status;
			out = err.stdout;
		}
		expect(code).toBe(2);
		// The six snapshots of F-1 in one file: the latest is taken, the five before it only count as syncs.
		expect(out).toMatch(/hoso-2026-07\.json: 7 bản ghi · 1 nhận · 0 trùng · 5 cũ hơn bản mới nhất · 0 mâu thuẫn · 1 bị từ chối/);
		expect(out).toMatch(/dòng 7 \(F-2\): bad date in "NgayTiepNhan": "20260706 081500"/);
		// Not named as portal records: read as native events, which a portal record is not.
		expect(out).toMatch(/tu-igate\.ndjson: 1 bản ghi · 0 nhận/);
	}, 60_000);
});
