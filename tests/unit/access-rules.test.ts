import { describe, it, expect } from 'vitest';
import { viewerOf, type User } from '../../src/lib/server/auth/roles';
import { mapClaims, ClaimError, sealState, openState } from '../../src/lib/server/auth/oidc';
import { RateLimiter } from '../../src/lib/server/auth/ratelimit';
import { safeNext } from '../../src/lib/server/auth/signin';
import { maskRaw, maskText } from '../../src/lib/server/read/scope';

/** The rules behind access control, without a server: roles to viewers, claims to roles, masking, limits. */

const user = (over: Partial<User>): User => ({
	id: 'u',
	username: 'u',
	display_name: 'U',
	role: 'manager',
	units: ['T01'],
	personal: true,
	can_export: true,
	disabled: false,
	oidc_issuer: null,
	oidc_sub: null,
	failed_count: 0,
	locked_until: null,
	created_at: new Date(),
	updated_at: new Date(),
	...over
});

describe('roles → viewer', () => {
	it('the role bounds what an account’s flags grant', () => {
		expect(viewerOf(user({ role: 'manager' }))).toMatchObject({ units: ['T01'], personal: true, export: true });
		expect(viewerOf(user({ role: 'manager', personal: false, can_export: false }))).toMatchObject({
			personal: false,
			export: false
		});
		// Personal data is never granted to national roles or analysts, whatever the flag says.
		expect(viewerOf(user({ role: 'national_leader', units: [] }))).toMatchObject({ units: 'all', personal: false });
		expect(viewerOf(user({ role: 'administrator', units: [] }))).toMatchObject({ units: 'all', personal: false });
		expect(viewerOf(user({ role: 'analyst', units: [] }))).toMatchObject({ units: 'all', personal: false });
		expect(viewerOf(user({ role: 'analyst', units: ['T31'] }))).toMatchObject({ units: ['T31'], personal: false });
		expect(viewerOf(user({ role: 'feed_source', units: ['*'] }))).toMatchObject({ units: [], personal: false, export: false });
	});
});

describe('OIDC claims → role and units', () => {
	it('reads role/unit, role/units, or 766: groups', () => {
		expect(mapClaims({ sub: 's', role: 'unit_officer', unit: 'T01.X001', name: 'Lê A' })).toMatchObject({
			role: 'unit_officer',
			units: ['T01.X001'],
			display_name: 'Lê A',
			username: 's'
		});
		expect(mapClaims({ sub: 's', role: 'analyst', units: ['T01', 'T31'] })).toMatchObject({ units: ['T01', 'T31'] });
		expect(mapClaims({ sub: 's', preferred_username: 'x', groups: ['staff', '766:manager:T01'] })).toMatchObject({
			role: 'manager',
			units: ['T01'],
			username: 'x'
		});
		expect(mapClaims({ sub: 's', groups: ['766:national_leader'] })).toMatchObject({ role: 'national_leader', units: [] });
	});

	it('refuses no role, an unknown role, or two roles', () => {
		expect(() => mapClaims({ sub: 's', groups: ['staff'] })).toThrow(ClaimError);
		expect(() => mapClaims({ sub: 's', role: 'superuser' })).toThrow(ClaimError);
		expect(() => mapClaims({ sub: 's', groups: ['766:manager:T01', '766:administrator'] })).toThrow(/two roles/);
	});

	it('the state cookie is signed and expires', () => {
		const s = { state: 'a', nonce: 'b', verifier: 'c', next: '/', exp: Date.now() + 60_000 };
		const sealed = sealState(s);
		expect(openState(sealed)).toEqual(s);
		const [body] = sealed.split('.');
		const tampered = Buffer.from(JSON.stringify({ ...s, next: '//evil' })).toString('base64url');
		expect(openState(`${tampered}.${sealed.split('.')[1]}`)).toBeNull();
		expect(openState(`${body}.x`)).toBeNull();
		expect(openState(sealState({ ...s, exp: Date.now() - 1 }))).toBeNull();
	});
});

describe('masking', () => {
	it('masks the names in a summary', () => {
		expect(maskText('Đăng ký kết hôn: Trần Văn Bình và Lê Thị Hoa')).toBe('Đăng ký kết hôn: Trần V. B. và Lê T. H.');
		expect(maskText('Đăng ký khai sinh cho cháu Nguyễn Minh Anh')).toBe('Đăng ký khai sinh cho cháu Nguyễn M. A.');
	});

	it('masks personal fields of raw feed records, native or portal, and digits of lines that are not JSON', () => {
		const raw = JSON.stringify({
			id: 'x',
			applicant_name: 'Phạm Văn Hùng',
			applicant_id_number: '031090001234',
			nested: { ChuHoSo: 'Đỗ Thị Lan', SoDienThoai: '0912345678' }
		});
		const m = JSON.parse(maskRaw(raw));
		expect(m).toMatchObject({ id: 'x', applicant_name: 'Phạm V. H.', applicant_id_number: '031…234' });
		expect(m.nested).toEqual({ ChuHoSo: 'Đỗ T. L.', SoDienThoai: '091…678' });
		expect(maskRaw('{"applicant_id_number": "031090001234"')).toBe('{"applicant_id_number": "031…234"');
	});
});

describe('limits and redirects', () => {
	it('a token bucket: capacity at once, then refilled evenly', () => {
		const l = new RateLimiter(3, 60_000);
		const t = 1_000_000;
		expect([l.take('a', t), l.take('a', t), l.take('a', t)]).toEqual([0, 0, 0]);
		expect(l.take('a', t)).toBe(20);
		expect(l.take('b', t)).toBe(0);
		expect(l.take('a', t + 20_000)).toBe(0);
	});

	it('after sign-in, only paths of this site', () => {
		expect(safeNext('/dossiers?unit=T01')).toBe('/dossiers?unit=T01');
		for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', '', null]) expect(safeNext(bad)).toBe('/');
	});
});
