import type { Viewer } from '$lib/server/read/scope';
import type { User } from '$lib/server/auth/roles';
import type { Session } from '$lib/server/auth/sessions';

declare global {
	namespace App {
		interface Locals {
			/** Who is reading: every read of dossiers is scoped by this (lib/server/read). */
			viewer: Viewer;
			/** The signed-in account and its session; null for anonymous visitors and feed (bearer) requests. */
			user: User | null;
			session: Session | null;
		}
		interface Error {
			message: string;
			param?: string;
		}
	}
}
export {};
