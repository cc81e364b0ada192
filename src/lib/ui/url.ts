/** A link to `path` keeping the current query except what `set` changes (null or '' removes a parameter). */
export function withParams(url: URL, set: Record<string, string | number | null | undefined>, path = url.pathname): string {
	const u = new URL(url);
	u.pathname = path;
	for (const [k, v] of Object.entries(set)) {
		if (v == null || v === '') u.searchParams.delete(k);
		else u.searchParams.set(k, String(v));
	}
	return u.pathname + u.search;
}

/** Only the parameters that define a time window (period, as of), to carry from page to page. */
export function windowParams(url: URL): Record<string, string> {
	const out: Record<string, string> = {};
	for (const k of ['period', 'asOf', 'lang']) {
		const v = url.searchParams.get(k);
		if (v) out[k] = v;
	}
	return out;
}

export function link(path: string, params: Record<string, string | number | null | undefined>): string {
	const q = new URLSearchParams();
	for (const [k, v] of Object.entries(params)) if (v != null && v !== '') q.set(k, String(v));
	const s = q.toString();
	return s ? `${path}?${s}` : path;
}
