/** Builds the app (vite build) when build/ is missing or older than the sources. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

function newest(p: string): number {
	const st = fs.statSync(p);
	if (!st.isDirectory()) return st.mtimeMs;
	let t = st.mtimeMs;
	for (const e of fs.readdirSync(p)) t = Math.max(t, newest(path.join(p, e)));
	return t;
}

export function buildIfStale(): void {
	const built = path.join(root, 'build', 'index.js');
	const sources = Math.max(
		newest(path.join(root, 'src')),
		...['package.json', 'svelte.config.js', 'vite.config.ts'].map((f) => fs.statSync(path.join(root, f)).mtimeMs)
	);
	if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= sources) return;
	console.log('▸ Đang build ứng dụng (building the app)…');
	const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
	if (r.status !== 0) {
		console.error('✗ vite build failed');
		process.exit(r.status ?? 1);
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) buildIfStale();
