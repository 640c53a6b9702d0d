// Global setup of the browser tests: analyse the default corpus if needed, build the static site once, serve a
// copy of build/ on a free port and provide its URL as `baseURL`; teardown stops the server.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, ensureDefaultCorpus } from '../../scripts/start';
import { serve } from '../../scripts/serve';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
		/** The served copy of build/ (tests may add files to it, e.g. a corrupt corpus). */
		siteDir: string;
	}
}

export default async function setup(project: TestProject) {
	await ensureDefaultCorpus((m) => console.log(`[e2e setup] ${m}`));
	if (!process.env.TRIBUNE_E2E_NO_BUILD) {
		console.log('[e2e setup] vite build …');
		buildSite();
	}
	// Serve a private copy, so another build into build/ cannot change the site under the tests.
	const siteDir = mkdtempSync(join(tmpdir(), 'tribune-site-'));
	cpSync(resolve('build'), siteDir, { recursive: true });
	const served = await serve(siteDir, 0);
	project.provide('baseURL', served.url);
	project.provide('siteDir', siteDir);
	return async () => {
		await served.close();
		rmSync(siteDir, { recursive: true, force: true });
	};
}
