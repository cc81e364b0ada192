import fs from 'node:fs';
import path from 'node:path';
import type { Store } from '../store/db';
import type { TimeUnit } from '../reference/procedures';
import { receives } from './units';
import { departmentFor } from './departments';
import { vnDay, vnIso } from './time';
import type { OnlineLevel, World } from './world';

/**
 * What live mode needs of the generated world, written next to the database as demo-world.json: the current
 * receiving units with their profiles, offerings and officers, the procedures, and a sample of open dossiers.
 */

export interface SnapshotUnit {
	code: string;
	kind: 'agency' | 'commune';
	root: string;
	gso: string | null;
	/** Share of all dossiers. */
	weight: number;
	officers: string[];
	reception: string;
	dueAt17: boolean;
	rates: {
		online: number;
		onTime: number;
		reuse: number;
		payOnline: number;
		sync: number;
		eResult: number;
		digitise: number;
		personalStorage: number;
		vneid: number;
		dissatisfied: number;
		supplement: number;
		rated: number;
	};
	/** [procedure index, online level, department index] */
	offerings: [number, OnlineLevel, number][];
}

export interface SnapshotProcedure {
	code: string;
	name: string;
	field: string;
	target: 'citizen' | 'business' | 'both';
	fee: number;
	timeLimit: { value: number; unit: TimeUnit };
	volume: number;
	/** The catalogue version in force when the snapshot was taken. */
	components: { code: string; replaceableBy: string | null }[];
}

export interface SnapshotDossier {
	dossier: string;
	/** Unit holding it now. */
	agency: string;
	procedure: string;
	channel: string;
	received: string;
	due: string;
	fee: number;
	paid: boolean;
	synced: boolean;
	/** Waiting for the applicant's documents. */
	supplement: boolean;
}

export interface WorldSnapshot {
	version: 1;
	seed: number;
	until: string;
	departments: string[];
	procedures: SnapshotProcedure[];
	units: SnapshotUnit[];
	open: SnapshotDossier[];
}

export async function writeSnapshot(store: Store, world: World, file: string, openSample = 2000): Promise<WorldSnapshot> {
	const today = vnDay(world.until);
	const inForce = new Map<string, World['catalogue'][number]>();
	for (const v of world.catalogue) {
		const from = v.validFrom ?? '';
		const have = inForce.get(v.def.code);
		if (from <= today && (!have || (have.validFrom ?? '') < from)) inForce.set(v.def.code, v);
	}
	const procedures: SnapshotProcedure[] = [...inForce.values()].map((v) => ({
		code: v.def.code,
		name: v.def.name,
		field: v.def.field,
		target: v.def.target,
		fee: v.def.fee,
		timeLimit: v.def.timeLimit,
		volume: v.def.volume,
		components: v.components.map((c) => ({ code: c.code, replaceableBy: c.replaceableBy }))
	}));
	const procIndex = new Map(procedures.map((p, i) => [p.code, i]));
	const departments: string[] = [];
	const deptIndex = new Map<string, number>();
	const dept = (name: string) => deptIndex.get(name) ?? (deptIndex.set(name, departments.push(name) - 1), departments.length - 1);

	const units: SnapshotUnit[] = [];
	for (const u of world.units) {
		const p = world.profiles.get(u.code)!;
		if (!u.current || !receives(u) || p.weight <= 0) continue;
		const levels = world.levels.get(u.code)!;
		const staff = world.staff.get(u.code)!;
		units.push({
			code: u.code,
			kind: u.kind as 'agency' | 'commune',
			root: u.root,
			gso: u.gso,
			weight: p.weight,
			officers: staff.officers,
			reception: staff.reception,
			dueAt17: p.dueAt17,
			rates: {
				online: p.online,
				onTime: p.onTime,
				reuse: p.reuse,
				payOnline: p.payOnline,
				sync: p.sync,
				eResult: p.eResult,
				digitise: p.digitise,
				personalStorage: p.personalStorage,
				vneid: p.vneid,
				dissatisfied: p.dissatisfied,
				supplement: p.supplement,
				rated: p.rated
			},
			offerings: u.procedures.map((code) => [
				procIndex.get(code)!,
				levels.get(code)!,
				dept(departmentFor(u, world.procedures.get(code)!.field))
			])
		});
	}

	const rows = await store.all<{
		dossier: string;
		agency: string;
		procedure: string;
		channel: string;
		received: number;
		due: number;
		fee: number;
		paid: boolean;
		synced: boolean;
		supplement: boolean;
	}>(
		`SELECT dossier, holder_agency AS agency, procedure, channel, epoch_ms(received_at) AS received, epoch_ms(due) AS due,
			coalesce(fee, 0) AS fee, paid_at IS NOT NULL AS paid, synced_at IS NOT NULL AS synced, status = 'supplement' AS supplement
		 FROM dossiers d
		 WHERE status IN ('processing', 'supplement') AND received_at >= TIMESTAMPTZ '2025-07-01 00:00:00+07' AND due IS NOT NULL
		   AND supp_count <= 1 AND holder_agency IN (SELECT code FROM units WHERE current)
		 ORDER BY hash(${world.seed}, dossier) LIMIT ${openSample}`
	);
	const open: SnapshotDossier[] = rows.map((r) => ({ ...r, received: vnIso(r.received), due: vnIso(r.due) }));

	const snapshot: WorldSnapshot = {
		version: 1,
		seed: world.seed,
		until: vnIso(world.until),
		departments,
		procedures,
		units,
		open
	};
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, JSON.stringify(snapshot));
	return snapshot;
}

export function readSnapshot(file: string): WorldSnapshot {
	const s = JSON.parse(fs.readFileSync(file, 'utf8')) as WorldSnapshot;
	if (s.version !== 1) throw new Error(`${file}: unknown snapshot version ${String(s.version)}; generate the demo world again`);
	return s;
}
