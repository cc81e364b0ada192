import { DuckDBInstance, JSDuckDBValueConverter, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import fs from 'node:fs';
import path from 'node:path';
import { ensureRollup } from '../index/rollup';
import { migrate } from './migrations';

export type Row = Record<string, unknown>;
export type Params = DuckDBValue[] | Record<string, DuckDBValue>;

export interface StoreOptions {
	/** Reader connections kept open; also the cap on concurrent read queries. */
	readers?: number;
	/** DuckDB worker threads (default: all cores). */
	threads?: number;
	memoryLimit?: string;
	/** Skip migrations (only for tools that inspect an existing file). */
	noMigrate?: boolean;
}

/** A counting semaphore: at most `n` holders at once, FIFO. */
class Semaphore {
	private waiting: (() => void)[] = [];
	constructor(private free: number) {}
	async acquire(): Promise<void> {
		if (this.free > 0) {
			this.free--;
			return;
		}
		await new Promise<void>((resolve) => this.waiting.push(resolve));
	}
	release(): void {
		const next = this.waiting.shift();
		if (next) next();
		else this.free++;
	}
}

/** Converts DuckDB's JS values into plain ones: bigint → number, nested values recursively. */
export function plain(v: unknown): unknown {
	if (typeof v === 'bigint') return Number(v);
	if (Array.isArray(v)) return v.map(plain);
	if (v && typeof v === 'object' && !(v instanceof Date)) {
		const o: Row = {};
		for (const [k, x] of Object.entries(v)) o[k] = plain(x);
		return o;
	}
	return v;
}

/**
 * The one embedded database of the process.
 *
 * All connections are opened up front and reused: opening one per request, or running more queries at once than
 * libuv has threads, can hang the whole process (duckdb-node-neo #325). Reads take a pooled connection under a
 * semaphore; writes go through a single connection, one transaction at a time, so that there is one writer path.
 */
export class Store {
	private readonly pool: DuckDBConnection[];
	private readonly readGate: Semaphore;
	private writeChain: Promise<unknown> = Promise.resolve();
	/** Bumped after every committed write; pages use it to know when to refresh. */
	version = 0;
	private listeners = new Set<(v: number, what: string) => void>();

	private constructor(
		readonly file: string,
		private readonly instance: DuckDBInstance,
		private readonly writer: DuckDBConnection,
		readers: DuckDBConnection[]
	) {
		this.pool = readers;
		this.readGate = new Semaphore(readers.length);
	}

	static async open(file: string, opts: StoreOptions = {}): Promise<Store> {
		if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
		// A checkpoint after every large ingest chunk would double its cost; the WAL is replayed on restart anyway.
		const config: Record<string, string> = { checkpoint_threshold: '512MB' };
		if (opts.threads) config.threads = String(opts.threads);
		if (opts.memoryLimit) config.memory_limit = opts.memoryLimit;
		let instance: DuckDBInstance;
		try {
			instance = await DuckDBInstance.create(file, config);
		} catch (e) {
			const msg = (e as Error).message;
			if (/lock/i.test(msg)) {
				throw new Error(
					`The database ${file} is in use by another process (the running dashboard?). ` +
						`Stop it, or send the data through its HTTP API. DuckDB said: ${msg}`
				);
			}
			throw e;
		}
		const writer = await instance.connect();
		const n = Math.max(1, opts.readers ?? 3);
		const readers: DuckDBConnection[] = [];
		for (let i = 0; i < n; i++) readers.push(await instance.connect());
		for (const c of [writer, ...readers]) await c.run(`SET TimeZone = 'Asia/Ho_Chi_Minh'`);
		const store = new Store(file, instance, writer, readers);
		if (!opts.noMigrate) await store.write(async (c) => (await migrate(c), await ensureRollup(c)));
		return store;
	}

	/** Runs `fn` on a pooled reader connection; waits when all are busy. */
	async read<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
		await this.readGate.acquire();
		const c = this.pool.pop()!;
		try {
			return await fn(c);
		} finally {
			this.pool.push(c);
			this.readGate.release();
		}
	}

	/** Rows of a read query as plain objects. */
	async all<T = Row>(sql: string, params?: Params): Promise<T[]> {
		return this.read(async (c) => {
			const r = await c.runAndReadAll(sql, params as never);
			return r.getRowObjectsJS().map((o) => plain(o) as T);
		});
	}

	/**
	 * Streams the rows of a read query in chunks (about 2,048 rows each), holding one reader connection until the
	 * consumer is done: memory stays flat whatever the size of the result.
	 */
	async *stream(sql: string, map: (row: unknown[]) => unknown[] = (r) => r): AsyncGenerator<unknown[][]> {
		await this.readGate.acquire();
		const c = this.pool.pop()!;
		try {
			const result = await c.stream(sql);
			for (;;) {
				const chunk = await result.fetchChunk();
				if (!chunk || chunk.rowCount === 0) break;
				yield chunk.convertRows(JSDuckDBValueConverter).map((r) => map(r.map(plain)));
			}
		} finally {
			this.pool.push(c);
			this.readGate.release();
		}
	}

	async one<T = Row>(sql: string, params?: Params): Promise<T | undefined> {
		return (await this.all<T>(sql, params))[0];
	}

	/**
	 * Runs `fn` on the single writer connection, after every earlier write has finished. `fn` manages its own
	 * transaction (see `transaction`).
	 */
	write<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
		const run = this.writeChain.then(() => fn(this.writer));
		this.writeChain = run.catch(() => undefined);
		return run;
	}

	/** A write inside BEGIN … COMMIT; rolled back if `fn` throws. Committed means durable (DuckDB's WAL). */
	transaction<T>(fn: (c: DuckDBConnection) => Promise<T>, what = 'write'): Promise<T> {
		return this.write(async (c) => {
			await c.run('BEGIN TRANSACTION');
			let result: T;
			try {
				result = await fn(c);
				await c.run('COMMIT');
			} catch (e) {
				await c.run('ROLLBACK').catch(() => undefined);
				throw e;
			}
			this.changed(what);
			return result;
		});
	}

	changed(what: string): void {
		this.version++;
		for (const l of this.listeners) l(this.version, what);
	}

	onChange(fn: (v: number, what: string) => void): () => void {
		this.listeners.add(fn);
		return () => this.listeners.delete(fn);
	}

	async checkpoint(): Promise<void> {
		await this.write((c) => c.run('CHECKPOINT'));
	}

	async close(): Promise<void> {
		await this.writeChain;
		for (const c of [this.writer, ...this.pool]) c.closeSync();
		this.instance.closeSync();
	}
}
