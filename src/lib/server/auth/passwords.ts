import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';

/** argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane). */
const OPTIONS: Options = { algorithm: 2 as Algorithm, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD = 10;

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

let dummy: Promise<string> | undefined;

/** Verifies a password; without a stored hash it still spends the same time, so timing does not tell who exists. */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
	if (!stored) {
		dummy ??= hashPassword('no such account: equal time');
		await verify(await dummy, password).catch(() => false);
		return false;
	}
	return verify(stored, password).catch(() => false);
}

/** A reason a new password is refused, or null. */
export function passwordProblem(p: string): string | null {
	if (p.length < MIN_PASSWORD) return `at least ${MIN_PASSWORD} characters`;
	if (p.length > 200) return 'at most 200 characters';
	return null;
}
