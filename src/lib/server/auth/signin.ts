import { limiterFromEnv } from './ratelimit';

/** Sign-in attempts per client address: 20 per 10 minutes unless CHISO_SIGNIN_RATE says otherwise ("20/600"). */
export const signinLimiter = limiterFromEnv(process.env.CHISO_SIGNIN_RATE, [20, 600]);

/** Where to go after signing in: a path of this site only, never another origin. */
export function safeNext(next: string | null | undefined): string {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
	return next;
}

export const PRE_CSRF_COOKIE = 'csrf_pre';
