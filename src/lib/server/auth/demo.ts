import fs from 'node:fs';
import path from 'node:path';
import type { Store } from '../store/db';
import { dbPath } from '../app';
import { createUser, findUser } from './users';
import { createFeedToken, findFeedToken, ALL_UNITS } from './tokens';
import { sha256 } from './crypto';
import type { Role } from './roles';

/**
 * Demo accounts, one per role, with passwords that are public (README): only ever created when the server is
 * started on a demo world (CHISO_DEMO=1, set by `npm start` and the end-to-end tests).
 */
export const DEMO_ACCOUNTS: { username: string; password: string; display_name: string; role: Role; units: string[] }[] = [
	{ username: 'lanhdao', password: 'chiso766-lanhdao', display_name: 'Lãnh đạo Chính phủ', role: 'national_leader', units: [] },
	{ username: 'hanoi', password: 'chiso766-hanoi', display_name: 'Quản lý Hà Nội', role: 'manager', units: ['T01'] },
	{ username: 'bocongan', password: 'chiso766-bocongan', display_name: 'Quản lý Bộ Công an', role: 'manager', units: ['B02'] },
	{ username: 'canbo', password: 'chiso766-canbo', display_name: 'Cán bộ một cửa xã', role: 'unit_officer', units: ['T01.X001'] },
	{ username: 'phantich', password: 'chiso766-phantich', display_name: 'Chuyên viên phân tích', role: 'analyst', units: [] },
	{
		username: 'nguondulieu',
		password: 'chiso766-nguon',
		display_name: 'Nguồn dữ liệu mẫu',
		role: 'feed_source',
		units: [ALL_UNITS]
	},
	{ username: 'quantri', password: 'chiso766-quantri', display_name: 'Quản trị hệ thống', role: 'administrator', units: [] }
];

export const DEMO_SOURCE = 'demo-live';

export function demoTokenFile(): string {
	return path.join(path.dirname(dbPath()), 'demo-feed-token');
}

export async function seedDemoIfAsked(store: Store): Promise<void> {
	if (!['1', 'true', 'yes'].includes(process.env.CHISO_DEMO ?? '')) return;
	await seedDemo(store, demoTokenFile());
}

/** Creates the demo accounts that do not exist yet and makes sure the live demo has a token (in `tokenFile`). */
export async function seedDemo(store: Store, tokenFile: string): Promise<{ created: string[]; token: string | null }> {
	const created: string[] = [];
	const known = new Set((await store.all<{ code: string }>(`SELECT code FROM units`)).map((u) => u.code));
	for (const a of DEMO_ACCOUNTS) {
		if (await findUser(store, a.username)) continue;
		// A world without this unit (an empty database) gets the accounts it can hold.
		if (a.units.some((u) => u !== ALL_UNITS && !known.has(u))) continue;
		await createUser(store, a);
		created.push(a.username);
	}
	if (created.length) console.log(`▸ Tài khoản mẫu (demo accounts, see README): ${created.join(', ')}`);

	let token: string | null = fs.existsSync(tokenFile) ? fs.readFileSync(tokenFile, 'utf8').trim() || null : null;
	if (token && (await findFeedToken(store, token))) return { created, token };
	const revoked = token ? await store.one(`SELECT id FROM feed_tokens WHERE token_hash = $1`, [sha256(token)]) : undefined;
	// A token the administrator revoked stays revoked: the live demo then stops, as a real source would.
	if (revoked) return { created, token: null };
	const source = await findUser(store, 'nguondulieu');
	const made = await createFeedToken(store, {
		source: DEMO_SOURCE,
		units: [ALL_UNITS],
		createdBy: source?.id ?? null,
		token: token ?? undefined
	});
	token = made.token;
	fs.mkdirSync(path.dirname(tokenFile), { recursive: true });
	fs.writeFileSync(tokenFile, `${token}\n`, { mode: 0o600 });
	return { created, token };
}
