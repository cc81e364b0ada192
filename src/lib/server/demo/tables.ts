import { DuckDBDataChunk, BOOLEAN, DOUBLE, INTEGER, VARCHAR, type DuckDBConnection, type DuckDBType } from '@duckdb/node-api';

/** Moving JS-side tables into DuckDB temp tables, and literals for SQL text. */

export type ColumnType = 'VARCHAR' | 'DOUBLE' | 'INTEGER' | 'BOOLEAN';
const TYPES: Record<ColumnType, DuckDBType> = { VARCHAR, DOUBLE, INTEGER, BOOLEAN };

/** Creates temp table `name` and appends `rows` (arrays in column order) in chunks. */
export async function tempTable(
	c: DuckDBConnection,
	name: string,
	columns: [string, ColumnType][],
	rows: readonly (readonly unknown[])[]
): Promise<void> {
	await c.run(`CREATE OR REPLACE TEMP TABLE ${name} (${columns.map(([n, t]) => `"${n}" ${t}`).join(', ')})`);
	const app = await c.createAppender(name, 'main', 'temp');
	const types = columns.map(([, t]) => TYPES[t]);
	const size = 2048;
	for (let i = 0; i < rows.length; i += size) {
		const part = rows.slice(i, i + size);
		const chunk = DuckDBDataChunk.create(types, part.length);
		chunk.setColumns(columns.map((_, j) => part.map((r) => (r[j] ?? null) as never)));
		app.appendDataChunk(chunk);
	}
	app.closeSync();
}

/** A SQL string literal. */
export const str = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** A SQL list literal of strings. */
export const strList = (items: readonly string[]) => `[${items.map(str).join(', ')}]`;
