/**
 * Live mode: keeps sending new dossier events to a running dashboard through its HTTP ingest, starting from the
 * world that scripts/generate.ts wrote next to the database (demo-world.json). Ctrl-C stops it.
 *
 *   npx tsx scripts/live.ts [--url http://localhost:3766] [--rate 5] [--world data/demo-world.json] [--seed 766]
 *
 * The feed token, if the server asks for one, comes from $CHISO_FEED_TOKEN.
 */
import path from 'node:path';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { startLive } from '../src/lib/server/demo/live';
import { readSnapshot } from '../src/lib/server/demo/snapshot';

const { values: args } = parseArgs({
	options: {
		url: { type: 'string', default: process.env.CHISO_URL ?? `http://localhost:${process.env.PORT ?? '3766'}` },
		rate: { type: 'string', default: '5' },
		world: {
			type: 'string',
			default: path.join(path.dirname(process.env.CHISO_DB ?? 'data/chiso766.duckdb'), 'demo-world.json')
		},
		seed: { type: 'string' }
	}
});

const rate = Number(args.rate);
if (!(rate > 0)) {
	console.error(`✗ --rate must be a positive number of events per second, got "${args.rate}"`);
	process.exit(1);
}
if (!fs.existsSync(args.world!)) {
	console.error(`✗ ${args.world} not found: generate the demo world first (npm run demo:generate)`);
	process.exit(1);
}

const live = startLive({
	url: args.url!,
	rate,
	seed: args.seed === undefined ? undefined : Number(args.seed),
	world: readSnapshot(args.world!),
	token: process.env.CHISO_FEED_TOKEN || undefined,
	log: (line) => console.log(line)
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
	process.on(signal, () => {
		if (stopping) process.exit(1);
		stopping = true;
		void live.stop().then(() => process.exit(0));
	});
await live.done;
