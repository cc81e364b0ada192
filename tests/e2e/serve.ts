/**
 * The server for end-to-end tests: a fresh small demo world (deterministic seed, history until now) in
 * test-results/, served by the production build.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const dir = path.join(root, 'test-results', 'e2e-db');
const db = path.join(dir, 'e2e.duckdb');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
execFileSync(
	'npx',
	['tsx', 'scripts/generate.ts', '--db', db, '--dossiers', process.env.E2E_DOSSIERS ?? '40000', '--seed', '766'],
	{
		cwd: root,
		stdio: 'inherit'
	}
);
process.env.CHISO_DB = db;
// Demo accounts (one per role) for the specs to sign in with; the specs sign in often, from one address.
process.env.CHISO_DEMO = '1';
process.env.CHISO_SIGNIN_RATE ??= '1000/600';
process.env.ORIGIN = `http://127.0.0.1:${process.env.PORT}`;
process.chdir(root);
await import('../../scripts/serve.js');
