import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';

export interface Line {
	/** 1-based physical line number in the body or file. */
	no: number;
	text: string;
	/** Set by a reader that already knows the record is unusable (bad encoding, too long, broken CSV row). */
	problem?: { code: string; reason: string };
}

/** A line longer than this is kept (truncated) and rejected rather than buffered without bound. */
export const MAX_LINE_BYTES = 8 * 1024 * 1024;

/** Decompresses a byte stream when it starts with the gzip magic number, whatever the declared encoding. */
export async function* maybeGunzip(input: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
	const it = input[Symbol.asyncIterator]();
	const first = await it.next();
	if (first.done) return;
	async function* all() {
		yield first.value as Uint8Array;
		for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
	}
	const head = first.value as Uint8Array;
	if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) yield* Readable.from(all()).pipe(createGunzip());
	else yield* all();
}

/**
 * Splits a UTF-8 byte stream into lines (LF or CRLF), skipping blank ones but counting them, stripping a leading
 * BOM. Bytes that are not valid UTF-8 are kept as U+FFFD and the line is marked with a problem, so it is rejected
 * with that reason rather than silently altered. Yields the lines of each input chunk together.
 */
export async function* splitLines(input: AsyncIterable<Uint8Array>, onBytes?: (n: number) => void): AsyncGenerator<Line[]> {
	const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
	let carry = '';
	let no = 0;
	let truncated = false;
	const emit = (raw: string, out: Line[]) => {
		no++;
		const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
		if (text.trim() === '') return;
		let problem: Line['problem'];
		if (truncated) problem = { code: 'too_long', reason: 'line longer than 8 MB (kept truncated)' };
		else if (text.includes('\uFFFD'))
			problem = { code: 'bad_encoding', reason: 'not valid UTF-8 text (re-encode the file as UTF-8)' };
		out.push(problem ? { no, text, problem } : { no, text });
		truncated = false;
	};
	for await (const chunk of input) {
		onBytes?.(chunk.length);
		const s = carry + decoder.decode(chunk, { stream: true });
		const out: Line[] = [];
		let start = 0;
		let nl: number;
		while ((nl = s.indexOf('\n', start)) !== -1) {
			emit(s.slice(start, nl), out);
			start = nl + 1;
		}
		carry = s.slice(start);
		if (carry.length > MAX_LINE_BYTES) {
			carry = carry.slice(0, MAX_LINE_BYTES);
			truncated = true;
		}
		if (out.length) yield out;
	}
	carry += decoder.decode();
	const out: Line[] = [];
	if (carry.length) emit(carry, out);
	if (out.length) yield out;
}
