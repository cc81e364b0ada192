/**
 * npm start: builds the app if needed, creates the database and the demo world on first run, serves the dashboard
 * and keeps a live feed of events flowing into it through the HTTP ingest. Ctrl-C stops everything.
 *
 *   --port N        (default 3766, or $PORT)
 *   --db PATH       (default data/chiso766.duckdb, or $CHISO_DB)
 *   --dossiers N    size of the demo world on first run (default 1,500,000)
 *   --rate N        live events per second (default 5); --no-live to serve only
 *   --no-demo       start on an empty database
 *
 * With the demo world the server seeds the demo accounts (README) and the live feed's token, which it writes to
 * demo-feed-token beside the database; the live feed sends it as CHISO_FEED_TOKEN.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildIfStale } from './build-if-stale';

const { values: args } = parseArgs({
	options: {
		port: { type: 'string', default: process.env.PORT ?? '3766' },
		db: { type: 'string', default: process.env.CHISO_DB ?? 'data/chiso766.duckdb' },
		dossiers: { type: 'string', default: '1500000' },
		rate: { type: 'string', default: '5' },
		'no-live': { type: 'boolean', default: false },
		'no-demo': { type: 'boolean', default: false }
	}
});

const root = path.resolve(import.meta.dirname, '..');
const db = path.resolve(root, args.db!);
const url = `http://localhost:${args.port}`;
const children: ChildProcess[] = [];

function run(cmd: string, argv: string[], env: NodeJS.ProcessEnv = {}): void {
	const r = spawnSync(cmd, argv, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
	if (r.status !== 0) {
		console.error(`\n✗ ${cmd} ${argv.join(' ')} failed (exit ${r.status}).`);
		process.exit(r.status ?? 1);
	}
}

buildIfStale();

if (!fs.existsSync(db) && !args['no-demo']) {
	console.log(`▸ Lần chạy đầu: tạo dữ liệu mẫu (first run: generating the demo world into ${path.relative(root, db)})…`);
	// Into a side file, renamed once complete: an interrupted first run starts over instead of serving half a world.
	const partial = `${db}.partial`;
	run('npx', ['tsx', 'scripts/generate.ts', '--db', partial, '--dossiers', args.dossiers!, '--force']);
	fs.renameSync(partial, db);
	if (fs.existsSync(`${partial}.wal`)) fs.renameSync(`${partial}.wal`, `${db}.wal`);
}

const stop = () => {
	for (const c of children) c.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

const server = spawn('node', ['scripts/serve.js'], {
	cwd: root,
	stdio: 'inherit',
	env: {
		...process.env,
		PORT: args.port,
		CHISO_DB: db,
		BODY_SIZE_LIMIT: 'Infinity',
		UV_THREADPOOL_SIZE: '8',
		ORIGIN: url,
		CHISO_DEMO: args['no-demo'] ? '' : '1',
		// The live demo may post every event on its own (up to --rate per second): room above the default 120/min.
		CHISO_FEED_RATE: process.env.CHISO_FEED_RATE ?? `${Math.max(120, Number(args.rate) * 60 * 2)}/60`
	}
});
children.push(server);
server.on('exit', (code) => {
	stop();
	process.exit(code ?? 0);
});

async function ready(): Promise<boolean> {
	for (let i = 0; i < 600; i++) {
		try {
			const r = await fetch(`${url}/api/v1/health`);
			if (r.ok) return true;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	return false;
}

if (await ready()) {
	console.log(`\n✓ Chỉ số 766 đang chạy: ${url}\n`);
	const tokenFile = path.join(path.dirname(db), 'demo-feed-token');
	if (!args['no-demo']) console.log('  Tài khoản mẫu (demo accounts): see README, "Accounts and access".\n');
	if (!args['no-live'] && fs.existsSync(path.join(path.dirname(db), 'demo-world.json'))) {
		const token = fs.existsSync(tokenFile) ? fs.readFileSync(tokenFile, 'utf8').trim() : '';
		if (!token) console.error(`✗ No feed token in ${tokenFile}: the live feed will be refused (401).`);
		const live = spawn(
			'npx',
			['tsx', 'scripts/live.ts', '--url', url, '--rate', args.rate!, '--world', path.join(path.dirname(db), 'demo-world.json')],
			{
				cwd: root,
				stdio: 'inherit',
				env: { ...process.env, CHISO_FEED_TOKEN: token }
			}
		);
		children.push(live);
	}
} else {
	console.error(`✗ The server did not answer on ${url} within 150 s.`);
	stop();
	process.exit(1);
}
