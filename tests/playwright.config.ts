import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3799);

/** End-to-end tests in the system Chromium against the built server on a small generated demo world. */
export default defineConfig({
	testDir: './e2e',
	outputDir: '../test-results',
	timeout: 90_000,
	expect: { timeout: 15_000 },
	fullyParallel: false,
	workers: 1,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		locale: 'vi-VN',
		timezoneId: 'Asia/Ho_Chi_Minh',
		acceptDownloads: true,
		launchOptions: {
			executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
		}
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
	webServer: {
		command: 'npx tsx tests/e2e/serve.ts',
		cwd: '..',
		url: `http://127.0.0.1:${port}/api/v1/health`,
		timeout: 300_000,
		reuseExistingServer: false,
		stdout: 'pipe',
		env: { PORT: String(port), HOST: '127.0.0.1' }
	}
});
