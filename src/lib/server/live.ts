import type { Store } from './store/db';
import type { Warmer } from './index/warm';

/**
 * Server-sent events telling pages that data changed. Changes are coalesced: at most one message per `everyMs`,
 * sent once the burst is over, plus a comment every 15 s so proxies keep the connection open. With a warmer, a
 * change is told once the views that show it are computed, so that the page reloading on it does not wait.
 */
export function changeStream(store: Store, everyMs = 1000, warmer?: Warmer): Response {
	let unsubscribe = () => {};
	let timer: ReturnType<typeof setTimeout> | undefined;
	let heartbeat: ReturnType<typeof setInterval> | undefined;
	const enc = new TextEncoder();
	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			const send = (text: string) => {
				try {
					controller.enqueue(enc.encode(text));
				} catch {
					cleanup();
				}
			};
			const cleanup = () => {
				unsubscribe();
				if (timer) clearTimeout(timer);
				if (heartbeat) clearInterval(heartbeat);
			};
			let what = new Set<string>();
			send(`retry: 3000\nevent: hello\ndata: ${JSON.stringify({ version: store.version, at: new Date().toISOString() })}\n\n`);
			const changed = (ws: string[]) => {
				for (const w of ws) what.add(w);
				timer ??= setTimeout(() => {
					timer = undefined;
					const data = { version: store.version, what: [...what], at: new Date().toISOString() };
					what = new Set();
					send(`event: change\ndata: ${JSON.stringify(data)}\n\n`);
				}, everyMs);
			};
			unsubscribe = warmer ? warmer.onReady(changed) : store.onChange((_v, w) => changed([w]));
			heartbeat = setInterval(() => send(`: keep-alive\n\n`), 15_000);
		},
		cancel() {
			unsubscribe();
			if (timer) clearTimeout(timer);
			if (heartbeat) clearInterval(heartbeat);
		}
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-cache, no-transform',
			connection: 'keep-alive',
			'x-accel-buffering': 'no'
		}
	});
}
