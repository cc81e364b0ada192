import { expect, type Page } from '@playwright/test';

/** The demo accounts (README, "Accounts and access"), seeded by the e2e server (CHISO_DEMO=1). */
export const PASSWORD: Record<string, string> = {
	lanhdao: 'chiso766-lanhdao',
	hanoi: 'chiso766-hanoi',
	bocongan: 'chiso766-bocongan',
	canbo: 'chiso766-canbo',
	phantich: 'chiso766-phantich',
	nguondulieu: 'chiso766-nguon',
	quantri: 'chiso766-quantri'
};

/** Signs in through the sign-in page (Vietnamese UI) and waits for the header to name the account. */
export async function signIn(page: Page, username: string, from = '/signin') {
	await page.goto(from);
	await page.getByLabel('Tên đăng nhập').fill(username);
	await page.getByLabel('Mật khẩu').fill(PASSWORD[username]);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(page.getByTestId('who-name')).toBeVisible();
}
