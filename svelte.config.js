import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build', precompress: false }),
		alias: { $server: 'src/lib/server' },
		// Feed clients post NDJSON with whatever content type their tools send; hooks.server.ts checks the origin
		// of browser requests, and the CSRF token of signed-in ones, instead.
		csrf: { trustedOrigins: ['*'] },
		// Kit adds a nonce to its own inline bootstrap script. Styles stay 'unsafe-inline': Svelte and ECharts set
		// style attributes. The OpenID provider is reached by a link and redirects, never a form, so form-action
		// stays 'self'.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'frame-ancestors': ['none'],
				'form-action': ['self'],
				'base-uri': ['self']
			}
		}
	}
};
