import { PROCEDURES } from '../reference/procedures';
import { PROVINCES, OLD_PROVINCES } from '../reference/provinces';
import { PROVINCE_DEPARTMENTS } from '../reference/departments';
import { rng, clamp } from './random';
import { receives, type Unit } from './units';

/**
 * How well each unit serves, drawn from the seed: a quality q in [0, 1] per province and ministry, spread around it
 * to agencies and communes (with a few problem units), and the rates the generator uses derived from q.
 * Also how much each unit receives (its share of all dossiers).
 */

export interface Profile {
	q: number;
	/** A unit much weaker than its peers. */
	problem: boolean;
	/** Current receiving units: share of all dossiers. Old units: share among the predecessors of their successor. */
	weight: number;
	onTime: number;
	/** Share of dossiers submitted online where the procedure is offered online. */
	online: number;
	/** Share of online dossiers that are late, when a ministry is known for it (else null). */
	onlineLate: number | null;
	/** Replaceable components taken from data rather than asked for again. */
	reuse: number;
	/** Fee-bearing dossiers paid through the portal or a payment gateway. */
	payOnline: number;
	sync: number;
	eResult: number;
	digitise: number;
	personalStorage: number;
	vneid: number;
	dissatisfied: number;
	supplement: number;
	reschedule: number;
	apology: number;
	withdraw: number;
	stop: number;
	rated: number;
	/** Appointments end at 17:00 (else 23:59:59) of the last day. */
	dueAt17: boolean;
}

/** Relative size of each ministry's dossier flow (Bộ Công an and Bộ Tài chính dominate). */
const MINISTRY_VOLUME: Record<string, number> = {
	B01: 0.6,
	B02: 34,
	B03: 4,
	B04: 2,
	B05: 6,
	B06: 30,
	B07: 8,
	B08: 3,
	B09: 2,
	B10: 1,
	B11: 3,
	B12: 1.2,
	B13: 3,
	B14: 0.3,
	B15: 1.2,
	B16: 0.2,
	B17: 0.5
};

export const PROVINCE_SHARE = 0.6;
const COMMUNE_SHARE = 0.6;

const volumeOf = new Map(PROCEDURES.map((p) => [p.code, p.volume]));

function rates(
	q: number,
	where: 'commune' | 'province' | 'ministry',
	r: ReturnType<typeof rng>
): Omit<Profile, 'weight' | 'problem' | 'onlineLate'> {
	const jitter = (x: number, s = 0.03) => x + r.normal() * s;
	const ministry = where === 'ministry';
	return {
		q,
		// poor ≈ 79–86 %, middling ≈ 93 %, exemplary 98–99.5 %
		onTime: clamp(jitter(0.995 - 0.245 * Math.pow(1 - q, 1.6), 0.008), 0.6, 0.997),
		online: clamp(jitter(ministry ? 0.5 + 0.42 * q : where === 'province' ? 0.36 + 0.44 * q : 0.26 + 0.46 * q), 0.05, 0.97),
		reuse: clamp(jitter(ministry ? 0.12 + 0.5 * q : 0.2 + 0.7 * q), 0.02, 0.98),
		payOnline: clamp(jitter(ministry ? 0.1 + 0.35 * q : 0.18 + 0.62 * q), 0.02, 0.97),
		sync: clamp(jitter(0.85 + 0.15 * q, 0.02), 0.8, 1),
		eResult: clamp(jitter(0.25 + 0.7 * q), 0.05, 0.99),
		digitise: clamp(jitter(0.35 + 0.63 * q), 0.1, 0.99),
		personalStorage: clamp(jitter(0.03 + 0.25 * q, 0.02), 0, 0.5),
		vneid: clamp(jitter(0.45 + 0.5 * q), 0.2, 0.98),
		dissatisfied: clamp(jitter(0.055 - 0.045 * q, 0.005), 0.003, 0.1),
		supplement: clamp(jitter(0.03 + 0.09 * (1 - q), 0.008), 0.02, 0.14),
		reschedule: clamp(jitter(0.01 + 0.05 * (1 - q), 0.005), 0.005, 0.07),
		apology: clamp(jitter(0.4 + 0.5 * q, 0.05), 0.3, 0.95),
		withdraw: clamp(jitter(0.006, 0.002), 0.001, 0.015),
		stop: clamp(jitter(0.004 + 0.004 * (1 - q), 0.001), 0.001, 0.015),
		rated: clamp(jitter(0.3 + 0.2 * q, 0.03), 0.25, 0.55),
		dueAt17: r.chance(0.6)
	};
}

/** Province quality: a few exemplary, a few poor, the rest spread. */
function provinceQualities(seed: number): Map<string, number> {
	const r = rng(seed, 'province-quality');
	const order = r.shuffle(PROVINCES.map((p) => p.code));
	const q = new Map<string, number>();
	order.forEach((code, i) => {
		if (i < 4) q.set(code, r.range(0.9, 1));
		else if (i < 8) q.set(code, r.range(0.1, 0.3));
		else q.set(code, r.range(0.35, 0.88));
	});
	return q;
}

export function buildProfiles(units: Unit[], seed: number): Map<string, Profile> {
	const profiles = new Map<string, Profile>();
	const byCode = new Map(units.map((u) => [u.code, u]));
	const provinceQ = provinceQualities(seed);

	// Root qualities: provinces, the provinces merged into them (close to their successor), ministries.
	const rootQ = new Map<string, number>(provinceQ);
	for (const o of OLD_PROVINCES) {
		const r = rng(seed, 'old-province-quality', o.code);
		rootQ.set(o.code, clamp(provinceQ.get(o.successor)! + r.normal() * 0.08, 0.05, 1));
	}
	const ministries = units.filter((u) => u.kind === 'ministry');
	{
		const r = rng(seed, 'ministry-quality');
		const order = r.shuffle(ministries.map((m) => m.code));
		order.forEach((code, i) => rootQ.set(code, 0.25 + (0.7 * (i + r())) / order.length));
	}
	// Two or three small ministries whose online dossiers are very often late (as reported for 2024).
	const lateOnline = new Map<string, number>();
	{
		const r = rng(seed, 'ministry-online-late');
		const candidates = r.shuffle(ministries.map((m) => m.code).filter((c) => (MINISTRY_VOLUME[c] ?? 1) < 10));
		// Rescheduling turns some late dossiers into on-time ones: the drawn share is a little above the 79–90 % seen.
		for (const code of candidates.slice(0, r.int(2, 3))) lateOnline.set(code, r.range(0.88, 0.97));
	}

	for (const u of units) {
		const r = rng(seed, 'profile', u.code);
		const where = u.root.startsWith('B') ? 'ministry' : u.kind === 'commune' ? 'commune' : 'province';
		let q = rootQ.get(u.root)!;
		let problem = false;
		if (receives(u)) {
			q = clamp(q + r.normal() * 0.075, 0.02, 1);
			if (r.chance(0.05)) {
				problem = true;
				q = clamp(q - 0.4, 0.02, 1);
			}
		}
		profiles.set(u.code, {
			...rates(q, where, r),
			problem,
			weight: 0,
			onlineLate: lateOnline.get(u.root) ?? null
		});
	}

	assignWeights(units, byCode, profiles, seed);
	return profiles;
}

/** Shares of the dossier flow: provinces by population (cities more per head), ministries by MINISTRY_VOLUME. */
function assignWeights(units: Unit[], byCode: Map<string, Unit>, profiles: Map<string, Profile>, seed: number): void {
	const children = new Map<string, Unit[]>();
	for (const u of units)
		if (u.parent && receives(u)) (children.get(u.parent) ?? children.set(u.parent, []).get(u.parent)!).push(u);
	const templateWeight = new Map(PROVINCE_DEPARTMENTS.map((t) => [t.key, t.weight]));
	const offeredVolume = (u: Unit) => u.procedures.reduce((s, c) => s + (volumeOf.get(c) ?? 0), 0);

	const spread = (root: string, total: number, own: (u: Unit) => number) => {
		const kids = children.get(root) ?? [];
		const raw = kids.map((k) => (k.procedures.length ? own(k) : 0));
		const sum = raw.reduce((s, x) => s + x, 0) || 1;
		kids.forEach((k, i) => (profiles.get(k.code)!.weight = (total * raw[i]) / sum));
	};

	const provinceSize = new Map(PROVINCES.map((p) => [p.code, p.population * (p.city ? 1.35 : 1)]));
	const provinceTotal = [...provinceSize.values()].reduce((s, x) => s + x, 0);
	for (const p of PROVINCES) {
		const share = (PROVINCE_SHARE * provinceSize.get(p.code)!) / provinceTotal;
		const agencies = (children.get(p.code) ?? []).filter((u) => u.kind === 'agency');
		const communes = (children.get(p.code) ?? []).filter((u) => u.kind === 'commune');
		const r = rng(seed, 'weights', p.code);
		const aw = agencies.map((a) => (a.procedures.length ? templateWeight.get(a.template!)! * Math.exp(r.normal() * 0.2) : 0));
		const cw = communes.map((c) => {
			if (c.name === 'Đặc khu Hoàng Sa') return 0;
			if (c.name === 'Đặc khu Trường Sa') return 0.01;
			const kind = c.communeType === 'phuong' ? 1.8 : c.communeType === 'dac_khu' ? 0.35 : 1;
			return kind * Math.exp(r.normal() * 0.55);
		});
		const as = aw.reduce((s, x) => s + x, 0) || 1;
		const cs = cw.reduce((s, x) => s + x, 0) || 1;
		agencies.forEach((a, i) => (profiles.get(a.code)!.weight = (share * (1 - COMMUNE_SHARE) * aw[i]) / as));
		communes.forEach((c, i) => (profiles.get(c.code)!.weight = (share * COMMUNE_SHARE * cw[i]) / cs));
	}

	const ministryTotal = Object.values(MINISTRY_VOLUME).reduce((s, x) => s + x, 0);
	for (const m of units.filter((u) => u.kind === 'ministry')) {
		const r = rng(seed, 'weights', m.code);
		spread(
			m.code,
			((1 - PROVINCE_SHARE) * (MINISTRY_VOLUME[m.code] ?? 1)) / ministryTotal,
			(a) => offeredVolume(a) * (a.borrowed ? 0.2 : 1) * Math.exp(r.normal() * 0.3)
		);
	}

	// Old units: their share among the predecessors of the unit that took them over.
	const oldPopulation = new Map(OLD_PROVINCES.map((o) => [o.code, o.population]));
	for (const u of units) {
		if (!u.current || !receives(u) || !u.predecessors.length) continue;
		const r = rng(seed, 'predecessor-weights', u.code);
		const raw = u.predecessors.map((c) => (u.kind === 'agency' ? oldPopulation.get(byCode.get(c)!.root)! : 0.5 + r()));
		const sum = raw.reduce((s, x) => s + x, 0);
		u.predecessors.forEach((c, i) => (profiles.get(c)!.weight = raw[i] / sum));
	}
}
