import type { Store } from '../store/db';
import type { Viewer } from './scope';
import { dossierFilterSql } from './dossiers';
import { InputError, unitRef, type UnitRef, type Window } from '../index/service';
import { lit } from '../index/timeliness';

/**
 * Who holds the dossiers of a unit's subtree, and who held them step by step. Counts are over the dossiers of the
 * period (received in it, by T) that the viewer may see, judged at T, grouped by the official and department holding
 * each one now (or last, once finished) — the same dossiers the explorer lists for ?officer=…&department=…&status=….
 * Step times come from the processing history (dossier_steps), in calendar time up to T.
 */

export interface Counts {
	/** Open at T: in time + overdue. */
	open: number;
	in_time: number;
	overdue: number;
	due_soon: number;
	/** Finished late. */
	late: number;
	finished: number;
	/** Steps held, their total time and how many ran past their own time limit. */
	steps: number;
	step_days: number;
	avg_step_days: number | null;
	steps_over_due: number;
}

export interface OfficialRow extends Counts {
	officer: string;
	department: string | null;
}

export interface DepartmentRow extends Counts {
	department: string;
}

export interface Officials {
	unit: UnitRef;
	window: Window;
	officials: OfficialRow[];
	departments: DepartmentRow[];
}

const zero = (): Counts => ({
	open: 0,
	in_time: 0,
	overdue: 0,
	due_soon: 0,
	late: 0,
	finished: 0,
	steps: 0,
	step_days: 0,
	avg_step_days: null,
	steps_over_due: 0
});

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Most urgent first: overdue, then finished late, then open, then time spent. */
const urgency = (a: Counts, b: Counts) =>
	b.overdue - a.overdue || b.late - a.late || b.open - a.open || b.step_days - a.step_days;

export async function officials(
	store: Store,
	viewer: Viewer,
	q: { unit?: string | null; period?: string | null; asOf?: string | null }
): Promise<Officials> {
	if (!q.unit) throw new InputError('unit', 'unit: required, a unit code (e.g. T01)');
	const b = await dossierFilterSql(store, viewer, { unit: q.unit, period: q.period, asOf: q.asOf });
	const unit = (await unitRef(store, q.unit))!;
	const T = lit(b.window.T);
	const until = `CASE WHEN s.ended_at <= ${T} THEN s.ended_at ELSE ${T} END`;

	type Held = { officer: string | null; department: string | null } & Omit<
		Counts,
		'steps' | 'step_days' | 'avg_step_days' | 'steps_over_due'
	>;
	type Spent = { officer: string; department: string | null; steps: number; us: number; over_due: number };
	const [held, spent] = await Promise.all([
		store.all<Held>(
			`SELECT officer, department,
				count(*) FILTER (WHERE st IN ('in_time', 'overdue'))::INTEGER AS open,
				count(*) FILTER (WHERE st = 'in_time')::INTEGER AS in_time,
				count(*) FILTER (WHERE st = 'overdue')::INTEGER AS overdue,
				count(*) FILTER (WHERE soon)::INTEGER AS due_soon,
				count(*) FILTER (WHERE st = 'late')::INTEGER AS late,
				count(*) FILTER (WHERE st IN ('on_time', 'late'))::INTEGER AS finished
			 FROM (SELECT d.officer, d.department, (${b.tl.status}) AS st, (${b.tl.dueSoon}) AS soon
				FROM dossiers d WHERE ${b.where} AND (d.officer IS NOT NULL OR d.department IS NOT NULL)) x
			 GROUP BY officer, department`
		),
		store.all<Spent>(
			`SELECT s.officer, s.department, count(*)::INTEGER AS steps,
				sum(epoch_us(${until}) - epoch_us(s.started_at))::BIGINT AS us,
				count(*) FILTER (WHERE ${until} > s.due_at)::INTEGER AS over_due
			 FROM dossier_steps s JOIN dossiers d ON d.dossier = s.dossier
			 WHERE ${b.where} AND s.started_at <= ${T}
			 GROUP BY s.officer, s.department`
		)
	]);

	const people = new Map<string, OfficialRow>();
	const depts = new Map<string, DepartmentRow>();
	const person = (officer: string, department: string | null) => {
		const k = `${officer}\u0000${department ?? ''}`;
		if (!people.has(k)) people.set(k, { officer, department, ...zero() });
		return people.get(k)!;
	};
	const dept = (department: string) => {
		if (!depts.has(department)) depts.set(department, { department, ...zero() });
		return depts.get(department)!;
	};
	const addHeld = (c: Counts, h: Held) => {
		for (const k of ['open', 'in_time', 'overdue', 'due_soon', 'late', 'finished'] as const) c[k] += h[k];
	};
	const addSpent = (c: Counts, s: Spent) => {
		c.steps += s.steps;
		c.step_days += s.us / 86_400_000_000;
		c.steps_over_due += s.over_due;
	};
	for (const h of held) {
		if (h.officer) addHeld(person(h.officer, h.department), h);
		if (h.department) addHeld(dept(h.department), h);
	}
	for (const s of spent) {
		addSpent(person(s.officer, s.department), s);
		if (s.department) addSpent(dept(s.department), s);
	}
	const finish = <R extends Counts>(rows: R[], name: (r: R) => string) =>
		rows
			.map((r) => ({ ...r, step_days: round2(r.step_days), avg_step_days: r.steps ? round2(r.step_days / r.steps) : null }))
			.sort((a, b) => urgency(a, b) || name(a).localeCompare(name(b), 'vi'));
	return {
		unit,
		window: b.window,
		officials: finish([...people.values()], (r) => r.officer),
		departments: finish([...depts.values()], (r) => r.department)
	};
}
