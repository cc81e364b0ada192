import type { Store } from '../store/db';

export const AUDIT_ACTIONS = [
	'view_personal',
	'export',
	'sign_in',
	'sign_in_failed',
	'sign_out',
	'token_created',
	'token_revoked',
	'user_changed',
	'settings_changed'
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface Actor {
	user_id: string | null;
	username: string | null;
	role: string | null;
	ip: string | null;
}

export interface AuditEntry {
	action: AuditAction;
	target?: string | null;
	filters?: Record<string, unknown> | null;
}

export async function audit(store: Store, who: Actor, e: AuditEntry): Promise<void> {
	await store.write((c) =>
		c.run(
			`INSERT INTO audit_log (user_id, username, role, action, target, filters, ip) VALUES ($1, $2, $3, $4, $5, $6::JSON, $7)`,
			[who.user_id, who.username, who.role, e.action, e.target ?? null, e.filters ? JSON.stringify(e.filters) : null, who.ip]
		)
	);
}

export interface AuditQuery {
	action?: string | null;
	user?: string | null;
	from?: string | null;
	to?: string | null;
}

function where(q: AuditQuery): { sql: string; params: string[] } {
	const w: string[] = [];
	const params: string[] = [];
	const add = (sql: string, v: string) => {
		params.push(v);
		w.push(sql.replace('?', `$${params.length}`));
	};
	if (q.action) add('action = ?', q.action);
	if (q.user) add('username = ?', q.user);
	if (q.from && /^\d{4}-\d{2}-\d{2}$/.test(q.from)) add('"at" >= vn_day_start(?::DATE)', q.from);
	if (q.to && /^\d{4}-\d{2}-\d{2}$/.test(q.to)) add('"at" <= vn_day_end(?::DATE)', q.to);
	return { sql: w.length ? `WHERE ${w.join(' AND ')}` : '', params };
}

export interface AuditRow {
	id: number;
	at: Date;
	user_id: string | null;
	username: string | null;
	role: string | null;
	action: string;
	target: string | null;
	filters: string | null;
	ip: string | null;
}

export async function listAudit(store: Store, q: AuditQuery, limit = 100, offset = 0) {
	const { sql, params } = where(q);
	const [rows, total] = await Promise.all([
		store.all<AuditRow>(
			`SELECT id, "at", user_id, username, role, action, target, filters::VARCHAR AS filters, ip FROM audit_log ${sql}
			 ORDER BY id DESC LIMIT ${Math.min(1000, Math.max(1, limit))} OFFSET ${Math.max(0, offset)}`,
			params
		),
		store.one<{ n: number }>(`SELECT count(*) AS n FROM audit_log ${sql}`, params)
	]);
	return { rows, total: total?.n ?? 0 };
}

export async function* auditCsvRows(store: Store, q: AuditQuery): AsyncGenerator<unknown[][]> {
	const { sql, params } = where(q);
	// Rows stream in pages so a long log does not sit in memory.
	for (let offset = 0; ; offset += 5000) {
		const rows = await store.all<AuditRow>(
			`SELECT id, "at", user_id, username, role, action, target, filters::VARCHAR AS filters, ip FROM audit_log ${sql}
			 ORDER BY id LIMIT 5000 OFFSET ${offset}`,
			params
		);
		if (!rows.length) return;
		yield rows.map((r) => [r.id, r.at, r.username, r.role, r.action, r.target, r.filters, r.ip]);
		if (rows.length < 5000) return;
	}
}

export const AUDIT_CSV_COLUMNS = ['id', 'at', 'username', 'role', 'action', 'target', 'filters', 'ip'];
