import type { Store } from '../store/db';
import { overview } from './views';

/**
 * Keeps the default overview (every province and ministry, year to date) computed ahead of readers: after each
 * burst of changes, and every `idleMs` while nothing changes (open dossiers turn overdue with the clock). Pages are
 * told about a change only once the views that show it are ready (`onReady`), so a page that reloads on a change
 * finds it computed instead of waiting for it. Runs at most one computation at a time, at most every `gapMs`.
 */
export class Warmer {
	private readonly listeners = new Set<(what: string[]) => void>();
	private what = new Set<string>();
	private timer: ReturnType<typeof setTimeout> | undefined;
	private idle: ReturnType<typeof setInterval> | undefined;
	private running = false;
	private again = false;
	private lastRun = 0;
	private unsubscribe = () => {};

	constructor(
		private readonly store: Store,
		private readonly opts = { debounceMs: 250, gapMs: 3_000, idleMs: 10_000 }
	) {}

	start(): this {
		this.unsubscribe = this.store.onChange((_v, what) => {
			this.what.add(what);
			this.schedule();
		});
		this.idle = setInterval(() => this.schedule(), this.opts.idleMs);
		this.schedule();
		return this;
	}

	stop(): void {
		this.unsubscribe();
		if (this.timer) clearTimeout(this.timer);
		if (this.idle) clearInterval(this.idle);
	}

	/** Called with what changed, once the default views show it. */
	onReady(fn: (what: string[]) => void): () => void {
		this.listeners.add(fn);
		return () => this.listeners.delete(fn);
	}

	private schedule(): void {
		if (this.running) {
			this.again = true;
			return;
		}
		const wait = Math.max(this.opts.debounceMs, this.lastRun + this.opts.gapMs - Date.now());
		this.timer ??= setTimeout(() => void this.run(), wait);
	}

	private async run(): Promise<void> {
		this.timer = undefined;
		this.running = true;
		this.lastRun = Date.now();
		const what = [...this.what];
		this.what = new Set();
		try {
			await overview(this.store, {}, null);
		} catch (e) {
			// The pages compute for themselves then; say why the warm copy is missing.
			console.error('warming the overview failed:', (e as Error).message);
		} finally {
			this.running = false;
		}
		if (what.length) for (const l of this.listeners) l(what);
		if (this.again) {
			this.again = false;
			this.schedule();
		}
	}
}
