import { Calendar } from '../calendar/calendar';
import { CALENDAR_EXCEPTIONS } from '../reference/holidays';
import { rng, type Rng } from './random';
import { applicant, summary, RATING_COMMENTS, SUPPLEMENT_REASONS } from './people';
import { vnIso, vnDay, vnAt, addDays } from './time';
import type { WorldSnapshot, SnapshotUnit, SnapshotProcedure } from './snapshot';

/**
 * Live mode: keeps sending new native events through the real HTTP ingest (POST /api/v1/events, NDJSON) at a
 * steady rate, starting from the generated world: new dossiers at current units, and progress on open ones
 * (assignment, payment, sync, supplements, completion — late for those already overdue —, return, rating).
 */

export interface LiveOptions {
	/** Base URL of the dashboard, e.g. http://localhost:3766 */
	url: string;
	/** Events per second. */
	rate?: number;
	seed?: number;
	world: WorldSnapshot;
	/** Feed token (Authorization: Bearer …). */
	token?: string;
	/** Status lines and errors. */
	log?: (line: string) => void;
	/** Seconds between status lines. */
	statusEvery?: number;
}

export interface LiveStats {
	sent: number;
	newDossiers: number;
	updates: number;
	rejected: number;
	retries: number;
	open: number;
}

export interface Live {
	stats: LiveStats;
	/** Finishes the batch in flight, then stops. */
	stop(): Promise<void>;
	/** Resolves when the loop has ended. */
	done: Promise<void>;
}

type Event = Record<string, unknown>;

interface OpenDossier {
	dossier: string;
	unit: SnapshotUnit;
	procedure: SnapshotProcedure;
	channel: string;
	due: number;
	fee: number;
	assigned: number;
	paid: boolean;
	synced: boolean;
	supplement: 'none' | 'pending' | 'done';
	completed: boolean;
	eResult: boolean;
	returned: boolean;
}

const calendar = new Calendar(CALENDAR_EXCEPTIONS);
const MAX_OPEN = 20_000;

/** The appointment for a dossier received now: the legal time limit on the working-day calendar. */
export function dueFor(p: SnapshotProcedure, received: number, at17: boolean): number {
	const today = vnDay(received);
	const nextWorking = (d: string) => {
		while (!calendar.isWorking(d)) d = addDays(d, 1);
		return d;
	};
	const { value, unit } = p.timeLimit;
	let day: string;
	if (unit === 'working_days') day = calendar.addWorkingDays(today, Math.ceil(value));
	else if (unit === 'hours') day = calendar.addWorkingDays(today, Math.ceil(value / 8));
	else if (unit === 'days') day = nextWorking(addDays(today, Math.ceil(value)));
	else {
		const [y, m, d] = today.split('-').map(Number);
		const t = new Date(Date.UTC(y, m - 1 + Math.ceil(value), d));
		day = nextWorking(t.toISOString().slice(0, 10));
	}
	return at17 || unit === 'hours' ? vnAt(day, 17) : vnAt(day, 24) - 1000;
}

/** Picks by cumulative weight (binary search). */
function sampler<T>(items: T[], weight: (t: T) => number): (u: number) => T {
	const cum: number[] = [];
	let total = 0;
	for (const t of items) cum.push((total += Math.max(0, weight(t))));
	return (u) => {
		const x = u * total;
		let lo = 0;
		let hi = cum.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cum[mid] > x) hi = mid;
			else lo = mid + 1;
		}
		return items[lo];
	};
}

export function startLive(opts: LiveOptions): Live {
	const world = opts.world;
	const rate = opts.rate ?? 5;
	const log = opts.log ?? ((l: string) => console.error(l));
	const runId = Date.now().toString(36);
	const r: Rng = rng(opts.seed ?? world.seed, 'live', runId);
	const endpoint = `${opts.url.replace(/\/$/, '')}/api/v1/events`;
	const pickUnit = sampler(world.units, (u) => u.weight);
	const units = new Map(world.units.map((u) => [u.code, u]));
	const procedures = new Map(world.procedures.map((p) => [p.code, p]));
	const stats: LiveStats = { sent: 0, newDossiers: 0, updates: 0, rejected: 0, retries: 0, open: 0 };
	const open: OpenDossier[] = [];
	let seq = 0;

	for (const d of world.open) {
		const unit = units.get(d.agency);
		const procedure = procedures.get(d.procedure);
		if (!unit || !procedure) continue;
		open.push({
			dossier: d.dossier,
			unit,
			procedure,
			channel: d.channel,
			due: Date.parse(d.due),
			fee: d.fee,
			assigned: 1,
			paid: d.paid || d.fee === 0,
			synced: d.synced,
			supplement: d.supplement ? 'pending' : 'none',
			completed: false,
			eResult: false,
			returned: false
		});
	}

	const envelope = (d: OpenDossier, type: string, now: number, extra: Event = {}): Event => ({
		id: `${d.dossier}-L${runId}.${++seq}`,
		dossier: d.dossier,
		type,
		at: vnIso(now),
		agency: d.unit.code,
		...extra
	});

	/** Outside office hours only online dossiers come in. */
	function officeOpen(now: number): boolean {
		const h = (((now / 3600_000 + 7) % 24) + 24) % 24;
		return calendar.isWorking(vnDay(now)) && h >= 7.5 && h < 17;
	}

	function received(now: number): [OpenDossier, Event] {
		const open = officeOpen(now);
		let unit = pickUnit(r());
		let [pi, level] = r.weighted(unit.offerings, ([i]) => world.procedures[i].volume);
		for (let tries = 0; !open && level === 'none' && tries < 20; tries++) {
			unit = pickUnit(r());
			[pi, level] = r.weighted(unit.offerings, ([i]) => world.procedures[i].volume);
		}
		const p = world.procedures[pi];
		const rates = unit.rates;
		const pOnline = level === 'full' ? Math.min(0.97, rates.online * 1.3) : level === 'partial' ? rates.online * 0.75 : 0;
		const channel = !open && level !== 'none' ? 'online' : r.chance(pOnline) ? 'online' : r.chance(0.04) ? 'postal' : 'in_person';
		const kind = p.target === 'business' || (p.target === 'both' && r.chance(0.45)) ? 'business' : 'citizen';
		const gso = unit.gso && r.chance(0.88) ? unit.gso : r.pick(['01', '79', '31', '48', '92', '38', '40', '24', '75', '66']);
		const a = applicant(r, kind, gso, channel === 'online' && r.chance(0.3));
		const vneid = r.chance(channel === 'online' ? rates.vneid : rates.vneid * 0.3);
		const components = p.components.map((c) => {
			const reuse = rates.reuse * (channel === 'online' ? 1 : 0.8);
			const source = c.replaceableBy
				? r.chance(reuse)
					? c.replaceableBy === 'population' && vneid && r.chance(0.5)
						? 'vneid'
						: 'database'
					: channel === 'online'
						? 'upload'
						: 'paper'
				: r.chance(0.03)
					? 'reused'
					: r.chance(rates.personalStorage * 0.3)
						? 'personal_storage'
						: channel === 'online'
							? 'upload'
							: 'paper';
			return { code: c.code, source, database: source === 'database' || source === 'vneid' ? c.replaceableBy : null };
		});
		const fee = p.fee > 0 && !r.chance(0.03) ? p.fee : 0;
		const dossier = `${unit.code}-${vnDay(now).slice(2).replace(/-/g, '')}-L${runId}${String(++seq).padStart(4, '0')}`;
		const due = dueFor(p, now, unit.dueAt17);
		const d: OpenDossier = {
			dossier,
			unit,
			procedure: p,
			channel,
			due,
			fee,
			assigned: 0,
			paid: fee === 0,
			synced: false,
			supplement: 'none',
			completed: false,
			eResult: false,
			returned: false
		};
		const submitted = channel === 'online' ? now - Math.floor(r() * r() * 36 * 3600_000) - 60_000 : now;
		const event: Event = {
			id: `${dossier}-r`,
			dossier,
			type: 'received',
			at: vnIso(now),
			agency: unit.code,
			officer: r.pick(unit.officers),
			department: unit.reception,
			procedure: p.code,
			channel,
			due: vnIso(due),
			submitted: vnIso(submitted),
			applicant: a.kind,
			fee,
			vneid,
			population_data: components.some((c) => c.database === 'population') || (vneid && r.chance(0.5)),
			components,
			applicant_name: a.name,
			applicant_id_number: a.idNumber,
			applicant_phone: a.phone,
			...(a.email ? { applicant_email: a.email } : {}),
			summary: summary(p.code, p.name, a, r)
		};
		return [d, event];
	}

	/** The next thing that happens to an open dossier, or null when it leaves the pool. */
	function progress(d: OpenDossier, now: number): Event | null {
		const rates = d.unit.rates;
		const officer = () => r.pick(d.unit.officers);
		if (d.supplement === 'pending') {
			d.supplement = 'done';
			return envelope(d, 'supplement_received', now);
		}
		if (d.assigned === 0) {
			d.assigned++;
			const dept = d.unit.offerings.find(([i]) => world.procedures[i].code === d.procedure.code)?.[2];
			return envelope(d, 'assigned', now, {
				officer: officer(),
				department: dept === undefined ? d.unit.reception : world.departments[dept]
			});
		}
		if (!d.paid) {
			d.paid = true;
			const online = r.chance(Math.min(0.98, rates.payOnline * (d.channel === 'online' ? 1.25 : 0.35)));
			const method = online ? (r.chance(0.55) ? 'portal' : 'gateway') : r.chance(0.75) ? 'cash' : 'transfer';
			return envelope(d, 'paid', now, { amount: d.fee, method });
		}
		if (!d.synced) {
			d.synced = true;
			if (r.chance(rates.sync)) return envelope(d, 'synced', now);
		}
		if (!d.completed) {
			if (d.supplement === 'none' && r.chance(rates.supplement)) {
				d.supplement = 'pending';
				return envelope(d, 'supplement_requested', now, { officer: officer(), reason: r.pick(SUPPLEMENT_REASONS) });
			}
			if (d.assigned < 3 && r.chance(0.3)) {
				d.assigned++;
				return envelope(d, 'assigned', now, { officer: officer(), department: d.unit.reception });
			}
			d.completed = true;
			const approved = !r.chance(0.025);
			d.eResult = approved && r.chance(rates.eResult);
			return envelope(d, 'completed', now, {
				officer: officer(),
				outcome: approved ? 'approved' : 'rejected',
				e_result: d.eResult,
				result_file: d.eResult || r.chance(0.5),
				to_personal_storage: d.eResult && d.channel === 'online' && r.chance(Math.min(0.9, rates.personalStorage * 2))
			});
		}
		if (!d.returned) {
			d.returned = true;
			return envelope(d, 'returned', now, { channel: d.eResult && d.channel === 'online' ? 'online' : 'in_person' });
		}
		if (r.chance(rates.rated)) {
			const late = now > d.due;
			const u = r();
			const bad = rates.dissatisfied + (late ? 0.22 : 0);
			const value = u < bad ? 'dissatisfied' : u < bad + 0.08 ? 'neutral' : 'satisfied';
			return envelope(d, 'rated', now, {
				value,
				...(r.chance(0.35) ? { comment: r.pick(RATING_COMMENTS[value]) } : {})
			});
		}
		return null;
	}

	/** About a second's worth of events, at most one per dossier. */
	function batch(n: number): Event[] {
		const now = Date.now();
		const events: Event[] = [];
		const touched = new Set<string>();
		for (let i = 0; i < n; i++) {
			if (open.length < 50 || r.chance(0.4)) {
				const [d, e] = received(now);
				events.push(e);
				touched.add(d.dossier);
				if (open.length < MAX_OPEN) open.push(d);
				stats.newDossiers++;
				continue;
			}
			const k = Math.floor(r() * open.length);
			const d = open[k];
			if (touched.has(d.dossier)) continue;
			touched.add(d.dossier);
			const e = progress(d, now);
			if (e) {
				events.push(e);
				stats.updates++;
			}
			if (!e || e.type === 'rated') {
				open[k] = open[open.length - 1];
				open.pop();
			}
		}
		stats.open = open.length;
		return events;
	}

	let running = true;
	let wake: (() => void) | undefined;
	const sleep = (ms: number) =>
		new Promise<void>((resolve) => {
			const t = setTimeout(resolve, ms);
			wake = () => {
				clearTimeout(t);
				resolve();
			};
		});

	/** Sends one batch, retrying with backoff until it is answered (the ingest is idempotent). */
	async function send(events: Event[]): Promise<void> {
		const body = events.map((e) => JSON.stringify(e)).join('\n') + '\n';
		const headers: Record<string, string> = { 'content-type': 'application/x-ndjson' };
		if (opts.token) headers.authorization = `Bearer ${opts.token}`;
		for (let attempt = 0; ; attempt++) {
			let problem: string;
			try {
				const res = await fetch(endpoint, { method: 'POST', headers, body, signal: AbortSignal.timeout(60_000) });
				const text = await res.text();
				if (res.ok) {
					stats.sent += events.length;
					const report = JSON.parse(text || '{}') as { rejected?: number; errors?: { line: number; reason: string }[] };
					if (report.rejected) {
						stats.rejected += report.rejected;
						log(`[live] ${report.rejected} event(s) rejected: ${report.errors?.[0]?.reason ?? 'see the quarantine'}`);
					}
					return;
				}
				problem = `HTTP ${res.status}: ${text.slice(0, 200)}`;
				// A request the server will never accept is not retried forever.
				if (res.status === 400 || res.status === 401 || res.status === 403 || res.status === 413) {
					log(`[live] batch refused, not retried (${problem})`);
					return;
				}
			} catch (e) {
				problem = (e as Error).message;
			}
			if (!running) return;
			stats.retries++;
			const wait = Math.min(30_000, 1000 * 2 ** Math.min(attempt, 5));
			log(`[live] ${endpoint}: ${problem}; retrying the same ${events.length} events in ${wait / 1000} s`);
			await sleep(wait);
			if (!running) return;
		}
	}

	const statusEvery = (opts.statusEvery ?? 10) * 1000;
	const done = (async () => {
		let budget = 0;
		let next = Date.now();
		let lastStatus = Date.now();
		let sentAtStatus = 0;
		log(`[live] run ${runId}: ${rate} events/s to ${endpoint}, ${world.units.length} units, ${open.length} open dossiers`);
		while (running) {
			budget += rate;
			const n = Math.floor(budget);
			budget -= n;
			if (n > 0) {
				const events = batch(n);
				if (events.length) await send(events);
			}
			const now = Date.now();
			if (now - lastStatus >= statusEvery) {
				const s = stats;
				log(
					`[live] ${vnIso(now).slice(11, 19)} sent ${s.sent - sentAtStatus} events in ${Math.round((now - lastStatus) / 1000)} s ` +
						`(total ${s.sent}: ${s.newDossiers} new dossiers, ${s.updates} updates) · open ${s.open} · rejected ${s.rejected} · retries ${s.retries}`
				);
				lastStatus = now;
				sentAtStatus = s.sent;
			}
			next = Math.max(next + 1000, Date.now());
			await sleep(next - Date.now());
		}
		log(`[live] stopped after ${stats.sent} events (${stats.newDossiers} new dossiers)`);
	})();

	return {
		stats,
		done,
		async stop() {
			running = false;
			wake?.();
			await done;
		}
	};
}
