// SvelteKit configuration: a fully static site (adapter-static) that any file server can host.
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
// TRIBUNE_BUILD_DIR / TRIBUNE_KIT_DIR: the browser tests build into folders of their own, so that a test run never
// replaces the files under a running `npm start` (which serves build/) nor races another build.
const out = process.env.TRIBUNE_BUILD_DIR || 'build';

const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: out, assets: out, fallback: undefined, strict: true }),
		...(process.env.TRIBUNE_KIT_DIR ? { outDir: process.env.TRIBUNE_KIT_DIR } : {}),
		// Relative asset paths so build/ works from any sub-path of a static host.
		paths: { relative: true }
	}
};

export default config;
