import { PROVINCES, OLD_PROVINCES, MERGER_DATE, type Province } from '../reference/provinces';
import { PROVINCE_DEPARTMENTS, COMMUNE_FIELDS, type DepartmentTemplate } from '../reference/departments';
import { MINISTRIES } from '../reference/ministries';
import { PROCEDURES, type ProcedureDef } from '../reference/procedures';
import { COMMUNE_NAME_PARTS } from '../reference/names';
import { rng } from './random';

/**
 * The tree of units of the demo world: 34 provinces with their agencies and communes, the 63 provinces and their
 * units that merged into them on 1 July 2025, and the ministries with their agencies. Names, the rare agencies and
 * the commune split are drawn from the seed.
 */

export type UnitKind = 'ministry' | 'province' | 'agency' | 'commune';
export type CommuneType = 'xa' | 'phuong' | 'dac_khu';

export interface Unit {
	code: string;
	name: string;
	kind: UnitKind;
	parent: string | null;
	validFrom: string | null;
	validTo: string | null;
	mergedInto: string | null;
	/** Not merged away. */
	current: boolean;
	/** Root in its own time: T.. (current province), H.. (old province) or B.. (ministry). */
	root: string;
	/** Root it counts for today (T.. or B..). */
	currentRoot: string;
	/** GSO number of its province (null for ministries). */
	gso: string | null;
	/** Department template key (province agencies) or ministry agency key. */
	template?: string;
	communeType?: CommuneType;
	/** Procedure codes this unit offers (receiving units only). */
	procedures: string[];
	/** Old units this current unit took over (receiving units of provinces only). */
	predecessors: string[];
	/** A ministry agency with no catalogue entry of its own field, given some of its ministry's procedures. */
	borrowed?: boolean;
}

export const HISTORY_FROM = '2024-01-01';
export const OLD_VALID_FROM = '2008-01-01';
export const OLD_VALID_TO = '2025-06-30';

/** Special zones (đặc khu) created on 1 July 2025, by province. */
const SPECIAL_ZONES: Record<string, string[]> = {
	T22: ['Vân Đồn', 'Cô Tô'],
	T31: ['Cát Hải', 'Bạch Long Vĩ'],
	T44: ['Cồn Cỏ'],
	T48: ['Hoàng Sa'],
	T51: ['Lý Sơn'],
	T56: ['Trường Sa'],
	T68: ['Phú Quý'],
	T79: ['Côn Đảo'],
	T91: ['Phú Quốc', 'Kiên Hải', 'Thổ Châu']
};

/** Old provinces that were centrally-run cities. */
const OLD_CITIES = new Set(['H01', 'H31', 'H48', 'H79', 'H92']);

/** Templates that only some provinces keep as a separate agency, and in what share of provinces. */
const RARE_TEMPLATES: Record<string, number> = { dan_toc_ton_giao: 0.4, ngoai_vu: 0.3, quan_su: 0.35 };

const pad = (n: number, w: number) => String(n).padStart(w, '0');

export function agencyCode(parent: string, index: number): string {
	return `${parent}.A${pad(index, 2)}`;
}

/** "Công an tỉnh" + Đà Nẵng → "Công an thành phố Đà Nẵng"; + Thành phố Hồ Chí Minh → "Công an Thành phố Hồ Chí Minh". */
export function agencyName(template: DepartmentTemplate, provinceName: string, city: boolean): string {
	let base = template.name;
	if (base.endsWith(' tỉnh')) {
		if (provinceName.startsWith('Thành phố')) base = base.slice(0, -' tỉnh'.length);
		else if (city) base = base.slice(0, -' tỉnh'.length) + ' thành phố';
	}
	return `${base} ${provinceName}`;
}

const procsOf = (level: ProcedureDef['level'], fields: readonly string[]) =>
	PROCEDURES.filter((p) => p.level === level && fields.includes(p.field)).map((p) => p.code);

/** Which rare agencies each new province keeps. */
function rareTemplates(seed: number): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	for (const p of PROVINCES) {
		const r = rng(seed, 'rare-templates', p.code);
		const keep = new Set<string>();
		for (const [key, share] of Object.entries(RARE_TEMPLATES)) if (r.chance(share)) keep.add(key);
		out.set(p.code, keep);
	}
	return out;
}

/** Share of phường among a province's communes. */
function wardShare(p: Province): number {
	if (p.city) return p.code === 'T79' ? 0.68 : 0.45;
	return p.population > 3000 ? 0.16 : 0.1;
}

/** `count` distinct names from the commune name parts, extended with a direction when the parts run out. */
function distinctNames(r: ReturnType<typeof rng>, count: number, taken = new Set<string>()): string[] {
	const out: string[] = [];
	const suffixes = ['', ' Đông', ' Tây', ' Nam', ' Bắc', ' Trung', ' Thượng', ' Hạ'];
	for (const suffix of suffixes) {
		for (const part of r.shuffle(COMMUNE_NAME_PARTS)) {
			if (out.length >= count) return out;
			const name = part + suffix;
			if (taken.has(name)) continue;
			taken.add(name);
			out.push(name);
		}
	}
	for (let i = 1; out.length < count; i++) out.push(String(i));
	return out;
}

function ministryUnits(seed: number): Unit[] {
	const units: Unit[] = [];
	const ministryProcs = PROCEDURES.filter((p) => p.level === 'ministry');
	for (const m of MINISTRIES) {
		units.push({
			code: m.code,
			name: m.name,
			kind: 'ministry',
			parent: null,
			validFrom: null,
			validTo: null,
			mergedInto: null,
			current: true,
			root: m.code,
			currentRoot: m.code,
			gso: null,
			procedures: [],
			predecessors: []
		});
		const ministryFields = [...new Set(m.agencies.flatMap((a) => a.fields))];
		m.agencies.forEach((a, i) => {
			let procedures = procsOf('ministry', a.fields);
			const borrowed = procedures.length === 0;
			if (borrowed) {
				// An agency with no catalogue entry of its own still receives some of its ministry's procedures.
				const r = rng(seed, 'ministry-fallback', m.code, a.key);
				const own = r.shuffle(procsOf('ministry', ministryFields));
				const others = r.shuffle(ministryProcs.map((p) => p.code).filter((c) => !own.includes(c)));
				procedures = [...own, ...others].slice(0, r.int(2, 4));
			}
			units.push({
				code: agencyCode(m.code, i + 1),
				name: a.name,
				kind: 'agency',
				parent: m.code,
				validFrom: null,
				validTo: null,
				mergedInto: null,
				current: true,
				root: m.code,
				currentRoot: m.code,
				gso: null,
				template: a.key,
				procedures,
				predecessors: [],
				borrowed
			});
		});
	}
	return units;
}

export function buildUnits(seed: number): Unit[] {
	const units: Unit[] = [];
	const rare = rareTemplates(seed);
	const communeProcs = procsOf('commune', COMMUNE_FIELDS);

	for (const p of PROVINCES) {
		const keep = rare.get(p.code)!;
		const olds = OLD_PROVINCES.filter((o) => o.successor === p.code);
		units.push({
			code: p.code,
			name: p.name,
			kind: 'province',
			parent: null,
			validFrom: MERGER_DATE,
			validTo: null,
			mergedInto: null,
			current: true,
			root: p.code,
			currentRoot: p.code,
			gso: p.gso,
			procedures: [],
			predecessors: olds.map((o) => o.code)
		});
		const templates = PROVINCE_DEPARTMENTS.map((t, i) => ({ t, index: i + 1 })).filter(
			({ t }) => !(t.key in RARE_TEMPLATES) || keep.has(t.key)
		);

		// The new province's agencies, and those of every province merged into it.
		for (const { t, index } of templates) {
			const code = agencyCode(p.code, index);
			const procedures = procsOf('province', t.fields);
			units.push({
				code,
				name: agencyName(t, p.name, p.city),
				kind: 'agency',
				parent: p.code,
				validFrom: MERGER_DATE,
				validTo: null,
				mergedInto: null,
				current: true,
				root: p.code,
				currentRoot: p.code,
				gso: p.gso,
				template: t.key,
				procedures,
				predecessors: olds.map((o) => agencyCode(o.code, index))
			});
			for (const o of olds)
				units.push({
					code: agencyCode(o.code, index),
					name: agencyName(t, o.name, OLD_CITIES.has(o.code)),
					kind: 'agency',
					parent: o.code,
					validFrom: OLD_VALID_FROM,
					validTo: OLD_VALID_TO,
					mergedInto: code,
					current: false,
					root: o.code,
					currentRoot: p.code,
					gso: o.gso,
					template: t.key,
					procedures,
					predecessors: []
				});
		}

		// Communes: special zones first, then wards and communes with distinct names.
		const r = rng(seed, 'communes', p.code);
		const zones = SPECIAL_ZONES[p.code] ?? [];
		const total = p.communes ?? 0;
		const wards = Math.round((total - zones.length) * wardShare(p));
		const taken = new Set<string>(zones);
		const names = distinctNames(r, total - zones.length, taken);
		const kinds: CommuneType[] = [
			...zones.map(() => 'dac_khu' as const),
			...names.map((_, i) => (i < wards ? ('phuong' as const) : ('xa' as const)))
		];
		const all = [...zones, ...names];
		const order = r.shuffle(all.map((_, i) => i));
		const oldTaken = new Map(olds.map((o) => [o.code, new Set<string>()]));
		const oldSeq = new Map(olds.map((o) => [o.code, 0]));
		order.forEach((i, k) => {
			const type = kinds[i];
			const part = all[i];
			const prefix = type === 'dac_khu' ? 'Đặc khu' : type === 'phuong' ? 'Phường' : 'Xã';
			const code = `${p.code}.X${pad(k + 1, 3)}`;
			// The commune took over 1–3 communes of one of the merged provinces (weighted by population).
			const old = r.weighted(olds, (o) => o.population);
			const n = r.weighted([1, 2, 3], (x) => [0.3, 0.45, 0.25][x - 1]);
			const predecessors: string[] = [];
			const seen = oldTaken.get(old.code)!;
			// The first one usually gave the new commune its name.
			const first = seen.has(part) ? [] : [part];
			const oldParts = [...first, ...distinctNames(r, n - first.length, new Set([...seen, part]))];
			for (let j = 0; j < n; j++) {
				const seq = oldSeq.get(old.code)! + 1;
				oldSeq.set(old.code, seq);
				const oldCode = `${old.code}.X${pad(seq, 4)}`;
				const oldPart = oldParts[j];
				seen.add(oldPart);
				const oldPrefix =
					type === 'phuong' ? (r.chance(0.8) ? 'Phường' : 'Thị trấn') : type === 'dac_khu' ? (j === 0 ? 'Thị trấn' : 'Xã') : 'Xã';
				predecessors.push(oldCode);
				units.push({
					code: oldCode,
					name: `${oldPrefix} ${oldPart}`,
					kind: 'commune',
					parent: old.code,
					validFrom: OLD_VALID_FROM,
					validTo: OLD_VALID_TO,
					mergedInto: code,
					current: false,
					root: old.code,
					currentRoot: p.code,
					gso: old.gso,
					communeType: type === 'dac_khu' ? 'xa' : type,
					procedures: communeProcs,
					predecessors: []
				});
			}
			units.push({
				code,
				name: `${prefix} ${part}`,
				kind: 'commune',
				parent: p.code,
				validFrom: MERGER_DATE,
				validTo: null,
				mergedInto: null,
				current: true,
				root: p.code,
				currentRoot: p.code,
				gso: p.gso,
				communeType: type,
				procedures: communeProcs,
				predecessors
			});
		});
	}

	for (const o of OLD_PROVINCES)
		units.push({
			code: o.code,
			name: o.name,
			kind: 'province',
			parent: null,
			validFrom: OLD_VALID_FROM,
			validTo: OLD_VALID_TO,
			mergedInto: o.successor,
			current: false,
			root: o.code,
			currentRoot: o.successor,
			gso: o.gso,
			procedures: [],
			predecessors: []
		});

	units.push(...ministryUnits(seed));
	return units;
}

/** Units that receive dossiers (agencies and communes). */
export const receives = (u: Unit) => u.kind === 'agency' || u.kind === 'commune';
