import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Store } from '../../src/lib/server/store/db';
import {
	listDossiers,
	getDossier,
	dossierCsv,
	parseDossierQuery,
	DOSSIER_CSV_COLUMNS,
	type DossierFilter,
	type DossierSort
} from '../../src/lib/server/read/dossiers';
import { unitContext, unitChoices, unitsNamed } from '../../src/lib/server/read/filters';
import { NATIONAL, type Viewer } from '../../src/lib/server/read/scope';
import { InputError } from '../../src/lib/server/index/service';
import { openGoldenStore } from '../fixtures/golden';
import { csvLine } from '../../src/lib/server/csv';

/**
 * The dossier list and drawer over the hand-worked golden world (tests/fixtures/golden.ts; why each dossier is on
 * time, late, overdue or in time in July 2026 is worked out in index-golden.test.ts). Times are Vietnam time.
 */
let store: Store;
beforeAll(async () => {
	store = await openGoldenStore();
});
afterAll(async () => {
	await store.close();
});

const HAI_PHONG: Viewer = {
	id: 't31',
	name: 'Hải Phòng',
	role: 'province_leader',
	units: ['T31'],
	personal: false,
	export: true
};
const NO_PERSONAL: Viewer = { ...NATIONAL, id: 'analyst', personal: false };
const BY_RECEIVED: DossierSort = { by: 'received', dir: 'asc' };

async function list(filter: DossierFilter, viewer: Viewer = NATIONAL, sort: DossierSort = BY_RECEIVED, page = 1, size = 100) {
	return listDossiers(store, viewer, { period: '2026-07', ...filter }, sort, page, size);
}
async function codes(filter: DossierFilter, viewer: Viewer = NATIONAL): Promise<string[]> {
	return (await list(filter, viewer)).rows.map((r) => r.dossier).sort();
}

describe('dossier list: status at the evaluation time', () => {
	it('July 2026, evaluated at 1 August 00:00: each status returns exactly its dossiers', async () => {
		expect(await codes({ status: 'late' })).toEqual(['G2', 'G4b', 'G5', 'G8b']);
		expect(await codes({ status: 'overdue' })).toEqual(['G7']);
		expect(await codes({ status: 'in_time' })).toEqual(['G10', 'G6']);
		expect(await codes({ status: 'on_time' })).toEqual(['G1', 'G3', 'G4', 'G8', 'G9']);
		// Due on 4 and 5 August, beyond 8 working hours after Saturday 1 August 00:00 (Monday 17:00).
		expect(await codes({ status: 'due_soon' })).toEqual([]);
		const all = await list({});
		expect(all.total).toBe(12);
		expect(all.window.T.toISOString()).toBe('2026-07-31T17:00:00.000Z');
	});

	it('the row carries the status, the due in force and the days late', async () => {
		const { rows } = await list({ q: 'G7' });
		expect(rows).toHaveLength(1);
		// Due 22 July 17:00, open at 1 August 00:00: 9 days 7 hours late.
		expect(rows[0]).toMatchObject({ dossier: 'G7', timeliness: 'overdue', due_soon: false, end_at: null, state: 'processing' });
		expect(rows[0].days_late).toBe(9.2917);
		expect(rows[0].agency_name).toBe('Phường Ba Đình');
		expect(rows[0].procedure_name).toBe('Cấp Phiếu lý lịch tư pháp số 1');
	});

	it('as of 20 July 12:00: only dossiers received by then, each judged at that time', async () => {
		const asOf = '2026-07-20T12:00:00+07:00';
		expect(await codes({ asOf, status: 'late' })).toEqual(['G2', 'G4b', 'G5']);
		// G7 is due on 22 July; G8 and G8b have until the end of 23 July (legal limit).
		expect(await codes({ asOf, status: 'in_time' })).toEqual(['G7', 'G8', 'G8b']);
		expect(await codes({ asOf, status: 'on_time' })).toEqual(['G1', 'G3', 'G4', 'G9']);
		expect(await codes({ asOf, status: 'overdue' })).toEqual([]);
	});

	it('as of 22 July 09:00 G7 (due 17:00 that day) is due soon: within 8 working hours', async () => {
		const asOf = '2026-07-22T09:00:00+07:00';
		expect(await codes({ asOf, status: 'due_soon' })).toEqual(['G7']);
		const g7 = (await list({ asOf, q: 'G7' })).rows[0];
		expect(g7).toMatchObject({ timeliness: 'in_time', due_soon: true, days_late: null });
	});

	it('as of 4 July 12:00 G9 counts against its new due (8 July): in time, and G2 is overdue', async () => {
		const asOf = '2026-07-04T12:00:00+07:00';
		expect(await codes({ asOf, status: 'in_time' })).toEqual(['G9']);
		expect(await codes({ asOf, status: 'overdue' })).toEqual(['G2']);
	});

	it('at any time, the statuses split the dossiers received by then: each in exactly one', async () => {
		for (const asOf of [
			'2026-07-01T12:00',
			'2026-07-03T18:00',
			'2026-07-14T09:00',
			'2026-07-16T09:00',
			'2026-07-23T12:00',
			'2026-07-31'
		]) {
			const all = await codes({ asOf });
			const parts = await Promise.all(
				(['on_time', 'late', 'in_time', 'overdue'] as const).map((status) => codes({ asOf, status }))
			);
			expect(parts.flat().sort(), asOf).toEqual(all);
			// Due soon is a part of in time.
			const soon = await codes({ asOf, status: 'due_soon' });
			expect(
				soon.every((c) => parts[2].includes(c)),
				asOf
			).toBe(true);
		}
	});
});

describe('dossier list: sorting and paging', () => {
	it('sort by days late, descending: the latest first', async () => {
		const { rows } = await list({ status: 'late' }, NATIONAL, { by: 'days_late', dir: 'desc' });
		// G2 2 d 16 h (finished 6 July 09:00, due 3 July 17:00); G4b 15 h (request 16 July 08:00, due 15 July 17:00);
		// G8b 9 h (finished 24 July 09:00, legal due end of 23 July); G5 is late by its two requests, not by time:
		// it has no number of days and comes last either way.
		expect(rows.map((r) => r.dossier)).toEqual(['G2', 'G4b', 'G8b', 'G5']);
		expect(rows.map((r) => r.days_late)).toEqual([2.6667, 0.625, 0.375, null]);
		const asc = await list({ status: 'late' }, NATIONAL, { by: 'days_late', dir: 'asc' });
		expect(asc.rows.map((r) => r.dossier)).toEqual(['G8b', 'G4b', 'G2', 'G5']);
	});

	it('sort by due puts the rescheduled due in force, not the first one', async () => {
		const { rows } = await list({ q: 'G9' }, NATIONAL, { by: 'due', dir: 'asc' });
		expect(rows[0].due?.toISOString()).toBe('2026-07-08T10:00:00.000Z');
		expect(rows[0].due_initial?.toISOString()).toBe('2026-07-03T10:00:00.000Z');
		expect(rows[0]).toMatchObject({ rescheduled: 1, rescheduled_apology: true });
	});

	it('pages of 5: the total on every page, pages in order, nothing lost or repeated', async () => {
		const all = (await list({}, NATIONAL, BY_RECEIVED, 1, 100)).rows.map((r) => r.dossier);
		const pages = await Promise.all([1, 2, 3, 4].map((p) => list({}, NATIONAL, BY_RECEIVED, p, 5)));
		expect(pages.map((p) => p.total)).toEqual([12, 12, 12, 12]);
		expect(pages.map((p) => p.rows.length)).toEqual([5, 5, 2, 0]);
		expect(pages.flatMap((p) => p.rows.map((r) => r.dossier))).toEqual(all);
		// Same reception time: by code.
		expect(all.slice(0, 3)).toEqual(['G1', 'G2', 'G9']);
	});

	it('parses the URL, rejecting what it does not know by name', () => {
		const q = parseDossierQuery(new URLSearchParams('status=late&sort=days_late&dir=desc&size=25&page=2&apology=1'));
		expect(q).toMatchObject({
			filter: { status: 'late', apology: true },
			sort: { by: 'days_late', dir: 'desc' },
			page: 2,
			size: 25
		});
		for (const [qs, param] of [
			['status=soon', 'status'],
			['sort=name', 'sort'],
			['size=7', 'size'],
			['page=0', 'page'],
			['reuse=some', 'reuse'],
			['channel=fax', 'channel']
		]) {
			try {
				parseDossierQuery(new URLSearchParams(qs));
				expect.unreachable(qs);
			} catch (e) {
				expect(e).toBeInstanceOf(InputError);
				expect((e as InputError).param).toBe(param);
				expect((e as InputError).status).toBe(400);
			}
		}
	});

	it('a bad period or as-of is an InputError naming it', async () => {
		await expect(list({ period: '2026-13' })).rejects.toMatchObject({ param: 'period', status: 400 });
		await expect(list({ asOf: 'yesterday' })).rejects.toMatchObject({ param: 'asOf', status: 400 });
	});
});

describe('dossier list: the other filters', () => {
	it('rescheduled, and rescheduled with a letter of apology: G9', async () => {
		expect(await codes({ apology: true })).toEqual(['G9']);
		expect(await codes({ rescheduled: true })).toEqual(['G9']);
	});

	it('reuse of data: G1 (database, VNeID) and G6 (reused, personal store); no re-requested documents', async () => {
		expect(await codes({ reuse: 'data' })).toEqual(['G1', 'G6']);
		expect(await codes({ reuse: 'none' })).toHaveLength(10);
		expect(await codes({ reuse: 'violation' })).toEqual([]);
	});

	it('channel, procedure, officer, department and code prefix', async () => {
		expect(await codes({ channel: 'online' })).toEqual(['G1', 'G10', 'G3', 'G6', 'G9']);
		expect(await codes({ procedure: '2.001417' })).toEqual(['G2', 'G5', 'G7']);
		// G9 was assigned on 2 July: the official holding it now is the one it was assigned to.
		expect(await codes({ officer: 'Phạm Minh Đức' })).toEqual(['G9']);
		expect(await codes({ officer: 'Lê Thị Hoa' })).toEqual([]);
		expect(await codes({ department: 'Tư pháp - Hộ tịch' })).toEqual(['G9']);
		expect(await codes({ q: 'G4' })).toEqual(['G4', 'G4b']);
		expect(await codes({ q: 'g4b' })).toEqual(['G4b']);
	});

	it('a unit includes its descendants; a former unit shows the dossiers it received', async () => {
		expect(await codes({ unit: 'T01' })).toHaveLength(12);
		expect(await codes({ unit: 'T01.X001' })).toHaveLength(12);
		expect(await codes({ unit: 'T01.X002' })).toEqual([]);
		const period = '2025-06-15..2025-07-15';
		expect(await codes({ period, unit: 'T31' })).toEqual(['M1', 'M2']);
		expect(await codes({ period, unit: 'T31.X001' })).toEqual(['M1', 'M2']);
		// Hải Dương's commune, merged into T31.X001 on 1 July 2025.
		expect(await codes({ period, unit: 'H30.X0001' })).toEqual(['M1']);
		expect(await codes({ period, unit: 'H30' })).toEqual(['M1']);
		const m1 = (await list({ period, q: 'M1' })).rows[0];
		expect(m1).toMatchObject({ agency: 'H30.X0001', agency_name: 'Xã Thanh Hà', unit: 'T31.X001', unit_name: 'Xã An Lão' });
	});

	it('an unknown unit is a 404 InputError', async () => {
		await expect(list({ unit: 'T99' })).rejects.toMatchObject({ param: 'unit', status: 404 });
	});
});

describe('dossier list: the viewer', () => {
	it("a viewer of Hải Phòng sees none of Hà Nội's dossiers: unit T01 is a 404, the list without it is empty", async () => {
		await expect(list({ unit: 'T01' }, HAI_PHONG)).rejects.toBeInstanceOf(InputError);
		await expect(list({ unit: 'T01' }, HAI_PHONG)).rejects.toMatchObject({ param: 'unit', status: 404 });
		const july = await list({}, HAI_PHONG);
		expect(july.total).toBe(0);
		expect(july.rows).toEqual([]);
	});

	it('personal data is masked unless the viewer may see it', async () => {
		const period = '2025-06-15..2025-07-15';
		const masked = await list({ period, q: 'M2' }, HAI_PHONG);
		expect(masked.rows[0].applicant_name).toBe('Nguyễn T. L.');
		const clear = await list({ period, q: 'M2' });
		expect(clear.rows[0].applicant_name).toBe('Nguyễn Thị Lan');
	});

	it('the unit picker offers what the viewer may see; a unit outside it is a 404', async () => {
		const mine = await unitChoices(store, HAI_PHONG, null);
		expect(mine.map((u) => u.code)).toEqual(['T31', 'T31.X001']);
		await expect(unitContext(store, HAI_PHONG, 'T01')).rejects.toMatchObject({ status: 404 });
		const ctx = await unitContext(store, NATIONAL, 'H30.X0001');
		expect(ctx).toMatchObject({ current: false, successor: { code: 'T31.X001', name: 'Xã An Lão' } });
		expect(ctx.path.map((u) => u.code)).toEqual(['H30', 'H30.X0001']);
		expect((await unitContext(store, NATIONAL, 'T01.X001')).path.map((u) => u.code)).toEqual(['T01', 'T01.X001']);
		// A name typed without accents finds the unit, within the viewer's scope only.
		expect((await unitsNamed(store, NATIONAL, 'phuong ba dinh')).map((u) => u.code)).toEqual(['T01.X001']);
		expect(await unitsNamed(store, HAI_PHONG, 'Phường Ba Đình')).toEqual([]);
	});
});

describe('one dossier', () => {
	it('G9: who held it when, and how its due date moved (rescheduled with an apology)', async () => {
		const d = await getDossier(store, NATIONAL, 'G9', '2026-07-31');
		expect(d).toBeDefined();
		expect(d!.timeliness.status).toBe('on_time');
		expect(d!.timeliness.due?.toISOString()).toBe('2026-07-08T10:00:00.000Z');
		expect(d!.holders.map((h) => [h.officer, h.department, h.agency, h.agency_name])).toEqual([
			['Lê Thị Hoa', 'Bộ phận Một cửa', 'T01.X001', 'Phường Ba Đình'],
			['Phạm Minh Đức', 'Tư pháp - Hộ tịch', 'T01.X001', 'Phường Ba Đình']
		]);
		expect(d!.holders[0].from.toISOString()).toBe('2026-07-01T01:00:00.000Z');
		expect(d!.holders[0].to?.toISOString()).toBe('2026-07-02T01:00:00.000Z');
		// Until it was finished on Tuesday 7 July 09:00.
		expect(d!.holders[1].to?.toISOString()).toBe('2026-07-07T02:00:00.000Z');
		// Office hours 07:30–11:30 and 13:00–17:00. Wed 1 July 08:00 → Thu 08:00: 3.5 + 4 + 0.5 = 8 h.
		// Thu 2 July 08:00 → Tue 7 July 09:00: 7.5 (Thu) + 8 (Fri) + 8 (Mon) + 1.5 (Tue) = 25 h.
		expect(d!.holders.map((h) => h.working_ms / 3600_000)).toEqual([8, 25]);
		expect(d!.dues.map((x) => [x.kind, x.set_at.toISOString(), x.due.toISOString(), x.apology])).toEqual([
			['received', '2026-07-01T01:00:00.000Z', '2026-07-03T10:00:00.000Z', null],
			['rescheduled', '2026-07-03T03:00:00.000Z', '2026-07-08T10:00:00.000Z', true]
		]);
		expect(d!.events.map((e) => e.type)).toEqual(['received', 'assigned', 'rescheduled', 'completed', 'synced', 'rated']);
		expect(d!.dossier).toMatchObject({
			rescheduled: 1,
			rescheduled_apology: true,
			rating: 'dissatisfied',
			applicant_name: 'Trần Văn Bình'
		});
	});

	it('judged at the time asked: G9 in time on 4 July; G7 due soon on 22 July, then overdue, its holder still holding it', async () => {
		const g9 = await getDossier(store, NATIONAL, 'G9', '2026-07-04T12:00:00+07:00');
		expect(g9!.timeliness.status).toBe('in_time');
		const soon = await getDossier(store, NATIONAL, 'G7', '2026-07-22T09:00:00+07:00');
		expect(soon!.timeliness).toMatchObject({ status: 'in_time', due_soon: true });
		const g7 = await getDossier(store, NATIONAL, 'G7', '2026-07-31');
		expect(g7!.timeliness.status).toBe('overdue');
		expect(g7!.holders).toHaveLength(1);
		expect(g7!.holders[0].to).toBeNull();
	});

	it('components, with where each came from', async () => {
		const g1 = await getDossier(store, NATIONAL, 'G1');
		expect(g1!.components.map((c) => [c.code, c.name, c.source, c.database, c.from_data, c.rerequested])).toEqual([
			['TP1', 'Tờ khai đăng ký khai sinh', 'upload', null, false, false],
			['TP2', 'Giấy chứng sinh', 'database', 'health', true, false],
			['TP3', 'Căn cước của cha hoặc mẹ', 'vneid', 'population', true, false]
		]);
	});

	it("outside the viewer's scope it does not exist; personal data masked", async () => {
		expect(await getDossier(store, HAI_PHONG, 'G9')).toBeUndefined();
		expect(await getDossier(store, NATIONAL, 'NOPE')).toBeUndefined();
		const masked = await getDossier(store, NO_PERSONAL, 'G9');
		expect(masked!.dossier.applicant_name).toBe('Trần V. B.');
	});
});

/** CSV text back into cells (quoted cells may hold commas, quotes and line ends). */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') ((cell += '"'), i++);
			else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') (row.push(cell), (cell = ''));
		else if (ch === '\r' && text[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
		else cell += ch;
	}
	return rows;
}

describe('CSV rows', () => {
	async function text(viewer: Viewer, filter: DossierFilter, sort = BY_RECEIVED) {
		let out = '';
		for await (const chunk of dossierCsv(store, viewer, filter, sort)) out += chunk;
		return out;
	}
	const collect = async (viewer: Viewer, filter: DossierFilter) => parseCsv(await text(viewer, filter));

	it('are the cells the page shows, written as csvLine writes them, whatever the text in them', async () => {
		// Text a spreadsheet would take for a formula, or that needs quoting, in the columns that carry names (put back
		// afterwards: the other tests read these dossiers).
		const saved = await store.all<{ dossier: string; officer: string | null; department: string | null }>(
			`SELECT dossier, officer, department FROM dossiers WHERE dossier IN ('G2', 'G5')`
		);
		await store.write((c) =>
			c.run(`UPDATE dossiers SET officer = '=HYPERLINK("http://x")', department = ' Phòng "Một cửa", tầng 1; ' WHERE dossier = 'G2';
				UPDATE dossiers SET officer = '-1+1', department = '@SUM(A1)' WHERE dossier = 'G5'`)
		);
		for (const viewer of [NATIONAL, NO_PERSONAL])
			for (const sort of [BY_RECEIVED, { by: 'days_late', dir: 'desc' } as DossierSort]) {
				const { rows } = await list({ period: '2025-01-01..2026-12-31' }, viewer, sort, 1, 1000);
				const expected = rows
					.map((r) =>
						csvLine([
							r.dossier,
							r.agency,
							r.agency_name,
							r.root_name,
							r.procedure,
							r.procedure_name,
							r.channel,
							r.received_at,
							r.due_initial,
							r.due,
							r.rescheduled,
							r.rescheduled_apology,
							r.end_at,
							r.timeliness,
							r.days_late,
							r.state,
							r.officer,
							r.department,
							r.n_from_data,
							r.n_rerequested,
							r.applicant_name
						])
					)
					.join('');
				expect(rows.length).toBeGreaterThan(10);
				expect(await text(viewer, { period: '2025-01-01..2026-12-31' }, sort)).toBe(expected);
			}
		expect(await text(NATIONAL, { period: '2025-01-01..2026-12-31' })).toContain(`'=HYPERLINK(""http://x"")`);
		for (const d of saved)
			await store.write((c) =>
				c.run('UPDATE dossiers SET officer = $1, department = $2 WHERE dossier = $3', [d.officer, d.department, d.dossier])
			);
	});

	it('yields every row of the filter, one column per header, in order', async () => {
		const rows = await collect(NATIONAL, { period: '2026-07' });
		expect(rows).toHaveLength(12);
		expect(rows.every((r) => r.length === DOSSIER_CSV_COLUMNS.length)).toBe(true);
		expect(rows.map((r) => r[0])).toEqual((await list({})).rows.map((r) => r.dossier));
		const late = await collect(NATIONAL, { period: '2026-07', status: 'late' });
		expect(late.map((r) => r[0]).sort()).toEqual(['G2', 'G4b', 'G5', 'G8b']);
	});

	it("masks names for a viewer without personal access, and keeps to the viewer's scope", async () => {
		const rows = await collect(HAI_PHONG, { period: '2025-06-15..2025-07-15' });
		expect(rows.map((r) => r[0])).toEqual(['M1', 'M2']);
		expect(rows[1][DOSSIER_CSV_COLUMNS.indexOf('applicant_name')]).toBe('Nguyễn T. L.');
		expect(await collect(HAI_PHONG, { period: '2026-07' })).toEqual([]);
	});
});
