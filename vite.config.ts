// Vite: the SvelteKit app plus two vitest projects (unit in Node, e2e driving Debian's Chromium).
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	server: { fs: { allow: ['static/data'] } },
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 }
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/e2e/setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 300_000,
					// Polls wait for a state, not a time: on a busy shared machine a query can take seconds.
					expect: { poll: { timeout: 30_000 } },
					fileParallelism: false
				}
			}
		]
	}
});
