/**
 * Seeded randomness for the demo world. Every stream is named (`rng(seed, 'profiles', code)`), so adding a unit
 * or a draw in one place does not shift the numbers drawn anywhere else.
 */

/** 53-bit string hash (cyrb53). */
export function hashString(s: string, seed = 0): number {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < s.length; i++) {
		const ch = s.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export interface Rng {
	/** Uniform in [0, 1). */
	(): number;
	/** Integer in [lo, hi], both included. */
	int(lo: number, hi: number): number;
	/** Uniform in [lo, hi). */
	range(lo: number, hi: number): number;
	chance(p: number): boolean;
	pick<T>(items: readonly T[]): T;
	/** An item drawn with probability proportional to its weight. */
	weighted<T>(items: readonly T[], weight: (t: T) => number): T;
	/** Standard normal (Box–Muller). */
	normal(): number;
	shuffle<T>(items: readonly T[]): T[];
}

/** A deterministic generator (sfc32) for a named stream. */
export function rng(seed: number, ...stream: (string | number)[]): Rng {
	const key = stream.join('\u0001');
	let a = hashString(key, seed) >>> 0;
	let b = hashString(key, seed ^ 0x9e3779b9) >>> 0;
	let c = hashString(key, seed ^ 0x85ebca6b) >>> 0;
	let d = (seed ^ 0xc2b2ae35) >>> 0;
	const next = () => {
		a |= 0;
		b |= 0;
		c |= 0;
		d |= 0;
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return (t >>> 0) / 4294967296;
	};
	for (let i = 0; i < 12; i++) next();
	const r = next as Rng;
	r.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
	r.range = (lo, hi) => lo + next() * (hi - lo);
	r.chance = (p) => next() < p;
	r.pick = (items) => items[Math.floor(next() * items.length)];
	r.weighted = (items, weight) => {
		let total = 0;
		for (const t of items) total += Math.max(0, weight(t));
		let x = next() * total;
		for (const t of items) {
			x -= Math.max(0, weight(t));
			if (x < 0) return t;
		}
		return items[items.length - 1];
	};
	r.normal = () => {
		const u = Math.max(next(), 1e-12);
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
	};
	r.shuffle = (items) => {
		const out = [...items];
		for (let i = out.length - 1; i > 0; i--) {
			const j = Math.floor(next() * (i + 1));
			[out[i], out[j]] = [out[j], out[i]];
		}
		return out;
	};
	return r;
}

export const clamp = (x: number, lo = 0, hi = 1) => Math.min(hi, Math.max(lo, x));
