// SvelteKit configuration: a fully static site (adapter-static) that any file server can host.
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Relative asset paths so build/ works from any sub-path of a static host.
		paths: { relative: true }
	}
};

export default config;
