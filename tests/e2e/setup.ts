// Global setup of the browser tests: analyse the default corpus if needed, build the static site once into a folder
// of the tests' own (never build/, which a running `npm start` serves), serve it on a free port and provide its URL as
// `baseURL`; teardown stops the server and removes the folder.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, ensureDefaultCorpus, kitDirFor } from '../../scripts/start';
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
	const siteDir = mkdtempSync(join(tmpdir(), 'tribune-site-'));
	if (process.env.TRIBUNE_E2E_NO_BUILD) {
		// Reuse an existing build/ (a quick re-run by hand): served from a copy, so a later build cannot change it.
		cpSync(resolve('build'), siteDir, { recursive: true });
	} else {
		console.log('[e2e setup] vite build into a folder of its own …');
		buildSite(false, siteDir);
		rmSync(kitDirFor(siteDir), { recursive: true, force: true });
	}
	const served = await serve(siteDir, 0);
	project.provide('baseURL', served.url);
	project.provide('siteDir', siteDir);
	return async () => {
		await served.close();
		rmSync(siteDir, { recursive: true, force: true });
	};
}
