/** A string as a SQL literal, for values spliced into generated SQL (codes, keys): quotes doubled. */
export const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
