import type { Snapshot, PortalTime } from './record';

/**
 * The native events a snapshot implies (FEED.md). Ids are derived from the dossier code and the fact, and every
 * event's content from facts that do not change once they have happened, so a later snapshot implies a superset of
 * an earlier one's events: sent through the native ingest, the known ones come back as duplicates and only the
 * difference is stored. A fact that does change (a corrected date) comes back as a conflict, kept for review.
 */

export type NativeEvent = Record<string, unknown> & { id: string; dossier: string; type: string; at: string };

/** Which native database a component "taken from the national store" came from is not in the record. */
export const DMQG_DATABASE = 'dmqg';

export function impliedEvents(s: Snapshot): NativeEvent[] {
	const out: NativeEvent[] = [];
	const add = (fact: string, type: string, at: PortalTime, fields: Record<string, unknown> = {}) => {
		const e: NativeEvent = { id: `${s.code}~${fact}`, dossier: s.code, type, at: at.iso, agency: s.agency };
		for (const [k, v] of Object.entries(fields)) if (v != null) e[k] = v;
		out.push(e);
	};

	// The portal holds a record of the dossier as of its latest date; the first one counts as the sync.
	add(`synced-${s.latest.text}`, 'synced', s.latest);

	if (s.status === 3 && s.refused) add('not_accepted', 'not_accepted', s.refused, { procedure: s.procedure, channel: s.channel });

	const r = s.received;
	if (r) {
		add('received', 'received', r, {
			procedure: s.procedure,
			channel: s.channel,
			// The appointment given at reception; later ones arrive as supplements and new appointments.
			due: (s.supplements[0]?.dueBefore ?? s.due)?.iso,
			submitted: s.submitted?.iso,
			applicant: s.applicant,
			fee: s.fees,
			vneid: s.vneid,
			components: s.components.length
				? s.components.map((c) =>
						c.fromDatabase
							? { code: c.code, source: 'database', database: DMQG_DATABASE }
							: { code: c.code, source: c.reused ? 'reused' : s.channel === 'online' ? 'upload' : 'paper' }
					)
				: null,
			applicant_name: s.person.name,
			applicant_id_number: s.person.idNumber,
			applicant_phone: s.person.phone,
			applicant_email: s.person.email,
			summary: s.person.summary
		});

		// Digitisation grows from snapshot to snapshot: one event per count reached, the fold keeps the largest.
		const digitised = s.components.length ? s.components.filter((c) => c.digitised).length : s.hasDigitised ? 1 : 0;
		if (digitised > 0) add(`digitised-${digitised}`, 'digitised', r, { components_digitised: digitised });

		s.supplements.forEach((b, i) => {
			const n = i + 1;
			if (b.requested) {
				add(`bs${n}-req`, 'supplement_requested', b.requested, { reason: b.reason });
				if (b.received) add(`bs${n}-recv`, 'supplement_received', b.received, { due: b.dueAfter?.iso });
			} else if (b.received && b.dueAfter) add(`bs${n}-due`, 'rescheduled', b.received, { due: b.dueAfter.iso });
		});

		// The record has no payment time: a payment counts from reception. Awaiting payment (6) is not paid yet;
		// a fee-bearing dossier returned (10) without online payment was paid at the counter.
		if ((s.fees ?? 0) > 0 && s.status !== 6 && (s.payment || s.status === 10))
			add('paid', 'paid', r, { amount: s.fees, method: s.payment ?? 'cash' });

		if (s.status === 9 || s.status === 10) {
			const done = s.ended ?? s.returned!;
			add('completed', 'completed', done, { e_result: s.resultFile, result_file: s.resultFile });
		}
		if (s.status === 10) add('returned', 'returned', s.returned!);
		if (s.status === 8) add('stopped', 'stopped', s.ended!);
	}
	if (s.status === 7) add('withdrawn', 'withdrawn', s.ended!);

	// Step ids by start time: a step added later never renames an earlier one.
	const seen = new Map<string, number>();
	for (const st of s.steps) {
		const k = (seen.get(st.from.text) ?? 0) + 1;
		seen.set(st.from.text, k);
		add(`step-${st.from.text}${k > 1 ? `-${k}` : ''}`, 'assigned', st.from, { officer: st.officer, department: st.department });
	}
	return out;
}
