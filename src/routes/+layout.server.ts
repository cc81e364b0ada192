import type { LayoutServerLoad } from './$types';
import { LANGS, type Lang } from '$lib/i18n';
import { readsDossiers } from '$lib/server/auth/roles';

/** The UI language: ?lang= (remembered in a cookie), else the cookie, else Vietnamese; and who is signed in. */
export const load: LayoutServerLoad = ({ url, cookies, locals }) => {
	const asked = url.searchParams.get('lang');
	let lang: Lang = 'vi';
	if (asked && (LANGS as string[]).includes(asked)) {
		lang = asked as Lang;
		cookies.set('lang', lang, { path: '/', httpOnly: false, sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
	} else {
		const c = cookies.get('lang');
		if (c && (LANGS as string[]).includes(c)) lang = c as Lang;
	}
	const u = locals.user;
	return {
		lang,
		user: u
			? {
					username: u.username,
					display_name: u.display_name,
					role: u.role,
					units: u.units,
					dossiers: readsDossiers(locals.viewer),
					personal: locals.viewer.personal
				}
			: null,
		// Forms that change state post it back (hooks.server.ts checks it).
		csrf: locals.session?.csrf_token ?? null
	};
};
