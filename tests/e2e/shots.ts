import type { Page } from '@playwright/test';
import path from 'node:path';

const dir = path.resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

/** Saves the page at desktop (1440×900) and phone (390×844) sizes, whole page, for people to look at. */
export async function screenshots(page: Page, name: string): Promise<void> {
	const original = page.viewportSize();
	for (const [w, h, tag] of [
		[1440, 900, 'desktop'],
		[390, 844, 'phone']
	] as const) {
		await page.setViewportSize({ width: w, height: h });
		await page.waitForTimeout(300);
		await page.screenshot({ path: path.join(dir, `${name}-${tag}.png`), fullPage: true });
	}
	if (original) await page.setViewportSize(original);
}
