/**
 * Token buckets in memory: `capacity` requests at once, refilled evenly over `per` ms. One process serves the
 * dashboard, so memory is the whole truth; a restart forgets, which errs on the side of letting people in.
 */
export class RateLimiter {
	private buckets = new Map<string, { tokens: number; at: number }>();
	constructor(
		readonly capacity: number,
		readonly per: number
	) {}

	/** Takes one token for `key`: 0 when allowed, else the seconds to wait. */
	take(key: string, now = Date.now()): number {
		const rate = this.capacity / this.per;
		const b = this.buckets.get(key) ?? { tokens: this.capacity, at: now };
		b.tokens = Math.min(this.capacity, b.tokens + (now - b.at) * rate);
		b.at = now;
		if (this.buckets.size > 10_000) this.sweep(now);
		if (b.tokens >= 1) {
			b.tokens -= 1;
			this.buckets.set(key, b);
			return 0;
		}
		this.buckets.set(key, b);
		return Math.max(1, Math.ceil((1 - b.tokens) / rate / 1000));
	}

	private sweep(now: number) {
		for (const [k, b] of this.buckets)
			if (b.tokens + (now - b.at) * (this.capacity / this.per) >= this.capacity) this.buckets.delete(k);
	}
}

/** "20/600": 20 requests per 600 seconds; falls back when unset or malformed. */
export function limiterFromEnv(value: string | undefined, fallback: [number, number]): RateLimiter {
	const m = value?.match(/^(\d+)\/(\d+)$/);
	const [n, s] = m ? [Number(m[1]), Number(m[2])] : fallback;
	return new RateLimiter(Math.max(1, n), Math.max(1, s) * 1000);
}
