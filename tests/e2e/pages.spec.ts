import { test, expect } from '@playwright/test';
import { screenshots } from './shots';
import { signIn } from './auth';

// The pages the drill-down and overview specs do not visit: each opens with its heading and real content, and is
// saved at both sizes for people to look at.

test('the sign-in page names its fields', async ({ page }) => {
	await page.goto('/signin');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng nhập');
	await expect(page.getByLabel('Tên đăng nhập')).toBeVisible();
	await screenshots(page, 'signin');
});

test('the data-reuse page ranks provinces and ministries, and opens one province', async ({ page }) => {
	await page.goto('/reuse');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Tái sử dụng dữ liệu/);
	await expect(page.getByText('Hà Nội').first()).toBeVisible();
	await screenshots(page, 'reuse');
	await signIn(page, 'lanhdao');
	await page.goto('/reuse?unit=T01');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hà Nội');
	await screenshots(page, 'reuse-province');
});

test('a provincial manager opens the page of officials holding dossiers', async ({ page }) => {
	await signIn(page, 'hanoi');
	await page.goto('/officials');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cán bộ xử lý');
	await page.getByRole('link', { name: 'Hà Nội', exact: true }).click();
	await expect(page).toHaveURL(/unit=T01/);
	await expect(page.locator('table tbody tr').first()).toBeVisible();
	await screenshots(page, 'officials');
});

test('the feed page shows arrivals by source', async ({ page }) => {
	await signIn(page, 'lanhdao');
	await page.goto('/feed');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dữ liệu đồng bộ');
	await screenshots(page, 'feed');
});

test('the administrator’s pages', async ({ page }) => {
	await signIn(page, 'quantri');
	for (const [path, heading, name] of [
		['/admin/users', 'Tài khoản', 'admin-users'],
		['/admin/tokens', 'Mã truy cập của nguồn dữ liệu', 'admin-tokens'],
		['/admin/audit', 'Nhật ký truy cập', 'admin-audit'],
		['/admin/settings', 'Cấu hình chỉ tiêu', 'admin-settings']
	]) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await screenshots(page, name);
	}
});
