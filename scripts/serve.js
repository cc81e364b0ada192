// Production server entry: the SvelteKit Node adapter with the limits this app needs.
// Ingest endpoints stream their bodies, so the adapter's 512 KB body limit must not apply.
process.env.BODY_SIZE_LIMIT ??= 'Infinity';
// DuckDB queries run on libuv's pool; the store caps concurrent queries below this (see store/db.ts).
process.env.UV_THREADPOOL_SIZE ??= '8';
process.env.PORT ??= '3766';
process.env.HOST ??= '127.0.0.1';
await import('../build/index.js');
export {};
