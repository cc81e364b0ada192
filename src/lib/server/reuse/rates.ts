import { percent } from '../index/score';

/**
 * The three rates of data reuse (INDICATORS.md, "Data reuse and re-requested documents"), as pure arithmetic on
 * counts. A parent's rates come from its summed counts, never from its children's rates.
 *
 *   reuse rate           = dossiers with ≥ 1 component satisfied from data / dossiers received
 *   component reuse rate = components satisfied from data / components
 *   re-request rate      = replaceable components still uploaded or brought on paper / replaceable components
 */

export interface ReuseCounts {
	/** Dossiers received in the window. */
	received: number;
	/** … with at least one component satisfied from data (vneid, database, personal_storage, reused). */
	reusing: number;
	/** … with at least one component reused from earlier digitised dossiers or results (source 'reused'). */
	reusedDigitised: number;
	components: number;
	fromData: number;
	/** Components the catalogue version in force at reception marks as replaceable by a database. */
	replaceable: number;
	/** … that the applicant still had to upload or bring on paper: the violations. */
	rerequested: number;
	/** Dossiers with at least one re-requested component. */
	violating: number;
}

export const ZERO: ReuseCounts = {
	received: 0,
	reusing: 0,
	reusedDigitised: 0,
	components: 0,
	fromData: 0,
	replaceable: 0,
	rerequested: 0,
	violating: 0
};

export interface Rate {
	num: number;
	den: number;
	/** num / den, or null when den = 0 ("không phát sinh"). */
	ratio: number | null;
	/** Percentage with 2 decimals, exactly rounded, or null. */
	pct: number | null;
}

export interface ReuseRates {
	reuse: Rate;
	componentReuse: Rate;
	rerequest: Rate;
}

export function rate(num: number, den: number): Rate {
	return { num, den, ratio: den > 0 ? num / den : null, pct: percent(num, den) };
}

export function reuseRates(c: ReuseCounts): ReuseRates {
	return {
		reuse: rate(c.reusing, c.received),
		componentReuse: rate(c.fromData, c.components),
		rerequest: rate(c.rerequested, c.replaceable)
	};
}

export function addCounts(a: ReuseCounts, b: ReuseCounts): ReuseCounts {
	const out = { ...a };
	for (const k of Object.keys(ZERO) as (keyof ReuseCounts)[]) out[k] = a[k] + b[k];
	return out;
}

/**
 * Competition ranks (1, 2, 2, 4) on a rate as shown (percentage with 2 decimals): `desc` gives rank 1 to the highest.
 * Units without a rate (denominator 0) get no rank.
 */
export function rankByRate<T>(rows: T[], rateOf: (r: T) => Rate, dir: 'desc' | 'asc'): Map<T, number | null> {
	const key = (r: T) => {
		const p = rateOf(r).pct;
		return p == null ? null : Math.round(p * 100) * (dir === 'desc' ? 1 : -1);
	};
	const keys = rows.map(key);
	const out = new Map<T, number | null>();
	rows.forEach((r, i) => {
		const k = keys[i];
		out.set(r, k == null ? null : 1 + keys.filter((x) => x != null && x > k).length);
	});
	return out;
}
