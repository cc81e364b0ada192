import type { Store } from '../store/db';

/**
 * A dossier's processing steps (QuaTrinhXuLy of its latest portal snapshot) as they stood at T: who held it, in which
 * department, from when to when, and where time was lost — the longest step, and steps past their own time limit.
 */
export interface DossierStep {
	seq: number;
	officer: string | null;
	title: string | null;
	department: string | null;
	agency: string | null;
	agency_name: string | null;
	action: string | null;
	status: string | null;
	from: Date;
	/** null: still holding it at T. */
	to: Date | null;
	due: Date | null;
	/** Calendar time from `from` to `to` (or T). */
	ms: number;
	over_due: boolean;
	longest: boolean;
}

export async function dossierSteps(store: Store, dossier: string, T: Date): Promise<DossierStep[]> {
	const rows = await store.all<{
		seq: number;
		officer: string | null;
		title: string | null;
		department: string | null;
		agency: string | null;
		agency_name: string | null;
		action: string | null;
		status: string | null;
		started_at: Date;
		ended_at: Date | null;
		due_at: Date | null;
	}>(
		`SELECT s.seq, s.officer, s.title, s.department, s.agency, u.name AS agency_name, s.action, s.status,
			s.started_at, s.ended_at, s.due_at
		 FROM dossier_steps s LEFT JOIN units u ON u.code = s.agency
		 WHERE s.dossier = $1 AND s.started_at <= $2::TIMESTAMPTZ ORDER BY s.seq`,
		[dossier, T.toISOString()]
	);
	const steps = rows.map((r) => {
		const to = r.ended_at && r.ended_at <= T ? r.ended_at : null;
		const end = to ?? T;
		return {
			seq: r.seq,
			officer: r.officer,
			title: r.title,
			department: r.department,
			agency: r.agency,
			agency_name: r.agency_name,
			action: r.action,
			status: r.status,
			from: r.started_at,
			to,
			due: r.due_at,
			ms: end.getTime() - r.started_at.getTime(),
			over_due: r.due_at != null && end > r.due_at,
			longest: false
		};
	});
	const longest = steps.reduce<DossierStep | undefined>((a, s) => (!a || s.ms > a.ms ? s : a), undefined);
	if (longest && longest.ms > 0) longest.longest = true;
	return steps;
}
