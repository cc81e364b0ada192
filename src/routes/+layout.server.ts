import type { LayoutServerLoad } from './$types';
import { LANGS, type Lang } from '$lib/i18n';

/** The UI language: ?lang= (remembered in a cookie), else the cookie, else Vietnamese. */
export const load: LayoutServerLoad = ({ url, cookies }) => {
	const asked = url.searchParams.get('lang');
	let lang: Lang = 'vi';
	if (asked && (LANGS as string[]).includes(asked)) {
		lang = asked as Lang;
		cookies.set('lang', lang, { path: '/', httpOnly: false, sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
	} else {
		const c = cookies.get('lang');
		if (c && (LANGS as string[]).includes(c)) lang = c as Lang;
	}
	return { lang };
};
