import type { Store } from '../store/db';
import { hashPassword, verifyPassword, passwordProblem } from './passwords';
import { randomToken } from './crypto';
import { isRole, roleDefaults, type Role, type User } from './roles';

/** Failed sign-ins before an account is locked, and for how long. */
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

export class UserError extends Error {
	constructor(
		readonly field: string,
		message: string
	) {
		super(message);
	}
}

const COLUMNS = `id, username, display_name, role, units, personal, can_export, disabled, oidc_issuer, oidc_sub, failed_count,
	locked_until, created_at, updated_at`;

export async function getUser(store: Store, id: string): Promise<User | undefined> {
	return store.one<User>(`SELECT ${COLUMNS} FROM users WHERE id = $1`, [id]);
}

export async function findUser(store: Store, username: string): Promise<User | undefined> {
	return store.one<User>(`SELECT ${COLUMNS} FROM users WHERE username = $1`, [normalise(username)]);
}

export async function listUsers(store: Store): Promise<User[]> {
	return store.all<User>(`SELECT ${COLUMNS} FROM users ORDER BY role, username`);
}

const normalise = (username: string) => username.trim().toLowerCase();

/**
 * Checks the units an account of a role is bound to: managers to roots (a ministry or a province), unit officers
 * to exactly one unit, analysts and feed sources to any units (none: national analyst), national roles to none.
 */
export async function checkUnits(store: Store, role: Role, units: string[]): Promise<string[]> {
	const codes = [...new Set(units.map((u) => u.trim()).filter(Boolean))];
	if (role === 'national_leader' || role === 'administrator') {
		if (codes.length) throw new UserError('units', 'national roles are not bound to units');
		return [];
	}
	if (role === 'unit_officer' && codes.length !== 1) throw new UserError('units', 'a unit officer belongs to exactly one unit');
	if ((role === 'manager' || role === 'feed_source') && !codes.length) throw new UserError('units', 'name at least one unit');
	if (!codes.length) return [];
	// A feed source for every unit (the national portal, the demo) is bound to '*', as its tokens are.
	if (role === 'feed_source' && codes.includes('*')) {
		if (codes.length > 1) throw new UserError('units', '* stands alone: it already covers every unit');
		return codes;
	}
	const known = await store.all<{ code: string; depth: number }>(
		`SELECT code, depth FROM units WHERE code IN (SELECT unnest(CAST($1::JSON AS VARCHAR[])))`,
		[JSON.stringify(codes)]
	);
	const missing = codes.filter((c) => !known.some((k) => k.code === c));
	if (missing.length) throw new UserError('units', `unknown unit code: ${missing.join(', ')}`);
	if (role === 'manager' && known.some((k) => k.depth !== 0))
		throw new UserError('units', 'a manager is bound to a ministry or a province (a root unit)');
	return codes;
}

export interface NewUser {
	username: string;
	display_name: string;
	role: Role;
	units?: string[];
	password?: string | null;
	personal?: boolean;
	can_export?: boolean;
	oidc_issuer?: string | null;
	oidc_sub?: string | null;
}

export async function createUser(store: Store, u: NewUser): Promise<User> {
	const username = normalise(u.username);
	if (!/^[a-z0-9._-]{3,64}$/.test(username))
		throw new UserError('username', 'username: 3 to 64 letters a-z, digits, dot, dash or underscore');
	if (!isRole(u.role)) throw new UserError('role', 'unknown role');
	if (!u.display_name.trim()) throw new UserError('display_name', 'a display name is needed');
	if (u.password != null) {
		const p = passwordProblem(u.password);
		if (p) throw new UserError('password', `password: ${p}`);
	}
	const units = await checkUnits(store, u.role, u.units ?? []);
	if (await findUser(store, username)) throw new UserError('username', `the username "${username}" is taken`);
	const d = roleDefaults(u.role);
	const id = `u_${randomToken(12)}`;
	const hash = u.password != null ? await hashPassword(u.password) : null;
	await store.write((c) =>
		c.run(
			`INSERT INTO users (id, username, display_name, password_hash, role, units, personal, can_export, oidc_issuer, oidc_sub)
			 VALUES ($1, $2, $3, $4, $5, CAST($6::JSON AS VARCHAR[]), $7, $8, $9, $10)`,
			[
				id,
				username,
				u.display_name.trim(),
				hash,
				u.role,
				JSON.stringify(units),
				u.personal ?? d.personal,
				u.can_export ?? d.can_export,
				u.oidc_issuer ?? null,
				u.oidc_sub ?? null
			]
		)
	);
	return (await getUser(store, id))!;
}

export interface UserChange {
	display_name?: string;
	role?: Role;
	units?: string[];
	personal?: boolean;
	can_export?: boolean;
	disabled?: boolean;
}

/** Changes an account; a role, scope or disabling change ends its sessions, so it takes effect at once. */
export async function updateUser(store: Store, id: string, ch: UserChange): Promise<User> {
	const u = await getUser(store, id);
	if (!u) throw new UserError('id', 'no such account');
	const role = ch.role ?? u.role;
	if (!isRole(role)) throw new UserError('role', 'unknown role');
	const units = await checkUnits(store, role, ch.units ?? (ch.role && ch.role !== u.role ? [] : u.units));
	const next = {
		display_name: ch.display_name?.trim() || u.display_name,
		role,
		units,
		personal: ch.personal ?? u.personal,
		can_export: ch.can_export ?? u.can_export,
		disabled: ch.disabled ?? u.disabled
	};
	const narrowed =
		next.role !== u.role ||
		next.units.join() !== u.units.join() ||
		(u.personal && !next.personal) ||
		(u.can_export && !next.can_export) ||
		next.disabled;
	await store.transaction(async (c) => {
		await c.run(
			`UPDATE users SET display_name = $2, role = $3, units = CAST($4::JSON AS VARCHAR[]), personal = $5, can_export = $6, disabled = $7,
				updated_at = now() WHERE id = $1`,
			[id, next.display_name, next.role, JSON.stringify(next.units), next.personal, next.can_export, next.disabled]
		);
		if (narrowed) await c.run(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [id]);
	}, 'users');
	return (await getUser(store, id))!;
}

/** Sets a new password, unlocks the account and ends its sessions. */
export async function setPassword(store: Store, id: string, password: string): Promise<void> {
	const p = passwordProblem(password);
	if (p) throw new UserError('password', `password: ${p}`);
	const hash = await hashPassword(password);
	await store.transaction(async (c) => {
		await c.run(`UPDATE users SET password_hash = $2, failed_count = 0, locked_until = NULL, updated_at = now() WHERE id = $1`, [
			id,
			hash
		]);
		await c.run(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [id]);
	}, 'users');
}

export type SignInResult =
	| { ok: true; user: User }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'locked'; until: Date }
	| { ok: false; reason: 'disabled' };

/** Failures of usernames that do not exist, so that they lock like real ones and give nothing away. */
const phantom = new Map<string, { count: number; until: number | null }>();

/**
 * Checks a username and password. Five failures in a row lock the account for 15 minutes (during which even the
 * right password is refused); unknown usernames behave the same, so the answers never tell who exists.
 */
export async function signInWithPassword(store: Store, username: string, password: string): Promise<SignInResult> {
	const name = normalise(username);
	const row = await store.one<User & { password_hash: string | null }>(
		`SELECT ${COLUMNS}, password_hash FROM users WHERE username = $1`,
		[name]
	);
	const now = Date.now();
	if (!row) {
		const p = phantom.get(name) ?? { count: 0, until: null };
		if (p.until && p.until > now) return { ok: false, reason: 'locked', until: new Date(p.until) };
		await verifyPassword(null, password);
		p.count = (p.until ? 0 : p.count) + 1;
		p.until = null;
		if (p.count >= MAX_FAILURES) {
			p.until = now + LOCK_MINUTES * 60_000;
			p.count = 0;
		}
		if (phantom.size > 50_000) phantom.clear();
		phantom.set(name, p);
		return p.until ? { ok: false, reason: 'locked', until: new Date(p.until) } : { ok: false, reason: 'invalid' };
	}
	if (row.locked_until && row.locked_until.getTime() > now) return { ok: false, reason: 'locked', until: row.locked_until };
	const good = await verifyPassword(row.password_hash, password);
	if (good && row.disabled) return { ok: false, reason: 'disabled' };
	if (good) {
		if (row.failed_count || row.locked_until)
			await store.write((c) => c.run(`UPDATE users SET failed_count = 0, locked_until = NULL WHERE id = $1`, [row.id]));
		const { password_hash: _, ...user } = row;
		return { ok: true, user };
	}
	const locked = await store.write(async (c) => {
		const r = await c.runAndReadAll(
			`UPDATE users SET
				failed_count = CASE WHEN failed_count + 1 >= ${MAX_FAILURES} THEN 0 ELSE failed_count + 1 END,
				locked_until = CASE WHEN failed_count + 1 >= ${MAX_FAILURES} THEN now() + INTERVAL ${LOCK_MINUTES} MINUTE ELSE NULL END
			 WHERE id = $1 RETURNING locked_until`,
			[row.id]
		);
		return r.getRowObjectsJS()[0]?.locked_until as Date | null;
	});
	return locked ? { ok: false, reason: 'locked', until: locked } : { ok: false, reason: 'invalid' };
}

/** The account behind an OpenID Connect subject, created or brought up to date from the mapped claims. */
export async function upsertOidcUser(
	store: Store,
	issuer: string,
	sub: string,
	claims: { username: string; display_name: string; role: Role; units: string[] }
): Promise<User> {
	const existing = await store.one<{ id: string }>(`SELECT id FROM users WHERE oidc_issuer = $1 AND oidc_sub = $2`, [
		issuer,
		sub
	]);
	if (existing) {
		const u = (await getUser(store, existing.id))!;
		// The identity provider is the source of truth for role and unit; local flags stay as the administrator set them.
		if (u.role !== claims.role || u.units.join() !== claims.units.join() || u.display_name !== claims.display_name) {
			const d = roleDefaults(claims.role);
			return updateUser(store, u.id, {
				role: claims.role,
				units: claims.units,
				display_name: claims.display_name,
				...(u.role !== claims.role ? d : {})
			});
		}
		return u;
	}
	let username = normalise(claims.username)
		.replace(/[^a-z0-9._-]/g, '-')
		.slice(0, 60);
	if (username.length < 3) username = `sso-${username}`;
	if (await findUser(store, username))
		username = `${username.slice(0, 50)}-${randomToken(4)
			.toLowerCase()
			.replace(/[^a-z0-9]/g, 'x')}`;
	return createUser(store, {
		username,
		display_name: claims.display_name,
		role: claims.role,
		units: claims.units,
		password: null,
		oidc_issuer: issuer,
		oidc_sub: sub
	});
}
