import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Rebuilds `units` and `unit_tree` from the agencies reference. A code's record is its version with the latest
 * valid_from (then the greatest id), so the result depends only on the set of records. A unit that was merged
 * counts for the last successor along merged_into; the tree is today's tree, in which a parent that was merged is
 * replaced by its successor.
 */
export async function rebuildUnits(c: DuckDBConnection): Promise<void> {
	await c.run(`
CREATE OR REPLACE TEMP TABLE unit_latest AS
SELECT * FROM ref_agencies
QUALIFY row_number() OVER (PARTITION BY code ORDER BY coalesce(valid_from, DATE '1900-01-01') DESC, id DESC) = 1;

CREATE OR REPLACE TEMP TABLE unit_eff AS
WITH RECURSIVE chain(code, cur, steps) AS (
	SELECT code, code, 0 FROM unit_latest
	UNION ALL
	SELECT chain.code, a.merged_into, steps + 1
	FROM chain JOIN unit_latest a ON a.code = chain.cur
	WHERE a.merged_into IS NOT NULL AND a.merged_into <> a.code AND steps < 16
)
SELECT code, arg_max(cur, steps) AS eff_unit FROM chain GROUP BY code;

CREATE OR REPLACE TEMP TABLE unit_parent AS
SELECT a.code, pe.eff_unit AS parent
FROM unit_latest a JOIN unit_eff e ON e.code = a.code
LEFT JOIN unit_eff pe ON pe.code = a.parent
WHERE e.eff_unit = a.code;

DELETE FROM unit_tree;
INSERT INTO unit_tree
WITH RECURSIVE anc(unit, ancestor, depth) AS (
	SELECT code, code, 0 FROM unit_parent
	UNION ALL
	SELECT anc.unit, p.parent, depth + 1
	FROM anc JOIN unit_parent p ON p.code = anc.ancestor
	WHERE p.parent IS NOT NULL AND p.parent <> anc.ancestor AND depth < 16
)
SELECT ancestor, unit, depth FROM anc;

DELETE FROM units;
INSERT INTO units
WITH roots AS (
	SELECT t.unit, arg_max(t.ancestor, t.depth) FILTER (WHERE a.kind IN ('ministry', 'province')) AS root_kind,
		arg_max(t.ancestor, t.depth) AS top, max(t.depth) AS depth
	FROM unit_tree t JOIN unit_latest a ON a.code = t.ancestor
	GROUP BY t.unit
)
SELECT a.code, a.name, a.kind, a.parent, a.valid_from, a.valid_to, a.merged_into, a.e_certified_copy,
	e.eff_unit, coalesce(r.root_kind, r.top), r.depth, e.eff_unit = a.code
FROM unit_latest a
JOIN unit_eff e ON e.code = a.code
LEFT JOIN roots r ON r.unit = e.eff_unit;
`);
	// Dossiers already stored follow a changed tree or merger at once.
	await c.run(`
UPDATE dossiers SET unit = u.eff_unit, root = u.root
FROM units u
WHERE dossiers.agency = u.code AND (dossiers.unit IS DISTINCT FROM u.eff_unit OR dossiers.root IS DISTINCT FROM u.root)`);
}
