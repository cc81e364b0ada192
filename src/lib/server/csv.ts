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
