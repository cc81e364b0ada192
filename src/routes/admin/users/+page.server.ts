import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '$lib/server/app';
import { adminPage, actorOf } from '$lib/server/auth/guard';
import { listUsers, createUser, updateUser, setPassword, getUser, UserError } from '$lib/server/auth/users';
import { isRole, ROLES } from '$lib/server/auth/roles';
import { audit } from '$lib/server/auth/audit';

const units = (v: FormDataEntryValue | null) =>
	String(v ?? '')
		.split(/[\s,;]+/)
		.filter(Boolean);

export const load: PageServerLoad = async (event) => {
	adminPage(event);
	const { store } = await getApp();
	const users = await listUsers(store);
	return {
		roles: ROLES,
		users: users.map((u) => ({
			id: u.id,
			username: u.username,
			display_name: u.display_name,
			role: u.role,
			units: u.units,
			personal: u.personal,
			can_export: u.can_export,
			disabled: u.disabled,
			sso: !!u.oidc_sub,
			locked: !!u.locked_until && u.locked_until.getTime() > Date.now(),
			created_at: u.created_at
		}))
	};
};

function problem(e: unknown) {
	if (e instanceof UserError) return fail(400, { problem: e.message, field: e.field });
	throw e;
}

export const actions: Actions = {
	create: async (event) => {
		adminPage(event);
		const f = await event.request.formData();
		const role = String(f.get('role') ?? '');
		if (!isRole(role)) return fail(400, { problem: 'unknown role', field: 'role' });
		const { store } = await getApp();
		try {
			const u = await createUser(store, {
				username: String(f.get('username') ?? ''),
				display_name: String(f.get('display_name') ?? ''),
				role,
				units: units(f.get('units')),
				password: String(f.get('password') ?? '')
			});
			await audit(store, actorOf(event), {
				action: 'user_changed',
				target: u.username,
				filters: { created: true, role: u.role, units: u.units }
			});
			return { done: 'created', username: u.username };
		} catch (e) {
			return problem(e);
		}
	},
	update: async (event) => {
		adminPage(event);
		const f = await event.request.formData();
		const id = String(f.get('id') ?? '');
		const role = String(f.get('role') ?? '');
		if (!isRole(role)) return fail(400, { problem: 'unknown role', field: 'role' });
		const { store } = await getApp();
		if (id === event.locals.user!.id && (role !== 'administrator' || f.get('disabled') === 'on'))
			return fail(400, { problem: 'an administrator cannot demote or disable their own account', field: 'role' });
		try {
			const u = await updateUser(store, id, {
				display_name: String(f.get('display_name') ?? '') || undefined,
				role,
				// A national role has no units: a code left in the field from the former role is not an error.
				units: role === 'national_leader' || role === 'administrator' ? [] : units(f.get('units')),
				personal: f.get('personal') === 'on',
				can_export: f.get('can_export') === 'on',
				disabled: f.get('disabled') === 'on'
			});
			await audit(store, actorOf(event), {
				action: 'user_changed',
				target: u.username,
				filters: { role: u.role, units: u.units, personal: u.personal, can_export: u.can_export, disabled: u.disabled }
			});
			return { done: 'updated', username: u.username };
		} catch (e) {
			return problem(e);
		}
	},
	password: async (event) => {
		adminPage(event);
		const f = await event.request.formData();
		const id = String(f.get('id') ?? '');
		const { store } = await getApp();
		const u = await getUser(store, id);
		if (!u) return fail(404, { problem: 'no such account', field: 'id' });
		try {
			await setPassword(store, id, String(f.get('password') ?? ''));
			await audit(store, actorOf(event), { action: 'user_changed', target: u.username, filters: { password_reset: true } });
			return { done: 'password', username: u.username };
		} catch (e) {
			return problem(e);
		}
	}
};
