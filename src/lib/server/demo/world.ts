import type { Store } from '../store/db';
import { ingestRecords, type IngestReport } from '../feed/ingest';
import type { ReferenceKind } from '../feed/spec';
import { loadCalendar } from '../calendar/store';
import { Calendar } from '../calendar/calendar';
import { CALENDAR_EXCEPTIONS } from '../reference/holidays';
import { PROCEDURES, type ProcedureDef } from '../reference/procedures';
import { MERGER_DATE } from '../reference/provinces';
import { buildUnits, receives, HISTORY_FROM, type Unit } from './units';
import { buildProfiles, type Profile } from './profiles';
import { receptionDepartment } from './departments';
import { personName } from './people';
import { rng, clamp } from './random';
import { vnIso, vnAt, vnDay, addDays, months, daysInMonth } from './time';

/**
 * The reference world of the demo as feed records (agencies, procedures, offerings, publications, petitions),
 * deterministic from the seed, and its loading through the real reference ingest so that every record is validated.
 */

export type OnlineLevel = 'none' | 'partial' | 'full';

/** First instant of the generated dossier history. */
export const HISTORY_START = '2025-01-01T00:00:00+07:00';
export const CALENDAR = new Calendar(CALENDAR_EXCEPTIONS);

/** One change to the catalogue, to show versioning: a component becomes replaceable by data. */
export const CATALOGUE_CHANGE = { code: '1.004194', validFrom: '2026-03-01', component: 'TP3', replaceableBy: 'population' };

export interface CatalogueVersion {
	id: string;
	def: ProcedureDef;
	validFrom: string | null;
	components: ProcedureDef['components'];
}

export interface Staff {
	officers: string[];
	reception: string;
}

export interface World {
	seed: number;
	until: Date;
	units: Unit[];
	byCode: Map<string, Unit>;
	profiles: Map<string, Profile>;
	catalogue: CatalogueVersion[];
	procedures: Map<string, ProcedureDef>;
	/** Online level of every offering, per unit then procedure. */
	levels: Map<string, Map<string, OnlineLevel>>;
	staff: Map<string, Staff>;
	records: {
		agencies: Record<string, unknown>[];
		procedures: Record<string, unknown>[];
		offerings: Record<string, unknown>[];
		publications: Record<string, unknown>[];
	};
}

function catalogue(): CatalogueVersion[] {
	const out: CatalogueVersion[] = PROCEDURES.map((def) => ({ id: def.code, def, validFrom: null, components: def.components }));
	const base = PROCEDURES.find((p) => p.code === CATALOGUE_CHANGE.code)!;
	out.push({
		id: `${base.code}@${CATALOGUE_CHANGE.validFrom}`,
		def: base,
		validFrom: CATALOGUE_CHANGE.validFrom,
		components: base.components.map((c) =>
			c.code === CATALOGUE_CHANGE.component ? { ...c, replaceableBy: CATALOGUE_CHANGE.replaceableBy } : c
		)
	});
	return out;
}

function procedureRecord(v: CatalogueVersion): Record<string, unknown> {
	const p = v.def;
	return {
		id: v.id,
		code: p.code,
		name: p.name,
		field: p.field,
		target: p.target,
		fee: p.fee > 0,
		full_online_eligible: p.fullOnlineEligible,
		time_limit: { value: p.timeLimit.value, unit: p.timeLimit.unit },
		paper_result: p.paperResult,
		components: v.components.map((c) => ({ code: c.code, name: c.name, replaceable_by: c.replaceableBy })),
		...(v.validFrom ? { valid_from: v.validFrom } : {})
	};
}

function agencyRecord(u: Unit, p: Profile, seed: number, rootQ: number): Record<string, unknown> {
	const rec: Record<string, unknown> = { id: `unit-${u.code}`, code: u.code, name: u.name, kind: u.kind, parent: u.parent };
	// Electronic certified copies: more communes offer them where the province does better.
	if (u.kind === 'commune')
		rec.e_certified_copy = rng(seed, 'e-copy', u.code).chance(clamp(0.35 + 0.6 * rootQ + (p.q - rootQ) * 0.5));
	if (u.validFrom) rec.valid_from = u.validFrom;
	if (u.validTo) rec.valid_to = u.validTo;
	if (u.mergedInto) rec.merged_into = u.mergedInto;
	return rec;
}

const LOWER: Record<OnlineLevel, OnlineLevel> = { full: 'partial', partial: 'none', none: 'none' };

/** Online level: mostly the root's choice for the procedure, sometimes a step lower at a weaker unit. */
function onlineLevels(units: Unit[], profiles: Map<string, Profile>, procs: Map<string, ProcedureDef>, seed: number) {
	const rootLevel = new Map<string, OnlineLevel>();
	const levels = new Map<string, Map<string, OnlineLevel>>();
	for (const u of units) {
		if (!receives(u) || !u.procedures.length) continue;
		const q = profiles.get(u.root)!.q;
		const p = profiles.get(u.code)!;
		const m = new Map<string, OnlineLevel>();
		for (const code of u.procedures) {
			const key = `${u.root}|${code}`;
			let base = rootLevel.get(key);
			if (!base) {
				const r = rng(seed, 'online-level', key);
				base = procs.get(code)!.fullOnlineEligible
					? r.chance(0.3 + 0.65 * q)
						? 'full'
						: 'partial'
					: r.chance(0.72 + 0.25 * q)
						? 'partial'
						: 'none';
				rootLevel.set(key, base);
			}
			const r = rng(seed, 'online-level', u.code, code);
			m.set(code, r.chance(0.05 + 0.12 * (1 - p.q) + (p.problem ? 0.2 : 0)) ? LOWER[base] : base);
		}
		levels.set(u.code, m);
	}
	return levels;
}

function staffOf(u: Unit, p: Profile, seed: number): Staff {
	const r = rng(seed, 'officers', u.code);
	const n =
		u.kind === 'commune'
			? r.int(3, 5) + Math.round(p.weight * 6000)
			: r.int(5, 9) + Math.round(p.weight * (u.root.startsWith('B') ? 60 : 400));
	const officers = new Set<string>();
	while (officers.size < Math.min(15, Math.max(3, n))) officers.add(personName(r));
	return { officers: [...officers], reception: receptionDepartment(u, r) };
}

export function buildWorld(seed: number, until: Date): World {
	const units = buildUnits(seed);
	const byCode = new Map(units.map((u) => [u.code, u]));
	const profiles = buildProfiles(units, seed);
	const versions = catalogue();
	const procedures = new Map(PROCEDURES.map((p) => [p.code, p]));
	const levels = onlineLevels(units, profiles, procedures, seed);
	const staff = new Map<string, Staff>();
	for (const u of units) if (receives(u)) staff.set(u.code, staffOf(u, profiles.get(u.code)!, seed));

	const agencies = units.map((u) => agencyRecord(u, profiles.get(u.code)!, seed, profiles.get(u.root)!.q));
	const offerings: Record<string, unknown>[] = [];
	for (const u of units) {
		const m = levels.get(u.code);
		if (!m) continue;
		const from = u.validFrom && u.validFrom > HISTORY_FROM ? u.validFrom : HISTORY_FROM;
		for (const [code, level] of m)
			offerings.push({
				id: `offer-${u.code}-${code}`,
				agency: u.code,
				procedure: code,
				online_level: level,
				from,
				...(u.validTo ? { to: u.validTo } : {})
			});
	}
	const world: World = {
		seed,
		until,
		units,
		byCode,
		profiles,
		catalogue: versions,
		procedures,
		levels,
		staff,
		records: { agencies, procedures: versions.map(procedureRecord), offerings, publications: [] }
	};
	world.records.publications = buildPublications(world);
	return world;
}

/** Roots that publish and receive petitions in a month: the old provinces before the merger, the new ones after. */
function rootsOf(world: World, month: string): Unit[] {
	const merged = month >= MERGER_DATE;
	return world.units.filter((u) => u.kind === 'ministry' || (u.kind === 'province' && (merged ? u.current : !u.current)));
}

function offeredUnder(world: World): Map<string, string[]> {
	const out = new Map<string, Set<string>>();
	for (const u of world.units) {
		if (!receives(u)) continue;
		const s = out.get(u.root) ?? out.set(u.root, new Set()).get(u.root)!;
		for (const c of u.procedures) s.add(c);
	}
	return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}

function workingDayIn(month: string, r: ReturnType<typeof rng>): string {
	let d = addDays(month, r.int(0, daysInMonth(month) - 1));
	while (!CALENDAR.isWorking(d)) d = addDays(d, 1);
	return d;
}

/** Quyết định công bố: 1–3 a month per root; weaker roots publish late more often. */
function buildPublications(world: World): Record<string, unknown>[] {
	const out: Record<string, unknown>[] = [];
	const untilMs = world.until.getTime();
	const offered = offeredUnder(world);
	for (const month of months(HISTORY_START.slice(0, 10), vnDay(untilMs))) {
		for (const root of rootsOf(world, month)) {
			const r = rng(world.seed, 'publications', root.code, month);
			const q = world.profiles.get(root.code)!.q;
			const ministry = root.kind === 'ministry';
			const lead = ministry ? 20 : 5;
			const publicLimit = ministry ? 10 : 5;
			const codes = offered.get(root.code) ?? [];
			if (!codes.length) continue;
			const n = root.current ? r.int(1, 3) : r.int(1, 2);
			for (let k = 1; k <= n; k++) {
				const decision = workingDayIn(month, r);
				if (vnAt(decision, 8) > untilMs) continue;
				const effective = r.chance(0.45 + 0.5 * q)
					? CALENDAR.addWorkingDays(decision, lead + r.int(0, 25))
					: r.chance(0.5)
						? CALENDAR.addWorkingDays(decision, r.int(1, lead - 1))
						: addDays(decision, -r.int(0, 20));
				const publicDay = CALENDAR.addWorkingDays(
					decision,
					r.chance(0.5 + 0.48 * q) ? r.int(2, publicLimit) : r.int(publicLimit + 1, 15)
				);
				const publicAt = vnAt(publicDay, r.range(8, 17));
				const rec: Record<string, unknown> = {
					id: `qd-${root.code}-${month.slice(0, 7)}-${k}`,
					agency: root.code,
					decision_date: decision,
					effective_date: effective,
					procedures: r
						.shuffle(codes)
						.slice(0, Math.min(codes.length, r.int(3, 15)))
						.sort(),
					content_complete: r.chance(0.82 + 0.16 * q)
				};
				if (publicAt <= untilMs) rec.public_at = vnIso(publicAt);
				out.push(rec);
			}
		}
	}
	return out;
}

export interface DossierSample {
	dossier: string;
	agency: string;
	received: number;
}

/**
 * Phản ánh, kiến nghị: per root a month, a few to a few dozen in proportion to its dossier flow; some link to a
 * dossier of that root received before the petition.
 */
export function buildPetitions(world: World, sample: DossierSample[]): Record<string, unknown>[] {
	const out: Record<string, unknown>[] = [];
	const untilMs = world.until.getTime();
	const share = new Map<string, number>();
	for (const u of world.units) {
		if (!receives(u)) continue;
		const w = world.profiles.get(u.code)!.weight;
		// Old units' weights are shares within their successor: scale them by it.
		const abs = u.current ? w : w * world.profiles.get(u.mergedInto!)!.weight;
		share.set(u.root, (share.get(u.root) ?? 0) + abs);
	}
	const maxShare = Math.max(...[...share.values()]);
	const byRoot = new Map<string, DossierSample[]>();
	for (const s of sample) {
		const root = world.byCode.get(s.agency)?.root;
		if (root) (byRoot.get(root) ?? byRoot.set(root, []).get(root)!).push(s);
	}
	for (const list of byRoot.values()) list.sort((a, b) => a.received - b.received);
	const childrenOf = new Map<string, Unit[]>();
	for (const u of world.units)
		if (receives(u) && world.profiles.get(u.code)!.weight > 0)
			(childrenOf.get(u.root) ?? childrenOf.set(u.root, []).get(u.root)!).push(u);

	for (const month of months(HISTORY_START.slice(0, 10), vnDay(untilMs))) {
		for (const root of rootsOf(world, month)) {
			const r = rng(world.seed, 'petitions', root.code, month);
			const q = world.profiles.get(root.code)!.q;
			const n = Math.max(1, Math.round((2 + 40 * Math.sqrt((share.get(root.code) ?? 0) / maxShare)) * r.range(0.6, 1.4)));
			const dossiers = byRoot.get(root.code) ?? [];
			const kids = childrenOf.get(root.code) ?? [];
			for (let k = 1; k <= n; k++) {
				const day = addDays(month, r.int(0, daysInMonth(month) - 1));
				const received = vnAt(day, r.range(7, 22));
				if (received > untilMs) continue;
				const late = !r.chance(0.6 + 0.38 * q);
				const rec: Record<string, unknown> = {
					id: `pakn-${root.code}-${month.slice(0, 7)}-${String(k).padStart(3, '0')}`,
					agency: root.code,
					received_at: vnIso(received),
					category: r.weighted(['procedure', 'staff', 'other'], (c) => ({ procedure: 55, staff: 25, other: 20 })[c]!)
				};
				if (!r.chance(0.03)) {
					const wd = late ? r.int(16, 30) : r.int(0, 15);
					const handledDay = wd === 0 ? day : CALENDAR.addWorkingDays(day, wd);
					const handled = Math.max(received + 3600_000, vnAt(handledDay, r.range(8, 17)));
					if (handled <= untilMs) rec.handled_at = vnIso(handled);
				}
				rec.likes = Math.floor(-Math.log(1 - r()) * 3);
				rec.dislikes = Math.floor(-Math.log(1 - r()) * (late ? 4 : 1.2) * (1.5 - q));
				rec.repeated = r.chance(0.03 + 0.07 * (1 - q));
				const before = dossiers.filter((d) => d.received < received);
				if (before.length && r.chance(0.25)) {
					const d = before[before.length - 1 - Math.floor(Math.pow(r(), 2) * Math.min(before.length, 200))];
					rec.dossier = d.dossier;
					rec.agency = d.agency;
				} else if (kids.length && r.chance(0.6)) {
					rec.agency = r.weighted(kids, (u) => world.profiles.get(u.code)!.weight).code;
				}
				out.push(rec);
			}
		}
	}
	return out;
}

export type Log = (message: string) => void;

async function load(store: Store, kind: ReferenceKind, records: Record<string, unknown>[], log: Log): Promise<IngestReport> {
	const t = Date.now();
	const report = await ingestRecords(store, kind, records, { source: 'demo', origin: 'generate' });
	if (report.rejected > 0)
		throw new Error(
			`the demo ${kind} were rejected by the ingest (${report.rejected}): ` +
				report.errors
					.slice(0, 5)
					.map((e) => `line ${e.line} ${e.id ?? ''}: ${e.reason}`)
					.join('; ')
		);
	log(`${kind}: ${report.accepted} accepted, ${report.duplicates} duplicates (${((Date.now() - t) / 1000).toFixed(1)} s)`);
	return report;
}

/** Loads the calendar and the reference records through the real ingest (validated like any feed). */
export async function loadWorld(store: Store, world: World, log: Log = () => {}): Promise<void> {
	await store.write((c) => loadCalendar(c, CALENDAR_EXCEPTIONS));
	await load(store, 'agencies', world.records.agencies, log);
	await load(store, 'procedures', world.records.procedures, log);
	await load(store, 'offerings', world.records.offerings, log);
	await load(store, 'publications', world.records.publications, log);
}

export async function loadPetitions(store: Store, petitions: Record<string, unknown>[], log: Log = () => {}): Promise<void> {
	await load(store, 'petitions', petitions, log);
}
