import { test, expect } from '@playwright/test';
import { signIn, PASSWORD } from './auth';

/** Each demo role signs in through the page and sees what it should; the pages satisfy their own CSP. */

test('anonymous visitors see the scores, and are sent to sign in for dossiers', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByTestId('p-table').locator('tbody tr')).toHaveCount(34);
	await expect(page.getByTestId('signin-link')).toBeVisible();
	await page.goto('/dossiers?unit=T01');
	await expect(page).toHaveURL(/\/signin\?next=%2Fdossiers%3Funit%3DT01/);
	await page.getByLabel('Tên đăng nhập').fill('lanhdao');
	await page.getByLabel('Mật khẩu').fill('not-the-password');
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(page.getByTestId('signin-error')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
	await page.getByLabel('Mật khẩu').fill(PASSWORD.lanhdao);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(page).toHaveURL(/\/dossiers\?unit=T01$/);
	await expect(page.getByTestId('who-role')).toHaveText('Lãnh đạo quốc gia');
});

test('the national leader sees every province, with personal data hidden', async ({ page }) => {
	await signIn(page, 'lanhdao');
	await page.goto('/dossiers?unit=T01');
	// A dossier with an applicant's name (masked to initials) in the list.
	const row = page
		.getByTestId('dossier-table')
		.locator('tbody tr[data-code]')
		.filter({ hasText: /\p{Lu}\. \p{Lu}\./u })
		.first();
	await expect(row).toBeVisible();
	await row.click();
	const drawer = page.getByTestId('drawer');
	await expect(drawer.getByTestId('dr-applicant')).toContainText('đã ẩn');
	await expect(drawer.getByTestId('dr-applicant')).toContainText(/\p{Lu}\./u);
});

test('the manager of Hà Nội opens Hà Nội in full, and Hải Phòng is not found', async ({ page }) => {
	await signIn(page, 'hanoi');
	await expect(page.getByTestId('who-role')).toContainText('Quản lý bộ, tỉnh · T01');
	await page.goto('/dossiers?unit=T01');
	const first = page.getByTestId('dossier-table').locator('tbody tr[data-code]').first();
	await expect(first).toBeVisible();
	await first.click();
	const applicant = page.getByTestId('drawer').getByTestId('dr-applicant');
	await expect(applicant).toBeVisible();
	await expect(applicant).not.toContainText('đã ẩn');
	const response = await page.goto('/dossiers?unit=T31');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy đơn vị');
	// Its scores are still there for everyone.
	expect((await page.goto('/units/T31'))?.status()).toBe(200);
});

test('a unit officer stays within the commune', async ({ page }) => {
	await signIn(page, 'canbo');
	expect((await page.goto('/dossiers?unit=T01.X001'))?.status()).toBe(200);
	expect((await page.goto('/dossiers?unit=T01'))?.status()).toBe(404);
});

test('the manager of a ministry sees the ministry', async ({ page }) => {
	await signIn(page, 'bocongan');
	expect((await page.goto('/dossiers?unit=B02'))?.status()).toBe(200);
	expect((await page.goto('/dossiers?unit=T01'))?.status()).toBe(404);
});

test('the analyst reads every dossier masked; the feed source reads none', async ({ page }) => {
	await signIn(page, 'phantich');
	await page.goto('/dossiers?unit=T01');
	await expect(page.getByTestId('dossier-table').locator('thead')).toContainText('đã ẩn');
	await page.getByTestId('signout').click();
	await expect(page.getByTestId('signin-link')).toBeVisible();
	await signIn(page, 'nguondulieu');
	await expect(page.getByRole('link', { name: 'Hồ sơ', exact: true })).toHaveCount(0);
	expect((await page.goto('/dossiers'))?.status()).toBe(403);
	expect((await page.goto('/admin/tokens'))?.status()).toBe(403);
});

test('the administrator creates a feed token, sees it once, and revokes it', async ({ page }) => {
	await signIn(page, 'quantri');
	await page.getByRole('link', { name: 'Quản trị' }).click();
	await expect(page).toHaveURL(/\/admin\/users/);
	await page.getByRole('link', { name: 'Mã truy cập nguồn dữ liệu' }).click();
	const form = page.getByTestId('token-create');
	await form.getByLabel('Tên nguồn').fill('e2e-nguon-ha-noi');
	await form.getByLabel(/Đơn vị/).fill('T01');
	await form.getByRole('button', { name: 'Tạo mã' }).click();
	const secret = await page.getByTestId('new-token').textContent();
	expect(secret).toMatch(/^c766_/);
	const row = page.locator('tr[data-source="e2e-nguon-ha-noi"]');
	await expect(row).toContainText('Đang dùng');
	const ok = await page.request.post('/api/v1/events', {
		headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/x-ndjson' },
		data: JSON.stringify({ id: 'e2e-1', dossier: 'E2E-1', type: 'synced', at: new Date().toISOString(), agency: 'T31' })
	});
	expect((await ok.json()).errors[0].code).toBe('out_of_scope');
	await row.getByRole('button', { name: 'Thu hồi' }).click();
	await expect(page.locator('tr[data-source="e2e-nguon-ha-noi"]')).toContainText('Đã thu hồi');
	const refused = await page.request.post('/api/v1/events', {
		headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/x-ndjson' },
		data: '{}'
	});
	expect(refused.status()).toBe(401);
	await page.getByRole('link', { name: 'Nhật ký truy cập' }).click();
	await expect(page.getByTestId('audit').locator('tr[data-action="token_revoked"]').first()).toBeVisible();
});

test('no page breaks its Content-Security-Policy', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`)
		);
	});
	const visit = async (path: string) => {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	};
	for (const path of ['/?lang=en', '/units/T01', '/reuse', '/reuse?unit=T01', '/signin', '/?lang=vi']) await visit(path);
	await signIn(page, 'quantri');
	for (const path of [
		'/dossiers?unit=T01',
		'/feed',
		'/admin/users',
		'/admin/tokens',
		'/admin/audit',
		'/admin/settings',
		'/units/T01?lang=vi'
	])
		await visit(path);
	await page.getByRole('link', { name: 'Hồ sơ', exact: true }).click();
	await page.getByTestId('dossier-table').locator('tbody tr[data-code]').first().click();
	await expect(page.getByTestId('drawer')).toBeVisible();
	expect(violations).toEqual([]);
	// The check itself works: an inline script without the nonce is reported.
	await page.evaluate(() => {
		const s = document.createElement('script');
		s.textContent = 'window.__injected = 1';
		document.body.appendChild(s);
	});
	await expect.poll(() => violations.length).toBe(1);
});
