import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '$lib/server/app';
import { adminPage, actorOf } from '$lib/server/auth/guard';
import { listFeedTokens, createFeedToken, revokeFeedToken, TokenError } from '$lib/server/auth/tokens';
import { audit } from '$lib/server/auth/audit';

export const load: PageServerLoad = async (event) => {
	adminPage(event);
	const { store } = await getApp();
	return { tokens: await listFeedTokens(store) };
};

export const actions: Actions = {
	create: async (event) => {
		adminPage(event);
		const f = await event.request.formData();
		const source = String(f.get('source') ?? '');
		const units = String(f.get('units') ?? '')
			.split(/[\s,;]+/)
			.filter(Boolean);
		const { store } = await getApp();
		try {
			const { id, token } = await createFeedToken(store, { source, units, createdBy: event.locals.user!.id });
			await audit(store, actorOf(event), { action: 'token_created', target: id, filters: { source, units } });
			// Shown once: only its hash is kept.
			return { created: { id, token, source } };
		} catch (e) {
			if (e instanceof TokenError) return fail(400, { problem: e.message });
			throw e;
		}
	},
	revoke: async (event) => {
		adminPage(event);
		const f = await event.request.formData();
		const id = String(f.get('id') ?? '');
		const { store } = await getApp();
		const t = await revokeFeedToken(store, id);
		if (!t) return fail(404, { problem: 'no such token' });
		await audit(store, actorOf(event), { action: 'token_revoked', target: id, filters: { source: t.source } });
		return { revoked: id };
	}
};
