import { json, type RequestEvent } from '@sveltejs/kit';
import { authenticateFeed, bearerOf } from './tokens';

/**
 * Who may read feed results (batches, quarantined records): a feed token, for its own source's records in full;
 * a signed-in national account, for every source with personal data masked. Anything else: 401 or 403.
 */
export async function feedReader(event: RequestEvent): Promise<{ source: string | null; masked: boolean } | Response> {
	if (bearerOf(event.request)) {
		const auth = await authenticateFeed(event.request);
		if (auth instanceof Response) return auth;
		return { source: auth.source, masked: false };
	}
	const u = event.locals.user;
	if (!u) return json({ error: 'sign in, or send a feed token' }, { status: 401 });
	const v = event.locals.viewer;
	if (v.units !== 'all' || u.role === 'feed_source')
		return json({ error: 'feed results are for national accounts and the sources themselves' }, { status: 403 });
	return { source: null, masked: !v.personal };
}
