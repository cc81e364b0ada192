import type { Store } from '../store/db';
import { deriveDirty } from './derive';

/**
 * Folds dirty dossiers into state in the background, one run at a time; pokes that arrive during a run are
 * coalesced into the next one. Ingest acknowledges once events are committed; the state follows within moments.
 */
export class Deriver {
	private running: Promise<void> | undefined;
	private again = false;
	private stopped = false;
	lastRun: { at: Date; dossiers: number; ms: number } | undefined;
	lastError: string | undefined;

	constructor(private readonly store: Store) {}

	poke(): void {
		if (this.stopped) return;
		if (this.running) {
			this.again = true;
			return;
		}
		this.running = this.loop().finally(() => (this.running = undefined));
	}

	/** Resolves when everything poked so far has been derived. */
	async idle(): Promise<void> {
		while (this.running) await this.running;
	}

	private async loop(): Promise<void> {
		do {
			this.again = false;
			const t = Date.now();
			try {
				const n = await this.store.write((c) => deriveDirty(c));
				this.lastRun = { at: new Date(), dossiers: n, ms: Date.now() - t };
				this.lastError = undefined;
				if (n > 0) this.store.changed('dossiers');
			} catch (e) {
				// Dirty dossiers stay listed; the next poke retries them.
				this.lastError = (e as Error).message;
				console.error('[deriver]', this.lastError);
			}
		} while (this.again && !this.stopped);
	}

	async stop(): Promise<void> {
		this.stopped = true;
		await this.idle();
	}
}
