import fs from 'node:fs';
import { maybeGunzip, splitLines, type Line } from '../feed/lines';
import type { RawRecord } from './ingest';

/**
 * Portal sync records as sent: a JSON array (what the portal's sync API takes), a single record, or NDJSON, each
 * optionally gzip-compressed. Records are few per request, so a body is read whole; a file in NDJSON is streamed.
 */

export const CHUNK = 1000;

const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

function fromLine(l: Line, index: number): RawRecord {
	if (l.problem) return { index, line: l.no, text: l.text, problem: l.problem };
	try {
		return { index, line: l.no, text: l.text, value: JSON.parse(l.text) };
	} catch {
		return { index, line: l.no, text: l.text, problem: { code: 'bad_json', reason: `not valid JSON: ${l.text.slice(0, 60)}` } };
	}
}

function fromArray(v: unknown[]): RawRecord[] {
	return v.map((x, i) => ({ index: i, line: i + 1, text: JSON.stringify(x) ?? 'null', value: x }));
}

async function* once(buf: Uint8Array): AsyncGenerator<Uint8Array> {
	yield buf;
}

const START = /^\uFEFF?\s*(\S)/;

export type Body = { records: RawRecord[] } | { error: string };

/** The records of a request body; `error` when it is not JSON or NDJSON at all. */
export async function readBody(input: AsyncIterable<Uint8Array>): Promise<Body> {
	const parts: Uint8Array[] = [];
	for await (const p of maybeGunzip(input)) parts.push(p);
	const buf = Buffer.concat(parts);
	const text = new TextDecoder('utf-8').decode(buf);
	const head = START.exec(text)?.[1];
	if (!head) return { error: 'empty body: send a JSON array of HoSoDongBoDVC records, one record, or NDJSON' };
	if (head === '[') {
		try {
			const v = JSON.parse(text.replace(/^\uFEFF/, ''));
			if (Array.isArray(v)) return { records: fromArray(v) };
		} catch (e) {
			return { error: `the body starts as a JSON array but is not valid JSON: ${(e as Error).message}` };
		}
	}
	if (head === '{') {
		try {
			const v = JSON.parse(text.replace(/^\uFEFF/, ''));
			if (isObject(v)) return { records: [{ index: 0, line: 1, text: text.trim(), value: v }] };
		} catch {
			// Not one object: NDJSON, one record per line.
		}
	}
	const records: RawRecord[] = [];
	for await (const lines of splitLines(once(buf))) for (const l of lines) records.push(fromLine(l, records.length));
	if (!records.some((r) => isObject(r.value)))
		return { error: 'the body is neither JSON nor NDJSON: no record {…} in it (send a JSON array of HoSoDongBoDVC records)' };
	return { records };
}

/** A file of records: a JSON array (read whole), or NDJSON (streamed, in chunks). */
export async function* readDvcqgFile(file: string): AsyncGenerator<RawRecord[]> {
	const it = maybeGunzip(fs.createReadStream(file, { highWaterMark: 1 << 20 }))[Symbol.asyncIterator]();
	const first: Uint8Array[] = [];
	let head: string | undefined;
	for (let r = await it.next(); !r.done; r = await it.next()) {
		first.push(r.value);
		head = START.exec(new TextDecoder().decode(Buffer.concat(first)))?.[1];
		if (head) break;
	}
	async function* rest() {
		yield* first;
		for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
	}
	if (head === '[') {
		const body = await readBody(rest());
		if ('error' in body) throw new Error(`${file}: ${body.error}`);
		for (let i = 0; i < body.records.length; i += CHUNK) yield body.records.slice(i, i + CHUNK);
		return;
	}
	let out: RawRecord[] = [];
	let index = 0;
	for await (const lines of splitLines(rest())) {
		for (const l of lines) out.push(fromLine(l, index++));
		if (out.length >= CHUNK) {
			yield out;
			out = [];
		}
	}
	if (out.length) yield out;
}
