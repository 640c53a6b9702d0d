// SvelteKit configuration: a fully static site (adapter-static) that any file server can host.
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { precompress, removeHidden } from './scripts/build/output.js';

// TRIBUNE_BUILD_DIR / TRIBUNE_KIT_DIR: the browser tests build into folders of their own, so that a test run never
// replaces the files under a running `npm start` (which serves build/) nor races another build.
const out = process.env.TRIBUNE_BUILD_DIR || 'build';

/** adapter-static, then: no hidden files in the output, and the app's files precompressed (scripts/build/output.js). */
function site() {
	const inner = adapter({ pages: out, assets: out, fallback: undefined, strict: true });
	return {
		...inner,
		/** @param {import('@sveltejs/kit').Builder} builder */
		async adapt(builder) {
			await inner.adapt(builder);
			const removed = removeHidden(out);
			if (removed.length) builder.log.minor(`Left out hidden files: ${removed.join(', ')}`);
			builder.log.minor('Compressing the app (brotli, gzip)');
			await precompress(out, { skip: ['data'] });
		}
	};
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: site(),
		...(process.env.TRIBUNE_KIT_DIR ? { outDir: process.env.TRIBUNE_KIT_DIR } : {}),
		// Relative asset paths so build/ works from any sub-path of a static host.
		paths: { relative: true }
	}
};

export default config;
