import { test, expect } from '@playwright/test';
import { screenshots } from './shots';

test('the overview ranks the 34 provinces and the ministries, in Vietnamese', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bảng xếp hạng Chỉ số 766');
	const provinces = page.getByTestId('p-table');
	await expect(provinces.locator('tbody tr')).toHaveCount(34);
	await expect(provinces).toContainText('Hà Nội');
	await expect(provinces).toContainText('Thành phố Hồ Chí Minh');
	await expect(page.getByTestId('m-table').locator('tbody tr')).toHaveCount(17);
	await expect(page.getByTestId('tile-received')).not.toHaveText('0');
	await screenshots(page, 'overview');
});

test('sorting and searching live in the URL; back restores the view', async ({ page }) => {
	await page.goto('/');
	const table = page.getByTestId('p-table');
	await table.getByRole('button', { name: /Tiến độ/ }).click();
	await expect(page).toHaveURL(/p_sort=TDGQ/);
	// Typed without diacritics, still found.
	await page.getByTestId('p-search').fill('nghe');
	await expect(page).toHaveURL(/p_q=nghe/);
	await expect(table.locator('tbody tr')).toHaveCount(1);
	await expect(table.locator('tbody tr')).toContainText('Nghệ An');
	await page.goBack();
	await expect(page).not.toHaveURL(/p_q=/);
	await expect(table.locator('tbody tr')).toHaveCount(34);
});

test('a bad period in the URL shows a message and keeps the picker usable', async ({ page }) => {
	await page.goto('/?period=2026-13');
	await expect(page.getByRole('alert')).toContainText('period');
	await expect(page.getByTestId('period-kind')).toBeVisible();
});

test('switching to English keeps the view', async ({ page }) => {
	await page.goto('/?period=2026-Q3');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Index 766 rankings');
	await expect(page).toHaveURL(/period=2026-Q3/);
	await page.getByRole('link', { name: 'Tiếng Việt' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bảng xếp hạng Chỉ số 766');
});
