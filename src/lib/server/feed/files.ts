import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { splitLines, maybeGunzip, type Line } from './lines';
import { fieldsOf, type FeedKind } from './spec';

/**
 * Reading feed files as NDJSON lines, whatever their format: NDJSON (optionally gzipped) as is, CSV rows turned
 * into JSON objects (numbers, booleans and JSON lists recognised by the field's declared type), Parquet rows
 * through DuckDB. Line numbers are those of the file (CSV: the physical line of the row; Parquet: the row number).
 */

export type FileFormat = 'ndjson' | 'csv' | 'parquet';

export function formatOf(file: string): FileFormat | undefined {
	const name = file.toLowerCase().replace(/\.gz$/, '');
	if (name.endsWith('.ndjson') || name.endsWith('.jsonl') || name.endsWith('.json')) return 'ndjson';
	if (name.endsWith('.csv')) return 'csv';
	if (name.endsWith('.parquet')) return 'parquet';
	return undefined;
}

/** What a file holds: a feed kind, or portal sync records (HoSoDongBoDVC). */
export type FileKind = FeedKind | 'dvcqg';

/**
 * Guesses the kind from the file name: agencies.ndjson, procedures-2026.csv, hoso-2026-07.json (portal sync
 * records), …; anything else is events.
 */
export function kindOf(file: string): FileKind {
	const base = path.basename(file).toLowerCase();
	for (const k of ['agencies', 'procedures', 'offerings', 'publications', 'petitions'] as const) if (base.startsWith(k)) return k;
	if (base.startsWith('hoso') || base.startsWith('dvcqg')) return 'dvcqg';
	return 'events';
}

export function readNdjson(file: string, onBytes?: (n: number) => void) {
	return splitLines(maybeGunzip(fs.createReadStream(file, { highWaterMark: 1 << 20 })), onBytes);
}

/** RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes, CRLF. Yields rows with their first line. */
export async function* csvRows(
	input: AsyncIterable<Uint8Array>,
	onBytes?: (n: number) => void
): AsyncGenerator<{ line: number; cells: string[] }> {
	const decoder = new TextDecoder('utf-8');
	let line = 1;
	let rowLine = 1;
	let cell = '';
	let cells: string[] = [];
	let quoted = false;
	let afterQuote = false;
	for await (const chunk of input) {
		onBytes?.(chunk.length);
		const s = decoder.decode(chunk, { stream: true });
		for (let i = 0; i < s.length; i++) {
			const ch = s[i];
			if (quoted) {
				if (ch === '"') {
					if (s[i + 1] === '"') {
						cell += '"';
						i++;
					} else {
						quoted = false;
						afterQuote = true;
					}
				} else {
					if (ch === '\n') line++;
					cell += ch;
				}
				continue;
			}
			if (ch === '"' && cell === '' && !afterQuote) quoted = true;
			else if (ch === ',') {
				cells.push(cell);
				cell = '';
				afterQuote = false;
			} else if (ch === '\n') {
				cells.push(cell);
				if (cells.length > 1 || cells[0] !== '') yield { line: rowLine, cells };
				cells = [];
				cell = '';
				afterQuote = false;
				line++;
				rowLine = line;
			} else if (ch !== '\r') cell += ch; // a bare CR outside quotes only ever ends a CRLF line
		}
	}
	if (cell !== '' || cells.length) {
		cells.push(cell);
		yield { line: rowLine, cells };
	}
}

/** A CSV cell as the JSON value the field expects; unknown fields stay text. */
function csvValue(kind: FeedKind, name: string, raw: string): unknown {
	const f = fieldsOf(kind).find((x) => x.name === name);
	const v = raw.trim();
	if (!f) return raw;
	switch (f.type) {
		case 'int':
		case 'number':
			return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : raw;
		case 'bool':
			if (/^(true|1|yes|có|x)$/i.test(v)) return true;
			if (/^(false|0|no|không)$/i.test(v)) return false;
			return raw;
		case 'components':
		case 'catalog_components':
		case 'time_limit':
		case 'codes':
			if (f.type === 'codes' && !v.startsWith('['))
				return v
					.split(/[;|]/)
					.map((x) => x.trim())
					.filter(Boolean);
			try {
				return JSON.parse(v);
			} catch {
				return raw;
			}
		default:
			return raw;
	}
}

export async function* readCsv(file: string, kind: FeedKind, onBytes?: (n: number) => void): AsyncGenerator<Line[]> {
	let header: string[] | undefined;
	let out: Line[] = [];
	for await (const { line, cells } of csvRows(maybeGunzip(fs.createReadStream(file, { highWaterMark: 1 << 20 })), onBytes)) {
		if (!header) {
			header = cells.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
			continue;
		}
		const o: Record<string, unknown> = {};
		header.forEach((h, i) => {
			const raw = cells[i] ?? '';
			if (raw !== '' && h) o[h] = csvValue(kind, h, raw);
		});
		if (cells.length !== header.length)
			out.push({
				no: line,
				text: cells.join(','),
				problem: { code: 'bad_csv', reason: `row has ${cells.length} cells but the header has ${header.length}` }
			});
		else out.push({ no: line, text: JSON.stringify(o) });
		if (out.length >= 10_000) {
			yield out;
			out = [];
		}
	}
	if (out.length) yield out;
}

/** Parquet rows as JSON lines, read by a private in-memory DuckDB in chunks. */
export async function* readParquet(file: string, onRows?: (n: number, total: number) => void): AsyncGenerator<Line[]> {
	const inst = await DuckDBInstance.create(':memory:');
	const c = await inst.connect();
	try {
		await c.run(`SET TimeZone = 'Asia/Ho_Chi_Minh'`);
		const lit = `'${file.replace(/'/g, "''")}'`;
		const total = Number((await c.runAndReadAll(`SELECT count(*) FROM read_parquet(${lit})`)).getColumns()[0][0]);
		const result = await c.stream(
			`SELECT file_row_number + 1 AS n, json_merge_patch(to_json(t), '{"file_row_number":null}') AS j
			 FROM read_parquet(${lit}, file_row_number = true) t ORDER BY file_row_number`
		);
		let seen = 0;
		for (;;) {
			const chunk = await result.fetchChunk();
			if (!chunk || chunk.rowCount === 0) break;
			const [ns, js] = chunk.getColumns() as [bigint[], string[]];
			yield ns.map((n, i) => ({ no: Number(n), text: js[i] }));
			seen += ns.length;
			onRows?.(seen, total);
		}
	} finally {
		c.closeSync();
		inst.closeSync();
	}
}

export function fileSize(file: string): number {
	return fs.statSync(file).size;
}
