// The page the interaction figures of `npm run bench` are timed in: the built site served, headless Chromium with a
// fresh profile, the app opened on the corpus and waited for (its database ready); `done` closes both.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../chromium';
import { serve } from '../serve';
import { buildSite, kitDirFor } from '../start';
import type { BenchOptions } from './figure';

export interface BenchPage {
	page: Page;
	done: () => Promise<void>;
}

/** Waits until the page's database is attached and checked (the views can be on screen well before: view-answers.json). */
export const databaseReady = (page: Page): Promise<unknown> =>
	page.waitForFunction(() => performance.getEntriesByName('tribune:duckdb-ready').length > 0, null, { timeout: 300_000, polling: 50 });

/** Waits for the database, then for the check of the views' answers given in advance (when there were any). */
export async function settled(page: Page): Promise<void> {
	await databaseReady(page);
	await page.waitForFunction(
		() =>
			!performance.getEntriesByName('tribune:view-answers-ready').length ||
			performance.getEntriesByName('tribune:view-answers-checked').length + performance.getEntriesByName('tribune:view-answers-stale').length > 0,
		null,
		{ timeout: 300_000, polling: 50 }
	);
}

/**
 * Waits until the page is quiet, as it is when a person makes the next change: no region busy, no question left for the
 * engine (the runner's `tribune:engine-idle` mark is its last), and two idle callbacks in a row find it so. Work a change
 * leaves for idle time (the address written, a term's hits for every document asked in advance) then runs before the
 * next timed change, not inside it.
 */
export const untilQuiet = (page: Page): Promise<unknown> =>
	page.evaluate(`(async () => {
		const last = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? -1;
		const quiet = () => !document.querySelector('section[aria-busy="true"]') && last('tribune:engine-idle') >= last('tribune:engine-asking');
		for (let calm = 0; calm < 2; ) {
			await new Promise((r) => requestIdleCallback(r, { timeout: 2000 }));
			calm = quiet() ? calm + 1 : 0;
		}
	})()`);

/** Opens the app on `opts.name` from `site` (default build/, built first if missing) and waits for `selector`. */
export async function openBenchPage(opts: BenchOptions, selector: string, site = 'build'): Promise<BenchPage> {
	const dir = resolve(site);
	if (!existsSync(join(dir, 'index.html'))) buildSite();
	const server = await serve(dir, 0);
	const { context, close } = await launchChromium();
	const done = async () => {
		await close();
		await server.close();
	};
	try {
		const page = await context.newPage();
		const query = opts.name === 'default' ? '' : `?corpus=${encodeURIComponent(opts.name)}`;
		await page.goto(`${server.url}/${query}`);
		await page.waitForSelector(selector, { timeout: 120_000 });
		// The views are drawn from view-answers.json before the engine is ready; interactions are timed on an open
		// database, once the load's own work is done (the views' answers asked of it at idle: loader.checkViews).
		await settled(page);
		return { page, done };
	} catch (e) {
		await done();
		throw e;
	}
}

/**
 * Runs `run` on `site` when given (a site built from another version of the code, to compare back to back) or else on
 * a fresh build of this checkout in a temporary folder (removed afterwards): `npm run bench -- --only selection|terms`.
 * The site must hold the corpus's database under data/<name>/.
 */
export async function onBenchSite(name: string, site: string | undefined, run: (site: string) => Promise<void>): Promise<void> {
	const dir = site ?? mkdtempSync(join(tmpdir(), 'tribune-bench-site-'));
	try {
		if (site === undefined) {
			buildSite(true, dir);
			rmSync(kitDirFor(dir), { recursive: true, force: true });
		}
		const db = join(dir, 'data', name, 'corpus.duckdb');
		if (!existsSync(db)) throw new Error(`bench: ${db} is missing: analyse the corpus into ${join(dir, 'data')} or copy static/data there`);
		await run(dir);
	} finally {
		if (site === undefined) rmSync(dir, { recursive: true, force: true });
	}
}
