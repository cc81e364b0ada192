import type { Viewer } from '$lib/server/read/scope';

declare global {
	namespace App {
		interface Locals {
			/** Who is reading: every read of dossiers is scoped by this (lib/server/read). */
			viewer: Viewer;
		}
		interface Error {
			message: string;
			param?: string;
		}
	}
}
export {};
