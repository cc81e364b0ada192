import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build', precompress: false }),
		alias: { $server: 'src/lib/server' },
		// Feed clients post NDJSON with whatever content type their tools send; hooks.server.ts checks the origin
		// of browser requests instead.
		csrf: { trustedOrigins: ['*'] }
	}
};
