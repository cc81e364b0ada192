import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { screenshots } from './shots';

/** A provincial manager's path: overview → province → its weakest commune → overdue dossiers → CSV. */
test('from the overview to a province, a commune and its overdue dossiers, and their CSV', async ({ page }) => {
	await page.goto('/?period=ytd');
	await page.getByTestId('p-table').getByRole('link', { name: 'Hà Nội', exact: true }).click();
	await expect(page).toHaveURL(/\/units\/T01\?/);
	await expect(page.getByTestId('unit-name')).toHaveText('Hà Nội');
	await screenshots(page, 'unit-province');

	// The commune with the weakest timeliness: sort the communes by it, lowest first.
	const communes = page.getByTestId('c-table');
	const timeliness = communes.getByRole('button', { name: /Tiến độ/ });
	await timeliness.click();
	await timeliness.click();
	await expect(page).toHaveURL(/c_sort=TDGQ&c_dir=asc/);
	const link = communes.locator('tbody tr').first().getByRole('link');
	const name = (await link.textContent())!.trim();
	await link.click();
	await expect(page.getByTestId('unit-name')).toHaveText(name);
	await screenshots(page, 'unit-commune');

	const overdue = page.getByTestId('link-overdue');
	const expected = Number((await overdue.locator('strong').textContent())!.replace(/\D/g, ''));
	await overdue.click();
	await expect(page).toHaveURL(/\/dossiers\?.*status=overdue/);
	const count = page.getByTestId('count');
	if (expected === 0) await expect(count).toContainText('Không có hồ sơ');
	else await expect(count).toContainText(`/ ${expected.toLocaleString('vi-VN')}`);
	await screenshots(page, 'dossiers-overdue');

	if (expected > 0) {
		// The drawer of the first dossier: its timeline and who held it.
		await page.getByTestId('dossier-table').locator('tbody tr').first().click();
		const drawer = page.getByTestId('drawer');
		await expect(drawer).toBeVisible();
		await expect(page).toHaveURL(/open=/);
		await screenshots(page, 'dossier-drawer');
		await page.keyboard.press('Escape');
		await expect(drawer).toBeHidden();
	}

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
			...(process.env.E2E_FEED_TOKEN ? { authorization: `Bearer ${process.env.E2E_FEED_TOKEN}` } : {})
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
