import type { LayoutServerLoad } from './$types';
import { adminPage } from '$lib/server/auth/guard';

/** Every administration page: administrators only (others signed in: 403; anonymous: the sign-in page). */
export const load: LayoutServerLoad = (event) => {
	adminPage(event);
	return {};
};
