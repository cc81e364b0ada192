import type { Store } from '../store/db';
import { scopeCondition, canSeeUnit, type Viewer } from './scope';
import { InputError } from '../index/service';

/** What the dossier filters offer (units, procedures) and where a chosen unit sits, within the viewer's scope. */

export interface UnitLink {
	code: string;
	name: string;
	kind: string;
}

export interface UnitContext extends UnitLink {
	current: boolean;
	valid_to: Date | null;
	/** Ancestors, root first, the unit itself last. */
	path: UnitLink[];
	/** For a unit merged away: the unit its dossiers count for today. */
	successor: UnitLink | null;
}

/** The unit of a filter with its ancestors; 404 when it does not exist or lies outside the viewer's scope. */
export async function unitContext(store: Store, viewer: Viewer, code: string): Promise<UnitContext> {
	const u = await store.one<UnitLink & { current: boolean; valid_to: Date | null; eff_unit: string }>(
		`SELECT code, name, kind, current, valid_to, eff_unit FROM units WHERE code = $1`,
		[code]
	);
	if (!u || !(await canSeeUnit(store, viewer, code))) throw new InputError('unit', `unit: no unit with code "${code}"`, 404);
	const path = u.current
		? await store.all<UnitLink>(
				`SELECT a.code, a.name, a.kind FROM unit_tree t JOIN units a ON a.code = t.ancestor WHERE t.unit = $1 ORDER BY t.depth DESC`,
				[code]
			)
		: // A former unit is not in today's tree: follow its own parent links.
			await store.all<UnitLink>(
				`WITH RECURSIVE up(code, n) AS (SELECT $1::VARCHAR, 0 UNION ALL SELECT u.parent, up.n + 1 FROM units u JOIN up ON u.code = up.code WHERE u.parent IS NOT NULL AND up.n < 16)
				 SELECT a.code, a.name, a.kind FROM up JOIN units a ON a.code = up.code ORDER BY up.n DESC`,
				[code]
			);
	const successor = u.current
		? null
		: ((await store.one<UnitLink>(`SELECT code, name, kind FROM units WHERE code = $1`, [u.eff_unit])) ?? null);
	return { code: u.code, name: u.name, kind: u.kind, current: u.current, valid_to: u.valid_to, path, successor };
}

/**
 * Units to offer in the picker: the roots the viewer may see, and the current units of one root (the chosen unit's,
 * or the viewer's only root) — a province's communes without shipping the whole country's thousands of units.
 */
export async function unitChoices(store: Store, viewer: Viewer, within: string | null): Promise<UnitLink[]> {
	let root = within
		? ((await store.one<{ root: string }>(`SELECT root FROM units WHERE code = $1`, [within]))?.root ?? null)
		: null;
	if (!root && viewer.units !== 'all' && viewer.units.length === 1)
		root = (await store.one<{ root: string }>(`SELECT root FROM units WHERE code = $1`, [viewer.units[0]]))?.root ?? null;
	return store.all<UnitLink>(
		`SELECT u.code, u.name, u.kind FROM units u
		 WHERE u.current AND ${scopeCondition(viewer, 'u.code')} AND (u.depth = 0 OR u.root = $1)
		 ORDER BY u.depth > 0, u.kind, u.name, u.code`,
		[root ?? '']
	);
}

/** Procedures of the catalogue, by name. */
export async function procedureChoices(store: Store): Promise<{ code: string; name: string }[]> {
	return store.all(`SELECT code, name FROM procedures ORDER BY name, code LIMIT 5000`);
}

/**
 * Units the viewer may see whose name is `text`, ignoring case and accents ("ha noi" finds Hà Nội): for a name typed
 * into the unit filter instead of a code.
 */
export async function unitsNamed(
	store: Store,
	viewer: Viewer,
	text: string
): Promise<(UnitLink & { root_name: string | null })[]> {
	const fold = (x: string) => `replace(strip_accents(lower(trim(${x}))), 'đ', 'd')`;
	return store.all(
		`SELECT u.code, u.name, u.kind, r.name AS root_name FROM units u LEFT JOIN units r ON r.code = u.root
		 WHERE u.current AND ${scopeCondition(viewer, 'u.code')} AND ${fold('u.name')} = ${fold('$1')}
		 ORDER BY u.depth, u.code LIMIT 20`,
		[text]
	);
}
