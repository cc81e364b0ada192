import type { Store } from '../store/db';
import { quote as q } from '../store/sql';

/**
 * Who is reading, and what they may see. Every read of dossiers goes through this: scores are public, dossiers
 * are not. A viewer sees the dossiers of the subtrees of `units` ('all' for national roles), and personal data
 * unmasked only when `personal` is set.
 */
export interface Viewer {
	id: string;
	name: string;
	role: string;
	units: 'all' | string[];
	personal: boolean;
	export: boolean;
}

/** The viewer when no one has signed in on a dashboard without accounts (the demo default). */
export const NATIONAL: Viewer = {
	id: 'national',
	name: 'Lãnh đạo',
	role: 'national_leader',
	units: 'all',
	personal: true,
	export: true
};

/** SQL condition restricting a unit column to the viewer's subtrees. */
export function scopeCondition(viewer: Viewer, unitCol: string): string {
	if (viewer.units === 'all') return 'true';
	if (!viewer.units.length) return 'false';
	return `${unitCol} IN (SELECT unit FROM unit_tree WHERE ancestor IN (${viewer.units.map(q).join(', ')}))`;
}

/** Whether the viewer may see dossiers of this unit (the unit as it counts today, after mergers). */
export async function canSeeUnit(store: Store, viewer: Viewer, code: string): Promise<boolean> {
	if (viewer.units === 'all') return true;
	const r = await store.one<{ ok: boolean }>(
		`SELECT count(*) > 0 AS ok FROM units u WHERE u.code = $1 AND ${scopeCondition(viewer, 'u.eff_unit')}`,
		[code]
	);
	return r?.ok ?? false;
}

/** Masks personal data for viewers who may not see it: "Nguyễn V. A.", "001…789", "09…78". */
export function maskName(name: string | null): string | null {
	if (!name) return name;
	const parts = name.trim().split(/\s+/);
	if (parts.length === 1) return `${parts[0][0]}.`;
	return [parts[0], ...parts.slice(1).map((p) => `${[...p][0]}.`)].join(' ');
}

export function maskNumber(s: string | null): string | null {
	if (!s) return s;
	if (s.length <= 6) return `${s.slice(0, 1)}…`;
	return `${s.slice(0, 3)}…${s.slice(-3)}`;
}

export function maskEmail(s: string | null): string | null {
	if (!s) return s;
	const [user, domain] = s.split('@');
	return `${user.slice(0, 1)}…@${domain ?? ''}`;
}

/** Fields of feed records (native and portal) that hold personal data, and how to mask each. */
const PERSONAL_FIELDS: Record<string, (v: string) => string | null> = {
	applicant_name: maskName,
	ChuHoSo: maskName,
	TenNguoiNop: maskName,
	applicant_id_number: maskNumber,
	SoGiayToChuHoSo: maskNumber,
	applicant_phone: maskNumber,
	SoDienThoai: maskNumber,
	applicant_email: maskEmail,
	Email: maskEmail,
	summary: () => '…',
	TrichYeuHoSo: () => '…',
	DiaChi: () => '…',
	comment: () => '…'
};

/**
 * A raw feed record with its personal data masked, for viewers who may not see it. JSON records are masked field
 * by field; anything else (a line that is not JSON) has its long digit runs masked, since their fields are unknown.
 */
export function maskRaw(raw: string): string {
	const walk = (v: unknown): unknown => {
		if (Array.isArray(v)) return v.map(walk);
		if (v && typeof v === 'object') {
			const o: Record<string, unknown> = {};
			for (const [k, x] of Object.entries(v))
				o[k] = typeof x === 'string' && PERSONAL_FIELDS[k] ? PERSONAL_FIELDS[k](x) : walk(x);
			return o;
		}
		return v;
	};
	try {
		return JSON.stringify(walk(JSON.parse(raw)));
	} catch {
		return raw.replace(/\d{6,}/g, (d) => maskNumber(d)!);
	}
}

/** A free text (trích yếu) with the people's names in it masked: runs of two or more capitalised words. */
export function maskText(s: string | null): string | null {
	if (!s) return s;
	return s.replace(/\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*)+/gu, (m) => maskName(m)!);
}
