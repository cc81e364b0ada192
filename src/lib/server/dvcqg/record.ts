/**
 * A HoSoDongBoDVC record (the dossier record that ministries' and provinces' systems push to the national portal),
 * read and checked one at a time. A record is a full snapshot of the dossier; `parseRecord` gives it typed, or the
 * problems that reject it, each naming the field.
 */

export const STATUS_NAMES: Record<number, string> = {
	1: 'new',
	2: 'accepted',
	3: 'not accepted',
	4: 'processing',
	5: 'supplement requested',
	6: 'awaiting payment',
	7: 'withdrawn',
	8: 'stopped',
	9: 'processed',
	10: 'returned'
};

/** Order of statuses along a dossier's life, to tell two snapshots with the same latest date apart. */
const STATUS_RANK: Record<number, number> = { 1: 0, 2: 1, 4: 2, 5: 3, 6: 4, 9: 5, 3: 6, 7: 6, 8: 6, 10: 7 };

const CHANNELS: Record<number, 'in_person' | 'online' | 'postal'> = { 1: 'in_person', 2: 'online', 3: 'postal' };
const APPLICANTS: Record<number, 'citizen' | 'business' | 'agency' | 'other'> = {
	1: 'citizen',
	2: 'business',
	3: 'agency',
	4: 'other'
};

/** Statuses at which the dossier has been accepted (7: only when NgayTiepNhan is given). */
const RECEIVED_STATUSES = new Set([2, 4, 5, 6, 8, 9, 10]);

export interface Problem {
	code: string;
	reason: string;
}

/** A portal date: `yyyyMMddHHmmss`, Vietnam time. */
export interface PortalTime {
	text: string;
	iso: string;
}

export interface Component {
	code: string;
	digitised: boolean;
	reused: boolean;
	fromDatabase: boolean;
}

export interface Supplement {
	requested: PortalTime | null;
	received: PortalTime | null;
	dueBefore: PortalTime | null;
	dueAfter: PortalTime | null;
	reason: string | null;
}

export interface Step {
	seq: number;
	officer: string;
	title: string | null;
	department: string | null;
	action: string | null;
	status: string | null;
	from: PortalTime;
	to: PortalTime | null;
	due: PortalTime | null;
}

export interface Snapshot {
	code: string;
	status: number;
	agency: string;
	procedure: string | null;
	channel: 'in_person' | 'online' | 'postal' | null;
	applicant: 'citizen' | 'business' | 'agency' | 'other' | null;
	submitted: PortalTime | null;
	received: PortalTime | null;
	due: PortalTime | null;
	ended: PortalTime | null;
	returned: PortalTime | null;
	refused: PortalTime | null;
	vneid: boolean | null;
	hasDigitised: boolean | null;
	payment: 'portal' | 'gateway' | null;
	fees: number | null;
	components: Component[];
	supplements: Supplement[];
	resultFile: boolean;
	steps: Step[];
	person: { name: string | null; idNumber: string | null; phone: string | null; email: string | null; summary: string | null };
	/** The latest date of something that happened, and the key that orders snapshots of one dossier. */
	latest: PortalTime;
	progress: number;
	/** Accepted, but the state it shows cannot be mapped whole (said in the answer). */
	warnings: string[];
}

/** What the record's codes must name: units (by code, or by a name only one unit has) and procedures. */
export interface Known {
	unit(value: string): { code: string } | { ambiguous: string[] } | undefined;
	procedure(code: string): boolean;
	/** With a feed token bound to units: whether a unit is within them (undefined: any unit). */
	inScope?(code: string): boolean;
	source?: string;
}

const PORTAL_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;
const MIN_YEAR = 2000;

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Portal systems send "" for a field they have no value for. */
const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const shown = (v: unknown) => JSON.stringify(v)?.slice(0, 60) ?? String(v);

function text(v: unknown): string | null {
	if (blank(v)) return null;
	return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : null;
}

/** The first of several accepted names for a field that has a value. */
function pick(o: Obj, names: readonly string[]): { name: string; value: unknown } | undefined {
	for (const name of names) if (!blank(o[name])) return { name, value: o[name] };
	return undefined;
}

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * Reads the record's fields, collecting every problem. `now` bounds the dates of things that happened (a source
 * clock a day ahead is tolerated, as for native events).
 */
export function parseRecord(raw: unknown, known: Known, now = new Date()): { snapshot: Snapshot } | { problems: Problem[] } {
	if (!isObject(raw)) return { problems: [{ code: 'bad_json', reason: 'a record must be a JSON object {…}' }] };
	const problems: Problem[] = [];
	const fail = (code: string, reason: string) => problems.push({ code, reason });
	const happened: PortalTime[] = [];

	function time(field: string, v: unknown, past: boolean): PortalTime | null {
		if (blank(v)) return null;
		const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
		const m = PORTAL_TIME.exec(s);
		if (!m) {
			fail('bad_timestamp', `bad date in "${field}": ${shown(v)} (expected yyyyMMddHHmmss, Vietnam time, e.g. 20260302081500)`);
			return null;
		}
		const [y, mo, d, h, mi, se] = m.slice(1).map(Number);
		const wrong =
			mo < 1 || mo > 12
				? `month ${mo}`
				: d < 1 || d > daysIn(y, mo)
					? `day ${d} in month ${mo}`
					: h > 23
						? `hour ${h}`
						: mi > 59
							? `minute ${mi}`
							: se > 59
								? `second ${se}`
								: null;
		if (wrong) {
			fail(
				'bad_timestamp',
				`bad date in "${field}": "${s}" is not a real date (${wrong}; expected yyyyMMddHHmmss, Vietnam time)`
			);
			return null;
		}
		const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}+07:00`;
		if (past) {
			const t = new Date(iso).getTime();
			if (y < MIN_YEAR) fail('bad_timestamp', `"${field}" is before ${MIN_YEAR}: "${s}"`);
			else if (t > now.getTime() + 86_400_000)
				fail('bad_timestamp', `"${field}" is in the future: "${s}" (check the source system's clock or time zone)`);
			else happened.push({ text: s, iso });
		}
		return { text: s, iso };
	}

	function code(field: string, v: unknown, allowed: Record<number, unknown>, what: string): number | null {
		if (blank(v)) return null;
		const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
		if (!Number.isInteger(n) || !(n in allowed)) {
			fail('bad_value', `"${field}" must be ${what}; got ${shown(v)}`);
			return null;
		}
		return n;
	}

	function flag(field: string, v: unknown): boolean | null {
		if (v === undefined || v === null) return null;
		if (v === true || v === 1 || (typeof v === 'string' && /^\s*(1|true)\s*$/i.test(v))) return true;
		if (v === false || v === 0 || (typeof v === 'string' && /^\s*(0|false|)\s*$/i.test(v))) return false;
		fail('bad_value', `"${field}" must be 1 or 0 (true or false); got ${shown(v)}`);
		return null;
	}

	const record: Obj = raw;
	function list(field: string): Obj[] {
		const v = record[field];
		if (blank(v)) return [];
		if (!Array.isArray(v) || !v.every(isObject)) {
			fail('bad_value', `"${field}" must be a list of objects {…}; got ${shown(v)}`);
			return [];
		}
		return v;
	}

	// Identity, status, unit, procedure.
	const maHoSo = text(raw.MaHoSo);
	if (!maHoSo) fail('missing_field', 'missing field "MaHoSo"');
	let status: number | null = null;
	if (blank(raw.TrangThaiHoSo)) fail('missing_field', 'missing field "TrangThaiHoSo"');
	else
		status = code(
			'TrangThaiHoSo',
			raw.TrangThaiHoSo,
			STATUS_NAMES,
			`a status code from 1 to 10 (${Object.entries(STATUS_NAMES)
				.map(([k, v]) => `${k} ${v}`)
				.join(', ')})`
		);

	let agency: string | null = null;
	const unitValue = text(raw.DonViXuLy);
	if (!unitValue) fail('missing_field', 'missing field "DonViXuLy" (the unit handling the dossier)');
	else {
		const u = known.unit(unitValue);
		if (!u)
			fail(
				'unknown_agency',
				`unknown unit "${unitValue}" in "DonViXuLy" (send it in the agencies reference first, or send the unit's code)`
			);
		else if ('ambiguous' in u)
			fail('unknown_agency', `"DonViXuLy" "${unitValue}" names several units (${u.ambiguous.join(', ')}): send the unit's code`);
		else if (known.inScope && !known.inScope(u.code))
			fail('out_of_scope', `unit "${u.code}" is outside the units this feed source (${known.source}) may send for`);
		else agency = u.code;
	}

	const received = time('NgayTiepNhan', raw.NgayTiepNhan, true);
	const refused = time('NgayTuChoi', raw.NgayTuChoi, true);
	const ended = time('NgayKetThucXuLy', raw.NgayKetThucXuLy, true);
	const returned = time('NgayTra', raw.NgayTra, true);
	const submitted = time('NgayNopHoSo', raw.NgayNopHoSo, true);
	const due = time('NgayHenTra', raw.NgayHenTra, false);

	const receivedImplied = status != null && (RECEIVED_STATUSES.has(status) || (status === 7 && received != null));
	const needs = (field: string, present: unknown) => {
		if (status != null && blank(present))
			fail('missing_field', `TrangThaiHoSo ${status} (${STATUS_NAMES[status]}) needs "${field}"`);
	};
	if (receivedImplied) needs('NgayTiepNhan', raw.NgayTiepNhan);
	if (status === 3) needs('NgayTuChoi', raw.NgayTuChoi);
	if (status === 7 || status === 8 || status === 9) needs('NgayKetThucXuLy', raw.NgayKetThucXuLy);
	if (status === 10) needs('NgayTra', raw.NgayTra);

	const procedure = text(raw.MaTTHC);
	const channel = code('KenhThucHien', raw.KenhThucHien, CHANNELS, '1 (in person), 2 (online) or 3 (postal)');
	if (receivedImplied || status === 3) {
		needs('MaTTHC', raw.MaTTHC);
		needs('KenhThucHien', raw.KenhThucHien);
	}
	if (procedure && !known.procedure(procedure))
		fail('unknown_procedure', `unknown procedure code "${procedure}" in "MaTTHC" (send it in the procedures reference first)`);
	const applicant = code(
		'LoaiDoiTuong',
		raw.LoaiDoiTuong,
		APPLICANTS,
		'1 (citizen), 2 (business), 3 (state agency) or 4 (other)'
	);

	const vneid = flag('TaiKhoanDuocXacThucVoiVNeID', raw.TaiKhoanDuocXacThucVoiVNeID);
	const hasDigitised = flag('HoSoCoThanhPhanSoHoa', raw.HoSoCoThanhPhanSoHoa);
	const payCode = text(raw.DuocThanhToanTrucTuyen);
	const payment = payCode === '1' ? 'portal' : payCode === '2' ? 'gateway' : null;

	// Submitted documents: one component per code, whatever number of files it came in (deleted files do not count).
	const components = new Map<string, Component>();
	list('TaiLieuNop').forEach((f, i) => {
		const at = `TaiLieuNop[${i}]`;
		const deleted = flag(`${at}.IsDeleted`, f.IsDeleted);
		const c = text(f.MaThanhPhanHoSo);
		const digitised = flag(`${at}.DuocSoHoa`, f.DuocSoHoa);
		const reused = flag(`${at}.DuocTaiSuDung`, f.DuocTaiSuDung);
		const fromDatabase = flag(`${at}.DuocLayTuKhoDMQG`, f.DuocLayTuKhoDMQG);
		if (!c) return fail('missing_field', `${at} has no "MaThanhPhanHoSo" (the component's code)`);
		if (deleted) return;
		const k = components.get(c) ?? { code: c, digitised: false, reused: false, fromDatabase: false };
		k.digitised ||= digitised === true;
		k.reused ||= reused === true;
		k.fromDatabase ||= fromDatabase === true;
		components.set(c, k);
	});

	let fees: number | null = null;
	list('DanhSachLePhi').forEach((f, i) => {
		const g = f.Gia;
		const n = typeof g === 'number' ? g : typeof g === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(g) ? Number(g) : NaN;
		if (blank(g)) return;
		if (!(n >= 0)) return fail('bad_value', `"DanhSachLePhi[${i}].Gia" must be an amount in VND; got ${shown(g)}`);
		fees = (fees ?? 0) + Math.round(n);
	});

	const supplements: Supplement[] = list('DanhSachHoSoBoSung').map((b, i) => {
		const at = `DanhSachHoSoBoSung[${i}]`;
		const s: Supplement = {
			requested: time(`${at}.NgayBoSung`, b.NgayBoSung, true),
			received: time(`${at}.NgayTiepNhanBoSung`, b.NgayTiepNhanBoSung, true),
			dueBefore: time(`${at}.NgayHenTraTruoc`, b.NgayHenTraTruoc, false),
			dueAfter: time(`${at}.NgayHenTraMoi`, b.NgayHenTraMoi, false),
			reason: text(b.NoiDungBoSung)
		};
		// Without a request, an entry is a new appointment: it needs the new date and when it was given.
		if (blank(b.NgayBoSung) && (blank(b.NgayHenTraMoi) || blank(b.NgayTiepNhanBoSung)))
			fail(
				'missing_field',
				`${at} needs "NgayBoSung" (supplement requested), or "NgayHenTraMoi" and "NgayTiepNhanBoSung" (new appointment)`
			);
		return s;
	});
	const firstDate = (s: Supplement) => (s.requested ?? s.received)?.text ?? '';
	supplements.sort((a, b) => firstDate(a).localeCompare(firstDate(b)));

	const resultFile = list('DanhSachGiayToKetQua').some((r) => !blank(r.DuongDanTepTinKetQua));

	const steps = readSteps(list('QuaTrinhXuLy'), time, fail);

	const latest = happened.reduce<PortalTime | null>((a, t) => (!a || t.text > a.text ? t : a), null);
	if (!latest && !problems.length)
		fail('missing_field', 'the record has no date of anything that happened (NgayNopHoSo, NgayTiepNhan, …)');

	const warnings: string[] = [];
	if (status === 5 && !supplements.some((s) => s.requested && !s.received))
		warnings.push(
			'TrangThaiHoSo 5 (supplement requested) without an open request in DanhSachHoSoBoSung: the clock is not paused'
		);

	if (problems.length) return { problems };
	// The last step lasts until the dossier ended, when it has.
	const end = status === 3 ? refused : status === 10 ? (ended ?? returned) : status! >= 7 ? ended : null;
	const last = steps.at(-1);
	if (last && !last.to && end && end.text >= last.from.text) last.to = end;

	return {
		snapshot: {
			code: maHoSo!,
			status: status!,
			agency: agency!,
			procedure,
			channel: channel == null ? null : CHANNELS[channel],
			applicant: applicant == null ? null : APPLICANTS[applicant],
			submitted,
			received: receivedImplied ? received : null,
			due,
			ended,
			returned,
			refused,
			vneid,
			hasDigitised,
			payment,
			fees,
			components: [...components.values()].sort((a, b) => a.code.localeCompare(b.code)),
			supplements,
			resultFile,
			steps,
			person: {
				name: text(raw.ChuHoSo),
				idNumber: text(raw.SoDinhDanh) ?? text(raw.SoGiayToChuHoSo),
				phone: text(raw.SoDienThoai),
				email: text(raw.Email),
				summary: text(raw.TrichYeuHoSo)
			},
			latest: latest!,
			progress: Number(latest!.text) * 100 + STATUS_RANK[status!],
			warnings
		}
	};
}

/** Accepted names of the step fields: the portal's own first, then variants seen in provincial systems. */
export const STEP_FIELDS = {
	officer: ['NguoiXuLy', 'TenCanBoXuLy', 'CanBoXuLy', 'TenNguoiXuLy'],
	title: ['ChucDanh', 'ChucVu'],
	department: ['PhongBanXuLy', 'TenPhongBan', 'PhongBan'],
	action: ['NoiDungXuLy', 'NoiDung'],
	status: ['TrangThai'],
	start: ['NgayBatDau', 'ThoiDiemBatDau', 'TuNgay'],
	end: ['NgayKetThuc', 'ThoiDiemKetThuc', 'DenNgay'],
	at: ['ThoiDiemXuLy'],
	due: ['NgayKetThucTheoQuyDinh', 'HanXuLy']
} as const;

/**
 * QuaTrinhXuLy: who held the dossier, from when to when. A step starts at NgayBatDau (or, without one, at
 * ThoiDiemXuLy) and ends at NgayKetThuc, or at ThoiDiemXuLy when that follows the start (the official acted then),
 * or when the next step starts.
 */
function readSteps(
	items: Obj[],
	time: (field: string, v: unknown, past: boolean) => PortalTime | null,
	fail: (code: string, reason: string) => void
): Step[] {
	const steps: (Step & { i: number })[] = [];
	items.forEach((o, i) => {
		const at = `QuaTrinhXuLy[${i}]`;
		const get = (k: keyof typeof STEP_FIELDS) => pick(o, STEP_FIELDS[k]);
		const when = (k: keyof typeof STEP_FIELDS, past: boolean) => {
			const f = get(k);
			return f ? time(`${at}.${f.name}`, f.value, past) : null;
		};
		const start = when('start', true);
		const acted = when('at', true);
		const end = when('end', true);
		const due = when('due', false);
		const officer = text(get('officer')?.value);
		const from = start ?? acted;
		if (!from && !get('start') && !get('at'))
			fail('missing_field', `${at} has no time (${[...STEP_FIELDS.start, ...STEP_FIELDS.at].join(' or ')})`);
		if (!officer) fail('missing_field', `${at} has no official (${STEP_FIELDS.officer.join(' or ')})`);
		if (!from || !officer) return;
		steps.push({
			i,
			seq: 0,
			officer,
			title: text(get('title')?.value),
			department: text(get('department')?.value),
			action: text(get('action')?.value),
			status: text(get('status')?.value),
			from,
			to: end ?? (start && acted && acted.text > start.text ? acted : null),
			due
		});
	});
	steps.sort((a, b) => a.from.text.localeCompare(b.from.text) || a.i - b.i);
	return steps.map(({ i: _, ...s }, k) => {
		const next = steps[k + 1];
		return { ...s, seq: k + 1, to: s.to ?? next?.from ?? null };
	});
}
