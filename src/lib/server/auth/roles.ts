import type { Viewer } from '../read/scope';
import { ROLES, type Role } from '../../roles';

export { ROLES, type Role };

export const isRole = (s: unknown): s is Role => typeof s === 'string' && (ROLES as readonly string[]).includes(s);

/** Roles that may be granted unmasked personal data (citizens' names, identity and phone numbers). */
export const PERSONAL_ROLES: readonly Role[] = ['manager', 'unit_officer'];
/** Roles that read dossiers at all; the others see public scores only. */
export const DOSSIER_ROLES: readonly Role[] = ['national_leader', 'manager', 'unit_officer', 'analyst', 'administrator'];

/** What a new account of a role gets unless the administrator says otherwise. */
export function roleDefaults(role: Role): { personal: boolean; can_export: boolean } {
	return { personal: PERSONAL_ROLES.includes(role), can_export: DOSSIER_ROLES.includes(role) };
}

export interface User {
	id: string;
	username: string;
	display_name: string;
	role: Role;
	units: string[];
	personal: boolean;
	can_export: boolean;
	disabled: boolean;
	oidc_issuer: string | null;
	oidc_sub: string | null;
	failed_count: number;
	locked_until: Date | null;
	created_at: Date;
	updated_at: Date;
}

/** Nobody signed in: public scores only, no dossier is in scope. */
export const ANONYMOUS: Viewer = { id: 'anonymous', name: 'Khách', role: 'anonymous', units: [], personal: false, export: false };

/**
 * The read path's viewer for an account. The role bounds what the account's own flags may grant: personal data
 * only for managers and unit officers, nothing dossier-level for feed sources.
 */
export function viewerOf(u: Pick<User, 'id' | 'display_name' | 'role' | 'units' | 'personal' | 'can_export'>): Viewer {
	const base = { id: u.id, name: u.display_name, role: u.role };
	const personal = PERSONAL_ROLES.includes(u.role) && u.personal;
	switch (u.role) {
		case 'national_leader':
		case 'administrator':
			return { ...base, units: 'all', personal: false, export: u.can_export };
		case 'manager':
		case 'unit_officer':
			return { ...base, units: [...u.units], personal, export: u.can_export };
		case 'analyst':
			return { ...base, units: u.units.length ? [...u.units] : 'all', personal: false, export: u.can_export };
		default:
			return { ...base, units: [], personal: false, export: false };
	}
}

export const readsDossiers = (v: Viewer) => (DOSSIER_ROLES as readonly string[]).includes(v.role);
