import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { screenshots } from './shots';
import { signIn } from './auth';

/** The demo feed token the e2e server wrote beside its database (a feed source bound to the whole country). */
const feedToken = () =>
	fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', 'test-results', 'e2e-db', 'demo-feed-token'), 'utf8').trim();

/** A provincial manager's path: overview → province → its weakest commune → overdue dossiers → CSV. */
test('from the overview to a province, a commune and its overdue dossiers, and their CSV', async ({ page }) => {
	// Hà Nội's manager: may open Hà Nội's dossiers, with personal data.
	await signIn(page, 'hanoi');
	await page.goto('/?period=ytd');
	await page.getByTestId('p-table').getByRole('link', { name: 'Hà Nội', exact: true }).click();
	await expect(page).toHaveURL(/\/units\/T01\?/);
	await expect(page.getByTestId('unit-name')).toHaveText('Hà Nội');
	await screenshots(page, 'unit-province');

	// Which commune has overdue dossiers: the province's own overdue list says.
	await page.getByTestId('link-overdue').click();
	await expect(page).toHaveURL(/\/dossiers\?.*status=overdue/);
	const rowsText = await page.getByTestId('dossier-table').locator('tbody tr').allInnerTexts();
	const name = rowsText.map((t) => /(?:Xã|Phường|Đặc khu) [^\n\t·,(]+/.exec(t)?.[0].trim()).find(Boolean);
	expect(name, 'a commune of Hà Nội with an overdue dossier').toBeTruthy();
	await page.goBack();
	await expect(page.getByTestId('unit-name')).toHaveText('Hà Nội');

	// The communes of the province: find it, open it.
	const communes = page.getByTestId('c-table');
	await page.getByTestId('c-search').fill(name!);
	await expect(page).toHaveURL(/c_q=/);
	await communes.getByRole('link', { name: name!, exact: true }).click();
	await expect(page.getByTestId('unit-name')).toHaveText(name!);
	await screenshots(page, 'unit-commune');

	const overdue = page.getByTestId('link-overdue');
	const expected = Number((await overdue.locator('strong').textContent())!.replace(/\D/g, ''));
	await overdue.click();
	await expect(page).toHaveURL(/\/dossiers\?.*status=overdue/);
	expect(expected).toBeGreaterThan(0);
	await expect(page.getByTestId('count')).toContainText(`/ ${expected.toLocaleString('vi-VN')}`);
	await screenshots(page, 'dossiers-overdue');

	// The drawer of the first dossier: its timeline and who held it.
	await page.getByTestId('dossier-table').locator('tbody tr').first().click();
	const drawer = page.getByTestId('drawer');
	await expect(drawer).toBeVisible();
	await expect(page).toHaveURL(/open=/);
	await screenshots(page, 'dossier-drawer');
	await page.keyboard.press('Escape');
	await expect(drawer).toBeHidden();

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv').click()]);
	const bytes = fs.readFileSync((await download.path())!);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
	expect(lines[0]).toContain('Mã hồ sơ');
	expect(lines[0]).toContain('Tình trạng hạn');
	expect(lines.length - 1).toBe(expected);
});

test('a live update arrives without reloading the page', async ({ page, request }) => {
	await page.goto('/');
	// Connected to the change stream, so the page has hydrated: the router's own start-up is not a reload.
	await expect(page.locator('.status .dot.on').first()).toBeVisible();
	const tile = page.getByTestId('tile-events');
	const before = Number((await tile.textContent())!.replace(/\D/g, ''));
	let reloaded = false;
	page.on('framenavigated', (f) => {
		if (f === page.mainFrame()) reloaded = true;
	});
	const now = new Date().toISOString();
	const id = `e2e-live-${Date.now()}`;
	const res = await request.post('/api/v1/events', {
		headers: {
			'content-type': 'application/x-ndjson',
			authorization: `Bearer ${feedToken()}`
		},
		data: JSON.stringify({
			id,
			dossier: id,
			type: 'received',
			at: now,
			agency: 'T01.X001',
			procedure: '1.001193',
			channel: 'online'
		})
	});
	expect(res.status()).toBe(200);
	expect((await res.json()).accepted).toBe(1);
	await expect(tile).toHaveText(new RegExp(`^${(before + 1).toLocaleString('vi-VN').replace('.', '\\.')}$`), { timeout: 20_000 });
	expect(reloaded).toBe(false);
});
