/**
 * CSV that opens correctly in Excel: UTF-8 with a BOM, CRLF line ends, quoted cells, and cells that a spreadsheet
 * would take for a formula (= + - @, tab, carriage return at the start) neutralised with a leading apostrophe.
 */
export const BOM = '\uFEFF';

export function csvCell(v: unknown): string {
	if (v == null) return '';
	let s = v instanceof Date ? v.toISOString() : typeof v === 'number' ? String(v) : String(v);
	if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\r\n;]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: unknown[]): string {
	return cells.map(csvCell).join(',') + '\r\n';
}

/**
 * The same cell as csvCell, written in SQL over a column of the given kind, for exports of millions of rows that
 * DuckDB renders itself (one string per row crosses into JavaScript instead of one value per cell). JavaScript's
 * trim() whitespace is RE2's [\t\n\v\f\r\x{FEFF}\pZ]. Tests compare the two on the same rows.
 */
export function csvCellSql(expr: string, kind: 'text' | 'number' | 'boolean' | 'timestamp'): string {
	if (kind === 'timestamp') return `coalesce(strftime(make_timestamp(epoch_us(${expr})), '%Y-%m-%dT%H:%M:%S.%gZ'), '')`;
	if (kind !== 'text') return `coalesce(CAST(${expr} AS VARCHAR), '')`;
	const ws = String.raw`[\t\n\x0B\f\r\x{FEFF}\pZ]`;
	const s = `CASE WHEN regexp_matches(${expr}, '^[=+\\-@\\t\\r]') THEN '''' || ${expr} ELSE ${expr} END`;
	return `coalesce(CASE WHEN regexp_matches(${s}, '[",\\r\\n;]|^${ws}|${ws}$') THEN '"' || replace(${s}, '"', '""') || '"' ELSE ${s} END, '')`;
}

/** A complete CSV document for rows already in memory (small tables). */
export function csvDocument(header: string[], rows: unknown[][]): string {
	return BOM + csvLine(header) + rows.map(csvLine).join('');
}

export function csvHeaders(filename: string): HeadersInit {
	const ascii = filename
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.replace(/[^\w.-]+/g, '-');
	return {
		'content-type': 'text/csv; charset=utf-8',
		'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
		'cache-control': 'no-store'
	};
}
