import { invalidateAll } from '$app/navigation';

/**
 * Keeps the page's data current: listens to the server's change stream and reloads the page data (at most every
 * `minMs`) when something changed. Exposes when data last changed and whether the stream is connected. With
 * `auto: false` it only sets `stale`, for pages where rows moving under the reader's eyes would be worse than a
 * button (the page reloads and clears it).
 */
export function liveUpdates(minMs = 2000, { auto = true }: { auto?: boolean } = {}) {
	const state = $state({ connected: false, lastChange: new Date() as Date, version: 0, stale: false });
	let es: EventSource | undefined;
	let pending: ReturnType<typeof setTimeout> | undefined;
	let lastReload = 0;

	const reload = () => {
		pending = undefined;
		lastReload = Date.now();
		invalidateAll().then(() => (state.lastChange = new Date()));
	};

	function start() {
		es = new EventSource('/api/v1/stream');
		es.addEventListener('open', () => (state.connected = true));
		es.addEventListener('error', () => (state.connected = false));
		es.addEventListener('change', (ev) => {
			state.version = JSON.parse((ev as MessageEvent).data).version;
			if (!auto) {
				state.stale = true;
				return;
			}
			if (pending) return;
			pending = setTimeout(reload, Math.max(0, minMs - (Date.now() - lastReload)));
		});
	}

	$effect(() => {
		start();
		return () => {
			es?.close();
			if (pending) clearTimeout(pending);
		};
	});
	return state;
}
