/** A string as a SQL literal, for values spliced into generated SQL (codes, keys): quotes doubled. */
export const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Codes as the items of a SQL `IN (…)` list; NULL for none, which matches nothing. */
export const inList = (codes: string[]) => (codes.length ? codes.map(quote).join(', ') : 'NULL');
